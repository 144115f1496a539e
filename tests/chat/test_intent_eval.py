"""The intent evaluation (bench/intent_eval.py) as tests: the held-out set stays apart from
the training data, accuracy stays above the floor in both languages, and the training data
never teach the classifier that despair means goodbye."""

import pytest

from bench.intent_eval import (
    HELDOUT,
    HELDOUT_FRESH,
    HELDOUT_FRESH2,
    HELDOUT_FRESH3,
    HELDOUT_FRESH4,
    HELDOUT_FRESH5,
    HELDOUT_FRESH6,
    HELDOUT_FRESH7,
    HELDOUT_FRESH8,
    HELDOUT_FRESH9,
    HELDOUT_FRESH10,
    HELDOUT_FRESH11,
    HELDOUT_FRESH12,
    HELDOUT_FRESH13,
    HELDOUT_FRESH14,
    HELDOUT_FRESH15,
    HELDOUT_FRESH16,
    HELDOUT_FRESH17,
    HELDOUT_FRESH18,
    HELDOUT_FRESH19,
    HELDOUT_FRESH20,
    HELDOUT_SETS,
    QUIET_SETS,
    cross_validate,
    evaluate,
    line_key,
    read_heldout,
)
from portal import model_cache
from portal.chat import nlu
from portal.chat.nlu import read_examples

# Issue 10's target is 95 % per language; the floor sits at what the data carry today
# (da 95.9 %, en 93.3 % on this set, 95.2 % cross-validation) minus a margin for the
# spread between training-data generation seeds (±1.5 points), and only ever goes up.
FLOOR = 0.92
# The fresh set (written before reading the training data; its errors were studied, never
# copied into training lines): da 96.3 %, en 96.9 %; its floor too only goes up.
FRESH_FLOOR = 0.94
CV_FLOOR = 0.94
# fresh2, the unseen stand-in for the outside check: da 91.8 %, en 91.4 % when first
# measured after the data passes; the floor keeps a seed's spread below that.
FRESH2_FLOOR = 0.89
DESPAIR = (
    "kan ikke mere",
    "orker ikke",
    "gider ikke leve",
    "vil dø",
    "giver op",
    "ingen mening",
    "can't go on",
    "cant go on",
    "cannot go on",
    "give up",
    "no point",
    "want to die",
    "end it",
)


def _shared_with_training(path) -> tuple[int, int]:
    training = {line_key(text) for text, _ in read_examples()}
    heldout = read_heldout(path)
    messages = [m for lang in heldout.values() for ms in lang.values() for m in ms]
    return sum(line_key(m) in training for m in messages), len(messages)


@pytest.mark.parametrize("name", sorted(QUIET_SETS))
def test_the_unseen_set_is_not_training_data(name):
    # A count, not the lines: the stand-in set's lines must not reach whoever tunes.
    shared, _total = _shared_with_training(HELDOUT_SETS[name])
    assert shared == 0, f"{shared} lines of {name} are in nlu.yml"


@pytest.mark.parametrize("name", sorted(QUIET_SETS))
def test_the_unseen_set_shares_no_line_with_an_earlier_set(name):
    # Written blind after the others: a line equal to one of theirs (line_key) was dropped.
    # A count, not the lines.
    def keys(path):
        heldout = read_heldout(path)
        return {line_key(m) for lang in heldout.values() for ms in lang.values() for m in ms}

    earlier = set().union(*(keys(p) for n, p in HELDOUT_SETS.items() if n not in QUIET_SETS))
    shared = len(keys(HELDOUT_SETS[name]) & earlier)
    assert shared == 0, f"{shared} lines of {name} are in an earlier held-out set"


