"""The crisis rules' fourth round (issue 10): kinds of message, in both languages and in
words of their own (not lines of any bench set), and the guards for the kinds of harmless
message the seen sets raised false alarms on. Every guard has a real crisis of the same
shape beside it that must still be flagged. Rules alone: the learned net is another
engineer's part and must not be what makes these pass."""

import pytest

from portal.chat import crisis

# (category, language, message): the rules must flag each one with that category.
FOURTH_ROUND_KINDS = [
    # passive wishes with a time, "not be here much longer", existing
    ("suicidal_indirect", "en", "honestly hoping i won't live to see next summer"),
    ("suicidal_indirect", "da", "håber ærligt talt at jeg ikke når at fylde 30"),
    ("suicidal_indirect", "en", "i won't be around a lot longer, i can feel it"),
    ("suicidal_indirect", "da", "jeg skal nok ikke være her så meget længere"),
    ("suicidal_indirect", "en", "it would be easier for my parents if i just vanished"),
    ("suicidal_indirect", "da", "alle ville være lettede hvis jeg bare ikke var her"),
    ("suicidal_indirect", "en", "if a bus hit me on the way home i wouldn't mind at all"),
    ("suicidal_indirect", "da", "hvis en bil kørte mig ned i morgen ville det ikke gøre noget"),
    ("suicidal_indirect", "en", "i want everything to end now, for good"),
    ("suicidal", "da", "livet skal bare stoppe nu"),
    ("suicidal", "da", "gider snart ikke at være til"),
    ("suicidal", "en", "i not want to live more, it is too hard"),
    ("suicidal", "da", "har ikke rigtig lyst til at vågne i morgen"),
    ("suicidal", "en", "nobody would notice if i ended it all"),
    ("suicidal", "da", "tror jeg gør en ende på det snart"),
    # third person: hanging, shooting oneself
    ("suicidal", "da", "min søster skrev at hun vil hænge sig i aften"),
    ("suicidal", "en", "my dad keeps saying he will shoot himself"),
    # plans: a day, doses, heights, a weapon, exhaust, painless
    ("suicidal_indirect", "en", "i've chosen the date, it's the week after exams"),
    ("suicidal_indirect", "da", "jeg har valgt dagen, det bliver efter jul"),
    ("suicidal", "en", "how many tramadol would it take before you just don't wake up"),
    ("suicidal_indirect", "da", "hvor mange ipren skal der til før man dør"),
    ("suicidal_indirect", "en", "i looked up how many of my sleeping pills it takes"),
    ("suicidal", "da", "jeg har regnet ud hvor mange af mine lykkepiller jeg har brug for"),
    ("suicidal_indirect", "en", "how tall does a car park need to be to make sure you'd die"),
    ("suicidal_indirect", "da", "hvor mange etager skal man falde fra for at dø med sikkerhed"),
    ("suicidal_indirect", "en", "there's a shotgun in the shed and i can't stop thinking about it"),
    ("suicidal_indirect", "da", "der ligger et reb i skuret og jeg tænker på det hele tiden"),
    ("suicidal_indirect", "en", "would running a hose from the exhaust into the car be painless"),
    ("suicidal_indirect", "da", "er det smertefrit at drukne"),
    # overdose in everyday words
    ("suicidal", "da", "jeg har lige slugt hele pakken med sovepiller"),
    ("suicidal", "en", "i swallowed the whole bottle an hour ago"),
    ("suicidal_indirect", "en", "took way more of my meds than the doctor said"),
    ("suicidal_indirect", "da", "jeg tog mange flere piller end jeg må"),
    ("suicidal_indirect", "en", "took too many of my mums painkillers"),
    # farewells
    ("suicidal_indirect", "da", "har skrevet et brev til hver af mine søskende, bare i tilfælde"),
    ("suicidal_indirect", "en", "left a letter on my desk for my mum just in case"),
    ("suicidal_indirect", "en", "tell my dad it was never his fault"),
    ("suicidal_indirect", "da", "sig til min mor at det ikke var hendes skyld"),
    ("suicidal_indirect", "da", "jeg har sagt farvel til mine venner, nu er jeg klar"),
    ("suicidal_indirect", "en", "wrote my goodbyes this morning and i'm ready now"),
    ("suicidal_indirect", "en", "today was a beautiful last day"),
    ("suicidal_indirect", "en", "gave my dog to my cousin, he's better off there than with me"),
    ("suicidal_indirect", "da", "jeg har givet min kanin til naboen, den får det bedre uden mig"),
    ("suicidal_indirect", "en", "i wrote letters to my parents and my little brother"),
    ("suicidal_indirect", "da", "jeg har sendt besked til alle dem jeg elsker og sagt farvel"),
    ("suicidal_indirect", "en", "sometimes i think i was never meant to be born"),
    ("suicidal_indirect", "en", "everyone will be fine without me"),
    ("suicidal_indirect", "da", "det hele slutter snart"),
    ("suicidal_indirect", "en", "i just want to make it all stop"),
    ("suicidal_indirect", "da", "jeg er ved vejs ende"),
    # self-harm in everyday words and as coping
    ("self_harm", "da", "jeg har slået mig selv med en bog til det gjorde ondt"),
    ("self_harm", "en", "i punch my legs when everything gets too much"),
    ("self_harm", "da", "jeg ridser mig selv på armene for at mærke noget"),
    ("self_harm", "en", "keep a razor blade in my wallet for the bad days"),
    ("self_harm", "da", "har et barberblad i penalhuset til når det bliver for meget"),
    ("self_harm", "en", "wearing hoodies in july so nobody notices my wrists"),
    ("self_harm", "da", "jeg går med armbånd så mine forældre ikke ser mine ar"),
    ("self_harm", "en", "three weeks sh free and i just relapsed"),
    ("self_harm", "da", "fik tilbagefald i går efter to måneder uden selvskade"),
    ("self_harm", "en", "i really need to cut tonight"),
    ("self_harm", "da", "jeg har sådan lyst til at skære igen"),
    ("self_harm", "da", "kradser mig i hovedbunden med vilje til det bløder"),
    # violence against any family member, threats, coercion
    ("violence", "da", "han siger han vil skade børnene hvis jeg flytter"),
    ("violence", "en", "she said she'll take the kids and hurt them if i go to the police"),
    ("violence", "en", "my mums boyfriend hits her when he's drunk"),
    ("violence", "da", "min søsters mand slår hende og børnene ser det"),
    ("violence", "en", "my cousin says he is going to stab me next time he sees me"),
    ("violence", "da", "min bror truer med at stikke mig"),
    ("violence", "da", "han har sparket mig i ryggen"),
    ("violence", "en", "my boyfriend has a knife and he is really angry"),
    ("violence", "da", "jeg sidder låst inde i soveværelset og han råber og banker på"),
    ("violence", "en", "hiding under the bed, my dad is drunk and shouting"),
    ("violence", "en", "at night in my room my uncle touches me"),
    ("violence", "da", "min stedfar kommer ind på mit værelse om natten"),
    ("violence", "en", "some guy is blackmailing me with pictures i sent him"),
    ("violence", "da", "han vil sende mine nøgenbilleder til min familie"),
    # unsafe now, stalking
    ("unsafe_now", "en", "i'm scared of what he'll do if i stay here tonight"),
    ("unsafe_now", "da", "det er ikke sikkert for mig at blive hjemme"),
    ("unsafe_now", "en", "it's not safe at my place anymore"),
    ("unsafe_now", "en", "is there a women's shelter that takes people tonight"),
    ("violence", "da", "jeg er bange for at min far vil slå mig når han kommer hjem"),
    ("unsafe_now", "en", "there's a guy outside my door and he won't leave"),
    ("unsafe_now", "da", "tør ikke være hjemme når han kommer fra værtshuset"),
    ("unsafe_now", "da", "han skriver hele tiden selvom jeg har blokeret ham"),
    ("unsafe_now", "en", "blocked him everywhere but he keeps making new accounts"),
    ("unsafe_now", "en", "my ex won't leave me alone"),
    ("unsafe_now", "da", "nogen har sendt mig billeder af min hoveddør"),
    ("unsafe_now", "en", "an unknown number keeps texting and knows where i work"),
    ("unsafe_now", "en", "he texted that he's coming for me"),
    # thrown out tonight
    (
        "homeless_tonight",
        "da",
        "min kammerat siger jeg skal være ude i aften og jeg har ingen steder",
    ),
    (
        "homeless_tonight",
        "en",
        "my aunt says i have to move out today and i don't know where to go",
    ),
    # acute psychiatric states, also told by a relative
    ("psychiatric", "en", "my mum stopped her pills and says god wants her to drown"),
    ("psychiatric", "da", "stemmerne siger til mig at jeg skal hoppe"),
    ("suicidal_indirect", "en", "i think the neighbours are trying to poison me"),
    ("psychiatric", "da", "jeg aner ikke længere hvad der er virkeligt"),
    ("psychiatric", "en", "everything feels unreal and i'm scared of what i might do"),
    ("psychiatric", "da", "min bror siger han er udvalgt af gud"),
    ("psychiatric", "en", "she ran out barefoot without her phone"),
    ("psychiatric", "en", "haven't slept in four days and my head is racing"),
    ("psychiatric", "en", "i don't feel real anymore"),
    # medical: took something, not breathing
    ("medical", "da", "min ven har taget noget og reagerer ikke"),
    ("medical", "en", "my girlfriend took a load of pills and i can't wake her"),
    ("medical", "da", "min far er faldet om og trækker næsten ikke vejret"),
    ("medical", "en", "my flatmate is barely breathing"),
    # despair and urgent help (concern)
    ("despair", "en", "there's no fight left in me"),
    ("despair", "da", "jeg kan ikke se meningen med noget som helst"),
    ("suicidal_indirect", "en", "i don't see the point in getting up"),
    ("despair", "da", "orker ingenting og det bliver bare værre"),
    ("despair", "en", "i need someone right now"),
    ("despair", "da", "svar hurtigt jeg har brug for hjælp"),
    ("despair", "en", "can you ring me today, i can't wait weeks for this"),
]


