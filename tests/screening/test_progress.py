"""The questionnaire's walk over the rules and the wording of answers and reasons."""

import pytest

from portal.screening import (
    ConflictingAnswers,
    MissingAnswer,
    UnknownAnswerCode,
    UnknownQuestion,
    assess,
)
from portal.screening.errors import BadAnswerShape
from portal.screening.progress import (
    OUTCOME_TITLES,
    current_outcome,
    describe_answer,
    explain_all,
    is_reachable,
    on_path,
    outcome_title,
    record_answer,
    step_after,
    step_before,
    usable_answers,
)
from tests.screening.conftest import answers


def test_record_answer_stores_codes_in_question_order():
    result = record_answer({"urgent": "no"}, "age", ["18_or_over"])
    assert result == {"urgent": "no", "age": "18_or_over"}
    result = record_answer(result, "areas", ["other", "debt"])
    assert result["areas"] == ("debt", "other")


@pytest.mark.parametrize("codes", [[], [""]])
def test_record_answer_with_nothing_chosen_raises(codes):
    with pytest.raises(MissingAnswer):
        record_answer({}, "urgent", codes)


def test_record_answer_rejects_unknown_ids_codes_and_shapes():
    with pytest.raises(UnknownQuestion):
        record_answer({}, "shoe_size", ["42"])
    with pytest.raises(UnknownAnswerCode):
        record_answer({}, "urgent", ["perhaps"])
    with pytest.raises(BadAnswerShape):
        record_answer({}, "urgent", ["no", "yes"])


def test_none_cannot_be_combined_with_other_support():
    with pytest.raises(ConflictingAnswers) as info:
        record_answer(answers(), "existing_support", ["none", "s85"])
    assert info.value.code == "none"
    assert record_answer(answers(), "existing_support", ["s85", "jobcenter"])


def test_unknown_code_is_reported_before_a_conflict():
    with pytest.raises(UnknownAnswerCode):
        record_answer(answers(), "existing_support", ["none", "lots"])


def test_answers_that_no_longer_apply_are_dropped():
    full = record_answer(answers(), "urgent", ["yes"])
    assert full == {"urgent": "yes"}
    debt_only = record_answer(answers(), "areas", ["debt"])
    assert "format" not in debt_only and "contact" not in debt_only
    assert debt_only["motivation"] == "yes"
    assert full == on_path(full)


def test_usable_answers_drop_invalid_stored_values_instead_of_failing():
    stored = {"urgent": "no", "age": "ancient", "areas": ["debt", "nope"], "colour": "red"}
    assert usable_answers(stored) == {"urgent": "no"}
    assert usable_answers(None) == {}


def test_current_outcome_needs_every_question_on_the_path():
    assert current_outcome({}) is None
    assert current_outcome({"urgent": "yes"}).code == "crisis"
    unfinished = answers()
    del unfinished["contact"]
    assert current_outcome(unfinished) is None  # the rules could decide, but contact is asked
    assert current_outcome(answers()).code == "eligible"


def test_steps_follow_the_path():
    assert step_after({}, "urgent") == "age"
    assert step_after({"urgent": "yes"}, "urgent") is None
    assert step_after(answers(areas=["debt"]), "motivation") is None
    assert step_after(answers(), "contact") is None
    assert step_before({}, "urgent") is None
    assert step_before({}, "age") == "urgent"
    assert step_after({"urgent": "yes"}, "age") is None


def test_reachable_up_to_the_first_open_question():
    assert is_reachable({}, "urgent")
    assert not is_reachable({}, "age")
    assert is_reachable({"urgent": "no"}, "age")
    assert is_reachable({"urgent": "no", "age": "18_or_over"}, "urgent")
    assert not is_reachable({"urgent": "yes"}, "age")  # off the path after a crisis


def test_describe_answer_joins_labels_as_the_language_does():
    assert describe_answer("areas", ("debt", "other"), "da") == "Gæld og noget andet"
    assert describe_answer("areas", ("debt", "other"), "en") == "Debt and something else"
    assert describe_answer("age", "under_18", "da") == "Under 18 år"
    three = describe_answer("areas", ("activities", "debt", "other"), "en")
    assert three == "Taking part in activities, debt, and something else"


@pytest.mark.parametrize(
    ("lang", "because"), [("da", "Du svarede"), ("en", "Because you answered")]
)
def test_explanations_name_the_answer_in_the_language(lang, because):
    outcome = assess(answers(age="under_18"))
    (item,) = explain_all(outcome, lang)
    assert item.because.startswith(because)
    label = {"da": "Under 18 år", "en": "Under 18"}[lang]
    question = {"da": "Alder", "en": "Age"}[lang]
    # Danish quotes are »…« and the sentence is Danish, not a translated "Because ...".
    expected = {
        "da": f"»{label}« til spørgsmålet om »{question}«.",
        "en": f'"{label}" to "{question}".',
    }[lang]
    assert item.because.endswith(expected)
    assert item.sentence == f"{item.because} {item.text}"


def test_danish_reasons_are_translated():
    outcome = assess(answers(urgent="yes"))
    (item,) = explain_all(outcome, "da")
    assert item.text != outcome.reasons[0].text
    assert "Ja, jeg har brug for hjælp nu" in item.because


def test_every_outcome_has_a_title_in_both_languages():
    for code in OUTCOME_TITLES:
        assert outcome_title(code, "en") == OUTCOME_TITLES[code]
        assert outcome_title(code, "da") != OUTCOME_TITLES[code]
