"""Free text → screening facts, the kinds of round 7 (issue 10 item 2): an age given as a
sentence of its own with the subject dropped ("er 52."), another person asked for without
"min" or by an age only, a relative named with the writer's own life first, someone who
acts on the writer or used to do things for them, impact said as "the rest is fine" or
"quite a big effect", a weak word that is an item of a list, an area set aside with "ud
over det", and everyday words for areas the lexicon missed.

Phrasings written for these tests, by kind, in Danish (also texted without æøå) and
second-language English; each kind has counterparts that must read otherwise, and none is
a near copy of a line of the seen held-out sets (checked at the end).
"""

from pathlib import Path

import pytest

from portal.screening import understanding
from portal.screening.understanding import understand
from tests.support.near_copies import near_copies

# --- age as a sentence of its own --------------------------------------------------------
SENTENCE_AGE = [
    ("min nabo larmer og jeg sover ikke om natten. er 52", "18_or_over"),
    ("er 29, bor alene og har svaert ved at faa gjort rent", "18_or_over"),
    ("hej. er 16 og har det svaert med mine forældre", "under_18"),
    ("føler mig alene. 73 år.", "18_or_over"),
    ("lonely most evenings. 66 years.", "18_or_over"),
    ("hvad nu hvis man er 17 og gerne vil have hjælp", "under_18"),
    ("what if im 15, can i still get help with school stress", "under_18"),
]
NOT_AN_AGE = [
    # a number of years inside a sentence stays a duration, a bare "er 3" after a noun no age
    "jeg har været alene i 5 år og savner nogen at tale med",
    "vi er 4 i familien og pengene slår ikke til",
    "I have lived here for 12 years and know nobody",
]


@pytest.mark.parametrize(("text", "age"), SENTENCE_AGE)
def test_an_age_said_as_a_sentence_of_its_own_is_read(text, age):
    assert understand(text).age == age


@pytest.mark.parametrize("text", NOT_AN_AGE)
def test_a_duration_or_a_family_size_is_no_age(text):
    assert understand(text).age is None


# --- whom it is for -------------------------------------------------------------------------
ASKED_FOR = [
    ("far paa 79 kan ikke selv handle mere og glemmer sine piller", "adult"),
    ("mormor på 88 sidder alene hele dagen", "adult"),
    ("how can I get help for a 14 year old boy who never leaves his room", "child"),
    ("jeg søger hjælp til en 16-årig pige der ikke kommer i skole", "child"),
    ("can you do something for my grandad? he's 84 and very lonely", "adult"),
    ("skriver for min farmor, hun er 91 og kan ikke finde ud af e-boks", "adult"),
    ("my son has autism, he's 27 now and wants to live on his own", "adult"),
    ("min søn har svært ved at komme op om morgenen, han går i 8. klasse", "child"),
]
ABOUT_THE_WRITER = [
    "min overbo råber efter mig på trappen og jeg tør ikke gå ud",
    "my sister keeps shouting at me and I feel like nothing",
    "my daughter bought me a smartphone but I cannot work it, I am a pensioner",
    "min mand ordnede altid regningerne og nu står jeg med det hele selv",
    "my wife always did the paperwork, now I have to and I don't understand it",
    "jeg er pensionist og min søn siger jeg skal have hjælp til min post",
]


@pytest.mark.parametrize(("text", "whom"), ASKED_FOR)
def test_another_person_asked_for_is_read(text, whom):
    assert understand(text).asking_for == whom


@pytest.mark.parametrize("text", ABOUT_THE_WRITER)
def test_a_person_who_acts_on_the_writer_is_only_mentioned(text):
    assert understand(text).asking_for is None


def test_a_parent_writing_about_a_child_who_shouts_still_asks_for_the_child():
    u = understand("min søn på 15 råber af mig hver dag og vil ikke i skole")
    assert (u.asking_for, u.age) == ("child", "under_18")


