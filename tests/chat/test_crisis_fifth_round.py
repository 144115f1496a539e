"""The crisis rules' fifth round (issue 10): kinds of message the round-5 set showed the
rules missing, and the guard for a crisis told as long past and over, in both languages and
in words of their own (not lines of any bench set). Every guard has a real crisis of the same
shape beside it that must still be flagged. Rules alone (crisis.rules_check): the learned net
must not be what makes these pass."""

import pytest

from portal.chat import crisis

# (language, message): the rules must flag each one (crisis or the gentle concern question).
FIFTH_ROUND_KINDS = [
    # thinking about ending it, in texting spelling; why go on living
    ("en", "been thinkin abt ending everything most nights"),
    ("en", "what's the point to keep on living like this"),
    ("da", "hvorfor skulle jeg overhovedet leve videre"),
    ("da", "gider faktisk ikke vågne op mere"),
    ("en", "can't see me still being here by the summer"),
    ("en", "my life isn't worth living anymore"),
    # gone by a date, and then it is over
    ("da", "er væk før påske og så er det hele slut"),
    # plans and means: knowing how, a chosen day, a means by the bed
    ("en", "i already know how i'm going to do it"),
    ("da", "jeg ved godt hvordan jeg vil gøre det"),
    ("en", "friday is the day i have chosen"),
    ("en", "there are pills in my drawer and i think about them all the time"),
    ("da", "reb i garagen, og det er altså ikke til båden"),
    # farewells: letters to be found, a pet given away with letters, not their fault
    ("en", "wrote a note for my sister that she will find tomorrow"),
    ("da", "gav hunden til min nabo og skrev breve til mine venner"),
    ("en", "tell my brother none of this was his fault"),
    ("da", "sig til min far at intet af det var hans skyld"),
    # self-harm as coping, a relapse
    ("en", "i cut myself whenever things get bad"),
    ("en", "I hurt myself when I feel alone"),
    ("da", "fik tilbagefald med kniven i weekenden"),
    # strangling; a neighbour being beaten, heard
    ("en", "he squeezed my neck so hard last night"),
    ("da", "jeg kan høre at de tæsker hans kone ovenpå"),
    # stalking: he is outside, he is everywhere, he knows the new address
    ("da", "bilen står udenfor igen og det er ham"),
    ("en", "wherever i go my ex turns up"),
    ("en", "she found my new address even though i moved"),
    # unsafe now: on his way and drunk, phone taken, not safe to go home
    ("en", "he's on his way over and he is really drunk"),
    ("da", "min kæreste har taget min telefon"),
    ("en", "not safe to go back home tonight"),
    ("en", "i can't go back to him after what happened tonight"),
    # homeless tonight
    ("en", "i don't know where i will sleep tonight"),
    ("da", "herberget har ingen senge tilbage"),
    # psychiatric
    ("en", "i hear voices who aren't real telling me things"),
    ("da", "radioen taler kun til mig"),
    # a whole packet swallowed
    ("en", "i swallowed a whole pack of paracetamol"),
    # despair at night, empty inside, beside oneself, someone to call tonight
    ("da", "ved ikke hvordan jeg skal komme igennem natten"),
    ("en", "i feel so empty inside"),
    ("da", "jeg er totalt ude af den"),
    ("en", "is there anyone i can call tonight"),
    # a past attempt or wish that is back
    ("en", "I tried to end it years ago and now I want it again"),
    ("da", "forsøgte selvmord for mange år siden og nu er tankerne kommet tilbage"),
    ("en", "posted goodbye on insta and we can't reach her"),
]


@pytest.mark.parametrize(("lang", "message"), FIFTH_ROUND_KINDS)
def test_fifth_round_kind_is_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, (lang, message)


# A crisis told as long past AND over: no alarm ...
PAST_AND_OVER = [
    ("en", "i self harmed when i was younger but i'm doing well now"),
    ("en", "had dark suicidal thoughts as a teenager, got help and i am fine now"),
    ("da", "jeg var hjemløs for nogle år siden men har min egen lejlighed nu"),
    ("da", "havde selvmordstanker som ung, men har det fint nu"),
    ("en", "was in a violent marriage in 2012, it is all over"),
]

# ... but the same shape with a word of now must still be flagged.
PAST_AND_NOW = [
    ("en", "i self harmed when i was younger and i've started again"),
    ("en", "had suicidal thoughts as a teenager and they are back"),
    ("da", "jeg var hjemløs for nogle år siden og er hjemløs igen i nat"),
    ("da", "havde selvmordstanker som ung og nu er de tilbage"),
    ("en", "tried to kill myself in 2012, it's over"),
    ("da", "forsøgte at tage mit liv for fem år siden, har det fint nu"),
    ("en", "had suicidal thoughts years ago, i'm not fine"),
    ("en", "i used to cut myself and i still do"),
]


@pytest.mark.parametrize(("lang", "message"), PAST_AND_OVER)
def test_a_crisis_long_past_and_over_raises_no_alarm(lang, message):
    assert not crisis.rules_check(message).flagged, (lang, message)


@pytest.mark.parametrize(("lang", "message"), PAST_AND_NOW)
def test_a_past_crisis_that_is_back_or_not_over_still_flags(lang, message):
    assert crisis.rules_check(message).flagged, (lang, message)


def test_an_accident_stays_guarded_but_coping_by_self_harm_does_not():
    assert not crisis.rules_check("hurt myself when i fell down the stairs").flagged
    assert not crisis.rules_check("i hurt myself while playing football").flagged
    assert crisis.rules_check("i hurt myself when everything is too much").flagged


def test_a_rope_for_the_washing_is_no_alarm_but_one_not_for_it_is():
    assert not crisis.rules_check("købte nyt reb til tøjet i haven").flagged
    assert crisis.rules_check("har et reb, og det er ikke til tøjet").flagged


# Harmless kinds guarded in the fifth round, each beside a real crisis of the same shape.
GUARDED_HARMLESS = [
    ("da", "vi spiller skak og min datter slår mig ihjel hver gang"),
    ("en", "we played among us and my friend killed me every time"),
    ("da", "hvalpen har bidt mig til blods i hånden"),
    ("da", "skal have en snor til at hænge tøjet op"),
    ("en", "trains late because of repairs on the tracks"),
]
GUARDED_SHAPE_STILL_FLAGS = [
    ("da", "vi spillede kort og han slår mig ihjel hver gang han er fuld"),
    ("en", "we play fifa and he kills me if i win, he said so"),
    ("da", "hunden bider ikke, men min kæreste slår mig"),
    ("da", "jeg kradser mig selv til blods"),
    ("da", "har et reb, og det er ikke til at hænge tøj op"),
    ("da", "jeg vil lægge mig på skinnerne i nat"),
]


@pytest.mark.parametrize(("lang", "message"), GUARDED_HARMLESS)
def test_games_pets_washing_lines_and_railway_works_raise_no_alarm(lang, message):
    assert not crisis.rules_check(message).flagged, (lang, message)


@pytest.mark.parametrize(("lang", "message"), GUARDED_SHAPE_STILL_FLAGS)
def test_a_crisis_of_the_guarded_shapes_still_flags(lang, message):
    assert crisis.rules_check(message).flagged, (lang, message)
