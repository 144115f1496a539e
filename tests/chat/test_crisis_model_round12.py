"""The crisis net, twelfth round (issue 10): the kinds round 11 showed the net missing, told in
new ways, and everyday messages with round 11's false alarms' hard words. The lines here were
written for these tests by kind, after bot/data/crisis_training_12.yml and in other words than
any of its lines or any seen set's line, Danish first (texted, without æøå), then English
(often second-language), fragments and long messages with the signal in one clause.

The crisis lines of CRISIS_KINDS scored at least 0.05 above THRESHOLD when the data were chosen
and the layer flags them: each must still. MISSED_BY_THE_NET are kept for the record (not
asserted). HARMLESS_KINDS must score below THRESHOLD: the offer's own citizens are not asked
about danger. Further tests: round 11's crisis set is trained on (and the bench says so) and
round 12's never; round 11's descriptions and conversation turns are everyday negatives and
round 12's never; the twelfth file's size and kinds; no line here or in the file equals or
nearly equals a training line or a seen set's line (round 11's sets included). The helpers
are the ninth and eleventh rounds'."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from bench import crisis_eval
from portal.chat import crisis_model
from tests.chat.test_crisis_model_round9 import UNSEEN, _copied_count, _near_lines
from tests.chat.test_crisis_model_round10 import DATA
from tests.chat.test_crisis_model_round11 import (
    THRESHOLD_CHOSEN,
    _round12,
    _seen_lines_round11,
    training_lines_but_later_writers,
)

# Round 11's sets, seen since the twelfth round began (round 12's are never read here).
ROUND11_SETS = [
    DATA / "intent_heldout_fresh10.yml",
    DATA / "understanding_heldout11.yml",
    DATA / "conversations_fresh8.yml",
]

# The round's test lines, by kind (crisis_net_round12.yml): the eleventh round's parametrised
# tests assert the crisis and harmless parts; the rest is checked here.
CRISIS_KINDS = _round12("crisis")
MISSED_BY_THE_NET = _round12("missed")
HARMLESS_KINDS = _round12("harmless")
HARMLESS_NET_ALARMS = _round12("harmless_net_alarms")


def test_each_kind_in_both_languages():
    every = CRISIS_KINDS + MISSED_BY_THE_NET
    categories = {category for category, _, _ in every}
    assert len(categories) >= 10
    for category in categories:
        assert {lang for c, lang, _ in every if c == category} == {"da", "en"}, category
    assert len({category for category, _, _ in CRISIS_KINDS}) >= 8
    everyday = HARMLESS_KINDS + HARMLESS_NET_ALARMS
    kinds = {kind for kind, _, _ in everyday}
    assert len(kinds) >= 10
    for kind in kinds:
        assert {lang for k, lang, _ in everyday if k == kind} == {"da", "en"}, kind
    assert len({kind for kind, _, _ in HARMLESS_KINDS}) >= 8


def test_the_eleventh_set_is_trained_on_and_the_twelfth_never():
    assert crisis_eval.FRESH11 in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH11 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(crisis_eval.FRESH11, "x").endswith("(net trained on it)")
    assert UNSEEN in crisis_model.NEVER_TRAIN
    assert UNSEEN not in crisis_model.BENCH_TRAINING
    assert crisis_eval.set_note(UNSEEN, "x") == "x"
    files = {r[3] for r in crisis_model.training_rows()}
    assert {"crisis_fresh11", "crisis_training_12"} <= files
    # Round 12's set is trained on since the thirteenth round (test_crisis_model_round13.py),
    # round 13's since the fourteenth, round 14's since the fifteenth; round 21's never.
    assert "crisis_fresh21" not in files


def test_round_elevens_descriptions_and_turns_are_everyday_negatives_and_round_twelves_never():
    descriptions = [path.name for path in crisis_model.EVERYDAY_DESCRIPTIONS]
    conversations = [path.name for path in crisis_model.SEEN_CONVERSATIONS]
    assert "understanding_heldout11.yml" in descriptions
    assert "conversations_fresh8.yml" in conversations
    # Round 12's pair is seen since the thirteenth round (test_crisis_model_round13.py);
    # round 13's since the fourteenth, round 14's since the fifteenth, round 15's since the
    # sixteenth, round 16's since the seventeenth, round 17's since the eighteenth, round 18's
    # since the nineteenth, round 19's since the twentieth, round 20's since the twenty-first;
    # round 21's is never read.
    assert "understanding_heldout21.yml" not in descriptions
    assert "conversations_fresh18.yml" not in conversations
    files = {row[3] for row in crisis_model.everyday_rows()}
    assert {"understanding_heldout11", "conversations_fresh8"} <= files
    assert not {"understanding_heldout21", "conversations_fresh18"} & files


def test_the_twelfth_file_is_large_danish_first_and_by_kind_in_both_languages():
    data = yaml.safe_load(crisis_model.TRAINING_12_FILE.read_text(encoding="utf-8"))
    for part in ("crisis", "harmless"):
        assert len(data[part]) >= 12, part
        for kind, langs in data[part].items():
            # Danish first in every kind.
            assert list(langs) == ["da", "en"], (part, kind)
            assert all(isinstance(line, str) for lines in langs.values() for line in lines)
    rows = [r for r in crisis_model.training_rows() if r[3] == "crisis_training_12"]
    assert sum(r[1] for r in rows) >= 200
    assert sum(not r[1] for r in rows) >= 200
    for kind in ("gone_for_good_indirect", "farewell_last", "unsafe_home_now", "despair_too_late"):
        assert kind in data["crisis"], kind
    for kind in ("danger_denied_in_hardship", "violence_over_and_safe", "pets_and_animals"):
        assert kind in data["harmless"], kind


def test_the_threshold_is_still_the_one_chosen_by_leave_one_set_out():
    # Re-checked on the twelfth round's folds (crisis_model's docstring, "Twelfth round").
    assert crisis_model.THRESHOLD == THRESHOLD_CHOSEN


def seen_lines_with(previous, fresh: Path, sets) -> tuple[str, ...]:
    """The seen lines of the round before, plus a newly seen crisis set and the training sets
    its round added: what a later round's own lines must not copy."""
    lines = list(previous)
    crisis_msgs, harmless_msgs = crisis_eval._labelled(fresh)
    lines += [m for _, _, m in crisis_msgs + harmless_msgs]
    for path in sets:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lines += [t for t in crisis_model._leaves(data) if isinstance(t, str)]
    return tuple(lines)


@functools.cache
def _seen_lines_round12() -> tuple[str, ...]:
    # Read once per worker: the three tests below share it (~10 s of YAML each time).
    return seen_lines_with(_seen_lines_round11(), crisis_eval.FRESH11, ROUND11_SETS)


def test_round_eleven_sets_are_read():
    assert len(_seen_lines_round12()) > len(_seen_lines_round11()) + 1_000


def test_no_line_here_equals_or_nearly_equals_a_training_or_seen_line():
    every = CRISIS_KINDS + MISSED_BY_THE_NET + HARMLESS_KINDS + HARMLESS_NET_ALARMS
    ours = [message for _, _, message in every]
    others = [*training_lines_but_later_writers(), *_seen_lines_round12()]
    assert _near_lines(ours, others) == []
    # The check can fail: a line of the twelfth file with one word more is found.
    sample = crisis_model._leaves(
        yaml.safe_load(crisis_model.TRAINING_12_FILE.read_text(encoding="utf-8"))
    )[3]
    assert _near_lines([sample + " nu", "zebra kvant xylofon"], others) == [sample + " nu"]


def test_the_twelfth_training_file_copies_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_12_FILE, list(_seen_lines_round12())) == 0
