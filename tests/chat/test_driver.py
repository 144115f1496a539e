"""The dialogue driver without Flask: payloads, responses, rules, the form, failures."""

import copy

import pytest

from portal.chat import nlu
from portal.chat.driver import Driver, TransportError, load_bot, parse_payload, render_response
from portal.chat.transports import InProcessTransport
from portal.municipality import load_profile
from portal.screening import assess

BOT = load_bot()


def driver(municipality="hedensted", transport=None):
    return Driver(transport or InProcessTransport(municipality), load_profile(municipality))


MULTI = ("areas", "existing_support")


def button_payloads(answers):
    """The button presses for these answers: a multi-choice question ends with "That is all"
    unless its one choice ends it by itself ("No", "I do not know")."""
    payloads = ["/start_screening"]
    for qid, value in answers.items():
        for code in value if isinstance(value, list) else [value]:
            payloads.append(f'/answer{{"{qid}": "{code}"}}')
        if qid in MULTI and value not in (["none"], ["dont_know"]):
            payloads.append(f'/answer{{"{qid}": "done"}}')
    return payloads


def run_turns(d, messages, lang="da"):
    state = d.new_state(lang)
    turns = [d.handle("s", state, m, lang) for m in messages]
    return state, turns


def test_payload_is_parsed_as_rasa_does():
    parsed = parse_payload('/answer{"areas": ["debt", "health"]}', BOT.intents)
    assert parsed["intent"] == {"name": "answer", "confidence": 1.0}
    assert [(e["entity"], e["value"]) for e in parsed["entities"]] == [
        ("areas", "debt"),
        ("areas", "health"),
    ]
    assert parse_payload("/greet@0.5", BOT.intents)["intent"] == {
        "name": "greet",
        "confidence": 0.5,
    }
    assert parse_payload("/answer{not json}", BOT.intents)["entities"] == []
    assert parse_payload("/no_such_intent", BOT.intents)["intent"]["name"] == nlu.FALLBACK
    assert parse_payload("hej /greet", BOT.intents) is None


def test_responses_follow_the_language_slot():
    assert render_response(BOT.domain, "utter_goodbye", {"language": "en"})["text"].startswith(
        "Goodbye"
    )
    assert render_response(BOT.domain, "utter_goodbye", {"language": "da"})["text"].startswith(
        "Farvel"
    )
    assert render_response(BOT.domain, "utter_goodbye", {"language": None})["text"].startswith(
        "Farvel"
    )


def test_rules_are_read_from_the_rasa_project():
    assert BOT.plans[(None, "price")].actions == ("action_answer_faq",)
    assert BOT.plans[(None, "start_screening")].activate == "screening_form"
    assert BOT.plans[("screening_form", "stop_screening")].actions == (
        "action_deactivate_loop",
        "utter_ask_stop_screening",
    )
    assert BOT.followups[("utter_ask_stop_screening", "stop_screening")].actions == (
        "utter_screening_stopped",
    )
    assert BOT.submit["screening_form"] == ("action_screening_result",)


BUTTONS = [
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
        "areas": ["work_or_education"],
        "impact": "mild",
        "existing_support": ["jobcenter"],
        "motivation": "unsure",
    },
    {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["health", "debt"],
        "impact": "severe",
        "existing_support": ["s85", "jobcenter"],
        "motivation": "yes",
        "format": "individual",
        "contact": "in_person",
    },
    {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["social_contact", "debt"],
        "impact": "at_risk",
        "existing_support": ["none"],
        "motivation": "no",
    },
    {"urgent": "no", "age": "under_18"},
    {"urgent": "yes"},
]


