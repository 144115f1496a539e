"""The citizen's journey made safe and finished (issue 13), in real Chromium with axe, both
municipalities, both languages, phone and desktop: the quick exit (click, Shift x 3, the
no-JavaScript link, inside the chat dialog), Back after the receipt, a language switch that
keeps typed text, exclusive answers, and outcome pages that lead with the next step."""

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible
from tests.support.application import ABOUT, NEEDS

PROFILES = ("hedensted", "vordingborg")
NEUTRAL = "Vejret i dag"  # what the stand-in for the neutral site says
FULL = {
    "urgent": "no",
    "age": "18_or_over",
    "areas": ["social_contact"],
    "impact": "moderate",
    "existing_support": ["s85"],
    "motivation": "yes",
    "format": "group",
    "contact": "phone",
}


@pytest.fixture(params=PROFILES)
def server(request, make_app, live_server_for):
    app = make_app(request.param)
    return app, live_server_for(app)


@pytest.fixture
def live_server_for():
    from tests.support.live_server import LiveServer

    servers = []

    def start(app):
        server = LiveServer(app).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def _neutral_site(page, app):
    """The profile's neutral site, answered locally: the test never leaves the machine."""
    url = app.extensions["municipality"]["quick_exit_url"]
    page.route(
        re.compile("^" + re.escape(url.rstrip("/")) + "/?.*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body=f"<title>DMI</title><p>{NEUTRAL}</p>"
        ),
    )
    return url


def _answer_all(page, base, **overrides):
    given = FULL | overrides
    for qid, value in given.items():
        body = urlencode({qid: value}, doseq=True)
        response = page.request.post(
            f"{base}/check/{qid}",
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            max_redirects=0,
        )
        assert response.status in (302, 303), (qid, response.status)
        if response.headers["location"].endswith("/check/result"):
            return


# --- quick exit ----------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "width"), [("da", PHONE), ("en", DESKTOP)])
def test_quick_exit_leaves_and_back_does_not_return(server, page_at, lang, width):
    app, live = server
    page = page_at(width)
    _neutral_site(page, app)
    page.goto(f"{live.url}/contact?lang={lang}")
    page.goto(f"{live.url}/crisis")
    link = page.locator("#quick-exit")
    name = "Nødudgang: Forlad siden" if lang == "da" else "Emergency: Leave this page"
    expect(page.get_by_role("link", name=name, exact=True)).to_have_count(1)
    expect(link).to_have_attribute("rel", "nofollow noreferrer")
    hint = page.locator("#quick-exit-hint")
    # The shortcut is told beside the link on a computer (quick-exit.js unhides it); a phone
    # has no Shift key.
    if width == DESKTOP:
        expect(hint).to_be_visible()
    else:
        expect(hint).to_be_hidden()
    assert_accessible(page, f"crisis page ({lang}, {width})")
    # On the crisis page the way out stays in view while scrolling. The wheel may scroll
    # smoothly, and mouse.wheel() does not wait: measure once the scrolling has ended.
    page.evaluate(
        "() => { window.tiScrolled = false; document.addEventListener('scrollend', "
        "() => { window.tiScrolled = true; }, {once: true}); }"
    )
    page.mouse.wheel(0, 3000)
    page.wait_for_function("window.tiScrolled")
    assert page.evaluate("window.scrollY") > 0
    assert 0 <= link.bounding_box()["y"] <= 8
    link.click()
    page.wait_for_url(re.compile("dmi"))
    assert NEUTRAL in page.content()
    # The crisis page was replaced in the history: Back goes to the page before it.
    page.go_back()
    page.wait_for_url(re.compile(r"/contact"))
    assert "/crisis" not in page.url


def test_shift_three_times_leaves_the_page(server, page_at):
    app, live = server
    page = page_at(DESKTOP)
    # The presses count within 5 s of each other: a fake clock keeps a slow machine from
    # running that timer out between two presses.
    page.clock.install()
    _neutral_site(page, app)
    page.goto(f"{live.url}/")
    page.goto(f"{live.url}/apply")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    expect(page.locator("[role=status]")).to_contain_text("1", use_inner_text=True)
    page.keyboard.press("Shift")
    page.wait_for_url(re.compile("dmi"))
    page.go_back()
    page.wait_for_url(re.compile(r"/$"))


def test_shift_as_a_modifier_or_with_other_keys_does_not_leave(server, page_at):
    app, live = server
    page = page_at(DESKTOP)
    page.clock.install()  # as above: no 5 s timer runs out between the presses
    _neutral_site(page, app)
    page.goto(f"{live.url}/apply")
    page.locator("#name").click()
    # Capital letters are typed with Shift held: that is not the shortcut.
    page.keyboard.type("ANNA")
    page.keyboard.press("Shift")
    page.keyboard.press("a")  # another key in between starts the count again
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    # Leaving blanks the page at once, in the key's own handler; the new address would only
    # come later, so the blank page is the sure sign.
    assert page.evaluate("document.body.hidden") is False
    assert "/apply" in page.url
    expect(page.locator("#name")).to_have_value("ANNAa")


