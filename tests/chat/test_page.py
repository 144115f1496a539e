"""GET/POST /chat: the chat without JavaScript, a form post per turn."""

import re

import pytest

from tests.chat.conftest import conversation, texts


def test_first_visit_shows_the_greeting_and_its_buttons(client):
    page = client.get("/chat").get_data(as_text=True)
    assert "Jeg er en chatbot" in page
    assert 'name="payload" value="/start_screening"' in page
    assert 'id="chat-latest"' in page


def test_english_page(client):
    page = client.get("/chat?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "I am a chatbot" in page and "makes no decisions" in page


def test_a_turn_posts_redirects_and_shows_the_history(client):
    response = client.post("/chat", data={"message": "hvad koster det?"})
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/chat#chat-latest")
    page = client.get("/chat").get_data(as_text=True)
    assert "hvad koster det?" in page
    assert "gratis" in page


def test_buttons_are_submit_buttons_and_show_their_title_in_the_history(client):
    client.post("/chat", data={"payload": "/start_screening"})
    page = client.get("/chat").get_data(as_text=True)
    button = 'name="payload" value="/answer{&#34;urgent&#34;: &#34;no&#34;}">Nej</button>'
    assert button in page
    client.post("/chat", data={"payload": '/answer{"urgent": "no"}'})
    page = client.get("/chat").get_data(as_text=True)
    assert "Hvor gammel er du?" in page
    # Only the latest question's buttons are offered.
    assert "urgent" not in page.split("Vælg et svar")[1]


def test_empty_message_shows_the_error_summary(client):
    response = client.post("/chat", data={"message": "  "})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'id="error-summary"' in page and 'href="#message"' in page
    assert 'aria-invalid="true"' in page


def test_too_long_message_keeps_what_was_written(client):
    text = "x" * 1001
    response = client.post("/chat", data={"message": text})
    assert response.status_code == 400
    assert text in response.get_data(as_text=True)


def test_restart_forgets_the_conversation(app, client):
    client.post("/chat", data={"message": "hej"})
    assert conversation(app, client) is not None
    with client.session_transaction() as sess:
        sender = sess["chat_sender"]
    client.post("/chat/restart")
    with client.session_transaction() as sess:
        assert "chat_sender" not in sess
    with app.app_context():
        from portal.extensions import db
        from portal.models import ChatConversation

        assert db.session.get(ChatConversation, sender) is None
    assert "Jeg er en chatbot" in client.get("/chat").get_data(as_text=True)  # greeting again


def test_csrf_is_required_on_the_page_form(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert client.post("/chat", data={"message": "hej"}).status_code == 400


@pytest.mark.parametrize("path", ["/", "/contact", "/check"])
def test_portal_pages_carry_the_launcher_link(client, path):
    page = client.get(path).get_data(as_text=True)
    assert 'class="button button-secondary ti-chat-open" href="/chat"' in page
    # A public page is the same for everyone: its CSP has no nonce, its script tag none.
    nonce = '""' if path in ("/", "/contact") else '"[^"]+"'
    assert re.search(
        rf'<script src="/static/js/chat-widget\.js[^"]*" nonce={nonce} defer></script>', page
    )


def test_history_json_is_this_sessions_only(app):
    alice, bob = app.test_client(), app.test_client()
    alice.post("/chat", data={"message": "hvad koster det?"})
    assert "hvad koster det?" in texts(alice.get("/chat/history").get_json())
    bobs = bob.get("/chat/history").get_json()
    assert "hvad koster det?" not in texts(bobs)
    assert len(bobs) == 1 and "Jeg er en chatbot" in bobs[0]["text"]  # only the greeting


STARTERS = {
    "da": ["Tjek om tilbuddet passer til mig", "Hvad er tilbuddet?", "Akut hjælp"],
    "en": ["Check if the offer fits me", "What is the offer?", "Emergency help"],
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_widget_opens_with_the_greeting_and_starter_buttons(client, lang):
    client.get(f"/?lang={lang}")
    (greeting,) = client.get("/chat/history").get_json()
    assert greeting["from"] == "bot"
    titles = [b["title"] for b in greeting["buttons"]]
    assert all(starter in titles for starter in STARTERS[lang])
    payloads = {b["title"]: b["payload"] for b in greeting["buttons"]}
    assert payloads[STARTERS[lang][0]] == "/start_screening"
    assert payloads[STARTERS[lang][2]] == "/crisis"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_page_offers_the_starters_as_forms(client, lang):
    page = client.get(f"/chat?lang={lang}").get_data(as_text=True)
    form = page.split('class="ti-chat-choices"')[1].split("</form>")[0]
    for starter in STARTERS[lang]:
        assert f">{starter}</button>" in form
    assert 'value="/crisis"' in form and 'type="submit"' in form


def test_a_starter_runs_the_screenings_first_question_and_keeps_the_greeting(client):
    client.post("/chat", data={"payload": "/start_screening"})
    page = client.get("/chat").get_data(as_text=True)
    # The conversation reads as it happened: greeting, the starter chosen, the question.
    greeting = page.index("Jeg er en chatbot")
    chosen = page.index('<p class="ti-chat-text">Tjek om tilbuddet passer til mig</p>')
    question = page.index("Har du brug for hjælp lige nu?")
    assert greeting < chosen < question


def test_the_crisis_starter_gives_tap_to_call_numbers(make_app, municipality):
    client = make_app(municipality).test_client()
    client.post("/chat", data={"payload": "/crisis"})
    page = client.get("/chat").get_data(as_text=True)
    assert '<a href="tel:112">112</a>' in page
    assert '<a href="tel:+4570201201">70 201 201</a>' in page


def test_phone_numbers_in_replies_are_tel_links(make_app):
    client = make_app("hedensted").test_client()
    client.post("/chat", data={"message": "hvad er jeres telefonnummer?"})
    page = client.get("/chat").get_data(as_text=True)
    assert '<a href="tel:+4579755820">79 75 58 20</a>' in page
    assert '<a href="tel:+4524609777">24 60 97 77</a>' in page


def test_the_citizens_own_text_is_escaped_and_never_linked(client):
    client.post("/chat", data={"message": "<b>ring</b> 79 75 58 20"})
    page = client.get("/chat").get_data(as_text=True)
    assert "&lt;b&gt;ring&lt;/b&gt; 79 75 58 20" in page
    assert "<b>ring</b>" not in page


@pytest.mark.parametrize("municipality_name", ["hedensted", "vordingborg"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_chat_page_stays_small(make_app, municipality_name, lang):
    client = make_app(municipality_name).test_client()
    client.get(f"/?lang={lang}")
    for payload in ("/start_screening", '/answer{"urgent": "no"}', "/crisis"):
        client.post("/chat", data={"payload": payload})
    assert len(client.get("/chat").data) < 20 * 1024
    assert len(client.get("/").data) < 20 * 1024


def test_the_widget_never_parses_bot_text_as_html():
    from pathlib import Path

    import portal

    script = (Path(portal.__file__).parent / "static/js/chat-widget.js").read_text()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
        assert sink not in script
    assert "createTextNode" in script and "textContent" in script
