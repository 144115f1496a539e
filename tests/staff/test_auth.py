"""Login (password, then code, for every role), logout, the idle timeout, the absolute
session lifetime, bad input in the login form, and the `staff create` command."""

import time

import pyotp
import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry, StaffUser
from portal.services import staff_accounts as accounts
from tests.staff.conftest import code_at, log_in, login_as, post_code, post_login
from tests.staff.factories import PASSWORD, make_staff

GENERIC = "The e-mail address or password is wrong"
NOT_SET_UP = "Ask an administrator for a set-up link."


def actions(user_id=None):
    stmt = select(AuditEntry.action).order_by(AuditEntry.id)
    if user_id is not None:
        stmt = stmt.where(AuditEntry.actor_id == user_id)
    return list(db.session.scalars(stmt))


@pytest.mark.parametrize("role", ["caseworker", "lead", "admin"])
def test_every_role_logs_in_with_password_and_code(app, clock, role):
    user = make_staff(role)
    client = app.test_client()
    first = post_login(client, user.email.upper())
    assert first.status_code == 302 and first.location.startswith("/staff/login/code")
    # The password alone opens no staff page, for a caseworker too.
    for path in ("/staff/", "/staff/account"):
        assert client.get(path).status_code == 302
    response = post_code(client, code_at(user.totp_secret, clock))
    assert response.status_code == 302 and response.location.endswith("/staff/")
    assert client.get("/staff/").status_code == 200
    db.session.refresh(user)
    assert user.last_login_at is not None
    response = client.post("/staff/logout")
    assert "/staff/login" in response.location
    assert client.get("/staff/").status_code == 302
    assert actions(user.id) == ["login_success", "logout"]


def test_login_keeps_the_citizens_session(app, clock):
    user = make_staff("caseworker")
    client = app.test_client()
    with client.session_transaction() as session:
        session["visitor"] = "abc"
    log_in(client, user, clock)
    client.post("/staff/logout")
    with client.session_transaction() as session:
        assert session["visitor"] == "abc"
        assert "staff_user_id" not in session


def test_wrong_password_and_unknown_email_give_the_same_message(app, clock):
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


@pytest.mark.parametrize("role", ["caseworker", "admin"])
def test_a_password_without_an_app_is_no_login(app, clock, role):
    """Finding: the first to log in with a new user's password enrolled the second factor.
    Now a password alone shows no secret and no page; only a set-up link enrols."""
    user = make_staff(role, totp_secret=None)
    client = app.test_client()
    response = post_login(client, user.email)
    page = response.get_data(as_text=True)
    assert response.status_code == 403 and NOT_SET_UP in page
    assert "otpauth://" not in page and "secret" not in page.lower()
    assert client.get("/staff/").status_code == 302
    assert client.get("/staff/login/code").location.endswith("/staff/login")
    assert client.get("/staff/enrol/app").location.endswith("/staff/login?error=link")
    with client.session_transaction() as session:
        assert not any(key.startswith("staff_") for key in session)
    db.session.refresh(user)
    assert user.totp_secret is None
    assert actions(user.id) == ["login_not_enrolled"]


def test_deactivated_user_cannot_log_in_or_stay_in(app, clock):
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
        client.post("/staff/login", data={"email": f"x{n}@y.dk", "password": "p"}).status_code
        for n in range(21)
    ]
    # The first are answered (the throttle's own 429s begin after its free failures).
    assert set(codes[:10]) == {401}
    assert codes[20] == 429


def test_passwords_are_argon2_hashes(ctx):
    user = accounts.create_user("ny@kommune.example", "blue cactus rowing lantern", "caseworker")
    assert user.password_hash.startswith("$argon2")
    assert "blue cactus" not in user.password_hash


def test_create_user_validates(ctx):
    make_staff("lead", email="taken@kommune.example")
    with pytest.raises(accounts.AccountError) as caught:
        accounts.create_user("taken@kommune.example", "short", "boss")
    assert {f for f, _ in caught.value.errors} == {"email", "password", "role"}


def test_wrong_code_is_refused_and_the_right_one_logs_in(app, clock):
    user = make_staff("lead")
    client = app.test_client()
    post_login(client, user.email)
    wrong = post_code(client, "000000" if code_at(user.totp_secret, clock) != "000000" else "1")
    assert wrong.status_code == 401
    assert "The code is wrong or too old" in wrong.get_data(as_text=True)
    assert client.get("/staff/").status_code == 302
    ok = post_code(client, code_at(user.totp_secret, clock))
    assert ok.status_code == 302 and ok.location.endswith("/staff/")
    assert actions(user.id) == ["login_totp_failure", "login_success"]


