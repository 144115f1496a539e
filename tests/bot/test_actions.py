"""The rasa-sdk actions, run as rasa-sdk runs them: a Tracker and a CollectingDispatcher."""

import asyncio

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

from bot.actions import actions, facts
from bot.actions.answers import parse_answer
from bot.actions.profile import reset_profile, use_profile
from portal.chat.driver import BOT_DIR
from portal.municipality import load_profile
from portal.screening import QUESTION_IDS, assess

DOMAIN = yaml.safe_load((BOT_DIR / "domain.yml").read_text(encoding="utf-8"))


def tracker(slots=None, intent=None, text="", active_loop=None, events=None, metadata=None):
    all_slots = {name: None for name in DOMAIN["slots"]}
    all_slots.update({"language": "da", "requested_slot": None})
    all_slots.update(slots or {})
    return Tracker(
        "test-sender",
        all_slots,
        {
            "text": text,
            "intent": {"name": intent, "confidence": 1.0} if intent else {},
            "entities": [],
            "metadata": metadata or {},
        },
        events or [],
        False,
        None,
        {"name": active_loop} if active_loop else {},
        None,
    )


def run(action, trk):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, trk, DOMAIN))
    return dispatcher.messages, events


@pytest.fixture
def municipality_profile(municipality):
    token = use_profile(municipality)
    yield load_profile(municipality)
    reset_profile(token)


def test_every_action_of_the_domain_is_registered_and_no_other():
    executor = ActionExecutor()
    executor.register_package("bot.actions")
    assert set(DOMAIN["actions"]) == set(executor.actions)


def test_rules_and_stories_name_only_known_intents_actions_and_responses():
    known_actions = set(DOMAIN["actions"]) | set(DOMAIN["responses"]) | set(DOMAIN["forms"])
    known_actions |= {"action_deactivate_loop"}
    intents = set(DOMAIN["intents"]) | {"nlu_fallback"}
    for name in ("data/rules.yml", "data/stories.yml", "tests/test_stories.yml"):
        data = yaml.safe_load((BOT_DIR / name).read_text(encoding="utf-8"))
        for flow in data.get("rules", []) + data.get("stories", []):
            for step in flow["steps"]:
                if "intent" in step:
                    assert step["intent"] in intents, (name, step)
                if "action" in step:
                    assert step["action"] in known_actions, (name, step)


def test_every_response_has_danish_and_english():
    for name, variants in DOMAIN["responses"].items():
        english = [v for v in variants if v.get("condition")]
        default = [v for v in variants if not v.get("condition")]
        assert english and default, name
        assert english[0]["condition"] == [{"type": "slot", "name": "language", "value": "en"}]
        if default[0].get("buttons"):
            assert len(default[0]["buttons"]) == len(english[0]["buttons"]), name


@pytest.mark.parametrize(
    ("intent", "section"),
    [
        ("price", "cost"),
        ("duration", "duration"),
        ("complaints", "complaints"),
        ("offer_who", "who"),
    ],
)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_fact_answers_come_from_the_active_profile(municipality_profile, intent, section, lang):
    messages, events = run(actions.ActionAnswerFaq(), tracker({"language": lang}, intent=intent))
    expected = next(s for s in municipality_profile["sections"] if s["id"] == section)
    assert expected["paragraphs"][0][lang] in messages[0]["text"]
    assert events == []


def test_phone_answer_carries_hedensteds_number():
    token = use_profile("hedensted")
    try:
        messages, _ = run(actions.ActionAnswerFaq(), tracker(intent="contact_hours"))
    finally:
        reset_profile(token)
    assert "79 75 58 20" in messages[0]["text"]


def test_vordingborg_has_no_phone_in_its_seed_so_the_bot_points_to_the_general_contact():
    token = use_profile("vordingborg")
    try:
        messages, _ = run(
            actions.ActionAnswerFaq(), tracker({"language": "en"}, intent="contact_hours")
        )
        after, _ = run(
            actions.ActionAnswerFaq(), tracker({"language": "en"}, intent="after_applying")
        )
    finally:
        reset_profile(token)
    profile = load_profile("vordingborg")
    assert profile["general_contact"]["text"]["en"] in messages[0]["text"]
    assert "79 75 58 20" not in messages[0]["text"]
    assert "10 days" in after[0]["text"]


def test_an_unknown_intent_gets_the_fallback_response():
    messages, _ = run(actions.ActionAnswerFaq(), tracker(intent="greet"))
    assert messages[0]["response"] == "utter_default"


def test_how_to_apply_links_to_the_application():
    messages, _ = run(actions.ActionAnswerFaq(), tracker(intent="how_to_apply"))
    assert messages[-1]["custom"] == {"link": {"target": "apply", "title": "Søg om tilbuddet"}}


