"""The crisis rules' seventh round (issue 10): kinds of false alarm and of miss that the
round-7 set (seen since its one unseen measurement) showed, in both languages and in words of
our own (not lines of any bench set; a test below checks that none is a near copy of a seen
set's line). Every guard or narrowed rule has real crises of the same shape beside it that
must still be flagged. Rules alone (crisis.rules_check): the learned net must not be what
makes these pass."""

from pathlib import Path

import pytest

from bench import crisis_eval
from portal.chat import crisis
from tests.support.near_copies import near_copies

DATA = Path(crisis_eval.__file__).resolve().parent / "data"

# -- recall by kind (own phrasings) -----------------------------------------------------------
# (language, message): the rules must flag each one (crisis or the gentle concern question).
SEVENTH_ROUND_KINDS = [
    # point of going on
    ("da", "hvad er meningen med at fortsætte overhovedet"),
    ("da", "hvad er egentlig formålet med at kæmpe videre"),
    ("en", "honestly what is the point in fighting on every day"),
    # sleep and not come back / taken in sleep
    ("da", "jeg beder om at jeg ikke vågner i morgen tidlig"),
    ("da", "håber gud tager mig mens jeg sover"),
    ("en", "i hope i just dont wake up tomorrow morning"),
    ("en", "some nights i want to go to sleep and not come back"),
    ("da", "gider ikke vågne op en dag mere"),
    ("en", "please let me die in my sleep tonight"),
    # switch it all off for good
    ("da", "vil bare lukke ned for det hele for altid"),
    ("en", "i want to switch everything off permanently"),
    ("en", "want to make it all stop for good"),
    # passive accident, not moving out of the way
    ("en", "if a lorry came at me i wouldnt even step aside"),
    ("da", "hvis toget kom ville jeg blive stående på sporet"),
    # why stay
    ("en", "why should i even stick around"),
    ("da", "hvorfor skal jeg egentlig blive ved"),
    # joining a dead loved one
    ("da", "min kone gik bort i sommer og jeg vil bare være sammen med hende igen"),
    ("en", "since my dad passed i just want to go and join him"),
    # not alive in the future
    ("en", "i honestly cant imagine still being alive at 30"),
    ("da", "kan ikke forestille mig at være i live til næste sommer"),
    # how much longer
    ("en", "not sure how much longer i can stay alive like this"),
    ("da", "ved ikke hvor længe jeg kan holde mig selv i live"),
    ("da", "magter ikke holde ud så meget længere"),
    ("en", "i cant hang on much longer"),
    # check out
    ("en", "thinking about checking out early"),
    ("da", "er klar til at stå af for altid"),
    # chosen place, weapon not for its use, pills written down, a date
    ("en", "i already know which building i will jump from"),
    ("da", "jeg har fundet ud af hvilket tag jeg skal springe fra"),
    ("en", "took my brothers rifle from the cabinet and its not for shooting at the range"),
    ("da", "har lånt min onkels pistol og den er ikke til jagt"),
    ("da", "hvor mange stesolid skal der til for at det er nok"),
    ("en", "made a list of which tablets and how many i need"),
    ("en", "i have chosen the day"),
    ("da", "jeg har valgt datoen"),
    ("en", "ill do it tonight once everyone is asleep"),
    ("da", "jeg gør det i nat når alle sover"),
    # farewell
    ("da", "har givet min hund til min veninde og alt er ordnet nu"),
    ("en", "gave my cat to the neighbour and everything is sorted now"),
    ("en", "if anybody finds this, thanks for everything and sorry"),
    ("da", "hvis nogen finder den her besked, tak for alt"),
    ("en", "tell my mum i loved her"),
    ("da", "fortæl min søster at jeg elskede hende"),
    ("da", "sig til min far at det ikke var hans skyld"),
    ("en", "sent everyone my last text, turning my phone off now"),
    ("da", "har sendt min sidste besked til alle og slukker telefonen"),
    # burden
    ("da", "jeg er bare en klods om benet på alle"),
    ("en", "im nothing but dead weight to my family"),
    ("en", "my children deserve a better mum than me, they would manage without me"),
    ("da", "mine børn fortjener en bedre far end mig"),
    ("en", "time i stopped being a problem for everyone"),
    ("da", "det er på tide jeg holder op med at være en byrde"),
    # self-harm: a blade kept in case, hiding marks
    ("en", "i keep a razor blade in my bag in case i need it"),
    ("da", "har altid et barberblad i lommen for en sikkerheds skyld"),
    ("da", "går i lange ærmer så ingen ser mærkerne jeg laver"),
    ("en", "always wearing hoodies so nobody sees the cuts i make"),
    # violence in other words
    ("en", "he threw me into the wardrobe and i have bruises all over"),
    ("da", "han smed mig ind i væggen i går"),
    ("da", "har fået blå mærker på hele kroppen igen"),
    # sexual coercion
    ("en", "he says he will send my nudes to everyone unless i meet him"),
    ("da", "hun vil sende nudes af mig til min klasse hvis jeg ikke betaler"),
    ("da", "udlejeren siger jeg kan betale huslejen på en anden måde"),
    ("en", "my boss said i could pay him back in other ways"),
    ("en", "my partner makes me do things in bed i dont want and records it"),
    ("da", "min kæreste tvinger mig til ting i sengen og filmer det"),
    # stalking
    ("da", "han står tit ude på vejen og holder øje med mit vindue"),
    ("en", "my ex sits outside in his car watching my flat every evening"),
    ("da", "jeg skiftede nummer og flyttede men han har fundet mig igen"),
    ("en", "changed my number twice and moved, he still tracks me down"),
    # unsafe now
    ("en", "he is coming home soon and hes furious, i have to get out"),
    ("da", "han kommer hjem om lidt og han er rasende, jeg skal væk"),
    # locked out
    ("da", "værten har skiftet låsen og alle mine ting er derinde"),
    ("da", "boligselskabet har udskiftet låsene mens jeg var på arbejde"),
    # psychiatric
    ("en", "nothing feels real and i dont know if i exist"),
    ("da", "føler ikke at jeg er virkelig og det skræmmer mig"),
    ("en", "going insane right now, everything is too loud"),
    ("da", "jeg er ved at blive sindssyg lige nu"),
    # medical
    ("en", "my dad just had a seizure and is still shaking"),
    ("da", "jeg har lige haft et krampeanfald"),
    ("en", "im 25 weeks pregnant and bleeding a lot"),
    ("da", "min kæreste er gravid og bløder voldsomt"),
    ("en", "took a whole packet of my sleeping pills"),
    ("da", "jeg har lige slugt en bøtte ipren"),
    # despair
    ("da", "føler mig fuldstændig tom indvendig"),
    ("en", "i feel totally empty inside"),
    ("en", "i have nothing left to give"),
    ("da", "der er ikke mere tilbage i mig"),
    ("da", "jeg græder hele tiden og alt er lort"),
    ("en", "im crying all the time and everything is shit"),
    # urgent help
    ("en", "is there anyone i can call right now tonight"),
    ("da", "hvem kan jeg ringe til i nat"),
    ("da", "hjælp mig i aften, ikke først om tre uger"),
    ("en", "someone has to help me today"),
    ("da", "nogen skal hjælpe mig nu"),
    ("da", "jeg trænger til hjælp lige nu"),
    ("en", "individual is fine if i'm still alive by then"),
    ("da", "telefon passer mig, hvis jeg stadig er her"),
    # long with one clause
    ("da", "har lagt alle pillerne til side og ser på dem hver nat, men mit spørgsmål er om bolig"),
    ("en", "my kids would get the life insurance if i died so it would be better that way"),
    ("da", "hvis jeg dør får familien forsikringspengene så er det bedre"),
    ("en", "checked how high the bridge is and whether it would be enough"),
    ("da", "har undersøgt hvor højt p-huset er og om det er nok"),
    ("en", "i have a plan to end things if nothing changes by summer"),
    ("da", "har lavet planer om at ende det hele"),
    # relative now
    ("en", "my best mate sent a goodbye message an hour ago and won't answer"),
    ("da", "min bror har skrevet farvel og har slukket telefonen"),
    ("da", "min far sidder med sin riffel i kælderen og siger han er færdig med det hele"),
    ("en", "my husband is sitting with a knife saying nobody would miss him"),
    ("en", "my daughter locked herself in the bathroom and says she will cut herself"),
    ("da", "min datter siger hun vil skære sig og har låst døren"),
    ("en", "my mum is passed out drunk on the floor and not responding"),
    ("da", "min mor ligger på gulvet og reagerer ikke"),
    ("en", "my mate says he is standing on the bridge"),
    ("da", "min veninde skriver at hun står på broen nu"),
    ("en", "my stepdad is hitting my little brother right now"),
    ("da", "min far slår min lillesøster lige nu"),
]

