"""A pooled PostgreSQL connection the server closed (a restart, a terminated backend) is
replaced without a "SELECT 1" before every request (portal/db.py): at checkout a poll of
its socket notices the closed connection, and a request whose connection turns out dead at
its first statement runs once more. Nothing committed is ever run twice."""

import importlib

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from portal.extensions import db

# The module, not the `db` extension object that portal/__init__.py exports by that name.
portal_db = importlib.import_module("portal.db")

# Production's pool settings (portal/config.py): no pre-ping.
NO_PRE_PING = {"SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": 2, "max_overflow": 0}}


@pytest.fixture
def pg_app(make_app, db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL connections only")
    app = make_app(**NO_PRE_PING)
    app.extensions["test_calls"] = []

    @app.get("/_backend")
    def backend():
        app.extensions["test_calls"].append("backend")
        return str(db.session.execute(text("SELECT pg_backend_pid()")).scalar())

    @app.post("/_commit_then_read")
    def commit_then_read():
        app.extensions["test_calls"].append("commit_then_read")
        pid = db.session.execute(text("SELECT pg_backend_pid()")).scalar()
        db.session.commit()
        _terminate(db_url, pid)
        db.session.execute(text("SELECT 1"))  # the connection is gone by now
        return "not reached"

    return app


def _terminate(db_url: str, pid: int) -> None:
    """End a server process and wait (up to 10 s) until it has gone."""
    admin = create_engine(db_url, poolclass=NullPool)
    with admin.connect() as connection:
        ended = connection.execute(
            text("SELECT pg_terminate_backend(:pid, 10000)"), {"pid": pid}
        ).scalar()
    admin.dispose()
    assert ended is True


def test_config_has_no_pre_ping_for_postgresql(tmp_path):
    from portal.config import Config

    settings = Config.from_env(
        str(tmp_path), {"DATABASE_URL": "postgresql://u@db/portal", "PORTAL_ENV": "testing"}
    )
    assert "pool_pre_ping" not in settings["SQLALCHEMY_ENGINE_OPTIONS"]


def test_the_poll_tells_a_live_connection_from_a_closed_one(pg_app, db_url):
    with pg_app.app_context():
        raw = db.engine.raw_connection()
        try:
            assert portal_db.server_closed(raw.dbapi_connection) is False
            pid = raw.dbapi_connection.info.backend_pid
            _terminate(db_url, pid)
            assert portal_db.server_closed(raw.dbapi_connection) is True
        finally:
            raw.invalidate()


def test_a_connection_closed_by_the_server_is_replaced_at_checkout(pg_app, db_url):
    client = pg_app.test_client()
    first = client.get("/_backend")
    assert first.status_code == 200
    _terminate(db_url, int(first.text))

    again = client.get("/_backend")

    assert again.status_code == 200
    assert again.text != first.text  # a new connection, not the closed one
    assert pg_app.extensions["test_calls"] == ["backend", "backend"]  # no second try needed


def test_a_dead_connection_found_at_the_first_statement_runs_the_request_once_more(
    pg_app, db_url, monkeypatch
):
    client = pg_app.test_client()
    first = client.get("/_backend")
    _terminate(db_url, int(first.text))
    # As if the close had not reached this host yet (a silently dropped connection).
    monkeypatch.setattr(portal_db, "server_closed", lambda _connection: False)

    again = client.get("/_backend")

    assert again.status_code == 200
    assert again.text != first.text
    assert pg_app.extensions["test_calls"] == ["backend", "backend", "backend"]
    assert client.get("/_backend").text == again.text  # the new connection stays in use


def test_a_request_that_committed_is_not_run_again(pg_app, monkeypatch):
    monkeypatch.setattr(portal_db, "server_closed", lambda _connection: False)
    client = pg_app.test_client()

    response = client.post("/_commit_then_read")

    assert response.status_code == 503  # the "not available" page, as before
    assert pg_app.extensions["test_calls"] == ["commit_then_read"]
    assert client.get("/_backend").status_code == 200  # and the next request works