@pytest.mark.parametrize("answers", BUTTONS)
def test_a_screening_by_buttons_asks_the_path_and_reaches_assess(answers):
    d = driver()
    state, turns = run_turns(d, button_payloads(answers))
    expected = assess(answers)
    assert state["active_loop"] is None
    assert state["slots"]["screening_outcome"] == expected.code
    assert turns[-1].outcome == expected.code
    assert {q: state["slots"][q] for q in answers} == answers
    # Every question of the path was asked, in order, and no other.
    asked = []
    for turn in turns:
        for message in turn.messages:
            for button in message.get("buttons", []):
                if button["payload"].startswith("/answer"):
                    qid = button["payload"].split('"')[1]
                    if not asked or asked[-1] != qid:
                        asked.append(qid)
    assert asked == list(answers)


def test_an_unclear_answer_is_asked_again():
    d = driver()
    state, turns = run_turns(d, ["/start_screening", "blåbærgrød"])
    assert state["active_loop"] == "screening_form"
    assert state["slots"]["requested_slot"] == "urgent"
    assert "forstod ikke" in turns[-1].messages[0]["text"]
    assert "Har du brug for hjælp lige nu?" in turns[-1].messages[-1]["text"]


def test_a_stale_button_from_an_earlier_question_is_not_taken_as_this_answer():
    d = driver()
    state, _ = run_turns(
        d, ["/start_screening", '/answer{"urgent": "no"}', '/answer{"urgent": "no"}']
    )
    assert state["slots"]["requested_slot"] == "age"
    assert state["slots"]["age"] is None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_stop_ends_the_form(lang):
    d = driver()
    # A typed stop is asked about first (tests/chat/test_continue_stop.py); "ja" stops.
    steps = ["/start_screening", '/answer{"urgent": "no"}', "stop", "ja" if lang == "da" else "yes"]
    state, turns = run_turns(d, steps, lang)
    assert state["active_loop"] is None
    word = "stopped" if lang == "en" else "stoppet"
    assert word in turns[-1].messages[0]["text"]


def test_talk_to_a_person_during_the_form_then_the_question_again():
    d = driver()
    state, turns = run_turns(d, ["/start_screening", "jeg vil tale med et menneske"])
    assert state["active_loop"] == "screening_form"
    assert "79 75 58 20" in turns[-1].messages[0]["text"]
    assert "Har du brug for hjælp lige nu?" in turns[-1].messages[-1]["text"]


@pytest.mark.parametrize("at", range(1, 8))
@pytest.mark.parametrize(
    "message", ["jeg vil ikke leve mere", "I have nowhere to sleep tonight", "min kæreste slår mig"]
)
def test_crisis_at_any_point_interrupts_the_screening(at, message):
    d = driver("vordingborg")
    state, _ = run_turns(d, button_payloads(BUTTONS[3])[:at])
    turn = d.handle("s", state, message, "da")
    assert turn.crisis
    text = turn.messages[0]["text"]
    assert "112" in text and "70 201 201" in text
    psychiatric = load_profile("vordingborg")["emergency"]["psychiatric"]["description"]["da"]
    assert psychiatric in text
    assert state["active_loop"] is None


class Broken:
    def __init__(self, fail_on):
        self.fail_on = fail_on
        self.inner = InProcessTransport("hedensted")

    def run(self, body):
        if body["next_action"] == self.fail_on:
            raise TransportError(body["next_action"])
        return self.inner.run(body)


class Down:
    def run(self, body):
        raise TransportError(body["next_action"])


def test_crisis_needs_no_action_server():
    d = driver(transport=Down())
    state = d.new_state("en")
    turn = d.handle("s", state, "I want to kill myself", "en")
    assert "112" in turn.messages[0]["text"]


def test_a_failing_action_raises_transport_error_and_the_caller_keeps_the_old_state():
    d = driver(transport=Broken("validate_screening_form"))
    state = d.new_state("da")
    before = copy.deepcopy(state)
    with pytest.raises(TransportError):
        d.handle("s", state, "/start_screening", "da")
    assert before["active_loop"] is None  # the service restores this copy


@pytest.mark.parametrize(("lang", "word"), [("da", "Undskyld"), ("en", "Sorry")])
def test_fallback_offers_buttons(lang, word):
    d = driver()
    _, turns = run_turns(d, ["qwertyuiop zxcv"], lang)
    message = turns[0].messages[0]
    assert message["text"].startswith(word)
    assert "/start_screening" in [b["payload"] for b in message["buttons"]]


