"""Statistics on known data (the CSV export is tested in tests/staff/test_export.py)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from portal.services import statistics
from tests.staff.factories import make_case


def at(day, hour=12):
    return datetime(2026, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def known_cases(ctx):
    """Eight cases with hand-computed statistics (March 2026; 2 Mar is a Monday)."""
    spec = [
        # received, screening, status, decided (day) or None, deadline day, first action hours
        (2, "eligible", "granted_group", 5, 10, 2),  # agree, in time
        (3, "eligible", "rejected", 20, 10, 4),  # disagree, late
        (4, "assessment", "granted_both", 9, 12, 6),  # agree, in time
        (9, "other_offer", "referred", 10, 20, 8),  # agree, in time
        (10, "info_only", "granted_individual", 11, 20, 10),  # disagree, in time
        (11, "eligible", "withdrawn", 12, 20, None),  # left out of agreement
        (16, "eligible", "received", None, 18, None),  # open and overdue (now = 25 Mar)
        (17, "eligible", "in_review", None, 30, 1),  # open, not yet due: left out
    ]
    for received, outcome, status, decided, deadline, first in spec:
        make_case(
            received_at=at(received),
            deadline_at=at(deadline),
            screening_outcome=outcome,
            status=status,
            decided_at=at(decided) if decided else None,
            first_action_at=at(received) + timedelta(hours=first) if first else None,
        )


def test_statistics_on_known_data(known_cases):
    s = statistics.compute(now=at(25))
    assert s.total == 8
    assert s.per_week == [("2026-W10", 3), ("2026-W11", 3), ("2026-W12", 2)]
    assert s.compared == 5 and s.agreed == 3
    assert s.agreement_share == pytest.approx(0.6)
    assert s.agreement_table["eligible"] == {"granted": 1, "referred": 0, "rejected": 1}
    assert s.agreement_table["info_only"] == {"granted": 1, "referred": 0, "rejected": 0}
    # decided: 6 (5 in time, 1 late) + 1 open overdue = 7 considered, 5 within.
    assert (s.within_deadline, s.deadline_considered) == (5, 7)
    assert s.median_first_action_hours == pytest.approx(5.0)  # 1, 2, 4, 6, 8, 10


def test_statistics_period_filter(known_cases):
    s = statistics.compute(date(2026, 3, 9), date(2026, 3, 15), now=at(25))
    assert s.total == 3
    assert s.per_week == [("2026-W11", 3)]


def test_statistics_without_data(ctx):
    s = statistics.compute()
    assert s.total == 0 and s.agreement_share is None and s.within_deadline_share is None
    assert s.median_first_action_hours is None


def test_statistics_page(as_role, known_cases):
    client, lead = as_role("lead")
    page = client.get("/staff/statistics?lang=en&received_from=2026-03-01").get_data(as_text=True)
    assert "60 % (3 of 5 decided cases)" in page
    assert "2026-W10" in page
    bad = client.get("/staff/statistics?received_from=march&lang=en")
    assert bad.status_code == 200 and "Write the date as YYYY-MM-DD" in bad.get_data(as_text=True)
