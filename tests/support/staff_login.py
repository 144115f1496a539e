"""Staff login for browser tests (Playwright) and other process-level tests.

    from tests.support.staff_login import login, make_enrolled_staff

    staff = make_enrolled_staff(app, "lead", display_name="Lene Leder")
    login(page, live_server.url, staff.email, staff.password, staff.totp_secret)

`make_enrolled_staff` writes a user who has set up the authenticator app (known password
and TOTP secret), as `staff create` plus the set-up link would leave them. `login` goes
through the real two-step form: e-mail and password, then the 6-digit code.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pyotp

from portal.extensions import db

PASSWORD = "correct horse battery staple"  # the same as tests/staff/factories.PASSWORD


@dataclass(frozen=True)
class StaffLogin:
    id: int
    email: str
    password: str
    totp_secret: str
    role: str
    display_name: str | None


def make_enrolled_staff(app, role: str = "caseworker", **overrides) -> StaffLogin:
    """A committed staff user with a password and an enrolled app (see make_staff)."""
    from tests.staff.factories import make_staff

    password = overrides.pop("password", PASSWORD)
    with app.app_context():
        user = make_staff(role, password=password, **overrides)
        made = StaffLogin(
            user.id, user.email, password, user.totp_secret, user.role, user.display_name
        )
        db.session.remove()
    return made


def login(page, base_url: str, user_email: str, password: str, totp_secret: str, lang="en"):
    """Log in through the forms; ends on the page the login leads to (the queue)."""
    page.goto(f"{base_url}/staff/login?lang={lang}")
    page.locator("#email").fill(user_email)
    page.locator("#password").fill(password)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/staff/login/code**")
    totp = pyotp.TOTP(totp_secret)
    # A code works once. If this user already logged in within the same 30 s, the next
    # step's code is accepted instead (one step of clock drift is allowed): no waiting.
    for at in (time.time(), time.time() + totp.interval):
        page.locator("#code").fill(totp.at(at))
        with page.expect_navigation():  # a form post always loads a page, right or wrong
            page.locator("main button[type=submit]").click()
        if "/staff/login" not in page.url:
            return
    raise AssertionError(f"staff login failed for {user_email}: still on {page.url}")
