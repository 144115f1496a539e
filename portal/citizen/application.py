"""The application: two short steps, "Tjek dine svar", submit, receipt (DESIGN.md §§ 2, 9).

Views stay thin: they parse the form, keep the draft server-side (visitor.save_draft, an
encrypted column) and call portal.services.submit.submit_application to create the case.
"""

import contextlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from flask import abort, current_app, redirect, render_template, request, session, url_for
from flask_babel import format_date, format_time
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import InterfaceError, OperationalError

from portal.citizen import bp
from portal.citizen.application_forms import AboutYouForm, NeedsForm, SubmitForm
from portal.extensions import db, limiter
from portal.i18n import current_lang
from portal.screening import question
from portal.screening.progress import EXCLUSIVE_CODES
from portal.services import mail, outbox, submit, visitor

log = logging.getLogger("portal.citizen.application")

RECEIPTS_KEY = "receipts"  # session: {reference: what the receipt page shows} (last 5)
# session: the reference just sent, until the visitor starts a new application. Back or a
# resend then shows "already sent", never an empty form that invites a second application.
SENT_KEY = "sent_reference"
SUBMIT_LIMIT = "10 per minute;50 per day"
DB_DOWN = (OperationalError, InterfaceError)
STEP_ENDPOINTS = {"about": "citizen.apply_start", "needs": "citizen.apply_needs"}
STEP_NUMBERS = {"about": 1, "needs": 2, "check": 3}


def _profile():
    return current_app.extensions["municipality"]


def _options(question_id: str, hints: bool = False) -> list[tuple[str, str, str | None]]:
    """The options, exclusive ones ("No", "I do not know") last, after the "or" divider."""
    exclusive = EXCLUSIVE_CODES.get(question_id, ())
    ordered = sorted(question(question_id).options, key=lambda o: o.code in exclusive)
    return [(o.code, _(o.label), _(o.hint) if hints and o.hint else None) for o in ordered]


def _draft() -> dict:
    """The saved draft; fields never saved yet come from the screening answers."""
    draft = visitor.get_draft()
    answers = visitor.get_answers()
    for question_id, field in submit.PREFILL.items():
        if field not in draft and question_id in answers:
            draft[field] = answers[question_id]
    return draft


STEP_TITLES = {"about": _l("About you"), "needs": _l("What you need help with")}


def _steps(current: str, draft: dict) -> list[dict]:
    """The step indicator (as the check's): a step links when every step before it is
    complete, and says "Answered" when its own fields are."""
    invalid = {e.field for e in submit.validate_fields(draft)}
    steps, open_before = [], False
    for step, fields in submit.STEPS.items():
        complete = not invalid & set(fields)
        steps.append(
            {
                "title": STEP_TITLES[step],
                "url": None if open_before else url_for(STEP_ENDPOINTS[step]),
                "current": step == current,
                "done": complete,
            }
        )
        open_before = open_before or not complete
    steps.append(
        {
            "title": _l("Check your answers"),
            "url": None if open_before else url_for("citizen.apply_check"),
            "current": current == "check",
            "done": False,
        }
    )
    return steps


def _render_step(step: str, form, draft: dict, errors=(), status: int = 200):
    template = {"about": "citizen/apply_about.html", "needs": "citizen/apply_needs.html"}[step]
    return (
        render_template(
            template,
            form=form,
            draft=submit.normalise_draft(draft),
            errors=list(errors),
            field_error=dict(reversed(list(errors))),
            step_number=STEP_NUMBERS[step],
            steps=_steps(step, draft),
            from_check=request.values.get("from") == "check",
            options={
                "contact": _options("contact"),
                "format": _options("format"),
                "impact": _options("impact", hints=True),
                "areas": _options("areas"),
                "existing_support": _options("existing_support"),
            },
            limits=submit.LIMITS,
            exclusive=EXCLUSIVE_CODES,
        ),
        status,
    )


