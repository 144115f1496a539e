"""Chat views: the no-JavaScript page (a form post per turn) and the Rasa REST-channel
webhook the widget uses. Thin: parse, call portal.chat.service, render."""

from urllib.parse import urlsplit

from flask import jsonify, redirect, render_template, request, url_for

from portal.chat import bp, service
from portal.extensions import csrf, limiter
from portal.i18n import current_lang
from portal.textcat import N_

CHAT_LIMIT = "30/minute;300/hour"
LANGS = ("da", "en")


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


@bp.post("/webhook")
@csrf.exempt
@limiter.limit(CHAT_LIMIT)
def webhook():
    """Rasa REST channel: {"sender", "message", "metadata"?: {"lang"}} -> [messages].

    CSRF-safe without a token: a JSON content type cannot be sent cross-site without a
    CORS preflight we never grant, and a cross-site Origin or Sec-Fetch-Site is refused.
    The conversation is the one of this browser session, whatever `sender` says.
    """
    if request.mimetype != "application/json":
        return _json_error(415, "send JSON (Content-Type: application/json)")
    if _cross_origin():
        return _json_error(403, "cross-origin requests are not accepted")
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _json_error(400, "the body must be a JSON object")
    message, sender = body.get("message"), body.get("sender")
    if not isinstance(message, str) or not isinstance(sender, str) or len(sender) > 128:
        return _json_error(400, "'sender' and 'message' must be strings")
    metadata = body.get("metadata") or {}
    lang = metadata.get("lang") if isinstance(metadata, dict) else None
    if lang not in LANGS:
        lang = service.conversation_lang() or current_lang()
    try:
        recipient, messages = service.converse(message, lang)
    except service.EmptyMessage:
        return _json_error(400, "'message' is empty")
    except service.MessageTooLong:
        return _json_error(413, f"'message' is longer than {service.MAX_MESSAGE_CHARS} characters")
    return _private(jsonify([{"recipient_id": recipient, **m} for m in messages]))


@bp.get("/history")
def history():
    """This browser's conversation so far, for the widget (same session only)."""
    return _private(jsonify(service.history_for_display()))
