"""Free text → screening facts (portal.screening.understanding), in Danish and English."""

import pytest

from portal.screening import QUESTIONS
from portal.screening.understanding import fold, lexicon, understand

AREAS = {
    "household_structure": [
        "jeg kan ikke overskue at gøre rent",
        "jeg kan ikke overskue at gore rent",
        "det flyder med opvask og vasketøj hjemme hos mig",
        "jeg har svært ved at få struktur på min hverdag",
        "min lejlighed er helt rodet",
        "I can't keep my flat clean",
        "my home is a mess and I never do the dishes",
        "I struggle with the laundry and the groceries",
    ],
    "activities": [
        "jeg tør ikke gå ud af min lejlighed",
        "jeg tor ikke ga ud af min lejlighed",
        "jeg kommer aldrig ud længere",
        "jeg har angst og bliver hjemme",
        "I don't dare to leave my apartment",
        "I never go out anymore",
        "I'm too anxious to go outside",
    ],
    "social_contact": [
        "jeg er ensom",
        "jeg er så ensomm",
        "jeg har ingen venner",
        "jeg har ikke nogen at snakke med",
        "I feel lonely",
        "I have no friends",
        "I don't have any friends",
    ],
    "conflicts": [
        "jeg skændes hele tiden med min kæreste",
        "der er mange konflikter med naboen",
        "I argue with my family all the time",
        "there is a lot of conflict at home",
    ],
    "daily_finances": [
        "jeg har svært ved at styre mine penge",
        "jeg kan ikke få budgettet til at hænge sammen",
        "jeg glemmer at betale mine regninger",
        "I can't manage my money",
        "I forget to pay my bills",
    ],
    "personal_care": [
        "jeg får ikke taget bad",
        "jeg har svært ved at vaske mig og børste tænder",
        "I don't shower for days",
        "my personal hygiene has slipped",
    ],
    "health": [
        "jeg sover dårligt og er altid træt",
        "jeg har det svært med min søvn",
        "I'm depressed and I sleep badly",
        "I need to look after my health",
    ],
    "mail_and_authorities": [
        "jeg åbner ikke min post",
        "jeg kan ikke finde ud af e-boks",
        "brevene fra kommunen hober sig op",
        "I don't open my letters",
        "dealing with the authorities is too much",
    ],
    "coping_with_disability": [
        # Round 18: a diagnosis named alone is no area (test_understanding_kinds7 NO_AREA);
        # named with what is hard about it, or living with it, it is coping.
        "jeg har ADHD og kæmper med at acceptere det",
        "jeg har en autisme diagnose og skal lære at leve med den",
        "I have autism and find it hard to cope",
        "I need to learn to cope with my disability",
    ],
    "assistive_technology": [
        "en app der kan minde mig om ting",
        "hjælpemidler til min hverdag",
        "technology that reminds me of appointments",
    ],
    "debt": [
        "jeg har gæld",
        "jeg har gaeld",
        "jeg skylder penge til inkasso",
        "I have debts",
        "I owe money to a debt collector",
    ],
    "work_or_education": [
        "jeg vil gerne tilbage til arbejdet",
        "jeg er droppet ud af min uddannelse",
        "I want to find work",
        "I dropped out of school",
    ],
}


