"""Intent evaluation: the held-out sets and 5-fold cross-validation on bot/data/nlu.yml.

Since round 10 nlu.yml folds the seen sets in (heldout to fresh10; bot/nlu_source/build_nlu.py,
FOLD): their figures are training figures. Only the newest set, fresh20, never in nlu.yml,
measures the classifier; strict leave-one-set-out (bot/README.md "Intents") estimates it.

- bench/data/intent_heldout.yml: the first set. Its errors were looked at while the
  training data grew, so its figure is somewhat optimistic.
- bench/data/intent_heldout_fresh.yml: a second set written before reading the training
  data; its errors are reported but never turned into training lines.
- bench/data/intent_heldout_fresh2.yml: a third set, written in one sitting by an engineer
  who never read the training data or the other sets' messages, while the classifier was
  being improved by someone who never saw it: the team's stand-in for issue 10's outside
  check. Its errors must never be turned into training lines either. Its messages are
  printed now: they have been seen while the classifier was tuned.
- bench/data/intent_heldout_fresh3.yml: a fourth set, written the same way after fresh2
  had been seen (every intent but crisis, continue_screening included). Seen since the
  fifth round: its messages are printed.
- bench/data/intent_heldout_fresh4.yml: a fifth set, written the same way after fresh3
  had been seen. Seen since the round 5 measurement: its messages are printed.
- bench/data/intent_heldout_fresh5.yml: a sixth set (round 6), written the same way after
  fresh4 had been seen and measured once when written (figures in its header); printed.
- bench/data/intent_heldout_fresh6.yml: a seventh set (round 7), written the same way
  after fresh4 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 7. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh7.yml: an eighth set (round 8), written the same way
  after fresh6 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 8. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh8.yml: a ninth set (round 9), written the same way
  after fresh7 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 9. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh9.yml: a tenth set (round 10), written the same way
  after fresh8 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 10. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh10.yml: an eleventh set (round 11), written the same way
  after fresh9 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 11. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh11.yml: a twelfth set (round 12), written the same way
  after fresh10 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 12. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh12.yml: a thirteenth set (round 13), written the same way
  after fresh11 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 13. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh13.yml: a fourteenth set (round 14), written the same way
  after fresh12 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 14. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh14.yml: a fifteenth set (round 15), written the same way
  after fresh13 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 15. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh15.yml: a sixteenth set (round 16), written the same way
  after fresh14 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 16. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh16.yml: a seventeenth set (round 17), written the same way
  after fresh15 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 17. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh17.yml: an eighteenth set (round 18), written the same way
  after fresh16 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 18. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh18.yml: a nineteenth set (round 19), written the same way
  after fresh17 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 19. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh19.yml: a twentieth set (round 20), written the same way
  after fresh18 had been seen, without lines of nlu.yml or of the earlier sets: the
  stand-in for the outside check in round 20. Seen since: its messages are printed.
- bench/data/intent_heldout_fresh20.yml: a twenty-first set (round 21), written the same way
  after fresh19 had been seen, without lines of nlu.yml or of the earlier sets: the final
  stand-in for the outside check now. Figures only, never its messages.

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
HELDOUT_FRESH = ROOT / "bench" / "data" / "intent_heldout_fresh.yml"
HELDOUT_FRESH2 = ROOT / "bench" / "data" / "intent_heldout_fresh2.yml"
HELDOUT_FRESH3 = ROOT / "bench" / "data" / "intent_heldout_fresh3.yml"
HELDOUT_FRESH4 = ROOT / "bench" / "data" / "intent_heldout_fresh4.yml"
HELDOUT_FRESH5 = ROOT / "bench" / "data" / "intent_heldout_fresh5.yml"
HELDOUT_FRESH6 = ROOT / "bench" / "data" / "intent_heldout_fresh6.yml"
HELDOUT_FRESH7 = ROOT / "bench" / "data" / "intent_heldout_fresh7.yml"
HELDOUT_FRESH8 = ROOT / "bench" / "data" / "intent_heldout_fresh8.yml"
HELDOUT_FRESH9 = ROOT / "bench" / "data" / "intent_heldout_fresh9.yml"
HELDOUT_FRESH10 = ROOT / "bench" / "data" / "intent_heldout_fresh10.yml"
HELDOUT_FRESH11 = ROOT / "bench" / "data" / "intent_heldout_fresh11.yml"
HELDOUT_FRESH12 = ROOT / "bench" / "data" / "intent_heldout_fresh12.yml"
HELDOUT_FRESH13 = ROOT / "bench" / "data" / "intent_heldout_fresh13.yml"
HELDOUT_FRESH14 = ROOT / "bench" / "data" / "intent_heldout_fresh14.yml"
HELDOUT_FRESH15 = ROOT / "bench" / "data" / "intent_heldout_fresh15.yml"
HELDOUT_FRESH16 = ROOT / "bench" / "data" / "intent_heldout_fresh16.yml"
HELDOUT_FRESH17 = ROOT / "bench" / "data" / "intent_heldout_fresh17.yml"
HELDOUT_FRESH18 = ROOT / "bench" / "data" / "intent_heldout_fresh18.yml"
HELDOUT_FRESH19 = ROOT / "bench" / "data" / "intent_heldout_fresh19.yml"
HELDOUT_FRESH20 = ROOT / "bench" / "data" / "intent_heldout_fresh20.yml"
HELDOUT_SETS = {
    "heldout": HELDOUT,
    "fresh": HELDOUT_FRESH,
    "fresh2": HELDOUT_FRESH2,
    "fresh3": HELDOUT_FRESH3,
    "fresh4": HELDOUT_FRESH4,
    "fresh5": HELDOUT_FRESH5,
    "fresh6": HELDOUT_FRESH6,
    "fresh7": HELDOUT_FRESH7,
    "fresh8": HELDOUT_FRESH8,
    "fresh9": HELDOUT_FRESH9,
    "fresh10": HELDOUT_FRESH10,
    "fresh11": HELDOUT_FRESH11,
    "fresh12": HELDOUT_FRESH12,
    "fresh13": HELDOUT_FRESH13,
    "fresh14": HELDOUT_FRESH14,
    "fresh15": HELDOUT_FRESH15,
    "fresh16": HELDOUT_FRESH16,
    "fresh17": HELDOUT_FRESH17,
    "fresh18": HELDOUT_FRESH18,
    "fresh19": HELDOUT_FRESH19,
    "fresh20": HELDOUT_FRESH20,
}
# Sets whose messages are never printed (figures only): fresh20 stands in for the outside
# check, so whoever improves the classifier must not see its lines in the bench output.
# (fresh19, the stand-in before it, has been seen; its lines may be printed now.)
QUIET_SETS = {"fresh20"}
FALLBACK_OK = {"out_of_scope"}
FOLDS = 5


def sets_through(last: str) -> dict[str, Path]:
    """The held-out sets in the order they were written, up to and including `last`: the
    sets that existed when a pass was written after studying `last`."""
    names = list(HELDOUT_SETS)
    return {name: HELDOUT_SETS[name] for name in names[: names.index(last) + 1]}


def line_key(text: str) -> str:
    """How two lines are compared for leaks: case, æøå spelling and punctuation aside."""
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return " ".join(re.sub(r"[^\w ]+", " ", text).split())


def read_heldout(path: Path = HELDOUT) -> dict[str, dict[str, list[str]]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def evaluate(path: Path = HELDOUT) -> dict:
    data = read_heldout(path)
    results: dict = {
        "languages": {},
        "intents": {},
        "confusions": [],
        "false_alarms": [],
        "predictions": [],
    }
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
                results["predictions"].append((lang, expected, predicted))
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


MUNICIPALITIES = ("hedensted", "vordingborg")
# A short guess at an example's language for the cross-validation per language (nlu.yml,
# being Rasa data, does not record it): Danish letters or more Danish than English words.
_DA_WORDS = frozenset(
    "jeg du det er og at en et til med på paa har kan hvad hvor hvem hvornår hvornaar "  # noqa: SIM905
    "hvordan skal ikke mig min mit jer får faar vil gerne hej tak nej ja der som af om så "
    "saa også ogsaa noget nogen man hjælp hjaelp".split()
)
_EN_WORDS = frozenset(
    "i you the is it do what how can to my me a and help hi thanks yes no of for with are "  # noqa: SIM905
    "when where who".split()
)


def guess_language(text: str) -> str:
    words = nlu.fold(text).split()
    danish = sum(w in _DA_WORDS for w in words) + 3 * bool(re.search("[æøå]", text.lower()))
    english = sum(w in _EN_WORDS for w in words)
    return "da" if danish >= english and danish > 0 else "en"


def cross_validate_by_language(folds: int = FOLDS, examples=None) -> dict[str, float]:
    """The same k folds, accuracy split by each example's (guessed) language."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    examples = examples if examples is not None else nlu.read_examples()
    texts = [t for t, _ in examples]
    labels = [i for _, i in examples]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    predicted = cross_val_predict(nlu.build_pipeline(), texts, labels, cv=splitter)
    tally: dict = defaultdict(lambda: [0, 0])
    for text, label, guess in zip(texts, labels, predicted, strict=True):
        tally[guess_language(text)][0] += 1
        tally[guess_language(text)][1] += label == guess
    return {lang: right / total for lang, (total, right) in sorted(tally.items())}


