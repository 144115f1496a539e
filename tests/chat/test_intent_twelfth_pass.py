"""The twelfth, thirteenth and fourteenth intent data passes (bot/nlu_source/base26.yml,
written by kind after studying round 10's fresh9 set; base27.yml, after round 11's fresh10;
base28.yml, after round 12's fresh11; each seen since its one measurement), fresh9, fresh10
and fresh11 folded into nlu.yml like the older seen sets, and the
builder's background sentences (who the writer is, said before the question). The thirteenth
and fourteenth passes add their cases here as data (KINDS_13, KINDS_14, PASSES) rather than a
file of near-copies.
Kinds in phrasings of the test's own (in no training file, no copy or near copy of a seen
held-out line, fresh9's and fresh10's included), both languages. Of the twelfth pass's 31
kinds written before they were run, 22 got their intent before it and 28 after; three miss
(a work visa "enough to be allowed" reads as `s85_alongside`, a relative still waiting for a
"personal number" who wants to apply as `how_to_apply`, "kø for at komme til" as
`transport`; bot/README.md, "Intents", twelfth pass). The helpers are the eleventh pass's
(and through it the tenth's)."""

import pytest
import yaml

from bench.intent_eval import line_key
from portal.chat import nlu
from tests.chat.test_intent_eleventh_pass import (
    SEEN_NOW,
    SOURCES,
    _build,
    _near,
    _pass_lines,
    _seen_lines,
    _training_keys,
)

# The seen sets when this pass was written: fresh9 was studied for it.
SEEN_TWELFTH = (*SEEN_NOW, "fresh9")

KINDS = [
    # A condition to get the offer (papers, a benefit, residence, what it takes): requirements.
    ("is a statement from a psychologist needed before you accept me", "requirements"),
    ("skal jeg kunne dokumentere noget fra lægen før i siger ja", "requirements"),
    ("er der noget man skal opfylde for at blive taget ind", "requirements"),
    # Whom it is meant for: offer_who (the target group, not a condition on me).
    ("is this support aimed at people in their twenties too", "offer_who"),
    ("hvilken gruppe borgere er tilbuddet tiltænkt", "offer_who"),
    # Who delivers it: provider.
    ("the helper who visits, is she trained as a pedagogue or what", "provider"),
    # The CPR number in any context: why, refused, where it goes.
    ("hvad skal i overhovedet bruge mit cpr til", "cpr_number"),
    ("I won't hand over my cpr to a website, do I have to", "cpr_number"),
    # Being asked afterwards or along the way: evaluation; how long: duration.
    ("when it is over will you ask me if it made a difference", "evaluation"),
    ("bliver der holdt øje med om jeg har fremskridt mens det står på", "evaluation"),
    ("is there an end date or does it run until things are fine", "duration"),
    # How soon: response_time.
    ("how many weeks do people usually wait before the first meeting", "response_time"),
    # The trip's cost: transport; the offer's own price: price.
    ("do I pay the train ticket myself when I go to the meetings", "transport"),
    ("is the support free or do I pay for it", "price"),
    # Another law or another department: not_covered.
    ("if my problem belongs under another law, do you still take it", "not_covered"),
    ("bathing and dressing my mum, is that something you do", "not_covered"),
    # A greeting with an introduction and no question: greet.
    ("hello, I'm writing on behalf of my grandmother", "greet"),
    ("hej, jeg er Mettes datter", "greet"),
    # A person now: human_handoff.
    ("can I chat with one of the advisers instead of you", "human_handoff"),
    # Long messages: who the writer is first, the question last.
    (
        "I am from Afghanistan and go to language school, my father is old and alone, "
        "does this help cost something",
        "price",
    ),
    (
        "jeg er på kontanthjælp og har to små børn og det hele sejler lidt, hvordan søger "
        "jeg om det",
        "how_to_apply",
    ),
    ("I am on a flexjob and very tired when I get home, could I be accepted", "eligibility"),
    # A reply typed in the middle of the check: answer.
    ("mostly the money, and a bit the loneliness", "answer"),
    # (63 until the twentieth pass: the crowd17 writer typed the same reply, now training.)
    ("han er 64", "answer"),
    # Other offices' errands in the offer's own words: out_of_scope.
    ("how long is the wait for a new driving licence", "out_of_scope"),
    ("kan i komme og ordne min opvaskemaskine", "out_of_scope"),
    # Money and work said first, their own topic: debt_money, work_education.
    ("my partner has many payday loans, who can advise us about it", "debt_money"),
    (
        "I was let go from the factory and want a different job, where do I get guidance",
        "work_education",
    ),
]


# The seen sets when the thirteenth pass was written: fresh10 was studied for it.
SEEN_THIRTEENTH = (*SEEN_TWELFTH, "fresh10")

