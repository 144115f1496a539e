"""`flask --app wsgi data rotate-key`: after rotation every encrypted value decrypts with
only the new key, and an app holding only the old key can no longer read them."""

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from sqlalchemy import select

from portal.crypto import DataKeyError
from portal.extensions import db
from portal.models import Case, VisitorState
from tests.conftest import DATA_KEY
from tests.support.application import ABOUT, NEEDS, fill_in, send


def _raw_tokens(app) -> list[str]:
    with app.app_context(), db.engine.connect() as conn:
        rows = conn.execute(sa.text('SELECT cpr, description, goals FROM "case"')).all()
        drafts = conn.execute(sa.text("SELECT draft FROM visitor_state")).all()
    return [v for row in [*rows, *drafts] for v in row if v is not None]


def test_rotate_key_re_encrypts_everything_with_the_new_key(make_app):
    old_app = make_app()  # PORTAL_DATA_KEY = DATA_KEY (the old key)
    client = old_app.test_client()
    send(client, fill_in(client))
    other = old_app.test_client()
    fill_in(other)  # an unsent draft too
    before = _raw_tokens(old_app)
    assert len(before) == 4

    new_key = Fernet.generate_key().decode()
    both = make_app(PORTAL_DATA_KEY=f"{new_key},{DATA_KEY}")
    result = both.test_cli_runner().invoke(args=["data", "rotate-key"])
    assert result.exit_code == 0, result.output
    assert "re-encrypted" in result.output
    after = _raw_tokens(both)
    assert len(after) == 4 and not set(after) & set(before)

    new_only = make_app(PORTAL_DATA_KEY=new_key)
    with new_only.app_context():
        case = db.session.scalars(select(Case)).one()
        assert case.cpr == ABOUT["cpr"]
        assert case.description == NEEDS["description"]
        assert case.goals == NEEDS["goals"]
        draft = db.session.scalars(select(VisitorState)).one().draft
        assert ABOUT["name"] in draft

    old_only = make_app(PORTAL_DATA_KEY=DATA_KEY)
    with old_only.app_context(), pytest.raises(DataKeyError):
        db.session.scalars(select(Case)).one().cpr  # noqa: B018 - loading decrypts


def test_rotate_key_on_an_empty_database(make_app):
    app = make_app(PORTAL_DATA_KEY=f"{Fernet.generate_key().decode()},{DATA_KEY}")
    result = app.test_cli_runner().invoke(args=["data", "rotate-key"])
    assert result.exit_code == 0 and "re-encrypted 0 rows" in result.output