def _already_sent():
    """The "already sent" page if this visitor sent an application and has not begun a new
    one (no draft since), else None."""
    reference = session.get(SENT_KEY)
    if not reference or reference not in (session.get(RECEIPTS_KEY) or {}):
        return None
    if visitor.get_draft():
        return None
    return render_template("citizen/apply_sent.html", reference=reference), 200


@bp.post("/apply/new")
def apply_new():
    """The visitor chose to start another application (e.g. after a long time)."""
    session.pop(SENT_KEY, None)
    return redirect(url_for("citizen.apply_start"), 303)


def _step(step: str, form_class, next_endpoint: str):
    sent = _already_sent()
    if sent:
        return sent
    try:
        draft = _draft()
    except DB_DOWN:
        db.session.rollback()
        log.error("database unavailable while loading a draft")
        draft = {}
        if request.method == "GET":
            raise
    form = form_class()
    if request.method == "GET":
        return _render_step(step, form, draft)
    draft.update(form.draft_values())
    errors = form.field_errors(draft)
    try:
        visitor.save_draft(draft)
    except DB_DOWN:
        # The posted values stay in the page; the citizen can send them again.
        db.session.rollback()
        log.error("database unavailable while saving a draft")
        errors = [("main-content", _("We could not save your answers just now. Try again."))]
        return _render_step(step, form, draft, errors, 503)
    if errors:
        return _render_step(step, form, draft, errors, 422)
    if request.form.get("from") == "check":
        return redirect(url_for("citizen.apply_check"), 303)
    return redirect(url_for(next_endpoint), 303)


@bp.route("/apply", methods=["GET", "POST"])
def apply_start():
    return _step("about", AboutYouForm, "citizen.apply_needs")


@bp.route("/apply/needs", methods=["GET", "POST"])
def apply_needs():
    return _step("needs", NeedsForm, "citizen.apply_check")


def _first_invalid_step(draft: dict) -> str | None:
    fields = {e.field for e in submit.validate_fields(draft)}
    for step, step_fields in submit.STEPS.items():
        if fields & set(step_fields):
            return step
    return None


def _render_check(draft: dict, key: str, errors=(), status: int = 200):
    d = submit.normalise_draft(draft)
    d["cpr"] = submit.check_cpr(d["cpr"])[0] or d["cpr"]  # shown as DDMMYY-XXXX
    labels = {
        code: label
        for qid in ("contact", "format", "impact", "areas", "existing_support")
        for code, label, _hint in _options(qid)
    }
    return (
        render_template(
            "citizen/apply_check.html",
            draft=d,
            labels=labels,
            idempotency_key=key,
            errors=list(errors),
            field_error=dict(errors),
            step_number=STEP_NUMBERS["check"],
            steps=_steps("check", draft),
            form=SubmitForm(),
        ),
        status,
    )


@bp.get("/apply/check")
def apply_check():
    sent = _already_sent()
    if sent:
        return sent
    draft = _draft()
    invalid = _first_invalid_step(draft)
    if invalid:
        return redirect(url_for(STEP_ENDPOINTS[invalid]), 303)
    # One key per draft: re-rendering (back button, language switch) keeps it, so any
    # resubmission of this application finds the case the first one made.
    if not submit.KEY_PATTERN.match(draft.get("idempotency_key") or ""):
        draft["idempotency_key"] = secrets.token_urlsafe(32)
        visitor.save_draft(draft)
    return _render_check(draft, draft["idempotency_key"])