def test_a_code_works_only_once(app, clock):
    user = make_staff("lead")
    code = code_at(user.totp_secret, clock)
    first = app.test_client()
    post_login(first, user.email)
    assert post_code(first, code).status_code == 302
    second = app.test_client()
    post_login(second, user.email)
    # The same code again (seen over a shoulder, say) is refused.
    assert post_code(second, code).status_code == 401
    assert second.get("/staff/").status_code == 302


def test_one_step_of_clock_drift_is_allowed(ctx, clock):
    user = make_staff("lead")
    totp = pyotp.TOTP(user.totp_secret)
    step = totp.timecode(clock.now)
    assert accounts.verify_totp(user, totp.generate_otp(step - 1))
    assert not accounts.verify_totp(user, totp.generate_otp(step - 3))
    assert not accounts.verify_totp(user, "12345")  # malformed


def test_the_code_step_runs_out(app, clock):
    user = make_staff("caseworker")
    client = app.test_client()
    post_login(client, user.email)
    clock.advance(minutes=6)
    response = post_code(client, code_at(user.totp_secret, clock))
    assert response.status_code == 302 and response.location.endswith("/staff/login")
    assert client.get("/staff/").status_code == 302


@pytest.mark.parametrize("field", ["email", "password"])
def test_a_nul_byte_in_the_login_form_is_bad_input_not_an_outage(app, clock, caplog, field):
    """Finding: a NUL byte in the e-mail gave the "service unavailable" page on
    PostgreSQL (and a false database-down log line). This runs on both databases. The
    request filter of portal/security.py strips NUL from every form before the view
    (control characters it leaves are refused by the login form itself, below)."""
    user = make_staff("caseworker")
    data = {"email": user.email, "password": PASSWORD}
    data[field] = data[field][:3] + "\x00" + data[field][3:]
    client = app.test_client()
    response = client.post("/staff/login?lang=en", data=data)
    assert response.status_code < 500, response.status_code
    assert "\x00" not in response.get_data(as_text=True)
    assert "database" not in caplog.text.lower()
    assert client.get("/readyz").status_code == 200
    # Whatever the filter made of the input, a password alone is no login.
    assert client.get("/staff/").status_code == 302


