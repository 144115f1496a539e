import re

import pytest

PAGES = ["/", "/contact", "/privacy", "/accessibility", "/crisis"]


def html_lang(response) -> str:
    return re.search(r'<html lang="(\w+)"', response.get_data(as_text=True)).group(1)


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_page_in_both_languages_and_municipalities(make_app, municipality, path, lang):
    client = make_app(municipality).test_client()
    response = client.get(f"{path}?lang={lang}")
    assert response.status_code == 200
    assert html_lang(response) == lang
    text = response.get_data(as_text=True)
    name = {"hedensted": "Hedensted", "vordingborg": "Vordingborg"}[municipality]
    assert name in text
    # Emergency help is one click away from every page.
    assert 'href="/crisis"' in text


def test_danish_is_the_default(client):
    response = client.get("/")
    assert html_lang(response) == "da"
    assert "Tidlig forebyggende indsats" in response.get_data(as_text=True)


def test_hedensted_offer_page_facts(make_app):
    for lang, six_months in (("da", "6 måneder"), ("en", "6 months")):
        text = make_app("hedensted").test_client().get(f"/?lang={lang}").get_data(as_text=True)
        assert "79 75 58 20" in text
        assert "24 60 97 77" in text
        for town in ("Tørring", "Hedensted", "Juelsminde"):
            assert town in text
        assert "Vestergade 7-9, 8723 Løsning" in text
        assert six_months in text


def test_vordingborg_offer_page_facts(make_app):
    client = make_app("vordingborg").test_client()
    da = client.get("/?lang=da").get_data(as_text=True)
    assert "senest 10 dage" in da
    assert "20 uger" in da
    assert "chefen for Psykiatri og Handicap" in da
    en = client.get("/?lang=en").get_data(as_text=True)
    assert "10 days" in en and "20 weeks" in en
    # The seed has no phone number: the page points to the general contact instead.
    assert "vordingborg.dk" in da
    assert "79 75 58 20" not in da


def test_language_choice_is_remembered_and_stays_on_the_same_page(client):
    response = client.get("/privacy?lang=en")
    assert "ti_lang=en" in response.headers["Set-Cookie"]
    assert html_lang(client.get("/contact")) == "en"
    # The footer switch links to the same page in the other language.
    text = client.get("/contact").get_data(as_text=True)
    assert 'href="/contact?lang=da"' in text
    assert html_lang(client.get("/contact?lang=da")) == "da"


def test_language_switch_keeps_other_query_arguments(client):
    text = client.get("/contact?lang=en&x=1").get_data(as_text=True)
    assert 'href="/contact?x=1&amp;lang=da"' in text


def test_unknown_language_falls_back_to_danish(client):
    assert html_lang(client.get("/?lang=xx")) == "da"


def test_crisis_page_shows_national_numbers(client):
    text = client.get("/crisis").get_data(as_text=True)
    assert 'href="tel:112"' in text
    assert "70 201 201" in text


def test_privacy_notice_states_retention_and_rights(make_app, municipality):
    text = make_app(municipality).test_client().get("/privacy").get_data(as_text=True)
    assert "12 måneder" in text
    assert "Datatilsynet" in text
