"""The staff workspace in a real browser: a lead logs in with TOTP, finds a new
application and assigns it; a caseworker moves it to granted. axe reports 0 violations on
the login, code, set-up link, account/password, queue and case pages (phone, tablet and
desktop widths, both languages, error states included); the idle-timeout warning works
with the keyboard (a fake clock, no waiting)."""

import pyotp
import pytest
from playwright.sync_api import expect

from portal.extensions import db
from portal.services import enrolment
from tests.browser.conftest import DESKTOP, PHONE, assert_accessible
from tests.staff.factories import PASSWORD, make_case, make_staff
from tests.support.staff_login import login

TABLET = 768
NEW_PASSWORD = "quiet otter mapping tulips"


@pytest.fixture
def people(app):
    with app.app_context():
        lead = make_staff("lead", display_name="Lene Leder")
        worker = make_staff("caseworker", display_name="Carsten Sagsbehandler")
        case = make_case(name="Nina Nyansøger", description="<b>fed</b> tekst")
        data = {
            "secret": lead.totp_secret,
            "lead": lead.email,
            "worker": worker.email,
            "worker_secret": worker.totp_secret,
            "worker_name": worker.display_name,
            "case_id": case.id,
            "reference": case.reference,
        }
        db.session.remove()
    return data


def log_in(page, base, email, secret, lang="en"):
    login(page, base, email, PASSWORD, secret, lang=lang)
    page.wait_for_url(f"{base}/staff/")


def log_out(page):
    page.locator("header button[type=submit]").click()
    page.wait_for_url("**/staff/login**")


def test_lead_assigns_and_caseworker_grants(live_server, page_at, people):
    base = live_server.url
    page = page_at(DESKTOP)
    log_in(page, base, people["lead"], people["secret"])
    assert page.locator("h1").inner_text() == "Today"

    page.locator(".ti-filters summary").click()  # the filters are folded away
    page.locator("#q").fill(people["reference"])
    # The case is listed before the filter too: click the link on the filtered page.
    with page.expect_navigation():
        page.get_by_role("button", name="Show cases").click()
    page.get_by_role("link", name=people["reference"]).click()
    expect(page.locator("h1")).to_contain_text(people["reference"], use_inner_text=True)
    # Citizen text is shown as text, not markup.
    expect(page.locator("#description")).to_have_text("<b>fed</b> tekst", use_inner_text=True)

    page.locator("#assignee").select_option(label=people["worker_name"])
    page.get_by_role("button", name="Save assignment").click()
    expect(page.get_by_text("The assignment is saved.")).to_be_visible()
    expect(page.get_by_text(f"Assigned to {people['worker_name']}.")).to_be_visible()
    log_out(page)

    log_in(page, base, people["worker"], people["worker_secret"])
    page.locator(".ti-filters summary").click()
    page.locator("#assignee").select_option(label=people["worker_name"])
    with page.expect_navigation():
        page.get_by_role("button", name="Show cases").click()
    page.get_by_role("link", name=people["reference"]).click()
    page.get_by_label("In review").check()
    page.get_by_role("button", name="Save status").click()
    expect(page.get_by_text("The status is changed.")).to_be_visible()
    page.get_by_label("Granted: group", exact=True).check()
    page.locator("#reason").fill("Borgeren passer til gruppeforløbet.")
    page.get_by_role("button", name="Save status").click()
    page.locator("#confirm").click()  # a decision is confirmed on a page of its own
    expect(page.locator("#case-summary")).to_contain_text("Granted: group", use_inner_text=True)
    expect(page.locator("#evaluation-due")).to_be_visible()
    expect(page.locator("#end-date")).to_be_visible()
    assert_accessible(page, "case page after granting")


