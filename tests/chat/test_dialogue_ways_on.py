"""The screening dialogue never stalls, and the outcome follows what the citizen says.

One test per kind of failure found on the conversation sets (bench/chat_conversations.py),
in both languages. The messages here are written for these tests; none is a line of the
conversation sets.
"""

import copy

import pytest

from bot.actions.answers import parse_answer
from portal.chat.driver import Driver, TransportError
from portal.chat.transports import InProcessTransport
from portal.municipality import load_profile


def driver(transport=None):
    return Driver(transport or InProcessTransport("hedensted"), load_profile("hedensted"))


def run(d, messages, lang):
    state = d.new_state(lang)
    turns = [d.handle("s", state, m, lang) for m in messages]
    return state, turns


def asked(turn):
    return next(
        (m["custom"]["question"] for m in turn.messages if "question" in m.get("custom", {})), None
    )


def outcome(turn):
    return next((m["custom"] for m in turn.messages if "outcome" in m.get("custom", {})), None)


def shown(turn):
    return "\n".join(m.get("text") or "" for m in turn.messages)


def payloads(turn):
    return [b["payload"] for m in turn.messages for b in m.get("buttons") or []]


# -- a typed yes to the one way on that a reply offers -------------------------------------

OTHER_ADULT = {
    "da": "min søster på 35 har svært ved at åbne sin post",
    "en": "my brother who is 30 can't handle his letters",
}
FACT = {"da": "hvad koster det", "en": "what does it cost"}
YES = {"da": ["ja", "ja tak", "ok"], "en": ["yes", "yes please", "ok"]}


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("first", [OTHER_ADULT, FACT])
def test_a_typed_yes_after_a_reply_that_offers_the_check_starts_it(lang, first):
    for yes in YES[lang]:
        d = driver()
        state, turns = run(d, [first[lang]], lang)
        assert "/start_screening" in payloads(turns[0])
        assert asked(turns[0]) is None  # the reply itself asks nothing
        turn = d.handle("s", state, yes, lang)
        assert asked(turn) == "urgent", yes
        assert state["active_loop"] == "screening_form"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_yes_after_the_fallback_or_with_more_words_is_not_taken_as_the_check(lang):
    d = driver()
    # The fallback offers several topics: a bare yes chooses none of them.
    nonsense = "blå tog bagværk" if lang == "da" else "blue train pastry"
    state, turns = run(d, [nonsense], lang)
    assert len(payloads(turns[0])) > 1
    turn = d.handle("s", state, YES[lang][0], lang)
    assert asked(turn) is None
    # After a fact, a yes that goes on with a question is that question.
    state, _ = run(d, [FACT[lang]], lang)
    follow = (
        "ja, men hvor lang tid tager det?" if lang == "da" else "yes but how long does it take?"
    )
    turn = d.handle("s", state, follow, lang)
    assert asked(turn) is None
    assert "6" in shown(turn)


# -- a statement about one's own debt or work: the facts and the say-back -----------------

OWN_TOPIC = {  # (statement, a word of the topic's facts)
    "da": [
        ("jeg skylder et stort beløb til inkasso", "økonomisk rådgivning"),
        ("jeg er arbejdsløs og vil gerne i gang med en uddannelse", "jobcentret"),
    ],
    "en": [
        ("I owe money to several loan companies", "economic advice"),
        ("I was fired last month and want to find new work", "job centre"),
    ],
}
TOPIC_QUESTION = {"da": "kan I hjælpe mig med min gæld", "en": "can you help me with my debt"}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_statement_about_own_debt_or_work_gets_the_facts_and_goes_on_to_the_check(lang):
    for text, facts in OWN_TOPIC[lang]:
        d = driver()
        state, (turn,) = run(d, [text], lang)
        understood = next(
            m["custom"]["understood"] for m in turn.messages if "understood" in m.get("custom", {})
        )
        assert set(understood["areas"]) & {"debt", "work_or_education"}, text
        assert facts in shown(turn).lower()
        assert state["slots"]["requested_slot"] == "situation_confirmed"
        turn = d.handle("s", state, YES[lang][0], lang)
        assert asked(turn) == "urgent"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_question_about_debt_stays_a_fact_answer(lang):
    d = driver()
    state, (turn,) = run(d, [TOPIC_QUESTION[lang]], lang)
    assert state["active_loop"] is None
    assert not any("understood" in m.get("custom", {}) for m in turn.messages)
    assert payloads(turn) == ["/start_screening"]


