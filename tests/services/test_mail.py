"""The receipt e-mail: queued in the outbox with the case, sent to a real SMTP server
(aiosmtpd in its own process) after commit, and what happens when the mail server is down:
the application is kept all the same, and the citizen is told once the outbox gives up."""

import json
import logging
from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest
from sqlalchemy import select, update

from portal.extensions import db
from portal.models import Case, OutboxMessage
from portal.services import mail, outbox
from tests.support.application import ABOUT, NEEDS, counts, fill_in, send
from tests.support.smtp import SmtpServer, free_port


@pytest.fixture
def smtp(tmp_path):
    with SmtpServer(tmp_path) as server:
        yield server


def _apply(client, lang=None, **about):
    key = fill_in(client, about={**ABOUT, **about}, lang=lang)
    response = send(client, key)
    assert response.status_code == 303
    return response.headers["Location"], response.headers["Location"].rsplit("/", 1)[1]


def _run_outbox(app) -> outbox.RunResult:
    with app.app_context():
        return outbox.run_due()


def _rows(app) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        db.session.remove()
        return rows


def test_receipt_is_mailed_without_health_details(make_app, smtp):
    app = make_app("vordingborg", SMTP_URL=smtp.url, SMTP_FROM="ti@kommune.example")
    client = app.test_client()
    location, reference = _apply(client)
    # Queued with the case, not sent inside the request.
    assert smtp.messages() == []
    assert "Vi sender også denne kvittering til din e-mailadresse" in client.get(location).text

    assert _run_outbox(app).sent == 1
    [message] = smtp.messages()
    assert message["To"] == "anna@example.org"
    assert message["From"] == "ti@kommune.example"
    assert reference in message["Subject"]
    assert message["Content-Language"] == "da"
    body = message.get_content()
    assert reference in body
    assert "Vi går i gang med at planlægge din indsats senest 10 dage" in body
    assert "For din ansøgning betyder det senest den" in body
    # Nothing about health, nothing the citizen wrote, no CPR number.
    for secret in (
        ABOUT["cpr"],
        "0101901234",
        NEEDS["description"],
        NEEDS["goals"],
        NEEDS["adaptation"],
        ABOUT["contact_times"],
        "post og kontakte myndigheder",  # the label of an area they chose
    ):
        assert secret not in body, secret
    assert "Vi har også sendt denne kvittering til din e-mailadresse" in client.get(location).text


def test_receipt_mail_in_english_for_an_english_visitor(make_app, smtp):
    app = make_app("hedensted", SMTP_URL=smtp.url)
    client = app.test_client()
    _, reference = _apply(client, lang="en")
    _run_outbox(app)
    [message] = smtp.messages()
    assert message["Subject"] == f"Your application has been received – reference {reference}"
    assert "The municipality has no fixed deadline for an answer." in message.get_content()
    assert "79 75 58 20" in message.get_content()


def test_resubmitting_does_not_queue_a_second_mail(make_app, smtp):
    app = make_app(SMTP_URL=smtp.url)
    client = app.test_client()
    key = fill_in(client)
    first = send(client, key)
    second = send(client, key)  # after the receipt: "already sent", with the same receipt
    assert second.status_code == 200
    assert f'href="{first.headers["Location"]}"' in second.text
    assert len(_rows(app)) == 1
    _run_outbox(app)
    _run_outbox(app)
    assert len(smtp.messages()) == 1


def test_no_mail_without_an_e_mail_address(make_app, smtp):
    app = make_app(SMTP_URL=smtp.url)
    client = app.test_client()
    location, _ = _apply(client, email="")
    assert _rows(app) == []
    _run_outbox(app)
    assert smtp.messages() == []
    page = client.get(location).text
    assert "e-mail" not in page.split("Det sker nu")[0].lower()


def test_no_outbox_row_without_smtp_url(make_app):
    app = make_app(SMTP_URL="")
    client = app.test_client()
    location, _ = _apply(client)
    assert _rows(app) == []
    assert "e-mail" not in client.get(location).text.split("Det sker nu")[0].lower()


def test_smtp_down_keeps_the_application_and_says_so_when_the_outbox_gives_up(make_app, caplog):
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}")  # nothing listens there
    client = app.test_client()
    location, reference = _apply(client, lang="en")
    assert counts(app) == (1, 1, 1)
    page = client.get(location)
    assert page.status_code == 200 and reference in page.text
    assert "We are also sending this receipt to your e-mail address" in page.text

    with caplog.at_level(logging.INFO):
        result = _run_outbox(app)
    assert (result.sent, result.retried) == (0, 1)
    [row] = _rows(app)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "ConnectionRefusedError")
    assert row.next_attempt_at > row.created_at  # backoff: not due again at once
    assert _run_outbox(app).retried == 0  # not due yet

    # Every later try fails too, until the outbox gives up.
    for _ in range(outbox.MAX_ATTEMPTS - 1):
        with app.app_context():
            db.session.execute(update(OutboxMessage).values(next_attempt_at=row.created_at))
            db.session.commit()
        _run_outbox(app)
    [row] = _rows(app)
    assert (row.status, row.attempts) == ("failed", outbox.MAX_ATTEMPTS)
    assert "We could not send the receipt to your e-mail" in client.get(location).text

    logged = caplog.text
    assert f"outbox {row.id} (receipt) not sent: ConnectionRefusedError" in logged
    assert "anna@example.org" not in logged and "Anna" not in logged


