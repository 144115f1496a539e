"""Intent evaluation: held-out messages (bench/data/intent_heldout.yml, never in nlu.yml)
and 5-fold cross-validation on bot/data/nlu.yml.

Prints accuracy per language and per intent, and the confusions. The crisis layer runs
first, as in the driver: a harmless held-out message it flags counts as wrong (and as a
false alarm). An out-of-scope message counts as right when the bot says so or falls back
to buttons. `python -m bench chat` prints it; `python bench/intent_eval.py` alone too.

The held-out file's shape: language -> expected intent -> list of messages.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from portal.chat import crisis, nlu  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "intent_heldout.yml"
FALLBACK_OK = {"out_of_scope"}
FOLDS = 5


def line_key(text: str) -> str:
    """How two lines are compared for leaks: case, æøå spelling and punctuation aside."""
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return " ".join(re.sub(r"[^\w ]+", " ", text).split())


def read_heldout(path: Path = HELDOUT) -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def evaluate(path: Path = HELDOUT) -> dict:
    data = read_heldout(path)
    results: dict = {"languages": {}, "intents": {}, "confusions": [], "false_alarms": []}
    per_intent: dict = defaultdict(lambda: [0, 0])
    for lang, intents in data.items():
        total = right = 0
        for expected, sentences in intents.items():
            for sentence in sentences:
                flagged = crisis.is_crisis(sentence)
                predicted = "crisis" if flagged else nlu.predict(sentence).intent
                ok = predicted == expected or (
                    expected in FALLBACK_OK and predicted == nlu.FALLBACK
                )
                total += 1
                right += ok
                per_intent[expected][0] += 1
                per_intent[expected][1] += ok
                if not ok:
                    results["confusions"].append((lang, sentence, expected, predicted))
                if flagged and expected != "crisis":
                    results["false_alarms"].append((lang, sentence))
        results["languages"][lang] = {"total": total, "right": right, "accuracy": right / total}
    results["intents"] = {
        intent: {"total": t, "right": r, "accuracy": r / t} for intent, (t, r) in per_intent.items()
    }
    return results


def cross_validate(folds: int = FOLDS, examples=None, build=None) -> float:
    """Stratified k-fold accuracy of the classifier's pipeline on nlu.yml alone."""
    from sklearn.model_selection import StratifiedKFold, cross_val_score

    examples = examples if examples is not None else nlu.read_examples()
    texts = [t for t, _ in examples]
    labels = [i for _, i in examples]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    scores = cross_val_score((build or nlu.build_pipeline)(), texts, labels, cv=splitter)
    return float(scores.mean())


def report() -> dict:
    """Print the figures; return them for bench/results/latest.json."""
    results = evaluate()
    for lang, r in results["languages"].items():
        print(f"  intent {lang}: accuracy {r['accuracy']:.1%} ({r['right']}/{r['total']})")
    results["cross_validation"] = cross_validate()
    print(f"  intent: {FOLDS}-fold cross-validation on nlu.yml {results['cross_validation']:.1%}")
    weak = sorted(
        (r["accuracy"], intent, r["right"], r["total"])
        for intent, r in results["intents"].items()
        if r["accuracy"] < 1.0
    )
    for accuracy, intent, right, total in weak:
        print(f"  intent {intent}: {accuracy:.0%} ({right}/{total})")
    print(f"  harmless messages the crisis layer flagged: {len(results['false_alarms'])}")
    for lang, sentence, expected, predicted in results["confusions"]:
        print(f"  [{lang}] {sentence!r}: expected {expected}, got {predicted}")
    counts = Counter((e, p) for _, _, e, p in results["confusions"])
    if counts:
        print("  most frequent confusions:", counts.most_common(5))
    return {
        "languages": results["languages"],
        "intents": results["intents"],
        "cross_validation": results["cross_validation"],
        "confusions": len(results["confusions"]),
        "false_alarms": len(results["false_alarms"]),
    }


def main() -> int:
    report()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
