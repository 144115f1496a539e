"""Going on and stopping in the citizen's own words (issue 10).

A typed "lad os fortsætte" must resume the check at its open question, never end it; a
typed stop in the middle of the check is asked about first ("Ja, stop" / "Nej, fortsæt");
the stop button (/stop_screening) still stops at once.
"""

import json

import pytest

from portal.chat import nlu
from portal.chat.driver import Driver
from portal.chat.transports import InProcessTransport
from portal.municipality import load_profile
from tests.chat.conftest import conversation, say, visitor_answers
from tests.chat.conftest import texts as texts_of

ASK = {"da": "Vil du stoppe tjekket?", "en": "Do you want to stop the check?"}
STOPPED = {"da": "Vi er stoppet med tjekket", "en": "we have stopped the check"}
AGE = {"da": "Hvor gammel er du?", "en": "How old are you?"}
URGENT = {"da": "Har du brug for hjælp lige nu?", "en": "Do you need help right now?"}
INTRO = {"da": "Lad os tjekke", "en": "Let us check"}
TO_AGE = ["/start_screening", '/answer{"urgent": "no"}']


def driver():
    return Driver(InProcessTransport("hedensted"), load_profile("hedensted"))


def run(d, messages, lang):
    state = d.new_state(lang)
    turns = [d.handle("s", state, m, lang) for m in messages]
    return state, turns


def texts(turn):
    return " ".join(m.get("text") or "" for m in turn.messages)


def payloads(turn):
    return [b["payload"] for m in turn.messages for b in m.get("buttons") or ()]


def asked(turn):
    return [m["custom"]["question"] for m in turn.messages if "question" in m.get("custom", {})]


@pytest.mark.parametrize(
    ("lang", "stop", "go_on"),
    [
        ("da", "jeg gider ikke mere af det her spørgeskema", "lad os fortsætte"),
        ("da", "stop", "ja lad os kore videre"),
        ("en", "can we stop the check", "I want to carry on with the check"),
        ("en", "stop", "ok continue please"),
    ],
)
def test_a_typed_stop_asks_first_and_a_typed_go_on_resumes_the_open_question(lang, stop, go_on):
    d = driver()
    state, _ = run(d, TO_AGE, lang)
    turn = d.handle("s", state, stop, lang)
    assert ASK[lang] in texts(turn)
    assert STOPPED[lang] not in texts(turn)
    assert payloads(turn) == ["/stop_screening", "/continue_screening"]
    assert state["slots"]["urgent"] == "no"  # the answers are kept while the bot asks

    turn = d.handle("s", state, go_on, lang)
    assert state["active_loop"] == "screening_form"
    assert asked(turn) == ["age"]
    assert AGE[lang] in texts(turn)
    assert INTRO[lang] not in texts(turn)  # resumed, not started again
    assert state["slots"]["urgent"] == "no"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_continue_goes_on_where_it_was_and_yes_stop_stops(lang):
    d = driver()
    state, turns = run(d, [*TO_AGE, "stop", "/continue_screening"], lang)
    assert asked(turns[-1]) == ["age"]
    turn = d.handle("s", state, '/answer{"age": "18_or_over"}', lang)
    assert asked(turn) == ["areas"]

    turn = d.handle("s", state, "stop", lang)
    assert ASK[lang] in texts(turn)
    turn = d.handle("s", state, "/stop_screening", lang)
    assert STOPPED[lang] in texts(turn)
    assert state["active_loop"] is None
    assert turn.outcome is None


@pytest.mark.parametrize(("lang", "yes", "no"), [("da", "ja", "nej"), ("en", "yes", "no")])
def test_a_typed_yes_or_no_answers_the_stop_question(lang, yes, no):
    d = driver()
    state, turns = run(d, [*TO_AGE, "stop", no], lang)
    assert asked(turns[-1]) == ["age"]
    assert state["slots"]["urgent"] == "no"  # "nej" answered the stop question, not another
    state, turns = run(d, [*TO_AGE, "stop", yes], lang)
    assert STOPPED[lang] in texts(turns[-1])
    assert state["active_loop"] is None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_stop_button_stops_at_once(lang):
    d = driver()
    state, turns = run(d, [*TO_AGE, "/stop_screening"], lang)
    assert STOPPED[lang] in texts(turns[-1])
    assert ASK[lang] not in texts(turns[-1])
    assert state["active_loop"] is None


