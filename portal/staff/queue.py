"""The queue: open cases by deadline, filters, search, pagination, counts per status."""

from flask import g, render_template, request
from flask_babel import gettext as _
from sqlalchemy import select

from portal.extensions import db
from portal.models import StaffUser, utcnow
from portal.services import cases as case_service
from portal.services.staff_accounts import has_role
from portal.staff import bp, labels
from portal.staff.auth import require_role


@bp.get("/")
@require_role("caseworker")
def queue():
    f, errors = case_service.QueueFilter.from_args(request.args)
    errors = [(field, _(msg)) for field, msg in errors]
    page = case_service.queue(f, g.staff)
    staff = list(db.session.scalars(select(StaffUser).order_by(StaffUser.email)))
    now = utcnow()
    return render_template(
        "staff/queue.html",
        f=f,
        errors=errors,
        page=page,
        rows=[(c, case_service.due_state(c, now)) for c in page.cases],
        staff=staff,
        staff_by_id={u.id: u for u in staff},
        labels=labels,
        format_codes=case_service.FORMAT_CODES,
        can_export=has_role(g.staff, "lead"),
    )
