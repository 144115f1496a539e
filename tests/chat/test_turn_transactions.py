"""A chat turn holds no transaction while it computes (the action call may be slow), so two
turns of one conversation at once (a double click, two tabs) could overwrite each other:
the write is a compare-and-set, and the losing turn runs again on top of the winner."""

import json

from flask import session

from portal.chat import service
from portal.chat.driver import Driver
from portal.extensions import db
from tests.chat.conftest import conversation, say


def _race_once(app, monkeypatch, other_message: str) -> list:
    """While the next turn computes, another tab of the same browser completes a turn."""
    original = Driver.handle
    raced = []

    def racing_handle(self, sender, state, text, lang):
        if not raced:
            raced.append(text)
            # A new app context: its own database session, as another request has.
            with app.app_context(), app.test_request_context():
                session[service.SESSION_KEY] = sender  # the same browser, another tab
                service.converse(other_message, "da")
                db.session.remove()
        return original(self, sender, state, text, lang)

    monkeypatch.setattr(Driver, "handle", racing_handle)
    return raced


def _user_texts(app, client) -> list[str]:
    stored = conversation(app, client)
    return [e["text"] for e in json.loads(stored.transcript) if e["from"] == "user"]


def test_a_turn_that_lost_the_race_runs_again_on_top_of_the_winner(app, client, monkeypatch):
    say(client, "Hej")
    raced = _race_once(app, monkeypatch, "Hvor foregår det?")
    answer = say(client, "Hvad koster det?")
    assert raced == ["Hvad koster det?"]
    assert answer  # the citizen got an answer, not an error
    # Both turns are stored, in the order they were stored; neither overwrote the other.
    assert _user_texts(app, client) == ["Hej", "Hvor foregår det?", "Hvad koster det?"]
    assert conversation(app, client).version == 3


def test_two_first_turns_at_once_make_one_conversation(app, client, monkeypatch):
    _race_once(app, monkeypatch, "Hvor foregår det?")
    say(client, "Hvad koster det?")
    assert _user_texts(app, client) == ["Hvor foregår det?", "Hvad koster det?"]


def _conversation_reads(app):
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    reads = []

    def before(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "chat_conversation" in statement:
            reads.append(statement)

    # Every engine: on PostgreSQL a turn's statements run on the autocommit engine.
    engine = Engine
    event.listen(engine, "before_cursor_execute", before)
    return reads, lambda: event.remove(engine, "before_cursor_execute", before)


def test_a_new_browsers_first_turn_reads_no_conversation_the_next_turn_does(app, client):
    reads, stop = _conversation_reads(app)
    try:
        say(client, "Hej")
        assert reads == []  # the id was made in this request: nothing stored to read
        say(client, "Hvad koster det?")
        assert len(reads) == 1
    finally:
        stop()
    assert _user_texts(app, client) == ["Hej", "Hvad koster det?"]
