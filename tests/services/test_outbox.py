"""The outbox (DESIGN.md § 4 "e-mail"): rows written in the caller's transaction, claimed
by one sender only, retried with backoff, encrypted at rest, deleted after retention, sent
by the background thread and by `flask outbox run`, visible to admins."""

import time
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from portal.extensions import db
from portal.models import OutboxMessage, utcnow
from portal.services import outbox
from tests.staff.conftest import login_as
from tests.staff.factories import make_staff
from tests.support.application import fill_in, send
from tests.support.smtp import SmtpServer, free_port

WAIT_SECONDS = 90  # a bound for waiting on the background thread, not a timing assertion


@pytest.fixture
def smtp(tmp_path):
    with SmtpServer(tmp_path) as server:
        yield server


def _enqueue(app, to="borger@example.org", body="Hej Anna, din sag TI-1.", commit=True):
    with app.test_request_context():
        row = outbox.enqueue(to, "Emne", body, kind="letter", case_id=7, lang="da")
        if commit:
            db.session.commit()
        else:
            db.session.rollback()
        row_id = row.id if commit else None
        db.session.remove()
        return row_id


def _rows(app):
    with app.app_context():
        rows = list(db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        db.session.remove()
        return rows


def _wait_until(predicate, what: str):
    deadline = time.monotonic() + WAIT_SECONDS
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.05)


def test_enqueue_only_adds_to_the_callers_transaction(make_app):
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}")
    assert _enqueue(app, commit=False) is None
    assert _rows(app) == []
    row_id = _enqueue(app)
    [row] = _rows(app)
    assert (row.id, row.status, row.kind, row.case_id) == (row_id, "pending", "letter", 7)


def test_enqueue_does_nothing_when_mail_is_off(make_app):
    app = make_app(SMTP_URL="")
    with app.test_request_context():
        assert outbox.enqueue("a@example.org", "s", "b", kind="receipt") is None
    assert _rows(app) == []


def test_the_message_is_encrypted_at_rest(make_app):
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}")
    _enqueue(app, to="hemmelig@example.org", body="Dit personlige brev")
    with app.app_context():
        raw = db.session.execute(text("SELECT message FROM outbox_message")).scalar_one()
        db.session.remove()
    assert "hemmelig" not in raw and "personlige" not in raw and "Emne" not in raw


def test_backoff_grows_and_is_capped():
    delays = [outbox.backoff(n) for n in range(1, 12)]
    assert delays[0] == outbox.BACKOFF_BASE
    assert all(a < b for a, b in zip(delays[:6], delays[1:7], strict=True))
    assert max(delays) == outbox.BACKOFF_MAX


def test_a_row_is_claimed_by_one_sender_only(make_app):
    """Two instances (two apps, one database) race for the same row: one wins."""
    first = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}")
    second = make_app(SMTP_URL=first.config["SMTP_URL"])
    row_id = _enqueue(first)
    now = utcnow()
    with first.app_context():
        won_first = outbox._claim(row_id, now)
    with second.app_context():
        won_second = outbox._claim(row_id, now)
    assert (won_first, won_second) == (True, False)
    # A claim left by a sender that died runs out, and the row can be taken again.
    with second.app_context():
        assert outbox._claim(row_id, now + outbox.CLAIM_FOR + timedelta(seconds=1)) is True
    [row] = _rows(first)
    assert (row.status, row.attempts) == ("sending", 2)


def test_run_sends_each_due_row_once(make_app, smtp):
    app = make_app(SMTP_URL=smtp.url)
    for n in range(3):
        _enqueue(app, to=f"b{n}@example.org")
    with app.app_context():
        assert outbox.run_due().sent == 3
        assert outbox.run_due().sent == 0
    assert sorted(m["To"] for m in smtp.messages()) == [
        "b0@example.org",
        "b1@example.org",
        "b2@example.org",
    ]
    assert {r.status for r in _rows(app)} == {"sent"}


def test_retention_deletes_old_sent_and_given_up_rows(make_app):
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}")
    ids = [_enqueue(app) for _ in range(4)]
    now = utcnow()
    with app.app_context():
        states = {
            ids[0]: ("sent", now - outbox.SENT_KEEP - timedelta(minutes=1)),  # goes
            ids[1]: ("sent", now - timedelta(minutes=1)),  # stays a while
            ids[2]: ("failed", now - outbox.FAILED_KEEP - timedelta(minutes=1)),  # goes
            ids[3]: ("pending", now - outbox.FAILED_KEEP - timedelta(days=1)),  # never
        }
        for row_id, (status, at) in states.items():
            db.session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row_id)
                .values(status=status, sent_at=at, next_attempt_at=at)
            )
        db.session.commit()
        assert outbox.purge_old() == 2
    assert [r.id for r in _rows(app)] == [ids[1], ids[3]]


def test_the_background_sender_sends_after_commit(make_app, smtp):
    app = make_app(SMTP_URL=smtp.url, OUTBOX_BACKGROUND=True)
    sender = app.extensions["outbox_sender"]
    try:
        client = app.test_client()
        key = fill_in(client)
        assert send(client, key).status_code == 303
        # Nobody calls run_due here: the thread woken by the commit sends it.
        _wait_until(lambda: len(smtp.messages()) == 1, "the receipt from the background")
        _wait_until(lambda: [r.status for r in _rows(app)] == ["sent"], "the row marked sent")
    finally:
        sender.stop()


def test_no_background_sender_under_tests_unless_asked(make_app, smtp):
    assert "outbox_sender" not in make_app(SMTP_URL=smtp.url).extensions
    assert "outbox_sender" not in make_app(SMTP_URL="", OUTBOX_BACKGROUND=True).extensions


def test_outbox_run_command_sends_what_is_due(make_app, smtp):
    app = make_app(SMTP_URL=smtp.url)
    _enqueue(app)
    result = app.test_cli_runner().invoke(args=["outbox", "run"])
    assert result.exit_code == 0, result.output
    assert "sent 1," in result.output
    assert len(smtp.messages()) == 1
    status = app.test_cli_runner().invoke(args=["outbox", "status"])
    assert "sent 1" in status.output and "@" not in status.output


def test_outbox_run_command_refuses_without_smtp_url(make_app):
    result = make_app(SMTP_URL="").test_cli_runner().invoke(args=["outbox", "run"])
    assert result.exit_code != 0
    assert "SMTP_URL is not set" in result.output


def test_admin_sees_failures_and_retries_them(make_app):
    app = make_app(SMTP_URL=f"smtp://127.0.0.1:{free_port()}")  # nothing listens
    row_id = _enqueue(app, to="skjult@example.org")
    with app.app_context():
        db.session.execute(
            update(OutboxMessage).values(
                status="failed", attempts=outbox.MAX_ATTEMPTS, last_error="ConnectionRefusedError"
            )
        )
        db.session.commit()
        client = app.test_client()
        login_as(client, make_staff("admin"))
        page = client.get("/staff/admin/outbox?lang=en")
        assert page.status_code == 200
        assert "ConnectionRefusedError" in page.text
        assert "skjult@example.org" not in page.text  # the admin page shows no addresses
        assert f"Try again now: e-mail {row_id}" in page.text
        response = client.post("/staff/admin/outbox", data={"row": str(row_id)})
        assert response.status_code == 303
        assert "1 e-mail will be tried again now." in client.get(response.location).text
        db.session.remove()
    [row] = _rows(app)
    assert (row.status, row.attempts) == ("pending", 0)
    assert row.next_attempt_at <= utcnow()