# fresh9 became seen when fresh10 was wired in (round 11) and is folded since
# (build_nlu.py FOLDED, the twelfth intent pass); fresh10 became seen when fresh11 was wired
# in (round 12) and is folded since the thirteenth pass; fresh11 became seen when fresh12 was
# wired in (round 13) and is folded since the fourteenth pass; fresh12 became seen when
# fresh13 was wired in (round 14) and is folded since the sixteenth pass; fresh13 became seen
# when fresh14 was wired in (round 15) and is folded since the seventeenth pass; fresh14 became
# seen when fresh15 was wired in (round 16) and is folded since the eighteenth pass; fresh15
# became seen when fresh16 was wired in (round 17) and is folded since the twentieth pass;
# fresh16 became seen when fresh17 was wired in (round 18) and is folded since the twenty-first
# pass; fresh17 became seen when fresh18 was wired in (round 19) and is folded since the
# twenty-second pass; fresh18 became seen when fresh19 was wired in (round 20) and is folded
# since the twenty-third pass; fresh19 became seen when fresh20 was wired in (round 21) and is
# folded since the twenty-fourth pass. A set seen and not folded yet is named here (a strict
# xfail: once it is folded the mark fails and must go).
NOT_FOLDED_YET: set[str] = set()


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(strict=True, reason="seen, not folded yet")
            if name in NOT_FOLDED_YET
            else (),
        )
        for name in sorted(set(HELDOUT_SETS) - QUIET_SETS)
    ],
)
def test_the_seen_sets_are_folded_into_training(name):
    # bot/nlu_source/build_nlu.py folds the seen sets in (FOLD, measured in round 10); a few
    # lines fall out where two sets or a prune line collide.
    shared, total = _shared_with_training(HELDOUT_SETS[name])
    assert shared >= 0.9 * total, f"{shared} of {total} lines of {name} are in nlu.yml"


def test_line_key_sees_through_case_spelling_and_punctuation():
    assert line_key("Hvornår får jeg SVAR?") == line_key("hvornaar faar jeg svar")
    assert line_key("kan jeg få hjælp") != line_key("kan jeg få hjælp til gæld")


@pytest.mark.parametrize("path", HELDOUT_SETS.values(), ids=HELDOUT_SETS.keys())
def test_held_out_set_has_the_agreed_shape_and_covers_every_intent(path):
    heldout = read_heldout(path)
    assert set(heldout) == {"da", "en"}
    # continue_screening got its training lines after the first three sets were written (a
    # button payload until then); they are not extended by the author of those lines.
    # fresh3 to fresh20, written after, cover it.
    trained = {intent for _, intent in read_examples()} - {"crisis"}
    written_after = (
        HELDOUT_FRESH3,
        HELDOUT_FRESH4,
        HELDOUT_FRESH5,
        HELDOUT_FRESH6,
        HELDOUT_FRESH7,
        HELDOUT_FRESH8,
        HELDOUT_FRESH9,
        HELDOUT_FRESH10,
        HELDOUT_FRESH11,
        HELDOUT_FRESH12,
        HELDOUT_FRESH13,
        HELDOUT_FRESH14,
        HELDOUT_FRESH15,
        HELDOUT_FRESH16,
        HELDOUT_FRESH17,
        HELDOUT_FRESH18,
        HELDOUT_FRESH19,
        HELDOUT_FRESH20,
    )
    if path not in written_after:
        trained -= {"continue_screening"}
    for lang, intents in heldout.items():
        assert "crisis" not in intents  # the crisis layer has its own set
        assert set(intents) == trained, set(intents) ^ trained
        assert all(isinstance(m, str) and m.strip() for ms in intents.values() for m in ms)
        assert sum(len(ms) for ms in intents.values()) >= 150, lang


@pytest.mark.parametrize(
    ("path", "floor"), [(HELDOUT, FLOOR), (HELDOUT_FRESH, FRESH_FLOOR)], ids=["heldout", "fresh"]
)
def test_accuracy_per_language_has_a_floor(path, floor):
    results = evaluate(path)
    for lang in ("da", "en"):
        assert results["languages"][lang]["accuracy"] >= floor, results["languages"][lang]
    assert results["false_alarms"] == []


def test_accuracy_on_the_unseen_stand_in_set_has_a_floor():
    # Figures only in the message: its lines must not reach whoever tunes the classifier.
    # (Its crisis false alarms are the crisis layer's, measured by bench/crisis_eval.py.)
    languages = evaluate(HELDOUT_FRESH2)["languages"]
    below = {lang: r["accuracy"] for lang, r in languages.items() if r["accuracy"] < FRESH2_FLOOR}
    assert set(languages) == {"da", "en"}
    assert below == {}


