"""The crisis net, thirteenth round (issue 10): the kinds round 12 showed the net missing, told in
new ways, and everyday messages with the same hard words. The lines of crisis_net_round13.yml
were written for these tests by kind, after bot/data/crisis_training_13.yml and in other words
than any of its lines or any seen set's line, Danish first (texted, without æøå), then English.

The eleventh round's parametrised tests (test_crisis_model_round11.py) assert its `crisis` part
(net and layer flag each line) and its `harmless` part (below THRESHOLD); `missed` and
`harmless_net_alarms` are kept for the record. Here: the kinds and both languages, round 12's
crisis set trained on (and the bench says so) and round 13's never, round 12's descriptions and
conversation turns as everyday negatives (less what tells a danger) and round 13's never, the
thirteenth file's size and kinds, and no line here or in the file equal or near a training
line or a seen set's line (round 12's sets included). The helpers are the earlier rounds'."""

from __future__ import annotations

import functools
import statistics

import pytest
import yaml

from bench import crisis_eval
from portal.chat import crisis_model
from tests.chat.test_crisis_model_round9 import UNSEEN, _copied_count, _near_lines
from tests.chat.test_crisis_model_round10 import DATA
from tests.chat.test_crisis_model_round11 import (
    THRESHOLD_CHOSEN,
    _round13,
    _round14,
    _round15,
    _round16,
    _round17,
    _round18,
    _round19,
    _round20,
    _round21,
)
from tests.chat.test_crisis_model_round12 import _seen_lines_round12, seen_lines_with

# Round 12's sets, seen since the thirteenth round began (round 13's are never read here).
ROUND12_SETS = [
    DATA / "intent_heldout_fresh11.yml",
    DATA / "understanding_heldout12.yml",
    DATA / "conversations_fresh9.yml",
]

CRISIS_KINDS = _round13("crisis")
MISSED_BY_THE_NET = _round13("missed")
HARMLESS_KINDS = _round13("harmless")
HARMLESS_NET_ALARMS = _round13("harmless_net_alarms")


