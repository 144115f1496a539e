"""The web questionnaire: plain form POSTs and redirects, answers server-side as codes."""

import re
import time

import pytest

from portal.extensions import db
from portal.models import Case, VisitorState
from portal.services import visitor
from tests.support.application import give_screening_answers, visitor_answers

FULL = [
    ("urgent", "no"),
    ("age", "18_or_over"),
    ("areas", ["social_contact", "debt"]),
    ("impact", "moderate"),
    ("existing_support", ["s85"]),
    ("motivation", "yes"),
    ("format", "group"),
    ("contact", "phone"),
]


def answer(client, question_id, value, query=""):
    return client.post(f"/check/{question_id}{query}", data={question_id: value})


def walk(client, **overrides):
    """Answer along the path as a visitor would, following each redirect; returns the
    last redirect target."""
    given = dict(FULL) | overrides
    location = "/check/urgent"
    while re.fullmatch(r"/check/\w+", location) and location not in (
        "/check/answers",
        "/check/result",
    ):
        qid = location.rsplit("/", 1)[1]
        response = answer(client, qid, given[qid])
        assert response.status_code == 302, (qid, response.status_code)
        location = response.headers["Location"]
    return location


def text_of(response) -> str:
    return response.get_data(as_text=True)


def main_of(response) -> str:
    page = text_of(response)
    return page[page.index("<main") : page.index("</main>")]


def stored_answers(app, client) -> dict:
    return visitor_answers(app, client)


# --- start page ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("da", ["Tjek om tilbuddet passer til dig", "2 minutter", "anonymt", "ikke en afgørelse"]),
        ("en", ["Check if the offer suits you", "2 minutes", "anonymous", "not a decision"]),
    ],
)
def test_start_page_says_how_long_anonymous_and_guidance(client, lang, words):
    response = client.get(f"/check?lang={lang}")
    assert response.status_code == 200
    for word in words:
        assert word in text_of(response)
    assert 'href="/check/urgent"' in text_of(response)


def test_offer_page_links_to_the_check_and_to_how_we_assess(client):
    page = text_of(client.get("/"))
    assert 'href="/check"' in page
    assert 'href="/how-we-assess"' in page


def test_start_page_offers_to_continue_or_start_again(client, app):
    answer(client, "urgent", "no")
    page = text_of(client.get("/check"))
    assert 'href="/check/age"' in page  # continue where you left off
    response = client.post("/check/restart")
    assert response.headers["Location"] == "/check/urgent"
    assert stored_answers(app, client) == {}


# --- one question per page ------------------------------------------------------------


def test_question_page_has_fieldset_legend_back_link_and_step_indicator(client):
    page = main_of(client.get("/check/urgent"))
    assert "<fieldset" in page and "<legend" in page and "<h1" in page
    assert 'class="back-link" href="/check"' in page
    assert 'class="step-indicator"' in page
    assert "Trin 1 af 9" in page  # 8 questions + "Tjek dine svar"
    assert page.count("Tjek dine svar") == 2  # the last step, in both step views
    assert 'aria-current="step"' in page


def test_full_walk_redirects_question_by_question_to_check_answers(client, app):
    assert walk(client) == "/check/answers"
    saved = stored_answers(app, client)
    assert saved == {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["social_contact", "debt"],
        "impact": "moderate",
        "existing_support": ["s85"],
        "motivation": "yes",
        "format": "group",
        "contact": "phone",
    }


def test_answers_are_not_readable_in_the_cookies(client, app):
    walk(client)
    # Without CSRF tokens (this fixture) and without a draft, the session holds nothing:
    # the answers are not in it.
    assert client.get_cookie(app.config["SESSION_COOKIE_NAME"]) is None
    answers = client.get_cookie(visitor.ANSWERS_COOKIE)
    for code in ("18_or_over", "debt", "social_contact", "moderate"):
        assert code not in answers.value
    assert answers.http_only and answers.same_site == "Lax" and answers.path == "/"
    assert answers.expires is None  # gone when the browser closes


