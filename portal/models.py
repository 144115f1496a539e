"""Database models (SQLAlchemy 2.0). Business rules live in portal/services, not here."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from portal.crypto import EncryptedJSON, EncryptedText
from portal.extensions import db


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on SQLite as well as PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class VisitorState(db.Model):
    """The application draft of one anonymous visitor (portal/services/visitor.py).

    The visitor's browser holds the random id in the signed session cookie (and the
    screening answers, sealed, beside it). The draft may hold a CPR number, so it is
    encrypted.
    """

    __tablename__ = "visitor_state"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    draft: Mapped[str | None] = mapped_column(EncryptedText)  # JSON text, encrypted
    submitted_reference: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class StaffUser(db.Model):
    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # caseworker | lead | admin
    # None until the user chooses one through a set-up link (admin-made users, resets).
    password_hash: Mapped[str | None] = mapped_column(String(255))
    totp_secret: Mapped[str | None] = mapped_column(EncryptedText)
    totp_last_step: Mapped[int | None] = mapped_column(Integer)  # a code works only once
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The one-time set-up link: only a SHA-256 of its token is stored (services/enrolment).
    enrol_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    enrol_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Part of every trusted-device cookie: bumped by a reset, so old devices lose trust.
    device_generation: Mapped[int] = mapped_column(Integer, default=0)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The one valid login session, checked on every request: logout, deactivation or a
    # role change clears it, so a copied session cookie stops working at once.
    session_token: Mapped[str | None] = mapped_column(String(64))
    session_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # 12 h cap
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    @property
    def label(self) -> str:
        """How staff pages name this user."""
        return self.display_name or self.email


class LoginThrottle(db.Model):
    """Failed logins per source (IP), account or trusted device, and when the next attempt
    is allowed (services/throttle.py). In the database so every worker sees the same."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    next_allowed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Case(db.Model):
    """One application in the visitation queue."""

    __tablename__ = "case"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(32), unique=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    municipality: Mapped[str] = mapped_column(String(40))
    lang: Mapped[str] = mapped_column(String(2), default="da")
    status: Mapped[str] = mapped_column(String(30), default="received", index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    deadline_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # Screening, stored as codes so any language can render them. Answers and offers are
    # encrypted (they name the areas of life and health the citizen struggles with). The
    # outcome stays plain: one of six routing codes computed by the portal, naming no area,
    # condition or text; the queue filter, the statistics and the submission's audit entry
    # use it, and it says no more than that the citizen applied for this offer at all.
    screening_answers: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)
    screening_outcome: Mapped[str | None] = mapped_column(String(30))
    screening_offers: Mapped[list] = mapped_column(EncryptedJSON, default=list)
    # The citizen: encrypted; found through the blind index (SearchToken), never by SQL.
    name: Mapped[str] = mapped_column(EncryptedText)
    cpr: Mapped[str | None] = mapped_column(EncryptedText)
    phone: Mapped[str | None] = mapped_column(EncryptedText)
    email: Mapped[str | None] = mapped_column(EncryptedText)
    contact_channel: Mapped[str | None] = mapped_column(String(20))  # virtual|phone|in_person
    contact_times: Mapped[str | None] = mapped_column(EncryptedText)
    may_leave_message: Mapped[bool] = mapped_column(Boolean, default=False)
    may_say_who_calls: Mapped[bool] = mapped_column(Boolean, default=False)
    # The application's answers (codes), encrypted like the screening's.
    format_wish: Mapped[str | None] = mapped_column(EncryptedText)  # group|individual|both|...
    areas: Mapped[list] = mapped_column(EncryptedJSON, default=list)
    impact: Mapped[str | None] = mapped_column(EncryptedText)
    existing_support: Mapped[list] = mapped_column(EncryptedJSON, default=list)
    description: Mapped[str | None] = mapped_column(EncryptedText)  # what is hard
    goals: Mapped[str | None] = mapped_column(EncryptedText)  # what they would like to do
    adaptation: Mapped[str | None] = mapped_column(EncryptedText)  # interpreter, other needs
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Handling.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    # Plain: the staff's decision, an offer code from the catalogue (no answer, no text);
    # the statistics count referrals by offer.
    referred_offer: Mapped[str | None] = mapped_column(String(40))
    decision_reason: Mapped[str | None] = mapped_column(EncryptedText)
    first_action_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    start_date: Mapped[date | None] = mapped_column(Date)
    evaluation_due: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retention_until: Mapped[date | None] = mapped_column(Date, index=True)
    # The workflow's clocks and the course (services/cases.py, services/deadlines.py).
    first_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    planning_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    course_started_on: Mapped[date | None] = mapped_column(Date)
    evaluated_on: Mapped[date | None] = mapped_column(Date)
    # Optimistic locking: every staff form sends the version it was rendered from; a change
    # made meanwhile by a colleague makes the form stale instead of being overwritten
    # (services/cases.py::_claim bumps it with a compare-and-set).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    assignee: Mapped[StaffUser | None] = relationship()
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", order_by="CaseEvent.id", cascade="all, delete-orphan"
    )
    # Kept in step with the case by portal/blind_index.py on every flush.
    search_tokens: Mapped[list[SearchToken]] = relationship(cascade="all, delete-orphan")


