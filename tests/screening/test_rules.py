"""Every rule of DESIGN.md § 5 and their precedence ("first match wins")."""

import pytest

from portal.municipality import OFFER_CODES, localized
from portal.screening import (
    OUTCOME_CODES,
    QUESTION_IDS,
    RULES,
    BadAnswerShape,
    IncompleteAnswers,
    UnknownAnswerCode,
    UnknownQuestion,
    assess,
    next_question,
    offer_details,
    path,
    validate_answers,
)
from tests.screening.conftest import answers


def test_rule_table_is_in_design_order():
    assert [r.number for r in RULES] == [1, 2, 3, 4, 5, 6, 7]
    assert [r.outcome for r in RULES] == [
        "crisis",
        "not_adult",
        "info_only",
        "other_offer",
        "other_offer",
        "assessment",
        "eligible",
    ]
    assert set(OUTCOME_CODES) == {r.outcome for r in RULES}


# --- each rule on its own ---------------------------------------------------------------


def test_rule1_urgent_yes_is_crisis_with_crisis_lines():
    outcome = assess(answers(urgent="yes"))
    assert (outcome.code, outcome.offers, outcome.rule) == ("crisis", ("crisis_lines",), 1)


def test_rule1_decides_on_urgent_alone():
    assert assess({"urgent": "yes"}).code == "crisis"


def test_rule2_under_18_is_not_adult():
    outcome = assess(answers(age="under_18"))
    assert (outcome.code, outcome.offers) == ("not_adult", ("children_and_family",))
    assert assess({"urgent": "no", "age": "under_18"}).code == "not_adult"


def test_rule3_motivation_no_is_info_only():
    outcome = assess(answers(motivation="no"))
    assert (outcome.code, outcome.offers) == ("info_only", ("open_counselling",))


def test_rule4_only_debt_is_other_offer_economic_advice_first():
    outcome = assess(answers(areas=["debt"]))
    assert outcome.code == "other_offer"
    assert outcome.offers[0] == "economic_advice"
    assert outcome.rule == 4


def test_rule5_only_work_or_education_is_jobcenter_and_education_guidance():
    outcome = assess(answers(areas=["work_or_education"]))
    assert outcome.code == "other_offer"
    assert outcome.offers == ("jobcenter", "education_guidance")
    assert outcome.rule == 5


def test_rule6_severe_is_assessment_with_early_intervention_and_s85():
    outcome = assess(answers(impact="severe"))
    assert outcome.code == "assessment"
    assert outcome.offers == ("early_intervention", "s85_support")


@pytest.mark.parametrize("impact", ["mild", "moderate", "at_risk"])
def test_rule7_otherwise_eligible(impact):
    outcome = assess(answers(impact=impact))
    assert outcome.code == "eligible"
    assert outcome.offers == ("early_intervention", "open_counselling")


def test_rule7_adds_economic_advice_when_debt_is_among_the_areas():
    outcome = assess(answers(areas=["debt", "daily_finances"]))
    assert outcome.code == "eligible"
    assert outcome.offers == ("early_intervention", "open_counselling", "economic_advice")


def test_rule7_motivation_unsure_is_still_eligible_with_a_reason():
    outcome = assess(answers(motivation="unsure"))
    assert outcome.code == "eligible"
    assert ("motivation", ("unsure",)) in [(r.question_id, r.answer) for r in outcome.reasons]


def test_s85_support_never_excludes():
    with_s85 = assess(answers(existing_support=["s85"]))
    without = assess(answers(existing_support=["none"]))
    assert with_s85.code == without.code == "eligible"
    assert with_s85.offers == without.offers
    assert "existing_support" in {r.question_id for r in with_s85.reasons}
    assert assess(answers(existing_support=["s85", "jobcenter"], impact="mild")).code == "eligible"


