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


# The REST-channel mode (DESIGN.md § 4): another front end or a test harness, without
# cookies, keys its conversations by `sender` and proves itself with a Bearer token.

TOKEN = "channel-token-for-tests-0123456789abcdef"


def channel_app(make_app, municipality="hedensted", **config):
    return make_app(municipality, CHAT_CHANNEL_TOKEN=TOKEN, **config)


def cookieless(app):
    return app.test_client(use_cookies=False)


def rest(client, sender, message, lang="da", token=TOKEN, status=200, **extra):
    """A standard Rasa REST client: no cookies, no Origin, a Bearer token."""
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    body = {"sender": sender, "message": message, "metadata": {"lang": lang}, **extra}
    response = client.post("/chat/webhook", json=body, headers=headers)
    if status is not None:
        assert response.status_code == status, response.get_data(as_text=True)
    return response


def asks(messages, question_id) -> bool:
    """Whether the bot's answer asks this screening question (its answer buttons)."""
    prefix = f'/answer{{"{question_id}"'
    return any(b["payload"].startswith(prefix) for m in messages for b in m.get("buttons", ()))


def channel_conversation(app, sender):
    from portal.chat.service import channel_key
    from portal.models import ChatConversation

    with app.test_request_context(), app.app_context():
        return db.session.get(ChatConversation, channel_key(sender))


def test_a_cookie_less_client_holds_a_whole_screening_by_sender(make_app):
    from tests.chat.test_conversations import SCREENINGS, api
    from tests.chat.test_driver import button_payloads

    app = channel_app(make_app)
    client = cookieless(app)
    answers = SCREENINGS[0]
    asked = []
    for payload in button_payloads(answers):
        response = rest(client, "citizen-42", payload)
        assert "Set-Cookie" not in response.headers  # the sender, not a cookie, holds it
        messages = response.get_json()
        assert {m["recipient_id"] for m in messages} == {"citizen-42"}
        asked += [q for q in answers if asks(messages, q) and q not in asked]
    assert asked == list(answers)  # every question in turn, none asked again
    expected = api(app.test_client(), answers, "da")
    slots = channel_conversation(app, "citizen-42").tracker["slots"]
    assert slots["screening_outcome"] == expected["outcome"]
    for offer in expected["offers"]:
        assert offer["name"] in texts(messages)


def test_two_senders_stay_apart(make_app):
    client = cookieless(channel_app(make_app))
    rest(client, "anna", "/start_screening")
    rest(client, "bo", "/start_screening")
    assert asks(rest(client, "anna", '/answer{"urgent": "no"}').get_json(), "age")
    # Bo has not answered the first question: his conversation is still at it.
    bo = rest(client, "bo", '/answer{"age": "18_or_over"}').get_json()
    anna = rest(client, "anna", '/answer{"age": "18_or_over"}').get_json()
    assert asks(anna, "areas")
    assert not asks(bo, "areas")


def test_the_language_follows_metadata_in_the_channel(make_app):
    client = cookieless(channel_app(make_app))
    assert "Goodbye" in texts(rest(client, "x1", "/goodbye", lang="en").get_json())
    assert "Farvel" in texts(rest(client, "x1", "/goodbye", lang="da").get_json())