# Everyday messages near the new rules: none may raise an alarm.
NEAR_NEW_RULES = [
    ("en", "we picked the date for the wedding, it is in june"),
    ("da", "vi har valgt datoen for min datters konfirmation"),
    ("en", "i know which bridge is closed for repairs this week"),
    ("da", "værten skiftede låsene på vaskeriet i går"),
    ("en", "how long will the course keep going after the summer"),
    ("da", "hvor længe kan jeg blive i forløbet"),
    ("en", "my dad beats my brother at chess every sunday"),
    ("da", "min mor slår min lillebror i ludo hver gang"),
    ("en", "can i pay the fee another way than by card"),
    ("en", "thanks for everything, goodbye"),
    ("da", "tak for alt og undskyld alle de mange spørgsmål"),
    ("en", "my baby cries all the time at night, is there help for parents"),
    ("da", "jeg fik krampe i benet lige før jeg gik i seng"),
    ("en", "my toddler had a fit again in the shop"),
    ("da", "min søn fik et anfald af grin i dag"),
    ("en", "i took the whole packet of forms home to read"),
    ("da", "hvor mange piller skal jeg tage mod hovedpine ifølge lægen"),
    ("en", "what is the point of the questionnaire"),
    ("da", "hvad er meningen med det her skema"),
    ("en", "my grandad sits with his hunting rifle cleaning it every autumn"),
    ("da", "jeg ved ikke hvor længe forløbet varer"),
    ("en", "we are moving on friday, everything is ready"),
    ("da", "jeg kan ikke vente til mandag, så starter jeg i praktik"),
    ("en", "i have to get out of the house more often"),
    ("da", "jeg skal have hjælp med min ansøgning, hvem kan jeg ringe til om den"),
    ("en", "my sister is pregnant and i want to help her with the move"),
    ("en", "the landlord said we could pay the deposit in instalments"),
    ("da", "min kat er død og jeg savner hende"),
    ("en", "my mum died last year and i want to be with my kids more"),
]