@pytest.mark.parametrize("field", ["format", "contact"])
def test_format_and_contact_do_not_change_the_outcome(field):
    question = {
        "format": ["group", "individual", "both", "dont_know"],
        "contact": ["virtual", "phone", "in_person"],
    }[field]
    outcomes = {
        (assess(answers(**{field: code})).code, assess(answers(**{field: code})).offers)
        for code in question
    }
    assert len(outcomes) == 1


def test_debt_together_with_work_is_neither_rule4_nor_rule5():
    outcome = assess(answers(areas=["debt", "work_or_education"]))
    assert outcome.code == "eligible"
    assert "economic_advice" in outcome.offers


# --- precedence: first match wins ---------------------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        {"age": "under_18"},
        {"motivation": "no"},
        {"areas": ["debt"]},
        {"areas": ["work_or_education"]},
        {"impact": "severe"},
        {"age": "under_18", "motivation": "no", "impact": "severe", "areas": ["debt"]},
    ],
)
def test_crisis_beats_every_other_rule(overrides):
    assert assess(answers(urgent="yes", **overrides)).code == "crisis"


@pytest.mark.parametrize(
    "overrides",
    [
        {"motivation": "no"},
        {"areas": ["debt"]},
        {"areas": ["work_or_education"]},
        {"impact": "severe"},
    ],
)
def test_not_adult_beats_rules_3_to_7(overrides):
    outcome = assess(answers(age="under_18", **overrides))
    assert outcome.code == "not_adult"
    assert "early_intervention" not in outcome.offers


@pytest.mark.parametrize(
    "overrides", [{"areas": ["debt"]}, {"areas": ["work_or_education"]}, {"impact": "severe"}]
)
def test_info_only_beats_rules_4_to_7(overrides):
    assert assess(answers(motivation="no", **overrides)).code == "info_only"


def test_only_debt_beats_severe():
    outcome = assess(answers(areas=["debt"], impact="severe"))
    assert (outcome.code, outcome.rule) == ("other_offer", 4)


def test_only_work_beats_severe():
    outcome = assess(answers(areas=["work_or_education"], impact="severe"))
    assert (outcome.code, outcome.rule) == ("other_offer", 5)


def test_severe_beats_eligible_even_with_debt():
    outcome = assess(answers(areas=["debt", "health"], impact="severe"))
    assert outcome.code == "assessment"


# --- reasons name the answers they rest on ----------------------------------------------


@pytest.mark.parametrize(
    "overrides",
    [
        {"urgent": "yes"},
        {"age": "under_18"},
        {"motivation": "no"},
        {"areas": ["debt"]},
        {"areas": ["work_or_education"]},
        {"impact": "severe"},
        {"areas": ["debt", "health"], "existing_support": ["s85"], "motivation": "unsure"},
    ],
)
def test_every_reason_names_an_answer_that_was_given(overrides):
    given = validate_answers(answers(**overrides))
    outcome = assess(given)
    assert outcome.reasons
    for reason in outcome.reasons:
        value = given[reason.question_id]
        chosen = (value,) if isinstance(value, str) else value
        assert reason.answer and set(reason.answer) <= set(chosen)


# --- early stops and incomplete answers ---------------------------------------------------


def test_incomplete_answers_name_what_is_missing():
    with pytest.raises(IncompleteAnswers) as info:
        assess({"urgent": "no"})
    assert info.value.missing == ("age", "areas", "impact", "motivation")
    with pytest.raises(IncompleteAnswers):
        assess({})


def test_path_stops_where_the_rules_decide():
    assert path({}) == QUESTION_IDS
    assert path({"urgent": "yes"}) == ("urgent",)
    assert path({"urgent": "no", "age": "under_18"}) == ("urgent", "age")
    stop_at_motivation = QUESTION_IDS[: QUESTION_IDS.index("motivation") + 1]
    assert path(answers(motivation="no")) == stop_at_motivation
    assert path(answers(areas=["debt"])) == stop_at_motivation
    assert path(answers(impact="severe")) == QUESTION_IDS
    assert next_question({}) == "urgent"
    assert next_question({"urgent": "no"}) == "age"
    assert next_question(answers()) is None


