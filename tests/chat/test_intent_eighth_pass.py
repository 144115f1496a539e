"""The eighth intent data pass (bot/nlu_source/base21.yml), written by kind after studying
round 6's fresh5 set: the kinds of message it fixed, in phrasings of their own (in no
training file and no held-out set), both languages; and the pass kept apart from every
held-out set (no line within difflib 0.8 of a held-out line)."""

import functools
from pathlib import Path

import pytest
import yaml

from bench.intent_eval import HELDOUT_SETS, line_key, read_heldout, sets_through
from portal.chat import nlu
from tests.support.near_copies import near_copies

SOURCES = Path(__file__).resolve().parents[2] / "bot" / "nlu_source"

KINDS = [
    # A reply typed mid-check is an answer: areas as a list, how much it affects me, a
    # preference between group and alone, the help I already get.
    ("my money and seeing people", "answer"),
    ("penge og at se andre mennesker", "answer"),
    ("lidt, det meste kan jeg godt", "answer"),
    ("alone with the adviser is best for me", "answer"),
    ("helst alene med en voksen rådgiver", "answer"),
    ("either group or alone works for me", "answer"),
    ("begge dele passer mig fint", "answer"),
    ("yes i have help from the jobcenter", "answer"),
    ("ja jeg får hjælp fra jobcentret", "answer"),
    ("a little, most of it i can do", "answer"),
    # ... while asking about the groups is group_or_individual.
    ("hvor mange deltagere er der i en gruppe", "group_or_individual"),
    # What is asked of me is requirements; the talk at the end is evaluation.
    ("what do you expect me to do while im in the course", "requirements"),
    ("hvad forventes der af mig mens jeg er med", "requirements"),
    ("is there a talk at the end where we see how it went", "evaluation"),
    ("er der en snak til sidst om hvordan det er gået", "evaluation"),
    # How soon an answer comes is response_time; how long the support runs is duration.
    ("how many weeks before i hear if i got it", "response_time"),
    ("hvor mange uger går der før jeg hører om jeg har fået det", "response_time"),
    ("how many weeks does the whole thing run", "duration"),
    ("hvor mange uger kører hele forløbet", "duration"),
    # What the offer leaves out.
    ("which kinds of help are not included", "not_covered"),
    ("hvilken slags hjælp er ikke med", "not_covered"),
    # Whom it is for.
    ("is this only for people who have a handicap", "offer_who"),
    ("er det her kun for mennesker med et handicap", "offer_who"),
    ("does joining cost me anything at all", "price"),
    ("koster det overhovedet noget at deltage", "price"),
    # What happens next to the application vs when what I wrote is deleted.
    ("after my application is sent, what is the next thing that happens", "after_applying"),
    ("når min ansøgning er sendt, hvad er det næste der sker", "after_applying"),
    ("when do you delete what i wrote", "privacy"),
    ("hvornår sletter i det jeg har skrevet", "privacy"),
    # Where the meetings are vs a visit at home.
    ("where are the offices where we would meet", "where"),
    ("hvor ligger kontoret hvor vi skal mødes", "where"),
    ("can my adviser come to my flat instead", "contact_mode"),
    ("kan min rådgiver komme hjem i min lejlighed i stedet", "contact_mode"),
    # Skipping the rest of the check vs going on with it.
    ("i want to skip the remaining questions", "stop_screening"),
    ("jeg vil springe de sidste spørgsmål over", "stop_screening"),
    ("lets carry on with the check from where we stopped", "continue_screening"),
    ("lad os fortsætte tjekket fra hvor vi stoppede", "continue_screening"),
    # A collection letter with a request for help.
    (
        "en inkassovirksomhed har skrevet om en gammel regning, hvad gør jeg",
        "debt_money",
    ),
]
# A repair job is off-topic: out_of_scope or the fallback's buttons (the bench counts both
# as right), never a fact of the offer.
OFF_TOPIC = ["my laptop wont turn on, can you fix it"]


@functools.cache
def _training_keys() -> frozenset[str]:
    return frozenset(line_key(text) for text, _ in nlu.read_examples())


@functools.cache
def _held_out_keys() -> frozenset[str]:
    return frozenset(
        line_key(m)
        for path in HELDOUT_SETS.values()
        for intents in read_heldout(path).values()
        for ms in intents.values()
        for m in ms
    )


def _near(key: str, others) -> bool:
    return bool(near_copies([key], list(others), str))


@pytest.mark.parametrize(("text", "intent"), KINDS)
def test_kinds_of_the_eighth_pass_get_their_intent(text, intent):
    # The line is the test's own: in no training file and no held-out set.
    assert line_key(text) not in _training_keys()
    assert line_key(text) not in _held_out_keys()
    assert nlu.predict(text).intent == intent


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_a_repair_job_is_off_topic(text):
    assert line_key(text) not in _training_keys()
    assert nlu.predict(text).intent in {"out_of_scope", nlu.FALLBACK}


def _pass_lines() -> list[str]:
    data = yaml.safe_load((SOURCES / "base21.yml").read_text(encoding="utf-8"))
    return [str(line) for langs in data.values() for ls in langs.values() for line in ls]


def test_eighth_pass_lines_are_in_the_training_data():
    lines = _pass_lines()
    assert len(lines) > 300
    # The builder drops a source line only when it equals a held-out message; none does.
    missing = [line for line in lines if line_key(line) not in _training_keys()]
    assert missing == []


def test_eighth_pass_lines_are_no_near_copies_of_any_held_out_line():
    # base21.yml was written by kind after studying fresh5's confusions: none of its lines
    # may be within difflib 0.8 of a line of any held-out set that existed then (the
    # unseen one included; a count only, never its lines).
    held = sorted(
        line_key(m)
        # The sets written later came out near base21 lines only by chance (their writers did
        # not read the training data); the later passes' own tests check them.
        for path in sets_through("fresh6").values()
        for intents in read_heldout(path).values()
        for ms in intents.values()
        for m in ms
    )
    near = sum(_near(line_key(line), held) for line in _pass_lines())
    assert near == 0, f"{near} lines of base21.yml are near-copies of held-out lines"


def test_the_near_copy_check_can_fail():
    same = [line_key("hvad koster det at vaere med")]
    assert _near(line_key("hvad koster det at være med?"), same)
    assert not _near(line_key("hvor ligger kontoret"), [line_key("hvad koster det")])
