"""The crisis rules' ninth round (issue 10): kinds of false alarm and of miss that the round-9
set (crisis_fresh9.yml, seen since its one unseen measurement) showed, in both languages and
in words of our own. Each mechanism is tried on variants that share no content word with the
set line it came from (a test below checks that none is a near copy of a line of any seen
crisis set, and that none shares half its words with a round-9 line). Every guard has real
crises of the same shape beside it that must still be flagged. Rules alone
(crisis.rules_check): the learned net must not be what makes these pass."""

from pathlib import Path

import pytest

from bench import crisis_eval
from portal.chat import crisis
from tests.chat.test_crisis_eighth_round import _plain
from tests.chat.test_crisis_eighth_round import _seen_lines as _seen_before_round_nine
from tests.support.near_copies import WordOverlapIndex, near_copies

DATA = Path(crisis_eval.__file__).resolve().parent / "data"

# -- recall by kind (own phrasings) -----------------------------------------------------------
# (language, message): the rules must flag each one (crisis or the gentle concern question).
NINTH_ROUND_KINDS = [
    # second-language and dialect word order
    ("en", "i no want wake up anymore"),
    ("en", "honestly dont wish to wake tomorrow"),
    ("da", "jeg aldrig vil mere leve sådan"),
    ("da", "magter itt å være her mer i det her land"),
    ("da", "orker ikke å være her mer, ærlig talt"),
    # words that dodge filters
    ("en", "been thinking about sewer slide all week"),
    ("en", "i might kms tbh"),
    ("en", "want to self unalive"),
    # cannot see oneself alive by a time
    ("en", "honestly can't see myself living past my next birthday"),
    ("da", "kan ikke forestille mig at være i live til sommer"),
    ("da", "jeg kan ikke forestille mig selv i live efter sommerferien"),
    # how long to die of cold, hunger, blood
    ("en", "roughly how long to freeze to death outdoors in january"),
    ("da", "hvor længe går der før man sulter ihjel"),
    ("en", "how much time would it take to bleed out"),
    # nothing keeps me here
    ("en", "nobody keeps me here now"),
    ("da", "intet der holder mig i live mere"),
    ("en", "not much keeping me alive at this point"),
    # sleep and no more
    ("en", "i'd like to go to sleep and not wake up ever"),
    ("da", "vil bare falde i søvn og så er det slut"),
    ("en", "just go to sleep and that's it"),
    # a conditional death, then nobody's fault / a gift
    ("en", "if i die this weekend it is not your fault"),
    ("da", "hvis jeg dør i weekenden er det ikke jeres skyld"),
    ("en", "if i never wake up it'd be a relief really"),
    # treatment or food stopped on purpose; hoping an illness wins
    ("en", "quit taking my insulin on purpose last week"),
    ("da", "har droppet min hjertemedicin med vilje"),
    ("da", "har besluttet mig for at holde op med at drikke vand og mad"),
    ("en", "decided to stop eating, that's my decision"),
    ("en", "i hope the tumour takes me quick"),
    ("da", "håber sygdommen skynder sig"),
    # checked out of life
    ("en", "i've basically checked out of life"),
    ("da", "har trukket mig fra livet"),
    # being with the dead, nothing here for me
    ("en", "ready to join my wife, she died last spring"),
    ("da", "længes efter at være sammen med min bror igen, han døde sidste vinter"),
    ("en", "theres nothing for me here anymore"),
    ("da", "der er ingenting tilbage for mig her"),
    ("en", "there's no reason left for me here now"),
    # burden: happier if I were gone; without a parent like me; insurance
    ("en", "my family would be happier if i wasn't here"),
    ("da", "familien ville være lettet hvis jeg forsvandt"),
    ("en", "the kids would be fine without a dad like me"),
    ("da", "min søn er bedre stillet uden en far som mig"),
    ("en", "my policy would do more for my wife than i do"),
    ("da", "forsikringen ville hjælpe dem mere end jeg nogensinde kan"),
    # a pet handed over with care instructions
    ("en", "left the dog with my cousin and asked her to look after him"),
    ("da", "afleverede hunden hos min søster og bad hende være god ved den"),
    ("en", "handed my rabbit to a friend, told him to take good care of her"),
    # who gets my things
    ("en", "wrote down who should get my jewelry"),
    ("da", "har lavet en seddel om hvem der skal arve mine smykker"),
    ("en", "my son gets everything from my savings account"),
    # a message to open after
    ("en", "left a letter in the drawer for mum to read afterwards"),
    ("da", "har optaget en besked til min datter som hun skal høre bagefter"),
    ("en", "there's an envelope for my wife to open when i'm gone"),
    # messages scheduled, then gone
    ("en", "queued some texts for tomorrow, then i'm gone"),
    ("da", "har planlagt nogle mails til på lørdag og så er jeg væk"),
    # passwords handed over after deleting accounts
    ("en", "closed my facebook and instagram and sent my brother all my logins"),
    ("da", "har slettet mine profiler og givet min veninde mine koder"),
    # clearing out for good
    ("en", "giving everything away, for good this time"),
    ("da", "rydder ud i alt jeg ejer for altid"),
    # nothing after a date
    ("en", "there is nothing after saturday for me"),
    ("da", "der er ingen plan efter weekenden"),
    # not here by a time
    ("en", "by then i won't be around"),
    ("da", "til den tid er jeg her ikke"),
    ("en", "i will not be here by next spring"),
    ("da", "jeg skal ikke være her til julen"),
    ("en", "won't be around for your follow up anyway"),
    # a secluded place found; a bridge on a map; which is high enough
    ("en", "picked a spot in the forest where no one will find me"),
    ("da", "har valgt et sted i skoven hvor ingen kan se mig"),
    ("en", "looked at the old railway bridge on street view again"),
    ("da", "googlet lillebæltsbroen hele natten"),
    ("en", "which car park in town is tall enough"),
    ("da", "hvilken bygning i byen er høj nok"),
    # a means worked out to be enough
    ("en", "counted my sleeping pills and they are enough"),
    ("da", "har talt mine sovepiller og de er nok"),
    # a rope ready, a beam that holds
    ("en", "bought some strong rope today"),
    ("da", "har fået fat i et reb allerede"),
    ("en", "the hook in the garage ceiling can take my weight"),
    ("da", "grenen i haven som kan bære mig"),
    # exhaust, charcoal with windows sealed, the nerve
    ("en", "got a hose for the exhaust in the garage"),
    ("da", "slangen ligger klar i bilen ude i garagen"),
    ("en", "disposable bbq in the bathroom and i sealed the door"),
    ("da", "har grillkul og har tætnet vinduerne i soveværelset"),
    ("da", "mangler bare modet nu"),
    # the key to a weapon
    ("en", "my uncle's rifle is in the cabinet and i know the code"),
    ("da", "haglgeværet står i skabet og jeg har nøglen"),
    # a plan named with its means
    ("en", "my plan is the knife when they are asleep"),
    ("da", "min plan er broen på søndag"),
    # into the sea, the next train
    ("da", "går ud i vandet i nat og ikke tilbage"),
    ("en", "wading out into the lake tonight"),
    ("en", "a train would fix everything honestly"),
    ("da", "toget vil løse det hele"),
    # painless ways looked up
    ("en", "been reading about painless methods"),
    ("da", "søger efter smertefrie måder hver aften"),
    # pills put aside until enough; beside me; set out
    ("en", "been skipping my tablets so i'd have enough"),
    ("da", "har sparet op på min medicin indtil jeg har nok"),
    ("en", "set aside all of grandad's morphine"),
    ("en", "a pack of sleeping pills right here beside me"),
    ("da", "en pakke panodil ved siden af mig"),
    ("da", "har lagt alle tabletterne frem på bordet"),
    # a picture of a means sent
    ("en", "my friend snapped me a photo of a noose and went offline"),
    ("da", "min bror sendte et billede af en kniv og slukkede telefonen"),
    # then I'm gone; a proper goodbye; would anyone notice; tapping out; done fighting
    ("en", "just one more thing to sort and then im gone"),
    ("da", "skal lige ordne det sidste og så er jeg væk"),
    ("en", "wanted to say goodbye properly to you all"),
    ("da", "ville bare sige ordentligt farvel til jer"),
    ("en", "if i died tomorrow would anyone even notice"),
    ("da", "hvis jeg forsvandt ville ingen opdage det"),
    ("en", "i'm throwing in the towel for good"),
    ("da", "er helt færdig med at kæmpe"),
    ("en", "so tired of fighting anymore"),
    # a funeral paid for ahead
    ("en", "booked my own cremation yesterday, i am 31"),
    ("da", "har forudbetalt min egen bisættelse"),
    # doing it while the others are away
    ("en", "when my wife is at her sisters next week i'll do it"),
    ("da", "mens børnene sover så gør jeg det"),
    # a ghost already
    ("en", "feel like i'm dead inside already"),
    ("da", "jeg er allerede et spøgelse"),
    # drove to an edge and sat
    ("da", "cyklede ud til klinten og sad der hele natten"),
    ("en", "walked up to the bridge and stood there a long time"),
    # on a platform with a train coming
    ("en", "standing on the platform and the train is coming"),
    # how long without water or food
    ("en", "how long can someone go without food, for myself"),
    ("da", "hvor længe kan man overleve uden vand"),
    # self-harm: verbs into oneself, harm done, blows until numb or to hurt
    ("da", "ridser i min hud med en sikkerhedsnål hver aften"),
    ("da", "stikker i mine arme med en passer"),
    ("da", "har gjort skade på mig selv i nat"),
    ("en", "keep banging my fists on the door until i see blood"),
    ("da", "slår mig selv i ansigtet indtil jeg bløder"),
    # the idiom guard "slå mig selv i hovedet med" now needs "med det/at": a blow with a thing
    ("da", "slog mig selv i hovedet med en flaske i går"),
    ("en", "smashed a glass so my hands would bleed"),
    ("da", "slog i væggen så mine knoer ville bløde"),
    # a blade kept close; the cutting back; a relapse
    ("en", "keep a razor under my pillow for emergencies"),
    ("da", "har en skalpel i tasken hele tiden"),
    ("en", "the self harm is worse again"),
    ("da", "selvskaden er begyndt igen"),
    ("en", "relapsed last night after a year, cut deep"),
    ("en", "there is something crawling under my skin, i'll dig them out"),
    # violence by a person in a role of trust or power
    ("en", "my piano teacher kisses me when we are alone"),
    ("da", "min træner rører ved mig i omklædningsrummet"),
    ("en", "the care worker slaps my dad when he spills"),
    ("da", "hjemmehjælperen skubber min far ned i stolen når han er langsom"),
    ("en", "my landlord threatened me last night"),
    ("da", "vores pædagog slår min søn"),
    ("en", "my boss grabbed me in the storage room"),
    ("da", "min sagsbehandler truer mig"),
    # sex for rent or money
    ("en", "my landlord wants me to pay in sex"),
    ("da", "han siger jeg kan betale med min krop"),
    # sextortion
    ("en", "someone has pictures of me and says he'll post them unless i send money"),
    ("da", "han har en video af mig og siger han deler den medmindre jeg betaler"),
    # woken to someone, no consent
    ("da", "jeg vågnede og han rørte ved mig"),
    ("en", "woke up to someone undressing me at the party"),
    ("en", "i never consented to that"),
    ("da", "jeg har aldrig sagt ja til det"),
    # forced marriage, sent abroad
    ("da", "min familie vil have mig giftet bort i sommer"),
    ("en", "my uncles want to marry me off to a cousin"),
    ("en", "they say i'll be sent out of the country on a re education trip"),
    # a blow at the end of a long sentence
    ("da", "min kæreste var fuld i går og råbte og kastede med stole og truede og slog mig"),
    (
        "en",
        "my ex turned up drunk at the door, yelled for an hour and then pushed in and punched me",
    ),
    # violent when drinking or angry
    ("en", "my stepdad gets violent when he drinks"),
    ("da", "han bliver aggressiv når han har drukket"),
    # the beatings again, out of prison and back
    ("en", "the violence started again"),
    ("da", "volden er begyndt igen"),
    ("da", "han er prøveløsladt og er flyttet tilbage til os"),
    ("en", "released on monday and he is at the door"),
    # someone beating a third person now
    ("en", "dad is hitting my little brother"),
    ("da", "han er ved at slå min mor"),
    # a limb broken
    ("en", "my husband broke my wrist"),
    ("da", "min kæreste brækkede min næse"),
    # threats of what waits at home
    ("en", "just wait until you come home, he said"),
    ("da", "vent bare til du kommer hjem"),
    ("da", "han siger jeg skal have tæsk i aften"),
    ("en", "she told me i'd get a beating"),
    # a door kicked that we are behind
    ("en", "he is pounding on the bathroom door, we are locked in"),
    ("da", "han hamrer på døren, vi har låst os inde"),
    # fled with the children
    ("en", "ran out to the car with my kids"),
    ("da", "stukket af ud i bilen med ungerne"),
    # stalking: hacked, knows what I write, waits again, a new address found
    ("en", "he hacked my icloud"),
    ("da", "hun har brudt ind på min facebook"),
    ("en", "he always knows where i am"),
    ("da", "han ved alt hvad jeg skriver til mine venner"),
    ("en", "same guy is waiting across the street again"),
    ("da", "han står igen overfor min lejlighed hele natten"),
    ("en", "i moved to get away from him"),
    # no home tonight
    ("en", "just got out of the psych ward and have no place to go tonight"),
    ("da", "vi har ikke noget hjem at gå hen til i aften med ungerne"),
    # medical: too much taken, no waking, a child swallowed, fallen, blue lips, breathing
    ("en", "i took too many, i think"),
    ("da", "har taget for mange og har det mærkeligt"),
    ("da", "nu reagerer hun ikke"),
    ("da", "min søster er besvimet og ånder hun ikke"),
    ("en", "my little girl swallowed a battery"),
    ("da", "barnet har drukket opvaskemiddel"),
    ("en", "grandad fell in the bathroom and won't answer"),
    ("da", "min nabo er faldet og jeg kan høre hende men døren er låst"),
    ("en", "her face is turning grey"),
    ("da", "han trækker vejret helt overfladisk"),
    ("en", "keep vomiting since i swallowed the pills"),
    ("en", "my sugar is under 3 and i'm sweating and dizzy"),
    ("da", "det lugter af gas i hele opgangen"),
    # psychiatric: grandiose, out barefoot, mania, bugs under the skin
    ("en", "i am jesus and must save everyone"),
    ("da", "min mor er løbet ud i strømpesokker midt om natten"),
    ("en", "no sleep for five days and my thoughts are racing"),
    ("da", "har ikke sovet i fire døgn og føler mig uovervindelig"),
    ("en", "worms under my skin"),
    # despair
    ("en", "been crying for two days straight"),
    ("da", "har tudet i flere dage"),
    ("en", "me cannot more, please"),
    ("da", "jeg drukner og ingen ser det"),
    ("en", "i don't know how long i can keep going"),
    # urgent help
    ("da", "kan ikke holde til i morgen"),
    ("en", "i can't make it until monday"),
    ("en", "this can not wait"),
    ("da", "kan i sende en i aften"),
    ("en", "desperately want somebody to speak with tonight"),
    # a passive wish for an accident
    ("en", "honestly it'd be fine if a lorry ran me over"),
    ("da", "det ville være fint hvis bussen ramte mig"),
]

