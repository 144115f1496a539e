"""The intent classifier, trained from bot/data/nlu.yml (the data Rasa trains on).

scikit-learn, as Rasa's own pipeline (bot/config.yml mirrors it): TF-IDF over stemmed words,
word pairs and word triples, plus TF-IDF over character n-grams inside word boundaries
(char_wb, which carries typos and inflections), into a linear SVM (LinearSVC; logistic
regression measured lower and trained far slower, bench/README.md). Text is normalised first
the way Danes type: æ/ø/å folded to ae/oe/aa (so "hvornaar" and "hvornår" are one word), and
Danish words reduced by Snowball's Danish stemmer ("ansøgningen" ~ "ansøgning").
Below the confidence threshold the intent is `nlu_fallback`, and the bot answers with
buttons. Trained once per process (the training data do not change while it runs): in a
background thread when the app is created (portal/chat/service.py), and wsgi.py waits for
it before gunicorn forks its workers; a chat turn waits for it before its deadline starts.
"""

from __future__ import annotations

import difflib
import functools
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import snowballstemmer
import yaml

from portal import model_cache

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
# Context-stripping: a message this long with a question clause after some context ("jeg
# har talt med min søster om det ... hvordan søger jeg?") is classified on its question too.
FOCUS_MIN_WORDS = 10
# The question clause weighs half as much as the whole message. Weighed as much as the whole
# (1.0, rounds 6-15), it read a topic told first by its bare tail ("..., can you help with
# that", "..., who do I ring"): on forward folds (bench/intent_forward.py: each seen set
# fresh6-12 scored by the model its writer met) 1.0 -> 0.5 rose or held in every fold in both
# languages, pooled da 2,079 -> 2,092/2,196, en 2,021 -> 2,043/2,174 (0.3-0.4 four lines more
# each, but a twelfth-pass kind, "... where would the meetings with him take place", then
# reads as offer_content; 0 lower), and on the round 14 crowd lines before they were read.
FOCUS_WEIGHT = float(__import__("os").environ.get("NLU_FOCUS_WEIGHT", 0.5))
_CLAUSE = re.compile(r"[.!?;:\n]+|,\s+|\s+-\s+")
_QUESTION_START = re.compile(
    r"^(?:(?:og|men|så|saa|so|and|but|then|well|altså|altsaa)\s+)*"
    r"(hv\w*|kan|skal|må|maa|er|får|faar|har|vil|bliver|gælder|gaelder|koster|findes|"
    r"tror|mon|kunne|ville|"
    r"what|where|when|who|whom|which|why|how|can|could|do|does|did|is|are|am|must|should|"
    r"will|would|may|have|has|wonder|i wonder|im not sure if|i am not sure if)\b"
)
# Phone-typed messages often run the situation and the question together without a comma:
# "jeg kan ikke komme ud så kan møderne være hjemme hos mig", "i cant leave my flat so
# could you come to me". A clause also starts at such a joining word when a question word
# or a verb-first question follows it.
_JOINED_QUESTION = re.compile(
    r"\s+(?=(?:så|saa|men|og|so|but|and)\s+(?:hv\w*|kan|skal|må|maa|er|får|faar|vil|"
    r"kunne|ville|what|where|when|who|how|can|could|do|does|is|are|will|would|should|must)\b)"
)
# A question clause made only of joining, question and filler words ("og hvordan", "hvad så",
# "and how", "what then") names no topic of its own: it joins the clause before it, so
# "hvem vender tilbage og hvordan" is asked about, not a bare "how" that reads as how to apply
# (round 12's fresh11; strict leave-one-set-out 2,896 -> 2,898 da, 2,875 -> 2,876 en, every
# other fold unchanged line for line).
# Compared with fold()ed words, so "så" and "hvornår" are listed as "saa" and "hvornaar".
_TOPICLESS = frozenset(
    {"og", "men", "saa", "so", "and", "but", "then", "well", "altsaa", "nu", "da", "hvad",
     "hva", "hvordan", "hvor", "hvorn", "hvem", "hvornaar", "what", "how", "who", "where",
     "when"}
)  # fmt: skip
# The out-of-scope gate: an unsure prediction on a message with words the bot has never
# seen (not even as a typo of a known word) is off-topic ("when does the train go to
# aarhus" shares only "when" and "go" with the offer's own vocabulary). The domain's
# vocabulary is every word of the training data (nlu.yml, written from the profiles).
UNKNOWN_SHARE = float(__import__("os").environ.get("NLU_UNKNOWN_SHARE", 0.14))
UNSURE = float(__import__("os").environ.get("NLU_UNSURE", 0.55))
TYPO_SIMILARITY = 0.8
OUT_OF_SCOPE = "out_of_scope"
_ENTITY = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u", "ä": "ae", "ö": "oe"})
_STEMMER = snowballstemmer.stemmer("danish")


