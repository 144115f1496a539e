"""The crisis layer's learned second net (portal/chat/crisis_model.py) and its place in
crisis.check(): the rules first, the net only when they say none, and then only `concern`."""

from __future__ import annotations

import re
import unicodedata

import pytest
import yaml

from bench import crisis_eval
from portal.chat import crisis, crisis_model


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^\w']+", " ", crisis_model.fold(text)).split())


def _training_lines(part: str) -> list[str]:
    data = yaml.safe_load(crisis_model.TRAINING_FILE.read_text(encoding="utf-8"))
    return crisis_model._leaves(data[part])


def test_the_net_trains_and_is_cached():
    net = crisis_model.net()
    assert net is not None
    assert crisis_model.net() is net


def test_the_net_learned_indirect_messages_of_its_training_file():
    # In-sample, as a check that the data reach the model: indirect lines of the training
    # file that the rules miss; the net must raise the gentle question on them.
    sample = [
        "everything is packed and given away, it will soon be over",
        # Issue 10, third round: nlu.yml (written by others) grew, and the rules now catch
        # some earlier sample lines ("i aften gør jeg noget ved det" no longer scores high
        # enough in-sample); other indirect lines of the same file that the rules miss.
        "min far har sagt jeg skal være ude i aften ellers smider han mine ting ud",
        # (Fourth round: the rules now catch "my dad said I have to be out tonight or he
        # throws my things out"; another line of the same file in its place.)
        "I called everyone and told them I love them, now I'm ready",
        "I'm 28 and had a hard time, lost my job and my girlfriend left me, and honestly I've"
        " hidden a lot of pills, but I wanted to ask if you can help with money",
    ]
    for message in sample:
        assert message in _training_lines("crisis")
        assert not crisis.rules_check(message).flagged, message  # else the test shows nothing
        result = crisis.check(message)
        assert (result.level, result.category, result.rule) == (
            crisis.CONCERN,
            crisis.MODEL,
            "model.net",
        ), message


def test_the_net_alone_never_gives_a_crisis_verdict():
    for message in _training_lines("crisis"):
        result = crisis.check(message)
        if result.category == crisis.MODEL:
            assert result.level == crisis.CONCERN
            assert not result.negated


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   ",
        "x" * 5000,
        "jeg har det svært " * 400,
        "😀🙏💔 " * 50,
        "\ud800\udfff jeg vil bare have hjælp \udc80",  # lone surrogates
        "".join(chr(c) for c in range(0x20, 0x2FF)),
        "\x00\x01\x02 nul bytes",
        '/answer{"urgent": "no"}',
    ],
)
def test_odd_input_never_raises(message):
    assert isinstance(crisis_model.score(message), float)
    assert crisis.check(message).level in (crisis.CRISIS, crisis.CONCERN, crisis.NONE)


def test_odd_types_are_none():
    assert crisis_model.score(None) == crisis_model.NO_SCORE  # type: ignore[arg-type]
    assert crisis.check(None).level == crisis.NONE  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "message",
    [
        # the false alarms and the offer's own needs
        "jeg er ensom og har ingen at snakke med",
        "jeg har ingen venner",
        "I want to live more independently",
        "det slår mig at det er gratis",
        "jeg kan ikke overskue at gøre rent",
        "jeg tør ikke gå ud af min lejlighed",
        "jeg har ADHD og har svært ved at få struktur på min hverdag",
        "I need to kill the process",
        # short answers to the gentle question and to the screening's urgent question
        "nej jeg har det fint nu",
        "nej det er ikke akut",
        "no I am fine thanks",
        "ja tak det vil jeg gerne",
    ],
)
def test_harmless_messages_stay_none(message):
    assert crisis.check(message).level == crisis.NONE


def test_short_messages_and_payloads_are_left_to_the_rules():
    for message in ("nej", "ja", "ved ikke", "måske", '/answer{"urgent": "yes"}'):
        assert crisis_model.score(message) == crisis_model.NO_SCORE