@pytest.mark.parametrize(("lang", "text"), [("da", "hvor var vi"), ("en", "where were we")])
def test_a_typed_go_on_after_a_stop_resumes_and_outside_a_check_starts_it(lang, text):
    d = driver()
    state, turns = run(d, [*TO_AGE, "/stop_screening", text], lang)
    assert asked(turns[-1]) == ["age"]
    assert state["slots"]["urgent"] == "no"

    state, turns = run(d, [text], lang)
    assert INTRO[lang] in texts(turns[-1])
    assert asked(turns[-1]) == ["urgent"]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_typed_go_on_in_the_middle_asks_the_open_question_again(lang):
    d = driver()
    state, _ = run(d, TO_AGE, lang)
    turn = d.handle("s", state, "næste spørgsmål" if lang == "da" else "next question", lang)
    assert asked(turn) == ["age"]
    assert state["slots"]["age"] is None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_typed_go_on_after_a_crisis_pause_resumes(lang):
    d = driver()
    state, _ = run(d, TO_AGE, lang)
    d.handle("s", state, "/crisis", lang)
    assert state["active_loop"] is None
    turn = d.handle("s", state, "kan vi fortsætte" if lang == "da" else "can we go on", lang)
    assert asked(turn) == ["age"]


# Written for this test, not lines of the training data.
CONTINUE = {
    "da": [
        "lad os bare fortsætte med spørgsmålene",
        "kan vi tage de sidste spørgsmål nu",
        "ja lad os køre videre med det",
        "fortsæt gerne hvor vi slap",
        "hvor var vi kommet til",
    ],
    "en": [
        "I would like to carry on with the questions",
        "ok lets go on with the check",
        "can we continue where we stopped",
        "please continue with the next one",
        "where were we with the questions",
    ],
}
STOP = {
    "da": [
        "jeg vil gerne stoppe spørgsmålene nu",
        "stop tjekket tak",
        "jeg gider ikke flere spørgsmål i dag",
        "jeg vil ikke fortsætte med det her tjek",
    ],
    "en": [
        "please stop the questions now",
        "I want to end the check here",
        "no more questions for me today",
        "I don't wish to go on with these questions",
    ],
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_classifier_tells_going_on_from_stopping(lang):
    assert [nlu.predict(t).intent for t in CONTINUE[lang]] == ["continue_screening"] * len(
        CONTINUE[lang]
    )
    assert [nlu.predict(t).intent for t in STOP[lang]] == ["stop_screening"] * len(STOP[lang])


@pytest.mark.parametrize("lang", ["da", "en"])
def test_through_the_webhook_the_stop_question_keeps_the_conversation_and_hands_over_nothing(
    app, client, lang
):
    say(client, "/start_screening", lang)
    say(client, '/answer{"urgent": "no"}', lang)
    stop = "jeg gider ikke mere af det her spørgeskema" if lang == "da" else "can we stop the check"
    messages = say(client, stop, lang)
    assert ASK[lang] in texts_of(messages)
    no = {"da": "Nej, fortsæt", "en": "No, continue"}[lang]
    assert {"title": no, "payload": "/continue_screening"} in messages[0]["buttons"]

    messages = say(client, "/continue_screening", lang)
    assert [m["custom"]["question"] for m in messages if "custom" in m] == ["age"]
    entries = json.loads(conversation(app, client).transcript)
    history = [e for e in entries if e["from"] == "user"]
    assert history[-1]["text"] == no  # the citizen's choice shows as the button they saw

    say(client, "stop", lang)
    messages = say(client, "/stop_screening", lang)
    assert STOPPED[lang] in texts_of(messages)
    assert visitor_answers(app, client) == {}  # a stopped check fills in no application
