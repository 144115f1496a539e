"""The crisis rules' tenth round (issue 10): kinds of false alarm and of miss that the round-10
set (crisis_fresh10.yml, seen since its one unseen measurement) showed, in both languages and
in words of our own. Each mechanism is tried on variants that share no content word with the
set line it came from (tests below check that none is a near copy of a line of any seen
crisis set and that none shares half its words with a round-10 line). Every guard has real
crises of the same shape beside it that must still be flagged. Rules alone
(crisis.rules_check): the learned net must not be what makes these pass."""

from pathlib import Path

import pytest

from bench import crisis_eval
from portal.chat import crisis
from tests.chat.test_crisis_eighth_round import _plain
from tests.chat.test_crisis_ninth_round import DATA, _round_nine_lines, _words
from tests.chat.test_crisis_ninth_round import _seen_before_round_nine as _seen_to_round_eight
from tests.support.near_copies import WordOverlapIndex, near_copies

# -- recall by kind (own phrasings) -----------------------------------------------------------
# Written after the round's mechanisms, as the next writer might put each kind (a blade named as
# "the thing", a deep cut, marks hidden; someone who turns up everywhere, a tracker, an account
# read; a locked door kicked, home no option, a threat "you'll be sorry"; thrown into a wall, a
# fire threat, a grip round the neck, a carer who pinches, a passport kept; "took it anyway",
# "you owe me", woke to it, comes into my room, images threatened; not alive past a time, done
# with myself, my funeral, steering into a barrier, one step and it is over; funeral wishes, no
# one to blame, a message for after, pets kept for good, money handed over while I can; a height
# with its floor, the engine in the garage, a lethal dose and more, a blade by the bath, a
# weapon borrowed, a rope bought; rock bottom, all black, an empty shell, not knowing how to get
# through the night; things that are about me, the dead who call, cleansing by pain, poison in
# the water, no sleep with a mission, medication stopped and racing; blue lips, fallen and not
# answering, a stroke, drink on pills, no insulin; someone to come now; a car or a tent as home,
# locked out; a relative barricaded, on a railing, with a rope, sending pictures of pills). The
# first draft of the rules caught 115 of these 136; the second pass widened the 21 it missed.
TENTH_ROUND_KINDS = [
    ("en", "used the blade on my forearm again yesterday"),
    ("en", "the scissors thing happened again tonight"),
    ("da", "fandt barberbladene frem igen efter arbejde"),
    ("da", "brugte kniven på armen i går"),
    ("en", "pretty sure the wound is too deep this time"),
    ("da", "snittet er vist for dybt, plastret er gennemblødt"),
    ("en", "the bandage is already drenched"),
    ("en", "picking at my wrists till the skin is raw"),
    ("da", "jeg kradser mine arme til huden er rå"),
    ("en", "wearing long sleeves in july so nobody sees the marks"),
    ("da", "lange ærmer skjuler det meste"),
    ("en", "my ex keeps turning up wherever i go"),
    ("da", "hun dukker op ved mit arbejde hver dag"),
    ("en", "the same white van was parked there four evenings in a row"),
    ("da", "samme fyr har stået ved busstoppet tre dage i træk"),
    ("en", "i discovered an airtag under the seat of my bike"),
    ("da", "fandt en gps i min taske"),
    ("en", "he has access to my email and reads everything"),
    ("da", "min eks er inde på min snap og læser alt"),
    ("en", "a man is standing across the street watching my flat"),
    ("da", "han sidder i bilen overfor mit hus igen"),
    ("en", "getting calls from unknown numbers all night"),
    ("en", "locked in the toilet and she is hammering on the door"),
    ("da", "han sparker på døren til badeværelset"),
    ("en", "going back to the flat is not an option"),
    ("da", "kan ikke tage hjem i aften med ham sådan"),
    ("en", "it is not safe inside our home tonight"),
    ("da", "det er ikke trygt i huset lige nu"),
    ("en", "he texted that i will regret it"),
    ("da", "hun skrev at jeg kommer til at fortryde"),
    ("en", "he shoved me against the radiator"),
    ("da", "kæresten kastede mig ind i væggen"),
    ("en", "she hurled a mug at me and it cut my lip"),
    ("en", "my cousin said he'll finish me if i talk"),
    ("da", "min bror siger han vil ordne mig"),
    ("en", "he threatened to set fire to the flat with me in it"),
    ("da", "han vil brænde lejligheden ned med mig indenfor"),
    ("en", "my boyfriend grabbed me by the throat"),
    ("da", "hun tog fat om min hals"),
    ("en", "boyfriend always is hit me when angry"),
    ("en", "my carer pinches my arm when she is annoyed"),
    ("da", "sosu'en hiver i mig og er hårdhændet"),
    ("en", "my stepfather has beaten my mum again tonight"),
    ("da", "far slog min lillesøster igen i aftes"),
    ("en", "she hides my passport and says i'll be deported if i tell"),
    ("en", "i said no but he did it anyway"),
    ("da", "han siger jeg skylder ham sex"),
    ("en", "i woke up and he was on top of me"),
    ("en", "my uncle sneaks into my bedroom at night"),
    ("da", "min plejefar kommer ind på mit værelse når de andre sover"),
    ("en", "he'll share the video unless i meet him"),
    ("da", "han vil dele billederne med alle hvis jeg slår op"),
    ("en", "my manager gropes me and says i'll lose my shifts"),
    ("en", "the owner of the room said there's another way to pay"),
    ("en", "i cannot imagine being alive past friday"),
    ("da", "kan ikke se mig selv være i live efter påske"),
    ("en", "no way i make it through the winter"),
    ("en", "i'm finished with life and with myself"),
    ("da", "er helt færdig med mig selv for altid"),
    ("en", "wondering who would come to my funeral"),
    ("da", "tænker meget på min egen begravelse"),
    ("en", "not planning to be around at easter"),
    ("en", "keep thinking of swerving into a lorry on the motorway"),
    ("da", "overvejer at styre bilen ind i autoværnet"),
    ("da", "et skridt ud over kanten og så er det slut"),
    ("en", "how much longer can i keep doing this life"),
    ("da", "no more living for me"),
    ("en", "ready to die, stopped taking my tablets"),
    ("en", "left my funeral playlist in the drawer"),
    ("en", "no one should blame themselves"),
    ("da", "ingen skal bebrejde sig selv"),
    ("en", "filmed a message for my daughter for after"),
    ("da", "har skrevet en seddel til bagefter til min mor"),
    ("en", "the notes to my parents are under my pillow"),
    ("en", "sold the car so my wife won't have to deal with it afterwards"),
    ("da", "signed the house over to my son while i still can"),
    ("en", "my neighbour can keep the dog forever"),
    ("da", "har deleted mine profiler og det er tid nu"),
    ("en", "had to say bye to someone before"),
    ("en", "on the roof of the tallest building in town, 9th floor"),
    ("da", "står på toppen af p-huset, det blæser"),
    ("en", "the motor is running with the garage shut"),
    ("da", "har tjekket den dødelige dosis og har nok"),
    ("en", "razor ready by the tub"),
    ("en", "saved enough painkillers in a drawer"),
    ("da", "har gemt nok sovepiller i en sok"),
    ("en", "the night train doesn't slow down at the crossing"),
    ("da", "tog morfars haglgevær fra skabet, ingen ved det"),
    ("en", "picked up rope at the diy shop, the cashier asked if i was moving lol"),
    ("en", "tonight is the night"),
    ("da", "det er sidste aften for mig"),
    ("en", "hit rock bottom and it keeps getting deeper"),
    ("da", "har ramt bunden og den bliver ved med at falde"),
    ("en", "it all feels pitch dark inside"),
    ("da", "alt føles kulsort"),
    ("en", "i feel like an empty shell"),
    ("da", "i'm just a husk these days"),
    ("en", "no idea how i'll survive the night"),
    ("da", "aner ikke hvordan jeg skal klare natten"),
    ("en", "stopped trying, what's the point"),
    ("en", "the number plates are all talking to me"),
    ("da", "reklamerne i tv handler om mig"),
    ("en", "voices in the ceiling telling me to go to the river"),
    ("da", "jeg hører min døde far sige jeg skal komme"),
    ("en", "god told me i must be punished with fire"),
    ("da", "englene siger jeg skal straffes"),
    ("en", "they put something in my food, they're out to get me"),
    ("da", "vandet smager af gift"),
    ("en", "haven't slept for four nights and i'm the chosen one"),
    ("da", "stoppede med min medicin og nu kører alt rundt"),
    ("en", "psychosis is back after years, the voices say walk into traffic"),
    ("en", "my body doesn't feel like mine and the walls are breathing"),
    ("en", "her lips are turning blue"),
    ("da", "hans læber er blå"),
    ("en", "dad collapsed in the kitchen and isn't responding"),
    ("da", "farfar ligger på gulvet og reagerer ikke"),
    ("en", "mum is slurring and can't lift her arm"),
    ("en", "rum plus my sleeping pills"),
    ("da", "har drukket vin oven i mine piller"),
    ("en", "no insulin since monday and totally confused"),
    ("en", "can somebody come round right now"),
    ("da", "nogen må komme herover nu"),
    ("en", "i need a real person right now"),
    ("en", "please answer me, i'm falling apart"),
    ("da", "er fuldstændig i knæk i aften"),
    ("en", "the tent has been my home since may"),
    ("da", "bilen er mit hjem nu"),
    ("en", "outside tonight with nowhere to go"),
    ("da", "ude i nat og fryser"),
    ("en", "she locked me out an hour ago in my pyjamas"),
    ("en", "my son locked himself in his room and texted goodbye"),
    ("da", "min datter har låst sig inde på badeværelset og skriver undskyld"),
    ("en", "my friend is standing on the railing of the bridge"),
    ("da", "min bror sidder på rækværket ved havnen"),
    ("en", "found a rope in my husband's car"),
    ("en", "my flatmate sent me pictures of her pills"),
    # third pass: burden in its own shapes; not knowing is no denial
    ("en", "i'm pulling everyone around me down"),
    ("da", "jeg trækker hele familien ned"),
    ("en", "honestly they'd all be fine if i wasn't around"),
    ("da", "mine forældre får det lettere hvis jeg ikke var her"),
    ("en", "my partner could finally be free of me for good"),
    ("da", "hun skal slippe fri af mig for altid"),
    ("en", "he'd have an easier time alone than living with me"),
    ("en", "my parents would forget me quickly"),
    ("da", "min datter fortjener en bedre far"),
    ("en", "my son deserves a proper dad, better no dad at all"),
    ("da", "jeg koster min familie for meget, det er på tide det stopper"),
    ("en", "no idea if i'm still here by thursday"),
    ("da", "ved ikke om jeg stadig er her til fredag"),
    ("en", "the motor is on, garage shut, just telling someone"),
]
# Near the new rules: words they use, harmless.
NEAR_NEW_RULES = [
    ("en", "the same red bike was parked outside the gym three days in a row, someone forgot it"),
    ("da", "har fundet en gps i min gamle bil, fra forrige ejer"),
    ("en", "my grandma always turns up at my work with cake"),
    ("en", "the sleeves of my new coat are too long"),
    ("da", "jeg brugte saksen på papiret til julepynt"),
    ("en", "used the knife on the onions again"),
    ("en", "my cat keeps scratching the sofa until it tears"),
    ("da", "bilen har været på værksted hele ugen"),
    ("en", "the car is home now from the garage"),
    ("en", "we reached the top of the tower, 12th floor view was amazing"),
    ("da", "vi var på toppen af rundetårn, det blæste"),
    ("en", "wine with my dinner and my vitamins"),
    ("da", "min datter har låst sig inde på badeværelset for at øve sang"),
    ("en", "the kids' letters to santa are in the drawer"),
    ("da", "har betalt husleje for resten af året, dejligt"),
    ("en", "everything is black in my wardrobe haha"),
    ("en", "i feel like a ghost at parties, nobody talks to me"),
    ("da", "kan nogen komme og hjælpe med haven"),
    ("en", "could somebody join me at the appointment"),
    ("en", "i had wine and my allergy pills yesterday, is that ok"),
    ("en", "he said i'll regret not buying the tickets"),
    ("da", "han sagde jeg vil fortryde hvis jeg ikke tager med"),
    ("en", "my dad beat my brother at chess again"),
    ("en", "the radio is talking about me? no, about the weather lol"),
    ("da", "jeg har ikke sovet i tre nætter pga babyen"),
    ("en", "stopped my medication with my doctor's help and feel fine"),
    ("da", "lånte svigerfars jagtriffel til efterårsjagten, det er aftalt"),
    ("en", "she threw a ball at me in dodgeball"),
    ("en", "my funeral insurance plan when i'm old"),
    ("da", "planlægger min mormors begravelse, hun døde i fredags"),
    ("en", "no way i make it to the party on friday"),
    ("en", "gave my sister my old sofa while i can still carry it"),
    ("da", "hvis jeg ikke er hjemme når I ringer, så skriv en sms"),
    ("en", "if i wasn't here last week, sorry, i was ill"),
    ("en", "my kids deserve a better school"),
]


