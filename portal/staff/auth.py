"""Staff login (password, then TOTP), set-up links, password change, logout, the idle
timeout, the absolute session lifetime and the role decorator.

The staff session lives in Flask's signed session under its own keys; the citizen's
"visitor" key is never touched. Flask-Login is not used: one small decorator is enough.
Failed attempts are slowed down (services/throttle.py): an attempt before its time is
refused with 429, a message saying when, and Retry-After; nothing sleeps in a request.
"""

from __future__ import annotations

from functools import wraps

import segno
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
from flask_babel import format_time, refresh
from flask_babel import gettext as _

from portal.extensions import db, limiter
from portal.models import StaffUser
from portal.services import audit, clock, enrolment, throttle
from portal.services import staff_accounts as accounts
from portal.staff import bp
from portal.textcat import N_

USER_KEY = "staff_user_id"
SEEN_KEY = "staff_last_seen"
PENDING_KEY = "staff_pending_id"
PENDING_AT_KEY = "staff_pending_at"
ENROL_KEY = "staff_enrol"
TOKEN_KEY = "staff_session_token"  # noqa: S105 - a session key name, not a secret
STAFF_KEYS = (USER_KEY, SEEN_KEY, PENDING_KEY, PENDING_AT_KEY, ENROL_KEY, TOKEN_KEY)
PENDING_SECONDS = 5 * 60  # from the right password to the code
LINK_INVALID = "link"


def _end_staff_session() -> None:
    for key in STAFF_KEYS:
        session.pop(key, None)


def _idle_timeout() -> int:
    return int(current_app.config["STAFF_IDLE_TIMEOUT_SECONDS"])


def _now_ts() -> float:
    return clock.now().timestamp()


@bp.before_request
def _forget_previous_request():
    # g lives on the app context, which tests (and CLI code) may share between requests.
    for name in ("staff", "staff_checked", "staff_timed_out", "staff_expired"):
        g.pop(name, None)
    refresh()  # the same goes for Flask-Babel's cached locale


def current_staff() -> StaffUser | None:
    """The logged-in staff user, or None. Ends the session after the idle timeout and
    after the absolute lifetime (STAFF_SESSION_MAX_SECONDS since the login)."""
    if g.get("staff_checked"):
        return g.get("staff")
    g.staff_checked = True
    g.staff = None
    user_id = session.get(USER_KEY)
    if not user_id:
        return None
    now = _now_ts()
    if now - float(session.get(SEEN_KEY, 0)) > _idle_timeout():
        _end_staff_session()
        accounts.end_session(user_id, "session_timeout")
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
    if accounts.session_too_old(user):
        _end_staff_session()
        accounts.end_session(user.id, "session_expired")
        g.staff_expired = True
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
                if g.get("staff_expired"):
                    params["expired"] = "1"
                return redirect(url_for("staff.login", **params))
            if not accounts.has_role(user, role):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


# --- throttling ------------------------------------------------------------------------


def _throttle_keys(user: StaffUser | None, email: str = ""):
    device = throttle.trusted_device(request.cookies.get(throttle.DEVICE_COOKIE), user)
    return throttle.keys_for(request.remote_addr, user, email, device)


def _refused(keys, actor: StaffUser | None, template: str, **context):
    """The page again with "wait until", status 429 and Retry-After; None if allowed."""
    now = clock.now()
    refusal = throttle.refusal(keys, now)
    if refusal is None:
        return None
    actor_id = actor.id if actor else None
    audit.record(actor, "login_throttled", user_id=actor_id, scope=refusal.scope)
    db.session.commit()
    message = _(
        "Too many failed attempts. For your safety, wait until %(time)s and try again.",
        time=format_time(refusal.until, "medium"),
    )
    field = context.pop("field", "password")
    page = render_template(template, errors=[(field, message)], **context)
    return page, 429, {"Retry-After": str(refusal.retry_after(now))}


def _failed(keys, user: StaffUser | None, action: str) -> None:
    throttle.register_failure(keys)
    audit.record(user, action, user_id=user.id if user else None)
    db.session.commit()


def _logged_in(user: StaffUser, token: str, keys, target: str | None = None):
    """Start the browser's session and mark it a trusted device of the user."""
    throttle.clear(keys)
    throttle.purge_old()  # counts idle for a day go (an indexed delete, at logins only)
    db.session.commit()
    _end_staff_session()
    session.permanent = True
    session[USER_KEY] = user.id
    session[TOKEN_KEY] = token
    session[SEEN_KEY] = _now_ts()
    response = redirect(_safe_next(target) or url_for("staff.queue"))
    _set_device_cookie(response, user)
    return response


def _set_device_cookie(response, user: StaffUser) -> None:
    response.set_cookie(
        throttle.DEVICE_COOKIE,
        throttle.device_token(user),
        max_age=throttle.DEVICE_MAX_AGE,
        path="/staff/",
        secure=current_app.config["SESSION_COOKIE_SECURE"],
        httponly=True,
        samesite="Strict",
    )