def test_evaluation_counts_a_wrong_label_as_wrong(tmp_path):
    path = tmp_path / "heldout.yml"
    path.write_text("da:\n  price: [hvad koster det]\n  goodbye: [hvad koster det]\n")
    results = evaluate(path)
    assert results["languages"]["da"] == {"total": 2, "right": 1, "accuracy": 0.5}
    assert [(e, p) for _, _, e, p in results["confusions"]] == [("goodbye", "price")]


def test_the_stand_in_sets_messages_are_never_printed(capsys):
    # fresh20 stands in for the outside check: the bench prints its figures, not its lines.
    # (fresh19, the stand-in before it, has been seen; its lines may be printed now.)
    from bench.intent_eval import print_set

    results = {
        "languages": {"da": {"total": 1, "right": 0, "accuracy": 0.0}},
        "intents": {"price": {"total": 1, "right": 0, "accuracy": 0.0}},
        "confusions": [("da", "hvad mon det koster", "price", "duration")],
        "false_alarms": [],
    }
    assert sorted(QUIET_SETS) == ["fresh20"]
    print_set("fresh19", results)
    assert "hvad mon det koster" in capsys.readouterr().out
    print_set("fresh20", results)
    out = capsys.readouterr().out
    assert "hvad mon det koster" not in out
    assert "('price', 'duration'), 1" in out


def test_cross_validation_on_the_training_data_has_a_floor():
    assert cross_validate() >= CV_FLOOR


def test_no_despair_phrasing_is_a_goodbye_or_stop_example():
    # Despair goes to the crisis layer; the classifier must never learn it as goodbye.
    offending = [
        (intent, text)
        for text, intent in read_examples()
        if intent in {"goodbye", "stop_screening"}
        and any(phrase in text.lower() for phrase in DESPAIR)
    ]
    assert offending == []


@pytest.mark.parametrize(
    "text", ["jeg kan ikke mere", "jeg orker ikke mere", "I can't go on", "jeg giver op"]
)
def test_despair_is_never_classified_as_goodbye_or_stop(text):
    assert nlu.predict(text).intent not in {"goodbye", "stop_screening", "thanks"}


@pytest.mark.parametrize(
    "text",
    ["kan jeg få hjælp", "er det noget for mig", "am I eligible", "kan jeg faa tilbuddet"],
)
def test_eligibility_questions_are_eligibility_not_a_fact(text):
    assert nlu.predict(text).intent == "eligibility"


def test_eligibility_leads_to_the_check():
    import yaml

    from portal.chat.driver import BOT_DIR

    rules = yaml.safe_load((BOT_DIR / "data" / "rules.yml").read_text(encoding="utf-8"))
    steps = [r["steps"] for r in rules["rules"] if r["steps"][0] == {"intent": "eligibility"}]
    assert steps and {"active_loop": "screening_form"} in steps[0]


def test_empty_or_gibberish_text_falls_back_to_buttons():
    assert nlu.predict("").intent == nlu.FALLBACK
    assert nlu.predict("?!").intent == nlu.FALLBACK