# The thirteenth pass's kinds (fresh10's confusions, each with its other side), in the test's
# own words, written before they were run: of 21, 15 got their intent before the pass and 17
# after (those below); four still miss ("must I try them before this" reads as requirements,
# "together with other people, I prefer that" as group_or_individual, a son who "wants to be a
# carpenter but does not know how to get started" as how_to_apply, goats in the yard as
# contact_mode; bot/README.md, "Intents", thirteenth pass).
KINDS_13 = [
    # Another office or scheme that comes first, what falls outside: not_covered; free advice
    # once without applying: open_counselling.
    ("er der noget i altid sender folk et andet sted hen med", "not_covered"),
    ("could I get one free chat with an adviser without filling in any form", "open_counselling"),
    ("kan jeg faa et gratis raad en enkelt gang uden at soege", "open_counselling"),
    # A bare reply mid-check against a question about the format.
    ("mest om aftenen, og det er blevet lidt værre", "answer"),
    ("do you run the meetings in groups or one on one", "group_or_individual"),
    # The way of meeting asked with a reason: contact_mode.
    ("my car broke down, could you visit me at home for the talks instead", "contact_mode"),
    ("kan vi ringe sammen i stedet for video, min skærm er gået i stykker", "contact_mode"),
    # Work and schooling against a situation with a job in it.
    ("I got fired on Friday, what can I do to find new work", "work_education"),
    (
        "my wife has bipolar and the bills and the cleaning slip when she is down",
        "describe_situation",
    ),
    # Rent behind, feedback, who pays, fuel.
    ("I am two months behind with the rent, who can help me sort it", "debt_money"),
    ("will anyone ask me afterwards what I thought of the help", "evaluation"),
    ("who foots the bill for this, me or the council", "price"),
    ("do I get my petrol paid when I drive to the group", "transport"),
    ("in simple words, what is this offer about", "offer_what"),
    # Other errands in the offer's words; a long message and second-language English.
    ("kan i fortælle mig hvornår der er loppemarked i byen", "out_of_scope"),
    (
        "my father is 84 and since mum died he does not open his letters or cook, we have "
        "talked about it as a family, where would the meetings with him take place",
        "where",
    ),
    (
        "me and husband from Syria, we not understand the letters, the help is free or we pay",
        "price",
    ),
]

# The seen sets when the fourteenth pass was written: fresh11 was studied for it.
SEEN_FOURTEENTH = (*SEEN_THIRTEENTH, "fresh11")

# The fourteenth pass's kinds (fresh11's confusions, Danish first, each with its other side),
# in the test's own words, written before they were run: of 30, 21 got their intent before the
# pass and 24 after (those below); six still miss (a formal "vederlagsfri" reads as
# out_of_scope, "who is her manager" after a complaint as provider, "who will reach out and
# how" after sending as provider, "can my uncle apply" as how_to_apply, "an adviser who is only
# mine" as provider, "tesekkür ederim" as out_of_scope; bot/README.md, "Intents", fourteenth
# pass).
KINDS_14 = [
    # An older citizen's formal letter Danish and English; a signature after the question.
    ("Hvorledes er sagsgangen, når min ansøgning er registreret hos jer?", "after_applying"),
    ("I would appreciate information on which citizens the scheme is intended for", "offer_who"),
    ("hvor lang tid varer det, venlig hilsen Karen 79", "duration"),
    ("how soon will I hear back, kind regards Tom", "response_time"),
    # Jutland spelling; idioms for the price, the council's department, a queue.
    ("wor ligger jeres mødelokale, æ har ikk været der før", "where"),
    ("skal jeg have penge op af lommen for det", "price"),
    ("will it cost me anything out of my own pocket", "price"),
    ("hvilken del af kommunen står bag tilbuddet", "provider"),
    ("står der en hel masse folk i kø foran mig", "response_time"),
    ("do many people wait in line before they can start", "response_time"),
    # A complaint without the word.
    ("min sagsbehandler ignorerer mine mails, hvem er hendes overordnede", "complaints"),
    # Who gets back to me and how, after applying.
    ("min ansøgning er sendt, hvem ringer og hvordan", "after_applying"),
    # Whom it is for in general against can my relative apply.
    ("er det kun for folk uden job eller for alle mulige", "offer_who"),
    ("is this only for the unemployed or for anybody", "offer_who"),
    ("har min moster ret til at søge om jeres hjælp", "eligibility"),
    # Another law or another service first, with a tail that names no topic.
    ("hvis det er sundhedsvæsenet der skal hjælpe mig, hvad så", "not_covered"),
    ("if my case belongs to the health service, what then", "not_covered"),
    # One adviser all to myself; a relative's school and guidance; a relative typing.
    ("får jeg en rådgiver der kun er min", "group_or_individual"),
    (
        "min lillebror har droppet sin uddannelse, hvor får han vejledning om et nyt fag",
        "work_education",
    ),
    ("min svigersøn skriver for mig, gemmer i hans navn", "privacy"),
    ("my son types for me, do you store his name", "privacy"),
    # Bare ages mid-check; "is it like a coach".
    ("he is seventeen", "answer"),
    ("hun er lige blevet 16", "answer"),
    ("er det ligesom at have en coach, hvad er det", "offer_what"),
]

