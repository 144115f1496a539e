"""Statistics against known data: a factory builds cases with known dates, and every figure
is computed by hand below (March 2026; "now" is 25 March 12:00 UTC). The app is
Hedensted's: its staff-only target measures first contact within 14 days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from portal.extensions import db
from portal.models import AuditEntry, CaseEvent
from portal.services import statistics
from portal.staff.stats import bar_chart, days, number, percent
from tests.staff.factories import make_case, make_staff


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 3, day, hour, tzinfo=UTC)


NOW = at(25)


@pytest.fixture
def known(ctx):
    anna = make_staff("caseworker", display_name="Anna")
    bo = make_staff("caseworker", display_name="Bo")
    # received, screening, status, decided, deadline, first contact (days after), offer, who
    spec = [
        (2, "eligible", "granted_group", 7, 10, 4, None, anna),
        (3, "eligible", "rejected", 20, 10, None, None, None),
        (4, "assessment", "granted_both", 9, 12, 5, None, bo),
        (9, "other_offer", "referred", 10, 20, 0.5, "economic_advice", None),
        (10, "info_only", "granted_individual", 11, 20, 6, None, bo),
        (11, "eligible", "withdrawn", 12, 20, None, None, None),
        (16, "eligible", "received", None, 18, None, None, None),  # untouched, overdue
        (17, "eligible", "in_review", None, 30, 1, None, anna),  # open, not yet due
        (18, "other_offer", "referred", 19, 30, 1, "open_counselling", None),
        (5, "eligible", "closed", 6, 15, 5, None, None),  # a granted_individual, ended
    ]
    made = []
    for received, outcome, status, decided, deadline, contact, offer, who in spec:
        case = make_case(
            received_at=at(received),
            deadline_at=at(deadline),
            screening_outcome=outcome,
            status=status,
            decided_at=at(decided) if decided else None,
            first_contact_at=at(received) + timedelta(days=contact) if contact else None,
            first_action_at=at(received) + timedelta(hours=1) if contact else None,
            referred_offer=offer,
            assignee_id=who.id if who else None,
        )
        made.append(case)
    closed = made[-1]
    db.session.add(
        CaseEvent(
            case=closed,
            at=at(6),
            kind="status",
            from_status="in_review",
            to_status="granted_individual",
            data={},
        )
    )
    db.session.add(
        CaseEvent(
            case=closed,
            at=at(20),
            kind="status",
            from_status="granted_individual",
            to_status="closed",
            data={},
        )
    )
    db.session.commit()
    return made


def test_now_figures(known):
    s = statistics.compute(now=NOW)
    assert s.backlog == 2  # received + in review
    assert s.overdue_now == 1  # the untouched case past its deadline on 18 March
    assert s.unassigned == 1  # the untouched case (granted cases all have someone)
    assert [(w.name, w.in_triage, w.in_course, w.overdue) for w in s.workload] == [
        ("Anna", 1, 1, 0),
        ("Bo", 0, 2, 0),
    ]


def test_period_figures(known):
    s = statistics.compute(now=NOW)
    assert s.total == 10
    assert s.decisions == {
        "granted_group": 1,
        "granted_individual": 2,  # one of them ended (closed): counted under its grant
        "granted_both": 1,
        "referred": 2,
        "rejected": 1,
        "withdrawn": 1,
    }
    assert s.referrals == {"economic_advice": 1, "open_counselling": 1}
    assert s.per_week == [("2026-W10", 4), ("2026-W11", 3), ("2026-W12", 3)]


def test_days_to_first_contact_count_the_untouched_case_as_still_waiting(known):
    d = statistics.compute(now=NOW).to_first_contact
    # 4, 5, 0.5, 6, 1, 1, 5 days, plus the untouched case waiting 9 days so far; the
    # rejected and withdrawn cases ended without a contact and are left out.
    assert sorted(d.days) == [0.5, 1, 1, 4, 5, 5, 6, 9]
    assert (d.waiting, d.left_out) == (1, 2)
    assert d.median == pytest.approx(4.5)
    assert d.p90 == pytest.approx(9.0)  # nearest rank: the 8th of 8
    # Leaving the untouched case out would have said 4 and 6 days.
    known_only = [v for v in d.days if v != 9]
    assert statistics.nearest_rank(known_only, 90) == 6


def test_days_to_decision_include_open_cases(known):
    d = statistics.compute(now=NOW).to_decision
    assert sorted(d.days) == [1, 1, 1, 1, 1, 5, 5, 8, 9, 17]
    assert d.waiting == 2
    assert d.median == pytest.approx(3.0)
    assert d.p90 == pytest.approx(9.0)


def test_share_within_deadline_against_the_target(known):
    s = statistics.compute(now=NOW)
    # Stopped by first contact or a decision, whichever came first: 8 in time; the
    # rejected case (decided 20 > 10) and the untouched overdue case are late.
    assert (s.within_deadline, s.deadline_considered) == (8, 10)
    assert s.deadline_measures == "first_contact"
    assert s.target_percent == 90
    assert s.meets_target is False


def test_agreement_per_outcome(known):
    s = statistics.compute(now=NOW)
    assert (s.agreed, s.compared) == (5, 7)
    assert s.agreement_table["eligible"] == {"granted": 2, "referred": 0, "rejected": 1}
    assert s.agreement_by_outcome() == {
        "eligible": pytest.approx(2 / 3),
        "assessment": 1.0,
        "other_offer": 1.0,  # both referred: agrees with "another offer"
        "info_only": 0.0,
    }


def test_period_filter_keeps_the_now_figures(known):
    s = statistics.compute(date(2026, 3, 9), date(2026, 3, 15), now=NOW)
    assert s.total == 3
    assert s.per_week == [("2026-W11", 3)]
    assert s.backlog == 2  # "now" is about every case


def test_without_data(ctx):
    s = statistics.compute(now=NOW)
    assert (s.total, s.backlog, s.overdue_now, s.unassigned) == (0, 0, 0, 0)
    assert s.to_first_contact.median is None and s.to_decision.p90 is None
    assert s.agreement_share is None and s.within_deadline_share is None
    assert s.meets_target is None


def test_nearest_rank():
    assert statistics.nearest_rank([], 90) is None
    assert statistics.nearest_rank([3.0], 90) == 3.0
    assert statistics.nearest_rank(list(range(1, 11)), 90) == 9
    assert statistics.nearest_rank(list(range(1, 12)), 90) == 10


def test_danish_and_english_number_formats(app):
    with app.test_request_context("/?lang=da"):
        assert days(4.5) == "4,5 dage"
        assert number(1234) == "1.234"
        assert percent(0.8) == "80 %"
    with app.test_request_context("/?lang=en"):
        assert days(4.5) == "4.5 days"
        assert percent(0.8) == "80 %"


def test_chart_geometry_scales_to_the_largest_bar():
    chart = bar_chart("x", "Title", "Desc", [("a", 2, "2"), ("b", 4, "4"), ("c", 0, "0")])
    widths = [r["width"] for r in chart["rows"]]
    assert widths == [150.0, 300.0, 0.0]
    assert [r["text"] for r in chart["rows"]] == ["2", "4", "0"]
    assert bar_chart("y", "T", "D", [])["rows"] == []


def test_statistics_page_in_danish(as_role, known, monkeypatch):
    monkeypatch.setattr(statistics, "utcnow", lambda: NOW)
    client, lead = as_role("lead")
    html = client.get("/staff/statistics?lang=da").get_data(as_text=True)
    assert "4,5 dage" in html  # median to first contact
    assert "80 %" in html and "under målet" in html
    assert 'role="img"' in html
    assert '<title id="chart-decisions-title">' in html
    assert 'aria-labelledby="chart-decisions-title chart-decisions-desc"' in html
    assert "Anna" in html and "Bo" in html
    assert "timer" not in html
    assert db.session.query(AuditEntry).filter_by(action="statistics_view").count() == 1


def test_statistics_page_in_english_and_bad_dates(as_role, known, monkeypatch):
    monkeypatch.setattr(statistics, "utcnow", lambda: NOW)
    client, lead = as_role("lead")
    html = client.get("/staff/statistics?lang=en").get_data(as_text=True)
    assert "4.5 days" in html and "below the target" in html
    bad = client.get("/staff/statistics?received_from=march&lang=en")
    text = bad.get_data(as_text=True)
    assert bad.status_code == 200 and "Write the date as YYYY-MM-DD" in text
    assert 'id="error-summary"' in text
    backwards = client.get(
        "/staff/statistics?received_from=2026-03-20&received_to=2026-03-01&lang=en"
    )
    assert "The end date must be on or after the start date." in backwards.get_data(as_text=True)


def test_csv_of_a_table(as_role, known, monkeypatch):
    monkeypatch.setattr(statistics, "utcnow", lambda: NOW)
    client, lead = as_role("lead")
    response = client.get("/staff/statistics.csv?table=times&lang=da")
    assert response.status_code == 200
    assert response.content_type == "text/csv; charset=utf-8"
    text = response.data.decode("utf-8")
    assert text.startswith("\ufeff")
    lines = text[1:].split("\r\n")
    assert lines[0] == '"Mål";"Sager";"Venter stadig";"Median";"90. percentil"'
    assert lines[1] == '"Dage til første kontakt";"8";"1";"4,5 dage";"9,0 dage"'
    entry = db.session.query(AuditEntry).filter_by(action="export").one()
    assert entry.detail == {"statistics_table": "times", "count": 2}
    assert client.get("/staff/statistics.csv?table=nothing").status_code == 404


def test_csv_cells_that_look_like_formulas_are_neutralised():
    text = statistics.table_csv(["Navn"], [["=HYPERLINK(1)"], ["Anna"]])
    assert text == '\ufeff"Navn"\r\n"\'=HYPERLINK(1)"\r\n"Anna"\r\n'


def test_statistics_decrypt_nothing(known, monkeypatch):
    """Only plain columns are read: no name, answer, note or TOTP secret is decrypted."""
    import portal.crypto

    def refuse(token):
        raise AssertionError("statistics decrypted a value")

    db.session.expunge_all()  # nothing already loaded may help
    monkeypatch.setattr(portal.crypto, "decrypt", refuse)
    s = statistics.compute(now=NOW)
    assert s.total == 10 and [w.name for w in s.workload] == ["Anna", "Bo"]


def test_vordingborg_measures_planning_begun_not_the_decision(make_app):
    """Seed 000 § 10 promises planning begun within 10 days: a case whose planning began in
    time is within the deadline even when the decision came later."""
    app = make_app("vordingborg")
    with app.app_context():
        make_case(  # planning in time, decision late: within
            received_at=at(2),
            deadline_at=at(12),
            status="granted_group",
            planning_started_at=at(5),
            decided_at=at(20),
        )
        make_case(  # planning late: late
            received_at=at(2),
            deadline_at=at(12),
            status="granted_group",
            planning_started_at=at(14),
            decided_at=at(15),
        )
        make_case(  # still no planning, past the deadline: late
            received_at=at(3),
            deadline_at=at(13),
            status="in_review",
        )
        s = statistics.compute(now=NOW)
        assert s.deadline_measures == "planning_started"
        assert (s.within_deadline, s.deadline_considered) == (1, 3)
        assert s.overdue_now == 1
        db.session.remove()
