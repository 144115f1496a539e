"""Labels for codes, in the current language, for staff templates."""

from __future__ import annotations

from flask import current_app
from flask_babel import format_date, ngettext
from flask_babel import gettext as _

from portal.i18n import current_lang
from portal.screening import OUTCOME_CODES, QUESTIONS, question
from portal.screening.catalogue import offer_details
from portal.services import cases as case_service
from portal.services import deadlines
from portal.services.cases import STATUS_LABELS, STATUSES
from portal.textcat import N_

OUTCOME_LABELS = {
    "crisis": N_("Acute crisis"),
    "not_adult": N_("Under 18"),
    "info_only": N_("Information only"),
    "other_offer": N_("Another offer fits better"),
    "assessment": N_("Needs assessment"),
    "eligible": N_("The offer may fit"),
}


def status_label(code: str) -> str:
    return _(STATUS_LABELS[code]) if code in STATUS_LABELS else code


def outcome_label(code: str | None) -> str:
    return _(OUTCOME_LABELS[code]) if code in OUTCOME_LABELS else (code or "")


def option_label(question_id: str, code: str | None) -> str:
    """The label of an answer code, e.g. format=group -> "In a group"."""
    if not code:
        return ""
    try:
        return _(question(question_id).option(code).label)
    except StopIteration:
        return code


def option_labels(question_id: str, codes) -> list[str]:
    return [option_label(question_id, c) for c in (codes or [])]


def offer_names(codes) -> dict[str, str]:
    profile = current_app.extensions["municipality"]
    return {d["code"]: d["name"] for d in offer_details(profile, codes, current_lang())}


def screening_rows(answers: dict, skip=()) -> list[tuple[str, str]]:
    """(question, answer) for every answered question, in question order; `skip` leaves
    out questions whose answer the page already shows elsewhere."""
    rows = []
    for q in QUESTIONS:
        if q.id not in (answers or {}) or q.id in skip:
            continue
        value = answers[q.id]
        codes = value if isinstance(value, list | tuple) else [value]
        rows.append((_(q.text), ", ".join(option_label(q.id, c) for c in codes)))
    return rows


def status_options() -> list[tuple[str, str]]:
    return [(s, status_label(s)) for s in STATUSES]


def outcome_options() -> list[tuple[str, str]]:
    return [(o, outcome_label(o)) for o in OUTCOME_CODES]


def staff_options(users) -> list[tuple[str, str]]:
    return [(str(u.id), u.label) for u in users]


def format_options() -> list[tuple[str, str]]:
    return [(c, option_label("format", c)) for c in ("group", "individual", "both", "dont_know")]


AUDIT_LABELS = {
    "case_submitted": N_("Application submitted"),
    "login_success": N_("Logged in"),
    "login_failure": N_("Login failed"),
    "login_totp_failure": N_("Wrong code from the app"),
    "logout": N_("Logged out"),
    "session_timeout": N_("Logged out after inactivity"),
    "totp_enrolled": N_("Authenticator app set up"),
    "login_throttled": N_("Login attempt refused: too many failures"),
    "login_not_enrolled": N_("Login refused: no authenticator app set up"),
    "session_expired": N_("Logged out after the longest session time"),
    "enrol_link_issued": N_("Set-up link made"),
    "enrol_failure": N_("Set-up link: wrong password or code"),
    "password_changed": N_("Password changed"),
    "case_view": N_("Case viewed"),
    "cpr_reveal": N_("CPR number shown"),
    "search": N_("Search"),
    "export": N_("Export"),
    "status_change": N_("Status changed"),
    "assign": N_("Case assigned"),
    "note": N_("Note added"),
    "contact_logged": N_("Contact logged"),
    "planning_started": N_("Planning begun"),
    "course_started": N_("Course started"),
    "evaluation_held": N_("Evaluation held"),
    "letter_sent": N_("Decision letter sent"),
    "user_create": N_("User created"),
    "user_role_change": N_("Role changed"),
    "user_activate": N_("User activated"),
    "user_deactivate": N_("User deactivated"),
    "user_totp_reset": N_("Authenticator app reset"),
    "statistics_view": N_("Statistics viewed"),
    "audit_view": N_("Audit log viewed"),
    "retention_purge": N_("Data deleted by the retention rules"),
}


def audit_label(action: str) -> str:
    return _(AUDIT_LABELS[action]) if action in AUDIT_LABELS else action


# --- The visitation workspace: deadlines, worklists, history ------------------------------