# -- a crisis told in own words in a check records the outcome crisis ---------------------

TO_AREAS = ["/start_screening", '/answer{"urgent": "no"}', '/answer{"age": "18_or_over"}']
CRISIS = {
    "da": "vent, jeg er blevet smidt ud og har ingen steder at sove i nat",
    "en": "wait, actually I have nowhere to sleep tonight, he threw me out",
}
FULL = [
    *TO_AREAS,
    '/answer{"areas": "health"}',
    '/answer{"areas": "done"}',
    '/answer{"impact": "mild"}',
    '/answer{"existing_support": "none"}',
    '/answer{"motivation": "yes"}',
    '/answer{"format": "group"}',
    '/answer{"contact": "phone"}',
]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_crisis_told_in_the_middle_of_the_check_records_the_outcome_crisis(lang):
    d = driver()
    state, _ = run(d, TO_AREAS, lang)
    turn = d.handle("s", state, CRISIS[lang], lang)
    assert turn.crisis and turn.outcome == "crisis"
    assert outcome(turn) == {"outcome": "crisis", "answers": {"urgent": "yes"}}
    assert "112" in shown(turn)
    assert "/continue_screening" in payloads(turn)
    # Going on puts the check back as it was: the open question, the answers kept.
    again = d.handle("s", state, "/continue_screening", lang)
    assert asked(again) == "areas"
    assert state["slots"]["urgent"] == "no" and state["slots"]["age"] == "18_or_over"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_crisis_told_after_the_outcome_corrects_it_to_crisis(lang):
    d = driver()
    state, turns = run(d, FULL, lang)
    assert outcome(turns[-1])["outcome"] == "eligible"
    turn = d.handle("s", state, CRISIS[lang], lang)
    assert outcome(turn) == {"outcome": "crisis", "answers": {"urgent": "yes"}}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_yes_to_the_gentle_question_in_a_paused_check_records_the_outcome_crisis(lang):
    d = driver()
    state, _ = run(d, TO_AREAS, lang)
    state = copy.deepcopy(state)
    d.concern_turn(state, lang)  # what a message the layer is unsure of gets
    turn = d.handle("s", state, YES[lang][0], lang)
    assert outcome(turn) == {"outcome": "crisis", "answers": {"urgent": "yes"}}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_crisis_outside_a_check_gives_the_contacts_without_an_outcome(lang):
    # Round 7: a crisis message that also tells the writer's situation (an age with an
    # area, or two areas, as CRISIS[lang] may) opens the check behind the crisis reply
    # and gets the outcome crisis (tests/chat/test_dialogue_round7.py); one that tells
    # nothing else gets the contacts and no outcome.
    bare = {
        "da": "jeg er ikke i sikkerhed lige nu, hjælp",
        "en": "I am not safe right now, please help",
    }
    d = driver()
    state, (turn,) = run(d, [bare[lang]], lang)
    assert turn.crisis and "112" in shown(turn)
    assert turn.outcome is None and outcome(turn) is None
    assert state["active_loop"] is None


class FailingResult:
    def __init__(self):
        self.inner = InProcessTransport("hedensted")

    def run(self, body):
        if body["next_action"] == "action_screening_result":
            raise TransportError(body["next_action"])
        return self.inner.run(body)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_crisis_in_a_check_still_gets_the_contacts_when_the_actions_fail(lang):
    d = driver(FailingResult())
    state, _ = run(d, TO_AREAS, lang)
    turn = d.handle("s", state, CRISIS[lang], lang)
    assert turn.crisis and "112" in shown(turn)
    assert state["slots"]["urgent"] == "no"  # nothing half-changed


# -- answers in the citizen's own words ------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "text", "code"),
    [
        ("age", "jeg er i slutningen af 40'erne", "18_or_over"),
        ("age", "i trediverne", "18_or_over"),
        ("age", "jeg er pensionist", "18_or_over"),
        ("age", "jeg går i 8. klasse", "under_18"),
        ("age", "somewhere in my forties", "18_or_over"),
        ("age", "I'm retired", "18_or_over"),
        ("age", "I'm in year 9", "under_18"),
        ("impact", "moderat vil jeg sige", "moderate"),
        ("impact", "ikke særlig meget", "mild"),
        ("impact", "moderately", "moderate"),
        ("impact", "a bit", "mild"),
        ("impact", "a fair bit", "moderate"),
        ("contact", "vi kan godt ses", "in_person"),
        ("contact", "I'd like a visit", "in_person"),
    ],
)
def test_answers_in_own_words(qid, text, code):
    assert parse_answer(qid, text) == code


