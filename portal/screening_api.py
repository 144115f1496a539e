"""JSON API for the screening (DESIGN.md § 4).

Stateless: nothing is stored, so it is exempt from form CSRF; it is rate-limited per client.
Texts come in the request's language (`?lang=da|en`, else the remembered language).
"""

from flask import Blueprint, jsonify, request
from werkzeug.exceptions import HTTPException

from portal.extensions import csrf, limiter
from portal.i18n import current_lang
from portal.screening import (
    QUESTIONS,
    IncompleteAnswers,
    ScreeningError,
    UnknownAnswerCode,
    UnknownQuestion,
    assess,
    offer_details,
)
from portal.screening.progress import explain_all, outcome_title
from portal.textcat import translate
from portal.views_common import profile

bp = Blueprint("screening_api", __name__, url_prefix="/api/v1/screening")
csrf.exempt(bp)

RATE_LIMIT = "60 per minute"


def _error(status: int, message: str, **details):
    return jsonify(error=message, **details), status


@bp.get("/questions")
@limiter.limit(RATE_LIMIT)
def questions():
    lang = current_lang()

    def text(msgid):
        return translate(msgid, lang) if msgid else None

    return jsonify(
        lang=lang,
        questions=[
            {
                "id": q.id,
                "kind": q.kind,
                "text": text(q.text),
                "hint": text(q.hint),
                "options": [
                    {"code": o.code, "label": text(o.label), "hint": text(o.hint)}
                    for o in q.options
                ],
            }
            for q in QUESTIONS
        ],
    )


@bp.post("")
@limiter.limit(RATE_LIMIT)
def screen():
    body = request.get_json(silent=True) if request.is_json else None
    if not isinstance(body, dict):
        return _error(400, 'the body must be a JSON object: {"answers": {question_id: code}}')
    unknown = sorted(set(body) - {"answers"})
    if unknown:
        return _error(400, f"unknown field {unknown[0]!r}; the body holds only 'answers'")
    if "answers" not in body:
        return _error(400, "missing field 'answers'")
    try:
        outcome = assess(body["answers"])
    except IncompleteAnswers as exc:
        return _error(400, str(exc), missing=list(exc.missing))
    except UnknownAnswerCode as exc:
        return _error(400, str(exc), question=exc.question_id, code=exc.code)
    except UnknownQuestion as exc:
        return _error(400, str(exc), question=exc.question_id)
    except ScreeningError as exc:
        return _error(400, str(exc), question=getattr(exc, "question_id", None))
    lang = current_lang()
    explanations = explain_all(outcome, lang)
    return jsonify(
        outcome=outcome.code,
        title=outcome_title(outcome.code, lang),
        offers=offer_details(profile(), outcome.offers, lang),
        reasons=[item.sentence for item in explanations],
        reason_details=[
            {
                "question": item.question_id,
                "answer": list(item.answer),
                "because": item.because,
                "text": item.text,
            }
            for item in explanations
        ],
        lang=lang,
    )


@bp.errorhandler(HTTPException)
def http_error(exc: HTTPException):
    # API clients get JSON, not the citizen's HTML error page (404, 405, 413, 429 ...).
    return _error(exc.code or 500, exc.description or exc.name)
