"""The staff CSV export (DESIGN.md § 4): `;`-separated, every field quoted, UTF-8 with BOM,
headers and values as labels in the staff user's language, Danish dates for Danish staff,
formula cells neutralised, the columns a team needs, CPR only on request, audit-logged."""

import csv
import io
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry
from portal.services.export import COLUMNS, safe_cell
from tests.staff.factories import make_case

HEADER_DA = [
    "Sagsnummer",
    "Modtaget",
    "Frist",
    "Status",
    "Tildelt",
    "Navn",
    "Telefonnummer",
    "E-mailadresse",
    "Hvad borgeren vil have hjælp til",
    "Hvor meget det påvirker borgeren",
    "Resultat af tjekket",
    "Sprog",
    "Henvist til",
    "Begrundelse for afgørelsen",
    "Afgjort den",
    "Afsluttet den",
]


def export(client, lang="da", **form):
    response = client.post(f"/staff/export?lang={lang}", data=form)
    assert response.status_code == 200
    return response


def parse(response) -> list[list[str]]:
    raw = response.get_data()
    assert raw.startswith("\ufeff".encode())  # the BOM, as bytes: UTF-8
    text = raw.decode("utf-8")[1:]
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def as_dicts(rows):
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.fixture
def decided_case(ctx):
    return make_case(
        reference="TI-2026-000042",
        name="Åse Ørsted",
        phone="12 34 56 78",
        email="aase@example.org",
        areas=["coping_with_disability", "debt"],
        impact="severe",
        lang="en",
        status="referred",
        referred_offer="economic_advice",
        decision_reason="Gæld fylder mest; økonomisk rådgivning først.",
        received_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        deadline_at=datetime(2026, 3, 16, 9, 30, tzinfo=UTC),
        decided_at=datetime(2026, 3, 5, 14, 5, tzinfo=UTC),
        closed_at=None,
    )


def test_danish_export_is_semicolon_separated_quoted_utf8_with_danish_labels(as_role, decided_case):
    client, lead = as_role("lead")
    response = export(client, status="all")
    assert response.mimetype == "text/csv"
    assert response.mimetype_params["charset"] == "utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_data()[3:].decode("utf-8")
    # Every field is quoted, separated by ";", lines end in CRLF.
    lines = body.split("\r\n")
    assert lines[-1] == "" and len(lines) == 3
    for line in lines[:-1]:
        assert line.startswith('"') and line.endswith('"')
        assert line.count('";"') == len(COLUMNS) - 1

    rows = parse(response)
    assert rows[0] == HEADER_DA
    [row] = as_dicts(rows)
    assert row["Sagsnummer"] == "TI-2026-000042"
    assert row["Modtaget"] == "02-03-2026 10:30"  # Copenhagen time, Danish date
    assert row["Frist"] == "16-03-2026 10:30"
    assert row["Status"] == "Henvist til et andet tilbud"
    assert row["Navn"] == "Åse Ørsted"
    assert row["Telefonnummer"] == "12 34 56 78"
    assert row["E-mailadresse"] == "aase@example.org"
    assert row["Hvad borgeren vil have hjælp til"].count(", ") == 1
    assert "coping_with_disability" not in row["Hvad borgeren vil have hjælp til"]
    assert "Gæld" in row["Hvad borgeren vil have hjælp til"]
    assert row["Hvor meget det påvirker borgeren"] not in ("", "severe")
    assert row["Resultat af tjekket"] == "Tilbuddet kan passe"
    assert row["Sprog"] == "Engelsk"
    assert row["Henvist til"] not in ("", "economic_advice")
    assert row["Begrundelse for afgørelsen"] == "Gæld fylder mest; økonomisk rådgivning først."
    assert row["Afgjort den"] == "05-03-2026 15:05"
    assert row["Afsluttet den"] == ""
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.actor_id == lead.id
    assert entry.detail == {"count": 1, "include_cpr": False, "filter": {"status": "all"}}