@pytest.mark.parametrize(
    ("lang", "text"), [("da", "jeg er midt i fyrrerne"), ("en", "somewhere in my fifties")]
)
def test_an_age_said_as_a_decade_answers_the_age_question(lang, text):
    d = driver()
    state, _ = run(d, TO_AREAS[:2], lang)
    turn = d.handle("s", state, text, lang)
    assert state["slots"]["age"] == "18_or_over"
    assert asked(turn) == "areas"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_age_that_is_no_age_is_asked_again(lang):
    d = driver()
    state, _ = run(d, TO_AREAS[:2], lang)
    turn = d.handle("s", state, "i 1990'erne" if lang == "da" else "in the 1990s", lang)
    assert state["slots"]["age"] is None
    assert asked(turn) == "age"


# -- a question out of scope is not a situation, whatever words it shares with one ---------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "hvornår spiller landsholdet fodbold næste gang"),
        ("en", "who won the tennis final on sunday"),
    ],
)
def test_an_out_of_scope_question_stays_out_of_scope(lang, text):
    d = driver()
    state = d.new_state(lang)
    assert d._situation_intent("out_of_scope", text, state) == "out_of_scope"
    # A statement about oneself in the same words is a situation.
    own = {
        "da": "jeg har ingen venner og sidder alene hver weekend",
        "en": "I have no friends and sit alone every weekend",
    }[lang]
    assert d._situation_intent("out_of_scope", own, state) == "describe_situation"


# -- an answer first, then an addition, in one message ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "lidt. og så skylder jeg også en del penge væk"),
        ("en", "a little, and I should add that I also owe a lot of money"),
    ],
)
def test_an_answer_followed_by_an_addition_keeps_the_answer(lang, text):
    d = driver()
    steps = [*TO_AREAS, '/answer{"areas": "conflicts"}', '/answer{"areas": "done"}']
    state, turns = run(d, steps, lang)
    assert asked(turns[-1]) == "impact"
    turn = d.handle("s", state, text, lang)
    assert state["slots"]["impact"] == "mild"  # not "a lot" from the addition
    assert state["slots"]["areas"] == ["conflicts", "debt"]
    assert asked(turn) == "existing_support"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_addition_without_an_answer_first_still_asks_the_question(lang):
    d = driver()
    steps = [*TO_AREAS, '/answer{"areas": "conflicts"}', '/answer{"areas": "done"}']
    state, _ = run(d, steps, lang)
    text = "og så har jeg også gæld" if lang == "da" else "oh and I also have debt"
    turn = d.handle("s", state, text, lang)
    assert state["slots"]["impact"] is None
    assert state["slots"]["areas"] == ["conflicts", "debt"]
    assert asked(turn) == "impact"


# -- the words that answer the support question add no area ---------------------------------

TO_SUPPORT = [
    *TO_AREAS,
    '/answer{"areas": "health"}',
    '/answer{"areas": "done"}',
    '/answer{"impact": "mild"}',
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("da", "jeg får lidt hjælp af jobcentret"), ("en", "the job centre helps me a bit")],
)
def test_the_job_centre_as_support_is_not_also_work_as_an_area(lang, text):
    d = driver()
    state, turns = run(d, TO_SUPPORT, lang)
    assert asked(turns[-1]) == "existing_support"
    turn = d.handle("s", state, text, lang)
    assert state["slots"]["existing_support"] == ["jobcenter"]
    assert state["slots"]["areas"] == ["health"]
    assert asked(turn) == "motivation"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "jobcentret, og så vil jeg også gerne have hjælp til at komme i arbejde"),
        ("en", "the job centre, and I also want help to find a job"),
    ],
)
def test_work_said_as_an_addition_to_the_support_answer_is_added(lang, text):
    d = driver()
    state, _ = run(d, TO_SUPPORT, lang)
    d.handle("s", state, text, lang)
    assert state["slots"]["existing_support"] == ["jobcenter"]
    assert "work_or_education" in state["slots"]["areas"]


# -- a short answer to a later question is noted, not "I did not understand" ------------------