# -- false alarms by kind, each with crises of the same shape ------------------------------

# A crisis told as past with a settled present ("I'm safe now", "now I have my own flat",
# "he is in prison", "worked through it"), or long ago in a clause after "but".
PAST_SETTLED = [
    ("da", "min far var voldelig dengang, han er død nu og jeg er tryg"),
    ("da", "jeg var hjemløs et halvt år, nu bor jeg i eget værelse og vil have hjælp med budget"),
    ("da", "blev slået af min første mand, men det er lang tid siden og jeg er kommet videre"),
    ("da", "har tidligere boet paa gaden, nu har jeg egen lejlighed og brug for hjaelp til post"),
    ("da", "min eks var voldelig mod mig, han sidder i fængsel nu"),
    ("en", "my stepdad was violent, he is in jail now and we are safe"),
    ("en", "was homeless for two years, now i rent a flat and need help with the bills"),
    ("en", "my mum hit us when we were little, i've moved on"),
    ("en", "my first husband was abusive but that was a long time ago"),
    ("en", "i used to sleep rough, now i have my own place and want help with forms"),
]
PAST_BUT_NOW = [
    ("da", "min eks var voldelig i lørdags, jeg er tryg nu hos min søster"),
    ("da", "jeg var hjemløs sidste år og nu er jeg det igen"),
    ("da", "han var voldelig mod mig, jeg er ikke tryg nu"),
    ("en", "he was violent again, im safe right now but scared"),
    ("en", "my ex was abusive and i'm not safe at home"),
    ("en", "i was homeless for a while, now i have nowhere to sleep tonight"),
    ("en", "i used to cut myself and now i want to do it again"),
    ("en", "my stepdad was violent last week, im safe now"),
]

