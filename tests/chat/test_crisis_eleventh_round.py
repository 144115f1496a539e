"""The crisis rules' eleventh round (issue 10): kinds of false alarm and of miss that the
round-11 set (crisis_fresh11.yml, seen since its one unseen measurement) showed, in both
languages and in words of our own. Cases are data, fed to one parametrised test per
direction: look-alikes that must raise no alarm, crises of the same shape beside each guard
that must still flag, and the round's recall kinds. Helpers come from the earlier rounds'
files. Rules alone (crisis.rules_check): the learned net must not be what makes these pass.

The twelfth round's cases (crisis_rules_round12.yml: round 12's kinds, crisis_fresh12.yml seen
since its one measurement) are data fed to the same tests, with their own near-copy checks."""

from pathlib import Path

import pytest
import yaml

from bench import crisis_eval
from portal.chat import crisis, crisis_model
from tests.chat.test_crisis_eighth_round import _plain
from tests.chat.test_crisis_ninth_round import DATA, _round_nine_lines, _words
from tests.chat.test_crisis_ninth_round import _seen_before_round_nine as _seen_to_round_eight
from tests.chat.test_crisis_tenth_round import _round_ten_lines
from tests.support.near_copies import WordOverlapIndex, near_copies

# -- false alarms by kind: (kind, lang, message) that must raise no alarm --------------------
LOOK_ALIKES = [
    # Someone who "kills me" with jokes, questions or talk: annoyance or laughter.
    ("kills_me_with_talk", "da", "min søster slår mig ihjel med sine ordspil"),
    ("kills_me_with_talk", "en", "he kills me with his terrible puns every morning"),
    # "Det skærer mig i hjertet" / "cut me to the heart": being moved.
    ("cuts_to_heart", "da", "det skar mig i hjertet at høre hvor ensom naboen er"),
    # A team beaten in sport.
    ("team_beaten", "da", "fodboldholdet fik klø i weekenden af Vejle"),
    # Work, shifts or school that "kill me": a thing, never a person.
    ("work_kills_me", "da", "jobbet er ved at slå mig ihjel med alle de ekstra vagter"),
    ("work_kills_me", "en", "honestly the overtime at the warehouse is killing me"),
    # A pet rehomed for a reason of daily life.
    ("pet_rehomed", "da", "vi må give vores kanin væk fordi min søn har fået allergi"),
    ("pet_rehomed", "en", "thinking of giving my dog away since the new landlord bans pets"),
    # Sofa surfing while the keys to a new home are waiting.
    (
        "sofa_until_keys",
        "da",
        "har sofasurfet hos en kammerat indtil jeg kan flytte ind i min nye lejlighed",
    ),
    (
        "sofa_until_keys",
        "en",
        "couch surfing at my cousin's until I get the keys to my new flat on the 1st",
    ),
    # "I nød for": in want of something.
    ("in_want_of", "da", "jeg er i nød for en lift til lægen i morgen"),
    # "Says I must" of an errand: no debt, no sex.
    ("says_i_must", "da", "min mor siger jeg skal søge om det, kan I hjælpe"),
    # A duration asked about.
    ("duration_forever", "en", "does the support go on forever or is there an end"),
    ("duration_forever", "da", "hvor længe varer forløbet, fortsætter det for evigt?"),
    # A manic episode told as past, with its everyday traces.
    (
        "manic_past",
        "en",
        "after my manic phase last spring the flat is a mess and the post is unopened",
    ),
    # The past told with a settled present in new shapes: growing up, an age told, the one
    # who harmed is dead, what is left, therapy that helped, helping others now.
    (
        "past_settled",
        "da",
        "min stedfar slog mig da jeg voksede op, han er død nu og jeg har brug for hjælp til job",
    ),
    (
        "past_settled",
        "en",
        "i cut my arms as a 15 year old, these days i'm fine and the scars are all that's left",
    ),
    ("past_settled", "da", "skar i armene som 16-årig, nu har jeg det godt"),
    (
        "past_settled",
        "en",
        "my mum was violent while growing up, i have processed it with a psychologist",
    ),
    # A denial with a milder state and an everyday wish in its place.
    (
        "denial_with_wish",
        "en",
        "not suicidal or anything, just really tired and need some structure in my days",
    ),
    (
        "denial_with_wish",
        "da",
        "jeg har ingen selvmordstanker, er bare nedtrykt og søger et fællesskab",
    ),
    (
        "denial_with_wish",
        "en",
        "i don't want to harm myself, just feeling low and looking for a group to join",
    ),
]
# Crises of the same shapes: every guard above must leave these flagged.
SAME_SHAPE_CRISES = [
    ("kills_me_with_talk", "da", "han dræber mig med en kniv hvis jeg går"),
    ("kills_me_with_talk", "en", "my husband will kill me with his bare hands he said"),
    ("cuts_to_heart", "da", "jeg skærer mig i armene igen"),
    ("team_beaten", "da", "jeg fik bank af min kæreste i aftes"),
    ("team_beaten", "en", "our team lost and afterwards my dad beat me at home"),
    ("work_kills_me", "da", "en kollega på jobbet slår mig når ingen ser det"),
    ("work_kills_me", "da", "en kollega på arbejdet slår mig"),
    ("pet_rehomed", "en", "giving my cat away, i won't be around to feed her"),
    ("pet_rehomed", "da", "har givet hunden væk fordi jeg ikke er her meget længere"),
    ("sofa_until_keys", "da", "har sofasurfet i tre uger og i nat har jeg ingen steder at være"),
    ("in_want_of", "da", "jeg er i nød, kan nogen ringe til mig"),
    ("says_i_must", "en", "he says i owe him sex for the rent"),
    ("says_i_must", "da", "han siger jeg skylder ham det når han har betalt"),
    ("duration_forever", "da", "kunne godt tænke mig at sove for evigt"),
    ("manic_past", "en", "i think i'm manic again and haven't slept in three days"),
    (
        "past_settled",
        "en",
        "my mum was violent while growing up and she still hits me when i visit",
    ),
    ("past_settled", "da", "jeg skar i mig selv som 15-årig og nu er trangen tilbage"),
    (
        "past_settled",
        "en",
        "my stepdad hit me when i was growing up, he is dead now, but tonight my boyfriend hit me",
    ),
    (
        "past_settled",
        "da",
        "mit ex var voldelig, jeg er et godt sted nu, men han står udenfor min dør i aften",
    ),
    (
        "denial_with_wish",
        "en",
        "I'm not suicidal, I just want some structure, but I have saved up pills",
    ),
    ("denial_with_wish", "en", "i don't want to kill myself, i just want to sleep forever"),
]


