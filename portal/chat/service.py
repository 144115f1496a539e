"""The chat's one business operation: take a message, answer it, keep the conversation.

A browser's conversation is tied to its session: the server issues the sender id into the
signed session cookie and never reads it by a client-supplied id. The REST channel
(`Authorization: Bearer <CHAT_CHANNEL_TOKEN>`, another front end or a test harness) keys
its conversations by the `sender` it sends, stored under a key of its own
(`channel_key`) that no browser session id can equal. Everything
stored is redacted first (CPR-like numbers, e-mail addresses); the transcript is encrypted,
the tracker holds answer codes only. Retention purges by ChatConversation.updated_at.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from dataclasses import dataclass

from flask import current_app, session, url_for
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.routing import BuildError

from bot.actions import facts
from portal.chat import bp, crisis, crisis_model, nlu
from portal.chat.driver import Driver, TransportError, Turn, load_bot, render_response
from portal.chat.transports import RasaForwarder, make_transport
from portal.db import autocommit_engine
from portal.extensions import db
from portal.logs import redact
from portal.models import ChatConversation, utcnow
from portal.screening import QUESTION_IDS, understanding
from portal.services import visitor

log = logging.getLogger(__name__)


@bp.record_once
def _train_classifier_in_background(state) -> None:
    """At app creation: train the intent classifier in a background thread, so that it is
    ready (or nearly) when the first citizen writes. Tests train it on first use instead,
    on the test's own thread."""
    # Not for `flask` commands (migrations, retention, ...): they never chat.
    if not state.app.testing and os.environ.get("FLASK_RUN_FROM_CLI") != "true":
        nlu.start_training()


SESSION_KEY = "chat_sender"
# Browser ids are token_urlsafe (no ':'), so this prefix keeps the two kinds apart.
CHANNEL_PREFIX = "rest:"
MAX_MESSAGE_CHARS = 1000
MAX_TRANSCRIPT_ENTRIES = 200
# A citizen waits at most this long for an answer (CHAT_TURN_SECONDS); past it, the
# polite "try again, or call us" reply that a dead action server also gets.
TURN_SECONDS = 5.0
LINK_ENDPOINTS = {
    facts.LINK_APPLY: ("citizen.apply_start", "/apply"),
    facts.LINK_CHECK: ("citizen.screening_start", "/check"),
    facts.LINK_CRISIS: ("citizen.crisis", "/crisis"),
}


class MessageTooLong(ValueError):
    pass


class EmptyMessage(ValueError):
    pass


def sender_id(create: bool = True) -> str | None:
    sender = session.get(SESSION_KEY)
    if sender is None and create:
        sender = secrets.token_urlsafe(24)
        session[SESSION_KEY] = sender
    return sender


def channel_key(sender: str) -> str:
    """The stored key of a REST-channel conversation: a keyed hash of the client's sender
    id (which may be personal, e.g. a phone number), under a prefix of its own."""
    digest = hmac.new(current_app.secret_key.encode(), sender.encode(), hashlib.sha256).digest()
    return CHANNEL_PREFIX + base64.urlsafe_b64encode(digest).decode().rstrip("=")


def _key(channel_sender: str | None, create: bool = True) -> str | None:
    if channel_sender is not None:
        return channel_key(channel_sender)
    return sender_id(create=create)


def link_href(target: str) -> str:
    endpoint, fallback = LINK_ENDPOINTS.get(target, (None, "/"))
    try:
        return url_for(endpoint) if endpoint else fallback
    except BuildError:
        return fallback


def _driver(deadline: float | None = None) -> Driver:
    app = current_app
    transport = make_transport(app.config, deadline=deadline)
    return Driver(transport, app.extensions["municipality"], load_bot())


# A turn reads and writes its conversation with one SQL statement each, in autocommit, not
# through the ORM session: the unit of work, BEGIN and COMMIT were about a third of a turn's
# CPU and two of its four round trips (bench/README.md "chat turn"). Each statement is
# atomic on its own, and the write is a compare-and-set on `version`, as the ORM's
# version_id_col made it.
_TABLE = ChatConversation.__table__


@dataclass
class _Stored:
    lang: str
    tracker: dict | None
    transcript: str | None
    version: int


class _Raced(Exception):
    """Another turn of this conversation was stored (or it was deleted) meanwhile."""


@contextlib.contextmanager
def _autocommit():
    """A connection for one statement. On PostgreSQL the shared autocommit engine's: no
    BEGIN and COMMIT round trips (begin() sends nothing there, but its commit tells
    portal/db.py that this request has committed, so it is never run twice). SQLite keeps
    its transaction (portal/db.py begins each with BEGIN IMMEDIATE), which commit() ends."""
    if db.engine.dialect.name == "postgresql":
        with autocommit_engine().begin() as connection:
            yield connection
        return
    with db.engine.connect() as connection:
        yield connection
        connection.commit()


