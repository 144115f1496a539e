"""The screening JSON API (DESIGN.md § 4): good and bad requests."""

import pytest

from portal.screening import QUESTION_IDS, QUESTIONS

URL = "/api/v1/screening"
ELIGIBLE = {
    "urgent": "no",
    "age": "18_or_over",
    "areas": ["activities", "debt"],
    "impact": "mild",
    "existing_support": ["none"],
    "motivation": "yes",
    "format": "both",
    "contact": "virtual",
}


def test_questions_list_ids_kinds_and_codes(client):
    response = client.get(f"{URL}/questions")
    assert response.status_code == 200
    questions = response.get_json()["questions"]
    assert [q["id"] for q in questions] == list(QUESTION_IDS)
    for got, want in zip(questions, QUESTIONS, strict=True):
        assert got["kind"] == want.kind
        assert [o["code"] for o in got["options"]] == list(want.codes)
        assert all(o["label"] for o in got["options"])


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [("da", "Hvor gammel er du?", "18 år eller ældre"), ("en", "How old are you?", "18 or older")],
)
def test_questions_in_the_requested_language(client, lang, text, label):
    body = client.get(f"{URL}/questions?lang={lang}").get_json()
    assert body["lang"] == lang
    age = next(q for q in body["questions"] if q["id"] == "age")
    assert age["text"] == text
    assert age["options"][0]["label"] == label


def test_eligible_answers_give_offers_in_order_of_fit_with_contacts(client):
    response = client.post(f"{URL}?lang=en", json={"answers": ELIGIBLE})
    assert response.status_code == 200
    body = response.get_json()
    assert body["outcome"] == "eligible"
    assert [o["code"] for o in body["offers"]] == [
        "early_intervention",
        "open_counselling",
        "economic_advice",
    ]
    first = body["offers"][0]
    assert first["name"] == "Early preventive intervention"
    assert first["phone"] == "79 75 58 20"
    assert first["contact"]
    assert body["reasons"] and all(r.startswith("Because you answered") for r in body["reasons"])
    assert {d["question"] for d in body["reason_details"]} >= {"age", "areas", "impact"}


def test_danish_reasons_and_vordingborg_contacts(make_app):
    client = make_app("vordingborg").test_client()
    body = client.post(f"{URL}?lang=da", json={"answers": ELIGIBLE}).get_json()
    assert body["reasons"][0].startswith("Du svarede »")
    assert body["offers"][0]["phone"] is None
    assert body["offers"][0]["url"] == "https://www.vordingborg.dk"


@pytest.mark.parametrize(
    ("answers", "outcome", "first_offer"),
    [
        ({"urgent": "yes"}, "crisis", "crisis_lines"),
        ({"urgent": "no", "age": "under_18"}, "not_adult", "children_and_family"),
        (ELIGIBLE | {"motivation": "no"}, "info_only", "open_counselling"),
        (ELIGIBLE | {"areas": ["debt"]}, "other_offer", "economic_advice"),
        (ELIGIBLE | {"areas": ["work_or_education"]}, "other_offer", "jobcenter"),
        (ELIGIBLE | {"impact": "severe"}, "assessment", "early_intervention"),
    ],
)
def test_every_outcome_and_early_stops(client, answers, outcome, first_offer):
    body = client.post(URL, json={"answers": answers}).get_json()
    assert body["outcome"] == outcome
    assert body["offers"][0]["code"] == first_offer


def test_api_needs_no_csrf_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert client.post(URL, json={"answers": {"urgent": "yes"}}).status_code == 200


def test_api_stores_nothing(client, app):
    from portal.extensions import db
    from portal.models import VisitorState

    client.post(URL, json={"answers": ELIGIBLE})
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(VisitorState)) == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"data": "answers=urgent", "content_type": "text/plain"}, "must be a JSON object"),
        ({"data": "{not json", "content_type": "application/json"}, "must be a JSON object"),
        ({"json": ["urgent", "yes"]}, "must be a JSON object"),
        ({"json": {}}, "missing field 'answers'"),
        ({"json": {"answers": {}, "debug": True}}, "unknown field 'debug'"),
        ({"json": {"answers": "urgent=yes"}}, "must be an object"),
        ({"json": {"answers": {"shoe_size": "42"}}}, "unknown question id 'shoe_size'"),
        ({"json": {"answers": {"urgent": "perhaps"}}}, "unknown answer code 'perhaps'"),
        ({"json": {"answers": {"urgent": ["yes"]}}}, "must be one answer code"),
        ({"json": {"answers": ELIGIBLE | {"areas": "debt"}}}, "non-empty list"),
        ({"json": {"answers": ELIGIBLE | {"areas": []}}}, "non-empty list"),
        ({"json": {"answers": ELIGIBLE | {"areas": ["debt", 7]}}}, "answer codes (strings)"),
        ({"json": {"answers": {"urgent": "no"}}}, "the rules cannot decide yet"),
    ],
)
def test_bad_requests_get_400_with_a_clear_message(client, kwargs, message):
    response = client.post(URL, **kwargs)
    assert response.status_code == 400
    assert response.is_json
    assert message in response.get_json()["error"]


def test_incomplete_answers_list_what_is_missing(client):
    body = client.post(URL, json={"answers": {"urgent": "no", "age": "18_or_over"}}).get_json()
    assert body["missing"] == ["areas", "impact", "motivation"]


def test_unknown_code_names_question_and_code(client):
    body = client.post(URL, json={"answers": {"areas": ["cooking"]}}).get_json()
    assert (body["question"], body["code"]) == ("areas", "cooking")


def test_api_is_rate_limited_with_a_json_answer(make_app):
    client = make_app(RATELIMIT_ENABLED=True).test_client()
    statuses = [
        client.post(URL, json={"answers": {"urgent": "yes"}}).status_code for _ in range(61)
    ]
    assert statuses[:60] == [200] * 60
    assert statuses[60] == 429
    response = client.get(f"{URL}/questions")
    assert response.status_code == 200  # each endpoint has its own budget
    limited = client.post(URL, json={"answers": {"urgent": "yes"}})
    assert limited.status_code == 429 and limited.is_json and limited.get_json()["error"]


def test_too_large_body_gets_a_json_413(client):
    big = {"answers": {"urgent": "yes"}, "padding": "x" * 70_000}
    response = client.post(URL, json=big)
    assert response.status_code == 413
    assert response.is_json and response.get_json()["error"]


@pytest.mark.parametrize("exclusive", ["none", "dont_know"])
def test_an_exclusive_support_answer_cannot_be_combined(client, exclusive):
    """ "No help" or "I do not know" together with a kind of help contradicts itself: the
    API refuses it as the questionnaire does, naming the question and the code."""
    answers = {
        "urgent": "no",
        "age": "18_or_over",
        "existing_support": [exclusive, "jobcenter"],
    }
    response = client.post("/api/v1/screening", json={"answers": answers})
    assert response.status_code == 400
    body = response.get_json()
    assert body["question"] == "existing_support"
    assert f"{exclusive!r}" in body["error"] and "cannot be combined" in body["error"]
