"""Staff accounts: creation, argon2 passwords, login with lock-out, TOTP, user admin.

Login failures are counted per account; after MAX_FAILURES the account is locked for
LOCK_MINUTES. The caller only ever learns "not logged in", never why, so the login page
cannot reveal which e-mail addresses exist.
"""

from __future__ import annotations

import hmac
import re
import secrets
from datetime import timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import StaffUser, utcnow
from portal.services import audit
from portal.textcat import N_

ROLES = ("caseworker", "lead", "admin")
ROLE_LABELS = {
    "caseworker": N_("Caseworker"),
    "lead": N_("Team lead"),
    "admin": N_("Administrator"),
}
TOTP_REQUIRED_ROLES = frozenset({"lead", "admin"})
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 12
MAX_PASSWORD = 256
TOTP_ISSUER = "Tidlig indsats"
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class AccountError(ValueError):
    """Bad input to an account operation: `errors` is a list of (field, English msgid)."""

    def __init__(self, errors: list[tuple[str, str]]):
        super().__init__(", ".join(f for f, _ in errors))
        self.errors = errors


def has_role(user: StaffUser | None, needed: str) -> bool:
    """caseworker < lead < admin."""
    if user is None or user.role not in ROLES:
        return False
    return ROLES.index(user.role) >= ROLES.index(needed)


def totp_required(user: StaffUser) -> bool:
    return user.role in TOTP_REQUIRED_ROLES


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check_password(user: StaffUser | None, password: str) -> bool:
    try:
        ok = _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if ok and user is not None and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return ok and user is not None


def _validate_password(password: str | None, errors: list) -> None:
    if not password or len(password) < MIN_PASSWORD:
        errors.append(("password", N_("The password must be at least 12 characters.")))
    elif len(password) > MAX_PASSWORD:
        errors.append(("password", N_("The password can be at most 256 characters.")))


def find_by_email(email: str) -> StaffUser | None:
    email = (email or "").strip().lower()
    return db.session.scalar(select(StaffUser).where(func.lower(StaffUser.email) == email))


def create_user(
    email: str,
    password: str,
    role: str,
    display_name: str | None = None,
    actor: StaffUser | None = None,
) -> StaffUser:
    email = (email or "").strip().lower()
    display_name = (display_name or "").strip() or None
    errors: list[tuple[str, str]] = []
    if not EMAIL_RE.match(email) or len(email) > 254:
        errors.append(("email", N_("Write a valid e-mail address.")))
    elif find_by_email(email) is not None:
        errors.append(("email", N_("A user with this e-mail address already exists.")))
    if role not in ROLES:
        errors.append(("role", N_("Choose a role.")))
    if display_name and len(display_name) > 120:
        errors.append(("display_name", N_("The name can be at most 120 characters.")))
    _validate_password(password, errors)
    if errors:
        raise AccountError(errors)
    user = StaffUser(
        email=email,
        display_name=display_name,
        role=role,
        password_hash=hash_password(password),
        active=True,
        failed_logins=0,
    )
    db.session.add(user)
    db.session.flush()
    audit.record(actor, "user_create", user_id=user.id, role=role)
    db.session.commit()
    return user


def is_locked(user: StaffUser, now=None) -> bool:
    return user.locked_until is not None and user.locked_until > (now or utcnow())


def _register_failure(user: StaffUser | None, action: str) -> None:
    if user is not None:
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = utcnow() + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
    audit.record(user, action, user_id=user.id if user else None)
    db.session.commit()


def check_password(email: str, password: str) -> StaffUser | None:
    """First login step. Returns the user when the password is right and the account is
    active and not locked; otherwise None (and the failure is counted and audited)."""
    user = find_by_email(email)
    ok = _check_password(user, password or "")
    if user is None or not user.active or is_locked(user) or not ok:
        # A locked account stays locked: failures during the lock do not extend it, but
        # a right password does not open it either.
        if user is not None and is_locked(user):
            audit.record(user, "login_failure", user_id=user.id, locked=True)
            db.session.commit()
        else:
            _register_failure(user if user and user.active else None, "login_failure")
        return None
    return user


def verify_totp(user: StaffUser, code: str | None, secret: str | None = None) -> bool:
    """Second step: a 6-digit code from the user's app (one step of clock drift allowed).
    Wrong codes count towards the lock-out like wrong passwords."""
    secret = secret or user.totp_secret
    code = "".join((code or "").split())
    if is_locked(user):
        return False
    well_formed = code.isdigit() and len(code) == 6
    step = _matching_step(secret, code) if secret and well_formed else None
    # A code is accepted once: someone who saw it over a shoulder cannot reuse it.
    if step is not None and step > (user.totp_last_step or -1):
        user.totp_last_step = step
        return True
    _register_failure(user, "login_totp_failure")
    return False


def _matching_step(secret: str, code: str) -> int | None:
    """The time step (30 s) whose code this is, allowing one step of clock drift."""
    totp = pyotp.TOTP(secret)
    current = totp.timecode(utcnow())
    for step in (current, current - 1, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def complete_login(user: StaffUser) -> str:
    """Record a successful login; returns the new session token (one session per user)."""
    user.session_token = secrets.token_urlsafe(32)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = utcnow()
    audit.record(user, "login_success", user_id=user.id)
    db.session.commit()
    return user.session_token


def new_totp_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(user: StaffUser, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=TOTP_ISSUER)


def enrol_totp(user: StaffUser, secret: str, code: str | None) -> bool:
    """Save the secret (encrypted) once the user proves their app shows the right code."""
    if not verify_totp(user, code, secret=secret):
        return False
    user.totp_secret = secret
    audit.record(user, "totp_enrolled", user_id=user.id)
    db.session.commit()
    return True


def session_is_current(user: StaffUser, token: str | None) -> bool:
    return bool(token and user.session_token) and secrets.compare_digest(token, user.session_token)


def record_logout(user_id: int | None, timed_out: bool = False) -> None:
    user = db.session.get(StaffUser, user_id) if user_id else None
    if user is not None:
        user.session_token = None
    audit.record(user_id, "session_timeout" if timed_out else "logout", user_id=user_id)
    db.session.commit()


def update_user(
    actor: StaffUser,
    user: StaffUser,
    role: str | None = None,
    active: bool | None = None,
    reset_totp: bool = False,
) -> list[str]:
    """Admin changes to a user; returns the audit actions written."""
    if role is not None and role not in ROLES:
        raise AccountError([("role", N_("Choose a role."))])
    if user.id == actor.id and (active is False or (role is not None and role != user.role)):
        raise AccountError(
            [("role", N_("You cannot change your own role or deactivate yourself."))]
        )
    done = []
    if role is not None and role != user.role:
        audit.record(actor, "user_role_change", user_id=user.id, from_role=user.role, to_role=role)
        user.role = role
        done.append("user_role_change")
    if active is not None and active != user.active:
        user.active = active
        if active:
            user.failed_logins = 0
            user.locked_until = None
        action = "user_activate" if active else "user_deactivate"
        audit.record(actor, action, user_id=user.id)
        done.append(action)
    if done:
        user.session_token = None  # the user logs in again under the new terms
    if reset_totp and user.totp_secret:
        user.totp_secret = None
        user.totp_last_step = None
        audit.record(actor, "user_totp_reset", user_id=user.id)
        done.append("user_totp_reset")
    db.session.commit()
    return done


def list_users() -> list[StaffUser]:
    return list(db.session.scalars(select(StaffUser).order_by(StaffUser.email)))