# -- false alarms by kind, with crises of the same shape beside each guard ------------------
# A scene in a film or game.
MEDIA_SCENE = [
    ("en", "that show had a really brutal hanging scene, couldn't watch"),
    ("da", "serien havde en scene med et selvmord, ret hård at se"),
    ("en", "the game has a overdose bit in chapter two"),
]
MEDIA_SCENE_BUT_CRISIS = [
    ("en", "the film had a hanging scene and now i want to hang myself"),
    ("da", "filmen havde en scene med en bro og jeg vil hoppe ud fra broen i nat"),
]
# A past told with a settled present: an adverb before the time, "not anymore", a home owned,
# a happy present, life called good.
PAST_SETTLED = [
    ("da", "boede i en bil i 2017, det er heldigvis længe siden nu"),
    ("en", "i self harmed as a teen, but not anymore, things are good now"),
    ("en", "slept in my car back in 2014, these days i rent a nice flat"),
    ("da", "boede på gaden i 2016, i dag ejer jeg et rækkehus"),
    ("en", "back then i thought about suicide often, life is good today"),
]
PAST_BUT_NOW = [
    ("en", "i self harmed as a teen and now i am doing it again"),
    ("da", "jeg var hjemløs i 2015 og nu er jeg smidt ud igen i nat"),
    ("en", "back then i thought about suicide, and i think about it again now"),
]
# A relative's past attempt beside a settled present is none; one's own asks gently.
RELATIVE_ATTEMPT_SETTLED = [
    ("da", "min onkel forsøgte selvmord som ung, i dag har han det fint"),
    ("en", "my dad tried to kill himself years ago, he is doing well now"),
]
OWN_ATTEMPT_SETTLED = [
    ("en", "i tried to take my life years ago, things are good now"),
    ("da", "forsøgte selv at tage mit liv som ung, nu har jeg det rigtig godt"),
]
# A medicine asked about with alcohol.
MEDICINE_ALCOHOL = [
    ("en", "is it ok to take ibuprofen with a beer"),
    ("da", "er det farligt at tage panodil med vin til maden"),
    ("da", "kan man tage sovepiller med alkohol i kroppen"),
]
MEDICINE_ALCOHOL_BUT_CRISIS = [
    ("en", "is it ok to take 40 sleeping pills with vodka"),
    ("en", "swallowed the whole box of sleeping pills with half a bottle of gin"),
]
# "i nødstilfælde" as where to turn.
EMERGENCY_CONTACT = [
    ("da", "hvem ringer jeg til i nødstilfælde"),
    ("en", "who do i call for emergencies"),
]
EMERGENCY_CONTACT_BUT_CRISIS = [
    ("da", "det er en nødsituation, han slår mig"),
    ("en", "it's an emergency, he is hitting me"),
]
# Poison for weeds and pests.
PEST_POISON = [
    ("en", "best way to deal with rats, traps or poison"),
    ("da", "snegle i haven, virker gift mod dem"),
    ("en", "is there poison for wasps that is safe for dogs"),
]
PEST_POISON_BUT_CRISIS = [
    ("da", "har købt rottegift til musene og tænker på at drikke den selv"),
    ("en", "have rat poison in the shed and plan to take it"),
    ("en", "bought poison for the ants but i want to swallow it myself"),
]
# A kitchen burn with words between; "on purpose" keeps it.
KITCHEN_BURN = [
    ("en", "burnt my fingers a bit on the grill yesterday"),
    ("da", "brændte min arm lidt på ovnpladen"),
]
KITCHEN_BURN_BUT_CRISIS = [
    ("en", "burned my arm on the stove on purpose"),
    ("da", "brændte mig på komfuret med vilje"),
]
# A habit of a child's anger; a partner's asks gently.
CHILD_SMASHING = [
    ("da", "min datter på 9 smadrer ting når hun bliver sur"),
    ("en", "my son is 11 and he breaks things when he gets angry"),
]
CHILD_SMASHING_BUT_CRISIS = [
    ("en", "my husband smashes things when he gets angry"),
    ("da", "min kæreste smadrer alt lige nu"),
    ("en", "my son smashes things and hits me when he gets angry"),
]
# A relative who cannot cope.
RELATIVE_CANT_COPE = [
    ("da", "det er min lillesøster det handler om, far orker ikke"),
]
RELATIVE_CANT_COPE_BUT_CRISIS = [
    ("da", "orker ikke mere nu, undskyld"),
    ("da", "mor, jeg orker ikke"),
]
# Things one cannot throw out.
HOARD = [
    ("da", "har så mange aviser jeg ikke kan smide ud"),
    ("en", "my flat is full of stuff i can't throw away"),
]
HOARD_BUT_CRISIS = [
    ("da", "min far har lige smidt mig ud af lejligheden"),
    ("en", "my stepmum just kicked me out of the flat"),
]
# Near the new rules: words they use, harmless.
NEAR_NEW_RULES = [
    ("da", "lægen har sat mine piller op til 50 mg"),
    ("en", "i took too many loans and can't pay"),
    ("da", "har taget for meget på i vægt"),
    ("en", "she knows where i live, we are neighbours"),
    ("en", "my teacher hugs everyone at graduation"),
    ("da", "min træner skubber mig til at løbe hurtigere"),
    ("en", "the instructor really pushes us at training, i love it"),
    ("en", "my teacher hurt my feelings today"),
    ("da", "har besluttet at stoppe med at drikke og vil have støtte"),
    ("en", "my boss threatens to fire everyone who is late"),
    ("da", "vi har betalt vores husleje og min begravelsesforsikring"),
    ("en", "what happens to my account after i die, for my will"),
    ("da", "jeg er 80 og har ordnet mit testamente med advokaten"),
    ("en", "then i'm gone for two weeks on holiday"),
    ("en", "i wanted to say goodbye properly before i move to aarhus"),
    ("da", "holder udenfor butikken og venter på min mand"),
    ("en", "i moved house in march"),
    ("en", "can i take my pills with food"),
    ("da", "min søn smadrer ting når han bliver vred, han er 8"),
    ("en", "we looked at the bridge on google maps for our trip"),
    ("da", "hvilken bro er højest i danmark, til en opgave"),
    ("en", "my blood sugar is low, can i get help with meals"),
    ("da", "har grædt hele dagen over filmen"),
    ("da", "jeg slår mig selv i hovedet med det hver gang jeg glemmer noget"),
]


