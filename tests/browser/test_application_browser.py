"""A citizen applies on a phone, in Danish and in English: makes mistakes, corrects them,
checks the answers and gets the receipt. axe reports nothing on any step."""

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from portal.extensions import db
from portal.models import Case
from tests.browser.conftest import DESKTOP, PHONE, assert_accessible

TEXTS = {
    "da": {
        "continue": "Fortsæt",
        "send": "Send ansøgning",
        "sent": "Din ansøgning er sendt",
        "name_error": "Skriv dit navn.",
        "confirm_error": "Bekræft, at oplysningerne er rigtige",
        "check": "Tjek dine svar",
        "area": "At være sammen og snakke med andre",
    },
    "en": {
        "continue": "Continue",
        "send": "Send application",
        "sent": "Your application has been sent",
        "name_error": "Enter your name.",
        "confirm_error": "Confirm that the information is correct",
        "check": "Check your answers",
        "area": "Being with and talking to other people",
    },
}


def _no_horizontal_scroll(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)"""
    )
    assert width <= page.viewport_size["width"], f"page is {width}px wide: {wide}"


@pytest.mark.parametrize(("lang", "width"), [("da", PHONE), ("en", PHONE), ("da", DESKTOP)])
def test_citizen_applies_with_an_error_and_its_correction(app, live_server, page_at, lang, width):
    text = TEXTS[lang]
    page = page_at(width)
    page.goto(f"{live_server.url}/apply?lang={lang}")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert_accessible(page, f"step 1 ({lang})")

    # A mistake: no name, and a CPR number that is not a date.
    page.fill("#cpr", "310290-1234")
    page.fill("#phone", "12345678")
    page.get_by_role("button", name=text["continue"]).click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text(text["name_error"], use_inner_text=True)
    expect(page.locator("#phone")).to_have_value("12345678")  # kept
    expect(page).to_have_title(re.compile(r"^(Fejl|Error):"))
    assert_accessible(page, f"step 1 with errors ({lang})")
    _no_horizontal_scroll(page)

    # The error summary link takes the keyboard user to the field.
    summary.get_by_role("link", name=text["name_error"]).click()
    expect(page).to_have_url(re.compile(r"#name$"))

    # The correction.
    page.fill("#name", "Anna <b>Jensen</b>")
    page.fill("#cpr", "010190-1234")
    page.fill("#email", "anna@example.org")
    page.get_by_role("button", name=text["continue"]).click()
    expect(page).to_have_url(re.compile(r"/apply/needs$"))
    assert_accessible(page, f"step 2 ({lang})")

    page.get_by_role("button", name=text["continue"]).click()  # no area chosen
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"step 2 with errors ({lang})")
    page.get_by_label(text["area"]).check()
    page.fill("#description", "Det er svært at åbne posten.")
    page.get_by_role("button", name=text["continue"]).click()
    expect(page).to_have_url(re.compile(r"/apply/check$"))
    expect(page.locator("h1")).to_have_text(text["check"], use_inner_text=True)
    # Shown as text, not markup.
    expect(page.locator("main")).to_contain_text("Anna <b>Jensen</b>", use_inner_text=True)
    assert_accessible(page, f"check page ({lang})")
    _no_horizontal_scroll(page)

    # Sending without the confirmation is an error too.
    page.get_by_role("button", name=text["send"]).click()
    expect(page.locator("#error-summary")).to_contain_text(
        text["confirm_error"], use_inner_text=True
    )
    assert_accessible(page, f"check page with errors ({lang})")
    page.locator("#confirmed").check()
    page.get_by_role("button", name=text["send"]).click()

    expect(page).to_have_url(re.compile(r"/apply/receipt/TI-\d{4}-\d{6}$"))
    expect(page.locator("h1")).to_have_text(text["sent"], use_inner_text=True)
    assert_accessible(page, f"receipt ({lang})")
    _no_horizontal_scroll(page)
    expect(page.locator("#print-button")).to_be_visible()  # JavaScript shows it

    with app.app_context():
        case = db.session.scalars(select(Case)).one()
        assert case.name == "Anna <b>Jensen</b>" and case.lang == lang


def test_database_down_page_is_accessible(make_app, app, page_at):
    from tests.support.live_server import LiveServer

    down = make_app(
        SQLALCHEMY_DATABASE_URI="postgresql+psycopg://ti@127.0.0.1:9/none",
        SQLALCHEMY_ENGINE_OPTIONS={"connect_args": {"connect_timeout": 2}},
    )
    with LiveServer(down) as server:
        page = page_at(PHONE)
        # The same form the check page posts, sent to the site whose database is down.
        page.goto(f"{server.url}/crisis?lang=en")
        with page.expect_navigation():
            page.evaluate(
                """() => { const f = document.createElement('form'); f.method = 'post';
            f.action = '/apply/check';
            for (const [k, v] of [['idempotency_key', 'k'.repeat(32)], ['confirmed', 'y']]) {
              const i = document.createElement('input'); i.type = 'hidden'; i.name = k;
              i.value = v; f.appendChild(i); }
            document.body.appendChild(f); f.submit(); }"""
            )
        expect(page.locator("h1")).to_have_text(
            "Your application was not sent", use_inner_text=True
        )
        assert_accessible(page, "database down at submit")
