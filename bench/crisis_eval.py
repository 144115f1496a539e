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

from portal.chat import crisis, crisis_model  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "crisis_heldout.yml"
INTENT_HELDOUT = ROOT / "bench" / "data" / "intent_heldout.yml"
# The NLU training data, written by others for the classifier: a large set of everyday
# messages (every non-crisis example must raise no alarm) and crisis examples.
NLU = ROOT / "bot" / "data" / "nlu.yml"
# Development data (written after a detector version; misses fixed by kind): regression only.
PROBES = ROOT / "bench" / "data" / "crisis_probes.yml"
# Written before the learned net; seen since, and (like crisis_heldout.yml and fresh2 to
# fresh6) trained on by the net since the seventh round: crisis_model.BENCH_TRAINING.
FRESH = ROOT / "bench" / "data" / "crisis_fresh.yml"
# Written before its author read the rules or the training data (issue 10, second round).
FRESH2 = ROOT / "bench" / "data" / "crisis_fresh2.yml"
# Written before its author read the rules or any data file; not shown to the engineers
# tuning the layer (issue 10, third round); seen since the fourth round.
FRESH3 = ROOT / "bench" / "data" / "crisis_fresh3.yml"
# Written before its author read the rules or any data file; not shown to the engineers
# tuning the layer (issue 10, fourth round); seen since the fifth round.
FRESH4 = ROOT / "bench" / "data" / "crisis_fresh4.yml"
# Written before its author read the rules or any data file; not shown to the engineers
# tuning the layer (issue 10, fifth round); seen since.
FRESH5 = ROOT / "bench" / "data" / "crisis_fresh5.yml"
# Written before its author read the rules or any data file (issue 10, sixth round);
# measured once on the code of the time, then studied: its lines are printed.
FRESH6 = ROOT / "bench" / "data" / "crisis_fresh6.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, seventh
# round); measured once on the code of the time, seen since: its lines are printed, and the
# net trains on it since the eighth round (crisis_model.BENCH_TRAINING: "net trained on it").
FRESH7 = ROOT / "bench" / "data" / "crisis_fresh7.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, eighth
# round); measured once on the round-8 code, seen since: its lines are printed, and the net
# trains on it since the ninth round (crisis_model.BENCH_TRAINING: "net trained on it").
FRESH8 = ROOT / "bench" / "data" / "crisis_fresh8.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, ninth
# round); the unseen stand-in of round 9, seen since round 10: its lines are printed, and the
# net trains on it since the tenth round (crisis_model.BENCH_TRAINING: "net trained on it").
FRESH9 = ROOT / "bench" / "data" / "crisis_fresh9.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, tenth
# round); the unseen stand-in of round 10, seen since round 11: its lines are printed, and the
# net trains on it since the eleventh round (crisis_model.BENCH_TRAINING: "net trained on it").
FRESH10 = ROOT / "bench" / "data" / "crisis_fresh10.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, eleventh
# round); the unseen stand-in of round 11, seen since round 12: its lines are printed, and the
# net trains on it since the twelfth round (crisis_model.BENCH_TRAINING: "net trained on it").
FRESH11 = ROOT / "bench" / "data" / "crisis_fresh11.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, twelfth
# round); the unseen stand-in of round 12, seen since round 13: its lines are printed.
FRESH12 = ROOT / "bench" / "data" / "crisis_fresh12.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, thirteenth
# round); the unseen stand-in of round 13, seen since round 14: its lines are printed.
FRESH13 = ROOT / "bench" / "data" / "crisis_fresh13.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, fourteenth
# round); the unseen stand-in of round 14, seen since round 15: its lines are printed, and the
# net trains on it since the fifteenth round (crisis_model.BENCH_TRAINING: "net trained on it").
FRESH14 = ROOT / "bench" / "data" / "crisis_fresh14.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, fifteenth
# round); the unseen stand-in of round 15, seen since round 16: its lines are printed.
FRESH15 = ROOT / "bench" / "data" / "crisis_fresh15.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, sixteenth
# round); the unseen stand-in of round 16, seen since round 17: its lines are printed.
FRESH16 = ROOT / "bench" / "data" / "crisis_fresh16.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, seventeenth
# round); the unseen stand-in of round 17, seen since round 18: its lines are printed.
FRESH17 = ROOT / "bench" / "data" / "crisis_fresh17.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, eighteenth
# round); the unseen stand-in of round 18, seen since round 19: its lines are printed.
FRESH18 = ROOT / "bench" / "data" / "crisis_fresh18.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, nineteenth
# round); the unseen stand-in of round 19, seen since round 20: its lines are printed.
FRESH19 = ROOT / "bench" / "data" / "crisis_fresh19.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, twentieth
# round); the unseen stand-in of round 20, seen since round 21: its lines are printed.
FRESH20 = ROOT / "bench" / "data" / "crisis_fresh20.yml"
# Written by an engineer who had not read the rules or any data file (issue 10, twenty-first
# round), the final unseen stand-in for the outside check. The quiet set: figures only,
# never its lines.
FRESH21 = ROOT / "bench" / "data" / "crisis_fresh21.yml"
# Sets whose messages are never printed (figures only).
QUIET = frozenset({"fresh21"})
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
    path: Path = HELDOUT, intent_path: Path = INTENT_HELDOUT, nlu_path: Path | None = NLU
) -> dict:
    """Recall and false alarms on the held-out files; nlu_path None leaves nlu.yml out (the
    test suite checks it in shards, tests/chat/test_crisis.py)."""
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
    for lang, label, sentence in intent_sentences(nlu_path) if nlu_path else ():
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


