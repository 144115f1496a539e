"""Save and resume without an account (issue 13 item 3).

A visitor's unfinished answers and application draft are copied into a `ResumeDraft` and
found again with a short resume code, on any device.

The code: 12 characters from a 30-letter alphabet without look-alikes (no 0/O, 1/I/L, U),
shown as three groups of four, e.g. "K7QM-2XTR-9FHW". 30^12 = 5.3 * 10^17 codes, about
58.9 bits, drawn with `secrets`. Guessing is rate-limited per IP address (RESUME_LIMIT in
portal/citizen/resume.py: 10 tries a minute, 50 a day); with 10,000 live codes one guess
hits with a chance of about 2 * 10^-14, so 50 guesses a day from each of 10,000 addresses
for a whole year would hit with a chance of about 3 * 10^-6.

The database never holds the code: only a keyed HMAC-SHA256 of it (the blind-index key,
derived from PORTAL_DATA_KEY, under its own "resume" kind), so a copy of the database
cannot be searched for codes offline. Answers and draft are encrypted (EncryptedJSON,
EncryptedText). A code works once: using it moves the answers to the new browser's visitor
state and empties the saved copy; the row stays (without content) until it expires, so a
second use is told "already used" rather than "unknown". Nothing personal is logged.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import format_date
from flask_babel import gettext as _
from sqlalchemy import delete, select

from portal.blind_index import index_keys, token, tokens_for_all_keys
from portal.extensions import db
from portal.models import ResumeDraft, utcnow
from portal.services import outbox, visitor

log = logging.getLogger("portal.services.resume")

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 3
GROUP_LENGTH = 4
CODE_LENGTH = GROUPS * GROUP_LENGTH
# Where a resumed visitor may be sent back to: the questionnaire and the application only.
RETURN_PATH = re.compile(r"^/(check|apply)(/[a-z_-]+){0,2}$")


class ResumeError(Exception):
    """A code that cannot be used; `reason` is one of the REASONS below."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


REASONS = ("format", "unknown", "used", "expired", "nothing")


@dataclass(frozen=True)
class Saved:
    code: str  # formatted, e.g. "K7QM-2XTR-9FHW"
    expires_at: datetime


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_LENGTH] for i in range(0, CODE_LENGTH, GROUP_LENGTH))


def normalise(typed: str) -> str | None:
    """The 12 code letters of what was typed (spaces, dashes and case ignored), or None."""
    raw = re.sub(r"[\s\-–—.]", "", typed or "").upper()
    if len(raw) != CODE_LENGTH or any(ch not in ALPHABET for ch in raw):
        return None
    return raw


def safe_return(path: str | None) -> str | None:
    return path if path and RETURN_PATH.match(path) else None


def has_something_to_save() -> bool:
    return bool(visitor.get_answers() or visitor.get_draft())


def save_current(
    days: int,
    return_to: str | None,
    email: str | None = None,
    resume_url: str = "",
    lang: str | None = None,
) -> Saved:
    """Copy this visitor's answers and draft into a new ResumeDraft; return its code. With
    an e-mail address, the code and the link go out through the outbox in the same
    transaction (the address is kept only in the encrypted outbox message)."""
    answers = visitor.get_answers()
    draft = visitor.get_draft()
    if not answers and not draft:
        raise ResumeError("nothing")
    code = new_code()
    now = utcnow()
    expires_at = now + timedelta(days=days)
    db.session.add(
        ResumeDraft(
            code_hash=token(index_keys()[0], "resume", normalise(code)),
            answers=answers,
            draft=json.dumps(draft, ensure_ascii=False) if draft else None,
            return_to=safe_return(return_to),
            created_at=now,
            expires_at=expires_at,
        )
    )
    if email:
        outbox.enqueue(
            email,
            _("Your code to continue"),
            _mail_body(code, expires_at, resume_url),
            kind="resume",
            lang=lang,
        )
    db.session.commit()
    log.info("resume code saved")
    return Saved(code=code, expires_at=expires_at)


def _mail_body(code: str, expires_at: datetime, resume_url: str) -> str:
    return "\n\n".join(
        [
            _("You saved your answers. Here is your code to continue: %(code)s", code=code),
            _("Go to %(url)s and type the code.", url=resume_url),
            _(
                "The code works once. It works until %(date)s.",
                date=format_date(expires_at, "long"),
            ),
            _("Did you not ask for this? Then you do not need to do anything."),
        ]
    )


def resume(typed: str, now: datetime | None = None) -> str | None:
    """Restore the saved answers and draft into this browser's visitor state; mark the code
    used. Returns the step to continue at (or None). Raises ResumeError."""
    raw = normalise(typed)
    if raw is None:
        raise ResumeError("format")
    now = now or utcnow()
    saved = db.session.scalars(
        select(ResumeDraft)
        .where(ResumeDraft.code_hash.in_(tokens_for_all_keys("resume", raw)))
        .with_for_update()
    ).first()
    if saved is None:
        raise ResumeError("unknown")
    if saved.expires_at <= now:
        raise ResumeError("expired")
    if saved.used_at is not None:
        raise ResumeError("used")
    answers = dict(saved.answers or {})
    draft = json.loads(saved.draft) if saved.draft else {}
    # Used once: the copy is emptied in the same transaction as it is restored.
    saved.used_at = now
    saved.answers = None
    saved.draft = None
    return_to = saved.return_to
    visitor.leave()
    visitor.save_answers(answers)  # into this browser's session
    if draft:
        visitor.save_draft(draft)  # commits, with the used mark
    else:
        db.session.commit()
    log.info("resume code used")
    return return_to


def purge_expired(now: datetime | None = None) -> int:
    """Delete saved drafts past their expiry (retention); returns how many."""
    result = db.session.execute(
        delete(ResumeDraft).where(ResumeDraft.expires_at <= (now or utcnow()))
    )
    db.session.commit()
    return result.rowcount or 0