def test_heldout_files_are_where_the_bench_reads_them():
    assert HELDOUT.name == "intent_heldout.yml" and HELDOUT.exists()
    assert HELDOUT_FRESH.name == "intent_heldout_fresh.yml" and HELDOUT_FRESH.exists()
    assert HELDOUT_FRESH2.name == "intent_heldout_fresh2.yml" and HELDOUT_FRESH2.exists()
    # The leak test and the shape test run on every set the bench reads, this one included.
    assert HELDOUT_SETS["fresh2"] == HELDOUT_FRESH2
    assert HELDOUT_FRESH3.name == "intent_heldout_fresh3.yml" and HELDOUT_FRESH3.exists()
    assert HELDOUT_SETS["fresh3"] == HELDOUT_FRESH3
    assert HELDOUT_FRESH4.name == "intent_heldout_fresh4.yml" and HELDOUT_FRESH4.exists()
    assert HELDOUT_SETS["fresh4"] == HELDOUT_FRESH4
    assert HELDOUT_FRESH6.name == "intent_heldout_fresh6.yml" and HELDOUT_FRESH6.exists()
    assert HELDOUT_SETS["fresh6"] == HELDOUT_FRESH6
    assert HELDOUT_FRESH7.name == "intent_heldout_fresh7.yml" and HELDOUT_FRESH7.exists()
    assert HELDOUT_SETS["fresh7"] == HELDOUT_FRESH7
    assert HELDOUT_FRESH8.name == "intent_heldout_fresh8.yml" and HELDOUT_FRESH8.exists()
    assert HELDOUT_SETS["fresh8"] == HELDOUT_FRESH8
    assert HELDOUT_FRESH9.name == "intent_heldout_fresh9.yml" and HELDOUT_FRESH9.exists()
    assert HELDOUT_SETS["fresh9"] == HELDOUT_FRESH9
    assert HELDOUT_FRESH10.name == "intent_heldout_fresh10.yml" and HELDOUT_FRESH10.exists()
    assert HELDOUT_SETS["fresh10"] == HELDOUT_FRESH10
    assert HELDOUT_FRESH11.name == "intent_heldout_fresh11.yml" and HELDOUT_FRESH11.exists()
    assert HELDOUT_SETS["fresh11"] == HELDOUT_FRESH11
    assert HELDOUT_FRESH12.name == "intent_heldout_fresh12.yml" and HELDOUT_FRESH12.exists()
    assert HELDOUT_SETS["fresh12"] == HELDOUT_FRESH12
    assert HELDOUT_FRESH13.name == "intent_heldout_fresh13.yml" and HELDOUT_FRESH13.exists()
    assert HELDOUT_SETS["fresh13"] == HELDOUT_FRESH13
    assert HELDOUT_FRESH14.name == "intent_heldout_fresh14.yml" and HELDOUT_FRESH14.exists()
    assert HELDOUT_SETS["fresh14"] == HELDOUT_FRESH14
    assert HELDOUT_FRESH15.name == "intent_heldout_fresh15.yml" and HELDOUT_FRESH15.exists()
    assert HELDOUT_SETS["fresh15"] == HELDOUT_FRESH15
    assert HELDOUT_FRESH16.name == "intent_heldout_fresh16.yml" and HELDOUT_FRESH16.exists()
    assert HELDOUT_SETS["fresh16"] == HELDOUT_FRESH16
    assert HELDOUT_FRESH17.name == "intent_heldout_fresh17.yml" and HELDOUT_FRESH17.exists()
    assert HELDOUT_SETS["fresh17"] == HELDOUT_FRESH17
    assert HELDOUT_FRESH18.name == "intent_heldout_fresh18.yml" and HELDOUT_FRESH18.exists()
    assert HELDOUT_SETS["fresh18"] == HELDOUT_FRESH18
    assert HELDOUT_FRESH19.name == "intent_heldout_fresh19.yml" and HELDOUT_FRESH19.exists()
    assert HELDOUT_SETS["fresh19"] == HELDOUT_FRESH19
    assert HELDOUT_FRESH20.name == "intent_heldout_fresh20.yml" and HELDOUT_FRESH20.exists()
    assert HELDOUT_SETS["fresh20"] == HELDOUT_FRESH20