# The seen sets when the fifteenth pass was written: fresh12 was studied for it (not folded).
SEEN_FIFTEENTH = (*SEEN_FOURTEENTH, "fresh12")

# The fifteenth pass's kinds (fresh12's four confusions of kind, each with its other side), in
# the test's own words, written before they were run: of 18, 8 got their intent before the pass
# and 16 after (those below); two still miss as offer_content ("kan i hjælpe med at få
# hjemmepleje til min mor", "what sort of things do you not help people with"; bot/README.md,
# "Intents", fifteenth pass).
KINDS_15 = [
    # A decision to apply now, for oneself, with no how-question: start_screening.
    ("okay det er besluttet, jeg søger nu", "start_screening"),
    ("jeg har lyst til at søge, bare sæt i gang", "start_screening"),
    ("i've decided, i want to apply today", "start_screening"),
    ("alright then, put my name in for it", "start_screening"),
    ("ok i go for it, apply me now", "start_screening"),
    # The same wish with a how-question or for a relative: how_to_apply.
    ("jeg vil søge men hvor gør jeg det henne", "how_to_apply"),
    ("i want to apply for my brother, how does he do it", "how_to_apply"),
    # Another service asked as "do you help with": not_covered; what falls outside.
    ("hjælper i med at få en plads i et bofællesskab", "not_covered"),
    ("do you sort out custody when parents split up", "not_covered"),
    ("hvilke ting hjælper i slet ikke folk med", "not_covered"),
    # What it does help with: offer_content.
    ("hvilke slags problemer kan i hjælpe mig med", "offer_content"),
    # A debt told first, then "do you help with that": debt_money.
    ("jeg skylder penge til sms lån, hjælper i med sådan noget", "debt_money"),
    ("i'm three months behind on the water bill, can you help with that", "debt_money"),
    # A child's schooling or work with poor Danish, then "can you help": work_education.
    ("min datter tør ikke starte i gymnasiet, kan i hjælpe hende", "work_education"),
    ("my son is scared to start high school, can you help him", "work_education"),
    ("i need a job but my danish is weak, can you help", "work_education"),
]

# The sixteenth pass (a pipeline change, no new lines): a topic told first and a bare question
# tail after it ("..., who can I ring", "..., how do I do it") is read by the whole message
# more than by the tail (nlu.FOCUS_WEIGHT 1.0 -> 0.5, chosen on forward folds). In the test's
# own words, written before they were run: the first four read as the tail's intent with the
# old weight (contact_hours, how_to_apply), the last two were right either way.
KINDS_16 = [
    (
        "vi er bagud med huslejen to måneder nu og udlejer har skrevet, hvem kan jeg ringe til",
        "debt_money",
    ),
    (
        "min kone er ikke god til computer og vil vide hvem der kommer hjem til hende, "
        "hvad siger jeg",
        "provider",
    ),
    ("my landlord says we are two months behind with the rent, who can i ring", "debt_money"),
    (
        "there is no bus from my village in the evening and i dont drive, how do i do it",
        "transport",
    ),
    (
        "min nevø er droppet ud af sin uddannelse og vil gerne i gang med noget nyt, "
        "hvor skal han gå hen",
        "work_education",
    ),
    (
        "jeg har fået en regning fra hospitalet jeg ikke kan betale og den er gået til inkasso, "
        "hvem ringer jeg til",
        "debt_money",
    ),
]

# The seen sets when the sixteenth pass's base30.yml was written: fresh13 was studied for it
# (not folded; the bench keeps it quiet).
SEEN_SIXTEENTH = (*SEEN_FIFTEENTH, "fresh13")

# base30.yml's kind (fresh13's confusion), in the test's own words, with its other side: what
# one does in the talks or the course is `offer_content`, not after_applying or requirements.
KINDS_17 = [
    ("hvad går møderne ud på, sidder vi bare og snakker", "offer_content"),
    ("do we just chat in the meetings or are there tasks too", "offer_content"),
    ("hvad går møderne med, er der opgaver imellem", "offer_content"),
    ("jeg har lige sendt ansøgningen afsted, hvem hører jeg fra", "after_applying"),
]

SEEN_SEVENTEENTH = (*SEEN_SIXTEENTH,)  # fresh13, studied and folded since this pass

# base31.yml's kind (the offer_who / eligibility pair of every new writer), in the test's own
# words: whether I, we or a relative fall inside the group is `eligibility` (its reply is the
# check); whom the offer is aimed at in general stays `offer_who`. "falder vi to indenfor
# gruppen i hjælper" still reads as not_covered and is left out.
KINDS_18 = [
    ("er min lillebror også omfattet af jeres forløb", "eligibility"),
    ("hører min onkel med til dem i tager jer af", "eligibility"),
    ("gælder tilbuddet for min kone og mig", "eligibility"),
    ("is my little brother covered by your programme too", "eligibility"),
    ("would my uncle be among the ones you look after", "eligibility"),
    ("are the two of us within the group you help", "eligibility"),
    ("do me and my wife fall under it", "eligibility"),
    ("hvilke borgere har i tænkt jer at hjælpe", "offer_who"),
    ("for which people in town was the programme set up", "offer_who"),
]

