"""submit_application: rules, reference, deadline, retention, one transaction, idempotency
and concurrency (200 threads) on the suite's database."""

import json
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent, OutboxMessage, SearchToken, VisitorState
from portal.services import submit
from portal.services.submit import (
    ApplicationInvalid,
    check_cpr,
    clean_text,
    cpr_birth_date,
    submit_application,
)
from tests.support.application import SCREENING, counts, draft


def _key() -> str:
    return secrets.token_urlsafe(24)


def _profile(app):
    return app.extensions["municipality"]


def _submit(app, answers=None, key=None, lang="da", **overrides):
    with app.app_context():
        result = submit_application(
            draft(**overrides), answers or {}, key or _key(), lang, _profile(app)
        )
        return result.case.id, result.case.reference, result.created


# --- field rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digits", "born"),
    [
        ("0101901234", date(1990, 1, 1)),  # 7th digit 0-3: 1900s
        ("0101053999", date(1905, 1, 1)),
        ("0101104000", date(2010, 1, 1)),  # 4 and 00-36: 2000s
        ("0101504000", date(1950, 1, 1)),  # 4 and 37-99: 1900s
        ("0101105000", date(2010, 1, 1)),  # 5-8 and 00-57: 2000s
        ("0101905000", date(1890, 1, 1)),  # 5-8 and 58-99: 1800s
        ("0101209000", date(2020, 1, 1)),  # 9 and 00-36: 2000s
        ("0101609000", date(1960, 1, 1)),  # 9 and 37-99: 1900s
        ("2902001234", None),  # 1900 was not a leap year
        ("2902004000", date(2000, 2, 29)),  # 2000 was
        ("3204901234", None),
        ("0013901234", None),
        ("0101364000", None if date.today().year < 2036 else date(2036, 1, 1)),
    ],
)
def test_cpr_century_follows_the_seventh_digit(digits, born):
    assert cpr_birth_date(digits) == born


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("010190-1234", ("010190-1234", None)),
        ("0101901234", ("010190-1234", None)),
        (" 010190 1234 ", ("010190-1234", None)),
        ("", (None, None)),
        ("01019-01234", (None, submit.MSG["cpr_format"])),
        ("010190/1234", (None, submit.MSG["cpr_format"])),
        ("01019012345", (None, submit.MSG["cpr_format"])),
        ("310290-1234", (None, submit.MSG["cpr_date"])),
    ],
)
def test_check_cpr(value, expected):
    assert check_cpr(value) == expected


def test_clean_text_strips_controls_and_keeps_html_as_text():
    assert clean_text("a\x00b\x1b[31mc\u200bd\u202e") == "ab[31mcd"
    assert clean_text("  two\n lines\t ") == "two lines"
    assert clean_text("one\r\ntwo\rthree\x07", multiline=True) == "one\ntwo\nthree"
    assert clean_text("<script>x</script>") == "<script>x</script>"
    assert clean_text(None) == ""


def test_validate_fields_lists_every_broken_rule_in_form_order():
    errors = submit.validate_fields(
        draft(name="", cpr="1", phone="", email="", areas=[], goals="x" * 4001)
    )
    assert [e.field for e in errors] == ["name", "cpr", "phone", "areas", "goals"]
    assert dict(errors[-1].params) == {"max": 4000}


def test_add_months_clamps_to_the_month_end():
    assert submit.add_months(date(2026, 8, 31), 18) == date(2028, 2, 29)
    assert submit.add_months(date(2026, 1, 15), 12) == date(2027, 1, 15)


# --- the operation -------------------------------------------------------------------------


def test_submit_writes_case_history_and_audit_together(app):
    case_id, reference, created = _submit(app, answers=SCREENING)
    assert created and reference == f"TI-{datetime.now(UTC).year}-{case_id:06d}"
    with app.app_context():
        case = db.session.get(Case, case_id)
        assert case.status == "received" and case.screening_outcome == "eligible"
        assert case.retention_until == submit.add_months(case.received_at.date(), 6 + 12)
        event = db.session.scalars(select(CaseEvent)).one()
        audit = db.session.scalars(select(AuditEntry)).one()
        assert (event.case_id, event.kind, event.actor_id) == (case_id, "received", None)
        assert (audit.case_id, audit.action, audit.actor_id) == (case_id, "case_submitted", None)
        # The audit entry holds no personal data.
        assert "Anna" not in str(audit.detail) and "010190" not in str(audit.detail)