def test_without_javascript_the_quick_exit_is_a_plain_link(server, page_at):
    app, live = server
    page = page_at(PHONE, java_script_enabled=False)
    url = _neutral_site(page, app)
    page.goto(f"{live.url}/")
    assert page.locator("#quick-exit").get_attribute("href") == url
    assert page.locator("#quick-exit-hint").is_hidden()  # no shortcut without JavaScript
    page.locator("#quick-exit").click()
    page.wait_for_url(re.compile("dmi"))
    assert NEUTRAL in page.content()


def test_quick_exit_stays_reachable_with_the_chat_open_on_a_phone(server, page_at):
    app, live = server
    page = page_at(PHONE)
    _neutral_site(page, app)
    page.goto(f"{live.url}/")
    page.locator(".ti-chat-open").click()
    dialog = page.locator("dialog.ti-chat-panel")
    dialog.wait_for()
    inside = dialog.locator("a[data-quick-exit]")
    expect(inside).to_be_visible()
    assert_accessible(page, "chat dialog open")
    inside.click()
    page.wait_for_url(re.compile("dmi"))


def test_staff_pages_have_no_quick_exit(server, page_at):
    _app, live = server
    page = page_at(DESKTOP)
    page.goto(f"{live.url}/staff/login")
    assert page.locator("#quick-exit").count() == 0


# --- after the receipt ---------------------------------------------------------------


def _fill_and_send(page, base):
    page.goto(f"{base}/apply")
    page.fill("#name", ABOUT["name"])
    page.fill("#phone", ABOUT["phone"])
    page.locator("#contact_channel").check()
    page.locator("main button[type=submit]").click()
    page.wait_for_url(re.compile(r"/apply/needs$"))
    page.locator("#areas").check()
    page.fill("#description", NEEDS["description"])
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/apply/check$"))
    page.locator("#confirmed").check()
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/apply/receipt/"))
    return page.url.rsplit("/", 1)[-1]


@pytest.mark.parametrize(("lang", "width"), [("da", PHONE), ("en", DESKTOP)])
def test_back_after_the_receipt_says_already_sent(server, page_at, lang, width):
    _app, live = server
    page = page_at(width)
    page.goto(f"{live.url}/?lang={lang}")
    reference = _fill_and_send(page, live.url)
    assert_accessible(page, "receipt")
    page.go_back()
    heading = page.locator("h1")
    expected = (
        "Du har allerede sendt din ansøgning"
        if lang == "da"
        else "You have already sent your application"
    )
    expect(heading).to_have_text(expected, use_inner_text=True)
    expect(page.locator("main")).to_contain_text(reference, use_inner_text=True)
    page.wait_for_load_state()  # the whole page, before looking for what is not there
    assert page.locator("#name").count() == 0  # never an empty form
    assert_accessible(page, "already sent")
    page.locator(f'a[href$="/apply/receipt/{reference}"]').click()
    page.wait_for_url(re.compile(r"/apply/receipt/"))


# --- language switch -----------------------------------------------------------------


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_language_switch_in_the_header_keeps_typed_text(server, page_at, width):
    _app, live = server
    page = page_at(width)
    page.goto(f"{live.url}/apply/needs?lang=da")
    page.fill("#description", "Jeg kan ikke åbne min post.")
    page.locator("#areas").check()
    switch = page.locator("header a.ti-lang-switch")
    assert switch.is_visible() and switch.bounding_box()["y"] < 200
    switch.click()
    # expect() retries across the navigation; a bare wait_for_function can be
    # evaluated while the old document is gone and the new one has no root yet.
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # citizen-forms.js (deferred) puts the typed text back after the page has been parsed.
    expect(page.locator("#description")).to_have_value("Jeg kan ikke åbne min post.")
    expect(page.locator("#areas")).to_be_checked()
    assert_accessible(page, "needs in English after a switch")
    # Sent text is the server's from then on: a reload does not bring old typing back.
    page.fill("#description", "")
    page.reload()
    expect(page.locator("#description")).to_have_value("")


# --- exclusive answers ---------------------------------------------------------------


def test_exclusive_answers_untick_the_others(server, page_at):
    _app, live = server
    page = page_at(PHONE)
    page.goto(f"{live.url}/apply/needs?lang=da")
    group = page.locator("fieldset", has=page.locator("#existing_support"))
    assert "eller" in group.inner_text()
    yes = page.locator("input[name=existing_support][value=s85]")
    no = page.locator("input[name=existing_support][value=none]")
    unknown = page.locator("input[name=existing_support][value=dont_know]")
    yes.check()
    no.check()
    expect(yes).not_to_be_checked()
    unknown.check()
    expect(no).not_to_be_checked()
    expect(unknown).to_be_checked()
    yes.check()
    expect(unknown).not_to_be_checked()
    assert_accessible(page, "needs with the divider")


