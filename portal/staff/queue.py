"""The today view (the staff landing page): counts that open the worklists, the case list
with relative deadlines, sortable columns, folded filters, and bulk assignment for leads."""

from __future__ import annotations

from flask import g, redirect, render_template, request, session, url_for
from sqlalchemy import select

from portal.extensions import db
from portal.models import StaffUser
from portal.services import cases as case_service
from portal.services import deadlines
from portal.services.staff_accounts import has_role
from portal.staff import bp, labels
from portal.staff.auth import require_role

# The list's filter is remembered here, so "back to the list" and next/previous on the
# case page keep it.
SESSION_KEY = "staff_queue_args"


def saved_filter() -> case_service.QueueFilter:
    f, _errors = case_service.QueueFilter.from_args(session.get(SESSION_KEY) or {})
    return f


def back_to_list_url() -> str:
    return url_for("staff.queue", **(session.get(SESSION_KEY) or {}))


def _sort_links(f: case_service.QueueFilter) -> dict[str, dict]:
    """Per sortable column: the link that sorts by it (toggling the direction when it is
    the current sort) and its aria-sort value."""
    links = {}
    for key in case_service.SORTS:
        current = f.sort == key
        desc = not f.desc if current else False
        links[key] = {
            "url": url_for("staff.queue", **f.args(sort=key, dir="desc" if desc else "")),
            "aria_sort": ("descending" if f.desc else "ascending") if current else "none",
            "label": labels.sort_label(key),
        }
    return links


def render_queue(errors=None, values=None, status_code=200):
    f, filter_errors = case_service.QueueFilter.from_args(request.args)
    errors = [(field, labels.error_text(msg)) for field, msg in filter_errors + (errors or [])]
    session[SESSION_KEY] = f.args(page=f.page if f.page > 1 else "")
    page = case_service.queue(f, g.staff)
    staff = list(db.session.scalars(select(StaffUser).order_by(StaffUser.email)))
    active_staff = [u for u in staff if u.active]
    today = case_service.local_today()
    rows = [
        {
            "case": c,
            "deadline": labels.relative_deadline(case_service.relative_deadline(c, today)),
            "due_date": deadlines.due_day_of(c.deadline_at),
            "follow_up": labels.follow_up_text(c, f.view),
            "due": case_service.due_state(c),
            "assignee": next((u.label for u in staff if u.id == c.assignee_id), None),
            "status": labels.status_label(c.status),
            "version": c.version,
        }
        for c in page.cases
    ]
    counts = [
        {
            "view": view,
            "label": labels.view_label(view),
            "count": page.today[view],
            "url": url_for("staff.queue", view=view),
            "current": f.view == view,
        }
        for view in case_service.VIEWS
    ]
    return render_template(
        "staff/queue.html",
        f=f,
        errors=errors,
        values=values or {},
        page=page,
        rows=rows,
        counts=counts,
        sort_links=_sort_links(f),
        staff=staff,
        active_staff=active_staff,
        labels=labels,
        filters_open=bool(errors) or f.has_filters(),
        can_export=has_role(g.staff, "lead"),
        can_bulk_assign=has_role(g.staff, "lead"),
        done=labels.bulk_done_text(request.args.get("done"), request.args.get("n", "")),
    ), status_code


@bp.get("/")
@require_role("caseworker")
def queue():
    return render_queue()


@bp.post("/assign")
@require_role("lead")
def bulk_assign():
    """Leads assign the ticked cases to one person (or none) from the list."""
    raw = request.form.get("bulk_assignee", "")
    assignee_id = int(raw) if raw.isdigit() else None
    versions: dict[int, int] = {}
    for item in request.form.getlist("case"):
        case_id, _sep, version = item.partition(":")
        if case_id.isdigit() and version.isdigit():
            versions[int(case_id)] = int(version)
    try:
        events = case_service.bulk_assign(versions, g.staff, assignee_id)
    except case_service.CaseError as exc:
        db.session.rollback()
        # The form's fields carry a "bulk_" prefix (the filter has its own "assignee").
        errors = [
            ("case-list" if f == "version" else "bulk_assignee" if f == "assignee" else f, m)
            for f, m in exc.errors
        ]
        return render_queue(errors, {"bulk_assignee": raw}, 409 if _stale(exc) else 400)
    return redirect(
        url_for("staff.queue", done="bulk", n=len(events), **(session.get(SESSION_KEY) or {}))
    )


def _stale(exc: case_service.CaseError) -> bool:
    return isinstance(exc, case_service.StaleCase)
