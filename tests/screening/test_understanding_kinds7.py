"""Free text → screening facts, the kinds of round 10 (issue 10 item 2): the age of "him"
or "her" given as a reply ("hun er 58") or with a relative ("min lillebror han er 30"),
an age reached without "jeg" ("blev 52"), "31 btw", years in the army; a friend by the
everyday words for one, a relative's own difficulty by a possessive ("my husband's
drinking"), a relative who only helped ("my bf fixed it") or is waited for; an area
struck out by an order ("scratch the money part"), a part said to be sorted, a problem
told as past and dealt with; what a quarrel is about or where it happens is no area of
its own; a disability the writer has made peace with; "can't talk without fighting";
being a student beside another difficulty; a family form, a support's source and help
told as a sentence; impact in everyday words and on the writer's own scale, the scale
first; and the area model trained on round 10's set too. Rounds 11 and 12 add their kinds
as data to the same lists (marked by round; round 12: ages without "I am N", someone named
by an age, one cared for, a minor's parents, errands for the household, areas after "fine
with", what the writer can do, impact by the scale's wording, a diagnosis asked about).

Phrasings written for these tests, by kind, in Danish (also texted without æøå) and
second-language English; none is a near copy of a line of the seen held-out sets up to
heldout12 (checked at the end, with round 8's and round 9's helpers).
"""

from pathlib import Path

import pytest
import yaml

from portal.screening import area_model, understanding
from portal.screening.understanding import understand
from tests.screening.test_understanding_kinds5 import _plain
from tests.screening.test_understanding_kinds6 import SEEN_NOW, _seen_lines
from tests.support.near_copies import near_copies

HELDOUT10 = SEEN_NOW[0].with_name("understanding_heldout10.yml")
HELDOUT11 = SEEN_NOW[0].with_name("understanding_heldout11.yml")
HELDOUT12 = SEEN_NOW[0].with_name("understanding_heldout12.yml")
HELDOUT13 = SEEN_NOW[0].with_name("understanding_heldout13.yml")
# Round 18: the later seen sets too (round 16's heldout16 is seen since round 17).
# Round 22: and heldout18 (seen since round 21).
LATER_SEEN = [SEEN_NOW[0].with_name(f"understanding_heldout{n}.yml") for n in (14, 15, 16, 17, 18)]

# --- the age of "him" or "her", an age without "I am N" ------------------------------------
PRONOUN_AGE = [
    ("hun er 61", "18_or_over"),
    ("he's 70", "18_or_over"),
    ("han er 16", "under_18"),
    ("she is 23 years old", "18_or_over"),
    ("ja han er 45 år", "18_or_over"),
]
NOT_AN_AGE = [
    "han er 3 gange blevet afvist af jobcentret",
    "she is 40 minutes away by bus",
    # Round 15: metres, not a sex letter
    "the bus stop is 15m from my door",
]


@pytest.mark.parametrize("text,age", PRONOUN_AGE)
def test_the_age_of_him_or_her_as_a_reply_is_read(text, age):
    assert understand(text).age == age, text


@pytest.mark.parametrize("text", NOT_AN_AGE)
def test_a_number_after_a_pronoun_that_is_no_age_is_not_read(text):
    assert understand(text).age is None, text


ADULT = [
    # Round 15: an age with a sex letter before more words; jysk "a er N"
    "27f btw, cant keep up with the dishes",
    "hi im 31m and i dont leave the house",
    "a er 66 og ka ik finde ud af mine breve",
    # Round 11: a parent to a child of N is not N ("mor til en dreng på 15").
    "jeg er far til en pige på 14, men det er mig der har brug for hjælp",
    "I'm a mum to a boy of 13 but this is about me",
    # Round 26: an age taken back in the same message is the age said after it.
    "im 17, oops i mean 71, and the stairs are too much now",
    "jeg er 15 nej vent 51 og sidder alene hver aften",
    # ... a name between "I am" and the age; the writer's own age after the others'.
    "hi I am Tomasz 47, the post from kommune I dont understand",
    "jeg hedder Jytte 73 og kan ikke åbne e-boks",
    "bor alene med hunden og selv 58, har ingen at snakke med",
    "my wife passed and myself 81 now, nobody to talk to",
    # an age with a gender letter as a part of its own; one of two adults ("we are N and M")
    "hey, 27m, no mates since moving here",
    "new in town. 45F, looking for people to walk with",
    "we are a couple of 81 and 79 and the online post beats us",
    "vi er to brødre på 15 og 19, og jeg er den ældste",
    "blev 52 i januar og bor helt alene nu",
    "no job, no mates. 31 btw",
    "left the army last spring and cant settle into normal life",
    "since uni ended i havent really done anything with my days",
    # Round 12: over an adult's age, a decade without a possessive, found out as an adult,
    # many years in a trade, "N and ..." as a part of its own, two ages without a
    # preposition, an age right before a full stop, young "back then".
    "jeg går på arbejde hver dag men vi er begge over 60 og kan ikke finde ud af e-boks",
    "my wife and I are both over 75 and the online forms beat us",
    "er i 50erne og har ingen at ringe til",
    "jeg fik min ADHD-diagnose som voksen og kan ikke holde styr på regningerne",
    "efter 22 år som sosu-assistent er ryggen slidt op og jeg keder mig",
    "after 18 years as a lorry driver i have no idea what to do with my days",
    "hi, 61 and just moved here, dont know a soul",
    "hej, 38 og alene med tre unger, økonomien hænger ikke sammen",
    "we are two cousins, 21 and 24, sharing a flat and the bills pile up",
    "from Ukraine, married, 27. i have no friends here",
    "gammel gæld fra da jeg var ung, nu er det huslejen",
    # ... and a writer who names themself by an age in the third person stays the writer
    "en kvinde på 52, har mistet mit job og min lejlighed roder",
    "a guy of 40 here, no mates since the move",
    "en mand på 50 der har mistet sit job, det er mig",
    # Round 16: a learner's "I have N years", a couple of one age, "me N" opening the
    # message, an adult's benefit or pension of one's own, pensioners, a university student,
    # an adult age range.
    "jeg har 47 år og forstår ikke brevene fra kommunen",
    "i have 38 years and i am alone here",
    "har 55 aar og ingen arbejde",
    "vi er begge 23 og vores lejlighed flyder",
    "we're both 19 and no one of us can cook",
    "me 34, new in town, know nobody",
    "jeg lever af kontanthjælp og pengene slipper op",
    "im on kontanthjaelp and my days are empty",
    "he and I are on disability pension and the forms confuse us",
    "vi er to pensionister og kan ikke finde ud af netbank",
    "uni student and i cant pay my rent this month",
    "jeg læser på seminariet og har ingen venner",
    "jeg er mellem 40 og 50 og helt alene",
    "im between 25 and 30, no job and no plan",
    # Round 22: where one is from, then the years ("from iraq 37 years"); the age of
    # another adult asked for is the age asked (the conversations' writers answer it).
    "hi i am from iraq 37 years and my neighbour shout at me every day",
    "jeg er fra rumaenien 44 aar og forstaar ikke brevene fra skat",
    "min søn på 26 er flyttet hjem og kan ikke styre sine penge",
    "my sister who is 31 cant get out of the flat anymore",
    # Round 24: the writer and another named first, then two ages ("X and I are N and M")
    "my partner and i are 66 and 69 and the stairs have become too much",
    "hubby and i are 81 and 78, the garden is getting away from us",
]
# Round 16: years that are no age (a learner's duration), a school left (no age: the
# writers record none), people on a benefit who are not the writer.
NO_AGE_16 = [
    "jeg har 3 år tilbage af min uddannelse og kan ikke betale huslejen",
    "i have 2 years left on the car loan",
    "I have 20 years in Denmark and still no friends",
    "er droppet ud af gymnasiet og ligger bare i sengen",
    "quit high school last year, now i just game all night",
    "is this only for people on kontanthjælp?",
    # Round 22: a stay after a place of origin ("came from Iraq 5 years ago") is no age
    "we came from iraq 5 years ago and i still have no friends",
]


