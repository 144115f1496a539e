"""Crisis rules by family against the learned net, out of fold (issue 10, sixteenth to
twentieth rules rounds).

For each writer of rounds 12-20 (crisis_fresh12..20) and of the crowd files (crisis_crowd14..21):
  - the RULES AS THEY WERE while that writer was unseen (crisis.py at the commit it was measured
    on, loaded from git into a module of its own), and
  - the NET OUT OF FOLD: trained on every other training row (crisis_model.training_rows() and
    everyday_rows(), crisis_fresh16 and 17 added as seen bench sets), never on the writer's lines.
Prints, per rule family, the harmless lines it alarmed on and the crisis lines it caught that
the out-of-fold net did not (its added recall), summed over the writers; then the trade of a
layer decision "a hit of a weak family stands only if the net's score is at least F", chosen
on the other writers and scored on the one left out. Figures only, never a line of a set.

`python bench/crisis_families.py` (slow the first time: one training per writer, cached in
CACHE). CRISIS_NET_ROOT names a checkout whose crisis_model and data the folds use (a worktree
of a fixed commit, so data landing meanwhile does not move the folds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NET_ROOT = Path(os.environ.get("CRISIS_NET_ROOT", ROOT))
CACHE = Path(os.environ.get("CRISIS_FAMILIES_CACHE", "/tmp/crisis_families.json"))
sys.path.insert(0, str(NET_ROOT))

# Each writer and the commit its set was measured on while unseen (crowd files: the commit that
# added the file, before anyone read it).
WRITERS = {
    "crisis_fresh12": ("bench/data/crisis_fresh12.yml", "3f066fc"),
    "crisis_fresh13": ("bench/data/crisis_fresh13.yml", "dac0dad"),
    "crisis_fresh14": ("bench/data/crisis_fresh14.yml", "7265c09"),
    "crisis_fresh15": ("bench/data/crisis_fresh15.yml", "58b3f32"),
    "crisis_fresh16": ("bench/data/crisis_fresh16.yml", "4e18af4"),
    "crisis_fresh17": ("bench/data/crisis_fresh17.yml", "e9524f3"),
    "crisis_crowd14": ("bot/data/crisis_crowd14.yml", "6265502"),
    "crisis_crowd15": ("bot/data/crisis_crowd15.yml", "d4749de"),
    "crisis_crowd16": ("bot/data/crisis_crowd16.yml", "f52f138"),
    # crowd17: the commit that completed the file; the rules then were those it was first
    # measured with (f038bb3 and 13:22 gave the same figures, bot/README sixteenth round).
    "crisis_crowd17": ("bot/data/crisis_crowd17.yml", "8b7bce3"),
    # Eighteenth rules round: round 18 as measured once unseen (bench/README "chatbot round
    # 18"), crowd18 on the commit that completed the file (16:20, scored before reading).
    "crisis_fresh18": ("bench/data/crisis_fresh18.yml", "6133d97"),
    "crisis_crowd18": ("bot/data/crisis_crowd18.yml", "2162ccd"),
    # Nineteenth rules round: round 19 as measured once unseen (bench/README "chatbot round
    # 19", 4ec9416) and crowd19 on the rules it was scored with before reading (29b10c5).
    "crisis_fresh19": ("bench/data/crisis_fresh19.yml", "4ec9416"),
    "crisis_crowd19": ("bot/data/crisis_crowd19.yml", "29b10c5"),
    # crowd20 on the commit that completed the file (b44b15e, 22:4x, scored before reading;
    # its crisis.py is that of f44b0e8, the nineteenth rules round's start).
    "crisis_crowd20": ("bot/data/crisis_crowd20.yml", "b44b15e"),
    # Twentieth rules round: round 20 as measured once unseen (bench/README "chatbot round
    # 20", bf4a50f).
    "crisis_fresh20": ("bench/data/crisis_fresh20.yml", "bf4a50f"),
    # crowd21 on the commit that completed the file (e7857b2, scored before reading; its
    # crisis.py is b9f870f's, the twentieth rules round's start).
    "crisis_crowd21": ("bot/data/crisis_crowd21.yml", "e7857b2"),
}
# The seen bench sets the folds train on that the checkout's BENCH_TRAINING may not list yet.
SEEN_SETS = (
    "crisis_fresh16.yml",
    "crisis_fresh17.yml",
    "crisis_fresh18.yml",
    "crisis_fresh19.yml",
    "crisis_fresh20.yml",
)
LANGS = ("da", "en")


def labelled(path: Path) -> list[tuple[int, str, str, str]]:
    """(label, category, lang, text) of a file shaped like crisis_heldout.yml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for key, label in (("crisis", 1), ("harmless", 0)):
        node = data.get(key) or {}
        groups = {key: node} if all(k in LANGS for k in node) else node
        for category, langs in groups.items():
            for lang, messages in (langs or {}).items():
                out += [(label, category, lang, m) for m in messages or [] if isinstance(m, str)]
    return out


