"""Set-up links: the only way to enrol an authenticator app. Single use, 72 hours, stored
as a hash; `staff enrol-link` and the admin's reset end the user's sessions."""

import hashlib
import re

import pytest
from sqlalchemy import select, text

from portal.extensions import db
from portal.models import AuditEntry, StaffUser
from portal.services import enrolment
from portal.services import staff_accounts as accounts
from tests.staff.conftest import code_at, log_in, login_as, post_code, post_login
from tests.staff.factories import PASSWORD, make_staff

STRONG = "blue cactus rowing lantern"
LINK_INVALID = "The set-up link does not work."


def token_of(url: str) -> str:
    return url.rsplit("/staff/enrol/", 1)[1]


def cli_create(app, email, role="admin", password=STRONG):
    result = app.test_cli_runner().invoke(
        args=["staff", "create", email, "--role", role, "--password-stdin"],
        input=password + "\n",
    )
    assert result.exit_code == 0, result.output
    return result.output.strip().splitlines()[-1]


def enrol(client, link, password, clock, repeat=None):
    """Open the link, give the password, read the secret off the page, confirm a code.
    Returns (response of the code step, secret)."""
    path = link.split("://", 1)[1].split("/", 1)[1]
    data = {"password": password}
    if repeat is not None:
        data["password_repeat"] = repeat
    first = client.post(f"/{path}?lang=en", data=data)
    assert first.status_code == 302 and first.location.endswith("/staff/enrol/app"), (
        first.status_code
    )
    page = client.get("/staff/enrol/app?lang=en").get_data(as_text=True)
    secret = re.search(r"secret=([A-Z2-7]+)", page).group(1)
    return client.post("/staff/enrol/app?lang=en", data={"code": code_at(secret, clock)}), secret


def test_a_stranger_with_the_password_cannot_enrol_the_real_user_can(app, clock):
    """Finding: whoever first logged in with a new admin's password enrolled the second
    factor and locked the real admin out for good."""
    link = cli_create(app, "ny.admin@kommune.example")
    attacker = app.test_client()
    response = post_login(attacker, "ny.admin@kommune.example", STRONG)
    page = response.get_data(as_text=True)
    assert response.status_code == 403 and "otpauth://" not in page
    assert attacker.get("/staff/enrol/app").location.endswith("/staff/login?error=link")
    assert attacker.get("/staff/").status_code == 302
    # The real admin, with the link and the password, sets up the app and is logged in.
    owner = app.test_client()
    done, secret = enrol(owner, link, STRONG, clock)
    assert done.status_code == 302 and done.location.endswith("/staff/")
    assert owner.get("/staff/admin/users").status_code == 200
    user = accounts.find_by_email("ny.admin@kommune.example")
    db.session.refresh(user)
    assert user.totp_secret == secret and user.enrol_token_hash is None
    # From now on the admin logs in with password and code; the attacker still cannot.
    clock.advance(seconds=30)
    assert log_in(app.test_client(), user, clock, password=STRONG).location.endswith("/staff/")
    assert post_login(attacker, user.email, STRONG).location.startswith("/staff/login/code")
    assert post_code(attacker, "123456").status_code == 401


def test_the_set_up_page_shows_a_qr_code_and_the_uri_within_the_csp(app, clock):
    link = cli_create(app, "qr@kommune.example", role="caseworker")
    client = app.test_client()
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert client.post(path, data={"password": STRONG}).status_code == 302
    response = client.get("/staff/enrol/app?lang=en")
    page = response.get_data(as_text=True)
    uri = re.search(r'<code id="totp-uri">([^<]+)</code>', page).group(1)
    assert uri.startswith("otpauth://totp/") and "issuer=Tidlig" in uri
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert "<path" in svg and "<script" not in svg
    # The CSP has no 'unsafe-inline' for styles, so the SVG carries no style attribute.
    csp = response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp
    assert not re.search(r"\sstyle=", page)
    assert 'role="img"' in page and "QR code for your authenticator app" in page


def test_a_link_works_once(app, clock):
    link = cli_create(app, "once@kommune.example", role="caseworker")
    done, _secret = enrol(app.test_client(), link, STRONG, clock)
    assert done.status_code == 302
    again = app.test_client()
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    for method in ("get", "post"):
        response = getattr(again, method)(path, data={"password": STRONG})
        assert response.status_code == 302 and response.location.endswith("?error=link")
    page = again.get("/staff/login?error=link&lang=en").get_data(as_text=True)
    assert LINK_INVALID in page


def test_a_link_runs_out_after_72_hours(app, clock):
    link = cli_create(app, "late@kommune.example", role="lead")
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    clock.advance(hours=71, minutes=59)
    assert app.test_client().get(path).status_code == 200
    clock.advance(minutes=1)
    response = app.test_client().get(path)
    assert response.status_code == 302 and response.location.endswith("?error=link")
    # Half-way through the set-up when the time runs out: the code step refuses too.
    clock.advance(hours=-1)
    client = app.test_client()
    assert client.post(path, data={"password": STRONG}).status_code == 302
    clock.advance(hours=1)
    assert client.get("/staff/enrol/app").location.endswith("?error=link")


def test_only_a_hash_of_the_token_is_stored(app, clock):
    link = cli_create(app, "hash@kommune.example", role="caseworker")
    token = token_of(link)
    assert len(token) >= 40
    rows = db.session.execute(text("SELECT * FROM staff_user")).all()
    raw = " ".join(str(value) for row in rows for value in row)
    assert token not in raw
    assert hashlib.sha256(token.encode()).hexdigest() in raw
    # A database reader who copies the hash cannot use it as a link.
    stored = db.session.scalar(select(StaffUser.enrol_token_hash))
    response = app.test_client().get(f"/staff/enrol/{stored}")
    assert response.location.endswith("?error=link")