def test_crisis_action_gives_the_numbers_and_stops_the_form(municipality_profile):
    messages, events = run(actions.ActionCrisis(), tracker(active_loop="screening_form"))
    text = messages[0]["text"]
    assert "112" in text and "70 201 201" in text
    assert municipality_profile["emergency"]["psychiatric"]["description"]["da"] in text
    assert {"event": "active_loop", "name": None} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]


def test_ask_actions_use_the_screening_questions_and_codes():
    messages, _ = run(actions.ASK_ACTIONS[0](), tracker({"language": "en"}))
    assert messages[0]["text"].startswith("Do you need help right now?")
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        '/answer{"urgent": "no"}',
        '/answer{"urgent": "yes"}',
    ]
    assert [b["title"] for b in messages[0]["buttons"]] == ["No", "Yes, I need help now"]


def _validate(slot, value, known=None):
    trk = tracker(
        {**(known or {}), slot: value, "requested_slot": slot},
        intent="answer",
        active_loop="screening_form",
        events=[
            {"event": "user", "text": str(value)},
            {"event": "slot", "name": slot, "value": value},
        ],
    )
    return run(actions.ValidateScreeningForm(), trk)


def test_validation_accepts_a_code_and_leaves_the_full_path_to_the_form():
    messages, events = _validate("urgent", "no")
    assert messages == []
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["urgent"] == "no"
    # The validation names the next question itself (the path may skip some).
    assert slots["requested_slot"] == "age"


def test_validation_parses_free_text():
    _, events = _validate(
        "areas", "Jeg har gæld og har svært ved rengøring", {"urgent": "no", "age": "18_or_over"}
    )
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["areas"] == ["household_structure", "debt"]


def test_validation_rejects_what_it_does_not_understand_and_says_so():
    messages, events = _validate("impact", "banana")
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["impact"] is None
    assert "forstod ikke" in messages[0]["text"]


def test_validation_rejects_an_unknown_code():
    _, events = _validate("age", ["42"])
    assert {e["name"]: e["value"] for e in events if e["event"] == "slot"}["age"] is None


def test_the_form_stops_where_the_rules_decide():
    _, events = _validate("urgent", "yes")
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["requested_slot"] is None  # nothing more to ask: crisis


@pytest.mark.parametrize(
    "answers",
    [
        {"urgent": "no", "age": "under_18"},
        {
            "urgent": "no",
            "age": "18_or_over",
            "areas": ["debt"],
            "impact": "mild",
            "existing_support": ["none"],
            "motivation": "yes",
        },
        {
            "urgent": "no",
            "age": "18_or_over",
            "areas": ["health"],
            "impact": "severe",
            "existing_support": ["s85"],
            "motivation": "yes",
            "format": "group",
            "contact": "phone",
        },
        {
            "urgent": "no",
            "age": "18_or_over",
            "areas": ["health", "debt"],
            "impact": "mild",
            "existing_support": ["none"],
            "motivation": "unsure",
            "format": "both",
            "contact": "virtual",
        },
    ],
)
def test_result_action_reports_the_outcome_of_assess(answers):
    token = use_profile("hedensted")
    try:
        messages, events = run(actions.ActionScreeningResult(), tracker(answers))
    finally:
        reset_profile(token)
    outcome = assess(answers)
    assert {"event": "slot", "name": "screening_outcome", "value": outcome.code} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
    offers_text = messages[1]["text"]
    for code in outcome.offers:
        assert load_profile("hedensted")["offers"][code]["name"]["da"] in offers_text
    assert messages[-1]["custom"]["link"]["target"] == facts.LINK_APPLY


def test_set_language_reads_the_metadata():
    _, events = run(actions.ActionSetLanguage(), tracker(metadata={"lang": "en"}))
    assert events[0]["value"] == "en"
    _, events = run(actions.ActionSetLanguage(), tracker(metadata={"lang": "xx"}))
    assert events == []


@pytest.mark.parametrize(
    ("qid", "text", "expected"),
    [
        ("urgent", "nej", "no"),
        ("urgent", "no, not now", "no"),
        ("urgent", "now", "yes"),
        # "now" dating what someone else does is no yes; the writer's own now still is.
        ("urgent", "min soester klarer regningerne nu, det er kun posten", None),
        ("urgent", "her husband takes care of the shopping now", None),
        ("urgent", "ja, han truer mig nu", "yes"),
        ("urgent", "my dad needs help now", "yes"),
        ("age", "jeg er 17", "under_18"),
        ("age", "under 18", "under_18"),
        ("age", "I am 52 years old", "18_or_over"),
        ("impact", "ikke meget endnu", "at_risk"),
        ("impact", "Quite a lot", "moderate"),
        ("impact", "meget", "severe"),
        ("motivation", "I am not sure", "unsure"),
        ("motivation", "ja gerne", "yes"),
        ("format", "alene med en rådgiver", "individual"),
        ("contact", "on the phone", "phone"),
        ("existing_support", "nej, kun jobcentret", ["jobcenter"]),
        ("areas", "debt and work", ["debt", "work_or_education"]),
        ("areas", "menu", None),
        ("motivation", "purple", None),
    ],
)
def test_free_text_answers(qid, text, expected):
    assert parse_answer(qid, text) == expected