def test_a_step_changes_the_answers_cookie_not_the_session(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    give_screening_answers(
        app, client, {"urgent": "no", "age": "18_or_over", "areas": ["social_contact"]}
    )
    page = text_of(client.get("/check/impact"))
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    session_cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"]).value
    session = app.session_interface.get_signing_serializer(app).loads(session_cookie)
    assert set(session) == {"csrf_token"}

    response = client.post("/check/impact", data={"impact": "severe", "csrf_token": token})
    assert response.status_code == 302
    names = [c.split("=", 1)[0] for c in response.headers.getlist("Set-Cookie")]
    assert names == [visitor.ANSWERS_COOKIE]
    assert client.get_cookie(app.config["SESSION_COOKIE_NAME"]).value == session_cookie
    assert stored_answers(app, client)["impact"] == "severe"
    # The same answer again: nothing to seal, no cookie sent.
    again = client.post("/check/impact", data={"impact": "severe", "csrf_token": token})
    assert again.status_code == 302 and "Set-Cookie" not in again.headers


def test_back_link_goes_to_the_previous_question_on_the_path(client):
    walk(client)
    assert 'class="back-link" href="/check/motivation"' in text_of(client.get("/check/format"))
    walk(client, areas=["debt"])  # the path now ends at motivation
    page = text_of(client.get("/check/answers"))
    assert 'class="back-link" href="/check/motivation"' in page


def test_previous_answer_is_shown_checked(client):
    walk(client)
    page = text_of(client.get("/check/areas"))
    assert re.search(r'value="debt"\s+checked', page)
    assert not re.search(r'value="health"\s+checked', page)


@pytest.mark.parametrize(
    ("question_id", "lang", "message"),
    [
        ("urgent", "da", "Vælg et svar."),
        ("urgent", "en", "Choose one answer."),
        ("areas", "da", "Vælg mindst ét svar."),
        ("areas", "en", "Choose at least one answer."),
    ],
)
def test_nothing_chosen_shows_error_summary_and_field_error(client, question_id, lang, message):
    client.get(f"/check?lang={lang}")
    if question_id == "areas":
        answer(client, "urgent", "no")
        answer(client, "age", "18_or_over")
    response = client.post(f"/check/{question_id}", data={})
    assert response.status_code == 400
    page = main_of(response)
    assert 'id="error-summary"' in page
    assert f'href="#{question_id}"' in page  # the summary links to the first option
    assert f'id="{question_id}-error"' in page
    assert page.count(message) == 2  # summary and by the field
    assert f"<title>{'Fejl:' if lang == 'da' else 'Error:'}" in text_of(response)


def test_unknown_code_is_an_error_not_a_default(client, app):
    response = answer(client, "urgent", "maybe")
    assert response.status_code == 400
    assert "Vælg et svar." in text_of(response)
    assert stored_answers(app, client) == {}


def test_none_with_other_support_is_refused_and_the_choice_kept(client):
    walk(client)
    response = client.post("/check/existing_support", data={"existing_support": ["none", "s85"]})
    assert response.status_code == 400
    page = text_of(response)
    assert "Du kan ikke vælge »Nej« sammen med andre svar." in page
    assert re.search(r'value="s85"\s+checked', page)


def test_unknown_question_is_404(client):
    assert client.get("/check/shoe_size").status_code == 404
    assert client.post("/check/shoe_size", data={"shoe_size": "42"}).status_code == 404


def test_cannot_jump_ahead_of_the_first_open_question(client):
    assert client.get("/check/impact").headers["Location"] == "/check/urgent"
    assert client.post("/check/impact", data={"impact": "mild"}).status_code == 302
    answer(client, "urgent", "no")
    assert client.get("/check/impact").headers["Location"] == "/check/age"
    assert client.get("/check/answers").headers["Location"] == "/check/age"
    assert client.get("/check/result").headers["Location"] == "/check/age"


# --- skipping logic and outcomes ---------------------------------------------------------


def test_crisis_goes_straight_to_the_outcome_with_emergency_contacts_first(client, app):
    response = answer(client, "urgent", "yes")
    assert response.headers["Location"] == "/check/result"
    page = main_of(client.get("/check/result"))
    assert 'href="tel:112"' in page and "70 201 201" in page
    assert page.index('href="tel:112"') < page.index('id="reasons-heading"')
    assert "Vi har ikke sendt noget til kommunen" in page
    # Nothing is queued, and the check-answers page is skipped.
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Case)) == 0
    assert client.get("/check/answers").headers["Location"] == "/check/result"
    assert client.get("/check/age").headers["Location"] == "/check/result"


def test_changing_urgent_to_yes_late_still_goes_straight_to_crisis(client, app):
    walk(client)
    response = answer(client, "urgent", "yes", "?return=answers")
    assert response.headers["Location"] == "/check/result"
    assert stored_answers(app, client) == {"urgent": "yes"}


