"""Submitting an application: one operation, one transaction (DESIGN.md §§ 7, 9).

`submit_application` validates the draft, creates the case with its reference, deadline
and retention date, the first history row and the audit entry, and commits them together.
It is idempotent on the key the check page hands out: a double click, a resent form or a
back-button resubmit returns the case the first request created.

The field rules live here as plain functions (no Flask), so the forms and the service use
the same ones and a draft that skipped the forms is still checked.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import make_transient_to_detached

from portal import blind_index
from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent, SearchToken, VisitorState, utcnow
from portal.screening import QUESTIONS, ScreeningError, assess
from portal.screening.progress import EXCLUSIVE_CODES
from portal.services import deadlines
from portal.textcat import N_

# Size limits (characters). The form fields carry the same limits as maxlength.
LIMITS = {
    "name": 200,
    "cpr": 11,
    "phone": 40,
    "email": 254,
    "contact_times": 500,
    "description": 4000,
    "goals": 4000,
    "adaptation": 1000,
}
SINGLE_LINE = ("name", "cpr", "phone", "email")
MULTI_LINE = ("contact_times", "description", "goals", "adaptation")

_OPTIONS = {q.id: q.codes for q in QUESTIONS}
CHOICES = {
    "contact_channel": _OPTIONS["contact"],
    "format_wish": _OPTIONS["format"],
    "impact": _OPTIONS["impact"],
}
MULTI_CHOICES = {"areas": _OPTIONS["areas"], "existing_support": _OPTIONS["existing_support"]}
# Screening answers that prefill the application (question id -> application field).
PREFILL = {
    "areas": "areas",
    "impact": "impact",
    "existing_support": "existing_support",
    "format": "format_wish",
    "contact": "contact_channel",
}
# The two steps of the form and the fields on each (check page change links use this).
STEPS = {
    "about": (
        "name",
        "cpr",
        "phone",
        "email",
        "contact_channel",
        "contact_times",
        "may_leave_message",
        "may_say_who_calls",
    ),
    "needs": (
        "areas",
        "impact",
        "existing_support",
        "format_wish",
        "description",
        "goals",
        "adaptation",
    ),
}
BOOLEANS = ("may_leave_message", "may_say_who_calls")
# The check page's confirmation that the information is correct. Not consent: the legal
# basis is the municipality's task (GDPR art. 6(1)(e), 9(2)(b)), as the privacy page says.
CONFIRM_FIELD = "confirmed"

REFERENCE_PREFIX = "TI"
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_CPR_PATTERN = re.compile(r"^(\d{2})(\d{2})(\d{2})-?(\d{4})$")
_EMAIL_PATTERN = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
_PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-]+$")

# Messages are msgids; the web layer translates them in the visitor's language.
MSG = {
    "name_required": N_("Enter your name."),
    "name_long": N_("Your name can be at most %(max)d characters."),
    "cpr_format": N_("Enter your CPR number as 10 digits, for example 010190-1234."),
    "cpr_date": N_("The first 6 digits of a CPR number must be a real date of birth."),
    "contact_required": N_("Enter a phone number or an e-mail address, so we can contact you."),
    "phone_format": N_("Enter a phone number with at least 8 digits, for example 12 34 56 78."),
    "email_format": N_("Enter an e-mail address in the right format, for example navn@mail.dk."),
    "too_long": N_("The text can be at most %(max)d characters. Make it shorter."),
    "choice": N_("Choose one of the options."),
    "areas_required": N_("Choose at least one thing you would like help with."),
    "exclusive_support": N_(
        'Choose the help you already get, or choose "No" or "I do not know" on its own.'
    ),
    "confirm_required": N_("Confirm that the information is correct before you send."),
}


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str  # msgid
    params: tuple[tuple[str, object], ...] = ()


class ApplicationInvalid(ValueError):
    """The draft breaks a rule; `errors` names each field and its message."""

    def __init__(self, errors: list[FieldError]):
        super().__init__(", ".join(e.field for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Submission:
    case: Case
    created: bool  # False when the idempotency key had already been used


# --- cleaning and field rules ------------------------------------------------------------


def clean_text(value: object, multiline: bool = False) -> str:
    """Strip control characters (keeping line breaks and tabs in multi-line text),
    normalise line endings and outer whitespace. HTML is kept as text: it is stored
    inertly and escaped whenever shown."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    keep = {"\n", "\t"} if multiline else set()
    text = "".join(
        ch for ch in text if ch in keep or unicodedata.category(ch) not in {"Cc", "Cf", "Cs"}
    )
    if not multiline:
        text = " ".join(text.split())
    return text.strip()


