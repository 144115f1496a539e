"""POST /chat/webhook: Rasa REST-channel format, CSRF-safe, session-bound, size limits."""

import json

import pytest
from sqlalchemy import text

from portal.extensions import db
from tests.chat.conftest import SAME_ORIGIN, conversation, say, texts


def test_rasa_rest_channel_format(client):
    messages = say(client, "/greet", sender="anything")
    assert isinstance(messages, list) and messages
    first = messages[0]
    assert set(first) <= {"recipient_id", "text", "buttons", "custom"}
    assert first["recipient_id"]
    assert all(set(b) == {"title", "payload"} for b in first["buttons"])


def test_answers_are_never_cached(client):
    response = client.post(
        "/chat/webhook", json={"sender": "x", "message": "hej"}, headers=SAME_ORIGIN
    )
    assert response.headers["Cache-Control"] == "no-store"
    assert client.get("/chat/history").headers["Cache-Control"] == "no-store"


def test_metadata_lang_picks_the_language(client):
    assert "Goodbye" in texts(say(client, "bye", lang="en"))
    assert "Farvel" in texts(say(client, "farvel", lang="da"))


def test_without_metadata_the_page_language_is_used(client):
    client.get("/?lang=en")
    response = client.post(
        "/chat/webhook", json={"sender": "x", "message": "/goodbye"}, headers=SAME_ORIGIN
    )
    assert "Goodbye" in response.get_json()[0]["text"]


def test_the_sender_in_the_body_never_opens_another_conversation(app):
    alice, mallory = app.test_client(), app.test_client()
    first = say(alice, "/start_screening")
    alice_id = first[0]["recipient_id"]
    reply = say(mallory, '/answer{"urgent": "no"}', sender=alice_id)
    assert reply[0]["recipient_id"] != alice_id
    assert conversation(app, alice).tracker["slots"]["urgent"] is None


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
    ],
)
def test_cross_origin_requests_are_refused(client, headers):
    response = client.post("/chat/webhook", json={"sender": "x", "message": "hej"}, headers=headers)
    assert response.status_code == 403


def test_a_form_post_is_refused(client):
    response = client.post(
        "/chat/webhook", data={"sender": "x", "message": "hej"}, headers=SAME_ORIGIN
    )
    assert response.status_code == 415


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ([], 400),
        ({"sender": "x"}, 400),
        ({"sender": 5, "message": "hej"}, 400),
        ({"sender": "x", "message": "   "}, 400),
        ({"sender": "x", "message": "a" * 1001}, 413),
        ({"sender": "x" * 200, "message": "hej"}, 400),
    ],
)
def test_bad_bodies_get_a_clear_json_error(client, body, status):
    response = client.post(
        "/chat/webhook", data=json.dumps(body), content_type="application/json", headers=SAME_ORIGIN
    )
    assert response.status_code == status
    assert "error" in response.get_json()


def test_cpr_numbers_are_redacted_and_the_transcript_is_encrypted(app, client):
    say(client, "mit cpr er 010190-1234 og min mail er a@b.dk, hvad koster det?")
    conv = conversation(app, client)
    assert "010190" not in conv.transcript and "[cpr]" in conv.transcript
    assert "a@b.dk" not in conv.transcript
    with app.app_context():
        raw = db.session.execute(text("SELECT transcript, tracker FROM chat_conversation")).one()
    assert "koster" not in str(raw[0])  # encrypted at rest
    assert "koster" not in json.dumps(raw[1])  # the tracker keeps no text


def test_the_webhook_is_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    client = app.test_client()
    statuses = [
        client.post(
            "/chat/webhook", json={"sender": "x", "message": "/greet"}, headers=SAME_ORIGIN
        ).status_code
        for _ in range(31)
    ]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429


def test_action_server_down_gives_a_polite_answer_with_the_phone(make_app, caplog):
    app = make_app(ACTION_SERVER_URL="http://127.0.0.1:9/webhook")
    client = app.test_client()
    messages = say(client, "hvad koster det? mit navn er Ole")
    assert "79 75 58 20" in messages[0]["text"]
    assert messages[1]["custom"]["link"]["href"] == "/check"
    assert "Ole" not in caplog.text


def test_vordingborg_down_points_to_the_general_contact(make_app):
    app = make_app("vordingborg", ACTION_SERVER_URL="http://127.0.0.1:9/webhook")
    messages = say(app.test_client(), "hvad koster det?")
    assert "kontakte kommunen" in messages[0]["text"]


def test_crisis_works_with_the_action_server_down(make_app):
    app = make_app(ACTION_SERVER_URL="http://127.0.0.1:9/webhook")
    messages = say(app.test_client(), "jeg vil slå mig selv ihjel")
    assert "70 201 201" in messages[0]["text"]


def test_rasa_url_forwards_to_the_rest_channel(make_app, monkeypatch):
    sent = {}

    class FakeResponse:
        status_code = 200

        def json(self):
            return [
                {
                    "recipient_id": "r",
                    "text": "fra rasa",
                    "buttons": [{"title": "t", "payload": "/greet"}],
                }
            ]

    def fake_post(self, url, json=None, timeout=None):
        sent.update(url=url, body=json)
        return FakeResponse()

    monkeypatch.setattr("requests.Session.post", fake_post)
    app = make_app(RASA_URL="http://rasa.internal:5005/")
    messages = say(app.test_client(), "mit cpr er 0101901234", lang="en")
    assert sent["url"] == "http://rasa.internal:5005/webhooks/rest/webhook"
    assert sent["body"]["metadata"] == {"lang": "en"}
    assert "0101901234" not in sent["body"]["message"]
    assert messages[0]["text"] == "fra rasa"


def test_rasa_url_down_gives_the_polite_answer(make_app):
    app = make_app(RASA_URL="http://127.0.0.1:9")
    messages = say(app.test_client(), "hej")
    assert "79 75 58 20" in messages[0]["text"]


def test_without_metadata_the_conversations_language_is_kept(client):
    say(client, "hello", lang="en")
    response = client.post(
        "/chat/webhook", json={"sender": "x", "message": "/goodbye"}, headers=SAME_ORIGIN
    )
    assert "Goodbye" in response.get_json()[0]["text"]
