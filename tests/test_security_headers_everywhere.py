"""Every kind of response carries the whole set of security headers (portal/security.py
appends them prebuilt): pages, redirects, errors, JSON, static files, the public pages,
with and without HSTS, and a header a view set itself is replaced, never doubled."""

import re

import pytest
from flask import Response

from portal.security import security_headers

HEADERS = [name for name, _ in security_headers("x", hsts=True)]


def _assert_complete(response, hsts: bool, nonce: bool):
    for name in HEADERS:
        if name == "Strict-Transport-Security" and not hsts:
            assert name not in response.headers
            continue
        assert len(response.headers.getlist(name)) == 1, name
    expected = dict(security_headers("n" if nonce else None, hsts))
    for name, value in expected.items():
        if name == "Content-Security-Policy":
            continue
        assert response.headers[name] == value
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert bool(re.search(r"'nonce-[^']{16,}'", csp)) is nonce
    assert "Cookie" in response.headers["Vary"]


@pytest.fixture(params=[False, True], ids=["no-hsts", "hsts"])
def hsts_app(request, make_app):
    app = make_app(HSTS=request.param, WTF_CSRF_ENABLED=True)

    @app.get("/_own_headers")
    def own_headers():
        response = Response("x", mimetype="text/plain")
        response.headers["X-Frame-Options"] = "SAMEORIGIN"  # replaced by ours
        response.headers["Vary"] = "Accept-Language"
        response.headers["Cache-Control"] = "private"
        return response

    @app.get("/_boom")
    def boom():
        raise RuntimeError("expected in this test")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    return app


CASES = {
    "page": ("GET", "/check", 200, True),
    "redirect": ("POST", "/check/restart", 400, True),  # no CSRF token: refused
    "not found": ("GET", "/no-such-page", 404, True),
    "method not allowed": ("DELETE", "/check", 405, True),
    "server error": ("GET", "/_boom", 500, True),
    "json": ("GET", "/api/v1/screening/questions", 200, True),
    "health": ("GET", "/healthz", 200, True),
    "static": ("GET", "/static/js/print.js", 200, True),
    "public page": ("GET", "/", 200, False),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_every_kind_of_response_has_every_header_once(hsts_app, case):
    method, path, status, nonce = CASES[case]
    response = hsts_app.test_client().open(path, method=method)
    assert response.status_code == status
    _assert_complete(response, hsts_app.config["HSTS"], nonce)


def test_a_step_redirect_has_every_header_once(hsts_app):
    client = hsts_app.test_client()
    page = client.get("/check/urgent").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post("/check/urgent", data={"urgent": "no", "csrf_token": token})
    assert response.status_code == 302
    _assert_complete(response, hsts_app.config["HSTS"], nonce=True)
    assert response.headers["Cache-Control"] == "no-store"


def test_headers_a_view_set_are_replaced_or_kept_but_never_doubled(hsts_app):
    response = hsts_app.test_client().get("/_own_headers")
    _assert_complete(response, hsts_app.config["HSTS"], nonce=True)
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "private"  # not a page: its own
    assert set(response.headers["Vary"].replace(" ", "").split(",")) >= {
        "Accept-Language",
        "Cookie",
    }
