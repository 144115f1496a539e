"""Save and resume without an account (issue 13 item 3): code, encryption, expiry, single
use, guessing limit, e-mail through the outbox, nothing personal in the logs."""

import email
import email.policy
import json
import logging
import re
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from portal.extensions import db
from portal.models import OutboxMessage, ResumeDraft, VisitorState
from portal.services import resume as service
from tests.citizen.test_questionnaire import answer, main_of, text_of
from tests.support.application import visitor_answers
from tests.support.smtp import free_port

CODE = re.compile(r"\b([2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4})\b")


def save(client, next_path="/check/areas", **form):
    response = client.post("/save", data={"next": next_path, **form})
    assert response.status_code == 200, text_of(response)
    return CODE.search(main_of(response)).group(1)


def started(client):
    answer(client, "urgent", "no")
    answer(client, "age", "18_or_over")


def test_code_format_and_alphabet():
    codes = {service.new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert CODE.fullmatch(code)
        assert not set(code) & set("01ILOU")
    # 30 letters, 12 places: about 58.9 bits.
    assert len(service.ALPHABET) ** service.CODE_LENGTH > 2**58


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("k7qm 2xtr 9fhw", "K7QM2XTR9FHW"),
        (" K7QM-2XTR-9FHW ", "K7QM2XTR9FHW"),
        ("K7QM–2XTR–9FHW", "K7QM2XTR9FHW"),
        ("K7QM-2XTR-9FH", None),
        ("K7QM-2XTR-9FHO", None),  # O is not in the alphabet
        ("", None),
    ],
)
def test_typed_codes_are_normalised(typed, expected):
    assert service.normalise(typed) == expected


def test_every_step_offers_save_and_continue_later(make_app, municipality):
    client = make_app(municipality).test_client()
    started(client)
    for path in ("/check/areas", "/apply", "/apply/needs"):
        page = text_of(client.get(f"{path}?lang=da"))
        assert "Gem og fortsæt senere" in page, path
        assert f'href="/save?next={path}"' in page, path


def test_resume_on_another_device_restores_answers_and_draft(make_app, municipality):
    app = make_app(municipality)
    first = app.test_client()
    started(first)
    first.post("/apply", data={"name": "Test Person", "phone": "12345678"})
    code = save(first, "/apply/needs")
    with app.app_context():
        row = db.session.scalars(select(ResumeDraft)).one()
        # Stored encrypted, found by a keyed hash: neither the code nor the name in clear.
        raw = db.session.execute(text("SELECT * FROM resume_draft")).one()
        assert code.replace("-", "") not in str(raw) and "Test Person" not in str(raw)
        assert row.code_hash != code
    second = app.test_client()
    response = second.post("/resume", data={"code": code.lower().replace("-", " ")})
    assert response.status_code == 303
    assert response.headers["Location"] == "/apply/needs"
    page = text_of(second.get("/apply?lang=da"))
    assert 'value="Test Person"' in page
    assert "/check/areas" in text_of(second.get("/check"))  # continues at the open question
    with app.app_context():
        row = db.session.scalars(select(ResumeDraft)).one()
        assert row.used_at is not None and row.answers is None and row.draft is None
        states = db.session.scalars(select(VisitorState)).all()
        assert len(states) == 2  # each browser's draft
    # The answers are in each browser's session, the restored ones in the second's.
    for browser in (first, second):
        assert visitor_answers(app, browser).get("age") == "18_or_over"


def test_a_used_code_is_refused_with_a_clear_message(client):
    started(client)
    code = save(client)
    assert client.post("/resume", data={"code": code}).status_code == 303
    again = client.post("/resume?lang=da", data={"code": code})
    assert again.status_code == 400
    page = main_of(again)
    assert "Koden er allerede brugt" in page
    assert 'href="#code"' in page  # error summary links to the field
    assert f'value="{code}"' in page  # what was typed is kept


def test_an_expired_code_is_refused(make_app):
    app = make_app("vordingborg")
    client = app.test_client()
    started(client)
    code = save(client)
    with app.app_context():
        row = db.session.scalars(select(ResumeDraft)).one()
        row.expires_at = row.created_at - timedelta(seconds=1)
        db.session.commit()
    response = client.post("/resume?lang=da", data={"code": code})
    assert response.status_code == 400
    assert "Koden er udløbet" in main_of(response)
    assert "30 dage" in main_of(response)


