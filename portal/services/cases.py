"""Case handling by visitation staff (DESIGN.md § 7): the transition table and the
operations on a case. Each operation validates, writes an append-only history row
(CaseEvent) and an audit entry, and commits them in one transaction.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import update

from portal.extensions import db
from portal.models import Case, CaseEvent, StaffUser, utcnow
from portal.municipality.profile import OFFER_CODES
from portal.services import audit
from portal.textcat import N_

GRANTED = ("granted_group", "granted_individual", "granted_both")

# The whole workflow: status -> the statuses a case may move to next. Adding a transition
# here is all it takes; the views and the tests read this table.
TRANSITIONS: dict[str, frozenset[str]] = {
    "received": frozenset({"in_review", "withdrawn"}),
    "in_review": frozenset({*GRANTED, "referred", "rejected", "withdrawn"}),
    "granted_group": frozenset({"closed"}),
    "granted_individual": frozenset({"closed"}),
    "granted_both": frozenset({"closed"}),
    "referred": frozenset(),
    "rejected": frozenset(),
    "withdrawn": frozenset(),
    "closed": frozenset(),
}
STATUSES = tuple(TRANSITIONS)
# Final states: nothing follows, so the retention clock starts.
FINAL = frozenset(s for s, following in TRANSITIONS.items() if not following)
# Decisions and endings need a written reason (DESIGN.md § 7).
NEEDS_REASON = frozenset({*GRANTED, *FINAL})
# A decision ends the triage: used for "handled within the deadline".
DECISIONS = frozenset({*GRANTED, "referred", "rejected", "withdrawn"})
# Cases still waiting for a decision: the queue shows these by default.
OPEN = frozenset({"received", "in_review"})
REFERRAL_OFFERS = tuple(c for c in OFFER_CODES if c != "early_intervention")

STATUS_LABELS = {
    "received": N_("Received"),
    "in_review": N_("In review"),
    "granted_group": N_("Granted: group"),
    "granted_individual": N_("Granted: individual"),
    "granted_both": N_("Granted: group and individual"),
    "referred": N_("Referred to another offer"),
    "rejected": N_("Rejected"),
    "withdrawn": N_("Withdrawn"),
    "closed": N_("Closed"),
}

MAX_REASON = 2000
MAX_NOTE = 5000
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


class CaseError(ValueError):
    """Bad input to a case operation: `errors` is a list of (field, English msgid)."""

    def __init__(self, errors: list[tuple[str, str]]):
        super().__init__(", ".join(f for f, _ in errors))
        self.errors = errors


@dataclass(frozen=True)
class Due:
    overdue: bool
    due_soon: bool


def local_today() -> date:
    return utcnow().astimezone(LOCAL_TZ).date()


def add_months(start: date, months: int) -> date:
    """`start` plus whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def allowed_next(status: str) -> list[str]:
    """The statuses a case may move to, in the table's order of STATUSES."""
    following = TRANSITIONS.get(status, frozenset())
    return [s for s in STATUSES if s in following]


def due_state(case: Case, now: datetime | None = None, soon_days: int = 2) -> Due:
    """Overdue / due soon, for cases still waiting for a decision."""
    if case.status not in OPEN:
        return Due(False, False)
    now = now or utcnow()
    overdue = case.deadline_at < now
    return Due(overdue, not overdue and case.deadline_at <= now + timedelta(days=soon_days))


def mask_cpr(cpr: str | None) -> str | None:
    """010190-1234 -> 010190-****: the birth date helps find the person, the rest is hidden."""
    if not cpr:
        return None
    digits = "".join(ch for ch in cpr if ch.isdigit())
    return f"{digits[:6]}-****" if len(digits) >= 6 else "******-****"


def _profile():
    return current_app.extensions["municipality"]


def _touch(case: Case, now: datetime) -> None:
    if case.first_action_at is None:
        case.first_action_at = now


