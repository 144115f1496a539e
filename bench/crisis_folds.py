"""Leave one round out for the crisis net (bench only; the net's rounds 14-17 and the rules'
out-of-fold checks): each round's crisis set, with the descriptions, conversation turns and
intent lines of the same round, scored by a net trained without that round."""

from __future__ import annotations

from bench.crisis_eval import intent_sentences
from portal.chat import crisis_model

# Intent held-out sets by round, aligned with crisis_model.BENCH_TRAINING (crisis_heldout.yml
# is round 0 and has none; round k's is the k-th): the intent lines a fold scores as everyday
# lines.
INTENT_ROUNDS = ("intent_heldout.yml", "intent_heldout_fresh.yml") + tuple(
    f"intent_heldout_fresh{i}.yml" for i in range(2, 20)
)
# The crowd files, each a writer of its own, held out whole as a fold of its own.
CROWD_FOLDS = (
    crisis_model.CROWD_14_FILE,
    crisis_model.CROWD_15_FILE,
    crisis_model.CROWD_16_FILE,
    crisis_model.CROWD_17_FILE,
    crisis_model.CROWD_18_FILE,
    crisis_model.CROWD_19_FILE,
    crisis_model.CROWD_20_FILE,
    crisis_model.CROWD_21_FILE,
)


def round_folds() -> list[dict]:
    """The folds of leave one round out: fold k holds out crisis set k of
    crisis_model.BENCH_TRAINING with the description set, the conversation set and the intent
    held-out set of the same round (aligned from the newest back: the first description set is
    round 1's, the first conversation set round 3's); each crowd file is a fold of its own. Each
    fold: {"name", "files" (the stems held out), "crisis" (the crisis set's stem), "intent" (a
    Path or None)}."""
    folds = []
    rounds = len(crisis_model.BENCH_TRAINING)
    for k, path in enumerate(crisis_model.BENCH_TRAINING):
        files = {path.stem}
        back = rounds - k  # 1 for the newest round
        if back <= len(crisis_model.EVERYDAY_DESCRIPTIONS):
            files.add(crisis_model.EVERYDAY_DESCRIPTIONS[-back].stem)
        if back <= len(crisis_model.SEEN_CONVERSATIONS):
            files.add(crisis_model.SEEN_CONVERSATIONS[-back].stem)
        intent = crisis_model.ROOT / "bench" / "data" / INTENT_ROUNDS[k - 1] if k >= 1 else None
        folds.append({"name": path.stem, "files": files, "crisis": path.stem, "intent": intent})
    for path in CROWD_FOLDS:
        folds.append({"name": path.stem, "files": {path.stem}, "crisis": path.stem, "intent": None})
    return folds


def leave_one_round_out(prepare=None, rows=None, make_net=None, only=None) -> dict[str, dict]:
    """Each round's out-of-fold net scores (bench only: one training per fold, ~20). For each fold
    of round_folds() the net trains on every row of the other rounds (`rows`, by default
    crisis_model.training_rows() + crisis_model.everyday_rows(); less any line equal to a held-
    out one) and scores the held-out lines as the portal reads them (`prepare`:
    crisis.net_text). `make_net` (texts, labels, sources, files) -> a net with scores() measures
    a variant; `only` names the folds to run. Returns {fold name: {part: [(text, group,
    score)]}}, parts "crisis" and "look" (the set's crisis lines and look-alikes), "desc",
    "turn" (the same round's descriptions and conversation turns) and "intent" (its intent lines
    not labelled crisis)."""
    rows = rows if rows is not None else crisis_model.training_rows() + crisis_model.everyday_rows()
    prepare = prepare or (lambda text: text)
    make_net = make_net or crisis_model.CrisisNet
    keys = [crisis_model._key(row[0]) for row in rows]
    out: dict[str, dict] = {}
    for fold in round_folds():
        if only and fold["name"] not in only:
            continue
        parts: dict[str, list] = {p: [] for p in ("crisis", "look", "desc", "turn", "intent")}
        for row in rows:
            if row[3] == fold["crisis"]:
                parts["crisis" if row[1] else "look"].append((row[0], row[4]))
            elif row[3] in fold["files"]:
                part = "turn" if row[3].startswith("conversations") else "desc"
                parts[part].append((row[0], row[4]))
        if fold["intent"] is not None:
            parts["intent"] = [
                (text, f"{fold['intent'].stem}/{label}")
                for _, label, text in intent_sentences(fold["intent"])
                if label != "crisis"
            ]
        held = {crisis_model._key(text) for lines in parts.values() for text, _ in lines}
        train = [
            i for i, row in enumerate(rows) if row[3] not in fold["files"] and keys[i] not in held
        ]
        model = make_net(*([rows[i][c] for i in train] for c in range(4)))
        out[fold["name"]] = {
            part: [
                (text, group, score)
                for (text, group), score in zip(
                    lines, model.scores([prepare(text) for text, _ in lines]), strict=True
                )
            ]
            for part, lines in parts.items()
        }
    return out