class SearchToken(db.Model):
    """The blind index (portal/blind_index.py): keyed HMACs of a case's normalised name
    parts, e-mail, phone, CPR and filter codes. A token cannot be turned back into the value
    without the key; equal values give equal tokens, which is what search needs."""

    __tablename__ = "search_token"
    __table_args__ = (Index("ix_search_token_kind_token", "kind", "token"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # name|email|phone|cpr|area|format
    token: Mapped[str] = mapped_column(String(64))


class CaseEvent(db.Model):
    """Append-only history of a case: status changes, assignments, notes."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    kind: Mapped[str] = mapped_column(String(20))  # received|status|assign|note|referral
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str | None] = mapped_column(String(30))
    text: Mapped[str | None] = mapped_column(EncryptedText)
    # Codes and dates of the step (offer, contact kind, evaluation result): encrypted too.
    data: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)

    case: Mapped[Case] = relationship(back_populates="events")
    actor: Mapped[StaffUser | None] = relationship()


class AuditEntry(db.Model):
    """Who did or saw what, when. Holds ids and action names, never personal data."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    action: Mapped[str] = mapped_column(String(40), index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)  # kept after purge
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    ip: Mapped[str | None] = mapped_column(String(64))


class PurgedCase(db.Model):
    """The minimal record kept of a case deleted by the retention rules."""

    __tablename__ = "purged_case"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    final_status: Mapped[str] = mapped_column(String(30))
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ChatConversation(db.Model):
    """The server-side tracker of one chat conversation (DESIGN.md § 8)."""

    __tablename__ = "chat_conversation"

    sender_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    lang: Mapped[str] = mapped_column(String(2), default="da")
    # Slots hold the screening answers as codes: health data, so encrypted.
    tracker: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)
    transcript: Mapped[str | None] = mapped_column(EncryptedText)  # redacted turns, JSON
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Compare-and-set: a turn is computed outside any transaction, so two turns of one
    # conversation at once must not overwrite each other (the later write is refused).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class OutboxMessage(db.Model):
    """An e-mail waiting to be sent (DESIGN.md § 4 "e-mail"): written in the request's own
    transaction, sent after commit by portal.services.outbox. The message (address, text)
    is personal data: encrypted, and deleted soon after it is sent."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))  # receipt | letter | ...
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    message: Mapped[str] = mapped_column(EncryptedText)  # the whole RFC 5322 message
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(80))  # error class name only
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ResumeDraft(db.Model):
    """A saved, unfinished questionnaire and application (portal/services/resume.py).

    Found by a keyed hash of its resume code (the code itself is never stored); the answers
    and draft are encrypted and dropped once the code is used. Kept until `expires_at`.
    """

    __tablename__ = "resume_draft"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    answers: Mapped[dict | None] = mapped_column(EncryptedJSON)
    draft: Mapped[str | None] = mapped_column(EncryptedText)  # JSON text, encrypted
    return_to: Mapped[str | None] = mapped_column(String(200))  # the step to continue at
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SurveyInvite(db.Model):
    """A single-use survey link (closing letter). Anonymous: no case id is kept, only a
    SHA-256 of the link's token."""

    __tablename__ = "survey_invite"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SurveyResponse(db.Model):
    """One anonymous answer to the user survey (seed 000 § 12). No case or visitor id; the
    day only, not the time, so an answer cannot be matched to a submission's timestamp."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(10), index=True)  # receipt | course
    ease: Mapped[str | None] = mapped_column(String(20))  # answer codes, see services/survey
    understood: Mapped[str | None] = mapped_column(String(20))
    helped: Mapped[str | None] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(EncryptedText)  # free text may name people
    answered_on: Mapped[date] = mapped_column(Date, index=True)


__all__ = [
    "AuditEntry",
    "Case",
    "CaseEvent",
    "ChatConversation",
    "LoginThrottle",
    "OutboxMessage",
    "PurgedCase",
    "ResumeDraft",
    "SearchToken",
    "StaffUser",
    "SurveyInvite",
    "SurveyResponse",
    "VisitorState",
    "utcnow",
    "Text",
]
