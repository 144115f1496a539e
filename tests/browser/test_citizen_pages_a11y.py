"""axe reports 0 violations on every citizen page at phone and desktop widths, both
languages. The pages come from the URL map, so a new page is checked automatically."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible

# Pages that need a journey state first are covered by their own browser tests.
NEEDS_STATE_PREFIXES = ("/apply", "/check", "/chat", "/staff", "/api", "/_")


def citizen_pages(app):
    pages = []
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments and rule.endpoint != "static":
            if rule.rule.startswith(NEEDS_STATE_PREFIXES) or rule.rule in ("/healthz", "/readyz"):
                continue
            pages.append(rule.rule)
    return sorted(pages)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_citizen_pages_have_no_axe_violations(app, live_server, page_at, width, lang):
    pages = citizen_pages(app)
    assert "/" in pages and "/crisis" in pages
    page = page_at(width)
    for path in pages + ["/no-such-page"]:
        page.goto(f"{live_server.url}{path}?lang={lang}")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        assert_accessible(page, f"{path} ({lang}, {width}px)")


def test_offer_page_keyboard_reaches_skip_link_and_crisis_link(live_server, page_at):
    page = page_at(PHONE)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main-content"
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == "/crisis":
            break
    else:
        raise AssertionError("the emergency help link is not reachable by keyboard")


def test_language_switch_in_the_browser_keeps_the_page(live_server, page_at):
    page = page_at(DESKTOP)
    page.goto(live_server.url + "/privacy")
    page.get_by_role("banner").get_by_role("link", name="English").click()
    # The Danish page has the same address up to its query: the language tells them apart.
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.url.startswith(live_server.url + "/privacy")
    page.goto(live_server.url + "/contact")
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_the_axe_check_can_fail(live_server, page_at):
    """Guards the harness: a page with a known violation must be reported."""
    from tests.browser.conftest import axe_violations

    page = page_at(PHONE)
    page.goto(live_server.url + "/")
    page.evaluate("document.querySelector('main').innerHTML += '<img src=\"x.png\">'")
    assert "image-alt" in {v["id"] for v in axe_violations(page)}