# base32.yml (lead, after the seventeenth pass): a wish for one adviser said as a statement,
# and a bare list of chores, are answers; the same wish asked stays group_or_individual.
# Still read otherwise (base32's header): "kun mig og en medarbejder, grupper gider jeg ikke"
# (group_or_individual), "shopping, ironing and the letters i never open" (a description).
KINDS_19 = [
    ("me and a single adviser, not some group thing", "answer"),
    ("indkøb, vasketøj og de breve jeg ikke får åbnet", "answer"),
    ("er det bare mig og en medarbejder eller flere", "group_or_individual"),
]

SEEN_EIGHTEENTH = (*SEEN_SEVENTEENTH, "fresh14")  # round 15, studied and folded since this pass

# base33.yml's kinds (round 15's fresh14 and the crowd15 file, missed by both), in the test's
# own words: a situation told with a lost job or money among other troubles is
# `describe_situation`, whether I can get it while working or on a benefit is `eligibility`;
# a stop in other words, after applying, leave-taking, a short start and whom one meets are
# here as guards (the fold of fresh14 already reads them). The first two fail before base33;
# "kan jeg deltage selvom jeg går på arbejde hver dag" (requirements) and "har mistet mit
# arbejde, skylder penge væk og ser ingen mennesker mere" (work_education) still miss and are
# left out.
KINDS_20 = [
    (
        "my job ended in may, since then reminders keep coming and i dont open them",
        "describe_situation",
    ),
    ("am i allowed in if i get unemployment money", "eligibility"),
    ("kan jeg være med mens jeg er sygemeldt", "eligibility"),
    ("tror jeg springer resten af spørgsmålene over for nu", "stop_screening"),
    ("i do not wish to proceed with the remaining questions", "stop_screening"),
    ("min mor har lige søgt, hvad skal der så ske for hende", "after_applying"),
    ("my brother has applied, what will happen for him now", "after_applying"),
    ("nu lukker jeg computeren, ha en fortsat god dag", "goodbye"),
    ("im heading off now, enjoy your evening", "goodbye"),
    ("skyd bare løs, jeg er klar til første spørgsmål", "start_screening"),
    ("start me on the questions right here", "start_screening"),
    ("skal jeg have min læge til at søge for mig eller gør jeg det selv", "how_to_apply"),
    ("who are the people i will meet in the sessions", "provider"),
]

# Round 16's fresh15, seen since its one measurement (folded since the twentieth pass);
# base34.yml was written after reading its misses, so its lines keep clear of it.
SEEN_NINETEENTH = (*SEEN_EIGHTEENTH, "fresh15")

# base34.yml's kinds (fresh15's misses that a second writer shares), in the test's own words:
# after applying, what now and must I do more is `after_applying` (the first three fail before
# base34: `requirements`), taking the test up again after a break `continue_screening` (fails
# before: `contact_mode`); who is behind it, "the kommune or someone else", and another public
# errand asked with "where do I complain" are here as guards. Still read otherwise and left
# out: "nej tak, ikke noget skema i dag" (`answer`), "I do not wish to carry on with the test"
# (`continue_screening`), "the bin men didnt take my rubbish, who do i complain to"
# (`complaints`).
KINDS_21 = [
    (
        "min ansoegning gik afsted i tirsdags, hvad sker der nu og skal jeg selv goere noget",
        "after_applying",
    ),
    ("har soegt i sidste uge, hvad nu, er der noget jeg skal", "after_applying"),
    ("i applied on monday, what now, do i have to do anything", "after_applying"),
    ("applied last week, what happen now, must i do someting", "after_applying"),
    ("har lige spist, saa kan vi tage fat igen paa testen", "continue_screening"),
    ("back again, lets get the rest of the test done", "continue_screening"),
    ("is it the kommune or some one else who does it", "provider"),
    ("er det kommunen eller nogen andre der laver det", "provider"),
    ("where do i complain about the noise from the bar downstairs", "out_of_scope"),
    ("hvor klager man over larm fra baren nedenunder", "out_of_scope"),
]

# The twentieth pass: word triples are features (portal/chat/nlu.py), and base35.yml gives
# back their side to two older kinds that tipped with them (KINDS_15's "jeg har lyst til at
# søge, bare sæt i gang", KINDS_21's "har soegt i sidste uge, hvad nu, ..."), in the test's own
# words: a wish to apply followed by "just start" is `start_screening`, applied already and
# "what now, anything more from me" `after_applying`; what must be in place before applying
# stays `requirements`. These six read right with the triples without base35 too (guards);
# the two older lines above are the ones that need it. fresh15 is folded since this pass,
# fresh16 is quiet.
SEEN_TWENTIETH = (*SEEN_NINETEENTH,)
KINDS_22 = [
    ("jeg vil gerne prøve at søge, kør bare spørgsmålene", "start_screening"),
    ("ok i wanna apply, fire away with the questions", "start_screening"),
    ("ansøgningen er sendt, hvad så nu, mangler i noget fra mig", "after_applying"),
    ("application is in, so what now, anything else needed from me", "after_applying"),
    ("hvad skal være på plads før jeg kan søge", "requirements"),
    ("what has to be in order before i can apply", "requirements"),
]

