"""A chat turn stores its conversation with one statement (portal/chat/service.py): an
INSERT for a new browser, one SELECT and one compare-and-set UPDATE after that; a turn
whose conversation was deleted or changed meanwhile runs again on what is there now."""

import json

from flask import session
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from bot.actions import facts
from portal.chat import service
from portal.chat.driver import Driver
from portal.extensions import db
from portal.models import ChatConversation
from tests.chat.conftest import conversation, say


def _statements(app):
    seen = []

    def before(conn, cursor, statement, params, context, executemany):
        if "chat_conversation" in statement:
            seen.append(statement.split()[0].upper())

    # Every engine: on PostgreSQL a turn's statements run on the autocommit engine.
    engine = Engine
    event.listen(engine, "before_cursor_execute", before)
    return seen, lambda: event.remove(engine, "before_cursor_execute", before)


def test_a_turn_is_one_insert_then_one_read_and_one_update(app, client):
    seen, stop = _statements(app)
    try:
        say(client, "Hej")
        assert seen == ["INSERT"]
        seen.clear()
        say(client, "Hvad koster det?")
        assert seen == ["SELECT", "UPDATE"]
    finally:
        stop()
    stored = conversation(app, client)
    assert stored.version == 2
    assert [e["text"] for e in json.loads(stored.transcript) if e["from"] == "user"] == [
        "Hej",
        "Hvad koster det?",
    ]
    # The tracker is stored as the driver left it (answers as codes), and both it and the
    # transcript encrypted (Fernet tokens), also by the UPDATE.
    assert stored.tracker["slots"]["language"] == "da"
    with app.app_context():
        raw = db.session.execute(text("SELECT tracker, transcript FROM chat_conversation")).one()
    assert raw.tracker.startswith("gAAAAA") and raw.transcript.startswith("gAAAAA")
    assert "Hvad koster" not in raw.transcript


def test_a_conversation_restarted_in_another_tab_during_a_turn_starts_again(
    app, client, monkeypatch
):
    say(client, "Hej")
    original = Driver.handle
    deleted = []

    def deleting_handle(self, sender, state, text, lang):
        if not deleted:
            deleted.append(sender)
            with app.app_context():
                db.session.delete(db.session.get(ChatConversation, sender))
                db.session.commit()
        return original(self, sender, state, text, lang)

    monkeypatch.setattr(Driver, "handle", deleting_handle)
    answer = say(client, "Hvad koster det?")
    assert deleted and answer
    stored = conversation(app, client)
    # The update found no row of the version it read; the retry found none and inserted.
    assert stored.version == 1
    users = [e["text"] for e in json.loads(stored.transcript) if e["from"] == "user"]
    assert users == ["Hvad koster det?"]


def test_a_turn_that_keeps_losing_stores_nothing_and_asks_to_try_again(app, client, monkeypatch):
    say(client, "Hej")
    original = Driver.handle

    def always_racing(self, sender, state, text, lang):
        # Every time this turn computes, another tab stores a turn first.
        with app.app_context(), app.test_request_context():
            session[service.SESSION_KEY] = sender
            monkeypatch.setattr(Driver, "handle", original)
            service.converse("Hvor foregår det?", "da")
            monkeypatch.setattr(Driver, "handle", always_racing)
        return original(self, sender, state, text, lang)

    monkeypatch.setattr(Driver, "handle", always_racing)
    answer = say(client, "Hvad koster det?")
    monkeypatch.setattr(Driver, "handle", original)
    unavailable = facts.unavailable_text(app.extensions["municipality"], "da")
    assert answer[0]["text"] == unavailable
    users = [
        e["text"] for e in json.loads(conversation(app, client).transcript) if e["from"] == "user"
    ]
    assert users == ["Hej", "Hvor foregår det?", "Hvor foregår det?"]


def test_links_get_their_href_without_changing_what_they_came_from(app):
    link = {"target": "crisis", "title": "Akut hjælp"}
    message = {"custom": {"link": link, "other": 1}, "text": "x"}
    with app.test_request_context():
        out = service._outgoing([message, {"text": "y"}])
    assert out[0]["custom"]["link"]["href"] == "/crisis"
    assert out[0]["custom"]["other"] == 1 and out[1] == {"text": "y"}
    assert link == {"target": "crisis", "title": "Akut hjælp"}  # the source is untouched
    assert message["custom"]["link"] is link