def test_smtp_server_stopping_mid_way_is_retried_then_sent(make_app, tmp_path):
    server = SmtpServer(tmp_path).start()
    app = make_app(SMTP_URL=server.url)
    server.stop()
    client = app.test_client()
    location, _ = _apply(client)
    assert _run_outbox(app).retried == 1
    assert counts(app)[0] == 1

    # The server comes back (same port): the retry, once due, gets the receipt out.
    again = SmtpServer(tmp_path)
    again.port = server.port
    with again:
        with app.app_context():
            db.session.execute(update(OutboxMessage).values(next_attempt_at=outbox.utcnow()))
            db.session.commit()
        assert _run_outbox(app).sent == 1
        assert len(again.messages()) == 1
    assert "Vi har også sendt denne kvittering" in client.get(location).text


@pytest.mark.parametrize("url", ["", "http://mail.example", "smtp://"])
def test_mail_is_off_unless_smtp_url_is_an_smtp_address(make_app, url):
    app = make_app(SMTP_URL=url)
    with app.app_context():
        assert mail.is_configured() is False


# --- the receipt is rendered by the sender, from the facts its row keeps ----------------------


def _the_row(app) -> OutboxMessage:
    [row] = _rows(app)
    return row


@pytest.mark.parametrize(("municipality", "lang"), [("vordingborg", "da"), ("hedensted", "en")])
def test_the_sender_renders_the_same_receipt_the_request_did(make_app, smtp, municipality, lang):
    app = make_app(municipality, SMTP_URL=smtp.url, SMTP_FROM="ti@kommune.example")
    client = app.test_client()
    _, reference = _apply(client, lang=lang)
    row = _the_row(app)
    payload = json.loads(row.message)
    # The row keeps the facts the text is made of, not the text, and nothing else.
    assert set(payload) == {
        "render",
        "to",
        "lang",
        "reference",
        "received_at",
        "deadline_at",
        "message_id",
    }
    assert (payload["to"], payload["lang"], payload["reference"]) == (
        "anna@example.org",
        lang,
        reference,
    )
    assert "Anna" not in row.message and ABOUT["cpr"] not in row.message

    assert _run_outbox(app).sent == 1
    [message] = smtp.messages()
    with app.app_context():
        case = db.session.scalars(select(Case)).one()
        assert datetime.fromisoformat(payload["deadline_at"]) == case.deadline_at
        # What rendering in the request (the way it was) made of the same case.
        with app.test_request_context(f"/?lang={lang}"):
            subject, body = mail.build_receipt(case, app.extensions["municipality"], lang)
    assert message["Subject"] == subject and reference in subject
    assert message.get_content().strip() == body.strip()
    assert message["To"] == "anna@example.org" and message["From"] == "ti@kommune.example"
    assert message["Content-Language"] == lang
    assert message["Message-ID"] == payload["message_id"]
    assert parsedate_to_datetime(message["Date"]) == case.received_at.replace(microsecond=0)


def test_a_retried_receipt_keeps_its_message_id(make_app, tmp_path):
    server = SmtpServer(tmp_path).start()
    app = make_app(SMTP_URL=server.url)
    server.stop()
    client = app.test_client()
    _apply(client)
    assert _run_outbox(app).retried == 1
    message_id = json.loads(_the_row(app).message)["message_id"]
    again = SmtpServer(tmp_path)
    again.port = server.port
    with again:
        with app.app_context():
            db.session.execute(update(OutboxMessage).values(next_attempt_at=outbox.utcnow()))
            db.session.commit()
        assert _run_outbox(app).sent == 1
        [message] = again.messages()
    assert message["Message-ID"] == message_id


def test_a_receipt_row_that_cannot_be_rendered_is_retried_then_given_up(make_app, smtp, caplog):
    app = make_app(SMTP_URL=smtp.url)
    client = app.test_client()
    location, _ = _apply(client, lang="en")
    with app.app_context():
        # A row whose facts are damaged (a reference missing): no message can be made of it.
        row = db.session.scalars(select(OutboxMessage)).one()
        payload = json.loads(row.message)
        del payload["reference"]
        row.message = json.dumps(payload)
        db.session.commit()
    with caplog.at_level(logging.INFO):
        result = _run_outbox(app)
    assert (result.sent, result.retried) == (0, 1)
    assert smtp.messages() == []
    row = _the_row(app)
    assert (row.status, row.last_error) == ("pending", "KeyError")
    assert f"outbox {row.id} (receipt) not rendered: KeyError" in caplog.text
    assert "anna@example.org" not in caplog.text
    for _ in range(outbox.MAX_ATTEMPTS - 1):
        with app.app_context():
            db.session.execute(update(OutboxMessage).values(next_attempt_at=row.created_at))
            db.session.commit()
        _run_outbox(app)
    assert _the_row(app).status == "failed"
    assert "We could not send the receipt to your e-mail" in client.get(location).text


def test_a_resend_after_the_receipt_is_queued_makes_no_second_case_or_receipt(make_app, smtp):
    """Two posts of one check page (a double click): one case, one receipt row, one e-mail."""
    app = make_app(SMTP_URL=smtp.url)
    client = app.test_client()
    key = fill_in(client)
    first, second = send(client, key), send(client, key)
    assert first.status_code == 303 and second.status_code == 200
    assert counts(app) == (1, 1, 1)
    assert [row.kind for row in _rows(app)] == ["receipt"]
    _run_outbox(app)
    _run_outbox(app)
    assert len(smtp.messages()) == 1
