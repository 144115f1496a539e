"""Deadlines as a municipality's profile defines them (DESIGN.md § 6, § 7).

Pure: no Flask, no database. The profile's `deadline` section says what the clock
measures (`first_contact`, `planning_started` or `decision`), how many days and whether
they are working days or calendar days; `none` means the seed promises citizens nothing,
and an optional `internal_target` gives staff a target of their own (never shown to
citizens). Danish public holidays come from the `holidays` library.

A deadline is a local date: the case is on time if the measured step happens on or before
that day. `Case.deadline_at` stores the last second of that day in Danish time, so the
queue can sort and filter in SQL and every date format shows the due day.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")
MEASURES = ("first_contact", "planning_started", "decision")
DAY_KINDS = ("working_days", "calendar_days")
# "Due soon" on the today view: due within this many working days.
SOON_WORKING_DAYS = 2
# Of the library's optional Danish days, public offices close on Grundlovsdag, Christmas
# Eve and New Year's Eve (by agreement); 1 May is a working day for most municipal staff.
CLOSED_OPTIONAL_DAYS = frozenset({(6, 5), (12, 24), (12, 31)})


@dataclass(frozen=True)
class Clock:
    """The clock a case runs against: what stops it, how long, which days count, and
    whether citizens were promised it (False: an internal staff-only target)."""

    measures: str
    days: int
    day_kind: str
    promised: bool
    source: str


def clock_for(profile) -> Clock | None:
    """The profile's clock; None when there is neither a promise nor an internal target."""
    section = profile["deadline"]
    if section["measures"] != "none":
        return Clock(
            section["measures"], section["days"], section["count"], True, section["source"]
        )
    target = section.get("internal_target")
    if not target:
        return None
    return Clock(target["measures"], target["days"], target["count"], False, section["source"])


@functools.cache
def _danish_holidays(year: int) -> frozenset[date]:
    public = holidays.Denmark(years=year)
    optional = holidays.Denmark(years=year, categories=("optional",))
    closed = {d for d in optional if (d.month, d.day) in CLOSED_OPTIONAL_DAYS}
    return frozenset(set(public) | closed)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _danish_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The `days`-th working day after `start` (start itself does not count)."""
    day = start
    left = days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative when end < start)."""
    if end < start:
        return -working_days_between(end, start)
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += is_working_day(day)
    return count


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL_TZ).date()


def due_date(received_at: datetime, clock: Clock) -> date:
    """The last day on which the measured step is on time."""
    start = local_date(received_at)
    if clock.day_kind == "working_days":
        return add_working_days(start, clock.days)
    return start + timedelta(days=clock.days)


def end_of_day_utc(day: date) -> datetime:
    """The last second of `day` in Denmark, as an aware datetime: what `Case.deadline_at`
    holds, so any date formatting in Danish time shows the due day itself."""
    return datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=LOCAL_TZ)


def deadline_at(received_at: datetime, profile) -> datetime:
    """What `Case.deadline_at` stores for a case received at `received_at`. Without any
    clock, the end of time is avoided: the case simply sorts last (a year away)."""
    clock = clock_for(profile)
    if clock is None:
        return end_of_day_utc(local_date(received_at) + timedelta(days=365))
    return end_of_day_utc(due_date(received_at, clock))


def due_day_of(deadline: datetime) -> date:
    """The due date a stored `deadline_at` stands for."""
    return local_date(deadline)


def soon_limit(today: date) -> date:
    """Cases due on or before this day (and not overdue) are "due soon"."""
    return add_working_days(today, SOON_WORKING_DAYS)


@dataclass(frozen=True)
class Relative:
    """A deadline relative to today: `state` is overdue|today|tomorrow|soon|later|stopped,
    `days` counts calendar days (overdue, later) or the profile's kind of days (left)."""

    state: str
    days: int
    due: date
    working: bool

    @property
    def overdue(self) -> bool:
        return self.state == "overdue"

    @property
    def due_soon(self) -> bool:
        return self.state in ("today", "tomorrow", "soon")


def relative(due: date, today: date, day_kind: str = "calendar_days") -> Relative:
    """Where `due` stands from `today`."""
    working = day_kind == "working_days"
    if due < today:
        return Relative("overdue", (today - due).days, due, working)
    if due == today:
        return Relative("today", 0, due, working)
    if due == today + timedelta(days=1):
        return Relative("tomorrow", 1, due, working)
    left = working_days_between(today, due) if working else (due - today).days
    state = "soon" if due <= soon_limit(today) else "later"
    return Relative(state, left, due, working)
