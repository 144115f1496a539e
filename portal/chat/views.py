"""Chat views: the no-JavaScript page (a form post per turn) and the Rasa REST-channel
webhook the widget (and, with a token, another front end) uses. Thin: parse, call
portal.chat.service, render."""

import hmac
import re
from urllib.parse import urlsplit

from flask import current_app, jsonify, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address

from portal.chat import bp, phones, service
from portal.extensions import csrf, limiter
from portal.i18n import current_lang
from portal.textcat import N_

CHAT_LIMIT = "30/minute;300/hour"
# The REST channel as a whole (one front end talking for many citizens); each of its
# senders also has CHAT_LIMIT, as a browser has.
CHANNEL_LIMIT = "600/minute"
LANGS = ("da", "en")
# What a REST-channel client may use as `sender`: ids, UUIDs, e-mail- or phone-like ids.
CHANNEL_SENDER = re.compile(r"[A-Za-z0-9_.:@+=-]{1,128}")

# Phone numbers in the bot's answers become tap-to-call links on the chat page.
bp.add_app_template_filter(phones.tel_links, "tel_links")


def _last_buttons(history: list[dict]) -> list[dict]:
    """The buttons of the bot's latest answer (older buttons no longer apply)."""
    buttons = []
    for entry in reversed(history):
        if entry.get("from") == "user":
            break
        buttons = (entry.get("buttons") or []) + buttons
    return buttons


def _page(error=None, value="", status=200):
    history = service.history_for_display()
    greeting = None if history else {"from": "bot", **service.greeting(current_lang())}
    return (
        render_template(
            "chat/page.html",
            history=history,
            greeting=greeting,
            buttons=_last_buttons(history or [greeting]),
            error=error,
            value=value,
            max_chars=service.MAX_MESSAGE_CHARS,
        ),
        status,
    )


@bp.get("")
def page():
    return _page()


@bp.post("")
@limiter.limit(CHAT_LIMIT)
def send():
    text = request.form.get("payload") or request.form.get("message", "")
    try:
        service.converse(text, current_lang())
    except service.EmptyMessage:
        return _page(error=N_("Write a message, or choose one of the buttons."), status=400)
    except service.MessageTooLong:
        return _page(
            error=N_("Your message is too long. Write at most 1000 characters."),
            value=text,
            status=400,
        )
    return redirect(url_for("chat.page", _anchor="chat-latest"), code=303)


@bp.post("/restart")
def restart():
    service.restart()
    return redirect(url_for("chat.page"), code=303)


def _private(response):
    # A conversation may hold personal data: never in a shared or browser cache.
    response.headers["Cache-Control"] = "no-store"
    return response


def _json_error(status: int, message: str):
    return jsonify({"error": message}), status


def _cross_origin() -> bool:
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in {"same-origin", "none"}:
        return True
    origin = request.headers.get("Origin")
    if origin:
        ours = urlsplit(request.host_url)
        theirs = urlsplit(origin)
        return (theirs.scheme, theirs.netloc) != (ours.scheme, ours.netloc)
    return False


def _bearer_token() -> str | None:
    """The token of an `Authorization: Bearer` header, else None. Browsers send no such
    header; another scheme is for the web server in front of us (Basic auth on a test
    site), so those stay browser requests."""
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _channel_request() -> bool:
    return _bearer_token() is not None


def _channel_authorised() -> bool:
    configured = current_app.config.get("CHAT_CHANNEL_TOKEN") or ""
    token = _bearer_token()
    if not configured or token is None:
        return False
    # Constant time: the comparison must not tell how much of a guess was right.
    return hmac.compare_digest(token.encode(), configured.encode())


def _channel_refusal():
    """None when the REST channel may go on, else the 401 answer saying why."""
    if not current_app.config.get("CHAT_CHANNEL_TOKEN"):
        error = "the REST channel is off on this server: CHAT_CHANNEL_TOKEN is not set"
    elif not _channel_authorised():
        error = "wrong token: send Authorization: Bearer <CHAT_CHANNEL_TOKEN>"
    else:
        return None
    response, status = _json_error(401, error)
    response.headers["WWW-Authenticate"] = 'Bearer realm="chat"'
    return response, status


def _rate_key() -> str:
    """A browser is limited by its address; a REST-channel sender (one citizen behind
    another front end) by its sender id, so one front end's citizens do not share one
    limit. Requests with a wrong token count against their address."""
    if _channel_request() and _channel_authorised():
        body = request.get_json(silent=True)
        sender = body.get("sender") if isinstance(body, dict) else None
        if isinstance(sender, str) and CHANNEL_SENDER.fullmatch(sender):
            return "chat-sender:" + service.channel_key(sender)
    return get_remote_address()


def _not_channel() -> bool:
    return not (_channel_request() and _channel_authorised())


@bp.post("/webhook")
@csrf.exempt
@limiter.limit(CHAT_LIMIT, key_func=_rate_key)
@limiter.limit(CHANNEL_LIMIT, key_func=lambda: "chat-channel", exempt_when=_not_channel)
def webhook():
    """Rasa REST channel: {"sender", "message", "metadata"?: {"lang"}} -> [messages].

    From a browser (no `Authorization: Bearer` header) the conversation is the one of this
    browser session, whatever `sender` says. CSRF-safe without a token: a JSON content type cannot
    be sent cross-site without a CORS preflight we never grant, and a cross-site Origin or
    Sec-Fetch-Site is refused.

    With `Authorization: Bearer <CHAT_CHANNEL_TOKEN>` (another front end, a test harness)
    the conversation is keyed by `sender`, as Rasa's REST channel does, and no cookie is
    read or set. The token is the protection there, so the browser checks do not apply.
    """
    channel = _channel_request()
    if channel:
        refusal = _channel_refusal()
        if refusal is not None:
            return refusal
    if request.mimetype != "application/json":
        return _json_error(415, "send JSON (Content-Type: application/json)")
    if not channel and _cross_origin():
        return _json_error(403, "cross-origin requests are not accepted")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _json_error(400, "the body must be a JSON object")
    message, sender = body.get("message"), body.get("sender")
    if not isinstance(message, str) or not isinstance(sender, str) or len(sender) > 128:
        return _json_error(400, "'sender' and 'message' must be strings")
    if channel and not CHANNEL_SENDER.fullmatch(sender):
        return _json_error(
            400, "'sender' must be 1 to 128 characters: letters, digits and . _ - : @ + ="
        )
    channel_sender = sender if channel else None
    metadata = body.get("metadata") or {}
    lang = metadata.get("lang") if isinstance(metadata, dict) else None
    if lang not in LANGS:
        lang = service.conversation_lang(channel_sender) or current_lang()
    try:
        recipient, messages = service.converse(message, lang, channel_sender)
    except service.EmptyMessage:
        return _json_error(400, "'message' is empty")
    except service.MessageTooLong:
        return _json_error(413, f"'message' is longer than {service.MAX_MESSAGE_CHARS} characters")
    return _private(jsonify([{"recipient_id": recipient, **m} for m in messages]))


@bp.get("/history")
def history():
    """This browser's conversation so far, for the widget (same session only); before the
    first message, the greeting with its starter buttons, as the chat page shows it."""
    history = service.history_for_display()
    if not history:
        history = [{"from": "bot", **service.greeting(current_lang())}]
    return _private(jsonify(history))
