"""Login, lock-out, TOTP, idle timeout, logout, and the `staff create` command."""

import time
from datetime import timedelta

import pyotp
from sqlalchemy import Text, select, type_coerce

from portal.extensions import db
from portal.models import AuditEntry, StaffUser, utcnow
from portal.services import staff_accounts as accounts
from tests.staff.conftest import login_as
from tests.staff.factories import PASSWORD, make_staff

GENERIC = "The e-mail address or password is wrong"


def actions(user_id=None):
    stmt = select(AuditEntry.action).order_by(AuditEntry.id)
    if user_id is not None:
        stmt = stmt.where(AuditEntry.actor_id == user_id)
    return list(db.session.scalars(stmt))


def post_login(client, email, password=PASSWORD):
    return client.post("/staff/login?lang=en", data={"email": email, "password": password})


def test_caseworker_logs_in_with_password_and_out_again(app, ctx):
    user = make_staff("caseworker")
    client = app.test_client()
    response = post_login(client, user.email.upper())
    assert response.status_code == 302 and response.location.endswith("/staff/")
    assert client.get("/staff/").status_code == 200
    db.session.refresh(user)
    assert user.last_login_at is not None
    response = client.post("/staff/logout")
    assert "/staff/login" in response.location
    assert client.get("/staff/").status_code == 302
    assert actions(user.id) == ["login_success", "logout"]


def test_login_keeps_the_citizens_session(app, ctx):
    user = make_staff("caseworker")
    client = app.test_client()
    with client.session_transaction() as session:
        session["visitor"] = "abc"
    post_login(client, user.email)
    client.post("/staff/logout")
    with client.session_transaction() as session:
        assert session["visitor"] == "abc"
        assert "staff_user_id" not in session