def reply_key(intent: str, profile, lang: str) -> str:
    """What the bot answers to an intent: a fact question's text from the profile (two
    intents with the same text give the same facts: price and transport share the cost
    section), else the rule's first action (eligibility and a described situation both
    lead to the check)."""
    from bot.actions.facts import FAQ

    if intent in FAQ:
        return "faq:" + FAQ[intent](profile, lang)
    if intent in FALLBACK_OK or intent == nlu.FALLBACK:
        return "out_of_scope"  # the bot says it cannot help with that, or offers buttons
    if intent in {"eligibility", "describe_situation"}:
        return "check"
    return "intent:" + intent


def reply_agreement(results: dict, municipality: str) -> dict[str, float]:
    """Share of messages per language whose reply carries the same facts as the reply to
    the expected intent, with one municipality's profile: issue 10 measures replies."""
    from portal.municipality import load_profile

    profile = load_profile(municipality)
    tally: dict = defaultdict(lambda: [0, 0])
    for lang, expected, predicted in results["predictions"]:
        tally[lang][0] += 1
        tally[lang][1] += reply_key(expected, profile, lang) == reply_key(predicted, profile, lang)
    return {lang: right / total for lang, (total, right) in tally.items()}


def print_set(name: str, results: dict) -> None:
    for lang, r in results["languages"].items():
        print(f"  intent [{name}] {lang}: accuracy {r['accuracy']:.1%} ({r['right']}/{r['total']})")
    weak = sorted(
        (r["accuracy"], intent, r["right"], r["total"])
        for intent, r in results["intents"].items()
        if r["accuracy"] < 1.0
    )
    for accuracy, intent, right, total in weak:
        print(f"  intent [{name}] {intent}: {accuracy:.0%} ({right}/{total})")
    for municipality in MUNICIPALITIES if "predictions" in results else ():
        replies = reply_agreement(results, municipality)
        figures = ", ".join(f"{lang} {share:.1%}" for lang, share in replies.items())
        print(f"  intent [{name}] replies with the right facts ({municipality}): {figures}")
    print(f"  [{name}] harmless messages the crisis layer flagged: {len(results['false_alarms'])}")
    for lang, sentence, expected, predicted in results["confusions"]:
        if name in QUIET_SETS:
            continue
        print(f"  [{name}] [{lang}] {sentence!r}: expected {expected}, got {predicted}")
    counts = Counter((e, p) for _, _, e, p in results["confusions"])
    if counts:
        print(f"  [{name}] most frequent confusions:", counts.most_common(5))