def rules_at(commit: str) -> types.ModuleType:
    """portal/chat/crisis.py as it was at `commit`, as a module of its own."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{commit}:portal/chat/crisis.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    name = f"crisis_at_{commit}"
    module = types.ModuleType(name)
    module.__file__ = f"{name}.py"
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102
    return module


def current_rules() -> types.ModuleType:
    """This checkout's portal/chat/crisis.py (CRISIS_NET_ROOT may put another first on the path)."""
    if "crisis_now" not in sys.modules:
        module = types.ModuleType("crisis_now")
        module.__file__ = str(ROOT / "portal" / "chat" / "crisis.py")
        sys.modules["crisis_now"] = module
        source = Path(module.__file__).read_text(encoding="utf-8")
        exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102
    return sys.modules["crisis_now"]


def _seen_rows(crisis_model) -> list[tuple]:
    """The seen sets of SEEN_SETS as bench sets, where the checkout does not train on them
    yet."""
    out = []
    for name in SEEN_SETS:
        path = NET_ROOT / "bench" / "data" / name
        if path in crisis_model.BENCH_TRAINING or not path.exists():
            continue
        out += [
            (
                text,
                label,
                f"bench_{'crisis' if label else 'harmless'}",
                path.stem,
                f"{path.stem}/{c}",
            )
            for label, c, _, text in labelled(path)
        ]
    return out


def fold_scores() -> dict[str, list[float]]:
    """Each writer's lines scored by a net trained without that writer (cached)."""
    cached = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    todo = [w for w in WRITERS if w not in cached.get("net", {})]
    if not todo:
        return cached["net"]
    from portal.chat import crisis_model

    rows = crisis_model.training_rows() + crisis_model.everyday_rows()
    rows += _seen_rows(crisis_model)
    keys = [crisis_model._key(r[0]) for r in rows]
    cached.setdefault("net", {})
    for writer in todo:
        lines = labelled(NET_ROOT / WRITERS[writer][0])
        held = {crisis_model._key(t) for *_, t in lines}
        train = [i for i, r in enumerate(rows) if r[3] != writer and keys[i] not in held]
        net = crisis_model.CrisisNet(*([rows[i][c] for i in train] for c in range(4)))
        module = rules_at(WRITERS[writer][1])
        scores = net.scores([module.net_text(t) for *_, t in lines])
        cached["net"][writer] = [s if s != float("-inf") else None for s in scores]
        # What today's guards leave of each line, scored by the same net (today's check()).
        scores = net.scores([current_rules().net_text(t) for *_, t in lines])
        cached.setdefault("net_now", {})[writer] = [
            s if s != float("-inf") else None for s in scores
        ]
        CACHE.write_text(json.dumps(cached))
        print(f"trained without {writer}: {len(train)} rows", file=sys.stderr)
    return cached["net"]


def rule_hits(module) -> dict[str, list]:
    """(rule, level, negated) of every writer's lines by a rules module (current or old)."""
    out = {}
    for writer, (path, _) in WRITERS.items():
        out[writer] = []
        for *_, text in labelled(NET_ROOT / path):
            r = module.rules_check(text)
            out[writer].append((r.rule if r.flagged else None, r.level, r.negated))
    return out


def old_rule_hits() -> dict[str, list]:
    cached = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    todo = [w for w in WRITERS if w not in cached.get("old_rules", {})]
    if todo:
        cached.setdefault("old_rules", {})
        for writer, (path, commit) in ((w, WRITERS[w]) for w in todo):
            module = rules_at(commit)
            cached["old_rules"][writer] = [
                (r.rule if r.flagged else None, r.level, r.negated)
                for r in map(module.rules_check, (t for *_, t in labelled(NET_ROOT / path)))
            ]
        CACHE.write_text(json.dumps(cached))
    return cached["old_rules"]


