"""The intent classifier, trained from bot/data/nlu.yml (the data Rasa trains on).

Pure Python and fast: TF-IDF over words, word pairs and character n-grams; an intent's score
is the cosine similarity of the message to its nearest training example, blended with the
intent's centroid. Below the confidence threshold the intent is `nlu_fallback`, and the bot
answers with buttons. Trained at first use and cached per process (training data do not
change while the process runs).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

NLU_FILE = Path(__file__).resolve().parents[2] / "bot" / "data" / "nlu.yml"
FALLBACK = "nlu_fallback"
THRESHOLD = 0.3
_ENTITY = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")


@dataclass(frozen=True)
class Prediction:
    intent: str
    confidence: float
    ranking: tuple[tuple[str, float], ...]


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    text = re.sub(r"§\s*", "paragraf ", text)
    return re.sub(r"[^\w' ]+", " ", text).strip()


def features(text: str) -> Counter:
    words = normalise(text).split()
    feats: Counter = Counter()
    for word in words:
        feats["w:" + word] += 1
        padded = f"<{word}>"
        for n in (3, 4, 5):
            for i in range(len(padded) - n + 1):
                feats[f"c{n}:" + padded[i : i + n]] += 1
    for first, second in zip(words, words[1:], strict=False):
        feats[f"b:{first} {second}"] += 1
    return feats


def _strip_annotations(example: str) -> str:
    return _ENTITY.sub(lambda m: m.group(1) or m.group(2), example)


def read_examples(path: Path = NLU_FILE) -> list[tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples = []
    for block in data.get("nlu", []):
        if "intent" not in block:
            continue  # synonyms, lookup tables, regexes: not intent examples
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                examples.append((_strip_annotations(line[2:].strip()), block["intent"]))
    return examples


class IntentClassifier:
    def __init__(self, examples: list[tuple[str, str]], threshold: float = THRESHOLD):
        self.threshold = threshold
        counted = [(features(text), intent) for text, intent in examples]
        df: Counter = Counter()
        for feats, _ in counted:
            df.update(feats.keys())
        n = len(counted)
        self.idf = {f: math.log((1 + n) / (1 + d)) + 1.0 for f, d in df.items()}
        self.intents = sorted({intent for _, intent in examples})
        self.example_intent: list[str] = []
        # Inverted index: feature -> [(example index, weight)], and per-intent centroids.
        self.index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        centroids: dict[str, Counter] = defaultdict(Counter)
        for i, (feats, intent) in enumerate(counted):
            vector = self._vector(feats)
            self.example_intent.append(intent)
            for f, w in vector.items():
                self.index[f].append((i, w))
                centroids[intent][f] += w
        self.centroid_index: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for intent, vec in centroids.items():
            norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
            for f, w in vec.items():
                self.centroid_index[f].append((intent, w / norm))

    def _vector(self, feats: Counter) -> dict[str, float]:
        vec = {f: (1 + math.log(c)) * self.idf[f] for f, c in feats.items() if f in self.idf}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {f: w / norm for f, w in vec.items()}

    def predict(self, text: str) -> Prediction:
        vector = self._vector(features(text))
        nearest: dict[int, float] = defaultdict(float)
        centroid: dict[str, float] = defaultdict(float)
        for f, w in vector.items():
            for i, wi in self.index.get(f, ()):
                nearest[i] += w * wi
            for intent, wc in self.centroid_index.get(f, ()):
                centroid[intent] += w * wc
        best: dict[str, float] = defaultdict(float)
        for i, score in nearest.items():
            intent = self.example_intent[i]
            best[intent] = max(best[intent], score)
        scores = {i: 0.7 * best[i] + 0.3 * centroid[i] for i in set(best) | set(centroid)}
        ranking = tuple(sorted(scores.items(), key=lambda kv: -kv[1])[:5])
        if not ranking or ranking[0][1] < self.threshold:
            confidence = ranking[0][1] if ranking else 0.0
            return Prediction(FALLBACK, confidence, ranking)
        return Prediction(ranking[0][0], ranking[0][1], ranking)


@functools.cache
def classifier() -> IntentClassifier:
    return IntentClassifier(read_examples())


def predict(text: str) -> Prediction:
    return classifier().predict(text)