@pytest.mark.parametrize(("municipality", "days"), [("hedensted", 14), ("vordingborg", 10)])
def test_deadline_comes_from_the_profile(make_app, municipality, days):
    app = make_app(municipality)
    case_id, _, _ = _submit(app)
    with app.app_context():
        case = db.session.get(Case, case_id)
        assert (case.deadline_at - case.received_at).days == days
        assert case.municipality == municipality


def test_without_a_finished_screening_the_outcome_is_empty(app):
    case_id, _, _ = _submit(app, answers={"urgent": "no"})
    with app.app_context():
        case = db.session.get(Case, case_id)
        assert case.screening_outcome is None and case.screening_offers == []


def test_invalid_draft_writes_nothing(app):
    with pytest.raises(ApplicationInvalid) as raised:
        _submit(app, name="", email="not-an-address")
    assert {e.field for e in raised.value.errors} == {"name", "email"}
    assert counts(app) == (0, 0, 0)


def test_a_failure_mid_transaction_leaves_nothing_half_written(app, monkeypatch):
    def broken(case_id, received_at):
        raise RuntimeError("disk full")

    monkeypatch.setattr(submit, "format_reference", broken)
    with pytest.raises(RuntimeError):
        _submit(app)
    assert counts(app) == (0, 0, 0)


def test_a_failure_after_the_case_row_leaves_nothing_half_written(app, monkeypatch):
    """The case row is written, then the search index fails: the case goes too."""
    from portal import blind_index

    def broken(case, key=None):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(blind_index, "case_tokens", broken)
    with pytest.raises(RuntimeError):
        _submit(app)
    assert counts(app) == (0, 0, 0)


def test_same_key_returns_the_same_case(app):
    key = _key()
    first = _submit(app, key=key)
    second = _submit(app, key=key, name="Someone Else")
    assert second[:2] == first[:2]
    assert (first[2], second[2]) == (True, False)
    assert counts(app) == (1, 1, 1)


def test_bad_key_is_refused(app):
    with pytest.raises(ValueError):
        _submit(app, key="x")


def _run_concurrently(app, jobs):
    """Start all jobs at once (a barrier), each in its own thread and app context."""
    barrier = threading.Barrier(len(jobs))

    def run(job):
        barrier.wait()
        return job()

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        return list(pool.map(run, jobs))


def test_two_concurrent_posts_with_one_key_make_one_case(app):
    key = _key()
    results = _run_concurrently(app, [lambda: _submit(app, key=key)] * 2)
    assert results[0][:2] == results[1][:2]
    assert sorted(r[2] for r in results) == [False, True]
    assert counts(app) == (1, 1, 1)


def test_200_concurrent_submissions_get_200_unique_references(app):
    jobs = [lambda i=i: _submit(app, name=f"Borger {i}") for i in range(200)]
    results = _run_concurrently(app, jobs)
    references = {reference for _, reference, _ in results}
    assert len(references) == 200
    assert all(created for *_, created in results)
    with app.app_context():
        stored = db.session.scalars(select(Case.reference)).all()
        assert set(stored) == references
        assert db.session.scalar(select(func.count()).select_from(CaseEvent)) == 200
        assert db.session.scalar(select(func.count()).select_from(AuditEntry)) == 200


def test_losing_the_race_on_the_unique_key_returns_the_winners_case(app, monkeypatch):
    """The path two simultaneous posts take: no look first, both insert, the unique key
    stops the second, which then looks the key up once."""
    key = _key()
    winner = _submit(app, key=key)
    real_existing = submit._existing
    looks = []

    def counted_look(idempotency_key):
        looks.append(idempotency_key)
        return real_existing(idempotency_key)

    monkeypatch.setattr(submit, "_existing", counted_look)
    loser = _submit(app, key=key)
    assert looks == [key]  # inserted, hit the unique constraint, looked once
    assert loser[:2] == winner[:2] and loser[2] is False
    assert counts(app) == (1, 1, 1)


def test_a_resend_whose_draft_went_with_the_case_returns_that_case(app):
    """The first post went through but its answer never reached the browser: the resend
    carries the key, and the draft (deleted with the submission) is empty by now."""
    key = _key()
    first = _submit(app, key=key)
    with app.app_context():
        result = submit_application({}, {}, key, "da", _profile(app))
        assert (result.case.id, result.case.reference, result.created) == (*first[:2], False)
    assert counts(app) == (1, 1, 1)


def test_an_empty_draft_with_a_new_key_is_invalid(app):
    with app.app_context(), pytest.raises(ApplicationInvalid):
        submit_application({}, {}, _key(), "da", _profile(app))
    assert counts(app) == (0, 0, 0)