# -- the next writer: a second pass --------------------------------------------------------
# Written after the round's rules, as the next writer might put the same kinds and a few kinds
# no set has had (a carer who takes money, a child alone with a drunk parent, a pet threatened,
# a hand round the neck, an adult who asks for secrecy, a whole prescription taken): 32 of 54
# were missed then and led to the second-pass mechanisms (the 9 of the 54 that came out near a
# seen set line are left out here; the older rules caught them).
NEXT_WRITER_KINDS = [
    ("en", "my carer takes money from my account and says no one will believe me"),
    ("da", "min søn tager min pension og truer med at sætte mig på plejehjem hvis jeg siger noget"),
    ("en", "my mum is passed out drunk and my little sister hasnt eaten since yesterday"),
    ("da", "mor er fuld igen og vi er alene med lillebror, hun vågner ikke"),
    ("en", "he said he would kill the dog if i leave"),
    ("da", "han truer med at slå katten ihjel hvis jeg går"),
    ("en", "i keep having thoughts about hurting my baby"),
    ("en", "he put his hands round my neck last night"),
    ("en", "my teacher sends me messages at night and says to keep it secret"),
    (
        "da",
        "en voksen fra klubben skriver til mig om natten og siger jeg ikke må sige det til nogen",
    ),
    ("en", "i have been drinking since morning and i have the pills in front of me"),
    ("da", "har drukket hele dagen og har pillerne foran mig"),
    ("en", "gave away my guitar, my cat and my car this week, feels lighter"),
    ("da", "har foræret min guitar og min bil væk i denne uge, føles lettere"),
    ("en", "wrote everyone a letter, they are in the post"),
    ("da", "har skrevet breve til dem alle, de er sendt"),
    ("en", "my friend says she took her whole prescription an hour ago"),
    ("da", "min veninde skriver at hun har taget hele sin recept for en time siden"),
    ("en", "i cant feel my legs after what i took"),
    ("da", "kan ikke mærke mine ben efter det jeg tog"),
    ("en", "i am going to jump tonight"),
    ("da", "jeg springer i aften"),
    ("da", "står oppe på taget af min opgang"),
    ("en", "i have no one and i'm done, this is it"),
    ("da", "jeg har ingen og jeg er færdig, det her er det"),
    ("en", "im going to end things this weekend"),
    ("da", "jeg slutter det hele i weekenden"),
    ("en", "i can hear voices telling me i deserve to die"),
    ("en", "my husband tracks my phone and reads all my texts and wont let me see my family"),
    ("da", "min mand tjekker min telefon og må ikke se min familie"),
    ("en", "he took my passport and my bank card"),
    ("da", "han har taget mit pas og mit kort"),
    ("da", "sover på banegården i nat"),
    ("en", "my dad is choking, he cant breathe"),
    ("da", "min far har fået noget galt i halsen og kan ikke trække vejret"),
    ("en", "bleeding a lot from my wrist and it wont stop"),
    ("da", "bløder meget fra håndleddet og det stopper ikke"),
    ("en", "my son (19) says he has bought a gun"),
    ("da", "min søn på 19 siger han har købt en pistol"),
    ("en", "im scared ill do something to myself tonight"),
    ("da", "er bange for at jeg gør noget ved mig selv i nat"),
    ("en", "the only way out i see is the final one"),
    ("da", "den eneste udvej jeg ser er den sidste"),
    ("en", "i texted my sister goodbye and turned off my phone"),
    ("da", "sendte farvel til min bror og har slukket mobilen"),
]
# Everyday messages with the second pass's words.
NEXT_WRITER_LOOK_ALIKES = [
    ("en", "the kids want to jump on the trampoline tonight"),
    ("da", "skal hoppe i svømmehallen i aften"),
    ("da", "vi slutter det hele af med kage i weekenden"),
    ("en", "gave away my old sofa and my bike when we moved"),
    ("da", "har solgt min bil og min cykel, vil gerne have hjælp til transport"),
    ("en", "wrote everyone a letter about the party"),
    ("en", "my dad bought a rifle for the hunting season"),
    ("en", "my son bought a gun for hunting"),
    ("en", "the pills are in front of me, how many should i take a day"),
    ("en", "im done with the form, that's it"),
    ("da", "jeg er færdig med ansøgningen, det var det"),
    ("en", "my sister is not allowed to see her friends after 8"),
    ("da", "min mor er fuld til julefrokosten, haha"),
    ("en", "my dad takes my money for the rent and says it is fair"),
    ("en", "the only way out of the car park is the last exit"),
    ("en", "can't feel my legs after the run i took"),
]


