"""A citizen walks the questionnaire in Chromium: phone width, both languages, a language
switch mid-way, a change link from the check page, every outcome kind, and axe on every
step (error states included). One page per test, reused through the journey."""

import re

import pytest
from playwright.sync_api import expect

from portal.screening import QUESTIONS
from portal.textcat import translate
from tests.browser.conftest import DESKTOP, PHONE, assert_accessible

BY_ID = {q.id: q for q in QUESTIONS}


def label(question_id: str, code: str, lang: str) -> str:
    return translate(BY_ID[question_id].option(code).label, lang)


def arrived(page, pattern: str) -> None:
    """Wait for the page a click leads to: its address, then the whole page (a click returns
    before the new page is there, and on a busy machine well before)."""
    expect(page).to_have_url(re.compile(pattern))
    page.wait_for_load_state()


def answer(page, question_id: str, codes, lang: str, check: bool = True) -> None:
    """Choose by the visible label text, as a person would, then press Continue."""
    arrived(page, rf"/check/{question_id}(\?[^#]*)?(#.*)?$")
    if check:
        assert_accessible(page, f"question {question_id} ({lang})")
    for code in [codes] if isinstance(codes, str) else codes:
        page.get_by_label(label(question_id, code, lang), exact=True).check()
    page.get_by_role("button", name=translate("Continue", lang)).click()


def start(page, base: str, lang: str) -> None:
    page.goto(f"{base}/check?lang={lang}")
    assert_accessible(page, f"start ({lang})")
    page.get_by_role("link", name=translate("Start the check", lang)).click()


def heading(page):
    return page.locator("h1").first