@pytest.mark.parametrize(
    ("lang", "text", "qid", "code"),
    [
        ("da", "ret meget vil jeg sige", "impact", "moderate"),
        ("da", "helst i en gruppe", "format", "group"),
        ("en", "quite a lot really", "impact", "moderate"),
        ("en", "by video", "contact", "virtual"),
    ],
)
def test_a_short_answer_to_a_later_question_is_noted_and_the_question_asked_again(
    lang, text, qid, code
):
    d = driver()
    state, _ = run(d, TO_AREAS[:2], lang)
    turn = d.handle("s", state, text, lang)
    assert state["slots"][qid] == code
    assert state["slots"]["age"] is None
    # Round 10: the age is asked again at once (round 7 set it aside and asked it at the
    # end); the answer noted is not asked when its turn comes.
    assert asked(turn) == "age"
    assert "Undskyld" not in shown(turn) and "Sorry" not in shown(turn)
    turn = d.handle("s", state, '/answer{"age": "18_or_over"}', lang)
    questions = [asked(turn)]
    for _ in range(8):  # each question by its first button, until the outcome
        if asked(turn) is None:
            break
        first = next(b["payload"] for m in turn.messages for b in m.get("buttons") or [])
        if asked(turn) == "areas":  # a multi-choice question: one area, then "That is all"
            d.handle("s", state, first, lang)
            first = '/answer{"areas": "done"}'
        turn = d.handle("s", state, first, lang)
        questions.append(asked(turn))
    assert qid not in questions  # not asked again when its turn comes
    assert turn.outcome is not None


@pytest.mark.parametrize(("lang", "text"), [("da", "tja"), ("en", "hmm well")])
def test_words_that_answer_no_question_are_still_not_understood(lang, text):
    d = driver()
    state, _ = run(d, TO_AREAS[:2], lang)
    turn = d.handle("s", state, text, lang)
    assert "Undskyld" in shown(turn) or "Sorry" in shown(turn)
    assert asked(turn) == "age"


# -- "no" to the gentle question, with more to say ------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "area"),
    [
        ("da", "nej, men jeg har svært ved at åbne min post", "mail_and_authorities"),
        ("en", "no, but I find it hard to keep my flat clean", "household_structure"),
    ],
)
def test_no_danger_with_a_situation_reads_the_situation(lang, text, area):
    d = driver()
    state = d.new_state(lang)
    d.concern_turn(state, lang)
    turn = d.handle("s", state, text, lang)
    assert not turn.crisis
    assert "Tak, fordi" in shown(turn) or "Thank you for telling" in shown(turn)
    understood = next(
        m["custom"]["understood"] for m in turn.messages if "understood" in m.get("custom", {})
    )
    assert area in understood["areas"]
    assert state["slots"]["requested_slot"] == "situation_confirmed"


@pytest.mark.parametrize(("lang", "text"), [("da", "nej"), ("en", "no I'm fine")])
def test_a_plain_no_to_the_gentle_question_gets_the_menu(lang, text):
    d = driver()
    state = d.new_state(lang)
    d.concern_turn(state, lang)
    turn = d.handle("s", state, text, lang)
    assert "/start_screening" in payloads(turn)
    assert state["active_loop"] is None


# -- "Is your child under 18?" answered in words --------------------------------------------

CHILD = {
    "da": "min søn har det rigtig skidt for tiden",
    "en": "my daughter is having a really bad time",
}


@pytest.mark.parametrize(
    ("lang", "reply", "under_18"),
    [
        ("da", "nej han er 24", False),
        ("da", "ja", True),
        ("da", "han er 14", True),
        ("en", "no she's 26", False),
        ("en", "yes", True),
        ("en", "she is 13", True),
    ],
)
def test_the_childs_age_answered_in_words_is_the_button(lang, reply, under_18):
    d = driver()
    state, (turn,) = run(d, [CHILD[lang]], lang)
    assert any(p.startswith("/describe_situation") for p in payloads(turn))
    turn = d.handle("s", state, reply, lang)
    if under_18:
        assert state["slots"]["age"] == "under_18"
        assert state["slots"]["requested_slot"] == "situation_confirmed"
    else:
        assert "selv søge" in shown(turn) or "apply themselves" in shown(turn)
        assert state["slots"]["age"] is None


@pytest.mark.parametrize(
    ("lang", "reply"), [("da", "nej han vil ikke leve mere"), ("en", "no he wants to kill himself")]
)
def test_a_crisis_in_the_reply_about_the_child_goes_to_the_crisis_layer(lang, reply):
    d = driver()
    state, _ = run(d, [CHILD[lang]], lang)
    turn = d.handle("s", state, reply, lang)
    assert turn.crisis and "112" in shown(turn)
