"""The OpenAPI document of the JSON API and the chat webhook (DESIGN.md § 4).

Generated from the code, not written by hand: the request and response shapes are pydantic
models whose enums come from the screening module (question ids, answer codes, outcome
codes) and the profile's offer codes, so a new answer code shows in the document at once.
apispec assembles them into an OpenAPI 3.1 document; tests validate the document and the
real responses against it. Served at /api/v1/openapi.json.
"""

from __future__ import annotations

import functools
from typing import Any, Literal

from apispec import APISpec
from flask import Blueprint, jsonify
from pydantic import BaseModel, ConfigDict, Field, create_model

from portal.municipality.profile import OFFER_CODES
from portal.screening import OUTCOME_CODES, QUESTIONS

bp = Blueprint("api_docs", __name__, url_prefix="/api/v1")
OPENAPI_VERSION = "3.1.0"


def _enum(values):
    return Literal[tuple(values)]


def _answers_model() -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for question in QUESTIONS:
        code = _enum(option.code for option in question.options)
        kind = list[code] if question.kind == "multi" else code
        fields[question.id] = (kind | None, Field(default=None, description=question.text))
    return create_model(
        "ScreeningAnswers",
        __config__=ConfigDict(extra="forbid"),
        __doc__="Answers as codes; a multi-choice question takes a list. Answers may stop "
        "early where the rules already decide (e.g. only urgent=yes).",
        **fields,
    )


ScreeningAnswers = _answers_model()
QuestionId = _enum(q.id for q in QUESTIONS)
OutcomeCode = _enum(OUTCOME_CODES)
OfferCode = _enum(OFFER_CODES)


class ScreeningRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answers: ScreeningAnswers  # type: ignore[valid-type]


class Offer(BaseModel):
    code: OfferCode  # type: ignore[valid-type]
    name: str
    description: str
    contact: str
    phone: str | None
    hours: str | None
    address: str | None
    url: str | None
    to_be_filled_in: bool = Field(
        description="The municipality has not stated this offer's contact details yet; "
        "`url` then points to its general contact."
    )


class ReasonDetail(BaseModel):
    question: QuestionId  # type: ignore[valid-type]
    answer: list[str]
    because: str
    text: str


class ScreeningResult(BaseModel):
    outcome: OutcomeCode  # type: ignore[valid-type]
    title: str
    offers: list[Offer] = Field(description="In order of fit.")
    reasons: list[str] = Field(description="Each names the answer it rests on.")
    reason_details: list[ReasonDetail]
    lang: Literal["da", "en"]


class Option(BaseModel):
    code: str
    label: str
    hint: str | None


class Question(BaseModel):
    id: QuestionId  # type: ignore[valid-type]
    kind: Literal["single", "multi"]
    text: str
    hint: str | None
    options: list[Option]


class QuestionList(BaseModel):
    lang: Literal["da", "en"]
    questions: list[Question]


class Error(BaseModel):
    model_config = ConfigDict(extra="allow")
    error: str = Field(description="A message a developer can act on.")


class ChatMetadata(BaseModel):
    lang: Literal["da", "en"] | None = None


class ChatMessage(BaseModel):
    sender: str = Field(
        description="With a bearer token: the conversation's key, as Rasa's REST channel. "
        "From a browser (no Authorization header) it is ignored: the session owns the "
        "conversation."
    )
    message: str = Field(
        description="Free text, or a button payload such as `/start_screening` or "
        '`/answer{"age": "18_or_over"}`.'
    )
    metadata: ChatMetadata | None = None


class Button(BaseModel):
    title: str
    payload: str


class BotMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    recipient_id: str
    text: str | None = None
    buttons: list[Button] | None = None
    custom: dict[str, Any] | None = Field(
        default=None,
        description='`{"question": id}` on a screening question; `{"outcome": code, '
        '"answers": {...}}` on the outcome.',
    )


MODELS = (
    ScreeningRequest,
    ScreeningResult,
    QuestionList,
    Error,
    ChatMessage,
    BotMessage,
)


def _json(schema_name: str, description: str, array: bool = False) -> dict:
    ref = {"$ref": f"#/components/schemas/{schema_name}"}
    schema = {"type": "array", "items": ref} if array else ref
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict:
    words = {
        400: "Bad request: the message says what is wrong.",
        401: "Missing or wrong bearer token.",
        403: "Refused (e.g. a cross-origin browser request).",
        413: "The body is too large.",
        429: "Too many requests; try again later.",
        503: "The service is unavailable.",
    }
    return {str(code): _json("Error", words[code]) for code in codes}


@functools.cache
def document() -> dict:
    spec = APISpec(
        title="Tidlig indsats",
        version="1",
        openapi_version=OPENAPI_VERSION,
        info={
            "description": "The screening API and the chat webhook of the early preventive "
            "intervention portal. Texts come in the language of `?lang=da|en` (else the "
            "remembered language, else Danish)."
        },
    )
    spec.components.security_scheme(
        "chatChannel",
        {
            "type": "http",
            "scheme": "bearer",
            "description": "CHAT_CHANNEL_TOKEN: a server-to-server channel keyed by `sender`.",
        },
    )
    for model in MODELS:
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in schema.pop("$defs", {}).items():
            if name not in spec.components.schemas:
                spec.components.schema(name, definition)
        spec.components.schema(model.__name__, schema)
    lang = {
        "name": "lang",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": ["da", "en"]},
    }
    spec.path(
        path="/api/v1/screening/questions",
        operations={
            "get": {
                "summary": "The screening questions with their answer codes and labels.",
                "parameters": [lang],
                "responses": {"200": _json("QuestionList", "The questions."), **_errors(429)},
            }
        },
    )
    spec.path(
        path="/api/v1/screening",
        operations={
            "post": {
                "summary": "Assess answers: the outcome, offers in order of fit, and reasons.",
                "parameters": [lang],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ScreeningRequest"}
                        }
                    },
                },
                "responses": {
                    "200": _json("ScreeningResult", "The outcome."),
                    **_errors(400, 413, 429),
                },
            }
        },
    )
    spec.path(
        path="/chat/webhook",
        operations={
            "post": {
                "summary": "Send a message to the chatbot (Rasa REST-channel compatible).",
                "security": [{}, {"chatChannel": []}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ChatMessage"}}
                    },
                },
                "responses": {
                    "200": _json("BotMessage", "The bot's answers, in order.", array=True),
                    **_errors(400, 401, 403, 413, 429, 503),
                },
            }
        },
    )
    return spec.to_dict()


@bp.get("/openapi.json")
def openapi():
    return jsonify(document())
