"""E-mail: the receipt, and the SMTP conversation the outbox uses.

SMTP_URL = smtp://host:port or smtps://user:pass@host:port. Nothing here is called inside a
request's transaction to talk to the server: the submission writes the receipt to the
outbox (portal.services.outbox) in its own transaction, and the outbox sends it after
commit with `send`, which has short timeouts.

The receipt is written as the few facts it is made from (`receipt_payload`: address,
language, reference, dates; encrypted like every outbox message), and the outbox's sender
renders it (`receipt_message`) when it sends: rendering the template in the request cost
the submission about 1.7 ms of CPU, for a text nobody reads before it is sent.

The receipt holds the reference, the date, what happens next and how to contact us: no
health details, no CPR number, nothing the citizen wrote. Failures are logged with the
error class only (no address, no personal data).
"""

from __future__ import annotations

import json
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formatdate, make_msgid
from urllib.parse import unquote, urlsplit

from flask import current_app, render_template
from flask_babel import force_locale, format_date, format_time
from flask_babel import gettext as _

from portal.municipality import localized

# Per socket operation. Sending happens in the background, but a hanging server must not
# hold a sender (or `outbox run` under cron) for long either.
TIMEOUT_SECONDS = 5


class MailNotConfigured(RuntimeError):
    pass


def _server():
    url = urlsplit(current_app.config.get("SMTP_URL") or "")
    if url.scheme not in ("smtp", "smtps") or not url.hostname:
        raise MailNotConfigured("SMTP_URL must look like smtp://host:port")
    return url


def is_configured() -> bool:
    try:
        _server()
    except MailNotConfigured:
        return False
    return True


def sender_address() -> str:
    return current_app.config.get("SMTP_FROM") or f"noreply@{_server().hostname}"


def build_receipt(case, profile, lang: str) -> tuple[str, str]:
    """(subject, body) of the receipt e-mail, in `lang`."""
    with force_locale(lang):
        subject = _(
            "Your application has been received – reference %(reference)s", reference=case.reference
        )
        body = render_template(
            "mail/receipt.txt.html",
            case=case,
            mail_lang=lang,
            profile=profile,
            localized=localized,
            format_date=format_date,
            format_time=format_time,
        )
    return subject, body


def send(message: EmailMessage) -> None:
    url = _server()
    port = url.port or (465 if url.scheme == "smtps" else 25)
    if url.scheme == "smtps":
        smtp = smtplib.SMTP_SSL(
            url.hostname, port, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(url.hostname, port, timeout=TIMEOUT_SECONDS)
    with smtp:
        smtp.ehlo()
        if url.scheme == "smtp" and smtp.has_extn("starttls"):
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if url.username:
            smtp.login(unquote(url.username), unquote(url.password or ""))
        smtp.send_message(message)


def _new_message_id(sender: str) -> str:
    return make_msgid(domain=sender.rpartition("@")[2] or None)


def compose(to: str, subject: str, body: str, lang: str | None = None, **headers) -> EmailMessage:
    """One plain-text message from this portal (`headers`: Date, Message_ID to keep)."""
    message = EmailMessage()
    sender = sender_address()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = headers.get("Date") or formatdate(localtime=False)
    message["Message-ID"] = headers.get("Message_ID") or _new_message_id(sender)
    message.set_content(body)
    if lang:
        message["Content-Language"] = lang  # after set_content, which resets Content-*
    return message


# Marks an outbox message the sender renders itself (an RFC 5322 message never starts so).
RECEIPT_KIND = "receipt"


@dataclass(frozen=True)
class ReceiptFacts:
    """What the receipt e-mail says about the case (what `build_receipt` reads)."""

    reference: str
    received_at: datetime
    deadline_at: datetime


def receipt_payload(to: str, lang: str, facts: ReceiptFacts) -> str:
    """The receipt as its outbox row stores it: the facts, not the text. The Message-ID is
    chosen now, so every retry sends the same message."""
    return json.dumps(
        {
            "render": RECEIPT_KIND,
            "to": to,
            "lang": lang,
            "reference": facts.reference,
            "received_at": facts.received_at.isoformat(),
            "deadline_at": facts.deadline_at.isoformat(),
            "message_id": _new_message_id(sender_address()),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def is_payload(stored: str) -> bool:
    return stored.startswith("{")


def receipt_message(stored: str) -> EmailMessage:
    """The e-mail of a stored receipt payload, rendered as `build_receipt` always did (in
    the app context of the sender: the municipality's profile, the catalogues)."""
    payload = json.loads(stored)
    if payload.get("render") != RECEIPT_KIND:
        raise ValueError("not a receipt payload")
    facts = ReceiptFacts(
        payload["reference"],
        datetime.fromisoformat(payload["received_at"]),
        datetime.fromisoformat(payload["deadline_at"]),
    )
    lang = payload["lang"]
    subject, body = build_receipt(facts, current_app.extensions["municipality"], lang)
    return compose(
        payload["to"],
        subject,
        body,
        lang,
        Date=format_datetime(facts.received_at),
        Message_ID=payload["message_id"],
    )


def wants_receipt(email: str | None) -> bool:
    """True when a receipt goes out for this address (there is one, and SMTP_URL is set)."""
    return bool(email) and is_configured()