MEASURE_LABELS = {
    "first_contact": N_("first contact with the citizen"),
    "planning_started": N_("planning of the support begun"),
    "decision": N_("a decision"),
}
VIEW_LABELS = {
    "overdue": N_("Over the deadline"),
    "soon": N_("Deadline within two working days"),
    "unassigned": N_("Not assigned"),
    "mine": N_("Mine"),
    "evaluations": N_("Evaluations due"),
    "ends": N_("Courses ending"),
}
SORT_LABELS = {
    "deadline": N_("Deadline"),
    "received": N_("Received"),
    "reference": N_("Reference"),
    "status": N_("Status"),
}
CONTACT_KIND_LABELS = {
    "phone": N_("Phone call"),
    "email": N_("E-mail"),
    "letter": N_("Letter"),
    "meeting": N_("Meeting"),
    "sms": N_("SMS"),
}
DIRECTION_LABELS = {
    "outgoing": N_("from us to the citizen"),
    "incoming": N_("from the citizen to us"),
}
GOALS_LABELS = {"yes": N_("Yes"), "partly": N_("Partly"), "no": N_("No")}
NEXT_STEP_LABELS = {
    "take": N_("Someone takes the case."),
    "contact": N_("Contact the citizen."),
    "planning": N_("Begin planning the support."),
    "decide": N_("Decide on the application."),
    "start_course": N_("Record that the course has started."),
    "evaluate": N_("Hold the evaluation."),
    "end_course": N_("End the course."),
    "none": N_("Nothing: the case is finished."),
}


def view_options() -> list[tuple[str, str]]:
    return [(v, _(VIEW_LABELS[v])) for v in case_service.VIEWS]


def view_label(view: str) -> str:
    return _(VIEW_LABELS[view]) if view in VIEW_LABELS else ""


def sort_label(sort: str) -> str:
    return _(SORT_LABELS[sort])


def status_filter_options() -> list[tuple[str, str]]:
    """The status filter: waiting, all, every granted kind together, then each status."""
    return [
        ("open", _("Waiting for a decision")),
        ("all", _("All statuses")),
        ("granted", _("Granted (all kinds)")),
        *status_options(),
    ]


def contact_kind_options() -> list[tuple[str, str]]:
    return [(k, _(CONTACT_KIND_LABELS[k])) for k in case_service.CONTACT_KINDS]


def direction_options() -> list[tuple[str, str]]:
    return [(d, _(DIRECTION_LABELS[d])) for d in case_service.CONTACT_DIRECTIONS]


def goals_options() -> list[tuple[str, str]]:
    return [(g, _(GOALS_LABELS[g])) for g in case_service.GOALS_REACHED]


def error_text(msgid: str) -> str:
    """A service's error msgid, translated, with the numbers it names."""
    return _(msgid, **case_service.LIMITS)


def relative_deadline(rel: deadlines.Relative | None) -> str:
    """ "4 days over the deadline", "Deadline tomorrow", "3 working days left"."""
    if rel is None:
        return ""
    if rel.state == "overdue":
        return ngettext("%(num)d day over the deadline", "%(num)d days over the deadline", rel.days)
    if rel.state == "today":
        return _("Deadline today")
    if rel.state == "tomorrow":
        return _("Deadline tomorrow")
    if rel.working:
        return ngettext("%(num)d working day left", "%(num)d working days left", rel.days)
    return ngettext("%(num)d day left", "%(num)d days left", rel.days)


def deadline_summary(case) -> str:
    """What the case's clock measures and whether citizens were promised it, in one
    sentence for the case page."""
    clock = case_service.clock()
    if clock is None:
        return _("The municipality has set no deadline.")
    what = _(MEASURE_LABELS[clock.measures])
    due = format_date(deadlines.due_day_of(case.deadline_at), "long")
    if clock.day_kind == "working_days":
        if clock.promised:
            return _(
                "Promised to the citizen: %(what)s within %(days)d working days, by %(date)s.",
                what=what,
                days=clock.days,
                date=due,
            )
        return _(
            "Internal target, not promised to the citizen: %(what)s within %(days)d working "
            "days, by %(date)s.",
            what=what,
            days=clock.days,
            date=due,
        )
    if clock.promised:
        return _(
            "Promised to the citizen: %(what)s within %(days)d days, by %(date)s.",
            what=what,
            days=clock.days,
            date=due,
        )
    return _(
        "Internal target, not promised to the citizen: %(what)s within %(days)d days, by %(date)s.",
        what=what,
        days=clock.days,
        date=due,
    )


def deadline_state(case) -> str:
    """The deadline's state on the case page: relative, or why the clock stopped."""
    rel = case_service.relative_deadline(case)
    if rel is not None:
        return relative_deadline(rel)
    clock = case_service.clock()
    if clock is None:
        return ""
    return _("The deadline clock has stopped.")


def next_step_label(case) -> str:
    return _(NEXT_STEP_LABELS[case_service.next_step(case)])


def _date(iso: str | None) -> str:
    from datetime import date

    return format_date(date.fromisoformat(iso), "long") if iso else ""


def _user(users: dict, user_id) -> str:
    user = users.get(user_id) if user_id is not None else None
    return user.label if user is not None else _("a former colleague")