# Built once: building a statement per turn (coercions, clause objects) cost more CPU than
# executing it; each execution passes only its parameters.
_c = _TABLE.c
_SELECT = select(_c.lang, _c.tracker, _c.transcript, _c.version).where(
    _c.sender_id == bindparam("key")
)
_INSERT = insert(_TABLE)
_UPDATE = (
    update(_TABLE)
    .where(_c.sender_id == bindparam("key"), _c.version == bindparam("read_version"))
    .values(
        version=bindparam("new_version"),
        lang=bindparam("new_lang"),
        tracker=bindparam("new_tracker"),
        transcript=bindparam("new_transcript"),
        updated_at=bindparam("new_updated_at"),
    )
)


def _read(sender: str) -> _Stored | None:
    with _autocommit() as connection:
        row = connection.execute(_SELECT, {"key": sender}).first()
    return _Stored(*row) if row is not None else None


def _write(sender: str, stored: _Stored | None, lang: str, tracker: dict, text: str) -> None:
    """Insert the conversation, or update it if it is still the version read; _Raced when
    another turn got there first (a duplicate insert, or no row of that version)."""
    now = utcnow()
    with _autocommit() as connection:
        if stored is None:
            row = {
                "sender_id": sender,
                "lang": lang,
                "tracker": tracker,
                "transcript": text,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            try:
                connection.execute(_INSERT, row)
            except IntegrityError:
                raise _Raced() from None
            return
        changed = {
            "key": sender,
            "read_version": stored.version,
            "new_version": stored.version + 1,
            "new_lang": lang,
            "new_tracker": tracker,
            "new_transcript": text,
            "new_updated_at": now,
        }
        if connection.execute(_UPDATE, changed).rowcount != 1:
            raise _Raced()


def conversation_lang(channel_sender: str | None = None) -> str | None:
    """The language this conversation was last held in, if any."""
    sender = _key(channel_sender, create=False)
    stored = _read(sender) if sender else None
    return stored.lang if stored else None


def transcript() -> list[dict]:
    """This browser's conversation so far (redacted), oldest first."""
    sender = sender_id(create=False)
    stored = _read(sender) if sender else None
    if stored is None or not stored.transcript:
        return []
    return json.loads(stored.transcript)


def _shown_text(text: str, history: list[dict]) -> str | None:
    """A button payload is shown as the button's title, as the citizen saw it; a payload
    no button offered (the widget's opening /greet) is not shown."""
    if text.startswith("/"):
        for entry in reversed(history):
            for button in entry.get("buttons") or ():
                if button.get("payload") == text:
                    return button["title"]
            if entry.get("from") == "user":
                break
        return None
    return text


def _outgoing(messages: list[dict]) -> list[dict]:
    """The messages with each link's href; what they share with the bot's domain or the
    stored transcript is copied only along the path to the link, never changed."""
    out = []
    for message in messages:
        custom = message.get("custom")
        link = custom.get("link") if isinstance(custom, dict) else None
        if isinstance(link, dict) and "target" in link:
            link = {**link, "href": link_href(link["target"])}
            message = {**message, "custom": {**custom, "link": link}}
        out.append(message)
    return out


def _turn(sender: str, text: str, lang: str, deadline: float, new: bool = False):
    """Compute one turn: (what was stored, the new state, the turn, the new transcript).

    The conversation is read by one statement before the driver runs: no transaction (on
    SQLite: the write lock) is held while an action server or Rasa is called. Its version
    makes the later write a compare-and-set. `new`: the sender id was made in this request,
    so there is no row to read (a first turn saves a connection check-out and a round
    trip); the insert still fails on a duplicate."""
    stored = None if new else _read(sender)
    driver = _driver(deadline)
    # A fresh object from the row's JSON (or a new state): the driver may change it freely.
    state = (stored.tracker if stored else None) or driver.new_state(lang)
    # A new conversation starts with the greeting the citizen was shown (its starter
    # buttons then show as what the citizen chose).
    history = (
        json.loads(stored.transcript)
        if stored and stored.transcript
        else [{"from": "bot", **greeting(lang)}]
    )

    rasa_url = current_app.config.get("RASA_URL")
    if rasa_url and crisis.is_crisis(text):
        # In front of a full Rasa server the portal's crisis layer still answers first
        # (without Rasa, Driver.handle runs the same layer with its follow-ups).
        turn = driver.crisis_turn(state, lang, text)
    elif rasa_url:
        try:
            forwarder = RasaForwarder(rasa_url, deadline=deadline)
            turn = Turn(messages=forwarder.send(sender, text, lang))
        except TransportError:
            turn = driver.unavailable_turn(lang)
    else:
        # The state is plain JSON (it is stored as such): a JSON round trip copies it in a
        # fraction of copy.deepcopy's time.
        before = json.dumps(state)
        try:
            turn = driver.handle(sender, state, text, lang)
        except TransportError:
            state = json.loads(before)  # the turn did not happen: the citizen can try again
            turn = driver.unavailable_turn(lang)

    shown = _shown_text(text, history)
    if shown is not None:
        history.append({"from": "user", "text": shown})
    for message in turn.messages:
        history.append({"from": "bot", **message})
    stored_text = json.dumps(history[-MAX_TRANSCRIPT_ENTRIES:], ensure_ascii=False)
    return stored, state, turn, stored_text


def _unstored_reply(channel_sender: str | None, sender: str, lang: str):
    """Two turns kept racing: store nothing and ask the citizen to try again."""
    turn = _driver(time.monotonic()).unavailable_turn(lang)
    recipient = channel_sender if channel_sender is not None else sender
    return recipient, _outgoing(turn.messages)


def converse(text: str, lang: str, channel_sender: str | None = None) -> tuple[str, list[dict]]:
    """Answer one message of this browser's conversation, or with `channel_sender` of that
    REST-channel conversation; returns (recipient id, messages)."""
    if not isinstance(text, str) or not text.strip():
        raise EmptyMessage()
    if len(text) > MAX_MESSAGE_CHARS:
        raise MessageTooLong()
    text = redact(text.strip())  # before anything is stored, sent or logged
    # A browser without a conversation yet gets its id now: nothing stored to read.
    new = channel_sender is None and sender_id(create=False) is None
    sender = _key(channel_sender)
    # The intent classifier trains once per process (2-3 s): wait for it here, before the
    # turn's clock starts, so the first citizen's turn is not cut short by the training.
    # (A real Rasa server, RASA_URL, classifies on its own.)
    if not current_app.config.get("RASA_URL"):
        nlu.classifier()
    crisis.warm()  # the crisis rules, compiled once per process
    crisis_model.warm()  # the crisis layer's learned net runs in front of Rasa too
    # One deadline for the whole turn: every action call gets what is left of it.
    deadline = time.monotonic() + float(current_app.config.get("CHAT_TURN_SECONDS", TURN_SECONDS))
    for attempt in range(2):
        # A retry reads what the other turn stored.
        stored, state, turn, stored_text = _turn(sender, text, lang, deadline, new and attempt == 0)
        try:
            _write(sender, stored, lang, state, stored_text)
        except _Raced:
            # Another turn of this conversation (a double click, two tabs) was stored
            # while this one was computed. Run this message again on top of it, once.
            log.info("chat turn raced another turn of the same conversation; retrying")
            if attempt == 0:
                continue
            return _unstored_reply(channel_sender, sender, lang)
        break
    if turn.outcome and channel_sender is None:
        # Hand over: the application form is prefilled from this browser's answers.
        answers = {
            q: state["slots"][q] for q in QUESTION_IDS if state["slots"].get(q) not in (None, [])
        }
        visitor.save_answers(answers)
    recipient = channel_sender if channel_sender is not None else sender
    return recipient, _outgoing(turn.messages)


def warm_up() -> None:
    """Train and parse, once per process, what a first chat turn would otherwise do: the
    intent classifier, the bot's domain and rules, the situation lexicon and area model,
    the crisis net (seconds of CPU holding the GIL). portal/wsgi.py calls it before gunicorn
    forks, so the workers inherit it; the browser tests before their live servers start."""
    nlu.classifier()
    load_bot()
    understanding.warm()  # the lexicon and the learned area model
    crisis.warm()  # the rules' ~1,400 patterns, compiled on first use otherwise
    crisis_model.warm()


def greeting(lang: str) -> dict:
    """The bot's greeting, shown before the first message (not stored)."""
    return render_response(load_bot().domain, "utter_greet", {"language": lang})


def history_for_display() -> list[dict]:
    return _outgoing(transcript())


def restart() -> None:
    """Forget this browser's conversation."""
    sender = sender_id(create=False)
    if sender:
        with _autocommit() as connection:
            connection.execute(delete(_TABLE).where(_TABLE.c.sender_id == sender))
    session.pop(SESSION_KEY, None)