@pytest.mark.parametrize("text", NO_AGE_16)
def test_years_a_school_left_or_others_benefit_are_no_age(text):
    assert understand(text).age is None, understand(text).evidence


# Round 12: a year of the upper secondary ("1.g", "2.g") is under 18, as the writers record.
MINOR = [
    "går i 1.g og har ingen at spise frokost med",
    "im in 2.g and my parents fight every night",
    # Round 17: an age with when it comes is not that age yet
    "im 18 next month and school is going badly",
    "hey i'm gonna be 18 next month, i cant get up for school",
    "jeg er 18 om en maaned og har droppet ud af skolen",
    "er 18 i naeste uge og ved ikke hvad jeg skal med skolen",
]


@pytest.mark.parametrize("text", ADULT)
def test_an_adult_told_without_i_am_is_read(text):
    assert understand(text).age == "18_or_over", text


@pytest.mark.parametrize("text", MINOR)
def test_a_year_of_the_upper_secondary_is_under_18(text):
    assert understand(text).age == "under_18", understand(text).evidence


# --- whom it is for ----------------------------------------------------------------------
ASKED_FOR = [
    ("kan du hjælpe min kammerat, han har ingen at snakke med", "adult"),
    ("my buddy is 33 and cant open his letters", "adult"),
    ("min lillesøster hun er 27 og sidder bare alene", "adult"),
    ("help for my grandson please, he's 16 and skips his classes", "child"),
    ("my husband's drinking is ruining his health", "adult"),
    ("min mors demens gør at hun ikke kan handle selv", "adult"),
    # Round 11: "13 yr old" without a noun; a relative worried about someone else
    ("our 12 yr old has stopped eating with us", "child"),
    ("min far er bekymret for min mor, hun går aldrig ud", "adult"),
    # Round 12: someone named by an age as the subject; one cared for whose need is said
    # of them; a care worker's resident or client.
    ("kan en på 80 få hjælp til at handle", "adult"),
    ("could a man of 68 from my street get help with his post?", "adult"),
    ("a woman of 74 I know never leaves her flat", "adult"),
    ("I look after my grandad and he cant cope with the bills anymore", "adult"),
    ("jeg passer min mormor og hun har svært ved at huske sin medicin", "adult"),
    ("en af mine beboere har svært ved at handle", "adult"),
    ("one of my clients is 52 and never opens his mail", "adult"),
    # a parent to a child of N who has the difficulty
    ("jeg er far til en dreng på 15 der ikke vil i skole mere", "child"),
    ("I'm the mum of a girl of 14 who has stopped eating with us", "child"),
    # Round 13: a parent or grandparent named bare as the first word
    ("Mor kan ikke længere finde ud af sin post og regningerne", "adult"),
    ("Far har fået demens og glemmer at spise", "adult"),
    ("hej. farmor falder tit og tør ikke gå ud", "adult"),
    ("Mum keeps forgetting her pills and the post piles up", "adult"),
    ("Dad won't leave the house since the fall", "adult"),
    ("Grandad can't manage the stairs or the shopping any more", "adult"),
]
ASKED_FOR += [
    # Round 15: "I have a son of N who ...", also in jysk ("a har"): asked for them.
    ("a har en datter paa 35 som ik kan betale sine regninger", "adult"),
    ("vi har en knægt på 15 der ikke kommer ud af sit værelse", "child"),
    ("I have a daughter of 41 who can't open her post", "adult"),
    # Round 16: an older sibling, a child's spouse, "a friend of mine"
    ("skriver for min storesøster, hun kan ikke åbne sin post", "adult"),
    ("min svigersøn drikker og mister snart jobbet", "adult"),
    ("asking on behalf of my daughter-in-law, she is drowning in debt", "adult"),
    ("a friend of mine cant read the letters from the council", "adult"),
    # Round 24: "har en søn på 14 der ..." texted without "jeg"; the child's condition with
    # "med"/"with"; a child told of by "hun er 15 og ..." first
    ("har en søn på 14 der ikke vil op om morgenen", "child"),
    ("har en pige paa 11 som bliver drillet hver dag i frikvarteret", "child"),
    ("we have a girl of 12 with autism and school is a struggle", "child"),
    ("i got a boy of 8 with adhd, he hits other kids", "child"),
    ("hun er 15 og kommer ikke hjem om natten laengere", "child"),
    ("he's 13 n hits his little brother every day", "child"),
    ("she is 14, wont eat and cries every evening", "child"),
]
ABOUT_THE_WRITER = [
    "my bf fixed the bills for me last month",
    "min søster hjalp mig med rengøringen i går",
    "im tired of waiting for my brother to read my post for me",
    "me and my ex share the kids and every pickup is a fight",
    # Round 11: a relative's worry as the reason to write; a carer asking for their own sake
    "my parents are worried so i decided to write, 24 and cant keep a job",
    "mine forældre er bekymrede, så nu skriver jeg. har ingen venner",
    "jeg passer min mor som har demens og jeg har brug for nogen at snakke med",
    "I look after my wife since her stroke and I miss having time for my own friends",
    # Round 12: a minor's own parents; a partner's errands for the household; what a late
    # spouse did.
    "i am in year 8 and my parents shout at each other every night",
    "jeg går i 9. klasse og mine forældre skal skilles, kan jeg få hjælp",
    "min kone handler ind for os, for jeg tør ikke gå ud",
    "my son pays the bills for us since my stroke",
    "my late husband did everything with the money, now i'm lost",
    "min mand gjorde alt med pengene, nu er jeg på bar bund",
    # Round 13: the bare word that is the writer or no parent at all
    "mor til tre og regningerne hober sig op",
    "mum of two, no money left after rent",
    "mum here, I cant cope with the house",
    "mum and I fight all the time",
    "faar ikke lavet mad mere og lever af toast",
    "Far too much debt, I cant sleep",
    # Round 16: "mig" for "jeg" in the writer and a relative together
    "min mand og mig er altid uenige om pengene",
    "min veninde og mig ses aldrig mere, jeg er så ensom",
    # ... and a carer's own need with a softening word, or the carer's own time
    "im a carer for my mum since her stroke and i really need a break",
    "min far er blevet syg og jeg passer ham hver dag, har ikke tid til mig selv",
    # Round 24: an age the writer shares with the other ("we're both 22"): the writer's own
    "min kæreste venter barn og vi er begge 19, vi ved ikke hvordan pengene skal slå til",
    "my boyfriend just lost his job and we're both 22, no idea how to pay the rent",
]


