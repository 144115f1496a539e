"""The OpenAPI document at /api/v1/openapi.json is valid, follows the code's codes, and the
real responses of the API and the webhook match it."""

import jsonschema
import pytest
from openapi_spec_validator import validate

from portal.screening import OUTCOME_CODES, QUESTIONS

ELIGIBLE = {
    "age": "18_or_over",
    "urgent": "no",
    "areas": ["social_contact", "debt"],
    "impact": "moderate",
    "existing_support": ["none"],
    "motivation": "yes",
    "format": "group",
    "contact": "phone",
}


@pytest.fixture
def spec(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def conforms(spec, schema_name, instance, array=False) -> None:
    ref = {"$ref": f"#/components/schemas/{schema_name}"}
    schema = {"type": "array", "items": ref} if array else ref
    jsonschema.validate(instance, {**schema, "components": spec["components"]})


def test_the_document_is_valid_openapi(spec):
    validate(spec)
    assert spec["openapi"].startswith("3.1")
    assert {"/api/v1/screening", "/api/v1/screening/questions", "/chat/webhook"} <= set(
        spec["paths"]
    )


def test_the_document_names_every_question_code_and_outcome(spec):
    answers = spec["components"]["schemas"]["ScreeningAnswers"]["properties"]
    assert set(answers) == {q.id for q in QUESTIONS}
    for question in QUESTIONS:
        text = str(answers[question.id])
        for option in question.options:
            assert repr(option.code) in text, (question.id, option.code)
    outcome = spec["components"]["schemas"]["ScreeningResult"]["properties"]["outcome"]
    assert set(outcome["enum"]) == set(OUTCOME_CODES)


def test_the_request_schema_refuses_unknown_codes_and_fields(spec):
    conforms(spec, "ScreeningRequest", {"answers": ELIGIBLE})
    for bad in (
        {"answers": {**ELIGIBLE, "age": "seventeen"}},
        {"answers": {**ELIGIBLE, "shoe_size": "42"}},
        {"answers": ELIGIBLE, "extra": 1},
        {"answers": {**ELIGIBLE, "areas": "debt"}},  # multi-choice takes a list
    ):
        with pytest.raises(jsonschema.ValidationError):
            conforms(spec, "ScreeningRequest", bad)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_real_responses_match_the_document(client, spec, lang):
    questions = client.get(f"/api/v1/screening/questions?lang={lang}").get_json()
    conforms(spec, "QuestionList", questions)
    for answers in (ELIGIBLE, {"urgent": "yes"}, {"age": "under_18", "urgent": "no"}):
        result = client.post(f"/api/v1/screening?lang={lang}", json={"answers": answers})
        assert result.status_code == 200
        conforms(spec, "ScreeningResult", result.get_json())
    error = client.post("/api/v1/screening", json={"answers": {"age": "x"}})
    assert error.status_code == 400
    conforms(spec, "Error", error.get_json())
    chat = client.post("/chat/webhook", json={"sender": "s", "message": "/start_screening"})
    assert chat.status_code == 200
    conforms(spec, "BotMessage", chat.get_json(), array=True)
    assert chat.get_json(), "the bot answers"
