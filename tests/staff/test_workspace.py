"""The visitation workspace over HTTP and through its operations: the today view's counts
against known data, take and bulk assignment by role, optimistic locking (a stale form is
refused and the newest version kept), the contact log, the course after a grant and its
follow-up lists, filters kept on the way back, next/previous case, sorting."""

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import Text, select, type_coerce

from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent
from portal.services import cases as svc
from portal.services import deadlines
from tests.staff.factories import make_case, make_staff


def due(days: int):
    return deadlines.end_of_day_utc(svc.local_today() + timedelta(days=days))


def audit_actions(case_id):
    stmt = select(AuditEntry.action).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)
    return list(db.session.scalars(stmt))


def count(page: str, view: str) -> int:
    match = re.search(rf'id="count-{view}"><span class="ti-count__num">(\d+)</span>', page)
    return int(match.group(1))


def test_today_counts_match_known_data(as_role):
    client, me = as_role("caseworker")
    other = make_staff("caseworker")
    today = svc.local_today()
    make_case(deadline_at=due(-3))  # overdue, unassigned
    make_case(deadline_at=due(-1), assignee_id=me.id)  # overdue, mine
    make_case(deadline_at=due(-2), status="in_review", planning_started_at=None)  # overdue
    make_case(deadline_at=due(-2), status="rejected", decided_at=due(-3))  # finished
    make_case(deadline_at=due(0), assignee_id=other.id)  # due today: soon
    make_case(deadline_at=due(30))  # later, unassigned
    # A course whose evaluation is due in a week, one past it, one already evaluated.
    make_case(status="granted_group", evaluation_due=today + timedelta(days=7), assignee_id=me.id)
    make_case(status="granted_both", evaluation_due=today - timedelta(days=1))
    make_case(
        status="granted_group",
        evaluation_due=today - timedelta(days=3),
        evaluated_on=today - timedelta(days=3),
        end_date=today + timedelta(days=5),
    )
    # Hedensted's clock (an internal target) measures the first contact: contacted = stopped.
    make_case(deadline_at=due(-5), first_contact_at=due(-6))
    page = client.get("/staff/?lang=en").get_data(as_text=True)
    assert count(page, "overdue") == 3
    assert count(page, "soon") == 1
    assert count(page, "mine") == 2
    assert count(page, "unassigned") == 6  # active cases without anyone, courses included
    assert count(page, "evaluations") == 2
    assert count(page, "ends") == 1
    # Each count is a link that filters the list to exactly those cases.
    listed = client.get("/staff/?view=overdue&lang=en").get_data(as_text=True)
    assert "Over the deadline: 3 cases" in listed
    assert 'aria-current="page" id="count-overdue"' in listed
    evaluations = client.get("/staff/?view=evaluations&lang=en").get_data(as_text=True)
    assert "Evaluations due: 2 cases" in evaluations and "Evaluation due" in evaluations


def test_relative_deadlines_in_the_list(as_role):
    client, _ = as_role("caseworker")
    make_case(name="Fire Dage", deadline_at=due(-4))
    make_case(name="I Morgen", deadline_at=due(1))
    page = client.get("/staff/?lang=da").get_data(as_text=True)
    assert "4 dage over fristen" in page and "Frist i morgen" in page
    # The exact date is there too.
    day = svc.local_today() - timedelta(days=4)
    assert f'datetime="{day.isoformat()}"' in page


def test_granted_statuses_filter_together(as_role):
    client, _ = as_role("caseworker")
    for status in ("granted_group", "granted_individual", "granted_both", "in_review", "closed"):
        make_case(name=f"Person {status}", status=status)
    page = client.get("/staff/?status=granted").get_data(as_text=True)
    names = set(re.findall(r"Person (\w+)", page))
    assert names == {"granted_group", "granted_individual", "granted_both"}


