"""Fact questions and eligibility through the chat webhook, as a citizen types them."""

import pytest

from portal.chat import nlu
from tests.chat.conftest import say, texts


@pytest.fixture(scope="module", autouse=True)
def trained_classifier():
    """Train the classifier before the first turn, as wsgi.py does before gunicorn forks:
    training inside a turn would eat the turn's deadline on a busy machine."""
    nlu.classifier()


@pytest.mark.parametrize(
    ("message", "lang", "expected"),
    [
        ("skal jeg skrive mit CPR-nummer her", "da", "Skriv aldrig dit CPR-nummer"),
        ("should I write my cpr number here?", "en", "Never write your CPR number"),
        ("hvem leverer tilbuddet", "da", "Mestringsenheden"),
        ("hvad koster det", "da", "gratis"),
        ("kan jeg få det ved siden af min § 85 støtte", "da", "§ 85"),
    ],
)
def test_a_fact_question_gets_the_fact(client, message, lang, expected):
    assert expected in texts(say(client, message, lang))


def test_a_fact_the_seed_does_not_give_points_to_the_general_contact(client):
    reply = texts(say(client, "hvad skal jeg bruge af udstyr til videomøder", "da"))
    assert "Det har kommunen ikke skrevet noget om" in reply
    assert "https://www.hedensted.dk" in reply


@pytest.mark.parametrize(
    ("message", "lang"), [("kan jeg få hjælp?", "da"), ("am I eligible", "en")]
)
def test_eligibility_leads_to_the_check_not_a_fact(client, message, lang):
    messages = say(client, message, lang)
    asked = [m.get("custom", {}).get("question") for m in messages]
    assert any(asked), messages  # a screening question is asked
    assert "Mestringsenheden" not in texts(messages)