def cpr_birth_date(digits: str) -> date | None:
    """The birth date in a 10-digit CPR number, or None if it is not a real date.
    The century follows the 7th digit (CPR-kontoret's table)."""
    day, month, yy, seventh = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:  # 5-8
        century = 2000 if yy <= 57 else 1800
    try:
        born = date(century + yy, month, day)
    except ValueError:
        return None
    return born if born <= date.today() else None


def check_cpr(value: str) -> tuple[str | None, str | None]:
    """(normalised DDMMYY-XXXX or None, error msgid or None). Empty is allowed."""
    compact = value.replace(" ", "")
    if not compact:
        return None, None
    match = _CPR_PATTERN.match(compact)
    if not match:
        return None, MSG["cpr_format"]
    digits = "".join(match.groups())
    if cpr_birth_date(digits) is None:
        return None, MSG["cpr_date"]
    return f"{digits[:6]}-{digits[6:]}", None


def check_phone(value: str) -> str | None:
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    if not _PHONE_PATTERN.match(value) or not 8 <= len(digits) <= 15:
        return MSG["phone_format"]
    return None


def check_email(value: str) -> str | None:
    if value and not _EMAIL_PATTERN.match(value):
        return MSG["email_format"]
    return None


def _as_list(value: object) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def normalise_draft(raw: dict) -> dict:
    """A draft as stored: known fields only, texts cleaned, choices as codes/lists."""
    draft: dict = {}
    for name in SINGLE_LINE:
        draft[name] = clean_text(raw.get(name))
    for name in MULTI_LINE:
        draft[name] = clean_text(raw.get(name), multiline=True)
    for name in CHOICES:
        value = raw.get(name)
        draft[name] = clean_text(value) if isinstance(value, str) else ""
    for name in MULTI_CHOICES:
        draft[name] = [clean_text(v) for v in _as_list(raw.get(name))][:20]
    for name in BOOLEANS:
        draft[name] = bool(raw.get(name)) and raw.get(name) not in ("0", "false", "n")
    return draft


def validate_fields(draft: dict, fields: tuple[str, ...] | None = None) -> list[FieldError]:
    """Every rule broken by `draft`, limited to `fields` if given."""
    return _field_errors(normalise_draft(draft), fields)


def _field_errors(d: dict, fields: tuple[str, ...] | None) -> list[FieldError]:
    """Every rule broken by the normalised draft `d`, limited to `fields` if given."""
    errors: list[FieldError] = []

    def add(field, message, **params):
        if fields is None or field in fields:
            errors.append(FieldError(field, message, tuple(params.items())))

    if not d["name"]:
        add("name", MSG["name_required"])
    for name, limit in LIMITS.items():
        if name != "cpr" and len(d[name]) > limit:
            add(name, MSG["name_long"] if name == "name" else MSG["too_long"], max=limit)
    if len(d["cpr"]) > 20:
        add("cpr", MSG["cpr_format"])
    else:
        _, cpr_error = check_cpr(d["cpr"])
        if cpr_error:
            add("cpr", cpr_error)
    if not d["phone"] and not d["email"]:
        add("phone", MSG["contact_required"])
    elif (phone_error := check_phone(d["phone"])) and len(d["phone"]) <= LIMITS["phone"]:
        add("phone", phone_error)
    if (email_error := check_email(d["email"])) and len(d["email"]) <= LIMITS["email"]:
        add("email", email_error)
    for name, codes in CHOICES.items():
        if d[name] and d[name] not in codes:
            add(name, MSG["choice"])
    for name, codes in MULTI_CHOICES.items():
        if any(v not in codes for v in d[name]):
            add(name, MSG["choice"])
    if not d["areas"]:
        add("areas", MSG["areas_required"])
    # "No" and "I do not know" exclude the other answers, as in the check (screening.progress).
    support = set(d["existing_support"])
    if support & set(EXCLUSIVE_CODES["existing_support"]) and len(support) > 1:
        add("existing_support", MSG["exclusive_support"])
    # Order like the form, so the error summary reads top to bottom.
    order = [f for step in STEPS.values() for f in step]
    errors.sort(key=lambda e: order.index(e.field) if e.field in order else len(order))
    return errors