# -- the twelfth round's cases, as data -----------------------------------------------------
ROUND12 = yaml.safe_load(
    Path(__file__).with_name("crisis_rules_round12.yml").read_text(encoding="utf-8")
)
ROUND12_OURS = [
    tuple(case) for part in ("look_alikes", "same_shape", "kinds") for case in ROUND12[part]
]
LOOK_ALIKES += [tuple(case) for case in ROUND12["look_alikes"]]
SAME_SHAPE_CRISES += [tuple(case) for case in ROUND12["same_shape"]]


@pytest.mark.parametrize(("kind", "lang", "message"), LOOK_ALIKES)
def test_an_eleventh_round_look_alike_raises_no_alarm(kind, lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (kind, message, result.rule)


@pytest.mark.parametrize(("kind", "lang", "message"), SAME_SHAPE_CRISES)
def test_a_crisis_of_a_guarded_shape_still_flags(kind, lang, message):
    assert crisis.rules_check(message).flagged, (kind, message)


def test_every_guarded_kind_has_a_crisis_of_its_shape():
    assert {k for k, _, _ in LOOK_ALIKES} <= {k for k, _, _ in SAME_SHAPE_CRISES}


def test_a_denial_with_a_low_state_alone_still_asks_gently():
    # Without a wish for what the offer gives, a denial of a crisis asks the gentle question.
    for message in ("i'm not suicidal, just lonely", "jeg er ikke selvmordstruet, bare ked af det"):
        assert crisis.rules_check(message).level == crisis.CONCERN, message
    # With the wish, the denial stands and the net is not asked to overrule it.
    result = crisis.rules_check("not suicidal, just bored and looking for some activities")
    assert (result.level, result.negated) == (crisis.NONE, True)


def test_an_own_attempt_told_as_settled_past_still_asks_gently():
    # A past attempt is a risk that stays (eighth round): the settled present lowers it to the
    # gentle question, never to none.
    result = crisis.rules_check(
        "took an overdose when i was 19, therapy helped and now i coach kids"
    )
    assert result.level == crisis.CONCERN, result.rule


# -- recall by kind (own phrasings) -----------------------------------------------------------
# Written after the round's mechanisms, as the next writer might put each kind, sharing no
# content word with the set line it came from: texted not-living ("lev mer"), wishing oneself
# dead, praying not to wake, slang; it all stopping "me too", life over and waiting, who gets
# my things, away and not coming back, oncoming traffic, looking down and thinking, "not for
# the view", a place one keeps going back to, not here by a date, a key out of a prison, free
# soon, already gone, does dying hurt, how long to keep existing, stop breathing, a step off
# an edge nobody would notice, better off "uden"; which bridge it will be, charcoal with no
# grill, a means and an empty house, pills counted, to the sea and not back; farewells with a
# marker of finality (for later, "thought I was joking", thanks for the years, goodbye one by
# one, "if you don't hear from me", a will and a tidy flat, nobody's fault, the last call, the
# last words, loose ends, funeral songs, goodbye to the bot "too"); new scars by old ones, a
# blade to calm down, deeper cuts, "skærer jeg mig"; a weapon held at me, "ramte han mig", a
# person "from" a place who harms me, two harm verbs, harm with secrecy; a duty or a right and
# forced, made to do things, someone in my room at night, touched since childhood; notes that
# he knows, new accounts, waiting outside and following, dead flowers, calls by the dozen; drunk
# and alone with him, banging on a locked door, outside the door with fear, a lesson; stairs
# and parks, no money for a bed; grandiosity without sleep, voices back, screaming thoughts,
# "they want me dead", talking to no one there; the whole pack and regret, dozens of pills,
# something taken and fitting, pills before writing; nobody can help, giving up as nothing
# helps, this life; call me now, can't wait; a relative's goodbye with no answer, pills in a
# photo, alone with the one who hit her, a last day posted. The first draft of the rules caught
# 94 of these 106 (HEAD 32); the second pass widened it. Beside them, everyday messages with
# the new rules' words (NEAR_NEW_RULES), which must raise nothing.
ELEVENTH_ROUND_KINDS = [
    ("da", "orker ik lev mer med alt det her lort"),
    ("en", "i wanna be dead tbh"),
    ("da", "ønsker mig død når jeg vågner"),
    ("en", "been thinking about ctb a lot this week"),
    ("da", "beder til gud om at tage mig i nat"),
    ("en", "i keep praying i never wake"),
    ("da", "han siger han må dø i aften"),
    ("en", "the simplest thing would be to disappear for good"),
    ("da", "det letteste ville være at ende det"),
    ("da", "vil ønske det hele sluttede, mig også"),
    ("en", "wish everything would just end, including me"),
    ("en", "my life is over, i'm just waiting now"),
    ("da", "har besluttet hvem der skal arve mine plader"),
    ("en", "wrote down who gets my guitar and my records"),
    ("en", "thinking of leaving town quietly and never coming back"),
    ("da", "vil bare køre væk og ikke komme tilbage"),
    ("en", "keep wanting to steer into oncoming traffic"),
    ("da", "tænker på at svinge over i modkørende"),
    ("en", "i stand looking down from the roof of my building and wonder"),
    ("da", "jeg ser ned fra broen og tænker"),
    ("en", "went up to the cliff again and not for the view"),
    ("en", "there's a bridge i keep going back to"),
    ("en", "don't plan on being around by summer"),
    ("da", "kommer ikke til påskefrokosten, er her nok ikke"),
    ("en", "not expecting to see my next birthday"),
    ("en", "this life is a cage and i've found the key"),
    ("en", "life feels like a prison, found the way out"),
    ("en", "soon i'll be free from this life"),
    ("en", "feel like i'm already dead inside, only the body hanging on"),
    ("en", "does dying hurt much"),
    ("en", "how long can i keep existing like this"),
    ("en", "i want to just stop breathing"),
    ("en", "if i stepped in front of the train no one would care"),
    ("da", "min kone ville have det bedre uden"),
    ("en", "my parents would be relieved if i was gone"),
    ("da", "har allerede valgt hvilket højhus det skal være"),
    ("en", "i know which bridge it will be"),
    ("en", "bought charcoal but we don't own a barbecue"),
    ("da", "har købt engangsgrill og tape til badeværelset"),
    ("en", "the rope is in the shed, just waiting for the house to be empty"),
    ("da", "planen er lørdag når min kæreste er på arbejde"),
    ("en", "googled how many sleeping pills would be too many for me"),
    ("da", "har sparet insulin op og ved at det er nok"),
    ("en", "driving to the sea tonight and not coming back"),
    ("da", "går ned til havnen i nat og kommer ikke tilbage"),
    ("en", "gave my bike to my cousin, she thought i was joking"),
    ("da", "sagt til min ven at han må få min computer, han troede jeg lavede sjov"),
    ("en", "thanks for everything, take care of each other"),
    ("da", "tak for alle årene, pas på hinanden"),
    ("en", "said goodbye to my mates one by one this week"),
    ("en", "if you never hear from me again you know why"),
    ("da", "hvis du ikke hører fra mig efter i dag, er det derfor"),
    ("en", "wrote my will and tidied the whole flat"),
    ("en", "this is nobody's fault"),
    ("en", "called my dad for the last time tonight"),
    ("en", "the last words i will write"),
    ("en", "tied up all my loose ends"),
    ("en", "put together songs for my funeral"),
    ("en", "saying goodbye to you too, robot"),
    ("da", "nye ar ovenpå de gamle i aften"),
    ("en", "my old scars have new ones beside them"),
    ("en", "i use a razor to numb it out"),
    ("da", "snittene bliver dybere hver gang"),
    ("da", "om natten skærer jeg mig i armen"),
    ("en", "he pointed a gun at me last night"),
    ("da", "hun holdt saksen mod min hals"),
    ("da", "i går ramte han mig med en flaske"),
    ("en", "the lady from the home care agency pinches me and hits me"),
    ("da", "en mand fra bostedet slår mig"),
    ("en", "my boyfriend bites and kicks me"),
    ("en", "she hits me and says not to tell anyone"),
    ("en", "he says it's my duty as his wife and takes me anyway"),
    ("en", "forced me to do things i didn't want"),
    ("en", "some resident sneaks into my bedroom when i sleep"),
    ("da", "min træner har befamlet mig siden sommer"),
    ("en", "finds notes on my door saying he knows where i am"),
    ("en", "she keeps making fake profiles to threaten me"),
    ("en", "someone stands outside my flat every evening and follows my bike"),
    ("en", "found a dead bird on my doorstep with my name on it"),
    ("en", "he rings me 40 times a night"),
    ("da", "hun er fuld og aggressiv og jeg er alene med hende"),
    ("en", "locked myself in but he's banging on it"),
    ("en", "my ex is standing outside the door and i'm terrified, kids asleep"),
    ("en", "dad texted he'll teach me a lesson after work"),
    ("en", "sleeping in stairwells for a week now"),
    ("en", "no money for a hostel tonight"),
    ("en", "haven't slept for days and spent all my money, i'm invincible"),
    ("en", "the voices are back again"),
    ("en", "my thoughts are screaming at me"),
    ("en", "they want me dead, i'm sure of it"),
    ("en", "my sister talks to people who aren't there"),
    ("en", "took the whole pack twenty minutes ago and i regret it"),
    ("en", "she took 30 of her sleeping pills"),
    ("da", "han tog noget til festen og har kramper"),
    ("en", "took some pills before i started writing"),
    ("da", "ingen kan redde mig nu"),
    ("en", "i give up, nothing helps"),
    ("da", "orker ikke mit liv mere"),
    ("da", "ring til mig nu, please"),
    ("en", "can't wait for a caseworker, need someone today"),
    ("da", "min bror har skrevet farvel og svarer ikke"),
    ("en", "my friend sent me a photo of all her pills"),
    ("en", "mormor er alene med ham der slog hende"),
    ("en", "my daughter posted this is her last day"),
]
NEAR_NEW_RULES = [
    ("en", "i want to be a teacher when i grow up"),
    ("da", "ønsker mig en cykel til jul"),
    ("en", "my grandma prays every night for the family"),
    ("en", "the easiest thing would be to call them tomorrow"),
    ("en", "the music stopped and the lights went out, me too tired to dance"),
    ("en", "phone died, battery over again"),
    ("en", "wrote down who gets the car on which weekday"),
    ("da", "vil gerne tage på ferie og komme tilbage udhvilet"),
    ("en", "went to the cliffs for the view and a picnic"),
    ("en", "i will be on holiday in march, so i won't need the appointment then"),
    ("en", "i don't plan to be home on friday"),
    ("da", "regner ikke med at nå min fødselsdag-fest pga arbejde"),
    ("en", "soon i'm free from work for the summer"),
    ("en", "does a tattoo hurt"),
    ("en", "how long can i keep the flat if i move abroad"),
    ("en", "holding my breath for a dive"),
    ("en", "stepped off the bus and nobody helped with the pram"),
    ("en", "my family would be better off with a bigger car"),
    ("en", "relieved if i get the job"),
    ("en", "i know which train goes to aarhus"),
    ("en", "we bought charcoal for the grill party saturday"),
    ("en", "the plan is friday when my boss is away, we'll decorate her office"),
    ("en", "how many tablets should i take of my vitamins"),
    ("en", "driving to the coast tonight and coming back tomorrow"),
    ("en", "gave my old bike to my cousin"),
    ("en", "thanks for everything, see you next week"),
    ("da", "sagde farvel til alle til festen"),
    ("en", "if you don't hear from me, i'm at the cabin without signal"),
    ("en", "updated my will when we bought the house"),
    ("en", "it's not your fault the form broke"),
    ("en", "called my mum for her birthday"),
    ("en", "last thing i'll write today is the report"),
    ("en", "paid back everyone i owe, debt free at last"),
    ("en", "made a playlist for my wedding"),
    ("en", "ok bye, thank you for answering"),
    ("en", "the scars from my knee surgery"),
    ("en", "i use a knife to cut vegetables when i'm cooking"),
    ("en", "the cuts on my fingers from gardening are getting better"),
    ("da", "skærer du løg til mig"),
    ("en", "he pointed at me in class"),
    ("en", "a lady from the municipality called me"),
    ("en", "my cat bites and scratches the sofa"),
    ("en", "she says it's my duty to take out the trash"),
    (
        "en",
        "a guy at the gym comes into my changing room at night? no just kidding, he's the cleaner",
    ),
    ("en", "he knows where i live, he's my neighbour"),
    ("en", "made new accounts for my kids on the tablet"),
    ("en", "dead flowers on the balcony again, i forgot to water them"),
    ("en", "my mum calls me 3 times a day"),
    ("da", "min kæreste er fuld og glad til festen"),
    ("en", "locked the door and went to bed"),
    ("en", "he's outside the door with the pizza"),
    ("en", "my teacher will teach me a lesson on fractions"),
    ("en", "no money for a holiday this year"),
    ("en", "haven't slept well, spent all my money on christmas gifts"),
    ("en", "talking to people at the library"),
    ("en", "took 20 minutes to get here"),
    ("en", "nobody can help me with my bike, it's broken"),
    ("en", "i give up on this crossword"),
    ("da", "ring til mig på mandag"),
    ("en", "can't wait for the weekend, need some rest"),
    ("en", "my brother said goodbye and went to sleep"),
    ("en", "sent a photo of my new glasses"),
    ("en", "grandma is alone with her cat"),
    ("en", "last day at school today!"),
]


ELEVENTH_ROUND_KINDS += [(lang, message) for _, lang, message in ROUND12["kinds"]]
NEAR_NEW_RULES += [tuple(case) for case in ROUND12["near_new_rules"]]


@pytest.mark.parametrize(("lang", "message"), ELEVENTH_ROUND_KINDS)
def test_an_eleventh_round_kind_is_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, message


@pytest.mark.parametrize(("lang", "message"), NEAR_NEW_RULES)
def test_a_word_of_the_new_rules_in_an_everyday_message_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (message, result.rule)


def test_the_rule_names_of_the_round_are_unique():
    names = [rule.name for rule in crisis.RULES]
    ours = [n for n in names if n.endswith("11")]
    assert len(ours) > 70
    assert all(names.count(n) == 1 for n in ours)
    twelfth = [n for n in names if n.endswith("12")]
    assert len(twelfth) > 60
    assert all(names.count(n) == 1 for n in twelfth)


@pytest.mark.parametrize(("lang", "message"), ROUND12["denials"])
def test_a_denial_of_having_thought_of_it_asks_gently_as_a_denial(lang, message):
    # Round 15, short pass: "jeg har ikke tænkt på at skade mig selv" as an answer to the
    # gentle question gave the emergency reply to someone who said no.
    result = crisis.check(message)
    assert (result.level, result.negated) == (crisis.CONCERN, True), (message, result.rule)


@pytest.mark.parametrize(("lang", "message"), ROUND12["thoughts_not_denied"])
def test_a_thought_of_the_act_that_denies_nothing_stays_a_crisis(lang, message):
    result = crisis.check(message)
    assert (result.level, result.negated) == (crisis.CRISIS, False), (message, result.rule)


def test_every_twelfth_round_kind_is_written_in_both_languages():
    # hit_he_end is Danish word order ("i går slog han"): one language by nature.
    langs: dict[str, set[str]] = {}
    for kind, lang, _ in ROUND12["kinds"] + ROUND12["look_alikes"]:
        langs.setdefault(kind, set()).add(lang)
    assert {k for k, found in langs.items() if found != {"da", "en"}} <= {"hit_he_end"}


# -- no near copies ---------------------------------------------------------------------------
def _round_eleven_lines() -> list[str]:
    found, harmless = crisis_eval._labelled(DATA / "crisis_fresh11.yml")
    return [m for _, _, m in found + harmless]


def _round_twelve_lines() -> list[str]:
    found, harmless = crisis_eval._labelled(DATA / "crisis_fresh12.yml")
    return [m for _, _, m in found + harmless]


def _all_ours() -> list[str]:
    return [m for _, _, m in LOOK_ALIKES + SAME_SHAPE_CRISES] + [
        m
        for _, m in ELEVENTH_ROUND_KINDS
        + NEAR_NEW_RULES
        + ROUND12["denials"]
        + ROUND12["thoughts_not_denied"]
    ]


def test_no_phrasing_here_is_a_near_copy_of_a_seen_set_line():
    seen = [
        _plain(m)
        for m in _seen_to_round_eight()
        + _round_nine_lines()
        + _round_ten_lines()
        + _round_eleven_lines()
        + _round_twelve_lines()
    ]
    assert near_copies(_all_ours(), seen, _plain) == []


def test_no_phrasing_here_shares_half_its_words_with_a_round_eleven_line():
    index = WordOverlapIndex(_round_eleven_lines(), _words, share=0.5, min_words=3)
    assert [m for m in _all_ours() if index.near(m)] == []


def test_no_twelfth_round_phrasing_shares_half_its_words_with_a_round_twelve_line():
    index = WordOverlapIndex(_round_twelve_lines(), _words, share=0.5, min_words=3)
    ours = [m for _, _, m in ROUND12_OURS] + [m for _, m in ROUND12["near_new_rules"]]
    assert [m for m in ours if index.near(m)] == []


def test_the_overlap_checks_can_fail():
    lines = _round_eleven_lines()
    line = lines[len(lines) // 4]
    seen = [_plain(m) for m in lines]
    assert near_copies([line + " ok"], seen, _plain) == [line + " ok"]
    index = WordOverlapIndex(lines, _words, share=0.5, min_words=3)
    assert index.near(line + " ok")


# -- the sixteenth rules round: the layer's decision on a topic word alone ------------------
def _net_leans_harmless(text: str) -> float:
    """A net that leans harmless on every message it can score (crisis_model.score's shape)."""
    return crisis_model.NO_SCORE if len(text.split()) < crisis_model.MIN_WORDS else -0.5


# Seventeenth rules round: a hit in a told frame is decided the same way (_told_frame);
# eighteenth: so is a crisis told as long past with an ordinary present (_past_frame);
# twentieth: so is help asked on behalf of someone else (_for_another).
@pytest.mark.parametrize(
    ("lang", "message"),
    ROUND12["topic_word_alone"]
    + ROUND12["told_frame_alone"]
    + ROUND12["past_frame_alone"]
    + ROUND12["other_frame_alone"],
)
def test_a_topic_word_alone_is_let_go_when_the_net_leans_harmless(monkeypatch, lang, message):
    assert crisis.rules_check(message).flagged, message
    monkeypatch.setattr(crisis_model, "score", _net_leans_harmless)
    assert not crisis.check(message).flagged, message
    monkeypatch.setattr(crisis_model, "score", lambda text: 0.1)
    assert crisis.check(message).flagged, message


@pytest.mark.parametrize(
    ("lang", "message"),
    ROUND12["topic_word_stands"]
    + ROUND12["told_frame_stands"]
    + ROUND12["past_frame_stands"]
    + ROUND12["other_frame_stands"],
)
def test_a_statement_or_a_short_topic_word_stands_whatever_the_net(monkeypatch, lang, message):
    monkeypatch.setattr(crisis_model, "score", _net_leans_harmless)
    assert crisis.check(message).flagged, message