def test_sortable_columns_with_aria_sort(as_role):
    client, _ = as_role("caseworker")
    first = make_case(deadline_at=due(1), received_at=due(-10))
    second = make_case(deadline_at=due(2), received_at=due(-1))
    page = client.get("/staff/?lang=en").get_data(as_text=True)
    assert re.search(r'aria-sort="ascending"><a class="ti-sort" href="[^"]*sort=deadline', page)
    assert page.index(first.reference) < page.index(second.reference)
    page = client.get("/staff/?sort=received&dir=desc&lang=en").get_data(as_text=True)
    assert re.search(r'aria-sort="descending"><a class="ti-sort"[^>]*>Received', page)
    assert page.index(second.reference) < page.index(first.reference)
    assert client.get("/staff/?sort=name;drop&dir=x").status_code == 200  # unknown: default


def test_filters_are_kept_on_the_way_back_and_next_previous_follow_them(as_role):
    client, _ = as_role("caseworker")
    a = make_case(status="in_review", deadline_at=due(1))
    b = make_case(status="received", deadline_at=due(2))
    c = make_case(status="in_review", deadline_at=due(3))
    client.get("/staff/?status=in_review&sort=deadline")
    page = client.get(f"/staff/cases/{a.id}?lang=en").get_data(as_text=True)
    assert re.search(r'class="back-link" href="/staff/\?[^"]*status=in_review', page)
    assert f'href="/staff/cases/{c.id}" rel="next"' in page  # b is filtered out
    assert 'rel="prev"' not in page
    page = client.get(f"/staff/cases/{c.id}").get_data(as_text=True)
    assert f'href="/staff/cases/{a.id}" rel="prev"' in page and 'rel="next"' not in page
    assert b


def test_caseworker_takes_an_unassigned_case(as_role):
    client, worker = as_role("caseworker")
    case = make_case()
    response = client.post(f"/staff/cases/{case.id}/take", data={"version": case.version})
    assert response.status_code == 302
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    assert case.assignee_id == worker.id
    assert case.events[-1].kind == "assign" and case.events[-1].data["take"] is True
    assert "assign" in audit_actions(case.id)
    page = client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
    assert f"{worker.display_name} took the case." in page
    # Taken: nobody else can take it.
    colleague_client, _ = as_role("caseworker")
    again = colleague_client.post(
        f"/staff/cases/{case.id}/take?lang=en", data={"version": case.version}
    )
    assert again.status_code == 400
    assert "The case already has a caseworker." in again.get_data(as_text=True)


def test_lead_assigns_in_bulk_and_a_caseworker_may_not(as_role):
    lead_client, lead = as_role("lead")
    worker_client, worker = as_role("caseworker")
    cases = [make_case() for _ in range(3)]
    picked = [f"{c.id}:{c.version}" for c in cases[:2]]
    refused = worker_client.post("/staff/assign", data={"case": picked, "bulk_assignee": worker.id})
    assert refused.status_code == 403
    response = lead_client.post("/staff/assign", data={"case": picked, "bulk_assignee": worker.id})
    assert response.status_code == 302
    page = lead_client.get(response.location + "&lang=en").get_data(as_text=True)
    assert "2 cases are assigned." in page
    db.session.expire_all()
    assert [db.session.get(Case, c.id).assignee_id for c in cases] == [worker.id, worker.id, None]
    event = db.session.get(Case, cases[0].id).events[-1]
    assert event.data == {"from": None, "to": worker.id, "bulk": True}


def test_bulk_assign_is_all_or_nothing_when_a_case_changed(as_role):
    lead_client, lead = as_role("lead")
    worker = make_staff("caseworker")
    one, two = make_case(), make_case()
    form = {"case": [f"{one.id}:{one.version}", f"{two.id}:{two.version}"]}
    svc.add_note(two, lead, "En kollega skrev imens.")  # two's version moves on
    response = lead_client.post("/staff/assign?lang=en", data={**form, "bulk_assignee": worker.id})
    assert response.status_code == 409
    assert "A colleague changed this case" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Case, one.id).assignee_id is None
    assert db.session.get(Case, two.id).assignee_id is None
    empty = lead_client.post("/staff/assign?lang=en", data={"bulk_assignee": worker.id})
    assert empty.status_code == 400 and "Choose at least one case." in empty.get_data(as_text=True)


