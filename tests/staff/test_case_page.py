"""The queue and the case page over HTTP: masking, reveal, escaping, audit of reads."""

from datetime import timedelta

from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry, Case, utcnow
from portal.services import cases as svc
from portal.services import deadlines
from tests.staff.factories import make_case, make_staff

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def audit_actions(case_id=None):
    stmt = select(AuditEntry).order_by(AuditEntry.id)
    if case_id is not None:
        stmt = stmt.where(AuditEntry.case_id == case_id)
    return [(e.action, e.case_id) for e in db.session.scalars(stmt)]


def test_case_page_masks_cpr_and_logs_the_view(as_role):
    client, user = as_role("caseworker")
    case = make_case(cpr="010190-1234", phone="87 65 43 21")
    page = client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
    assert "010190-****" in page
    assert "1234" not in page
    assert audit_actions(case.id) == [("case_view", case.id)]


def test_show_cpr_reveals_it_and_is_logged(as_role):
    client, user = as_role("caseworker")
    case = make_case(cpr="010190-1234")
    # A GET cannot reveal it.
    assert client.get(f"/staff/cases/{case.id}/cpr").status_code == 405
    page = client.post(f"/staff/cases/{case.id}/cpr").get_data(as_text=True)
    assert "010190-1234" in page
    assert ("cpr_reveal", case.id) in audit_actions(case.id)
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "cpr_reveal"))
    assert entry.actor_id == user.id and "1234" not in str(entry.detail)


def test_mask_cpr():
    assert svc.mask_cpr("0101901234") == "010190-****"
    assert svc.mask_cpr("010190-1234") == "010190-****"
    assert svc.mask_cpr(None) is None
    assert svc.mask_cpr("12") == "******-****"


