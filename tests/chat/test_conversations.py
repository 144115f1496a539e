"""Whole conversations over the webhook, in both languages and for both municipalities."""

import re

import pytest

from portal.municipality import load_profile
from tests.chat.conftest import SAME_ORIGIN, conversation, say, texts, visitor_answers
from tests.chat.test_driver import button_payloads

FAQ = {
    "da": [
        ("hvad koster det?", "cost"),
        ("hvor længe varer forløbet?", "duration"),
        ("kan jeg klage?", "complaints"),
        ("hvem kan få tilbuddet?", "who"),
        ("hvad er tilbuddet?", "what"),
    ],
    "en": [
        ("how much does it cost?", "cost"),
        ("how long does it last?", "duration"),
        ("can I complain?", "complaints"),
        ("who can get the offer?", "who"),
        ("what is the offer?", "what"),
    ],
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_fact_answers_carry_the_active_municipalitys_facts(make_app, municipality, lang):
    client = make_app(municipality).test_client()
    profile = load_profile(municipality)
    for question, section_id in FAQ[lang]:
        section = next(s for s in profile["sections"] if s["id"] == section_id)
        answer = texts(say(client, question, lang))
        assert section["paragraphs"][0][lang] in answer, (question, answer)


def test_hedensteds_phone_and_vordingborgs_ten_days(make_app):
    hedensted = make_app("hedensted").test_client()
    assert "79 75 58 20" in texts(say(hedensted, "hvad er jeres telefonnummer?"))
    assert "79 75 58 20" in texts(say(hedensted, "what is your phone number?", "en"))
    vordingborg = make_app("vordingborg").test_client()
    assert "10 dage" in texts(say(vordingborg, "hvor hurtigt får jeg svar?"))
    assert "10 days" in texts(say(vordingborg, "how fast will I get an answer?", "en"))
    assert "79 75 58 20" not in texts(say(vordingborg, "hvad er jeres telefonnummer?"))


SCREENINGS = [
    {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["household_structure"],
        "impact": "mild",
        "existing_support": ["none"],
        "motivation": "yes",
        "format": "group",
        "contact": "phone",
    },
    {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["debt"],
        "impact": "moderate",
        "existing_support": ["dont_know"],
        "motivation": "yes",
    },
    {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["health"],
        "impact": "severe",
        "existing_support": ["s85"],
        "motivation": "unsure",
        "format": "both",
        "contact": "virtual",
    },
    {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["conflicts"],
        "impact": "at_risk",
        "existing_support": ["none"],
        "motivation": "no",
    },
    {"urgent": "no", "age": "under_18"},
]


def api(client, answers, lang):
    response = client.post(
        f"/api/v1/screening?lang={lang}", json={"answers": answers}, headers=SAME_ORIGIN
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


@pytest.mark.parametrize("answers", SCREENINGS)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_screening_by_buttons_reaches_the_apis_outcome_and_hands_over(app, client, answers, lang):
    last = []
    for payload in button_payloads(answers):
        last = say(client, payload, lang)
    expected = api(app.test_client(), answers, lang)
    assert conversation(app, client).tracker["slots"]["screening_outcome"] == expected["outcome"]
    shown = texts(last)
    for offer in expected["offers"]:
        assert offer["name"] in shown
    link = last[-1]["custom"]["link"]
    assert link["href"] == "/apply"
    assert visitor_answers(app, client) == answers


FREE_TEXT = {
    "da": (
        [
            "nej",
            "jeg er 34 år",
            "rengøring og post",
            "lidt",
            "nej",
            "ja gerne",
            "i en gruppe",
            "på video",
        ],
        {
            "urgent": "no",
            "age": "18_or_over",
            "areas": ["mail_and_authorities", "household_structure"],
            "impact": "mild",
            "existing_support": ["none"],
            "motivation": "yes",
            "format": "group",
            "contact": "virtual",
        },
    ),
    "en": (
        [
            "no",
            "I am 52",
            "I am lonely and I have debt",
            "very much",
            "I get section 85 support",
            "I am not sure",
            "alone with an adviser",
            "meeting in person",
        ],
        {
            "urgent": "no",
            "age": "18_or_over",
            "areas": ["social_contact", "debt"],
            "impact": "severe",
            "existing_support": ["s85"],
            "motivation": "unsure",
            "format": "individual",
            "contact": "in_person",
        },
    ),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_screening_by_free_text_reaches_the_apis_outcome(app, client, lang):
    words, answers = FREE_TEXT[lang]
    say(
        client,
        "kan du tjekke om tilbuddet passer til mig"
        if lang == "da"
        else "check if the offer fits me",
        lang,
    )
    for word in words:
        last = say(client, word, lang)
    expected = api(app.test_client(), answers, lang)
    assert conversation(app, client).tracker["slots"]["screening_outcome"] == expected["outcome"]
    assert visitor_answers(app, client) == answers
    for offer in expected["offers"]:
        assert offer["name"] in texts(last)


def test_the_application_is_prefilled_after_the_chat(app, client):
    for payload in button_payloads(SCREENINGS[0]):
        say(client, payload)
    response = client.get("/check/answers")
    assert response.status_code == 200
    # The questionnaire's check page shows the chat's answers (same visitor state).
    page = response.get_data(as_text=True)
    assert "I en gruppe" in page or "i en gruppe" in page.lower()


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("at", [0, 3, 6])
def test_crisis_at_any_point_of_a_conversation(make_app, municipality, lang, at):
    client = make_app(municipality).test_client()
    steps = [
        "hej",
        "/start_screening",
        '/answer{"urgent": "no"}',
        '/answer{"age": "18_or_over"}',
        '/answer{"areas": "debt"}',
        "hvad koster det?",
        '/answer{"impact": "mild"}',
    ]
    for step in steps[:at]:
        say(client, step, lang)
    message = "jeg har tanker om selvmord" if lang == "da" else "I am thinking about suicide"
    reply = say(client, message, lang)
    shown = texts(reply)
    assert "112" in shown and "70 201 201" in shown
    psychiatric = load_profile(municipality)["emergency"]["psychiatric"]["description"][lang]
    assert psychiatric in shown
    assert reply[-1]["custom"]["link"]["href"] == "/crisis"
    # The form is interrupted: the next answer is not taken as a screening answer.
    after = say(client, '/answer{"impact": "mild"}', lang)
    assert "Hvor meget" not in texts(after) and "How much" not in texts(after)


@pytest.mark.parametrize(
    ("lang", "message"),
    [("da", "hvem vandt fodboldkampen i går"), ("en", "can you order me a pizza")],
)
def test_out_of_scope_gets_buttons(client, lang, message):
    reply = say(client, message, lang)
    assert reply[0]["buttons"]
    assert "/start_screening" in [b["payload"] for b in reply[0]["buttons"]]


# -- the screening contracts over the webhook, and whole free-text conversations ---------

BENCH = __import__("bench.chat_conversations", fromlist=["load"])


def _custom(messages, key):
    return next((m["custom"] for m in messages if key in (m.get("custom") or {})), None)


def test_start_screening_asks_a_question_that_names_itself(client):
    reply = say(client, "/start_screening")
    assert _custom(reply, "question") == {"question": "urgent"}
    reply = say(client, '/answer{"urgent": "no"}')
    assert _custom(reply, "question") == {"question": "age"}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_outcome_message_carries_the_outcome_and_the_answers_as_codes(app, client, lang):
    answers = SCREENINGS[2]
    for payload in button_payloads(answers):
        reply = say(client, payload, lang)
    custom = _custom(reply, "outcome")
    assert custom == {
        "outcome": api(app.test_client(), answers, lang)["outcome"],
        "answers": answers,
    }


def test_a_description_over_the_webhook_is_said_back_then_only_open_questions(client):
    reply = say(client, "jeg er 40 og jeg kan ikke overskue at gøre rent")
    assert "Passer det?" in texts(reply)
    assert _custom(reply, "understood") == {
        "understood": {"age": "18_or_over", "areas": ["household_structure"]}
    }
    reply = say(client, '/answer{"situation_confirmed": "yes"}')
    assert _custom(reply, "question") == {"question": "urgent"}
    reply = say(client, "nej")
    assert _custom(reply, "question") == {"question": "impact"}  # age and areas known


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_correction_after_the_outcome_changes_the_outcome_and_the_prefill(app, client, lang):
    answers = SCREENINGS[0]
    for payload in button_payloads(answers):
        say(client, payload, lang)
    assert visitor_answers(app, client)["age"] == "18_or_over"
    reply = say(client, "nej vent, jeg er 17" if lang == "da" else "actually I am 17", lang)
    corrected = {"urgent": "no", "age": "under_18"}
    assert _custom(reply, "outcome") == {"outcome": "not_adult", "answers": corrected}
    assert visitor_answers(app, client) == corrected
    # The check page (the questionnaire's, which /apply is prefilled from) shows it.
    page = client.get(f"/check/answers?lang={lang}").get_data(as_text=True)
    assert ("Under 18 år" if lang == "da" else "Under 18") in page
    assert ("18 år eller ældre" if lang == "da" else "18 or older") not in page


def test_a_correction_in_the_middle_is_what_the_application_is_prefilled_with(app, client):
    for step in [
        "/start_screening",
        '/answer{"urgent": "no"}',
        "jeg er 30",
        "jeg kan ikke overskue at gøre rent",
        "meget",
        "nej",
        "vent, det er faktisk kun lidt",
        "ja",
        "i en gruppe",
        "på video",
    ]:
        reply = say(client, step)
    assert _custom(reply, "outcome")["answers"]["impact"] == "mild"
    assert visitor_answers(app, client)["impact"] == "mild"


# Conversations whose writer records an area most writers do not, where the understanding
# follows the majority (measured out of fold). Strict: each must go on failing, so a change
# that brings it back is seen and the entry goes.
CONVENTION_SPLITS = {
    # Staying in beside other areas is activities for this writer; 20 of 21 writers do not
    # record it, and the veto of it (understanding round 24) gains 9 descriptions out of fold.
    "long rambling message in Danish without æøå",
}


def _bench_conversations():
    for played in BENCH.load():
        split = played["name"] in CONVENTION_SPLITS
        mark = pytest.mark.xfail(strict=True, reason="a writer's convention, not the majority's")
        yield pytest.param(played, marks=[mark] if split else [])


@pytest.mark.parametrize(
    "played", _bench_conversations(), ids=lambda c: f"{c['lang']}-{c['name'][:40]}"
)
def test_every_bench_conversation_ends_as_the_screening_api_says(client, played):
    result = BENCH.play(played)
    assert result.outcome is not None, "the conversation never reached an outcome"
    assert result.outcome == BENCH.api_outcome(client, result.answers, result.lang)
    # And the chat read what the citizen meant.
    assert result.outcome == played["expect"]["outcome"]
    assert BENCH._normal(result.answers) == BENCH._normal(played["expect"]["answers"])


def test_the_application_form_is_prefilled_with_the_corrected_answer(app, client):
    for step in [
        "/start_screening",
        '/answer{"urgent": "no"}',
        "jeg er 30",
        "rengøring",
        "meget",
        "nej",
        "ja",
        "i en gruppe",
        "på video",
    ]:
        say(client, step)
    say(client, "undskyld, det er faktisk kun lidt")
    page = client.get("/apply/needs").get_data(as_text=True)
    checked = re.findall(r'<input[^>]*name="impact"[^>]*>', page)
    assert [tag for tag in checked if "checked" in tag] == [
        tag for tag in checked if 'value="mild"' in tag
    ]
    assert any('value="mild"' in tag and "checked" in tag for tag in checked)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_harness_over_the_rest_channel_gets_the_contracts_and_the_apis_outcome(make_app, lang):
    """A cookieless Rasa REST client (Bearer token, keyed by sender): each free-text
    conversation of this language ends with custom.outcome, whose answers the API agrees
    with. The question about an area the bot is unsure of (round 16) gets the answer the
    bench's player gives it: yes when the citizen meant that area, else no."""
    from tests.chat.test_webhook import channel_app, cookieless, rest

    # A cold test process trains the classifier in the first turn: no turn deadline here.
    app = channel_app(make_app, CHAT_TURN_SECONDS=120)
    client = cookieless(app)
    for number, played in enumerate(c for c in BENCH.load() if c["lang"] == lang):
        if played.get("municipality", "hedensted") != "hedensted":
            continue
        sender = f"harness-{lang}-{number}"
        outcome = None
        meant = set(played["expect"]["answers"].get("areas") or ())
        for message in played["turns"]:
            reply = rest(client, sender, str(message), lang).get_json()
            for _ in range(BENCH.AREA_COUNT):
                if not (area := BENCH._unsure_area(reply)):
                    break
                plain = BENCH.PLAIN_ANSWER[lang]["yes" if area in meant else "no"]
                reply = rest(client, sender, plain, lang).get_json()
            assert all(m["recipient_id"] == sender for m in reply)
            outcome = _custom(reply, "outcome") or outcome
        assert outcome is not None, played["name"]
        expected = api(app.test_client(), outcome["answers"], lang)["outcome"]
        assert outcome["outcome"] == expected == played["expect"]["outcome"], played["name"]