@pytest.mark.parametrize("text,whom", ASKED_FOR)
def test_a_friend_or_a_relatives_own_difficulty_is_asked_for(text, whom):
    assert understand(text).asking_for == whom, understand(text).evidence


@pytest.mark.parametrize("text", ABOUT_THE_WRITER)
def test_a_relative_who_helped_or_is_waited_for_is_only_mentioned(text):
    assert understand(text).asking_for is None, understand(text).evidence


# --- an area set aside -------------------------------------------------------------------
SET_ASIDE = [
    ("scratch the money part, my brother sorted it", "daily_finances"),
    ("glem det med posten, det er kun rengøringen", "mail_and_authorities"),
    ("the bills bit is sorted now", "daily_finances"),
    ("jeg havde mange rykkere men de er betalt nu", "debt"),
    ("I had debts once but they're all cleared, now its the loneliness", "debt"),
]
SET_ASIDE += [
    # Round 15: named, then denied as the matter in the next clause; "no X problems".
    ("jeg har lidt gæld, men det er ikke det jeg søger hjælp til, jeg savner nogen at tale med",
     "debt"),
    ("got a car loan but thats not the issue really, its my flat thats a mess", "debt"),
    ("min okonomi er ikke noget problem, men jeg har ingen venner", "daily_finances"),
    ("ingen penge problemer, jeg kan bare ikke faa gjort rent", "daily_finances"),
    ("no money worries really, its the dishes and laundry", "daily_finances"),
    ("no job issues, I just can't sleep", "work_or_education"),
    # Round 17: put aside by the words after it; "no / not any trouble with (doing) X";
    # someone else has it in hand now.
    ("leaving my job aside, i am so lonely these days", "work_or_education"),
    ("the money thing aside, i have nobody to talk to", "daily_finances"),
    ("lad gaelden ligge, det er ensomheden der er vaerst", "debt"),
    ("jeg laegger pengene til side, det er ensomheden", "daily_finances"),
    ("jeg har ingen problemer med at snakke med folk, men jeg kan ikke betale min husleje",
     "social_contact"),
    ("der er ikke nogen problemer med at se venner, men jeg kan ikke finde ud af e-boks",
     "social_contact"),
    ("i dont have any problems with money but im lonely", "daily_finances"),
    ("we dont have any trouble with the bills, its the loneliness", "daily_finances"),
    ("regningerne var et rod, men dem ordner min nabo nu, jeg er bare saa ensom",
     "daily_finances"),
    ("the letters were a problem but my daughter handles that now, its more that im lonely",
     "mail_and_authorities"),
    # Round 19: a helper by trade has it in hand, said after the area or with it.
    ("skylder penge til banken, men det har jeg styr paa med en gaeldsraadgiver, jeg kan bare "
     "ikke faa ryddet op", "debt"),
    ("jeg har en stor gæld men det tager min rådgiver sig af. jeg er så alene", "debt"),
    ("owe a lot on my credit card but i got a debt counsellor on it already, my issue is the "
     "loneliness", "debt"),
    ("the debts are being dealt with by a social worker, but i cant keep up with cleaning",
     "debt"),
    # Round 21: the job centre has the work part in hand (either word order; a short
    # "that's fine" may stand between)
    ("mistede mit job i foråret, det ordner jobcentret, men jeg kan ikke overskue min post",
     "work_or_education"),
    ("mit arbejde er vaek, jobcentret hjaelper mig med det, men jeg er saa ensom",
     "work_or_education"),
    ("lost job, its fine, jobcentre on it. but i'm lonely", "work_or_education"),
    ("got laid off from my job, that's ok, the jobcenter is helping me with it, but i never see "
     "anyone", "work_or_education"),
    # Round 23: the writer works on it with the helper ("det ... jeg med en rådgiver", "I get
    # help from the job centre with that", "I'm talking to my adviser about it").
    ("har et lån i banken, det arbejder jeg sammen med min økonomiske rådgiver om. men jeg har "
     "ingen at tale med", "debt"),
    ("gaelden faar jeg allerede hjaelp til hos en raadgiver, men jeg er ensom", "debt"),
    ("mit job er røget, det taler jeg med jobcentret om, men jeg kan ikke holde styr på "
     "regningerne", "work_or_education"),
    ("lost my job in may but i get help from the jobcentre with that, so its fine. my problem "
     "is i feel so alone", "work_or_education"),
    ("i owe the bank money, my money advisor is already helping me with it, but i never leave "
     "the flat", "debt"),
    ("ive got some debts, im talking to my debt adviser about it, i just need company", "debt"),
]  # fmt: skip
STILL_READ = [
    ("i always forget the bills", "daily_finances"),
    ("I used to have friends but not anymore", "social_contact"),
    ("havde et job, men jeg mistede det i foråret", "work_or_education"),
    # Round 15: not the worst or not the only one is still a difficulty
    ("jeg har gæld, men det er ikke det værste, jeg er også ensom", "debt"),
    ("my debts are not the only problem, I'm also lonely", "debt"),
    # Round 17: help that does it for the writer is the need, not a thing set aside
    ("jeg kan ikke selv ringe til kommunen, min soester goer det for mig", "mail_and_authorities"),
    (
        "i cant read the letters from the council, my brother does that for me",
        "mail_and_authorities",
    ),
    ("i cant leave the house anymore", "activities"),
    # Round 19: an adviser needed, or not helping, is no debt in hand
    ("jeg har gæld og har brug for en gældsrådgiver", "debt"),
    ("my debts are huge and the adviser doesnt help", "debt"),
    ("sidder bare helt alene i min lejlighed hver aften", "social_contact"),
    # Round 21: the job centre doing nothing, or named only, is no work in hand
    ("I need help finding a job, the job centre does nothing", "work_or_education"),
    ("jeg vil gerne have et arbejde men jobcentret hjaelper ikke", "work_or_education"),
    # Round 23: help from a helper wanted or refused is no area in hand
    ("i have debts and i cant get help from my debt adviser with them", "debt"),
    ("jeg har gæld, og det snakker jeg ikke med nogen om", "debt"),
    ("gaelden vil jeg gerne have hjaelp til fra en raadgiver", "debt"),
]


@pytest.mark.parametrize("text,code", SET_ASIDE)
def test_an_area_struck_out_sorted_or_dealt_with_is_set_aside(text, code):
    u = understand(text)
    assert code not in u.areas, u.evidence
    assert code in u.not_areas, u.evidence