@pytest.mark.parametrize(
    ("action", "form"),
    [
        ("status", {"to_status": "rejected", "reason": "Nej.", "confirm": "yes"}),
        ("notes", {"note": "Min note"}),
        ("contacts", {"contact_kind": "phone", "direction": "outgoing", "contact_date": ""}),
        ("planning", {}),
        ("take", {}),
    ],
)
def test_a_stale_form_is_refused_and_the_newest_version_shown(as_role, action, form):
    client, worker = as_role("lead")
    case = make_case(status="in_review")
    seen = case.version
    # A colleague withdraws the case meanwhile.
    svc.change_status(case, make_staff("caseworker"), "withdrawn", reason="Trukket tilbage.")
    if action == "contacts":
        form = {**form, "contact_date": svc.local_today().isoformat()}
    response = client.post(
        f"/staff/cases/{case.id}/{action}?lang=en", data={**form, "version": seen}
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "A colleague changed this case while you had it open. Nothing was saved." in page
    assert 'href="#case-summary"' in page  # the error summary points at the newest facts
    assert '<td id="status-now">Withdrawn</td>' in page
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    assert case.status == "withdrawn" and case.assignee_id is None
    assert [e.kind for e in case.events] == ["received", "status"]


def test_a_form_without_a_version_is_refused(as_role):
    client, _ = as_role("caseworker")
    case = make_case()
    assert client.post(f"/staff/cases/{case.id}/notes", data={"note": "x"}).status_code == 409


def test_confirmation_page_saves_nothing_and_checks_first(as_role):
    client, _ = as_role("caseworker")
    case = make_case(status="in_review")
    no_reason = client.post(
        f"/staff/cases/{case.id}/status?lang=en",
        data={"to_status": "rejected", "reason": "", "version": case.version},
    )
    assert no_reason.status_code == 400  # errors come before the confirmation
    page = client.post(
        f"/staff/cases/{case.id}/status?lang=en",
        data={"to_status": "rejected", "reason": "Ikke i målgruppen.", "version": case.version},
    ).get_data(as_text=True)
    assert "Confirm: Rejected" in page and "Ikke i målgruppen." in page
    assert f'name="version" value="{case.version}"' in page
    db.session.expire_all()
    assert db.session.get(Case, case.id).status == "in_review"
    assert audit_actions(case.id).count("status_change") == 0
    # In review is not decisive: saved at once.
    response = client.post(
        f"/staff/cases/{case.id}/status", data={"to_status": "in_review", "version": 1}
    )
    assert response.status_code == 400  # in_review -> in_review is not a step


def test_reopen_by_role_over_http(as_role):
    worker_client, _ = as_role("caseworker")
    lead_client, lead = as_role("lead")
    case = make_case(status="closed")
    form = {"to_status": "in_review", "reason": "Ny henvendelse.", "version": 1, "confirm": "yes"}
    assert worker_client.post(f"/staff/cases/{case.id}/status", data=form).status_code == 403
    assert lead_client.post(f"/staff/cases/{case.id}/status", data=form).status_code == 302
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    assert case.status == "in_review" and case.events[-1].data == {"reopen": True}
    page = lead_client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
    assert "Reopened: the status changed from Closed to In review." in page


def test_contact_log_is_encrypted_and_validated(as_role):
    client, worker = as_role("caseworker")
    case = make_case(phone="+45 12 34 56 78", email="borger@example.org")
    bad = client.post(
        f"/staff/cases/{case.id}/contacts?lang=en",
        data={
            "contact_kind": "pigeon",
            "direction": "",
            "contact_date": (svc.local_today() + timedelta(days=1)).isoformat(),
            "contact_note": "Skrevet tekst",
            "version": 1,
        },
    )
    page = bad.get_data(as_text=True)
    assert bad.status_code == 400
    assert "Choose how you were in contact." in page and "Choose who made contact." in page
    assert "The date of the contact cannot be in the future." in page
    assert "Skrevet tekst" in page  # what was typed is kept
    form = {
        "contact_kind": "letter",
        "direction": "outgoing",
        "contact_date": "2026-01-05",
        "contact_note": "Brev om samtale sendt",
        "version": 1,
    }
    assert client.post(f"/staff/cases/{case.id}/contacts", data=form).status_code == 302
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    event = case.events[-1]
    assert event.kind == "contact" and event.data["kind"] == "letter"
    assert case.first_contact_at is None  # "reached" was not ticked
    raw = db.session.scalar(
        select(type_coerce(CaseEvent.__table__.c.text, Text)).where(CaseEvent.id == event.id)
    )
    assert "Brev" not in raw
    page = client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
    assert "Contact (Letter, from us to the citizen) on January 5, 2026" in page
    assert 'href="tel:+4512345678"' in page and 'href="mailto:borger@example.org"' in page


def test_course_after_a_grant(ctx):
    worker = make_staff()
    case = make_case(status="in_review")
    with pytest.raises(svc.CaseError):
        svc.start_course(case, worker, date(2026, 1, 5))  # not granted yet
    db.session.rollback()
    svc.change_status(case, worker, "granted_individual", reason="Ja.", start_date=date(2026, 1, 1))
    with pytest.raises(svc.CaseError) as exc:
        svc.start_course(case, worker, svc.local_today() + timedelta(days=1))
    assert exc.value.errors == [("course_start", "The start date cannot be in the future.")]
    db.session.rollback()
    svc.start_course(case, worker, date(2026, 1, 5))
    assert case.course_started_on == date(2026, 1, 5)
    assert case.evaluation_due == date(2026, 1, 5) + timedelta(weeks=20)  # from the start
    assert case.end_date == date(2026, 7, 5)
    assert svc.next_step(case) == "evaluate"
    with pytest.raises(svc.CaseError):
        svc.hold_evaluation(case, worker, date(2026, 5, 1), "maybe")
    db.session.rollback()
    event = svc.hold_evaluation(case, worker, date(2026, 5, 1), "partly", "Delvist nået.")
    assert event.data == {"on": "2026-05-01", "goals_reached": "partly"}
    raw = db.session.scalar(
        select(type_coerce(CaseEvent.__table__.c.text, Text)).where(CaseEvent.id == event.id)
    )
    assert "nået" not in raw
    assert svc.next_step(case) == "end_course"
    svc.change_status(case, worker, "closed", reason="Slut.")
    assert case.status == "closed" and svc.next_step(case) == "none"
    assert audit_actions(case.id)[-4:] == [
        "course_started",
        "evaluation_held",
        "status_change",
        "letter_sent",  # the closing letter, in the same transaction
    ]


def test_case_page_lists_other_cases_of_the_same_person(as_role):
    client, _ = as_role("caseworker")
    first = make_case(cpr="010190-1234", status="closed")
    second = make_case(cpr="010190-1234")
    stranger = make_case(cpr="020290-2222")
    page = client.get(f"/staff/cases/{second.id}?lang=en").get_data(as_text=True)
    assert "Other cases of the same person" in page
    assert f'href="/staff/cases/{first.id}">{first.reference}</a>' in page
    assert stranger.reference not in page
    alone = client.get(f"/staff/cases/{stranger.id}?lang=en").get_data(as_text=True)
    assert "Other cases of the same person" not in alone


def test_print_stylesheet_hides_forms_and_buttons():
    from pathlib import Path

    css = (
        Path(__file__).parents[2] / "portal/static/vendor/dkfds/dkfds-portal.min.css"
    ).read_text()
    prints = re.findall(r"@media print\{(.*?)\}\}", css)
    hidden = " ".join(prints)
    for selector in ("main form", "main button", ".ti-no-print", ".ti-case-nav", ".header"):
        assert selector in hidden, selector


def test_hedensted_evaluation_date_is_marked_as_a_placeholder(make_app):
    from tests.staff.conftest import login_as

    for municipality, shown in (("hedensted", True), ("vordingborg", False)):
        app = make_app(municipality)
        with app.app_context():
            worker = make_staff()
            case = make_case(status="granted_group", start_date=date(2026, 1, 5))
            case.evaluation_due, case.end_date = date(2026, 5, 25), date(2026, 7, 5)
            db.session.commit()
            client = app.test_client()
            login_as(client, worker)
            page = client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
            assert ('id="evaluation-placeholder"' in page) is shown, municipality
            if shown:
                assert "20 weeks after the start is a placeholder" in page
            db.session.remove()
