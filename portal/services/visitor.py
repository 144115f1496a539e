"""State of an anonymous visitor: screening answers (in the browser, sealed) and the
application draft (in the database).

Screening answers are codes, kept in a cookie of their own (ANSWERS_COOKIE) as one Fernet
token made with PORTAL_DATA_KEY (portal.crypto): the browser cannot read or change them,
and the server keeps no answers of anonymous visitors at all until they save (resume code)
or apply. A questionnaire step therefore makes no database round trip: reading and writing
the visitor's row cost about two thirds of a step's CPU (in-process profile,
bench/README.md). The token carries its time; one older than the profile's
`retention.visitor_state_hours` is not read (the same limit the retention job applies to
drafts), nor is one made with a key no longer in PORTAL_DATA_KEY. The token is not in the
signed session cookie because every step changes it: there it made Flask serialise,
compress and sign the whole session again on every step; the session now changes only
when the CSRF token or the draft's id does. The token is written once per response, after
the view (`write_answers_cookie`).

Drafts may hold a CPR number: they stay in the database, encrypted, under a random id
kept in the session. They are read and written with plain SQL statements instead of an
ORM object (the unit of work's flush cost more than the rest of a request).

On PostgreSQL, when the request has begun no transaction of its own, each statement runs
alone and is committed by itself (autocommit): one round trip for the read and one for the
write instead of BEGIN, SELECT, UPDATE, COMMIT. A single UPDATE or INSERT is atomic on its
own, and the read-then-write was never locked (READ COMMITTED), so nothing is weaker. When
the request's session already holds a transaction or pending changes (resume), the
statements join it and the write commits it all, as callers expect.
"""

import json
import secrets
from dataclasses import dataclass
from datetime import timedelta

from cryptography.fernet import InvalidToken
from flask import current_app, g, request, session
from sqlalchemy import bindparam, delete, insert, select, update

from portal.crypto import keyring
from portal.db import autocommit_engine
from portal.extensions import db
from portal.models import VisitorState, utcnow

SESSION_KEY = "visitor"
ANSWERS_COOKIE = "ti_answers"  # the screening answers, one Fernet token
_TABLE = VisitorState.__table__
# Built once: the columns to set come with the parameters.
_READ = select(_TABLE.c.draft).where(_TABLE.c.id == bindparam("visitor_id"))
_UPDATE = update(_TABLE).where(_TABLE.c.id == bindparam("visitor_id"))
_INSERT = insert(_TABLE)


@dataclass
class _Row:
    """What this request knows of the visitor's row (kept on `g`: this request only)."""

    id: str
    draft: str | None
    stored: bool  # the row exists in the database


def _alone() -> bool:
    """Whether a statement may run alone, committed by itself: on PostgreSQL (SQLite's
    writes take their lock with BEGIN IMMEDIATE, portal/db.py), when this request's session
    has begun no transaction and holds no change that a commit here would have to carry."""
    if db.engine.dialect.name != "postgresql":
        return False
    if not db.session.registry.has():
        return True  # no Session made in this request yet (none is made here either)
    session_ = db.session()
    return not (session_.in_transaction() or session_.new or session_.dirty or session_.deleted)


def _load() -> _Row | None:
    """The visitor's row, read at most once per request."""
    visitor_id = session.get(SESSION_KEY)
    if not visitor_id:
        return None
    kept = g.get("visitor_row")
    if kept is not None and kept.id == visitor_id:
        return kept
    if _alone():
        with autocommit_engine().connect() as connection:
            found = connection.execute(_READ, {"visitor_id": visitor_id}).first()
    else:
        found = db.session.connection().execute(_READ, {"visitor_id": visitor_id}).first()
    row = _Row(visitor_id, found.draft, True) if found else None
    g.visitor_row = row
    return row


