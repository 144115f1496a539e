"""The intent classifier on the kinds of message issue 10 names, in lines that are in no
training file and no held-out set: the weak boundaries (contact_hours on a weekday vs
out_of_scope, offer_who vs provider, duration vs continue_screening, offer_content told
with a problem vs describe_situation), long messages with the situation first and the
question last, phone-typed and second-language lines; the question clause found where a
joining word ("så", "so", "but") runs the situation and the question together; and the
sixth data pass kept apart from the seen held-out lines it was written after."""

import functools
from pathlib import Path

import pytest
import yaml

from bench.intent_eval import HELDOUT, HELDOUT_FRESH, HELDOUT_FRESH2, line_key, sets_through
from bot.actions.facts import FAQ, section_text
from portal.chat import nlu
from portal.chat.nlu import read_examples
from portal.municipality import load_profile, localized
from tests.support.near_copies import near_copies

SOURCES = Path(__file__).resolve().parents[2] / "bot" / "nlu_source"

KINDS = [
    # contact_hours: a weekday or a time of day is a question about reaching the
    # municipality, never off-topic.
    ("can i ring you wednesday", "contact_hours"),
    ("whats ur phone time", "contact_hours"),
    ("hvornår er der nogen ved telefonen onsdag", "contact_hours"),
    ("kan man ringe til jer om aftenen", "contact_hours"),
    # Somewhere else's opening hours are off-topic.
    ("when does the pharmacy open", "out_of_scope"),
    ("what is the best netflix show", "out_of_scope"),
    # offer_who (whom it is for) vs provider (who helps).
    ("is this for people like students or only old people", "offer_who"),
    ("hvem er tilbuddet beregnet til", "offer_who"),
    ("will it be a pedagogue or a nurse who comes", "provider"),
    ("hvem er det der kommer ud til en", "provider"),
    # duration, not going on with the check's questions.
    ("does the help go on forever", "duration"),
    ("er det noget der stopper igen eller fortsætter det bare", "duration"),
    ("hvor mange mdr kan man faa det", "duration"),
    ("if i apply today when would it start", "response_time"),
    # offer_content: a problem named in a question about what the helper does.
    (
        "could the person from the kommune help my dad sort out his papers and bills he "
        "has let it slide since mum passed",
        "offer_content",
    ),
    # describe_situation: the problem with no question.
    ("i dont really leave my flat anymore and the dishes are piling up", "describe_situation"),
    ("jeg har ikke været ude af lejligheden i 2 uger", "describe_situation"),
    # Long messages, the question last.
    (
        "i had some bad experiences with the system before and i dont really trust social "
        "workers to be honest. who would actually be the person coming to help me, someone "
        "from the municipality or some company",
        "provider",
    ),
    (
        "min pension er ikke stor og der er næsten intet tilbage efter husleje, så jeg skal "
        "vide det inden jeg søger: koster det noget",
        "price",
    ),
    (
        "jeg arbejder til kl 14 hver dag så jeg kan kun ringe om eftermiddagen, er der nogen "
        "der tager telefonen der",
        "contact_hours",
    ),
    (
        "i live out in the countryside and the bus only goes twice a day and i dont drive. "
        "how am i supposed to get to the meetings",
        "transport",
    ),
    (
        "jeg har allerede en bostøtte der kommer en gang om ugen efter paragraf 85. mister "
        "jeg hende hvis jeg søger det her",
        "s85_alongside",
    ),
    # Relatives and second-language English.
    (
        "my mum is 82 and very alone since dad died could she get something like this",
        "eligibility",
    ),
    ("hvor kan min mor søge henne", "how_to_apply"),
    ("i only have an ipad is that ok for the video thing", "video_equipment"),
    # Seventh pass (base20.yml): sums are off-topic, never an answer to a screening
    # question; "no help from the municipality" said as a reply is an answer, not a
    # question about keeping other support; how the talks run (video) is contact_mode;
    # asking to begin the questions, what is left out, what happens when the months end,
    # where the open counselling is, debts with a request for help.
    ("how much is 30 times 7", "out_of_scope"),
    ("hvor meget er 30 gange 7", "out_of_scope"),
    ("no, the kommune doesnt help me with anything at the moment", "answer"),
    ("nej, jeg har ikke nogen støtte fra kommunen for tiden", "answer"),
    ("are you able to do the talks over video", "contact_mode"),
    ("kan samtalerne holdes på video", "contact_mode"),
    ("ok lets start the questions then", "start_screening"),
    ("which things are outside what you do", "not_covered"),
    ("what happens to me when the half year is over, am i on my own", "evaluation"),
    ("where is the open counselling held", "open_counselling"),
    ("jeg er bagud med mine lån, kan i hjælpe mig med det", "debt_money"),
]


@functools.cache
def _training_keys() -> frozenset[str]:
    return frozenset(line_key(t) for t, _ in read_examples())


@pytest.mark.parametrize(("text", "intent"), KINDS, ids=[t[:40] for t, _ in KINDS])
def test_kinds_of_message_get_their_intent(text, intent):
    assert line_key(text) not in _training_keys()
    assert nlu.predict(text).intent == intent


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "jeg har meget svært ved at komme ud af lejligheden så kan møderne foregå "
            "hjemme hos mig",
            "så kan møderne foregå hjemme hos mig",
        ),
        (
            "i find it very hard to leave my flat so could the meetings happen at my place",
            "so could the meetings happen at my place",
        ),
    ],
)
def test_a_joining_word_before_a_question_starts_the_question_clause(text, question):
    assert nlu.classifier().question_focus(text) == question


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "jeg trykkede send på ansøgningen i onsdags, hvem tager kontakt til mig og hvordan",
            "hvem tager kontakt til mig og hvordan",
        ),
        (
            "my application went off on tuesday afternoon, who gets in touch with me and how",
            "who gets in touch with me and how",
        ),
        # The tail's clause before it opens the message: no context left to strip.
        ("hvis min sag i virkeligheden hører til i psykiatrien og ikke hos jer, hvad så", None),
        ("suppose the help I need is under some other law than yours, what then", None),
    ],
)
def test_a_tail_without_a_topic_joins_the_clause_before_it(text, question):
    # "og hvordan", "hvad så", "and how", "what then" name no topic of their own: weighed
    # alone they read as how_to_apply or offer_what (round 12's fresh11).
    assert nlu.classifier().question_focus(text) == question