@pytest.mark.parametrize(("lang", "message"), TENTH_ROUND_KINDS)
def test_a_tenth_round_kind_is_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, message


@pytest.mark.parametrize(("lang", "message"), NEAR_NEW_RULES)
def test_a_word_of_the_new_rules_in_an_everyday_message_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (message, result.rule)


def test_drink_on_pills_told_asks_gently_and_asked_about_raises_nothing():
    assert crisis.rules_check("took gin and then my sleeping tablets").level == crisis.CONCERN
    assert not crisis.rules_check("is it ok to have gin with my sleeping tablets?").flagged


def test_the_rule_names_of_the_round_are_unique():
    names = [rule.name for rule in crisis.RULES]
    src = Path(crisis.__file__).read_text(encoding="utf-8")
    block = src[src.index("# -- issue 10, tenth round: kinds") : src.index("_VOCAB_SET =")]
    ours = {n for n in names if n.split(".", 1)[1] + "=r" in block}
    assert len(ours) > 100
    assert all(names.count(n) == 1 for n in ours)


# -- false alarms by kind, with crises of the same shape beside each guard ------------------
# Weather, a pain or a chore that "kills me": a thing, never a person.
THING_KILLS_ME = [
    ("da", "kulden i dag slår mig ihjel"),
    ("en", "this humidity is going to kill me"),
    ("da", "tømmermændene slår mig ihjel"),
    ("en", "the commute kills me every single morning"),
]
THING_KILLS_ME_BUT_CRISIS = [
    ("da", "naboen kommer og slår mig ihjel i nat"),
    ("en", "my husband will kill me when he gets back"),
    ("da", "varmen er slem og han slår mig ihjel hvis jeg siger noget"),
    ("da", "den fyr derude vil slå mig ihjel"),
]
# A leisure jump with a cord.
CORD_JUMP = [
    ("en", "tried a bungee jump from a crane at the festival, what a rush"),
    ("da", "vi tog et elastikspring fra et tårn på ferien"),
]
CORD_JUMP_BUT_CRISIS = [
    ("en", "i want to jump off the bridge tonight"),
    ("en", "thinking of a bungee jump off the bridge without any rope"),
]
# A school or group project about a subject (compound nouns).
SCHOOL_PROJECT = [
    ("da", "vi har en gruppeopgave om selvmord blandt unge, kan I anbefale kilder"),
    ("en", "writing a term paper on self harm in teens, any sources?"),
]
SCHOOL_PROJECT_BUT_CRISIS = [
    ("da", "jeg har en skoleopgave om det, men ærligt talt tænker jeg selv på selvmord"),
    ("en", "my class project is due but i keep cutting myself"),
]
# A professional asks how to meet a disclosure of violence (a noun, never "me").
DISCLOSURE_QUESTION = [
    ("en", "what should I do when a pupil talks about abuse at home?"),
    ("da", "hvordan reagerer man når en borger betror en om partnervold"),
]
DISCLOSURE_QUESTION_BUT_CRISIS = [
    ("da", "hvad gør jeg hvis min kollega slår mig"),
    ("en", "what do i do, my partner hits me every night"),
    ("da", "hvad gør man når ens mand er voldelig"),
]
# Children fighting each other asked about.
KIDS_FIGHT_EACH_OTHER = [
    ("da", "er det vold når drengene slås med hinanden om fjernbetjeningen"),
    ("en", "is it abuse if my twins hit each other over toys"),
]
KIDS_FIGHT_BUT_CRISIS = [
    ("da", "er det vold når min mand slår mig"),
    ("en", "is it violence if my partner pushes me into the wall"),
]
# "hænge sig i": fussing over small things.
FUSS_OVER = [
    ("da", "min chef hænger sig altid i småting"),
    ("da", "hun hængte sig meget i kommaerne i min stil"),
]
FUSS_OVER_BUT_CRISIS = [
    ("da", "min bror vil hænge sig i skoven"),
    ("da", "han prøvede at hænge sig i aftes"),
]
# Learning what one does at an overdose.
FIRST_AID = [
    ("da", "har I et førstehjælpskursus hvor man kan lære hvad man gør ved en overdosis"),
]
FIRST_AID_BUT_CRISIS = [
    ("da", "min ven har taget en overdosis, hvad gør jeg"),
]
# A past told with a settled present in new shapes: "years back", "there was a time", married,
# a good relationship now, over it with help, loving one's life, a role now.
PAST_SETTLED = [
    ("en", "my dad hit me twenty years back, these days i'm married with two kids"),
    ("da", "der var en fase hvor jeg ønskede at dø, det er overstået og jeg elsker mit liv"),
    ("en", "i cut myself in high school but got completely over it with help from a therapist"),
    ("da", "mormor forsøgte selvmord i firserne, i dag har vi et nært forhold"),
    ("en", "ages ago i stood on the edge of a roof for a night. now i'm a nurse"),
    ("da", "min eksmand tævede mig for mange år tilbage, nu er jeg gift med en rar mand"),
]
PAST_BUT_NOW = [
    ("en", "my ex hit me years back and now he's hitting me again"),
    ("da", "der var en fase hvor jeg ønskede at dø, og nu kommer de tanker igen"),
    ("en", "i got over it with help but this week i cut myself again"),
    ("en", "years back i tried to hang myself, now i'm a mess and want to try again"),
    ("da", "jeg er gift, men min mand slår mig"),
]
# Out to meet people is social; escape still flags.
GET_OUT_SOCIAL = [
    ("en", "i need to get out and meet new people, it's been lonely"),
    ("da", "jeg må væk og se nogle andre mennesker"),
]
GET_OUT_BUT_CRISIS = [
    ("en", "i need to get out, he's going to hurt me"),
    ("da", "jeg må væk herfra nu"),
]
# Overwhelmed by everyday things ("overskue") is a description; life itself is despair.
OVERWHELMED = [
    ("da", "kan ikke overskue noget som helst herhjemme, opvasken hober sig op"),
]
OVERWHELMED_BUT_DESPAIR = [
    ("da", "kan ikke overskue livet længere"),
    ("da", "kan ikke overskue at leve mere"),
]


