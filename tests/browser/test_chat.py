"""The chat in a browser: the widget on portal pages and the page without JavaScript.

On a phone (375 px) the widget is a full-screen dialog with a visible heading, a close
button and the "Akut hjælp" link; on a desktop (1280 px) a panel that leaves the header's
"Akut hjælp" link in view. It opens with the greeting and starter buttons, phone numbers in
replies are tel: links, focus moves in, to the message field after a reply, and back to the
launcher on close (Escape too). axe reports 0 violations, in both languages and for both
municipalities.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible
from tests.support.live_server import LiveServer

TEXTS = {
    "da": {
        "open": "Chat med vores chatbot",
        "title": "Chatbot",
        "label": "Din besked",
        "send": "Send",
        "close": "Luk chatten",
        "crisis": "Akut hjælp",
        "greeting": "Jeg er en chatbot",
        "starters": ["Tjek om tilbuddet passer til mig", "Hvad er tilbuddet?", "Akut hjælp"],
        "price": "hvad koster det?",
        "answer": "gratis",
        "first_q": "Har du brug for hjælp lige nu?",
        "no": "Nej",
        "age_q": "Hvor gammel er du?",
        "restart": "Start en ny samtale",
    },
    "en": {
        "open": "Chat with our chatbot",
        "title": "Chatbot",
        "label": "Your message",
        "send": "Send",
        "close": "Close the chat",
        "crisis": "Emergency help",
        "greeting": "I am a chatbot",
        "starters": ["Check if the offer fits me", "What is the offer?", "Emergency help"],
        "price": "how much does it cost?",
        "answer": "free",
        "first_q": "Do you need help right now?",
        "no": "No",
        "age_q": "How old are you?",
        "restart": "Start a new conversation",
    },
}
HEIGHT = 800
# A chat turn gives up after CHAT_TURN_SECONDS (5 s) with the polite "try again" reply. On a
# busy CI machine a turn in the live server's thread can take longer, so these tests of the
# widget give it a wide bound; the deadline itself is tested in tests/chat.
TURN_BOUND = {"CHAT_TURN_SECONDS": 120.0}


@pytest.fixture
def app(make_app):
    return make_app(**TURN_BOUND)


@pytest.fixture(params=["hedensted", "vordingborg"])
def server(request, make_app):
    with LiveServer(make_app(request.param, **TURN_BOUND)) as live:
        yield live


@pytest.fixture(scope="module", autouse=True)
def warmed_chat():
    """Train and parse once, before any server thread needs it, what portal/wsgi.py prepares
    before gunicorn forks: otherwise each worker's first turn does it (half a minute on a busy
    machine), and the test's wait for the reply runs out first."""
    from portal.chat.service import warm_up

    warm_up()


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not shown"
    return found


def on_top(page, locator) -> bool:
    """Whether the element is what a tap at its centre hits (nothing covers it)."""
    return locator.evaluate(
        """el => { const r = el.getBoundingClientRect();
                   const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                   return hit === el || el.contains(hit); }"""
    )


def inside_viewport(found: dict, width: int) -> bool:
    return (
        found["x"] >= 0
        and found["y"] >= 0
        and found["x"] + found["width"] <= width
        and found["y"] + found["height"] <= HEIGHT
    )