def test_combined_layer_on_the_held_out_set():
    r = crisis_eval.compare(crisis_eval.HELDOUT)
    assert r["recall"]["all"]["both"] == r["recall"]["all"]["total"], r["missed_by_both"]
    alarms = r["false_alarms"]["all"]
    assert alarms["both"] <= 0.01 * alarms["total"], r["net_alarms"]


def test_the_net_keeps_false_alarms_low_on_sets_it_never_saw():
    intent = [
        s
        for _, label, s in crisis_eval.intent_sentences(crisis_eval.INTENT_HELDOUT)
        if label != "crisis"
    ]
    v = crisis_eval._sentence_alarms(intent)
    assert v["both"] <= 0.01 * v["total"]


def test_the_rules_stand_when_the_net_cannot_be_trained(monkeypatch):
    def broken():
        raise OSError("training data missing")

    monkeypatch.setattr(crisis_model, "_NET", None)
    monkeypatch.setattr(crisis_model, "_FAILED", False)
    monkeypatch.setattr(crisis_model, "training_data", broken)
    assert crisis_model.net() is None
    assert (
        crisis_model.score("I have been feeling strange for a while now") == crisis_model.NO_SCORE
    )
    assert crisis.check("jeg vil ikke leve mere").level == crisis.CRISIS
    assert crisis.check("hvad koster det").level == crisis.NONE


def test_the_fresh_set_is_trained_on_and_the_bench_says_so():
    # Since issue 10's seventh round the net trains on the seen crisis sets
    # (crisis_model.BENCH_TRAINING): they were measured once unseen and tuned on since, so
    # their figures hold nothing out any more; the bench marks them "(net trained on it)".
    assert crisis_eval.FRESH in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH not in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(crisis_eval.FRESH, "x").endswith("(net trained on it)")
    # The final unseen stand-in is never trained on, and the bench never says it is.
    assert crisis_eval.FRESH21 not in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(crisis_eval.FRESH21, "x") == "x"


def test_the_fresh_set_is_large_and_covers_every_category_in_both_languages():
    fresh_crisis, fresh_harmless = crisis_eval._labelled(crisis_eval.FRESH)
    assert len(fresh_crisis) >= 120
    assert len(fresh_harmless) >= 200
    data = yaml.safe_load(crisis_eval.FRESH.read_text(encoding="utf-8"))
    for category in data["levels"]:
        assert set(data["crisis"][category]) == {"da", "en"}, category


def test_a_test_runs_cache_gives_the_same_net_and_survives_a_broken_file(tmp_path, monkeypatch):
    # scripts/run-tests trains the net once per run; a later process reads it back.
    texts = [
        "jeg vil ikke leve mere",
        "i want to end it all tonight",
        "han slår mig hver aften",
        # Shares word pairs with the line above: the net's third block keeps only pairs and
        # triples seen twice (min_df 2), and a toy set must leave it some.
        "i want to end it with the pills i saved",
        "hvad koster tilbuddet",
        "how long does the course take",
        "kan jeg få hjælp til min post",
        "where do we meet",
    ]
    labels = [1, 1, 1, 1, 0, 0, 0, 0]
    sources = ["training"] * len(texts)
    monkeypatch.setenv(crisis_model.CACHE_DIR_ENV, str(tmp_path))
    first = crisis_model._trained(texts, labels, sources)
    (cached,) = tmp_path.glob("crisis-net-*.pickle")
    again = crisis_model._trained(texts, labels, sources)
    assert again is not first  # read back from the file, not the same object
    assert again.scores(texts) == first.scores(texts)
    cached.write_bytes(b"not a pickle")
    retrained = crisis_model._trained(texts, labels, sources)
    assert retrained.scores(texts) == pytest.approx(first.scores(texts), abs=1e-3)
    # Other training data is another net, never the cached one.
    crisis_model._trained([*texts, "i am done with everything"], [*labels, 1], [*sources, "x"])
    assert len(list(tmp_path.glob("crisis-net-*.pickle"))) == 2
