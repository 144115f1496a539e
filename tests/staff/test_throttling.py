"""Login throttling: progressive delays per source and per account that slow guessing
down, with no lock-out an anonymous client can cause for someone else. The clock is
moved, never slept; refusals come at once, with a time and Retry-After."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models import AuditEntry, LoginThrottle
from portal.services import throttle
from tests.staff.conftest import client_from, code_at, log_in, post_code, post_login
from tests.staff.factories import PASSWORD, make_staff

ATTACKER, OFFICE, ELSEWHERE = "203.0.113.66", "198.51.100.10", "192.0.2.7"
WAIT = "Too many failed attempts."


def retry_after(response) -> int:
    return int(response.headers["Retry-After"])


def guess_until_refused(client, email, clock, limit=100):
    """Wrong passwords until one is refused; returns the number of real guesses."""
    for guesses in range(limit):
        response = post_login(client, email, f"wrong guess {guesses:04d}")
        if response.status_code == 429:
            return guesses
        assert response.status_code == 401
    raise AssertionError("never refused")


def test_fifty_wrong_passwords_do_not_shut_out_the_admin(app, clock):
    """Finding: five wrong passwords locked any account, the admin's too, for 15 minutes.
    Now 50 wrong passwords from an attacker (each made when allowed) only slow the
    attacker; the admin on their usual browser logs in at once."""
    admin = make_staff("admin")
    own_browser = client_from(app, OFFICE)
    log_in(own_browser, admin, clock)  # an earlier login made it a trusted device
    own_browser.post("/staff/logout")
    attacker = client_from(app, ATTACKER)
    for n in range(50):
        response = post_login(attacker, admin.email, f"guess number {n}")
        if response.status_code == 429:
            clock.advance(seconds=retry_after(response))
            response = post_login(attacker, admin.email, f"guess number {n}")
        assert response.status_code == 401, (n, response.status_code)
    # Right now the attacker is made to wait, even with the right password.
    refused = post_login(attacker, admin.email, PASSWORD)
    assert refused.status_code == 429 and WAIT in refused.get_data(as_text=True)
    assert retry_after(refused) == throttle.POLICIES["account"].max_seconds
    # The admin, at the same moment, from the trusted browser: straight in.
    assert log_in(own_browser, admin, clock).location.endswith("/staff/")
    assert own_browser.get("/staff/admin/users").status_code == 200
    failures = db.session.scalar(
        select(LoginThrottle.failures).where(LoginThrottle.key == f"acct:{admin.id}")
    )
    assert failures == 50


def test_the_rightful_user_elsewhere_waits_but_is_never_locked_out(app, clock):
    user = make_staff("caseworker")
    attacker = client_from(app, ATTACKER)
    guesses = guess_until_refused(attacker, user.email, clock)
    assert guesses == throttle.POLICIES["account"].free
    # A new browser (no device cookie) elsewhere is slowed down too, for a short while...
    newcomer = client_from(app, ELSEWHERE)
    response = post_login(newcomer, user.email)
    assert response.status_code == 429
    wait = retry_after(response)
    assert 1 <= wait <= throttle.POLICIES["account"].base_seconds * 2
    # ...and gets in once the wait is over: a delay, never a lock.
    clock.advance(seconds=wait)
    assert log_in(newcomer, user, clock).location.endswith("/staff/")
    # The login cleared the account's count: the attacker starts from the beginning.
    assert db.session.get(LoginThrottle, f"acct:{user.id}") is None


def test_a_refused_attempt_is_not_checked_and_is_audited(app, clock):
    user = make_staff("lead")
    attacker = client_from(app, ATTACKER)
    guess_until_refused(attacker, user.email, clock)
    before = db.session.scalar(
        select(LoginThrottle.failures).where(LoginThrottle.key == f"acct:{user.id}")
    )
    response = post_login(attacker, user.email, PASSWORD)
    assert response.status_code == 429
    # Not checked, so not counted, and the right password does not slip through.
    after = db.session.scalar(
        select(LoginThrottle.failures).where(LoginThrottle.key == f"acct:{user.id}")
    )
    assert after == before
    with attacker.session_transaction() as session:
        assert "staff_pending_id" not in session
    entries = list(
        db.session.scalars(select(AuditEntry).where(AuditEntry.action == "login_throttled"))
    )
    assert len(entries) == 2
    assert entries[-1].detail == {"user_id": user.id, "scope": "account"}
    assert entries[-1].ip == ATTACKER


@pytest.mark.parametrize(("lang", "message"), [("en", WAIT), ("da", "For mange forsøg")])
def test_the_wait_is_explained_in_both_languages(app, clock, lang, message):
    user = make_staff("caseworker")
    attacker = client_from(app, ATTACKER)
    guess_until_refused(attacker, user.email, clock)
    response = post_login(attacker, user.email, lang=lang)
    page = response.get_data(as_text=True)
    assert response.status_code == 429 and message in page
    assert 'id="error-summary"' in page and f'value="{user.email}"' in page


def test_the_delay_per_address_grows(app, clock):
    """Guesses spread over many accounts from one address meet the address's delay."""
    attacker = client_from(app, ATTACKER)
    waits = []
    for n in range(16):
        response = post_login(attacker, f"person{n}@kommune.example", "wrong guess!!")
        if response.status_code == 429:
            waits.append(retry_after(response))
            clock.advance(seconds=waits[-1])
            response = post_login(attacker, f"person{n}@kommune.example", "wrong guess!!")
        assert response.status_code == 401
    free = throttle.POLICIES["ip"].free
    assert len(waits) == 16 - free
    assert waits == [min(2**k, throttle.POLICIES["ip"].max_seconds) for k in range(len(waits))]
    # Another address is not slowed down by this one.
    assert post_login(client_from(app, ELSEWHERE), "person0@kommune.example").status_code == 401


