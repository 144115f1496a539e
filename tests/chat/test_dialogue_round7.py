"""Round 7: a citizen who types in their own words always gets to an outcome.

Mechanisms, not lines (bench/chat_conversations.py, conversations_fresh4, seen since
round 7, showed 13 of 24 conversations reaching no outcome): every reply is read for every
question in any order, and the check moves on past the question the citizen skipped; a
reply not understood is asked again once with the answers as words, then "don't know" is
written where the questionnaire has it, or the question is set aside and asked at the end
(then the form is offered too); the say-back is read whatever words confirm it; an age
told as a bare number in a description is read. The messages here are written for these
tests, in both languages (Danish also without æøå, texting English); none is a line of
the conversation sets (checked at the end).
"""

import re
from pathlib import Path

import pytest
import yaml

from bot.actions.answers import parse_answer
from portal.chat.driver import Driver
from portal.chat.transports import InProcessTransport
from portal.municipality import load_profile
from portal.textcat import translate
from tests.support.near_copies import near_copies

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
SEEN_SETS = ("conversations.yml", "conversations_fresh.yml", "conversations_fresh2.yml",
             "conversations_fresh3.yml", "conversations_fresh4.yml")  # fmt: skip


def driver():
    return Driver(InProcessTransport("hedensted"), load_profile("hedensted"))


def asked(turn):
    found = [m["custom"]["question"] for m in turn.messages if "question" in m.get("custom", {})]
    return found[-1] if found else None


def outcome(turn):
    return next((m["custom"] for m in turn.messages if "outcome" in m.get("custom", {})), None)


def texts(turn):
    return " ".join(m.get("text") or "" for m in turn.messages)


def links(turn):
    return [m["custom"]["link"]["target"] for m in turn.messages if "link" in m.get("custom", {})]


def play(lang, turns, d=None):
    d = d or driver()
    state = d.new_state(lang)
    seen = []
    for text in turns:
        seen.append(d.handle("s", state, text, lang))
    return d, state, seen


# Button steps to a given question, then typed replies.
TO_AGE = ["/start_screening", '/answer{"urgent": "no"}']
TO_IMPACT = [*TO_AGE, '/answer{"age": "18_or_over"}', '/answer{"areas": "health"}',
             '/answer{"areas": "done"}']  # fmt: skip
TO_SUPPORT = [*TO_IMPACT, '/answer{"impact": "moderate"}']
TO_MOTIVATION = [*TO_SUPPORT, '/answer{"existing_support": "none"}']
TO_FORMAT = [*TO_MOTIVATION, '/answer{"motivation": "yes"}']
TO_CONTACT = [*TO_FORMAT, '/answer{"format": "group"}']

NONSENSE = {
    "da": ["gul cykel", "blaa hest", "lilla sko"],
    "en": ["green bike", "blue horse", "pink shoe"],
}
SORRY = {"da": "forstod ikke", "en": "did not understand"}
WORDS = {"da": "Du kan svare med ord som", "en": "You can answer with words such as"}
WRITE_DONT_KNOW = {"da": "Jeg skriver »", "en": "I will write “"}
LEFT_OPEN = {"da": "Jeg lader spørgsmålet stå åbent", "en": "I will leave this question open"}
NEED_IT = {"da": "Jeg skal bruge svaret", "en": "I need this answer"}