def test_every_option_label_is_understood_in_both_languages():
    from portal.screening import question
    from portal.textcat import translate

    for qid in QUESTION_IDS:
        q = question(qid)
        for option in q.options:
            for lang in ("da", "en"):
                parsed = parse_answer(qid, translate(option.label, lang))
                expected = [option.code] if q.kind == "multi" else option.code
                assert parsed == expected, (qid, lang, option.label)


def test_multi_choice_buttons_are_collected_until_done():
    known = {"urgent": "no", "age": "18_or_over"}
    messages, events = _validate("areas", ["debt"], known)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["areas"] is None and slots["areas_pending"] == ["debt"]
    assert messages == []
    _, events = _validate("areas", ["done"], {**known, "areas_pending": ["health", "debt"]})
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["areas"] == ["health", "debt"] and slots["areas_pending"] is None


def test_an_exclusive_choice_ends_a_multi_question_at_once():
    _, events = _validate("existing_support", ["none"])
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["existing_support"] == ["none"]


def test_the_question_with_choices_so_far_offers_the_rest_and_that_is_all():
    trk = tracker({"language": "en", "areas_pending": ["debt"]})
    messages, _ = run(actions.ASK_ACTIONS[2](), trk)
    assert messages[0]["text"].startswith("You have chosen: Debt.")
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert '/answer{"areas": "debt"}' not in payloads
    assert payloads[-1] == '/answer{"areas": "done"}'
    assert messages[0]["buttons"][-1]["title"] == "That is all"


def _merge(current, text):
    from portal.screening.understanding import understand

    return actions.merge_understanding(current, understand(text))


def test_a_description_adds_areas_and_a_correction_replaces_them():
    current = {"areas": ["debt"], "age": "18_or_over"}
    assert _merge(current, "og så er jeg også ensom") == {"areas": ["social_contact", "debt"]}
    assert _merge(current, "nej vent, det er kun rengøring") == {"areas": ["household_structure"]}
    assert _merge(current, "jeg har ikke gæld alligevel") == {"areas": None}
    assert _merge(current, "nej vent, jeg er 17") == {"age": "under_18"}
    assert _merge(current, "jeg er 45") == {}  # nothing changes


def test_the_say_back_names_every_fact_in_plain_words():
    text = actions.say_back({"areas": ["household_structure", "debt"], "age": "18_or_over"}, "da")
    assert text.startswith("Sådan forstår jeg det:")
    assert "rengøring" in text and "Gæld" in text.replace("gæld", "Gæld")
    assert "18 år eller ældre" in text
    child = actions.say_back({"age": "under_18"}, "en", asking_for="child")
    assert "your child" in child and "Age" not in child


def test_understand_action_sets_codes_and_asks_for_confirmation_first():
    trk = tracker(text="jeg kan ikke overskue at gøre rent", intent="describe_situation")
    messages, events = run(actions.ActionUnderstandSituation(), trk)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["areas"] == ["household_structure"]
    assert slots["understood"] == ["areas"]
    assert messages == []  # the form says it back as its first question
    form_slots = {**{k: None for k in DOMAIN["slots"]}, **slots}
    required = asyncio.run(
        actions.ValidateScreeningForm().required_slots([], None, tracker(form_slots), DOMAIN)
    )
    assert required[:2] == ["situation_confirmed", "urgent"]
    assert "areas" in required  # answered, but still on the path


def test_understand_action_for_another_adult_asks_nothing(municipality_profile):
    trk = tracker(text="min mor har brug for hjælp", intent="describe_situation")
    messages, events = run(actions.ActionUnderstandSituation(), trk)
    assert "selv søge" in messages[0]["text"]
    # Whose check it is is asked by the action (round 16), with what was said of her kept.
    payloads = [b["payload"] for m in messages for b in m.get("buttons") or ()]
    assert actions.FOR_THEM_PAYLOAD in payloads
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots == {
        "asking_for": "adult",
        actions.THEIRS_SLOT: {"age": "18_or_over", "answered_for": "she"},
    }
    required = asyncio.run(
        actions.ValidateScreeningForm().required_slots([], None, tracker(slots), DOMAIN)
    )
    assert required == []


def test_ask_actions_name_their_question_and_the_result_carries_outcome_and_answers(
    municipality_profile,
):
    messages, _ = run(actions.ActionAskAge(), tracker())
    assert messages[0]["custom"] == {"question": "age"}
    answers = {"urgent": "no", "age": "under_18"}
    messages, events = run(
        actions.ActionScreeningResult(), tracker({**answers, "areas": ["debt"], "impact": "mild"})
    )
    assert messages[0]["custom"] == {"outcome": "not_adult", "answers": answers}
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    # Answers the outcome no longer rests on are dropped (the application is prefilled
    # with exactly what the outcome says).
    assert slots["areas"] is None and slots["impact"] is None