@pytest.mark.parametrize(
    ("lang", "message"),
    THING_KILLS_ME
    + CORD_JUMP
    + SCHOOL_PROJECT
    + DISCLOSURE_QUESTION
    + KIDS_FIGHT_EACH_OTHER
    + FUSS_OVER
    + FIRST_AID
    + PAST_SETTLED
    + GET_OUT_SOCIAL
    + OVERWHELMED,
)
def test_a_tenth_round_look_alike_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (message, result.rule)


@pytest.mark.parametrize(
    ("lang", "message"),
    THING_KILLS_ME_BUT_CRISIS
    + CORD_JUMP_BUT_CRISIS
    + SCHOOL_PROJECT_BUT_CRISIS
    + DISCLOSURE_QUESTION_BUT_CRISIS
    + KIDS_FIGHT_BUT_CRISIS
    + FUSS_OVER_BUT_CRISIS
    + FIRST_AID_BUT_CRISIS
    + PAST_BUT_NOW
    + GET_OUT_BUT_CRISIS
    + OVERWHELMED_BUT_DESPAIR,
)
def test_a_crisis_of_the_same_shape_still_flags(lang, message):
    assert crisis.rules_check(message).flagged, message


def test_kept_from_friends_asks_gently_and_kept_in_is_a_crisis():
    # Control without confinement, a threat or a blow: the gentle question and the numbers.
    for message in (
        "my girlfriend won't let me call my sister",
        "min mand siger jeg ikke må se mine forældre",
    ):
        result = crisis.rules_check(message)
        assert (result.level, result.category) == (crisis.CONCERN, "violence"), message
    for message in ("han lader mig ikke gå ud af lejligheden", "she won't let me leave the house"):
        assert crisis.rules_check(message).level == crisis.CRISIS, message