@pytest.mark.parametrize(
    ("overrides", "stop_after", "heading", "first_offer"),
    [
        (
            {"age": "under_18"},
            "age",
            "Tilbuddet er for voksne, men der er hjælp til unge",
            "Hjælp til børn og unge",
        ),
        (
            {"motivation": "no"},
            "motivation",
            "Råd og vejledning uden ansøgning passer måske bedst til dig lige nu",
            None,
        ),
        (
            {"areas": ["debt"]},
            "motivation",
            "Et andet tilbud kan nok hjælpe dig bedre",
            # Hedensted's seed names economic advice at the Town Hall; Vordingborg's names
            # none, so its profile tells the citizen to ask the municipality.
            {"hedensted": "Økonomisk rådgivning på Rådhuset", "vordingborg": "Spørg kommunen"},
        ),
        (
            {"areas": ["work_or_education"]},
            "motivation",
            "Et andet tilbud kan nok hjælpe dig bedre",
            "Jobcentret",
        ),
        (
            {"impact": "severe"},
            "contact",
            "Du kan søge, og kommunen finder den hjælp, der passer til dig",
            "Tidlig forebyggende indsats",
        ),
        ({}, "contact", "Tilbuddet passer nok til dig", "Tidlig forebyggende indsats"),
    ],
)
def test_each_outcome_in_both_municipalities(
    make_app, municipality, overrides, stop_after, heading, first_offer
):
    client = make_app(municipality).test_client()
    assert walk(client, **overrides) == "/check/answers"
    answers_page = text_of(client.get("/check/answers"))
    assert f'href="/check/{stop_after}?return=answers"' in answers_page
    later = ("format", "contact")
    if stop_after != "contact":
        assert all(f"/check/{q}?return=answers" not in answers_page for q in later)
    page = main_of(client.get("/check/result"))
    assert f"<h1>{heading}</h1>" in page
    assert "Du svarede »" in page
    assert "Du kan altid søge" in page
    offers = re.findall(r'<div class="ti-offer">\s*<h3>([^<]+)</h3>', page)
    assert offers
    if isinstance(first_offer, dict):
        first_offer = first_offer[municipality]
    if first_offer:
        assert offers[0].startswith(first_offer)
    if municipality == "vordingborg":
        assert "79 75 58 20" not in page
        assert "vordingborg.dk" in page


def test_eligible_outcome_shows_hedensted_contacts_in_order(client):
    walk(client)
    page = main_of(client.get("/check/result"))
    offers = re.findall(r'<div class="ti-offer">\s*<h3>([^<]+)</h3>', page)
    assert offers == [
        "Tidlig forebyggende indsats",
        "Mestringsenhedens åbne vejledning",
        "Økonomisk rådgivning på Rådhuset",
    ]
    assert "79 75 58 20" in page and "Vestergade 7-9, 8723 Løsning" in page
    assert "24 60 97 77" in page


def test_reasons_name_the_answers_joined_in_the_language_with_change_links(client):
    walk(client)
    da = main_of(client.get("/check/result?lang=da"))
    assert (
        "Du svarede »At være sammen og snakke med andre og gæld« "
        "til spørgsmålet om »Hvad du vil have hjælp til«."
    ) in da
    assert 'href="/check/areas?return=result"' in da
    en = main_of(client.get("/check/result?lang=en"))
    assert "Because you answered &#34;Being with and talking to other people and debt&#34;" in en


def test_outcome_always_offers_to_apply_and_links_how_we_assess(client, app):
    answer(client, "urgent", "yes")
    page = main_of(client.get("/check/result"))
    assert "Du kan altid søge" in page
    assert 'href="/how-we-assess"' in page
    if "citizen.apply_start" in app.view_functions:
        assert 'href="/apply"' in page


# --- change links ---------------------------------------------------------------------


def test_change_link_from_the_check_page_returns_to_the_check_page(client):
    walk(client)
    page = text_of(client.get("/check/answers"))
    assert 'href="/check/age?return=answers"' in page
    form_page = text_of(client.get("/check/age?return=answers"))
    assert 'class="back-link" href="/check/answers"' in form_page
    assert 'action="/check/age?return=answers"' in form_page
    response = answer(client, "impact", "mild", "?return=answers")
    assert response.headers["Location"] == "/check/answers"


def test_a_change_that_adds_questions_asks_them_then_returns(client):
    walk(client, areas=["debt"])  # format and contact are not asked
    response = answer(client, "areas", ["debt", "health"], "?return=answers")
    assert response.headers["Location"] == "/check/format?return=answers"
    response = answer(client, "format", "both", "?return=answers")
    assert response.headers["Location"] == "/check/contact?return=answers"
    response = answer(client, "contact", "virtual", "?return=answers")
    assert response.headers["Location"] == "/check/answers"