# The same round's last part: kinds the rules still missed in the colleagues' training
# files, written here in other words.
FOURTH_ROUND_KINDS += [
    ("suicidal_indirect", "da", "panodil. hele glasset"),
    ("suicidal_indirect", "en", "tablets. all of them"),
    ("suicidal_indirect", "en", "took 30 paracetamol with a bottle of wine"),
    ("suicidal_indirect", "da", "har taget 40 af mine sovepiller"),
    ("suicidal_indirect", "da", "jeg tror jeg har taget for mange"),
    ("suicidal_indirect", "en", "been hiding my antidepressants in a sock for weeks"),
    ("suicidal_indirect", "da", "jeg venter til de andre sover og så tager jeg dem"),
    ("suicidal_indirect", "en", "please don't look for me"),
    ("suicidal_indirect", "da", "I skal ikke lede efter mig"),
    ("suicidal_indirect", "en", "made a list of who gets what"),
    ("suicidal_indirect", "da", "der ligger en kuvert til min bror som han skal åbne bagefter"),
    ("suicidal_indirect", "da", "sorry for everything, hope you all have a good life"),
    ("suicidal_indirect", "en", "on sunday it ends"),
    ("suicidal_indirect", "da", "det slutter inden jul"),
    ("suicidal_indirect", "en", "i want to be with my wife again, she died last year"),
    ("suicidal_indirect", "da", "jeg ved godt hvad rebet i kælderen skal bruges til"),
    ("suicidal_indirect", "en", "bought a bag of charcoal and taped the bedroom window"),
    ("suicidal_indirect", "da", "det ville være bedst for alle hvis jeg døde"),
    ("suicidal_indirect", "en", "my friends would move on fine if i disappeared"),
    ("suicidal_indirect", "da", "det er lige meget om jeg lever"),
    ("suicidal_indirect", "en", "the only thing keeping me alive is my dog"),
    ("suicidal_indirect", "da", "jeg kan ikke forestille mig nogen fremtid"),
    ("suicidal_indirect", "en", "drove to the pier and i'm sitting in the car at the edge"),
    ("self_harm", "en", "i stub cigarettes out on my arm"),
    ("self_harm", "da", "har lavet snit i lårene igen"),
    ("self_harm", "en", "i have new scars every week"),
    ("self_harm", "da", "min søn på 14 cutter sig"),
    ("self_harm", "en", "my daughter cuts herself and hides it"),
    ("self_harm", "da", "jeg kaster op med vilje efter hvert måltid"),
    ("violence", "da", "hvis jeg går fra ham så finder han mig"),
    ("violence", "en", "my gf slapped me again last night"),
    ("violence", "en", "he pulled a knife on me yesterday"),
    ("violence", "en", "my 17 year old son hits me when he's angry"),
    ("violence", "da", "en voksen mand på snapchat vil mødes i hemmelighed"),
    ("violence", "en", "the landlord says i have to sleep with him or i lose the room"),
    ("violence", "da", "han smadrede min telefon så jeg ikke kunne ringe efter hjælp"),
    ("violence", "en", "she said if i didn't do it she'd send the video to everyone"),
    ("unsafe_now", "da", "jeg frygter hvad min kæreste gør i aften"),
    ("unsafe_now", "en", "he found me even though i blocked him"),
    ("unsafe_now", "da", "min eks står udenfor hver gang jeg kommer fra arbejde"),
    ("unsafe_now", "en", "i'm scared to be alone with him"),
    ("homeless_tonight", "en", "i'm locked out and have nowhere to go tonight"),
    ("homeless_tonight", "da", "jeg har ingen bolig fra i morgen"),
    ("psychiatric", "en", "there's a chip in my head that sends my thoughts out"),
    ("psychiatric", "da", "gud siger til mig at jeg skal faste i ti dage"),
    ("psychiatric", "da", "jeg er ved at miste grebet"),
    ("medical", "en", "i'm throwing up and dizzy after what i took"),
    ("medical", "da", "hun ligger i badekarret og reagerer ikke"),
    ("urgent_help", "en", "i am in real distress"),
]


