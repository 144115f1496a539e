"""The e-mail outbox (DESIGN.md § 4 "e-mail"): nothing slow inside a request.

A request that wants to send e-mail calls `enqueue(...)`, which only adds an
OutboxMessage row to `db.session`; the caller commits it with the rest of its work, so
the e-mail exists exactly when the case (or letter) does. After the commit a background
sender in the portal process is woken and sends it within seconds;
`flask --app wsgi outbox run` sends what is due from cron or a separate worker.

Several workers and instances may send at once: a row is claimed with one conditional
UPDATE (status and locked_until) that only one of them can win, and the SMTP call happens
outside any transaction. A sender that dies mid-way leaves a claim that expires, so the
row is sent again later: delivery is at least once. Failures are retried with exponential
backoff, then the row is given up ("failed") for an administrator to retry.

A row holds the whole message, or (the receipt) the few facts the sender renders it from
when it sends (portal.services.mail.receipt_payload): the submission then pays for no
template. Either holds an address and text: it is encrypted (EncryptedText) and deleted
SENT_KEEP after it was sent (FAILED_KEEP after giving up). Logs name the row id, the kind
and the error class only.
"""

from __future__ import annotations

import logging
import os
import smtplib
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_string, policy
from email.message import EmailMessage

from flask import current_app
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session as SASession

from portal.extensions import db
from portal.models import OutboxMessage, utcnow

log = logging.getLogger(__name__)

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
STATES = (PENDING, SENDING, SENT, FAILED)
MAX_ATTEMPTS = 8  # 30 s, 1, 2, 4, 8, 16, 32 min: about an hour of trying, then give up
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=1)
CLAIM_FOR = timedelta(minutes=2)  # well above the SMTP timeouts of one send
SENT_KEEP = timedelta(hours=24)
FAILED_KEEP = timedelta(days=14)
POLL_SECONDS = 5.0  # the background sender also looks for due retries this often
BATCH = 20
_WAKE_KEY = "outbox_wake"


# --- the API for other parts of the portal --------------------------------------------------


def enqueue(
    to: str,
    subject: str,
    body: str,
    *,
    kind: str,
    case_id: int | None = None,
    lang: str | None = None,
) -> OutboxMessage | None:
    """Queue one plain-text e-mail. Only adds to `db.session`: the caller commits (and a
    rollback drops it). Returns the row, or None when e-mail is off (SMTP_URL not set)."""
    from portal.services import mail

    if not mail.is_configured():
        return None
    message = mail.compose(to, subject, body, lang)
    row = OutboxMessage(
        kind=kind,
        case_id=case_id,
        message=message.as_string(policy=policy.SMTP),
        status=PENDING,
        attempts=0,
        next_attempt_at=utcnow(),
    )
    db.session.add(row)
    wake_after_commit()
    return row


def wake_after_commit() -> None:
    """Wake the background sender once this transaction commits (see _after_commit): for
    callers that write an outbox row themselves (the submission's one statement)."""
    sender_thread = current_app.extensions.get("outbox_sender")
    if sender_thread is not None:
        db.session.info[_WAKE_KEY] = sender_thread


def status_for_case(case_id: int, kind: str) -> str | None:
    """The state of the newest e-mail of `kind` for a case, or None if there is none."""
    return db.session.scalar(
        select(OutboxMessage.status)
        .where(OutboxMessage.case_id == case_id, OutboxMessage.kind == kind)
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )


# --- sending -------------------------------------------------------------------------------


@dataclass
class RunResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    deleted: int = 0


def backoff(attempts: int) -> timedelta:
    """Wait before the next try after `attempts` failed tries."""
    return min(BACKOFF_BASE * 2 ** max(0, attempts - 1), BACKOFF_MAX)


def _due_ids(now: datetime, limit: int) -> list[int]:
    stmt = (
        select(OutboxMessage.id)
        .where(
            or_(
                (OutboxMessage.status == PENDING) & (OutboxMessage.next_attempt_at <= now),
                # A sender died mid-send: its claim ran out.
                (OutboxMessage.status == SENDING) & (OutboxMessage.locked_until < now),
            )
        )
        .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
        .limit(limit)
    )
    return list(db.session.scalars(stmt))