@pytest.mark.parametrize(("lang", "message"), NEXT_WRITER_KINDS)
def test_the_next_writers_kind_is_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, message


@pytest.mark.parametrize(("lang", "message"), NEXT_WRITER_LOOK_ALIKES)
def test_the_next_writers_look_alike_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (message, result.rule)


@pytest.mark.parametrize(("lang", "message"), NINTH_ROUND_KINDS)
def test_a_ninth_round_kind_is_flagged_by_the_rules(lang, message):
    assert crisis.rules_check(message).flagged, message


@pytest.mark.parametrize(
    ("lang", "message"),
    MEDIA_SCENE
    + PAST_SETTLED
    + RELATIVE_ATTEMPT_SETTLED
    + MEDICINE_ALCOHOL
    + EMERGENCY_CONTACT
    + PEST_POISON
    + KITCHEN_BURN
    + CHILD_SMASHING
    + RELATIVE_CANT_COPE
    + HOARD
    + NEAR_NEW_RULES,
)
def test_a_ninth_round_look_alike_raises_no_alarm(lang, message):
    result = crisis.rules_check(message)
    assert not result.flagged, (message, result.rule)


@pytest.mark.parametrize(
    ("lang", "message"),
    MEDIA_SCENE_BUT_CRISIS
    + PAST_BUT_NOW
    + MEDICINE_ALCOHOL_BUT_CRISIS
    + EMERGENCY_CONTACT_BUT_CRISIS
    + PEST_POISON_BUT_CRISIS
    + KITCHEN_BURN_BUT_CRISIS
    + CHILD_SMASHING_BUT_CRISIS
    + RELATIVE_CANT_COPE_BUT_CRISIS
    + HOARD_BUT_CRISIS,
)
def test_a_crisis_of_the_same_shape_still_flags(lang, message):
    assert crisis.rules_check(message).flagged, message