def report(cv: bool = True) -> dict:
    """Print the figures of every held-out set and the cross-validation; return them for
    bench/results/latest.json (the first set's figures stay at the top level)."""
    summary: dict = {}
    for name, path in HELDOUT_SETS.items():
        results = evaluate(path)
        print_set(name, results)
        summary[name] = {
            "languages": results["languages"],
            "intents": results["intents"],
            "confusions": len(results["confusions"]),
            "false_alarms": len(results["false_alarms"]),
            "replies": {m: reply_agreement(results, m) for m in MUNICIPALITIES},
        }
    out = dict(summary["heldout"])
    out["fresh"] = summary["fresh"]
    out["fresh2"] = summary["fresh2"]
    out["fresh3"] = summary["fresh3"]
    out["fresh4"] = summary["fresh4"]
    out["fresh5"] = summary["fresh5"]
    out["fresh6"] = summary["fresh6"]
    out["fresh7"] = summary["fresh7"]
    out["fresh8"] = summary["fresh8"]
    out["fresh9"] = summary["fresh9"]
    out["fresh10"] = summary["fresh10"]
    out["fresh11"] = summary["fresh11"]
    out["fresh12"] = summary["fresh12"]
    out["fresh13"] = summary["fresh13"]
    out["fresh14"] = summary["fresh14"]
    out["fresh15"] = summary["fresh15"]
    out["fresh16"] = summary["fresh16"]
    out["fresh17"] = summary["fresh17"]
    out["fresh18"] = summary["fresh18"]
    out["fresh19"] = summary["fresh19"]
    out["fresh20"] = summary["fresh20"]
    if cv:
        out["cross_validation"] = cross_validate()
        print(f"  intent: {FOLDS}-fold cross-validation on nlu.yml {out['cross_validation']:.1%}")
        out["cross_validation_by_language"] = cross_validate_by_language()
        for lang, share in out["cross_validation_by_language"].items():
            print(f"  intent: cross-validation, {lang} examples (language guessed) {share:.1%}")
    return out


def main() -> int:
    # --no-cv: the held-out figures alone (cross-validation costs a minute on 2 cores).
    report(cv="--no-cv" not in sys.argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