@pytest.mark.parametrize(
    ("text", "lang"), [("kan du bestille en pizza til mig", "da"), ("tell me a joke please", "en")]
)
def test_out_of_scope(text, lang):
    _, turns = run_turns(driver(), [text], lang)
    message = turns[0].messages[0]
    assert message.get("buttons")
    assert (
        ("kun svare" in message["text"])
        or ("only answer" in message["text"])
        or ("forstod" in message["text"] or "understand" in message["text"])
    )


def test_the_tracker_keeps_codes_only_never_the_text():
    d = driver()
    state, _ = run_turns(d, ["/start_screening", "nej", "Jeg hedder Ole og er 45 år"])
    assert "Ole" not in str(state)
    assert state["slots"]["age"] == "18_or_over"


def test_a_question_in_the_middle_of_the_form_is_answered_then_asked_again():
    d = driver()
    state, turns = run_turns(d, ["/start_screening", '/answer{"urgent": "no"}', "hvad koster det?"])
    shown = "\n".join(m.get("text", "") for m in turns[-1].messages)
    assert "gratis" in shown and "forstod ikke" not in shown
    assert turns[-1].messages[-1]["text"].startswith("Hvor gammel er du?")
    assert state["slots"]["requested_slot"] == "age"


def test_an_answer_that_looks_like_a_topic_is_still_an_answer():
    d = driver()
    answers = [
        "/start_screening",
        '/answer{"urgent": "no"}',
        '/answer{"age": "18_or_over"}',
        '/answer{"areas": "health"}',
        '/answer{"areas": "done"}',
        '/answer{"impact": "mild"}',
        '/answer{"existing_support": "none"}',
        '/answer{"motivation": "yes"}',
        "i en gruppe",
    ]
    state, _ = run_turns(d, answers)
    assert state["slots"]["format"] == "group"


def test_multi_choice_buttons_collect_until_that_is_all():
    d = driver()
    state, turns = run_turns(
        d,
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            '/answer{"age": "18_or_over"}',
            '/answer{"areas": "debt"}',
            '/answer{"areas": "health"}',
        ],
    )
    assert state["slots"]["areas"] is None
    assert state["slots"]["areas_pending"] == ["health", "debt"]
    offered = [b["payload"] for b in turns[-1].messages[-1]["buttons"]]
    assert '/answer{"areas": "debt"}' not in offered
    assert offered[-1] == '/answer{"areas": "done"}'
    d.handle("s", state, "og rengøring", "da")  # free text adds and ends the question
    assert state["slots"]["areas"] == ["health", "household_structure", "debt"]
    assert state["slots"]["areas_pending"] is None
    assert state["slots"]["requested_slot"] == "impact"


def test_that_is_all_before_any_choice_is_not_an_answer():
    d = driver()
    state, turns = run_turns(
        d,
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            '/answer{"age": "18_or_over"}',
            '/answer{"areas": "done"}',
        ],
    )
    assert state["slots"]["requested_slot"] == "areas"
    assert "forstod ikke" in turns[-1].messages[0]["text"]


# -- situation in the citizen's own words, say-back, corrections -----------------------


def _all(turn) -> str:
    return "\n".join(m.get("text", "") for m in turn.messages)


def _asked(turn) -> str | None:
    return next(
        (m["custom"]["question"] for m in turn.messages if "question" in m.get("custom", {})),
        None,
    )