# -- a reply not understood: asked again with words, then "don't know" or set aside ------


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize(
    ("steps", "qid", "code"),
    [
        (TO_SUPPORT, "existing_support", ["dont_know"]),
        (TO_MOTIVATION, "motivation", "unsure"),
        (TO_FORMAT, "format", "dont_know"),
    ],
)
def test_two_misses_at_a_question_with_dont_know_write_it_and_say_so(lang, steps, qid, code):
    d, state, _ = play(lang, steps)
    first = d.handle("s", state, NONSENSE[lang][0], lang)
    assert SORRY[lang] in texts(first) and WORDS[lang] in texts(first)
    assert asked(first) == qid
    assert first.messages[-1]["buttons"]  # the buttons stay
    second = d.handle("s", state, NONSENSE[lang][1], lang)
    assert state["slots"][qid] == code
    assert WRITE_DONT_KNOW[lang] in texts(second)
    assert asked(second) != qid
    # It can be changed like any answer, in words.
    if qid == "format":
        d.handle(
            "s",
            state,
            {"da": "hellere i en gruppe alligevel", "en": "a group after all"}[lang],
            lang,
        )
        assert state["slots"]["format"] == "group"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_two_misses_at_the_impact_set_it_aside_and_it_comes_back_at_the_end(lang):
    d, state, _ = play(lang, TO_IMPACT)
    d.handle("s", state, NONSENSE[lang][0], lang)
    second = d.handle("s", state, NONSENSE[lang][1], lang)
    assert LEFT_OPEN[lang] in texts(second)
    assert state["slots"]["impact"] is None
    assert asked(second) == "existing_support"
    questions = []
    for payload in ['/answer{"existing_support": "none"}', '/answer{"motivation": "yes"}',
                    '/answer{"format": "group"}', '/answer{"contact": "phone"}']:  # fmt: skip
        questions.append(asked(d.handle("s", state, payload, lang)))
    assert questions == ["motivation", "format", "contact", "impact"]
    # Missed twice again at the end: the form is offered too, the question stays open.
    end = d.handle("s", state, NONSENSE[lang][2], lang)
    assert WORDS[lang] in texts(end)
    end = d.handle("s", state, NONSENSE[lang][0], lang)
    assert NEED_IT[lang] in texts(end)
    assert "check" in links(end)
    assert asked(end) == "impact"
    done = d.handle("s", state, {"da": "en hel del", "en": "quite a lot"}[lang], lang)
    assert outcome(done)["outcome"] == "eligible"
    assert outcome(done)["answers"]["impact"] == "moderate"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_urgent_question_is_never_guessed(lang):
    # Round 21 (the dialogue): asked again with words, then with the emergency contacts,
    # then set aside like any other question and asked again at the end; never answered
    # for the citizen (it had been asked as often as the citizen wrote, eight times).
    d, state, _ = play(lang, ["/start_screening"])
    turns = [d.handle("s", state, text, lang) for text in NONSENSE[lang]]
    assert [asked(turn) for turn in turns[:2]] == ["urgent", "urgent"]
    assert WORDS[lang] in texts(turns[0]) and "112" not in texts(turns[0])
    assert "112" in texts(turns[1])
    assert LEFT_OPEN[lang] in texts(turns[2]) and asked(turns[2]) == "age"
    assert state["slots"]["urgent"] is None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_answer_words_each_answer_their_own_option(lang):
    from bot.actions.actions import ANSWER_WORDS, DONT_KNOW
    from portal.screening import QUESTION_IDS, question

    assert set(ANSWER_WORDS) == set(QUESTION_IDS)
    for qid, words in ANSWER_WORDS.items():
        shown = translate(words, lang)
        quoted = re.findall(r"[»“]([^«”]+)[«”]", shown)
        assert quoted, (qid, shown)
        codes = set()
        for word in quoted:
            code = parse_answer(qid, word)
            assert code is not None, (qid, word)
            codes.update(code if isinstance(code, list) else [code])
        if qid not in ("age", "areas"):
            assert len(codes) == len(quoted), (qid, quoted, codes)  # one option per word
    for qid, code in DONT_KNOW.items():
        assert set(code if isinstance(code, list) else [code]) <= set(question(qid).codes)


# -- answers in the citizen's own order ---------------------------------------------------

LATER_ANSWERS = [
    # (lang, text, question it answers, code)
    ("da", "hun faar ingen stoette fra kommunen i dag", "existing_support", ["none"]),
    ("da", "han har en hjemmehjælper to gange om ugen", "existing_support", ["other_municipal"]),
    ("en", "he gets no help from the council atm", "existing_support", ["none"]),
    ("en", "she would love to give it a go, yes", "motivation", "yes"),
    ("da", "ja hun vil rigtig gerne proeve", "motivation", "yes"),
    ("en", "one to one would suit him better", "format", "individual"),
]


