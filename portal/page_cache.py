"""Rendered information pages, cached per app and language.

The offer, contact, privacy and similar pages hold no per-visitor data, so rendering them
once per language is enough. Only the CSP nonce differs per response: pages are rendered
with a placeholder nonce that is swapped for the request's own.
"""

import functools

from flask import current_app, g, request

from portal.i18n import current_lang
from portal.security import csp_nonce

PLACEHOLDER = "ti-nonce-placeholder-8f3b"


def cached_page(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        # Any query argument other than ?lang= could change the page: render it afresh.
        if set(request.args) - {"lang"} or kwargs:
            return view(*args, **kwargs)
        pages = current_app.extensions.setdefault("page_cache", {})
        key = (request.endpoint, current_lang())
        html = pages.get(key)
        if html is None:
            real = csp_nonce()
            g.csp_nonce = PLACEHOLDER
            try:
                html = view(*args, **kwargs)
            finally:
                g.csp_nonce = real
            pages[key] = html
        return html.replace(PLACEHOLDER, csp_nonce())

    return wrapper