def test_change_link_from_the_outcome_returns_to_the_outcome(client):
    walk(client)
    assert 'class="back-link" href="/check/result"' in text_of(
        client.get("/check/impact?return=result")
    )
    response = answer(client, "impact", "severe", "?return=result")
    assert response.headers["Location"] == "/check/result"
    assert "assessment" not in text_of(client.get("/check/result"))  # codes stay internal
    assert "Socialpædagogisk støtte (§ 85)" in text_of(client.get("/check/result"))


def test_unknown_return_value_is_ignored(client):
    walk(client)
    response = answer(client, "age", "18_or_over", "?return=https://evil.example")
    assert response.headers["Location"] == "/check/areas"


# --- language ----------------------------------------------------------------------------


def test_language_switch_mid_way_keeps_every_answer(client):
    answer(client, "urgent", "no")
    answer(client, "age", "18_or_over")
    answer(client, "areas", ["debt", "health"])
    page = text_of(client.get("/check/areas?lang=en"))
    assert "What would you like help with?" in page
    assert re.search(r'value="debt"\s+checked', page) and re.search(
        r'value="health"\s+checked', page
    )
    for qid, value in FULL[3:]:
        answer(client, qid, value)
    page = text_of(client.get("/check/answers"))
    assert "Check your answers" in page and "Debt" in page and "18 or older" in page
    assert "Looking after my health" in page


# --- how we assess --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "first_rule", "last_rule"),
    [
        ("da", "Har du brug for hjælp lige nu", "Ellers passer tilbuddet nok til dig"),
        ("en", "If you need help right now", "Otherwise the offer is likely to fit you"),
    ],
)
def test_how_we_assess_lists_the_rules_in_order(
    make_app, municipality, lang, first_rule, last_rule
):
    from portal.screening import RULES
    from portal.textcat import translate

    page = main_of(make_app(municipality).test_client().get(f"/how-we-assess?lang={lang}"))
    positions = [page.index(translate(rule.description, lang).split(".")[0]) for rule in RULES]
    assert positions == sorted(positions)
    assert first_rule in page and last_rule in page
    # The questions and their options come from the same module.
    assert translate("Debt", lang) in page


# --- CSRF ---------------------------------------------------------------------------------


def test_question_form_needs_the_csrf_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert client.post("/check/urgent", data={"urgent": "no"}).status_code == 400
    page = text_of(client.get("/check/urgent"))
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post("/check/urgent", data={"urgent": "no", "csrf_token": token})
    assert response.headers["Location"] == "/check/age"


def test_the_answers_stay_in_the_browser_sealed_and_the_server_keeps_none(client, app):
    walk(client)
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(VisitorState)) == 0
    token = client.get_cookie(visitor.ANSWERS_COOKIE).value
    # Sealed: no answer code can be read from the cookie.
    for code in ("social_contact", "debt", "moderate", "s85", "18_or_over"):
        assert code not in token
    assert stored_answers(app, client)["areas"] == ["social_contact", "debt"]


def test_sealed_answers_past_the_profiles_hours_or_tampered_with_are_not_read(client, app):
    walk(client)
    token = client.get_cookie(visitor.ANSWERS_COOKIE).value
    hours = app.extensions["municipality"]["retention"]["visitor_state_hours"]
    with app.app_context():
        keyring = visitor.keyring()
        # The same answers, sealed an hour longer ago than the profile keeps them.
        old = keyring.encrypt_at_time(
            keyring.decrypt(token.encode()), current_time=int(time.time()) - (hours + 1) * 3600
        )
    client.set_cookie(visitor.ANSWERS_COOKIE, old.decode())
    assert client.get("/check/answers").headers["Location"] == "/check/urgent"
    client.set_cookie(
        visitor.ANSWERS_COOKIE, token[:-4] + ("AAAA" if token[-4:] != "AAAA" else "BBBB")
    )
    assert client.get("/check/answers").headers["Location"] == "/check/urgent"
    client.set_cookie(visitor.ANSWERS_COOKIE, token)
    assert client.get("/check/answers").status_code == 200


def test_stored_answers_that_are_no_longer_valid_are_asked_again(client, app):
    walk(client)
    changed = dict(stored_answers(app, client), impact="enormous", colour="blue")
    give_screening_answers(app, client, changed)
    response = client.get("/check/answers")
    assert response.headers["Location"] == "/check/impact"
    assert client.get("/check/impact").status_code == 200
