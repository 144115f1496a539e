"""The crisis rules' sixth round (issue 10): kinds of message the round-6 set showed the
rules missing, a crisis told as long past (the biggest kind of false alarm), and teams beaten
in a match, in both languages and in words of their own (not lines of any bench set; a test
below checks that none is a near copy of a seen set's line). Every guard has a real crisis of
the same shape beside it that must still be flagged. Rules alone (crisis.rules_check): the
learned net must not be what makes these pass."""

import pytest

from bench import crisis_eval
from portal.chat import crisis
from tests.support.near_copies import near_copies

# (language, message): the rules must flag each one (crisis or the gentle concern question).
SIXTH_ROUND_KINDS = [
    # a part of oneself that wants to die; texting words for it; someone else talking of it now
    ("en", "a part of me wants to die and it is getting louder"),
    ("da", "en del af mig vil bare dø og den del vinder"),
    ("en", "been thinking about unaliving tbh"),
    ("en", "my roommate keeps talking about killing himself and he locked his door"),
    ("da", "min bror snakker hele tiden om at tage sit liv og han er ude på taget nu"),
    # burden: better if never born / stopped existing, fine without me, the world needs me not
    ("en", "they would all be happier if i had never been born"),
    ("da", "alle ville have det lettere hvis jeg bare holdt op med at eksistere"),
    ("en", "my wife and kids would be fine without me around honestly"),
    ("da", "familien ville klare sig fint uden mig i deres liv"),
    ("en", "the world doesnt need me in it"),
    ("da", "verden har ikke brug for mig"),
    # a passive wish for an accident
    ("en", "honestly wouldnt mind if a bus hit me tomorrow"),
    ("da", "ville være ligeglad hvis en lastbil kørte mig ned"),
    ("en", "wouldnt care if the flight crashed on the way home"),
    # sleep with no coming back; praying at bedtime it is the last time
    ("en", "want to fall asleep and never come back"),
    ("da", "vil bare falde i søvn og aldrig vende tilbage"),
    ("da", "går i seng hver aften og håber det er sidste gang"),
    ("en", "every night in bed i pray it is the last time"),
    # one's own funeral imagined with relief; the permanent way out
    ("en", "i daydream about my own funeral and it feels peaceful"),
    ("da", "forestiller mig min egen begravelse og det føles som en lettelse"),
    ("en", "keep looking for a way out, a permanent one"),
    ("da", "tænker på en udvej der er permanent"),
    ("en", "i just want to vanish permanently"),
    # plans and means: a chosen place, a high place now, a weapon to use on oneself
    ("da", "har besluttet hvilken bygning"),
    ("en", "i worked out which bridge"),
    ("en", "im on the roof of my building now and i want to jump"),
    ("da", "står oppe på toppen af p huset og vil springe"),
    ("en", "my grandads rifle is in the loft and i keep thinking about using it on myself"),
    ("da", "vil bruge kniven på mig selv"),
    ("da", "jeg ved hvor min onkels pistol ligger og jeg tænker på den hele tiden"),
    # pills bought 'not for pain'; a goodbye text and no answer
    ("en", "bought loads of ibuprofen and its not for pain"),
    ("da", "har købt en masse panodiler og det er ikke for hovedpinen"),
    ("en", "my best friend sent a goodbye text and now shes not answering"),
    ("da", "min søster skrev farvel til mig og hun svarer ikke"),
    # a last day; not alive by a time
    ("en", "sunday will be my last day on earth"),
    ("da", "det bliver min sidste dag i live"),
    ("en", "dont think ill be alive by christmas"),
    ("da", "tror ikke jeg lever til jul"),
    # concern: costing others, should not be here, soon over, nobody has to worry
    ("en", "i only cost everyone money"),
    ("da", "jeg koster bare alle penge og bekymring"),
    ("da", "jeg burde slet ikke være her"),
    ("en", "i shouldnt even exist"),
    ("en", "soon it will all be over"),
    ("da", "snart er det hele ovre"),
    ("en", "soon i wont be here anymore"),
    ("da", "snart er jeg her ikke mere"),
    ("en", "nobody will have to worry about me anymore"),
    ("da", "så skal ingen tænke på mig mere"),
    # concern: still here by then (mid-screening); a last day; doing it when alone
    ("da", "det passer mig fint hvis jeg stadig er her til den tid"),
    ("en", "a group is fine if im still alive by then"),
    ("en", "not sure ill still be here when it starts"),
    ("da", "min sidste dag bliver fredag og så er det slut"),
    ("en", "friday is going to be my last day"),
    ("en", "going to do it when the house is empty"),
    ("da", "planlægger at gøre det når min kæreste er rejst"),
    ("da", "har gjort alt klar og venter bare til alle sover"),
    ("en", "everything is ready, just waiting until they are asleep"),
    ("en", "i bought a lot of sleeping pills"),
    ("da", "ved hvor min fars jagtgevær er"),
    ("en", "thinking about planning my own funeral"),
    # despair: one more day, holding together, falling apart, broken, rock bottom, crying
    ("en", "i cant take another day of this"),
    ("da", "orker ikke en dag til"),
    ("da", "jeg kan ikke holde det ud en eneste dag mere"),
    ("en", "i cant hold it together anymore"),
    ("da", "jeg kan ikke holde sammen på mig selv"),
    ("en", "my whole life is falling apart"),
    ("da", "hele mit liv falder fra hinanden"),
    ("en", "im completely broken"),
    ("da", "er totalt i stykker"),
    ("en", "i am breaking inside"),
    ("da", "jeg er ved at bryde sammen"),
    ("da", "jeg er helt nede nu"),
    ("en", "i have hit rock bottom"),
    ("en", "been crying all day and nothing helps"),
    ("da", "græder hele dagen og kan ikke mere"),
    # urgent: someone to talk to now because it is bad
    ("en", "who can i call right now its too much"),
    ("da", "hvem kan jeg snakke med nu, det er for meget"),
    # medical: signs of a stroke; a diabetic who is confused; a person with dementia gone
    ("en", "my dads face is drooping on one side"),
    ("da", "min mors mundvig hænger og hun taler sløret"),
    ("en", "my diabetic husband is sweating and confused"),
    ("da", "min far er diabetiker og han er helt forvirret og ryster"),
    ("en", "my gran has dementia and went out an hour ago and we cant find her"),
    ("da", "min demente mor er gået hjemmefra og vi kan ikke finde hende"),
    ("en", "he walked out in the cold last night and is not back"),
    # psychiatric: thoughts read, cameras in the walls, out to get me, meds run out, again
    ("en", "the neighbours can read my thoughts"),
    ("da", "folk kan læse mine tanker"),
    ("en", "there are cameras in my walls"),
    ("da", "de har sat mikrofoner i min lampe"),
    ("en", "the people upstairs are out to get me"),
    ("da", "naboerne er ude efter mig"),
    ("da", "hører nogen inde i væggen der taler om at gøre mig ondt"),
    ("en", "my meds ran out and im hearing voices"),
    ("da", "stoppede med min medicin og nu bliver jeg skør"),
    ("en", "i see things again"),
    ("da", "hører stemmerne igen"),
    # self-harm: a blade or scissors on the body, punishing the body
    ("en", "i use a blade on my arms"),
    ("da", "bruger et barberblad på mine lår"),
    ("da", "har skåret i armene med en kniv"),
    ("en", "scratched my wrists with scissors"),
    ("da", "jeg straffer min krop"),
    ("en", "punishing my body when i mess up"),
    # sexual coercion in other words; bruises and the blame; two blows; we get beaten
    ("en", "my boyfriend forces me into sexual things"),
    ("da", "min mand tvinger mig til sex"),
    ("en", "he makes me do things in bed i dont want"),
    ("da", "han presser mig til seksuelle ting"),
    ("en", "bruises on my arms and he says it is my fault"),
    ("da", "blå mærker på halsen og han siger det var min egen skyld"),
    ("da", "min voksne søn sparker og slår mig"),
    ("en", "my adult daughter pushes and hits me"),
    # stalking: waiting and scared, watching, floods of texts, knows what I wore, tracking
    ("en", "a guy waits for me every morning outside and im scared"),
    ("da", "en mand følger efter mig hjem hver dag og jeg er bange"),
    ("en", "he is always watching me"),
    ("da", "min eks overvåger mig"),
    ("en", "my ex sends me like 80 messages a day"),
    ("da", "får hundredvis af beskeder fra min eks"),
    ("da", "han ved hvad jeg har haft på i dag"),
    ("en", "he always knows where i am"),
    ("en", "my ex put an app on my phone"),
    ("da", "han har installeret en tracker på min bil"),
    ("en", "my ex keeps showing up at my work"),
    ("da", "min eks bliver ved med at dukke op ved min lejlighed"),
    # unsafe now: not safe where I am, he is coming home and I am scared
    ("en", "i dont feel safe where i am tonight"),
    ("da", "jeg føler mig ikke tryg her lige nu"),
    ("en", "hes on his way home and im so scared"),
    ("da", "min mand kommer snart hjem og han er fuld"),
    # farewell: accounts deleted, thanks for everything
    ("da", "slettet alle mine profiler og sagt tak for alt"),
    ("en", "thanked everyone for everything, goodbye"),
    ("en", "after the match we get beaten at home by our dad"),
    # a passive wish to stay asleep or gone; pills laid out while waiting for the others;
    # no bed tonight
    ("en", "honestly wouldnt mind if i died in my sleep"),
    ("da", "ville være ligeglad hvis jeg aldrig vågnede i morgen"),
    ("en", "counted out my tablets and now just waiting till my husband goes to bed"),
    ("da", "har talt pillerne op og venter til min mand falder i søvn"),
    ("en", "i have no place to sleep for the night"),
    ("da", "jeg har ingen seng i nat"),
]