def _by_kind(path, crisis_kinds: int, harmless_kinds: int) -> dict:
    """A round's training file: at least so many kinds of crisis and of harmless lines, each
    kind in both languages, Danish first."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for part, kinds in (("crisis", crisis_kinds), ("harmless", harmless_kinds)):
        assert len(data[part]) >= kinds, part
        for kind, langs in data[part].items():
            assert list(langs) == ["da", "en"], (part, kind)
    return data


def test_each_kind_in_both_languages():
    every = CRISIS_KINDS + MISSED_BY_THE_NET
    categories = {category for category, _, _ in every}
    assert len(categories) >= 10
    for category in categories:
        assert {lang for c, lang, _ in every if c == category} == {"da", "en"}, category
    assert len({category for category, _, _ in CRISIS_KINDS}) >= 8
    everyday = HARMLESS_KINDS + HARMLESS_NET_ALARMS
    kinds = {kind for kind, _, _ in everyday}
    assert len(kinds) >= 8
    for kind in kinds:
        assert {lang for k, lang, _ in everyday if k == kind} == {"da", "en"}, kind


def test_the_twelfth_set_is_trained_on_and_the_thirteenth_never():
    assert crisis_eval.FRESH12 in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH12 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(crisis_eval.FRESH12, "x").endswith("(net trained on it)")
    assert UNSEEN in crisis_model.NEVER_TRAIN
    assert UNSEEN not in crisis_model.BENCH_TRAINING
    files = {r[3] for r in crisis_model.training_rows()}
    assert {"crisis_fresh12", "crisis_training_13"} <= files
    # Round 13's set is trained on since the fourteenth round, round 14's since the fifteenth;
    # round 21's never.
    assert "crisis_fresh21" not in files


def test_round_twelves_descriptions_and_turns_are_everyday_negatives_and_round_thirteens_never():
    descriptions = [path.name for path in crisis_model.EVERYDAY_DESCRIPTIONS]
    conversations = [path.name for path in crisis_model.SEEN_CONVERSATIONS]
    assert "understanding_heldout12.yml" in descriptions
    assert "conversations_fresh9.yml" in conversations
    # Round 13's pair is seen since the fourteenth round, round 14's since the fifteenth,
    # round 15's since the sixteenth, round 16's since the seventeenth, round 17's since the
    # eighteenth, round 18's since the nineteenth, round 19's since the twentieth, round 20's
    # since the twenty-first; round 21's is never read.
    assert "understanding_heldout21.yml" not in descriptions
    assert "conversations_fresh18.yml" not in conversations
    rows = crisis_model.everyday_rows()
    files = {row[3] for row in rows}
    assert {"understanding_heldout12", "conversations_fresh9"} <= files
    assert not {"understanding_heldout21", "conversations_fresh18"} & files
    # Read by eye: the one description the rules flag (a shelter told as over) stays out, and
    # the three conversations that tell a danger give no line.
    assert ("understanding_heldout12", 57) in crisis_model.EVERYDAY_LEFT_OUT
    danger = [
        c
        for c in crisis_model._load(DATA / "conversations_fresh9.yml")["conversations"]
        if crisis_model._tells_danger(c)
    ]
    assert len(danger) == 3
    kept = {crisis_model._key(row[0]) for row in rows if row[3] == "conversations_fresh9"}
    assert not kept & {crisis_model._key(t) for c in danger for t in c["turns"] if len(t) > 30}


def test_the_thirteenth_file_is_large_danish_first_and_by_kind_in_both_languages():
    data = yaml.safe_load(crisis_model.TRAINING_13_FILE.read_text(encoding="utf-8"))
    for part in ("crisis", "harmless"):
        assert len(data[part]) >= 14, part
        for kind, langs in data[part].items():
            assert list(langs) == ["da", "en"], (part, kind)
            assert all(isinstance(line, str) for lines in langs.values() for line in lines)
    rows = [r for r in crisis_model.training_rows() if r[3] == "crisis_training_13"]
    assert sum(r[1] for r in rows) >= 250
    assert sum(not r[1] for r in rows) >= 150
    for kind in ("affairs_in_order_farewell", "gone_soon_indirect", "stalking_signs"):
        assert kind in data["crisis"], kind
    for kind in ("sexual_coercion", "answer_then_signal", "medical_now"):
        assert kind in data["crisis"], kind
    for kind in ("lonely_unseen", "crime_in_the_news", "trackers_everyday"):
        assert kind in data["harmless"], kind


def test_the_threshold_is_still_the_one_chosen_by_leave_one_set_out():
    # Re-checked on the thirteenth round's folds (crisis_model's docstring, "Thirteenth round").
    assert crisis_model.THRESHOLD == THRESHOLD_CHOSEN


@functools.cache
def _seen_lines_round13() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round12(), crisis_eval.FRESH12, ROUND12_SETS)


def test_round_twelve_sets_are_read():
    assert len(_seen_lines_round13()) > len(_seen_lines_round12()) + 1_000


def test_no_line_here_equals_or_nearly_equals_a_training_or_seen_line():
    every = CRISIS_KINDS + MISSED_BY_THE_NET + HARMLESS_KINDS + HARMLESS_NET_ALARMS
    ours = [message for _, _, message in every]
    others = [*crisis_model.training_data(everyday=True)[0], *_seen_lines_round13()]
    assert _near_lines(ours, others) == []


def test_the_thirteenth_training_file_copies_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_13_FILE, list(_seen_lines_round13())) == 0


# -- the fourteenth round (issue 10): round 13's sets are seen and trained on, round 14's never;
# crisis_training_14.yml and the crowd file are training data, crisis_net_round14.yml test data.
ROUND13_SETS = [
    DATA / "intent_heldout_fresh12.yml",
    DATA / "understanding_heldout13.yml",
    DATA / "conversations_fresh10.yml",
]
ROUND14 = [_round14(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


def test_round_thirteen_is_trained_on_and_round_fourteen_never():
    assert crisis_eval.FRESH13 in crisis_model.BENCH_TRAINING
    assert crisis_eval.set_note(crisis_eval.FRESH13, "x").endswith("(net trained on it)")
    assert UNSEEN in crisis_model.NEVER_TRAIN
    files = {r[3] for r in crisis_model.training_rows()}
    assert {"crisis_fresh13", "crisis_training_14", "crisis_crowd14"} <= files
    everyday = {r[3] for r in crisis_model.everyday_rows()}
    assert {"understanding_heldout13", "conversations_fresh10"} <= everyday
    # Read by eye: the two descriptions and the turn the rules flag stay out.
    assert ("understanding_heldout13", 34) in crisis_model.EVERYDAY_LEFT_OUT
    danger = [
        c
        for c in crisis_model._load(DATA / "conversations_fresh10.yml")["conversations"]
        if crisis_model._tells_danger(c)
    ]
    assert len(danger) == 3


# Each seen round N from 14 on: crisis_freshN trained on, its round's descriptions
# (understanding_heldoutN) and conversations (conversations_fresh{N-3}) everyday negatives.
# Read by eye in the next round: what of them the rules flag and tells no everyday harm is
# left out by index (below, exactly these), and the three conversations that tell a danger
# are left out whole, so they give no line.
SEEN_ROUNDS = [
    # Fifteenth round: despair beside the chores (three descriptions), a husband who gives
    # up on his phone (a turn).
    (14, {("understanding_heldout14", i) for i in (38, 46, 72)}
     | {("conversations_fresh11", "mand-gigt-hjaelpemidler", 0)}),
    (15, set()),  # sixteenth round: the rules flag nothing outside the danger conversations
    (16, {("understanding_heldout16", 93)}),  # seventeenth: an ex's threats by text
    (17, set()),
    (18, set()),
    # Twentieth: a daughter who cuts herself (the rules flag it), "everything is just too much".
    (19, {("understanding_heldout19", 42), ("understanding_heldout19", 112)}),
    # Twenty-first: the three descriptions the rules flag (an eating disorder one fears for, a
    # 17-year-old thrown out, a husband "struggling" beside a wife who "can't do it anymore").
    (20, {("understanding_heldout20", i) for i in (21, 34, 76)}),
]  # fmt: skip


@pytest.mark.parametrize(("n", "left_out"), SEEN_ROUNDS)
def test_a_seen_round_is_trained_on_with_its_everyday_sets(n, left_out):
    fresh = getattr(crisis_eval, f"FRESH{n}")
    sets = {f"understanding_heldout{n}", f"conversations_fresh{n - 3}"}
    assert fresh in crisis_model.BENCH_TRAINING
    assert fresh not in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(fresh, "x").endswith("(net trained on it)")
    assert f"crisis_fresh{n}" in {r[3] for r in crisis_model.training_rows()}
    everyday = crisis_model.everyday_rows()
    assert sets <= {r[3] for r in everyday}
    assert {key for key in crisis_model.EVERYDAY_LEFT_OUT if key[0] in sets} == left_out
    conversations = f"conversations_fresh{n - 3}"
    danger = [
        c
        for c in crisis_model._load(DATA / f"{conversations}.yml")["conversations"]
        if crisis_model._tells_danger(c)
    ]
    assert len(danger) == 3
    kept = {crisis_model._key(r[0]) for r in everyday if r[3] == conversations}
    assert not kept & {crisis_model._key(t) for c in danger for t in c["turns"] if len(t) > 30}


def test_the_fourteenth_file_is_by_kind_in_both_languages_danish_first():
    data = _by_kind(crisis_model.TRAINING_14_FILE, 14, 8)
    assert sum(len(lines) for langs in data["crisis"].values() for lines in langs.values()) >= 150
    # Only its everyday lines are trained on (crisis_model.HARMLESS_ONLY: the folds).
    rows = [r for r in crisis_model.training_rows() if r[3] == "crisis_training_14"]
    assert not any(r[1] for r in rows)
    assert len(rows) >= 80
    for kind in ("means_known_quietly", "texted_death_wish", "swallowed_now"):
        assert kind in data["crisis"], kind
    for kind in ("danger_told_as_over", "games_and_stories_death", "asking_how_to_help_someone"):
        assert kind in data["harmless"], kind
    # The round's test lines: every kind in both languages (crisis with missed, harmless with
    # its alarms).
    for lines in (ROUND14[0] + ROUND14[1], ROUND14[2] + ROUND14[3]):
        for kind in {k for k, _, _ in lines}:
            assert {lang for k, lang, _ in lines if k == kind} == {"da", "en"}, kind


# Crisis sets and crowd files written blind after the fourteenth round's test lines: their
# writers read neither these lines nor the data, so a line near one of theirs is a chance overlap
# of two writers, not a copy (crisis_crowd16: 'nej. jeg har bare ik lyst til at leve').
LATER_THAN_ROUND14 = ("crisis_fresh15", "crisis_crowd16")


def training_lines_but(later: tuple[str, ...]) -> list[str]:
    rows = crisis_model.training_rows() + crisis_model.everyday_rows()
    return [row[0] for row in rows if row[3] not in later]


@functools.cache
def _seen_lines_round14() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round13(), crisis_eval.FRESH13, ROUND13_SETS)


def test_the_fourteenth_file_and_test_lines_copy_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_14_FILE, list(_seen_lines_round14())) == 0
    ours = [message for lines in ROUND14 for _, _, message in lines]
    others = [*training_lines_but(LATER_THAN_ROUND14), *_seen_lines_round14()]
    assert _near_lines(ours, others) == []


# -- the fifteenth round (issue 10): round 14's sets are seen and trained on, round 15's never;
# crisis_training_15.yml and the crowd file crisis_crowd15.yml are trained on whole.
ROUND14_SETS = [
    DATA / "intent_heldout_fresh13.yml",
    DATA / "understanding_heldout14.yml",
    DATA / "conversations_fresh11.yml",
]
ROUND15 = [_round15(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


def test_the_fifteenth_file_and_the_crowd_file_are_trained_on_whole():
    _by_kind(crisis_model.TRAINING_15_FILE, 10, 8)
    rows = crisis_model.training_rows()
    files = {(r[3], r[1]) for r in rows}
    for name in ("crisis_training_15", "crisis_crowd15"):
        assert {(name, 0), (name, 1)} <= files, name
    assert crisis_model.TRAINING_15_FILE not in crisis_model.HARMLESS_ONLY
    # The crowd file's two denied crisis words are concern (the project's convention).
    crowd = yaml.safe_load(crisis_model.CROWD_15_FILE.read_text(encoding="utf-8"))
    assert set(crowd["crisis"]["denied_crisis_word"]) == {"da", "en"}
    # The round's test lines: every kind in both languages (crisis with missed, harmless).
    for lines in (ROUND15[0] + ROUND15[1], ROUND15[2] + ROUND15[3]):
        for kind in {k for k, _, _ in lines}:
            assert {lang for k, lang, _ in lines if k == kind} == {"da", "en"}, kind


@functools.cache
def _seen_lines_round15() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round14(), crisis_eval.FRESH14, ROUND14_SETS)


def test_the_fifteenth_file_and_test_lines_copy_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_15_FILE, list(_seen_lines_round15())) == 0
    ours = [message for lines in ROUND15 for _, _, message in lines]
    own = {
        crisis_model._key(t)
        for t in crisis_model._leaves(
            yaml.safe_load(crisis_model.TRAINING_15_FILE.read_text(encoding="utf-8"))
        )
    }
    others = [*crisis_model.training_data(everyday=True)[0], *_seen_lines_round15()]
    assert _near_lines(ours, others) == []
    assert not {crisis_model._key(m) for m in ours} & own


# -- the sixteenth round (issue 10): round 15's sets are seen and trained on, round 16's never;
# crisis_training_16.yml and the crowd file crisis_crowd16.yml are trained on, crisis lines
# weighted by writer.
ROUND15_SETS = [
    DATA / "intent_heldout_fresh14.yml",
    DATA / "understanding_heldout15.yml",
    DATA / "conversations_fresh12.yml",
]
ROUND16 = [_round16(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


def test_the_sixteenth_file_is_by_kind_in_both_languages_and_trained_on():
    _by_kind(crisis_model.TRAINING_16_FILE, 8, 8)
    files = {(r[3], r[1]) for r in crisis_model.training_rows()}
    assert ("crisis_training_16", 0) in files
    # The round's test lines: every kind in both languages (crisis with missed, harmless).
    for lines in (ROUND16[0] + ROUND16[1], ROUND16[2] + ROUND16[3]):
        for kind in {k for k, _, _ in lines}:
            assert {lang for k, lang, _ in lines if k == kind} == {"da", "en"}, kind


def test_crisis_lines_are_weighted_by_writer():
    labels, files = [1, 1, 1, 1, 1, 0, 1], ["big", "big", "big", "big", "small", "big", "nlu"]
    big, *_, small, everyday, nlu = crisis_model.writer_scale(labels, files)
    assert big < 1 < small
    assert everyday == nlu == 1.0
    # On the training data: the largest writer (crisis_training_more.yml, about four times the
    # median writer's lines) holds less than 2.5 times the median writer's crisis weight.
    rows = crisis_model.training_rows()
    labels, files = [r[1] for r in rows], [r[3] for r in rows]
    weight: dict[str, float] = {}
    for label, file, factor in zip(
        labels, files, crisis_model.writer_scale(labels, files), strict=True
    ):
        if label:
            weight[file] = weight.get(file, 0.0) + factor
    assert max(weight.values()) < 2.5 * statistics.median(weight.values())
    more = crisis_model.writer_scale([1] * 2, ["crisis_training_more", "x"])
    assert more[0] == more[1] == 1.0  # two writers of one line each weigh the same


@functools.cache
def _seen_lines_round16() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round15(), crisis_eval.FRESH15, ROUND15_SETS)


def test_the_sixteenth_file_and_test_lines_copy_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_16_FILE, list(_seen_lines_round16())) == 0
    ours = [message for lines in ROUND16 for _, _, message in lines]
    own = crisis_model._leaves(
        yaml.safe_load(crisis_model.TRAINING_16_FILE.read_text(encoding="utf-8"))
    )
    others = [*crisis_model.training_data(everyday=True)[0], *_seen_lines_round16(), *own]
    assert _near_lines(ours, others) == []


# -- the seventeenth round: leave one round out as shared bench machinery (bench/crisis_folds.py).
def test_the_round_folds_hold_each_round_together_and_never_an_unseen_set():
    from bench.crisis_folds import round_folds

    folds = {fold["name"]: fold for fold in round_folds()}
    assert list(folds)[: len(crisis_model.BENCH_TRAINING)] == [
        path.stem for path in crisis_model.BENCH_TRAINING
    ]
    assert folds["crisis_fresh16"]["files"] == {
        "crisis_fresh16",
        "understanding_heldout16",
        "conversations_fresh13",
    }
    assert folds["crisis_fresh16"]["intent"] == DATA / "intent_heldout_fresh15.yml"
    assert folds["crisis_fresh3"]["files"] == {
        "crisis_fresh3",
        "understanding_heldout3",
        "conversations",
    }
    assert folds["crisis_heldout"]["intent"] is None
    assert {"crisis_crowd14", "crisis_crowd15", "crisis_crowd16", "crisis_crowd17"} <= set(folds)
    assert {"crisis_crowd18", "crisis_crowd19"} <= set(folds)
    named = {name for fold in folds.values() for name in fold["files"]}
    named |= {fold["intent"].stem for fold in folds.values() if fold["intent"]}
    assert not named & {path.stem for path in crisis_model.NEVER_TRAIN}
    assert not named & {"understanding_heldout21", "conversations_fresh18"}
    assert "intent_heldout_fresh20" not in named
    # Round 17 is a fold of its own since the eighteenth round.
    assert folds["crisis_fresh17"]["files"] == {
        "crisis_fresh17",
        "understanding_heldout17",
        "conversations_fresh14",
    }
    assert folds["crisis_fresh17"]["intent"] == DATA / "intent_heldout_fresh16.yml"
    # Round 18 is a fold of its own since the nineteenth round.
    assert folds["crisis_fresh18"]["files"] == {
        "crisis_fresh18",
        "understanding_heldout18",
        "conversations_fresh15",
    }
    assert folds["crisis_fresh18"]["intent"] == DATA / "intent_heldout_fresh17.yml"
    # Round 19 is a fold of its own since the twentieth round.
    assert folds["crisis_fresh19"]["files"] == {
        "crisis_fresh19",
        "understanding_heldout19",
        "conversations_fresh16",
    }
    assert folds["crisis_fresh19"]["intent"] == DATA / "intent_heldout_fresh18.yml"
    # Round 20 is a fold of its own since the twenty-first round.
    assert folds["crisis_fresh20"]["files"] == {
        "crisis_fresh20",
        "understanding_heldout20",
        "conversations_fresh17",
    }
    assert folds["crisis_fresh20"]["intent"] == DATA / "intent_heldout_fresh19.yml"


# -- the seventeenth round: round 16's sets are seen and trained on; crisis_training_17.yml's
# everyday half is trained on (its crisis half lost to it alone at matched alarms, the folds).
ROUND16_SETS = [
    DATA / "intent_heldout_fresh15.yml",
    DATA / "understanding_heldout16.yml",
    DATA / "conversations_fresh13.yml",
]
ROUND17 = [_round17(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


def test_the_seventeenth_file_is_by_kind_in_both_languages_and_its_everyday_half_trained_on():
    _by_kind(crisis_model.TRAINING_17_FILE, 10, 8)
    files = {(r[3], r[1]) for r in crisis_model.training_rows()}
    assert ("crisis_training_17", 0) in files
    assert ("crisis_training_17", 1) not in files
    assert {("crisis_crowd17", 1), ("crisis_crowd17", 0)} <= files
    assert crisis_model.TRAINING_17_FILE in crisis_model.HARMLESS_ONLY
    # The round's test lines: every kind in both languages (crisis with missed, harmless).
    for lines in (ROUND17[0] + ROUND17[1], ROUND17[2] + ROUND17[3]):
        for kind in {k for k, _, _ in lines}:
            assert {lang for k, lang, _ in lines if k == kind} == {"da", "en"}, kind


@functools.cache
def _seen_lines_round17() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round16(), crisis_eval.FRESH16, ROUND16_SETS)


def test_the_seventeenth_file_and_test_lines_copy_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_17_FILE, list(_seen_lines_round17())) == 0
    ours = [message for lines in ROUND17 for _, _, message in lines]
    own = crisis_model._leaves(
        yaml.safe_load(crisis_model.TRAINING_17_FILE.read_text(encoding="utf-8"))
    )
    others = [*crisis_model.training_data(everyday=True)[0], *_seen_lines_round17(), *own]
    assert _near_lines(ours, others) == []


# -- the eighteenth round: round 17's sets are seen and trained on; crisis_training_18.yml.
ROUND17_SETS = [
    DATA / "intent_heldout_fresh16.yml",
    DATA / "understanding_heldout17.yml",
    DATA / "conversations_fresh14.yml",
]
ROUND18 = [_round18(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


def test_the_eighteenth_file_is_by_kind_in_both_languages_and_trained_on():
    _by_kind(crisis_model.TRAINING_18_FILE, 10, 8)
    files = {(r[3], r[1]) for r in crisis_model.training_rows()}
    # Trained on whole (the folds: its crisis half above its everyday half alone).
    assert {("crisis_training_18", 0), ("crisis_training_18", 1)} <= files
    assert crisis_model.TRAINING_18_FILE not in crisis_model.HARMLESS_ONLY
    assert {("crisis_crowd18", 1), ("crisis_crowd18", 0)} <= files
    # The round's test lines: every kind in both languages (crisis with missed, harmless).
    for lines in (ROUND18[0] + ROUND18[1], ROUND18[2] + ROUND18[3]):
        for kind in {k for k, _, _ in lines}:
            assert {lang for k, lang, _ in lines if k == kind} == {"da", "en"}, kind


@functools.cache
def _seen_lines_round18() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round17(), crisis_eval.FRESH17, ROUND17_SETS)


def test_the_eighteenth_file_and_test_lines_copy_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_18_FILE, list(_seen_lines_round18())) == 0
    ours = [message for lines in ROUND18 for _, _, message in lines]
    own = crisis_model._leaves(
        yaml.safe_load(crisis_model.TRAINING_18_FILE.read_text(encoding="utf-8"))
    )
    others = [*crisis_model.training_data(everyday=True)[0], *_seen_lines_round18(), *own]
    assert _near_lines(ours, others) == []


# -- the nineteenth round: round 18's sets are seen and trained on; crisis_training_19.yml; the
# crowd file crisis_crowd19.yml; close persons and violent acts as classes in the third block.
ROUND18_SETS = [
    DATA / "intent_heldout_fresh17.yml",
    DATA / "understanding_heldout18.yml",
    DATA / "conversations_fresh15.yml",
]
ROUND19 = [_round19(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


def test_the_nineteenth_file_is_by_kind_in_both_languages_and_the_crowd_file_trained_on():
    _by_kind(crisis_model.TRAINING_19_FILE, 10, 8)
    files = {(r[3], r[1]) for r in crisis_model.training_rows()}
    assert ("crisis_training_19", 0) in files
    assert {("crisis_crowd19", 1), ("crisis_crowd19", 0)} <= files
    # The round's test lines: every kind in both languages (crisis with missed, harmless).
    for lines in (ROUND19[0] + ROUND19[1], ROUND19[2] + ROUND19[3]):
        for kind in {k for k, _, _ in lines}:
            assert {lang for k, lang, _ in lines if k == kind} == {"da", "en"}, kind


def test_close_persons_and_violent_acts_are_one_class_each():
    # Whatever person or act a writer names, the third block reads one shape.
    for text in ("my fella shoved me", "my stepdad kicked me", "min kareste slog mig"):
        assert crisis_model.word_classes(crisis_model.fold(text)).split()[-2:] in (
            ["xakt", "me"],
            ["xakt", "mig"],
        )
        assert "xper" in crisis_model.word_classes(crisis_model.fold(text))
    assert crisis_model.word_classes("til jul") == crisis_model.time_classes("til jul")


@functools.cache
def _seen_lines_round19() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round18(), crisis_eval.FRESH18, ROUND18_SETS)


def test_the_nineteenth_file_and_test_lines_copy_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_19_FILE, list(_seen_lines_round19())) == 0
    ours = [message for lines in ROUND19 for _, _, message in lines]
    own = crisis_model._leaves(
        yaml.safe_load(crisis_model.TRAINING_19_FILE.read_text(encoding="utf-8"))
    )
    # Not crisis_fresh19 nor crisis_crowd20 (trained on since the twentieth round): written
    # blind after these lines, a line near one of theirs is a chance overlap of two writers
    # (round 19: a burden whose wife would be free without him).
    later = {"crisis_fresh19", "crisis_crowd20"}
    rows = crisis_model.training_rows() + crisis_model.everyday_rows()
    training = [row[0] for row in rows if row[3] not in later]
    others = [*training, *_seen_lines_round19(), *own]
    assert _near_lines(ours, others) == []


# -- the twentieth round: round 19's sets are seen and trained on; crisis_training_20.yml.
ROUND19_SETS = [
    DATA / "intent_heldout_fresh18.yml",
    DATA / "understanding_heldout19.yml",
    DATA / "conversations_fresh16.yml",
]
ROUND20 = [_round20(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


@functools.cache
def _seen_lines_round20() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round19(), crisis_eval.FRESH19, ROUND19_SETS)


# -- the twenty-first round: round 20's sets are seen and trained on; crisis_training_21.yml.
ROUND20_SETS = [
    DATA / "intent_heldout_fresh19.yml",
    DATA / "understanding_heldout20.yml",
    DATA / "conversations_fresh17.yml",
]
ROUND21 = [_round21(part) for part in ("crisis", "missed", "harmless", "harmless_net_alarms")]


@functools.cache
def _seen_lines_round21() -> tuple[str, ...]:
    return seen_lines_with(_seen_lines_round20(), crisis_eval.FRESH20, ROUND20_SETS)


# Rounds 20 and 21 wrote the same two checks: their training file, kinds and crowd fold, and
# no copy of a line seen by then.
LATER_ROUNDS = {
    20: (crisis_model.TRAINING_20_FILE, (10, 8), "crisis_crowd20", ROUND20, _seen_lines_round20),
    21: (crisis_model.TRAINING_21_FILE, (5, 5), "crisis_crowd21", ROUND21, _seen_lines_round21),
}


@pytest.mark.parametrize("round_no", sorted(LATER_ROUNDS))
def test_the_rounds_file_is_by_kind_in_both_languages_with_english_at_least_half(round_no):
    path, least_kinds, crowd_name, lines, _ = LATER_ROUNDS[round_no]
    data = _by_kind(path, *least_kinds)
    for part in ("crisis", "harmless"):
        counts = {
            lang: sum(len(langs[lang]) for langs in data[part].values()) for lang in ("da", "en")
        }
        assert counts["en"] >= counts["da"], part
    files = {(r[3], r[1]) for r in crisis_model.training_rows()}
    # Only its everyday half is trained on (crisis_model.HARMLESS_ONLY: the folds).
    assert (path.stem, 0) in files
    assert (path.stem, 1) not in files
    assert path in crisis_model.HARMLESS_ONLY
    # The round's crowd file is trained on and is a fold of its own.
    assert {(crowd_name, 1), (crowd_name, 0)} <= files
    from bench.crisis_folds import round_folds

    crowd = {fold["name"]: fold for fold in round_folds()}[crowd_name]
    assert crowd["files"] == {crowd_name}
    assert crowd["intent"] is None
    # The round's test lines: every kind in both languages (crisis with missed, harmless).
    for group in (lines[0] + lines[1], lines[2] + lines[3]):
        for kind in {k for k, _, _ in group}:
            assert {lang for k, lang, _ in group if k == kind} == {"da", "en"}, kind


@pytest.mark.parametrize("round_no", sorted(LATER_ROUNDS))
def test_the_rounds_file_and_test_lines_copy_no_seen_line(round_no):
    path, _, _, lines, seen_lines = LATER_ROUNDS[round_no]
    assert _copied_count(path, list(seen_lines())) == 0
    ours = [message for group in lines for _, _, message in group]
    own = crisis_model._leaves(yaml.safe_load(path.read_text(encoding="utf-8")))
    others = [*crisis_model.training_data(everyday=True)[0], *seen_lines(), *own]
    assert _near_lines(ours, others) == []