# The twenty-first pass: round 17's fresh16 was studied (folded since this pass). base36.yml
# writes kinds a new writer missed with their other side, in own words; in sample it moved few
# lines (bot/README.md "Intents"): of the test's own phrasings below, the Danish "I don't want
# to stop, go on" fails before it (`stop_screening`); the rest are guards of the kinds (they
# read right before too). Still read otherwise and left out: "i dont wanna stop, keep going"
# (`stop_screening`), "the last few months i barely leave the house" (`duration`), "please
# phone me" (`answer`), "kan i hjælpe med alt" (`offer_content`).
SEEN_TWENTY_FIRST = (*SEEN_TWENTIETH, "fresh16")
KINDS_23 = [
    ("jeg vil ikke holde op, kør bare videre", "continue_screening"),
    ("im not gonna carry on with this test", "stop_screening"),
    ("siden jul har jeg haft det rigtig skidt og ser aldrig nogen", "describe_situation"),
    ("jeg er bange for mange mennesker, er det mon i en gruppe", "group_or_individual"),
    ("i am scared of groups, will it be one to one", "group_or_individual"),
    ("min computer virker ikke mere er det et problem", "video_equipment"),
    ("my tablet is broken does it matter", "video_equipment"),
    ("hvilket parti stemmer du på", "out_of_scope"),
    ("what is your favourite food", "out_of_scope"),
    ("ring mig op tak", "human_handoff"),
    # The convention the pass settled (eligibility / offer_who): about me, alone, eligibility;
    # me set against another group, offer_who.
    ("is it for someone like me, i live alone", "eligibility"),
    ("er det noget for en som mig, jeg bor alene", "eligibility"),
    ("is it for people like me or only for old people", "offer_who"),
    ("er det for sådan nogen som mig eller kun for ældre", "offer_who"),
]

# The twenty-second pass: round 18's fresh17 was studied (folded since this pass). base37.yml
# writes two kinds that recur across writers with their other side, in own words: a chore done
# FOR me is `not_covered` (learning it myself stays `offer_content`), and a stop negated with
# another verb than "stop" ("quit", "not stopping"), then go on, is `continue_screening`. Every
# line below but the guards (learning it myself) fails before base37. Still
# read otherwise and left out: "nej jeg afbryder ikke, spørg videre" (`stop_screening`: "afbryd"
# outweighs the negation), "vil jeres folk tørre støv af hos mig".
SEEN_TWENTY_SECOND = (*SEEN_TWENTY_FIRST, "fresh17")
KINDS_24 = [
    ("can someone come and do my hoovering", "not_covered"),
    ("can the lady from you do my ironing", "not_covered"),
    ("kommer der nogen og laver mad til mig", "not_covered"),
    ("kan jeg lære at lave mad selv hos jer", "offer_content"),
    ("could they help me learn to sort my laundry", "offer_content"),
    ("nah not stopping, carry on", "continue_screening"),
    ("im not quitting lol, whats next", "continue_screening"),
    ("har ikke tænkt mig at stoppe, næste spørgsmål", "continue_screening"),
]

# The twenty-third pass: round 19's fresh18 was studied (folded since this pass). base38.yml
# writes six confusions that recur across five to seven writers, each with its other side
# (its header). The two Danish stops negated with "afbryde" fail before base38 (the closing
# note's "jeg vil ikke afbryde"); the rest guard its other sides. Still read as a stop: a
# stop negated with "cancel" ("no i wont cancel, keep asking", "dont cancel pls, im here")
# and "afbryd ikke, jeg er her stadig": the stop verb outweighs the negation.
SEEN_TWENTY_THIRD = (*SEEN_TWENTY_SECOND, "fresh18")
KINDS_25 = [
    ("jeg vil ikke afbryde, bare fortsæt", "continue_screening"),
    ("nej jeg afbryder ikke, kom med næste spørgsmål", "continue_screening"),
    ("my uncle cant write so good, can somebody phone him", "human_handoff"),
    ("can we meet at the library or somewhere in town", "where"),
    ("is it for people that need treatment for drinking", "not_covered"),
    ("er det for folk der skal i misbrugsbehandling", "not_covered"),
]

