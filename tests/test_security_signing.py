"""The session cookie and the CSRF check with serializers made once
(portal/security_signing.py): the same signatures as Flask's and Flask-WTF's own, so
cookies and tokens stay valid across the change, and every failure is still refused."""

import hashlib
import re
import time

import pytest
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

from portal.security_signing import CSRF_SALT, CSRFProtect, KeptSignerSerializer, SessionInterface

FIXED_TIME = 1_790_000_000


@pytest.fixture
def csrf_app(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)

    @app.get("/_token")
    def issue_token():
        from flask_wtf.csrf import generate_csrf

        return generate_csrf()

    @app.post("/_probe")
    def probe():
        return "accepted"

    return app


def _flask_serializer(app) -> URLSafeTimedSerializer:
    return SecureCookieSessionInterface().get_signing_serializer(app)


def test_the_session_cookie_is_byte_for_byte_flasks(app, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: FIXED_TIME)
    data = {"csrf_token": "a" * 40, "visitor": "v" * 43, "receipts": {"TI-1": 2}}
    with app.test_request_context():
        ours = app.session_interface.get_signing_serializer(app)
        theirs = _flask_serializer(app)
        assert isinstance(app.session_interface, SessionInterface)
        assert ours.dumps(data) == theirs.dumps(data)
        assert ours.loads(theirs.dumps(data)) == data
        assert theirs.loads(ours.dumps(data)) == data


def test_a_session_cookie_signed_with_another_key_is_ignored(app):
    with app.test_request_context():
        stranger = URLSafeTimedSerializer(
            "another-secret",
            salt="cookie-session",
            signer_kwargs={"key_derivation": "hmac", "digest_method": hashlib.sha1},
        )
        forged = stranger.dumps({"visitor": "someone-elses-row"})
    client = app.test_client()
    client.set_cookie(app.config["SESSION_COOKIE_NAME"], forged)
    with client:
        client.get("/check")
        from flask import session

        assert "visitor" not in session


def test_a_tampered_session_cookie_is_ignored(app):
    with app.test_request_context():
        good = app.session_interface.get_signing_serializer(app).dumps({"visitor": "mine"})
    payload, stamp, signature = good.rsplit(".", 2)
    tampered = f"{payload}.{stamp}.{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"
    client = app.test_client()
    client.set_cookie(app.config["SESSION_COOKIE_NAME"], tampered)
    with client:
        client.get("/check")
        from flask import session

        assert "visitor" not in session


def test_fallback_keys_still_open_old_cookies_and_new_ones_use_the_current_key(make_app):
    old = make_app(SECRET_KEY="old-secret")
    with old.test_request_context():
        old_cookie = old.session_interface.get_signing_serializer(old).dumps({"visitor": "v1"})
    app = make_app(SECRET_KEY="new-secret", SECRET_KEY_FALLBACKS=["old-secret"])
    with app.test_request_context():
        serializer = app.session_interface.get_signing_serializer(app)
        assert serializer.loads(old_cookie) == {"visitor": "v1"}
        fresh = serializer.dumps({"visitor": "v2"})
    with old.test_request_context(), pytest.raises(Exception, match="Signature"):
        old.session_interface.get_signing_serializer(old).loads(fresh)


def test_the_csrf_token_is_flask_wtfs(csrf_app, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: FIXED_TIME)
    theirs = URLSafeTimedSerializer("test-secret", salt=CSRF_SALT)
    ours = KeptSignerSerializer("test-secret", salt=CSRF_SALT)
    assert ours.dumps("f" * 40) == theirs.dumps("f" * 40)
    assert isinstance(csrf_app.extensions["csrf"], CSRFProtect)


def test_a_valid_token_passes_and_a_second_request_reuses_it(csrf_app):
    client = csrf_app.test_client()
    token = client.get("/_token").text
    for _ in range(2):
        response = client.post("/_probe", data={"csrf_token": token})
        assert response.status_code == 200
        assert response.text == "accepted"
    # The header form of the token (the chat widget's) is accepted too.
    assert client.post("/_probe", headers={"X-CSRFToken": token}).status_code == 200


@pytest.mark.parametrize(
    "how",
    ["missing", "empty", "garbage", "other_key", "other_session", "tampered", "no_session"],
)
def test_a_bad_csrf_token_is_refused(csrf_app, how):
    client = csrf_app.test_client()
    token = client.get("/_token").text
    if how == "missing":
        data = {}
    elif how == "empty":
        data = {"csrf_token": ""}
    elif how == "garbage":
        data = {"csrf_token": "not-a-token"}
    elif how == "other_key":
        data = {"csrf_token": URLSafeTimedSerializer("x", salt=CSRF_SALT).dumps("a" * 40)}
    elif how == "other_session":
        other = csrf_app.test_client()
        data = {"csrf_token": other.get("/_token").text}
    elif how == "tampered":
        data = {"csrf_token": token[:-2] + ("AA" if token[-2:] != "AA" else "BB")}
    else:
        client = csrf_app.test_client()  # a valid token, but this browser has no session
        data = {"csrf_token": token}
    response = client.post("/_probe", data=data)
    assert response.status_code == 400
    assert "accepted" not in response.text


def test_an_expired_csrf_token_is_refused(make_app, monkeypatch):
    app = make_app(WTF_CSRF_ENABLED=True, WTF_CSRF_TIME_LIMIT=60)

    @app.get("/_token")
    def issue_token():
        from flask_wtf.csrf import generate_csrf

        return generate_csrf()

    @app.post("/_probe")
    def probe():
        return "accepted"

    client = app.test_client()
    monkeypatch.setattr(time, "time", lambda: FIXED_TIME)
    token = client.get("/_token").text
    assert client.post("/_probe", data={"csrf_token": token}).status_code == 200
    monkeypatch.setattr(time, "time", lambda: FIXED_TIME + 61)
    assert client.post("/_probe", data={"csrf_token": token}).status_code == 400


def test_the_strict_referrer_check_over_https_stays(csrf_app):
    client = csrf_app.test_client()
    token = client.get("/_token", base_url="https://localhost").text
    https = {"base_url": "https://localhost", "data": {"csrf_token": token}}
    assert client.post("/_probe", **https).status_code == 400  # no Referer
    foreign = client.post("/_probe", headers={"Referer": "https://evil.example/"}, **https)
    assert foreign.status_code == 400
    same = client.post("/_probe", headers={"Referer": "https://localhost/check"}, **https)
    assert same.status_code == 200


def test_an_exempt_view_is_still_exempt(csrf_app):
    @csrf_app.post("/_exempt")
    def exempt_probe():
        return "accepted"

    csrf_app.extensions["csrf"].exempt(exempt_probe)
    assert csrf_app.test_client().post("/_exempt").status_code == 200


def test_the_questionnaire_form_token_is_checked(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    page = client.get("/check/urgent").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post("/check/urgent", data={"urgent": "no"}).status_code == 400
    response = client.post("/check/urgent", data={"urgent": "no", "csrf_token": token})
    assert response.status_code == 302
