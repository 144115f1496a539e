"""The user survey (seed 000 § 12 "Brugerundersøgelse? Ja"; issue 13 item 2).

Two moments: on the receipt (about applying) and after the course ends (a single-use link
in the closing letter, made by `survey_link`). A few closed questions and an optional
comment. Switched per profile (`user_survey`; Hedensted's seed names no survey: off).

Anonymous by construction: a response row holds the answer codes, the encrypted comment,
which moment it was (`channel`) and the day, nothing else: no case id, no visitor id, no
time of day (which could be matched with a case's received time). A course link is a
random token of which only a SHA-256 is stored, with no case id either; using it marks it
used, in the same transaction as the response is stored, so it works once.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import SurveyInvite, SurveyResponse, utcnow
from portal.services.cases import local_today

CHANNELS = ("receipt", "course")
COMMENT_MAX = 1000
# A course link works for this long after the closing letter.
INVITE_DAYS = 90


@dataclass(frozen=True)
class Question:
    id: str
    text: object  # lazy text
    options: tuple[tuple[str, object], ...]


EASE = Question(
    "ease",
    _l("How easy was it to apply?"),
    (
        ("very_easy", _l("Very easy")),
        ("easy", _l("Easy")),
        ("hard", _l("Hard")),
        ("very_hard", _l("Very hard")),
    ),
)
UNDERSTOOD = Question(
    "understood",
    _l("Do you know what happens now?"),
    (("yes", _l("Yes")), ("partly", _l("Partly")), ("no", _l("No"))),
)
HELPED = Question(
    "helped",
    _l("Did the support help you?"),
    (("yes", _l("Yes")), ("partly", _l("Partly")), ("no", _l("No"))),
)
UNDERSTOOD_COURSE = Question(
    "understood",
    _l("Did you know what was going to happen along the way?"),
    (("yes", _l("Yes")), ("partly", _l("Partly")), ("no", _l("No"))),
)
QUESTIONS = {"receipt": (EASE, UNDERSTOOD), "course": (HELPED, UNDERSTOOD_COURSE)}


class SurveyError(Exception):
    """A course link that cannot be used: `reason` is unknown, used or expired."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def enabled() -> bool:
    return bool(current_app.extensions["municipality"]["user_survey"])


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def survey_link(case) -> str:
    """A single-use link to the course survey, for the closing letter (portal.services.
    letters). Adds the invite to the caller's transaction; stores nothing about `case`.
    Empty when the profile has no survey."""
    if not enabled():
        return ""
    token = secrets.token_urlsafe(16)  # 128 bits
    db.session.add(
        SurveyInvite(token_hash=_hash(token), expires_at=utcnow() + timedelta(days=INVITE_DAYS))
    )
    # The configured public address (as staff set-up links): a letter may be made outside a
    # request, e.g. by a command.
    base = current_app.config.get("PORTAL_BASE_URL", "").rstrip("/")
    return f"{base}/survey/{token}"


def check_invite(token: str, now: datetime | None = None) -> SurveyInvite:
    invite = db.session.scalars(
        select(SurveyInvite).where(SurveyInvite.token_hash == _hash(token or ""))
    ).first()
    if invite is None:
        raise SurveyError("unknown")
    if invite.used_at is not None:
        raise SurveyError("used")
    if invite.expires_at <= (now or utcnow()):
        raise SurveyError("expired")
    return invite


def validate(channel: str, form: dict) -> tuple[dict, list[tuple[str, str]]]:
    """The answer codes and comment from `form`, and (field, msgid) errors."""
    answers, errors = {}, []
    for q in QUESTIONS[channel]:
        value = form.get(q.id) or ""
        if value not in {code for code, _label in q.options}:
            errors.append((q.id, "choose"))
        answers[q.id] = value
    comment = (form.get("comment") or "").strip()
    if len(comment) > COMMENT_MAX:
        errors.append(("comment", "too_long"))
    answers["comment"] = comment
    return answers, errors


def record(channel: str, answers: dict, token: str | None = None) -> None:
    """Store one anonymous response; for the course survey, use up the link at once."""
    if channel == "course":
        invite = check_invite(token or "")
        invite.used_at = utcnow()
    db.session.add(
        SurveyResponse(
            channel=channel,
            ease=answers.get("ease") or None,
            understood=answers.get("understood") or None,
            helped=answers.get("helped") or None,
            comment=answers.get("comment") or None,
            answered_on=local_today(),
        )
    )
    db.session.commit()


@dataclass
class Aggregates:
    """Counts per moment, question and answer, for the staff statistics."""

    responses: dict[str, int] = field(default_factory=dict)
    counts: dict[str, dict[str, Counter]] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)  # the latest, newest first


def aggregates(latest_comments: int = 10) -> Aggregates:
    result = Aggregates()
    for channel in CHANNELS:
        result.responses[channel] = 0
        result.counts[channel] = {q.id: Counter() for q in QUESTIONS[channel]}
    rows = db.session.execute(
        select(
            SurveyResponse.channel,
            SurveyResponse.ease,
            SurveyResponse.understood,
            SurveyResponse.helped,
            func.count(),
        ).group_by(
            SurveyResponse.channel,
            SurveyResponse.ease,
            SurveyResponse.understood,
            SurveyResponse.helped,
        )
    ).all()
    for channel, ease, understood, helped, count in rows:
        if channel not in result.counts:
            continue
        result.responses[channel] += count
        values = {"ease": ease, "understood": understood, "helped": helped}
        for qid, counter in result.counts[channel].items():
            if values[qid]:
                counter[values[qid]] += count
    result.comments = list(
        db.session.scalars(
            select(SurveyResponse.comment)
            .where(SurveyResponse.comment.is_not(None))
            .order_by(SurveyResponse.id.desc())
            .limit(latest_comments)
        )
    )
    return result


def table_rows(result: Aggregates) -> list[dict]:
    """One row per moment, question and answer (what the staff template lists)."""
    rows = []
    for channel in CHANNELS:
        for q in QUESTIONS[channel]:
            for code, label in q.options:
                rows.append(
                    {
                        "channel": channel,
                        "question": q.text,
                        "answer": label,
                        "count": result.counts[channel][q.id][code],
                    }
                )
    return rows
