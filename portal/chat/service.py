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
import copy
import hashlib
import hmac
import json
import logging
import os
import secrets
import time

from flask import current_app, session, url_for
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.routing import BuildError

from bot.actions import facts
from portal.chat import bp, crisis, crisis_model, nlu
from portal.chat.driver import Driver, TransportError, Turn, load_bot, render_response
from portal.chat.transports import RasaForwarder, make_transport
from portal.extensions import db
from portal.logs import redact
from portal.models import ChatConversation, utcnow
from portal.screening import QUESTION_IDS
from portal.screening.understanding import lexicon
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


def _load(sender: str) -> ChatConversation | None:
    return db.session.get(ChatConversation, sender)


def conversation_lang(channel_sender: str | None = None) -> str | None:
    """The language this conversation was last held in, if any."""
    sender = _key(channel_sender, create=False)
    conversation = _load(sender) if sender else None
    return conversation.lang if conversation else None


def transcript() -> list[dict]:
    """This browser's conversation so far (redacted), oldest first."""
    sender = sender_id(create=False)
    conversation = _load(sender) if sender else None
    if conversation is None or not conversation.transcript:
        return []
    return json.loads(conversation.transcript)


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
    out = []
    for message in messages:
        message = copy.deepcopy(message)
        link = (message.get("custom") or {}).get("link")
        if isinstance(link, dict) and "target" in link:
            link["href"] = link_href(link["target"])
        out.append(message)
    return out


def _turn(sender: str, text: str, lang: str, deadline: float, new: bool = False):
    """Compute one turn and put its result in the session, uncommitted.

    The conversation is read in a short transaction that ends before the driver runs: no
    transaction (on SQLite: the write lock) is held while an action server or Rasa is
    called. The row's version makes the later write a compare-and-set. `new`: the sender
    id was made in this request, so there is no row to read (a first turn saves a
    connection check-out and three round trips); the insert still fails on a duplicate."""
    conversation = None
    if not new:
        conversation = db.session.get(ChatConversation, sender, populate_existing=True)
        db.session.commit()
    driver = _driver(deadline)
    if conversation is None:
        conversation = ChatConversation(sender_id=sender, lang=lang, tracker=driver.new_state(lang))
    state = copy.deepcopy(conversation.tracker) or driver.new_state(lang)
    # A new conversation starts with the greeting the citizen was shown (its starter
    # buttons then show as what the citizen chose).
    history = (
        json.loads(conversation.transcript)
        if conversation.transcript
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
        before = copy.deepcopy(state)
        try:
            turn = driver.handle(sender, state, text, lang)
        except TransportError:
            state = before  # the turn did not happen: the citizen can simply try again
            turn = driver.unavailable_turn(lang)

    shown = _shown_text(text, history)
    if shown is not None:
        history.append({"from": "user", "text": shown})
    for message in turn.messages:
        history.append({"from": "bot", **message})
    conversation.tracker = state
    conversation.transcript = json.dumps(history[-MAX_TRANSCRIPT_ENTRIES:], ensure_ascii=False)
    conversation.lang = lang
    conversation.updated_at = utcnow()
    db.session.add(conversation)
    return conversation, state, turn


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
    crisis_model.warm()  # the crisis layer's learned net runs in front of Rasa too
    # One deadline for the whole turn: every action call gets what is left of it.
    deadline = time.monotonic() + float(current_app.config.get("CHAT_TURN_SECONDS", TURN_SECONDS))
    for attempt in range(2):
        # A retry reads what the other turn stored.
        conversation, state, turn = _turn(sender, text, lang, deadline, new and attempt == 0)
        try:
            db.session.commit()  # short: the turn was computed before it began
        except (StaleDataError, IntegrityError):
            # Another turn of this conversation (a double click, two tabs) was stored
            # while this one was computed. Run this message again on top of it, once.
            db.session.rollback()
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
    intent classifier, the bot's domain and rules, the situation lexicon and the crisis net
    (seconds of CPU holding the GIL). portal/wsgi.py calls it before gunicorn forks, so the
    workers inherit it; the browser tests before their live servers start."""
    nlu.classifier()
    load_bot()
    lexicon()
    crisis_model.warm()


def greeting(lang: str) -> dict:
    """The bot's greeting, shown before the first message (not stored)."""
    return render_response(load_bot().domain, "utter_greet", {"language": lang})


def history_for_display() -> list[dict]:
    return _outgoing(transcript())


def restart() -> None:
    """Forget this browser's conversation."""
    sender = sender_id(create=False)
    conversation = _load(sender) if sender else None
    if conversation is not None:
        db.session.delete(conversation)
        db.session.commit()
    session.pop(SESSION_KEY, None)
