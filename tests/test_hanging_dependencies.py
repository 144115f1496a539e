"""A dependency that accepts connections and never answers (an SMTP server without a
greeting, an action server without a reply, a database that never speaks) must not freeze
the site: /healthz answers, applications are received, chat turns end with the polite
"try again, or call us" reply. Behaviour only; how long things take is measured by
`python -m bench faults`."""

import threading

import pytest
from sqlalchemy import select

from portal import create_app
from portal.chat import transports
from portal.extensions import db
from portal.models import ChatConversation, OutboxMessage
from tests.conftest import make_config
from tests.support.application import counts, fill_in, send
from tests.support.smtp import HangingServer

BOUND_SECONDS = 60  # upper bound for waiting on a thread; never a timing assertion


@pytest.fixture
def hang():
    with HangingServer() as server:
        yield server


def _background(target) -> tuple[threading.Thread, dict]:
    out: dict = {}

    def run():
        try:
            out["result"] = target()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, out


def _outbox_rows(app):
    with app.app_context():
        rows = list(db.session.scalars(select(OutboxMessage)))
        db.session.remove()
        return rows


def test_submissions_complete_while_the_smtp_server_hangs(make_app, hang):
    app = make_app(SMTP_URL=hang.url, OUTBOX_BACKGROUND=True)
    sender = app.extensions["outbox_sender"]
    try:
        first = app.test_client()
        assert send(first, fill_in(first)).status_code == 303
        # The background sender is now stuck in the SMTP conversation ...
        hang.wait_for_connections(1)
        # ... and the site goes on: health, more applications, their receipts.
        client = app.test_client()
        assert client.get("/healthz").status_code == 200
        for _ in range(5):
            visitor = app.test_client()
            response = send(visitor, fill_in(visitor))
            assert response.status_code == 303
            receipt = visitor.get(response.location)
            assert receipt.status_code == 200
            assert "Vi sender også denne kvittering til din e-mailadresse" in receipt.text
        assert counts(app)[0] == 6
        rows = _outbox_rows(app)
        assert len(rows) == 6
        assert {r.status for r in rows} <= {"pending", "sending"}
        assert not any(r.status == "sent" for r in rows)
    finally:
        sender.stop(timeout=0)


def _chat(app, message="Hvad koster det?"):
    client = app.test_client()
    response = client.post(
        "/chat/webhook", json={"sender": "x", "message": message, "metadata": {"lang": "da"}}
    )
    return response


def test_a_hanging_action_server_holds_no_write_lock(make_app, hang, monkeypatch):
    """While one chat turn waits for the action server, other requests still write."""
    # A long read timeout and deadline, so the turn is still waiting when the other
    # request runs; the hanging server is stopped afterwards to end the turn.
    monkeypatch.setattr(transports, "TIMEOUT", (5.0, BOUND_SECONDS))
    app = make_app(
        ACTION_SERVER_URL=f"http://127.0.0.1:{hang.port}/webhook", CHAT_TURN_SECONDS=BOUND_SECONDS
    )
    thread, out = _background(lambda: _chat(app))
    hang.wait_for_connections(1)
    assert thread.is_alive()

    citizen = app.test_client()
    assert send(citizen, fill_in(citizen)).status_code == 303  # writes: draft, case
    assert app.test_client().get("/healthz").status_code == 200
    assert thread.is_alive(), "the chat turn should still be waiting for the action server"
    assert counts(app)[0] == 1

    hang.stop()  # the action server goes away: the turn ends politely
    thread.join(BOUND_SECONDS)
    assert not thread.is_alive()
    response = out["result"]
    assert response.status_code == 200
    assert "chatbotten kan ikke svare lige nu" in response.get_data(as_text=True)


def test_a_chat_turn_has_an_overall_deadline(make_app, hang, monkeypatch):
    # The read timeout alone would let the turn wait a minute; the deadline ends it.
    monkeypatch.setattr(transports, "TIMEOUT", (5.0, BOUND_SECONDS))
    app = make_app(ACTION_SERVER_URL=f"http://127.0.0.1:{hang.port}/webhook", CHAT_TURN_SECONDS=0.5)
    thread, out = _background(lambda: _chat(app))
    thread.join(BOUND_SECONDS / 2)
    assert not thread.is_alive(), "the turn's deadline did not end the wait"
    response = out["result"]
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "chatbotten kan ikke svare lige nu" in text
    assert "79 75 58 20" in text  # the phone number to call instead
    with app.app_context():
        [conversation] = db.session.scalars(select(ChatConversation)).all()
        # The turn did not happen: no screening step was taken, nothing half-stored.
        assert conversation.tracker["active_loop"] is None
        db.session.remove()


def test_six_chat_turns_at_once_all_end_while_the_action_server_hangs(make_app, hang):
    app = make_app(ACTION_SERVER_URL=f"http://127.0.0.1:{hang.port}/webhook")
    threads = [_background(lambda: _chat(app)) for _ in range(6)]
    hang.wait_for_connections(6)  # all six wait for the action server at the same time
    assert app.test_client().get("/healthz").status_code == 200
    for thread, out in threads:
        thread.join(BOUND_SECONDS)
        assert not thread.is_alive()
        assert out["result"].status_code == 200
        assert "chatbotten kan ikke svare lige nu" in out["result"].get_data(as_text=True)


def test_healthz_answers_and_readyz_refuses_when_the_database_hangs(_schema, hang):
    url = f"postgresql+psycopg://portal@127.0.0.1:{hang.port}/portal"
    app = create_app(make_config(url))
    client = app.test_client()
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.get_json()["database"] == "unavailable"
