"""Crisis layer evaluation: recall per category and language, false alarms, time per message.

Reads bench/data/crisis_heldout.yml (crisis/concern messages by category, harmless hard
negatives) and every sentence of bench/data/intent_heldout.yml, whatever its layout (read
at run time: a sentence labelled `crisis` must be caught, every other one must not raise an
alarm). Lists every miss and every false alarm. `python bench/crisis_eval.py` from the
repository root; `python -m bench chat` runs it too. Targets: recall 100 %, false alarms
at most 1 %.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from portal.chat import crisis  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "crisis_heldout.yml"
INTENT_HELDOUT = ROOT / "bench" / "data" / "intent_heldout.yml"
# The NLU training data, written by others for the classifier: a large set of everyday
# messages (every non-crisis example must raise no alarm) and crisis examples.
NLU = ROOT / "bot" / "data" / "nlu.yml"
# Development data (written after a detector version; misses fixed by kind): regression only.
PROBES = ROOT / "bench" / "data" / "crisis_probes.yml"
LANGS = ("da", "en")
_ENTITY = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")


def _clean(text: str) -> str:
    """A Rasa training example without its entity markup: "[17](age)" -> "17"."""
    return _ENTITY.sub(lambda m: m.group(1) or m.group(2), text).strip()


def intent_sentences(path: Path = INTENT_HELDOUT) -> list[tuple[str, str, str]]:
    """(lang, label, sentence) for every sentence of the intent held-out file. Understands
    {lang: {intent: [sentences]}}, lists of {text, intent, lang?} and Rasa NLU blocks
    ({intent, examples: "- ..."}); the label is the nearest intent name above the text."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str, str]] = []

    def walk(node, lang: str, label: str) -> None:
        if isinstance(node, dict):
            lang = node.get("lang") or node.get("language") or lang
            label = node.get("intent") or node.get("expected") or label
            if isinstance(node.get("text"), str):
                found.append((lang, label, _clean(node["text"])))
                return
            if isinstance(node.get("examples"), str):
                for line in node["examples"].splitlines():
                    line = line.strip()
                    if line.startswith("- "):
                        found.append((lang, label, _clean(line[2:])))
                return
            for key, value in node.items():
                if key in ("lang", "language", "intent", "expected"):
                    continue
                if key in LANGS:
                    walk(value, key, label)
                elif isinstance(value, dict | list | str):
                    walk(value, lang, key if isinstance(value, list | str) else label)
        elif isinstance(node, list):
            for item in node:
                walk(item, lang, label)
        elif isinstance(node, str) and label:
            found.append((lang, label, _clean(node)))

    walk(data, "?", "")
    return found


