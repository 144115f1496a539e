"""Staff-area fixtures: an app context, clients logged in as each role, a fake clock for
the staff access rules, and the two login steps through the real forms."""

import secrets
import time
from datetime import timedelta

import pyotp
import pytest

from portal.extensions import db
from portal.models import utcnow
from tests.staff.factories import PASSWORD, make_staff


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield app
        db.session.remove()


def login_as(client, user) -> None:
    """Log a test client in without the login form (the form has its own tests)."""
    # The session token a real login issues, without the login's audit row.
    user.session_token = token = secrets.token_urlsafe(32)
    user.session_started_at = utcnow()
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


class FakeClock:
    """The staff access rules' time (app.config["STAFF_CLOCK"]): moved, never slept."""

    def __init__(self):
        self.now = utcnow()

    def __call__(self):
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(app, ctx):
    fake = FakeClock()
    app.config["STAFF_CLOCK"] = fake
    return fake


def code_at(secret: str, clock: FakeClock) -> str:
    return pyotp.TOTP(secret).at(clock.now)


def client_from(app, ip: str = "127.0.0.1"):
    """A test client whose requests come from `ip`."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = ip
    return client


def post_login(client, email, password=PASSWORD, lang="en"):
    return client.post(f"/staff/login?lang={lang}", data={"email": email, "password": password})


def post_code(client, code, lang="en"):
    return client.post(f"/staff/login/code?lang={lang}", data={"code": code})


def log_in(client, user, clock, password=PASSWORD):
    """Both steps through the forms; moves the clock on 30 s, so the next login of the
    same user gets a fresh code (a code works once). Returns the code step's response."""
    first = post_login(client, user.email, password)
    assert first.status_code == 302 and first.location.startswith("/staff/login/code"), (
        first.status_code
    )
    response = post_code(client, code_at(user.totp_secret, clock))
    clock.advance(seconds=30)
    return response