@pytest.mark.parametrize(
    "path",
    [
        HELDOUT_FRESH6,
        HELDOUT_FRESH7,
        HELDOUT_FRESH8,
        HELDOUT_FRESH9,
        HELDOUT_FRESH10,
        HELDOUT_FRESH11,
        HELDOUT_FRESH12,
        HELDOUT_FRESH13,
        HELDOUT_FRESH14,
        HELDOUT_FRESH15,
        HELDOUT_FRESH16,
        HELDOUT_FRESH17,
        HELDOUT_FRESH18,
        HELDOUT_FRESH19,
        HELDOUT_FRESH20,
    ],
    ids=[
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
        "fresh16",
        "fresh17",
        "fresh18",
        "fresh19",
        "fresh20",
    ],
)
def test_the_stand_in_set_has_five_lines_per_intent_and_language_where_it_matters(path):
    # Issue 10's outside check asks facts, eligibility, going on or stopping, and
    # situations; greet, goodbye, thanks and answer may be fewer (short lines often equal
    # training lines word for word and were dropped). Counts only in the message.
    few = {"greet", "goodbye", "thanks", "answer"}
    heldout = read_heldout(path)
    thin = {
        (lang, intent): len(ms)
        for lang, intents in heldout.items()
        for intent, ms in intents.items()
        if intent not in few and len(ms) < 5
    }
    assert thin == {}
    danish = sum(len(ms) for ms in heldout["da"].values())
    total = danish + sum(len(ms) for ms in heldout["en"].values())
    assert total >= 420 and 0.45 <= danish / total <= 0.55


@pytest.mark.parametrize(
    "text", ["hvad koster det", "skal jeg skrive mit CPR-nummer her", "I am 45", "zzzz"]
)
def test_fast_margins_are_the_fitted_models_own(text):
    import numpy as np

    model = nlu.classifier()
    expected = model.pipeline.decision_function([text])[0]
    assert np.allclose(model.margins(text), expected)


def test_first_turn_waits_for_training_before_its_deadline_starts(app, client, monkeypatch):
    # A process whose classifier is not trained yet: the turn must wait for the training
    # before it starts its clock, so training never eats the citizen's turn deadline.
    import time

    from portal.chat import service
    from tests.chat.conftest import say

    seen: dict = {}
    real_turn = service._turn

    def spy_turn(sender, text, lang, deadline, *rest):
        seen.setdefault("deadline", deadline)
        return real_turn(sender, text, lang, deadline, *rest)

    class Recording(nlu.IntentClassifier):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            seen["trained_at"] = time.monotonic()

    monkeypatch.setattr(service, "_turn", spy_turn)
    # The training itself is what this test times: not the test run's cached model.
    monkeypatch.delenv(model_cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.setattr(nlu, "IntentClassifier", Recording)
    monkeypatch.setattr(nlu, "_model", None)
    say(client, "hvad koster det")
    started = seen["deadline"] - float(app.config["CHAT_TURN_SECONDS"])
    assert started >= seen["trained_at"]


def test_background_training_trains_once_and_classifier_waits_for_it(monkeypatch):
    trained = []

    class Fake:
        def __init__(self, examples):
            trained.append(len(examples))

    monkeypatch.delenv(model_cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.setattr(nlu, "IntentClassifier", Fake)
    monkeypatch.setattr(nlu, "_model", None)
    thread = nlu.start_training()
    model = nlu.classifier()  # waits for the thread's model rather than training another
    thread.join()
    assert isinstance(model, Fake) and nlu.classifier() is model
    assert len(trained) == 1 and trained[0] > 1000
    assert nlu.start_training() is None


def test_a_crowd_writer_is_a_forward_fold_of_its_round(monkeypatch, tmp_path):
    # bench/intent_forward.py: crowd K is scored by the build of the round it was written in
    # (that round's base passes and older sets), without crowd K or any newer crowd file.
    from bench import intent_forward

    seen_env = {}
    monkeypatch.setattr(intent_forward.subprocess, "run", lambda *a, env, **k: seen_env.update(env))
    intent_forward.build("crowd17", tmp_path / "nlu.yml")
    left_out = set(seen_env["CROWD_OUT"].split(","))
    assert {"crowd17_intents.yml", "crowd18_intents.yml"} <= left_out
    assert not {"crowd14_intents.yml", "crowd16_intents.yml"} & left_out
    assert seen_env["BASE_MAX"] == "34"
    assert "intent_heldout_fresh16.yml" in seen_env["FOLD_OUT"].split(",")
    assert "intent_heldout_fresh15.yml" not in seen_env["FOLD_OUT"].split(",")
