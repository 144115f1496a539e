"""Case handling by visitation staff (DESIGN.md § 7): the transition table and the
operations on a case. Each operation validates, writes an append-only history row
(CaseEvent) and an audit entry, and commits them in one transaction.

Every operation takes the case version the staff member's form was rendered from
(`expected_version`) and claims the case with a compare-and-set on it: a colleague's change
in between makes the form stale (StaleCase) and nothing is written.
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
from portal.services import audit, deadlines
from portal.services.staff_accounts import has_role
from portal.textcat import N_

GRANTED = ("granted_group", "granted_individual", "granted_both")


@dataclass(frozen=True)
class Step:
    """One allowed move. `decisive` steps need a written reason and a confirmation page
    before they are saved; `role` is the least role that may take the step; a `reopen`
    brings a finished case back into the work."""

    role: str = "caseworker"
    decisive: bool = False
    reopen: bool = False


REVIEW = Step()
DECIDE = Step(decisive=True)
REOPEN = Step(role="lead", decisive=True, reopen=True)

# The whole workflow: status -> {next status: Step}. Adding a transition here is all it
# takes; the views, the README's diagram and the tests read this table.
TRANSITIONS: dict[str, dict[str, Step]] = {
    "received": {"in_review": REVIEW, "withdrawn": DECIDE},
    "in_review": {
        "granted_group": DECIDE,
        "granted_individual": DECIDE,
        "granted_both": DECIDE,
        "referred": DECIDE,
        "rejected": DECIDE,
        "withdrawn": DECIDE,
    },
    "granted_group": {"closed": DECIDE},
    "granted_individual": {"closed": DECIDE},
    "granted_both": {"closed": DECIDE},
    "referred": {"in_review": REOPEN},
    "rejected": {"in_review": REOPEN},
    "withdrawn": {"in_review": REOPEN},
    "closed": {"in_review": REOPEN},
}
STATUSES = tuple(TRANSITIONS)
# Final states: only a lead's reopening follows, so the retention clock starts.
FINAL = frozenset(
    s for s, following in TRANSITIONS.items() if all(step.reopen for step in following.values())
)
# Decisions and endings need a written reason (DESIGN.md § 7).
NEEDS_REASON = frozenset(
    to
    for following in TRANSITIONS.values()
    for to, step in following.items()
    if step.decisive and not step.reopen
)
# A decision ends the triage: used for "handled within the deadline".
DECISIONS = frozenset({*GRANTED, "referred", "rejected", "withdrawn"})
# Cases still waiting for a decision: the queue shows these by default.
OPEN = frozenset({"received", "in_review"})
# Cases someone still works on (triage or a running course).
ACTIVE = frozenset({*OPEN, *GRANTED})
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

CONTACT_KINDS = ("phone", "email", "letter", "meeting", "sms")
CONTACT_DIRECTIONS = ("outgoing", "incoming")
GOALS_REACHED = ("yes", "partly", "no")
MAX_REASON = 2000
MAX_NOTE = 5000
MAX_CONTACT_NOTE = 1000
MAX_BULK = 100
# Evaluations and ends show on the follow-up list this many days before they are due.
FOLLOW_UP_DAYS = 14
LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
# The numbers error messages name (`_(msgid, **LIMITS)`), from the constants above.
LIMITS = {
    "max_reason": MAX_REASON,
    "max_note": MAX_NOTE,
    "max_contact": MAX_CONTACT_NOTE,
    "max_bulk": MAX_BULK,
}

MSG_STALE = N_(
    "A colleague changed this case while you had it open. Nothing was saved. "
    "Here is the newest version: check it and do the step again."
)


class CaseError(ValueError):
    """Bad input to a case operation: `errors` is a list of (field, English msgid)."""

    def __init__(self, errors: list[tuple[str, str]]):
        super().__init__(", ".join(f for f, _ in errors))
        self.errors = errors


class StaleCase(CaseError):
    """The form was rendered from an older version of the case than the database holds."""

    def __init__(self):
        super().__init__([("version", MSG_STALE)])


class NotAllowed(CaseError):
    """The step needs a higher role than the actor has."""


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


def allowed_next(status: str, actor: StaffUser | None = None) -> list[str]:
    """The statuses a case may move to (for `actor`'s role when given), in STATUSES order."""
    following = TRANSITIONS.get(status, {})
    return [
        s
        for s in STATUSES
        if s in following and (actor is None or has_role(actor, following[s].role))
    ]


def step(from_status: str, to_status: str) -> Step | None:
    return TRANSITIONS.get(from_status, {}).get(to_status)


def _profile():
    return current_app.extensions["municipality"]


def clock(profile=None) -> deadlines.Clock | None:
    return deadlines.clock_for(profile or _profile())


def clock_running(case: Case, profile=None) -> bool:
    """The deadline clock runs until the step it measures happens, or a decision ends the
    triage first (a rejected case cannot be overdue for planning)."""
    c = clock(profile)
    if c is None or case.status not in OPEN or case.decided_at is not None:
        return False
    stopped_by = {
        "first_contact": case.first_contact_at,
        "planning_started": case.planning_started_at,
        "decision": case.decided_at,
    }[c.measures]
    return stopped_by is None


def relative_deadline(case: Case, today: date | None = None) -> deadlines.Relative | None:
    """Where the case's deadline stands today; None when its clock does not run."""
    c = clock()
    if c is None or not clock_running(case):
        return None
    due = deadlines.due_day_of(case.deadline_at)
    return deadlines.relative(due, today or local_today(), c.day_kind)


def due_state(case: Case, now: datetime | None = None, soon_days: int | None = None) -> Due:
    """Overdue / due soon, for cases whose clock still runs."""
    today = deadlines.local_date(now) if now else local_today()
    rel = relative_deadline(case, today)
    if rel is None:
        return Due(False, False)
    return Due(rel.overdue, rel.due_soon)


def mask_cpr(cpr: str | None) -> str | None:
    """010190-1234 -> 010190-****: the birth date helps find the person, the rest is hidden."""
    if not cpr:
        return None
    digits = "".join(ch for ch in cpr if ch.isdigit())
    return f"{digits[:6]}-****" if len(digits) >= 6 else "******-****"


def _touch(case: Case, now: datetime) -> None:
    if case.first_action_at is None:
        case.first_action_at = now


def _fresh(case: Case, expected_version: int | None) -> None:
    """A form rendered from an older version is stale: say so before anything else (its
    other errors may come only from what the colleague changed)."""
    if expected_version is not None and expected_version != case.version:
        db.session.rollback()
        raise StaleCase()


def _claim(case: Case, expected_version: int | None) -> None:
    """Compare-and-set on the case's version (and status): a colleague's change since the
    form was rendered, or since this session loaded the case, refuses the operation."""
    current = case.version
    if expected_version is not None and expected_version != current:
        db.session.rollback()
        raise StaleCase()
    claimed = db.session.execute(
        update(Case)
        .where(Case.id == case.id, Case.version == current, Case.status == case.status)
        .values(version=current + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if claimed != 1:
        db.session.rollback()
        raise StaleCase()
    # The row now holds current + 1; tell the session so its own flush does not undo it.
    from sqlalchemy.orm.attributes import set_committed_value

    set_committed_value(case, "version", current + 1)


def _event(case: Case, actor: StaffUser, kind: str, now: datetime, **values) -> CaseEvent:
    values.setdefault("data", {})
    event = CaseEvent(case=case, at=now, actor_id=actor.id, kind=kind, **values)
    db.session.add(event)
    return event


def check_status_change(
    case: Case,
    actor: StaffUser,
    to_status: str,
    reason: str | None = None,
    offer: str | None = None,
) -> Step:
    """Validate a status step without saving it (the confirmation page shows it first).

    Raises CaseError on a step the table forbids, a missing reason or a missing referral
    offer; NotAllowed when the actor's role is too low for the step."""
    reason = (reason or "").strip() or None
    errors: list[tuple[str, str]] = []
    rule = step(case.status, to_status)
    if rule is None:
        errors.append(("to_status", N_("Choose one of the next steps shown.")))
    elif not has_role(actor, rule.role):
        raise NotAllowed([("to_status", N_("Only a team lead can reopen a finished case."))])
    if rule is not None and rule.decisive and not reason:
        errors.append(("reason", N_("Write the reason for the decision.")))
    if reason and len(reason) > MAX_REASON:
        errors.append(("reason", N_("The reason can be at most %(max_reason)d characters.")))
    if to_status == "referred" and offer not in REFERRAL_OFFERS:
        errors.append(("offer", N_("Choose the offer the citizen is referred to.")))
    if errors:
        raise CaseError(errors)
    return rule


def change_status(
    case: Case,
    actor: StaffUser,
    to_status: str,
    reason: str | None = None,
    offer: str | None = None,
    start_date: date | None = None,
    expected_version: int | None = None,
) -> CaseEvent:
    """Move a case along the workflow (a decision, an ending or a lead's reopening).

    Raises what check_status_change raises, and StaleCase when a colleague changed the
    case since `expected_version`."""
    _fresh(case, expected_version)
    rule = check_status_change(case, actor, to_status, reason, offer)
    reason = (reason or "").strip() or None
    _claim(case, expected_version)
    now = utcnow()
    profile = _profile()
    from_status = case.status
    data: dict = {}
    case.status = to_status
    _touch(case, now)
    if rule.reopen:
        data["reopen"] = True
        case.retention_until = None
        case.closed_at = None
    if to_status in DECISIONS:
        case.decided_at = now
    if rule.decisive and not rule.reopen:
        case.decision_reason = reason
    if to_status == "referred":
        case.referred_offer = offer
        data["offer"] = offer
    if to_status in GRANTED:
        _set_course_dates(case, start_date or local_today(), profile)
        data["start_date"] = case.start_date.isoformat()
    if to_status == "closed":
        case.closed_at = now
    if to_status in FINAL:
        months = profile["retention"]["months_after_closing"]
        case.retention_until = add_months(local_today(), months)

    event = _event(
        case,
        actor,
        "referral" if to_status == "referred" else "status",
        now,
        from_status=from_status,
        to_status=to_status,
        text=reason,
        data=data,
    )
    detail = {"from_status": from_status, "to_status": to_status}
    if rule.reopen:
        detail["reopen"] = True
    audit.record(actor, "status_change", case.id, **detail)
    if not rule.reopen:
        # The decision letter (or closing letter) goes in the same transaction: the
        # decision and its e-mail in the outbox commit or roll back together.
        from portal.services import letters

        letters.issue(case, actor)
    db.session.commit()
    return event


def _set_course_dates(case: Case, start: date, profile) -> None:
    case.start_date = start
    case.evaluation_due = start + timedelta(weeks=profile["evaluation_weeks"])
    case.end_date = add_months(start, profile["max_months"])


def refer(case: Case, actor: StaffUser, offer: str, reason: str, **kw) -> CaseEvent:
    """Refer the citizen to another offer (records which)."""
    return change_status(case, actor, "referred", reason=reason, offer=offer, **kw)


def _assign(case: Case, actor: StaffUser, assignee_id: int | None, now: datetime, **data):
    previous = case.assignee_id
    case.assignee_id = assignee_id
    _touch(case, now)
    event = _event(case, actor, "assign", now, data={"from": previous, "to": assignee_id, **data})
    audit.record(actor, "assign", case.id, from_assignee=previous, to_assignee=assignee_id, **data)
    return event


def _active_user(assignee_id: int | None) -> StaffUser | None:
    assignee = db.session.get(StaffUser, assignee_id) if assignee_id is not None else None
    if assignee_id is not None and (assignee is None or not assignee.active):
        raise CaseError([("assignee", N_("Choose an active staff member."))])
    return assignee


def assign(
    case: Case, actor: StaffUser, assignee_id: int | None, expected_version: int | None = None
) -> CaseEvent:
    """Give the case to a staff member (None: unassigned). Leads only (the view checks)."""
    _fresh(case, expected_version)
    _active_user(assignee_id)
    if case.assignee_id == assignee_id:
        raise CaseError([("assignee", N_("The case is already assigned like that."))])
    _claim(case, expected_version)
    event = _assign(case, actor, assignee_id, utcnow())
    db.session.commit()
    return event


def take(case: Case, actor: StaffUser, expected_version: int | None = None) -> CaseEvent:
    """A caseworker takes an unassigned case ("Tag sagen")."""
    _fresh(case, expected_version)
    if case.assignee_id is not None:
        raise CaseError([("take", N_("The case already has a caseworker."))])
    if case.status in FINAL:
        raise CaseError([("take", N_("The case is finished."))])
    _claim(case, expected_version)
    event = _assign(case, actor, actor.id, utcnow(), take=True)
    db.session.commit()
    return event


def bulk_assign(
    versions: dict[int, int], actor: StaffUser, assignee_id: int | None
) -> list[CaseEvent]:
    """Assign several cases at once (leads, from the list): {case id: version seen}.
    All or nothing: one case changed meanwhile refuses the whole batch."""
    if not versions:
        raise CaseError([("cases", N_("Choose at least one case."))])
    if len(versions) > MAX_BULK:
        raise CaseError([("cases", N_("Choose at most %(max_bulk)d cases at a time."))])
    _active_user(assignee_id)
    now = utcnow()
    events = []
    for case_id, version in sorted(versions.items()):
        case = db.session.get(Case, case_id)
        if case is None:
            db.session.rollback()
            raise StaleCase()
        if case.assignee_id == assignee_id:
            continue
        _claim(case, version)
        events.append(_assign(case, actor, assignee_id, now, bulk=True))
    if not events:
        raise CaseError([("assignee", N_("The cases are already assigned like that."))])
    db.session.commit()
    return events


def add_note(
    case: Case, actor: StaffUser, text: str | None, expected_version: int | None = None
) -> CaseEvent:
    """A note in the case's history (encrypted, like all free text)."""
    _fresh(case, expected_version)
    text = (text or "").strip()
    if not text:
        raise CaseError([("note", N_("Write the note."))])
    if len(text) > MAX_NOTE:
        raise CaseError([("note", N_("The note can be at most %(max_note)d characters."))])
    _claim(case, expected_version)
    now = utcnow()
    _touch(case, now)
    event = _event(case, actor, "note", now, text=text)
    audit.record(actor, "note", case.id)
    db.session.commit()
    return event


def log_contact(
    case: Case,
    actor: StaffUser,
    kind: str,
    direction: str,
    on: date | None,
    note: str | None = None,
    reached: bool = False,
    expected_version: int | None = None,
) -> CaseEvent:
    """A contact with the citizen (phone call, e-mail, letter, meeting, SMS) in the contact
    log; the note is encrypted. When the citizen was reached, this is the first contact
    that stops a `first_contact` clock."""
    _fresh(case, expected_version)
    note = (note or "").strip() or None
    errors: list[tuple[str, str]] = []
    if kind not in CONTACT_KINDS:
        errors.append(("contact_kind", N_("Choose how you were in contact.")))
    if direction not in CONTACT_DIRECTIONS:
        errors.append(("direction", N_("Choose who made contact.")))
    if on is None:
        errors.append(("contact_date", N_("Write the date of the contact, e.g. 2026-03-01.")))
    elif on > local_today():
        errors.append(("contact_date", N_("The date of the contact cannot be in the future.")))
    if note and len(note) > MAX_CONTACT_NOTE:
        errors.append(
            ("contact_note", N_("The contact note can be at most %(max_contact)d characters."))
        )
    if errors:
        raise CaseError(errors)
    _claim(case, expected_version)
    now = utcnow()
    _touch(case, now)
    data = {"kind": kind, "direction": direction, "on": on.isoformat(), "reached": reached}
    if reached and case.first_contact_at is None:
        case.first_contact_at = now
        data["first_contact"] = True
    event = _event(case, actor, "contact", now, text=note, data=data)
    audit.record(actor, "contact_logged", case.id, kind=kind, direction=direction)
    db.session.commit()
    return event


def start_planning(case: Case, actor: StaffUser, expected_version: int | None = None) -> CaseEvent:
    """ "Planlægning påbegyndt": planning of the support has begun. Stops a
    `planning_started` clock; a received case moves into review with it."""
    _fresh(case, expected_version)
    if case.planning_started_at is not None:
        raise CaseError([("planning", N_("Planning has already begun."))])
    if case.status not in OPEN:
        raise CaseError([("planning", N_("Planning can only begin before the decision."))])
    _claim(case, expected_version)
    now = utcnow()
    _touch(case, now)
    case.planning_started_at = now
    from_status = case.status
    case.status = "in_review"
    event = _event(case, actor, "planning", now, from_status=from_status, to_status="in_review")
    audit.record(actor, "planning_started", case.id)
    db.session.commit()
    return event


def start_course(
    case: Case, actor: StaffUser, started_on: date | None, expected_version: int | None = None
) -> CaseEvent:
    """ "Forløb startet": the granted course has started on `started_on`; the evaluation and
    end dates are counted from it."""
    _fresh(case, expected_version)
    if case.status not in GRANTED:
        raise CaseError([("course_start", N_("Only a granted course can start."))])
    if case.course_started_on is not None:
        raise CaseError([("course_start", N_("The course has already started."))])
    if started_on is None:
        raise CaseError([("course_start", N_("Write the start date, e.g. 2026-03-01."))])
    if started_on > local_today():
        raise CaseError([("course_start", N_("The start date cannot be in the future."))])
    _claim(case, expected_version)
    now = utcnow()
    case.course_started_on = started_on
    _set_course_dates(case, started_on, _profile())
    event = _event(case, actor, "course_start", now, data={"on": started_on.isoformat()})
    audit.record(actor, "course_started", case.id)
    db.session.commit()
    return event


def hold_evaluation(
    case: Case,
    actor: StaffUser,
    held_on: date | None,
    goals_reached: str,
    note: str | None = None,
    expected_version: int | None = None,
) -> CaseEvent:
    """ "Evaluering holdt": were the goals reached (yes, partly, no) and a short note
    (encrypted)."""
    _fresh(case, expected_version)
    note = (note or "").strip() or None
    errors: list[tuple[str, str]] = []
    if case.status not in GRANTED:
        errors.append(("goals_reached", N_("Only a granted course can be evaluated.")))
    elif case.evaluated_on is not None:
        errors.append(("goals_reached", N_("The evaluation has already been held.")))
    if goals_reached not in GOALS_REACHED:
        errors.append(("goals_reached", N_("Choose whether the goals were reached.")))
    if held_on is None:
        errors.append(("evaluation_date", N_("Write the date of the evaluation, e.g. 2026-03-01.")))
    elif held_on > local_today():
        errors.append(
            ("evaluation_date", N_("The date of the evaluation cannot be in the future."))
        )
    if note and len(note) > MAX_NOTE:
        errors.append(("evaluation_note", N_("The note can be at most %(max_note)d characters.")))
    if errors:
        raise CaseError(errors)
    _claim(case, expected_version)
    now = utcnow()
    case.evaluated_on = held_on
    event = _event(
        case,
        actor,
        "evaluation",
        now,
        text=note,
        data={"on": held_on.isoformat(), "goals_reached": goals_reached},
    )
    audit.record(actor, "evaluation_held", case.id, goals_reached=goals_reached)
    db.session.commit()
    return event


def next_step(case: Case) -> str:
    """What the case waits for, as a code the labels module words."""
    if case.status in OPEN:
        c = clock()
        if case.assignee_id is None:
            return "take"
        if c and c.measures == "first_contact" and case.first_contact_at is None:
            return "contact"
        if case.planning_started_at is None:
            return "planning"
        return "decide"
    if case.status in GRANTED:
        if case.course_started_on is None:
            return "start_course"
        if case.evaluated_on is None:
            return "evaluate"
        return "end_course"
    return "none"


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


# The today view's worklists: ?view=... narrows the list to one of them.
VIEWS = ("overdue", "soon", "unassigned", "mine", "evaluations", "ends")
# Sortable columns (server-side): name -> the column; the deadline first by default.
SORTS = ("deadline", "received", "reference", "status")


@dataclass
class QueueFilter:
    status: str = "open"  # "open", "all", "granted" (all three) or a status code
    view: str = ""  # one of VIEWS, or "" for none
    sort: str = "deadline"
    desc: bool = False
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
        view = args.get("view", "")
        f.view = view if view in VIEWS else ""
        # A worklist brings its own statuses: without an explicit status it shows them all.
        status = args.get("status") or ("all" if f.view else "open")
        f.status = status if status in ("open", "all", "granted", *STATUSES) else "open"
        sort = args.get("sort", "deadline")
        f.sort = sort if sort in SORTS else "deadline"
        f.desc = args.get("dir") == "desc"
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

    def has_filters(self) -> bool:
        """Whether any of the folded filters is set (the form then opens)."""
        return bool(
            self.assignee
            or self.outcome
            or self.format
            or self.received_from
            or self.received_to
            or self.q
            or self.status != ("all" if self.view else "open")
        )

    def args(self, **changes) -> dict:
        """The filter as query arguments (for links and the export form)."""
        values = {
            "view": self.view,
            "status": self.status,
            "sort": self.sort if self.sort != "deadline" else "",
            "dir": "desc" if self.desc else "",
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


def clock_running_clause(profile=None):
    """SQL twin of clock_running(): the cases whose deadline clock still runs."""
    from sqlalchemy import false

    c = clock(profile)
    if c is None:
        return false()
    stopped_by = {
        "first_contact": Case.first_contact_at,
        "planning_started": Case.planning_started_at,
        "decision": Case.decided_at,
    }[c.measures]
    return Case.status.in_(sorted(OPEN)) & Case.decided_at.is_(None) & stopped_by.is_(None)


def view_clause(view: str, actor_id: int | None, today: date | None = None, profile=None):
    """The condition of one today-view worklist."""
    today = today or local_today()
    running = clock_running_clause(profile)
    start_of_today = _local_midnight_utc(today)
    if view == "overdue":
        return running & (Case.deadline_at < start_of_today)
    if view == "soon":
        end = deadlines.end_of_day_utc(deadlines.soon_limit(today))
        return running & (Case.deadline_at >= start_of_today) & (Case.deadline_at <= end)
    if view == "unassigned":
        return Case.status.in_(sorted(ACTIVE)) & Case.assignee_id.is_(None)
    if view == "mine":
        return Case.status.in_(sorted(ACTIVE)) & (Case.assignee_id == (actor_id or -1))
    horizon = today + timedelta(days=FOLLOW_UP_DAYS)
    if view == "evaluations":
        return (
            Case.status.in_(GRANTED)
            & Case.evaluated_on.is_(None)
            & (Case.evaluation_due <= horizon)
        )
    if view == "ends":
        return Case.status.in_(GRANTED) & (Case.end_date <= horizon)
    raise ValueError(view)


def _order(f: QueueFilter):
    column = {
        "deadline": Case.deadline_at,
        "received": Case.received_at,
        "reference": Case.reference,
        "status": Case.status,
    }[f.sort]
    # On the follow-up lists the deadline column is the follow-up date.
    if f.sort == "deadline" and f.view == "evaluations":
        column = Case.evaluation_due
    elif f.sort == "deadline" and f.view == "ends":
        column = Case.end_date
    return (column.desc() if f.desc else column.asc(), Case.id.desc() if f.desc else Case.id)


def queue_select(f: QueueFilter, actor_id: int | None = None, today: date | None = None):
    from sqlalchemy import select

    from portal.services import case_search

    stmt = select(Case)
    if f.view:
        stmt = stmt.where(view_clause(f.view, actor_id, today))
    if f.status == "open":
        stmt = stmt.where(Case.status.in_(sorted(OPEN)))
    elif f.status == "granted":
        stmt = stmt.where(Case.status.in_(GRANTED))
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
    return stmt.order_by(*_order(f))


@dataclass
class QueuePage:
    cases: list[Case]
    total: int
    page: int
    pages: int
    counts: dict[str, int]
    today: dict[str, int]


def today_counts(actor: StaffUser, today: date | None = None) -> dict[str, int]:
    """The today view's numbers: one per worklist in VIEWS."""
    from sqlalchemy import func, select

    return {
        view: db.session.scalar(
            select(func.count(Case.id)).where(view_clause(view, actor.id, today))
        )
        for view in VIEWS
    }


MAX_NEIGHBOURS = 5000


def neighbours(f: QueueFilter, case_id: int, actor: StaffUser) -> tuple[int | None, int | None]:
    """The previous and next case in the filtered, sorted list (for the case page)."""
    ids = list(
        db.session.scalars(
            queue_select(f, actor.id).with_only_columns(Case.id).limit(MAX_NEIGHBOURS)
        )
    )
    if case_id not in ids:
        return None, None
    i = ids.index(case_id)
    return (ids[i - 1] if i > 0 else None), (ids[i + 1] if i + 1 < len(ids) else None)


def queue(f: QueueFilter, actor: StaffUser) -> QueuePage:
    """One page of the queue. A free-text search is audit-logged (the count, never the
    words: they may be a citizen's name)."""
    from sqlalchemy import func, select

    stmt = queue_select(f, actor.id)
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
    return QueuePage(cases, total, page, pages, counts, today_counts(actor))
