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
        assert first.url.endswith("/apply/needs")

        first.get_by_role("link", name=tr("Save and continue later")).click()
        assert first.locator("h1").inner_text() == tr("Save and continue later")
        assert_accessible(first, f"save page ({municipality}, {lang}, {width})")
        first.get_by_role("button", name=tr("Save my answers")).click()
        assert first.locator("h1").inner_text() == tr("Your answers are saved")
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
        assert tr("We cannot find this code. Check that you typed it correctly.") in (
            summary.inner_text()
        )
        assert second.title().startswith(("Fejl:", "Error:"))
        assert_accessible(second, f"resume error ({municipality}, {lang}, {width})")
        second.fill("#code", code.lower().replace("-", " "))
        second.get_by_role("button", name=tr("Continue")).click()
        assert second.url.endswith("/apply/needs")

        second.get_by_label(AREA[lang]).check()
        second.fill("#description", "Det er svært at åbne posten.")
        second.get_by_role("button", name=tr("Continue")).click()
        assert second.url.endswith("/apply/check")
        assert "Anna Jensen" in second.locator("main").inner_text()  # from the first device
        second.locator("#confirmed").check()
        second.get_by_role("button", name=tr("Send application")).click()
        assert re.search(r"/apply/receipt/TI-\d{4}-\d{6}$", second.url)

        survey_link = second.get_by_role(
            "link", name=tr("Answer two short questions. It is anonymous.")
        )
        if municipality == "hedensted":
            assert survey_link.count() == 0  # seed 002 names no survey
        else:
            survey_link.click()
            assert_accessible(second, f"survey ({lang}, {width})")
            second.get_by_role("button", name=tr("Send answers")).click()
            expect(second.locator("#error-summary")).to_be_visible()
            assert_accessible(second, f"survey errors ({lang}, {width})")
            second.get_by_label(tr("Easy"), exact=True).check()
            second.get_by_label(tr("Yes"), exact=True).check()
            second.get_by_role("button", name=tr("Send answers")).click()
            assert second.locator("h1").inner_text() == tr("Thank you for your answers")
            assert_accessible(second, f"survey thanks ({lang}, {width})")

        # The code is used up: the first device is told so.
        first.goto(f"{server.url}/resume?lang={lang}")
        first.fill("#code", code)
        first.get_by_role("button", name=tr("Continue")).click()
        used = tr(
            "This code has already been used. A code works only once. "
            "If you used it on another device, your answers are there."
        )
        assert used in first.locator("main").inner_text()

    with app.app_context():
        case = db.session.scalars(select(Case)).one()
        assert case.name == "Anna Jensen"
        answers = db.session.scalars(select(SurveyResponse)).all()
        assert len(answers) == (1 if municipality == "vordingborg" else 0)
