"""The letter step of a case: the decision letter as sent (or as it would be sent), printable,
as a tagged PDF, the record of what was sent when, and "send again"."""

from __future__ import annotations

from types import SimpleNamespace

from flask import Response, abort, current_app, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from portal.extensions import db
from portal.models import Case, OutboxMessage, StaffUser
from portal.services import cases as case_service
from portal.services import letters
from portal.staff import bp
from portal.staff.auth import require_role
from portal.textcat import N_

CHANNEL_LABELS = {
    "digital_post": N_("Sent by Digital Post"),
    "email": N_("Sent by e-mail"),
    "post": N_("To be sent by post"),
}
# What the caseworker must do, by channel (the letter step and the case page say it).
CHANNEL_ADVICE = {
    "digital_post": N_("The letter was handed to Digital Post."),
    "email": N_("The letter is in the e-mail outbox and is sent within minutes."),
    "post": N_(
        "Digital Post is not set up and the citizen gave no e-mail address. "
        "Print the letter or its PDF and send it by post. "
        "Then log it under contact with the citizen as a letter."
    ),
}
# The outbox row's state beside an e-mailed letter (rows are deleted a day after sending).
OUTBOX_LABELS = {
    "pending": N_("waiting to be sent"),
    "sending": N_("waiting to be sent"),
    "sent": N_("handed to the mail server"),
    "failed": N_("could not be sent: print the letter and send it by post"),
}
PREVIEW_ADVICE = {
    "digital_post": N_("When you confirm, the letter below is sent by Digital Post."),
    "email": N_("When you confirm, the letter below is sent by e-mail to the citizen."),
    "post": N_(
        "When you confirm, the letter below is marked for sending by post: Digital Post is "
        "not set up and the citizen gave no e-mail address. Print it from the letter step."
    ),
}
DONE_MESSAGES = {"sent": N_("The letter is sent again.")}


def describe_letter(event) -> str:
    """The history row of a letter."""
    data = event.data or {}
    subject = (data.get("letter") or {}).get("subject", "")
    channel = data.get("channel")
    if channel == "digital_post":
        return _("Decision letter »%(subject)s« sent by Digital Post.", subject=subject)
    if channel == "email":
        return _("Decision letter »%(subject)s« sent by e-mail.", subject=subject)
    return _("Decision letter »%(subject)s« marked for sending by post.", subject=subject)


def _rows(case: Case) -> list[dict]:
    users = {u.id: u for u in db.session.query(StaffUser)}
    sent = letters.sent_letters(case)
    outbox_ids = [e.data["outbox_id"] for e in sent if (e.data or {}).get("outbox_id")]
    states = dict(
        db.session.execute(
            select(OutboxMessage.id, OutboxMessage.status).where(OutboxMessage.id.in_(outbox_ids))
        ).all()
    )
    rows = []
    for event in sent:
        data = event.data or {}
        user = users.get(event.actor_id)
        state = states.get(data.get("outbox_id"))
        rows.append(
            {
                "id": event.id,
                "at": event.at,
                "subject": (data.get("letter") or {}).get("subject", ""),
                "channel": _(CHANNEL_LABELS.get(data.get("channel"), "")),
                "language": _("Danish") if data.get("lang") == "da" else _("English"),
                "who": user.label if user else "",
                "resend": bool(data.get("resend")),
                "outbox": _(OUTBOX_LABELS[state]) if state in OUTBOX_LABELS else None,
                "failed": state == "failed",
            }
        )
    return rows


def case_letter_step(case: Case) -> dict | None:
    """The case page's letter section: None before any decision with a letter."""
    sent = letters.sent_letters(case)
    if not sent and letters.kind_for(case) is None:
        return None
    newest = sent[0] if sent else None
    channel = (newest.data or {}).get("channel") if newest else None
    return {
        "url": url_for("staff.letter", case_id=case.id),
        "newest": describe_letter(newest) if newest else None,
        "advice": _(CHANNEL_ADVICE[channel]) if channel else None,
        "post": channel == "post",
    }


