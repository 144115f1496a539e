"""Every staff route, from the URL map: anonymous requests go to the login page or are
refused; each role is refused the pages above it. A new route fails here until it is
given its minimum role below."""

import re

import pytest

from tests.staff.conftest import login_as
from tests.staff.factories import make_case, make_staff

# None: public (the login steps themselves).
MIN_ROLE = {
    "staff.login": None,
    "staff.login_code": None,
    "staff.enrol": None,
    "staff.enrol_app": None,
    "staff.logout": None,
    "staff.queue": "caseworker",
    "staff.case": "caseworker",
    "staff.reveal_cpr": "caseworker",
    "staff.change_status": "caseworker",
    "staff.add_note": "caseworker",
    "staff.take": "caseworker",
    "staff.log_contact": "caseworker",
    "staff.start_planning": "caseworker",
    "staff.start_course": "caseworker",
    "staff.hold_evaluation": "caseworker",
    "staff.letter": "caseworker",
    "staff.letter_pdf": "caseworker",
    "staff.send_letter": "caseworker",
    "staff.bulk_assign": "lead",
    "staff.extend_session": "caseworker",
    "staff.account": "caseworker",
    "staff.change_password": "caseworker",
    "staff.assign": "lead",
    "staff.export": "lead",
    "staff.statistics_page": "lead",
    "staff.statistics_csv": "lead",
    "staff.admin_users": "admin",
    "staff.admin_create_user": "admin",
    "staff.admin_user": "admin",
    "staff.admin_enrol_link": "admin",
    "staff.admin_audit": "admin",
    "staff.admin_retention": "admin",
    "staff.admin_retention_purge": "admin",
    "staff.admin_outbox": "admin",
}
ROLES = ("caseworker", "lead", "admin")


def staff_requests(app, ids):
    """(endpoint, method, url) for every staff rule and method."""
    out = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("staff."):
            continue
        url = re.sub(r"<(?:int:)?(\w+)>", lambda m: str(ids[m.group(1)]), rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((rule.endpoint, method, url))
    return out


@pytest.fixture
def ids(ctx):
    case = make_case()
    other = make_staff("caseworker")
    return {"case_id": case.id, "user_id": other.id, "token": "not-a-set-up-link"}


def test_every_staff_route_is_classified(app):
    endpoints = {r.endpoint for r in app.url_map.iter_rules() if r.endpoint.startswith("staff.")}
    assert endpoints == set(MIN_ROLE)
    assert all(
        r.rule.startswith("/staff/")
        for r in app.url_map.iter_rules()
        if r.endpoint.startswith("staff.")
    )


def test_anonymous_is_sent_to_login_or_refused(app, ids):
    client = app.test_client()
    checked = 0
    for endpoint, method, url in staff_requests(app, ids):
        response = client.open(url, method=method)
        if endpoint == "staff.login":
            assert response.status_code in (200, 400, 401)  # 400: the form is empty
            continue
        assert response.status_code in (302, 401, 403), (endpoint, method, response.status_code)
        if response.status_code == 302:
            assert response.location.split("?")[0].endswith("/staff/login"), (endpoint, url)
        checked += 1
    assert checked >= len(MIN_ROLE) - 1


@pytest.mark.parametrize("role", ROLES)
def test_roles_are_refused_pages_above_them(app, ids, role):
    user = make_staff(role)
    refused, allowed = [], []
    for endpoint, method, url in staff_requests(app, ids):
        needed = MIN_ROLE[endpoint]
        if needed is None or endpoint == "staff.logout":
            continue
        client = app.test_client()
        login_as(client, user)
        status = client.open(url, method=method).status_code
        if ROLES.index(role) < ROLES.index(needed):
            assert status == 403, (role, endpoint, method, status)
            refused.append(endpoint)
        else:
            assert status != 403 and status < 500, (role, endpoint, method, status)
            allowed.append(endpoint)
    if role == "caseworker":
        assert {"staff.export", "staff.statistics_page", "staff.admin_users"} <= set(refused)
    if role == "admin":
        assert not refused


def test_staff_pages_are_not_cached(as_role, ids):
    client, _ = as_role("caseworker")
    response = client.get(f"/staff/cases/{ids['case_id']}")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


def test_forms_need_a_csrf_token(make_app):
    from portal.extensions import db

    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        case = make_case()
        user = make_staff("caseworker")
        client = app.test_client()
        login_as(client, user)
        response = client.post(f"/staff/cases/{case.id}/notes", data={"note": "x"})
        assert response.status_code == 400
        assert db.session.get(type(case), case.id).events[-1].kind == "received"
        page = client.get(f"/staff/cases/{case.id}").get_data(as_text=True)
        assert 'name="csrf_token"' in page
        for form in re.findall(r"<form[^>]*>", page):
            assert 'method="post"' in form or 'method="get"' in form
