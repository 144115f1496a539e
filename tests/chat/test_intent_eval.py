"""The intent evaluation on held-out sentences (bench/intent_eval.py) as a test: crisis
sentences are never missed, and accuracy stays above a floor in both languages."""

from bench.intent_eval import HELDOUT, evaluate
from portal.chat.nlu import read_examples


def test_held_out_sentences_are_not_training_data():
    import yaml

    training = {text.lower() for text, _ in read_examples()}
    heldout = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))
    leaked = [
        s for lang in heldout.values() for ss in lang.values() for s in ss if s.lower() in training
    ]
    assert leaked == []


def test_crisis_recall_is_total_and_accuracy_has_a_floor():
    results = evaluate()
    assert results["crisis_total"] >= 20
    assert results["crisis_recall"] == 1.0
    for lang in ("da", "en"):
        assert results["languages"][lang]["accuracy"] >= 0.75, results["languages"][lang]
