"""The guided pre-screening (DESIGN.md § 5): one question per page, check answers, outcome.

Every step is a plain form POST and a redirect (no JavaScript needed). Answers are codes
kept server-side per visitor (portal.services.visitor), so a language switch keeps them.
The rules, the path and the wording of reasons come from portal.screening.
"""

from babel.lists import format_list
from flask import abort, redirect, render_template, request, url_for
from flask_babel import gettext as _

from portal.citizen import bp
from portal.i18n import current_lang
from portal.page_cache import cached_page
from portal.screening import QUESTION_IDS, RULES, ScreeningError, path, question
from portal.screening.errors import BadAnswerShape, ConflictingAnswers
from portal.screening.progress import (
    EXCLUSIVE_CODES,
    current_outcome,
    explain_all,
    is_reachable,
    option_labels,
    outcome_title,
    record_answer,
    step_after,
    step_before,
    usable_answers,
)
from portal.services.visitor import get_answers, save_answers
from portal.views_common import profile

# What the outcome page leads with (above the fold on a phone): the emergency contacts, the
# better-suited offer's contact, or applying for this offer.
LEADS = {
    "crisis": "emergency",
    "not_adult": "contact",
    "info_only": "contact",
    "other_offer": "contact",
    "assessment": "apply",
    "eligible": "apply",
}

# Where a change link came from, so the visitor is sent back there afterwards.
RETURN_TO = {"answers": "citizen.screening_answers", "result": "citizen.screening_outcome"}


def _answers() -> dict:
    return usable_answers(get_answers())


def _return_arg() -> str | None:
    value = request.args.get("return")
    return value if value in RETURN_TO else None


def _question_url(question_id: str, ret: str | None = None) -> str:
    return url_for("citizen.screening_question", question_id=question_id, **{"return": ret})


def _resume_url(answers: dict) -> str:
    """Where an unfinished visitor continues: the first open question, else the end."""
    open_question = next((qid for qid in path(answers) if qid not in answers), None)
    if open_question:
        return _question_url(open_question)
    outcome = current_outcome(answers)
    if outcome is not None and outcome.code == "crisis":
        return url_for("citizen.screening_outcome")
    return url_for("citizen.screening_answers")


def _steps(answers: dict, current: str | None) -> list[dict]:
    """The step indicator over this visitor's path, ending in "Check your answers"."""
    asked = path(answers)
    first_open = next((i for i, qid in enumerate(asked) if qid not in answers), len(asked))
    steps = []
    for index, qid in enumerate(asked):
        steps.append(
            {
                "title": _(question(qid).short),
                "url": _question_url(qid) if index <= first_open else None,
                "current": qid == current,
                "done": qid in answers,
            }
        )
    steps.append(
        {
            "title": _("Check your answers"),
            "url": url_for("citizen.screening_answers") if first_open == len(asked) else None,
            "current": current is None,
            "done": False,
        }
    )
    return steps


def _options(q) -> list[tuple[str, str, str | None]]:
    """The options, exclusive ones ("No", "I do not know") last, after the "or" divider."""
    exclusive = EXCLUSIVE_CODES.get(q.id, ())
    ordered = sorted(q.options, key=lambda o: o.code in exclusive)
    return [(o.code, _(o.label), _(o.hint) if o.hint else None) for o in ordered]


def _error_message(q, error: ScreeningError) -> str:
    if isinstance(error, ConflictingAnswers):
        return _(
            'You cannot choose "%(option)s" together with other answers.',
            option=_(q.option(error.code).label),
        )
    if isinstance(error, BadAnswerShape) or q.kind == "single":
        return _("Choose one answer.")
    return _("Choose at least one answer.")


@bp.get("/check")
def screening_start():
    answers = _answers()
    return render_template(
        "citizen/check/start.html",
        started=bool(answers),
        resume_url=_resume_url(answers),
        first_url=_question_url(QUESTION_IDS[0]),
    )


@bp.post("/check/restart")
def screening_restart():
    save_answers({})
    return redirect(_question_url(QUESTION_IDS[0]))