@pytest.mark.parametrize(("lang", "text", "qid", "code"), LATER_ANSWERS)
def test_a_later_question_answered_is_noted_and_the_check_moves_on(lang, text, qid, code):
    d, state, _ = play(lang, TO_IMPACT)
    turn = d.handle("s", state, text, lang)
    assert state["slots"][qid] == code
    assert state["slots"]["impact"] is None
    assert SORRY[lang] not in texts(turn)
    # Round 10: the question asked is asked again (never set aside, never "not understood").
    assert asked(turn) == "impact"
    assert "set_aside" not in state


@pytest.mark.parametrize("lang", ["da", "en"])
def test_words_that_answer_another_question_add_no_area(lang):
    d, state, _ = play(lang, TO_IMPACT)
    text = {"da": "ikke noget fra kommunen", "en": "no help from the kommune at all"}[lang]
    d.handle("s", state, text, lang)
    assert state["slots"]["areas"] == ["health"]
    assert state["slots"]["existing_support"] == ["none"]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_bare_yes_only_answers_the_next_open_question(lang):
    # At the age question a bare yes answers none of support (no yes there) and is not
    # taken for the motivation two questions on.
    d, state, _ = play(lang, TO_AGE)
    turn = d.handle("s", state, {"da": "jep", "en": "yup"}[lang], lang)
    assert state["slots"].get("motivation") is None
    assert asked(turn) == "age"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_whole_check_typed_in_its_own_order_reaches_an_outcome(lang):
    # The age is never asked for in the order the citizen expects: they answer what they
    # think comes next, and give the age when it is asked at the end. An area the
    # understanding is unsure of is asked after the say-back (round 16); which ones depends
    # on the area model, so the citizen, who means both, says yes to each one asked.
    from tests.chat.test_dialogue_round8 import play_meaning_every_area

    turns = {
        "da": ["jeg roder med min post og har ingen venner her i byen", "ja",
               "nej", "ret meget vil jeg mene", "ingenting fra kommunen", "ja gerne",
               "alene", "telefon", "38"],
        "en": ["my letters pile up unopened and i know nobody in town", "yes", "no",
               "quite a lot tbh", "zero help from the council", "yes I'd like to try",
               "alone", "phone", "38"],
    }[lang]  # fmt: skip
    # Round 10: a bare "yes please" answers only the question asked (here the age, which it
    # does not answer); a yes in words ("yes I'd like to try") still answers the wish.
    _, state, seen = play_meaning_every_area(lang, turns)
    result = outcome(seen[-1])
    assert result is not None
    assert result["outcome"] == "eligible"
    assert result["answers"]["age"] == "18_or_over"
    assert result["answers"]["contact"] == "phone"
    assert result["answers"]["format"] == "individual"


# -- the say-back, and answers in the description -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "reply"),
    [("en", "bang on"), ("en", "spot on mate"), ("da", "lige praecis"), ("da", "det stemmer")],
)
def test_the_say_back_confirmed_in_other_words_goes_on_with_the_answers(lang, reply):
    first = {"da": "jeg er 40 og ensom", "en": "i'm 40 and lonely"}[lang]
    _, state, seen = play(lang, [first, reply])
    assert asked(seen[-1]) == "urgent"
    assert state["slots"]["age"] == "18_or_over"
    assert state["slots"]["areas"] == ["social_contact"]


