"""Plain-function factories for staff tests (Notify style): make_case(**overrides),
make_staff(role=...). They write straight to the database, as the citizen's submission
would, so the staff side can be tested on its own."""

from __future__ import annotations

import itertools
import time
from datetime import timedelta

import pyotp

from portal.extensions import db
from portal.models import Case, CaseEvent, StaffUser, utcnow
from portal.services.staff_accounts import hash_password

_numbers = itertools.count(1)
PASSWORD = "correct horse battery staple"
# Hashing with argon2's defaults is slow on purpose; tests reuse one hash.
_HASHES: dict[str, str] = {}


def _hash(password: str) -> str:
    if password not in _HASHES:
        _HASHES[password] = hash_password(password)
    return _HASHES[password]


def make_staff(role: str = "caseworker", **overrides) -> StaffUser:
    """An enrolled user: password PASSWORD (or `password=`) and a TOTP secret of its own
    (`user.totp_secret`; pass totp_secret=None for a user who has not set up an app)."""
    n = next(_numbers)
    password = overrides.pop("password", PASSWORD)
    values = {
        "email": f"{role}{n}@kommune.example",
        # Not a bare number: the password policy refuses a password holding any name part
        # of 3+ characters, so "Caseworker 123" made "password1234" fail as "contains your
        # name" instead of "too common" whenever the counter reached 123 or 234.
        "display_name": f"{role.title()} Nr{n}",
        "role": role,
        "password_hash": _hash(password) if password is not None else None,
        "totp_secret": pyotp.random_base32(),
        "active": True,
        "device_generation": 0,
    }
    values.update(overrides)
    user = StaffUser(**values)
    db.session.add(user)
    db.session.commit()
    return user


def make_case(**overrides) -> Case:
    n = next(_numbers)
    now = utcnow()
    values = {
        "reference": f"TI-2026-{n:06d}",
        "idempotency_key": f"key-{n}-{time.monotonic_ns()}",
        "municipality": "hedensted",
        "lang": "da",
        "status": "received",
        "received_at": now - timedelta(days=1),
        "deadline_at": now + timedelta(days=13),
        "screening_answers": {
            "urgent": "no",
            "age": "18_or_over",
            "areas": ["social_contact", "debt"],
            "impact": "moderate",
            "existing_support": ["none"],
            "motivation": "yes",
            "format": "group",
            "contact": "phone",
        },
        "screening_outcome": "eligible",
        "screening_offers": ["early_intervention", "open_counselling", "economic_advice"],
        "name": f"Borger Nummer {n}",
        "cpr": "010190-1234",
        "phone": "12 34 56 78",
        "email": None,
        "contact_channel": "phone",
        "format_wish": "group",
        "areas": ["social_contact", "debt"],
        "impact": "moderate",
        "existing_support": ["none"],
        "description": "Jeg har svært ved at komme ud af døren.",
        "goals": "Komme med i en gruppe.",
    }
    values.update(overrides)
    case = Case(**values)
    db.session.add(case)
    db.session.flush()
    db.session.add(CaseEvent(case=case, at=case.received_at, kind="received", data={}))
    db.session.commit()
    return case
