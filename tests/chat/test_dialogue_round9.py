"""Round 9: a citizen who types in their own words gets the outcome they meant.

Mechanisms, not lines (bench/chat_conversations.py; conversations_fresh6, seen since round
9, studied for kinds only):

- A yes to the gentle crisis question right after a description (the writer expected the
  say-back and typed "yes, you got it right") gives the emergency contacts, as it must; a no to
  being in danger next (also "sorry, I put it too strongly") goes on with the check from
  what was told, never a dead end. A yes again, or a crisis in the reply, stays a crisis.
- A strong word taken back at the gentle question in the middle of the check is the no;
  the rest of that reply answers the question that was open.
- Vague and everyday answers by kind, for every question: dialect and texting no, a fair
  amount, most of it done alone, a shrug of a yes, half a yes, not now but later, any way
  will do, others in the same boat, video by an app's name, coming in to the office,
  eighteen still ahead.
- The options' own words for the impact win over a looser reading of a description.
- Consent said in the writer's own words ("hun har sagt ok til at jeg skriver", "she
  asked me to write for her") makes it the other adult's check.

The messages here are written for these tests, in both languages (Danish also without
æøå); none is a line or a near copy of a line of the seen conversation sets (checked at the
end, with tests/support/near_copies).
"""

import re
from pathlib import Path
from unittest import mock

import pytest

from bot.actions.answers import echoed_impact, parse_answer
from portal.chat import crisis
from tests.chat import test_dialogue_round8 as round8
from tests.chat.test_dialogue_round8 import (
    SEEN_SETS,
    TO_IMPACT,
    TO_MOTIVATION,
    TO_SUPPORT,
    asked,
    outcome,
    play,
)
from tests.support.near_copies import near_copies

# -- a yes to the gentle question, then a no to being in danger -------------------------------

# Descriptions the gentle question answers. Whether the crisis layer asks about a given
# harmless description is its own engineers' matter and changes with them; these tests are
# about the dialogue after it, so the layer is made to ask about exactly these messages
# (everything else goes through the real layer).
GENTLE = {
    "da": "alt sejler, regningerne hober sig op og jeg orker ikke at aabne posten. er 44",
    "en": "everything is too heavy, bills pile up and I can't face the post. im 39",
}  # fmt: skip
STRONG = {
    "en": "it's killing me, I can't go on like this",
    "da": "jeg kan ikke holde det ud mere",
}


# Someone else's situation (another adult, no consent said).
OTHER = {
    "da": "min bror har svaert ved at styre sine penge og vi er alle bekymrede",
    "en": "my brother can't handle his money and we all worry about him",
}
# Harmless descriptions the layer is made to leave alone, for the same reason.
CALM = (
    "Min mand paa 60 har svaert ved at holde styr paa posten. Han har sagt ok til at jeg skriver",
    "my brother is 40 and his money is a mess, he's fine with me writing this",
)


@pytest.fixture(autouse=True)
def gentle_on_these(monkeypatch):
    real = crisis.check
    asks = {*GENTLE.values(), *STRONG.values(), *OTHER.values()}

    def check(text):
        if text in asks:
            return crisis.CrisisCheck(level=crisis.CONCERN, category="model")
        if text in CALM:
            return crisis.CrisisCheck()
        return real(text)

    monkeypatch.setattr(crisis, "check", check)


# The Danish check then asks whether the daily money is also wanted (an area the
# understanding is unsure of, round 16): the bills pile up, so "ja".
BILLS_TOO = {"da": ["ja"], "en": []}


def _gentle(lang):
    return GENTLE[lang]


@pytest.mark.parametrize(
    ("lang", "yes", "no"),
    [
        ("da", "jo, det er sådan det er", "nej slet ikke, jeg er ikke i fare"),
        ("da", "jep", "naah nej"),
        ("en", "yep you got it", "no, I'm safe, I promise"),
        ("en", "yeah", "nope, not in danger"),
    ],
)
def test_a_yes_then_a_no_to_danger_goes_on_with_what_was_told(lang, yes, no):
    d, state, seen = play(lang, [_gentle(lang), yes])
    assert seen[-1].crisis  # the emergency contacts for the yes, always
    turn = d.handle("s", state, no, lang)
    assert not turn.crisis
    for reply in BILLS_TOO[lang]:
        turn = d.handle("s", state, reply, lang)
    slots = state["slots"]
    assert slots["urgent"] == "no"
    assert slots["age"] == "18_or_over"
    assert "mail_and_authorities" in slots["areas"]
    assert state["active_loop"] == "screening_form"
    assert asked(turn) == "impact"  # the next open question, not the first again


