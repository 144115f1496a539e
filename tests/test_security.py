import re

from portal import create_app
from tests.conftest import make_config


def test_security_headers(client):
    # A page per visitor (the public pages: tests/citizen/test_public_page_cache.py).
    response = client.get("/check")
    csp = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert len(nonce) >= 16
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Strict-Transport-Security" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_nonce_differs_per_request(client):
    first = client.get("/check").headers["Content-Security-Policy"]
    assert first != client.get("/check").headers["Content-Security-Policy"]


def test_no_inline_script_or_style_in_pages(client):
    for path in ("/", "/contact", "/privacy", "/accessibility", "/crisis"):
        text = client.get(path).get_data(as_text=True)
        assert " style=" not in text
        assert re.search(r"<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)", text) is None


def test_hsts_and_secure_cookies_in_production(db_url, monkeypatch):
    monkeypatch.setenv("PORTAL_ENV", "production")
    monkeypatch.setenv("PORTAL_BASE_URL", "https://portal.example")
    monkeypatch.setenv("SECRET_KEY", "p" * 40)
    from tests.conftest import DATA_KEY

    monkeypatch.setenv("PORTAL_DATA_KEY", DATA_KEY)
    app = create_app({"SQLALCHEMY_DATABASE_URI": db_url})
    assert app.config["SESSION_COOKIE_SECURE"] is True
    client = app.test_client()
    response = client.get("/?lang=en", base_url="https://localhost")
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_session_cookie_flags(app):
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_csrf_is_enabled_app_wide(db_url):
    app = create_app(make_config(db_url, WTF_CSRF_ENABLED=True))

    @app.post("/_csrf_probe")
    def probe():
        return "accepted"

    response = app.test_client().post("/_csrf_probe", data={"x": "1"})
    assert response.status_code == 400
    assert "accepted" not in response.get_data(as_text=True)


def test_request_size_limit(make_app):
    app = make_app()

    @app.post("/_size_probe")
    def probe():
        from flask import request

        return str(len(request.form.get("x", "")))

    response = app.test_client().post("/_size_probe?lang=en", data={"x": "a" * 200_000})
    assert response.status_code == 413
    assert "too large" in response.get_data(as_text=True)


def test_error_pages_in_both_languages(client):
    response = client.get("/no-such-page?lang=da")
    assert response.status_code == 404
    assert "Vi kan ikke finde siden" in response.get_data(as_text=True)
    response = client.get("/no-such-page?lang=en")
    assert "We could not find the page" in response.get_data(as_text=True)


def test_unexpected_error_shows_no_stack_trace(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    @app.get("/_boom")
    def boom():
        raise RuntimeError("secret 010101-1234 detail")

    response = app.test_client().get("/_boom?lang=en")
    assert response.status_code == 500
    text = response.get_data(as_text=True)
    assert "Something went wrong on our side" in text
    assert "Traceback" not in text and "010101-1234" not in text


def test_logs_mask_cpr_numbers_and_emails(make_app, caplog):
    import logging

    from portal.logs import RedactingFilter

    record = logging.LogRecord("portal", logging.INFO, "x", 1, "cpr %s mail %s", None, None)
    record.args = ("010101-1234", "a@b.dk")
    RedactingFilter().filter(record)
    assert record.getMessage() == "cpr [cpr] mail [email]"


def test_method_not_allowed_page(client):
    response = client.post("/healthz")
    assert response.status_code in (400, 405)