@bp.post("/apply/check")
@limiter.limit(SUBMIT_LIMIT)
def apply_submit():
    form = SubmitForm()
    if form.website.data:
        # A person never sees the field; a bot filled it in. No case, no details.
        log.info("honeypot field filled; submission refused")
        abort(400)
    key = (form.idempotency_key.data or "").strip()
    if not submit.KEY_PATTERN.match(key):
        abort(400)
    sent = _already_sent()
    if sent:
        return sent
    try:
        draft = visitor.get_draft()
        missing = submit.confirmation_errors(form[submit.CONFIRM_FIELD].data)
        if missing:
            errors = [(e.field, _(e.message)) for e in missing]
            return _render_check(_draft(), key, errors, 422)
        # The receipt e-mail goes to the outbox in the case's own transaction: it exists
        # exactly when the case does, and is sent after commit (never inside this request).
        result = submit.submit_application(
            draft,
            visitor.get_answers(),
            key,
            current_lang(),
            _profile(),
            visitor_id=visitor.current_id(),
            send_receipt=True,
        )
    except submit.ApplicationInvalid as exc:
        field = exc.errors[0].field
        step = next((s for s, fields in submit.STEPS.items() if field in fields), "about")
        return redirect(url_for(STEP_ENDPOINTS[step]), 303)
    except DB_DOWN:
        db.session.rollback()
        log.error("database unavailable at submit; nothing was saved")
        return render_template("citizen/apply_unavailable.html", idempotency_key=key), 503

    case = result.case
    receipts = dict(session.get(RECEIPTS_KEY) or {})
    previous = receipts.get(case.reference)
    if result.created:
        status = "queued" if result.receipt_queued else None
    elif isinstance(previous, dict):
        status = previous.get("mail")
    else:  # a resend after an outage: the receipt went to the outbox with the case
        status = "queued" if mail.wants_receipt(case.email) else None
    # Everything the receipt page shows, kept with the visitor: the page then needs no
    # database read, and shows even if the database goes away right after the commit.
    receipts[case.reference] = {
        "case_id": case.id,
        "received_at": case.received_at.isoformat(),
        "deadline_at": case.deadline_at.isoformat(),
        "mail": status,
    }
    session[RECEIPTS_KEY] = dict(list(receipts.items())[-5:])
    session[SENT_KEY] = case.reference
    visitor.leave()  # the draft went with the case's transaction; the id goes now
    if not result.created and isinstance(previous, dict):
        # A resend after the receipt (Back, then Send again): still one application, and
        # the visitor is told so.
        return render_template("citizen/apply_sent.html", reference=case.reference), 200
    return redirect(url_for("citizen.apply_receipt", reference=case.reference), 303)


@dataclass(frozen=True)
class ReceiptFacts:
    reference: str
    received_at: datetime
    deadline_at: datetime


def _receipt(reference: str) -> tuple[ReceiptFacts, str | None]:
    receipts = session.get(RECEIPTS_KEY) or {}
    # Only the visitor who submitted (this session) may see the receipt.
    kept = receipts.get(reference)
    if not isinstance(kept, dict):
        abort(404)
    facts = ReceiptFacts(
        reference,
        datetime.fromisoformat(kept["received_at"]),
        datetime.fromisoformat(kept["deadline_at"]),
    )
    return facts, _mail_state(kept)


def _mail_state(kept: dict) -> str | None:
    """How far the receipt e-mail got; what was known at submit if the database is away."""
    status = kept.get("mail")
    if status != "queued":
        return status
    try:
        state = outbox.status_for_case(kept["case_id"], "receipt")
    except DB_DOWN:
        with contextlib.suppress(Exception):
            db.session.rollback()
        log.warning("database unavailable while showing a receipt; shown from the session")
        return status
    return {outbox.SENT: "sent", outbox.FAILED: "failed"}.get(state, status)


def _complaints():
    return next((s for s in _profile()["sections"] if s["id"] == "complaints"), None)


@bp.get("/apply/receipt/<reference>")
def apply_receipt(reference: str):
    case, mail_status = _receipt(reference)
    return render_template(
        "citizen/receipt.html",
        case=case,
        mail_status=mail_status,
        complaints=_complaints(),
        format_date=format_date,
        format_time=format_time,
    )
