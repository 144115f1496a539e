"""CSV export of the queue's current filter (lead and admin): DESIGN.md § 4."""

from flask import Response, g, redirect, request, url_for

from portal.services import cases as case_service
from portal.services.export import export_csv
from portal.staff import bp
from portal.staff.auth import require_role


@bp.post("/export")
@require_role("lead")
def export():
    f, errors = case_service.QueueFilter.from_args(request.form)
    if errors:
        return redirect(url_for("staff.queue", **request.form.to_dict()))
    text, _count = export_csv(f, g.staff, include_cpr=request.form.get("include_cpr") == "yes")
    stamp = case_service.local_today().isoformat()
    return Response(
        text.encode("utf-8"),
        # The charset parameter and the BOM in the text both say UTF-8 (Excel reads the BOM).
        content_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="cases-{stamp}.csv"',
            "Cache-Control": "no-store",
        },
    )