# Words as people text them, read as the word they stand for (the word features only; the
# character n-grams still see what was typed): "hva hjælper i ik med" is "hvad ... ikke",
# so the negation that makes it not_covered is the one the training lines spell out.
TEXTING = {
    "ik": "ikke",
    "ikk": "ikke",
    "ka": "kan",
    "ku": "kunne",
    "ska": "skal",
    "sku": "skulle",
    "hva": "hvad",
    "tlf": "telefon",
    "mdr": "måneder",
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "2day": "today",
}


# A stop verb negated ("afbryd ikke", "jeg vil ikke annullere", "don't cancel", "no need to
# abort") says go on: the stop verb outweighs the negation in every model (twenty-second and
# twenty-third passes: data did not move it), so a stop read from such words is a continue.
# Not "kan ikke stoppe" (can't stop) and not beside a negated go-on ("don't want to go on").
# On every seen set and crowd file (21 writers, ~14,000 lines) no line matches: it moves
# none of them (twenty-fourth pass).
_NEGATED_STOP = re.compile(
    r"(?<!\bkan )(?<!\bkunne )(?<!\bmaa )\b(ikke|ikk|ik)( at)? (afbryd|annuller|stop|hold\w* op)"
    r"|\b(afbryd|annuller|stop)\w* (det |den |nu |jo )?(ikke|ikk|ik)\b"
    r"|\b(dont|don t|do not|wont|won t|will not|not|no need to|never) (to )?"
    r"(cancel|abort|quit|stop)"
)
_NEGATED_GO_ON = re.compile(
    r"\b(ikke|ikk|ik)( at)? (fortsaet|videre|mere)|\b(dont|don t|do not|not|wont|won t) "
    r"(want to )?(continue|go on|carry on)"
)


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
    return fold(" ".join(_stem(TEXTING.get(word, word)) for word in words))


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    # Training stems the same words thousands of times; a turn's words are mostly known.
    return _STEMMER.stemWord(word)


def _strip_annotations(example: str) -> str:
    return _ENTITY.sub(lambda m: m.group(1) or m.group(2), example)


# Lines people wrote (the seen held-out sets and the crowd files, which build_nlu.py writes
# in blocks of their own, metadata `written_by: people`) count twice in training: the base
# lines and their generated variants outnumber them about three to one, and a new writer
# types like the people, not like the variants (twenty-first pass, bot/README.md "Intents":
# forward folds fresh10-16 and each crowd file left out rose in both languages). Three times
# since the twenty-third pass: on the forward folds of 19 writers (fresh6-18, crowd14-19)
# English rose in 9 writers and fell in 1 (5,224 -> 5,234/5,485), Danish 5,425 -> 5,426/5,667.
PEOPLE_WEIGHT = 3


def _intent_lines(path: Path) -> list[tuple[str, str, bool]]:
    """nlu.yml's intent examples, each with its intent and whether people wrote its block
    (metadata `written_by: people`); one parse of the file serves both readings below."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    lines = []
    for block in data.get("nlu", []):
        if "intent" not in block:
            continue  # synonyms, lookup tables, regexes: not intent examples
        people = (block.get("metadata") or {}).get("written_by") == "people"
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                lines.append((_strip_annotations(line[2:].strip()), block["intent"], people))
    return lines


def read_people(path: Path = NLU_FILE) -> frozenset[str]:
    """The examples of nlu.yml's blocks written by people (metadata `written_by: people`)."""
    return frozenset(text for text, _, people in _intent_lines(path) if people)


