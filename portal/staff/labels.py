"""Labels for codes, in the current language, for staff templates."""

from __future__ import annotations

from flask import current_app
from flask_babel import gettext as _

from portal.i18n import current_lang
from portal.screening import OUTCOME_CODES, QUESTIONS, question
from portal.screening.catalogue import offer_details
from portal.services.cases import STATUS_LABELS, STATUSES
from portal.textcat import N_

OUTCOME_LABELS = {
    "crisis": N_("Acute crisis"),
    "not_adult": N_("Under 18"),
    "info_only": N_("Information only"),
    "other_offer": N_("Another offer fits better"),
    "assessment": N_("Needs assessment"),
    "eligible": N_("The offer may fit"),
}


def status_label(code: str) -> str:
    return _(STATUS_LABELS[code]) if code in STATUS_LABELS else code


def outcome_label(code: str | None) -> str:
    return _(OUTCOME_LABELS[code]) if code in OUTCOME_LABELS else (code or "")


def option_label(question_id: str, code: str | None) -> str:
    """The label of an answer code, e.g. format=group -> "In a group"."""
    if not code:
        return ""
    try:
        return _(question(question_id).option(code).label)
    except StopIteration:
        return code


def option_labels(question_id: str, codes) -> list[str]:
    return [option_label(question_id, c) for c in (codes or [])]


def offer_names(codes) -> dict[str, str]:
    profile = current_app.extensions["municipality"]
    return {d["code"]: d["name"] for d in offer_details(profile, codes, current_lang())}


def screening_rows(answers: dict) -> list[tuple[str, str]]:
    """(question, answer) for every answered question, in question order."""
    rows = []
    for q in QUESTIONS:
        if q.id not in (answers or {}):
            continue
        value = answers[q.id]
        codes = value if isinstance(value, list | tuple) else [value]
        rows.append((_(q.text), ", ".join(option_label(q.id, c) for c in codes)))
    return rows


def status_options() -> list[tuple[str, str]]:
    return [(s, status_label(s)) for s in STATUSES]


def outcome_options() -> list[tuple[str, str]]:
    return [(o, outcome_label(o)) for o in OUTCOME_CODES]


def staff_options(users) -> list[tuple[str, str]]:
    return [(str(u.id), u.display_name or u.email) for u in users]


def format_options() -> list[tuple[str, str]]:
    return [(c, option_label("format", c)) for c in ("group", "individual", "both", "dont_know")]


AUDIT_LABELS = {
    "case_submitted": N_("Application submitted"),
    "login_success": N_("Logged in"),
    "login_failure": N_("Login failed"),
    "login_totp_failure": N_("Wrong code from the app"),
    "logout": N_("Logged out"),
    "session_timeout": N_("Logged out after inactivity"),
    "totp_enrolled": N_("Authenticator app set up"),
    "login_throttled": N_("Login attempt refused: too many failures"),
    "login_not_enrolled": N_("Login refused: no authenticator app set up"),
    "session_expired": N_("Logged out after the longest session time"),
    "enrol_link_issued": N_("Set-up link made"),
    "enrol_failure": N_("Set-up link: wrong password or code"),
    "password_changed": N_("Password changed"),
    "case_view": N_("Case viewed"),
    "cpr_reveal": N_("CPR number shown"),
    "search": N_("Search"),
    "export": N_("Export"),
    "status_change": N_("Status changed"),
    "assign": N_("Case assigned"),
    "note": N_("Note added"),
    "user_create": N_("User created"),
    "user_role_change": N_("Role changed"),
    "user_activate": N_("User activated"),
    "user_deactivate": N_("User deactivated"),
    "user_totp_reset": N_("Authenticator app reset"),
    "statistics_view": N_("Statistics viewed"),
    "audit_view": N_("Audit log viewed"),
    "retention_purge": N_("Data deleted by the retention rules"),
}


def audit_label(action: str) -> str:
    return _(AUDIT_LABELS[action]) if action in AUDIT_LABELS else action