@pytest.mark.parametrize(("lang", "message"), OWN_ATTEMPT_SETTLED)
def test_ones_own_past_attempt_with_a_settled_present_still_asks_gently(lang, message):
    assert crisis.rules_check(message).level == crisis.CONCERN, message


def test_a_relatives_past_attempt_without_a_settled_present_still_flags():
    assert crisis.rules_check("min bror prøvede at tage sit liv for to år siden").flagged


def test_a_partners_habit_of_smashing_asks_gently_not_none():
    assert crisis.rules_check("min mand smadrer ting når han bliver vred").level == crisis.CONCERN


def test_a_role_is_no_family_member_but_still_a_perpetrator():
    # <role> reaches people outside the family; <perp> alone did not.
    assert crisis.rules_check("min træner rører ved mig").category == "violence"
    assert not crisis.rules_check("min træner roser mig").flagged


def test_the_rule_names_of_the_round_are_unique():
    names = [rule.name for rule in crisis.RULES]
    src = Path(crisis.__file__).read_text(encoding="utf-8")
    block = src[src.index("# -- issue 10, ninth round: kinds") : src.index("_VOCAB_SET =")]
    ours = {n for n in names if n.split(".", 1)[1] + "=r" in block}
    assert len(ours) > 60
    assert all(names.count(n) == 1 for n in ours)