# -- no near copies ---------------------------------------------------------------------------
def _round_ten_lines() -> list[str]:
    found, harmless = crisis_eval._labelled(DATA / "crisis_fresh10.yml")
    return [m for _, _, m in found + harmless]


def _all_ours() -> list[str]:
    return [
        m
        for _, m in TENTH_ROUND_KINDS
        + NEAR_NEW_RULES
        + THING_KILLS_ME
        + THING_KILLS_ME_BUT_CRISIS
        + CORD_JUMP
        + CORD_JUMP_BUT_CRISIS
        + SCHOOL_PROJECT
        + SCHOOL_PROJECT_BUT_CRISIS
        + DISCLOSURE_QUESTION
        + DISCLOSURE_QUESTION_BUT_CRISIS
        + KIDS_FIGHT_EACH_OTHER
        + KIDS_FIGHT_BUT_CRISIS
        + FUSS_OVER
        + FUSS_OVER_BUT_CRISIS
        + FIRST_AID
        + FIRST_AID_BUT_CRISIS
        + PAST_SETTLED
        + PAST_BUT_NOW
        + GET_OUT_SOCIAL
        + GET_OUT_BUT_CRISIS
        + OVERWHELMED
        + OVERWHELMED_BUT_DESPAIR
    ]


def test_no_phrasing_here_is_a_near_copy_of_a_seen_set_line():
    seen = [_plain(m) for m in _seen_to_round_eight() + _round_nine_lines() + _round_ten_lines()]
    assert near_copies(_all_ours(), seen, _plain) == []