@pytest.mark.parametrize(("lang", "message"), [("en", "Write a valid e-mail"), ("da", "Skriv en")])
def test_control_characters_in_the_e_mail_get_a_field_message(app, clock, lang, message):
    user = make_staff("caseworker")
    typed = user.email[:3] + "\x1f" + user.email[3:]
    response = app.test_client().post(
        f"/staff/login?lang={lang}", data={"email": typed, "password": PASSWORD}
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert message in page and 'href="#email"' in page
    assert f'value="{user.email}"' in page  # what was typed, less the control character


def test_the_admin_form_refuses_control_characters_too(as_role):
    client, _admin = as_role("admin")
    response = client.post(
        "/staff/admin/users?lang=en",
        data={"email": "ny\x1f@kommune.example", "display_name": "N\x07", "role": "lead"},
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Write a valid e-mail address." in page and "\x1f" not in page
    assert accounts.find_by_email("ny@kommune.example") is None


def test_idle_session_times_out(make_app):
    app = make_app(STAFF_IDLE_TIMEOUT_SECONDS=600)
    with app.app_context():
        user = make_staff("caseworker")
        client = app.test_client()
        login_as(client, user)
        with client.session_transaction() as session:
            session["staff_last_seen"] = time.time() - 570  # 30 s to go: room for a slow machine
        assert client.get("/staff/").status_code == 200  # and the timer starts again
        with client.session_transaction() as session:
            assert session["staff_last_seen"] > time.time() - 60
            session["staff_last_seen"] = time.time() - 601
        response = client.get("/staff/")
        assert response.status_code == 302 and "timeout=1" in response.location
        page = client.get(response.location + "&lang=en").get_data(as_text=True)
        assert "logged out because you had not done anything" in page
        with client.session_transaction() as session:
            assert "staff_user_id" not in session
        assert actions(user.id) == ["session_timeout"]


def test_a_session_ends_12_hours_after_login_however_busy(app, clock):
    """Finding: no absolute session lifetime. Activity every 20 minutes keeps the idle
    timer at bay, but 12 hours after the login the session ends."""
    user = make_staff("caseworker")
    client = app.test_client()
    log_in(client, user, clock)
    clock.advance(seconds=-30)  # back to the login's time
    for _ in range(12 * 3 - 1):
        clock.advance(minutes=20)
        assert client.get("/staff/").status_code == 200
    clock.advance(minutes=19, seconds=59)  # 11:59:59 after the login
    assert client.get("/staff/").status_code == 200
    clock.advance(seconds=1)
    response = client.get("/staff/")
    assert response.status_code == 302 and "expired=1" in response.location
    page = client.get("/staff/login?expired=1&lang=en").get_data(as_text=True)
    assert "you logged in 12 hours ago" in page
    # A copy of the old cookie is dead too: the server ended the session.
    db.session.refresh(user)
    assert user.session_token is None
    assert actions(user.id)[-1] == "session_expired"
    # The user logs in again at once.
    assert log_in(client, user, clock).location.endswith("/staff/")
    assert client.get("/staff/").status_code == 200


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
            assert session["staff_last_seen"] > time.time() - 60


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


def test_next_only_goes_to_staff_pages(app, clock):
    user = make_staff("caseworker")
    client = app.test_client()
    first = client.post(
        "/staff/login?next=//evil.example/x", data={"email": user.email, "password": PASSWORD}
    )
    response = client.post(first.location, data={"code": code_at(user.totp_secret, clock)})
    assert response.location.endswith("/staff/")
    client.post("/staff/logout")
    clock.advance(seconds=30)
    first = client.post(
        "/staff/login?next=/staff/statistics", data={"email": user.email, "password": PASSWORD}
    )
    response = client.post(first.location, data={"code": code_at(user.totp_secret, clock)})
    assert response.location.endswith("/staff/statistics")


def test_cli_creates_a_user_and_prints_a_set_up_link_last(app, ctx):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["staff", "create", "Cli@Kommune.example", "--role", "lead", "--password-stdin"],
        input="blue cactus rowing lantern\n",
    )
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    base = app.config["PORTAL_BASE_URL"]
    assert last.startswith(f"{base}/staff/enrol/") and len(last) > len(base) + 50
    user = accounts.find_by_email("cli@kommune.example")
    assert user.role == "lead" and user.totp_secret is None
    assert accounts.password_matches(user, "blue cactus rowing lantern")
    for weak in ("short", "password1234", "aaaaaaaaaaaa"):
        bad = runner.invoke(
            args=["staff", "create", "x@kommune.example", "--role", "lead", "--password-stdin"],
            input=f"{weak}\n",
        )
        assert bad.exit_code == 1 and "password:" in bad.output
    assert accounts.find_by_email("x@kommune.example") is None
    wrong_role = runner.invoke(args=["staff", "create", "y@kommune.example", "--role", "boss"])
    assert wrong_role.exit_code != 0


def test_cli_prompts_for_the_password_twice(app, ctx):
    runner = app.test_cli_runner()
    args = ["staff", "create", "prompt@kommune.example", "--role", "caseworker"]
    typed = "blue cactus rowing lantern"
    result = runner.invoke(args=args, input=f"{typed}\n{typed}\n")
    assert result.exit_code == 0, result.output
    assert typed not in result.output
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == "prompt@kommune.example"))
    assert accounts.password_matches(user, typed)


def test_the_timeout_warning_knows_the_absolute_end(app, clock):
    """Near the 12-hour end the page's timer is shorter than the idle timeout, so the
    warning comes before that logout too, and "Stay logged in" cannot extend past it."""
    idle = app.config["STAFF_IDLE_TIMEOUT_SECONDS"]
    user = make_staff("caseworker")
    client = app.test_client()
    log_in(client, user, clock)
    clock.advance(seconds=-30)  # back to the login's time
    page = client.get("/staff/?lang=en").get_data(as_text=True)
    assert f'data-timeout="{idle}"' in page
    for _ in range(12 * 3 - 1):  # busy all day: a page every 20 minutes
        clock.advance(minutes=20)
        assert client.get("/staff/").status_code == 200
    clock.advance(minutes=10)  # 10 minutes before the end
    page = client.get("/staff/?lang=en").get_data(as_text=True)
    assert 'data-timeout="600"' in page and idle > 600
    response = client.post("/staff/session/extend", headers={"Accept": "application/json"})
    assert response.json == {"remaining": 600}