def test_english_export_has_english_labels_and_iso_dates(as_role, decided_case):
    client, _ = as_role("lead")
    [row] = as_dicts(parse(export(client, lang="en", status="all")))
    assert list(row)[:3] == ["Reference", "Received", "Deadline"]
    assert row["Received"] == "2026-03-02 10:30"
    assert row["Status"] == "Referred to another offer"
    assert row["Language"] == "English"
    assert row["Screening outcome"] == "The offer may fit"
    assert row["Closed on"] == ""


def test_assignee_and_closing_date(as_role, ctx):
    client, lead = as_role("lead")
    make_case(
        status="closed",
        assignee_id=lead.id,
        closed_at=datetime(2026, 9, 1, 10, 0, tzinfo=UTC),
    )
    [row] = as_dicts(parse(export(client, lang="en", status="all")))
    assert row["Assigned to"] == lead.display_name
    assert row["Closed on"] == "2026-09-01 12:00"


def test_formula_cells_are_neutralised(as_role, ctx):
    client, _ = as_role("lead")
    make_case(name=";=7+7", decision_reason=None)
    make_case(name='=HYPERLINK("http://evil.example")', status="in_review")
    make_case(name="@SUM(A1)", phone="+45 12 34 56 78", status="in_review")
    make_case(name='"=1+1', status="in_review")
    make_case(name="-2+3", status="in_review")
    rows = parse(export(client, status="all"))
    names = sorted(row[5] for row in rows[1:])
    # Each stays one cell (the ";" did not split it) and starts with an apostrophe.
    assert names == sorted(
        [";=7+7", '\'=HYPERLINK("http://evil.example")', "'@SUM(A1)", "'\"=1+1", "'-2+3"]
    )
    phones = {row[6] for row in rows[1:]}
    assert "'+45 12 34 56 78" in phones
    assert all(len(row) == len(COLUMNS) for row in rows)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ('"=1+1', "'\"=1+1"),
        ("  =1", "'  =1"),
        ("';=7+7", "';=7+7"),
        (";=7+7", ";=7+7"),
        ("Anna", "Anna"),
        ("Jens-Ole", "Jens-Ole"),
        (None, ""),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_cpr_only_when_chosen(as_role, ctx):
    client, _ = as_role("lead")
    make_case(cpr="010190-1234")
    without = export(client, status="all")
    assert "1234" not in without.get_data(as_text=True)
    rows = parse(export(client, status="all", include_cpr="yes"))
    assert rows[0][-1] == "CPR-nummer" and rows[1][-1] == "010190-1234"
    entries = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)
    ).all()
    assert [e.detail["include_cpr"] for e in entries] == [False, True]


def test_export_follows_the_filter_and_search_words_are_not_audited(as_role, ctx):
    client, _ = as_role("lead")
    make_case(name="Hemmelig Møller", format_wish="individual")
    make_case(name="Hemmelig Hansen", format_wish="group")
    make_case(name="Anden Person", format_wish="individual")
    rows = as_dicts(parse(export(client, lang="en", q="hemmelig moller")))
    assert [r["Name"] for r in rows] == ["Hemmelig Møller"]
    rows = as_dicts(parse(export(client, lang="en", format="individual")))
    assert sorted(r["Name"] for r in rows) == ["Anden Person", "Hemmelig Møller"]
    entry = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id)
    ).first()
    assert "emmelig" not in str(entry.detail) and "oller" not in str(entry.detail)
    assert entry.detail["filter"]["search"] is True


def test_export_needs_lead(as_role):
    client, _ = as_role("caseworker")
    assert client.post("/staff/export", data={}).status_code == 403
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "export")) is None
    page = client.get("/staff/").get_data(as_text=True)
    assert "/staff/export" not in page


def test_the_mine_worklist_exports_the_exporting_users_cases(as_role, ctx):
    client, lead = as_role("lead")
    mine = make_case(assignee_id=lead.id, status="in_review")
    make_case(status="in_review")
    rows = as_dicts(parse(export(client, lang="en", view="mine")))
    assert [r["Reference"] for r in rows] == [mine.reference]
