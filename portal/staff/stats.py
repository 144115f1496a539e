"""Statistics for the team lead: figures, server-rendered SVG charts with a table beside
each, and each table as CSV. Numbers in the staff user's locale (Babel): "4,5" in Danish."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Response, abort, g, render_template, request, url_for
from flask_babel import format_decimal, format_percent
from flask_babel import gettext as _

from portal.services import cases as case_service
from portal.services import statistics
from portal.staff import bp, labels
from portal.staff.auth import require_role
from portal.textcat import N_

MEASURE_LABELS = {
    "first_contact": N_("first contact"),
    "planning_started": N_("planning begun"),
    "decision": N_("the decision"),
}
# Chart geometry (SVG user units; the viewBox scales it to the column).
CHART_WIDTH, LABEL_WIDTH, BAR_MAX, ROW_HEIGHT, BAR_HEIGHT = 640, 250, 300, 32, 20


@dataclass
class Table:
    name: str
    title: str
    header: list[str]
    rows: list[list[str]]
    chart: dict | None = None
    note: str | None = None


def days(value: float | None) -> str:
    if value is None:
        return "–"
    return _("%(days)s days", days=format_decimal(value, format="#,##0.0"))


def number(value: float) -> str:
    return format_decimal(value, format="#,##0.#")


def percent(share: float | None) -> str:
    return "–" if share is None else format_percent(share, format="#,##0 %")


def bar_chart(name: str, title: str, desc: str, bars: list[tuple[str, float, str]]) -> dict:
    """Geometry of a horizontal bar chart: each bar has its label and its value as text
    (never colour alone); the SVG gets role="img" with a title and a description."""
    top = max((value for _label, value, _text in bars), default=0) or 1
    rows = []
    for i, (label, value, text) in enumerate(bars):
        width = round(BAR_MAX * value / top, 1)
        y = i * ROW_HEIGHT + 6
        rows.append(
            {
                "label": label,
                "text": text,
                "y": y,
                "text_y": y + BAR_HEIGHT - 5,
                "width": width,
                "value_x": LABEL_WIDTH + width + 8,
            }
        )
    return {
        "id": f"chart-{name}",
        "title": title,
        "desc": desc,
        "rows": rows,
        "width": CHART_WIDTH,
        "height": max(1, len(bars)) * ROW_HEIGHT + 8,
        "label_x": LABEL_WIDTH - 8,
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
    }


def build_tables(s: statistics.Stats) -> dict[str, Table]:
    """The page's tables (and the CSV files), in the staff user's language."""
    t: dict[str, Table] = {}
    now_rows = [
        [_("Waiting for a decision (backlog)"), number(s.backlog)],
        [_("Overdue now"), number(s.overdue_now)],
        [_("Without a caseworker"), number(s.unassigned)],
    ]
    t["now"] = Table("now", _("Now"), [_("Figure"), _("Cases")], now_rows)

    workload = [
        [w.name, number(w.in_triage), number(w.in_course), number(w.overdue)] for w in s.workload
    ]
    t["workload"] = Table(
        "workload",
        _("Workload per caseworker"),
        [_("Caseworker"), _("Waiting for a decision"), _("Courses running"), _("Overdue")],
        workload,
        chart=bar_chart(
            "workload",
            _("Workload per caseworker"),
            _("Active cases per caseworker: waiting for a decision plus courses running."),
            [
                (w.name, w.in_triage + w.in_course, number(w.in_triage + w.in_course))
                for w in s.workload
            ],
        ),
    )

    decided = [(labels.status_label(k), n) for k, n in s.decisions.items()]
    t["decisions"] = Table(
        "decisions",
        _("Decisions by type"),
        [_("Decision"), _("Cases")],
        [[label, number(n)] for label, n in decided],
        chart=bar_chart(
            "decisions",
            _("Decisions by type"),
            _(
                "Cases received in the period, by the decision made. "
                "Ended courses count under their grant."
            ),
            [(label, n, number(n)) for label, n in decided],
        ),
    )

    offers = labels.offer_names(list(s.referrals))
    referred = [(offers.get(code, code), n) for code, n in s.referrals.items()]
    t["referrals"] = Table(
        "referrals",
        _("Referrals by offer"),
        [_("Offer"), _("Referrals")],
        [[label, number(n)] for label, n in referred],
        chart=bar_chart(
            "referrals",
            _("Referrals by offer"),
            _("Cases referred to another offer, by the offer."),
            [(label, n, number(n)) for label, n in referred],
        )
        if referred
        else None,
    )

    times = [
        (_("Days to first contact"), s.to_first_contact),
        (_("Days to the decision"), s.to_decision),
    ]
    t["times"] = Table(
        "times",
        _("Time from application"),
        [_("Measure"), _("Cases"), _("Still waiting"), _("Median"), _("90th percentile")],
        [
            [label, number(d.count), number(d.waiting), days(d.median), days(d.p90)]
            for label, d in times
        ],
        note=_(
            "Cases still waiting count with the days they have waited so far, so they are "
            "never left out; their real time will be longer. The 90th percentile is the "
            "time 9 of 10 cases stay within."
        ),
    )

    if s.deadline_measures:
        t["deadline"] = Table(
            "deadline",
            _("Within the deadline"),
            [_("Within the deadline"), _("Cases measured"), _("Share"), _("Target")],
            [
                [
                    number(s.within_deadline),
                    number(s.deadline_considered),
                    percent(s.within_deadline_share),
                    percent(s.target_percent / 100) if s.target_percent else "–",
                ]
            ],
            note=_(
                "The deadline measures %(measure)s. A case counts as within the deadline "
                "when that (or a decision) came on or before its deadline; a case past its "
                "deadline without it counts as late; a case not yet due is left out.",
                measure=_(MEASURE_LABELS[s.deadline_measures]),
            ),
        )

    by_outcome = s.agreement_by_outcome()
    outcomes = sorted(s.agreement_table)
    t["agreement"] = Table(
        "agreement",
        _("Screening outcome and staff decision"),
        [_("Screening outcome"), _("Granted"), _("Referred"), _("Rejected"), _("Agreement")],
        [
            [
                labels.outcome_label(o),
                *[number(s.agreement_table[o][g]) for g in statistics.DECISION_GROUPS],
                percent(by_outcome[o]),
            ]
            for o in outcomes
        ],
        chart=bar_chart(
            "agreement",
            _("Agreement per screening outcome"),
            _(
                "For each screening outcome, the share of decided cases where the staff's "
                "decision agreed with it."
            ),
            [(labels.outcome_label(o), by_outcome[o], percent(by_outcome[o])) for o in outcomes],
        )
        if outcomes
        else None,
        note=_(
            "Screening and staff agree when the screening said the offer may fit and the "
            "case was granted, or when the screening pointed elsewhere and the case was "
            "referred or rejected. Withdrawn cases are left out."
        ),
    )

    t["weeks"] = Table(
        "weeks",
        _("Applications per week"),
        [_("Week"), _("Applications")],
        [[week, number(n)] for week, n in s.per_week],
        chart=bar_chart(
            "weeks",
            _("Applications per week"),
            _("Applications received per ISO week."),
            [(week, n, number(n)) for week, n in s.per_week],
        )
        if s.per_week
        else None,
    )
    return t


def _period(errors: list) -> tuple[date | None, date | None]:
    out = []
    for name in ("received_from", "received_to"):
        raw = (request.args.get(name) or "").strip()
        value = None
        if raw:
            try:
                value = date.fromisoformat(raw)
            except ValueError:
                errors.append((name, _("Write the date as YYYY-MM-DD, e.g. 2026-03-01.")))
        out.append(value)
    if out[0] and out[1] and out[0] > out[1]:
        errors.append(("received_to", _("The end date must be on or after the start date.")))
        out = [None, None]
    return out[0], out[1]


def _args() -> dict:
    return {
        k: request.args.get(k, "")[:10]
        for k in ("received_from", "received_to")
        if request.args.get(k)
    }


@bp.get("/statistics")
@require_role("lead")
def statistics_page():
    errors: list = []
    date_from, date_to = _period(errors)
    result = statistics.view(g.staff, date_from, date_to)
    tables = build_tables(result)
    args = _args() if not errors else {}
    return render_template(
        "staff/statistics.html",
        s=result,
        tables=tables,
        csv_urls={name: url_for("staff.statistics_csv", table=name, **args) for name in tables},
        errors=errors,
        args={
            "received_from": request.args.get("received_from", "")[:10],
            "received_to": request.args.get("received_to", "")[:10],
        },
        target_met=result.meets_target,
        days=days,
        number=number,
        percent=percent,
    )


@bp.get("/statistics.csv")
@require_role("lead")
def statistics_csv():
    table = request.args.get("table", "")
    errors: list = []
    date_from, date_to = _period(errors)
    tables = build_tables(statistics.compute(date_from, date_to))
    if table not in tables:
        abort(404)
    chosen = tables[table]
    statistics.export_table(g.staff, table, len(chosen.rows))
    stamp = case_service.local_today().isoformat()
    return Response(
        statistics.table_csv(chosen.header, chosen.rows).encode("utf-8"),
        content_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="statistics-{table}-{stamp}.csv"',
            "Cache-Control": "no-store",
        },
    )