# --- validation: unknown ids, codes, shapes raise specific errors ------------------------


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ({"colour": "blue"}, UnknownQuestion),
        ({"urgent": "maybe"}, UnknownAnswerCode),
        ({"areas": ["debt", "cooking"]}, UnknownAnswerCode),
        ({"urgent": ["no"]}, BadAnswerShape),
        ({"urgent": 1}, BadAnswerShape),
        ({"areas": "debt"}, BadAnswerShape),
        ({"areas": []}, BadAnswerShape),
        ({"areas": [1]}, BadAnswerShape),
        (["urgent"], BadAnswerShape),
        ("urgent=no", BadAnswerShape),
        ({1: "no"}, UnknownQuestion),
    ],
)
def test_bad_answers_raise_a_specific_error(bad, error):
    with pytest.raises(error):
        validate_answers(bad)
    with pytest.raises(error):
        assess(bad)


def test_validate_normalises_multi_answers_to_question_order():
    clean = validate_answers({"areas": ["other", "debt", "activities", "debt"]})
    assert clean["areas"] == ("activities", "debt", "other")


# --- offers resolve to the municipality's own contacts -----------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_offer_resolves_to_profile_contacts(profile, lang):
    details = offer_details(profile, OFFER_CODES, lang)
    assert [d["code"] for d in details] == list(OFFER_CODES)
    for detail in details:
        offer = profile["offers"][detail["code"]]
        assert detail["name"] == localized(offer["name"], lang)
        assert detail["contact"] == localized(offer["contact"], lang)
        assert detail["phone"] == offer["phone"]
        # Either a real phone number from the profile or a way to reach the municipality.
        assert detail["phone"] or detail["url"]
        if offer["fill_in"] and not offer["url"]:
            assert detail["url"] == profile["general_contact"]["url"]


def test_hedensted_offers_carry_the_seed_numbers():
    from portal.municipality import load_profile

    hedensted = {d["code"]: d for d in offer_details(load_profile("hedensted"), OFFER_CODES, "da")}
    assert hedensted["early_intervention"]["phone"] == "79 75 58 20"
    assert hedensted["early_intervention"]["address"] == "Vestergade 7-9, 8723 Løsning"
    assert hedensted["open_counselling"]["phone"] == "24 60 97 77"
    assert hedensted["crisis_lines"]["phone"] == "70 201 201"


def test_vordingborg_invents_no_phone_number():
    from portal.municipality import load_profile

    vordingborg = offer_details(load_profile("vordingborg"), OFFER_CODES, "da")
    for detail in vordingborg:
        if detail["code"] != "crisis_lines":
            assert detail["phone"] is None
            assert detail["url"] == "https://www.vordingborg.dk"


@pytest.mark.parametrize(
    "overrides",
    [
        {"urgent": "yes"},
        {"age": "under_18"},
        {"motivation": "no"},
        {"areas": ["debt"]},
        {"areas": ["work_or_education"]},
        {"impact": "severe"},
        {"areas": ["debt", "health"]},
    ],
)
def test_each_outcome_renders_with_contacts_for_both_municipalities(profile, overrides):
    outcome = assess(answers(**overrides))
    details = offer_details(profile, outcome.offers, "da")
    assert [d["code"] for d in details] == list(outcome.offers)
    assert all(d["name"] and d["contact"] for d in details)


def test_path_validates_the_answers_on_it_and_ignores_those_beyond_it():
    # A bad answer on the path is an error, named for its question ...
    with pytest.raises(UnknownAnswerCode):
        path({"urgent": "no", "age": "sixty"})
    # ... one behind the point where the rules decide is never looked at.
    assert path({"urgent": "yes", "age": "sixty"}) == ("urgent",)
    # Multi answers are read in the questions' option order, whatever order they came in.
    assert path(answers(areas=["debt", "health"])) == path(answers(areas=["health", "debt"]))