def test_without_javascript_the_server_refuses_no_with_others(server, page_at):
    _app, live = server
    page = page_at(PHONE, java_script_enabled=False)
    page.goto(f"{live.url}/apply/needs?lang=da")
    page.locator("#areas").check()
    page.locator("input[name=existing_support][value=s85]").check()
    page.locator("input[name=existing_support][value=none]").check()
    page.locator("main form button[type=submit]").click()
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("»Nej«", use_inner_text=True)
    expect(page.locator("#areas")).to_be_checked()  # nothing entered is lost
    # (axe needs JavaScript; the error state's markup is the macros' usual one.)


# --- outcome pages -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "lead"),
    [
        ({"urgent": "yes"}, "112"),
        ({"age": "under_18"}, None),
        ({}, None),
    ],
    ids=["crisis", "under_18", "eligible"],
)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_outcome_pages_lead_with_the_next_step_on_a_phone(server, page_at, overrides, lead, lang):
    app, live = server
    page = page_at(PHONE, height=667)
    page.goto(f"{live.url}/?lang={lang}")
    _answer_all(page, live.url, **overrides)
    page.goto(f"{live.url}/check/result")
    step = page.locator("#next-step")
    box = step.bounding_box()
    assert box["y"] + 40 < 667, f"the next step starts at {box['y']} px"
    text = step.inner_text()
    if overrides.get("urgent") == "yes":
        assert "112" in text and "70 201 201" in text
    elif overrides.get("age") == "under_18":
        name = app.extensions["municipality"]["offers"]["children_and_family"]["name"][lang]
        assert name in text
    else:
        expect(step.locator("a.button-primary[href$='/apply']")).to_be_visible()
    if overrides:
        # Applying for this offer is mentioned lower, never as the main button.
        assert page.locator("main a.button-primary[href$='/apply']").count() == 0
    assert_accessible(page, f"outcome {overrides} ({lang})")


# --- the finish at both widths -------------------------------------------------------


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_application_steps_and_outcome_are_accessible(server, page_at, lang, width):
    _app, live = server
    page = page_at(width)
    page.goto(f"{live.url}/apply?lang={lang}")
    steps = page.locator("nav.ti-steps")
    expect(steps).to_have_count(1)
    # Like the check's: a list beside the form on a computer, folded away on a phone.
    listed = steps.locator(".d-lg-block .step-indicator > li")
    expect(listed).to_have_count(3)
    if width == DESKTOP:
        expect(listed.first).to_be_visible()
        expect(steps.locator("summary")).to_be_hidden()
    else:
        expect(listed.first).to_be_hidden()
        expect(steps.locator("summary")).to_be_visible()
    # An error state: the error summary carries its icon.
    page.locator("main form button[type=submit]").click()
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    page.wait_for_load_state()  # the new page's style sheet, for the computed style
    icon = summary.evaluate("e => getComputedStyle(e, '::before').backgroundImage")
    assert "icons.svg#error" in icon
    assert_accessible(page, f"about you with errors ({lang}, {width})")
    _answer_all(page, live.url)
    page.goto(f"{live.url}/check/result")
    back = page.locator("a.back-link").first
    assert "icons.svg#arrow-back" in back.evaluate(
        "e => getComputedStyle(e, '::before').backgroundImage"
    )
    assert_accessible(page, f"outcome ({lang}, {width})")


def test_a_chosen_but_unsent_answer_survives_the_language_switch(server, page_at):
    _app, live = server
    page = page_at(PHONE)
    page.goto(f"{live.url}/check/urgent?lang=en")
    page.locator("input[name=urgent][value=no]").check()
    page.locator("header a.ti-lang-switch").click()
    # expect() retries across the navigation; a bare wait_for_function can be
    # evaluated while the old document is gone and the new one has no root yet.
    expect(page.locator("html")).to_have_attribute("lang", "da")
    expect(page.locator("input[name=urgent][value=no]")).to_be_checked()
    # Sent answers come from the server; nothing typed is left behind in the tab.
    assert page.evaluate("sessionStorage.length") == 0


def test_beside_the_page_the_chat_panel_leaves_the_pages_own_quick_exit(server, page_at):
    _app, live = server
    page = page_at(DESKTOP)
    page.goto(f"{live.url}/")
    page.locator(".ti-chat-open").click()
    dialog = page.locator("dialog.ti-chat-panel")
    dialog.wait_for()
    expect(page.locator("#quick-exit")).to_be_visible()
    copy = dialog.locator("a[data-quick-exit]")
    copy.wait_for(state="attached")
    expect(copy).to_be_hidden()  # there for the phone's modal dialog, not shown beside the page