def _outcome(turn) -> dict | None:
    return next((m["custom"] for m in turn.messages if "outcome" in m.get("custom", {})), None)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("da", "jeg kan ikke overskue at gøre rent", ["rengøring"]),
        ("da", "jeg tør ikke gå ud af min lejlighed", ["aktiviteter"]),
        # A diagnosis named beside a difficulty is that difficulty (understanding's
        # NAMED_ALONE_ONLY, on since round 11): the structure of the day.
        ("da", "jeg har ADHD og har svært ved at få struktur på min hverdag", ["Struktur"]),
        ("en", "I have no friends and my flat is a mess", ["other people", "tidying"]),
    ],
)
def test_a_description_is_said_back_with_buttons_to_confirm_or_change(lang, text, words):
    d = driver()
    state, turns = run_turns(d, [text], lang)
    said = turns[0].messages[-1]
    assert said["text"].startswith("Sådan forstår jeg det" if lang == "da" else "This is how")
    assert said["text"].endswith("Passer det?" if lang == "da" else "Is that right?")
    for word in words:
        assert word in said["text"]
    assert [b["payload"] for b in said["buttons"]] == [
        '/answer{"situation_confirmed": "yes"}',
        '/answer{"situation_confirmed": "no"}',
    ]
    assert state["active_loop"] == "screening_form"
    assert state["slots"]["requested_slot"] == "situation_confirmed"


def test_after_the_confirmation_only_the_open_questions_are_asked():
    d = driver()
    state = d.new_state("da")
    d.handle("s", state, "jeg er 45 og har gæld og er ensom, det er ret svært", "da")
    asked = []
    for answer in ["ja", "nej", "nej", "ja", "i en gruppe", "på video"]:
        turn = d.handle("s", state, answer, "da")
        asked.append(_asked(turn))
    # Age, areas and impact came from the description: never asked.
    assert asked == ["urgent", "existing_support", "motivation", "format", "contact", None]
    result = _outcome(turn)
    assert result["outcome"] == assess(result["answers"]).code == "eligible"
    assert result["answers"]["areas"] == ["social_contact", "debt"]
    assert result["answers"]["impact"] == "moderate"


def test_no_to_the_say_back_forgets_it_and_asks_the_questions():
    d = driver()
    state, turns = run_turns(d, ["jeg er så ensom", '/answer{"situation_confirmed": "no"}'])
    assert state["slots"]["areas"] is None
    assert _asked(turns[-1]) == "urgent"
    assert "spørgsmålene i stedet" in _all(turns[-1])


def test_a_correction_of_the_say_back_is_applied_said_and_the_questions_go_on():
    # Round 20: an applied correction counts as confirmed (said back again, the next
    # answer met "Passer det?" and a "nej" meant for the urgent question dropped it all).
    d = driver()
    state, turns = run_turns(d, ["jeg føler mig ensom", "nej, det er mest rengøringen"])
    assert state["slots"]["areas"] == ["household_structure"]
    assert state["slots"]["requested_slot"] == "urgent"
    assert "rengøring" in turns[-1].messages[0]["text"]


QUESTION_PATH = [
    '/answer{"urgent": "no"}',
    '/answer{"age": "18_or_over"}',
    '/answer{"areas": "health"}',
    '/answer{"areas": "done"}',
    '/answer{"impact": "mild"}',
    '/answer{"existing_support": "none"}',
    '/answer{"motivation": "yes"}',
    '/answer{"format": "group"}',
]


@pytest.mark.parametrize("at", range(1, len(QUESTION_PATH) + 1))
@pytest.mark.parametrize(
    ("lang", "correction"), [("da", "nej vent, jeg er 17"), ("en", "actually I am 17")]
)
def test_the_age_corrected_at_any_question_gives_not_adult(at, lang, correction):
    d = driver()
    state, _ = run_turns(d, ["/start_screening", *QUESTION_PATH[:at]], lang)
    turn = d.handle("s", state, correction, lang)
    result = _outcome(turn)
    assert result == {"outcome": "not_adult", "answers": {"urgent": "no", "age": "under_18"}}
    assert state["active_loop"] is None


def test_a_correction_at_the_first_question_is_not_also_its_answer():
    d = driver()
    state, turns = run_turns(d, ["/start_screening", "nej vent, jeg er 17"])
    assert state["slots"]["age"] == "under_18"
    assert state["slots"]["urgent"] is None  # "nej" here corrected, it did not answer
    assert _asked(turns[-1]) == "urgent"
    assert _outcome(d.handle("s", state, "nej", "da"))["outcome"] == "not_adult"


