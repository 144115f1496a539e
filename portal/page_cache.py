"""Public information pages (offer, contact, privacy, accessibility, emergency help, how we
assess): rendered once per language and process, then served from memory in front of Flask.

These pages hold no per-visitor data, so they need none of the per-request work: no rate
limit, no session load or save, no locale selector, no CSP nonce. `PublicPages` is WSGI
middleware that answers GET and HEAD for them straight from the cache: the language comes
from `?lang=` (then remembered in the `ti_lang` cookie, as `portal.i18n` does) or from that
cookie. The page is filled by an internal request that carries no cookie and no query other
than `?lang=`, so nothing of the visitor who happened to come first (session, flash,
CSRF token) can end up in the page everyone else gets.

The responses carry the same security headers as every other page, with a CSP without a
nonce: the pages load only external scripts from 'self' and have no inline script or style,
so 'self' allows exactly what the nonce allowed. `Cache-Control: public, max-age=300` and
`Vary: Cookie` let a browser keep the page for five minutes and let the reverse proxy cache
it per language (deploy/nginx/tidlig-indsats.conf keys on the `ti_lang` cookie; docs/
production.md § 6). A response that sets the language cookie is `no-store`.
"""

from __future__ import annotations

import functools
import gzip
import io
import re

import brotli
from flask import g, request
from werkzeug.http import dump_cookie

from portal.i18n import LANG_COOKIE, ONE_YEAR
from portal.security import security_headers

MAX_AGE = 300  # seconds a browser or the proxy may keep a page: texts change on deploys
PUBLIC_CACHE_CONTROL = f"public, max-age={MAX_AGE}"
FILL = "portal.page_cache.fill"  # WSGI environ key of the internal request that renders
_LANG_COOKIE = re.compile(r"(?:^|;)\s*" + LANG_COOKIE + r"=([A-Za-z-]{2,8})\s*(?:;|$)")


def cached_page(view):
    """Marks a view as a public page. Its route must take no arguments; `PublicPages` then
    serves it from the cache. Requests the cache does not answer (other query arguments,
    other methods) are rendered afresh, per request, with the usual headers."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if request.environ.get(FILL):
            g.public_page = True  # security.set_security_headers: no nonce
        return view(*args, **kwargs)

    wrapper.public_page = True
    return wrapper


def is_public_page() -> bool:
    return bool(g.get("public_page"))


class PublicPages:
    """WSGI middleware answering the public pages from memory (see the module docstring)."""

    def __init__(self, app, wsgi_app):
        self.flask_app = app
        self.wsgi_app = wsgi_app
        self.pages: dict[tuple[str, str], bytes] = {}
        self.compressed: dict[tuple[str, str, str], bytes] = {}
        self._paths: frozenset[str] | None = None
        self._headers: dict[str, list[tuple[str, str]]] = {}

    @property
    def paths(self) -> frozenset[str]:
        # Found once from the URL map (every blueprint is registered by the first request).
        if self._paths is None:
            app = self.flask_app
            self._paths = frozenset(
                rule.rule
                for rule in app.url_map.iter_rules()
                if not rule.arguments
                and "GET" in rule.methods
                and getattr(app.view_functions.get(rule.endpoint), "public_page", False)
            )
        return self._paths

    def language(self, environ) -> tuple[str | None, bool]:
        """(language, switched): from a lone `?lang=`, else the cookie, else the default.
        None when the query holds anything else: the page is then rendered by Flask."""
        languages = self.flask_app.config["LANGUAGES"]
        query = environ.get("QUERY_STRING", "")
        if query:
            if query.startswith("lang=") and query[5:] in languages:
                return query[5:], True
            return None, False
        found = _LANG_COOKIE.search(environ.get("HTTP_COOKIE", ""))
        if found and found.group(1) in languages:
            return found.group(1), False
        return self.flask_app.config["BABEL_DEFAULT_LOCALE"], False

    def __call__(self, environ, start_response):
        method = environ.get("REQUEST_METHOD")
        path = environ.get("PATH_INFO", "")
        if (method == "GET" or method == "HEAD") and path in self.paths:
            lang, switched = self.language(environ)
            if lang is not None:
                body = self.pages.get((path, lang))
                if body is None:
                    body = self._render(environ, path, lang)
                if body is not None:
                    encoding = accepted_encoding(environ.get("HTTP_ACCEPT_ENCODING", ""))
                    if encoding:
                        body = self._compressed(path, lang, body, encoding)
                    headers = [*self._headers_for(lang, switched)]
                    if encoding:
                        headers.append(("Content-Encoding", encoding))
                    headers.append(("Content-Length", str(len(body))))
                    start_response("200 OK", headers)
                    return [b""] if method == "HEAD" else [body]
        return self.wsgi_app(environ, start_response)

    def _compressed(self, path: str, lang: str, body: bytes, encoding: str) -> bytes:
        # These pages hold no secret (no CSRF token, no session data: see the tests), so
        # compressing them gives BREACH nothing to find; other pages stay uncompressed.
        key = (path, lang, encoding)
        packed = self.compressed.get(key)
        if packed is None:
            packed = brotli.compress(body) if encoding == "br" else gzip.compress(body, 9)
            self.compressed[key] = packed
        return packed

    def _render(self, environ, path: str, lang: str) -> bytes | None:
        """Renders the page through Flask with a request of its own: no cookie, no query
        but the language, no body. Only a 200 is kept."""
        fill = {
            key: value
            for key, value in environ.items()
            if not key.startswith("HTTP_") or key in ("HTTP_HOST",)
        }
        fill.update(
            {
                "REQUEST_METHOD": "GET",
                "PATH_INFO": path,
                "QUERY_STRING": f"lang={lang}",
                "CONTENT_LENGTH": "0",
                "wsgi.input": io.BytesIO(b""),
                FILL: True,
            }
        )
        fill.pop("CONTENT_TYPE", None)
        status: list[str] = []

        def capture(status_line, headers, exc_info=None):
            status.append(status_line)
            return lambda data: None

        result = self.wsgi_app(fill, capture)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        if not status or not status[0].startswith("200"):
            return None
        self.pages[(path, lang)] = body
        return body

    def _headers_for(self, lang: str, switched: bool) -> list[tuple[str, str]]:
        headers = self._headers.get(lang)
        if headers is None or switched:
            config = self.flask_app.config
            headers = [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Language", lang),
                *security_headers(None, hsts=config.get("HSTS")),
                # A response that sets the cookie must reach every browser that asks.
                ("Cache-Control", "no-store" if switched else PUBLIC_CACHE_CONTROL),
                ("Vary", "Cookie, Accept-Encoding"),
            ]
            if switched:
                cookie = dump_cookie(
                    LANG_COOKIE,
                    lang,
                    max_age=ONE_YEAR,
                    httponly=True,
                    samesite="Lax",
                    secure=config["SESSION_COOKIE_SECURE"],
                )
                headers.append(("Set-Cookie", cookie))
                return headers  # not kept: the cookie's Expires is computed from now
            self._headers[lang] = headers
        return headers


def accepted_encoding(header: str) -> str | None:
    """'br' or 'gzip' when the client takes it (brotli first), else None (identity)."""
    offered = {}
    for part in header.lower().split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip()
        offered[name.strip()] = not (
            q.startswith("q=") and q[2:].strip() in {"0", "0.0", "0.00", "0.000"}
        )
    for encoding in ("br", "gzip"):
        if offered.get(encoding):
            return encoding
    return None


def init_app(app) -> None:
    app.wsgi_app = PublicPages(app, app.wsgi_app)