@pytest.mark.parametrize("text,code", STILL_READ)
def test_the_same_words_as_a_difficulty_of_now_are_still_read(text, code):
    assert code in understand(text).areas, understand(text).evidence


def test_what_the_model_reads_in_a_struck_clause_is_set_aside():
    # "the flat" is no lexicon word: the model reads the clause and it goes to not_areas.
    u = understand("forget the flat thing, my girlfriend sorted it")
    assert u.areas == ()
    assert "household_structure" in u.not_areas


# --- what a quarrel is about or where it happens -----------------------------------------
QUARREL_ONLY = [
    "vi skændes altid om regningerne",
    "my partner and I fight about the cleaning every night",
    "constant arguments with my brother over money",
    "der er altid ballade på arbejdet",
    "we can never agree on anything, dishes, bills, noise",
    # Round 24: scolding is a quarrel, no typo of owing ("skylder")
    "min svoger skælder mig ud hver eneste gang vi ses",
    "far skældte mig ud i telefonen igen i går",
]
QUARREL_AND_AREA = [
    ("min chef og jeg skændes på jobbet hver dag", "work_or_education"),
    ("we argue a lot and I also cant pay my bills", "daily_finances"),
    ("vi skændes om penge fordi jeg bruger alt for meget", "daily_finances"),
]


@pytest.mark.parametrize("text", QUARREL_ONLY)
def test_what_a_quarrel_is_about_is_no_area_of_its_own(text):
    assert understand(text).areas == ("conflicts",), understand(text).evidence


@pytest.mark.parametrize("text,code", QUARREL_AND_AREA)
def test_a_difficulty_said_beside_the_quarrel_is_still_read(text, code, monkeypatch):
    # The lexicon's own rule (the model's veto may still weigh a single word after it).
    monkeypatch.setattr(understanding, "AREA_MODEL", False)
    u = understand(text)
    assert "conflicts" in u.areas and code in u.areas, u.evidence


@pytest.mark.parametrize(
    "text",
    ["we cant talk without fighting", "kan ikke være i samme rum uden at vi skændes"],
)
def test_cant_without_a_quarrel_is_the_quarrel(text):
    assert "conflicts" in understand(text).areas, understand(text).evidence


def test_a_quarrel_said_to_be_absent_is_not_read():
    assert "conflicts" not in understand("jeg lever fint uden konflikter").areas


