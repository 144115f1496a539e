"""Statistics a team lead acts on (DESIGN.md § 7, issue 11 item 7).

Two kinds of figure:
- now: the backlog (cases waiting for a decision), overdue now, unassigned, and the workload
  per caseworker, over every case in the portal;
- the period (cases received in [date_from, date_to]): applications per week, decisions by
  type, referrals by offer, days to first contact and to decision (median and 90th
  percentile), the share within the deadline against the profile's target, and how often
  the screening and the staff decision agree, per screening outcome.

Only plain columns are loaded (status, dates, codes, assignee): loading whole cases would
decrypt every personal field for nothing (5,000 cases: 0.8 s -> 0.07 s on SQLite).

Cases still waiting are never left out of a waiting time: a case without a first contact
(or decision) counts with the time it has waited so far, which is a lower bound of its
true time. The median and the 90th percentile so include them; the page says how many.
"""

from __future__ import annotations

import csv
import io
import math
import statistics as pystats
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import load_only

from portal.extensions import db
from portal.models import Case, CaseEvent, StaffUser, utcnow
from portal.services import audit
from portal.services import cases as case_service
from portal.services.cases import ACTIVE, GRANTED, LOCAL_TZ, OPEN
from portal.services.export import DELIMITER, safe_cell

# Screening outcomes that mean "the offer may fit": the staff agree when they grant.
SCREENING_FITS = frozenset({"eligible", "assessment"})
DECISION_GROUPS = ("granted", "referred", "rejected")
# Decisions by type, in the page's order. A closed case counts under the grant it had.
DECISION_TYPES = (*GRANTED, "referred", "rejected", "withdrawn")
PERCENTILE = 90
SECONDS_PER_DAY = 86400


def decision_group(status: str) -> str | None:
    """granted_* and closed (only reachable from granted) count as granted; withdrawn
    says nothing about whether the screening was right."""
    if status in GRANTED or status == "closed":
        return "granted"
    if status in ("referred", "rejected"):
        return status
    return None


def nearest_rank(values: list[float], percent: int) -> float | None:
    """The nearest-rank percentile: the smallest value with at least `percent` % of the
    values at or below it (a value that occurred, never an interpolation)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(percent / 100 * len(ordered))) - 1]


@dataclass
class Duration:
    """Days from receipt to an event: finished cases with their real time, cases still
    waiting with their time so far."""

    days: list[float] = field(default_factory=list)
    waiting: int = 0  # how many of `days` are still waiting (time so far)
    left_out: int = 0  # finished without the event ever happening (e.g. withdrawn)

    @property
    def count(self) -> int:
        return len(self.days)

    @property
    def median(self) -> float | None:
        return pystats.median(self.days) if self.days else None

    @property
    def p90(self) -> float | None:
        return nearest_rank(self.days, PERCENTILE)


@dataclass
class Workload:
    user_id: int
    name: str
    in_triage: int = 0  # received / in review
    in_course: int = 0  # granted, course running
    overdue: int = 0


@dataclass
class Stats:
    # Now.
    backlog: int = 0
    overdue_now: int = 0
    unassigned: int = 0
    workload: list[Workload] = field(default_factory=list)
    # The period.
    total: int = 0
    per_week: list[tuple[str, int]] = field(default_factory=list)
    decisions: dict[str, int] = field(default_factory=dict)
    referrals: dict[str, int] = field(default_factory=dict)
    to_first_contact: Duration = field(default_factory=Duration)
    to_decision: Duration = field(default_factory=Duration)
    # screening outcome -> decision group -> count
    agreement_table: dict[str, dict[str, int]] = field(default_factory=dict)
    agreed: int = 0
    compared: int = 0
    within_deadline: int = 0
    deadline_considered: int = 0
    deadline_measures: str | None = None  # what the clock measures (None: no clock)
    target_percent: int | None = None

    @property
    def agreement_share(self) -> float | None:
        return self.agreed / self.compared if self.compared else None

    @property
    def within_deadline_share(self) -> float | None:
        return self.within_deadline / self.deadline_considered if self.deadline_considered else None

    @property
    def meets_target(self) -> bool | None:
        share = self.within_deadline_share
        if share is None or self.target_percent is None:
            return None
        return share * 100 >= self.target_percent

    def agreement_by_outcome(self) -> dict[str, float]:
        """Per screening outcome: the share of its decided cases where staff agreed."""
        out = {}
        for outcome, row in self.agreement_table.items():
            n = sum(row.values())
            agree = row["granted"] if outcome in SCREENING_FITS else n - row["granted"]
            out[outcome] = agree / n if n else 0.0
        return out


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)


def _days(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() / SECONDS_PER_DAY)


PLAIN_COLUMNS = (
    Case.id,
    Case.status,
    Case.received_at,
    Case.deadline_at,
    Case.decided_at,
    Case.first_action_at,
    Case.first_contact_at,
    Case.planning_started_at,
    Case.screening_outcome,
    Case.referred_offer,
    Case.assignee_id,
)


def _now_figures(s: Stats, today: date, profile) -> None:
    """Backlog, overdue, unassigned and workload: every case, as it stands today."""
    s.backlog = db.session.scalar(select(func.count(Case.id)).where(Case.status.in_(OPEN)))
    overdue = case_service.view_clause("overdue", None, today, profile)
    s.overdue_now = db.session.scalar(select(func.count(Case.id)).where(overdue))
    s.unassigned = db.session.scalar(
        select(func.count(Case.id)).where(case_service.view_clause("unassigned", None, today))
    )
    rows = db.session.execute(
        select(Case.assignee_id, Case.status, overdue.label("overdue"))
        .where(Case.status.in_(ACTIVE), Case.assignee_id.is_not(None))
        .order_by(Case.assignee_id)
    ).all()
    # Names only: a whole StaffUser would decrypt its TOTP secret.
    names = {
        user_id: display_name or email
        for user_id, display_name, email in db.session.execute(
            select(StaffUser.id, StaffUser.display_name, StaffUser.email)
        )
    }
    load: dict[int, Workload] = {}
    for assignee_id, status, is_overdue in rows:
        w = load.setdefault(
            assignee_id, Workload(assignee_id, names.get(assignee_id, str(assignee_id)))
        )
        if status in OPEN:
            w.in_triage += 1
        else:
            w.in_course += 1
        w.overdue += bool(is_overdue)
    s.workload = sorted(load.values(), key=lambda w: (-(w.in_triage + w.in_course), w.name))


def _granted_kind_of_closed(case_ids: list[int]) -> dict[int, str]:
    """The grant a closed case had, from its history's plain status columns."""
    if not case_ids:
        return {}
    rows = db.session.execute(
        select(CaseEvent.case_id, CaseEvent.to_status)
        .where(CaseEvent.case_id.in_(case_ids), CaseEvent.to_status.in_(GRANTED))
        .order_by(CaseEvent.id)
    ).all()
    return {case_id: status for case_id, status in rows}  # the newest grant wins


