"""The citizen journey's server-side rules (issue 13): the quick exit on every citizen page
and its profile keys, the header, "already sent" after the receipt, exclusive answers
refused without JavaScript, outcome pages that lead with the next step, the confirmation
that replaces the consent box, and the new colours' contrast."""

import re
from types import MappingProxyType

import pytest
import yaml
from wtforms.fields.core import UnboundField

from portal.citizen.application_forms import SubmitForm
from portal.municipality.profile import PROFILE_DIR, ProfileError, validate_profile
from portal.services import submit
from tests.staff.test_contrast import contrast
from tests.support.application import ABOUT, NEEDS, counts, fill_in, send

CITIZEN_PAGES = ("/", "/contact", "/privacy", "/accessibility", "/crisis", "/check", "/apply")
STICKY = ("/crisis", "/apply", "/check/urgent", "/chat")


def quick_exit(html: str) -> str:
    match = re.search(r'<a id="quick-exit"[^>]*>.*?</a>', html, re.S)
    assert match, "no quick exit on the page"
    return match.group(0)


# --- quick exit ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("path", CITIZEN_PAGES)
def test_every_citizen_page_has_the_quick_exit(make_app, municipality, path, lang):
    app = make_app(municipality)
    html = app.test_client().get(f"{path}?lang={lang}").text
    link = quick_exit(html)
    assert f'href="{app.extensions["municipality"]["quick_exit_url"]}"' in link
    assert 'rel="nofollow noreferrer"' in link
    words = ("Nødudgang:", "Forlad siden") if lang == "da" else ("Emergency:", "Leave this page")
    assert all(word in link for word in words)
    assert re.search(r'<script src="/static/js/quick-exit\.js\?v=\w+" nonce="[^"]*" defer>', html)


def test_the_quick_exit_is_sticky_where_danger_is_likeliest(client):
    for path in STICKY:
        assert "ti-quick-exit--sticky" in client.get(path).text, path
    assert "ti-quick-exit--sticky" not in client.get("/").text


def test_staff_pages_have_no_quick_exit(client):
    html = client.get("/staff/login").text
    assert 'id="quick-exit"' not in html and "quick-exit.js" not in html


def _raw_profile(name="hedensted") -> dict:
    return yaml.safe_load((PROFILE_DIR / f"{name}.yml").read_text(encoding="utf-8"))


def test_a_profile_without_a_neutral_site_is_refused():
    raw = _raw_profile()
    del raw["quick_exit_url"]
    with pytest.raises(ProfileError, match="quick_exit_url"):
        validate_profile(raw, "hedensted")
    raw["quick_exit_url"] = "http://www.dmi.dk"
    with pytest.raises(ProfileError, match="https"):
        validate_profile(raw, "hedensted")


@pytest.mark.parametrize("logo", ["../config.py", "/etc/passwd", "logos/none-such.svg"])
def test_a_logo_must_be_a_file_of_the_portal(logo):
    raw = _raw_profile()
    raw["logo"] = logo
    with pytest.raises(ProfileError, match="logo"):
        validate_profile(raw, "hedensted")


def test_the_header_has_contact_language_and_no_invented_logo(make_app, municipality):
    app = make_app(municipality)
    assert app.extensions["municipality"]["logo"] is None
    header = app.test_client().get("/").text.split("</header>")[0]
    assert 'href="/contact"' in header and 'href="/crisis"' in header
    assert re.search(r'<a class="ti-header-link ti-lang-switch" href="/\?lang=en"', header)
    assert "<img" not in header


def test_a_logo_named_in_the_profile_is_shown(app):
    profile = dict(app.extensions["municipality"], logo="img/icons.svg")
    app.extensions["municipality"] = MappingProxyType(profile)
    header = app.test_client().get("/contact").text.split("</header>")[0]
    assert '<img class="ti-logo" src="/static/img/icons.svg" alt="">' in header


# --- after the receipt ---------------------------------------------------------------