def test_citizen_free_text_is_escaped_everywhere(as_role):
    client, _ = as_role("lead")
    case = make_case(
        name=XSS, description=XSS, goals=XSS, adaptation=XSS, contact_times=XSS, phone="1<b>"
    )
    svc.add_note(case, make_staff(), XSS)
    for url in (f"/staff/cases/{case.id}", "/staff/", f"/staff/?q={case.reference}"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page, url
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page, url
    page = client.get(f"/staff/cases/{case.id}").get_data(as_text=True)
    assert page.count("&lt;script&gt;") >= 6  # name, description, goals, adaptation, ...
    assert "1&lt;b&gt;" in page


def test_case_page_shows_answers_with_labels_and_reasons(as_role):
    client, _ = as_role("caseworker")
    case = make_case()
    page = client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
    # Shown once, in the summary, not again among the screening answers.
    assert "Would you rather be in a group or alone with an adviser?" not in page
    assert page.count("In a group") == 1
    assert page.count("Being with and talking to other people") == 1
    assert "Do you want to work on it together with an adviser?" in page  # not in the summary
    assert "The offer is for adults, and you are 18 or older." in page
    assert "The offer may fit" in page
    da = client.get(f"/staff/cases/{case.id}?lang=da").get_data(as_text=True)
    assert 'lang="da"' in da


def test_only_allowed_next_steps_are_offered(as_role):
    client, _ = as_role("caseworker")
    case = make_case(status="received")
    page = client.get(f"/staff/cases/{case.id}").get_data(as_text=True)
    for status in svc.STATUSES:
        offered = f'name="to_status" value="{status}"' in page
        assert offered == (status in svc.TRANSITIONS["received"]), status
    done = make_case(status="rejected")
    page = client.get(f"/staff/cases/{done.id}?lang=en").get_data(as_text=True)
    assert 'name="to_status"' not in page and "Only a team lead can reopen it" in page
    lead_client, _ = as_role("lead")
    page = lead_client.get(f"/staff/cases/{done.id}?lang=en").get_data(as_text=True)
    assert 'name="to_status" value="in_review"' in page
    assert "Reopen the case (back to In review)" in page


def test_status_form_errors_keep_what_was_typed(as_role):
    client, _ = as_role("caseworker")
    case = make_case(status="in_review")
    response = client.post(
        f"/staff/cases/{case.id}/status?lang=en",
        data={"to_status": "referred", "reason": "Min <begrundelse>", "offer": "", "version": 1},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "There is a problem" in page and 'href="#offer"' in page
    assert "Min &lt;begrundelse&gt;" in page
    assert 'value="referred" checked' in page
    bad_date = client.post(
        f"/staff/cases/{case.id}/status",
        data={
            "to_status": "granted_group",
            "reason": "ok",
            "start_date": "31-12-2026",
            "version": 1,
        },
    )
    assert bad_date.status_code == 400
    db.session.expire_all()
    assert db.session.get(Case, case.id).status == "in_review"


def test_caseworker_grants_through_the_form(as_role):
    client, user = as_role("caseworker")
    case = make_case(status="in_review")
    form = {
        "to_status": "granted_group",
        "reason": "Passer.",
        "start_date": "2026-09-01",
        "version": case.version,
    }
    # A decision is shown for confirmation first; nothing is saved yet.
    confirm = client.post(f"/staff/cases/{case.id}/status?lang=en", data=form)
    assert confirm.status_code == 200
    page = confirm.get_data(as_text=True)
    assert "Confirm: Granted: group" in page and 'name="confirm" value="yes"' in page
    db.session.expire_all()
    assert db.session.get(Case, case.id).status == "in_review"
    response = client.post(f"/staff/cases/{case.id}/status", data={**form, "confirm": "yes"})
    assert response.status_code == 302
    page = client.get(response.location.split("#")[0] + "&lang=en").get_data(as_text=True)
    assert "The status is changed." in page
    assert 'id="evaluation-due"' in page and 'id="end-date"' in page
    assert "January 19, 2027" in page  # 2026-09-01 + 20 weeks
    assert "March 1, 2027" in page  # + 6 months


def test_assignment_and_notes_through_the_forms(as_role):
    client, lead = as_role("lead")
    worker = make_staff("caseworker", display_name="Karin Sagsbehandler")
    case = make_case()
    form = {"assignee": worker.id, "version": 1}
    assert client.post(f"/staff/cases/{case.id}/assign", data=form).status_code == 302
    note = {"note": "", "version": 2}
    assert client.post(f"/staff/cases/{case.id}/notes", data=note).status_code == 400
    note = {"note": "Ring i morgen", "version": 2}
    assert client.post(f"/staff/cases/{case.id}/notes", data=note).status_code == 302
    page = client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
    assert "Assigned to Karin Sagsbehandler." in page
    assert "Ring i morgen" in page


def test_queue_sorts_by_deadline_and_marks_due_cases(as_role):
    client, _ = as_role("caseworker")
    today = svc.local_today()

    def due(days):  # the deadline as stored: the end of the due day
        return deadlines.end_of_day_utc(today + timedelta(days=days))

    later = make_case(name="Later Person", deadline_at=due(10))
    overdue = make_case(name="Overdue Person", deadline_at=due(-1))
    soon = make_case(name="Soon Person", deadline_at=due(1))
    make_case(name="Done Person", status="rejected", deadline_at=due(-5))
    page = client.get("/staff/?lang=en").get_data(as_text=True)
    positions = [page.index(c.name) for c in (overdue, soon, later)]
    assert positions == sorted(positions)
    assert "Done Person" not in page  # decided cases are not in the default queue
    row = lambda name: page[page.index(name) : page.index("</tr>", page.index(name))]  # noqa: E731
    assert "ti-overdue" in row("Overdue Person") and "1 day over the deadline" in row(
        "Overdue Person"
    )
    assert "ti-due-soon" in row("Soon Person")
    assert "ti-overdue" not in row("Later Person") and "ti-due-soon" not in row("Later Person")
    assert later.reference in page


def test_queue_counts_per_status(as_role):
    client, _ = as_role("caseworker")
    for status in ("received", "received", "in_review", "rejected"):
        make_case(status=status)
    page = client.get("/staff/?lang=en").get_data(as_text=True)
    counts = page[
        page.index('id="status-counts"') : page.index("</ul>", page.index('id="status-counts"'))
    ]
    assert "Received: <strong>2</strong>" in counts
    assert "In review: <strong>1</strong>" in counts
    assert "Rejected: <strong>1</strong>" in counts


def test_queue_filters(as_role):
    client, lead = as_role("lead")
    worker = make_staff("caseworker")
    now = utcnow()
    a = make_case(
        name="Anna Filter",
        format_wish="individual",
        screening_outcome="assessment",
        received_at=now - timedelta(days=40),
    )
    b = make_case(name="Bent Filter", assignee_id=worker.id, status="in_review")
    c = make_case(name="Carl Filter", status="granted_group")

    def names(query):
        page = client.get("/staff/?" + query).get_data(as_text=True)
        return {n for n in ("Anna Filter", "Bent Filter", "Carl Filter") if n in page}

    assert names("") == {"Anna Filter", "Bent Filter"}
    assert names("status=all") == {"Anna Filter", "Bent Filter", "Carl Filter"}
    assert names("status=granted_group") == {"Carl Filter"}
    assert names(f"assignee={worker.id}") == {"Bent Filter"}
    assert names("assignee=none") == {"Anna Filter"}
    assert names("outcome=assessment") == {"Anna Filter"}
    assert names("format=individual") == {"Anna Filter"}
    recent = (now - timedelta(days=10)).date().isoformat()
    assert names(f"received_from={recent}&status=all") == {"Bent Filter", "Carl Filter"}
    assert names(f"received_to={recent}&status=all") == {"Anna Filter"}
    assert names("q=bent&status=all") == {"Bent Filter"}
    assert names(f"q={a.reference.lower()}") == {"Anna Filter"}
    assert names("q=100%25") == set()  # LIKE wildcards are literal
    bad = client.get("/staff/?received_from=yesterday&lang=en")
    assert bad.status_code == 200 and "Write the date as YYYY-MM-DD" in bad.get_data(as_text=True)
    assert b and c


def test_search_is_audit_logged_without_the_words(as_role):
    client, user = as_role("caseworker")
    make_case(name="Søren Søgbar")
    client.get("/staff/?q=Søgbar")
    client.get("/staff/")
    entries = list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == "search")))
    assert len(entries) == 1
    assert entries[0].actor_id == user.id and entries[0].detail == {"results": 1}
    assert "Søgbar" not in str(entries[0].detail)


