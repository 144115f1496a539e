"""Round 10: the question just asked is read first, and an answer meant for another
question is noted without shifting the citizen's later answers.

Mechanisms, not lines (bench/chat_conversations.py; conversations_fresh7, seen since round
10, studied for kinds only):

- Everyday answers to the question asked, by kind: managing said plainly ("mostly he
  copes", "det går da ret fint"), texting "don't know" and dialect no, nothing but one's
  own doctor, a "nothing" that is what someone can do, a shrug of a yes ("oh go on"), one
  person with one helper, one steady person, company of others like them, at the home of
  the one written for.
- Precedence: a reply that answers the question asked sets no other answer from the words
  that answered it (a share of both to the group question is no impact).
- A bare yes or no answers the question asked only; an answer to another question is
  noted and the question asked is asked again at once (not set aside), and that is no miss.
- A correction after the outcome ("oops, meant 51") keeps every other answer and goes on.
- How someone reaches the citizen today ("she rings me every week") is no wish for how to
  talk to us; a helper who sorted something is no question for another adult.

The messages are written for these tests, in both languages (Danish also without æøå);
none is a line or a near copy of a line of the seen conversation sets (checked at the end).
"""

import re
from pathlib import Path
from unittest import mock

import pytest

from bot.actions.answers import correction_of, dropped_areas, parse_answer
from tests.chat import test_dialogue_round8 as round8
from tests.chat.test_dialogue_round8 import (
    TO_AGE,
    TO_FORMAT,
    TO_IMPACT,
    TO_MOTIVATION,
    TO_SUPPORT,
    asked,
    outcome,
    play,
)
from tests.chat.test_dialogue_round9 import SEEN_SETS_9
from tests.support.near_copies import near_copies


def texts(turn):
    return " ".join(m.get("text") or "" for m in turn.messages)


# -- everyday answers to the question asked, by kind ------------------------------------------


@pytest.mark.parametrize(
    ("qid", "text", "code"),
    [
        # Managing said plainly, with up to two softeners or the one who manages first.
        ("impact", "tja, det går egentlig rimelig godt", "mild"),
        ("impact", "det gaar nu ikke helt godt", None),  # a not before: no mild
        ("impact", "mostly he copes, evenings are the hard part", "mild"),
        ("impact", "she gets by, just about everything takes longer", "mild"),
        ("impact", "jeg klarer mig egentlig, men aftenerne er lange", "mild"),
        ("impact", "jeg klarer mig ikke ret godt for tiden", None),
        ("impact", "he manages nothing without his mum these days", None),
        ("impact", "honestly it's a daily struggle for her", "moderate"),
        # Texting "don't know", dialect no, nothing but one's own doctor.
        ("existing_support", "idk tbh", ["dont_know"]),
        ("existing_support", "dunno, maybe something years ago", ["dont_know"]),
        ("existing_support", "næ, kun min egen læge en gang imellem", ["none"]),
        ("existing_support", "nothing apart from my GP now and then", ["none"]),
        ("existing_support", "ikke andet end hjemmehjaelp om fredagen", ["other_municipal"]),
        # The nothing of what someone can do is no "no help".
        ("existing_support", "she can do nothing at all on her own", None),
        ("existing_support", "han kan ingenting selv længere", None),
        # A shrug of a yes.
        ("motivation", "oh go on, why not", "yes"),
        ("motivation", "fair enough, count him in", "yes"),
        ("motivation", "lad gaa da, vi proever", "yes"),
        # One person with one helper, one steady person.
        ("format", "just her and a single carer", "individual"),
        ("format", "kun ham og én fast hjælper", "individual"),
        ("format", "the same person every week would be best", "individual"),
        ("format", "en ad gangen, store grupper gør hende urolig", "individual"),
        # Company of others like them.
        ("format", "sammen med nogle der har det ligesom mig", "group"),
        ("format", "with other people going through a divorce too", "group"),
        # At the home of the one written for.
        ("contact", "at her home if that is possible", "in_person"),
        ("contact", "helst hjemme hos ham, han kører ikke selv", "in_person"),
        ("contact", "in his home, he hates leaving it", "in_person"),
    ],
)
def test_everyday_answers_by_kind(qid, text, code):
    assert parse_answer(qid, text) == code


# -- the question asked is read first ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "kind of a little of both i suppose", "both"),
        ("da", "tja, lidt af hvert vil jeg tro", "both"),
    ],
)
def test_an_answer_to_the_format_sets_no_impact_from_its_own_words(lang, text, code):
    d, state, _ = play(lang, TO_FORMAT)
    assert state["slots"]["impact"] == "moderate"
    turn = d.handle("s", state, text, lang)
    assert state["slots"]["format"] == code
    assert state["slots"]["impact"] == "moderate"  # "a little" answered the format
    assert asked(turn) == "contact"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "with other people would be nice, I'd pick up the language too"),
        ("da", "sammen med andre mennesker ville vaere godt for mig"),
    ],
)
def test_company_at_the_format_question_takes_no_area_out(lang, text):
    d, state, _ = play(lang, TO_FORMAT)
    before = list(state["slots"]["areas"])
    d.handle("s", state, text, lang)
    assert state["slots"]["format"] == "group"
    assert state["slots"]["areas"] == before