def test_after_the_receipt_every_step_says_already_sent(app, client):
    key = fill_in(client)
    location = send(client, key).headers["Location"]
    reference = location.rsplit("/", 1)[-1]
    for path in ("/apply", "/apply/needs", "/apply/check"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "Du har allerede sendt din ansøgning" in page.text
        assert reference in page.text and f'href="{location}"' in page.text
        assert 'name="name"' not in page.text  # never an empty form
    # A step posted from a page the browser kept does not start a second application.
    assert "Du har allerede sendt" in client.post("/apply", data=ABOUT).text
    assert counts(app)[0] == 1


def test_a_new_application_is_started_only_by_choice(app, client):
    send(client, fill_in(client))
    assert client.post("/apply/new").status_code == 303
    page = client.get("/apply")
    assert 'name="name"' in page.text and "allerede sendt" not in page.text


def test_a_visitor_who_never_applied_gets_the_form(client):
    assert 'name="name"' in client.get("/apply").text
    assert client.post("/apply/new").headers["Location"].endswith("/apply")


# --- exclusive answers ---------------------------------------------------------------


@pytest.mark.parametrize("exclusive", ["none", "dont_know"])
def test_the_check_refuses_an_exclusive_answer_with_others(client, exclusive):
    client.post("/check/urgent", data={"urgent": "no"})
    client.post("/check/age", data={"age": "18_or_over"})
    client.post("/check/areas", data={"areas": ["social_contact"]})
    client.post("/check/impact", data={"impact": "moderate"})
    page = client.post("/check/existing_support", data={"existing_support": [exclusive, "s85"]})
    assert page.status_code == 400
    assert "sammen med andre svar" in page.text
    assert re.search(r'value="s85" checked', page.text)  # what was chosen is kept


def test_exclusive_options_come_last_after_or(client):
    for path in ("/check/existing_support", "/apply/needs"):
        if path.startswith("/check"):
            for qid, value in [("urgent", "no"), ("age", "18_or_over")]:
                client.post(f"/check/{qid}", data={qid: value})
            client.post("/check/areas", data={"areas": ["social_contact"]})
            client.post("/check/impact", data={"impact": "moderate"})
        html = client.get(path).text
        group = html[html.rindex("<fieldset", 0, html.index('name="existing_support"')) :]
        group = group[: group.index("</fieldset>")]
        values = re.findall(r'name="existing_support" value="(\w+)"', group)
        assert values == ["s85", "jobcenter", "other_municipal", "none", "dont_know"], path
        assert group.index(">eller</li>") < group.index('value="none"')
        assert len(re.findall(r"data-exclusive", group)) == 2


def test_the_application_refuses_no_with_other_help(app, client):
    client.post("/apply", data=ABOUT)
    page = client.post("/apply/needs", data=dict(NEEDS, existing_support=["none", "jobcenter"]))
    assert page.status_code == 422
    assert 'href="#existing_support"' in page.text
    assert "»Nej« eller kun »Det ved jeg ikke«" in page.text
    assert NEEDS["description"] in page.text  # nothing entered is lost
    errors = submit.validate_fields(dict(NEEDS, existing_support=["dont_know", "s85"]))
    assert [e.field for e in errors if e.field == "existing_support"] == ["existing_support"]
    assert not [e for e in submit.validate_fields(dict(NEEDS)) if e.field == "existing_support"]


# --- outcome pages -------------------------------------------------------------------


def _walk(client, **overrides):
    answers = {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["social_contact"],
        "impact": "moderate",
        "existing_support": ["s85"],
        "motivation": "yes",
        "format": "group",
        "contact": "phone",
    } | overrides
    for qid, value in answers.items():
        location = client.post(f"/check/{qid}", data={qid: value}).headers["Location"]
        if location.endswith(("/check/result", "/check/answers")) and qid in overrides:
            break
    page = client.get("/check/result").text
    return page[page.index("<main") : page.index("</main>")]


def _next_step(main: str) -> str:
    start = main.index('id="next-step"')
    return main[start : main.index("Hvorfor", start) if "Hvorfor" in main[start:] else None]


def test_crisis_outcome_leads_with_the_emergency_contacts(make_app, municipality):
    client = make_app(municipality).test_client()
    main = _walk(client, urgent="yes")
    first = _next_step(main)
    assert "112" in first and "70 201 201" in first
    assert main.index('id="next-step"') < main.index("reasons-heading")
    assert 'class="button button-primary" href="/apply"' not in main
    assert "Du kan altid søge" in main


def test_under_18_outcome_leads_with_children_and_family(make_app, municipality):
    app = make_app(municipality)
    main = _walk(app.test_client(), age="under_18")
    name = app.extensions["municipality"]["offers"]["children_and_family"]["name"]["da"]
    assert name in _next_step(main)
    assert 'class="button button-primary" href="/apply"' not in main
    assert "Du kan altid søge" in main


def test_eligible_outcome_leads_with_applying(client):
    main = _walk(client)
    assert 'class="button button-primary" href="/apply"' in _next_step(main)
    assert main.count('href="/apply"') == 1  # not offered twice


# --- confirmation, not consent -------------------------------------------------------


def test_the_check_page_asks_for_a_confirmation_not_consent(client):
    assert isinstance(getattr(SubmitForm, submit.CONFIRM_FIELD), UnboundField)
    fill_in(client)
    page = client.get("/apply/check").text
    assert 'name="confirmed"' in page and 'name="consent"' not in page
    assert "Jeg bekræfter, at oplysningerne er rigtige" in page
    assert "beder vi ikke om dit samtykke" in page


def test_the_privacy_page_says_there_is_no_consent(client):
    page = client.get("/privacy").text
    assert "6, stk. 1, litra e" in page or "6(1)(e)" in page
    assert "beder vi ikke om dit samtykke" in page


# --- colours -------------------------------------------------------------------------


@pytest.mark.parametrize("background", ["#B51D09", "#8b1a0b"])
def test_the_quick_exit_colours_meet_aa(background):
    css = (PROFILE_DIR.parent / "static/vendor/dkfds/dkfds-portal.min.css").read_text()
    assert f"background:{background.lower()}" in css.lower()
    assert contrast("#ffffff", background) >= 4.5
