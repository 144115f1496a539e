"""Page weight of the offer page: HTML, CSS, JS and fonts as sent (compressed), for a first
visit and a repeat visit (the year-long cache headers mean only the HTML is fetched again)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import requests

ASSET = re.compile(r'<(?:link|script)[^>]+(?:href|src)="([^"]+)"')
FONT = re.compile(r'url\("?([^)"]+\.woff2)"?\)')


def _kind(ref: str) -> str:
    if ".css" in ref:
        return "css"
    if ".js" in ref:
        return "js"
    return "font" if ".woff" in ref else "other"


def _wire_bytes(session: requests.Session, url: str) -> tuple[int, str, requests.Response]:
    """Bytes on the wire (still compressed) and the decoded text."""
    response = session.get(url, stream=True)
    wire = response.raw.read(decode_content=False)
    text = (
        requests.get(url).text
        if response.headers.get("Content-Type", "").startswith(("text/", "application/javascript"))
        else ""
    )
    return len(wire), text, response


def measure(base_url: str, path: str = "/") -> dict:
    session = requests.Session()
    session.headers["Accept-Encoding"] = "br, gzip"
    html_wire, html, _ = _wire_bytes(session, base_url + path)
    wire = {"html": html_wire}
    seen = set()
    cache = {}
    for ref in ASSET.findall(html):
        url = urljoin(base_url + path, ref)
        if ref.startswith("data:") or url in seen:
            continue
        seen.add(url)
        size, text, response = _wire_bytes(session, url)
        wire[_kind(ref)] = wire.get(_kind(ref), 0) + size
        cache[ref.split("?")[0].rsplit("/", 1)[-1]] = response.headers.get("Cache-Control", "")
        for font in FONT.findall(text):
            font_url = urljoin(url, font)
            if font_url not in seen:
                seen.add(font_url)
                wire["font"] = wire.get("font", 0) + _wire_bytes(session, font_url)[0]
    return {
        "html_bytes": len(html.encode()),
        "wire": wire,
        "first_visit_wire": sum(wire.values()),
        "repeat_visit_wire": wire["html"],
        "cache": cache,
    }


def report(figures: dict) -> list[str]:
    wire = figures["wire"]
    parts = ", ".join(f"{k} {v:,} B" for k, v in sorted(wire.items()))
    return [
        f"offer page HTML: {figures['html_bytes']:,} bytes (budget 20,000)",
        f"first visit as sent (compressed): {parts} = {figures['first_visit_wire']:,} bytes "
        "(budget 60,000, DESIGN.md § 10)",
        f"repeat visit: {figures['repeat_visit_wire']:,} bytes (static files cached a year)",
    ]