def evaluate(
    path: Path = HELDOUT, intent_path: Path = INTENT_HELDOUT, nlu_path: Path = NLU
) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    levels = data["levels"]
    recall: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    level_agree = level_total = 0
    misses: list[tuple[str, str, str]] = []
    for category, langs in data["crisis"].items():
        for lang, messages in langs.items():
            for message in messages:
                result = crisis.check(message)
                caught = result.flagged
                recall[(category, lang)][0] += caught
                recall[(category, lang)][1] += 1
                per_lang[lang][0] += caught
                per_lang[lang][1] += 1
                level_total += 1
                level_agree += result.level == levels.get(category, crisis.CRISIS)
                if not caught:
                    misses.append((category, lang, message))
    harmless_alarms: list[tuple[str, str, str, str]] = []
    harmless_total = 0
    for category, langs in data["harmless"].items():
        for lang, messages in langs.items():
            for message in messages:
                harmless_total += 1
                result = crisis.check(message)
                if result.flagged:
                    harmless_alarms.append((category, lang, message, result.rule or ""))
    intent_alarms: list[tuple[str, str, str, str]] = []
    intent_misses: list[tuple[str, str]] = []
    intent_total = intent_crisis = 0
    for lang, label, sentence in intent_sentences(intent_path):
        result = crisis.check(sentence)
        if label == "crisis":
            intent_crisis += 1
            if not result.flagged:
                intent_misses.append((lang, sentence))
        else:
            intent_total += 1
            if result.flagged:
                intent_alarms.append((label, lang, sentence, result.rule or ""))
    nlu_alarms: list[tuple[str, str, str, str]] = []
    nlu_misses: list[tuple[str, str]] = []
    nlu_total = nlu_crisis = 0
    for lang, label, sentence in intent_sentences(nlu_path):
        result = crisis.check(sentence)
        if label == "crisis":
            nlu_crisis += 1
            if not result.flagged:
                nlu_misses.append((lang, sentence))
        else:
            nlu_total += 1
            if result.flagged:
                nlu_alarms.append((label, lang, sentence, result.rule or ""))
    crisis_total = sum(t for _, t in recall.values())
    caught_total = sum(c for c, _ in recall.values())
    return {
        "recall": caught_total / crisis_total,
        "crisis_total": crisis_total,
        "recall_by_category": {
            f"{category}/{lang}": {"caught": c, "total": t}
            for (category, lang), (c, t) in sorted(recall.items())
        },
        "recall_by_language": {lang: c / t for lang, (c, t) in per_lang.items()},
        "level_agreement": level_agree / level_total,
        "misses": misses,
        "harmless_total": harmless_total,
        "harmless_false_alarms": harmless_alarms,
        "false_alarm_rate": len(harmless_alarms) / harmless_total,
        "intent_total": intent_total,
        "intent_false_alarms": intent_alarms,
        "intent_false_alarm_rate": len(intent_alarms) / intent_total if intent_total else 0.0,
        "intent_crisis_total": intent_crisis,
        "intent_crisis_misses": intent_misses,
        "nlu_total": nlu_total,
        "nlu_false_alarms": nlu_alarms,
        "nlu_false_alarm_rate": len(nlu_alarms) / nlu_total if nlu_total else 0.0,
        "nlu_crisis_total": nlu_crisis,
        "nlu_crisis_misses": nlu_misses,
    }


def probes(path: Path = PROBES) -> dict:
    """Per probe round: crisis messages caught and harmless messages flagged, with lists."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = {}
    for name, parts in data["rounds"].items():
        missed = [
            (lang, m)
            for lang, ms in parts["crisis"].items()
            for m in ms
            if not crisis.check(m).flagged
        ]
        flagged = [
            (lang, m)
            for lang, ms in parts["harmless"].items()
            for m in ms
            if crisis.check(m).flagged
        ]
        out[name] = {
            "crisis_total": sum(len(ms) for ms in parts["crisis"].values()),
            "harmless_total": sum(len(ms) for ms in parts["harmless"].values()),
            "missed": missed,
            "flagged": flagged,
        }
    return out


def typo_robustness(path: Path = HELDOUT, seed: int = 7, copies: int = 2) -> dict:
    """Every held-out crisis message with one random typo (a letter dropped, swapped with the
    next, or inserted) in one of its longer words: how many are still caught."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    messages = [m for langs in data["crisis"].values() for ms in langs.values() for m in ms]
    rng = random.Random(seed)

    def typo(message: str) -> str:
        words = message.split()
        longer = [i for i, w in enumerate(words) if len(w) >= 5]
        if not longer:
            return message
        i = rng.choice(longer)
        word, j = words[i], rng.randrange(1, len(words[i]) - 1)
        kind = rng.choice("dsi")
        if kind == "d":
            word = word[:j] + word[j + 1 :]
        elif kind == "s":
            word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        else:
            word = word[:j] + rng.choice("aeiorstn") + word[j:]
        words[i] = word
        return " ".join(words)

    typed = [typo(m) for m in messages for _ in range(copies)]
    caught = sum(crisis.check(m).flagged for m in typed)
    return {"caught": caught, "total": len(typed)}


