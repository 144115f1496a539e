"""Chat test helpers: talk to the webhook or the page as the browser does."""

import pytest

from portal.extensions import db
from portal.models import ChatConversation
from tests.support import application

SAME_ORIGIN = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}


def say(client, message, lang="da", sender="web"):
    response = client.post(
        "/chat/webhook",
        json={"sender": sender, "message": message, "metadata": {"lang": lang}},
        headers=SAME_ORIGIN,
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def texts(messages) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def conversation(app, client) -> ChatConversation:
    with client.session_transaction() as sess:
        sender = sess["chat_sender"]
    with app.app_context():
        return db.session.get(ChatConversation, sender)


def visitor_answers(app, client) -> dict:
    return application.visitor_answers(app, client)


@pytest.fixture
def asks_unsure_areas(monkeypatch):
    from bot.actions import actions

    monkeypatch.setattr(actions, "ASK_UNSURE_AREAS", True)