# The twenty-fourth pass: round 20's fresh19 was studied (folded since this pass). base39.yml
# writes a place typed as the reply to a question (`answer`; "where is it" stays `where`) and
# whether I can have it while in another programme (`eligibility`; whether the offer covers
# treatment stays `not_covered`); a stop verb negated is a continue (nlu._negated_stop: data
# did not move it). The two places and the four negated stops fail before; the rest guard.
# Still read as offer_who: "kan man være med hvis man er sygmeldt fra sit arbejde".
SEEN_TWENTY_FOURTH = (*SEEN_TWENTY_THIRD, "fresh19")
KINDS_26 = [
    ("jeg bor i stege", "answer"),
    ("i live in praesto", "answer"),
    ("hvor i vordingborg er møderne", "where"),
    ("where are the meetings in hedensted", "where"),
    ("jeg har en sagsbehandler på jobcentret, må jeg så være med", "eligibility"),
    ("i have a caseworker at the job center, am i allowed in", "eligibility"),
    ("dækker i også behandling for alkohol", "not_covered"),
    ("do you cover treatment for alcohol", "not_covered"),
    ("afbryd ikke, jeg er her stadig", "continue_screening"),
    ("dont cancel pls, im here", "continue_screening"),
    ("no i wont cancel, keep asking", "continue_screening"),
    ("cancel it all please", "stop_screening"),
]

# Each pass: its file, the seen sets when it was written, its least number of lines.
PASSES = [
    ("base26.yml", SEEN_TWELFTH, 350),
    ("base27.yml", SEEN_THIRTEENTH, 300),
    ("base28.yml", SEEN_FOURTEENTH, 250),
    ("base29.yml", SEEN_FIFTEENTH, 120),
    ("base30.yml", SEEN_SIXTEENTH, 25),
    ("base31.yml", SEEN_SEVENTEENTH, 30),
    ("base32.yml", SEEN_SEVENTEENTH, 18),
    ("base33.yml", SEEN_EIGHTEENTH, 120),
    ("base34.yml", SEEN_NINETEENTH, 70),
    ("base35.yml", SEEN_TWENTIETH, 10),
    ("base36.yml", SEEN_TWENTY_FIRST, 50),
    ("base37.yml", SEEN_TWENTY_SECOND, 35),
    ("base38.yml", SEEN_TWENTY_THIRD, 60),
    ("base39.yml", SEEN_TWENTY_FOURTH, 45),
]


@pytest.mark.parametrize(
    ("text", "intent"),
    KINDS
    + KINDS_13
    + KINDS_14
    + KINDS_15
    + KINDS_16
    + KINDS_17
    + KINDS_18
    + KINDS_19
    + KINDS_20
    + KINDS_21
    + KINDS_22
    + KINDS_23
    + KINDS_24
    + KINDS_25
    + KINDS_26,
)
def test_kinds_of_the_twelfth_pass_get_their_intent(text, intent):
    assert nlu.predict(text).intent == intent


@pytest.mark.parametrize(
    ("kinds", "names"),
    [
        (KINDS, SEEN_TWELFTH),
        (KINDS_13, SEEN_THIRTEENTH),
        (KINDS_14, SEEN_FOURTEENTH),
        (KINDS_15, SEEN_FIFTEENTH),
        (KINDS_16, SEEN_FIFTEENTH),
        (KINDS_17, SEEN_SIXTEENTH),
        (KINDS_18, SEEN_SEVENTEENTH),
        (KINDS_20, SEEN_EIGHTEENTH),
        (KINDS_21, SEEN_NINETEENTH),
        (KINDS_22, SEEN_TWENTIETH),
        (KINDS_23, SEEN_TWENTY_FIRST),
        (KINDS_24, SEEN_TWENTY_SECOND),
        (KINDS_25, SEEN_TWENTY_THIRD),
        (KINDS_26, SEEN_TWENTY_FOURTH),
    ],
)
def test_the_kinds_are_the_tests_own(kinds, names):
    keys = _training_keys()
    seen = _seen_lines(names)
    assert [t for t, _ in kinds if line_key(t) in keys] == []
    assert [t for t, _ in kinds if _near(line_key(t), seen)] == []


@pytest.mark.parametrize(("name", "names", "least"), PASSES)
def test_pass_lines_are_in_the_training_data(name, names, least):
    lines = _pass_lines(name)
    assert len(lines) > least
    missing = [line for line in lines if line_key(line) not in _training_keys()]
    # The builder drops a line equal to a held-out line, a crisis-set line or a conversation
    # turn (the unseen sets' too: counted, never printed); the pass kept clear of the seen ones.
    assert len(missing) <= len(lines) // 50


@pytest.mark.parametrize(("name", "names", "least"), PASSES)
def test_pass_has_no_near_copy_of_a_seen_held_out_line(name, names, least):
    seen = _seen_lines(names)
    near = [line for line in _pass_lines(name) if _near(line_key(line), seen)]
    assert near == [], f"{len(near)} lines of {name} are near a held-out line"


@pytest.mark.parametrize(
    ("studied", "before"),
    [("fresh9", SEEN_NOW), ("fresh10", SEEN_TWELFTH), ("fresh11", SEEN_THIRTEENTH)],
)
def test_near_copy_check_sees_a_look_alike_of_the_studied_set(studied, before):
    # The check above can fail on each pass's set: a line of it with a word changed is near.
    lines = _seen_lines((studied,))
    assert lines and not set(lines) & set(_seen_lines(before))
    words = lines[0].split()
    changed = " ".join([*words[:-1], words[-1] + "x"])
    assert _near(changed, lines)


