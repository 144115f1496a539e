"""Accessibility crawl: every GET route of the portal (citizen and staff, from the URL map),
in Danish and English, at phone (375 px) and desktop (1280 px) widths, checked with axe in
headless Chromium. Routes with arguments get real values (question ids, a receipt made by a
journey in the same browser session, a case, a staff user). Prints the violations found."""

from __future__ import annotations

import re
import tempfile

import pyotp

from bench import journey, servers
from tests.support.browser import CHROMIUM, LAUNCH_ARGS, axe_violations

WIDTHS = (375, 1280)
SKIP = {"static", "common.healthz", "common.readyz", "staff.logout"}
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def _seed_admin(env: dict) -> tuple:
    """An admin with a known password and TOTP secret, made through the service, and a
    newcomer's set-up link token."""
    import os

    from portal import create_app
    from portal.extensions import db
    from portal.services import enrolment, staff_accounts

    saved = dict(os.environ)
    os.environ.update(env)
    try:
        app = create_app()
        with app.app_context():
            password = "Axe-check-" + pyotp.random_base32()[:16]  # passes the policy
            user = staff_accounts.create_user(
                "crawl@example.org", password, "admin", display_name="Crawl Admin"
            )
            # What the one-time set-up link would do: an enrolled authenticator app.
            secret = pyotp.random_base32()
            user.totp_secret = secret
            db.session.commit()
            # A newcomer's set-up link, so the crawl reaches its page too.
            newcomer = staff_accounts.create_user("crawl-new@example.org", None, "caseworker")
            token = enrolment.issue_link(newcomer, new_password=True).rsplit("/", 1)[1]
            routes = [
                (r.rule, r.endpoint, sorted(r.arguments))
                for r in app.url_map.iter_rules()
                if "GET" in r.methods and r.endpoint not in SKIP
            ]
            user_id = user.id
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return password, secret, routes, user_id, token


def _urls(routes, samples: dict) -> tuple[list[str], list[str]]:
    urls, skipped = [], []
    for rule, _endpoint, arguments in sorted(routes):
        if not arguments:
            urls.append(rule)
            continue
        values = [samples.get(a) for a in arguments]
        if any(v is None for v in values):
            skipped.append(f"{rule} (no sample for {', '.join(arguments)})")
            continue
        for value in values[0] if len(arguments) == 1 else [None]:
            urls.append(re.sub(r"<(?:[^:>]+:)?[^>]+>", str(value), rule))
    return urls, skipped


def _login(page, base: str, email: str, password: str, secret: str) -> None:
    # The same two steps (password, then code) as tests/support/staff_login.login.
    page.goto(base + "/staff/login")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    if "/staff/login/code" not in page.url:
        raise RuntimeError("the crawl's staff password was refused")
    page.fill("input[name=code]", pyotp.TOTP(secret).now())
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    if "/staff/login" in page.url:
        raise RuntimeError("the crawl could not log in as staff")


def run(quick: bool = False) -> dict:
    from playwright.sync_api import sync_playwright

    folder = tempfile.mkdtemp(prefix="bench-a11y-")
    env = servers.base_env(
        DATABASE_URL=f"sqlite:///{folder}/crawl.sqlite3", RATELIMIT_ENABLED="false"
    )
    servers.migrate(env)
    password, secret, routes, user_id, token = _seed_admin(env)
    portal = servers.gunicorn("wsgi:app", env, workers=1, threads=4)
    found: list[dict] = []
    not_html: set[str] = set()
    visited = 0
    try:
        made = journey.run([portal.url], 1)  # a case for the staff pages
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
            context = browser.new_context(bypass_csp=True)
            context.set_default_timeout(15_000)
            page = context.new_page()
            _login(page, portal.url, "crawl@example.org", password, secret)
            # A receipt of this browser session's own: apply through its cookies.
            receipt = _apply_in_context(context, portal.url)
            samples = {
                "question_id": ["urgent"] if quick else _question_ids(),
                "reference": [receipt],
                "case_id": [1] if made.ok else None,
                "user_id": [user_id],
                "token": [token],
            }
            urls, skipped = _urls(routes, samples)
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                for lang in ("da", "en"):
                    for url in urls:
                        sep = "&" if "?" in url else "?"
                        response = page.goto(f"{portal.url}{url}{sep}lang={lang}")
                        if "text/html" not in response.headers.get("content-type", ""):
                            not_html.add(url)  # JSON endpoints: nothing for axe to read
                            continue
                        visited += 1
                        for v in axe_violations(page):
                            found.append(
                                {
                                    "url": url,
                                    "lang": lang,
                                    "width": width,
                                    "id": v["id"],
                                    "nodes": len(v["nodes"]),
                                }
                            )
            browser.close()
    finally:
        portal.stop()
    pages = len(urls) - len(not_html)
    print(
        f"  {pages} pages × 2 languages × {len(WIDTHS)} widths = {visited} page checks; "
        f"{len(found)} axe violations"
    )
    print(f"  not HTML, so not for axe: {', '.join(sorted(not_html))}")
    for v in found[:20]:
        print(f"  {v['url']} ({v['lang']}, {v['width']} px): {v['id']} on {v['nodes']} element(s)")
    for s in skipped:
        print(f"  not crawled: {s}")
    return {
        "pages_checked": visited,
        "routes": urls,
        "violations": found,
        "skipped": skipped,
        "not_html": sorted(not_html),
    }


def _question_ids() -> list[str]:
    from portal.screening import QUESTION_IDS

    return list(QUESTION_IDS)


def _apply_in_context(context, base: str) -> str:
    """Screening + application through the browser context's own cookie jar."""
    request = context.request

    def post_form(path: str, fields: dict) -> str:
        token = CSRF.search(request.get(base + path).text()).group(1)
        response = request.post(base + path, form={"csrf_token": token, **fields})
        return response.text()

    for question, value in journey.SCREENING.items():
        first = value[0] if isinstance(value, list) else value
        post_form(f"/check/{question}", {question: first})
    post_form("/apply", {"name": "Crawl Borger", "phone": "12345678", "contact_channel": "phone"})
    post_form(
        "/apply/needs",
        {
            "areas": "social_contact",
            "impact": "moderate",
            "existing_support": "none",
            "format_wish": "group",
            "description": "Svært.",
            "goals": "Handle ind.",
        },
    )
    page = request.get(base + "/apply/check").text()
    key = journey.IDEMPOTENCY.search(page).group(1)
    receipt = post_form("/apply/check", {"idempotency_key": key, "confirmed": "y"})
    return journey.REFERENCE.search(receipt).group(0)