@pytest.mark.parametrize(
    ("lang", "after"),
    [
        ("da", "ja"),  # a yes again: in danger
        ("en", "yes I am"),
        ("da", "nej, jeg vil tage mit liv i nat"),  # a no that tells a crisis
        ("en", "no, I want to end my life tonight"),
        ("da", "hvad koster det"),  # no answer to the danger at all
        ("en", "what does it cost"),
    ],
)
def test_after_the_yes_only_a_no_to_danger_goes_on(lang, after):
    d, state, seen = play(lang, [_gentle(lang), "yes" if lang == "en" else "ja"])
    turn = d.handle("s", state, after, lang)
    assert state["slots"].get("urgent") != "no"
    assert asked(turn) != "impact"


@pytest.mark.parametrize(("lang", "text"), OTHER.items())
def test_a_no_to_danger_for_someone_elses_description_says_so(lang, text):
    # Another adult without consent: the note about applying themselves, no check for them.
    d, state, seen = play(lang, [text])
    assert seen[0].crisis
    d.handle("s", state, "ja" if lang == "da" else "yes", lang)
    turn = d.handle("s", state, "nej" if lang == "da" else "no", lang)
    assert not turn.crisis
    assert state["slots"].get("urgent") is None


@pytest.mark.parametrize(
    ("lang", "strong", "back", "code"),
    [
        ("en", STRONG["en"],
         "sorry, I put it too strongly. it is hard to keep everyday life going though", "moderate"),
        ("da", STRONG["da"],
         "undskyld, det var for meget sagt. jeg klarer det meste, nogle ting er svaere", "mild"),
    ],
)  # fmt: skip
def test_a_strong_word_taken_back_goes_on_and_reads_the_rest(lang, strong, back, code):
    d, state, seen = play(lang, [*TO_IMPACT, strong])
    assert seen[-1].crisis
    turn = d.handle("s", state, back, lang)
    assert not turn.crisis
    assert state["slots"]["impact"] == code
    assert asked(turn) == "existing_support"


@pytest.mark.parametrize(
    ("lang", "reply", "qid", "code"),
    [
        ("en", "there's a helper from the council twice a week", "existing_support",
         ["other_municipal"]),
        ("da", "jeg vil helst sidde alene med en rådgiver", "format", "individual"),
    ],
)  # fmt: skip
def test_carrying_on_with_a_practical_answer_after_the_gentle_question(lang, reply, qid, code):
    d, state, seen = play(lang, [*TO_SUPPORT, STRONG[lang]])
    assert seen[-1].crisis
    turn = d.handle("s", state, reply, lang)
    assert state["slots"][qid] == code
    assert state["active_loop"] == "screening_form"
    assert asked(turn) is not None


@pytest.mark.parametrize(
    ("text", "code"),
    [("det meste kan jeg godt selv, bortset fra et par ting", "mild"),
     ("en hel del, det kan jeg godt mærke på det hele", "moderate")],
)  # fmt: skip
def test_a_danish_statement_with_the_verb_second_is_an_answer(text, code):
    d, state, seen = play("da", [*TO_IMPACT, text])
    assert state["slots"]["impact"] == code
    assert asked(seen[-1]) == "existing_support"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("da", "nej - det er overhovedet ikke tilfældet"), ("en", "no, not at all at all")],
)
def test_a_firm_no_to_the_question_asked_sets_no_other_answer(lang, text):
    d, state, seen = play(lang, ["/start_screening", text])
    assert state["slots"]["urgent"] == "no"
    assert state["slots"].get("impact") is None  # "not at all" is no "very much"