# --- login -----------------------------------------------------------------------------

GENERIC_FAILURE = N_(
    "The e-mail address or password is wrong. Try again, or contact your administrator."
)


def _login_page(errors=(), email="", status=200, headers=None):
    page = render_template(
        "staff/login.html",
        errors=list(errors),
        email=email,
        timed_out=request.args.get("timeout") == "1",
        expired=request.args.get("expired") == "1",
        logged_out=request.args.get("logged_out") == "1",
        link_invalid=request.args.get("error") == LINK_INVALID,
    )
    return page, status, headers or {}


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def login():
    if current_staff() is not None:
        return redirect(url_for("staff.queue"))
    if request.method == "GET":
        return _login_page()
    raw_email = (request.form.get("email") or "")[: accounts.MAX_EMAIL + 1]
    email = raw_email.strip()
    password = (request.form.get("password") or "")[: accounts.MAX_PASSWORD]
    problem = accounts.email_problem(email)
    if problem:
        # Malformed input (a NUL byte, say) is a 400 with a message, before any query.
        return _login_page([("email", _(problem))], email=_printable(email), status=400)
    user = accounts.find_by_email(email)
    keys = _throttle_keys(user, email)
    refused = _refused(
        keys,
        user,
        "staff/login.html",
        email=email,
        timed_out=False,
        expired=False,
        logged_out=False,
        link_invalid=False,
        field="email",
    )
    if refused:
        return refused
    if not accounts.password_matches(user, password) or not user.active:
        # One message for every failure: no hint which e-mail addresses exist.
        _failed(keys, user if user and user.active else None, "login_failure")
        return _login_page([("email", _(GENERIC_FAILURE))], email=email, status=401)
    if not user.totp_secret:
        audit.record(user, "login_not_enrolled", user_id=user.id)
        db.session.commit()
        message = _(
            "Your login is not set up yet: you need an authenticator app. Ask an "
            "administrator for a set-up link."
        )
        return _login_page([("email", message)], email=email, status=403)
    _end_staff_session()
    session[PENDING_KEY] = user.id
    session[PENDING_AT_KEY] = _now_ts()
    return redirect(url_for("staff.login_code", next=_safe_next(request.args.get("next"))))


def _printable(text: str) -> str:
    return accounts.CONTROL_RE.sub("", text)


def _pending_user() -> StaffUser | None:
    user_id = session.get(PENDING_KEY)
    if not user_id or _now_ts() - float(session.get(PENDING_AT_KEY, 0)) > PENDING_SECONDS:
        return None
    user = db.session.get(StaffUser, user_id)
    return user if user is not None and user.active and user.totp_secret else None