# --- a disability made peace with, studies as context, family forms, support ---------------
AREAS = [
    ("jeg har haft sklerose i 15 år og har vænnet mig til det, men posten kan jeg ikke klare",
     ("mail_and_authorities",)),
    ("I'm blind and I'm fine with that, I just want to meet people", ("social_contact",)),
    ("studerer på DTU og har ingen venner herovre", ("social_contact",)),
    ("I'm studying nursing and my room is a disaster zone", ("household_structure",)),
    ("alene mor til tre og regningerne hober sig op", ("daily_finances",)),
    ("nobody showed me how the new tablet works", ("assistive_technology",)),
    # Round 11: a diagnosis named beside a difficulty is that difficulty; getting up beside
    # chores is the day's structure; trouble with the council told as a mess.
    ("jeg har autisme og min post hober sig op", ("mail_and_authorities",)),
    ("bipolar here, and the budget never holds", ("daily_finances",)),
    ("svært ved at komme op om morgenen og få vasket tøj", ("household_structure",)),
    ("rod med kommunen igen, fatter ikke deres breve", ("mail_and_authorities",)),
    ("kroppen sagde stop efter mange år som tømrer", ("coping_with_disability",)),
    ("nu hvor jeg er pensionist aner jeg ikke hvordan jeg skal fylde dagene", ("activities",)),
    # Round 20: nights awake beside the need are that need's (heldout5, heldout16, crowd14
    # and crowd17 record the need only; heldout11 health beside it)
    ("my 16 yr old son wont wash and is up all night on his phone", ("personal_care",)),
    # Round 12: areas after "fine with" or listed after "everything else is fine"; what the
    # writer can do; someone else at work; "sending" is no spending; owing nobody; anger
    # at one's own body.
    ("my mum says I'm fine with people and my job, it's the money that runs out",
     ("daily_finances",)),
    ("jeg har det fint med økonomien og skolen, det er bare det sociale", ("social_contact",)),
    ("alt andet går fint, arbejdet og pengene, men jeg er så ensom", ("social_contact",)),
    ("kan godt lave mad og sådan, men posten åbner jeg aldrig", ("mail_and_authorities",)),
    ("I can still cook, but I'm lonely since my wife died", ("social_contact",)),
    ("when my husband is at work I feel so alone", ("social_contact",)),
    ("hun fik et anfald på arbejdet og nu tør hun ikke gå ud", ("activities",)),
    ("the jobcentre keeps sending me letters i dont understand", ("mail_and_authorities",)),
    ("I dont owe anything, I just never have money for food at the end of the month",
     ("daily_finances",)),
    ("jeg skylder ikke noget, men pengene er væk efter en uge", ("daily_finances",)),
    ("jeg er sur på min krop og kan ikke gøre rent", ("household_structure",)),
    # Scots negatives read as negatives
    ("I dinnae have any debt, just no friends here", ("social_contact",)),
    # Round 13: what to do with one's life or a task is no activity (one's days or time is)
    ("jeg aner ikke hvad jeg skal gøre med mit liv efter jeg stoppede på studiet",
     ("work_or_education",)),
    ("no idea what to do with the letters from the bank, they just pile up",
     ("mail_and_authorities",)),
    # sick leave or sick pay as where one stands; Danish "lettere" is no "letters"
    ("I'm off sick from my job and my wife and I keep fighting", ("conflicts",)),
    ("jeg er sygemeldt fra arbejdet og har ingen at tale med", ("social_contact",)),
    ("sick pay through the council and the flat is a tip", ("household_structure",)),
    ("min bror har en lettere hjerneskade og kan ikke finde ud af sine penge", ("daily_finances",)),
    # an aid that talks is no talking with people
    ("the talking gadget my son got me, i cant make it work", ("assistive_technology",)),
    # Round 17: a gap of one area's phrase over another area's own words
    ("vi mister hurtigt styr paa budgettet hen over dagene", ("daily_finances",)),
    ("hun mister altid styr paa sin oekonomi i loebet af dagen", ("daily_finances",)),
    # Round 17: sport done or missed; the home kept in order ("the flat is in order" and
    # "are in order" stay fine)
    ("i miss doing sport after my knee op", ("activities",)),
    ("han savner at traene med holdet", ("activities",)),
    ("i find it hard to keep the house in order", ("household_structure",)),
    ("jeg kan ikke holde lejligheden i orden mere", ("household_structure",)),
    ("lejligheden er i orden, det er pengene", ("daily_finances",)),
    ("my papers are in order, its the loneliness", ("social_contact",)),
    ("he keeps missing hospital appointments", ("health",)),
    ("i keep missing my doctors appointments", ("health",)),
    # Round 18: a condition's name beside the need it brings is that need (anxiety, stress,
    # depression, burnout and diabetes are names, "^", as the disabilities were)
    ("har depression og kan ikke faa vasket op", ("household_structure",)),
    ("stressed out and i cant get my letters opened", ("mail_and_authorities",)),
    ("min far har sukkersyge og hans post hober sig op", ("mail_and_authorities",)),
    ("burnt out and the flat is a mess", ("household_structure",)),
    # the need asked for is the condition itself: still read beside another area
    ("I need a job but also help with my anxiety first", ("health", "work_or_education")),
    ("vil gerne have hjaelp til min depression og til mit arbejde",
     ("health", "work_or_education")),
    # Round 18: no trouble with people is no contact missing; nobody as a doctor is no person
    ("jeg har ikke set nogen læge i et år", ("health",)),
    ("no trouble talking to people, i just cant open my post", ("mail_and_authorities",)),
    # Round 20: what a need brings or costs (sleep, anxiety, a low mood, not getting up),
    # beside the need, is that need's ("=" in the lexicon); help with it asked is the need
    ("skylder penge til alle og jeg kan ikke sove for det", ("debt",)),
    ("har angst og faar ikke handlet ind", ("household_structure",)),
    ("kommer ikke ud af sengen og opvasken staar bare", ("household_structure",)),
    ("ked af det og faar ikke betalt regningerne", ("daily_finances",)),
    ("the fights with my ex keep me awake at night", ("conflicts",)),
    ("i cant get up in the mornings so i keep missing my shifts at work", ("work_or_education",)),
    ("after my shift I am too tired to go to the shop or to clean up", ("household_structure",)),
    # Round 20: going out beside another need is still activities (beside contact with
    # people too: understanding.OUT_OF_DOORS_IS_CONTACT is off, the writers split)
    ("I never go out and the house is a tip", ("household_structure", "activities")),
    ("min far gaar aldrig ud mere og ser ingen", ("activities", "social_contact")),
    # Round 20: sleep poor in itself is health beside another need too
    ("sover elendigt og opvasken hober sig op", ("household_structure", "health")),
    ("i barely sleep and the bills pile up", ("daily_finances", "health")),
    # Round 20: school or work named as the place of another need is no area of its own
    ("min datter glemmer sin insulin i skolen", ("health",)),
    ("my son skips his insulin at school", ("health",)),
    ("min soen er altid alene i skolen og har ingen at lege med", ("social_contact",)),
    ("jeg sidder alene hver aften efter arbejde og kender ingen i byen", ("social_contact",)),
    ("every evening after my job I just sit alone in the flat, I know nobody here",
     ("social_contact",)),
    # Round 21: behind with the chores is no debt ("behind on" alone is weak)
    ("I'm fine mostly but I'm way behind on the washing up and the hoovering",
     ("household_structure",)),
    ("jeg er helt bagud med vasketøjet og opvasken, kan ikke følge med", ("household_structure",)),
    # Round 24: behind with the bills is daily finances; a creditor after it is debt too
    ("im behind on my bills, the water company sent it to a debt collector",
     ("daily_finances", "debt")),
    ("bagud med regningerne og nu er inkasso på", ("daily_finances", "debt")),
    # Round 24: going out read as activities beside another area, which the model gives
    # < 0.2 (area_model.VETO_BELOW), is dropped
    ("min nabo råber efter mig hver gang jeg går ud med hunden", ("conflicts",)),
    ("my ex keeps turning up and shouting at me when i go out, we argue every week",
     ("conflicts",)),
    # Round 26: the housing association beside a quarrel is its other side, not the
    # authorities.
    ("naboerne og boligselskabet er ude efter mig, vi skaendes hele tiden", ("conflicts",)),
    ("the housing association complained about our rows with next door again",
     ("conflicts",)),
    # Round 27: washing one's own body is personal care, not the laundry "washing" reads as.
    ("she cant manage washing herself since the fall", ("personal_care",)),
    ("grandad hasnt washed in ages and wears the same shirt", ("personal_care",)),
    ("my son stopped washing when he lost his job", ("personal_care",)),
    ("min mor kan ik vaske sig selv mere efter operationen", ("personal_care",)),
    ("far vasker sig naesten aldrig efter mor doede", ("personal_care",)),
    ("han skal have hjaelp til paaklaedning hver morgen", ("personal_care",)),
    # ... and the laundry is still household
    ("i cant keep up with the washing at all", ("household_structure",)),
    ("jeg kan ikke overskue at vaske toej mere", ("household_structure",)),
]  # fmt: skip
STILL_AN_AREA = [
    # Round 26: the housing association alone is still the authorities.
    ("jeg kan ikke finde ud af at svare boligforeningen", "mail_and_authorities"),
    ("i dont get what the housing association wants from me", "mail_and_authorities"),
    # Round 23: the Danish subordinate order puts "ikke" before the verb ("... og ikke
    # kommer i skole"): the area's "kommer ikke i skole", not a negated "skole"
    ("min datter på 14 kan ikke sove og ikke kommer i skole mere", "work_or_education"),
    ("vores dreng paa 12 har ondt i maven om morgenen og ikke kommer i skole", "work_or_education"),
    ("jeg er blind og har ikke vænnet mig til det endnu", "coping_with_disability"),
    ("jeg kan ikke følge med på studiet", "work_or_education"),
    ("my studies are falling behind", "work_or_education"),
    # the condition itself as what the writer wants to handle (the diagnosis switch keeps it)
    ("I want to get better at handling my autism, and my room is a mess", "coping_with_disability"),
    ("kæmper med min ordblindhed og brevene hober sig op", "coping_with_disability"),
    ("jeg har svært ved at acceptere at jeg ikke kan gå mere", "coping_with_disability"),
    ("getting used to life with a hearing aid", "coping_with_disability"),
    ("hvordan finder man en ven når man er ny i byen", "social_contact"),
    ("jeg glemmer tit at betale min husleje og el", "daily_finances"),
    ("I always pay late, even when I have the money", "daily_finances"),
    # Round 12: areas in words the lexicon lacked.
    ("since the divorce I can't make the money last or keep up with the post", "daily_finances"),
    ("jeg ved aldrig hvad jeg skal sige til folk", "social_contact"),
    ("I never know what to say to people so I stay quiet", "social_contact"),
    ("jeg hader smalltalk på jobbet", "social_contact"),
    ("stopped answering my mates and my sister", "social_contact"),
    ("kan ikke klare menneskemængder så jeg bliver hjemme", "social_contact"),
    ("skipped the gym and skipped football since new year", "activities"),
    ("I want to join clubs but dont know how", "activities"),
    ("jeg mangler et sted at gå hen om dagen", "activities"),
    ("my blood sugar is all over and I keep skipping insulin", "health"),
    ("lægen siger jeg skal tabe mig men jeg kan ikke komme i gang", "health"),
    ("jeg er ved at falde fra", "work_or_education"),
    ("I cant focus in class", "work_or_education"),
    ("jeg kan ikke koncentrere mig i timerne", "work_or_education"),
    ("cant do what i did before the fall", "coping_with_disability"),
    ("had a stroke, learning to live with it, the bills pile up", "coping_with_disability"),
    ("jeg ved ikke hvem jeg er uden mit arbejde efter ulykken", "coping_with_disability"),
    ("ive let the flat go", "household_structure"),
    ("jeg har ladet huset sejle siden skilsmissen", "household_structure"),
    ("my brother is not meeting anybody since the divorce", "social_contact"),
    ("han mødes ikke med nogen længere", "social_contact"),
    ("efter operationen skal jeg vænne mig til hvad jeg ikke kan mere", "coping_with_disability"),
    ("honestly the flat is kind of falling apart", "household_structure"),
    ("huset er ved at falde fra hinanden efter min kone døde", "household_structure"),
    # Round 13: no idea of it is lacking the know-how, the difficulty (not a negation).
    ("we are young and have no idea about money at all", "daily_finances"),
    ("no clue about budgets, never had to do one", "daily_finances"),
    ("vi aner intet om penge", "daily_finances"),
    ("ingen anelse om penge, hvad gør vi", "daily_finances"),
    ("har ingen idé om økonomi", "daily_finances"),
    ("I dont know what to do with all the long days", "activities"),
    # Round 17: no hold on it is the difficulty, not its absence
    ("vi har ikke styr paa pengene de sidste dage af maaneden", "daily_finances"),
    ("i have no control over my spending", "daily_finances"),
    ("jeg har ikke styr på min hverdag længere", "household_structure"),
    # Round 18: contact with people denied or given up, by its structure (a verb of seeing,
    # meeting, talking or calling, a negation or a hedge, people as the object)
    ("min mor har ikke snakket med nogen siden jul", "social_contact"),
    ("he hasnt seen anybody for weeks now", "social_contact"),
    ("jeg ser naermest ingen mere", "social_contact"),
    ("kender stort set ingen i byen endnu", "social_contact"),
    ("i barely talk to anyone these days", "social_contact"),
    ("hun besoeger aldrig nogen laengere", "social_contact"),
    ("my dad stopped visiting his friends after the op", "social_contact"),
    ("im new here and dont know any people, cant find work either", "social_contact"),
    # Round 18: a condition named with what is hard about it, or living with it, is read
    ("jeg har OCD og har svaert ved at leve med det", "coping_with_disability"),
    ("my husband has dementia and struggles to accept it", "coping_with_disability"),
    ("got epilepsy last year and still getting used to what it means", "coping_with_disability"),
    # Round 19: bathing as a noun or in a list of help; money going out of one's account
    ("my son helps me with bathing and the hoovering", "personal_care"),
    ("she needs someone for the bathing now, she is 80", "personal_care"),
    ("han kan ikke klare bad selv laengere", "personal_care"),
    ("har brug for en haand til bad, rengoering og indkoeb", "personal_care"),
    ("kan ikke se hvad der traekkes fra min konto hver maaned", "daily_finances"),
    ("my wage goes out of my account before i even notice", "daily_finances"),
    # Round 20: alone, a need's cost or going out is still read
    ("jeg sover elendigt om natten", "health"),
    ("been feeling low for weeks now", "health"),
    ("gaar aldrig ud af huset mere", "activities"),
    ("she just sits at home all day", "activities"),
    ("har ikke vaeret i skole i en maaned og har ingen venner", "work_or_education"),
    ("I cant face going to school and I have no friends there", "work_or_education"),
    # Round 21: behind with the money itself is still debt; the school bench
    ("im behind on my payments to the bank and i cant sleep", "debt"),
    ("er bagud med afdragene paa billaanet", "debt"),
    ("behind with the mortgage and i dont see anyone anymore", "debt"),
    ("vil gerne tilbage paa skolebaenken, men tør ikke", "work_or_education"),
    ("drømmer om at sidde på skolebænken igen som 40-årig", "work_or_education"),
    # Round 21: the verb's other forms
    ("my mum argues with the neighbours nonstop since she moved", "conflicts"),
    ("my son and I argued all weekend again", "conflicts"),
    ("min søn og jeg skændtes hele weekenden igen", "conflicts"),
    # Round 24: behind with the rent or the bills is daily finances (three writers of four)
    ("er bagud med huslejen igen og ved ikke hvordan", "daily_finances"),
    ("fell behind with the bills after the divorce", "daily_finances"),
    # Round 24: an area the model is sure of (area_model.BESIDE) beside the lexicon's
    ("savner at gå til noget sammen med andre, og jeg har opgivet mit kor", "social_contact"),
]