@pytest.mark.parametrize(
    ("area", "text"), [(area, text) for area, texts in AREAS.items() for text in texts]
)
def test_each_area_is_read_from_many_phrasings(area, text):
    assert area in understand(text).areas


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        (
            # A diagnosis named beside a difficulty is that difficulty (round 11's switch,
            # NAMED_ALONE_ONLY): the structure of the day is the household.
            "jeg har ADHD og har svært ved at få struktur på min hverdag",
            {"household_structure"},
        ),
        ("jeg har gæld og er meget ensom", {"debt", "social_contact"}),
        (
            "I can't keep my flat clean, I never go out and my post piles up",
            {"household_structure", "activities", "mail_and_authorities"},
        ),
    ],
)
def test_several_areas_at_once(text, areas):
    assert set(understand(text).areas) == areas


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("jeg har ikke gæld", "debt"),
        ("jeg har ikke gæld alligevel", "debt"),
        ("jeg har ingen gæld", "debt"),
        ("I don't have any debt", "debt"),
        ("I have no debt", "debt"),
        ("jeg er ikke ensom", "social_contact"),
    ],
)
def test_a_negation_removes_an_area_and_never_adds_it(text, negated):
    u = understand(text)
    assert negated not in u.areas
    assert negated in u.not_areas


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("jeg kan ikke gøre rent", "household_structure"),
        ("jeg har ikke kunnet få gjort rent", "household_structure"),
        ("jeg tør ikke gå ud", "activities"),
        ("I can not keep my home clean", "household_structure"),
    ],
)
def test_cannot_is_a_difficulty_not_a_negation(text, area):
    u = understand(text)
    assert area in u.areas
    assert area not in u.not_areas


@pytest.mark.parametrize(
    "text",
    [
        "hvad koster det?",
        "hvor længe varer forløbet?",
        "what does the offer cost?",
        "hvem vandt fodboldkampen i går",
        "can you order me a pizza",
        "tak for hjælpen",
        "I feel lonely",  # "lonely" is social contact, never money ("løn")
        "hvad gælder for mig",  # "gælder" (applies) is not "gæld" (debt)
        "how long is the course",
    ],
)
def test_no_false_money_or_debt_from_unrelated_words(text):
    u = understand(text)
    assert not {"debt", "daily_finances", "work_or_education"} & set(u.areas), u.evidence


@pytest.mark.parametrize(
    "text", ["hvad koster det?", "hvor foregår det", "what is the offer?", "hej", "hello"]
)
def test_fact_questions_carry_no_screening_facts(text):
    assert not understand(text).has_facts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("jeg er 17", "under_18"),
        ("nej vent, jeg er 17", "under_18"),
        ("actually I am 17", "under_18"),
        ("I'm 45", "18_or_over"),
        ("jeg er 34 år", "18_or_over"),
        ("jeg er sytten", "under_18"),
        ("I am seventeen", "under_18"),
        ("jeg er under 18", "under_18"),
        ("jeg er 18", "18_or_over"),
        ("45 years old and lonely", "18_or_over"),
        ("jeg er faktisk 17", "under_18"),
        ("I am actually only 17", "under_18"),
        ("sorry, I meant 19", "18_or_over"),
    ],
)
def test_the_writers_age(text, age):
    assert understand(text).age == age


def test_a_number_that_is_not_an_age_is_not_read_as_one():
    assert understand("jeg får støtte efter § 85").age is None
    assert understand("jeg har 2 hunde og gæld").age is None
    # Two children: a parent, which the writers record as no age (round 26); the 2 is
    # still no age either.
    assert understand("jeg har 2 børn og gæld").age is None
    assert understand("I am on 2 medications").age is None


@pytest.mark.parametrize(
    "text",
    [
        "min søn på 16 har det svært",
        "min datter på 15 tør ikke gå i skole",
        "my daughter is 15 and struggles",
        "my 16 year old son is lonely",
        "kan min søn på 14 få hjælp?",
        "mit barn har det svært",
    ],
)
def test_asking_for_a_child_is_not_adult(text):
    u = understand(text)
    assert u.asking_for == "child"
    assert u.age == "under_18"


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("min mor har brug for hjælp", None),
        ("my husband needs help with his debt", None),
        # Round 22: the age asked is that of the person the help is for (not the writer's)
        ("min søn på 25 har det svært", "18_or_over"),
    ],
)
def test_asking_for_another_adult(text, age):
    u = understand(text)
    assert u.asking_for == "adult"
    assert u.age == age  # never the writer's age: the other person's, when told


def test_a_son_without_an_age_is_asked_about():
    assert understand("min søn har det rigtig svært").asking_for == "relative"


@pytest.mark.parametrize(
    "text",
    ["jeg har konflikter med min mor", "I argue with my husband", "jeg skændes med min søn"],
)
def test_mentioning_a_relative_is_not_asking_for_them(text):
    u = understand(text)
    assert u.asking_for is None
    assert "conflicts" in u.areas