@bp.route("/login/code", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def login_code():
    user = _pending_user()
    if user is None:
        _end_staff_session()
        return redirect(url_for("staff.login"))
    if request.method == "GET":
        return render_template("staff/login_code.html", errors=[])
    keys = _throttle_keys(user, user.email)
    refused = _refused(keys, user, "staff/login_code.html", field="code")
    if refused:
        return refused
    if accounts.verify_totp(user, request.form.get("code")):
        return _logged_in(user, accounts.start_session(user), keys, request.args.get("next"))
    _failed(keys, user, "login_totp_failure")
    errors = [("code", _(accounts.WRONG_CODE))]
    return render_template("staff/login_code.html", errors=errors), 401


# --- set-up link -----------------------------------------------------------------------


def _link_invalid():
    session.pop(ENROL_KEY, None)  # a logged-in user who opens a dead link stays logged in
    return redirect(url_for("staff.login", error=LINK_INVALID))


@bp.route("/enrol/<token>", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def enrol(token: str):
    """The set-up link's first step: the user's password (or a new one, after a reset)."""
    user = enrolment.user_for_token(token)
    if user is None:
        return _link_invalid()
    choose = user.password_hash is None
    context = {"user": user, "choose": choose, "min_length": accounts.MIN_PASSWORD}
    if request.method == "GET":
        return render_template("staff/enrol.html", errors=[], **context)
    keys = throttle.keys_for(request.remote_addr, user, user.email, None)
    refused = _refused(keys, user, "staff/enrol.html", **context)
    if refused:
        return refused
    password = (request.form.get("password") or "")[: accounts.MAX_PASSWORD + 1]
    if choose:
        repeat = (request.form.get("password_repeat") or "")[: accounts.MAX_PASSWORD + 1]
        try:
            enrolment.choose_password(user, password, repeat)
        except accounts.AccountError as exc:
            db.session.rollback()
            errors = exc.translated(_)
            return render_template("staff/enrol.html", errors=errors, **context), 400
    elif not accounts.password_matches(user, password):
        _failed(keys, user, "enrol_failure")
        errors = [("password", _("The password is wrong."))]
        return render_template("staff/enrol.html", errors=errors, **context), 401
    _end_staff_session()
    session[ENROL_KEY] = {
        "u": user.id,
        "t": enrolment.token_hash(token),
        "s": accounts.new_totp_secret(),
    }
    return redirect(url_for("staff.enrol_app"))


def _qr_svg(uri: str) -> str:
    # Server-side SVG: no script, no style attribute (the CSP forbids inline styles).
    return segno.make(uri, error="m").svg_inline(scale=4, border=4, dark="#000", light="#fff")


@bp.route("/enrol/app", methods=["GET", "POST"])
@limiter.limit("20 per minute", methods=["POST"])
def enrol_app():
    """The set-up link's second step: the app (QR code and key), proven by one code."""
    state = session.get(ENROL_KEY) or {}
    user = db.session.get(StaffUser, state["u"]) if state.get("u") else None
    if user is None or not enrolment.link_is_current(user, state.get("t")):
        return _link_invalid()
    secret = state["s"]
    uri = accounts.provisioning_uri(user, secret)
    context = {
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "uri": uri,
        "qr": _qr_svg(uri),
    }
    if request.method == "GET":
        return render_template("staff/totp_setup.html", errors=[], **context)
    keys = throttle.keys_for(request.remote_addr, user, user.email, None)
    refused = _refused(keys, user, "staff/totp_setup.html", field="code", **context)
    if refused:
        return refused
    token = enrolment.complete(user, state["t"], secret, request.form.get("code"))
    if token is None:
        _failed(keys, user, "enrol_failure")
        errors = [("code", _(accounts.WRONG_CODE))]
        return render_template("staff/totp_setup.html", errors=errors, **context), 400
    return _logged_in(user, token, keys)


# --- logout, session, account ----------------------------------------------------------


@bp.post("/logout")
def logout():
    user_id = session.get(USER_KEY)
    _end_staff_session()
    if user_id:
        accounts.end_session(user_id)
    return redirect(url_for("staff.login", logged_out="1"))


@bp.app_template_global("staff_session_seconds")
def session_seconds() -> int:
    """Seconds until the session ends if nothing happens: the idle timeout, or less when
    the absolute lifetime comes first (the timeout warning then warns of that)."""
    user = g.get("staff")
    if user is None or user.session_started_at is None:
        return _idle_timeout()
    left = accounts.session_max_age() - (clock.now() - user.session_started_at)
    return max(0, min(_idle_timeout(), int(left.total_seconds())))


@bp.post("/session/extend")
@require_role("caseworker")
def extend_session():
    """ "Stay logged in": any authenticated request renews the idle timer (never past the
    absolute lifetime)."""
    if request.accept_mimetypes.best == "application/json":
        return jsonify(remaining=session_seconds())
    return redirect(_safe_next(request.form.get("next")) or url_for("staff.queue"))


def _account_page(errors=(), status=200, done=None, headers=None):
    page = render_template(
        "staff/account.html",
        role_label=_(accounts.ROLE_LABELS[g.staff.role]),
        errors=list(errors),
        done=done or request.args.get("done"),
        min_length=accounts.MIN_PASSWORD,
    )
    return page, status, headers or {}


@bp.get("/account")
@require_role("caseworker")
def account():
    return _account_page()


@bp.post("/account/password")
@require_role("caseworker")
def change_password():
    """The user's own password change: the current password and a code from the app."""
    user = g.staff
    keys = _throttle_keys(user, user.email)
    refusal = throttle.refusal(keys)
    if refusal is not None:
        audit.record(user, "login_throttled", user_id=user.id, scope=refusal.scope)
        db.session.commit()
        message = _(
            "Too many failed attempts. For your safety, wait until %(time)s and try again.",
            time=format_time(refusal.until, "medium"),
        )
        retry = {"Retry-After": str(refusal.retry_after(clock.now()))}
        return _account_page([("current_password", message)], 429, headers=retry)
    form = request.form
    try:
        accounts.change_password(
            user,
            (form.get("current_password") or "")[: accounts.MAX_PASSWORD + 1],
            (form.get("new_password") or "")[: accounts.MAX_PASSWORD + 1],
            (form.get("new_password_repeat") or "")[: accounts.MAX_PASSWORD + 1],
            form.get("code"),
        )
    except accounts.AccountError as exc:
        db.session.rollback()
        if {f for f, _m in exc.errors} & {"current_password", "code"}:
            _failed(keys, user, "login_failure")
        return _account_page(exc.translated(_), 400)
    # Other sessions and devices have ended; this browser goes on, with a new session.
    response = _logged_in(user, accounts.start_session(user), keys)
    response.location = url_for("staff.account", done="password")
    return response
