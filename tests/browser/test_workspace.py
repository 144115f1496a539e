"""The visitation workspace in a real browser, Vordingborg's profile: a citizen applies, a
caseworker finds the case from the today view, takes it, logs the contact, records that
planning has begun (the deadline clock stops), grants with a confirmation page, starts the
course, holds the evaluation and ends it; the caseworker cannot reopen the closed case, a
lead can. Both languages, 1280 and 768 px, axe on every page. And the today view at
1280×900: the first case row is visible without scrolling and the keyboard reaches it in a
few steps."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from portal.extensions import db
from portal.services import cases as svc
from portal.services import deadlines
from tests.browser.conftest import DESKTOP, assert_accessible
from tests.staff.factories import make_case
from tests.support.staff_login import login, make_enrolled_staff

TABLET = 768
TEXT = {
    "da": {
        "today": "I dag",
        "continue": "Fortsæt",
        "send": "Send ansøgning",
        "area": "At være sammen og snakke med andre",
        "taken": "Sagen er din nu.",
        "contact": "Kontakt (Telefonopkald, fra os til borgeren)",
        "stopped": "Fristen er stoppet.",
        "promise": "Lovet borgeren: planlægning af indsatsen påbegyndt inden for 10 dage",
        "granted": "Bevilget: individuelt",
        "closed": "Afsluttet",
        "in_review": "Under behandling",
        "lead_only": "Kun en teamleder kan genåbne den.",
        "confirm": "Bekræft",
    },
    "en": {
        "today": "Today",
        "continue": "Continue",
        "send": "Send application",
        "area": "Being with and talking to other people",
        "taken": "The case is yours now.",
        "contact": "Contact (Phone call, from us to the citizen)",
        "stopped": "The deadline clock has stopped.",
        "promise": "Promised to the citizen: planning of the support begun within 10 days",
        "granted": "Granted: individual",
        "closed": "Closed",
        "in_review": "In review",
        "lead_only": "Only a team lead can reopen it.",
        "confirm": "Confirm",
    },
}


@pytest.fixture
def app(make_app):
    return make_app("vordingborg")


def apply_as_citizen(page, base, lang, text) -> str:
    page.goto(f"{base}/apply?lang={lang}")
    page.fill("#name", "Vera Visiteret")
    page.fill("#cpr", "010190-1234")
    page.fill("#phone", "+45 12 34 56 78")
    page.fill("#email", "vera@example.org")
    page.get_by_role("button", name=text["continue"]).click()
    page.get_by_label(text["area"]).check()
    page.fill("#description", "Det er svært at komme ud.")
    page.get_by_role("button", name=text["continue"]).click()
    page.locator("#confirmed").check()
    page.get_by_role("button", name=text["send"]).click()
    page.wait_for_url(re.compile(r"/apply/receipt/TI-\d{4}-\d{6}$"))
    return re.search(r"TI-\d{4}-\d{6}", page.url).group(0)


def submit(page, action: str):
    with page.expect_navigation():
        page.locator(f"form[action$='/{action}'] button[type=submit]").click()


def confirm(page, where, text):
    assert page.locator("h1").inner_text().startswith(text["confirm"])
    assert_accessible(page, f"confirmation: {where}")
    with page.expect_navigation():
        page.locator("#confirm").click()


@pytest.mark.parametrize("width", [DESKTOP, TABLET])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_one_case_through_the_whole_course(app, live_server, page_at, lang, width):
    text = TEXT[lang]
    base = live_server.url
    worker = make_enrolled_staff(app, "caseworker", display_name="Carsten Sagsbehandler")
    lead = make_enrolled_staff(app, "lead", display_name="Lene Leder")
    page = page_at(width, 900)
    reference = apply_as_citizen(page, base, lang, text)

    login(page, base, worker.email, worker.password, worker.totp_secret, lang=lang)
    assert page.locator("h1").inner_text() == text["today"]
    assert page.locator("#count-unassigned .ti-count__num").inner_text() == "1"
    assert_accessible(page, f"today ({lang}, {width})")
    # The today view may list the case too: click its link on the list the count opens.
    with page.expect_navigation():
        page.locator("#count-unassigned").click()
    page.get_by_role("link", name=reference).click()
    page.wait_for_url(re.compile(r"/staff/cases/\d+"))
    case_url = page.url.split("?")[0]
    assert text["promise"] in page.locator("#deadline").inner_text()
    assert page.locator("#phone a").get_attribute("href") == "tel:+4512345678"
    assert page.locator("#email a").get_attribute("href") == "mailto:vera@example.org"
    assert_accessible(page, f"new case ({lang}, {width})")

    submit(page, "take")
    expect(page.get_by_text(text["taken"])).to_be_visible()
    assert page.locator("#assigned-to").inner_text().startswith("Carsten Sagsbehandler")

    page.locator("#contact_kind").select_option("phone")
    page.locator("#direction").select_option("outgoing")
    page.locator("#reached").check()
    page.fill("#contact_note", "Aftalt møde på video.")
    submit(page, "contacts")
    assert text["contact"] in page.locator("#contacts").inner_text()
    assert "Aftalt møde på video." in page.locator("#contacts").inner_text()

    submit(page, "planning")
    assert text["stopped"] in page.locator("#deadline").inner_text()
    assert text["in_review"] in page.locator("#status-now").inner_text()

    # A grant with an error first (no reason), then through the confirmation page.
    page.locator("input[name=to_status][value=granted_individual]").check()
    submit(page, "status")
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"case with errors ({lang}, {width})")
    page.locator("input[name=to_status][value=granted_individual]").check()
    page.fill("#reason", "Passer til individuel støtte.")
    submit(page, "status")
    confirm(page, f"grant ({lang}, {width})", text)
    assert page.locator("#status-now").inner_text() == text["granted"]

    submit(page, "course-start")
    expect(page.locator("#evaluation-due")).to_be_visible()
    page.locator("input[name=goals_reached][value=partly]").check()
    page.fill("#evaluation_note", "Borgeren kommer ud to gange om ugen.")
    submit(page, "evaluation")
    assert_accessible(page, f"case in its course ({lang}, {width})")

    page.locator("input[name=to_status][value=closed]").check()
    page.fill("#reason", "Forløbet er slut.")
    submit(page, "status")
    confirm(page, f"end ({lang}, {width})", text)
    assert page.locator("#status-now").inner_text() == text["closed"]

    # The caseworker is offered no reopening, and a forged one is refused.
    assert page.locator("input[name=to_status]").count() == 0
    assert text["lead_only"] in page.locator("main").inner_text()
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    version = page.locator("input[name=version]").first.get_attribute("value")
    forged = page.request.post(
        f"{case_url}/status",
        form={
            "csrf_token": token,
            "version": version,
            "to_status": "in_review",
            "reason": "Igen",
            "confirm": "yes",
        },
    )
    assert forged.status == 403
    assert_accessible(page, f"closed case ({lang}, {width})")

    # The lead works in a browser of their own.
    page = page_at(width, 900)
    login(page, base, lead.email, lead.password, lead.totp_secret, lang=lang)
    page.goto(case_url)
    page.locator("input[name=to_status][value=in_review]").check()
    page.fill("#reason", "Borgeren har brug for mere.")
    submit(page, "status")
    confirm(page, f"reopen ({lang}, {width})", text)
    assert page.locator("#status-now").inner_text() == text["in_review"]
    assert_accessible(page, f"reopened case ({lang}, {width})")


@pytest.fixture
def many_cases(app):
    with app.app_context():
        today = svc.local_today()
        for i in range(30):
            make_case(
                name=f"Borger {i:02d}",
                deadline_at=deadlines.end_of_day_utc(today + timedelta(days=i - 5)),
            )
        db.session.remove()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_today_view_fits_and_keyboard_reaches_the_list(
    app, live_server, page_at, many_cases, lang, tmp_path
):
    worker = make_enrolled_staff(app, "lead")
    page = page_at(DESKTOP, 900)
    login(page, live_server.url, worker.email, worker.password, worker.totp_secret, lang=lang)
    page.screenshot(path=str(tmp_path / f"today-{lang}.png"))
    first_row = page.locator(".ti-case-table tbody tr").first
    box = first_row.bounding_box()
    assert box["y"] + box["height"] <= 900, box  # visible without scrolling
    assert "ti-overdue" in first_row.inner_html()  # the most overdue first
    assert page.locator("#count-overdue .ti-count__num").inner_text() == "5"
    assert_accessible(page, f"today with many cases ({lang})")

    # Keyboard: the second Tab stop skips to the list; then the sort links, the first
    # row's checkbox (a lead) and its case link.
    page.locator("body").focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#case-list"
    page.keyboard.press("Enter")
    presses = 0
    while presses < 10:
        page.keyboard.press("Tab")
        presses += 1
        href = page.evaluate("document.activeElement.getAttribute('href') || ''")
        if "/staff/cases/" in href:
            break
    assert "/staff/cases/" in href and presses <= 6, presses
