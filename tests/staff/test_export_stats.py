"""CSV export (content, CPR only on request, injection-safe, audited) and statistics on
known data."""

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry
from portal.services import statistics
from portal.services.export import safe_cell
from tests.staff.factories import make_case


def read_csv(response):
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_export_of_the_current_filter_without_cpr(as_role):
    client, lead = as_role("lead")
    make_case(name="Åse Ørsted", format_wish="individual", cpr="010190-1234")
    make_case(name="Other Person", format_wish="group")
    response = client.post("/staff/export", data={"status": "open", "format": "individual"})
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "no-store"
    rows = read_csv(response)
    assert [r["name"] for r in rows] == ["Åse Ørsted"]
    assert "cpr" not in rows[0]
    assert "1234" not in response.get_data(as_text=True)
    [entry] = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.actor_id == lead.id
    assert entry.detail == {
        "count": 1,
        "include_cpr": False,
        "filter": {"status": "open", "format": "individual"},
    }


def test_export_with_cpr_when_chosen(as_role):
    client, _ = as_role("lead")
    make_case(cpr="010190-1234")
    rows = read_csv(client.post("/staff/export", data={"status": "all", "include_cpr": "yes"}))
    assert rows[0]["cpr"] == "010190-1234"
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.detail["include_cpr"] is True


def test_export_search_words_are_not_audited(as_role):
    client, _ = as_role("lead")
    make_case(name="Hemmelig Navn")
    rows = read_csv(client.post("/staff/export", data={"q": "hemmelig"}))
    assert len(rows) == 1
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert "emmelig" not in str(entry.detail) and entry.detail["filter"]["search"] is True


def test_export_is_csv_injection_safe(as_role):
    client, _ = as_role("lead")
    make_case(name='=HYPERLINK("http://evil")')
    make_case(name="+1 nice", status="in_review")
    rows = read_csv(client.post("/staff/export", data={}))
    names = sorted(r["name"] for r in rows)
    assert names == ["'+1 nice", '\'=HYPERLINK("http://evil")']
    for value in ("=1", "+1", "-1", "@x", "\tx", "\rx"):
        assert safe_cell(value).startswith("'")
    assert safe_cell("Anna") == "Anna" and safe_cell(None) == ""


def test_export_needs_lead(as_role):
    client, _ = as_role("caseworker")
    assert client.post("/staff/export", data={}).status_code == 403
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "export")) is None
    page = client.get("/staff/").get_data(as_text=True)
    assert "/staff/export" not in page


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