@pytest.mark.parametrize(("lang", "message"), SIXTH_ROUND_KINDS)
def test_sixth_round_kind_is_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, (lang, message)


# The same round, continued: kinds the rules still left to the net in the earlier seen sets
# (burden as a favour or "had enough of me", tired of existing, letting go at the water, a
# height looked up, taking them all, a note written, no need of help after tonight, a chest
# pain, someone unresponsive by pills, behind a locked door for hours, delusions on the radio,
# sleepless racing thoughts, self-harm on purpose or hidden under sleeves, stitches again, a
# secret, pictures shared unless, no taken for an answer, a bare "far slår mig", bruises given,
# a waiting car, blocked numbers, fled with nowhere to go, hammering on the door, help fast).
MORE_KINDS = [
    ("en", "my family would be doing themselves a favour if i just died"),
    ("da", "jeg gør alle en tjeneste ved at forsvinde"),
    ("en", "honestly i would rather not be alive"),
    ("da", "er så træt af at eksistere"),
    ("en", "stood on the pier for an hour wanting to just let go"),
    ("da", "stod ved kajen i nat og ville bare springe"),
    ("da", "tænkte på at køre bilen ud i havnen"),
    ("en", "it would be so easy to just end it tonight"),
    ("da", "det ville ikke betyde noget hvis jeg ikke var her mere"),
    ("en", "looked up how high the multistorey is"),
    ("da", "har googlet hvor mange meter der er ned fra taget"),
    ("da", "overvejer at tage dem allesammen på én gang"),
    ("en", "i already know which bridge i will use"),
    ("en", "after tonight i wont be needing anything"),
    ("da", "har samlet mine sovepiller og gemt dem alle sammen"),
    ("en", "if you dont hear from me again, thats it"),
    ("en", "my whole family has had enough of me"),
    ("da", "min mand fortjener at slippe for mig"),
    ("en", "nobody would care if i wasnt alive"),
    ("da", "ingen ville opdage det hvis jeg ikke levede"),
    ("en", "they would be better with me out of the picture"),
    ("da", "har givet min hund til min søster så hun kan passe godt på ham"),
    ("da", "har skrevet mit testamente og slettet min facebook"),
    ("en", "i have set a date"),
    ("en", "keep thinking about driving off the road"),
    ("en", "the note is written already, i wrote the note"),
    ("da", "planen er lagt til i morgen"),
    ("en", "feels like my life is already over"),
    ("da", "hvad skal jeg med at blive ved"),
    ("da", "kan ikke se mig selv om fem år"),
    ("da", "ka ikke holde til at leve sådan her"),
    ("en", "i just took a bunch of pills"),
    ("da", "holder det ikke ud længere"),
    ("en", "nothing will ever get better"),
    ("da", "min far har voldsomme smerter i brystet og kan ikke trække vejret"),
    ("en", "my mum is unresponsive and there are pill bottles next to her"),
    ("en", "my brother took pills and now he doesnt answer"),
    ("en", "my son has been locked in the bathroom for hours and no answer"),
    ("da", "jeg slugte alle mine sovepiller på én gang"),
    ("da", "de taler om mig i fjernsynet"),
    ("en", "not slept in five days and the thoughts are racing"),
    ("da", "hører nogen sige mit navn men der er ingen"),
    ("en", "i hear them in the ceiling telling me what to do"),
    ("da", "jeg kan ikke skelne hvad der er virkeligt"),
    ("da", "jeg skader mig selv med vilje når det bliver for meget"),
    ("da", "er begyndt at cutte igen"),
    ("en", "long sleeves so nobody sees the cuts"),
    ("da", "har fået syet igen efter i weekenden"),
    ("da", "tog barberbladet frem igen i går"),
    ("en", "my legs are covered in scars that i hide"),
    ("da", "min træner siger det skal være vores hemmelighed det han gør ved mig"),
    ("en", "she says she will post my nudes unless i pay"),
    ("da", "kan ikke huske noget fra i går og tror han puttede noget i min drink"),
    ("da", "han vil ikke tage nej som et svar"),
    ("da", "far slår mig hver gang han har drukket"),
    ("da", "min kæreste har givet mig et blåt øje"),
    ("en", "my son of 30 has hit me several times"),
    ("en", "he says hes gonna kill me if i leave"),
    ("da", "jeg kan høre naboen slå sin kone"),
    ("en", "boyfriend choked me last night"),
    ("en", "bruises all over my back and he told me i deserved it"),
    ("en", "a man is parked outside my flat every night"),
    ("da", "han skriver fra nye numre selvom jeg har blokeret ham"),
    ("en", "he turns up everywhere i go"),
    ("da", "han dukkede op ved min arbejdsplads og stirrede bare på mig"),
    ("en", "found an airtag on my bike"),
    ("da", "flygtede hjemmefra i nat og ved ikke hvor jeg skal sove"),
    ("en", "im at a friends place but he says hes coming to get me"),
    ("en", "he threw me out and has the kids and he is yelling"),
    ("da", "han hamrer på døren lige nu"),
    ("en", "locked in the bedroom and he is screaming"),
    ("da", "han drikker igen og jeg er bange"),
    ("en", "shes out looking for me"),
    ("da", "sidder i bilen og tør ikke gå ind"),
    ("en", "i need to talk to someone now"),
    ("da", "hjælp mig hurtigt"),
    ("en", "sos"),
    ("da", "min kæreste er ved at slå mig"),
    ("en", "my partner keeps hurting me"),
    ("da", "han har truet med at gøre det af med mig"),
    ("da", "slettet alle mine sociale medier og sagt farvel"),
    ("da", "alle herbergerne er fulde"),
    ("da", "ka ikke mer"),
    ("da", "nu vil jeg bare dø"),
    ("en", "i want to thank everybody before i go"),
    ("da", "vil gerne sige tak til jer alle inden jeg går"),
]


