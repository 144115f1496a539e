"""Staff login (password, then TOTP), logout, idle timeout and the role decorator.

The staff session lives in Flask's signed session under its own keys; the citizen's
"visitor" key is never touched. Flask-Login is not used: one small decorator is enough.
"""

from __future__ import annotations

import time
from functools import wraps

from flask import (
    abort,
    current_app,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import refresh

from portal.extensions import db, limiter
from portal.models import StaffUser
from portal.services import staff_accounts as accounts
from portal.staff import bp

USER_KEY = "staff_user_id"
SEEN_KEY = "staff_last_seen"
PENDING_KEY = "staff_pending_id"
TOTP_SETUP_KEY = "staff_totp_setup"
TOKEN_KEY = "staff_session_token"  # noqa: S105 - a session key name, not a secret
STAFF_KEYS = (USER_KEY, SEEN_KEY, PENDING_KEY, TOTP_SETUP_KEY, TOKEN_KEY)


def _end_staff_session() -> None:
    for key in STAFF_KEYS:
        session.pop(key, None)


def _idle_timeout() -> int:
    return int(current_app.config["STAFF_IDLE_TIMEOUT_SECONDS"])


@bp.before_request
def _forget_previous_request():
    # g lives on the app context, which tests (and CLI code) may share between requests.
    for name in ("staff", "staff_checked", "staff_timed_out"):
        g.pop(name, None)
    refresh()  # the same goes for Flask-Babel's cached locale


def current_staff() -> StaffUser | None:
    """The logged-in staff user, or None. Ends the session after the idle timeout."""
    if g.get("staff_checked"):
        return g.get("staff")
    g.staff_checked = True
    g.staff = None
    user_id = session.get(USER_KEY)
    if not user_id:
        return None
    now = time.time()
    if now - float(session.get(SEEN_KEY, 0)) > _idle_timeout():
        _end_staff_session()
        accounts.record_logout(user_id, timed_out=True)
        g.staff_timed_out = True
        return None
    user = db.session.get(StaffUser, user_id)
    if (
        user is None
        or not user.active
        or not accounts.session_is_current(user, session.get(TOKEN_KEY))
    ):
        _end_staff_session()
        return None
    session[SEEN_KEY] = now
    g.staff = user
    return user


def _safe_next(target: str | None) -> str | None:
    # Only our own staff pages: never an open redirect.
    if target and target.startswith("/staff/") and not target.startswith("//"):
        return target
    return None


def require_role(role: str):
    """Allow the view to staff with at least `role` (caseworker < lead < admin)."""
    if role not in accounts.ROLES:
        raise ValueError(role)

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            user = current_staff()
            if user is None:
                params = {}
                if request.method == "GET":
                    params["next"] = request.full_path.rstrip("?")
                if g.get("staff_timed_out"):
                    params["timeout"] = "1"
                return redirect(url_for("staff.login", **params))
            if not accounts.has_role(user, role):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def _start_session(user: StaffUser, token: str):
    _end_staff_session()
    session.permanent = True
    session[USER_KEY] = user.id
    session[TOKEN_KEY] = token
    session[SEEN_KEY] = time.time()
    return redirect(_safe_next(request.args.get("next")) or url_for("staff.queue"))


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def login():
    if current_staff() is not None:
        return redirect(url_for("staff.queue"))
    errors = []
    email = ""
    if request.method == "POST":
        email = (request.form.get("email") or "").strip()[:254]
        password = (request.form.get("password") or "")[: accounts.MAX_PASSWORD]
        user = accounts.check_password(email, password)
        if user is None:
            # One message for every failure: no hint which e-mail addresses exist.
            errors = [
                (
                    "email",
                    _(
                        "The e-mail address or password is wrong, or the account is "
                        "locked for a while. Try again, or contact your administrator."
                    ),
                )
            ]
        else:
            _end_staff_session()
            session[PENDING_KEY] = user.id
            if user.totp_secret:
                return redirect(url_for("staff.login_code", next=request.args.get("next")))
            if accounts.totp_required(user):
                return redirect(url_for("staff.totp_setup", next=request.args.get("next")))
            return _start_session(user, accounts.complete_login(user))
    return render_template(
        "staff/login.html",
        errors=errors,
        email=email,
        timed_out=request.args.get("timeout") == "1",
        logged_out=request.args.get("logged_out") == "1",
    ), (401 if errors else 200)


def _pending_user() -> StaffUser | None:
    user_id = session.get(PENDING_KEY)
    user = db.session.get(StaffUser, user_id) if user_id else None
    return user if user is not None and user.active else None


@bp.route("/login/code", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def login_code():
    user = _pending_user()
    if user is None or not user.totp_secret:
        return redirect(url_for("staff.login"))
    errors = []
    if request.method == "POST":
        if accounts.verify_totp(user, request.form.get("code")):
            return _start_session(user, accounts.complete_login(user))
        if accounts.is_locked(user):
            _end_staff_session()
            return redirect(url_for("staff.login"))
        errors = [("code", _("The code is wrong or too old. Type the newest code from your app."))]
    return render_template("staff/login_code.html", errors=errors), (401 if errors else 200)


@bp.route("/totp/setup", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def totp_setup():
    """Set up the authenticator app: at first login (lead/admin) or from the account page."""
    logged_in = current_staff()
    user = logged_in or _pending_user()
    if user is None:
        return redirect(url_for("staff.login"))
    if user.totp_secret:
        return redirect(url_for("staff.account"))
    secret = session.get(TOTP_SETUP_KEY) or accounts.new_totp_secret()
    session[TOTP_SETUP_KEY] = secret
    errors = []
    if request.method == "POST":
        if accounts.enrol_totp(user, secret, request.form.get("code")):
            session.pop(TOTP_SETUP_KEY, None)
            if logged_in is not None:
                return redirect(url_for("staff.account", done="totp"))
            return _start_session(user, accounts.complete_login(user))
        if accounts.is_locked(user):
            _end_staff_session()
            return redirect(url_for("staff.login"))
        errors = [("code", _("The code is wrong or too old. Type the newest code from your app."))]
    grouped = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
    return render_template(
        "staff/totp_setup.html",
        errors=errors,
        secret=grouped,
        uri=accounts.provisioning_uri(user, secret),
        required=accounts.totp_required(user),
    ), (400 if errors else 200)


@bp.post("/logout")
def logout():
    user_id = session.get(USER_KEY)
    _end_staff_session()
    if user_id:
        accounts.record_logout(user_id)
    return redirect(url_for("staff.login", logged_out="1"))


@bp.post("/session/extend")
@require_role("caseworker")
def extend_session():
    """ "Stay logged in": any authenticated request renews the idle timer."""
    if request.accept_mimetypes.best == "application/json":
        return jsonify(remaining=_idle_timeout())
    return redirect(_safe_next(request.form.get("next")) or url_for("staff.queue"))


@bp.get("/account")
@require_role("caseworker")
def account():
    return render_template(
        "staff/account.html",
        role_label=_(accounts.ROLE_LABELS[g.staff.role]),
        done=request.args.get("done"),
    )
