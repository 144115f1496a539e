"""Login throttling by progressive delay (DESIGN.md § 9; OWASP "Slow down online guessing
attacks with device cookies").

Every failed password or code adds a failure to the keys the attempt was made under; from
a number of free failures on, each further failure pushes the key's next allowed attempt
out by a doubling delay, up to a cap. An attempt before that time is refused with no
check at all, so guessing is slowed, not blocked. Nothing ever locks an account:

- An untrusted client (no device cookie for the account) is checked against the source
  IP's key and the account's key.
- A browser that has logged in to the account before carries a signed device cookie
  (`device_token`). It is checked only against its own key, so failures caused by others,
  from any address, never delay the rightful user on their usual device.

State lives in the database (table login_throttle), shared by every worker and instance.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import delete
from sqlalchemy.dialects import postgresql, sqlite

from portal.extensions import db
from portal.models import LoginThrottle, StaffUser
from portal.services import clock


@dataclass(frozen=True)
class Policy:
    free: int  # failures in a row answered at once; after that many, the waits begin
    base_seconds: int  # the first delay; each further failure doubles it
    max_seconds: int  # the cap


POLICIES = {
    # A shared office address carries many staff: more free failures, same cap.
    "ip": Policy(free=10, base_seconds=1, max_seconds=15 * 60),
    "account": Policy(free=5, base_seconds=2, max_seconds=15 * 60),
    "device": Policy(free=5, base_seconds=2, max_seconds=15 * 60),
}
# A key with no failure for this long starts again from zero.
FORGET_AFTER = timedelta(hours=24)
DEVICE_COOKIE = "ti_staff_device"
DEVICE_MAX_AGE = 180 * 24 * 60 * 60  # seconds


@dataclass(frozen=True)
class Refusal:
    scope: str  # ip | account | device
    until: datetime

    def retry_after(self, now: datetime) -> int:
        """Whole seconds to wait (Retry-After), at least 1."""
        return max(1, int((self.until - now).total_seconds() + 0.999))


def delay(scope: str, failures: int) -> timedelta:
    """The wait after the `failures`-th failure in a row."""
    policy = POLICIES[scope]
    if failures < policy.free:
        return timedelta(0)
    exponent = min(failures - policy.free, 20)  # 2**20 s is far past any cap
    return timedelta(seconds=min(policy.max_seconds, policy.base_seconds * 2**exponent))


def _digest(text: str) -> str:
    key = current_app.secret_key.encode() if current_app.secret_key else b""
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()[:40]


def keys_for(ip: str | None, user: StaffUser | None, email: str, device: str | None):
    """[(scope, key)] an attempt is checked and counted under.

    A trusted device (its nonce) stands alone; otherwise the IP and the account. An e-mail
    that matches no account still gets an account key (keyed hash, never the address), so
    unknown and known addresses behave alike.
    """
    if device is not None:
        return [("device", f"dev:{device}")]
    account = f"acct:{user.id}" if user is not None else f"acct:x:{_digest(email.lower())}"
    return [("ip", f"ip:{_digest(ip or '-')}"), ("account", account)]


def refusal(keys, now: datetime | None = None) -> Refusal | None:
    """The latest wait among `keys` still running, or None when an attempt is allowed."""
    now = now or clock.now()
    latest = None
    for scope, key in keys:
        row = db.session.get(LoginThrottle, key)
        if row is None or row.next_allowed_at is None or row.next_allowed_at <= now:
            continue
        if latest is None or row.next_allowed_at > latest.until:
            latest = Refusal(scope, row.next_allowed_at)
    return latest


def register_failure(keys, now: datetime | None = None) -> None:
    """Count a failure under every key (the caller commits)."""
    now = now or clock.now()
    for scope, key in keys:
        # Two workers may count the first failure of a key at once: insert-or-nothing,
        # then lock the row (PostgreSQL; SQLite serialises writers anyway) and count.
        db.session.execute(
            _insert()(LoginThrottle)
            .values(key=key, failures=0, last_failure_at=now)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        row = db.session.get(LoginThrottle, key, with_for_update=True, populate_existing=True)
        if now - row.last_failure_at > FORGET_AFTER:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        wait = delay(scope, row.failures)
        row.next_allowed_at = now + wait if wait else None
    db.session.flush()


def _insert():
    if db.session.get_bind().dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert


def clear(keys) -> None:
    """Forget the failures of `keys` after a successful login (the caller commits).
    Only the account's and the device's: an address's count runs out by itself, so one
    valid login cannot wipe the trail of guesses made from the same address."""
    names = [key for scope, key in keys if scope != "ip"]
    if names:
        db.session.execute(delete(LoginThrottle).where(LoginThrottle.key.in_(names)))


def purge_old(now: datetime | None = None) -> int:
    """Delete keys with no failure for FORGET_AFTER (called now and then at login)."""
    now = now or clock.now()
    result = db.session.execute(
        delete(LoginThrottle).where(LoginThrottle.last_failure_at < now - FORGET_AFTER)
    )
    return result.rowcount or 0


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="staff-device")


def device_token(user: StaffUser) -> str:
    """A signed cookie value marking this browser as one the user has logged in from."""
    return _serializer().dumps(
        {"u": user.id, "g": user.device_generation or 0, "n": secrets.token_urlsafe(16)}
    )


def trusted_device(value: str | None, user: StaffUser | None) -> str | None:
    """The device's nonce if `value` is a valid device cookie of `user`, else None.
    A reset (new set-up link, new password) bumps the generation and ends the trust."""
    if not value or user is None:
        return None
    try:
        data = _serializer().loads(value, max_age=DEVICE_MAX_AGE)
    except (BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("u") != user.id:
        return None
    if data.get("g") != (user.device_generation or 0):
        return None
    nonce = data.get("n")
    return nonce if isinstance(nonce, str) and 8 <= len(nonce) <= 40 else None