@pytest.mark.parametrize("text,areas", AREAS)
def test_context_beside_a_difficulty_reads_only_the_difficulty(text, areas):
    assert understand(text).areas == areas, understand(text).evidence


@pytest.mark.parametrize("text,code", STILL_AN_AREA)
def test_the_difficulty_itself_is_still_read(text, code):
    assert code in understand(text).areas, understand(text).evidence


SUPPORT = [
    ("the council sends a home helper on tuesdays", "other_municipal"),
    ("der kommer en støtteperson fra kommunen to gange om ugen", "s85"),
    ("I have a support person from the kommune", "s85"),
    ("a cleaner from the council comes every other week", "other_municipal"),
    # Round 11: aids and training the council gave; a mentor through the job centre.
    ("jeg har fået en rollator fra kommunen", "other_municipal"),
    ("got a bath board from the council last year", "other_municipal"),
    ("physio from the council twice a week after my operation", "other_municipal"),
    ("I have a mentor through the jobcentre and my flat is a mess", "jobcenter"),
]


@pytest.mark.parametrize("text,code", SUPPORT)
def test_help_told_as_a_sentence_is_that_support_and_no_area(text, code):
    u = understand(text)
    assert code in u.existing_support, u.evidence
    assert "mail_and_authorities" not in u.areas, u.evidence
    if code == "jobcenter":  # the job centre's mentor is no other municipal support
        assert u.existing_support == ("jobcenter",), u.evidence