def test_queue_paginates(as_role):
    client, _ = as_role("caseworker")
    now = utcnow()
    for i in range(svc.PAGE_SIZE + 3):
        make_case(name=f"Page Person {i:02d}", deadline_at=now + timedelta(hours=i + 1))
    first = client.get("/staff/?lang=en").get_data(as_text=True)
    second = client.get("/staff/?page=2&lang=en").get_data(as_text=True)
    assert "Page Person 00" in first and "Page Person 26" not in first
    assert "Page Person 26" in second and "Page Person 00" not in second
    assert "Next page" in first and "Previous page" in second
    assert client.get("/staff/?page=99").status_code == 200


def test_missing_case_is_404(as_role):
    client, _ = as_role("caseworker")
    assert client.get("/staff/cases/999999").status_code == 404
    assert client.post("/staff/cases/999999/notes", data={"note": "x"}).status_code == 404


def test_audit_log_holds_no_personal_data(as_role):
    client, lead = as_role("lead")
    case = make_case(name="Unikke Navnesen", cpr="311299-9876", description="Privat tekst")
    client.get("/staff/?q=Navnesen&status=all")
    client.get(f"/staff/cases/{case.id}")
    client.post(f"/staff/cases/{case.id}/cpr")
    client.post(f"/staff/cases/{case.id}/notes", data={"note": "Fortroligt notat", "version": 1})
    client.post(f"/staff/cases/{case.id}/assign", data={"assignee": lead.id, "version": 2})
    client.post(f"/staff/cases/{case.id}/status", data={"to_status": "in_review", "version": 3})
    contact = {"contact_kind": "phone", "direction": "outgoing", "version": 4}
    contact.update(contact_date="2026-01-05", contact_note="Hemmelig samtale", reached="yes")
    client.post(f"/staff/cases/{case.id}/contacts", data=contact)
    client.post("/staff/export", data={"q": "Navnesen", "include_cpr": "yes"})
    entries = list(db.session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert {e.action for e in entries} >= {
        "search",
        "case_view",
        "cpr_reveal",
        "note",
        "assign",
        "status_change",
        "contact_logged",
        "export",
    }
    dump = " ".join(f"{e.action} {e.detail} {e.ip}" for e in entries)
    for secret in ("Navnesen", "311299", "9876", "Privat", "Fortroligt", "Hemmelig", lead.email):
        assert secret not in dump
