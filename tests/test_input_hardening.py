"""Bad input gets a 4xx with a clear message, never a 500, and never reaches the database:
JSON nested too deeply (json.loads would recurse until it blows up), NUL bytes (PostgreSQL
text cannot hold them) and lone surrogates (UTF-8 cannot encode them)."""

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import ChatConversation, VisitorState
from portal.security import MAX_JSON_DEPTH, json_too_deep
from tests.support.application import ABOUT

SAME_ORIGIN = {"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"}
JSON_ENDPOINTS = ["/api/v1/screening?lang=en", "/chat/webhook?lang=en"]
DEEP = "[" * 30_000 + "]" * 30_000  # 60,000 bytes: under the 64 KiB size limit


def _rows(app, model) -> int:
    with app.app_context():
        count = db.session.scalar(select(func.count()).select_from(model))
        db.session.remove()
        return count


@pytest.mark.parametrize("path", JSON_ENDPOINTS)
def test_thirty_thousand_nested_brackets_are_a_400(client, path):
    response = client.post(path, data=DEEP, content_type="application/json", headers=SAME_ORIGIN)
    assert response.status_code == 400
    body = response.get_json()
    assert "nested too deeply" in body["message"]
    assert str(MAX_JSON_DEPTH) in body["message"]


@pytest.mark.parametrize("path", JSON_ENDPOINTS)
def test_deep_nesting_inside_a_value_is_refused_too(client, path):
    body = '{"sender": "x", "message": "hej", "metadata": ' + "[" * 25 + "]" * 25 + "}"
    response = client.post(path, data=body, content_type="application/json", headers=SAME_ORIGIN)
    assert response.status_code == 400
    assert "nested too deeply" in response.get_json()["message"]


def test_the_depth_limit_is_exact_and_strings_do_not_count():
    assert not json_too_deep(("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH).encode())
    assert json_too_deep(("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)).encode())
    # Brackets and escaped quotes inside strings are text, not nesting.
    text = '{"message": "' + '[{\\"' * 500 + '"}'
    assert not json_too_deep(text.encode())


def test_ordinary_json_still_works(client):
    response = client.post(
        "/chat/webhook",
        json={"sender": "x", "message": "Hvad koster det?", "metadata": {"lang": "da"}},
        headers=SAME_ORIGIN,
    )
    assert response.status_code == 200
    assert client.post("/api/v1/screening", json={"answers": {"urgent": "yes"}}).status_code == 200


@pytest.mark.parametrize(
    "raw_message",
    ['"Hej \\ud800 med mig"', '"Hej \\udfff"', '"Hej \\u0000 med mig"'],
    ids=["lone high surrogate", "lone low surrogate", "NUL"],
)
def test_unusable_characters_in_a_chat_message_are_a_400(app, client, raw_message):
    body = '{"sender": "x", "message": ' + raw_message + "}"
    response = client.post(
        "/chat/webhook?lang=en", data=body, content_type="application/json", headers=SAME_ORIGIN
    )
    assert response.status_code == 400
    assert "characters we cannot use" in response.get_json()["message"]
    assert _rows(app, ChatConversation) == 0


def test_a_surrogate_pair_is_an_ordinary_character(client):
    # "\ud83d\ude00" is one emoji written as a pair: valid, and answered.
    body = '{"sender": "x", "message": "Hej \\ud83d\\ude00", "metadata": {"lang": "da"}}'
    response = client.post(
        "/chat/webhook", data=body, content_type="application/json", headers=SAME_ORIGIN
    )
    assert response.status_code == 200


def test_a_surrogate_in_a_screening_answer_key_is_a_400(client):
    body = '{"answers": {"urg\\ud800ent": "yes"}}'
    response = client.post("/api/v1/screening?lang=en", data=body, content_type="application/json")
    assert response.status_code == 400
    assert "characters we cannot use" in response.get_json()["message"]


def _draft(app, client) -> dict:
    import json

    with client.session_transaction() as session:
        visitor_id = session["visitor"]
    with app.app_context():
        draft = json.loads(db.session.get(VisitorState, visitor_id).draft)
        db.session.remove()
        return draft


def test_nul_bytes_in_a_form_are_stripped_and_the_rest_is_kept(app, client):
    data = {**ABOUT, "name": "Anna\x00 Jensen", "contact_times": "Hverdage\x00 før 12"}
    assert client.post("/apply", data=data).status_code == 303
    draft = _draft(app, client)
    assert draft["name"] == "Anna Jensen"
    assert draft["contact_times"] == "Hverdage før 12"


def test_a_nul_byte_in_a_chat_form_message_is_stripped(app, client):
    assert client.post("/chat", data={"message": "Hvad\x00 koster det?"}).status_code == 303
    with client.session_transaction() as session:
        sender = session["chat_sender"]
    with app.app_context():
        transcript = db.session.get(ChatConversation, sender).transcript
        db.session.remove()
    assert (
        "Hvad koster det?" in transcript
        and "\x00" not in transcript
        and "\\u0000" not in transcript
    )


def test_a_nul_byte_in_the_staff_login_is_an_ordinary_failed_login(client):
    response = client.post(
        "/staff/login?lang=en", data={"email": "admin@kommune.example\x00", "password": "x"}
    )
    assert response.status_code < 500
    assert "<form" in response.text  # the login page again, not an error page


def test_a_nul_byte_in_the_address_is_stripped(client):
    response = client.get("/check?return=%00&lang=en")
    assert response.status_code == 200
