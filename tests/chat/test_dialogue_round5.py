"""Round 5 kinds of stall in the screening dialogue, in both languages.

Kinds found on the conversation sets (bench/chat_conversations.py): a decline with its
reason at the motivation question ("not really, I was only curious what it is") got a fact
reply and the same question again until the citizen gave up; a home visit at the contact
question was not read as a meeting in person. The messages here are written for these
tests; none is a line of the conversation sets.
"""

import pytest

from bot.actions.answers import parse_answer
from portal.chat.driver import Driver
from portal.chat.transports import InProcessTransport
from portal.municipality import load_profile


def driver():
    return Driver(InProcessTransport("hedensted"), load_profile("hedensted"))


def asked(turn):
    return next(
        (m["custom"]["question"] for m in turn.messages if "question" in m.get("custom", {})), None
    )


def outcome(turn):
    return next((m["custom"] for m in turn.messages if "outcome" in m.get("custom", {})), None)


# Up to the motivation question: a description with age and area, confirmed, not urgent,
# a little, no help today.
TO_MOTIVATION = {
    "da": ["jeg er 44 og kan ikke holde styr på vasketøj og opvask", "ja", "nej", "lidt", "nej"],
    "en": ["i am 44 and i can't keep on top of the dishes and washing", "yes", "no", "a little",
           "no"],
}  # fmt: skip


def to_motivation(lang):
    d = driver()
    state = d.new_state(lang)
    turn = None
    for text in TO_MOTIVATION[lang]:
        turn = d.handle("s", state, text, lang)
    assert asked(turn) == "motivation"
    return d, state