def _claim(row_id: int, now: datetime) -> bool:
    """Take one row for this sender. One conditional UPDATE: of several senders racing
    for the row, exactly one sees rowcount 1."""
    result = db.session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.id == row_id,
            or_(
                (OutboxMessage.status == PENDING) & (OutboxMessage.next_attempt_at <= now),
                (OutboxMessage.status == SENDING) & (OutboxMessage.locked_until < now),
            ),
        )
        .values(
            status=SENDING,
            locked_until=now + CLAIM_FOR,
            attempts=OutboxMessage.attempts + 1,
        )
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return result.rowcount == 1


def _finish(row_id: int, error: BaseException | None) -> str:
    row = db.session.get(OutboxMessage, row_id, populate_existing=True)
    now = utcnow()
    if row is None:  # deleted meanwhile (retention): nothing to record
        db.session.rollback()
        return SENT if error is None else FAILED
    row.locked_until = None
    if error is None:
        row.status, row.sent_at, row.last_error = SENT, now, None
    else:
        row.last_error = type(error).__name__[:80]
        if row.attempts >= MAX_ATTEMPTS:
            row.status, row.next_attempt_at = FAILED, now  # retention counts from here
        else:
            row.status, row.next_attempt_at = PENDING, now + backoff(row.attempts)
    db.session.commit()
    return row.status


def _message(stored: str) -> EmailMessage:
    """The e-mail of a stored row: a whole RFC 5322 message, or a receipt's facts that are
    rendered now (portal.services.mail.receipt_payload)."""
    from portal.services import mail

    if mail.is_payload(stored):
        return mail.receipt_message(stored)
    return message_from_string(stored, policy=policy.default)


def send_one(row_id: int) -> str | None:
    """Claim and send one row; returns its new state, or None if another sender has it."""
    from portal.services import mail

    if not _claim(row_id, utcnow()):
        return None
    row = db.session.get(OutboxMessage, row_id, populate_existing=True)
    stored, kind = row.message, row.kind
    # No transaction is open during the rendering and the SMTP conversation.
    db.session.commit()
    error: BaseException | None = None
    try:
        message = _message(stored)
    except Exception as exc:  # noqa: BLE001 - a row that cannot be rendered is retried, then given up
        error = exc
        log.error("outbox %s (%s) not rendered: %s", row_id, kind, type(exc).__name__)
    else:
        try:
            mail.send(message)
        except (OSError, smtplib.SMTPException, mail.MailNotConfigured) as exc:
            error = exc
            log.warning("outbox %s (%s) not sent: %s", row_id, kind, type(exc).__name__)
    state = _finish(row_id, error)
    if state == SENT:
        log.info("outbox %s (%s) sent", row_id, kind)
    elif state == FAILED:
        log.error("outbox %s (%s) given up after %s attempts", row_id, kind, MAX_ATTEMPTS)
    return state


def purge_old(now: datetime | None = None) -> int:
    """Retention: sent rows go after SENT_KEEP, given-up rows after FAILED_KEEP."""
    now = now or utcnow()
    result = db.session.execute(
        delete(OutboxMessage).where(
            or_(
                (OutboxMessage.status == SENT) & (OutboxMessage.sent_at < now - SENT_KEEP),
                (OutboxMessage.status == FAILED)
                & (OutboxMessage.next_attempt_at < now - FAILED_KEEP),
            )
        )
    )
    db.session.commit()
    return result.rowcount or 0


def run_due(limit: int = BATCH) -> RunResult:
    """Send what is due now (at most `limit` rows) and purge old rows."""
    result = RunResult()
    ids = _due_ids(utcnow(), limit)
    db.session.commit()  # end the read before any slow work
    for row_id in ids:
        state = send_one(row_id)
        if state == SENT:
            result.sent += 1
        elif state == PENDING:
            result.retried += 1
        elif state == FAILED:
            result.failed += 1
    result.deleted = purge_old()
    return result


