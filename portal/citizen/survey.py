"""The user survey pages: /survey after the receipt, /survey/<token> from the closing
letter. The rules (questions, anonymity, single use) live in portal.services.survey."""

from flask import abort, render_template, request, session
from flask_babel import gettext as _

from portal.citizen import bp
from portal.extensions import limiter
from portal.services import survey as service

RECEIPT_DONE_KEY = "survey_receipt_done"
RECEIPTS_KEY = "receipts"  # set by portal.citizen.application when a case is received
SURVEY_LIMIT = "20 per hour"


def _messages() -> dict:
    return {
        "choose": _("Choose one answer."),
        "too_long": _(
            "The text can be at most %(max)d characters. Make it shorter.",
            max=service.COMMENT_MAX,
        ),
        "unknown": _("We cannot find this survey. Check that you used the whole link."),
        "used": _(
            "This link has already been used. Each link works once. Thank you for your answers."
        ),
        "expired": _("This survey has closed. Thank you all the same."),
    }


def _render(channel: str, form=None, errors=(), token: str | None = None, status: int = 200):
    messages = _messages()
    errors = [(fid, messages[code]) for fid, code in errors]
    questions = [
        {"id": q.id, "text": q.text, "options": [(c, label, None) for c, label in q.options]}
        for q in service.QUESTIONS[channel]
    ]
    return (
        render_template(
            "citizen/survey.html",
            heading=(
                _("What did you think of applying?")
                if channel == "receipt"
                else _("What did you think of your course?")
            ),
            questions=questions,
            form=form or {},
            errors=errors,
            field_error=dict(errors),
            token=token,
            comment_max=service.COMMENT_MAX,
        ),
        status,
    )


def _closed(reason: str, status: int):
    return render_template("citizen/survey_closed.html", message=_messages()[reason]), status


def _require_enabled() -> None:
    if not service.enabled():
        abort(404)


@bp.get("/survey")
def survey_receipt():
    _require_enabled()
    if session.get(RECEIPT_DONE_KEY):
        return render_template("citizen/survey_done.html", already=True)
    if not session.get(RECEIPTS_KEY):
        return _closed_no_receipt()
    return _render("receipt")


def _closed_no_receipt():
    message = _("You can answer the survey after you have sent an application.")
    return render_template("citizen/survey_closed.html", message=message), 403


@bp.post("/survey")
@limiter.limit(SURVEY_LIMIT)
def survey_receipt_submit():
    _require_enabled()
    if session.get(RECEIPT_DONE_KEY):
        return render_template("citizen/survey_done.html", already=True)
    if not session.get(RECEIPTS_KEY):
        return _closed_no_receipt()
    answers, errors = service.validate("receipt", request.form)
    if errors:
        return _render("receipt", answers, errors, status=400)
    service.record("receipt", answers)
    session[RECEIPT_DONE_KEY] = True
    return render_template("citizen/survey_done.html", already=False)


@bp.get("/survey/<token>")
def survey_course(token: str):
    _require_enabled()
    try:
        service.check_invite(token)
    except service.SurveyError as exc:
        return _closed(exc.reason, 404 if exc.reason == "unknown" else 410)
    return _render("course", token=token)


@bp.post("/survey/<token>")
@limiter.limit(SURVEY_LIMIT)
def survey_course_submit(token: str):
    _require_enabled()
    answers, errors = service.validate("course", request.form)
    try:
        if errors:
            service.check_invite(token)
            return _render("course", answers, errors, token=token, status=400)
        service.record("course", answers, token=token)
    except service.SurveyError as exc:
        return _closed(exc.reason, 404 if exc.reason == "unknown" else 410)
    return render_template("citizen/survey_done.html", already=False)


@bp.app_template_global("survey_statistics")
def survey_statistics() -> dict:
    """For the staff statistics page (staff/_statistics_survey.html)."""
    result = service.aggregates()
    return {
        "enabled": service.enabled(),
        "responses": result.responses,
        "rows": service.table_rows(result),
        "comments": result.comments,
    }
