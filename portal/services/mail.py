"""E-mail: the receipt, and the SMTP conversation the outbox uses.

SMTP_URL = smtp://host:port or smtps://user:pass@host:port. Nothing here is called inside a
request's transaction to talk to the server: `queue_receipt` writes the receipt to the
outbox (portal.services.outbox) in the submission's own transaction, and the outbox sends
it after commit with `send`, which has short timeouts.

The receipt holds the reference, the date, what happens next and how to contact us: no
health details, no CPR number, nothing the citizen wrote. Failures are logged with the
error class only (no address, no personal data).
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
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


def queue_receipt(case, profile, lang: str) -> bool:
    """Put the receipt in the outbox, in the caller's transaction (the caller commits).
    True = queued; False = nothing to send (no e-mail address, or SMTP_URL not set)."""
    from portal.services import outbox

    if not case.email or not is_configured():
        return False
    subject, body = build_receipt(case, profile, lang)
    row = outbox.enqueue(case.email, subject, body, kind="receipt", case_id=case.id, lang=lang)
    return row is not None