def test_phone_walk_with_errors_language_switch_and_change_link(live_server, page_at):
    page = page_at(PHONE)
    start(page, live_server.url, "da")

    # Error state: nothing chosen → error summary and field error, in Danish.
    page.get_by_role("button", name="Fortsæt").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Vælg et svar.", use_inner_text=True)
    expect(page.locator("#urgent-error")).to_be_visible()
    expect(page).to_have_title(re.compile("^Fejl:"))
    assert_accessible(page, "urgent error state (da)")
    # The summary's link takes the keyboard to the first option.
    summary.get_by_role("link").click()
    expect(page.locator("#urgent")).to_be_focused()

    answer(page, "urgent", "no", "da", check=False)
    answer(page, "age", "18_or_over", "da")
    # Multi question error state.
    page.get_by_role("button", name="Fortsæt").click()
    expect(page.locator("#error-summary")).to_contain_text(
        "Vælg mindst ét svar.", use_inner_text=True
    )
    assert_accessible(page, "areas error state (da)")
    page.get_by_label(label("areas", "debt", "da"), exact=True).check()
    page.get_by_label(label("areas", "health", "da"), exact=True).check()

    # Switch language mid-way: the saved answers stay, the unsaved page simply reloads.
    page.get_by_role("button", name="Fortsæt").click()
    arrived(page, r"/check/impact$")
    page.get_by_role("link", name="Tilbage").click()
    arrived(page, r"/check/areas$")
    page.get_by_role("banner").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.wait_for_load_state()
    expect(heading(page)).to_have_text("What would you like help with?", use_inner_text=True)
    expect(page.get_by_label("Debt", exact=True)).to_be_checked()
    expect(page.get_by_label("Looking after my health", exact=True)).to_be_checked()
    expect(page.get_by_label("Something else", exact=True)).not_to_be_checked()
    assert_accessible(page, "areas after language switch (en)")
    page.get_by_role("button", name="Continue").click()

    answer(page, "impact", "mild", "en")
    answer(page, "existing_support", "s85", "en")
    answer(page, "motivation", "unsure", "en")
    answer(page, "format", "individual", "en")
    answer(page, "contact", "phone", "en")

    # Check your answers, then change one answer from there and come back.
    arrived(page, r"/check/answers$")
    expect(heading(page)).to_have_text("Check your answers", use_inner_text=True)
    assert_accessible(page, "check answers (en)")
    expect(page.locator("main")).to_contain_text("18 or older", use_inner_text=True)
    page.get_by_role("link", name="Change your answer: How much it affects you", exact=True).click()
    arrived(page, r"/check/impact\?return=answers$")
    expect(page.get_by_label("A little", exact=True)).to_be_checked()
    answer(page, "impact", "severe", "en")
    arrived(page, r"/check/answers$")
    expect(page.locator("main")).to_contain_text("Very much", use_inner_text=True)

    page.get_by_role("link", name="See the result").click()
    arrived(page, r"/check/result$")
    expect(heading(page)).to_have_text(
        translate("You can apply, and the municipality will find the help that fits you", "en"),
        use_inner_text=True,
    )
    main = page.locator("main").inner_text()
    assert "Because you answered" in main and "You can always apply" in main
    assert "79 75 58 20" in main
    assert_accessible(page, "outcome assessment (en)")

    # A change link on the outcome page returns to the outcome.
    page.get_by_role("link", name="Change your answer: How much it affects you", exact=True).click()
    answer(page, "impact", "moderate", "en")
    arrived(page, r"/check/result$")
    expect(heading(page)).to_have_text("The offer is likely to suit you", use_inner_text=True)
    assert_accessible(page, "outcome eligible (en)")
    page.get_by_role("link", name="How we assess your answers").click()
    arrived(page, r"/how-we-assess$")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_outcome_kind_at_phone_width(live_server, page_at, lang):
    page = page_at(PHONE)
    t = lambda text: translate(text, lang)  # noqa: E731
    journeys = [
        ("crisis", [("urgent", "yes")]),
        ("not_adult", [("urgent", "no"), ("age", "under_18")]),
        (
            "info_only",
            [
                ("urgent", "no"),
                ("age", "18_or_over"),
                ("areas", ["activities"]),
                ("impact", "mild"),
                ("existing_support", "none"),
                ("motivation", "no"),
            ],
        ),
        (
            "other_offer",
            [
                ("urgent", "no"),
                ("age", "18_or_over"),
                ("areas", ["work_or_education"]),
                ("impact", "moderate"),
                ("existing_support", "jobcenter"),
                ("motivation", "yes"),
            ],
        ),
        (
            "eligible",
            [
                ("urgent", "no"),
                ("age", "18_or_over"),
                ("areas", ["conflicts", "debt"]),
                ("impact", "at_risk"),
                ("existing_support", "dont_know"),
                ("motivation", "yes"),
                ("format", "group"),
                ("contact", "in_person"),
            ],
        ),
    ]
    start(page, live_server.url, lang)
    for index, (outcome, steps) in enumerate(journeys):
        for qid, codes in steps:
            # Axe on every question once per language; later journeys repeat pages.
            answer(page, qid, codes, lang, check=index < 2 or qid in ("motivation", "contact"))
        if outcome != "crisis":
            arrived(page, r"/check/answers$")
            page.get_by_role("link", name=t("See the result")).click()
        arrived(page, r"/check/result$")
        from portal.screening.progress import OUTCOME_TITLES

        expect(heading(page)).to_have_text(t(OUTCOME_TITLES[outcome]), use_inner_text=True)
        main = page.locator("main")
        assert t("You can always apply") in main.inner_text()
        if outcome == "crisis":
            first_list = main.locator("ul").first.inner_text()
            assert "112" in first_list and "70 201 201" in first_list
        else:
            assert main.locator(".ti-offer").count() >= 1
        assert_accessible(page, f"outcome {outcome} ({lang})")
        page.get_by_role("button", name=t("Start the check again")).click()
        arrived(page, r"/check/urgent$")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_desktop_step_indicator_error_state_and_check_page(live_server, page_at, lang):
    page = page_at(DESKTOP)
    start(page, live_server.url, lang)
    steps = page.locator("nav.ti-steps .d-lg-block ol.step-indicator")
    # Waits for the style sheet to apply (is_visible() alone raced it on a busy machine).
    expect(steps).to_be_visible()
    page.wait_for_load_state()  # all of the list, not the part parsed so far
    assert steps.locator("li").count() == 9
    assert (
        steps.locator("li")
        .last.inner_text()
        .strip()
        .endswith(translate("Check your answers", lang))
    )
    expect(page.locator("nav.ti-steps details")).to_be_hidden()
    page.get_by_role("button", name=translate("Continue", lang)).click()
    # The same address with the error: wait for the error, not for the address.
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"error state desktop ({lang})")
    answer(page, "urgent", "no", lang, check=False)
    answer(page, "age", "under_18", lang)
    arrived(page, r"/check/answers$")
    # The path ended after the age question: three steps, the last one current.
    current = page.locator("nav.ti-steps .d-lg-block li.current")
    assert current.inner_text().strip().endswith(translate("Check your answers", lang))
    assert page.locator("nav.ti-steps .d-lg-block li").count() == 3
    assert_accessible(page, f"check answers desktop ({lang})")


def test_phone_step_indicator_folds_into_details(live_server, page_at):
    page = page_at(PHONE)
    page.goto(f"{live_server.url}/check/urgent")
    summary = page.locator("nav.ti-steps details summary")
    expect(summary).to_be_visible()
    expect(summary).to_have_text("Trin 1 af 9", use_inner_text=True)
    expect(page.locator("nav.ti-steps .d-lg-block")).to_be_hidden()
    summary.click()
    expect(page.locator("nav.ti-steps details li.current")).to_be_visible()
    assert_accessible(page, "step list open on a phone")


def test_keyboard_only_answer(live_server, page_at):
    page = page_at(PHONE)
    page.goto(f"{live_server.url}/check/urgent")
    page.locator("#urgent").focus()
    page.keyboard.press("Space")
    expect(page.locator("#urgent")).to_be_checked()
    page.keyboard.press("Tab")
    while page.evaluate("document.activeElement.tagName") != "BUTTON":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/check/age")


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_how_we_assess_is_accessible_in_both_languages(live_server, page_at, width):
    page = page_at(width)
    for lang in ("da", "en"):
        page.goto(f"{live_server.url}/how-we-assess?lang={lang}")
        expect(heading(page)).to_have_text(translate("How we assess", lang), use_inner_text=True)
        assert page.locator("main ol").first.locator(":scope > li").count() == 7
        assert_accessible(page, f"/how-we-assess ({lang}, {width}px)")