def change_status(
    case: Case,
    actor: StaffUser,
    to_status: str,
    reason: str | None = None,
    offer: str | None = None,
    start_date: date | None = None,
) -> CaseEvent:
    """Move a case along the workflow. Raises CaseError on a step the table forbids, a
    missing reason, a missing referral offer or a bad start date."""
    reason = (reason or "").strip() or None
    errors: list[tuple[str, str]] = []
    if to_status not in TRANSITIONS.get(case.status, ()):
        errors.append(("to_status", N_("Choose one of the next steps shown.")))
    if to_status in NEEDS_REASON and not reason:
        errors.append(("reason", N_("Write the reason for the decision.")))
    if reason and len(reason) > MAX_REASON:
        errors.append(("reason", N_("The reason can be at most 2000 characters.")))
    if to_status == "referred" and offer not in REFERRAL_OFFERS:
        errors.append(("offer", N_("Choose the offer the citizen is referred to.")))
    if errors:
        raise CaseError(errors)

    now = utcnow()
    profile = _profile()
    from_status = case.status
    # Compare-and-set: if a colleague changed the status since this page was loaded, the
    # step is refused instead of silently stacking two decisions.
    claimed = db.session.execute(
        update(Case)
        .where(Case.id == case.id, Case.status == from_status)
        .values(status=to_status)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        db.session.rollback()
        raise CaseError([("to_status", N_("Someone else changed the case just now. Look again."))])
    data: dict = {}
    case.status = to_status
    _touch(case, now)
    if to_status in DECISIONS:
        case.decided_at = now
    if to_status in NEEDS_REASON:
        case.decision_reason = reason
    if to_status == "referred":
        case.referred_offer = offer
        data["offer"] = offer
    if to_status in GRANTED:
        start = start_date or local_today()
        case.start_date = start
        case.evaluation_due = start + timedelta(weeks=profile["evaluation_weeks"])
        case.end_date = add_months(start, profile["max_months"])
        data["start_date"] = start.isoformat()
    if to_status == "closed":
        case.closed_at = now
    if to_status in FINAL:
        months = profile["retention"]["months_after_closing"]
        case.retention_until = add_months(local_today(), months)

    event = CaseEvent(
        case=case,
        at=now,
        actor_id=actor.id,
        kind="referral" if to_status == "referred" else "status",
        from_status=from_status,
        to_status=to_status,
        text=reason,
        data=data,
    )
    db.session.add(event)
    audit.record(actor, "status_change", case.id, from_status=from_status, to_status=to_status)
    db.session.commit()
    return event


def refer(case: Case, actor: StaffUser, offer: str, reason: str) -> CaseEvent:
    """Refer the citizen to another offer (records which)."""
    return change_status(case, actor, "referred", reason=reason, offer=offer)


def assign(case: Case, actor: StaffUser, assignee_id: int | None) -> CaseEvent:
    """Give the case to a staff member (None: unassigned)."""
    assignee = db.session.get(StaffUser, assignee_id) if assignee_id is not None else None
    if assignee_id is not None and (assignee is None or not assignee.active):
        raise CaseError([("assignee", N_("Choose an active staff member."))])
    if case.assignee_id == assignee_id:
        raise CaseError([("assignee", N_("The case is already assigned like that."))])
    now = utcnow()
    previous = case.assignee_id
    case.assignee_id = assignee_id
    _touch(case, now)
    event = CaseEvent(
        case=case,
        at=now,
        actor_id=actor.id,
        kind="assign",
        data={"from": previous, "to": assignee_id},
    )
    db.session.add(event)
    audit.record(actor, "assign", case.id, from_assignee=previous, to_assignee=assignee_id)
    db.session.commit()
    return event


def add_note(case: Case, actor: StaffUser, text: str | None) -> CaseEvent:
    """A note in the case's history (encrypted, like all free text)."""
    text = (text or "").strip()
    if not text:
        raise CaseError([("note", N_("Write the note."))])
    if len(text) > MAX_NOTE:
        raise CaseError([("note", N_("The note can be at most 5000 characters."))])
    now = utcnow()
    _touch(case, now)
    event = CaseEvent(case=case, at=now, actor_id=actor.id, kind="note", text=text, data={})
    db.session.add(event)
    audit.record(actor, "note", case.id)
    db.session.commit()
    return event


def view_case(case_id: int, actor: StaffUser) -> Case | None:
    """Load a case for reading; every read is audit-logged."""
    case = db.session.get(Case, case_id)
    if case is not None:
        audit.record(actor, "case_view", case.id)
        db.session.commit()
    return case


def reveal_cpr(case: Case, actor: StaffUser) -> str | None:
    """The full CPR number, on explicit request; audit-logged."""
    audit.record(actor, "cpr_reveal", case.id)
    db.session.commit()
    return case.cpr


# --- The queue: filters shared by the queue page and the export ---------------------------

FORMAT_CODES = ("group", "individual", "both", "dont_know")
PAGE_SIZE = 25
MAX_SEARCH = 100


@dataclass
class QueueFilter:
    status: str = "open"  # "open", "all" or a status code
    assignee: str = ""  # "" any, "none" unassigned, or a staff user id
    outcome: str = ""
    format: str = ""
    received_from: date | None = None
    received_to: date | None = None
    q: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args) -> tuple[QueueFilter, list[tuple[str, str]]]:
        """Parse query arguments; unknown values are dropped with an error, never a 500."""
        from portal.screening import OUTCOME_CODES

        errors: list[tuple[str, str]] = []
        f = cls()
        status = args.get("status", "open")
        f.status = status if status in ("open", "all", *STATUSES) else "open"
        assignee = args.get("assignee", "")
        f.assignee = assignee if assignee in ("", "none") or assignee.isdigit() else ""
        outcome = args.get("outcome", "")
        f.outcome = outcome if outcome in OUTCOME_CODES else ""
        fmt = args.get("format", "")
        f.format = fmt if fmt in FORMAT_CODES else ""
        for name in ("received_from", "received_to"):
            raw = (args.get(name) or "").strip()
            if raw:
                try:
                    setattr(f, name, date.fromisoformat(raw))
                except ValueError:
                    errors.append((name, N_("Write the date as YYYY-MM-DD, e.g. 2026-03-01.")))
        if f.received_from and f.received_to and f.received_from > f.received_to:
            errors.append(("received_to", N_("The end date must be on or after the start date.")))
        f.q = (args.get("q") or "").strip()[:MAX_SEARCH]
        page = args.get("page", "1")
        f.page = max(1, int(page)) if page.isdigit() else 1
        return f, errors

    def args(self, **changes) -> dict:
        """The filter as query arguments (for links and the export form)."""
        values = {
            "status": self.status,
            "assignee": self.assignee,
            "outcome": self.outcome,
            "format": self.format,
            "received_from": self.received_from.isoformat() if self.received_from else "",
            "received_to": self.received_to.isoformat() if self.received_to else "",
            "q": self.q,
        }
        values.update(changes)
        return {k: v for k, v in values.items() if v not in ("", None)}