def open_widget(page, url, t):
    page.goto(url)
    header_crisis = page.locator("header .ti-crisis-link")
    opener = page.get_by_role("button", name=t["open"])
    # The launcher is chat-widget.js's (a deferred script): the page's link until it runs.
    expect(opener).to_have_attribute("aria-expanded", "false")
    assert on_top(page, header_crisis)  # the launcher covers nothing at the top
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name=t["title"])
    dialog.wait_for()
    expect(opener).to_have_attribute("aria-expanded", "true")
    return opener, dialog


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_widget_opens_with_greeting_starters_and_emergency_help(server, page_at, width, lang):
    t = TEXTS[lang]
    page = page_at(width, HEIGHT)
    opener, dialog = open_widget(page, f"{server.url}/?lang={lang}", t)

    # Focus moved into the dialog; its heading, close button and "Akut hjælp" are shown.
    page.wait_for_function(
        "document.getElementById('ti-chat-panel').contains(document.activeElement)"
    )
    heading = dialog.get_by_role("heading", name=t["title"])
    close = dialog.get_by_role("button", name=t["close"])
    crisis = dialog.get_by_role("link", name=t["crisis"], exact=True)
    for shown in (heading, close, crisis):
        assert inside_viewport(box(shown), width)
    expect(crisis).to_have_attribute("href", "/crisis")

    log = dialog.get_by_role("log")  # a polite live region: replies are announced
    assert log.get_attribute("aria-live") in (None, "polite")
    log.get_by_text(t["greeting"], exact=False).wait_for()
    starters = dialog.get_by_role("group")
    for title in t["starters"]:
        expect(starters.get_by_role("button", name=title, exact=True)).to_be_visible()
    assert on_top(page, crisis)

    frame = box(dialog)
    if width == PHONE:
        # Full screen: the dialog is the whole viewport and is modal.
        assert (frame["x"], frame["y"]) == (0, 0)
        assert (frame["width"], frame["height"]) == (width, HEIGHT)
        assert dialog.evaluate("d => d.matches(':modal')")
    else:
        # A panel beside the page: the header's own "Akut hjælp" stays in view.
        header_crisis = page.locator("header .ti-crisis-link")
        top = box(header_crisis)
        assert top["y"] + top["height"] <= frame["y"]
        assert on_top(page, header_crisis)
        assert frame["width"] < width / 2
    assert_accessible(page, f"widget open ({lang}, {width}px, {server.url})")

    # A starter runs the screening's first question; then focus is in the message field.
    starters.get_by_role("button", name=t["starters"][0], exact=True).click()
    log.get_by_text(t["first_q"]).first.wait_for()
    page.wait_for_function("document.activeElement.id === 'ti-chat-input'")
    dialog.get_by_role("group").get_by_role("button", name=t["no"], exact=True).click()
    log.get_by_text(t["age_q"]).first.wait_for()
    assert on_top(page, crisis)  # still reachable after the conversation has grown
    assert_accessible(page, f"widget mid-screening ({lang}, {width}px)")

    # Escape closes; focus returns to the launcher.
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    # The dialog's close event comes a task after it hides, so wait for its effects.
    expect(opener).to_have_attribute("aria-expanded", "false")
    expect(opener).to_be_focused()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_emergency_numbers_in_a_reply_are_tap_to_call_links(live_server, page_at, width):
    t = TEXTS["da"]
    page = page_at(width, HEIGHT)
    opener, dialog = open_widget(page, f"{live_server.url}/?lang=da", t)
    dialog.get_by_role("group").get_by_role("button", name="Akut hjælp", exact=True).click()
    log = dialog.get_by_role("log")
    call_112 = log.get_by_role("link", name="112", exact=True)
    call_112.wait_for()
    expect(call_112).to_have_attribute("href", "tel:112")
    lifeline = log.get_by_role("link", name="70 201 201")
    expect(lifeline).to_have_attribute("href", "tel:+4570201201")
    assert on_top(page, lifeline)
    # Bot text is put in as text: the reply's markup is only our own links.
    expect(log.locator("script, b, i, img")).to_have_count(0)
    assert_accessible(page, f"widget crisis reply ({width}px)")

    dialog.get_by_role("button", name=t["close"]).click()
    dialog.wait_for(state="hidden")
    expect(opener).to_be_focused()


def test_a_typed_message_gets_the_phone_number_as_a_link(live_server, page_at):
    page = page_at(PHONE, HEIGHT)
    opener, dialog = open_widget(page, f"{live_server.url}/?lang=da", TEXTS["da"])
    dialog.get_by_role("log").get_by_text("Jeg er en chatbot", exact=False).wait_for()
    box_ = dialog.get_by_label("Din besked")
    box_.fill("hvad er jeres telefonnummer?")
    page.keyboard.press("Enter")
    number = dialog.get_by_role("log").get_by_role("link", name="79 75 58 20")
    number.wait_for()
    expect(number).to_have_attribute("href", "tel:+4579755820")
    page.wait_for_function("document.activeElement.id === 'ti-chat-input'")