@bp.route("/check/<question_id>", methods=["GET", "POST"])
def screening_question(question_id: str):
    if question_id not in QUESTION_IDS:
        abort(404)
    answers = _answers()
    if not is_reachable(answers, question_id):
        return redirect(_resume_url(answers))
    q = question(question_id)
    ret = _return_arg()
    error = None
    selected = answers.get(question_id)
    if request.method == "POST":
        chosen = request.form.getlist(question_id)
        try:
            updated = record_answer(answers, question_id, chosen)
        except ScreeningError as exc:
            error = _error_message(q, exc)
            selected = [c for c in chosen if c in q.codes]
        else:
            save_answers(updated)
            return redirect(_after_answer(updated, question_id, ret))
    previous = step_before(answers, question_id)
    if ret:
        back_url = url_for(RETURN_TO[ret])
    elif previous:
        back_url = _question_url(previous)
    else:
        back_url = url_for("citizen.screening_start")
    asked = path(answers)
    return render_template(
        "citizen/check/question.html",
        q=q,
        text=_(q.text),
        hint=_(q.hint) if q.hint else None,
        options=_options(q),
        exclusive=EXCLUSIVE_CODES.get(q.id, ()),
        selected=selected,
        error=error,
        back_url=back_url,
        action=_question_url(question_id, ret),
        steps=_steps(answers, question_id),
        step_number=asked.index(question_id) + 1,
        step_count=len(asked) + 1,
    ), (400 if error else 200)


def _after_answer(answers: dict, question_id: str, ret: str | None) -> str:
    outcome = current_outcome(answers)
    if outcome is not None and outcome.code == "crisis":
        # Emergency contacts at once: no more questions, no check page.
        return url_for("citizen.screening_outcome")
    if ret:
        open_question = next((qid for qid in path(answers) if qid not in answers), None)
        return _question_url(open_question, ret) if open_question else url_for(RETURN_TO[ret])
    following = step_after(answers, question_id)
    return _question_url(following) if following else url_for("citizen.screening_answers")


@bp.get("/check/answers")
def screening_answers():
    answers = _answers()
    outcome = current_outcome(answers)
    if outcome is None or outcome.code == "crisis":
        return redirect(_resume_url(answers))
    lang = current_lang()
    rows = [
        {
            "id": qid,
            "question": _(question(qid).text),
            "short": _(question(qid).short),
            "labels": option_labels(qid, answers[qid], lang),
            "change_url": _question_url(qid, "answers"),
        }
        for qid in path(answers)
    ]
    asked = path(answers)
    return render_template(
        "citizen/check/answers.html",
        rows=rows,
        back_url=_question_url(asked[-1]),
        steps=_steps(answers, None),
        step_number=len(asked) + 1,
        step_count=len(asked) + 1,
    )


@bp.get("/check/result")
def screening_outcome():
    answers = _answers()
    outcome = current_outcome(answers)
    if outcome is None:
        return redirect(_resume_url(answers))
    lang = current_lang()
    reasons = [
        {
            "because": item.because,
            "text": item.text,
            "question": _(question(item.question_id).short),
            "change_url": _question_url(item.question_id, "result"),
        }
        for item in explain_all(outcome, lang)
    ]
    offers = [profile()["offers"][code] for code in outcome.offers if code != "crisis_lines"]
    lead = LEADS[outcome.code]
    return render_template(
        "citizen/check/result.html",
        outcome=outcome,
        title=outcome_title(outcome.code, lang),
        reasons=reasons,
        lead=lead,
        # The contact that leads the page is not repeated among the other offers.
        first_offer=offers[0] if lead == "contact" and offers else None,
        offers=offers[1:] if lead == "contact" else offers,
        check_url=None if outcome.code == "crisis" else url_for("citizen.screening_answers"),
    )


@bp.get("/how-we-assess")
@cached_page  # the same for everyone in a language: served from memory (page_cache.py)
def how_we_assess():
    lang = current_lang()
    rules = [
        {
            "number": rule.number,
            "description": _(rule.description),
            "looks_at": format_list([_(question(qid).short) for qid in rule.needs], locale=lang)
            if rule.needs
            else None,
        }
        for rule in RULES
    ]
    questions = [
        {"text": _(q.text), "multi": q.kind == "multi", "options": [o[1] for o in _options(q)]}
        for q in (question(qid) for qid in QUESTION_IDS)
    ]
    return render_template("citizen/check/how_we_assess.html", rules=rules, questions=questions)
