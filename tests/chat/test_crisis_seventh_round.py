"""The crisis rules' seventh round (issue 10): kinds of false alarm and of miss that the
round-7 set (seen since its one unseen measurement) showed, in both languages and in words of
our own (not lines of any bench set; a test below checks that none is a near copy of a seen
set's line). Every guard or narrowed rule has real crises of the same shape beside it that
must still be flagged. Rules alone (crisis.rules_check): the learned net must not be what
makes these pass."""

import difflib
from pathlib import Path

import pytest

from bench import crisis_eval
from portal.chat import crisis

DATA = Path(crisis_eval.__file__).resolve().parent / "data"

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
    ("en", "i won't need the help anymore, i'll be gone"),
    ("da", "jeg får ikke brug for tøjet mere"),
]


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
    close = []
    for message in ours:
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(_plain(message))  # b: ours, kept; a: each seen line in turn
        for line in seen:
            matcher.set_seq1(line)
            if (
                matcher.real_quick_ratio() >= 0.8
                and matcher.quick_ratio() >= 0.8
                and matcher.ratio() >= 0.8
            ):
                close.append(message)
                break
    return close


def _all_ours() -> list[str]:
    return [
        m
        for _, m in PAST_SETTLED
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