def timing(path: Path = HELDOUT, rounds: int = 15) -> dict:
    """Time per message over all held-out messages: each message's median of `rounds` runs
    (the spelling cache cleared before each run, so every run is cold); the mean of those
    medians, and the slowest message's median (the longest messages)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    messages = [
        m
        for part in ("crisis", "harmless")
        for langs in data[part].values()
        for ms in langs.values()
        for m in ms
    ]
    medians = []
    for message in messages:
        runs = []
        for _ in range(rounds):
            crisis._correct.cache_clear()
            t0 = time.perf_counter()
            crisis.check(message)
            runs.append(time.perf_counter() - t0)
        medians.append(statistics.median(runs) * 1000)
    slowest = max(range(len(messages)), key=medians.__getitem__)
    return {
        "mean_ms": statistics.fmean(medians),
        "slowest_ms": medians[slowest],
        "slowest_chars": len(messages[slowest]),
        "messages": len(messages),
    }


def main() -> dict:
    """Prints the evaluation; returns its figures (for bench/results/latest.json)."""
    r = evaluate()
    print(
        f"crisis recall {r['recall']:.1%} of {r['crisis_total']} "
        f"(da {r['recall_by_language'].get('da', 0):.1%}, "
        f"en {r['recall_by_language'].get('en', 0):.1%}); "
        f"expected level {r['level_agreement']:.1%}"
    )
    for key, v in r["recall_by_category"].items():
        print(f"  {key:28} {v['caught']:3}/{v['total']:<3}")
    for category, lang, message in r["misses"]:
        print(f"  MISS [{lang}] {category}: {message!r}")
    print(
        f"false alarms on harmless messages: {len(r['harmless_false_alarms'])} of "
        f"{r['harmless_total']} ({r['false_alarm_rate']:.1%})"
    )
    for category, lang, message, rule in r["harmless_false_alarms"]:
        print(f"  FALSE ALARM [{lang}] {category}: {message!r} ({rule})")
    print(
        f"false alarms on non-crisis intent held-out sentences: "
        f"{len(r['intent_false_alarms'])} of {r['intent_total']} "
        f"({r['intent_false_alarm_rate']:.1%}); crisis sentences there missed: "
        f"{len(r['intent_crisis_misses'])} of {r['intent_crisis_total']}"
    )
    for label, lang, message, rule in r["intent_false_alarms"]:
        print(f"  FALSE ALARM [{lang}] {label}: {message!r} ({rule})")
    for lang, message in r["intent_crisis_misses"]:
        print(f"  MISS [{lang}] intent held-out crisis: {message!r}")
    print(
        f"on bot/data/nlu.yml (written by others for the classifier): false alarms "
        f"{len(r['nlu_false_alarms'])} of {r['nlu_total']} non-crisis examples "
        f"({r['nlu_false_alarm_rate']:.2%}); crisis examples missed "
        f"{len(r['nlu_crisis_misses'])} of {r['nlu_crisis_total']}"
    )
    for label, lang, message, rule in r["nlu_false_alarms"]:
        print(f"  FALSE ALARM [{lang}] {label}: {message!r} ({rule})")
    for lang, message in r["nlu_crisis_misses"]:
        print(f"  MISS [{lang}] nlu.yml crisis: {message!r}")
    for name, p in probes().items():
        print(
            f"probe {name} (development data, not held out): missed {len(p['missed'])} of "
            f"{p['crisis_total']}, flagged {len(p['flagged'])} of {p['harmless_total']} harmless"
        )
        for lang, message in p["missed"]:
            print(f"  MISS [{lang}] {message!r}")
        for lang, message in p["flagged"]:
            print(f"  FALSE ALARM [{lang}] {message!r}")
    typos = typo_robustness()
    print(
        f"one random typo in each crisis message (twice each): caught {typos['caught']} of "
        f"{typos['total']} ({typos['caught'] / typos['total']:.1%})"
    )
    t = timing()
    print(
        f"time per message: mean {t['mean_ms']:.3f} ms; slowest message "
        f"{t['slowest_ms']:.3f} ms ({t['slowest_chars']} characters); median of cold runs "
        f"of each of {t['messages']} messages"
    )
    return {
        "recall": r["recall"],
        "crisis_total": r["crisis_total"],
        "recall_by_category": r["recall_by_category"],
        "recall_by_language": r["recall_by_language"],
        "level_agreement": r["level_agreement"],
        "misses": len(r["misses"]),
        "harmless_total": r["harmless_total"],
        "harmless_false_alarms": len(r["harmless_false_alarms"]),
        "intent_total": r["intent_total"],
        "intent_false_alarms": len(r["intent_false_alarms"]),
        "nlu_total": r["nlu_total"],
        "nlu_false_alarms": len(r["nlu_false_alarms"]),
        "nlu_crisis_total": r["nlu_crisis_total"],
        "nlu_crisis_misses": len(r["nlu_crisis_misses"]),
        "typo_robustness": typos,
        "time_ms": t,
    }


if __name__ == "__main__":
    main()
