"""The receipt by e-mail (SMTP_URL = smtp://host:port or smtps://user:pass@host:port).

The e-mail holds the reference, the date, what happens next and how to contact us: no
health details, no CPR number, nothing the citizen wrote. Sending happens after the case
is committed, so a failing mail server never loses an application; failures are logged
with the error class only (no address, no personal data).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import unquote, urlsplit

from flask import current_app, render_template
from flask_babel import force_locale, format_date, format_time
from flask_babel import gettext as _

from portal.municipality import localized

log = logging.getLogger("portal.mail")
TIMEOUT_SECONDS = 10


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


def build_receipt(case, profile, lang: str) -> EmailMessage:
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
    message = EmailMessage()
    sender = current_app.config.get("SMTP_FROM") or f"noreply@{_server().hostname}"
    message["From"] = sender
    message["To"] = case.email
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(body)
    message["Content-Language"] = lang  # after set_content, which resets Content-* headers
    return message


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


def send_receipt(case, profile, lang: str) -> bool | None:
    """E-mail the receipt. True = sent, False = failed (logged), None = nothing to send
    (no e-mail address given, or SMTP_URL not set)."""
    if not case.email or not is_configured():
        return None
    try:
        send(build_receipt(case, profile, lang))
    except (OSError, smtplib.SMTPException) as exc:
        # The error class and the case id only: addresses and texts are personal data.
        log.warning("receipt e-mail for case %s failed: %s", case.id, type(exc).__name__)
        return False
    log.info("receipt e-mail for case %s sent", case.id)
    return True
