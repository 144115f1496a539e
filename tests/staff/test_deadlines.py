"""Deadlines as the profiles define them: working days with Danish public holidays (from the
`holidays` library), calendar days, the step that stops each profile's clock, and
Hedensted's seed that promises citizens nothing."""

import copy
from datetime import UTC, date, datetime, timedelta

import pytest
import yaml

from portal.municipality.profile import PROFILE_DIR, ProfileError, load_profile, validate_profile
from portal.services import cases as svc
from portal.services import deadlines as dl
from portal.services.submit import deadline_for
from tests.staff.factories import make_case, make_staff

WORKING = dl.Clock("first_contact", 1, "working_days", True, "test")


@pytest.mark.parametrize(
    ("start", "days", "expected", "why"),
    [
        (date(2026, 4, 1), 1, date(2026, 4, 7), "Skærtorsdag, Langfredag, weekend, 2. påskedag"),
        (date(2026, 3, 27), 5, date(2026, 4, 8), "Easter week has two working days"),
        (date(2026, 12, 23), 1, date(2026, 12, 28), "Juleaften, juledag, 2. juledag, weekend"),
        (date(2026, 12, 23), 3, date(2026, 12, 30), "… and then 29 and 30 December"),
        (date(2026, 12, 30), 1, date(2027, 1, 4), "Nytårsaften, nytårsdag, weekend"),
        (date(2026, 6, 4), 1, date(2026, 6, 8), "Grundlovsdag (Friday 5 June) is closed"),
        (date(2026, 4, 30), 1, date(2026, 5, 1), "1 May is a working day"),
        (date(2026, 5, 13), 1, date(2026, 5, 15), "Kristi himmelfartsdag"),
        (date(2026, 11, 20), 1, date(2026, 11, 23), "an ordinary weekend"),
    ],
)
def test_working_days_skip_weekends_and_danish_holidays(start, days, expected, why):
    assert dl.add_working_days(start, days) == expected, why
    assert dl.working_days_between(start, expected) == days, why


def test_holidays_come_from_the_library():
    assert not dl.is_working_day(date(2026, 4, 3))  # Langfredag
    assert not dl.is_working_day(date(2026, 5, 25))  # 2. pinsedag
    assert not dl.is_working_day(date(2027, 3, 26))  # Langfredag 2027: another year
    assert dl.is_working_day(date(2026, 4, 8))


def at_local(y, m, d, hour=10):
    return datetime(y, m, d, hour, tzinfo=dl.LOCAL_TZ).astimezone(UTC)


def test_vordingborg_counts_ten_calendar_days_to_planning_begun():
    profile = load_profile("vordingborg")
    clock = dl.clock_for(profile)
    assert clock == dl.Clock("planning_started", 10, "calendar_days", True, clock.source)
    assert "seed 000 § 10" in clock.source
    # Calendar days: Easter does not move it.
    assert dl.due_date(at_local(2026, 3, 30), clock) == date(2026, 4, 9)
    stored = deadline_for(at_local(2026, 3, 30), profile)
    assert stored == datetime(2026, 4, 9, 23, 59, 59, tzinfo=dl.LOCAL_TZ)  # end of 9 April
    assert dl.due_day_of(stored) == date(2026, 4, 9)


def test_the_citizens_receipt_shows_the_due_day_itself(make_app):
    from flask_babel import format_date, refresh

    app = make_app("vordingborg")
    with app.test_request_context("/?lang=en"):
        refresh()
        stored = deadline_for(at_local(2026, 3, 30, hour=23), app.extensions["municipality"])
        assert format_date(stored, "long") == "April 9, 2026"


def test_the_day_is_the_danish_day():
    clock = dl.Clock("decision", 1, "calendar_days", True, "test")
    # 23:30 UTC on 1 June is already 2 June in Denmark.
    late = datetime(2026, 6, 1, 23, 30, tzinfo=UTC)
    assert dl.due_date(late, clock) == date(2026, 6, 3)


def test_working_day_clock_from_a_friday_before_easter():
    clock = dl.Clock("first_contact", 3, "working_days", True, "test")
    assert dl.due_date(at_local(2026, 3, 27), clock) == date(2026, 4, 1)
    assert dl.due_date(at_local(2026, 4, 1), clock) == date(2026, 4, 9)


def test_hedensted_promises_citizens_nothing():
    profile = load_profile("hedensted")
    assert profile["deadline"]["measures"] == "none"
    assert profile["response_deadline"]["stated_in_standard"] is False
    clock = dl.clock_for(profile)
    assert clock.promised is False  # an internal target for staff only
    assert clock.measures == "first_contact"


def test_relative_deadlines():
    today = date(2026, 11, 24)  # a Tuesday
    assert dl.relative(date(2026, 11, 20), today) == dl.Relative(
        "overdue", 4, date(2026, 11, 20), False
    )
    assert dl.relative(today, today).state == "today"
    assert dl.relative(date(2026, 11, 25), today).state == "tomorrow"
    soon = dl.relative(date(2026, 11, 26), today, "working_days")
    assert (soon.state, soon.days, soon.due_soon) == ("soon", 2, True)
    later = dl.relative(date(2026, 11, 27), today)
    assert (later.state, later.days, later.due_soon) == ("later", 3, False)
    # Over a weekend, working days left are fewer than calendar days.
    friday = date(2026, 11, 27)
    assert dl.relative(date(2026, 12, 1), friday, "working_days").days == 2
    assert dl.relative(date(2026, 12, 1), friday, "calendar_days").days == 4


