"""One-time set-up links (DESIGN.md § 4 `staff create`, `staff enrol-link`).

A set-up link is the only way to enrol an authenticator app: whoever knows a password
but not the link cannot, so a guessed or leaked first password no longer lets a stranger
enrol their own phone. A link is single use, runs out after LINK_VALID, and only the
SHA-256 of its 256-bit random token is stored (a database reader cannot use it).

Issuing a link ends the user's sessions, clears their app and ends the trust of their
devices. With `new_password` the old password is cleared too and the link's page lets
the user choose a new one (admin reset, admin-made users); otherwise the page asks for
the password the user already has (a lost phone; `staff create` with a password).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from portal.extensions import db
from portal.models import StaffUser
from portal.services import audit, clock
from portal.services import staff_accounts as accounts
from portal.textcat import N_

LINK_VALID = timedelta(hours=72)
PATH = "/staff/enrol/"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def link_url(token: str) -> str:
    base = current_app.config.get("PORTAL_BASE_URL", "").rstrip("/")
    return f"{base}{PATH}{token}"


def issue_link(user: StaffUser, actor: StaffUser | None = None, new_password: bool = False) -> str:
    """A new set-up link for `user` (replacing any earlier one); returns its URL."""
    token = secrets.token_urlsafe(32)
    user.enrol_token_hash = token_hash(token)
    user.enrol_expires_at = clock.now() + LINK_VALID
    user.totp_secret = None
    user.totp_last_step = None
    user.session_token = None
    user.session_started_at = None
    user.device_generation = (user.device_generation or 0) + 1
    if new_password:
        user.password_hash = None
    audit.record(actor, "enrol_link_issued", user_id=user.id, new_password=new_password)
    db.session.commit()
    return link_url(token)


def user_for_token(token: str | None) -> StaffUser | None:
    """The active user whose unexpired link this is, or None."""
    if not token or len(token) > 100:
        return None
    user = db.session.scalar(
        select(StaffUser).where(StaffUser.enrol_token_hash == token_hash(token))
    )
    return user if user is not None and link_is_current(user, token_hash(token)) else None


def link_is_current(user: StaffUser, hashed: str | None) -> bool:
    return bool(
        user.active
        and hashed
        and user.enrol_token_hash
        and secrets.compare_digest(user.enrol_token_hash, hashed)
        and user.enrol_expires_at is not None
        and user.enrol_expires_at > clock.now()
    )


def choose_password(user: StaffUser, password: str, repeat: str) -> None:
    """The link's first step for a user without a password: choose one."""
    errors = accounts.password_errors(password, user.email, user.display_name)
    if not errors and password != repeat:
        errors = [("password_repeat", N_("The two passwords are not the same."))]
    if errors:
        raise accounts.AccountError(errors)
    user.password_hash = accounts.hash_password(password)
    audit.record(user, "password_changed", user_id=user.id, by="link")
    db.session.commit()


def complete(user: StaffUser, hashed: str, secret: str, code: str | None) -> str | None:
    """Save the app's secret (encrypted) once the user proves their app shows the right
    code, use up the link, and log the user in: returns the session token, or None if the
    code is wrong (the link stays usable)."""
    if not link_is_current(user, hashed) or not accounts.verify_totp(user, code, secret=secret):
        return None
    user.totp_secret = secret
    user.enrol_token_hash = None
    user.enrol_expires_at = None
    audit.record(user, "totp_enrolled", user_id=user.id)
    return accounts.start_session(user)