# --- the admin page -------------------------------------------------------------------------


@dataclass
class Overview:
    counts: dict[str, int]
    failures: list[OutboxMessage]  # newest first: given up, or pending after a failed try
    oldest_pending: datetime | None


def overview(limit: int = 50) -> Overview:
    counts = dict.fromkeys(STATES, 0)
    counts.update(
        db.session.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        ).all()
    )
    failures = list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.last_error.is_not(None), OutboxMessage.status != SENT)
            .order_by(OutboxMessage.id.desc())
            .limit(limit)
        )
    )
    oldest = db.session.scalar(
        select(func.min(OutboxMessage.created_at)).where(OutboxMessage.status == PENDING)
    )
    return Overview(counts, failures, oldest)


def retry_now(row_id: int | None = None) -> int:
    """Make given-up and waiting rows due now (one row, or all). Only adds to the session:
    the caller commits. Returns how many rows."""
    stmt = (
        update(OutboxMessage)
        .where(OutboxMessage.status.in_((PENDING, FAILED)))
        .values(status=PENDING, next_attempt_at=utcnow(), attempts=0)
        .execution_options(synchronize_session=False)
    )
    if row_id is not None:
        stmt = stmt.where(OutboxMessage.id == row_id)
    count = db.session.execute(stmt).rowcount or 0
    sender_thread = current_app.extensions.get("outbox_sender")
    if count and sender_thread is not None:
        db.session.info[_WAKE_KEY] = sender_thread
    return count


# --- the background sender -------------------------------------------------------------------


class BackgroundSender:
    """One daemon thread per process that sends due e-mail; woken after a commit that
    queued some, and every POLL_SECONDS for retries.

    Started lazily in the process that serves requests: gunicorn builds the app in its
    master (preload_app) and forks workers, and a thread does not survive a fork (nor
    should the master hold database connections its children inherit)."""

    def __init__(self, app):
        self.app = app
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    def ensure_running(self) -> None:
        if self._pid == os.getpid() and self._thread is not None and self._thread.is_alive():
            return
        with self._lock:
            if self._pid == os.getpid() and self._thread is not None and self._thread.is_alive():
                return
            self._wake = threading.Event()
            self._stop = threading.Event()
            self._thread = threading.Thread(target=self._loop, name="outbox-sender", daemon=True)
            self._pid = os.getpid()
            self._thread.start()

    def wake(self) -> None:
        self.ensure_running()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None and self._pid == os.getpid():
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(POLL_SECONDS)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                with self.app.app_context():
                    # Keep going while full batches come back (a backlog after an outage).
                    while not self._stop.is_set():
                        result = run_due()
                        if result.sent + result.retried + result.failed < BATCH:
                            break
            except Exception as exc:  # noqa: BLE001 - a database outage must not end the thread
                log.warning("outbox sender pass failed: %s", type(exc).__name__)


def _after_commit(session) -> None:
    sender_thread = session.info.pop(_WAKE_KEY, None)
    if sender_thread is not None:
        sender_thread.wake()


def _after_rollback(session, _previous_transaction) -> None:
    session.info.pop(_WAKE_KEY, None)


# Once per process, for every session (Flask-SQLAlchemy's is a subclass).
if not sa_event.contains(SASession, "after_commit", _after_commit):
    sa_event.listen(SASession, "after_commit", _after_commit)
    sa_event.listen(SASession, "after_soft_rollback", _after_rollback)


def init_app(app) -> None:
    """With SMTP_URL set, give the app a background sender (not under tests unless
    OUTBOX_BACKGROUND is true); it starts with the first request in the serving process."""
    if not app.config.get("SMTP_URL"):
        return
    wanted = app.config.get("OUTBOX_BACKGROUND")
    if wanted is None:
        wanted = not app.config.get("TESTING")
    if not wanted:
        return
    sender_thread = BackgroundSender(app)
    app.extensions["outbox_sender"] = sender_thread
    app.before_request(sender_thread.ensure_running)