def test_a_full_screening_then_a_correction_after_the_outcome():
    d = driver()
    answers = [*QUESTION_PATH, '/answer{"contact": "phone"}']
    state, turns = run_turns(d, ["/start_screening", *answers])
    assert _outcome(turns[-1])["outcome"] == "eligible"
    turn = d.handle("s", state, "nej vent, jeg er 17", "da")
    assert "Jeg har rettet dine svar" in _all(turn)
    assert _outcome(turn) == {
        "outcome": "not_adult",
        "answers": {"urgent": "no", "age": "under_18"},
    }
    assert turn.outcome == "not_adult"
    # And back: the answers given before come back, and so does the outcome.
    turn = d.handle("s", state, "undskyld, jeg er 19 alligevel", "da")
    assert _outcome(turn)["outcome"] == "eligible"
    assert _outcome(turn)["answers"]["areas"] == ["health"]


def test_an_area_removed_after_the_outcome_changes_the_outcome():
    d = driver()
    state, turns = run_turns(
        d,
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            '/answer{"age": "18_or_over"}',
            "gæld og ensomhed",
            '/answer{"impact": "mild"}',
            '/answer{"existing_support": "none"}',
            '/answer{"motivation": "yes"}',
            '/answer{"format": "group"}',
            '/answer{"contact": "phone"}',
        ],
    )
    assert _outcome(turns[-1])["answers"]["areas"] == ["social_contact", "debt"]
    turn = d.handle("s", state, "jeg er ikke ensom alligevel", "da")
    result = _outcome(turn)
    assert result["outcome"] == "other_offer"  # only debt left: economic advice
    assert result["answers"]["areas"] == ["debt"]


def test_an_added_area_in_the_form_is_not_taken_as_the_answer_asked():
    d = driver()
    state, turns = run_turns(
        d,
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            '/answer{"age": "18_or_over"}',
            "rengøring",
            "og så har jeg også svært ved at sove",
        ],
    )
    assert state["slots"]["areas"] == ["health", "household_structure"]
    assert state["slots"]["impact"] is None
    assert _asked(turns[-1]) == "impact"


@pytest.mark.parametrize(
    ("lang", "text"), [("da", "min søn på 16 har det svært"), ("en", "my daughter is 15")]
)
def test_a_parent_asking_for_a_child_gets_children_and_family(lang, text):
    d = driver()
    state, turns = run_turns(
        d, [text, '/answer{"situation_confirmed": "yes"}', '/answer{"urgent": "no"}'], lang
    )
    result = _outcome(turns[-1])
    assert result == {"outcome": "not_adult", "answers": {"urgent": "no", "age": "under_18"}}
    assert turns[-1].outcome == "not_adult"


def test_a_relative_of_unknown_age_is_asked_about_and_another_adult_must_apply_themselves():
    d = driver()
    state, turns = run_turns(d, ["min datter har det skidt"])
    payloads = [b["payload"] for b in turns[0].messages[0]["buttons"]]
    assert payloads == [
        '/describe_situation{"age": "under_18"}',
        '/describe_situation{"asking_for": "adult"}',
    ]
    turn = d.handle("s", state, payloads[1], "da")
    assert "selv søge" in _all(turn)
    assert state["active_loop"] is None
    assert state["slots"]["age"] is None  # the writer's age is not asked or set


def test_eligibility_leads_to_the_check():
    d = driver()
    state, turns = run_turns(d, ["/eligibility"], "en")
    assert "Let us check" in _all(turns[0])
    assert _asked(turns[0]) == "urgent"


def test_a_fact_question_is_still_answered_and_not_read_as_a_situation():
    d = driver()
    state, turns = run_turns(d, ["hvad koster det?"])
    assert state["active_loop"] is None
    assert "gratis" in _all(turns[0])