def test_the_widget_keeps_the_conversation_across_pages(live_server, page_at):
    page = page_at(DESKTOP, HEIGHT)
    opener, dialog = open_widget(page, live_server.url + "/", TEXTS["da"])
    dialog.get_by_role("group").get_by_role("button", name="Hvad er tilbuddet?").click()
    page.wait_for_function("document.activeElement.id === 'ti-chat-input'")  # answered
    page.goto(live_server.url + "/contact")
    page.get_by_role("button", name=TEXTS["da"]["open"]).click()
    log = page.get_by_role("dialog").get_by_role("log")
    log.get_by_text("Hvad er tilbuddet?").wait_for()  # the starter chosen, as it was shown
    expect(log.get_by_text("Jeg er en chatbot", exact=False)).to_have_count(1)  # greeting once


def test_the_crisis_message_typed_in_english(live_server, page_at):
    page = page_at(PHONE, HEIGHT)
    opener, dialog = open_widget(page, live_server.url + "/?lang=en", TEXTS["en"])
    dialog.get_by_role("log").get_by_text("I am a chatbot", exact=False).wait_for()
    dialog.get_by_label("Your message").fill("I want to end my life")
    page.keyboard.press("Enter")
    log = dialog.get_by_role("log")
    log.get_by_role("link", name="70 201 201").wait_for()
    expect(log.get_by_role("link", name="Emergency help")).to_have_count(1)


def check_without_js(page, checker, url, where):
    """axe needs JavaScript: run it on the no-JS page's exact markup in a second page at the
    same address (so styles load the same)."""
    checker.goto(url + "/chat")
    checker.set_content(page.content())
    assert_accessible(checker, where)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_js_page(server, page_at, width, lang):
    t = TEXTS[lang]
    page = page_at(width, java_script_enabled=False)
    checker = page_at(width)
    page.goto(f"{server.url}/?lang={lang}")
    page.get_by_role("link", name=t["open"]).click()
    # Loaded, not just begun: the counts below read the whole page.
    page.wait_for_url(re.compile("^" + re.escape(server.url + "/chat")))
    assert page.locator("script[src*=chat-widget]").count() == 0
    assert page.get_by_text(t["greeting"], exact=False).count() == 1
    for title in t["starters"]:
        expect(page.get_by_role("button", name=title, exact=True)).to_be_visible()
    # The starters are buttons in a list, without the design system's list bullets.
    bullets = page.locator(".ti-chat-buttons > li").evaluate_all(
        "items => items.map(li => getComputedStyle(li, '::before').content)"
    )
    assert bullets and set(bullets) <= {"none", "normal"}
    check_without_js(page, checker, server.url, f"/chat ({lang}, {width}px)")

    # Each button posts the form and loads a new page: wait for it before reading it (and
    # before page.content() in check_without_js).
    with page.expect_navigation():
        page.get_by_role("button", name=t["starters"][0], exact=True).click()
    expect(page.get_by_text(t["first_q"]).first).to_be_attached()
    with page.expect_navigation():
        page.get_by_role("button", name=t["no"], exact=True).click()
    expect(page.get_by_text(t["age_q"]).first).to_be_attached()
    check_without_js(page, checker, server.url, f"/chat with history ({lang}, {width}px)")
    with page.expect_navigation():
        page.get_by_role("button", name=t["send"], exact=True).click()  # empty: error summary
    expect(page.locator("#error-summary")).to_have_count(1)
    check_without_js(page, checker, server.url, f"/chat error ({lang}, {width}px)")

    with page.expect_navigation():
        page.get_by_role("button", name=t["restart"]).click()
    with page.expect_navigation():
        page.get_by_role("button", name=t["starters"][2], exact=True).click()  # Akut hjælp
    expect(page.get_by_role("link", name="112", exact=True)).to_have_attribute("href", "tel:112")
    lifeline = page.get_by_role("link", name="70 201 201")
    expect(lifeline).to_have_attribute("href", "tel:+4570201201")
    check_without_js(page, checker, server.url, f"/chat crisis ({lang}, {width}px)")