def test_a_wrong_password_on_the_link_is_refused_and_counted(app, clock):
    link = cli_create(app, "wrong@kommune.example", role="caseworker")
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    client = app.test_client()
    response = client.post(path + "?lang=en", data={"password": "not the password!!"})
    assert response.status_code == 401 and "The password is wrong." in response.get_data(True)
    assert client.get("/staff/enrol/app").location.endswith("?error=link")
    user = accounts.find_by_email("wrong@kommune.example")
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "enrol_failure"))
    assert entry.actor_id == user.id
    # The link still works for the rightful user.
    done, _ = enrol(client, link, STRONG, clock)
    assert done.status_code == 302


def test_cli_enrol_link_ends_sessions_and_clears_the_app(app, clock):
    user = make_staff("admin")
    old_secret = user.totp_secret
    client = app.test_client()
    log_in(client, user, clock)
    assert client.get("/staff/admin/users").status_code == 200
    result = app.test_cli_runner().invoke(args=["staff", "enrol-link", user.email])
    assert result.exit_code == 0, result.output
    link = result.output.strip().splitlines()[-1]
    assert "/staff/enrol/" in link
    # The session is over, and the old app's codes no longer log in.
    assert client.get("/staff/admin/users").status_code == 302
    db.session.refresh(user)
    assert user.totp_secret is None
    other = app.test_client()
    assert post_login(other, user.email).status_code == 403
    # The user sets up the app again with the link and the password they have.
    done, secret = enrol(other, link, PASSWORD, clock)
    assert done.status_code == 302 and secret != old_secret
    unknown = app.test_cli_runner().invoke(args=["staff", "enrol-link", "no@kommune.example"])
    assert unknown.exit_code == 1


def test_a_new_link_replaces_the_old_one(app, clock):
    first = cli_create(app, "two@kommune.example", role="caseworker")
    result = app.test_cli_runner().invoke(args=["staff", "enrol-link", "two@kommune.example"])
    second = result.output.strip().splitlines()[-1]
    old = "/" + first.split("://", 1)[1].split("/", 1)[1]
    assert app.test_client().get(old).location.endswith("?error=link")
    assert enrol(app.test_client(), second, STRONG, clock)[0].status_code == 302


def test_admin_reset_ends_the_attackers_session_and_the_password(app, clock):
    """Finding: an admin's TOTP reset did not end the attacker's session, and the attacker
    could enrol again with the password."""
    victim = make_staff("lead")
    attacker = app.test_client()
    log_in(attacker, victim, clock)  # the attacker got in somehow
    admin_client = app.test_client()
    admin = make_staff("admin")
    login_as(admin_client, admin)
    response = admin_client.post(f"/staff/admin/users/{victim.id}/enrol-link?lang=en")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    link = re.search(r'<code id="enrol-link">([^<]+)</code>', page).group(1)
    # Shown once: the user page does not show it again.
    assert "/staff/enrol/" not in admin_client.get(f"/staff/admin/users/{victim.id}").get_data(
        as_text=True
    )
    assert attacker.get("/staff/").status_code == 302
    # The old password is gone: neither a login nor the link's page takes it.
    assert post_login(attacker, victim.email).status_code == 401
    # The rightful user chooses a new password through the link (common ones refused).
    owner = app.test_client()
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    weak = owner.post(
        path + "?lang=en", data={"password": "password1234", "password_repeat": "password1234"}
    )
    assert weak.status_code == 400 and "too common" in weak.get_data(as_text=True)
    done, _ = enrol(
        owner, link, "quiet otter mapping tulips", clock, repeat="quiet otter mapping tulips"
    )
    assert done.status_code == 302 and owner.get("/staff/").status_code == 200
    assert post_login(attacker, victim.email).status_code == 401
    issued = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "enrol_link_issued"))
    assert issued.actor_id == admin.id and issued.detail == {
        "user_id": victim.id,
        "new_password": True,
    }


def test_an_admin_cannot_reset_themselves(as_role):
    client, admin = as_role("admin")
    response = client.post(f"/staff/admin/users/{admin.id}/enrol-link?lang=en")
    assert response.status_code == 400
    db.session.refresh(admin)
    assert admin.totp_secret is not None


@pytest.mark.parametrize("lang", ["da", "en"])
def test_admin_makes_a_user_and_gets_the_link(as_role, clock, lang):
    client, _admin = as_role("admin")
    response = client.post(
        f"/staff/admin/users?lang={lang}",
        data={"email": f"ny.{lang}@kommune.example", "role": "caseworker"},
    )
    assert response.status_code == 200
    link = re.search(r'<code id="enrol-link">([^<]+)</code>', response.get_data(as_text=True))
    user = accounts.find_by_email(f"ny.{lang}@kommune.example")
    assert user.password_hash is None and user.enrol_token_hash == enrolment.token_hash(
        token_of(link.group(1))
    )
    new_password = "seven blue kettles humming"
    newcomer = client.application.test_client()
    done, secret = enrol(newcomer, link.group(1), new_password, clock, repeat=new_password)
    assert done.status_code == 302 and newcomer.get("/staff/").status_code == 200
    db.session.refresh(user)
    assert user.totp_secret == secret
