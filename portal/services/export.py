"""CSV export of the queue's current filter (lead and admin). Without CPR numbers unless
the user explicitly chooses them; every export is audit-logged."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from portal.extensions import db
from portal.models import StaffUser
from portal.services import audit
from portal.services.cases import LOCAL_TZ, QueueFilter, queue_select

COLUMNS = (
    "reference",
    "status",
    "received_at",
    "deadline_at",
    "name",
    "screening_outcome",
    "format_wish",
    "contact_channel",
    "assignee",
    "referred_offer",
    "decided_at",
    "start_date",
    "evaluation_due",
    "end_date",
)
# Spreadsheet programs run a cell starting with these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "astimezone"):
        value = value.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M")
    elif hasattr(value, "isoformat"):
        value = value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def export_csv(f: QueueFilter, actor: StaffUser, include_cpr: bool = False) -> tuple[str, int]:
    """The CSV text (UTF-8 with BOM so Excel reads æøå) and the number of cases in it."""
    cases = list(db.session.scalars(queue_select(f)))
    users = {u.id: u.email for u in db.session.scalars(select(StaffUser))}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = list(COLUMNS) + (["cpr"] if include_cpr else [])
    writer.writerow(header)
    for case in cases:
        row = [
            case.reference,
            case.status,
            case.received_at,
            case.deadline_at,
            case.name,
            case.screening_outcome,
            case.format_wish,
            case.contact_channel,
            users.get(case.assignee_id, ""),
            case.referred_offer,
            case.decided_at,
            case.start_date,
            case.evaluation_due,
            case.end_date,
        ]
        if include_cpr:
            row.append(case.cpr)
        writer.writerow([safe_cell(v) for v in row])
    # The filter goes into the audit entry, but not search words (they may be a name).
    used = f.args(q="")
    if f.q:
        used["search"] = True
    audit.record(actor, "export", count=len(cases), include_cpr=include_cpr, filter=used)
    db.session.commit()
    return "\ufeff" + out.getvalue(), len(cases)