def test_a_joining_word_without_a_question_after_it_splits_nothing():
    text = "jeg er træt og ked af det og alene hele tiden og min lejlighed flyder helt"
    assert nlu.classifier().question_focus(text) is None


def _pass_six_lines():
    for number in (13, 14, 15, 16, 17, 18, 19):
        data = yaml.safe_load((SOURCES / f"base{number}.yml").read_text(encoding="utf-8"))
        for langs in data.values():
            for lines in langs.values():
                yield from (str(line) for line in lines)


def test_sixth_pass_lines_are_in_the_training_data():
    # build_nlu.py reads every base<N>.yml, not a fixed range.
    assert line_key("can i ring on a tuesday morning") in _training_keys()
    assert line_key("hvad så hvis det ikke har hjulpet til sidst") in _training_keys()


def test_sixth_pass_lines_are_no_near_copies_of_the_seen_held_out_lines():
    # The pass was written after studying fresh2's confusions: none of its lines may be a
    # near-copy (difflib ratio >= 0.8) of a line of fresh2, or equal to a line of the
    # first two sets.
    def keys(path):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [line_key(m) for lang in data.values() for ms in lang.values() for m in ms]

    fresh2 = keys(HELDOUT_FRESH2)
    earlier = set(keys(HELDOUT)) | set(keys(HELDOUT_FRESH))
    lines = _pass_six_lines()
    near = near_copies(lines, fresh2, line_key)
    near += [line for line in lines if line_key(line) in earlier]
    assert near == []


# Reply level, through the whole driver as a citizen's browser turn runs it: the reply
# carries the fact the kind of question asks for, from the municipality's own profile.
MUNICIPALITIES = ("hedensted", "vordingborg")


def _driver_reply(municipality: str, lang: str, text: str) -> str:
    from portal.chat.driver import Driver
    from portal.chat.transports import InProcessTransport

    driver = Driver(InProcessTransport(municipality), load_profile(municipality))
    state = driver.new_state(lang)
    turn = driver.handle("kinds", state, text, lang)
    return "\n".join(m.get("text") or "" for m in turn.messages)


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "can i phone you on a wednesday afternoon"),
        ("da", "ka man ringe til jer om onsdagen"),
    ],
)
def test_a_weekday_question_is_answered_with_the_profiles_phones_and_hours(
    municipality, lang, text
):
    assert line_key(text) not in _training_keys()
    # The phones with their hours, or the general contact where the seed gives no number
    # (Vordingborg's phone is a fill_in).
    profile = load_profile(municipality)
    assert FAQ["contact_hours"](profile, lang) in _driver_reply(municipality, lang, text)


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the person who is in charge of my course, who would that be"),
        ("da", "hvem er det der har ansvaret for mit forløb"),
    ],
)
def test_in_charge_is_answered_with_the_provider_not_the_price(municipality, lang, text):
    assert line_key(text) not in _training_keys()
    profile = load_profile(municipality)
    reply = _driver_reply(municipality, lang, text)
    assert localized(profile["provider"], lang) in reply
    assert section_text(profile, "cost", lang) not in reply


@pytest.mark.parametrize("municipality", MUNICIPALITIES)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "i have no laptop and no webcam, can i still have the video meetings"),
        ("da", "jeg har hverken pc eller webcam, kan jeg så stadig få videosamtalerne"),
    ],
)
def test_no_equipment_for_video_gets_the_equipment_answer(municipality, lang, text):
    assert line_key(text) not in _training_keys()
    profile = load_profile(municipality)
    assert FAQ["video_equipment"](profile, lang) in _driver_reply(municipality, lang, text)


def test_texted_danish_words_are_read_as_the_words_they_stand_for():
    assert nlu.normalise("hva ka i ik hjælpe med") == nlu.normalise("hvad kan i ikke hjælpe med")
    # Only whole words: "ka" in "kaffe" and "ik" in "ikon" stay as typed.
    assert "kan" not in nlu.normalise("kaffe").split()
    assert "ikk" not in nlu.normalise("ikon")


def test_a_texted_negation_keeps_the_question_not_covered():
    text = "hva hjælper i ik med"
    assert line_key(text) not in _training_keys()
    assert nlu.predict(text).intent == "not_covered"


def test_seventh_pass_lines_are_no_near_copies_of_any_held_out_line():
    # base20.yml was written by kind after studying fresh4's confusions: none of its lines
    # may be a near-copy (difflib ratio >= 0.8) of a line of any held-out set that existed
    # then (heldout to fresh4). fresh5 and later were written by engineers who did not
    # read the training data; a few of their lines came out near base20 lines by chance,
    # which says nothing about how base20 was written (the later passes' tests check them).
    held = []
    for path in sets_through("fresh4").values():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        held += [line_key(m) for lang in data.values() for ms in lang.values() for m in ms]
    data = yaml.safe_load((SOURCES / "base20.yml").read_text(encoding="utf-8"))
    lines = [str(line) for langs in data.values() for ls in langs.values() for line in ls]
    assert len(lines) > 100
    assert near_copies(lines, held, line_key) == []