def test_the_returned_case_is_complete_and_in_the_session(app):
    """The case handed back is the one written (not read again) and can be changed and
    committed like any loaded case; its search tokens were written with it."""
    from portal import blind_index

    with app.app_context():
        result = submit_application(draft(), SCREENING, _key(), "en", _profile(app))
        case = result.case
        assert case in db.session
        assert (case.status, case.lang, case.version, case.assignee_id) == (
            "received",
            "en",
            1,
            None,
        )
        stored = {(t.kind, t.token) for t in case.search_tokens}
        assert stored == blind_index.case_tokens(case) and stored
        case.status = "in_review"
        db.session.commit()
        case_id = case.id
    with app.app_context():
        assert db.session.get(Case, case_id).status == "in_review"


# --- everything in one statement (PostgreSQL), in one transaction (both) ---------------------


def _visitor(app) -> str:
    """A visitor's draft row (the answers travel in the browser's session, not here)."""
    visitor_id = secrets.token_urlsafe(16)
    with app.app_context():
        db.session.add(VisitorState(id=visitor_id, draft="{}"))
        db.session.commit()
    return visitor_id


def _all_counts(app) -> dict:
    with app.app_context():
        return {
            model.__tablename__: db.session.scalar(select(func.count()).select_from(model))
            for model in (Case, SearchToken, CaseEvent, AuditEntry, OutboxMessage, VisitorState)
        }


def test_the_case_and_everything_with_it_are_written_and_the_visitor_goes(make_app, smtp_url):
    app = make_app(SMTP_URL=smtp_url)
    visitor_id = _visitor(app)
    with app.app_context():
        result = submit_application(
            draft(), SCREENING, _key(), "en", _profile(app), visitor_id, send_receipt=True
        )
        assert result.created and result.receipt_queued
        case_id = result.case.id
    written = _all_counts(app)
    assert written.pop("search_token") >= 4  # name parts, e-mail, phone, CPR, areas, format
    assert written == {
        "case": 1,
        "case_event": 1,
        "audit_entry": 1,
        "outbox_message": 1,
        "visitor_state": 0,
    }
    with app.app_context():
        row = db.session.scalars(select(OutboxMessage)).one()
        case = db.session.get(Case, case_id)
        assert (row.kind, row.case_id, row.status) == ("receipt", case_id, "pending")
        payload = json.loads(row.message)
        assert (payload["to"], payload["lang"], payload["reference"]) == (
            case.email,
            "en",
            case.reference,
        )
        audit = db.session.scalars(select(AuditEntry)).one()
        assert audit.detail == {"reference": case.reference, "outcome": "eligible"}


@pytest.mark.parametrize(
    ("email", "smtp", "send_receipt"),
    [("", True, True), ("anna@example.org", False, True), ("anna@example.org", True, False)],
)
def test_no_receipt_row_without_an_address_mail_or_the_wish(
    make_app, smtp_url, email, smtp, send_receipt
):
    app = make_app(SMTP_URL=smtp_url if smtp else "")
    with app.app_context():
        result = submit_application(
            draft(email=email, phone="12345678"),
            {},
            _key(),
            "da",
            _profile(app),
            send_receipt=send_receipt,
        )
        assert result.created and not result.receipt_queued
    assert _all_counts(app)["outbox_message"] == 0


def test_a_failure_in_the_last_row_leaves_nothing_and_keeps_the_visitor(
    make_app, smtp_url, monkeypatch
):
    """The receipt row breaks a NOT NULL rule (written after the case, its tokens, history
    and audit rows): no case, no token, no audit entry, no e-mail; the visitor's answers
    stay."""
    app = make_app(SMTP_URL=smtp_url)
    visitor_id = _visitor(app)
    real_rows = submit._rows

    def broken_rows(*args):
        rows = real_rows(*args)
        rows.receipt["message"] = None
        return rows

    monkeypatch.setattr(submit, "_rows", broken_rows)
    with app.app_context(), pytest.raises(IntegrityError):
        submit_application(
            draft(), SCREENING, _key(), "da", _profile(app), visitor_id, send_receipt=True
        )
    assert _all_counts(app) == {
        "case": 0,
        "search_token": 0,
        "case_event": 0,
        "audit_entry": 0,
        "outbox_message": 0,
        "visitor_state": 1,
    }
    # The next try goes through.
    monkeypatch.setattr(submit, "_rows", real_rows)
    with app.app_context():
        assert submit_application(
            draft(), SCREENING, _key(), "da", _profile(app), visitor_id
        ).created
    assert _all_counts(app)["visitor_state"] == 0


@pytest.fixture
def smtp_url():
    # Nothing is sent here (no outbox run): any SMTP address turns e-mail on.
    return "smtp://127.0.0.1:9"
