"""Security headers (a per-request CSP nonce, no inline script, no framing) and one guard
for every input: NUL bytes and lone surrogates are stripped from forms and query strings,
and JSON nested too deeply or holding them is refused with a 400 and a clear message,
before any view, form or database sees them."""

import functools
import re
import secrets

from flask import current_app, g, jsonify, render_template, request
from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import ImmutableMultiDict, MultiDict


def csp_nonce() -> str:
    if g.get("public_page"):
        return ""  # a public page is the same for everyone: its CSP has no nonce
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def _csp(nonce: str | None) -> str:
    own = "'self'" if nonce is None else f"'self' 'nonce-{nonce}'"
    return (
        "default-src 'self'; "
        f"script-src {own}; "
        f"style-src {own}; "
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )


def security_headers(nonce: str | None, hsts: bool = False) -> list[tuple[str, str]]:
    """The headers every response carries. `nonce` None: the CSP of the public pages
    (portal/page_cache.py), which have no inline script or style and load scripts and
    styles from 'self' only, so the nonce would allow nothing more."""
    headers = [
        ("Content-Security-Policy", _csp(nonce)),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        ("X-Frame-Options", "DENY"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ]
    if hsts:
        headers.append(("Strict-Transport-Security", "max-age=31536000; includeSubDomains"))
    return headers


@functools.cache
def _fixed_headers(hsts: bool) -> tuple[tuple[str, str], ...]:
    """Every security header but the CSP (whose nonce changes per request), built once."""
    return tuple(h for h in security_headers(None, hsts) if h[0] != "Content-Security-Policy")


_OURS = frozenset(name.lower() for name, _ in security_headers(None, hsts=True))


def set_security_headers(response):
    public = g.get("public_page", False)  # set by portal.page_cache while it renders
    hsts = bool(current_app.config.get("HSTS"))
    headers = response.headers
    present = {name.lower() for name, _ in headers.items()}
    if public:
        ours = security_headers(None, hsts)
    else:
        ours = (("Content-Security-Policy", _csp(csp_nonce())), *_fixed_headers(hsts))
    if present.isdisjoint(_OURS):
        headers.extend(ours)  # the usual case: appended, no search for earlier values
    else:
        for name, value in ours:
            headers[name] = value
    if "cache-control" not in present and response.mimetype == "text/html":
        # Pages may hold personal data: never in a shared cache. The public pages are
        # served from portal.page_cache with their own Cache-Control.
        headers.add("Cache-Control", "no-store")
    if "vary" in present:
        response.vary.add("Cookie")
    else:
        headers.add("Vary", "Cookie")
    return response


MAX_JSON_DEPTH = 20  # our JSON bodies nest 3 levels; json.loads recurses without bound
# NUL: PostgreSQL text cannot hold it. Lone surrogates (from JSON "\ud800"): UTF-8 cannot
# encode them, so the database driver, the encryption and the logs would fail on them.
_UNUSABLE = re.compile("[\x00\ud800-\udfff]")
MSG_TOO_DEEP = _l("The JSON is nested too deeply. It may be at most %(max)d levels deep.")
MSG_UNUSABLE = _l(
    "What you sent contains characters we cannot use, such as a null character. "
    "Remove them and try again."
)
_OPEN, _CLOSE, _QUOTE, _BACKSLASH = b"[{", b"]}", ord('"'), ord("\\")


def json_too_deep(data: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether the JSON text nests arrays/objects deeper than `limit`, found by a scan of the
    raw bytes (strings skipped), so json.loads never recurses into an attack."""
    if data.count(b"[") + data.count(b"{") <= limit:
        return False  # the common case, decided by two C-speed counts
    depth, in_string, escaped = 0, False, False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == _BACKSLASH:
                escaped = True
            elif byte == _QUOTE:
                in_string = False
        elif byte == _QUOTE:
            in_string = True
        elif byte in _OPEN:
            depth += 1
            if depth > limit:
                return True
        elif byte in _CLOSE:
            depth -= 1
    return False


def _strings(value):
    """Every string in a parsed JSON value, keys included (depth is bounded by now)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _unusable(texts) -> bool:
    return any(_UNUSABLE.search(text) for text in texts)


def _refuse(message):
    from portal.errors import JSON_PATHS, TITLES

    if request.is_json or request.path.startswith(JSON_PATHS):
        return jsonify(error=str(TITLES[400]), message=str(message)), 400
    return render_template("errors/error.html", code=400, title=TITLES[400], text=message), 400


def _stripped(values: MultiDict) -> ImmutableMultiDict:
    return ImmutableMultiDict(
        (_UNUSABLE.sub("", key), _UNUSABLE.sub("", value))
        for key, value in values.items(multi=True)
    )


def guard_input():
    """Runs before every view, so no view, form or database sees unusable input: from
    forms and query strings NUL bytes and lone surrogates are stripped (a browser never
    sends them; the rest of what was typed is kept); JSON nested too deeply or holding
    them is refused with a 400 that says why."""
    if request.args and _unusable(t for pair in request.args.items(multi=True) for t in pair):
        request.args = _stripped(request.args)
    if request.method not in ("POST", "PUT", "PATCH", "DELETE"):
        return None
    if request.is_json:
        data = request.get_data(cache=True)
        if json_too_deep(data):
            return _refuse(MSG_TOO_DEEP % {"max": MAX_JSON_DEPTH})
        body = request.get_json(silent=True)  # cached: the view reads the same object
        if body is not None and _unusable(_strings(body)):
            return _refuse(MSG_UNUSABLE)
    elif _unusable(t for pair in request.form.items(multi=True) for t in pair):
        request.form = _stripped(request.form)
    return None


def init_app(app) -> None:
    from portal.security_signing import SessionInterface

    app.session_interface = SessionInterface()  # Flask's signed cookie, made once
    app.before_request(guard_input)
    app.after_request(set_security_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
