"""The case page and its actions: CPR reveal, status (with a confirmation page for
decisive steps), take/assign, notes, the contact log, planning begun, the course (start,
evaluation). Every form sends the case version it was rendered from."""

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
from portal.staff import letters as letter_views
from portal.staff.auth import require_role
from portal.staff.queue import back_to_list_url, saved_filter
from portal.textcat import N_

DONE_MESSAGES = {
    "status": N_("The status is changed."),
    "assign": N_("The assignment is saved."),
    "take": N_("The case is yours now."),
    "note": N_("The note is saved."),
    "contact": N_("The contact is logged."),
    "planning": N_("Planning begun is recorded."),
    "course_start": N_("The start of the course is recorded."),
    "evaluation": N_("The evaluation is recorded."),
}
# Screening answers the summary already shows (each fact once).
SHOWN_IN_SUMMARY = ("areas", "impact", "existing_support", "format", "contact")
BAD_DATE = N_("Write the date as YYYY-MM-DD, e.g. 2026-03-01.")


def _screening_reasons(case: Case) -> list[str]:
    try:
        outcome = assess(case.screening_answers or {})
    except ScreeningError:
        return []
    return [_(r.text) for r in outcome.reasons]


def _other_cases(case: Case) -> list[Case]:
    """Other cases of the same person (matched by CPR through the search index; the
    number itself is neither compared in clear nor shown)."""
    from portal.services import case_search

    ids = case_search.same_person_case_ids(case)
    if not ids:
        return []
    return list(db.session.scalars(select(Case).where(Case.id.in_(ids)).order_by(Case.id)))


def _error_list(errors) -> list[tuple[str, str]]:
    # A stale form points at the newest summary, which the page now shows.
    return [
        ("case-summary" if field == "version" else field, labels.error_text(msg))
        for field, msg in (errors or [])
    ]


def render_case(case_id: int, errors=None, values=None, status_code=200, cpr=None):
    """The case page. Every rendering is a read of personal data, so it is audit-logged."""
    case = case_service.view_case(case_id, g.staff)
    if case is None:
        abort(404)
    users = {u.id: u for u in db.session.scalars(select(StaffUser).order_by(StaffUser.email))}
    f = saved_filter()
    previous_id, next_id = case_service.neighbours(f, case.id, g.staff)
    done = request.args.get("done")
    next_steps = case_service.allowed_next(case.status, g.staff)
    history = [
        {
            "event": e,
            "text": labels.describe_event(e, users),
            "who": labels.actor_label(e, users),
        }
        for e in reversed(case.events)
    ]
    return render_template(
        "staff/case.html",
        case=case,
        cpr=cpr,
        masked_cpr=case_service.mask_cpr(case.cpr),
        errors=_error_list(errors),
        values=values or {},
        next_steps=[(s, labels.step_label(case.status, s), None) for s in next_steps],
        reopen_only=bool(next_steps)
        and all(case_service.step(case.status, s).reopen for s in next_steps),
        finished_for_me=not next_steps and case.status in case_service.FINAL,
        referral_offers=labels.offer_names(case_service.REFERRAL_OFFERS),
        screening_rows=labels.screening_rows(case.screening_answers, skip=SHOWN_IN_SUMMARY),
        reasons=_screening_reasons(case),
        deadline_text=labels.deadline_state(case),
        deadline_summary=labels.deadline_summary(case),
        due=case_service.due_state(case),
        next_step=labels.next_step_label(case),
        history=history,
        # Letters sent are contacts too (the letter step has the details).
        contacts=[row for row in history if row["event"].kind in ("contact", "letter")],
        letter_step=letter_views.case_letter_step(case),
        goals_choices=[(code, text, None) for code, text in labels.goals_options()],
        active_staff=[u for u in users.values() if u.active],
        assignee=users.get(case.assignee_id) if case.assignee_id else None,
        users=users,
        labels=labels,
        other_cases=_other_cases(case),
        back_url=back_to_list_url(),
        previous_url=url_for("staff.case", case_id=previous_id) if previous_id else None,
        next_url=url_for("staff.case", case_id=next_id) if next_id else None,
        can_assign=has_role(g.staff, "lead"),
        can_take=case.assignee_id is None and case.status not in case_service.FINAL,
        can_plan=case.status in case_service.OPEN and case.planning_started_at is None,
        can_start_course=case.status in case_service.GRANTED and case.course_started_on is None,
        can_evaluate=case.status in case_service.GRANTED and case.evaluated_on is None,
        today=case_service.local_today().isoformat(),
        evaluation_placeholder=labels.evaluation_placeholder(),
        done=_(DONE_MESSAGES[done]) if done in DONE_MESSAGES else None,
    ), status_code


def _case_or_404(case_id: int) -> Case:
    case = db.session.get(Case, case_id)
    if case is None:
        abort(404)
    return case


def _version() -> int:
    """The case version the form was rendered from; a form without one counts as stale."""
    raw = request.form.get("version", "")
    return int(raw) if raw.isdigit() else -1


def _date(raw: str, field: str) -> tuple[date | None, list[tuple[str, str]]]:
    raw = (raw or "").strip()
    if not raw:
        return None, []
    try:
        return date.fromisoformat(raw), []
    except ValueError:
        return None, [(field, BAD_DATE)]


