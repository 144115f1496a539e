"""Staff accounts: creation, argon2 passwords, the login steps, TOTP, sessions, user admin.

A login is a password and then a 6-digit code from the user's authenticator app, for
every role; an account without an enrolled app cannot log in (services/enrolment.py sets
one up through a one-time link). Failed attempts are slowed down by services/throttle.py,
never answered with a lock-out. The caller only learns "not logged in", never why, so
the login page cannot reveal which e-mail addresses exist.
"""

from __future__ import annotations

import functools
import hmac
import re
import secrets
from datetime import datetime, timedelta

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask import current_app
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import StaffUser
from portal.services import audit, clock, password_policy
from portal.textcat import N_

ROLES = ("caseworker", "lead", "admin")
ROLE_LABELS = {
    "caseworker": N_("Caseworker"),
    "lead": N_("Team lead"),
    "admin": N_("Administrator"),
}
MIN_PASSWORD = password_policy.MIN_LENGTH
MAX_PASSWORD = password_policy.MAX_LENGTH
MAX_EMAIL = 254
MAX_NAME = 120
TOTP_ISSUER = "Tidlig indsats"
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# NUL and other control characters: PostgreSQL refuses NUL in text, and none belong in
# an address or a name, so they are refused as bad input before any query.
CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
BAD_EMAIL = N_("Write a valid e-mail address.")
WRONG_CODE = N_("The code is wrong or too old. Type the newest code from your app.")

_hasher = PasswordHasher()


@functools.cache
def dummy_hash() -> str:
    """Verified against when the e-mail is unknown, so both cases take the same time. Made
    on first use, not at import (half a second of CPU in every process, flask commands
    too); portal/wsgi.py makes it before gunicorn forks, so no first login pays for it."""
    return _hasher.hash("not a password of anyone")


class AccountError(ValueError):
    """Bad input to an account operation: `errors` is a list of (field, English msgid);
    `params` fills the msgids' placeholders (the same for all)."""

    def __init__(self, errors: list[tuple[str, str]], params: dict | None = None):
        super().__init__(", ".join(f for f, _ in errors))
        self.errors = errors
        self.params = {**password_policy.PARAMS, **(params or {})}

    def translated(self, gettext) -> list[tuple[str, str]]:
        return [(field, gettext(msgid) % self.params) for field, msgid in self.errors]


