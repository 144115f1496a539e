"""Statistics for the team lead."""

from datetime import date

from flask import g, render_template, request
from flask_babel import gettext as _

from portal.extensions import db
from portal.services import audit, statistics
from portal.staff import bp, labels
from portal.staff.auth import require_role


def _date_arg(name: str, errors: list) -> date | None:
    raw = (request.args.get(name) or "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors.append((name, _("Write the date as YYYY-MM-DD, e.g. 2026-03-01.")))
        return None


@bp.get("/statistics")
@require_role("lead")
def statistics_page():
    errors: list = []
    date_from = _date_arg("received_from", errors)
    date_to = _date_arg("received_to", errors)
    result = statistics.compute(date_from, date_to)
    audit.record(g.staff, "statistics_view")
    db.session.commit()
    return render_template(
        "staff/statistics.html",
        s=result,
        errors=errors,
        args={
            "received_from": request.args.get("received_from", "")[:10],
            "received_to": request.args.get("received_to", "")[:10],
        },
        labels=labels,
        groups=statistics.DECISION_GROUPS,
    )
