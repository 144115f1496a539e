"""Statistics for the team lead (DESIGN.md § 7): applications per week, how often the
screening and the staff decision agree, the share handled within the deadline, and the
median time to the first staff action. Computed in Python over the period's cases: a
municipality has hundreds of applications a year, not millions."""

from __future__ import annotations

import statistics as pystats
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import load_only

from portal.extensions import db
from portal.models import Case, utcnow
from portal.services.cases import DECISIONS, GRANTED, LOCAL_TZ, OPEN

# Screening outcomes that mean "the offer may fit": the staff agree when they grant.
SCREENING_FITS = frozenset({"eligible", "assessment"})
DECISION_GROUPS = ("granted", "referred", "rejected")


def decision_group(status: str) -> str | None:
    """granted_* and closed (only reachable from granted) count as granted; withdrawn
    says nothing about whether the screening was right."""
    if status in GRANTED or status == "closed":
        return "granted"
    if status in ("referred", "rejected"):
        return status
    return None


@dataclass
class Stats:
    total: int = 0
    per_week: list[tuple[str, int]] = field(default_factory=list)
    # screening outcome -> decision group -> count
    agreement_table: dict[str, dict[str, int]] = field(default_factory=dict)
    agreed: int = 0
    compared: int = 0
    within_deadline: int = 0
    deadline_considered: int = 0
    median_first_action_hours: float | None = None

    @property
    def agreement_share(self) -> float | None:
        return self.agreed / self.compared if self.compared else None

    @property
    def within_deadline_share(self) -> float | None:
        return self.within_deadline / self.deadline_considered if self.deadline_considered else None


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)


def compute(date_from: date | None = None, date_to: date | None = None, now=None) -> Stats:
    """Statistics over cases received in [date_from, date_to] (local dates, inclusive)."""
    now = now or utcnow()
    # Only the plain columns the figures need: loading whole cases would decrypt every
    # personal field (about 14 µs each, some 1 s per 5,000 cases) for nothing.
    stmt = select(Case).options(
        load_only(
            Case.id,
            Case.status,
            Case.received_at,
            Case.deadline_at,
            Case.decided_at,
            Case.first_action_at,
            Case.screening_outcome,
        )
    )
    if date_from:
        stmt = stmt.where(Case.received_at >= _local_midnight(date_from))
    if date_to:
        stmt = stmt.where(Case.received_at < _local_midnight(date_to + timedelta(days=1)))
    cases = list(db.session.scalars(stmt))
    s = Stats(total=len(cases))

    weeks: dict[str, int] = {}
    for case in cases:
        year, week, _ = case.received_at.astimezone(LOCAL_TZ).isocalendar()
        key = f"{year}-W{week:02d}"
        weeks[key] = weeks.get(key, 0) + 1
    s.per_week = sorted(weeks.items())

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

    # Handled within the deadline: decided on or before it. Cases still open past their
    # deadline count as not handled in time; open cases not yet due are left out.
    for case in cases:
        if case.decided_at is not None and (case.status in DECISIONS or case.status == "closed"):
            s.deadline_considered += 1
            s.within_deadline += case.decided_at <= case.deadline_at
        elif case.status in OPEN and case.deadline_at < now:
            s.deadline_considered += 1

    hours = [
        (c.first_action_at - c.received_at).total_seconds() / 3600
        for c in cases
        if c.first_action_at is not None
    ]
    s.median_first_action_hours = pystats.median(hours) if hours else None
    return s