def describe_event(event, users: dict) -> str:
    """One translated sentence for a history row (the actor and time are shown beside it)."""
    data = event.data or {}
    if event.kind == "received":
        return _("The application was received.")
    if event.kind == "status" and data.get("reopen"):
        return _(
            "Reopened: the status changed from %(from)s to %(to)s.",
            **{"from": status_label(event.from_status), "to": status_label(event.to_status)},
        )
    if event.kind == "status":
        return _(
            "The status changed from %(from)s to %(to)s.",
            **{"from": status_label(event.from_status), "to": status_label(event.to_status)},
        )
    if event.kind == "referral":
        offer = data.get("offer")
        return _("Referred to %(offer)s.", offer=offer_names([offer]).get(offer, offer))
    if event.kind == "assign" and data.get("take"):
        return _("%(name)s took the case.", name=_user(users, data.get("to")))
    if event.kind == "assign" and data.get("to") is not None:
        return _("Assigned to %(name)s.", name=_user(users, data.get("to")))
    if event.kind == "assign":
        return _("The assignment was removed.")
    if event.kind == "note":
        return _("Note added.")
    if event.kind == "contact":
        values = {
            "kind": _(CONTACT_KIND_LABELS.get(data.get("kind"), data.get("kind") or "")),
            "direction": _(DIRECTION_LABELS.get(data.get("direction"), "")),
            "date": _date(data.get("on")),
        }
        if data.get("reached"):
            return _(
                "Contact (%(kind)s, %(direction)s) on %(date)s: the citizen was reached.",
                **values,
            )
        return _(
            "Contact (%(kind)s, %(direction)s) on %(date)s: the citizen was not reached.",
            **values,
        )
    if event.kind == "letter":
        from portal.staff.letters import describe_letter

        return describe_letter(event)
    if event.kind == "planning":
        return _("Planning of the support has begun.")
    if event.kind == "course_start":
        return _("The course started on %(date)s.", date=_date(data.get("on")))
    if event.kind == "evaluation":
        return _(
            "Evaluation held on %(date)s. Goals reached: %(result)s.",
            date=_date(data.get("on")),
            result=_(GOALS_LABELS.get(data.get("goals_reached"), "")),
        )
    return event.kind


def bulk_done_text(done: str | None, n: str) -> str | None:
    if done != "bulk" or not n.isdigit():
        return None
    return ngettext("%(num)d case is assigned.", "%(num)d cases are assigned.", int(n))


def follow_up_text(case, view: str) -> str | None:
    """On the follow-up lists: the date the list is about."""
    if view == "evaluations" and case.evaluation_due:
        return _("Evaluation due %(date)s", date=format_date(case.evaluation_due, "short"))
    if view == "ends" and case.end_date:
        return _("Course ends %(date)s", date=format_date(case.end_date, "short"))
    return None


def step_label(from_status: str, to_status: str) -> str:
    """A next step as offered on the case page (a reopening says so)."""
    rule = case_service.step(from_status, to_status)
    if rule is not None and rule.reopen:
        return _("Reopen the case (back to %(status)s)", status=status_label(to_status))
    return status_label(to_status)


def confirm_summary(case, to_status: str, offer: str | None, start) -> str:
    """One sentence on the confirmation page: what saving will do."""
    reference = case.reference or str(case.id)
    rule = case_service.step(case.status, to_status)
    if rule is not None and rule.reopen:
        return _(
            "Case %(reference)s is reopened and goes back to %(status)s.",
            reference=reference,
            status=status_label(to_status),
        )
    if to_status == "referred":
        return _(
            "Case %(reference)s is referred to %(offer)s. The case is then finished.",
            reference=reference,
            offer=offer_names([offer]).get(offer, offer),
        )
    if to_status in case_service.GRANTED:
        return _(
            "Case %(reference)s is granted (%(status)s) from %(date)s.",
            reference=reference,
            status=status_label(to_status),
            date=format_date(start or case_service.local_today(), "long"),
        )
    if to_status == "closed":
        return _(
            "The course in case %(reference)s ends and the case is closed.",
            reference=reference,
        )
    return _(
        "Case %(reference)s gets the status %(status)s. The case is then finished.",
        reference=reference,
        status=status_label(to_status),
    )


def tel_href(phone: str | None) -> str | None:
    """A tel: link for a phone number as the citizen typed it (digits and a leading +)."""
    if not phone:
        return None
    digits = "".join(ch for ch in phone if ch.isdigit())
    if not digits:
        return None
    return "tel:" + ("+" if phone.strip().startswith("+") else "") + digits


def yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def language_name(code: str) -> str:
    return {"da": "Dansk", "en": "English"}.get(code, code)


def actor_label(event, users: dict) -> str:
    """Who did it: a colleague's name, or the portal for the citizen's own submission."""
    if event.actor_id is None:
        return _("The portal")
    return _user(users, event.actor_id)


def evaluation_placeholder() -> str | None:
    """When the profile's seed sets no evaluation date (fill_in), staff are told the date is
    a placeholder; citizens are not shown one."""
    profile = current_app.extensions["municipality"]
    if not profile["course"]["evaluation_fill_in"]:
        return None
    return _(
        "The municipality's standard sets no evaluation date: %(weeks)d weeks after the start "
        "is a placeholder until the municipality fills it in.",
        weeks=profile["evaluation_weeks"],
    )