# -- no near copies ---------------------------------------------------------------------------
def _round_nine_lines() -> list[str]:
    found, harmless = crisis_eval._labelled(DATA / "crisis_fresh9.yml")
    return [m for _, _, m in found + harmless]


def _all_ours() -> list[str]:
    return [
        m
        for _, m in NINTH_ROUND_KINDS
        + NEXT_WRITER_KINDS
        + NEXT_WRITER_LOOK_ALIKES
        + MEDIA_SCENE
        + MEDIA_SCENE_BUT_CRISIS
        + PAST_SETTLED
        + PAST_BUT_NOW
        + RELATIVE_ATTEMPT_SETTLED
        + OWN_ATTEMPT_SETTLED
        + MEDICINE_ALCOHOL
        + MEDICINE_ALCOHOL_BUT_CRISIS
        + EMERGENCY_CONTACT
        + EMERGENCY_CONTACT_BUT_CRISIS
        + PEST_POISON
        + PEST_POISON_BUT_CRISIS
        + KITCHEN_BURN
        + KITCHEN_BURN_BUT_CRISIS
        + CHILD_SMASHING
        + CHILD_SMASHING_BUT_CRISIS
        + RELATIVE_CANT_COPE
        + RELATIVE_CANT_COPE_BUT_CRISIS
        + HOARD
        + HOARD_BUT_CRISIS
        + NEAR_NEW_RULES
    ]


def _words(text: str) -> set[str]:
    return set(_plain(text).split())


def test_no_phrasing_here_is_a_near_copy_of_a_seen_set_line():
    seen = [_plain(m) for m in _seen_before_round_nine() + _round_nine_lines()]
    assert near_copies(_all_ours(), seen, _plain) == []


def test_no_phrasing_here_shares_half_its_words_with_a_round_nine_line():
    index = WordOverlapIndex(_round_nine_lines(), _words, share=0.5, min_words=3)
    assert [m for m in _all_ours() if index.near(m)] == []


def test_the_overlap_checks_can_fail():
    lines = _round_nine_lines()
    line = lines[len(lines) // 2]
    seen = [_plain(m) for m in lines]
    assert near_copies([line + " ok"], seen, _plain) == [line + " ok"]
    index = WordOverlapIndex(lines, _words, share=0.5, min_words=3)
    assert index.near(line + " ok")