def compute(
    date_from: date | None = None, date_to: date | None = None, now=None, profile=None
) -> Stats:
    """The statistics: "now" figures over every case; the rest over cases received in
    [date_from, date_to] (local dates, inclusive)."""
    now = now or utcnow()
    profile = profile or current_app.extensions["municipality"]
    today = now.astimezone(LOCAL_TZ).date()
    s = Stats(target_percent=profile["statistics"]["within_deadline_target_percent"])
    _now_figures(s, today, profile)

    stmt = select(Case).options(load_only(*PLAIN_COLUMNS))
    if date_from:
        stmt = stmt.where(Case.received_at >= _local_midnight(date_from))
    if date_to:
        stmt = stmt.where(Case.received_at < _local_midnight(date_to + timedelta(days=1)))
    cases = list(db.session.scalars(stmt))
    s.total = len(cases)

    weeks: Counter[str] = Counter()
    for case in cases:
        year, week, _ = case.received_at.astimezone(LOCAL_TZ).isocalendar()
        weeks[f"{year}-W{week:02d}"] += 1
    s.per_week = sorted(weeks.items())

    closed_kinds = _granted_kind_of_closed([c.id for c in cases if c.status == "closed"])
    decisions = dict.fromkeys(DECISION_TYPES, 0)
    referrals: Counter[str] = Counter()
    for case in cases:
        kind = closed_kinds.get(case.id) if case.status == "closed" else case.status
        if kind in decisions:
            decisions[kind] += 1
        if case.status == "referred" and case.referred_offer:
            referrals[case.referred_offer] += 1
    s.decisions = decisions
    s.referrals = dict(sorted(referrals.items(), key=lambda kv: (-kv[1], kv[0])))

    for case in cases:
        if case.first_contact_at is not None:
            s.to_first_contact.days.append(_days(case.received_at, case.first_contact_at))
        elif case.status in OPEN:
            s.to_first_contact.days.append(_days(case.received_at, now))
            s.to_first_contact.waiting += 1
        else:
            s.to_first_contact.left_out += 1
        if case.decided_at is not None:
            s.to_decision.days.append(_days(case.received_at, case.decided_at))
        elif case.status in OPEN:
            s.to_decision.days.append(_days(case.received_at, now))
            s.to_decision.waiting += 1
        else:
            s.to_decision.left_out += 1

    for case in cases:
        group = decision_group(case.status)
        if group is None or not case.screening_outcome:
            continue
        row = s.agreement_table.setdefault(
            case.screening_outcome, dict.fromkeys(DECISION_GROUPS, 0)
        )
        row[group] += 1
        s.compared += 1
        if (case.screening_outcome in SCREENING_FITS) == (group == "granted"):
            s.agreed += 1

    _within_deadline(s, cases, now, profile)
    return s


def _within_deadline(s: Stats, cases: list[Case], now: datetime, profile) -> None:
    """Within the deadline: the event the profile's clock measures (first contact, planning
    begun or the decision) came on or before the case's deadline; a decision that came
    first also stops the clock. A case whose clock still runs past its deadline counts as
    late; one whose deadline has not come yet is left out (it may still make it)."""
    clock = case_service.clock(profile)
    if clock is None:
        return
    s.deadline_measures = clock.measures
    for case in cases:
        event = {
            "first_contact": case.first_contact_at,
            "planning_started": case.planning_started_at,
            "decision": case.decided_at,
        }[clock.measures]
        stops = [t for t in (event, case.decided_at) if t is not None]
        if stops:
            s.deadline_considered += 1
            s.within_deadline += min(stops) <= case.deadline_at
        elif case.deadline_at < now:
            s.deadline_considered += 1


def view(actor: StaffUser, date_from: date | None, date_to: date | None) -> Stats:
    """The statistics page's read, audit-logged."""
    result = compute(date_from, date_to)
    audit.record(actor, "statistics_view")
    db.session.commit()
    return result


def table_csv(header: list[str], rows: list[list[str]]) -> str:
    """One statistics table as CSV by the rules of the case export (DESIGN.md § 4): `;`,
    every field quoted, UTF-8 with a BOM, CRLF, formula-looking cells neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return "\ufeff" + out.getvalue()


def export_table(actor: StaffUser, table: str, row_count: int) -> None:
    """Audit one statistics table's export (counts only: no personal data in it)."""
    audit.record(actor, "export", statistics_table=table, count=row_count)
    db.session.commit()
