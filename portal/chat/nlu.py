"""The intent classifier, trained from bot/data/nlu.yml (the data Rasa trains on).

scikit-learn, as Rasa's own pipeline (bot/config.yml mirrors it): TF-IDF over stemmed words
and word pairs, plus TF-IDF over character n-grams inside word boundaries (char_wb, which
carries typos and inflections), into a logistic regression. Text is normalised first the
way Danes type: æ/ø/å folded to ae/oe/aa (so "hvornaar" and "hvornår" are one word), and
Danish words reduced by Snowball's Danish stemmer ("ansøgningen" ~ "ansøgning").
Below the confidence threshold the intent is `nlu_fallback`, and the bot answers with
buttons. Trained at first use and cached per process (the training data do not change
while the process runs); wsgi.py trains it before gunicorn forks its workers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import snowballstemmer
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

NLU_FILE = Path(__file__).resolve().parents[2] / "bot" / "data" / "nlu.yml"
FALLBACK = "nlu_fallback"
# Softmax scale and threshold chosen on the held-out set (bench/intent_eval.py): with 36
# intents, right answers rarely fall under 0.15, and lower thresholds bought nothing.
THRESHOLD = 0.15
RANKING_SIZE = 5
SOFTMAX_SCALE = 4.0
# Share of a message's character 3-5-grams that must be known when none of its words is.
KNOWN_GRAMS = 0.5
# The SVM's regularisation, chosen by 5-fold cross-validation on nlu.yml (0.3 to 4 tried).
C = 2.0
_ENTITY = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ä": "ae", "ö": "oe"})
_STEMMER = snowballstemmer.stemmer("danish")


@dataclass(frozen=True)
class Prediction:
    intent: str
    confidence: float
    ranking: tuple[tuple[str, float], ...]


def fold(text: str) -> str:
    """Lower case, æ/ø/å as ae/oe/aa, § as a word, punctuation out."""
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    text = re.sub(r"§\s*", " paragraf ", text)
    text = re.sub(r"(\d)\s*([ab])\b", r"\1\2", text)  # "82 a" and "82a" are one section
    return " ".join(re.sub(r"[^\w]+", " ", text.translate(_FOLD)).split())


def normalise(text: str) -> str:
    """The text the word features see: each word stemmed (before folding, as Snowball's
    Danish stemmer knows æøå), then folded."""
    text = unicodedata.normalize("NFC", text).lower()
    words = re.findall(r"[^\W_]+|§", text)
    return fold(" ".join(_stem(word) for word in words))


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    # Training stems the same words thousands of times; a turn's words are mostly known.
    return _STEMMER.stemWord(word)


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


def features(text: str) -> list[str]:
    """What the classifier sees, as Rasa's two CountVectorsFeaturizers do: stemmed words and
    word pairs, and character 2-5-grams inside each folded word (typos, inflections)."""
    words = normalise(text).split()
    feats = ["w:" + w for w in words]
    # Any number, as one feature too: an age the citizen gives ("jeg er 52") is like every
    # other age in the examples, while "85" and "82a" keep their own words.
    feats += ["n:number" for w in words if w[:1].isdigit()]
    feats += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for word in fold(text).split():
        padded = f" {word} "
        for n in range(2, 6):
            feats += ["c:" + padded[i : i + n] for i in range(len(padded) - n + 1)]
    return feats


def build_pipeline(classifier=None):
    """The scikit-learn pipeline, untrained (bench/intent_eval.py cross-validates it)."""
    vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True)
    return make_pipeline(vectorizer, classifier or LinearSVC(C=C, random_state=0))


class IntentClassifier:
    def __init__(self, examples: list[tuple[str, str]], threshold: float = THRESHOLD):
        self.threshold = threshold
        self.pipeline = build_pipeline()
        self.pipeline.fit([text for text, _ in examples], [intent for _, intent in examples])
        self.intents = [str(c) for c in self.pipeline.classes_]
        vectorizer, svm = self.pipeline.steps[0][1], self.pipeline.steps[1][1]
        self.vocabulary = vectorizer.vocabulary_
        # The fitted model's own parameters, for margins() below.
        self._idf = vectorizer.idf_
        self._coef = svm.coef_.T.copy()  # (features, intents): one row per feature
        self._intercept = svm.intercept_
        self.known_words = frozenset(f[2:] for f in self.vocabulary if f.startswith("w:"))

    def margins(self, text: str):
        """The SVM's margins for one message, from the fitted vocabulary, idf and weights:
        exactly what pipeline.decision_function gives (a test checks it), without
        scikit-learn's per-call validation, which cost ~3 ms of a turn's budget."""
        counts: dict[int, int] = {}
        for feature in features(text):
            index = self.vocabulary.get(feature)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        if not counts:
            return self._intercept.copy()
        indices = np.fromiter(counts, dtype=np.intp, count=len(counts))
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=float))) * self._idf[indices]
        weights /= np.linalg.norm(weights)
        return weights @ self._coef[indices] + self._intercept

    def looks_known(self, text: str) -> bool:
        """Some word the bot has seen, or mostly character n-grams it has seen (a typo of a
        known word: "helo"). Gibberish has neither."""
        if self.known_words.intersection(normalise(text).split()):
            return True
        grams = [f for f in features(text) if f.startswith("c:") and len(f) >= 5]
        known = sum(g in self.vocabulary for g in grams)
        return bool(grams) and known >= KNOWN_GRAMS * len(grams)

    def predict(self, text: str) -> Prediction:
        if not self.looks_known(text):
            # Nothing the bot has seen (empty, gibberish, another language): character
            # n-grams alone would still pick some intent, so the buttons are the honest reply.
            return Prediction(FALLBACK, 0.0, ())
        # LinearSVC gives margins, not probabilities: a softmax over the margins turns them
        # into confidences that sum to 1 (cheaper per turn than CalibratedClassifierCV,
        # which measured no better here).
        scores = self.margins(text) * SOFTMAX_SCALE
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        order = probabilities.argsort()[::-1][:RANKING_SIZE]
        ranking = tuple((self.intents[i], round(float(probabilities[i]), 4)) for i in order)
        intent, confidence = ranking[0]
        if confidence < self.threshold:
            return Prediction(FALLBACK, confidence, ranking)
        return Prediction(intent, confidence, ranking)


@functools.cache
def classifier() -> IntentClassifier:
    return IntentClassifier(read_examples())


def predict(text: str) -> Prediction:
    return classifier().predict(text)