def family(rule: str, depth: str) -> str:
    category, _, kind = rule.partition(".")
    if depth == "category":
        return category
    prefix = f"{category}.{kind.split('_')[0]}"
    if depth == "topic":  # the topic words as one family, every other family on its own
        return "topic" if prefix in TOPIC_WORDS else prefix
    return prefix


def table(hits, scores, threshold: float, depth: str) -> dict[str, list[int]]:
    """family -> [alarms, caught, added beyond the net, hits with a net score, writers]."""
    out: dict[str, list] = defaultdict(lambda: [0, 0, 0, set()])
    for writer, path in ((w, p) for w, (p, _) in WRITERS.items()):
        lines = labelled(NET_ROOT / path)
        for (label, *_), (rule, _, _), s in zip(lines, hits[writer], scores[writer], strict=True):
            if rule is None:
                continue
            row = out[family(rule, depth)]
            if label:
                row[1] += 1
                row[2] += s is None or s < threshold
            else:
                row[0] += 1
            row[3].add(writer)
    return out


# -- the layer decision: a weak family's hit stands only if the net's score is at least F ----
GRID = (-1.0, -0.8, -0.6, -0.4, -0.2, 0.0, 0.2, 0.4)
RATE = 5  # alarms saved that one lost crisis line must buy, at least


def _effects(hits, scores, depth: str) -> dict[str, list[tuple]]:
    """writer -> [(family, label, net score or None)] of every rule hit (not negated)."""
    out = {}
    for writer, (path, _) in WRITERS.items():
        lines = labelled(NET_ROOT / path)
        out[writer] = [
            (family(rule, depth), label, s)
            for (label, *_), (rule, _, negated), s in zip(
                lines, hits[writer], scores[writer], strict=True
            )
            if rule is not None and not negated
        ]
    return out


def trade(rows, gates: dict[str, float]) -> tuple[int, int]:
    """(crisis lines lost, alarms saved) when a hit of a gated family with a net score
    below its F is dropped (a message the net does not score keeps its hit)."""
    lost = saved = 0
    for fam, label, s in rows:
        if fam in gates and s is not None and s < gates[fam]:
            lost += label
            saved += not label
    return lost, saved


def choose(effects, writers, strong: set[str], strict: bool = False) -> dict[str, float]:
    """Per family the F that buys the most alarms at RATE or better on these writers, kept
    only when it saves at least RATE alarms per crisis line lost and at least 3 in all;
    `strict`: the highest F that loses no crisis line of these writers."""
    rows = [r for w in writers for r in effects[w]]
    gates = {}
    for fam in sorted(f for f in {r[0] for r in rows} if not _strong(f, strong)):
        mine = [r for r in rows if r[0] == fam]
        best = None
        for f in GRID:
            lost, saved = trade(mine, {fam: f})
            gain = saved - RATE * lost
            if strict and lost:
                break
            if saved >= 3 and saved >= RATE * lost and (best is None or gain > best[0]):
                best = (gain, f)
        if best and best[0] > 0:
            gates[fam] = best[1]
    return gates


def _strong(fam: str, strong: set[str]) -> bool:
    """Never gated: a family named in `strong`, or of a category named there, unless the
    family itself is named with a leading "-" (a topic word inside a strong category); "*"
    gates the pooled topic words alone."""
    if "*" in strong:  # only the topic words: pooled ("topic") or each on its own
        return fam != "topic" and fam not in TOPIC_WORDS
    return f"-{fam}" not in strong and (fam in strong or fam.split(".")[0] in strong)


def pooled(effects, fam: str) -> str:
    """The trade of one family over every writer at each F of GRID."""
    rows = [r for w in WRITERS for r in effects[w] if r[0] == fam]
    trades = [(f, *trade(rows, {fam: f})) for f in GRID]
    return "  ".join(f"{f:+.1f}: -{lost}/+{saved}" for f, lost, saved in trades)


def folds(effects, strong: set[str], strict: bool = False) -> None:
    total_lost = total_saved = 0
    for writer in WRITERS:
        others = [w for w in WRITERS if w != writer]
        gates = choose(effects, others, strong, strict)
        lost, saved = trade(effects[writer], gates)
        total_lost += lost
        total_saved += saved
        shown = " ".join(f"{k}>={v:+.1f}" for k, v in gates.items()) if len(gates) < 6 else ""
        print(f"  {writer:16} gates {len(gates):2}  lost {lost:2}  saved {saved:2}  {shown}")
    print(f"  all writers left out in turn: lost {total_lost}, saved {total_saved}")


