"""The case page and its actions: CPR reveal, status, assignment, notes."""

from __future__ import annotations

from datetime import date

from flask import abort, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from portal.extensions import db
from portal.models import Case, StaffUser
from portal.screening import ScreeningError, assess
from portal.services import cases as case_service
from portal.services.staff_accounts import has_role
from portal.staff import bp, labels
from portal.staff.auth import require_role
from portal.textcat import N_

DONE_MESSAGES = {
    "status": N_("The status is changed."),
    "assign": N_("The assignment is saved."),
    "note": N_("The note is saved."),
}


def _screening_reasons(case: Case) -> list[str]:
    try:
        outcome = assess(case.screening_answers or {})
    except ScreeningError:
        return []
    return [_(r.text) for r in outcome.reasons]


def render_case(case_id: int, errors=None, values=None, status_code=200, cpr=None):
    """The case page. Every rendering is a read of personal data, so it is audit-logged."""
    case = case_service.view_case(case_id, g.staff)
    if case is None:
        abort(404)
    staff = list(
        db.session.scalars(select(StaffUser).where(StaffUser.active).order_by(StaffUser.email))
    )
    users = {u.id: u for u in db.session.scalars(select(StaffUser))}
    done = request.args.get("done")
    return render_template(
        "staff/case.html",
        case=case,
        cpr=cpr,
        masked_cpr=case_service.mask_cpr(case.cpr),
        errors=[(field, _(msg)) for field, msg in (errors or [])],
        values=values or {},
        next_steps=[
            (s, labels.status_label(s), None) for s in case_service.allowed_next(case.status)
        ],
        needs_reason=case_service.NEEDS_REASON,
        granted=case_service.GRANTED,
        referral_offers=labels.offer_names(case_service.REFERRAL_OFFERS),
        screening_rows=labels.screening_rows(case.screening_answers),
        reasons=_screening_reasons(case),
        due=case_service.due_state(case),
        staff=staff,
        users=users,
        labels=labels,
        can_assign=has_role(g.staff, "lead"),
        done=_(DONE_MESSAGES[done]) if done in DONE_MESSAGES else None,
    ), status_code


def _case_or_404(case_id: int) -> Case:
    case = db.session.get(Case, case_id)
    if case is None:
        abort(404)
    return case


@bp.get("/cases/<int:case_id>")
@require_role("caseworker")
def case(case_id: int):
    return render_case(case_id)


@bp.post("/cases/<int:case_id>/cpr")
@require_role("caseworker")
def reveal_cpr(case_id: int):
    cpr = case_service.reveal_cpr(_case_or_404(case_id), g.staff)
    return render_case(case_id, cpr=cpr)


@bp.post("/cases/<int:case_id>/status")
@require_role("caseworker")
def change_status(case_id: int):
    case = _case_or_404(case_id)
    form = request.form
    values = {
        "to_status": form.get("to_status", ""),
        "reason": form.get("reason", ""),
        "offer": form.get("offer", ""),
        "start_date": form.get("start_date", ""),
    }
    start = None
    if values["start_date"].strip():
        try:
            start = date.fromisoformat(values["start_date"].strip())
        except ValueError:
            return render_case(
                case_id,
                [("start_date", "Write the date as YYYY-MM-DD, e.g. 2026-03-01.")],
                values,
                400,
            )
    try:
        case_service.change_status(
            case,
            g.staff,
            values["to_status"],
            reason=values["reason"],
            offer=values["offer"] or None,
            start_date=start,
        )
    except case_service.CaseError as exc:
        db.session.rollback()
        return render_case(case_id, exc.errors, values, 400)
    return redirect(url_for("staff.case", case_id=case_id, done="status", _anchor="status"))


@bp.post("/cases/<int:case_id>/assign")
@require_role("lead")
def assign(case_id: int):
    case = _case_or_404(case_id)
    raw = request.form.get("assignee", "")
    assignee_id = int(raw) if raw.isdigit() else None
    try:
        case_service.assign(case, g.staff, assignee_id)
    except case_service.CaseError as exc:
        db.session.rollback()
        return render_case(case_id, exc.errors, {"assignee": raw}, 400)
    return redirect(url_for("staff.case", case_id=case_id, done="assign"))


@bp.post("/cases/<int:case_id>/notes")
@require_role("caseworker")
def add_note(case_id: int):
    case = _case_or_404(case_id)
    text = request.form.get("note", "")
    try:
        case_service.add_note(case, g.staff, text)
    except case_service.CaseError as exc:
        db.session.rollback()
        return render_case(case_id, exc.errors, {"note": text}, 400)
    return redirect(url_for("staff.case", case_id=case_id, done="note", _anchor="history"))