def _write(**values) -> None:
    """Update the visitor's row with `values` and commit; a visitor without a row (new,
    or purged since) gets a new one under a new id."""
    row = _load()
    if row is not None:
        # Like the ORM's change tracking: an unchanged value is not encrypted and written again.
        values = {name: value for name, value in values.items() if getattr(row, name) != value}
    if _alone():
        # begin(): no BEGIN is sent in autocommit, and its commit marks the request as
        # having committed (portal/db.py then never runs it again after a lost connection).
        with autocommit_engine().begin() as connection:
            row = _store(connection, row, values)
    else:
        row = _store(db.session.connection(), row, values)
        db.session.commit()
    g.visitor_row = row


def _store(connection, row: _Row | None, values: dict) -> _Row:
    now = utcnow()
    if row is not None:
        done = connection.execute(_UPDATE, {"visitor_id": row.id, "updated_at": now, **values})
        row.stored = done.rowcount == 1
    if row is None or not row.stored:
        fresh = {"draft": None, **values}
        row = _Row(secrets.token_urlsafe(32), fresh["draft"], True)
        connection.execute(_INSERT, {"id": row.id, "created_at": now, "updated_at": now, **fresh})
        session[SESSION_KEY] = row.id
    for name, value in values.items():
        setattr(row, name, value)
    return row


def seal_answers(answers: dict) -> str:
    """The answers as the token kept in the session (also for tests that set answers)."""
    text = json.dumps(answers, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return keyring().encrypt(text.encode("utf-8")).decode("ascii")


def _unseal(token) -> dict:
    hours = current_app.extensions["municipality"]["retention"]["visitor_state_hours"]
    try:
        text = keyring().decrypt(token.encode("ascii"), ttl=hours * 3600)
        answers = json.loads(text)
    except (InvalidToken, AttributeError, UnicodeError, ValueError):
        # Too old, made with a retired key, or not a token at all: the visitor starts again.
        return {}
    return answers if isinstance(answers, dict) else {}


def get_answers() -> dict:
    kept = g.get("visitor_answers")
    if kept is None:
        token = request.cookies.get(ANSWERS_COOKIE)
        kept = _unseal(token) if token else {}
        g.visitor_answers = kept
    return dict(kept)


def save_answers(answers: dict) -> None:
    # JSON keeps lists, not tuples; answers stay codes only.
    answers = {k: list(v) if isinstance(v, tuple | list) else v for k, v in answers.items()}
    if answers == get_answers():
        return  # unchanged: the cookie is not sealed and sent again
    g.visitor_answers = answers
    g.visitor_answers_changed = True


def write_answers_cookie(response):
    """After the view: the answers sealed into their cookie, if this request changed them
    (also to none: the cookie is then removed)."""
    if not g.pop("visitor_answers_changed", False):
        return response
    config = current_app.config
    cookie = {
        "path": "/",
        "httponly": True,
        "secure": config["SESSION_COOKIE_SECURE"],
        "samesite": config["SESSION_COOKIE_SAMESITE"],
    }
    answers = g.get("visitor_answers")
    if answers:
        response.set_cookie(ANSWERS_COOKIE, seal_answers(answers), **cookie)
    else:
        response.delete_cookie(ANSWERS_COOKIE, **cookie)
    return response


def get_draft() -> dict:
    row = _load()
    return json.loads(row.draft) if row and row.draft else {}


def save_draft(draft: dict) -> None:
    _write(draft=json.dumps(draft, ensure_ascii=False))


def current_id() -> str | None:
    return session.get(SESSION_KEY)


def leave() -> None:
    """Forget the visitor in the browser: the answers and the id of the draft's row (the
    row was deleted with the submission)."""
    session.pop(SESSION_KEY, None)
    g.pop("visitor_row", None)
    g.visitor_answers = {}
    g.visitor_answers_changed = True


def purge_older_than(hours: int) -> int:
    """Delete visitor states untouched for `hours` (retention); returns how many."""
    cutoff = utcnow() - timedelta(hours=hours)
    result = db.session.execute(delete(VisitorState).where(VisitorState.updated_at < cutoff))
    db.session.commit()
    return result.rowcount or 0


def init_app(app) -> None:
    app.after_request(write_answers_cookie)
