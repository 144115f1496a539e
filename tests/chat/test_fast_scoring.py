"""The crisis net's own scoring (portal/chat/crisis_model.py, _LinearScorer) gives the fitted
pipeline's margins: a speed path must never change what the net decides."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.pipeline import make_pipeline, make_union
from sklearn.svm import LinearSVC

from portal.chat import crisis_model

TEXTS = [
    "jeg kan ikke mere og vil bare sove for altid",
    "hvad koster det at få hjælp til rengøring",
    "I gave my guitar away, I won't need it anymore",
    "min mor hjælper mig med indkøb og post hver uge",
    "can I get help with cleaning my flat?",
    "jeg har samlet mine piller i en skuffe",
    "tak for hjælpen",
    "æøå ÆØÅ aeoeaa -- !!! 123 82a",
    "x",
    "",
    "ord ord ord ord ord gentaget gentaget gentaget",
]


@pytest.fixture(scope="module")
def net():
    model = crisis_model.net()
    assert model is not None, "the crisis net did not train"
    return model


def _sklearn_margins(pipeline, parts):
    return pipeline.decision_function(parts)


def test_the_fitted_net_uses_its_own_scoring(net):
    assert net._linear is not None


def test_own_scoring_equals_the_pipeline_on_every_training_text(net):
    texts, _, _ = crisis_model.training_data(everyday=True)
    parts = [crisis_model.fold(t) for t in texts] + [crisis_model.fold(t) for t in TEXTS]
    ours = np.array(net._linear.margins(parts))
    theirs = _sklearn_margins(net.pipeline, parts)
    assert ours.shape == theirs.shape
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)


def test_scores_and_windows_equal_the_pipeline(net, monkeypatch):
    long = " ".join(TEXTS)
    ours = net.scores([long, *TEXTS])
    monkeypatch.setattr(net, "_linear", None)  # the scikit-learn path
    theirs = net.scores([long, *TEXTS])
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)
    # Some were scored at all (not all left to the rules), so the comparison means something.
    assert sum(s != crisis_model.NO_SCORE for s in ours) >= 6


def _fit(union, estimator=None):
    texts = ["jeg vil dø", "hvad koster det", "I want to die", "what does it cost"] * 3
    labels = [1, 0, 1, 0] * 3
    return make_pipeline(union, estimator or LinearSVC()).fit(texts, labels)


def test_other_shapes_fall_back_to_the_pipeline():
    # Counts instead of TF-IDF, a binary TF-IDF, and three classes: not what the own
    # scoring computes, so it declines and scikit-learn scores.
    assert crisis_model._LinearScorer.of(_fit(make_union(CountVectorizer()))) is None
    binary = make_union(TfidfVectorizer(binary=True))
    assert crisis_model._LinearScorer.of(_fit(binary)) is None
    three = make_pipeline(make_union(TfidfVectorizer()), LinearSVC()).fit(
        ["en to", "tre fire", "fem seks"] * 2, [0, 1, 2] * 2
    )
    assert crisis_model._LinearScorer.of(three) is None


def test_a_small_pipeline_of_the_same_shape_scores_the_same():
    pipeline = _fit(
        make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)),
            TfidfVectorizer(sublinear_tf=False, norm=None, use_idf=False),
        )
    )
    scorer = crisis_model._LinearScorer.of(pipeline)
    assert scorer is not None
    texts = ["jeg vil dø nu", "what does it cost me", "ukendte ord", ""]
    np.testing.assert_allclose(
        scorer.margins(texts), pipeline.decision_function(texts), rtol=0, atol=1e-9
    )