# -- the learned second net (portal/chat/crisis_model.py): rules, net, both -----------------
def _labelled(path: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(category, lang, message) of the crisis part and of the harmless part of a file shaped
    like crisis_heldout.yml; probe files ({rounds: {name: {crisis, harmless}}}) too."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    parts = data["rounds"].items() if "rounds" in data else [(None, data)]
    crisis_msgs, harmless_msgs = [], []
    for name, part in parts:
        for key, out in (("crisis", crisis_msgs), ("harmless", harmless_msgs)):
            node = part.get(key) or {}
            langs_first = all(k in LANGS for k in node)
            groups = {name or key: node} if langs_first else node
            for category, langs in groups.items():
                for lang, messages in (langs or {}).items():
                    out += [(category, lang, m) for m in messages or []]
    return crisis_msgs, harmless_msgs


def _decisions(messages: list[str]) -> list[tuple[bool, bool]]:
    """(rules flag, net flag) for each message; the net's flag as if the rules said none
    (it reads what crisis.check() gives it: the words after the harmless guards)."""
    out = []
    for m in messages:
        rules = crisis.rules_check(m)
        # An explicit denial the rules saw ("I'm not in crisis") is not overruled by the net.
        net = not rules.negated and (
            crisis_model.score(crisis.net_text(m)) >= crisis_model.THRESHOLD
        )
        out.append((rules.flagged, net))
    return out


def compare(path: Path) -> dict:
    """Recall per language and category and false alarms, for rules alone, the net alone and
    both (the net runs when the rules say none: both = either)."""
    crisis_msgs, harmless_msgs = _labelled(path)
    out: dict = {"recall": {}, "false_alarms": {}, "missed_by_both": [], "net_alarms": []}
    groups: dict[str, list[int]] = defaultdict(list)
    flags = _decisions([m for _, _, m in crisis_msgs])
    for i, (category, lang, _) in enumerate(crisis_msgs):
        for key in ("all", lang, f"{category}/{lang}"):
            groups[key].append(i)
    for key, idx in groups.items():
        out["recall"][key] = {
            "total": len(idx),
            "rules": sum(flags[i][0] for i in idx),
            "net": sum(flags[i][1] for i in idx),
            "both": sum(flags[i][0] or flags[i][1] for i in idx),
        }
    out["missed_by_both"] = [
        (c, lang, m) for (c, lang, m), f in zip(crisis_msgs, flags, strict=True) if not any(f)
    ]
    hflags = _decisions([m for _, _, m in harmless_msgs])
    for lang in ("all", *LANGS):
        idx = [i for i, (_, lg, _) in enumerate(harmless_msgs) if lang in ("all", lg)]
        out["false_alarms"][lang] = {
            "total": len(idx),
            "rules": sum(hflags[i][0] for i in idx),
            "net": sum(hflags[i][1] for i in idx),
            "both": sum(hflags[i][0] or hflags[i][1] for i in idx),
        }
    out["net_alarms"] = [
        (c, lang, m)
        for (c, lang, m), f in zip(harmless_msgs, hflags, strict=True)
        if f[1] and not f[0]
    ]
    return out


def _sentence_alarms(sentences: list[str]) -> dict:
    flags = _decisions(sentences)
    return {
        "total": len(flags),
        "rules": sum(f[0] for f in flags),
        "net": sum(f[1] for f in flags),
        "both": sum(f[0] or f[1] for f in flags),
    }


def _pct(n: int, total: int) -> str:
    return f"{n}/{total} ({n / total:.1%})" if total else "0/0"


def set_note(path: Path, note: str) -> str:
    """A bench set's note, marked when the net trains on it (crisis_model.BENCH_TRAINING, the
    seen sets since issue 10's seventh round), so nobody reads its figures as held out."""
    return f"{note} (net trained on it)" if path in crisis_model.BENCH_TRAINING else note


def net_report(show_lists: bool = True) -> dict:
    """Prints rules / net / both for the held-out set, the probes and the fresh set, and
    false alarms on every harmless set; returns the figures."""
    crisis_model.warm()
    # What first use costs once the imports are done: reading the data and training.
    t0, w0 = time.process_time(), time.perf_counter()
    # What net() learns from: the training data and the everyday negatives (eleventh round).
    texts, labels, sources = crisis_model.training_data(everyday=True)
    crisis_model.CrisisNet(texts, labels, sources)
    train_cpu, train_wall = time.process_time() - t0, time.perf_counter() - w0
    print(
        f"learned net (portal/chat/crisis_model.py): threshold {crisis_model.THRESHOLD}; "
        f"reading {len(texts)} examples and training: {train_cpu:.2f} s CPU "
        f"({train_wall:.2f} s wall on this machine)"
    )
    figures: dict = {"threshold": crisis_model.THRESHOLD, "train_cpu_s": train_cpu}
    for name, path, note in (
        ("held-out", HELDOUT, "rules' held-out set, seen"),
        ("probes", PROBES, "development data; the net TRAINS on it: in-sample"),
        ("fresh", FRESH, "written before the net; seen"),
        ("fresh2", FRESH2, "issue 10 round 2: written first; seen"),
        (
            "fresh3",
            FRESH3,
            "issue 10 round 3: written first, unseen until round 4; seen",
        ),
        (
            "fresh4",
            FRESH4,
            "issue 10 round 4: written first, unseen until round 5; seen",
        ),
        (
            "fresh5",
            FRESH5,
            "issue 10 round 5: written first, unseen until round 6; seen",
        ),
        (
            "fresh6",
            FRESH6,
            "issue 10 round 6: written by an engineer who had not seen the code, measured "
            "once on 97ba9d6-era main, then studied; seen",
        ),
        (
            "fresh7",
            FRESH7,
            "issue 10 round 7: written by an engineer who had not seen the code, measured "
            "once on the round-7 code; seen",
        ),
        (
            "fresh8",
            FRESH8,
            "issue 10 round 8: written by an engineer who had not seen the code, measured "
            "once on the round-8 code; seen",
        ),
        (
            "fresh9",
            FRESH9,
            "issue 10 round 9: written by an engineer who had not seen the code, measured "
            "once on the round-9 code; seen",
        ),
        (
            "fresh10",
            FRESH10,
            "issue 10 round 10: written by an engineer who had not seen the code, measured "
            "once on the round-10 code; seen",
        ),
        (
            "fresh11",
            FRESH11,
            "issue 10 round 11: written by an engineer who had not seen the code, measured "
            "once on the round-11 code; seen",
        ),
        (
            "fresh12",
            FRESH12,
            "issue 10 round 12: written by an engineer who had not seen the code, measured "
            "once on the round-12 code; seen",
        ),
        (
            "fresh13",
            FRESH13,
            "issue 10 round 13: written by an engineer who had not seen the code, measured "
            "once on the round-13 code; seen",
        ),
        (
            "fresh14",
            FRESH14,
            "issue 10 round 14: written by an engineer who had not seen the code, measured "
            "once on the round-14 code; seen",
        ),
        (
            "fresh15",
            FRESH15,
            "issue 10 round 15: written by an engineer who had not seen the code, measured "
            "once on the round-15 code; seen",
        ),
        (
            "fresh16",
            FRESH16,
            "issue 10 round 16: written by an engineer who had not seen the code, measured "
            "once on the round-16 code; seen",
        ),
        (
            "fresh17",
            FRESH17,
            "issue 10 round 17: written by an engineer who had not seen the code, measured "
            "once on the round-17 code; seen",
        ),
        (
            "fresh18",
            FRESH18,
            "issue 10 round 18: written by an engineer who had not seen the code, measured "
            "once on the round-18 code; seen",
        ),
        (
            "fresh19",
            FRESH19,
            "issue 10 round 19: written by an engineer who had not seen the code, measured "
            "once on the round-19 code; seen",
        ),
        (
            "fresh20",
            FRESH20,
            "issue 10 round 20: written by an engineer who had not seen the code, measured "
            "once on the round-20 code; seen",
        ),
        (
            "fresh21",
            FRESH21,
            "issue 10 round 21: written by an engineer who had not seen the code; the final "
            "unseen stand-in",
        ),
    ):
        if not path.exists():
            continue
        note = set_note(path, note)
        r = compare(path)
        figures[name] = {"recall": r["recall"], "false_alarms": r["false_alarms"]}
        print(f"{name} ({note}): recall rules / net / both")
        for key, v in r["recall"].items():
            if "/" not in key:
                print(
                    f"  {key:28} rules {_pct(v['rules'], v['total']):16} net "
                    f"{_pct(v['net'], v['total']):16} both {_pct(v['both'], v['total'])}"
                )
        for key, v in sorted(r["recall"].items()):
            if "/" in key:
                print(
                    f"  {key:28} rules {v['rules']:3} net {v['net']:3} both "
                    f"{v['both']:3} of {v['total']}"
                )
        for lang, v in r["false_alarms"].items():
            print(
                f"  false alarms {lang:4} rules {_pct(v['rules'], v['total']):14} net "
                f"{_pct(v['net'], v['total']):14} both {_pct(v['both'], v['total'])}"
            )
        # fresh21 stays unseen by whoever tunes the layer: its figures are printed, never
        # its messages (fresh5 to fresh20 have been seen and may be printed).
        if show_lists and name not in QUIET:
            for category, lang, message in r["missed_by_both"]:
                print(f"  MISS [{lang}] {category}: {message!r}")
            for category, lang, message in r["net_alarms"]:
                print(f"  NET FALSE ALARM [{lang}] {category}: {message!r}")
    intent = [s for _, label, s in intent_sentences(INTENT_HELDOUT) if label != "crisis"]
    nlu = [s for _, label, s in intent_sentences(NLU) if label != "crisis"]
    for name, sentences, note in (
        ("intent held-out", intent, "never trained on"),
        ("nlu.yml non-crisis", nlu, "the net trains on it: in-sample, see --threshold for CV"),
    ):
        v = _sentence_alarms(sentences)
        figures[name] = v
        print(
            f"false alarms on {name} ({note}): rules {_pct(v['rules'], v['total'])}, net "
            f"{_pct(v['net'], v['total'])}, both {_pct(v['both'], v['total'])}"
        )
    messages = [m for _, _, m in _labelled(HELDOUT)[0] + _labelled(HELDOUT)[1]]
    rules_ms, both_ms = [], []
    for message in messages:
        t = time.perf_counter()
        crisis.rules_check(message)
        rules_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        crisis_model.score(message)
        both_ms.append((time.perf_counter() - t) * 1000)
    figures["net_ms"] = {"mean": statistics.fmean(both_ms), "max": max(both_ms)}
    print(
        f"time per message, net: mean {statistics.fmean(both_ms):.2f} ms, slowest "
        f"{max(both_ms):.2f} ms (rules, warm cache: mean {statistics.fmean(rules_ms):.2f} ms)"
    )
    return figures


def threshold_report(folds: int = 5) -> float:
    """Chooses the net's threshold by cross-validation (slow: folds × training) and prints
    what it gains: false alarms ≤ 1 % on nlu.yml's non-crisis examples out of fold and on
    the harmless messages of crisis_heldout.yml and intent_heldout.yml (full model)."""
    texts, sources, oof = crisis_model.out_of_fold_scores(folds)
    net = crisis_model.net()
    heldout_harmless = [m for _, _, m in _labelled(HELDOUT)[1]]
    intent = [s for _, label, s in intent_sentences(INTENT_HELDOUT) if label != "crisis"]
    sets = {
        "nlu.yml non-crisis (CV)": [s for s, src in zip(oof, sources, strict=True) if src == "nlu"],
        "crisis_heldout harmless": net.scores(heldout_harmless),
        "intent_heldout non-crisis": net.scores(intent),
    }
    chosen = crisis_model.choose_threshold(sets)
    print(f"chosen threshold {chosen} (in use: {crisis_model.THRESHOLD})")
    extra = {
        "crisis_training harmless (CV)": "training_harmless",
        "probes harmless (CV)": "probes_harmless",
        "seen bench sets harmless (CV)": "bench_harmless",
    }
    for name, src in extra.items():
        sets[name] = [s for s, x in zip(oof, sources, strict=True) if x == src]
    for name, scores in sets.items():
        n = sum(s >= chosen for s in scores)
        print(f"  false alarms {name}: {_pct(n, len(scores))}")
    for src in ("nlu_crisis", "probes_crisis", "training_crisis", "bench_crisis"):
        idx = [i for i, x in enumerate(sources) if x == src]
        missed = [i for i in idx if not crisis.rules_check(texts[i]).flagged]
        net_hits = sum(oof[i] >= chosen for i in idx)
        gained = sum(oof[i] >= chosen for i in missed)
        print(
            f"  {src} (CV): net alone {_pct(net_hits, len(idx))}; of the {len(missed)} the "
            f"rules miss, the net catches {gained}"
        )
    return chosen


def lofo_report() -> dict:
    """Leave one file out (crisis_model.leave_one_file_out; slow: ~17 trainings): per held-out
    file, the net's recall and false alarms at the threshold chosen without that file (false
    alarms at most 1 % on the other files' harmless lines and on nlu.yml's, out of fold), and
    the layer's (rules or net). The honest estimate of a new writer's phrasings."""
    rows, oof = crisis_model.leave_one_file_out(crisis.net_text)
    rules = [crisis.rules_check(row[0]) if row[3] != "nlu" else None for row in rows]
    nlu = [s for row, s in zip(rows, oof, strict=True) if row[3] == "nlu" and not row[1]]
    out: dict = {}
    pool = defaultdict(int)
    for name in dict.fromkeys(row[3] for row in rows if row[3] != "nlu"):
        other = [
            s
            for row, s in zip(rows, oof, strict=True)
            if row[3] not in (name, "nlu") and not row[1]
        ]
        t = crisis_model.choose_threshold({"other files": other, "nlu.yml": nlu})
        v = {
            "threshold": t,
            "n": 0,
            "net": 0,
            "both": 0,
            "harmless": 0,
            "net_alarms": 0,
            "both_alarms": 0,
        }
        for row, s, r in zip(rows, oof, rules, strict=True):
            if row[3] != name:
                continue
            net = s >= t and not r.negated
            if row[1]:
                v["n"] += 1
                v["net"] += net
                v["both"] += net or r.flagged
            else:
                v["harmless"] += 1
                v["net_alarms"] += net
                v["both_alarms"] += net or r.flagged
        out[name] = v
        if name.startswith("crisis_heldout") or name.startswith("crisis_fresh"):
            for key, value in v.items():
                pool[key] += value if key != "threshold" else 0
        print(
            f"{name:22} threshold {t:4}: net {_pct(v['net'], v['n']):17} rules or net "
            f"{_pct(v['both'], v['n']):17} false alarms net "
            f"{_pct(v['net_alarms'], v['harmless']):14} rules or net "
            f"{_pct(v['both_alarms'], v['harmless'])}"
        )
    print(
        f"seen bench sets pooled: net {_pct(pool['net'], pool['n'])}, rules or net "
        f"{_pct(pool['both'], pool['n'])}; false alarms net "
        f"{_pct(pool['net_alarms'], pool['harmless'])}"
    )
    chosen = crisis_model.choose_threshold(
        {
            "all files": [
                s for row, s in zip(rows, oof, strict=True) if row[3] != "nlu" and not row[1]
            ],
            "nlu.yml": nlu,
        }
    )
    print(f"threshold for the model on all files: {chosen} (in use: {crisis_model.THRESHOLD})")
    out["chosen"] = chosen
    return out


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
    net = net_report()
    return {
        "net": net,
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
    if "--threshold" in sys.argv:
        threshold_report()
    elif "--lofo" in sys.argv:
        lofo_report()
    else:
        main()