@pytest.mark.parametrize(("lang", "message"), MORE_KINDS)
def test_more_kinds_are_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, (lang, message)


# Look-alikes of those: a death long before one was born, a review of a documentary, a mother
# who does not answer texts, one's usual pills, a date for a wedding, a bee sting.
MORE_HARMLESS = [
    ("en", "my grandma took her own life in the sixties, long before i was born"),
    ("da", "min oldefar begik selvmord før jeg blev født"),
    ("en", "saw a documentary about young people and suicide, it was really important"),
    ("da", "læste en bog om selvskade, den var rørende"),
    ("en", "my mum is not responding to my texts today"),
    ("en", "i took my pills this morning"),
    ("da", "han dukkede op til festen"),
    ("en", "i said no to the job and they didnt listen"),
    ("da", "min søster passer godt på min hund mens jeg er på ferie"),
    ("en", "we set a date for the wedding"),
    ("da", "har sat en dato for mødet"),
    ("en", "he is looking for me at the station to pick me up"),
    ("da", "tør ikke gå ind til lægen alene"),
    ("en", "help me quickly find the form"),
    ("da", "vi har skrevet sedlen til skolen"),
    ("en", "the plan is made for the renovation next month"),
    ("da", "min bror slår mig altid i skak"),
    ("en", "my brother beats me at tennis"),
    ("da", "har fået sting efter operationen"),
    ("en", "i got stung again by a bee"),
    ("en", "when does the support stop for good"),
    ("en", "thanks for the help before i go"),
    ("da", "tak for hjælpen inden jeg går"),
]