# --- impact ---------------------------------------------------------------------------------
IMPACT = [
    ("jeg savner nogen at snakke med, ellers går det fint", "mild"),
    ("I miss having a hobby, otherwise I'm fine", "mild"),
    ("rod i mine papirer, men jeg kan godt klare mig", "mild"),
    ("my flat is a mess but I get by", "mild"),
    ("det har ret stor betydning for hvordan min uge går", "moderate"),
    ("the loneliness has quite a big impact on my mood", "moderate"),
    ("ensomheden påvirker min hverdag virkelig virkelig meget", "severe"),
]
NO_IMPACT = [
    "I'm drowning in debt from my phone bills",
    "jeg drukner i gæld efter skilsmissen",
    "jeg klarer mig ikke uden min mor",
]


@pytest.mark.parametrize(("text", "impact"), IMPACT)
def test_impact_in_everyday_words(text, impact):
    assert understand(text).impact == impact


@pytest.mark.parametrize("text", NO_IMPACT)
def test_debt_as_a_flood_or_a_negated_coping_is_no_impact(text):
    assert understand(text).impact in {None, "severe"} and understand(text).impact != "mild"
    if "drown" in text or "drukner" in text:
        assert understand(text).impact is None


def test_drowning_alone_is_still_severe():
    assert understand("honestly I'm drowning, nothing gets done").impact == "severe"


# --- lists and asides -----------------------------------------------------------------------
HOME_MONEY = {"household_structure", "daily_finances"}
LISTS = [
    ("I need help with the basics: laundry, post, money", HOME_MONEY),
    ("hjælp til det hele, opvask, breve, penge", HOME_MONEY),
    ("jeg kan hverken finde ud af penge eller at lave mad", HOME_MONEY),
    ("I manage neither money nor the cooking", HOME_MONEY),
]


@pytest.mark.parametrize(("text", "areas"), LISTS)
def test_a_weak_word_listed_as_a_difficulty_counts(text, areas):
    assert areas <= set(understand(text).areas)


def test_a_weak_word_inside_a_sentence_still_waits_for_stronger_words():
    # "penge" in a longer clause beside a strong area stays weak, as before
    assert set(understand("jeg bruger mange penge på at få gjort rent").areas) == {
        "household_structure"
    }


ASIDE = [
    ("rykkere kommer fordi jeg glemmer regningerne, men ingen gæld ud over det", "debt"),
    ("my letters pile up, but no debt apart from that", "debt"),
]


@pytest.mark.parametrize(("text", "code"), ASIDE)
def test_an_area_denied_with_beyond_that_is_set_aside(text, code):
    u = understand(text)
    assert code not in u.areas
    assert code in u.not_areas


def test_debt_said_plainly_is_still_read():
    assert "debt" in understand("rykkere hver uge og jeg skylder til alle").areas


# --- areas in everyday words ----------------------------------------------------------------
EVERYDAY = [
    ("siden foråret sidder jeg bare derhjemme og laver ingenting", "activities"),
    ("most weeks I just sit at home all day", "activities"),
    ("pengene er væk længe før næste løn", "daily_finances"),
    ("the money is gone by the 20th every month", "daily_finances"),
    ("jeg kan ikke styre hvad jeg bruger på nettet", "daily_finances"),
    ("I can't keep track of what I spend", "daily_finances"),
    ("jeg magter ikke at holde min lejlighed", "household_structure"),
    ("she can't keep her flat tidy anymore", "household_structure"),
    ("jeg mangler nogen at gå en tur med om søndagen", "social_contact"),
    ("would love someone to walk with in the mornings", "social_contact"),
    ("jeg har ingen familie tilbage her i landet", "social_contact"),
    ("at parties I always feel left out", "social_contact"),
    ("my dad doesn't see his friends any more since the move", "social_contact"),
    ("han vasker sig ikke længere og lugter", "personal_care"),
    ("my brother stopped looking after himself", "personal_care"),
    ("I owe money to half my family", "debt"),
]
EVERYDAY_NOT = [
    ("jeg har en stor familie og vi ses tit", "social_contact"),
    ("I manage my money fine", "debt"),
]