def test_relative_texts(app):
    from portal.staff import labels

    today = date(2026, 11, 24)
    with app.test_request_context("/?lang=da"):
        from flask_babel import refresh

        refresh()
        assert labels.relative_deadline(dl.relative(date(2026, 11, 20), today)) == (
            "4 dage over fristen"
        )
        assert labels.relative_deadline(dl.relative(date(2026, 11, 23), today)) == (
            "1 dag over fristen"
        )
        assert labels.relative_deadline(dl.relative(date(2026, 11, 25), today)) == (
            "Frist i morgen"
        )
        assert labels.relative_deadline(dl.relative(date(2026, 11, 27), today)) == (
            "3 dage tilbage"
        )
        assert labels.relative_deadline(dl.relative(date(2026, 12, 1), today, "working_days")) == (
            "5 hverdage tilbage"
        )
    with app.test_request_context("/?lang=en"):
        refresh()
        assert labels.relative_deadline(dl.relative(date(2026, 11, 20), today)) == (
            "4 days over the deadline"
        )


def _overdue(case):
    return svc.due_state(case).overdue


def test_vordingborg_clock_stops_at_planning_begun_not_at_contact(make_app):
    app = make_app("vordingborg")
    with app.app_context():
        actor = make_staff()
        past = dl.end_of_day_utc(svc.local_today() - timedelta(days=4))
        case = make_case(status="in_review", deadline_at=past)
        assert _overdue(case)
        svc.log_contact(case, actor, "phone", "outgoing", svc.local_today(), reached=True)
        assert case.first_contact_at is not None
        assert _overdue(case)  # contact is not what Vordingborg measures
        svc.start_planning(case, actor)
        assert case.status == "in_review" and not _overdue(case)
        assert svc.relative_deadline(case) is None
        from sqlalchemy import func, select

        from portal.extensions import db
        from portal.models import Case

        overdue = db.session.scalar(
            select(func.count(Case.id)).where(svc.view_clause("overdue", actor.id))
        )
        assert overdue == 0


def test_hedensted_internal_clock_stops_at_first_contact(ctx):
    actor = make_staff()
    past = dl.end_of_day_utc(svc.local_today() - timedelta(days=2))
    case = make_case(status="received", deadline_at=past)
    assert _overdue(case)
    svc.start_planning(case, actor)
    assert _overdue(case)  # planning is not what Hedensted's target measures
    svc.log_contact(case, actor, "phone", "outgoing", svc.local_today(), reached=False)
    assert _overdue(case)  # nobody answered: no contact yet
    svc.log_contact(case, actor, "phone", "outgoing", svc.local_today(), reached=True)
    assert not _overdue(case)


def test_a_decision_stops_every_clock(ctx):
    actor = make_staff()
    past = dl.end_of_day_utc(svc.local_today() - timedelta(days=2))
    case = make_case(status="in_review", deadline_at=past)
    svc.change_status(case, actor, "rejected", reason="Nej.")
    assert not _overdue(case)


def _raw(name):
    return yaml.safe_load((PROFILE_DIR / f"{name}.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["deadline"].update(measures="answer"), "deadline.measures: expected one"),
        (lambda d: d["deadline"].update(count="weekdays"), "deadline.count: expected one of"),
        (lambda d: d["deadline"].pop("source"), "missing key 'deadline.source'"),
        (lambda d: d["deadline"].update(days=0), "deadline.days: expected at least 1"),
        (lambda d: d["deadline"].pop("days"), "missing key 'deadline.days'"),
        (lambda d: d.pop("deadline"), "missing key 'deadline'"),
        (lambda d: d["deadline"].update(internal_target={}), "unknown key 'deadline.internal"),
        (
            lambda d: d["response_deadline"].update(stated_in_standard=False),
            "stated_in_standard must be true",
        ),
        (lambda d: d["response_deadline"].update(days=14), "must equal deadline.days"),
        (lambda d: d["course"].pop("end_source"), "missing key 'course.end_source'"),
        (
            lambda d: d["course"].update(evaluation_source=None),
            "missing key 'course.evaluation_source'",
        ),
    ],
)
def test_vordingborg_deadline_section_is_validated(change, message):
    raw = copy.deepcopy(_raw("vordingborg"))
    change(raw)
    with pytest.raises(ProfileError, match=message.replace("(", r"\(")):
        validate_profile(raw, "vordingborg")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["deadline"].update(days=10), "unknown key 'deadline.days'"),
        (
            lambda d: d["deadline"]["internal_target"].update(measures="none"),
            "internal_target.measures: expected one",
        ),
        (
            lambda d: d["response_deadline"].update(stated_in_standard=True),
            "stated_in_standard must be false",
        ),
    ],
)
def test_hedensted_deadline_section_is_validated(change, message):
    raw = copy.deepcopy(_raw("hedensted"))
    change(raw)
    with pytest.raises(ProfileError, match=message):
        validate_profile(raw, "hedensted")


def test_without_any_target_nothing_is_overdue():
    raw = copy.deepcopy(_raw("hedensted"))
    del raw["deadline"]["internal_target"]
    profile = validate_profile(raw, "hedensted")
    assert dl.clock_for(profile) is None
    received = at_local(2026, 1, 5)
    assert dl.due_day_of(dl.deadline_at(received, profile)) == date(2027, 1, 5)