# A topic word alone (suicide, violence, self-harm, overdose named): the families that alarm.
TOPIC_WORDS = (
    "suicidal.word",
    "violence.vold",
    "violence.violent",
    "self_harm.word",
    "suicidal.overdose",
)


def decision(threshold: float) -> None:
    """The layer decision as check() makes it (crisis._topic_word_alone: a topic word with no
    writer before it, on the rules as they were while each writer was unseen), per writer:
    crisis lines lost and alarms saved when such a hit needs the net's margin >= threshold."""
    crisis = current_rules()
    cached = json.loads(CACHE.read_text())
    total = [0, 0, 0, 0]
    for writer, (path, commit) in WRITERS.items():
        module = rules_at(commit)
        lost = saved = caught = alarms = 0
        lines = labelled(NET_ROOT / path)
        for (label, *_, text), (rule, _, negated), s in zip(
            lines, cached["old_rules"][writer], cached["net"][writer], strict=True
        ):
            if rule is None:
                continue
            caught += label
            alarms += not label
            if negated or s is None or s >= threshold:
                continue
            norm = module._prepare(text)[0]
            if _alone(crisis, norm, rule, module):
                lost += label
                saved += not label
        for i, v in enumerate((lost, caught, saved, alarms)):
            total[i] += v
        print(
            f"  {writer:16} crisis lost {lost:2} of {caught:3} caught; "
            f"alarms saved {saved:2} of {alarms:2}"
        )
    print(f"  all writers: lost {total[0]} of {total[1]}; saved {total[2]} of {total[3]}")


def _alone(crisis, norm: str, rule: str, module) -> bool:
    """crisis._topic_word_alone with the old module's rule of that name."""
    if rule not in crisis.TOPIC_WORD_RULES:
        return False
    old = {r.name: r for r in module.RULES}
    saved = crisis._RULE_BY_NAME.get(rule)
    crisis._RULE_BY_NAME[rule] = old[rule]
    try:
        return crisis._topic_word_alone(norm, rule)
    finally:
        crisis._RULE_BY_NAME[rule] = saved


def main() -> None:
    scores = fold_scores()
    hits = old_rule_hits()
    for depth in ("category", "prefix"):
        rows = table(hits, scores, 0.6, depth)
        print(f"\nby {depth}: alarms, caught, added beyond the out-of-fold net (0.6), writers")
        for name, (alarms, caught, added, writers) in sorted(
            rows.items(), key=lambda kv: -kv[1][0] - kv[1][2]
        ):
            if alarms or added:
                print(f"  {name:42} {alarms:4} {caught:5} {added:5} {len(writers)}")
    effects = _effects(hits, scores, "prefix")
    print("\ntopic-word families pooled over the writers, lost/saved at each F:")
    for fam in TOPIC_WORDS:
        print(f"  {fam:24} {pooled(effects, fam)}")
    splits = {
        "categories; suicidal and violence never": ("category", {"suicidal", "violence"}),
        "prefixes; suicidal and violence never": ("prefix", {"suicidal", "violence"}),
        "prefixes; suicidal and violence never, but their topic words": (
            "prefix",
            {"suicidal", "violence", *(f"-{f}" for f in TOPIC_WORDS)},
        ),
        "the topic words as one family, nothing else gated": ("topic", {"*"}),
        "each topic word on its own, nothing else gated": ("prefix", {"*"}),
        "prefixes; every family": ("prefix", set()),
    }
    for name, (depth, strong) in splits.items():
        print(f"\nleave one writer out, {name}")
        folds(_effects(hits, scores, depth), strong)
    print("\nleave one writer out, each topic word on its own, the highest F losing nothing")
    folds(effects, {"*"}, strict=True)
    for threshold in (-0.4, -0.2, 0.0, 0.2, 0.4):
        print(f"\nthe decision in check() (a topic word alone, no writer before it), F {threshold}")
        decision(threshold)


# -- seventeenth rules round: frames a hit may sit in (crisis._told_frame) ------------------
FRAMES = ("told", "past")  # eighteenth rules round: a crisis told as long past (_past_frame)
# Twentieth rules round: help asked on behalf of someone else (crisis._for_another).
FRAMES += ("other",)
KEPT = {"told": "FRAME_NET_MIN", "past": "PAST_NET_MIN", "other": "OTHER_NET_MIN"}
FRAME_GRID = (*GRID, 0.6)


