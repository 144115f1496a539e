"""Headless Chromium (Debian's, via Playwright) and axe. One browser per test session.

`page_at(width)` gives a fresh page at a phone (375) or desktop (1280) width;
`assert_accessible(page)` runs axe (WCAG 2.1 A/AA + best practice) and fails on any
violation, listing them.

A click, a key press or a page's own script changes the page some time later, on a busy CI
machine seconds later. So read page state after one only through Playwright's waiting
assertions (`expect(locator).to_have_text(...)`, `to_have_url`, `to_be_checked`,
`to_be_focused`, ...) or after an explicit wait (`page.wait_for_url(...)`, which also waits
for the page to load; `with page.expect_navigation():` around a form post to the same
address). Plain reads (`inner_text()`, `count()`, `is_visible()`, `get_attribute()`,
`page.url`, `page.title()`) are safe only on a page that has finished loading and that no
script is still changing. Before counting what must be absent, wait for the page to load.
"""

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.browser import CHROMIUM, LAUNCH_ARGS, axe_violations
from tests.support.databases import missing
from tests.support.live_server import LiveServer

PHONE, DESKTOP = 375, 1280
# CI runs on a busy 2-core machine where Chromium, the live server's threads and a second
# xdist worker share the CPU: a page or a script can take seconds there. Generous limits cost
# nothing when a test passes and only delay the report when it fails.
ACTION_TIMEOUT_MS = 20_000
expect.set_options(timeout=15_000)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=LAUNCH_ARGS,
        )
        yield browser
        browser.close()


@pytest.fixture
def live_server(app):
    with LiveServer(app) as server:
        yield server


@pytest.fixture
def page_at(browser):
    contexts = []

    def open_page(width: int = PHONE, height: int = 800, **kwargs):
        # bypass_csp lets axe be injected; the CSP itself is tested without a browser.
        kwargs.setdefault("bypass_csp", True)
        context = browser.new_context(viewport={"width": width, "height": height}, **kwargs)
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def assert_accessible(page, where: str = "") -> None:
    violations = axe_violations(page)
    if violations:
        summary = [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"][:5]],
            }
            for v in violations
        ]
        pytest.fail(f"axe violations on {where or page.url}:\n{json.dumps(summary, indent=1)}")