# --- impact ------------------------------------------------------------------------------
IMPACT = [
    ("det er temmelig slemt for tiden", "moderate"),
    ("honestly its pretty bad", "moderate"),
    ("kun det med posten, ellers går det okay", "mild"),
    ("just the money, im fine otherwise", "mild"),
    ("it is starting to go wrong with the money", "at_risk"),
    ("på en skala fra 1 til 10 er det nok en 3", "mild"),
    ("scale of 1 to 10? id say 8 most days", "severe"),
    ("lidt svært, vel en 6 ud af 10", "moderate"),
    ("maybe 4/10", "mild"),
    # Round 11, by the scale's own wording: hard every day is "quite a lot" (moderate),
    # "a lot" softened is moderate; managing with some things hard, or all else fine, is a
    # little; managing today but slipping, or no big problem yet, is at risk; nothing done
    # unless someone does it is "cannot manage without help" (severe).
    ("hver dag er en kamp lige nu", "moderate"),
    ("its a struggle every day with the flat", "moderate"),
    ("sort of a lot tbh", "moderate"),
    ("det er ret meget for mig", "moderate"),
    ("jeg klarer mig, men nogle ting er blevet svære med alderen", "mild"),
    ("mostly fine, its only the paperwork", "mild"),
    ("everything else is fine, its only cooking", "mild"),
    ("not a big problem yet but it keeps growing", "at_risk"),
    ("kan mærke at jeg er ved at miste overblikket", "at_risk"),
    ("I can feel it slipping lately", "at_risk"),
    ("ingenting bliver gjort medmindre min søster gør det for mig", "severe"),
    ("nothing gets cleaned unless my dad does it for me", "severe"),
    # Round 12: a lot every day is "quite a lot"; most days fine, all else alright is "a
    # little"; a relative who manages nothing without the writer is "without help".
    ("its a lot every day, the post and the bills", "moderate"),
    ("det er meget hver eneste dag med rodet", "moderate"),
    ("most days are ok but the post scares me", "mild"),
    ("de fleste dage er fine, men posten", "mild"),
    ("only the shopping, everything else is alright", "mild"),
    ("han klarer sig ikke uden mig", "severe"),
    ("she cant manage a day without me", "severe"),
    ("she cannae get dressed without me", "severe"),
    # Round 16: an English "a lot" is "Quite a lot" (the Danish "meget" is the label "Meget");
    # everyday life taken over is moderate; not managing at all, help with nearly everything
    # is severe; most things done and the rest managed is a little; managing still, for now,
    # or afraid it all collapses, or nothing serious yet, is at risk.
    ("it has been affecting me a lot lately, the bills mostly", "moderate"),
    ("the mess at home affects everything, even my sleep", "moderate"),
    ("gælden fylder det hele for mig", "moderate"),
    ("det er vokset mig over hovedet med posten", "moderate"),
    ("hverdagen hænger ikke sammen for mig lige nu", "moderate"),
    ("i cant manage the house at all anymore", "severe"),
    ("i completely cant cope with the flat anymore", "severe"),
    ("she needs help with nearly everything now, food, bath, letters", "severe"),
    ("har brug for hjaelp til stort set alt efter operationen", "severe"),
    ("i can do most things myself, just not the forms", "mild"),
    ("de fleste ting kan jeg selv, kun regningerne er noget rod", "mild"),
    ("i manage the rest fine, its only shopping", "mild"),
    ("ellers gaar alt fint, bare ikke posten", "mild"),
    ("fine most of the time tbh, its only the laundry", "mild"),
    ("not the end of the world but i would like a hand with my budget", "mild"),
    ("jeg klarer det endnu, men regningerne hober sig op", "at_risk"),
    ("det går nogenlunde endnu med rengøringen", "at_risk"),
    ("nothing bad yet, but the letters keep coming", "at_risk"),
    ("jeg er bange for at det hele brager sammen", "at_risk"),
    ("im afraid it will all collapse if no one helps", "at_risk"),
    # Round 17: fine still, afraid of soon
    ("jeg klarer mig fint endnu, men jeg er bange for at det snart ikke gaar med indkoebene",
     "at_risk"),
    ("i get by ok but im scared that soon i wont be able to cook", "at_risk"),
    # Round 22: the degree of everyday life beside a thing graded is still read: a little
    # of the one thing, help needed with it, "it" getting worse.
    ("cash is a little tight this month, otherwise im ok", "mild"),
    ("jeg kan ikke klare rengøringen uden hjælp", "severe"),
    ("it gets worse every month with the bills", "at_risk"),
    ("it affects me a lot, the post and the bills", "moderate"),
    ("the rent goes up and my pay runs out sooner each month", "at_risk"),
    # ... and two phrases sharing words are read by the first: managing most days is a
    # little, struggling most days quite a lot.
    ("bills and letters pile up a bit but i manage most days", "mild"),
    ("i struggle most days with the flat and the post", "moderate"),
    # Round 25: "ret/temmelig meget" is a step below "meget" (quite a lot); afraid of
    # falling back, of a relapse, that it could go downhill, or not much yet, is at risk.
    ("rodet i lejligheden fylder temmelig meget for mig", "moderate"),
    ("regningerne paavirker os derhjemme ret meget for tiden", "moderate"),
    ("gaelden fylder rigtig meget, jeg kan ikke overskue noget", "severe"),
    ("har det okay nu, men er bange for at falde tilbage til rodet", "at_risk"),
    ("gaar fint lige nu men jeg er bange for at jeg falder tilbage i gamle vaner med regningerne",
     "at_risk"),
    ("doing alright atm but scared of relapsing and letting the post pile up", "at_risk"),
    ("my budget is fine-ish but it could go downhill quick", "at_risk"),
    ("the flat is ok now, im just worried i slip back into the old mess", "at_risk"),
    ("it doesnt affect me much yet, but the laundry is piling", "at_risk"),
    # Round 26: everyday life not managed alone or without someone is severe, whatever
    # the words; calm for now, then a fear or a worse turn, is at risk.
    ("since the stroke dad cant cope with his everyday life on his own", "severe"),
    ("i really cant manage the days by myself any more, the post, the food", "severe"),
    ("min mor klarer ikke hverdagen alene mere", "severe"),
    ("vi kan ik magte dagene alene mere med hans demens", "severe"),
    ("its alright at the moment but if this goes on ill lose the flat", "at_risk"),
    ("I manage still, but i fear my landlord will kick me out", "at_risk"),
    ("no debt collectors yet but im nervous about whats coming", "at_risk"),
    ("det gaar fint pt men hvis det bliver ved sådan mister jeg lejligheden", "at_risk"),
    # Round 27: everyday life that cannot be made to work without someone is severe; the
    # same without the helper stays moderate (the guard).
    ("min far kan ik faa dagene til at haenge sammen uden at jeg kommer hver dag", "severe"),
    ("jeg kan ikke få min hverdag til at fungere uden min søster", "severe"),
    ("since the operation I cant get my days to work without my daughter", "severe"),
    ("mum can not get her days to work without me popping in", "severe"),
    ("jeg kan ikke faa hverdagen til at fungere med jobbet", "moderate"),
]  # fmt: skip


@pytest.mark.parametrize("text,impact", IMPACT)
def test_impact_in_everyday_words_and_the_scale_first(text, impact):
    assert understand(text).impact == impact, understand(text).evidence


