"""Every fact intent is answered from the municipality's own profile, in the citizen's
language; a fact the municipality's seed does not give points to the general contact."""

import asyncio

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import actions, facts
from bot.actions.profile import reset_profile, use_profile
from portal.chat.driver import BOT_DIR
from portal.chat.nlu import read_examples
from portal.municipality import load_profile, localized

DOMAIN = yaml.safe_load((BOT_DIR / "domain.yml").read_text(encoding="utf-8"))
RULES = yaml.safe_load((BOT_DIR / "data" / "rules.yml").read_text(encoding="utf-8"))["rules"]
MUNICIPALITIES = ("hedensted", "vordingborg")
LANGS = ("da", "en")

# What each answer must carry, per municipality and language (from the seeds: Hedensted
# 002, Vordingborg 000). None: the seed is silent, so the answer is "not stated" plus the
# general contact.
EXPECTED = {
    ("evaluation", "vordingborg"): {"da": "Senest efter 20 uger", "en": "After 20 weeks"},
    ("evaluation", "hedensted"): None,
    ("provider", "hedensted"): {"da": "Mestringsenheden", "en": "Mestringsenheden"},
    ("provider", "vordingborg"): {
        "da": "Rådgivningen i Center for Psykiatri og Handicap",
        "en": "Centre for Psychiatry and Disability",
    },
    ("s85_alongside", "hedensted"): {
        "da": "Får du allerede § 85-støtte",
        "en": "If you already get section 85 support",
    },
    ("s85_alongside", "vordingborg"): None,
    ("not_covered", "vordingborg"): {"da": "efter andre love", "en": "under other laws"},
    ("not_covered", "hedensted"): None,
    ("video_equipment", "vordingborg"): {"da": "udstyr og internet", "en": "own equipment"},
    ("video_equipment", "hedensted"): None,
    ("transport", "hedensted"): {"da": "transport", "en": "transport"},
    ("transport", "vordingborg"): {"da": "komme frem", "en": "get to groups"},
    ("response_time", "vordingborg"): {"da": "senest 10 dage", "en": "no later than 10 days"},
    ("response_time", "hedensted"): {"da": "ikke en fast frist", "en": "no fixed deadline"},
    ("cpr_number", "hedensted"): {"da": "Skriv aldrig dit CPR-nummer", "en": "Never write"},
    ("cpr_number", "vordingborg"): {"da": "Skriv aldrig dit CPR-nummer", "en": "Never write"},
    ("where", "hedensted"): {"da": "Tørring", "en": "Tørring"},
    ("where", "vordingborg"): {"da": "video", "en": "video"},
    ("price", "hedensted"): {"da": "gratis", "en": "free"},
    ("price", "vordingborg"): {"da": "gratis", "en": "free"},
    ("duration", "hedensted"): {"da": "6 måneder", "en": "6 months"},
    ("duration", "vordingborg"): {"da": "6 måneder", "en": "6 months"},
    ("contact_hours", "hedensted"): {"da": "79 75 58 20", "en": "79 75 58 20"},
    ("complaints", "vordingborg"): {"da": "chefen for Psykiatri", "en": "head of Psychiatry"},
    ("complaints", "hedensted"): {"da": "bestemt opgave", "en": "specific task"},
    ("requirements", "vordingborg"): {"da": "selv ønske hjælpen", "en": "want the help"},
    ("open_counselling", "hedensted"): {"da": "24 60 97 77", "en": "24 60 97 77"},
}


def faq_reply(municipality: str, intent: str, lang: str) -> dict:
    token = use_profile(municipality)
    try:
        tracker = Tracker(
            "s",
            {"language": lang},
            {"text": "", "intent": {"name": intent, "confidence": 1.0}, "entities": []},
            [],
            False,
            None,
            {},
            None,
        )
        dispatcher = CollectingDispatcher()
        asyncio.run(actions.ActionAnswerFaq().run(dispatcher, tracker, DOMAIN))
    finally:
        reset_profile(token)
    return dispatcher.messages[0]


def not_stated(municipality: str, lang: str) -> str:
    return facts.not_stated_text(load_profile(municipality), lang)


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("intent", sorted(facts.FAQ))
def test_every_fact_intent_is_answered_in_the_citizens_language(intent, lang, municipality):
    text = faq_reply(municipality, intent, lang)["text"]
    assert text.strip()
    other = faq_reply(municipality, intent, "en" if lang == "da" else "da")["text"]
    assert text != other  # translated, not one language for both
    expected = EXPECTED.get((intent, municipality), {})
    if expected is None:
        assert text.endswith(not_stated(municipality, lang))
        contact = load_profile(municipality)["general_contact"]
        assert contact["url"] in text
        assert localized(contact["text"], lang) in text
    elif expected:
        assert expected[lang] in text
        assert not_stated(municipality, lang) not in text


def test_a_fact_one_municipality_states_is_never_borrowed_by_the_other():
    # Vordingborg's 20-week evaluation must not reach a Hedensted citizen, nor Hedensted's
    # § 85 paragraph a Vordingborg citizen.
    for lang in LANGS:
        assert "20" not in faq_reply("hedensted", "evaluation", lang)["text"]
        assert "85" not in faq_reply("vordingborg", "s85_alongside", lang)["text"]
        assert "Mestringsenheden" not in faq_reply("vordingborg", "provider", lang)["text"]


def test_not_stated_answer_is_danish_for_danes_and_english_for_the_english():
    assert not_stated("hedensted", "da").startswith("Det har kommunen ikke")
    assert not_stated("hedensted", "en").startswith("The municipality has not stated")


def test_every_fact_intent_is_in_the_domain_has_a_rule_and_training_examples():
    ruled = {
        rule["steps"][0]["intent"]
        for rule in RULES
        if rule["steps"][-1] == {"action": "action_answer_faq"}
    }
    trained = {intent for _, intent in read_examples()}
    for intent in facts.FAQ:
        assert intent in DOMAIN["intents"], intent
        assert intent in ruled, intent
        assert intent in trained, intent


def test_an_unknown_intent_gets_the_default_reply_not_a_fact():
    message = faq_reply("hedensted", "no_such_intent", "da")
    assert message.get("response") == "utter_default"