def test_no_phrasing_here_shares_half_its_words_with_a_round_ten_line():
    index = WordOverlapIndex(_round_ten_lines(), _words, share=0.5, min_words=3)
    assert [m for m in _all_ours() if index.near(m)] == []


def test_the_overlap_checks_can_fail():
    lines = _round_ten_lines()
    line = lines[len(lines) // 3]
    seen = [_plain(m) for m in lines]
    assert near_copies([line + " ok"], seen, _plain) == [line + " ok"]
    index = WordOverlapIndex(lines, _words, share=0.5, min_words=3)
    assert index.near(line + " ok")


@pytest.mark.parametrize(
    "message",
    [
        "en fyr jeg aldrig har mødt står uden for min dør hver aften og følger efter mig",
        "a woman i dont know keeps following me home from the bus",
        "en jeg ikke kender har fulgt efter mig hjem fra bussen to gange i dag",
    ],
)
def test_a_stranger_told_with_a_negation_is_no_denial(message):
    # "Jeg ikke kender" describes who follows; the negation is not about being followed.
    assert not crisis.rules_check(message).negated, message
    assert crisis.rules_check(message).flagged, message


@pytest.mark.parametrize(
    "message",
    ["nej ingen følger efter mig, jeg er bare ensom", "no one is following me, i just feel low"],
)
def test_a_denial_of_being_followed_is_still_a_denial(message):
    assert not crisis.rules_check(message).flagged, message