NO_IMPACT = [
    "jeg drukner i breve fra skat",
    "drowning in paperwork from the council",
    "alt sejler lidt",
    "my brother is going through a lot right now",
    "she has really bad anxiety about buses",
    # Round 12: how much someone does a thing, a quarrel's own word, help with all of
    # one part.
    "he drinks a lot these days",
    "we have terrible fights about the dishes",
    "jeg har brug for hjælp til alt det med skat",
    # ... nor the weather's
    "vejret har været forfærdeligt, og jeg har ingen at snakke med",
    "the weather has been terrible and i never go out",
    # Round 16: a relative worried about, a task's own difficulty, a diagnosis not
    # accepted, a loose "a bit" or "awful".
    "jeg er bekymret for min søster, hun spiser ikke",
    "han har meget svært ved at finde venner i klassen",
    "min far kan slet ikke acceptere at han skal bruge rollator",
    "im a bit nervous about calling them",
    "i feel awful about asking for help with the flat",
    "ok thanks a lot, that helped a lot",
    # Round 22: a degree said of one thing, not of the everyday: a body part, a sense
    # or health getting worse, an area's own words graded, skipping is not slipping.
    "min fars syn bliver vaerre og vaerre, findes der en app der laeser op",
    "my knees are getting worse and i cant do the stairs down to the laundry",
    "hukommelsen er gået ned ad bakke, jeg glemmer alle mine aftaler",
    "her back is really bad and the flat is a mess",
    "i am drowning in bills from the dentist and the phone company",
    "gaelden er helt ude af kontrol og rykkerne hober sig op",
    "my son and i argue a lot about his room",
    "my bills are getting worse and worse",
    "he keeps skipping his physio and the dentist",
    # Round 25: fallen back already is no risk ahead.
    "jeg er faldet tilbage til gamle vaner med rodet",
    # Round 26: one task not done alone is not the everyday (the writers record no
    # impact); a fear said first, before "not yet", is no calm for now.
    "my gran cant do her shopping alone since the fall",
    "jeg kan ikke klare vinduespudsningen selv laengere",
    "im scared of going out, not yet been to the shop this week",
]


@pytest.mark.parametrize("text", NO_IMPACT)
def test_a_pile_of_things_or_a_loose_word_is_no_impact(text):
    assert understand(text).impact is None, understand(text).evidence


# Round 12: a question whether a diagnosis is needed names no area.
NO_AREA = [
    "do you need a diagnosis to get this help?",
    "skal man have en diagnose for at kunne få det?",
    # Round 15: a message that only says what the writer will not do (the model filled
    # one denial of self-harm with personal care)
    "jeg har ikke tænkt mig at skade mig selv",
    "jeg har ingen planer om at gøre mig selv noget",
    "im not gonna cut myself again, i stopped that",
    "i would never do anything stupid to myself",
    # Round 18: a diagnosis or a condition named alone, nothing said of what is hard (five
    # writers of seven since heldout13 record no area; the dialogue asks the areas)
    "min søster har epilepsi",
    "har lige faaet stillet diagnosen bipolar",
    "my husband has dementia now",
    "got told last month i have OCD, im 44",
    "min mand fik konstateret sukkersyge i sommer",
    "diagnosed with depression in may, im 52",
    "hej, jeg er 30 og har asperger",
    # Round 24: "springe over" (skip it) is no routine skipped
    "det kan I bare springe over",
    "kan vi ikke bare springe det over",
]


# Round 15: a way of meeting the writer is unsure of is no choice of it; a visit at home
# is meeting in person; getting out of a situation is no outing.
FORMAT_UNSURE = ["ved ikke om han vil i en gruppe", "not sure if a group would suit her"]
IN_PERSON = [
    "a home visit would suit me best",
    "helst et hjemmebesøg tak",
    "kan de komme hjem til mig",
    "they could come to the house maybe",
]
NOT_AN_OUTING = [
    "jeg vil bare gerne komme ud af det her",
    "vi kommer ikke ud af det med hinanden",
    # Round 23: the subordinate order after "hvis" is a fear of what may come, no outing
    "jeg er bange for at blive ensom hvis jeg ikke gør noget ved det nu",
    "det bliver svaert med vennerne hvis vi ikke kommer ud blandt folk snart",
]


@pytest.mark.parametrize("text", FORMAT_UNSURE)
def test_a_format_the_writer_is_unsure_of_is_not_read(text):
    assert understand(text).format is None, understand(text).evidence
    assert understand("hun vil helst i en gruppe").format == "group"


@pytest.mark.parametrize("text", IN_PERSON)
def test_a_visit_at_home_is_meeting_in_person(text):
    assert understand(text).contact == "in_person", understand(text).evidence
    assert understand("jeg får aldrig besøg").contact is None


@pytest.mark.parametrize("text", NOT_AN_OUTING)
def test_getting_out_of_a_situation_is_no_outing(text):
    assert "activities" not in understand(text).areas, understand(text).evidence
    assert "activities" in understand("jeg kan ikke komme ud af lejligheden").areas


@pytest.mark.parametrize("text", NO_AREA)
def test_a_question_about_a_diagnosis_names_no_area(text):
    assert understand(text).areas == (), understand(text).evidence


# --- the veto and the model ----------------------------------------------------------------
def test_a_phrase_of_one_content_word_is_one_word_to_the_veto_only_when_on(monkeypatch):
    # Off: leave-one-set-out over heldout..heldout10 gave it 2 messages fewer (bot/README).
    assert understanding.VETO_ONE_CONTENT_WORD is False
    assert understanding._one_word("sleep")
    assert not understanding._one_word("cant sleep")
    monkeypatch.setattr(understanding, "VETO_ONE_CONTENT_WORD", True)
    assert understanding._one_word("cant sleep")
    assert not understanding._one_word("cant find a job")


def test_the_model_trains_on_rounds_10_to_12():
    names = [Path(p).name for p in area_model.TRAINING_SETS]
    # Round 13 trains on heldout13 after them (test_understanding_area_model checks all).
    want = [f"understanding_heldout{n}.yml" for n in (10, 11, 12)]
    assert [n for n in names if n in want] == want
    assert HELDOUT10.exists() and HELDOUT11.exists() and HELDOUT12.exists()


def _seen_lines_now() -> list[str]:
    # Rounds 11 to 16's sets are seen too (round 17's never: it is named nowhere here).
    messages = [
        m
        for path in (HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, *LATER_SEEN)
        for m in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    ]
    return _seen_lines() + [_plain(m["text"]) for m in messages]


def test_no_phrasing_here_is_a_near_copy_of_a_seen_set_line():
    ours = (
        [t for t, _ in PRONOUN_AGE] + NOT_AN_AGE + ADULT + MINOR + NO_AREA
        + [t for t, _ in ASKED_FOR]
        + ABOUT_THE_WRITER + [t for t, _ in SET_ASIDE] + [t for t, _ in STILL_READ]
        + QUARREL_ONLY + [t for t, _ in QUARREL_AND_AREA] + [t for t, _ in AREAS]
        + [t for t, _ in STILL_AN_AREA] + [t for t, _ in SUPPORT] + [t for t, _ in IMPACT]
        + FORMAT_UNSURE + IN_PERSON + NOT_AN_OUTING
    )  # fmt: skip
    assert near_copies(ours, _seen_lines_now(), _plain) == []


def test_no_training_line_of_the_area_model_is_a_near_copy_of_round_10():
    lines = yaml.safe_load(area_model.OWN_LINES.read_text(encoding="utf-8"))["lines"]
    assert near_copies([item["text"] for item in lines], _seen_lines_now(), _plain) == []


def test_the_near_copy_check_sees_round_10():
    line = yaml.safe_load(HELDOUT10.read_text(encoding="utf-8"))["messages"][5]["text"]
    assert near_copies([line + " ok"], _seen_lines_now(), _plain) == [line + " ok"]