@pytest.mark.parametrize(
    ("lang", "text", "age"),
    [
        ("en", "Hi. 34, and my flat is a total mess these days", "18_or_over"),
        ("en", "cant keep up with my bills at all. 52 btw", "18_or_over"),
        ("da", "hej, er 61 og har svaert ved at holde styr paa min oekonomi", "18_or_over"),
        ("da", "hej. 16, og jeg har ingen venner", "under_18"),
    ],
)
def test_an_age_told_as_a_bare_number_in_the_description_is_read(lang, text, age):
    _, state, _ = play(lang, [text])
    assert state["slots"]["age"] == age


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "I owe 40, 50 thousand and cannot sleep"),
        ("da", "jeg har ringet 20 gange til kommunen om mine breve"),
        ("en", "10 years ago I lost my job and now I am lonely"),
    ],
)
def test_a_number_that_is_no_age_is_not_read_as_one(lang, text):
    _, state, _ = play(lang, [text])
    assert state["slots"]["age"] is None


# -- the answer words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "text", "code"),
    [
        ("urgent", "nah mate", "no"),
        ("urgent", "nix", "no"),
        ("urgent", "nej, overhovedet ikke", "no"),
        ("urgent", "nope, nothing of that sort", "no"),
        ("contact", "det er bedst hvis I kommer hjem til hende", "in_person"),
        ("contact", "could someone visit her", "in_person"),
        ("motivation", "i guess so yeah", "yes"),
        ("motivation", "hvorfor ikke", "yes"),
        ("motivation", "she doesn't want anyone from the council", "no"),
        ("existing_support", "ingen anelse", ["dont_know"]),
        ("existing_support", "no idea honestly", ["dont_know"]),
    ],
)
def test_answers_in_everyday_words(qid, text, code):
    assert parse_answer(qid, text) == code


@pytest.mark.parametrize("text", ["no idea", "no clue tbh"])
def test_not_knowing_is_no_no_to_the_urgent_question(text):
    assert parse_answer("urgent", text) is None


# -- none of these messages is a line of the seen conversation sets -------------------------


def _turns():
    found = []
    for name in SEEN_SETS:  # only the seen sets, by name
        path = DATA / name
        for conversation in yaml.safe_load(path.read_text(encoding="utf-8"))["conversations"]:
            found.extend(
                str(t).lower()
                for t in conversation["turns"]
                if len(str(t)) > 12 and not str(t).startswith("/")
            )
    return found


def _own_lines():
    source = Path(__file__).read_text(encoding="utf-8")
    return [s.lower() for s in re.findall(r'"([^"/\n][^"\n]{12,})"', source)]


def test_no_message_here_is_a_line_or_near_copy_of_a_seen_conversation():
    turns = _turns()
    assert len(turns) > 300
    assert near_copies(_own_lines(), turns, str) == []


# -- a description the crisis layer flags: the check is opened behind the crisis reply ------

CRISIS_DESCRIPTION = {
    "da": "jeg er 45 og har gaeld, og i dag blev jeg sat ud og har intet sted at sove i nat",
    "en": "I'm 38, my debts got me evicted this morning and I have nowhere to sleep tonight",
}
CONCERN_DESCRIPTION = {
    "da": "jeg er 47 og foeler mig helt haabloes, spiser ikke og gaar ikke ud",
    "en": "I'm 50 and I feel so hopeless, not eating, barely leaving the flat",
}


