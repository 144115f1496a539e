"""The password policy (minimum length, no common or breached password, not the e-mail)
and the user's own password change (current password and a code from the app)."""

import hashlib

import pytest

from portal.extensions import db
from portal.services import password_policy as policy
from portal.services import staff_accounts as accounts
from tests.staff.conftest import code_at, log_in, post_login
from tests.staff.factories import PASSWORD, make_staff

NEW = "quiet otter mapping tulips"


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("password1234", policy.TOO_COMMON),  # the finding's examples
        ("aaaaaaaaaaaa", policy.TOO_COMMON),
        ("qwertyuiop12", policy.TOO_COMMON),
        ("123456789012", policy.TOO_COMMON),
        ("Password123!", policy.TOO_COMMON),
        ("hedensted1234", policy.TOO_COMMON),
        ("kodeord12345", policy.TOO_COMMON),
        ("short", policy.TOO_SHORT),
        ("x" * (policy.MAX_LENGTH + 1), policy.TOO_LONG),
        ("lene.hansen-blue-cactus", policy.CONTAINS_EMAIL),
    ],
)
def test_weak_passwords_are_refused(password, problem):
    assert policy.problems(password, "lene.hansen@kommune.example", "Lene Hansen") == [problem]


@pytest.mark.parametrize("password", [NEW, "correct horse battery staple", "kAj8-vLp2-QmZ9"])
def test_strong_passwords_pass(password):
    assert policy.problems(password, "lene.hansen@kommune.example", "Lene Hansen") == []


def test_the_check_is_quick_for_the_longest_password():
    # zxcvbn's work grows with length: only the first part is checked.
    long = "-".join(hashlib.sha256(str(i).encode()).hexdigest()[:7] for i in range(40))
    assert policy.problems(long[: policy.MAX_LENGTH], "a@b.dk") == []


def change(client, current=PASSWORD, new=NEW, repeat=None, code="", lang="en"):
    return client.post(
        f"/staff/account/password?lang={lang}",
        data={
            "current_password": current,
            "new_password": new,
            "new_password_repeat": new if repeat is None else repeat,
            "code": code,
        },
    )


@pytest.mark.parametrize(
    ("lang", "common", "short"),
    [
        ("en", "This password is too common", "at least 12 characters"),
        ("da", "Adgangskoden er for almindelig", "mindst 12 tegn"),
    ],
)
def test_a_common_password_is_refused_with_a_message_in_both_languages(
    app, clock, lang, common, short
):
    user = make_staff("caseworker")
    client = app.test_client()
    log_in(client, user, clock)
    for weak, message in (("password1234", common), ("aaaaaaaaaaaa", common), ("kort", short)):
        response = change(client, new=weak, code=code_at(user.totp_secret, clock), lang=lang)
        page = response.get_data(as_text=True)
        assert response.status_code == 400 and message in page, weak
        assert 'href="#new_password"' in page  # the error summary points at the field
        clock.advance(seconds=30)
    db.session.refresh(user)
    assert accounts.password_matches(user, PASSWORD)


def test_the_user_changes_their_password_with_the_current_one_and_a_code(app, clock):
    user = make_staff("lead")
    client, other = app.test_client(), app.test_client()
    log_in(client, user, clock)
    log_in(other, user, clock)  # replaces the first session; log the first in again
    log_in(client, user, clock)
    # Without the code, or with the wrong current password: refused, nothing changes.
    no_code = change(client)
    assert no_code.status_code == 400 and "The code is wrong" in no_code.get_data(as_text=True)
    wrong = change(client, current="not my password!!", code=code_at(user.totp_secret, clock))
    assert wrong.status_code == 400
    assert "The current password is wrong." in wrong.get_data(as_text=True)
    clock.advance(seconds=30)
    mismatch = change(client, repeat=NEW + "x", code=code_at(user.totp_secret, clock))
    assert "The two new passwords are not the same." in mismatch.get_data(as_text=True)
    clock.advance(seconds=30)
    ok = change(client, code=code_at(user.totp_secret, clock))
    assert ok.status_code == 302 and ok.location.endswith("/staff/account?done=password")
    page = client.get("/staff/account?done=password&lang=en").get_data(as_text=True)
    assert "Your password is changed." in page
    clock.advance(seconds=30)
    db.session.refresh(user)
    assert accounts.password_matches(user, NEW) and not accounts.password_matches(user, PASSWORD)
    assert post_login(app.test_client(), user.email).status_code == 401
    assert log_in(app.test_client(), user, clock, password=NEW).location.endswith("/staff/")


def test_a_password_change_ends_the_other_sessions(app, clock):
    user = make_staff("caseworker")
    mine, stolen = app.test_client(), app.test_client()
    log_in(mine, user, clock)
    stolen.set_cookie("ti_session", mine.get_cookie("ti_session").value)
    assert stolen.get("/staff/").status_code == 200
    assert change(mine, code=code_at(user.totp_secret, clock)).status_code == 302
    assert mine.get("/staff/account").status_code == 200
    assert stolen.get("/staff/").status_code == 302


def test_the_account_page_offers_the_change_form(as_role):
    client, _user = as_role("caseworker")
    page = client.get("/staff/account?lang=en").get_data(as_text=True)
    for name in ("current_password", "new_password", "new_password_repeat", "code"):
        assert f'name="{name}"' in page
    assert 'action="/staff/account/password"' in page and 'name="csrf_token"' in page
