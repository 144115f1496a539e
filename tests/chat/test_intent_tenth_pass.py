"""The tenth intent data pass (bot/nlu_source/base23.yml), written by kind after studying
round 8's fresh7 set: kinds it carries, in phrasings of the test's own (in no training file,
no copy or near copy of a seen held-out line), both languages; the pass kept apart from the
seen held-out sets (no line within difflib 0.8 of one); the fold of seen sets off by
default. Of 30 kinds written before they were run, 28 got their intent at once (19 with the
classifier before this pass): those are below. The two others still miss after lines of
their kind were added ("do I live up to what you require to get it" reads as requirements;
"I want to get back into work after being ill, can you help me with that" as offer_content,
its question clause "can you help me with that" naming no topic): bot/README.md."""

import functools
from pathlib import Path

import pytest
import yaml

from bench.intent_eval import HELDOUT_SETS, line_key, read_heldout
from portal.chat import nlu
from tests.support.near_copies import near_copies

SOURCES = Path(__file__).resolve().parents[2] / "bot" / "nlu_source"
# The seen sets, named: the near-copy check never reads a set written later.
SEEN = ("heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7")

KINDS = [
    # "Do I meet the conditions" is about me: the check; what the conditions are: requirements.
    ("lever jeg op til jeres krav for at komme med", "eligibility"),
    ("which conditions do you set before someone is accepted", "requirements"),
    # A budget or money in a mess, a partner's debt collector: debt_money.
    ("can a person from you go through my monthly budget with me", "debt_money"),
    ("kan en af jer gennemgå mit månedsbudget sammen med mig", "debt_money"),
    ("my partner is behind with payments to a debt collector, can you help us there", "debt_money"),
    # What the offer does not cover, also with a reason after it: not_covered.
    ("what will the offer not help me with, I want to know before applying", "not_covered"),
    ("hvilke opgaver tager I ikke jer af", "not_covered"),
    # Where the group meets: where; a helper of my own: group_or_individual.
    ("the group meetings, in which town are they", "where"),
    ("will I have my own helper, just for me", "group_or_individual"),
    ("får jeg en hjælper helt for mig selv", "group_or_individual"),
    # Staff now: human_handoff.
    ("please hand me over to one of your staff", "human_handoff"),
    # Remote contact because going out is hard: contact_mode (not a situation).
    ("going outside is very hard for me, can all the contact be by phone", "contact_mode"),
    ("det er svært for mig at komme ud, kan kontakten ske i telefonen", "contact_mode"),
    # The helper's background: provider; my own job: work_education.
    ("what training has the person who will help me got", "provider"),
    ("kan I hjælpe mig med at skrive en ansøgning til et job", "work_education"),
    # How long until I hear: response_time; how long it lasts: duration.
    ("how soon will I be told whether it is yes or no", "response_time"),
    ("about six months, is that right, the help", "duration"),
    # A bus I can't afford: transport; equipment for video: video_equipment.
    ("the bus ticket to the meetings is too dear for me, can you pay it", "transport"),
    ("do I need to buy a camera myself for the video talks", "video_equipment"),
    # Drop in without applying: open_counselling.
    ("can I just come by and ask for advice without applying", "open_counselling"),
    # Other municipal errands: out_of_scope.
    ("a street lamp outside my house is broken, who do I tell", "out_of_scope"),
    # Leaving the questions: stop_screening; thanks in slang.
    ("enough questions for today, let's end them", "stop_screening"),
    ("cheers, sorted", "thanks"),
    # Second-language English, a relative, context before the question.
    ("my mother she is 79 and no computer, how she can apply for this", "how_to_apply"),
    ("which days and hours is your phone open", "contact_hours"),
    ("this help is only for old people or young also?", "offer_who"),
    ("hun har angst og kan ikke åbne sin post, kan hun få hjælp", "eligibility"),
    # A reply typed mid-check.
    ("the post, the cleaning and seeing people", "answer"),
]


@functools.cache
def _training_keys() -> frozenset[str]:
    return frozenset(line_key(text) for text, _ in nlu.read_examples())


@functools.cache
def _seen_lines(names: tuple[str, ...] = SEEN) -> tuple[str, ...]:
    # Later passes name the sets seen when they were written (test_intent_eleventh_pass.py).
    return tuple(
        line_key(m)
        for name in names
        for intents in read_heldout(HELDOUT_SETS[name]).values()
        for ms in intents.values()
        for m in ms
    )


def _near(key: str, others) -> bool:
    return bool(near_copies([key], list(others), str))


@pytest.mark.parametrize(("text", "intent"), KINDS)
def test_kinds_of_the_tenth_pass_get_their_intent(text, intent):
    assert nlu.predict(text).intent == intent


def test_the_kinds_are_the_tests_own():
    # In no training file, and no copy or near copy of a seen held-out line.
    keys = _training_keys()
    seen = _seen_lines()
    assert [t for t, _ in KINDS if line_key(t) in keys] == []
    assert [t for t, _ in KINDS if _near(line_key(t), seen)] == []


def _pass_lines(*names: str) -> list[str]:
    # Later passes read their own files through it (test_intent_eleventh_pass.py).
    lines = []
    for name in names or ("base23.yml",):
        data = yaml.safe_load((SOURCES / name).read_text(encoding="utf-8"))
        lines += [str(line) for langs in data.values() for ls in langs.values() for line in ls]
    return lines


def test_tenth_pass_lines_are_in_the_training_data():
    lines = _pass_lines()
    assert len(lines) > 300
    missing = [line for line in lines if line_key(line) not in _training_keys()]
    # The builder drops a line equal to a held-out line, a crisis-set line or a conversation
    # turn; the pass was written to keep clear of the seen ones, so (almost) none is dropped.
    assert len(missing) <= len(lines) // 50


def test_tenth_pass_has_no_near_copy_of_a_seen_held_out_line():
    seen = _seen_lines()
    near = [line for line in _pass_lines() if _near(line_key(line), seen)]
    assert near == [], f"{len(near)} lines of base23.yml are near a held-out line"


def test_near_copy_check_can_fail():
    assert _near(
        line_key("kan i lave et budget sammen med mig"), [line_key("kan i lave budget med mig")]
    )
    assert not _near(line_key("what does it cost"), [line_key("who delivers the offer")])