def test_a_word_that_drops_an_area_still_drops_it_beside_an_answer():
    # Unhappy path of the precedence: a drop said on purpose is read as before.
    d, state, _ = play("en", TO_IMPACT[:3] + ['/answer{"areas": "debt"}',
                                              '/answer{"areas": "health"}',
                                              '/answer{"areas": "done"}'])  # fmt: skip
    assert asked_now(state) == "impact"
    d.handle("s", state, "quite a lot. forget the debt part, that is sorted out", "en")
    assert state["slots"]["impact"] == "moderate"
    assert "debt" not in state["slots"]["areas"]


def asked_now(state):
    return state["slots"].get("requested_slot")


# -- a bare yes or no answers only the question asked -----------------------------------------


@pytest.mark.parametrize(("lang", "bare"), [("da", "nej"), ("en", "nope"), ("en", "yes")])
def test_a_bare_yes_or_no_at_the_age_question_fills_no_other_answer(lang, bare):
    d, state, _ = play(lang, TO_AGE)
    turn = d.handle("s", state, bare, lang)
    assert state["slots"]["existing_support"] is None
    assert state["slots"]["motivation"] is None
    assert asked(turn) == "age"


@pytest.mark.parametrize(
    ("lang", "text", "qid", "code"),
    [
        ("da", "kommunen giver os intet som helst i dag", "existing_support", ["none"]),
        ("en", "one to one for sure", "format", "individual"),
    ],
)
def test_an_answer_to_a_later_question_is_noted_and_the_question_asked_again(lang, text, qid, code):
    d, state, _ = play(lang, TO_AGE)
    turn = d.handle("s", state, text, lang)
    assert state["slots"][qid] == code
    assert asked(turn) == "age"  # at once, not at the end
    assert "set_aside" not in state
    # The next message answers the age; the check goes on without asking `qid` again.
    questions = [asked(d.handle("s", state, "52", lang))]
    assert state["slots"]["age"] == "18_or_over"
    assert qid not in questions


@pytest.mark.parametrize(
    ("lang", "again", "unclear"),
    [("da", "hun er 47 forresten", "hmm"), ("en", "he turned 63 in May", "hmm")],
)
def test_an_earlier_answer_given_again_is_noted_and_is_no_miss(lang, again, unclear):
    d, state, _ = play(lang, TO_SUPPORT)
    turn = d.handle("s", state, again, lang)
    assert state["slots"]["age"] == "18_or_over"
    assert asked(turn) == "existing_support"
    assert state.get("missed_question") is None
    # The first unclear reply after it is the first miss (asked again with words), not the
    # second (which would write "don't know").
    d.handle("s", state, unclear, lang)
    assert state["slots"]["existing_support"] is None


@pytest.mark.parametrize(("lang", "text"), [("da", "han er 15"), ("en", "she's 14")])
def test_another_age_at_a_later_question_changes_it_and_the_outcome_follows(lang, text):
    d, state, _ = play(lang, TO_SUPPORT)
    turn = d.handle("s", state, text, lang)
    assert outcome(turn)["outcome"] == "not_adult"


# -- a correction after the outcome keeps every other answer ----------------------------------


@pytest.mark.parametrize(
    ("lang", "typo", "fix"),
    [
        ("da", "15", "ups, jeg mente 51. små taster"),
        ("en", "17", "sorry meant 71, tiny keyboard on this thing"),
    ],
)
def test_an_age_corrected_after_the_outcome_keeps_the_other_answers(lang, typo, fix):
    d, state, seen = play(lang, [*TO_IMPACT, typo])
    assert outcome(seen[-1])["outcome"] == "not_adult"
    turn = d.handle("s", state, fix, lang)
    slots = state["slots"]
    assert slots["age"] == "18_or_over"
    assert slots["areas"] == ["health"]
    assert slots["urgent"] == "no"
    assert asked(turn) == "impact"  # the open question, not the check from the start


def test_oops_without_a_number_changes_no_age():
    assert correction_of("oops, my mistake, never mind", {"age": "under_18"}) == {}
    assert correction_of("oops meant 61, big fingers", {"age": "under_18"}) == {"age": "18_or_over"}


def test_a_correction_changes_only_answered_questions():
    # "... this phone" names a way, but the contact was never answered: only the age changes.
    answers = {"age": "under_18", "contact": None, "impact": None}
    assert correction_of("oops meant 44, my phone is tiny", answers) == {"age": "18_or_over"}


