"""Database engine set-up that SQLAlchemy's defaults do not cover.

SQLite (the embedded default) serialises writers. With pysqlite's deferred transactions a
request that reads and then writes can fail at once with "database is locked" when another
request wrote in between. So each transaction starts with BEGIN IMMEDIATE (it waits for the
write lock up to busy_timeout instead), and WAL lets readers go on during a write.
"""

import contextlib
import logging
import select

from flask import current_app, g
from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Engine

SQLITE_BUSY_TIMEOUT_MS = 30_000
_AUTOCOMMIT_ENGINE = "autocommit_engine"  # key in app.extensions
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


def server_closed(dbapi_connection) -> bool:
    """True when the server has closed (or is closing) this idle pooled connection.

    An idle connection has nothing to read: the server only speaks when asked. When it
    goes away (a restart, pg_terminate_backend, idle_session_timeout) it sends a FATAL
    message and closes the socket, which makes the socket readable. One poll() with no
    timeout asks the kernel that, instead of a "SELECT 1" round trip per request
    (pool_pre_ping). Anything else readable is unexpected too: such a connection is
    replaced, never used."""
    if dbapi_connection.closed or dbapi_connection.broken:
        return True
    try:
        fd = dbapi_connection.fileno()
    except Exception:  # noqa: BLE001 - a connection without a socket is gone
        return True
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLPRI)
    return bool(poller.poll(0))


def configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "checkout")
    def replace_a_closed_connection(dbapi_connection, _record, _proxy):
        if server_closed(dbapi_connection):
            # The pool replaces this connection and every one older than it (a restart
            # closed them all), then calls this hook again for the new one.
            log.info("pooled database connection closed by the server; reconnecting")
            raise exc.InvalidatePoolError("the server closed this pooled connection")

    @event.listens_for(engine, "commit")
    def note_the_commit(_connection):
        if g:
            g._database_committed = True


def autocommit_engine() -> Engine:
    """An engine of the app's PostgreSQL database whose connections stay in autocommit, for
    the single statements of a questionnaire's draft and a chat turn: made on first use (in
    the worker, after the fork), with the app's engine options and configure_postgresql's
    hooks (a closed pooled connection replaced at checkout; a commit noted for the retry).
    A pool of its own, because switching a pooled connection to autocommit and back on
    every checkout cost about 0.1 ms of CPU per request. It holds at most a connection per
    busy thread."""
    from portal.extensions import db

    extensions = current_app.extensions
    engine = extensions.get(_AUTOCOMMIT_ENGINE)
    if engine is None:
        options = dict(current_app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
        options["isolation_level"] = "AUTOCOMMIT"
        engine = create_engine(db.engine.url, **options)
        configure_postgresql(engine)
        kept = extensions.setdefault(_AUTOCOMMIT_ENGINE, engine)
        if kept is not engine:  # another thread made one first
            engine.dispose()
            engine = kept
    return engine


def _retrying_once(dispatch, db):
    """A request whose connection turns out dead (a statement fails with a disconnect,
    e.g. the server went away without the socket showing it yet) runs once more on a new
    connection. Only when the lost statement was not a COMMIT and nothing was committed
    before it in this request: then the database holds nothing of the first try (the lost
    transaction died with the connection), so running the view again is safe; e-mail goes
    out only after a commit (the outbox). Every other case goes to the "not available"
    page (portal/errors.py) as before; views that catch database errors themselves (the
    submission) keep their own page."""

    def dispatch_request():
        try:
            return dispatch()
        except exc.DBAPIError as error:
            if (
                not error.connection_invalidated
                or error.statement is None
                or g.get("_database_committed")
                or g.get("_database_retried")
            ):
                raise
            g._database_retried = True
            log.warning("database connection lost; running the request once more")
            db.session.rollback()
            g.pop("visitor_row", None)  # portal.services.visitor's per-request copy
            return dispatch()

    return dispatch_request


def init_app(app, db) -> None:
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        with app.app_context():
            configure_sqlite(db.engine)
    elif app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        with app.app_context():
            configure_postgresql(db.engine)
        app.dispatch_request = _retrying_once(app.dispatch_request, db)

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