@pytest.mark.parametrize(("lang", "message"), MORE_HARMLESS)
def test_more_look_alikes_raise_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (lang, message, result.rule)


def test_a_review_of_a_film_about_suicide_is_no_alarm_but_a_wish_after_it_is():
    assert not crisis.rules_check("watched a film about suicide, it was strong").flagged
    assert crisis.rules_check("så en film om selvmord og nu vil jeg dø").flagged
    assert crisis.rules_check("watched a film about suicide, it was strong, i want to die").flagged


# Harmless messages close to the new rules: a job's last day, a chore done when the children
# sleep, a housing solution, a team that lost, "you read my mind", shaving.
NEAR_BUT_HARMLESS = [
    ("da", "mit humør er i bund i dag"),
    ("en", "my team got beaten again tonight"),
    ("da", "landskamp i aften, vi bliver nok slået"),
    ("da", "min konge blev taget i skak"),
    ("en", "i was beaten at chess again"),
    ("en", "you read my mind"),
    ("da", "min kone kan læse mine tanker haha"),
    ("en", "my mum always knows where i am through find my phone"),
    ("da", "jeg gør det når børnene sover"),
    ("en", "i will do it when my wife is away, can i fill it in later"),
    ("da", "fredag er min sidste dag på arbejdet"),
    ("en", "friday is my last day at work"),
    ("en", "we need a permanent solution for my housing"),
    ("da", "jeg er helt knust efter kampen"),
    ("en", "i am not falling apart but i need some support"),
    ("da", "hvem kan jeg tale med om min ansøgning nu"),
    ("en", "who can i talk to right now about the application"),
    ("da", "min telefon er helt i stykker"),
    ("en", "the house is falling apart"),
    ("en", "the old fence is falling apart"),
    ("da", "jeg er på bunden af ventelisten"),
    ("en", "we bought a lot of paracetamol for the cabin"),
    ("da", "min mor venter på mig efter skole hver dag"),
    ("en", "my dad watches me play football"),
    ("en", "my ex keeps turning up late to pick up the kids"),
    ("da", "soon it will be summer"),
    ("en", "soon it will be over, the exam is on friday"),
    ("da", "hvis jeg stadig bor her til den tid vil jeg gerne i en gruppe"),
    ("en", "the kids are asleep so i have time to do it now"),
    ("da", "har alt klar til festen og venter til gæsterne kommer"),
    ("en", "got everything ready for christmas, waiting till the kids are asleep to wrap presents"),
    ("da", "jeg bliver helt overveldet af breve fra kommunen"),
    ("da", "er det ok hvis jeg ikke kan komme hver uge eller bliver man smidt ud"),
    ("da", "min bedstemor er dement og hun kan ikke finde sine briller"),
    ("en", "crying all day because of the film lol"),
    ("da", "jeg tror ikke jeg er her til mødet på fredag"),
    ("en", "i ripped my jeans with scissors"),
    ("da", "jeg klippede mine negle med en saks"),
    ("en", "i used a razor on my legs this morning"),
]


