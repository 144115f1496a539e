"""GET/POST /chat: the chat without JavaScript, a form post per turn."""

import re

import pytest

from tests.chat.conftest import conversation


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
    assert re.search(
        r'<script src="/static/js/chat-widget\.js[^"]*" nonce="[^"]+" defer></script>', page
    )


def test_history_json_is_this_sessions_only(app):
    alice, bob = app.test_client(), app.test_client()
    alice.post("/chat", data={"message": "hvad koster det?"})
    assert alice.get("/chat/history").get_json()
    assert bob.get("/chat/history").get_json() == []