# -- everyday answers by kind --------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "text", "code"),
    [
        # A no in dialect or texting, or nothing burning.
        ("urgent", "næ", "no"),
        ("urgent", "nae du", "no"),
        ("urgent", "nah nothing is on fire", "no"),
        # A fair amount; only just coping.
        ("impact", "it's a fair amount honestly", "moderate"),
        ("impact", "i am barely coping", "moderate"),
        ("impact", "jeg klarer mig lige akkurat", "moderate"),
        # Most of it done alone; the days got through (never "can't get through").
        ("impact", "det meste klarer jeg selv, kun enkelte ting driller", "mild"),
        ("impact", "most things i can do myself", "mild"),
        ("impact", "han bliver træt af det, men han klarer det", "mild"),
        ("impact", "wears me out but i manage", "mild"),
        ("impact", "jeg kommer nok igennem dagen", "mild"),
        ("impact", "i cannot get through the day", "severe"),
        # The options' own words said as not managing.
        ("impact", "kan ikke faa ugerne til at haenge sammen", "moderate"),
        ("impact", "i can't make the week work", "moderate"),
        ("impact", "can't run the house without somebody there", "severe"),
        # Support: nothing, or not knowing with the verb first.
        ("existing_support", "nada", ["none"]),
        ("existing_support", "tror det ikke", ["none"]),
        ("existing_support", "don't think so", ["none"]),
        ("existing_support", "det ved hun ikke", ["dont_know"]),
        # A shrug of a yes; half a yes; not now but later.
        ("motivation", "det tror jeg nok", "yes"),
        ("motivation", "probably yeah", "yes"),
        ("motivation", "fint med mig", "yes"),
        ("motivation", "kind of", "unsure"),
        ("motivation", "både og egentlig", "unsure"),
        ("motivation", "nej ikke klar til det nu, maaske efter nytaar", "no"),
        ("motivation", "not now, maybe later in the year", "no"),
        # Any way will do; others in the same boat.
        ("format", "whatever is easiest", "both"),
        ("format", "doesn't matter to me", "both"),
        ("format", "hvad som helst", "both"),
        ("format", "med nogle andre ligesom mig", "group"),
        ("format", "folks in the same boat as me would be nice", "group"),
        ("format", "tja, det ved vi simpelthen ikke om hun vil", "dont_know"),
        # Video by an app's name; coming in to the office.
        ("contact", "skype er fint", "virtual"),
        ("contact", "facetime", "virtual"),
        ("contact", "jeg kan godt komme ind paa kontoret", "in_person"),
        ("contact", "i'll come to your office", "in_person"),
        # Eighteen still ahead is under 18 today; eighteen already past is over.
        ("age", "hun fylder 18 til foraaret", "under_18"),
        ("age", "he turns 18 next month", "under_18"),
        ("age", "han fyldte 18 i juni", "18_or_over"),
    ],
)
def test_everyday_answers_by_kind(qid, text, code):
    assert parse_answer(qid, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("jeg kan ikke klare indkoebene uden at nogen hjaelper", "severe"),
        ("I can't manage the cooking without someone helping me", "severe"),
        ("alting lider under det, og jeg kan ikke faa maanederne til at haenge sammen", "moderate"),
        ("posten hober sig op", None),  # no impact told
    ],
)
def test_the_options_own_words_for_the_impact(text, code):
    assert echoed_impact(text) == code


@pytest.mark.parametrize(
    ("lang", "text", "impact"),
    [
        ("en", "im 52 and i can't do my shopping or cleaning without someone helping", "severe"),
        ("da", "er 47, kan ikke faa ugerne til at haenge sammen med rengoering og vasketoej",
         "moderate"),
    ],
)  # fmt: skip
def test_the_options_words_in_a_description_are_said_back(lang, text, impact):
    d, state, seen = play(lang, [text])
    assert state["slots"]["impact"] == impact


# -- consent in the writer's own words ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", CALM[0]),
        ("da", "skriver om min veninde, hun bad mig om det. hun er 33, rengoeringen er svaer"),
        ("en", "My wife (52) can't keep up with the post. She asked me to get in touch for her"),
        ("en", CALM[1]),
        # A debt or work topic first: consent still makes it their check (the classifier
        # may hear debt advice or the job centre; round 15).
        ("da", "min soester er 45 og hendes oekonomi sejler, hun har sagt ok til at jeg skriver"),
        ("en", "my dad is 58, lost his job in may, the bills pile up. he agreed i write for him"),
    ],
)  # fmt: skip
def test_consent_in_own_words_makes_it_their_check(lang, text):
    d, state, seen = play(lang, [text])
    assert state["slots"].get("asking_for") is None
    assert state["slots"]["age"] == "18_or_over"
    assert state["active_loop"] == "screening_form"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "min far paa 70 kan ikke overskue posten, han har sagt nej til at faa hjaelp"),
        ("en", "my sister is 35 and can't handle her post, she knows nothing about it"),
    ],
)
def test_no_consent_is_no_consent(lang, text):
    d, state, seen = play(lang, [text])
    assert state["slots"].get("asking_for") == "adult"


