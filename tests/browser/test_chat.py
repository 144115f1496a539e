"""The chat in a browser: the widget on portal pages (keyboard, live log, focus) and the
page without JavaScript; axe reports 0 violations with the chat open, at phone and desktop
widths, in both languages."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, assert_accessible

TEXTS = {
    "da": {
        "open": "Chat med vores chatbot",
        "label": "Din besked",
        "send": "Send",
        "close": "Luk chatten",
        "price": "hvad koster det?",
        "answer": "gratis",
        "start": "Tjek om tilbuddet passer til mig",
        "first_q": "Har du brug for hjælp lige nu?",
        "no": "Nej",
        "age_q": "Hvor gammel er du?",
    },
    "en": {
        "open": "Chat with our chatbot",
        "label": "Your message",
        "send": "Send",
        "close": "Close the chat",
        "price": "how much does it cost?",
        "answer": "free",
        "start": "Check if the offer fits me",
        "first_q": "Do you need help right now?",
        "no": "No",
        "age_q": "How old are you?",
    },
}


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_widget_conversation_by_keyboard_and_buttons(live_server, page_at, width, lang):
    t = TEXTS[lang]
    page = page_at(width)
    page.goto(f"{live_server.url}/?lang={lang}")
    opener = page.get_by_role("button", name=t["open"])
    assert opener.get_attribute("aria-expanded") == "false"
    opener.focus()
    page.keyboard.press("Enter")
    assert opener.get_attribute("aria-expanded") == "true"
    log = page.get_by_role("log")
    log.get_by_text("chatbot", exact=False).first.wait_for()  # the greeting says it is a bot
    box = page.get_by_label(t["label"])
    assert page.evaluate("document.activeElement.id") == "ti-chat-input"
    assert_accessible(page, f"widget open ({lang}, {width}px)")

    box.fill(t["price"])
    page.keyboard.press("Enter")
    log.get_by_text(t["answer"], exact=False).first.wait_for()

    page.get_by_role("group").get_by_role("button", name=t["start"]).click()
    log.get_by_text(t["first_q"]).first.wait_for()
    page.get_by_role("group").get_by_role("button", name=t["no"], exact=True).click()
    log.get_by_text(t["age_q"]).first.wait_for()
    assert_accessible(page, f"widget mid-screening ({lang}, {width}px)")

    page.keyboard.press("Escape")
    assert opener.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "ti-chat-panel"


def test_widget_keeps_the_conversation_across_pages(live_server, page_at):
    page = page_at(DESKTOP)
    page.goto(live_server.url + "/")
    page.get_by_role("button", name=TEXTS["da"]["open"]).click()
    page.get_by_label("Din besked").fill("hvad koster det?")
    page.keyboard.press("Enter")  # may come while the greeting loads: the text is kept
    page.get_by_role("log").get_by_text("Jeg er en chatbot", exact=False).first.wait_for()
    if page.get_by_label("Din besked").input_value():
        page.keyboard.press("Enter")
    page.get_by_role("log").get_by_text("gratis", exact=False).first.wait_for()
    page.goto(live_server.url + "/contact")
    page.get_by_role("button", name=TEXTS["da"]["open"]).click()
    page.get_by_role("log").get_by_text("hvad koster det?").wait_for()


def test_widget_crisis_message(live_server, page_at):
    page = page_at(PHONE)
    page.goto(live_server.url + "/?lang=en")
    page.get_by_role("button", name="Chat with our chatbot").click()
    page.get_by_role("log").get_by_text("I am a chatbot", exact=False).first.wait_for()
    page.get_by_label("Your message").fill("I want to end my life")
    page.keyboard.press("Enter")
    page.get_by_role("log").get_by_text("70 201 201", exact=False).wait_for()
    assert page.get_by_role("log").get_by_role("link", name="Emergency help").count() == 1


def check_without_js(page, checker, live_server, where):
    """axe needs JavaScript: run it on the no-JS page's exact markup in a second page at the
    same address (so styles load the same)."""
    checker.goto(live_server.url + "/chat")
    checker.set_content(page.content())
    assert_accessible(checker, where)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_js_page(live_server, page_at, width, lang):
    t = TEXTS[lang]
    page = page_at(width, java_script_enabled=False)
    checker = page_at(width)
    page.goto(f"{live_server.url}/?lang={lang}")
    page.get_by_role("link", name=t["open"]).click()
    assert page.url.startswith(live_server.url + "/chat")
    assert page.locator("script[src*=chat-widget]").count() == 0
    check_without_js(page, checker, live_server, f"/chat ({lang}, {width}px)")
    page.get_by_role("button", name=t["start"]).click()
    assert page.get_by_text(t["first_q"]).count() >= 1
    page.get_by_role("button", name=t["no"], exact=True).click()
    assert page.get_by_text(t["age_q"]).count() >= 1
    page.get_by_label(t["label"]).fill(t["price"])
    page.get_by_role("button", name=t["send"], exact=True).click()
    assert page.get_by_text(t["answer"], exact=False).count() >= 1
    check_without_js(page, checker, live_server, f"/chat with history ({lang}, {width}px)")
    page.get_by_role("button", name=t["send"], exact=True).click()  # empty: error summary
    assert page.locator("#error-summary").count() == 1
    check_without_js(page, checker, live_server, f"/chat error ({lang}, {width}px)")