def test_wrong_password_and_unknown_email_give_the_same_message(app, ctx):
    user = make_staff("caseworker")
    client = app.test_client()
    wrong = post_login(client, user.email, "wrong password!!")
    unknown = post_login(client, "nobody@kommune.example")
    assert wrong.status_code == unknown.status_code == 401
    assert GENERIC in wrong.get_data(as_text=True)
    assert GENERIC in unknown.get_data(as_text=True)
    assert 'value="nobody@kommune.example"' in unknown.get_data(as_text=True)
    assert actions() == ["login_failure", "login_failure"]
    entries = list(db.session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert entries[0].actor_id == user.id and entries[1].actor_id is None
    # Ids only: the typed address is not in the audit log.
    assert all("nobody" not in str(e.detail) for e in entries)


def test_five_failures_lock_the_account_for_a_while(app, ctx):
    user = make_staff("caseworker")
    client = app.test_client()
    for _ in range(accounts.MAX_FAILURES):
        assert post_login(client, user.email, "wrong password!!").status_code == 401
    db.session.refresh(user)
    assert user.locked_until is not None
    assert user.locked_until > utcnow() + timedelta(minutes=accounts.LOCK_MINUTES - 1)
    # The right password does not open a locked account, and the message is the same.
    response = post_login(client, user.email)
    assert response.status_code == 401 and GENERIC in response.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302
    # When the lock has run out, the right password works again.
    user.locked_until = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert post_login(client, user.email).status_code == 302
    db.session.refresh(user)
    assert user.failed_logins == 0 and user.locked_until is None


def test_four_failures_do_not_lock(app, ctx):
    user = make_staff("caseworker")
    client = app.test_client()
    for _ in range(accounts.MAX_FAILURES - 1):
        post_login(client, user.email, "wrong password!!")
    assert post_login(client, user.email).status_code == 302


def test_deactivated_user_cannot_log_in_or_stay_in(app, ctx):
    user = make_staff("caseworker", active=False)
    client = app.test_client()
    assert post_login(client, user.email).status_code == 401
    active = make_staff("caseworker")
    login_as(client, active)
    assert client.get("/staff/").status_code == 200
    active.active = False
    db.session.commit()
    assert client.get("/staff/").status_code == 302


def test_login_is_rate_limited_per_ip(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    client = app.test_client()
    codes = [
        client.post("/staff/login", data={"email": "x@y.dk", "password": "p"}).status_code
        for _ in range(21)
    ]
    assert codes[:20] == [401] * 20
    assert codes[20] == 429


def test_passwords_are_argon2_hashes(ctx):
    user = accounts.create_user("ny@kommune.example", "a long password here", "caseworker")
    assert user.password_hash.startswith("$argon2")
    assert "a long password here" not in user.password_hash


def test_create_user_validates(ctx):
    make_staff("lead", email="taken@kommune.example")
    try:
        accounts.create_user("taken@kommune.example", "short", "boss")
    except accounts.AccountError as exc:
        assert {f for f, _ in exc.errors} == {"email", "password", "role"}
    else:
        raise AssertionError("expected AccountError")


def test_lead_needs_the_code_from_the_app(app, ctx):
    secret = pyotp.random_base32()
    user = make_staff("lead", totp_secret=secret)
    client = app.test_client()
    response = post_login(client, user.email)
    assert response.location.endswith("/staff/login/code")
    # Password alone is not a login.
    assert client.get("/staff/").status_code == 302
    wrong = client.post("/staff/login/code", data={"code": "000000"})
    assert wrong.status_code == 401
    db.session.refresh(user)
    assert user.failed_logins == 1
    ok = client.post("/staff/login/code", data={"code": pyotp.TOTP(secret).now()})
    assert ok.status_code == 302 and ok.location.endswith("/staff/")
    assert client.get("/staff/").status_code == 200
    assert actions(user.id) == ["login_totp_failure", "login_success"]


def test_wrong_codes_lock_the_account_too(app, ctx):
    secret = pyotp.random_base32()
    user = make_staff("admin", totp_secret=secret)
    client = app.test_client()
    post_login(client, user.email)
    for _ in range(accounts.MAX_FAILURES):
        client.post("/staff/login/code", data={"code": "123456"})
    db.session.refresh(user)
    assert accounts.is_locked(user)
    response = client.post("/staff/login/code", data={"code": pyotp.TOTP(secret).now()})
    assert "/staff/login" in response.location
    assert client.get("/staff/").status_code == 302


def test_lead_without_app_must_set_it_up_at_first_login(app, ctx):
    user = make_staff("lead")
    client = app.test_client()
    response = post_login(client, user.email)
    assert response.location.endswith("/staff/totp/setup")
    page = client.get("/staff/totp/setup?lang=en").get_data(as_text=True)
    assert "otpauth://totp/" in page
    with client.session_transaction() as session:
        secret = session["staff_totp_setup"]
    assert " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)) in page
    assert client.post("/staff/totp/setup", data={"code": "999999"}).status_code == 400
    assert client.get("/staff/").status_code == 302
    ok = client.post("/staff/totp/setup", data={"code": pyotp.TOTP(secret).now()})
    assert ok.location.endswith("/staff/")
    db.session.expire_all()
    user = db.session.get(StaffUser, user.id)
    assert user.totp_secret == secret
    # Stored encrypted.
    raw = db.session.scalar(
        select(type_coerce(StaffUser.__table__.c.totp_secret, Text)).where(StaffUser.id == user.id)
    )
    assert secret not in raw
    assert "totp_enrolled" in actions(user.id)


def test_caseworker_may_add_an_app_later(app, ctx):
    user = make_staff("caseworker")
    client = app.test_client()
    login_as(client, user)
    assert "/staff/totp/setup" in client.get("/staff/account").get_data(as_text=True)
    client.get("/staff/totp/setup")
    with client.session_transaction() as session:
        secret = session["staff_totp_setup"]
    response = client.post("/staff/totp/setup", data={"code": pyotp.TOTP(secret).now()})
    assert response.location.endswith("/staff/account?done=totp")
    client.post("/staff/logout")
    # From now on the caseworker needs the code too.
    assert post_login(client, user.email).location.endswith("/staff/login/code")


def test_idle_session_times_out(make_app):
    app = make_app(STAFF_IDLE_TIMEOUT_SECONDS=600)
    with app.app_context():
        user = make_staff("caseworker")
        client = app.test_client()
        login_as(client, user)
        with client.session_transaction() as session:
            session["staff_last_seen"] = time.time() - 599
        assert client.get("/staff/").status_code == 200  # and the timer starts again
        with client.session_transaction() as session:
            assert session["staff_last_seen"] > time.time() - 5
            session["staff_last_seen"] = time.time() - 601
        response = client.get("/staff/")
        assert response.status_code == 302 and "timeout=1" in response.location
        page = client.get(response.location).get_data(as_text=True)
        assert (
            "logged out because"
            in client.get("/staff/login?timeout=1&lang=en").get_data(as_text=True)
            or page
        )
        with client.session_transaction() as session:
            assert "staff_user_id" not in session
        assert actions(user.id) == ["session_timeout"]


def test_stay_logged_in_renews_the_timer(make_app):
    app = make_app(STAFF_IDLE_TIMEOUT_SECONDS=600)
    with app.app_context():
        user = make_staff("caseworker")
        client = app.test_client()
        login_as(client, user)
        with client.session_transaction() as session:
            session["staff_last_seen"] = time.time() - 590
        response = client.post("/staff/session/extend", headers={"Accept": "application/json"})
        assert response.status_code == 200 and response.json == {"remaining": 600}
        with client.session_transaction() as session:
            assert session["staff_last_seen"] > time.time() - 5


def test_pages_carry_the_timeout_warning(make_app):
    app = make_app(STAFF_IDLE_TIMEOUT_SECONDS=900)
    with app.app_context():
        client = app.test_client()
        login_as(client, make_staff("caseworker"))
        page = client.get("/staff/?lang=en").get_data(as_text=True)
        assert 'data-timeout="900"' in page
        assert "Stay logged in" in page
        assert "js/session-timeout.js" in page
        login_page = app.test_client().get("/staff/login").get_data(as_text=True)
        assert "session-timeout.js" not in login_page


def test_next_only_goes_to_staff_pages(app, ctx):
    user = make_staff("caseworker")
    client = app.test_client()
    response = client.post(
        "/staff/login?next=//evil.example/x", data={"email": user.email, "password": PASSWORD}
    )
    assert response.location.endswith("/staff/")
    client.post("/staff/logout")
    response = client.post(
        "/staff/login?next=/staff/statistics", data={"email": user.email, "password": PASSWORD}
    )
    assert response.location.endswith("/staff/statistics")


def test_cli_creates_a_user_from_stdin(app, ctx):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["staff", "create", "Cli@Kommune.example", "--role", "lead", "--password-stdin"],
        input="a very long password\n",
    )
    assert result.exit_code == 0, result.output
    user = accounts.find_by_email("cli@kommune.example")
    assert user.role == "lead"
    assert accounts.check_password("cli@kommune.example", "a very long password") is not None
    bad = runner.invoke(
        args=["staff", "create", "x@kommune.example", "--role", "lead", "--password-stdin"],
        input="short\n",
    )
    assert bad.exit_code == 1
    assert accounts.find_by_email("x@kommune.example") is None
    wrong_role = runner.invoke(args=["staff", "create", "y@kommune.example", "--role", "boss"])
    assert wrong_role.exit_code != 0


def test_cli_prompts_for_the_password_twice(app, ctx):
    runner = app.test_cli_runner()
    args = ["staff", "create", "prompt@kommune.example", "--role", "caseworker"]
    result = runner.invoke(args=args, input="a very long password\na very long password\n")
    assert result.exit_code == 0, result.output
    assert "a very long password" not in result.output
    assert accounts.check_password("prompt@kommune.example", "a very long password") is not None


def test_a_code_works_only_once(app, ctx):
    secret = pyotp.random_base32()
    user = make_staff("lead", totp_secret=secret)
    code = pyotp.TOTP(secret).now()
    first = app.test_client()
    post_login(first, user.email)
    assert first.post("/staff/login/code", data={"code": code}).status_code == 302
    second = app.test_client()
    post_login(second, user.email)
    # The same code again (seen over a shoulder, say) is refused.
    assert second.post("/staff/login/code", data={"code": code}).status_code == 401
    assert second.get("/staff/").status_code == 302


def test_one_step_of_clock_drift_is_allowed(ctx):
    secret = pyotp.random_base32()
    user = make_staff("lead", totp_secret=secret)
    totp = pyotp.TOTP(secret)
    step = totp.timecode(utcnow())
    assert accounts.verify_totp(user, totp.generate_otp(step - 1))
    assert not accounts.verify_totp(user, totp.generate_otp(step - 3))
    assert not accounts.verify_totp(user, "12345")  # malformed