# -- someone else's way today, and a helper who sorted something ------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "support"),
    [
        ("en", "oh I forgot, a lady from the job centre, she rings me each week", ["jobcenter"]),
        ("da", "glemte det, en fra jobcentret, han ringer til mig hver anden uge", ["jobcenter"]),
    ],
)
def test_how_someone_reaches_me_today_is_no_contact_wish(lang, text, support):
    d, state, _ = play(lang, TO_MOTIVATION)
    d.handle("s", state, text, lang)
    assert state["slots"]["existing_support"] == support
    assert state["slots"]["contact"] is None


def test_a_contact_wish_is_still_read_at_the_contact_question():
    assert parse_answer("contact", "ring til mig om formiddagen") == "phone"


@pytest.mark.parametrize(
    ("lang", "text", "note"),
    [
        ("en", "forget the health bit, my boyfriend fixed it", "another adult"),
        ("da", "glem det med helbredet, min kaereste ordnede det", "anden voksen"),
    ],
)
def test_a_helper_who_sorted_it_is_no_question_for_another_adult(lang, text, note):
    d, state, _ = play(lang, TO_IMPACT)
    turn = d.handle("s", state, text, lang)
    assert note not in texts(turn)


# -- whom it is for: one confirmation, then the questions ------------------------------------

RELATIVE = {
    "en": "writing about my grandson, he stays in his room all day and skips school",
    "da": "jeg skriver om mit barnebarn, han sidder bare på sit værelse og pjækker",
}


@pytest.mark.parametrize(
    ("lang", "yes", "no_urgency"),
    [
        ("en", "yes he is", "no, nothing urgent at all"),
        ("da", "ja det er han", "næh, intet akut her i huset"),
    ],
)
def test_the_urgency_denied_at_the_say_back_answers_the_urgent_question(lang, yes, no_urgency):
    d, state, seen = play(lang, [RELATIVE[lang], yes])
    assert "your child" not in texts(seen[0]) and "dit barn" not in texts(seen[0])
    turn = d.handle("s", state, no_urgency, lang)
    result = outcome(turn)
    assert result["outcome"] == "not_adult"
    assert result["answers"] == {"urgent": "no", "age": "under_18"}


@pytest.mark.parametrize(
    ("lang", "no"), [("en", "no that's wrong"), ("da", "nej, det har du misforstået")]
)
def test_a_plain_no_to_the_say_back_is_still_a_no(lang, no):
    d, state, _ = play(lang, [RELATIVE[lang], {"en": "yes", "da": "ja"}[lang]])
    turn = d.handle("s", state, no, lang)
    assert outcome(turn) is None
    assert state["slots"]["urgent"] is None


def test_a_time_is_no_place_in_the_say_back():
    # "last weekend" points at no area; "the last one" still does.
    areas = ["household_structure", "work_or_education"]
    assert dropped_areas("drop the cleaning, my sister fixed it last weekend", areas) == [
        "household_structure"
    ]
    assert "work_or_education" not in dropped_areas("my sister sorted it last week", areas)
    assert dropped_areas("nej, ikke det sidste", areas) == ["work_or_education"]


@pytest.mark.parametrize(
    ("lang", "text", "qid", "code"),
    [
        ("da", "helst et møde, jeg er ikke god til computere", "contact", "in_person"),
        ("en", "face to face, I'm no good with screens", "contact", "in_person"),
    ],
)
def test_a_way_told_ahead_is_no_stop(lang, text, qid, code):
    d, state, _ = play(lang, TO_AGE)
    turn = d.handle("s", state, text, lang)
    assert state["slots"][qid] == code
    assert asked(turn) == "age"
    assert state["active_loop"] == "screening_form"


@pytest.mark.parametrize(
    ("lang", "text"), [("da", "stop, jeg gider ikke mere"), ("en", "stop please")]
)
def test_a_stop_in_words_is_still_a_stop(lang, text):
    d, state, _ = play(lang, TO_AGE)
    d.handle("s", state, text, lang)
    assert state["slots"]["contact"] is None
    assert state["slots"]["age"] is None


# -- none of these messages is a line of the seen conversation sets -------------------------

SEEN_SETS_10 = (*SEEN_SETS_9, "conversations_fresh7.yml")


def _seen_turns():
    # Round 8's reader of the seen sets (only the sets named), with round 10's set added.
    with mock.patch.object(round8, "SEEN_SETS", SEEN_SETS_10):
        return round8._turns()


def _these_lines():
    source = Path(__file__).read_text(encoding="utf-8")
    return re.findall(r'"([^"/\n][^"\n]{12,})"', source)


def test_no_message_here_is_a_line_or_near_copy_of_a_seen_conversation():
    turns = _seen_turns()
    assert len(turns) > 400
    own = _these_lines()
    assert len(own) > 30
    assert near_copies(own, turns, str.lower) == []


def test_the_near_copy_check_can_fail():
    turns = _seen_turns()
    assert near_copies([turns[-1].upper()], turns, str.lower) == [turns[-1].upper()]