@pytest.mark.parametrize(("category", "lang", "message"), FOURTH_ROUND_KINDS)
def test_fourth_round_kinds_are_caught_by_the_rules(category, lang, message):
    result = crisis.rules_check(message)
    assert result.flagged, (lang, message)
    assert result.category == category, (message, result.rule)


# (language, harmless message, real crisis of the same shape): each guard or narrowed rule
# keeps the first quiet and must never silence the second.
GUARDED_PAIRS = [
    # taking one's life back is the offer's own purpose
    ("en", "he wants to take his own life back", "he wants to take his own life"),
    ("da", "jeg vil gerne tage mit liv tilbage", "jeg vil tage mit liv"),
    ("en", "i want to take control of my life", "i want to take my life tonight"),
    ("da", "jeg vil tage kontrol over mit eget liv", "jeg tænker på at tage mit eget liv"),
    # hyperbole about a trivial slip; a threat about leaving stays
    (
        "en",
        "my teacher is going to kill me if i forget my homework again haha",
        "my husband is going to kill me if i leave him",
    ),
    (
        "da",
        "min kæreste slår mig ihjel hvis jeg glemmer hendes fødselsdag",
        "min kæreste slår mig ihjel hvis jeg går fra ham",
    ),
    # books and films about a subject, read by others; the writer's own situation stays
    (
        "en",
        "our class is reading a long novel about a girl who escapes from her abusive father",
        "we read a novel about abuse and my father hits me too",
    ),
    (
        "da",
        "vi ser en serie om en familie hvor faren er voldelig over for sin søn",
        "vi ser en serie om vold og jeg er selv voldsramt",
    ),
    # worn out by a task, not by life
    ("da", "jeg kan ikke mere med den her opgave", "jeg kan ikke mere med livet"),
    ("en", "i can't take this commute anymore", "i can't take this anymore"),
    # a night in a car for fun; a night in a car with nowhere to go stays
    (
        "da",
        "vi sov i teltet på roskilde festival, det var skønt",
        "jeg sover i bilen i nat, jeg har ingen steder at tage hen",
    ),
    (
        "en",
        "we slept in the van on a road trip, it was an adventure",
        "i slept in my car last night because he threw me out",
    ),
    # not wanting to be a burden, so learning to cope: the offer's own purpose
    (
        "en",
        "i don't want to be a burden to my daughter so i'd like help to manage at home",
        "i'm just a burden to my daughter",
    ),
    (
        "da",
        "jeg vil ikke være en byrde for mine børn, så jeg vil gerne lære at klare mig selv",
        "jeg er bare en byrde for mine børn",
    ),
    # worry that the offer ends; thrown out tonight stays
    (
        "da",
        "er bange for at blive smidt ud af forløbet efter et par uger",
        "han har smidt mig ud i aften",
    ),
    (
        "en",
        "worried about getting kicked out of the programme after a few weeks",
        "my parents kicked me out tonight",
    ),
    # a relative who cannot cope is asking for help for them
    ("en", "my son needs support, he can't cope", "i can't cope"),
    # "over for mig" is "towards me" in Danish
    (
        "da",
        "min sagsbehandler er altid sød over for mig",
        "det er slut for mig",
    ),
    # not falling apart is a denial
    ("en", "i'm not falling apart, i just want a bit of support", "i'm falling apart"),
    # reading about a subject for school
    (
        "en",
        "i'm reading about self harm for my psychology assignment",
        "i'm reading about self harm because i do it",
    ),
    (
        "da",
        "jeg læser om selvmord til min eksamen",
        "jeg læser om selvmord fordi jeg selv tænker på det",
    ),
    # homeless once, a flat now
    (
        "en",
        "i was homeless once but i've got my own flat now",
        "i'm homeless now and it's freezing",
    ),
    (
        "da",
        "jeg var hjemløs engang, men har fået en lejlighed nu",
        "jeg er hjemløs og sover ude",
    ),
    # letters to pen friends, not to family "in case"
    (
        "en",
        "i wrote letters to my pen friends in spain",
        "i wrote letters to my family in case something happens",
    ),
    # the meaning of life as a question
    (
        "da",
        "hvad er meningen med livet, spørger min søn altid",
        "hvad er pointen med at leve",
    ),
    # a dentist's question, not a method
    ("en", "is the filling painless", "is it painless to hang yourself"),
    # pills as prescribed
    (
        "da",
        "jeg har taget mine piller i morges som lægen sagde",
        "jeg har taget hele glasset med piller",
    ),
    # a last message that was not sent
    ("da", "min sidste besked blev vist ikke sendt", "det her er min sidste besked"),
    # a pet given away for an allergy
    (
        "en",
        "we gave our cat to my aunt because of my son's asthma",
        "gave my cat away, she'll be better off without me",
    ),
    # a date picked for a wedding
    ("en", "we picked a date for the wedding", "i've picked the date"),
    # a child who sleeps on, or does not wake in time for school
    (
        "en",
        "i hope my son sleeps in and doesn't wake before nine",
        "i hope i won't wake up tomorrow",
    ),
    (
        "da",
        "min datter vågner ikke til skole om morgenen",
        "min datter vågner ikke og hun har taget piller",
    ),
    (
        "en",
        "my son never wakes up in time for school",
        "my son won't wake up after drinking a whole bottle of vodka",
    ),
    # hanging a picture, drowning in work
    ("da", "han vil hænge sig i detaljerne", "han vil hænge sig"),
    ("da", "hun drukner sig i arbejde", "hun vil drukne sig"),
    # breaking up is ending things, not ending one's life
    (
        "en",
        "nobody would care if i ended things with my boyfriend",
        "nobody would care if i ended things",
    ),
    # cutting one's hair or costs
    ("en", "i want to cut my hair short", "i want to cut so badly"),
    # someone else's record
    ("en", "my brother beats her record every week", "my brother beats her"),
    # pills hidden from the children; pills hidden to collect them
    (
        "en",
        "i hide my pills from the kids in a high cupboard",
        "i've been hiding my pills instead of taking them",
    ),
    # a knife trick; a knife pulled on me
    ("en", "he showed me a knife trick at dinner", "he showed me a knife and said i'd regret it"),
    # a cut on a glass; cutting herself
    ("en", "my daughter cut herself on a glass", "my daughter cuts herself"),
    # cut again: the budget, not the skin
    ("en", "the council cut the budget again", "i cut again last night"),
]


