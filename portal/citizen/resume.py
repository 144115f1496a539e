"""Save and resume without an account: /save gives a resume code, /resume takes it.

The business rules (the code, encryption, expiry, single use) live in
portal.services.resume; these views parse the form and render. Both pages are per visitor,
so they are never put in the page cache.
"""

from flask import current_app, redirect, render_template, request, url_for
from flask_babel import format_date
from flask_babel import gettext as _

from portal.citizen import bp
from portal.extensions import limiter
from portal.i18n import current_lang
from portal.services import mail, submit
from portal.services import resume as service
from portal.views_common import profile

# Guessing codes: per IP address (shared storage in production: Redis). See the service's
# docstring for what this limit means against a 12-character code.
RESUME_LIMIT = "10 per minute;50 per day"
# Saving may send an e-mail: limit it so the form cannot be used to send mail in bulk.
SAVE_LIMIT = "10 per hour"
EMAIL_MAX = submit.LIMITS["email"]
translate = _  # for msgids marked elsewhere (N_ in portal.services.submit)


def _error_text(reason: str) -> str:
    days = profile()["resume_days"]
    return {
        "format": _("Enter the code with 12 letters and digits, for example K7QM-2XTR-9FHW."),
        "unknown": _("We cannot find this code. Check that you typed it correctly."),
        "used": _(
            "This code has already been used. A code works only once. "
            "If you used it on another device, your answers are there."
        ),
        "expired": _(
            "This code has expired. We keep saved answers for %(days)d days. "
            "You need to start again.",
            days=days,
        ),
    }[reason]


def _render_save(email: str = "", error: str | None = None, status: int = 200):
    return (
        render_template(
            "citizen/save.html",
            has_answers=service.has_something_to_save(),
            next_path=service.safe_return(request.values.get("next")),
            email=email,
            error=error,
            email_max=EMAIL_MAX,
            can_mail=mail.is_configured(),
            days=profile()["resume_days"],
        ),
        status,
    )


@bp.get("/save")
def resume_save_offer():
    return _render_save()


@bp.post("/save")
@limiter.limit(SAVE_LIMIT)
def resume_save():
    email = (request.form.get("email") or "").strip()
    error = None
    if len(email) > EMAIL_MAX:
        error = translate(submit.MSG["too_long"], max=EMAIL_MAX)
    elif message := submit.check_email(email):
        error = translate(message)
    if error:
        return _render_save(email=email, error=error, status=400)
    if not service.has_something_to_save():
        return _render_save(status=400)
    saved = service.save_current(
        profile()["resume_days"],
        request.form.get("next"),
        email=email or None,
        # The configured public address, never the request's Host header: a forged Host
        # would otherwise put a foreign link into an e-mail sent in the municipality's name.
        resume_url=current_app.config["PORTAL_BASE_URL"].rstrip("/")
        + url_for("citizen.resume_form"),
        lang=current_lang(),
    )
    return render_template(
        "citizen/saved.html",
        code=saved.code,
        expires=format_date(saved.expires_at, "long"),
        emailed=bool(email) and mail.is_configured(),
        next_path=service.safe_return(request.form.get("next")),
        resume_url=current_app.config["PORTAL_BASE_URL"].rstrip("/")
        + url_for("citizen.resume_form"),
    )


def _render_resume(code: str = "", error: str | None = None, status: int = 200):
    return render_template("citizen/resume.html", code=code, error=error), status


@bp.get("/resume")
def resume_form():
    return _render_resume()


@bp.post("/resume")
@limiter.limit(RESUME_LIMIT)
def resume_submit():
    typed = (request.form.get("code") or "")[:40]
    try:
        return_to = service.resume(typed)
    except service.ResumeError as exc:
        return _render_resume(typed, _error_text(exc.reason), 400)
    return redirect(return_to or url_for("citizen.screening_start"), 303)