def test_the_descriptions_are_the_crisis_layers_kinds():
    # The tests below rest on these levels; if the crisis layer changes, say it here.
    from portal.chat import crisis

    for lang in ("da", "en"):
        assert crisis.check(CRISIS_DESCRIPTION[lang]).level == crisis.CRISIS
        assert crisis.check(CONCERN_DESCRIPTION[lang]).level == crisis.CONCERN


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_crisis_in_a_description_gives_the_crisis_outcome_at_once(lang):
    d, state, (turn,) = play(lang, [CRISIS_DESCRIPTION[lang]])
    assert turn.crisis
    assert outcome(turn) == {"outcome": "crisis", "answers": {"urgent": "yes"}}
    assert "112" in texts(turn)
    # Going on later brings back what the description said, to confirm.
    on = d.handle("s", state, {"da": "fortsæt", "en": "continue"}[lang], lang)
    assert asked(on) is None  # the say-back first, then the questions
    assert state["slots"]["requested_slot"] == "situation_confirmed"
    assert state["slots"]["age"] == "18_or_over"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_yes_to_the_gentle_question_on_a_description_gives_the_crisis_outcome(lang):
    _, state, (first, second) = play(
        lang, [CONCERN_DESCRIPTION[lang], "ja" if lang == "da" else "yes"]
    )
    assert first.crisis and outcome(first) is None
    assert "pause" not in texts(first).lower()  # no check was shown, none is said paused
    assert outcome(second) == {"outcome": "crisis", "answers": {"urgent": "yes"}}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_to_the_gentle_question_on_a_description_goes_on_with_the_say_back(lang):
    _, state, (_, second) = play(lang, [CONCERN_DESCRIPTION[lang], "nej" if lang == "da" else "no"])
    said = next(m for m in second.messages if "understood" in m.get("custom", {}))
    assert said["custom"]["understood"]["age"] == "18_or_over"
    assert "health" in said["custom"]["understood"]["areas"]
    assert outcome(second) is None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_crisis_reply_stands_when_the_actions_cannot_be_reached(lang):
    from portal.chat.driver import TransportError

    class Down:
        def run(self, body):
            raise TransportError("down")

    d = Driver(Down(), load_profile("hedensted"))
    state = d.new_state(lang)
    turn = d.handle("s", state, CRISIS_DESCRIPTION[lang], lang)
    assert turn.crisis and "112" in texts(turn)
    assert state["active_loop"] is None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_crisis_about_someone_else_opens_no_check_for_the_writer(lang):
    text = {
        "da": "min bror paa 30 har ingen steder at sove i nat",
        "en": "my brother, 30, has nowhere to sleep tonight",
    }[lang]
    _, state, (turn,) = play(lang, [text])
    assert turn.crisis
    assert outcome(turn) is None
    assert state["slots"]["age"] is None


# -- corrections in everyday words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "thinking about it again, I'd rather not have an adviser"),
        ("da", "jeg har fortrudt, jeg vil ikke have en raadgiver alligevel"),
    ],
)
def test_a_mind_changed_without_no_wait_corrects_the_answer(lang, text):
    d, state, _ = play(lang, TO_FORMAT)
    assert state["slots"]["motivation"] == "yes"
    turn = d.handle("s", state, text, lang)
    assert state["slots"]["motivation"] == "no"
    assert outcome(turn)["outcome"] == "info_only"


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("da", "hov, jeg sagde en hel del, men det er nok nærmere lidt", "mild"),
        ("en", "hmm I said quite a lot, but it's more like a little really", "mild"),
        ("en", "wait, I said a little but it's rather very much", "severe"),
    ],
)
def test_in_a_correction_the_way_named_after_the_contrast_is_meant(lang, text, code):
    d, state, _ = play(lang, [*TO_SUPPORT[:-1], '/answer{"impact": "moderate"}'])
    if code == "severe":
        state["slots"]["impact"] = "mild"
    d.handle("s", state, text, lang)
    assert state["slots"]["impact"] == code


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "sorry, typo: 24 not 14"), ("da", "ups, 24 ikke 14")],
)
def test_an_age_typo_after_the_outcome_takes_the_first_number(lang, text):
    d, state, seen = play(lang, [*TO_AGE, '/answer{"age": "under_18"}'])
    assert outcome(seen[-1])["outcome"] == "not_adult"
    d.handle("s", state, text, lang)
    assert state["slots"]["age"] == "18_or_over"


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "actually one-on-one please, groups are not really for me", "individual"),
        ("en", "alone, I'm not comfortable in groups", "individual"),
        ("da", "alene, jeg er ikke glad for grupper", "individual"),
    ],
)
def test_a_way_said_no_to_with_a_feeling_is_not_chosen(lang, text, code):
    assert parse_answer("format", text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("it's a nuisance but i get by", "mild"),
        ("egentlig klarer jeg mig fint", "mild"),
        ("det giver ham mange problemer", "moderate"),
        ("lots of problems every week", "moderate"),
    ],
)
def test_impact_in_everyday_words(text, code):
    assert parse_answer("impact", text) == code