def test_more_facts_at_the_say_back_are_taken_as_a_yes_and_said_back():
    d = driver()
    state, turns = run_turns(d, ["jeg kan ikke overskue at gøre rent", "jeg er 29"])
    assert "Det har jeg skrevet ned" in _all(turns[-1])
    assert state["slots"]["age"] == "18_or_over"
    assert state["slots"]["areas"] == ["household_structure"]
    assert _asked(turns[-1]) == "urgent"


@pytest.mark.parametrize(("lang", "text"), [("en", "in person"), ("da", "ring til mig")])
def test_an_answer_that_sounds_like_asking_for_a_person_answers_the_question(lang, text):
    d = driver()
    state, turns = run_turns(d, ["/start_screening", *QUESTION_PATH, text], lang)
    assert _outcome(turns[-1])["answers"]["contact"] in ("in_person", "phone")
    assert state["active_loop"] is None


@pytest.mark.parametrize(
    ("text", "word"),
    [("skal jeg betale noget for det?", "gratis"), ("hvor foregår det henne?", "Tørring")],
)
def test_a_fact_question_in_the_form_is_answered_and_not_taken_as_an_answer(text, word):
    d = driver()
    steps = ["/start_screening", '/answer{"urgent": "no"}', '/answer{"age": "18_or_over"}']
    state, _ = run_turns(d, [*steps, '/answer{"areas": "health"}', '/answer{"areas": "done"}'])
    turn = d.handle("s", state, text, "da")
    assert word in _all(turn)
    assert state["slots"]["impact"] is None  # "noget" did not answer "how much"
    assert _asked(turn) == "impact"


def test_stop_in_the_form_still_stops_but_a_correction_that_starts_with_no_corrects():
    d = driver()
    steps = ["/start_screening", '/answer{"urgent": "no"}', '/answer{"age": "18_or_over"}']
    state, _ = run_turns(d, steps)
    d.handle("s", state, "jeg gider ikke flere spørgsmål", "da")
    assert state["active_loop"] is None
    state, _ = run_turns(d, steps)
    turn = d.handle("s", state, "nej vent, jeg er 17", "da")
    assert _outcome(turn)["outcome"] == "not_adult"


def test_answers_an_outcome_did_not_need_come_back_when_a_correction_needs_them():
    d = driver()
    state, turns = run_turns(d, ["jeg er 17 og har ingen venner at snakke med", "ja", "nej"])
    assert _outcome(turns[-1])["answers"] == {"urgent": "no", "age": "under_18"}
    assert state["slots"]["areas"] is None  # not prefilled with what the outcome ignores
    turn = d.handle("s", state, "undskyld, jeg skrev forkert, jeg er 71", "da")
    assert state["slots"]["areas"] == ["social_contact"]
    assert _asked(turn) == "impact"


@pytest.mark.parametrize(
    ("lang", "messages"),
    [
        ("da", ["jeg er 16 og har svaert ved at komme ud og vaere sammen med andre", "ja", "nej"]),
        ("en", ["im 16 and i find it hard to go out and meet people", "yes", "no"]),
    ],
)
def test_an_unsure_area_is_not_asked_when_the_age_already_ends_the_check(lang, messages):
    # The outcome for someone under 18 needs no area, so an area the understanding is
    # unsure of is not asked about before the urgent question.
    from portal.screening.understanding import understand

    assert understand(messages[0]).unsure_areas  # the case needs an unsure area
    d = driver()
    state, turns = run_turns(d, messages, lang)
    assert (turns[0].messages[0].get("custom") or {}).get("understood", {}).get("age") == "under_18"
    assert not any("unsure_area" in (m.get("custom") or {}) for t in turns for m in t.messages)
    assert _outcome(turns[-1])["outcome"] == "not_adult"


