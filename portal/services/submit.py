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

from sqlalchemy import (
    String,
    bindparam,
    delete,
    func,
    insert,
    literal,
    literal_column,
    null,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import make_transient_to_detached

from portal import blind_index
from portal.extensions import db
from portal.models import (
    AuditEntry,
    Case,
    CaseEvent,
    OutboxMessage,
    SearchToken,
    VisitorState,
    utcnow,
)
from portal.screening import QUESTIONS, ScreeningError, assess
from portal.screening.progress import EXCLUSIVE_CODES
from portal.services import deadlines, mail, outbox
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
    receipt_queued: bool = False  # this request put the receipt e-mail in the outbox


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
_TOKENS = SearchToken.__table__
_EVENTS = CaseEvent.__table__
_AUDIT = AuditEntry.__table__
_OUTBOX = OutboxMessage.__table__
_VISITORS = VisitorState.__table__
_INSERT_CASE = insert(_CASE).returning(_CASE.c.id)
_NEXT_CASE_ID = select(func.nextval(func.pg_get_serial_sequence('"case"', "id")))
_SET_REFERENCE = (
    update(_CASE).where(_CASE.c.id == bindparam("case_id")).values(reference=bindparam("ref"))
)
_INSERT_TOKENS = insert(_TOKENS)
_INSERT_EVENT = insert(_EVENTS)
_INSERT_AUDIT = insert(_AUDIT)
_INSERT_OUTBOX = insert(_OUTBOX)
_DELETE_VISITOR = delete(_VISITORS).where(_VISITORS.c.id == bindparam("visitor_id"))


def _param(column, name: str | None = None):
    """A bind parameter with the column's type (encrypted columns are encrypted on the way
    in), named `name` or c_<column>; the case's id and time are one parameter each, used by
    every row that repeats them."""
    return bindparam(name or "c_" + column.name, type_=column.type)


_NULL = null()
_RECEIVED = literal_column("'received'")


def _write_all(with_receipt: bool):
    """PostgreSQL: the case, its blind-index tokens, history row, audit entry, receipt
    (optional) and the visitor's deletion in ONE statement of data-modifying CTEs, instead
    of one round trip each (each cost the client and the server CPU per statement). All or
    nothing as before: one statement, in the session's transaction; the key's unique
    constraint still answers a resend. The foreign keys are checked at the statement's end,
    when the case row is there.

    Constants are written into the SQL and the columns a new case leaves empty are left
    out (NULL, the version's server default 1): psycopg converts a statement's placeholders
    once and caches that only up to 50 parameters; above that it did so on every call."""
    case_id, at = _param(_CASE.c.id), _param(_CASE.c.received_at)
    ctes = [
        insert(_CASE)
        .values(
            {
                **{c.name: _param(c) for c in _CASE.columns if c.name not in _NEW_CASE_BLANKS},
                "version": literal_column(str(_NEW_CASE_BLANKS["version"])),
            }
        )
        .cte("new_case"),
        insert(_TOKENS)
        .from_select(
            ["case_id", "kind", "token"],
            select(
                case_id,
                func.unnest(bindparam("t_kinds", type_=ARRAY(String))),
                func.unnest(bindparam("t_tokens", type_=ARRAY(String))),
            ),
        )
        .cte("new_tokens"),
        insert(_EVENTS)
        .values(
            case_id=case_id,
            at=at,
            actor_id=_NULL,
            kind=_RECEIVED,
            from_status=_NULL,
            to_status=_RECEIVED,
            text=_NULL,
            data=_param(_EVENTS.c.data, "e_data"),
        )
        .cte("new_event"),
        insert(_AUDIT)
        .values(
            at=at,
            actor_id=_NULL,
            action=literal_column("'case_submitted'"),
            case_id=case_id,
            detail=_param(_AUDIT.c.detail, "a_detail"),
            ip=_NULL,
        )
        .cte("new_audit"),
        delete(_VISITORS).where(_VISITORS.c.id == bindparam("visitor_id")).cte("gone_visitor"),
    ]
    if with_receipt:
        ctes.append(
            insert(_OUTBOX)
            .values(
                kind=literal_column(f"'{mail.RECEIPT_KIND}'"),
                case_id=case_id,
                message=_param(_OUTBOX.c.message, "o_message"),
                status=literal_column(f"'{outbox.PENDING}'"),
                attempts=literal_column("0"),
                next_attempt_at=at,
                created_at=at,
            )
            .cte("new_receipt")
        )
    return select(literal(1)).add_cte(*ctes)


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
_WRITE_ALL = {False: _write_all(False), True: _write_all(True)}


def submit_application(
    draft: dict,
    answers: dict,
    idempotency_key: str,
    lang: str,
    profile,
    visitor_id: str | None = None,
    on_created: Callable[[Case], object] | None = None,
    send_receipt: bool = False,
) -> Submission:
    """Create one case from the draft, or return the case already made with this key.

    The visitor's answers and draft (`visitor_id`) are deleted in the same transaction:
    from then on they live in the case only.
    With `send_receipt`, the receipt e-mail goes to the outbox in that transaction too (when
    the citizen gave an address and e-mail is on: `Submission.receipt_queued`); the outbox
    renders and sends it after commit, never inside the request.
    `on_created(case)` runs inside that transaction once the case has its id and reference:
    whatever it adds commits with the case.

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
    lang = lang if lang in ("da", "en") else "da"
    values = {
        "idempotency_key": idempotency_key,
        "municipality": profile["id"],
        "lang": lang,
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
    receipt = send_receipt and mail.wants_receipt(values["email"])
    try:
        connection = db.session.connection()
        # No look for the key first: its unique constraint answers a resend (below).
        # The id makes the reference unique without a counter table.
        if connection.dialect.name == "postgresql":
            # The id from the column's own sequence first, so the case is written whole
            # (setting the reference afterwards rewrote the new row and its index entries),
            # then everything else in one statement.
            case_id = connection.execute(_NEXT_CASE_ID).scalar_one()
            reference = format_reference(case_id, now)
            case = Case(id=case_id, reference=reference, **values)
            rows = _rows(case, now, outcome, receipt)
            params = {
                "visitor_id": visitor_id,
                "c_id": case_id,
                "c_reference": reference,
                **{"c_" + k: v for k, v in values.items() if k not in _NEW_CASE_BLANKS},
                "t_kinds": [kind for kind, _tok in rows.tokens],
                "t_tokens": [tok for _kind, tok in rows.tokens],
                "e_data": rows.event["data"],
                "a_detail": rows.audit["detail"],
            }
            if rows.receipt is not None:
                params["o_message"] = rows.receipt["message"]
            connection.execute(_WRITE_ALL[rows.receipt is not None], params)
        else:
            case_id = connection.execute(_INSERT_CASE, values).scalar_one()
            reference = format_reference(case_id, now)
            connection.execute(_SET_REFERENCE, {"case_id": case_id, "ref": reference})
            case = Case(id=case_id, reference=reference, **values)
            rows = _rows(case, now, outcome, receipt)
            connection.execute(
                _INSERT_TOKENS,
                [{"case_id": case_id, "kind": kind, "token": tok} for kind, tok in rows.tokens],
            )
            connection.execute(_INSERT_EVENT, rows.event)
            connection.execute(_INSERT_AUDIT, rows.audit)
            if rows.receipt is not None:
                connection.execute(_INSERT_OUTBOX, rows.receipt)
            if visitor_id:
                connection.execute(_DELETE_VISITOR, {"visitor_id": visitor_id})
        if rows.receipt is not None:
            outbox.wake_after_commit()
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
    return Submission(case, created=True, receipt_queued=rows.receipt is not None)


@dataclass(frozen=True)
class _Rows:
    tokens: list[tuple[str, str]]
    event: dict
    audit: dict
    receipt: dict | None


def _rows(case: Case, now: datetime, outcome: str | None, receipt: bool) -> _Rows:
    """The rows a new case is written with, by table (column -> value)."""
    # The blind index (name parts, e-mail, phone, CPR, codes: portal/blind_index.py),
    # committed with the case or not at all.
    tokens = sorted(blind_index.case_tokens(case))
    event = {
        "case_id": case.id,
        "at": now,
        "actor_id": None,
        "kind": "received",
        "from_status": None,
        "to_status": "received",
        "text": None,
        "data": {},
    }
    audit = {
        "at": now,
        "actor_id": None,
        "action": "case_submitted",
        "case_id": case.id,
        "detail": {"reference": case.reference, "outcome": outcome},
        "ip": None,
    }
    mail_row = None
    if receipt:
        facts = mail.ReceiptFacts(case.reference, case.received_at, case.deadline_at)
        mail_row = {
            "kind": mail.RECEIPT_KIND,
            "case_id": case.id,
            "message": mail.receipt_payload(case.email, case.lang, facts),
            "status": outbox.PENDING,
            "attempts": 0,
            "next_attempt_at": now,
            "locked_until": None,
            "last_error": None,
            "created_at": now,
            "sent_at": None,
        }
    return _Rows(tokens, event, audit, mail_row)