def _run(case_id: int, operation, values: dict, done: str, anchor: str | None = None):
    """Run one case operation; re-render with the errors (409 when stale) or redirect."""
    try:
        operation()
    except case_service.NotAllowed:
        db.session.rollback()
        abort(403)
    except case_service.CaseError as exc:
        db.session.rollback()
        stale = isinstance(exc, case_service.StaleCase)
        return render_case(case_id, exc.errors, values, 409 if stale else 400)
    return redirect(url_for("staff.case", case_id=case_id, done=done, _anchor=anchor))


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
    """A status step. Decisive steps (decisions, endings, reopening) first show a
    confirmation page; only its "confirm" button saves them."""
    case = _case_or_404(case_id)
    form = request.form
    values = {
        "to_status": form.get("to_status", ""),
        "reason": form.get("reason", ""),
        "offer": form.get("offer", ""),
        "start_date": form.get("start_date", ""),
    }
    start, errors = _date(values["start_date"], "start_date")
    if errors:
        return render_case(case_id, errors, values, 400)
    version = _version()
    rule = case_service.step(case.status, values["to_status"])
    if rule is not None and rule.decisive and form.get("confirm") != "yes":
        try:
            if version != case.version:
                raise case_service.StaleCase()
            case_service.check_status_change(
                case, g.staff, values["to_status"], values["reason"], values["offer"] or None
            )
        except case_service.NotAllowed:
            abort(403)
        except case_service.CaseError as exc:
            stale = isinstance(exc, case_service.StaleCase)
            return render_case(case_id, exc.errors, values, 409 if stale else 400)
        return render_template(
            "staff/confirm.html",
            case=case,
            values=values,
            step=labels.step_label(case.status, values["to_status"]),
            summary=labels.confirm_summary(case, values["to_status"], values["offer"], start),
            reopen=rule.reopen,
            letter_preview=letter_views.confirm_preview(
                case, values["to_status"], values["reason"], values["offer"] or None, start
            ),
        )
    return _run(
        case_id,
        lambda: case_service.change_status(
            case,
            g.staff,
            values["to_status"],
            reason=values["reason"],
            offer=values["offer"] or None,
            start_date=start,
            expected_version=version,
        ),
        values,
        "status",
        "case-summary",
    )


@bp.post("/cases/<int:case_id>/assign")
@require_role("lead")
def assign(case_id: int):
    case = _case_or_404(case_id)
    raw = request.form.get("assignee", "")
    assignee_id = int(raw) if raw.isdigit() else None
    return _run(
        case_id,
        lambda: case_service.assign(case, g.staff, assignee_id, expected_version=_version()),
        {"assignee": raw},
        "assign",
    )


@bp.post("/cases/<int:case_id>/take")
@require_role("caseworker")
def take(case_id: int):
    case = _case_or_404(case_id)
    return _run(
        case_id,
        lambda: case_service.take(case, g.staff, expected_version=_version()),
        {},
        "take",
    )


@bp.post("/cases/<int:case_id>/notes")
@require_role("caseworker")
def add_note(case_id: int):
    case = _case_or_404(case_id)
    text = request.form.get("note", "")
    return _run(
        case_id,
        lambda: case_service.add_note(case, g.staff, text, expected_version=_version()),
        {"note": text},
        "note",
        "history",
    )


@bp.post("/cases/<int:case_id>/contacts")
@require_role("caseworker")
def log_contact(case_id: int):
    case = _case_or_404(case_id)
    form = request.form
    values = {
        "contact_kind": form.get("contact_kind", ""),
        "direction": form.get("direction", ""),
        "contact_date": form.get("contact_date", ""),
        "contact_note": form.get("contact_note", ""),
        "reached": form.get("reached", ""),
    }
    on, errors = _date(values["contact_date"], "contact_date")
    if errors:
        return render_case(case_id, errors, values, 400)
    return _run(
        case_id,
        lambda: case_service.log_contact(
            case,
            g.staff,
            values["contact_kind"],
            values["direction"],
            on,
            values["contact_note"],
            reached=values["reached"] == "yes",
            expected_version=_version(),
        ),
        values,
        "contact",
        "contacts",
    )


@bp.post("/cases/<int:case_id>/planning")
@require_role("caseworker")
def start_planning(case_id: int):
    case = _case_or_404(case_id)
    return _run(
        case_id,
        lambda: case_service.start_planning(case, g.staff, expected_version=_version()),
        {},
        "planning",
    )


@bp.post("/cases/<int:case_id>/course-start")
@require_role("caseworker")
def start_course(case_id: int):
    case = _case_or_404(case_id)
    values = {"course_start": request.form.get("course_start", "")}
    started_on, errors = _date(values["course_start"], "course_start")
    if errors:
        return render_case(case_id, errors, values, 400)
    return _run(
        case_id,
        lambda: case_service.start_course(case, g.staff, started_on, expected_version=_version()),
        values,
        "course_start",
        "course",
    )


@bp.post("/cases/<int:case_id>/evaluation")
@require_role("caseworker")
def hold_evaluation(case_id: int):
    case = _case_or_404(case_id)
    form = request.form
    values = {
        "evaluation_date": form.get("evaluation_date", ""),
        "goals_reached": form.get("goals_reached", ""),
        "evaluation_note": form.get("evaluation_note", ""),
    }
    held_on, errors = _date(values["evaluation_date"], "evaluation_date")
    if errors:
        return render_case(case_id, errors, values, 400)
    return _run(
        case_id,
        lambda: case_service.hold_evaluation(
            case,
            g.staff,
            held_on,
            values["goals_reached"],
            values["evaluation_note"],
            expected_version=_version(),
        ),
        values,
        "evaluation",
        "course",
    )