@pytest.mark.parametrize(("lang", "message"), NEAR_BUT_HARMLESS)
def test_a_harmless_message_near_the_new_rules_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (lang, message, result.rule)


# A crisis told as long past, beside its time ("som barn", "in 2019", "years ago", "engang")
# or followed by a clause saying it stopped or is over: no alarm ...
PAST_TOLD_AS_OVER = [
    ("en", "my stepdad beat me when i was little, i have talked it through with a counsellor"),
    ("en", "i was homeless back in 2018, got a council flat since"),
    ("en", "had a psychotic episode in 2019 and have been stable since"),
    ("en", "my ex hit me once, he lives in another country now"),
    ("en", "self harmed at uni, stopped ages ago"),
    ("en", "lost my uncle to suicide years ago, i'm okay"),
    ("da", "min mor slog mig som barn, det har jeg fået hjælp til"),
    ("da", "var hjemløs i 2016, har haft egen bolig i mange år"),
    ("da", "havde en psykose i 2018 og har været stabil siden"),
    ("da", "for nogle år siden boede jeg i et voldeligt forhold, det er forbi og jeg har det godt"),
    ("da", "brændte mig selv som teenager, det er overstået"),
    ("da", "min kæreste truede mig engang, men vi gik fra hinanden for længe siden"),
]