def _local_midnight_utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)


def queue_select(f: QueueFilter):
    from sqlalchemy import select

    from portal.services import case_search

    stmt = select(Case)
    if f.status == "open":
        stmt = stmt.where(Case.status.in_(sorted(OPEN)))
    elif f.status != "all":
        stmt = stmt.where(Case.status == f.status)
    if f.assignee == "none":
        stmt = stmt.where(Case.assignee_id.is_(None))
    elif f.assignee:
        stmt = stmt.where(Case.assignee_id == int(f.assignee))
    if f.outcome:
        stmt = stmt.where(Case.screening_outcome == f.outcome)
    if f.format:
        # format_wish is encrypted: filter through its blind-index token.
        stmt = stmt.where(Case.id.in_(case_search.case_ids_with_code("format", f.format)))
    if f.received_from:
        stmt = stmt.where(Case.received_at >= _local_midnight_utc(f.received_from))
    if f.received_to:
        stmt = stmt.where(Case.received_at < _local_midnight_utc(f.received_to + timedelta(days=1)))
    if f.q:
        # Reference, name, e-mail, phone or CPR; all but the reference via the blind index.
        stmt = stmt.where(Case.id.in_(case_search.search_case_ids(f.q)))
    return stmt.order_by(Case.deadline_at, Case.id)


@dataclass
class QueuePage:
    cases: list[Case]
    total: int
    page: int
    pages: int
    counts: dict[str, int]


def queue(f: QueueFilter, actor: StaffUser) -> QueuePage:
    """One page of the queue. A free-text search is audit-logged (the count, never the
    words: they may be a citizen's name)."""
    from sqlalchemy import func, select

    stmt = queue_select(f)
    total = db.session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(f.page, pages)
    cases = list(db.session.scalars(stmt.limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)))
    counts = dict.fromkeys(STATUSES, 0)
    for status, count in db.session.execute(
        select(Case.status, func.count()).group_by(Case.status)
    ):
        counts[status] = count
    if f.q:
        audit.record(actor, "search", results=total)
        db.session.commit()
    return QueuePage(cases, total, page, pages, counts)
