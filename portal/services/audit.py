"""The audit log: who did or saw what, when (DESIGN.md § 7, § 9).

Entries hold ids, action names and counts, never personal data (no names, CPR numbers,
e-mail addresses or search words). The caller commits, so the entry lands in the same
transaction as the change it describes.
"""

from __future__ import annotations

from flask import has_request_context, request

from portal.extensions import db
from portal.models import AuditEntry, StaffUser

# Every action name the portal writes; the admin's audit filter offers these.
ACTIONS = (
    "case_submitted",  # written by portal/services/submit.py
    "login_success",
    "login_failure",
    "login_totp_failure",
    "logout",
    "session_timeout",
    "totp_enrolled",
    "login_throttled",  # an attempt refused before its time (services/throttle.py)
    "login_not_enrolled",  # right password, but no app set up: no login
    "session_expired",  # the absolute session lifetime ran out
    "enrol_link_issued",
    "enrol_failure",  # a wrong password or code on a set-up link's pages
    "password_changed",
    "case_view",
    "cpr_reveal",
    "search",
    "export",
    "status_change",
    "assign",
    "note",
    "contact_logged",
    "planning_started",
    "course_started",
    "evaluation_held",
    "letter_sent",  # a decision letter issued (services/letters.py): kind and channel
    "user_create",
    "user_role_change",
    "user_activate",
    "user_deactivate",
    "user_totp_reset",
    "statistics_view",
    "audit_view",
    "retention_purge",
)


def record(
    actor: StaffUser | int | None, action: str, case_id: int | None = None, **detail
) -> AuditEntry:
    """Add an audit entry to the current transaction (the caller commits)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    actor_id = actor.id if isinstance(actor, StaffUser) else actor
    ip = request.remote_addr if has_request_context() else None
    entry = AuditEntry(actor_id=actor_id, action=action, case_id=case_id, detail=detail, ip=ip)
    db.session.add(entry)
    return entry