DECLINES = {
    "da": [
        "nej ikke lige nu, jeg ville bare vide hvordan det fungerer",
        "ikke rigtig. jeg var bare nysgerrig",
        # Round 22: a softener between the "not" and what is turned down, and only looking.
        "naah tror ik rigtig det er noget for mig, ville bare se hvad i har",
        "egentlig ikke, min soester hjaelper mig, saa jeg vil helst ikke have nogen ind over",
    ],
    "en": [
        "not really, i only wanted to know how it works",
        "not right now. just curious",
        "nah dont really think its for me, i just wanted to see what u have",
        "i dont really think thats my thing tbh, was only having a look",
    ],
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_decline_with_its_reason_at_the_motivation_question_gives_the_outcome(lang):
    for text in DECLINES[lang]:
        d, state = to_motivation(lang)
        turn = d.handle("s", state, text, lang)
        result = outcome(turn)
        assert result is not None, text
        assert result["answers"]["motivation"] == "no", text
        assert result["outcome"] == "info_only", text


QUESTIONS_AFTER_NO = {
    "da": ["nej, hvad koster det", "nej. koster det noget"],
    "en": ["no, what does it cost", "no. does it cost anything"],
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_real_question_after_a_short_no_is_still_answered_as_a_question(lang):
    # Unhappy path: the rest of the message asks (question word or verb first), so it is
    # not taken as a bare "no" to the motivation question.
    for text in QUESTIONS_AFTER_NO[lang]:
        d, state = to_motivation(lang)
        turn = d.handle("s", state, text, lang)
        assert outcome(turn) is None, text
        assert asked(turn) == "motivation", text
        assert state["slots"].get("motivation") is None, text


@pytest.mark.parametrize(
    "text",
    ["nej ikke rigtig", "ikke lige nu", "not really", "not right now", "i was only curious"],
)
def test_soft_declines_parse_as_no(text):
    assert parse_answer("motivation", text) == "no"


@pytest.mark.parametrize("text", ["ja, gerne", "yes i want to", "måske", "not sure"])
def test_other_motivation_answers_are_unchanged(text):
    assert parse_answer("motivation", text) != "no"


@pytest.mark.parametrize(
    "text",
    [
        "I kan komme hjem til mig",
        "helst et hjemmebesøg",
        "you could come to my house",
        "a home visit would be best",
    ],
)
def test_a_home_visit_is_a_meeting_in_person(text):
    assert parse_answer("contact", text) == "in_person"


@pytest.mark.parametrize("text", ["jeg er hjemme hele dagen", "i stay at home a lot"])
def test_being_at_home_is_no_contact_form(text):
    assert parse_answer("contact", text) is None


HOME_VISIT = {"da": "I må gerne komme hjem til mig", "en": "you are welcome to come to my home"}
TO_CONTACT = {"da": ["ja", "alene"], "en": ["yes", "alone"]}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_home_visit_at_the_contact_question_gives_the_outcome(lang):
    d, state = to_motivation(lang)
    for text in TO_CONTACT[lang]:
        turn = d.handle("s", state, text, lang)
    assert asked(turn) == "contact"
    turn = d.handle("s", state, HOME_VISIT[lang], lang)
    result = outcome(turn)
    assert result is not None
    assert result["answers"]["contact"] == "in_person"


# -- an age told without its subject at the end of a description ---------------------------

BARE_AGE = {
    "da": "jeg kan ikke få ryddet op eller vasket tøj. er 38",
    "en": "i can not keep my kitchen clean or do the laundry. am 38",
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_an_age_without_its_subject_is_said_back_and_not_asked_again(lang):
    d = driver()
    state = d.new_state(lang)
    d.handle("s", state, BARE_AGE[lang], lang)
    assert state["slots"].get("age") == "18_or_over"
    questions = []
    for text in ("ja" if lang == "da" else "yes", "nej" if lang == "da" else "no"):
        questions.append(asked(d.handle("s", state, text, lang)))
    assert "age" not in questions


NO_AGE = {
    "da": ["min søn er 12. han har svært i skolen", "huslejen er 45 kr for høj. jeg har gæld"],
    "en": ["the rent is 45. i have debt and can't pay my bills"],
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_number_after_another_subject_is_no_age_of_the_writer(lang):
    # Unhappy path: "min søn er 12" is the child's age (the understanding's), and a number
    # inside a clause with its own subject is no age at all.
    from bot.actions.actions import _BARE_AGE

    for text in NO_AGE[lang]:
        assert _BARE_AGE.search(text) is None, text


# -- a preference between two answers, and "mostly fine, but ..." -------------------------


@pytest.mark.parametrize(
    ("qid", "text", "code"),
    [
        ("contact", "jeg vil hellere ringes op end bruge video", "phone"),
        ("contact", "a call rather than a video meeting", "phone"),
        ("contact", "video i stedet for telefon", "virtual"),
        ("format", "I would rather be alone than in a group", "individual"),
        ("format", "en gruppe frem for alene", "group"),
    ],
)
def test_the_preferred_of_two_answers_is_chosen(qid, text, code):
    assert parse_answer(qid, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("det går okay, men et par ting er svære", "mild"),
        ("it is going fine, some things are hard though", "mild"),
        ("det går godt, men jeg kan ikke klare rengøringen", "severe"),  # a strong word wins
        ("det går ikke godt", None),
        ("ret meget", "moderate"),
    ],
)
def test_mostly_fine_is_a_little(text, code):
    assert parse_answer("impact", text) == code


AFTER_OUTCOME = {
    "da": ("video", "undskyld, telefonen er bedre for mig end video"),
    "en": ("on video", "sorry, i'd rather talk on the phone than on video"),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_preference_after_the_outcome_changes_the_answer(lang):
    d, state = to_motivation(lang)
    for text in ["ja", "alene"] if lang == "da" else ["yes", "alone"]:
        d.handle("s", state, text, lang)
    first, change = AFTER_OUTCOME[lang]
    assert outcome(d.handle("s", state, first, lang))["answers"]["contact"] == "virtual"
    result = outcome(d.handle("s", state, change, lang))
    assert result is not None
    assert result["answers"]["contact"] == "phone"
