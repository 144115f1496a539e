"""Logging that never carries personal data: CPR-like numbers and e-mails are masked."""

import logging
import re

CPR_LIKE = re.compile(r"(?<!\d)\d{6}[-\s]?\d{4}(?!\d)")
EMAIL_LIKE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def redact(text: str) -> str:
    return EMAIL_LIKE.sub("[email]", CPR_LIKE.sub("[cpr]", text))


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info:
            # Exception messages may echo input; keep the traceback, mask the data.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def init_app(app) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("portal")
    if not any(isinstance(f, RedactingFilter) for h in root.handlers for f in h.filters):
        root.addHandler(handler)
    root.setLevel(app.config.get("LOG_LEVEL", "INFO"))
    app.logger.handlers[:] = [handler]
    for name in ("werkzeug", "gunicorn.error", "gunicorn.access"):
        logging.getLogger(name).addFilter(RedactingFilter())