# ... but the same shapes with a word of now, one's own attempt, "not okay", or a crisis of
# today in another clause must still be flagged.
PAST_BUT_NOW = [
    ("en", "I tried to end it years ago and now I want it again"),
    ("en", "my stepdad beat me when i was little and now he is back in my life and hits me again"),
    ("en", "i was homeless back in 2018 and tonight i have nowhere to sleep again"),
    ("en", "had a psychotic episode in 2019 and the voices are starting again"),
    ("en", "my ex hit me once, and now he is outside my door"),
    ("en", "self harmed at uni, stopped ages ago, but last week i started again"),
    ("en", "attempted suicide as a teen, fine now"),
    ("en", "had suicidal thoughts years ago and i'm not okay"),
    ("en", "my dad hit me as a kid because he drank and now my boyfriend chokes me"),
    ("en", "i'm going to kill myself because my dad hit me as a kid"),
    ("da", "min mor slog mig som barn og nu slår hun mig igen"),
    ("da", "havde en psykose i 2018 og nu hører jeg stemmer igen"),
    ("da", "skar i mig selv som teenager, og i går gjorde jeg det igen"),
    ("da", "havde selvmordstanker som ung og tænker på det igen nu"),
    ("da", "min far slog mig da jeg var barn og min mand slår mig nu"),
    # "once" alone is no time long ago
    ("en", "my boyfriend hit me once"),
    ("da", "min mand truede mig engang"),
]


@pytest.mark.parametrize(("lang", "message"), PAST_TOLD_AS_OVER)
def test_a_crisis_told_as_long_past_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (lang, message, result.rule)


@pytest.mark.parametrize(("lang", "message"), PAST_BUT_NOW)
def test_a_past_crisis_with_a_word_of_now_still_flags(lang, message):
    assert crisis.rules_check(message).flagged, (lang, message)


def test_a_past_match_counts_when_a_joiner_stands_between_it_and_the_time():
    # "kill myself" and "as a kid" share a clause, but "because" starts a new thought.
    norm, _ = crisis._prepare("i'm going to kill myself because my dad hit me as a kid")
    marks = [m.span() for m in crisis._PAST.finditer(norm)]
    assert marks
    # A word of now ("kill myself") keeps every match of the message, past or not.
    assert crisis._past_marks(norm) == []
    start = norm.index("kill")
    assert not crisis._told_as_past(norm, start, start + len("kill myself"), marks)
    hit = norm.index("my dad")
    assert crisis._told_as_past(norm, hit, hit + len("my dad hit me"), marks)


# Teams beaten in a match, a piece taken in chess: no alarm; blows from a person still flag.
GAMES = [
    ("da", "pokalkamp i aften og vi bliver sikkert slået"),
    ("en", "we play the final tonight and we will be beaten for sure"),
    ("da", "blev slået i ludo af min niece"),
    ("en", "got beaten at poker again lol"),
]
GAMES_BUT_CRISIS = [
    ("da", "efter kampen blev jeg slået af min kæreste"),
    ("en", "after the match we get beaten at home by our dad"),
    ("da", "min søn blev slået i hovedet i skolen"),
    ("da", "vi spiller skak og han slår mig når jeg vinder"),
]


@pytest.mark.parametrize(("lang", "message"), GAMES)
def test_a_team_or_piece_beaten_in_a_game_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (lang, message, result.rule)


@pytest.mark.parametrize(("lang", "message"), GAMES_BUT_CRISIS)
def test_blows_beside_a_game_still_flag(lang, message):
    assert crisis.rules_check(message).flagged, (lang, message)


def test_bills_that_take_all_the_money_are_no_control_but_a_person_who_does_is():
    assert not crisis.rules_check("regningerne tager næsten alle mine penge").flagged
    assert not crisis.rules_check("the bills eat all my money every month").flagged
    assert crisis.rules_check("min mand tager alle mine penge").flagged
    assert crisis.rules_check("my boyfriend takes all my money and my bank card").flagged


def test_questions_about_the_offers_rules_are_no_homelessness():
    assert not crisis.rules_check("bliver man smidt ud hvis man ikke kommer hver uge").flagged
    assert crisis.rules_check("jeg bliver smidt ud i aften og har intet sted at sove").flagged