@pytest.mark.parametrize("name", [name for name, _, _ in PASSES])
def test_the_pass_has_no_despair_phrasing_and_no_crisis_word_as_harmless(name):
    # A goodbye or a stop must never teach that giving up is harmless, and no line anywhere
    # in the pass may teach the crisis net (which learns its everyday negatives from
    # nlu.yml) that a despair phrase is everyday talk.
    data = yaml.safe_load((SOURCES / name).read_text(encoding="utf-8"))
    words = (
        "orker ikke mere",
        "kan ikke mere",
        "giver op",
        "give op",
        "give up",
        "can't go on",
        "end of my rope",
        "losing hope",
        "mister håbet",
        "end it",
    )
    flagged = [
        line
        for langs in data.values()
        for lines in langs.values()
        for line in lines
        if any(w in line.lower() for w in words)
    ]
    assert flagged == []


def test_the_studied_sets_are_folded_and_the_build_can_leave_them_out(tmp_path):
    # fresh9, fresh10 and fresh11; one build for all (each build costs seconds of the suite).
    names = ("fresh9", "fresh10", "fresh11")
    studied = {name: _seen_lines((name,)) for name in names}
    for lines in studied.values():
        assert sum(key in _training_keys() for key in lines) >= 0.9 * len(lines)
    keys = _build(tmp_path, FOLD_OUT=",".join(f"intent_heldout_{name}.yml" for name in names))
    assert {name: [key for key in lines if key in keys] for name, lines in studied.items()} == {
        name: [] for name in names
    }


@pytest.mark.parametrize("words", ["orker ikk", "gider ikk mere", "cant do more"])
def test_a_folded_stop_said_with_a_texted_despair_word_is_left_out(words):
    # fresh11's stop "orker ikk mere ..." (texted, no final e), fresh12's "gider ikk mere" (the
    # crisis layer asks about it) and "cant do more": never a stop_screening example.
    stops = [text.lower() for text, intent in nlu.read_examples() if intent == "stop_screening"]
    assert stops and not [text for text in stops if words in text]


@pytest.mark.parametrize("ending", ["vil ikk mere", "vil ikke mere", "want to anymore"])
def test_a_folded_bare_not_anymore_stop_is_left_out(ending):
    # fresh13's "nej jeg vil ikke mere" / "i dont want to anymore" said bare get the crisis
    # layer's gentle question: never a stop example. Named with the check after it, a stop stays.
    stops = [line_key(text) for text, intent in nlu.read_examples() if intent == "stop_screening"]
    assert not [text for text in stops if text.endswith(ending)]
    assert line_key("jeg vil ikke mere med det her tjek") in stops


BACKGROUND_STARTS = (
    "i am on cash benefit and live alone, ",
    "i am on a flexjob and have three kids, ",
    "jeg er på kontanthjælp og bor alene, ",
    "jeg er i flexjob og har tre børn, ",
)


def test_background_sentences_go_before_questions_never_before_their_own_topics():
    # Who the writer is (origin, language, job, benefit) carries no intent of its own, so
    # the builder puts such a sentence before some question lines; never before work or money
    # questions or a situation, where the job or money said first can be the topic.
    with_background = {
        intent for text, intent in nlu.read_examples() if text.lower().startswith(BACKGROUND_STARTS)
    }
    assert {"price", "how_to_apply", "eligibility"} <= with_background
    assert not with_background & {"work_education", "debt_money", "describe_situation"}


def test_background_sentences_can_be_switched_off(tmp_path):
    keys = _build(tmp_path, BACKGROUND="0")
    assert not [key for key in keys if key.startswith(tuple(map(line_key, BACKGROUND_STARTS)))]
    assert [key for key in _training_keys() if key.startswith(line_key(BACKGROUND_STARTS[0]))]


def test_strict_leave_one_set_out_leaves_the_later_passes_out(tmp_path):
    # fresh9 left out with only the passes written before it was seen (BASE_MAX=25): neither
    # base26 (written from fresh9) nor base27 (from fresh10) is in it. One build for both.
    # Built without the crowd lines: a blind writer can say what a later pass says (one
    # crowd15 line equals a base26/27 line), and the crowd goes into every fold by design.
    older = {line_key(x) for x in _pass_lines(*(f"base{n}.yml" for n in range(1, 26)))}
    only_new = [
        line for line in _pass_lines("base26.yml", "base27.yml") if line_key(line) not in older
    ]
    keys = _build(
        tmp_path,
        BASE_MAX="25",
        FOLD_OUT="intent_heldout_fresh9.yml",
        BACKGROUND="0",
        CROWD="0",
    )
    assert len(only_new) > 600 and not [line for line in only_new if line_key(line) in keys]


