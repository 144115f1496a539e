"""Database engine set-up that SQLAlchemy's defaults do not cover.

SQLite (the embedded default) serialises writers. With pysqlite's deferred transactions a
request that reads and then writes can fail at once with "database is locked" when another
request wrote in between. So each transaction starts with BEGIN IMMEDIATE (it waits for the
write lock up to busy_timeout instead), and WAL lets readers go on during a write.
"""

import contextlib
import logging

from sqlalchemy import event
from sqlalchemy.engine import Engine

SQLITE_BUSY_TIMEOUT_MS = 30_000
log = logging.getLogger("portal.db")


def configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def init_app(app, db) -> None:
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        with app.app_context():
            configure_sqlite(db.engine)

    @app.teardown_appcontext
    def remove_session_even_if_the_database_died(_exc):
        # Runs before Flask-SQLAlchemy's own teardown. When the server went away mid-request
        # (a restart), closing the session raises; the citizen must still get our error
        # page, not a bare "Internal Server Error", and the thread a fresh session next time.
        try:
            db.session.remove()
        except Exception as exc:  # noqa: BLE001 - any driver error here means "connection gone"
            log.warning("database session closed uncleanly: %s", type(exc).__name__)
            with contextlib.suppress(Exception):
                db.session.registry().invalidate()
            db.session.registry.clear()