FINISHED = {
    "urgent": "no",
    "age": "18_or_over",
    "areas": ["debt"],
    "impact": "mild",
    "existing_support": ["none"],
    "motivation": "yes",
    "screening_outcome": "other_offer",
}


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("group_or_individual", "kan jeg få det individuelt?"),
        ("s85_alongside", "I already have a support worker at home, can I still get this"),
        ("s85_alongside", "jeg har en bostøtte i forvejen, må jeg være med alligevel"),
        ("contact_mode", "behøver jeg møde op eller kan det klares i telefonen"),
        ("debt_money", "jeg har fået en rykker fra inkasso"),
        ("work_education", "I am on sick leave from my job"),
        ("offer_who", "can teenagers under 18 join"),
        ("thanks", "thx a lot"),
        ("price", "hej jeg er på kontanthjælp og har ikke mange penge så hvad koster det mig"),
    ],
)
@pytest.mark.parametrize("finished", [False, True])
def test_fact_questions_keep_their_intent_before_and_after_a_screening(intent, text, finished):
    d = driver()
    state = d.new_state("da")
    if finished:
        state["slots"].update(FINISHED)
    assert d._situation_intent(intent, text, state) == intent


@pytest.mark.parametrize(
    ("intent", "text", "finished"),
    [
        ("debt_money", "jeg kan ikke overskue at gøre rent", False),  # a misread topic
        ("offer_content", "jeg har svært ved at holde mig ren", False),  # a statement
        # Danish texting leaves "jeg" out before an age: a statement, not "er det ...?".
        ("offer_content", "er 52, kan ikke faa tøjvask og opvask til at slå til", False),
        ("not_covered", "har 3 boern og kan ikke naa madlavningen", False),
        ("nlu_fallback", "jeg tør ikke gå ud af min lejlighed", False),
        ("goodbye", "nej vent, jeg er 17", True),  # a correction after the outcome
        ("offer_who", "actually I'm 17, can I still apply?", True),
    ],
)
def test_situations_and_corrections_are_read_whatever_the_classifier_says(intent, text, finished):
    d = driver()
    state = d.new_state("da")
    if finished:
        state["slots"].update(FINISHED)
    assert d._situation_intent(intent, text, state) == "describe_situation"


@pytest.mark.parametrize(
    ("lang", "correction", "qid", "code"),
    [
        ("da", "nej vent, jeg mener meget", "impact", "severe"),
        ("en", "actually, in person", "contact", "in_person"),
        ("en", "wait, both", "format", "both"),
    ],
)
def test_a_short_correction_of_an_earlier_answer_in_the_form_and_after_the_outcome(
    lang, correction, qid, code
):
    answers = [*QUESTION_PATH, '/answer{"contact": "phone"}']
    d = driver()
    # In the form, while the motivation question is asked: not read as "no".
    state, _ = run_turns(d, ["/start_screening", *QUESTION_PATH[:6]], lang)
    if qid in state["slots"] and state["slots"][qid] is not None:
        d.handle("s", state, correction, lang)
        assert state["slots"][qid] == code
        assert state["slots"]["motivation"] is None
    # After the outcome: the outcome follows.
    state, _ = run_turns(d, ["/start_screening", *answers], lang)
    turn = d.handle("s", state, correction, lang)
    assert _outcome(turn)["answers"][qid] == code


def test_a_short_correction_that_could_mean_two_answers_changes_nothing():
    from bot.actions.answers import correction_of

    assert correction_of("nej vent, meget", {"impact": "mild"}) == {"impact": "severe"}
    assert correction_of("nej vent", {"impact": "mild"}) == {}
    # "ved ikke" fits both format and motivation: unclear, so it is asked instead.
    assert correction_of("vent, ved ikke", {"format": "group", "motivation": "yes"}) == {}


def test_asking_for_another_adult_in_the_middle_says_whom_it_is_for_and_goes_on():
    d = driver()
    state, _ = run_turns(d, ["/start_screening", '/answer{"urgent": "no"}'])
    turn = d.handle("s", state, "min mor har brug for hjælp", "da")
    assert "selv søge" in _all(turn)
    assert "forstod ikke" not in _all(turn)
    assert _asked(turn) == "age"
    assert state["slots"]["age"] is None
