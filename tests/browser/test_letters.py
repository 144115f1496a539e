"""The letter step and the statistics page in a real browser, Hedensted's profile: a
caseworker rejects a case with a confirmation page that previews the letter in the
citizen's language, the case page says the letter must go by post (Digital Post is not set
up, no e-mail address), the letter page shows it, prints only the letter, gives the PDF and
sends it again; a lead reads the statistics. Both staff languages, 1280 and 768 px, axe on
every page."""

import pytest
from playwright.sync_api import expect

from portal.extensions import db
from tests.browser.conftest import DESKTOP, assert_accessible
from tests.staff.factories import make_case
from tests.support.staff_login import login, make_enrolled_staff

TABLET = 768
TEXT = {
    "da": {
        "post": "Print brevet eller pdf-filen, og send det med post.",
        "again": "Brevet er sendt igen.",
        "statistics": "Statistik",
    },
    "en": {
        "post": "Print the letter or its PDF and send it by post.",
        "again": "The letter is sent again.",
        "statistics": "Statistics",
    },
}
# The citizen's language is the other one: the letter follows the citizen, the page the staff.
CITIZEN = {"da": "en", "en": "da"}
SUBJECT = {
    "da": "Du får ikke tidlig forebyggende indsats",
    "en": "You do not get early preventive intervention",
}
COMPLAINT = {
    "da": "Men du kan klage, hvis du for eksempel har søgt om hjælp til en bestemt opgave",
    "en": "But you can complain if, for example, you applied for help with a specific task",
}


@pytest.fixture
def app(make_app):
    return make_app("hedensted")


def submit(page, action: str):
    with page.expect_navigation():
        page.locator(f"form[action$='/{action}'] button[type=submit]").click()


@pytest.mark.parametrize("width", [DESKTOP, TABLET])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_letter_step(app, live_server, page_at, lang, width):
    text, citizen = TEXT[lang], CITIZEN[lang]
    base = live_server.url
    worker = make_enrolled_staff(app, "caseworker", display_name="Carsten Sagsbehandler")
    with app.app_context():
        case_id = make_case(
            status="in_review", assignee_id=worker.id, lang=citizen, email=None, name="Åse Ærø"
        ).id
        db.session.remove()
    page = page_at(width, 900)
    login(page, base, worker.email, worker.password, worker.totp_secret, lang=lang)
    page.goto(f"{base}/staff/cases/{case_id}")

    page.locator("input[name=to_status][value=rejected]").check()
    page.fill("#reason", "Behovet er større end tilbuddet.")
    submit(page, "status")
    preview = page.locator("#letter-preview")
    assert preview.get_attribute("lang") == citizen
    assert SUBJECT[citizen] in preview.inner_text()
    assert COMPLAINT[citizen] in " ".join(preview.inner_text().split())
    assert "Behovet er større end tilbuddet." in preview.inner_text()
    assert_accessible(page, f"confirmation with letter ({lang}, {width})")
    with page.expect_navigation():
        page.locator("#confirm").click()

    step = page.locator("#letter-step")
    assert text["post"] in step.inner_text()
    assert_accessible(page, f"case with letter step ({lang}, {width})")
    with page.expect_navigation():
        page.locator("#letter-link").click()

    letter = page.locator("#letter")
    assert letter.get_attribute("lang") == citizen
    assert "Åse Ærø" in letter.inner_text()
    assert page.locator("#letters-sent + table tbody tr").count() == 1
    assert_accessible(page, f"letter page ({lang}, {width})")

    pdf = page.request.get(base + page.locator("#letter-pdf").get_attribute("href"))
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF-")

    # Printing shows the letter only: no header, buttons or the record of letters sent.
    page.emulate_media(media="print")
    expect(letter).to_be_visible()
    expect(page.locator("#letter-actions")).to_be_hidden()
    expect(page.locator("#letter-send")).to_be_hidden()
    expect(page.locator("header").first).to_be_hidden()
    page.emulate_media(media="screen")

    submit(page, "send")
    assert text["again"] in page.locator("main").inner_text()
    assert page.locator("#letters-sent + table tbody tr").count() == 2
    assert_accessible(page, f"letter sent again ({lang}, {width})")


@pytest.mark.parametrize("width", [DESKTOP, TABLET])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_statistics_page(app, live_server, page_at, lang, width):
    lead = make_enrolled_staff(app, "lead", display_name="Lene Leder")
    with app.app_context():
        make_case(status="in_review", assignee_id=lead.id)
        make_case(status="referred", referred_offer="economic_advice")
        make_case(status="received")
        db.session.remove()
    page = page_at(width, 900)
    login(page, live_server.url, lead.email, lead.password, lead.totp_secret, lang=lang)
    page.goto(f"{live_server.url}/staff/statistics")
    assert page.locator("h1").inner_text() == TEXT[lang]["statistics"]
    assert page.locator("#stat-backlog").inner_text() == "2"
    expect(page.locator("svg#chart-decisions[role=img]")).to_be_visible()
    assert_accessible(page, f"statistics ({lang}, {width})")
    page.goto(f"{live_server.url}/staff/statistics?received_from=nope")
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"statistics with an error ({lang}, {width})")