# Urgency about a practical matter, or hedged urgency.
URGENT_ERRAND = [
    ("da", "det er akut med min ansøgning om kontanthjælp, hvem skal jeg skrive til"),
    ("da", "det haster med at få svar på min sag"),
    ("da", "hvad gør jeg i en nødsituation med varmen i lejligheden"),
    ("da", "vil gerne høre hvornår I ringer, det haster lidt"),
    ("en", "i need help urgently with the pension papers, they are due monday"),
    ("en", "it's urgent about my tax letter, who do i call"),
    ("en", "is it a bit urgent if my appointment is next week?"),
]
URGENT_ERRAND_BUT_CRISIS = [
    ("da", "det haster med huslejen, jeg bliver smidt ud i nat og har ingen steder at sove"),
    ("da", "det er akut, han slår mig"),
    ("en", "it is urgent, i want to die"),
    ("en", "i need help urgently, my boyfriend is hitting me"),
    ("da", "kan I ikke bare hjælpe mig nu, det er akut"),
]

# Working or volunteering against violence.
AGAINST_VIOLENCE = [
    ("da", "jeg arbejder på et krisecenter for kvinder udsat for vold, må jeg sende folk til jer"),
    ("da", "sidder i bestyrelsen for en forening mod partnervold"),
    ("en", "i work at a shelter for domestic abuse survivors, can they apply here"),
    ("en", "our church runs a domestic violence awareness course, do you have leaflets"),
]
AGAINST_VIOLENCE_BUT_CRISIS = [
    ("da", "er frivillig i en forening mod vold, men min kæreste slår mig"),
    ("en", "i volunteer at a domestic violence charity but my husband hits me at home"),
    ("en", "i am in a domestic violence situation right now"),
    ("da", "jeg bor med vold i hjemmet"),
]

# A goodbye at work.
GOODBYE_AT_WORK = [
    ("da", "skal skrive et afskedskort til min kollega der går på pension"),
    ("da", "har skrevet afskedsbrev til min arbejdsgiver, jeg starter et nyt sted i januar"),
    ("en", "helping my son write a goodbye letter to his teacher who is leaving"),
    ("en", "signed the farewell card for my boss today"),
]
GOODBYE_BUT_CRISIS = [
    ("da", "har skrevet afskedsbreve til min chef og til mine børn"),
    ("en", "finished the goodbye letters for my parents and my brother"),
    ("en", "wrote a goodbye note and put it on my bed"),
    ("da", "har skrevet et afskedsbrev"),
]

# Bad at a thing ("hopeless at"), asking whether a supplement can be overdosed, real words
# that were read as crisis words ("prison" as "poison", "sker" as "skær"), "won't ... anymore"
# about an everyday task.
OTHER_HARMLESS = [
    ("en", "im hopeless at cooking, can you help with that"),
    ("da", "jeg er håbløs til at holde styr på mine papirer"),
    ("en", "can you overdose on vitamin c tablets? just wondering"),
    ("da", "kan man få en overdosis af d-vitamin, min læge har ordineret det"),
    ("en", "my brother is coming out of prison next month and needs a routine"),
    ("da", "jeg vil gerne forstå hvad der sker i min sag hos jobcentret"),
    ("en", "my mother won't cook or clean anymore since my dad died"),
    ("en", "my son (14) won't go to football anymore"),
    ("da", "min mor får ikke handlet ind mere"),
    ("da", "bliver oplysningerne om mig smidt ud bagefter"),
    ("en", "are my documents thrown away when the programme ends"),
]
OTHER_BUT_CRISIS = [
    ("en", "i feel hopeless about everything"),
    ("en", "im hopeless with life and want it to end"),
    ("da", "jeg føler mig helt håbløs"),
    ("en", "can you overdose on paracetamol"),
    ("en", "how many sleeping pills does it take to overdose"),
    ("da", "kan man tage en overdosis af d-vitamin, jeg vil dø"),
    ("da", "skærer stadig i mine ben om aftenen"),
    ("da", "jeg skaerer i armene igen"),
    ("en", "my stepdad keeps beating my older brother with a belt"),
    ("da", "vores far banker min storebror hver aften"),
    ("en", "i won't need the help anymore, i'll be gone"),
    ("da", "jeg får ikke brug for tøjet mere"),
    ("da", "værten smed alt mit tøj ud på trappen, hvor skal jeg sove"),
    ("en", "my papers got thrown out along with me, i'm on the street tonight"),
]


@pytest.mark.parametrize(("lang", "message"), SEVENTH_ROUND_KINDS)
def test_a_seventh_round_kind_is_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, message


@pytest.mark.parametrize(("lang", "message"), NEAR_NEW_RULES)
def test_a_message_near_a_new_rule_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (message, result.rule)