def confirmation_errors(value: object) -> list[FieldError]:
    """The confirmation box must be ticked before sending."""
    if value in (True, "y", "on", "1", "true"):
        return []
    return [FieldError(CONFIRM_FIELD, MSG["confirm_required"])]


# --- dates -------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline_for(received_at: datetime, profile) -> datetime:
    # What the clock measures and which days count are the profile's (services/deadlines).
    return deadlines.deadline_at(received_at, profile)


def retention_for(received_at: datetime, profile) -> date:
    """An outer bound: the longest the support can run plus the time kept after closing.
    Staff shorten it when the case reaches a final state."""
    months = int(profile["max_months"]) + int(profile["retention"]["months_after_closing"])
    return add_months(received_at.date(), months)


def format_reference(case_id: int, received_at: datetime) -> str:
    return f"{REFERENCE_PREFIX}-{received_at.year}-{case_id:06d}"


# --- the operation -----------------------------------------------------------------------


def _screening(answers: dict) -> tuple[dict, str | None, list[str]]:
    try:
        outcome = assess(answers)
    except ScreeningError:
        # The citizen may apply without (or with an unfinished) screening.
        return {}, None, []
    clean = {k: list(v) if isinstance(v, tuple | list) else v for k, v in answers.items()}
    return clean, outcome.code, list(outcome.offers)


def _existing(idempotency_key: str) -> Case | None:
    return db.session.execute(
        select(Case).where(Case.idempotency_key == idempotency_key)
    ).scalar_one_or_none()


# The submission's statements, built once. Plain SQL statements on the session's transaction
# (no unit of work): the ORM's flush of a case, its tokens, history and audit rows cost
# about 40 % of a submission's CPU (in-process profile, bench/README.md).
_CASE = Case.__table__
_INSERT_CASE = insert(_CASE).returning(_CASE.c.id)
_INSERT_CASE_WITH_ID = insert(_CASE)
_NEXT_CASE_ID = select(func.nextval(func.pg_get_serial_sequence('"case"', "id")))
_SET_REFERENCE = (
    update(_CASE).where(_CASE.c.id == bindparam("case_id")).values(reference=bindparam("ref"))
)
_INSERT_TOKENS = insert(SearchToken.__table__)
_INSERT_EVENT = insert(CaseEvent.__table__)
_INSERT_AUDIT = insert(AuditEntry.__table__)
_DELETE_VISITOR = delete(VisitorState.__table__).where(
    VisitorState.__table__.c.id == bindparam("visitor_id")
)
# What a new case holds besides the citizen's data: written with the case, so the case
# handed back is complete without reading it again.
_NEW_CASE_BLANKS = {
    "assignee_id": None,
    "referred_offer": None,
    "decision_reason": None,
    "first_action_at": None,
    "decided_at": None,
    "start_date": None,
    "evaluation_due": None,
    "end_date": None,
    "closed_at": None,
    "first_contact_at": None,
    "planning_started_at": None,
    "course_started_on": None,
    "evaluated_on": None,
    "version": 1,
}