def _seen_lines() -> list[str]:
    """Every line of the seen crisis sets (never the unseen round-7 set)."""
    lines = []
    for path in (
        crisis_eval.HELDOUT,
        crisis_eval.PROBES,
        crisis_eval.FRESH,
        crisis_eval.FRESH2,
        crisis_eval.FRESH3,
        crisis_eval.FRESH4,
        crisis_eval.FRESH5,
        crisis_eval.FRESH6,
    ):
        found, harmless = crisis_eval._labelled(path)
        lines += [m for _, _, m in found + harmless]
    return lines


def _plain(text: str) -> str:
    return " ".join(crisis.normalise(text).replace("|", " ").split())


# Phrasings of this round that ARE near copies of seen-set lines: the check below compared
# nothing until 2026-11-24 (its matcher's second sequence was empty), and on repair it found
# these 41 of 319. They stay as test cases, named here so that the figures of the seen sets
# they copy are not read as more than seen; the check fails on any new near copy.
KNOWN_NEAR_COPIES = frozenset(
    (
        "been thinking about unaliving tbh",
        "familien ville klare sig fint uden mig i deres liv",
        "my grandads rifle is in the loft and i keep thinking about using it on myself",
        "tror ikke jeg lever til jul",
        "snart er jeg her ikke mere",
        "jeg kan ikke holde det ud en eneste dag mere",
        "i have hit rock bottom",
        "blå mærker på halsen og han siger det var min egen skyld",
        "i dont feel safe where i am tonight",
        "jeg føler mig ikke tryg her lige nu",
        "i have no place to sleep for the night",
        "jeg har ingen seng i nat",
        "min telefon er helt i stykker",
        "jeg bliver helt overveldet af breve fra kommunen",
        "var hjemløs i 2016, har haft egen bolig i mange år",
        "havde en psykose i 2018 og har været stabil siden",
        "for nogle år siden boede jeg i et voldeligt forhold, det er forbi og jeg har det godt",
        "my boyfriend hit me once",
        "det ville ikke betyde noget hvis jeg ikke var her mere",
        "nobody would care if i wasnt alive",
        "ingen ville opdage det hvis jeg ikke levede",
        "kan ikke se mig selv om fem år",
        "ka ikke holde til at leve sådan her",
        "holder det ikke ud længere",
        "nothing will ever get better",
        "my son has been locked in the bathroom for hours and no answer",
        "hører nogen sige mit navn men der er ingen",
        "jeg kan ikke skelne hvad der er virkeligt",
        "jeg skader mig selv med vilje når det bliver for meget",
        "er begyndt at cutte igen",
        "he says hes gonna kill me if i leave",
        "he threw me out and has the kids and he is yelling",
        "sidder i bilen og tør ikke gå ind",
        "i need to talk to someone now",
        "sos",
        "min kæreste er ved at slå mig",
        "ka ikke mer",
        "min oldefar begik selvmord før jeg blev født",
        "i took my pills this morning",
        "my brother beats me at tennis",
        "tak for hjælpen inden jeg går",
    )
)


def test_no_phrasing_here_is_a_near_copy_of_a_seen_set_line():
    seen = [_plain(m) for m in _seen_lines()]
    ours = [
        m
        for _, m in SIXTH_ROUND_KINDS
        + NEAR_BUT_HARMLESS
        + PAST_TOLD_AS_OVER
        + PAST_BUT_NOW
        + GAMES
        + GAMES_BUT_CRISIS
        + MORE_KINDS
        + MORE_HARMLESS
    ]
    found = _near_copies(ours, seen)
    assert [m for m in found if m not in KNOWN_NEAR_COPIES] == []
    assert set(found) == KNOWN_NEAR_COPIES  # none of them quietly reworded or dropped


def test_the_near_copy_check_can_fail():
    seen = [_plain(m) for m in _seen_lines()]
    line = seen[len(seen) // 2]
    assert _near_copies([line + " ok"], seen) == [line + " ok"]
    assert _near_copies(["min kat har ædt en hel pakke smør"], ["jeg vil ikke leve mere"]) == []


def _near_copies(ours: list[str], seen: list[str]) -> list[str]:
    return near_copies(ours, seen, _plain)