def test_wrong_codes_are_slowed_down_too(app, clock):
    user = make_staff("admin")
    attacker = client_from(app, ATTACKER)  # knows the password, not the phone
    assert post_login(attacker, user.email).status_code == 302
    wrong = "000000" if code_at(user.totp_secret, clock) != "000000" else "111111"
    statuses = [post_code(attacker, wrong).status_code for _ in range(8)]
    free = throttle.POLICIES["account"].free
    assert statuses[:free] == [401] * free and statuses[free + 1] == 429
    # Even the right code is refused until the wait is over.
    assert post_code(attacker, code_at(user.totp_secret, clock)).status_code == 429


def test_a_device_cookie_of_another_user_or_forged_is_not_trusted(app, clock):
    user, other = make_staff("caseworker"), make_staff("caseworker")
    browser = client_from(app, OFFICE)
    log_in(browser, other, clock)  # trusted for `other`, not for `user`
    browser.post("/staff/logout")
    guess_until_refused(client_from(app, ATTACKER), user.email, clock)
    assert post_login(browser, user.email).status_code == 429
    forged = client_from(app, OFFICE)
    forged.set_cookie(throttle.DEVICE_COOKIE, "eyJ1IjoxfQ.forged.signature", path="/staff/")
    assert post_login(forged, user.email).status_code == 429


def test_a_reset_ends_the_trust_of_old_devices(app, clock):
    user = make_staff("caseworker")
    thief = client_from(app, ATTACKER)
    log_in(thief, user, clock)  # e.g. an attacker who had got in
    app.test_cli_runner().invoke(args=["staff", "enrol-link", user.email])
    db.session.refresh(user)
    user_id = user.id
    cookie = thief.get_cookie(throttle.DEVICE_COOKIE, path="/staff/")
    with app.test_request_context():
        assert throttle.trusted_device(cookie.value, db.session.get(type(user), user_id)) is None


def test_a_trusted_device_has_its_own_delay(app, clock):
    """A stolen laptop's cookie gives no free guessing: its own count slows it down."""
    user = make_staff("caseworker")
    browser = client_from(app, OFFICE)
    log_in(browser, user, clock)
    browser.post("/staff/logout")
    assert guess_until_refused(browser, user.email, clock) == throttle.POLICIES["device"].free


def test_old_counts_are_forgotten(app, clock):
    user = make_staff("caseworker")
    attacker = client_from(app, ATTACKER)
    for n in range(throttle.POLICIES["account"].free - 1):
        post_login(attacker, user.email, f"wrong {n}")
    clock.advance(seconds=throttle.FORGET_AFTER.total_seconds() + 1)
    for n in range(throttle.POLICIES["account"].free - 1):
        assert post_login(attacker, user.email, f"wrong again {n}").status_code == 401
    assert db.session.get(LoginThrottle, f"acct:{user.id}").failures == (
        throttle.POLICIES["account"].free - 1
    )
    assert throttle.purge_old(clock.now + timedelta(days=2)) >= 1


def test_delays_double_up_to_the_cap():
    policy = throttle.POLICIES["account"]
    assert throttle.delay("account", policy.free - 1) == timedelta(0)
    assert throttle.delay("account", policy.free) == timedelta(seconds=policy.base_seconds)
    assert throttle.delay("account", policy.free + 3) == timedelta(seconds=policy.base_seconds * 8)
    assert throttle.delay("account", 10_000) == timedelta(seconds=policy.max_seconds)
