"""Administration: staff users and the audit log (admin only)."""

from __future__ import annotations

from flask import abort, current_app, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import AuditEntry, Case, StaffUser
from portal.services import audit, enrolment, outbox, retention
from portal.services import staff_accounts as accounts
from portal.staff import bp, labels
from portal.staff.auth import require_role
from portal.textcat import N_

AUDIT_PAGE_SIZE = 50
DONE_MESSAGES = {
    "created": N_("The user is created."),
    "updated": N_("The user is updated."),
    "purged": N_("The data past its retention period is deleted."),
}
OUTBOX_STATE_LABELS = {
    outbox.PENDING: N_("Waiting to be sent"),
    outbox.SENDING: N_("Being sent"),
    outbox.SENT: N_("Sent"),
    outbox.FAILED: N_("Given up"),
}


def _done_message() -> str | None:
    key = request.args.get("done", "")
    return _(DONE_MESSAGES[key]) if key in DONE_MESSAGES else None


def _role_options():
    return [(r, _(accounts.ROLE_LABELS[r])) for r in accounts.ROLES]


def _users_page(errors=None, values=None, status_code=200):
    return render_template(
        "staff/admin_users.html",
        users=accounts.list_users(),
        role_options=_role_options(),
        role_labels={r: _(label) for r, label in accounts.ROLE_LABELS.items()},
        errors=[(f, _(m)) for f, m in (errors or [])],
        values=values or {},
        done=_done_message(),
    ), status_code


@bp.get("/admin/users")
@require_role("admin")
def admin_users():
    return _users_page()


@bp.post("/admin/users")
@require_role("admin")
def admin_create_user():
    """A new user gets no password from the admin: the set-up link, shown here once, lets
    the user choose one and set up their app."""
    values = {
        "email": request.form.get("email", "")[:254],
        "display_name": request.form.get("display_name", "")[:200],
        "role": request.form.get("role", ""),
    }
    try:
        user = accounts.create_user(
            values["email"],
            None,
            values["role"],
            display_name=values["display_name"],
            actor=g.staff,
        )
    except accounts.AccountError as exc:
        db.session.rollback()
        values = {k: accounts.CONTROL_RE.sub("", v) for k, v in values.items()}
        return _users_page(exc.errors, values, 400)
    link = enrolment.issue_link(user, actor=g.staff, new_password=True)
    return _user_page(user, link=link)


def _user_or_404(user_id: int) -> StaffUser:
    user = db.session.get(StaffUser, user_id)
    if user is None:
        abort(404)
    return user


def _user_page(user: StaffUser, errors=(), link: str | None = None, status: int = 200):
    return render_template(
        "staff/admin_user.html",
        user=user,
        role_options=[(code, text, None) for code, text in _role_options()],
        errors=list(errors),
        link=link,
        link_hours=int(enrolment.LINK_VALID.total_seconds() // 3600),
    ), status


@bp.route("/admin/users/<int:user_id>", methods=["GET", "POST"])
@require_role("admin")
def admin_user(user_id: int):
    user = _user_or_404(user_id)
    if request.method == "POST":
        try:
            accounts.update_user(
                g.staff,
                user,
                role=request.form.get("role") or None,
                active=request.form.get("active") == "yes",
            )
        except accounts.AccountError as exc:
            db.session.rollback()
            return _user_page(user, exc.translated(_), status=400)
        return redirect(url_for("staff.admin_users", done="updated"))
    return _user_page(user)


@bp.post("/admin/users/<int:user_id>/enrol-link")
@require_role("admin")
def admin_enrol_link(user_id: int):
    """Reset: a new set-up link, shown once. It ends the user's sessions and clears their
    password and app; the user chooses a new password and sets up the app again."""
    user = _user_or_404(user_id)
    if user.id == g.staff.id:
        errors = [
            ("enrol-link", _("You cannot reset your own login here. Ask another administrator."))
        ]
        return _user_page(user, errors, status=400)
    link = enrolment.issue_link(user, actor=g.staff, new_password=True)
    return _user_page(user, link=link)


@bp.get("/admin/audit")
@require_role("admin")
def admin_audit():
    """The audit log, filtered by case (reference or id), user or action."""
    case_arg = (request.args.get("case") or "").strip()[:32]
    user_arg = request.args.get("user", "")
    action = request.args.get("action", "")
    page_arg = request.args.get("page", "1")
    page = max(1, int(page_arg)) if page_arg.isdigit() else 1
    stmt = select(AuditEntry)
    errors = []
    if case_arg:
        case_id = int(case_arg) if case_arg.isdigit() else None
        if case_id is None:
            case_id = db.session.scalar(select(Case.id).where(Case.reference == case_arg.upper()))
        if case_id is None:
            errors.append(("case", _("No case has that reference.")))
            stmt = stmt.where(AuditEntry.id.is_(None))
        else:
            stmt = stmt.where(AuditEntry.case_id == case_id)
    if user_arg.isdigit():
        stmt = stmt.where(AuditEntry.actor_id == int(user_arg))
    if action in audit.ACTIONS:
        stmt = stmt.where(AuditEntry.action == action)
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery()))
    pages = max(1, -(-total // AUDIT_PAGE_SIZE))
    page = min(page, pages)
    entries = list(
        db.session.scalars(
            stmt.order_by(AuditEntry.id.desc())
            .limit(AUDIT_PAGE_SIZE)
            .offset((page - 1) * AUDIT_PAGE_SIZE)
        )
    )
    references = dict(
        db.session.execute(
            select(Case.id, Case.reference).where(
                Case.id.in_({e.case_id for e in entries if e.case_id})
            )
        ).all()
    )
    audit.record(g.staff, "audit_view")
    db.session.commit()
    args = {"case": case_arg, "user": user_arg, "action": action}
    users = accounts.list_users()
    return render_template(
        "staff/admin_audit.html",
        entries=entries,
        references=references,
        users={u.id: u for u in users},
        user_options=[(str(u.id), u.email) for u in users],
        action_options=[(a, labels.audit_label(a)) for a in audit.ACTIONS],
        labels=labels,
        args=args,
        link_args={k: v for k, v in args.items() if v},
        errors=errors,
        page=page,
        pages=pages,
        total=total,
    )


@bp.get("/admin/retention")
@require_role("admin")
def admin_retention():
    """What the retention rules would delete now (a dry run: nothing changes)."""
    return render_template(
        "staff/admin_retention.html",
        preview=retention.purge(dry_run=True),
        rules=current_app.extensions["municipality"]["retention"],
        done=_done_message(),
    )


@bp.post("/admin/retention")
@require_role("admin")
def admin_retention_purge():
    retention.purge(actor=g.staff)
    return redirect(url_for("staff.admin_retention", done="purged"))


@bp.route("/admin/outbox", methods=["GET", "POST"])
@require_role("admin")
def admin_outbox():
    """E-mail waiting to be sent: counts by state, failures, and "retry now"."""
    if request.method == "POST":
        row_arg = request.form.get("row", "")
        count = outbox.retry_now(int(row_arg) if row_arg.isdigit() else None)
        db.session.commit()  # wakes the background sender
        return redirect(url_for("staff.admin_outbox", retried=count), 303)
    view = outbox.overview()
    retried = request.args.get("retried", "")
    return render_template(
        "staff/admin_outbox.html",
        view=view,
        state_labels={s: _(label) for s, label in OUTBOX_STATE_LABELS.items()},
        retried=int(retried) if retried.isdigit() else None,
        background=current_app.extensions.get("outbox_sender") is not None,
        max_attempts=outbox.MAX_ATTEMPTS,
    )
