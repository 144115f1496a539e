"""Save and resume in a second browser (issue 13 item 3), then the survey on the receipt
(item 2): one person starts the application on one device, saves, and finishes on another
with the code. Both municipalities, both languages, phone and desktop; axe on every new
page (save, code, resume, its error state, survey, its error state, thanks)."""

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from portal.extensions import db
from portal.models import Case, SurveyResponse
from portal.textcat import translate
from tests.browser.conftest import DESKTOP, PHONE, assert_accessible
from tests.support.live_server import LiveServer

AREA = {"da": "At være sammen og snakke med andre", "en": "Being with and talking to other people"}


@pytest.mark.parametrize(
    ("municipality", "lang", "width"),
    [
        ("hedensted", "da", PHONE),
        ("vordingborg", "en", DESKTOP),
        ("vordingborg", "da", PHONE),
        ("hedensted", "en", DESKTOP),
    ],
)
def test_start_on_one_device_finish_on_another(make_app, page_at, municipality, lang, width):
    def tr(text: str) -> str:
        return translate(text, lang)

    app = make_app(municipality)
    with LiveServer(app) as server:
        first = page_at(width)
        first.goto(f"{server.url}/apply?lang={lang}")
        first.fill("#name", "Anna Jensen")
        first.fill("#phone", "12345678")
        first.get_by_role("button", name=tr("Continue")).click()
        expect(first).to_have_url(re.compile(r"/apply/needs$"))

        first.get_by_role("link", name=tr("Save and continue later")).click()
        heading = first.locator("h1")
        expect(heading).to_have_text(tr("Save and continue later"), use_inner_text=True)
        assert_accessible(first, f"save page ({municipality}, {lang}, {width})")
        first.get_by_role("button", name=tr("Save my answers")).click()
        expect(heading).to_have_text(tr("Your answers are saved"), use_inner_text=True)
        assert_accessible(first, f"code page ({municipality}, {lang}, {width})")
        code = first.get_by_test_id("resume-code").inner_text().strip()
        assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", code)

        # Another device: a new browser context shares nothing with the first.
        second = page_at(width)
        second.goto(f"{server.url}/resume?lang={lang}")
        assert_accessible(second, f"resume page ({municipality}, {lang}, {width})")
        second.fill("#code", "2222-2222-2222")
        second.get_by_role("button", name=tr("Continue")).click()
        summary = second.locator("#error-summary")
        expect(summary).to_contain_text(
            tr("We cannot find this code. Check that you typed it correctly."),
            use_inner_text=True,
        )
        expect(second).to_have_title(re.compile(r"^(Fejl|Error):"))
        assert_accessible(second, f"resume error ({municipality}, {lang}, {width})")
        second.fill("#code", code.lower().replace("-", " "))
        second.get_by_role("button", name=tr("Continue")).click()
        expect(second).to_have_url(re.compile(r"/apply/needs$"))

        second.get_by_label(AREA[lang]).check()
        second.fill("#description", "Det er svært at åbne posten.")
        second.get_by_role("button", name=tr("Continue")).click()
        expect(second).to_have_url(re.compile(r"/apply/check$"))
        # From the first device.
        expect(second.locator("main")).to_contain_text("Anna Jensen", use_inner_text=True)
        second.locator("#confirmed").check()
        second.get_by_role("button", name=tr("Send application")).click()
        expect(second).to_have_url(re.compile(r"/apply/receipt/TI-\d{4}-\d{6}$"))
        second.wait_for_load_state()  # the whole receipt, before looking for what is not there

        survey_link = second.get_by_role(
            "link", name=tr("Answer two short questions. It is anonymous.")
        )
        if municipality == "hedensted":
            assert survey_link.count() == 0  # seed 002 names no survey
        else:
            with second.expect_navigation():
                survey_link.click()
            assert_accessible(second, f"survey ({lang}, {width})")
            second.get_by_role("button", name=tr("Send answers")).click()
            expect(second.locator("#error-summary")).to_be_visible()
            assert_accessible(second, f"survey errors ({lang}, {width})")
            second.get_by_label(tr("Easy"), exact=True).check()
            second.get_by_label(tr("Yes"), exact=True).check()
            second.get_by_role("button", name=tr("Send answers")).click()
            expect(second.locator("h1")).to_have_text(
                tr("Thank you for your answers"), use_inner_text=True
            )
            assert_accessible(second, f"survey thanks ({lang}, {width})")

        # The code is used up: the first device is told so.
        first.goto(f"{server.url}/resume?lang={lang}")
        first.fill("#code", code)
        first.get_by_role("button", name=tr("Continue")).click()
        used = tr(
            "This code has already been used. A code works only once. "
            "If you used it on another device, your answers are there."
        )
        expect(first.locator("main")).to_contain_text(used, use_inner_text=True)

    with app.app_context():
        case = db.session.scalars(select(Case)).one()
        assert case.name == "Anna Jensen"
        answers = db.session.scalars(select(SurveyResponse)).all()
        assert len(answers) == (1 if municipality == "vordingborg" else 0)
