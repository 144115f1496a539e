"""The ninth intent data pass (bot/nlu_source/base22.yml), written by kind after studying
round 7's fresh6 set: kinds it carries, in phrasings of the test's own (in no training file
and no held-out set), both languages; the pass kept apart from the seen held-out sets (no
line within difflib 0.8 of one); and the builder's fold of seen sets off by default."""

import functools
from pathlib import Path

import pytest
import yaml

from bench.intent_eval import HELDOUT_SETS, line_key, read_heldout
from portal.chat import nlu
from tests.support.near_copies import near_copies

SOURCES = Path(__file__).resolve().parents[2] / "bot" / "nlu_source"
# The seen sets, named: the near-copy check never reads a set written later.
SEEN = ("heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")

KINDS = [
    # A reply typed mid-check: areas as a list, a degree with a few words, a preference.
    ("badeværelset, opvasken og den uåbnede post", "answer"),
    ("somewhat, but I get by on my own mostly", "answer"),
    ("lidt, men jeg kommer igennem dagen", "answer"),
    ("i'd rather not be in a group, just one adviser", "answer"),
    ("jeg vil helst ikke være i en gruppe, bare én rådgiver", "answer"),
    # Back after a break: continue_screening.
    ("sorry, someone was at the door, where had we got to", "continue_screening"),
    ("undskyld, der var nogen ved døren, hvor var vi nået til", "continue_screening"),
    # Whether a relative with a diagnosis or a situation qualifies: the check.
    ("my partner has a diagnosis, is she allowed to get this help", "eligibility"),
    ("my brother is 30 and has no friends, would he qualify", "eligibility"),
    # Unfair treatment or a refusal to fight: complaints.
    ("my caseworker was unfair to me, how do I complain about her", "complaints"),
    ("he got a no from you, can he appeal it", "complaints"),
    # Whether what I type is kept: privacy.
    ("is everything I type here stored", "privacy"),
    ("gemmer I alt hvad jeg skriver her", "privacy"),
    ("I want to speak with an employee, not a bot", "human_handoff"),
    ("do your staff have a professional education", "provider"),
    ("I only want some advice, is an application needed for that", "open_counselling"),
    ("I have no car and the bus is dear, do you cover the trip", "transport"),
]


@functools.cache
def _training_keys() -> frozenset[str]:
    return frozenset(line_key(text) for text, _ in nlu.read_examples())


@functools.cache
def _seen_lines() -> tuple[str, ...]:
    return tuple(
        line_key(m)
        for name in SEEN
        for intents in read_heldout(HELDOUT_SETS[name]).values()
        for ms in intents.values()
        for m in ms
    )


def _near(key: str, others) -> bool:
    return bool(near_copies([key], list(others), str))


@pytest.mark.parametrize(("text", "intent"), KINDS)
def test_kinds_of_the_ninth_pass_get_their_intent(text, intent):
    # The line is the test's own: in no training file and in no seen held-out set.
    assert line_key(text) not in _training_keys()
    assert line_key(text) not in _seen_lines()
    assert nlu.predict(text).intent == intent


def _pass_lines() -> list[str]:
    data = yaml.safe_load((SOURCES / "base22.yml").read_text(encoding="utf-8"))
    return [str(line) for langs in data.values() for ls in langs.values() for line in ls]


def test_ninth_pass_lines_are_in_the_training_data():
    lines = _pass_lines()
    assert len(lines) > 250
    missing = [line for line in lines if line_key(line) not in _training_keys()]
    assert missing == []


def test_ninth_pass_has_no_near_copy_of_a_seen_held_out_line():
    seen = _seen_lines()
    near = [line for line in _pass_lines() if _near(line_key(line), seen)]
    assert near == [], f"{len(near)} lines of base22.yml are near a held-out line"


def test_near_copy_check_can_fail():
    assert _near(line_key("hvor foregår møderne henne"), [line_key("hvor foregaar moederne")])
    assert not _near(line_key("what does it cost"), [line_key("who delivers the offer")])
