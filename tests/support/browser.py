"""Headless Chromium and axe settings shared by the browser tests and the bench crawl."""

import os
from pathlib import Path

import axe_playwright_python
from playwright.sync_api import Error as PlaywrightError

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps dialling out on this closed network.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe_violations(page) -> list[dict]:
    """Run axe (WCAG 2.1 A/AA + best practice) on the page as it is now."""
    for _ in range(2):
        try:
            return _run_axe(page)
        except PlaywrightError as exc:
            # On a slow machine a navigation a click started can replace the document while
            # axe runs: then check the new page. Any other error is the test's to see.
            if "context was destroyed" not in str(exc):
                raise
    return _run_axe(page)


def _run_axe(page) -> list[dict]:
    # A click may still be navigating: check the page the citizen ends up on.
    page.wait_for_load_state("load")
    page.add_script_tag(path=str(AXE_JS))
    # resultTypes: axe still runs every rule and reports each violation with all its nodes;
    # passes and the rest keep one node each, which spares the selector work for every
    # passing element (axe-core API docs, "Performance"): about a quarter of a run's time.
    result = page.evaluate(
        "tags => axe.run(document,"
        " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return result["violations"]
