"""Static files: compressed, cached for a year behind content-hashed URLs; pages are not
compressed (BREACH) and not cached."""

import re


def css_url(client) -> str:
    html = client.get("/").get_data(as_text=True)
    return re.search(r'href="(/static/vendor/dkfds/dkfds-portal\.min\.css\?v=[0-9a-f]+)"', html)[1]


def test_css_is_compressed_and_cached_long(client):
    url = css_url(client)
    plain = client.get(url, headers={"Accept-Encoding": ""})
    for encoding in ("br", "gzip"):
        response = client.get(url, headers={"Accept-Encoding": encoding})
        assert response.headers["Content-Encoding"] == encoding
        assert len(response.data) < len(plain.data) / 4
        assert "max-age=31536000" in response.headers["Cache-Control"]
        assert "Accept-Encoding" in response.headers["Vary"]


def test_static_url_changes_when_the_file_changes(app, tmp_path):
    from portal.views_common import _static_version

    css = tmp_path / "a.css"
    css.write_text("a{}")
    before = _static_version(str(tmp_path), "a.css")
    assert _static_version(str(tmp_path), "a.css") == before  # same content, same URL
    css.write_text("a{color:red}")
    assert _static_version(str(tmp_path), "a.css") != before


def test_pages_per_visitor_are_neither_compressed_nor_cached(client):
    # A page per visitor (a CSRF token beside reflected input: BREACH); the public pages,
    # which hold nothing of a visitor, are compressed and cacheable (test_public_page_cache.py).
    response = client.get("/check", headers={"Accept-Encoding": "br, gzip"})
    assert "Content-Encoding" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"


def test_fonts_exist_for_every_css_url(client):
    css = client.get(css_url(client), headers={"Accept-Encoding": ""}).get_data(as_text=True)
    for ref in re.findall(r'url\("?([^)"]+)"?\)', css):
        if ref.startswith("data:"):
            continue
        response = client.get(f"/static/vendor/dkfds/{ref}")
        assert response.status_code == 200, ref