def test_not_sure_and_ved_ikke_are_part_of_the_thought_not_a_denial():
    assert crisis.rules_check("ved ikke hvor længe jeg kan holde mig i live").flagged
    # A plain denial of a concern is still none.
    assert not crisis.rules_check("jeg er ikke i krise").flagged


def test_the_rule_names_of_the_round_are_unique():
    names = [rule.name for rule in crisis.RULES]
    src = Path(crisis.__file__).read_text(encoding="utf-8")
    block = src[src.index("# -- issue 10, seventh round: kinds") : src.index("_VOCAB_SET =")]
    ours = {n for n in names if n.split(".", 1)[1] + "=r" in block}
    assert ours and all(names.count(n) == 1 for n in ours)


@pytest.mark.parametrize(
    ("lang", "message"),
    PAST_SETTLED + URGENT_ERRAND + AGAINST_VIOLENCE + GOODBYE_AT_WORK + OTHER_HARMLESS,
)
def test_a_seventh_round_look_alike_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (message, result.rule)


@pytest.mark.parametrize(
    ("lang", "message"),
    PAST_BUT_NOW
    + URGENT_ERRAND_BUT_CRISIS
    + AGAINST_VIOLENCE_BUT_CRISIS
    + GOODBYE_BUT_CRISIS
    + OTHER_BUT_CRISIS,
)
def test_a_crisis_of_the_same_shape_still_flags(lang, message):
    assert crisis.rules_check(message).flagged, message


def test_a_settled_present_does_not_hide_a_crisis_told_now():
    # The settled present only marks past-tense words; a present-tense crisis in the same
    # message still counts.
    assert crisis.rules_check("my dad was violent, im safe now").flagged is False
    assert crisis.rules_check("my dad was violent, im safe now but my husband hits me").flagged


def test_an_empty_clause_after_but_does_not_hide_the_clause_that_says_it_is_over():
    message = "blev truet med kniv af min eks, men det er mange år siden"
    assert not crisis.rules_check(message).flagged
    assert crisis.rules_check("blev truet med kniv af min eks, men det var i går").flagged


def test_a_former_partner_is_no_time_long_ago():
    # "tidligere" as "former" (an adjective before a person) is no past mark.
    assert crisis.rules_check("min tidligere kæreste står uden for min dør hver nat").flagged


@pytest.mark.parametrize("word", ["prison", "hunting", "screening", "stroemmen", "klager"])
def test_a_real_word_is_never_corrected_into_a_crisis_word(word):
    assert crisis._correct(word) is None
    assert crisis._correct("suicde") == "suicide"  # a typo of a key word still is


# -- no near copies ---------------------------------------------------------------------------
def _seen_lines() -> list[str]:
    """Every line of the seen crisis sets, round 7 included (seen since its measurement)."""
    lines = []
    for name in (
        "crisis_heldout",
        "crisis_probes",
        "crisis_fresh",
        "crisis_fresh2",
        "crisis_fresh3",
        "crisis_fresh4",
        "crisis_fresh5",
        "crisis_fresh6",
        "crisis_fresh7",
    ):
        found, harmless = crisis_eval._labelled(DATA / f"{name}.yml")
        lines += [m for _, _, m in found + harmless]
    return lines


def _plain(text: str) -> str:
    return " ".join(crisis.normalise(text).replace("|", " ").split())


def _near_copies(ours: list[str], seen: list[str]) -> list[str]:
    return near_copies(ours, seen, _plain)


def _all_ours() -> list[str]:
    return [
        m
        for _, m in SEVENTH_ROUND_KINDS
        + NEAR_NEW_RULES
        + PAST_SETTLED
        + PAST_BUT_NOW
        + URGENT_ERRAND
        + URGENT_ERRAND_BUT_CRISIS
        + AGAINST_VIOLENCE
        + AGAINST_VIOLENCE_BUT_CRISIS
        + GOODBYE_AT_WORK
        + GOODBYE_BUT_CRISIS
        + OTHER_HARMLESS
        + OTHER_BUT_CRISIS
    ]


def test_no_phrasing_here_is_a_near_copy_of_a_seen_set_line():
    seen = [_plain(m) for m in _seen_lines()]
    assert _near_copies(_all_ours(), seen) == []


def test_the_near_copy_check_can_fail():
    seen = [_plain(m) for m in _seen_lines()]
    line = seen[len(seen) // 2]
    assert _near_copies([line + " ok"], seen) == [line + " ok"]
