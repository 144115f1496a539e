"""How the visitor's state is read and written (portal/services/visitor.py): a
questionnaire step touches no database (the answers are sealed in the session); the
application draft's row, on PostgreSQL with no transaction of the request's own, is read
and written by statements that run alone in autocommit (no BEGIN/COMMIT round trips); with
a transaction or pending changes in the request's session, the write joins it and commits
everything. On SQLite always the request's transaction (BEGIN IMMEDIATE)."""

import json
from dataclasses import dataclass

import pytest
from flask import g, session
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from portal.extensions import db
from portal.models import VisitorState
from portal.services import visitor
from tests.citizen.test_questionnaire import answer


@pytest.fixture
def statements():
    """(verb, the DBAPI connection's autocommit flag) for every statement run; the
    statements' texts in `statements.texts`."""
    seen: list[tuple[str, bool | None]] = []
    written: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement.split()[0].upper(), getattr(cursor.connection, "autocommit", None)))
        written.append(statement)

    # Every engine: the visitor's writes on PostgreSQL have an engine of their own.
    event.listen(Engine, "before_cursor_execute", record)
    yield _Recorded(seen, written)
    event.remove(Engine, "before_cursor_execute", record)


@dataclass
class _Recorded:
    seen: list  # (verb, autocommit flag of the DBAPI connection)
    texts: list  # the statements' texts

    def __iter__(self):
        return iter(self.seen)

    def clear(self):
        self.seen.clear()
        self.texts.clear()


def _other_connection_sees(db_url: str, visitor_id: str) -> str | None:
    """The row's id as another connection sees it: only committed data."""
    engine = create_engine(db_url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return connection.execute(
                text("SELECT id FROM visitor_state WHERE id = :id"), {"id": visitor_id}
            ).scalar()
    finally:
        engine.dispose()


def _visitor_id(client) -> str:
    with client.session_transaction() as session:
        return session[visitor.SESSION_KEY]


def _draft_of(app, visitor_id: str) -> dict | None:
    with app.app_context():
        row = db.session.get(VisitorState, visitor_id)
        return json.loads(row.draft) if row and row.draft else None


def _save_draft(app, draft: dict, visitor_id: str | None = None) -> str:
    """One request that saves `draft` for the visitor `visitor_id` (None: a new one)."""
    with app.test_request_context("/apply", method="POST"):
        if visitor_id:
            session[visitor.SESSION_KEY] = visitor_id
        visitor.save_draft(draft)
        return visitor.current_id()


def test_a_questionnaire_step_runs_no_database_statement(client, statements):
    assert answer(client, "urgent", "no").status_code == 302
    assert answer(client, "age", "18_or_over").status_code == 302
    assert answer(client, "age", "under_18").status_code == 302
    assert list(statements) == []


def test_a_draft_write_is_committed(app, db_url, statements):
    visitor_id = _save_draft(app, {"name": "A"})
    assert _save_draft(app, {"name": "B"}, visitor_id) == visitor_id
    steps = [(verb, flag) for verb, flag in statements if verb != "BEGIN"]
    # New visitor: INSERT; returning visitor: SELECT then UPDATE.
    assert [verb for verb, _ in steps] == ["INSERT", "SELECT", "UPDATE"]
    on_postgresql = db_url.startswith("postgresql")
    # PostgreSQL: each statement alone, committed by itself; SQLite: in a transaction.
    assert {flag for _, flag in steps} == ({True} if on_postgresql else {None})
    assert _other_connection_sees(db_url, visitor_id) == visitor_id
    assert _draft_of(app, visitor_id) == {"name": "B"}


def test_an_unchanged_draft_is_not_written_again(app, statements):
    visitor_id = _save_draft(app, {"name": "A"})
    statements.clear()
    _save_draft(app, {"name": "A"}, visitor_id)
    updates = [t for t in statements.texts if t.startswith("UPDATE")]
    # Only the retention clock moves; the encrypted draft is not written again.
    assert len(updates) == 1
    assert "updated_at" in updates[0]
    assert "draft" not in updates[0].split("WHERE")[0]


def test_a_write_with_pending_changes_commits_them_in_one_transaction(app, db_url, statements):
    with app.test_request_context("/apply", method="POST"):
        db.session.add(VisitorState(id="pending-orm-row"))
        visitor.save_draft({"name": "A"})
        visitor_id = visitor.current_id()
    # Both committed, the ORM row with the visitor's write, not in autocommit.
    assert _other_connection_sees(db_url, "pending-orm-row") == "pending-orm-row"
    assert _other_connection_sees(db_url, visitor_id) == visitor_id
    assert all(flag in (False, None) for _, flag in statements)


def test_a_write_inside_a_begun_transaction_joins_it(app, db_url, statements):
    with app.test_request_context("/apply", method="POST"):
        db.session.execute(select(1))  # the request's session has begun a transaction
        visitor.save_draft({"name": "A"})
        visitor_id = visitor.current_id()
        assert db.session().in_transaction() is False  # the write committed it
    assert _other_connection_sees(db_url, visitor_id) == visitor_id
    assert all(flag in (False, None) for _, flag in statements)


def test_an_autocommitted_write_counts_as_committed_for_the_retry(app, db_url):
    # portal/db.py runs a request once more after a lost connection only when nothing
    # was committed: the draft's write must say it was.
    if not db_url.startswith("postgresql"):
        pytest.skip("the autocommit path is PostgreSQL's")
    with app.test_request_context("/apply", method="POST"):
        assert not g.get("_database_committed")
        visitor.save_draft({"name": "A"})
        assert g.get("_database_committed") is True


def test_a_purged_row_is_made_again_under_a_new_id(app, db_url):
    first = _save_draft(app, {"name": "A"})
    with app.app_context():
        db.session.execute(db.delete(VisitorState))
        db.session.commit()
    second = _save_draft(app, {"name": "B"}, first)
    assert second != first
    assert _other_connection_sees(db_url, second) == second
    # The old draft went with the row; the new row holds what was just saved.
    assert _draft_of(app, second) == {"name": "B"}
