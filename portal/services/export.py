"""CSV export of the queue's current filter for a team lead (DESIGN.md § 4 "staff CSV
export", § 7): the columns a visitation team works with, in the staff user's language.

The file opens by double-click in a Danish Excel: `;` as the separator (Danish Excel
splits on the list separator of the Danish locale, which is `;`, not `,`), every field
quoted, UTF-8 with a byte-order mark (without it Excel reads æøå as Windows-1252), CRLF line
ends, Danish date formats for Danish staff. Values are labels, not codes.

CSV injection: a cell Excel would run as a formula (starting with = + - @, a tab or a
carriage return, also behind leading quote characters or spaces) gets a leading
apostrophe, so a name like `;=7+7` or `=HYPERLINK(...)` stays text.

CPR numbers only when the user explicitly asks; every export is audit-logged with the
count and the filter, never search words.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from flask_babel import gettext as _
from sqlalchemy import select

from portal.extensions import db
from portal.i18n import current_lang
from portal.models import Case, StaffUser
from portal.services import audit
from portal.services.cases import LOCAL_TZ, QueueFilter, queue_select
from portal.textcat import N_

# Column key -> header msgid, in the file's order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", N_("Reference")),
    ("received", N_("Received")),
    ("deadline", N_("Deadline")),
    ("status", N_("Status")),
    ("assignee", N_("Assigned to")),
    ("name", N_("Name")),
    ("phone", N_("Phone number")),
    ("email", N_("E-mail address")),
    ("areas", N_("What they want help with")),
    ("impact", N_("How much it affects them")),
    ("outcome", N_("Screening outcome")),
    ("language", N_("Language")),
    ("offer", N_("Referred to")),
    ("reason", N_("Reason for the decision")),
    ("decided", N_("Decided on")),
    ("closed", N_("Closed on")),
)
CPR_COLUMN = ("cpr", N_("CPR number"))
LANGUAGE_NAMES = {"da": N_("Danish"), "en": N_("English")}
DELIMITER = ";"
# Spreadsheet programs run a cell starting with these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters a spreadsheet may skip before it looks for a formula sign.
_SKIPPED_BEFORE = " \"'\u00a0"


def safe_cell(value: str | None) -> str:
    """The text of one cell, neutralised when a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    text = str(value)
    if text.lstrip(_SKIPPED_BEFORE).startswith(FORMULA_START) or text.startswith(FORMULA_START):
        return "'" + text
    return text


def format_moment(value: datetime | date | None, lang: str) -> str:
    """Danish staff get 24-11-2026 13:05 (the Danish short date Excel recognises as a
    date), English staff ISO 8601; times in Danish local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = value.astimezone(LOCAL_TZ)
        return local.strftime("%d-%m-%Y %H:%M" if lang == "da" else "%Y-%m-%d %H:%M")
    return value.strftime("%d-%m-%Y" if lang == "da" else "%Y-%m-%d")


def _row(case: Case, users: dict[int, str], lang: str, include_cpr: bool) -> list[str]:
    # Imported here: the labels live with the staff pages, which import this module's
    # neighbours; the export shows exactly what the case page shows.
    from portal.staff import labels

    offer = ""
    if case.referred_offer:
        offer = labels.offer_names([case.referred_offer]).get(
            case.referred_offer, case.referred_offer
        )
    values = {
        "reference": case.reference,
        "received": format_moment(case.received_at, lang),
        "deadline": format_moment(case.deadline_at, lang),
        "status": labels.status_label(case.status),
        "assignee": users.get(case.assignee_id, "") if case.assignee_id else "",
        "name": case.name,
        "phone": case.phone,
        "email": case.email,
        "areas": ", ".join(labels.option_labels("areas", case.areas)),
        "impact": labels.option_label("impact", case.impact),
        "outcome": labels.outcome_label(case.screening_outcome),
        "language": _(LANGUAGE_NAMES[case.lang]) if case.lang in LANGUAGE_NAMES else case.lang,
        "offer": offer,
        "reason": case.decision_reason,
        "decided": format_moment(case.decided_at, lang),
        "closed": format_moment(case.closed_at, lang),
    }
    row = [values[key] for key, _label in COLUMNS]
    if include_cpr:
        row.append(case.cpr)
    return [safe_cell(v) for v in row]


def export_csv(f: QueueFilter, actor: StaffUser, include_cpr: bool = False) -> tuple[str, int]:
    """The CSV text (with its BOM) of the cases the filter selects, and how many."""
    lang = current_lang()
    # The actor's id: the "mine" worklist exports the exporting user's own cases.
    cases = list(db.session.scalars(queue_select(f, actor_id=actor.id)))
    users = {u.id: u.display_name or u.email for u in db.session.scalars(select(StaffUser))}
    out = io.StringIO()
    writer = csv.writer(
        out, delimiter=DELIMITER, quoting=csv.QUOTE_ALL, lineterminator="\r\n", doublequote=True
    )
    header = [_(label) for _key, label in COLUMNS]
    if include_cpr:
        header.append(_(CPR_COLUMN[1]))
    writer.writerow([safe_cell(h) for h in header])
    for case in cases:
        writer.writerow(_row(case, users, lang, include_cpr))
    # The filter goes into the audit entry, but not search words (they may be a name).
    used = f.args(q="")
    if f.q:
        used["search"] = True
    audit.record(actor, "export", count=len(cases), include_cpr=include_cpr, filter=used)
    db.session.commit()
    return "\ufeff" + out.getvalue(), len(cases)
