"""Staff-area fixtures: an app context, and clients logged in as each role."""

import secrets
import time

import pytest

from portal.extensions import db
from tests.staff.factories import make_staff


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield app
        db.session.remove()


def login_as(client, user) -> None:
    """Log a test client in without the login form (the form has its own tests)."""
    # The session token a real login issues, without the login's audit row.
    user.session_token = token = secrets.token_urlsafe(32)
    db.session.commit()
    with client.session_transaction() as session:
        session["staff_user_id"] = user.id
        session["staff_last_seen"] = time.time()
        session["staff_session_token"] = token


@pytest.fixture
def as_role(app, ctx):
    """as_role("lead") -> (client, user): a client logged in as a new user of that role."""

    def factory(role: str = "caseworker"):
        user = make_staff(role)
        client = app.test_client()
        login_as(client, user)
        return client, user

    return factory
