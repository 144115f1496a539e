"""The public information pages (portal/page_cache.py): served from memory in front of
Flask, with headers a reverse proxy may cache per language, the security headers of every
page, and nothing of any visitor in them."""

import gzip
import re

import brotli
import pytest
from flask import flash, session

from portal.page_cache import PUBLIC_CACHE_CONTROL

PUBLIC = ["/", "/contact", "/privacy", "/accessibility", "/crisis", "/how-we-assess"]


@pytest.fixture
def public_paths(app):
    """Every page the cache serves."""
    paths = sorted(app.wsgi_app.paths)
    assert set(PUBLIC) <= set(paths)
    return paths


def test_public_pages_may_be_cached_per_language_with_every_security_header(client, public_paths):
    for path in public_paths:
        for _ in range(2):  # the first request renders, the second comes from memory
            response = client.get(path)
            assert response.status_code == 200, path
            assert response.headers["Cache-Control"] == PUBLIC_CACHE_CONTROL
            assert response.headers["Vary"] == "Cookie, Accept-Encoding"
            assert "Content-Encoding" not in response.headers  # the client asked for none
            assert response.headers["Content-Language"] == "da"
            assert "Set-Cookie" not in response.headers
            csp = response.headers["Content-Security-Policy"]
            assert "script-src 'self';" in csp and "style-src 'self';" in csp
            assert "nonce" not in csp and "unsafe-inline" not in csp
            assert "frame-ancestors 'none'" in csp
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["X-Frame-Options"] == "DENY"
            assert response.headers["Referrer-Policy"] == "same-origin"


def test_public_pages_have_no_inline_script_or_style(client, public_paths):
    # Why the CSP of these pages can do without a nonce: nothing inline needs one.
    for path in public_paths:
        for lang in ("da", "en"):
            text = client.get(f"{path}?lang={lang}").get_data(as_text=True)
            assert re.search(r"<script(?![^>]*\bsrc=\"/)", text) is None, path
            assert "<style" not in text and " style=" not in text, path


def test_the_language_switch_sets_the_cookie_and_is_not_cached(client):
    switched = client.get("/?lang=en")
    assert '<html lang="en"' in switched.get_data(as_text=True)
    assert switched.headers["Cache-Control"] == "no-store"
    assert switched.headers["Content-Language"] == "en"
    cookie = switched.headers["Set-Cookie"]
    assert cookie.startswith("ti_lang=en;") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    # The cookie now chooses the language of the cached pages.
    after = client.get("/contact")
    assert '<html lang="en"' in after.get_data(as_text=True)
    assert after.headers["Cache-Control"] == PUBLIC_CACHE_CONTROL
    assert after.headers["Content-Language"] == "en"
    assert '<html lang="da"' in client.get("/contact?lang=da").get_data(as_text=True)


def test_other_query_arguments_are_rendered_per_request_as_before(client):
    response = client.get("/?lang=en&q=1")
    assert response.status_code == 200
    assert '<html lang="en"' in response.get_data(as_text=True)
    assert response.headers["Cache-Control"] == "no-store"
    assert re.search(r"'nonce-[^']{16,}'", response.headers["Content-Security-Policy"])


def test_head_is_answered_without_a_body(client):
    response = client.head("/")
    assert response.status_code == 200
    assert response.get_data() == b""
    assert response.headers["Cache-Control"] == PUBLIC_CACHE_CONTROL


def test_a_cached_page_skips_the_per_request_work(app):
    # Limiter, session, locale selector and every other hook run before_request: none of
    # them runs for a page served from memory.
    calls = []
    app.before_request(lambda: calls.append(1))
    client = app.test_client()
    client.get("/")
    assert calls == [1]  # the one rendering
    for _ in range(3):
        assert client.get("/").status_code == 200
    assert calls == [1]
    client.get("/check")
    assert len(calls) == 2  # an ordinary page still has them


def test_no_cached_page_holds_anything_of_the_visitor_who_came_first(make_app, public_paths):
    app = make_app(WTF_CSRF_ENABLED=True)

    @app.get("/_visitor")
    def visitor():
        session["probe"] = "Secret-Session-Value-4711"
        flash("Secret-Flash-Message-4712")
        return "ok"

    first = app.test_client()
    first.get("/_visitor")
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', first.get("/check/urgent").text)
    assert token  # the visitor has a session and a CSRF token
    filled = {}
    for path in public_paths:
        for lang in ("da", "en"):
            response = first.get(f"{path}?lang={lang}")  # this visitor fills the cache
            text = response.get_data(as_text=True)
            for leak in ("Secret-Session-Value-4711", "Secret-Flash-Message-4712", "csrf_token"):
                assert leak not in text, (path, leak)
            assert token.group(1) not in text
            assert "ti_session" not in response.headers.get("Set-Cookie", "")
            filled[(path, lang)] = text
    # Another visitor, without any cookie, gets exactly the same pages.
    other = app.test_client()
    for (path, lang), text in filled.items():
        assert other.get(f"{path}?lang={lang}").get_data(as_text=True) == text
    # The first visitor's session was neither read into a page nor lost.
    with first.session_transaction() as kept:
        assert kept["probe"] == "Secret-Session-Value-4711"
        assert "Secret-Flash-Message-4712" in str(kept["_flashes"])


def test_hsts_on_cached_pages_in_production(make_app):
    client = make_app(HSTS=True).test_client()
    for _ in range(2):
        assert "max-age=31536000" in client.get("/").headers["Strict-Transport-Security"]


@pytest.mark.parametrize(
    ("accept", "encoding"),
    [("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"), ("identity", None)],
)
def test_public_pages_are_sent_compressed_when_the_client_takes_it(client, accept, encoding):
    plain = client.get("/contact").data
    response = client.get("/contact", headers={"Accept-Encoding": accept})
    assert response.headers.get("Content-Encoding") == encoding
    body = response.data
    if encoding == "br":
        body = brotli.decompress(body)
    elif encoding == "gzip":
        body = gzip.decompress(body)
    assert body == plain
    if encoding:
        assert len(response.data) < len(plain) / 2
        assert response.headers["Content-Length"] == str(len(response.data))


def test_pages_for_one_visitor_stay_uncompressed(client):
    # /check carries a CSRF token: compressing it beside reflected input would invite BREACH.
    response = client.get("/check", headers={"Accept-Encoding": "br, gzip"})
    assert "Content-Encoding" not in response.headers
