"""A database that dies mid-request (a restart) must not turn into a bare server error."""

from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from portal.extensions import db


def test_a_dead_connection_at_teardown_is_survived(app, monkeypatch):
    @app.get("/_touch")
    def touch():
        db.session.execute(text("SELECT 1"))
        session = db.session.registry()

        def connection_gone():
            raise OperationalError("ROLLBACK", {}, Exception("terminating connection"))

        monkeypatch.setattr(session, "close", connection_gone)
        return "ok"

    client = app.test_client()
    response = client.get("/_touch")
    assert response.status_code == 200
    # The thread gets a fresh session afterwards.
    assert client.get("/readyz").status_code == 200


def test_engine_settings_for_concurrent_writers(make_app):
    app = make_app()
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        # PostgreSQL: stale pooled connections (after a restart) are tested before use.
        assert app.config["SQLALCHEMY_ENGINE_OPTIONS"]["pool_pre_ping"] is True
        return
    # SQLite: writers wait for the lock instead of failing with "database is locked".
    with app.app_context():
        mode = db.session.execute(text("PRAGMA journal_mode")).scalar()
        timeout = db.session.execute(text("PRAGMA busy_timeout")).scalar()
    assert mode == "wal"
    assert timeout >= 10_000
