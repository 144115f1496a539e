"""The time for staff access rules (throttling, set-up links, session lifetimes, TOTP).

Tests set `app.config["STAFF_CLOCK"]` to a callable returning an aware UTC datetime, so
delays and lifetimes are tested by moving a clock, never by sleeping.
"""

from __future__ import annotations

from datetime import datetime

from flask import current_app, has_app_context

from portal.models import utcnow


def now() -> datetime:
    clock = current_app.config.get("STAFF_CLOCK") if has_app_context() else None
    return clock() if clock is not None else utcnow()
