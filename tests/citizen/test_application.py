"""The citizen's application through the web: steps, prefill, validation, check page,
submit, receipt, idempotency, honeypot, rate limit and what happens when things break."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent, VisitorState
from portal.services import deadlines, visitor
from tests.support.application import (
    ABOUT,
    NEEDS,
    SCREENING,
    counts,
    error_links,
    fill_in,
    give_screening_answers,
    send,
)

REFERENCE = re.compile(r"^TI-\d{4}-\d{6}$")


def _case(app, reference):
    with app.app_context():
        case = db.session.execute(select(Case).where(Case.reference == reference)).scalar_one()
        db.session.expunge(case)
        return case


def test_apply_start_is_the_first_step(client):
    response = client.get("/apply")
    assert response.status_code == 200
    assert 'name="name"' in response.text and 'name="cpr"' in response.text
    assert "Trin 1 af 3" in response.text


def test_happy_path_from_screening_to_receipt(make_app, municipality):
    app = make_app(municipality)
    client = app.test_client()
    give_screening_answers(app, client, SCREENING)
    key = fill_in(client)
    with client.session_transaction() as session:
        visitor_id = session[visitor.SESSION_KEY]  # the draft's row

    response = send(client, key)
    assert response.status_code == 303
    reference = response.headers["Location"].rsplit("/", 1)[1]
    assert REFERENCE.match(reference)

    case = _case(app, reference)
    assert case.status == "received"
    assert case.municipality == municipality
    assert case.name == "Anna Jensen" and case.cpr == "010190-1234"
    assert case.areas == NEEDS["areas"] and case.format_wish == "group"
    assert case.screening_outcome == "eligible"
    assert case.screening_offers[0] == "early_intervention"
    assert case.screening_answers["existing_support"] == ["s85"]
    # The profile's clock: the due day is `days` calendar days after the Danish day of
    # receipt, stored as that day's last second (services/deadlines.py).
    days = {"hedensted": 14, "vordingborg": 10}[municipality]
    due = deadlines.local_date(case.received_at) + timedelta(days=days)
    assert case.deadline_at == deadlines.end_of_day_utc(due)
    assert case.retention_until > case.received_at.date()
    assert case.consent_at is not None and case.idempotency_key == key
    with app.app_context():
        events = db.session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id)).all()
        audit = db.session.scalars(select(AuditEntry).where(AuditEntry.case_id == case.id)).all()
        assert [(e.kind, e.to_status) for e in events] == [("received", "received")]
        assert [(a.action, a.actor_id) for a in audit] == [("case_submitted", None)]
        # The draft (with the CPR number) is gone once the case holds it.
        assert db.session.get(VisitorState, visitor_id) is None

    receipt = client.get(f"/apply/receipt/{reference}")
    assert receipt.status_code == 200
    assert reference in receipt.text
    assert "Din ansøgning er sendt" in receipt.text
    if municipality == "vordingborg":
        assert "senest 10 dage" in receipt.text
        assert "For din ansøgning betyder det senest" in receipt.text
    else:
        assert "Kommunen har ikke en fast frist for svar" in receipt.text
        assert "For din ansøgning betyder det senest" not in receipt.text
        assert "79 75 58 20" in receipt.text
    assert "Kan du klage?" in receipt.text
    assert 'id="print-button"' in receipt.text


def test_receipt_in_english(client):
    key = fill_in(client, lang="en")
    reference = send(client, key).headers["Location"].rsplit("/", 1)[1]
    receipt = client.get(f"/apply/receipt/{reference}?lang=en")
    assert "Your application has been sent" in receipt.text
    assert f"Your reference is {reference}" in receipt.text
    assert "Can you complain?" in receipt.text


def test_screening_answers_prefill_the_form(app, client):
    give_screening_answers(app, client, SCREENING)
    about = client.get("/apply").text
    assert re.search(r'value="virtual"\s+checked', about)
    needs = client.get("/apply/needs").text
    for code in ("social_contact", "health", "mild", "s85", "individual"):
        assert re.search(rf'value="{code}"\s+checked', needs), code
    assert not re.search(r'value="debt"\s+checked', needs)


def test_the_citizens_own_changes_win_over_the_screening(app, client):
    give_screening_answers(app, client, SCREENING)
    client.post("/apply", data=ABOUT)
    client.post("/apply/needs", data={**NEEDS, "areas": ["debt"]})
    needs = client.get("/apply/needs").text
    assert re.search(r'value="debt"\s+checked', needs)
    assert not re.search(r'value="health"\s+checked', needs)


def test_language_switch_keeps_what_was_entered(client):
    client.post("/apply", data={**ABOUT, "name": "Bo Hansen"})
    page = client.get("/apply?lang=en")
    assert 'value="Bo Hansen"' in page.text
    assert "About you and how we can contact you" in page.text


ABOUT_ERRORS = [
    ({"name": ""}, "name", "Enter your name.", "Skriv dit navn."),
    ({"name": "x" * 201}, "name", "can be at most 200 characters.", "højst være 200 tegn"),
    ({"cpr": "12345"}, "cpr", "Enter your CPR number as 10 digits", "Skriv dit CPR-nummer"),
    ({"cpr": "310290-1234"}, "cpr", "must be a real date of birth", "en rigtig fødselsdato"),
    ({"cpr": "01019O-1234"}, "cpr", "Enter your CPR number as 10 digits", "som 10 cifre"),
    (
        {"phone": "", "email": ""},
        "phone",
        "Enter a phone number or an e-mail address",
        "Skriv et telefonnummer eller en e-mailadresse",
    ),
    ({"phone": "12"}, "phone", "at least 8 digits", "mindst 8 cifre"),
    ({"phone": "call me"}, "phone", "at least 8 digits", "mindst 8 cifre"),
    ({"email": "anna(at)example"}, "email", "e-mail address in the right format", "e-mail"),
    ({"contact_channel": "pigeon"}, "contact_channel", "Choose one of the options.", "Vælg"),
    ({"contact_times": "x" * 501}, "contact_times", "at most 500 characters", "være 500 tegn"),
]
NEEDS_ERRORS = [
    ({"areas": []}, "areas", "Choose at least one thing", "Vælg mindst én ting"),
    ({"areas": ["flying"]}, "areas", "Choose one of the options.", "Vælg"),
    ({"impact": "total"}, "impact", "Choose one of the options.", "Vælg"),
    ({"format_wish": "xl"}, "format_wish", "Choose one of the options.", "Vælg"),
    ({"existing_support": ["x"]}, "existing_support", "Choose one of the options.", "Vælg"),
    ({"description": "x" * 4001}, "description", "at most 4000 characters", "højst være 4000 tegn"),
    ({"goals": "x" * 4001}, "goals", "at most 4000 characters", "højst være 4000 tegn"),
    ({"adaptation": "x" * 1001}, "adaptation", "at most 1000 characters", "højst være 1000 tegn"),
]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize(
    ("path", "base", "change", "field", "english", "danish"),
    [("/apply", ABOUT, *case) for case in ABOUT_ERRORS]
    + [("/apply/needs", NEEDS, *case) for case in NEEDS_ERRORS],
)
def test_each_validation_error_is_shown_with_input_kept(
    client, lang, path, base, change, field, english, danish
):
    data = {**base, **change}
    response = client.post(f"{path}?lang={lang}", data=data)
    assert response.status_code == 422
    links = error_links(response.text)
    assert links and links[0][0] == f"#{field}"
    expected = english if lang == "en" else danish
    assert expected in links[0][1]
    # The field error sits by the field, and the page title says there is an error.
    assert f'id="{field}-error"' in response.text
    assert "<title>Error:" in response.text or "<title>Fejl:" in response.text
    # What was entered is still there (escaped).
    for name, value in data.items():
        radio = name in ("contact_channel", "impact", "format_wish")
        if isinstance(value, str) and value and not radio:
            assert value.replace("'", "&#39;") in response.text, name


def test_correcting_an_error_moves_on(client):
    assert client.post("/apply", data={**ABOUT, "cpr": "310290-1234"}).status_code == 422
    response = client.post("/apply", data=ABOUT)
    assert response.status_code == 303 and response.headers["Location"].endswith("/apply/needs")


def test_cpr_is_optional_and_ten_digits_are_normalised(app, client):
    key = fill_in(client, about={**ABOUT, "cpr": ""})
    reference = send(client, key).headers["Location"].rsplit("/", 1)[1]
    assert _case(app, reference).cpr is None

    other = app.test_client()
    key = fill_in(other, about={**ABOUT, "cpr": "0101901234", "email": ""})
    reference = send(other, key).headers["Location"].rsplit("/", 1)[1]
    case = _case(app, reference)
    assert case.cpr == "010190-1234" and case.email is None


def test_check_page_shows_answers_with_change_links(client):
    fill_in(client)
    page = client.get("/apply/check").text
    assert "Tjek dine svar" in page
    for text in ("Anna Jensen", "010190-1234", "anna@example.org", "Tolk på arabisk"):
        assert text in page
    assert 'href="/apply?from=check#cpr"' in page
    client.post("/apply", data={**ABOUT, "cpr": "0101901234"})
    assert "010190-1234" in client.get("/apply/check").text
    assert 'href="/apply/needs?from=check#goals"' in page
    assert 'href="/privacy"' in page


def test_change_link_returns_to_the_check_page(client):
    fill_in(client)
    response = client.post("/apply/needs", data={**NEEDS, "goals": "Nyt mål", "from": "check"})
    assert response.headers["Location"].endswith("/apply/check")
    assert "Nyt mål" in client.get("/apply/check").text


def test_check_page_sends_an_incomplete_draft_back_to_its_step(client):
    assert client.get("/apply/check").headers["Location"].endswith("/apply")
    client.post("/apply", data=ABOUT)
    assert client.get("/apply/check").headers["Location"].endswith("/apply/needs")


def test_the_confirmation_is_required(app, client):
    key = fill_in(client)
    response = send(client, key, confirmed=False)
    assert response.status_code == 422
    assert error_links(response.text)[0][0] == "#confirmed"
    assert "Bekræft, at oplysningerne er rigtige" in response.text
    assert counts(app) == (0, 0, 0)


def test_html_and_control_characters_are_stored_inertly_and_shown_escaped(app, client):
    hostile = '<script>alert("x")</script><b>fed</b>'
    about = {**ABOUT, "name": "Anna\x00 \x1bJensen\u202e"}
    needs = {**NEEDS, "description": hostile + "\r\nlinje to\x07", "goals": "<img src=x>"}
    key = fill_in(client, about=about, needs=needs)
    page = client.get("/apply/check").text
    assert "<script>alert" not in page and "<img src=x>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&lt;img src=x&gt;" in page
    reference = send(client, key).headers["Location"].rsplit("/", 1)[1]
    case = _case(app, reference)
    assert case.name == "Anna Jensen"
    assert case.description == hostile + "\nlinje to"
    assert case.goals == "<img src=x>"


def test_oversized_request_is_refused_with_a_page(client):
    response = client.post("/apply/needs", data={**NEEDS, "description": "x" * 70_000})
    assert response.status_code == 413
    assert "<html" in response.text


def test_double_submit_creates_one_case_and_the_same_receipt(app, client):
    key = fill_in(client)
    name = app.config["SESSION_COOKIE_NAME"]
    before = client.get_cookie(name).value
    first = send(client, key)
    # A double click: the second request still carries the cookie from before the first.
    client.set_cookie(name, before)
    second = send(client, key)
    assert first.status_code == second.status_code == 303
    assert first.headers["Location"] == second.headers["Location"]
    assert counts(app) == (1, 1, 1)


def test_back_button_resubmit_after_the_draft_is_gone(app, client):
    key = fill_in(client)
    location = send(client, key).headers["Location"]
    reference = location.rsplit("/", 1)[-1]
    # The draft was dropped at submit; Back shows "already sent", never an empty form.
    back = client.get("/apply/check")
    assert back.status_code == 200
    assert "Du har allerede sendt din ansøgning" in back.text and reference in back.text
    assert f'href="{location}"' in back.text
    again = send(client, key)
    assert again.status_code == 200
    assert "Du har allerede sendt din ansøgning" in again.text and reference in again.text
    assert counts(app) == (1, 1, 1)
    assert client.get(location).status_code == 200


def test_check_page_keeps_one_key_per_draft(client):
    key = fill_in(client)
    assert f'value="{key}"' in client.get("/apply/check?lang=en").text


def test_a_new_application_gets_a_new_key(app, client):
    first = fill_in(client)
    send(client, first)
    # After a receipt the form says "already sent" until the visitor asks for a new one.
    assert "Du har allerede sendt din ansøgning" in client.get("/apply").text
    assert client.post("/apply/new").headers["Location"].endswith("/apply")
    second = fill_in(client)
    assert second != first
    send(client, second)
    assert counts(app)[0] == 2


def test_one_visitor_cannot_read_another_visitors_receipt(app, client):
    key = fill_in(client)
    location = send(client, key).headers["Location"]
    stranger = app.test_client()
    assert stranger.get(location).status_code == 404
    assert client.get("/apply/receipt/TI-2026-999999").status_code == 404


def test_bad_or_missing_key_is_refused(app, client):
    fill_in(client)
    assert send(client, "").status_code == 400
    assert send(client, "short").status_code == 400
    assert counts(app) == (0, 0, 0)


def test_honeypot_refuses_without_a_case(app, client):
    key = fill_in(client)
    response = send(client, key, website="http://spam.example")
    assert response.status_code == 400
    assert counts(app) == (0, 0, 0)
    # A person (empty honeypot) can still send the same application.
    assert send(client, key, website="").status_code == 303


def test_honeypot_is_hidden_from_people_and_screen_readers(client):
    fill_in(client)
    page = client.get("/apply/check").text
    honeypot = re.search(r'<div class="sr-only" aria-hidden="true">.*?</div>', page, re.S).group(0)
    assert 'name="website"' in honeypot and 'tabindex="-1"' in honeypot


def test_submit_is_rate_limited_per_client(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    client = app.test_client()
    key = fill_in(client)
    statuses = [send(client, key).status_code for _ in range(11)]
    # The first sends; the resends are told "already sent" (200); the 11th is refused.
    assert statuses[:10] == [303] + [200] * 9
    assert statuses[10] == 429
    assert counts(app)[0] == 1


def test_database_down_at_commit_writes_nothing_and_retry_works(app, client, monkeypatch):
    key = fill_in(client, lang="en")

    def broken_commit():
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))

    with app.app_context():
        monkeypatch.setattr(db.session, "commit", broken_commit)
        response = send(client, key)
    monkeypatch.undo()
    assert response.status_code == 503
    assert "Your application was not sent" in response.text
    assert f'value="{key}"' in response.text  # the retry form posts the same key
    assert counts(app) == (0, 0, 0)

    # The database is back: the retry button sends the same application once.
    retry = client.post("/apply/check", data={"idempotency_key": key, "confirmed": "y"})
    assert retry.status_code == 303
    assert counts(app) == (1, 1, 1)


def test_database_unreachable_at_submit_shows_a_page_in_the_citizens_language(
    make_app, app, client
):
    key = fill_in(client)
    # The same site, but its database has gone away between render and submit.
    down = make_app(
        SQLALCHEMY_DATABASE_URI="postgresql+psycopg://ti@127.0.0.1:9/none",
        SQLALCHEMY_ENGINE_OPTIONS={"connect_args": {"connect_timeout": 2}},
    )
    down_client = down.test_client()
    down_client.set_cookie("ti_session", client.get_cookie("ti_session").value)
    response = send(down_client, key)
    assert response.status_code == 503
    assert "Din ansøgning blev ikke sendt" in response.text
    assert '<html lang="da">' in response.text
    assert counts(app) == (0, 0, 0)
    # Back on the working database the answers are still there.
    assert send(client, key).status_code == 303
    assert counts(app)[0] == 1


def test_database_down_while_saving_a_step_keeps_the_input(app, client, monkeypatch):
    from portal.services import visitor

    def broken_save(draft):
        raise OperationalError("UPDATE", {}, Exception("gone"))

    monkeypatch.setattr(visitor, "save_draft", broken_save)
    response = client.post("/apply?lang=en", data={**ABOUT, "name": "Bo Hansen"})
    assert response.status_code == 503
    assert 'value="Bo Hansen"' in response.text
    assert "We could not save your answers just now" in response.text


def test_with_csrf_on_the_forms_carry_a_token_and_a_post_without_one_is_refused(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/apply").text).group(1)
    assert client.post("/apply", data=ABOUT).status_code == 400
    assert client.post("/apply", data={**ABOUT, "csrf_token": token}).status_code == 303
    assert client.post("/apply/needs", data={**NEEDS, "csrf_token": token}).status_code == 303
    check = client.get("/apply/check").text
    key = re.search(r'name="idempotency_key" value="([^"]+)"', check).group(1)
    assert send(client, key).status_code == 400
    assert counts(app) == (0, 0, 0)
    assert send(client, key, csrf_token=token).status_code == 303
    assert counts(app) == (1, 1, 1)


def test_pages_stay_small(client):
    sizes = {"/apply": len(client.get("/apply").data)}
    sizes["/apply/needs"] = len(client.get("/apply/needs").data)
    fill_in(client)
    sizes["/apply/check"] = len(client.get("/apply/check").data)
    assert all(size < 20_000 for size in sizes.values()), sizes