def test_the_whole_way_after_a_yes_and_a_no_reaches_the_outcome():
    d, state, seen = play("en", [_gentle("en"), "yes, correct", "no"])
    for text in ("quite a lot", "none", "yes", "one to one", "phone"):
        turn = d.handle("s", state, text, "en")
    found = outcome(turn)
    assert found is not None and found["outcome"] == "eligible"
    assert found["answers"]["urgent"] == "no"


def test_motivation_not_now_but_later_ends_as_a_no():
    d, state, seen = play("da", [*TO_MOTIVATION, "nej, ikke lige nu, maaske naeste aar"])
    assert state["slots"]["motivation"] == "no"


# -- areas added late, areas someone else already helps with, amounts and ages ---------------

TWO = ["/start_screening", '/answer{"urgent": "no"}', '/answer{"age": "18_or_over"}',
       '/answer{"areas": "mail_and_authorities"}', '/answer{"areas": "household_structure"}',
       '/answer{"areas": "done"}']  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "gone", "kept"),
    [
        ("da", "hov, min søster hjælper mig med brevene nu, så det er mest rengøringen",
         "mail_and_authorities", "household_structure"),
        ("da", "posten ordner min nabo, ham kan jeg regne med",
         "mail_and_authorities", "household_structure"),
        ("en", "wait, my son helps me with the letters these days, it's more the tidying",
         "mail_and_authorities", "household_structure"),
        ("en", "my neighbour takes care of that post stuff for me, forget it",
         "mail_and_authorities", "household_structure"),
    ],
)  # fmt: skip
def test_an_area_someone_close_already_helps_with_is_taken_out(lang, text, gone, kept):
    d, state, seen = play(lang, [*TWO, text])
    assert gone not in state["slots"]["areas"]
    assert kept in state["slots"]["areas"]


def test_a_helper_wished_for_takes_nothing_out():
    d, state, seen = play("da", [*TWO, "jeg vil gerne have en der hjælper mig med brevene"])
    assert "mail_and_authorities" in state["slots"]["areas"]


@pytest.mark.parametrize(
    ("lang", "text", "area"),
    [
        ("en", "oh and I forgot to mention, I owe the bank a lot and it keeps growing", "debt"),
        ("da", "glemte at sige det, jeg har gæld til inkasso og det vokser", "debt"),
        ("en", "by the way, I never see anyone, I'm on my own all week", "social_contact"),
    ],
)
def test_an_area_told_late_at_another_question_is_added(lang, text, area):
    d, state, seen = play(lang, [*TO_IMPACT, text])
    assert area in state["slots"]["areas"]
    assert "health" in state["slots"]["areas"]  # added, never replacing what was chosen


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "nåh ja, det glemte jeg, jeg har en sagsbehandler på jobcentret"),
        ("en", "ah yes I forgot, there's a caseworker at the jobcentre I see"),
    ],
)
def test_support_remembered_late_adds_no_area(lang, text):
    d, state, seen = play(lang, [*TO_MOTIVATION, text])
    assert state["slots"]["areas"] == ["health"]
    assert state["slots"]["existing_support"] == ["jobcenter"]


@pytest.mark.parametrize(
    "text", ["i owe like 60k", "skylder 30.000 kr", "det er 45 000 kr i alt", "they want 90 kroner"]
)
def test_an_amount_is_no_age(text):
    assert parse_answer("age", text) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my flat is a tip and the post goes unopened. 47 if it matters"),
        ("da", "mit hjem flyder og posten ligger uåbnet. 52 hvis det er relevant"),
    ],
)
def test_an_age_given_in_passing_is_read(lang, text):
    d, state, seen = play(lang, [text])
    assert state["slots"]["age"] == "18_or_over"


# -- none of these messages is a line of the seen conversation sets -------------------------

SEEN_SETS_9 = (*SEEN_SETS, "conversations_fresh6.yml")


def _seen_turns():
    # Round 8's reader of the seen sets (only the sets named), with round 9's set added.
    with mock.patch.object(round8, "SEEN_SETS", SEEN_SETS_9):
        return round8._turns()


def _own_lines():
    source = Path(__file__).read_text(encoding="utf-8")
    return [s for s in re.findall(r'"([^"/\n][^"\n]{12,})"', source)]


def test_no_message_here_is_a_line_or_near_copy_of_a_seen_conversation():
    turns = _seen_turns()
    assert len(turns) > 350
    own = _own_lines()
    assert len(own) > 40
    assert near_copies(own, turns, str.lower) == []


def test_the_near_copy_check_can_fail():
    turns = _seen_turns()
    assert near_copies([turns[-1].upper()], turns, str.lower) == [turns[-1].upper()]
