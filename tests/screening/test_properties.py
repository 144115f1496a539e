"""Property tests over all answer combinations (hypothesis)."""

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.municipality import OFFER_CODES, load_profile
from portal.screening import (
    QUESTIONS,
    ConflictingAnswers,
    ScreeningError,
    assess,
    next_question,
    offer_details,
    path,
    validate_answers,
)
from portal.screening.progress import (
    EXCLUSIVE_CODES,
    current_outcome,
    explain_all,
    on_path,
    record_answer,
)


def _answer(q):
    if q.kind == "single":
        return st.sampled_from(q.codes)
    exclusive = set(EXCLUSIVE_CODES.get(q.id, ()))
    # Valid answers only: an exclusive code ("none") stands alone (the rules refuse it with
    # others; test_conflicting_answers_are_refused covers that).
    return st.lists(
        st.sampled_from(q.codes), min_size=1, max_size=len(q.codes), unique=True
    ).filter(lambda codes: len(codes) == 1 or not exclusive & set(codes))


complete_answers = st.fixed_dictionaries({q.id: _answer(q) for q in QUESTIONS})
# Any subset of questions answered: what the bot or an API client may send.
partial_answers = st.fixed_dictionaries({}, optional={q.id: _answer(q) for q in QUESTIONS})
PROFILES = [load_profile("hedensted"), load_profile("vordingborg")]


@settings(max_examples=400, deadline=None)
@given(complete_answers)
def test_assess_never_raises_for_valid_complete_answers_and_always_offers_something(answers):
    outcome = assess(answers)
    assert outcome.offers
    assert set(outcome.offers) <= set(OFFER_CODES)
    assert len(set(outcome.offers)) == len(outcome.offers)
    assert outcome.reasons


@settings(max_examples=300, deadline=None)
@given(complete_answers)
def test_crisis_always_wins(answers):
    answers["urgent"] = "yes"
    assert assess(answers).code == "crisis"
    assert assess({"urgent": "yes"}).offers == assess(answers).offers


@settings(max_examples=300, deadline=None)
@given(complete_answers)
def test_under_18_never_yields_early_intervention(answers):
    answers["age"] = "under_18"
    assert "early_intervention" not in assess(answers).offers


@settings(max_examples=300, deadline=None)
@given(complete_answers)
def test_only_crisis_when_urgent(answers):
    assert (assess(answers).code == "crisis") == (answers["urgent"] == "yes")


@settings(max_examples=300, deadline=None)
@given(complete_answers)
def test_s85_never_changes_the_outcome(answers):
    without = dict(answers, existing_support=["none"])
    with_s85 = dict(answers, existing_support=["s85"])
    assert assess(without).code == assess(with_s85).code
    assert assess(without).offers == assess(with_s85).offers


@settings(max_examples=300, deadline=None)
@given(complete_answers)
def test_reasons_rest_on_given_answers_and_read_in_both_languages(answers):
    clean = validate_answers(answers)
    outcome = assess(clean)
    for reason in outcome.reasons:
        chosen = clean[reason.question_id]
        chosen = (chosen,) if isinstance(chosen, str) else chosen
        assert set(reason.answer) <= set(chosen)
    for lang in ("da", "en"):
        for item in explain_all(outcome, lang):
            assert item.because and item.text
        for profile in PROFILES:
            details = offer_details(profile, outcome.offers, lang)
            assert all(d["name"] and d["contact"] and (d["phone"] or d["url"]) for d in details)


@settings(max_examples=150, deadline=None)
@given(complete_answers)
def test_the_questionnaire_walk_reaches_the_same_outcome(answers):
    """Answering one question at a time along the path ends where assess() ends."""
    walked: dict = {}
    for _ in range(len(QUESTIONS)):
        qid = next_question(walked)
        if qid is None:
            break
        value = answers[qid]
        walked = record_answer(walked, qid, [value] if isinstance(value, str) else value)
    assert next_question(walked) is None
    assert set(walked) == set(path(walked))
    assert current_outcome(walked) == assess(answers)
    assert on_path(answers) == walked


@settings(max_examples=300, deadline=None)
@given(partial_answers)
def test_partial_answers_either_decide_or_raise_a_screening_error(answers):
    try:
        outcome = assess(answers)
    except ScreeningError as exc:
        assert "answer" in str(exc)
    else:
        assert outcome.offers


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.text(max_size=12),
        st.one_of(st.text(max_size=12), st.lists(st.text(max_size=12)), st.integers(), st.none()),
        max_size=4,
    )
)
def test_arbitrary_input_raises_only_screening_errors(junk):
    with contextlib.suppress(ScreeningError):
        assess(junk)


@given(complete_answers, st.sampled_from(EXCLUSIVE_CODES["existing_support"]))
def test_conflicting_answers_are_refused(answers, exclusive):
    others = [
        c for c in answers["existing_support"] if c not in EXCLUSIVE_CODES["existing_support"]
    ]
    answers = dict(answers, existing_support=[exclusive, *(others or ["s85"])])
    with pytest.raises(ConflictingAnswers):
        assess(answers)
    with pytest.raises(ConflictingAnswers):
        validate_answers(answers)
