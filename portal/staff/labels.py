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