def test_word_triples_are_features_beside_words_and_pairs():
    # The twentieth pass: three words in a row are one feature too ("what now do", "hvad saa
    # nu"), chosen on the forward folds (bot/README.md "Intents").
    feats = nlu.features("so what now do i wait")
    assert "b:what now" in feats
    assert "t:what now do" in feats


def test_a_bare_tail_weighs_less_than_the_topic_told_before_it(monkeypatch):
    # The sixteenth pass's change itself: with the tail weighed as much as the whole message,
    # the first kinds above read as the tail's own intent. Since the eighteenth pass's data
    # (fresh14, crowd16, base33 folded) the second, "... hvem der kommer hjem til hende, hvad
    # siger jeg", reads as provider even at the old weight; the other three still need it.
    monkeypatch.setattr(nlu, "FOCUS_WEIGHT", 1.0)
    assert [nlu.predict(text).intent == intent for text, intent in KINDS_16[:4]] == [
        False,
        True,
        False,
        False,
    ]


# The round 14 crowd lines (bot/nlu_source/crowd14_intents.yml, one blind writer's ~550 lines)
# are folded as written, with six labels set to the project's conventions (its header says
# which); CROWD=0 builds without them.
CROWD_RELABELLED = [
    ("kan det vaere hjemme hos mig", "contact_mode"),
    ("can it happen at my place", "contact_mode"),
    ("what's the difference between 82 a and 82 b", "offer_what"),
    ("does it include help with managing my money day to day", "debt_money"),
    # crowd15_intents.yml's, moved by the seventeenth pass (its header says why).
    ("kommer i hjem til mig", "contact_mode"),
    ("do you come to my home or do i come to you", "contact_mode"),
    ("a vil gern søg for min dreng, hvodan kommer vi i gang", "how_to_apply"),
    ("when is the first meeting after i apply", "response_time"),
    # crowd16_intents.yml's, moved by the eighteenth pass (its header says why).
    ("foregaar det hjemme hos en", "contact_mode"),
    ("i sent it last week and heard nothing", "response_time"),
    # crowd17_intents.yml's, moved by the twenty-first pass: me set against another group.
    (
        "good morning, i read all the page and still i am not sure, is it for a person like me "
        "or only for the disabled",
        "offer_who",
    ),
    # crowd18_intents.yml's, moved by the twenty-first pass (its header says why).
    ("can it be at my home", "contact_mode"),
    ("can students get it or only people who dont work", "offer_who"),
    ("skal man have en henvisning fra laegen", "requirements"),
    # crowd19_intents.yml's, moved by the twenty-second pass (its header says why).
    ("kommer i hjem til mig eller skal jeg ud af huset", "contact_mode"),
    ("do i need a paper from my doctor to apply", "requirements"),
    ("bills keep coming i dont open them anymore", "describe_situation"),
    # crowd20_intents.yml's, moved by the twenty-third pass (its header says why; its Danish
    # twin "kan det vaere hjemme hos mig" is crowd14's, above).
    ("can they come to my house", "contact_mode"),
    # crowd21_intents.yml's, moved by the twenty-fourth pass (its header says why).
    ("er man for gammel til det her", "offer_who"),
    ("is it only for danish people or also foreigners", "offer_who"),
    ("hvornaar hoerer jeg noget efter jeg har soegt", "response_time"),
    ("do i go somewhere or do they come to my house", "contact_mode"),
    # Folded lines of fresh13 trained under the convention (build_nlu.py FOLDED_RELABELLED).
    ("i live alone with no kids, is it even for someone like me", "eligibility"),
    ("is it also for people like me who have a job but are struggling", "eligibility"),
]


def test_the_crowd_lines_are_folded_with_the_projects_labels(tmp_path):
    crowd = yaml.safe_load((SOURCES / "crowd14_intents.yml").read_text(encoding="utf-8"))
    lines = [str(x) for langs in crowd.values() for xs in langs.values() for x in xs]
    training = dict(nlu.read_examples())
    assert sum(text in training for text in lines) >= 0.9 * len(lines)
    assert [(text, training.get(text)) for text, _ in CROWD_RELABELLED] == CROWD_RELABELLED
    keys = _build(tmp_path, CROWD="0")
    # Most crowd lines are in no other source (about one in eight says what a base line says).
    assert sum(line_key(line) in keys for line in lines) < len(lines) // 4


def test_the_lines_people_wrote_are_a_block_of_their_own_and_weigh_three_times():
    # The twenty-first pass: the folded sets' and crowd files' lines follow each intent's
    # base lines in a block marked `written_by: people`, and count PEOPLE_WEIGHT times (two,
    # three since the twenty-third pass: English rose in 9 of 19 forward folds, fell in 1).
    examples = nlu.read_examples()
    people = nlu.read_people()
    folded = set(_seen_lines(("fresh16",)))
    assert sum(line_key(text) in folded for text in people) > 500
    assert not people & set(map(str, _pass_lines("base36.yml")))
    training = nlu.training_examples()
    assert len(training) == len(examples) + 2 * sum(text in people for text, _ in examples)
    assert nlu.PEOPLE_WEIGHT == 3