@pytest.mark.parametrize("width", [DESKTOP, TABLET])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_staff_pages_have_no_axe_violations(live_server, page_at, people, width, lang):
    base = live_server.url
    page = page_at(width)
    page.goto(f"{base}/staff/login?lang={lang}")
    assert_accessible(page, f"login ({lang}, {width}px)")
    page.locator("#email").fill("nobody@kommune.example")
    page.locator("#password").fill("wrong")
    page.locator("main button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"login error ({lang}, {width}px)")

    page.locator("#email").fill(people["lead"])
    page.locator("#password").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/staff/login/code**")
    assert_accessible(page, f"code page ({lang}, {width}px)")
    page.locator("#code").fill(pyotp.TOTP(people["secret"]).now())
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"{base}/staff/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert_accessible(page, f"queue ({lang}, {width}px)")

    page.goto(f"{base}/staff/?received_from=bad&lang={lang}")
    assert_accessible(page, f"queue with error ({lang}, {width}px)")

    page.goto(f"{base}/staff/cases/{people['case_id']}?lang={lang}")
    assert_accessible(page, f"case ({lang}, {width}px)")
    page.locator("form[action$='/status'] button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"case with errors ({lang}, {width}px)")

    page.goto(f"{base}/staff/statistics?lang={lang}")
    assert_accessible(page, f"statistics ({lang}, {width}px)")


def test_timeout_warning_and_stay_logged_in(live_server, page_at, people):
    base = live_server.url
    page = page_at(DESKTOP)
    page.clock.install()
    log_in(page, base, people["worker"], people["worker_secret"])
    warning = page.locator("#session-timeout")
    expect(warning).to_be_hidden()
    timeout = int(warning.get_attribute("data-timeout"))
    warn = int(warning.get_attribute("data-warn"))
    page.clock.run_for((timeout - warn + 1) * 1000)
    expect(warning).to_be_visible()
    stay = page.get_by_role("button", name="Stay logged in")
    # The warning takes the focus, so a keyboard user can answer it at once.
    expect(page.locator("#session-timeout-stay")).to_be_focused()
    assert_accessible(page, "timeout warning")
    stay.press("Enter")
    warning.wait_for(state="hidden")
    # Still logged in after the renewal.
    page.goto(f"{base}/staff/account")
    assert page.url.endswith("/staff/account")


@pytest.mark.parametrize("width", [DESKTOP, TABLET])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_admin_pages_have_no_axe_violations(app, live_server, page_at, width, lang):
    with app.app_context():
        admin = make_staff("admin")
        secret = admin.totp_secret
        other = make_staff("caseworker")
        case = make_case()
        email, other_id, case_ref = admin.email, other.id, case.reference
        db.session.remove()
    base = live_server.url
    page = page_at(width)
    log_in(page, base, email, secret, lang=lang)
    for path in (
        "/staff/admin/users",
        f"/staff/admin/users/{other_id}",
        f"/staff/admin/audit?case={case_ref}",
        "/staff/admin/audit?case=nothing",
        "/staff/admin/retention",
        "/staff/account",
    ):
        page.goto(f"{base}{path}{'&' if '?' in path else '?'}lang={lang}")
        assert_accessible(page, f"{path} ({lang}, {width}px)")
    page.goto(f"{base}/staff/admin/users?lang={lang}")
    page.locator("form[action$='/admin/users'] button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"create user with errors ({lang}, {width}px)")
    page.goto(f"{base}/staff/admin/users/{other_id}?lang={lang}")
    page.locator("form[action$='/enrol-link'] button[type=submit]").click()
    expect(page.locator("#enrol-link")).to_contain_text("/staff/enrol/", use_inner_text=True)
    assert_accessible(page, f"new set-up link shown ({lang}, {width}px)")


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_set_up_link_and_password_pages_have_no_axe_violations(
    app, live_server, page_at, width, lang
):
    """The set-up link's two steps and the account page's password change, error states
    included, at phone and desktop widths in both languages; the user ends logged in."""
    with app.app_context():
        user = make_staff("caseworker", totp_secret=None, password=None)
        email = user.email
        link = enrolment.issue_link(user, new_password=True)
        db.session.remove()
    base = live_server.url
    page = page_at(width)
    path = link.split("/staff/enrol/", 1)[1]
    page.goto(f"{base}/staff/enrol/{path}?lang={lang}")
    assert_accessible(page, f"enrol: choose a password ({lang}, {width}px)")
    page.locator("#password").fill("password1234")
    page.locator("#password_repeat").fill("password1234")
    page.locator("main button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"enrol: common password refused ({lang}, {width}px)")
    page.locator("#password").fill(NEW_PASSWORD)
    page.locator("#password_repeat").fill(NEW_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/staff/enrol/app**")
    expect(page.locator(".ti-qr svg")).to_be_visible()
    assert_accessible(page, f"enrol: app ({lang}, {width}px)")
    page.locator("#code").fill("000000")
    page.locator("main button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"enrol: wrong code ({lang}, {width}px)")
    secret = page.locator("#totp-secret").inner_text().replace(" ", "")
    page.locator("#code").fill(pyotp.TOTP(secret).now())
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"{base}/staff/")

    page.goto(f"{base}/staff/account?lang={lang}")
    assert_accessible(page, f"account and password form ({lang}, {width}px)")
    page.locator("#current_password").fill("not my password!!")
    page.locator("#new_password").fill("aaaaaaaaaaaa")
    page.locator("#new_password_repeat").fill("aaaaaaaaaaaa")
    page.locator("form[action$='/account/password'] button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"password change with errors ({lang}, {width}px)")

    # The login and code pages, the refusal of a user without an app included.
    page.locator("header button[type=submit]").click()
    page.wait_for_url("**/staff/login**")
    assert_accessible(page, f"login, logged out ({lang}, {width}px)")
    with app.app_context():
        no_app = make_staff("lead", totp_secret=None).email
        db.session.remove()
    page.locator("#email").fill(no_app)
    page.locator("#password").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"login without an app ({lang}, {width}px)")
    page.goto(f"{base}/staff/login?error=link&lang={lang}")
    assert_accessible(page, f"login, set-up link not valid ({lang}, {width}px)")
    page.locator("#email").fill(email)
    page.locator("#password").fill(NEW_PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/staff/login/code**")
    assert_accessible(page, f"code page ({lang}, {width}px)")
    page.locator("#code").fill("000000" if pyotp.TOTP(secret).now() != "000000" else "111111")
    page.locator("main button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    assert_accessible(page, f"code page with error ({lang}, {width}px)")
