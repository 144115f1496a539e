"""Forward folds: each seen intent set scored by the model its writer would have met.

Strict leave-one-set-out (bot/README.md "Intents") trains each set's model on every OTHER
seen set, the NEWER ones too, and forecast round 13 three to seven points high (da ~94.6 /
en ~94.9 against 90.7 / 87.7 measured). A new writer meets a model trained on what came
before them only. Here each set k is scored by a model built from the base passes written
before k was seen (BASE_MAX) and the sets OLDER than k folded in (FOLD_OUT = k and every
newer set), labels alone, crisis layer off (as the strict folds). So fresh12's fold is the
model round 13 met, fresh11's the one round 12 met, and their mean over the newest sets is
the forecast for the next writer.

`python bench/intent_forward.py [fresh9 fresh10 ...]` prints each fold per language and the
pooled figure; variants of the pipeline are compared with `--variant NAME` (VARIANTS below).
Only seen sets are listed; the quiet stand-in set is never scored here.
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
}
ORDER = list(HELDOUT_SETS)  # oldest first


def newer_or_same(name: str) -> list[str]:
    return ORDER[ORDER.index(name) :]


def build(name: str, out: Path, extra_env: dict | None = None) -> Path:
    """nlu.yml as it would have been when `name` was written: older passes, older sets."""
    env = dict(os.environ)
    env.update(
        BASE_MAX=str(BASE_MAX[name]),
        FOLD_OUT=",".join(HELDOUT_SETS[n].name for n in newer_or_same(name)),
        NLU_OUT=str(out),
    )
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
    return results


def main() -> int:
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or list(BASE_MAX)
    run(names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