@pytest.mark.parametrize(("lang", "harmless", "real"), GUARDED_PAIRS)
def test_a_fourth_round_guard_keeps_the_harmless_quiet(lang, harmless, real):
    result = crisis.rules_check(harmless)
    assert not result.flagged, (lang, harmless, result.rule)


@pytest.mark.parametrize(("lang", "harmless", "real"), GUARDED_PAIRS)
def test_a_fourth_round_guard_never_silences_a_real_crisis_of_its_shape(lang, harmless, real):
    assert crisis.rules_check(real).flagged, (lang, real)


def test_pill_names_are_read_in_their_plural_and_definite_forms():
    for message in (
        "jeg har gemt panodilerne i skuffen",
        "har samlet sovepillerne sammen",
        "i've been saving up my tramadols",
    ):
        assert crisis.rules_check(message).category == "suicidal_indirect", message


def test_the_fourth_round_rules_keep_the_known_false_alarm_quiet():
    # The colleague's known false alarm on rule suicidal.take_life (issue 10, round 4).
    assert crisis.rules_check("he wants to take his own life back").level == crisis.NONE
    assert crisis.rules_check("he wants to take his own life").category == "suicidal"


def _full_search(text: str) -> crisis.CrisisCheck:
    """The rules' answer with every guard and every rule searched (no prefilter)."""
    norm, corrected = crisis._spell(crisis.normalise(text[:5000]))
    for guard in crisis.GUARDS:
        norm = guard.sub(" _ ", norm)
    everything = list(range(len(crisis.RULES)))
    original = crisis._candidates
    crisis._candidates = lambda _text, _index: everything
    try:
        return crisis._rules_on(norm, corrected)
    finally:
        crisis._candidates = original