@pytest.mark.parametrize(
    ("text", "qid", "code"),
    [
        ("det er meget svært", "impact", "severe"),
        ("it is very hard", "impact", "severe"),
        ("det er ret svært", "impact", "moderate"),
        ("it's a bit hard", "impact", "mild"),
        ("jeg er bange for at det bliver værre", "impact", "at_risk"),
        ("I'm worried it will get worse", "impact", "at_risk"),
        ("jeg vil gerne have hjælp", "motivation", "yes"),
        ("jeg vil ikke have hjælp alligevel", "motivation", "no"),
        ("I'm not sure I want to", "motivation", "unsure"),
        ("helst i en gruppe", "format", "group"),
        ("one to one please", "format", "individual"),
        ("gerne på video", "contact", "virtual"),
        ("call me on the phone", "contact", "phone"),
        ("face to face", "contact", "in_person"),
    ],
)
def test_impact_motivation_format_contact(text, qid, code):
    assert understand(text).answers()[qid] == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("jeg får bostøtte efter paragraf 85", ("s85",)),
        ("jeg får § 85 støtte", ("s85",)),
        ("I'm in touch with the job centre", ("jobcenter",)),
        ("jeg får hjemmehjælp", ("other_municipal",)),
        ("jeg får ingen hjælp fra kommunen", ("none",)),
    ],
)
def test_existing_support(text, codes):
    assert understand(text).existing_support == codes


def test_the_bot_can_say_back_which_words_it_read():
    u = understand("jeg kan ikke overskue at gøre rent og har ingen venner")
    assert u.evidence["areas:household_structure"] == ("gore rent",)
    assert "ingen venner" in u.evidence["areas:social_contact"]


def test_corrections_additions_and_only_are_marked():
    assert understand("nej vent, jeg er 17").correction
    assert understand("actually I am 17").correction
    assert not understand("jeg er 17").correction
    assert understand("nej, det er mest rengøring").starts_with_no
    assert understand("og så har jeg også gæld").adds
    assert understand("kun rengøring").only


def test_spelling_without_danish_letters_is_one_word():
    assert fold("gæld") == fold("gaeld") == fold("gald")
    assert fold("rengøring") == fold("rengoering") == fold("rengoring")


def test_every_lexicon_code_is_a_screening_code():
    codes = {q.id: set(q.codes) for q in QUESTIONS}
    for qid, entries in lexicon().items():
        assert set(entries) <= codes[qid], qid


def test_long_messages_are_read_whole_and_quickly_cut():
    text = "bla " * 3000 + " jeg har gæld"
    assert understand(text).areas == ()  # past the 2000 characters read
    assert understand("bla " * 100 + "jeg har gæld").areas == ("debt",)


def test_the_quick_word_check_before_a_phrase_walk_changes_no_match():
    """find() rules a phrase out when a short word it needs as-is is missing; words long
    enough to forgive a typo, prefixes and gaps are left to the walk."""
    from portal.screening.understanding import _phrase, _words

    phrase = _phrase("svært ved ... rengøring*")
    assert phrase.find(_words("jeg har svært ved rengøringen")) == [(2, 5)]
    assert phrase.find(_words("jeg har svært ved at få gjort rengøring")) == [(2, 8)]
    assert phrase.find(_words("jeg har svært med rengøringen")) == []  # "ved" is missing
    assert _phrase("gøre rent").find(_words("gøre rnet")) == []  # 4 letters: exact only
    typo = _phrase("overskuelig")  # 11 letters: one typo is forgiven, so no quick rule-out
    assert typo.find(_words("overskulig")) == [(0, 1)]
    # Every phrase of the lexicon gives the same places with and without the quick check.
    words = _words("jeg kan ikke overskue at gøre rent og jeg tør ikke gå ud alene om aftenen")
    for codes in lexicon().values():
        for phrases in codes.values():
            for p in phrases:
                walked = [(s, e) for s in range(len(words)) if (e := p._match(words, s, 0))]
                assert p.find(words) == walked, p.source