def has_role(user: StaffUser | None, needed: str) -> bool:
    """caseworker < lead < admin."""
    if user is None or user.role not in ROLES:
        return False
    return ROLES.index(user.role) >= ROLES.index(needed)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(user: StaffUser | None, password: str) -> bool:
    """True when `password` is the user's. Takes the same time for a missing user or a
    user without a password (the dummy hash is verified instead)."""
    stored = user.password_hash if user is not None and user.password_hash else None
    try:
        ok = _hasher.verify(stored or dummy_hash(), password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    if ok and stored and _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
    return ok and stored is not None


def email_problem(email: str | None) -> str | None:
    """The msgid if `email` cannot be an address (checked before any query), else None."""
    email = email or ""
    if CONTROL_RE.search(email) or len(email) > MAX_EMAIL or not EMAIL_RE.match(email.strip()):
        return BAD_EMAIL
    return None


def find_by_email(email: str | None) -> StaffUser | None:
    email = (email or "").strip().lower()
    if not email or CONTROL_RE.search(email) or len(email) > MAX_EMAIL:
        return None
    return db.session.scalar(select(StaffUser).where(func.lower(StaffUser.email) == email))


def password_errors(password: str | None, email: str, name: str | None = None) -> list:
    return [("password", msgid) for msgid in password_policy.problems(password, email, name)]


def create_user(
    email: str,
    password: str | None,
    role: str,
    display_name: str | None = None,
    actor: StaffUser | None = None,
) -> StaffUser:
    """A new user. With `password` None the user chooses one through the set-up link."""
    email = (email or "").strip().lower()
    display_name = (display_name or "").strip() or None
    errors: list[tuple[str, str]] = []
    if email_problem(email):
        errors.append(("email", BAD_EMAIL))
    elif find_by_email(email) is not None:
        errors.append(("email", N_("A user with this e-mail address already exists.")))
    if role not in ROLES:
        errors.append(("role", N_("Choose a role.")))
    if display_name and (len(display_name) > MAX_NAME or CONTROL_RE.search(display_name)):
        errors.append(
            ("display_name", N_("The name can be at most 120 characters, letters and spaces."))
        )
    if password is not None:
        errors += password_errors(password, email, display_name)
    if errors:
        raise AccountError(errors)
    user = StaffUser(
        email=email,
        display_name=display_name,
        role=role,
        password_hash=hash_password(password) if password is not None else None,
        active=True,
        device_generation=0,
    )
    db.session.add(user)
    db.session.flush()
    audit.record(actor, "user_create", user_id=user.id, role=role)
    db.session.commit()
    return user


def verify_totp(user: StaffUser, code: str | None, secret: str | None = None) -> bool:
    """A 6-digit code from the user's app (one step of clock drift allowed). A code is
    accepted once: someone who saw it over a shoulder cannot reuse it. The caller counts
    failures (services/throttle.py) and commits."""
    secret = secret or user.totp_secret
    code = "".join((code or "").split())
    if not (secret and code.isdigit() and len(code) == 6):
        return False
    step = _matching_step(secret, code)
    if step is not None and step > (user.totp_last_step or -1):
        user.totp_last_step = step
        return True
    return False


def _matching_step(secret: str, code: str) -> int | None:
    """The time step (30 s) whose code this is, allowing one step of clock drift."""
    totp = pyotp.TOTP(secret)
    current = totp.timecode(clock.now())
    for step in (current, current - 1, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def start_session(user: StaffUser) -> str:
    """Record a successful login; returns the new session token (one session per user).
    The caller has added its own rows (throttle) to the same transaction."""
    now = clock.now()
    user.session_token = secrets.token_urlsafe(32)
    user.session_started_at = now
    user.last_login_at = now
    audit.record(user, "login_success", user_id=user.id)
    db.session.commit()
    return user.session_token


def new_totp_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(user: StaffUser, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=TOTP_ISSUER)


def session_is_current(user: StaffUser, token: str | None) -> bool:
    return bool(token and user.session_token) and secrets.compare_digest(token, user.session_token)


def session_max_age() -> timedelta:
    return timedelta(seconds=int(current_app.config["STAFF_SESSION_MAX_SECONDS"]))


def session_too_old(user: StaffUser, now: datetime | None = None) -> bool:
    """The absolute lifetime: a session ends this long after its login, however busy."""
    started = user.session_started_at
    return started is None or (now or clock.now()) - started >= session_max_age()


def end_session(user_id: int | None, reason: str = "logout") -> None:
    """Logout, idle timeout ("session_timeout") or absolute lifetime ("session_expired")."""
    user = db.session.get(StaffUser, user_id) if user_id else None
    if user is not None:
        user.session_token = None
        user.session_started_at = None
    audit.record(user_id, reason, user_id=user_id)
    db.session.commit()


def change_password(user: StaffUser, current: str, new: str, repeat: str, code: str | None) -> None:
    """The user's own change: the current password and a fresh code from the app. Ends
    every other session (the caller starts a new one) and the trust of other devices."""
    errors = []
    if not password_matches(user, current or ""):
        errors.append(("current_password", N_("The current password is wrong.")))
    if not verify_totp(user, code):
        errors.append(("code", WRONG_CODE))
    if not errors:
        errors = password_errors(new, user.email, user.display_name)
        if not errors and new != repeat:
            errors.append(("new_password_repeat", N_("The two new passwords are not the same.")))
        errors = [("new_password", m) if f == "password" else (f, m) for f, m in errors]
    if errors:
        raise AccountError(errors)
    user.password_hash = hash_password(new)
    user.device_generation = (user.device_generation or 0) + 1
    user.session_token = None
    audit.record(user, "password_changed", user_id=user.id, by="user")
    db.session.commit()


def update_user(
    actor: StaffUser, user: StaffUser, role: str | None = None, active: bool | None = None
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
        action = "user_activate" if active else "user_deactivate"
        audit.record(actor, action, user_id=user.id)
        done.append(action)
    if done:
        user.session_token = None  # the user logs in again under the new terms
    db.session.commit()
    return done


def list_users() -> list[StaffUser]:
    return list(db.session.scalars(select(StaffUser).order_by(StaffUser.email)))