@pytest.mark.parametrize(
    "authorization",
    [
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        "Bearer ",
        "Bearer",
        f"bearer {TOKEN.upper()}",
    ],
)
def test_a_wrong_token_is_refused_with_401(make_app, authorization):
    client = cookieless(channel_app(make_app))
    response = client.post(
        "/chat/webhook",
        json={"sender": "s", "message": "hej"},
        headers={"Authorization": authorization},
    )
    assert response.status_code == 401
    assert "wrong token" in response.get_json()["error"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_with_the_mode_off_a_bearer_request_is_told_so(make_app):
    client = make_app().test_client()  # CHAT_CHANNEL_TOKEN not set
    response = client.post(
        "/chat/webhook",
        json={"sender": "s", "message": "hej"},
        headers={"Authorization": "Bearer anything"},
    )
    assert response.status_code == 401
    assert "CHAT_CHANNEL_TOKEN is not set" in response.get_json()["error"]


def test_without_a_token_a_cookie_less_client_gets_no_conversation_by_sender(make_app):
    """Browser mode: the sender is ignored, so each cookie-less request starts afresh."""
    client = cookieless(channel_app(make_app))
    rest(client, "citizen-42", "/start_screening", token=None)
    reply = rest(client, "citizen-42", '/answer{"urgent": "no"}', token=None).get_json()
    assert reply[0]["recipient_id"] != "citizen-42"
    assert not asks(reply, "age")


def test_browser_mode_stays_session_bound_with_the_channel_on(make_app):
    app = channel_app(make_app)
    browser = app.test_client()
    first = say(browser, "/start_screening")
    session_id = first[0]["recipient_id"]
    # A channel client naming the browser's id gets a conversation of its own...
    reply = rest(cookieless(app), session_id, '/answer{"urgent": "no"}').get_json()
    assert not asks(reply, "age")
    assert conversation(app, browser).tracker["slots"]["urgent"] is None
    # ...and the browser's conversation goes on by its session, whatever sender it sends.
    reply = say(browser, '/answer{"urgent": "no"}', sender="citizen-42")
    assert reply[0]["recipient_id"] == session_id
    assert asks(reply, "age")


def test_channel_conversations_are_stored_under_a_key_of_their_own(make_app):
    from portal.chat.service import CHANNEL_PREFIX
    from portal.models import ChatConversation

    app = channel_app(make_app)
    rest(cookieless(app), "+4512345678", "hej")
    with app.app_context():
        keys = db.session.scalars(db.select(ChatConversation.sender_id)).all()
    assert len(keys) == 1 and keys[0].startswith(CHANNEL_PREFIX)
    assert "12345678" not in keys[0]  # the sender may be personal: only a keyed hash is kept


@pytest.mark.parametrize("sender", ["", "a b", "x" * 129, "<script>", "æøå", "a/b"])
def test_a_bad_sender_is_refused_in_the_channel(make_app, sender):
    client = cookieless(channel_app(make_app))
    response = rest(client, sender, "hej", status=400)
    assert "'sender'" in response.get_json()["error"]


def test_the_channel_is_exempt_from_the_browser_checks_but_not_the_limits(make_app):
    client = cookieless(channel_app(make_app))
    cross_site = {"Origin": "https://other.example", "Sec-Fetch-Site": "cross-site"}
    response = client.post(
        "/chat/webhook",
        json={"sender": "s", "message": "hej"},
        headers={"Authorization": f"Bearer {TOKEN}", **cross_site},
    )
    assert response.status_code == 200
    too_long = rest(client, "s", "a" * 1001, status=413)
    assert "error" in too_long.get_json()
    form = client.post(
        "/chat/webhook",
        data={"sender": "s", "message": "hej"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert form.status_code == 415


def test_the_channel_is_rate_limited_per_sender(make_app):
    client = cookieless(channel_app(make_app, RATELIMIT_ENABLED=True))
    statuses = [rest(client, "busy", "/greet", status=None).status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429
    assert rest(client, "calm", "/greet").status_code == 200  # another citizen is not held up


def test_guessing_the_token_is_rate_limited(make_app):
    client = cookieless(channel_app(make_app, RATELIMIT_ENABLED=True))
    statuses = [
        rest(client, "s", "hej", token=f"guess{i}", status=None).status_code for i in range(31)
    ]
    assert statuses[:30] == [401] * 30 and statuses[30] == 429


def test_the_token_comes_from_the_environment_and_production_wants_a_long_one(tmp_path):
    from cryptography.fernet import Fernet

    from portal.config import Config, ConfigError

    env = {
        "PORTAL_ENV": "production",
        "PORTAL_BASE_URL": "https://portal.example",
        "SECRET_KEY": "s" * 48,
        "PORTAL_DATA_KEY": Fernet.generate_key().decode(),
        "DATABASE_URL": "postgresql://db/portal",
    }
    assert Config.from_env(str(tmp_path), env)["CHAT_CHANNEL_TOKEN"] == ""  # off by default
    assert (
        Config.from_env(str(tmp_path), {**env, "CHAT_CHANNEL_TOKEN": TOKEN})["CHAT_CHANNEL_TOKEN"]
        == TOKEN
    )
    with pytest.raises(ConfigError, match="CHAT_CHANNEL_TOKEN is too short"):
        Config.from_env(str(tmp_path), {**env, "CHAT_CHANNEL_TOKEN": "short"})


@pytest.mark.parametrize("authorization", ["Basic dXNlcjpwYXNz", "Negotiate abc", ""])
def test_another_authorization_scheme_is_a_browser_request(make_app, authorization):
    """A test site behind Basic auth: the browser sends that header with the widget's
    requests, and they stay session-bound browser requests."""
    app = channel_app(make_app)
    client = app.test_client()
    headers = {**SAME_ORIGIN, "Authorization": authorization}
    body = {"sender": "citizen-42", "message": "/start_screening"}
    first = client.post("/chat/webhook", json=body, headers=headers)
    assert first.status_code == 200
    assert first.get_json()[0]["recipient_id"] != "citizen-42"
    cross = client.post(
        "/chat/webhook",
        json=body,
        headers={"Authorization": authorization, "Origin": "https://x.example"},
    )
    assert cross.status_code == 403  # the browser checks apply


# "Whose check is it?" (round 16) is the action's: the web chat and a REST client get the
# same question and buttons, and both honour both payloads and a typed answer. Own phrasings.
ABOUT_A_RELATIVE = {
    "da": "min faetter er 38, han har mistet overblikket over sin oekonomi og rydder aldrig op",
    "en": "my uncle is 58 and cant handle his bills or keep his house tidy anymore",
}
FOR_HIM = '/start_screening{"for_them": true}'
WHOSE_REPLIES = [
    ("da", FOR_HIM, "he"),
    ("en", FOR_HIM, "he"),
    ("da", '/start_screening{"for_them": false}', None),
    ("en", '/start_screening{"for_them": false}', None),
    ("da", "ja, tjek det for ham", "he"),
    ("en", "yes do it for him", "he"),
    ("da", "nej, for mig selv", None),
    ("en", "no, for me", None),
]


def _web_and_channel(make_app, mode):
    """Send a message the way the mode does, and read the conversation's slots. (A long
    turn: the first turn of a test process loads the dialogue's models.)"""
    app = channel_app(make_app, CHAT_TURN_SECONDS=300)
    if mode == "web":
        client = app.test_client()
        return (lambda message, lang: say(client, message, lang)), (
            lambda: conversation(app, client).tracker["slots"]
        )
    client = cookieless(app)
    return (lambda message, lang: rest(client, "kin-7", message, lang).get_json()), (
        lambda: channel_conversation(app, "kin-7").tracker["slots"]
    )


@pytest.mark.parametrize("mode", ["web", "channel"])
@pytest.mark.parametrize(("lang", "reply", "answered_for"), WHOSE_REPLIES)
def test_whose_check_is_asked_and_honoured_on_both_paths(make_app, mode, lang, reply, answered_for):
    send, slots = _web_and_channel(make_app, mode)
    asked = send(ABOUT_A_RELATIVE[lang], lang)
    payloads = [b["payload"] for m in asked for b in m.get("buttons", ())]
    assert payloads == [FOR_HIM, "/start_screening"]
    assert [m["text"] for m in asked].count(asked[-1]["text"]) == 1  # asked once
    answered = send(reply, lang)
    assert asks(answered, "urgent")
    now = slots()
    assert now["answered_for"] == answered_for
    # What the message told of him is noted for his check only.
    assert now["age"] == ("18_or_over" if answered_for else None)
    assert bool(now["areas"]) == bool(answered_for)