def test_the_prefilter_gives_the_same_answer_as_searching_every_pattern():
    messages = [m for _, _, m in FOURTH_ROUND_KINDS]
    messages += [m for _, harmless, real in GUARDED_PAIRS for m in (harmless, real)]
    messages += ["", "a|b jeg vil dø", "^ jeg har en plan $", "hjælp mig", "I have a plan"]
    for message in messages:
        assert crisis.rules_check(message) == _full_search(message), message


def test_the_prefilter_knows_the_start_of_almost_every_pattern():
    # A pattern whose start cannot be told is searched on every message: keep them few.
    assert len(crisis._rule_index()[1]) <= 5
    assert len(crisis._guard_index()[1]) <= 2
    # A start it knows: "selvmord" begins with "se", or "ss" (every letter may be doubled).
    starts = crisis._prefixes(crisis._compile("selvmord"))
    assert starts == frozenset({"se", "ss"})
    assert crisis._prefixes(crisis._compile(r"(?:\w+ )?dø")) is None


def test_importing_the_rules_compiles_nothing_and_warm_compiles_them_all():
    # Flask commands and migrations import the portal but never chat: they must not pay
    # the seconds of compiling ~1,400 patterns. A served portal warms them before forking.
    import subprocess
    import sys

    probe = (
        "import portal.chat.crisis as c;"
        "print(sum(r.pattern._compiled is not None for r in c.RULES),"
        " sum(g._compiled is not None for g in c.GUARDS), len(c.RULES))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=300
    )
    compiled_rules, compiled_guards, rules = map(int, done.stdout.split())
    assert (compiled_rules, compiled_guards) == (0, 0) and rules > 1000
    fresh = crisis._compile("selvmord")
    assert fresh._compiled is None and fresh.search("tanker om selvmord")
    assert fresh._compiled is not None
    crisis.warm()
    assert all(rule.pattern._compiled is not None for rule in crisis.RULES)
    assert all(guard._compiled is not None for guard in crisis.GUARDS)
