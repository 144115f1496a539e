"""The eleventh intent data pass (bot/nlu_source/base24.yml, written by kind after studying
round 9's fresh8 set; base25.yml, lines on the other side of boundaries base24 moved in
older seen sets), the builder's topic-less question tails, and its strict leave-one-set-out
switches (BASE_MAX, BASE_EXTRA). Kinds in phrasings of the test's own (in no training file,
no copy or near copy of a seen held-out line, fresh8's included), both languages. Of the
kinds written before they were run, those below get their intent; the rest are named in
bot/README.md ("Intents", eleventh pass)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bench.intent_eval import line_key
from portal.chat import nlu
from tests.chat.test_intent_tenth_pass import (
    SEEN,
    _near,
    _pass_lines,
    _seen_lines,
    _training_keys,
)

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "bot" / "nlu_source"
# The seen sets when this pass was written: fresh8 was studied for it.
SEEN_NOW = (*SEEN, "fresh8")

KINDS = [
    # My own work or education, with "who / where do I ask" after it: work_education.
    (
        "I was a pharmacist back in Iraq, what do I need to do to work as one in Denmark",
        "work_education",
    ),
    ("jeg vil gerne læse videre selvom jeg er 40, hvem kan vejlede mig", "work_education"),
    # Everyday help asked at the end of a long message: offer_content.
    (
        "since my hip operation the days are long and the house gets messy, so what is it "
        "exactly you can help me with",
        "offer_content",
    ),
    # Other offices' errands asked with the offer's own question words: out_of_scope.
    ("where do I get a disabled parking card for my car", "out_of_scope"),
    # The offer's decision complained about: complaints.
    (
        "they turned down my application for the support and I disagree, how can I object",
        "complaints",
    ),
    ("jeg vil gerne klage over den måde min sag er blevet behandlet på", "complaints"),
    # Start the check as an order or a wish; going on with it.
    ("fine, ask me the questions so I know if I fit", "start_screening"),
    ("lad os se om jeg passer ind, stil mig spørgsmålene", "start_screening"),
    ("I had to feed the cat, let's keep going with the questions", "continue_screening"),
    # A reply typed mid-check against the same words asked as a question.
    ("seventy-four this year", "answer"),
    ("laundry, dishes and getting my post opened", "answer"),
    ("ja der kommer en hjemmehjælper to gange om ugen", "answer"),
    ("I'm 74 and can't manage the stairs anymore, could I get this help", "eligibility"),
    ("må man være med hvis man har fået en hjerneskade", "eligibility"),
    ("I already have a housing support worker, may I get this offer as well", "s85_alongside"),
    # A question typed in the middle of the check: the fact.
    ("sorry one question before the next one, do I pay anything", "price"),
    # Place against way of meeting.
    ("if the meetings are not online, at which address are they", "where"),
    # How long it lasts.
    ("if I get the help from May, when does it end", "duration"),
    # Advice once, no case: open_counselling.
    (
        "I only need one conversation for advice, not a whole case, is that possible",
        "open_counselling",
    ),
    # A person I know at the council; a human, not the bot; only me and the helper.
    (
        "my aunt is employed by the municipality, will she be able to read what I apply for",
        "privacy",
    ),
    ("are you a computer? I would like a real person please", "human_handoff"),
    ("I am shy, can I have the sessions just me and the helper", "group_or_individual"),
    # Second-language English.
    ("me no car, bus very expensive, kommune help with ticket?", "transport"),
    ("the help is for how many month", "duration"),
    ("who I write for complain about decision", "complaints"),
    ("what is it paragraph 82 b, I not understand", "offer_what"),
    ("I have debt to many company, which one first I pay", "debt_money"),
    (
        "my uncle is 60, alone, he does not wash or eat good and the flat is dirty",
        "describe_situation",
    ),
    ("bye now, my son is home from school", "goodbye"),
]


@pytest.mark.parametrize(("text", "intent"), KINDS)
def test_kinds_of_the_eleventh_pass_get_their_intent(text, intent):
    assert nlu.predict(text).intent == intent


def test_the_kinds_are_the_tests_own():
    keys = _training_keys()
    seen = _seen_lines(SEEN_NOW)
    assert [t for t, _ in KINDS if line_key(t) in keys] == []
    assert [t for t, _ in KINDS if _near(line_key(t), seen)] == []


def test_eleventh_pass_lines_are_in_the_training_data():
    lines = _pass_lines("base24.yml", "base25.yml")
    assert len(lines) > 500
    missing = [line for line in lines if line_key(line) not in _training_keys()]
    # The builder drops a line equal to a held-out line, a crisis-set line or a conversation
    # turn (the unseen sets' too: counted, never printed); the pass kept clear of the seen ones.
    assert len(missing) <= len(lines) // 50


def test_eleventh_pass_has_no_near_copy_of_a_seen_held_out_line():
    seen = _seen_lines(SEEN_NOW)
    near = [line for line in _pass_lines("base24.yml", "base25.yml") if _near(line_key(line), seen)]
    assert near == [], f"{len(near)} lines of base24/base25.yml are near a held-out line"


def test_the_pass_has_no_despair_phrasing_where_the_bot_says_goodbye():
    # A goodbye or a stop of the check must never teach that giving up is harmless: none of
    # the pass's lines there speaks of not coping or of ending anything but the questions.
    data = {}
    for name in ("base24.yml", "base25.yml"):
        for intent, langs in yaml.safe_load((SOURCES / name).read_text()).items():
            for lines in langs.values():
                data.setdefault(intent, []).extend(lines)
    words = ("orker", "kan ikke mere", "can't go on", "cannot go on", "give up", "end it")
    flagged = [
        line
        for intent in ("goodbye", "stop_screening")
        for line in data.get(intent, [])
        if any(w in line.lower() for w in words)
    ]
    assert flagged == []


def test_topic_less_tails_are_spread_over_the_topics_they_follow():
    # The builder adds "…, who should I talk to about it" / "…, hvem skal jeg tale med om
    # det" to some lines of intents whose topic comes first, so such a tail alone carries no
    # intent; never to `where` or `provider`, whose topic it is.
    tails = (
        ", who should I talk to about it",
        ", where can I ask about that",
        " - who knows about this",
        ", hvem skal jeg tale med om det",
        ", hvor kan jeg spørge om det",
        " - hvem ved noget om det",
    )
    tailed = {intent for text, intent in nlu.read_examples() if text.endswith(tails)}
    assert {"work_education", "out_of_scope", "debt_money", "complaints"} <= tailed
    assert not tailed & {"where", "provider", "how_to_apply", "human_handoff", "contact_hours"}


def _build(tmp_path: Path, **env) -> set[str]:
    out = tmp_path / "nlu.yml"
    subprocess.run(
        [sys.executable, str(SOURCES / "build_nlu.py")],
        env={**os.environ, "NLU_OUT": str(out), **env},
        check=True,
        capture_output=True,
    )
    return {line_key(text) for text, _ in nlu.read_examples(out)}


def test_strict_leave_one_set_out_builds_only_the_passes_asked_for(tmp_path):
    # BASE_MAX keeps the passes up to a number (those written before a set was seen);
    # BASE_EXTRA adds one back (base24, written from fresh8 alone, when an older set is out).
    others = {line_key(x) for x in _pass_lines(*(f"base{n}.yml" for n in (*range(1, 23), 24)))}
    only_late = [line for line in _pass_lines("base23.yml") if line_key(line) not in others]
    keys = _build(tmp_path, BASE_MAX="22", BASE_EXTRA="24", CROWD="0")  # passes alone
    assert [line for line in _pass_lines("base24.yml")[:40] if line_key(line) in keys]
    assert not [line for line in only_late if line_key(line) in keys]
    assert not [line for line in _pass_lines("base25.yml") if line_key(line) in keys]
