"""Intent evaluation on held-out sentences (bench/data/intent_heldout.yml, not in nlu.yml).

Prints accuracy per language, crisis recall (the crisis check plus the classifier, as the
driver uses them) and the confusions. `python bench/intent_eval.py` from the repo root.
An out-of-scope sentence counts as right when the bot says so or falls back to buttons.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from portal.chat import crisis, nlu  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "intent_heldout.yml"
FALLBACK_OK = {"out_of_scope"}


def evaluate(path: Path = HELDOUT) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    results: dict = {"languages": {}, "confusions": []}
    crisis_total = crisis_caught = 0
    false_alarms = 0
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
                if not ok:
                    results["confusions"].append((lang, sentence, expected, predicted))
                if expected == "crisis":
                    crisis_total += 1
                    crisis_caught += predicted == "crisis"
                elif flagged:
                    false_alarms += 1
        results["languages"][lang] = {"total": total, "right": right, "accuracy": right / total}
    results["crisis_recall"] = crisis_caught / crisis_total if crisis_total else 1.0
    results["crisis_total"] = crisis_total
    results["crisis_false_alarms"] = false_alarms
    return results


def main() -> int:
    results = evaluate()
    for lang, r in results["languages"].items():
        print(f"{lang}: accuracy {r['accuracy']:.1%} ({r['right']}/{r['total']})")
    print(
        f"crisis recall {results['crisis_recall']:.1%} of {results['crisis_total']} "
        f"(false alarms on other sentences: {results['crisis_false_alarms']})"
    )
    counts = Counter((e, p) for _, _, e, p in results["confusions"])
    for lang, sentence, expected, predicted in results["confusions"]:
        print(f"  [{lang}] {sentence!r}: expected {expected}, got {predicted}")
    if counts:
        print("most frequent confusions:", counts.most_common(5))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
