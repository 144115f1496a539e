"""Server-side state of an anonymous visitor: screening answers and application draft.

The browser keeps only a random id in the signed session cookie; the answers live in the
database (so they survive a language switch, a second instance and a database hiccup on
submit), stored as codes. Drafts may hold a CPR number and are encrypted.
"""

import json
import secrets
from datetime import timedelta

from flask import g, session
from sqlalchemy import delete

from portal.extensions import db
from portal.models import VisitorState, utcnow

SESSION_KEY = "visitor"


def _load(create: bool) -> VisitorState | None:
    visitor_id = session.get(SESSION_KEY)
    # The session's identity map holds objects weakly: without this reference a step that
    # reads the answers and then saves them loaded (and decrypted) the row twice.
    kept = g.get("visitor_state")
    if kept is not None and visitor_id is not None and kept.id == visitor_id:
        return kept
    state = db.session.get(VisitorState, visitor_id) if visitor_id else None
    if state is None and create:
        state = VisitorState(id=secrets.token_urlsafe(32), answers={})
        db.session.add(state)
        session[SESSION_KEY] = state.id
    g.visitor_state = state
    return state


def get_answers() -> dict:
    state = _load(create=False)
    return dict(state.answers or {}) if state else {}


def save_answers(answers: dict) -> None:
    state = _load(create=True)
    # JSON columns hold lists, not tuples; answers stay codes only.
    state.answers = {k: list(v) if isinstance(v, tuple | list) else v for k, v in answers.items()}
    state.updated_at = utcnow()
    db.session.commit()


def get_draft() -> dict:
    state = _load(create=False)
    return json.loads(state.draft) if state and state.draft else {}


def save_draft(draft: dict) -> None:
    state = _load(create=True)
    state.draft = json.dumps(draft, ensure_ascii=False)
    state.updated_at = utcnow()
    db.session.commit()


def current_id() -> str | None:
    return session.get(SESSION_KEY)


def leave() -> None:
    """Forget the visitor id in the browser (its row was deleted with the submission)."""
    session.pop(SESSION_KEY, None)


def purge_older_than(hours: int) -> int:
    """Delete visitor states untouched for `hours` (retention); returns how many."""
    cutoff = utcnow() - timedelta(hours=hours)
    result = db.session.execute(delete(VisitorState).where(VisitorState.updated_at < cutoff))
    db.session.commit()
    return result.rowcount or 0