def _frame_rows(hits, scores, writer: str, module) -> list[tuple]:
    """(frames the line is in, label, net score or None) of a writer's rule hits that today's
    check() would not already drop as a topic word alone (TOPIC_NET_MIN). `module` is the
    rules module that made `hits` (its rule of each name is the one the frame reads)."""
    crisis = current_rules()
    lines = labelled(NET_ROOT / WRITERS[writer][0])
    old = {r.name: r for r in module.RULES}
    out = []
    for (label, *_, text), (rule, _, negated), s in zip(
        lines, hits[writer], scores[writer], strict=True
    ):
        if rule is None or negated:
            continue
        norm = module._prepare(text)[0]
        if s is not None and s < crisis.TOPIC_NET_MIN and _alone(crisis, norm, rule, module):
            continue
        saved = crisis._RULE_BY_NAME.get(rule)
        crisis._RULE_BY_NAME[rule] = old[rule]
        try:
            inside = {"told"} if crisis._told_frame(text, norm, rule) else set()
            if crisis._past_frame(norm, rule):
                inside.add("past")
            if crisis._for_another(norm, rule):
                inside.add("other")
        finally:
            if saved is None:
                del crisis._RULE_BY_NAME[rule]
            else:
                crisis._RULE_BY_NAME[rule] = saved
        out.append((inside, label, s))
    return out


def _frame_trade(rows, frame: str, f: float) -> tuple[int, int]:
    lost = saved = 0
    for inside, label, s in rows:
        if frame in inside and s is not None and s < f:
            lost += label
            saved += not label
    return lost, saved


def _choose_frame(rows, frame: str) -> float | None:
    best = None
    for f in FRAME_GRID:
        lost, saved = _frame_trade(rows, frame, f)
        gain = saved - RATE * lost
        if saved >= 3 and saved >= RATE * lost and (best is None or gain > best[0]):
            best = (gain, f)
    return best[1] if best and best[0] > 0 else None


def frame_study(hits, scores, title: str, modules) -> None:
    """Per frame: the pooled trade at each F, then F chosen on the other writers and scored
    on the one left out."""
    rows = {w: _frame_rows(hits, scores, w, modules[w]) for w in WRITERS}
    for frame in FRAMES:
        pooled_rows = [r for w in WRITERS for r in rows[w]]
        inside = [r for r in pooled_rows if frame in r[0]]
        print(
            f"\n{title}, frame {frame}: {sum(not r[1] for r in inside)} alarms and "
            f"{sum(r[1] for r in inside)} crisis hits inside it"
        )
        print(
            "  pooled "
            + "  ".join(
                f"{f:+.1f}: -{a}/+{b}"
                for f in FRAME_GRID
                for a, b in [_frame_trade(pooled_rows, frame, f)]
            )
        )
        total = [0, 0, 0, 0]
        for writer in WRITERS:
            others = [r for w in WRITERS if w != writer for r in rows[w]]
            f = _choose_frame(others, frame)
            lost, saved = _frame_trade(rows[writer], frame, f) if f is not None else (0, 0)
            caught = sum(r[1] for r in rows[writer])
            alarms = sum(not r[1] for r in rows[writer])
            for i, v in enumerate((lost, caught, saved, alarms)):
                total[i] += v
            shown = "none" if f is None else f"{f:+.1f}"
            print(
                f"  {writer:16} F {shown:5} lost {lost:2} of {caught:3};"
                f" saved {saved:2} of {alarms:2}"
            )
        print(f"  left out in turn: lost {total[0]} of {total[1]}; saved {total[2]} of {total[3]}")
        kept = getattr(current_rules(), KEPT[frame])
        per = [_frame_trade(rows[w], frame, kept) for w in WRITERS]
        print(
            f"  at the kept F {kept:+.1f}: lost {sum(a for a, _ in per)}, saved "
            f"{sum(b for _, b in per)} (per writer {' '.join(str(b) for _, b in per)})"
        )


def frames_main() -> None:
    cached = json.loads(CACHE.read_text())
    old = {w: rules_at(commit) for w, (_, commit) in WRITERS.items()}
    frame_study(cached["old_rules"], cached["net"], "rules as they were while unseen", old)
    if "now_rules" not in cached:
        cached["now_rules"] = rule_hits(current_rules())
        CACHE.write_text(json.dumps(cached))
    now = {w: current_rules() for w in WRITERS}
    frame_study(cached["now_rules"], cached["net_now"], "today's rules", now)


if __name__ == "__main__":
    main() if "--frames" not in sys.argv else frames_main()