def test_codes_expire_after_the_profiles_days(app, client):
    started(client)
    save(client)
    with app.app_context():
        row = db.session.scalars(select(ResumeDraft)).one()
        assert row.expires_at - row.created_at == timedelta(days=30)
        assert service.purge_expired(now=row.expires_at - timedelta(seconds=1)) == 0
        assert service.purge_expired(now=row.expires_at) == 1


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ABC", "Skriv koden med 12 tegn"),
        ("2222-2222-2222", "Vi kan ikke finde koden"),
    ],
)
def test_bad_codes_get_a_clear_message(client, typed, message):
    response = client.post("/resume?lang=da", data={"code": typed})
    assert response.status_code == 400
    assert message in main_of(response)


def test_nothing_to_save_says_so(client):
    page = main_of(client.get("/save?lang=da"))
    assert "ikke noget at gemme" in page
    assert client.post("/save", data={}).status_code == 400


def test_guessing_is_rate_limited(make_app):
    client = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="memory://").test_client()
    statuses = [client.post("/resume", data={"code": "2222-2222-2222"}).status_code]
    statuses += [
        client.post("/resume", data={"code": "2222-2222-2222"}).status_code for _ in range(10)
    ]
    assert statuses[:10] == [400] * 10
    assert statuses[10] == 429


def test_the_code_can_be_sent_by_email_through_the_outbox(make_app):
    app = make_app(
        SMTP_URL=f"smtp://127.0.0.1:{free_port()}",
        SMTP_FROM="a@kommune.example",
        PORTAL_BASE_URL="https://tidlig.kommune.example",
    )
    client = app.test_client()
    # A forged Host header does not reach the e-mail: the link uses the configured address.
    client.environ_base["HTTP_HOST"] = "evil.example"
    started(client)
    response = client.post("/save", data={"next": "/check/areas", "email": "borger@example.dk"})
    code = CODE.search(main_of(response)).group(1)
    with app.app_context():
        message = db.session.scalars(select(OutboxMessage)).one()
        assert message.kind == "resume" and message.case_id is None
        mail = email.message_from_string(message.message, policy=email.policy.default)
        body = mail.get_content()
        assert code in body and "https://tidlig.kommune.example/resume" in body
        assert "evil.example" not in body


def test_a_bad_email_keeps_what_was_typed(make_app):
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}", SMTP_FROM="a@kommune.example")
    client = app.test_client()
    started(client)
    response = client.post("/save?lang=da", data={"next": "/check/areas", "email": "borger@"})
    assert response.status_code == 400
    page = main_of(response)
    assert 'value="borger@"' in page and 'href="#email"' in page
    with app.app_context():
        assert db.session.scalars(select(ResumeDraft)).first() is None


def test_only_check_and_apply_paths_are_returned_to(client):
    started(client)
    code = save(client, next_path="https://evil.example/check")
    response = client.post("/resume", data={"code": code})
    assert response.headers["Location"] == "/check"


def test_nothing_personal_or_the_code_in_the_logs(client, caplog, monkeypatch):
    # Alembic's fileConfig (the migration tests) disables existing loggers: undo that here.
    monkeypatch.setattr(logging.getLogger("portal.services.resume"), "disabled", False)
    caplog.set_level(logging.DEBUG)
    started(client)
    client.post("/apply", data={"name": "Logge Navn"})
    code = save(client)
    client.post("/resume", data={"code": code})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "resume code saved" in logged
    assert code not in logged and "Logge Navn" not in logged
    assert json.dumps(code) not in logged


@pytest.mark.parametrize("path", ["/", "/check"])
def test_offer_and_start_pages_link_to_resume(make_app, municipality, path):
    page = main_of(make_app(municipality).test_client().get(f"{path}?lang=da"))
    assert '<a href="/resume">Har du en kode? Fortsæt med din kode</a>' in page


def test_the_code_page_is_never_cached(client):
    """The saved page shows a secret: no shared cache (nginx, page cache) may keep it."""
    started(client)
    response = client.post("/save", data={"next": "/check/areas"})
    assert response.headers["Cache-Control"] == "no-store"
    assert client.get("/save").headers["Cache-Control"] == "no-store"