def confirm_preview(case: Case, to_status: str, reason: str, offer: str | None, start) -> dict:
    """The letter a decision on the confirmation page would send, and how (nothing saved)."""
    profile = current_app.extensions["municipality"]
    draft = SimpleNamespace(
        id=case.id,
        reference=case.reference,
        name=case.name,
        lang=case.lang,
        email=case.email,
        status=to_status,
        referred_offer=offer if to_status == "referred" else case.referred_offer,
        decision_reason=(reason or "").strip() or None,
        start_date=case.start_date,
        evaluation_due=case.evaluation_due,
        end_date=case.end_date,
    )
    if to_status in case_service.GRANTED:
        case_service._set_course_dates(draft, start or case_service.local_today(), profile)
    if letters.kind_for(draft) is None:
        return {}
    return {
        "letter": letters.build(draft, profile),
        "advice": _(PREVIEW_ADVICE[letters.delivery_preview(case)]),
    }


def _case_for_reading(case_id: int) -> Case:
    case = case_service.view_case(case_id, g.staff)  # audit-logged read
    if case is None:
        abort(404)
    return case


def _chosen_letter(case: Case):
    """The sent letter asked for (?sent=<event id>), the newest sent one, or a preview."""
    raw = request.args.get("sent", "")
    if raw.isdigit():
        letter = letters.sent_letter(case, int(raw))
        if letter is None:
            abort(404)
        return letter, int(raw)
    sent = letters.sent_letters(case)
    if sent:
        return letters.Letter.from_data(sent[0].data["letter"]), sent[0].id
    if letters.kind_for(case) is None:
        abort(404)
    return letters.build(case), None


def render_letter(case: Case, errors=None, status_code: int = 200):
    letter, event_id = _chosen_letter(case)
    profile = current_app.extensions["municipality"]
    done = request.args.get("done")
    return render_template(
        "staff/letter.html",
        case=case,
        letter=letter,
        event_id=event_id,
        rows=_rows(case),
        step=case_letter_step(case),
        can_send=letters.kind_for(case) is not None,
        next_channel=_(CHANNEL_LABELS[letters.delivery_preview(case)]),
        complaint_source=profile["letters"]["complaint"]["source"],
        errors=errors or [],
        done=_(DONE_MESSAGES[done]) if done in DONE_MESSAGES else None,
    ), status_code


@bp.get("/cases/<int:case_id>/letter")
@require_role("caseworker")
def letter(case_id: int):
    return render_letter(_case_for_reading(case_id))


@bp.get("/cases/<int:case_id>/letter.pdf")
@require_role("caseworker")
def letter_pdf(case_id: int):
    case = _case_for_reading(case_id)
    chosen, _event_id = _chosen_letter(case)
    pdf = letters.render_pdf(chosen)
    filename = f"letter-{case.reference or case.id}.pdf"
    return Response(
        pdf,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@bp.post("/cases/<int:case_id>/letter/send")
@require_role("caseworker")
def send_letter(case_id: int):
    case = db.session.get(Case, case_id)
    if case is None:
        abort(404)
    raw = request.form.get("version", "")
    try:
        letters.send_again(case, g.staff, expected_version=int(raw) if raw.isdigit() else -1)
    except case_service.CaseError as exc:
        db.session.rollback()
        from portal.staff import labels

        stale = isinstance(exc, case_service.StaleCase)
        if letters.kind_for(case) is None:
            # No letter to show (a reopened case): the case page says why.
            from portal.staff.cases import render_case

            return render_case(case_id, [("case-summary", m) for _f, m in exc.errors], {}, 400)
        # Every error of this form points at the form itself.
        errors = [("letter-send", labels.error_text(m)) for _f, m in exc.errors]
        return render_letter(_case_for_reading(case_id), errors, 409 if stale else 400)
    return redirect(url_for("staff.letter", case_id=case_id, done="sent"))