def submit_application(
    draft: dict,
    answers: dict,
    idempotency_key: str,
    lang: str,
    profile,
    visitor_id: str | None = None,
    on_created: Callable[[Case], object] | None = None,
) -> Submission:
    """Create one case from the draft, or return the case already made with this key.

    The visitor's answers and draft (`visitor_id`) are deleted in the same transaction:
    from then on they live in the case only.
    `on_created(case)` runs inside that transaction once the case has its id and reference
    (the web layer queues the receipt e-mail there): whatever it adds commits with the case.

    Raises ApplicationInvalid when the draft breaks a rule (nothing is written then).
    Database errors propagate after a rollback: nothing is half-written.
    """
    if not KEY_PATTERN.match(idempotency_key or ""):
        raise ValueError("bad idempotency key")
    d = normalise_draft(draft)
    errors = _field_errors(d, None)
    if errors:
        # A resend after the first request went through finds no draft (it went with the
        # case): the key says which case that was.
        existing = _existing(idempotency_key)
        if existing is not None:
            return Submission(existing, created=False)
        raise ApplicationInvalid(errors)
    cpr, _ = check_cpr(d["cpr"])
    screening_answers, outcome, offers = _screening(answers or {})
    now = utcnow()
    values = {
        "idempotency_key": idempotency_key,
        "municipality": profile["id"],
        "lang": lang if lang in ("da", "en") else "da",
        "status": "received",
        "received_at": now,
        "deadline_at": deadline_for(now, profile),
        "retention_until": retention_for(now, profile),
        "screening_answers": screening_answers,
        "screening_outcome": outcome,
        "screening_offers": offers,
        "name": d["name"],
        "cpr": cpr,
        "phone": d["phone"] or None,
        "email": d["email"] or None,
        "contact_channel": d["contact_channel"] or None,
        "contact_times": d["contact_times"] or None,
        "may_leave_message": d["may_leave_message"],
        "may_say_who_calls": d["may_say_who_calls"],
        "format_wish": d["format_wish"] or None,
        "areas": d["areas"],
        "impact": d["impact"] or None,
        "existing_support": d["existing_support"],
        "description": d["description"] or None,
        "goals": d["goals"] or None,
        "adaptation": d["adaptation"] or None,
        "consent_at": now,  # when the citizen confirmed the information (the column's old name)
        **_NEW_CASE_BLANKS,
    }
    try:
        connection = db.session.connection()
        # No look for the key first: its unique constraint answers a resend (below).
        # The id makes the reference unique without a counter table.
        if connection.dialect.name == "postgresql":
            # The id from the column's own sequence first, so the case is written whole in
            # one INSERT: setting the reference afterwards rewrote the new row and every
            # index entry of it.
            case_id = connection.execute(_NEXT_CASE_ID).scalar_one()
            reference = format_reference(case_id, now)
            connection.execute(
                _INSERT_CASE_WITH_ID, {"id": case_id, "reference": reference, **values}
            )
        else:
            case_id = connection.execute(_INSERT_CASE, values).scalar_one()
            reference = format_reference(case_id, now)
            connection.execute(_SET_REFERENCE, {"case_id": case_id, "ref": reference})
        case = Case(id=case_id, reference=reference, **values)
        # The blind index (name parts, e-mail, phone, CPR, codes: portal/blind_index.py),
        # in one statement, committed with the case or not at all.
        connection.execute(
            _INSERT_TOKENS,
            [
                {"case_id": case_id, "kind": kind, "token": tok}
                for kind, tok in sorted(blind_index.case_tokens(case))
            ],
        )
        connection.execute(
            _INSERT_EVENT,
            {
                "case_id": case_id,
                "at": now,
                "actor_id": None,
                "kind": "received",
                "from_status": None,
                "to_status": "received",
                "text": None,
                "data": {},
            },
        )
        connection.execute(
            _INSERT_AUDIT,
            {
                "at": now,
                "actor_id": None,
                "action": "case_submitted",
                "case_id": case_id,
                "detail": {"reference": reference, "outcome": outcome},
                "ip": None,
            },
        )
        if visitor_id:
            connection.execute(_DELETE_VISITOR, {"visitor_id": visitor_id})
        if on_created is not None:
            on_created(case)
        db.session.commit()
    except IntegrityError:
        # The key was used: a resend, or a concurrent request that won the race.
        db.session.rollback()
        existing = _existing(idempotency_key)
        if existing is None:
            raise
        return Submission(existing, created=False)
    except Exception:
        db.session.rollback()
        raise
    # The case as written, now part of the session without reading it back (callers may
    # change it and commit, as the demo data does).
    make_transient_to_detached(case)
    db.session.add(case)
    return Submission(case, created=True)