@pytest.mark.parametrize(("text", "code"), EVERYDAY)
def test_everyday_words_for_an_area(text, code):
    assert code in understand(text).areas


@pytest.mark.parametrize(("text", "code"), EVERYDAY_NOT)
def test_the_same_words_without_a_difficulty(text, code):
    assert code not in understand(text).areas


def test_a_word_said_twice_is_read_once():
    assert understanding.clauses("det er rigtig rigtig svært") == [["det", "er", "rigtig", "svart"]]
    assert understanding.clauses("jeg er 18 18") == [["jeg", "er", "18", "18"]]


# --- the diagnosis switch (on since round 11: seven writers of eleven record the difficulty
# only, and round 11's unseen writer read six more messages right with it) ---------------
def test_a_diagnosis_beside_a_difficulty_reads_both_when_the_switch_is_off(monkeypatch):
    assert understanding.NAMED_ALONE_ONLY
    monkeypatch.setattr(understanding, "NAMED_ALONE_ONLY", False)
    monkeypatch.setattr(understanding, "AREA_MODEL", False)  # the lexicon's own reading
    text = "I'm dyslexic and the forms from the council beat me"
    assert {"coping_with_disability", "mail_and_authorities"} <= set(understand(text).areas)


def test_the_switch_reads_only_the_difficulty_beside_a_named_diagnosis(monkeypatch):
    monkeypatch.setattr(understanding, "NAMED_ALONE_ONLY", True)
    monkeypatch.setattr(understanding, "AREA_MODEL", False)
    assert set(understand("I'm dyslexic and the forms from the council beat me").areas) == {
        "mail_and_authorities"
    }
    # Round 18: the name alone is no area (five writers of seven since heldout13; the
    # dialogue asks the areas); learning to live with it is still coping with a disability
    assert understand("jeg har lige fået en autisme diagnose").areas == ()
    assert (
        "coping_with_disability"
        in understand("har ADHD og skal lære at leve med det, og opvasken hober sig op").areas
    )


# --- no near copies of the seen held-out sets ----------------------------------------------
DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
# Named one by one: never a glob, so a later unseen set is never read here.
SEEN = [DATA / f"understanding_heldout{n}.yml" for n in ("", "2", "3", "4", "5", "6", "7")]


def _plain(text: str) -> str:
    return " ".join(" ".join(c) for c in understanding.clauses(text))


def test_no_phrasing_here_is_a_near_copy_of_a_seen_set_line():
    import yaml

    seen = [
        _plain(m["text"])
        for path in SEEN
        for m in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    ]
    ours = (
        [t for t, _ in SENTENCE_AGE] + NOT_AN_AGE + [t for t, _ in ASKED_FOR] + ABOUT_THE_WRITER
        + [t for t, _ in IMPACT] + NO_IMPACT + [t for t, _ in LISTS] + [t for t, _ in ASIDE]
        + [t for t, _ in EVERYDAY] + [t for t, _ in EVERYDAY_NOT]
    )  # fmt: skip
    assert _near_copies(ours, seen) == []


def _near_copies(ours: list[str], seen: list[str]) -> list[str]:
    # 0.8 as the other rounds' checks: at 0.7 (never applied before the repair) short
    # everyday clauses such as "påvirker min hverdag meget" matched unrelated lines.
    return near_copies(ours, seen, _plain)


def test_the_near_copy_check_can_fail():
    seen = [_plain("jeg kan ikke finde ud af at betale mine regninger til tiden")]
    copy = "jeg kan ikke finde ud af at betale regninger til tiden"
    assert _near_copies([copy], seen) == [copy]
    assert _near_copies(["min hund trænger til en lang gåtur"], seen) == []
