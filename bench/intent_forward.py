"""Forward folds: each seen intent set scored by the model its writer would have met.

Strict leave-one-set-out (bot/README.md "Intents") trains each set's model on every OTHER
seen set, the NEWER ones too, and forecast round 13 three to seven points high (da ~94.6 /
en ~94.9 against 90.7 / 87.7 measured). A new writer meets a model trained on what came
before them only. Here each set k is scored by a model built from the base passes written
before k was seen (BASE_MAX) and the sets OLDER than k folded in (FOLD_OUT = k and every
newer set), labels alone, crisis layer off (as the strict folds). So fresh12's fold is the
model round 13 met, fresh11's the one round 12 met, and their mean over the newest sets is
the forecast for the next writer.

The crowd files (bot/nlu_source/crowd*_intents.yml, one blind writer each) are writers too:
crowdK is scored by the build of the round it was written in (CROWD_FOLDS: that round's
BASE_MAX and sets, crowd K and the newer crowd files left out). Round 18 showed why they
belong in the forecast (twenty-second pass, bot/README.md "Intents"): fresh6-16 alone
forecast da 95.8, en 95.2 %; the writer got 95.3 / 94.7 labels alone, and the crowd writers
sit lower than the set writers in English.

`python bench/intent_forward.py [fresh9 crowd16 ...]` prints each fold per language, the
pooled figure and the spread between writers (a new writer is one draw from it, not the
mean). Only seen sets are listed; the quiet stand-in set is never scored here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.intent_eval import FALLBACK_OK, HELDOUT_SETS, QUIET_SETS, read_heldout  # noqa: E402
from portal.chat import nlu  # noqa: E402

# The newest base pass committed before each set's lines were first printed (git log of the
# base files and of QUIET_SETS; bot/README.md, eleventh to fifteenth passes).
BASE_MAX = {
    "fresh6": 21,
    "fresh7": 22,
    "fresh8": 23,
    "fresh9": 25,
    "fresh10": 26,
    "fresh11": 27,
    "fresh12": 28,
    "fresh13": 29,
    "fresh14": 31,
    "fresh15": 33,
    "fresh16": 35,
    "fresh17": 36,
    "fresh18": 37,
    "fresh19": 38,
}
# crowdK: (the fresh set whose round it was written in, the newest base pass before the file
# was read). Its fold is that set's fold (same base, same older sets) without crowd K or newer.
CROWD_FOLDS = {
    "crowd14": ("fresh13", 29),
    "crowd15": ("fresh14", 30),
    "crowd16": ("fresh15", 32),
    "crowd17": ("fresh16", 34),
    "crowd18": ("fresh17", 35),
    "crowd19": ("fresh18", 37),
    "crowd20": ("fresh19", 38),
    "crowd21": ("fresh20", 39),
}
CROWD_DIR = ROOT / "bot" / "nlu_source"
ORDER = list(HELDOUT_SETS)  # oldest first


def newer_or_same(name: str) -> list[str]:
    return ORDER[ORDER.index(name) :]


def build(name: str, out: Path, extra_env: dict | None = None) -> Path:
    """nlu.yml as it would have been when `name` was written: older passes, older sets."""
    env = dict(os.environ)
    if name in CROWD_FOLDS:
        fresh, base_max = CROWD_FOLDS[name]
        # Every crowd file from K on, those written after the last fold too.
        newer = [
            path.name
            for path in CROWD_DIR.glob("crowd*_intents.yml")
            if int(path.name[5:].split("_")[0]) >= int(name[5:])
        ]
        env.update(
            BASE_MAX=str(base_max),
            FOLD_OUT=",".join(HELDOUT_SETS[n].name for n in newer_or_same(fresh)),
            CROWD_OUT=",".join(newer),
        )
    else:
        env.update(
            BASE_MAX=str(BASE_MAX[name]),
            FOLD_OUT=",".join(HELDOUT_SETS[n].name for n in newer_or_same(name)),
        )
    env["NLU_OUT"] = str(out)
    env.update(extra_env or {})
    subprocess.run(
        [sys.executable, str(ROOT / "bot" / "nlu_source" / "build_nlu.py")],
        env=env,
        check=True,
        capture_output=True,
    )
    return out


def score(model: nlu.IntentClassifier, name: str) -> dict[str, list[int]]:
    """Right and total per language, labels alone (out_of_scope may fall back)."""
    if name in CROWD_FOLDS:
        return score_file(model, CROWD_DIR / f"{name}_intents.yml")
    return score_file(model, HELDOUT_SETS[name])


def score_file(model: nlu.IntentClassifier, path: Path) -> dict[str, list[int]]:
    """The same for any file of the held-out shape (language -> intent -> messages); a
    base file's shape (intent -> language -> messages) is read as such."""
    data = read_heldout(path)
    if not set(data) <= {"da", "en"}:
        data = _by_language(data)
    tally: dict = defaultdict(lambda: [0, 0])
    for lang, intents in data.items():
        for expected, sentences in intents.items():
            for sentence in sentences:
                predicted = model.predict(sentence).intent
                fell_back = expected in FALLBACK_OK and predicted == nlu.FALLBACK
                tally[lang][0] += predicted == expected or fell_back
                tally[lang][1] += 1
    return dict(tally)


def _by_language(data: dict) -> dict:
    out: dict = {}
    for intent, langs in data.items():
        for lang, lines in (langs or {}).items():
            out.setdefault(lang, {}).setdefault(intent, []).extend(map(str, lines or []))
    return out


def run(names: list[str], extra_env: dict | None = None) -> dict[str, dict[str, list[int]]]:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            assert name not in QUIET_SETS, "the stand-in set is never scored by a tuner"
            path = build(name, Path(tmp) / f"{name}.yml", extra_env)
            model = nlu.IntentClassifier(nlu.training_examples(path))
            results[name] = score(model, name)
            figures = "  ".join(f"{lang} {r}/{t}" for lang, (r, t) in results[name].items())
            print(f"forward fold {name}: {figures}", flush=True)
    pooled: dict = defaultdict(lambda: [0, 0])
    for tally in results.values():
        for lang, (right, total) in tally.items():
            pooled[lang][0] += right
            pooled[lang][1] += total
    print(
        "pooled:",
        "  ".join(f"{lang} {r}/{t} ({r / t:.1%})" for lang, (r, t) in sorted(pooled.items())),
    )
    print(spread(results))
    return results


def spread(results: dict[str, dict[str, list[int]]]) -> str:
    """Each writer is one draw: the lowest, the median and how many reached 95 % per language."""
    parts = []
    for lang in ("da", "en"):
        shares = sorted(t[lang][0] / t[lang][1] for t in results.values() if lang in t)
        if shares:
            reached = sum(s >= 0.95 for s in shares)
            median = shares[len(shares) // 2]
            parts.append(
                f"{lang} lowest {shares[0]:.1%}, median {median:.1%}, "
                f"{reached}/{len(shares)} writers >= 95 %"
            )
    return "spread: " + "; ".join(parts)


def main() -> int:
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or [*BASE_MAX, *CROWD_FOLDS]
    run(names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