def weighted(examples: list[tuple[str, str]], people: frozenset[str]) -> list[tuple[str, str]]:
    """The examples with each line people wrote repeated to PEOPLE_WEIGHT (a repeated line
    weighs in the SVM's loss and in the idf alike, as measured)."""
    return examples + [e for e in examples if e[0] in people] * (PEOPLE_WEIGHT - 1)


def training_examples(path: Path = NLU_FILE) -> list[tuple[str, str]]:
    """nlu.yml's examples as the classifier trains on them (people's lines weighted)."""
    lines = _intent_lines(path)
    people = frozenset(text for text, _, by_people in lines if by_people)
    return weighted([(text, intent) for text, intent, _ in lines], people)


def read_examples(path: Path = NLU_FILE) -> list[tuple[str, str]]:
    return [(text, intent) for text, intent, _ in _intent_lines(path)]


def features(text: str) -> list[str]:
    """What the classifier sees, as Rasa's two CountVectorsFeaturizers do: stemmed words, word
    pairs and triples, and character 2-5-grams inside each folded word (typos, inflections)."""
    words = normalise(text).split()
    feats = ["w:" + w for w in words]
    # Any number, as one feature too: an age the citizen gives ("jeg er 52") is like every
    # other age in the examples, while "85" and "82a" keep their own words.
    feats += ["n:number" for w in words if w[:1].isdigit()]
    feats += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    # Word triples too (twentieth pass): "nej tak til resten", "what can she expect", "can
    # you get it if" carry what two words alone do not. On the forward folds (bench/
    # intent_forward.py, fresh6-15, each set scored by the model its writer met) pooled da
    # 2,955 -> 2,959/3,096, en 2,899 -> 2,911/3,074; leaving each crowd file out, da 822 ->
    # 824/865, en 737 -> 741/777; the crowd17 file, unread, the same (253/259, 223/229).
    # Words after a negation, or balanced class weights, moved <= 2 lines.
    feats += [f"t:{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    for word in fold(text).split():
        padded = f" {word} "
        for n in range(2, 6):
            feats += ["c:" + padded[i : i + n] for i in range(len(padded) - n + 1)]
    return feats


def build_pipeline(classifier=None):
    """The scikit-learn pipeline, untrained (bench/intent_eval.py cross-validates it)."""
    # Imported here: scikit-learn takes seconds to import, and every process that imports
    # the portal (flask commands, migrations) would pay it without ever classifying.
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

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
        self._known_by_length: dict[int, list[str]] = {}
        for word in sorted(self.known_words):
            self._known_by_length.setdefault(len(word), []).append(word)

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
        words = normalise(text).split()
        if self.known_words.intersection(words):
            return True
        if any(len(word) >= 3 and self.near_known(word) for word in words):
            return True  # a typo or a stretched word ("heyy", "tak!!")
        grams = [f for f in features(text) if f.startswith("c:") and len(f) >= 5]
        known = sum(g in self.vocabulary for g in grams)
        return bool(grams) and known >= KNOWN_GRAMS * len(grams)

    def unknown_share(self, text: str) -> float:
        """Share of a message's words (numbers aside) that are neither known nor a typo of a
        known word (difflib's ratio ≥ 0.8 against known words of about the same length)."""
        words = [w for w in normalise(text).split() if not w[:1].isdigit()]
        if not words:
            return 0.0
        unknown = 0
        for word in words:
            if word in self.known_words or len(word) < 3 or self.is_compound(word):
                continue
            if not self.near_known(word):
                unknown += 1
        return unknown / len(words)

    def near_known(self, word: str) -> bool:
        """A typo of a known word: difflib's ratio ≥ 0.8 against known words of about the
        same length."""
        near = [
            known
            for length in range(len(word) - 2, len(word) + 3)
            for known in self._known_by_length.get(length, ())
        ]
        return bool(difflib.get_close_matches(word, near, n=1, cutoff=TYPO_SIMILARITY))

    def is_compound(self, word: str) -> bool:
        """A Danish compound of two known words, with or without the linking s or e:
        "ansøgningsskema" = "ansøgning" + "skema", "slutsamtale" = "slut" + "samtale"."""
        for cut in range(4, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if head in self.known_words and (
                tail in self.known_words or tail[1:] in self.known_words and tail[0] in "se"
            ):
                return True
        return False

    def question_focus(self, text: str) -> str | None:
        """The last question clause of a long message with context before it, or None.
        A clause is a question when it ends with '?' or opens with a question word or a
        verb first (Danish and English word order for yes/no questions)."""
        if len(text.split()) < FOCUS_MIN_WORDS:
            return None
        clauses = [
            part.strip()
            for clause in _CLAUSE.split(text)
            for part in _JOINED_QUESTION.split(clause)
            if part and part.strip()
        ]
        for index in range(len(clauses) - 1, -1, -1):
            clause = clauses[index]
            lowered = unicodedata.normalize("NFC", clause).lower()
            asked = text.rstrip().endswith("?") and index == len(clauses) - 1
            if (asked or _QUESTION_START.match(lowered)) and len(clause.split()) >= 2:
                if _TOPICLESS.issuperset(fold(clause).split()):
                    index -= 1  # a tail with no topic: the clause before says what is asked
                if index <= 0:
                    return None  # the question opens the message: no context to strip
                return " ".join(clauses[index:])
        return None

    def predict(self, text: str) -> Prediction:
        if not self.looks_known(text):
            # Nothing the bot has seen (empty, gibberish, another language): character
            # n-grams alone would still pick some intent, so the buttons are the honest reply.
            return Prediction(FALLBACK, 0.0, ())
        # LinearSVC gives margins, not probabilities: a softmax over the margins turns them
        # into confidences that sum to 1 (cheaper per turn than CalibratedClassifierCV,
        # which measured no better here).
        margins = self.margins(text)
        focus = self.question_focus(text)
        if focus is not None:
            # The context before the question says who asks, the question what they ask.
            margins = (margins + FOCUS_WEIGHT * self.margins(focus)) / (1 + FOCUS_WEIGHT)
        scores = margins * SOFTMAX_SCALE
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        order = probabilities.argsort()[::-1][:RANKING_SIZE]
        ranking = tuple((self.intents[i], round(float(probabilities[i]), 4)) for i in order)
        intent, confidence = ranking[0]
        if (
            intent != OUT_OF_SCOPE
            and confidence < UNSURE
            and self.unknown_share(text) >= UNKNOWN_SHARE
        ):
            return Prediction(OUT_OF_SCOPE, confidence, ranking)
        if confidence < self.threshold:
            return Prediction(FALLBACK, confidence, ranking)
        if intent == "stop_screening" and _negated_stop(text):
            intent = "continue_screening"
        return Prediction(intent, confidence, ranking)


def _negated_stop(text: str) -> bool:
    folded = fold(text)
    return bool(_NEGATED_STOP.search(folded)) and not _NEGATED_GO_ON.search(folded)


_model: IntentClassifier | None = None
_model_lock = threading.Lock()


def classifier() -> IntentClassifier:
    """The trained classifier, trained once per process (2-3 s on a loaded machine). Thread
    safe: a caller while the background training runs waits for it instead of training a
    second model."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = _trained(training_examples())
    return _model


def _trained(examples: list[tuple[str, str]]) -> IntentClassifier:
    """A classifier trained on these examples, or the same one from a test run's cache
    (portal/model_cache.py; unset in production)."""
    key = (model_cache.source(__file__), repr((examples, THRESHOLD, C)))
    return model_cache.trained("intent-classifier", key, lambda: IntentClassifier(examples))


def start_training() -> threading.Thread | None:
    """Train in a background thread (at app creation), so that no citizen's first turn
    pays for it inside the turn's deadline; the chat service waits for it before it starts
    the clock. None when the model is already trained."""
    if _model is not None:
        return None
    thread = threading.Thread(target=classifier, name="nlu-training", daemon=True)
    thread.start()
    return thread


def predict(text: str) -> Prediction:
    return classifier().predict(text)
