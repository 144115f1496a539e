"""A staff session ends on the server: after logout, deactivation or a role change, a
copied session cookie no longer opens any staff page."""

from tests.staff.conftest import login_as
from tests.staff.factories import make_staff


def copy_cookie(app, client):
    other = app.test_client()
    cookie = client.get_cookie("ti_session")
    other.set_cookie("ti_session", cookie.value)
    return other


def test_logout_invalidates_a_copied_cookie(app, ctx, as_role):
    client, _user = as_role("caseworker")
    assert client.get("/staff/").status_code == 200
    thief = copy_cookie(app, client)
    assert thief.get("/staff/").status_code == 200
    client.post("/staff/logout")
    response = thief.get("/staff/")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_deactivation_ends_the_session_at_once(app, ctx, as_role):
    client, user = as_role("caseworker")
    admin_client, _admin = as_role("admin")
    assert client.get("/staff/").status_code == 200
    response = admin_client.post(
        f"/staff/admin/users/{user.id}", data={"role": "caseworker", "active": "no"}
    )
    assert response.status_code == 302
    response = client.get("/staff/")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_a_role_change_asks_for_a_new_login(app, ctx, as_role):
    client, user = as_role("lead")
    admin_client, _admin = as_role("admin")
    assert client.get("/staff/statistics").status_code == 200
    admin_client.post(f"/staff/admin/users/{user.id}", data={"role": "caseworker", "active": "yes"})
    assert client.get("/staff/statistics").status_code == 302


def test_a_new_login_replaces_the_old_session(app, ctx):
    user = make_staff("caseworker")
    first, second = app.test_client(), app.test_client()
    login_as(first, user)
    assert first.get("/staff/").status_code == 200
    login_as(second, user)
    assert second.get("/staff/").status_code == 200
    assert first.get("/staff/").status_code == 302
