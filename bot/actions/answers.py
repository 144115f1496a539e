"""Free-text answers to the screening questions, in Danish or English, as answer codes.

A button sends the code itself (/answer{"impact": "mild"}); a typed answer is matched here
against short word lists, then against the option labels in both languages. Ambiguous text
gives None, and the bot asks again with the buttons: it never guesses.
"""

import functools
import re
import unicodedata

from portal.screening import question
from portal.textcat import translate

# Per question: (code, phrases) in priority order. The first code with a phrase wins for a
# single-choice question; a multi-choice question collects every code that matches.
LEXICON: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "urgent": (
        (
            "no",
            (
                "nej",
                "no",
                "nope",
                "ikke akut",
                "not urgent",
                "ikke lige nu",
                "not now",
                # The urgency denied in other words: "det haster ikke", "nothing urgent".
                "haster ikke",
                "haster ik",
                "ikke noget akut",
                "intet akut",
                "ikke noget der haster",
                "kan godt vente",
                "nothing urgent",
                "isn't urgent",
                "isnt urgent",
                "not an emergency",
                "no emergency",
                "no rush",
                "can wait",
                # A bare no in everyday words, or the danger denied: "nah", "nix",
                # "nothing of the kind", "ikke noget af det", "not at all".
                "nah",
                "naeh",
                "nix",
                "not really",
                "ikke rigtig",
                "nothing like that",
                "nothing of that",
                "ikke noget af det",
                "ikke noget i den stil",
                "ikke spor",
                "slet ikke",
                "not at all",
                # A no in dialect or texting ("næ" folds to "nae"), or nothing burning.
                "nae",
                # Scots and northern English (round 13): "naw", "nay".
                "naw",
                "nay",
                "nothing's on fire",
                "nothing is on fire",
                "nothing on fire",
            ),
        ),
        (
            "yes",
            ("ja", "yes", "aye", "akut", "urgent", "haster", "lige nu", "right now", "now", "nu"),
        ),
    ),
    "age": (
        ("under_18", ("under 18", "under atten", "barn", "child", "teenager", "ung under")),
        (
            "18_or_over",
            (
                "over 18",
                "voksen",
                "adult",
                "18 eller",
                "18 or",
                "ældre",
                "older",
                "pension",
                "retired",
                "senior",
                "myndig",
            ),
        ),
    ),
    "areas": (
        ("activities", ("aktivitet", "activit", "fritid", "hobby", "komme ud")),
        (
            "social_contact",
            (
                "ensom",
                "lonely",
                "social",
                "venner",
                "friends",
                "andre mennesker",
                "other people",
                "tale med",
                "talking",
            ),
        ),
        ("conflicts", ("konflikt", "conflict", "skænderi", "uenig", "argument")),
        (
            "daily_finances",
            (
                "daglig økonomi",
                "daily money",
                "budget",
                "husholdningspenge",
                "styr på pengene",
                "manage money",
                "managing money",
                "økonomi",
                "finances",
            ),
        ),
        (
            "personal_care",
            (
                "hygiejne",
                "hygiene",
                "vaske mig",
                "bad",
                "shower",
                "personlig pleje",
                "personal care",
                "tandbørst",
            ),
        ),
        ("health", ("helbred", "health", "sundhed", "motion", "søvn", "sleep", "spise", "eating")),
        (
            "mail_and_authorities",
            (
                "post",
                "breve",
                "letters",
                "mail",
                "myndighed",
                "authorit",
                "e-boks",
                "eboks",
                "digital post",
                "skemaer",
                "forms",
            ),
        ),
        (
            "household_structure",
            (
                "rengøring",
                "gøre rent",
                "clean",
                "tøjvask",
                "vasketøj",
                "laundry",
                "indkøb",
                "handle ind",
                "shopping",
                "oprydning",
                "rydde op",
                "tidy",
                "struktur",
                "structure",
                "hjemme",
                "home",
            ),
        ),
        (
            "coping_with_disability",
            (
                "handicap",
                "disabilit",
                "funktionsnedsættelse",
                "diagnose",
                "diagnosis",
                "mestre",
                "coping",
                "cope",
            ),
        ),
        (
            "assistive_technology",
            ("teknologi", "technolog", "hjælpemiddel", "app", "telefon", "computer", "assistive"),
        ),
        ("debt", ("gæld", "debt", "skylder", "owe", "inkasso", "rykker", "lån", "loan")),
        (
            "work_or_education",
            (
                "arbejde",
                "job",
                "work",
                "uddannelse",
                "education",
                "studie",
                "study",
                "skole",
                "school",
            ),
        ),
        ("other", ("andet", "noget andet", "something else", "other")),
    ),
    "impact": (
        ("at_risk", ("endnu", "yet", "værre", "worse", "bange for", "afraid", "risiko", "risk")),
        (
            "severe",
            (
                "rigtig meget",
                "meget",
                "very much",
                "very",
                "a lot",
                "kan ikke klare",
                "cannot manage",
                "can't manage",
                "alt",
                "everything",
            ),
        ),
        (
            "moderate",
            (
                "en del",
                "ret meget",
                # Problems with a quantity: "ret mange problemer", "lots of problems".
                "mange problemer",
                "many problems",
                "a lot of problems",
                "lots of problems",
                "quite a few problems",
                "quite",
                "noget",
                "some ",  # the word, never "sometimes" (round 18)
                "svært",
                "hard",
                "medium",
                "middel",
                "moderat",
                "moderate",
                "mellem",
                "fair bit",
                "kind of a lot",
                # A fair amount, said as people say it.
                "fair amount",
                "a good bit",
                "quite a bit",
                "temmelig",
                "en god del",
                # Only just coping: "barely coping", "klarer mig lige akkurat".
                "barely cop",
                "just about cop",
                "lige akkurat",
                "knap nok",
                "kun lige",
                "sort of a lot",
                "pretty much",
                "a good deal",
                # "ret slemt", "kan knap få hverdagen til at fungere": the option's own
                # words (hard to make everyday life work) said another way.
                "slemt",
                # The option's own label inside a longer answer ("quite a lot i would
                # say"): not its "a lot".
                "quite a lot",
                "en hel del",
                "kan knap",
                "can barely",
                "can hardly",
                "pretty bad",
                "quite bad",
                # "a real struggle", "he is struggling" (round 10).
                "struggl",
            ),
        ),
        (
            "mild",
            (
                "lidt",
                "a little",
                "little",
                "ikke så meget",
                # Texted (round 18): "ik så meget for det", "ikk så meget".
                "ik så meget",
                "ikk så meget",
                "small",
                "lille",
                "mild",
                "slightly",
                "a bit",
                "not much",
                "not that much",
                "ikke særlig",
                "ikke særlig meget",
                "ikke ret meget",
                "ikke meget",
                "not very much",
                "not a lot",
            ),
        ),
    ),
    "existing_support": (
        (
            "s85",
            (
                "85",
                "socialpædagog",
                "social-pedagog",
                "social pedagog",
                "bostøtte",
                "støttekontakt",
            ),
        ),
        ("jobcenter", ("jobcenter", "job centre", "job center", "jobcentret")),
        (
            "other_municipal",
            (
                "anden hjælp",
                "andet fra kommunen",
                "other help",
                "other support",
                "hjemmehjælp",
                "home help",
                # Practical help at home from the municipality, in other words.
                "hjemmepleje",
                "rengøringshjælp",
                "praktisk hjælp",
                "hjælper fra kommunen",
                "en hjælper",
                "a helper",
                "helper from",
                "home care",
                "homecare",
                "cleaning help",
                # Someone from the municipality who helps at home, said as a person.
                "en fra kommunen",
                "someone from the council",
                "someone from the municipality",
                # Aids and training after an illness, which the municipality gives
                # (round 11): "en rollator fra kommunen", "physio after the hospital".
                "hjælpemiddel",
                "hjælpemidler",
                "rollator",
                "gangstativ",
                "badebræt",
                "badestol",
                "toiletforhøjer",
                "kørestol",
                "walker",
                "wheelchair",
                "shower chair",
                "shower stool",
                "genoptræning",
                "fysioterapi",
                "fysioterapeut",
                "physio",
                "physiotherapy",
                "physiotherapist",
                "rehab",
                "rehabilitation",
                # Nursing at home, and a mentor or support person named without a source
                # (round 13): existing support, the municipality's other help.
                "home nursing",
                "hjemmesygepleje",
                "district nurse",
                "community nurse",
                "mentor",
                "support worker",
                "support person",
                "støtteperson",
                "kontaktperson",
                "contact person",
                # A service named by what it does or who does it (round 17): "en
                # ergoterapeut fra kommunen", "they send a cleaner", "a nurse comes by".
                "ergoterapeut",
                "ergoterapi",
                "occupational therapist",
                "occupational therapy",
                "sygeplejerske",
                "nurse comes",
                "nurse visits",
                "rengøring",
                "gør rent",
                "gøre rent",
                "cleaner",
                "cleaning",
            ),
        ),
        (
            "dont_know",
            (
                "ved ikke",
                "don't know",
                "dont know",
                "do not know",
                "not sure",
                "usikker",
                "aner ikke",
                "no idea",
                "no clue",
                "aner det ikke",
                "ingen anelse",
                "not that i know",
                "ikke så vidt jeg ved",
                # Not knowing with the verb first: "det ved jeg ikke om han får".
                "ved jeg ikke",
                "ved vi ikke",
                "ved han ikke",
                "ved hun ikke",
                "not that we know",
                "not as far as i know",
                # Texting and dialect (round 10): "idk", "dunno", "aner ik".
                "idk",
                "dunno",
                "aner ik",
                "ved ik",
            ),
        ),
        (
            "none",
            (
                "nej",
                "no",
                "ingen",
                "none",
                "nothing",
                "intet",
                "ikke noget",
                "næh",
                "nix",
                "nah",
                "zero",
                "nul",
                "no help",
                "ingen hjælp",
                "not any",
                # No in other words: "nada", "det tror jeg ikke", "don't think so".
                "nada",
                "nope",
                "tror det ikke",
                "tror jeg ikke",
                "don't think so",
                "dont think so",
                "ikke hvad jeg ved",
                # A dialect or texting no ("næ" folds to "nae", "ikk"), and nothing but
                # one's own doctor, who is no help from the municipality (round 10): "nej
                # ikke andet end min læge", "nothing apart from my GP".
                "nae",
                "naw",
                "ikk noget",
                "ik noget",
                "ikke andet end",
                "ikk andet",
                "ik andet",
                "intet andet",
                "nothing but",
                "nothing except",
                "nothing apart from",
                "nothing besides",
                "only my doctor",
                "just my doctor",
                "only my gp",
                "just my gp",
                "kun min laege",
                "bare min laege",
            ),
        ),
    ),
    "motivation": (
        (
            "unsure",
            (
                "ved ikke",
                "usikker",
                "not sure",
                "unsure",
                "måske",
                "maybe",
                "don't know",
                "do not know",
                "perhaps",
                "tvivl",
                "no idea",
                "no clue",
                "aner det ikke",
                "ingen anelse",
                # Half a yes: "kind of", "både og", "sort of", "halvt om halvt".
                "kind of",
                "sort of",
                "både og",
                "halvt om halvt",
                "ved jeg ikke",
                "ved vi ikke",
                "ved hun ikke",
                "ved han ikke",
                "in two minds",
                "på vippen",
                # Sure denied, with a softener (round 17, the dialogue): "ikke helt sikker",
                # "not quite sure", "not too sure" ("helt sikkert" alone is a yes).
                "ikke sikker",
                "ik sikker",
                "ikke helt sikker",
                "ik helt sikker",
                "ikke så sikker",
                "ikke rigtig sikker",
                "not quite sure",
                "not too sure",
                "not entirely sure",
                "not totally sure",
                "not so sure",
            ),
        ),
        (
            "no",
            (
                "nej",
                "no",
                "naw",
                "ikke nu",
                "not now",
                "gider ikke",
                "don't want",
                "do not want",
                # A decline softened or with its reason: "not just yet", "I was only
                # curious" (the wish to take part is what the question asks).
                "ikke lige nu",
                "ikke rigtig",
                "not really",
                "not right now",
                "ville bare høre",
                "ville bare vide",
                "ville bare se",
                "just wanted to see",
                "only wanted to see",
                "bare nysgerrig",
                "just wanted to know",
                "only wanted to know",
                "just curious",
                "only curious",
                # Said of another person, or firmly: "she won't have it", "vil ikke".
                "won't have",
                "wont have",
                "doesn't want",
                "doesnt want",
                "does not want",
                "vil ikke",
                "ønsker ikke",
                "nej tak",
                "no thanks",
                "no thank you",
                "not for me",
                "ikke noget for mig",
                "rather not",
                "not willing",
                "unwilling",
                "wouldn't like",
                "would not like",
                "ikke lyst",
                "hellere lade være",
                "hellere lade vaere",
                # Not ready yet: "ikke klar til det", "not ready for it".
                "ikke klar",
                "not ready",
                "ikke parat",
                # The colloquial no the urgent question reads too ("næ", "nah, ...").
                "nope",
                "nah",
                "nae",
                "naeh",
                "nix",
            ),
        ),
        (
            "yes",
            (
                "ja",
                "yes",
                "gerne",
                "sure",
                "okay",
                "ok",
                "vil gerne",
                # A yes given with a shrug (round 10): "go on then", "alright then", "fair
                # enough", "lad gå da", "det kan vi da godt", "kør bare på".
                "go on",
                "go ahead",
                "alright then",
                "all right then",
                "fine then",
                "fair enough",
                "sure thing",
                "lad gaa",
                "lad os det",
                "det kan vi godt",
                "det kan vi da godt",
                "koer bare",
                "koer paa",
                "fint nok",
                "i want",
                "want to",
                # A yes in other words, also said of another person: "suppose so",
                # "why not", "he is keen on it", "helt sikkert", "klart".
                "suppose so",
                "i guess so",
                "why not",
                "hvorfor ikke",
                "keen",
                "definitely",
                "absolutely",
                "of course",
                "helt sikkert",
                "selvfølgelig",
                "klart",
                "ja da",
                "jo da",
                "yeah",
                "yep",
                "yup",
                "jep",
                "aye",
                # A yes by its verb, in Danish texting or plain English: "jo det vil jeg
                # godt", "vil godt", "I'd like to", "willing to give it a go".
                "jo",
                # Jutlandic "jo" (round 16): "jow", "jov".
                "jow",
                "jov",
                "vil godt",
                "vil jeg godt",
                "det vil jeg",
                "i'd like",
                "id like",
                "would like",
                "want to try",
                "willing",
                "give it a try",
                "give it a go",
                "proeve det",
                "lad os proeve",
                "let's do it",
                "lets do it",
                "count me in",
                # Said of the one written for: "he's up for it", "hun er frisk på det".
                "up for it",
                "frisk paa",
                "on board",
                "er med paa",
                # A yes as a guess or a shrug: "det tror jeg nok", "probably", "fine by me".
                "tror jeg nok",
                "tror det",
                # "det tror jeg godt (han vil)", "jeg tror godt hun vil": a guessed yes,
                # also said of the one written for (round 19's dialogue pass).
                "tror jeg godt",
                "tror godt",
                "think so",
                "probably",
                "sandsynligvis",
                "fint med mig",
                "fine by me",
                "fine with me",
                "i guess",
                "guess so",
                "sounds good",
                "lyder godt",
                "det kan jeg godt",
                "vil gerne vaere med",
            ),
        ),
    ),
    "format": (
        (
            "dont_know",
            (
                "ved ikke",
                "don't know",
                "dont know",
                "do not know",
                "not sure",
                "usikker",
                "ligegyldigt",
                "no preference",
                # Not knowing in other words: "aner det ikke", "no idea", "hard to say".
                "aner det ikke",
                "aner ikke",
                "ingen anelse",
                "ved jeg ikke",
                "ved vi ikke",
                "ved hun ikke",
                "ved han ikke",
                "lige meget",
                "no idea",
                "no clue",
                "dunno",
                "idk",
                "hard to say",
                "svaert at sige",
                "kommer an paa",
                "depends",
            ),
        ),
        (
            "both",
            (
                "begge",
                "both",
                "begge dele",
                "either",
                "enten eller",
                "det ene eller",
                # A mix of the two: "lidt af hvert", "a bit of both", "a mix".
                "lidt af hvert",
                "lidt af begge",
                "bit of both",
                "a mix",
                "mix of",
                "mixture",
                "blanding",
                "kombination",
                "combination",
                # Any way will do: "whatever works", "doesn't matter", "hvad som helst".
                "whatever works",
                "whatever",
                "either way",
                "anything works",
                "doesn't matter",
                "doesnt matter",
                "does not matter",
                "hvad som helst",
                "hvad der passer",
                "det ene som det andet",
            ),
        ),
        (
            "group",
            (
                "gruppe",
                "group",
                "sammen med andre",
                "with others",
                "hold",
                # Others in the same place in life: "andre i samme situation", "others
                # like me", "people in the same boat".
                "andre i samme situation",
                "andre i samme baad",
                "andre ligesom mig",
                "andre som mig",
                "others like me",
                "people like me",
                "others in the same",
                "same boat",
                "meet others",
                "moede andre",
                # Others named as company (round 10): "with other people who ...", "være
                # sammen med nogle andre der også ...", "together with others".
                "with other people",
                "together with other",
                "together with people",
                "be with others",
                "among other people",
                "sammen med nogle",
                "med nogle andre",
                "med andre der",
                "med andre som",
                "andre der ogsaa",
                "andre som ogsaa",
            ),
        ),
        (
            "individual",
            (
                "alene",
                "alone",
                "individuel",
                "individual",
                "en til en",
                "one to one",
                "one-to-one",
                "one on one",
                "one-on-one",
                "1:1",
                "1-1",
                "selv",
                "by myself",
                # Just the citizen and one adviser: "bare mig og en person", "only me and
                # the person", "just me and one adviser".
                "mig og en",
                "mig og én",
                "mig og rådgiveren",
                "me and one",
                "me and the",
                "just me",
                "only me",
                "kun mig",
                "bare mig",
                "one on one",
                "1 til 1",
                "1 to 1",
                "1 on 1",
                "one adviser",
                "one advisor",
                "just one person",
                "1on1",
                "just the two of us",
                "kun os to",
                "bare os to",
                "privately",
                "1-1",
                "on my own",
                # The same said of the one the check is answered for (round 16): "on his
                # own", "by herself", "on their own".
                "on his own",
                "on her own",
                "on their own",
                "by himself",
                "by herself",
                "by themselves",
                # One steady person, said of the writer or the one written for (round 10):
                # "en fast person", "one person at a time", "the same person each time".
                "en fast person",
                "fast person",
                "en fast voksen",
                "one fixed person",
                "one steady person",
                "the same person",
                "samme person",
                "one person at a time",
                "en person ad gangen",
                "én person ad gangen",
                "en ad gangen",
                "one at a time",
            ),
        ),
    ),
    "contact": (
        (
            "virtual",
            (
                "video",
                "online",
                "virtuel",
                "virtual",
                "skærm",
                "screen",
                "teams",
                "zoom",
                "computer",
                # Video by the name of an app or a device.
                "skype",
                "facetime",
                "webcam",
                "kamera",
                "camera",
                "videoopkald",
                "video call",
            ),
        ),
        ("phone", ("telefon", "phone", "telephone", "tlf", "ringe", "ring", "call", "opkald")),
        (
            "in_person",
            (
                "møde",
                "mødes",
                "ses",
                "se jer",
                "se dig",
                "ses fysisk",
                "besøg",
                "meet",
                "visit",
                "in real life",
                "personligt",
                "in person",
                "face to face",
                "ansigt til ansigt",
                "fysisk",
                # A visit at home is a meeting in person.
                "hjem til mig",
                "hjemme hos mig",
                "hjemmebesøg",
                "come to my home",
                "come to my house",
                "come to my place",
                "come to me",
                "at my home",
                "home visit",
                "komme ud til mig",
                "kommer ud til mig",
                # "I må gerne komme her ud" (round 17, the dialogue): out here, to the home.
                "komme her ud",
                "kommer her ud",
                "komme herud",
                "kommer herud",
                "come out here",
                "come out to her",
                "come out to him",
                "komme forbi",
                "kommer forbi",
                "besøge mig",
                "come out to me",
                "come over",
                "come round",
                "come around",
                "visit me",
                # Someone coming home to them, said of another person too ("I kan komme
                # hjem til hende", "visit her at home").
                "hjem til",
                "hjemme hos",
                "kommer hjem",
                "komme hjem",
                "at his place",
                "at her place",
                "to his home",
                "to her home",
                "visit him",
                "visit her",
                "come see",
                "come and see",
                "see him",
                "see her",
                "kom og se",
                "komme og se",
                # Out to where they live: "ude hos ham", "out to her place".
                "ude hos",
                "ud til ham",
                "ud til hende",
                "out to him",
                "out to her",
                "out to them",
                "at his house",
                "at her house",
                # Someone coming to where they live, said of the house or the flat, and
                # texted "irl" (round 17): "someone coming round to the house", "ud i huset".
                "to the house",
                "to the flat",
                "to the apartment",
                "coming round",
                "coming over",
                "comes round",
                "comes over",
                "ud i huset",
                "ud til huset",
                "irl",
                # Coming in to the municipality: "kommer gerne ind på kontoret", "I can
                # come in", "at your office".
                "ind paa kontoret",
                "ind til jer",
                "ind til dig",
                "paa kontoret",
                "paa raadhuset",
                "come in",
                "come to you",
                "come to your",
                "at your office",
                "the office",
                "town hall",
                # At the home of the one written for (round 10): "at his home", "in her home".
                "at his home",
                "at her home",
                "at their home",
                "in his home",
                "in her home",
                "in my home",
                "in their home",
                "at home please",
                # Meeting asked for in the imperative or dropping by (round 13): "mød mig",
                # "kig forbi", "come by", "pop round".
                "mød mig",
                "mød os",
                "kom forbi",
                "kig forbi",
                "come by",
                "drop by",
                "pop round",
                "pop by",
            ),
        ),
    ),
}


# Danish typed without æøå ("svaert", "faar", "hjaelp"): text and phrases are both read
# with æ, ø, å folded to ae, oe, aa, so one phrase list serves both spellings.
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    text = text.replace("’", "'")
    return " " + re.sub(r"[^\w'+-]+", " ", text).strip() + " "


def _phrase(phrase: str) -> str:
    return phrase.lower().translate(_FOLD)


@functools.cache
def _phrase_pattern(phrase: str) -> re.Pattern:
    # Whole words at the start; a phrase may match the beginning of a longer word
    # ("aktivitet" in "aktiviteter"), but never the middle of one ("nu" in "menu").
    # Short words must stand alone ("no" is not "now").
    # "kommer hjem" is no prefix of "kommer hjemmehjælp": a phrase ending in "hjem" ends there.
    # Compiled once each: the word lists hold more phrases than re's own cache (512), which
    # then compiled them again on every reply.
    end = r"(?![\w])" if len(phrase) <= 3 or phrase.endswith("hjem") else ""
    return re.compile(r"(?<![\w])" + re.escape(_phrase(phrase)) + end)


def _has(text: str, phrase: str) -> bool:
    return _phrase_pattern(phrase).search(text) is not None


def _find(text: str, phrase: str):
    return _phrase_pattern(phrase).finditer(text)


def _order(question_id: str, code: str) -> int:
    return [c for c, _ in LEXICON[question_id]].index(code)


def _label_match(question_id: str, text: str) -> list[str]:
    q = question(question_id)
    found = []
    for option in q.options:
        labels = {
            option.code.replace("_", " "),
            *(translate(option.label, lg) for lg in ("da", "en")),
        }
        if any(_normalise(label) == text for label in labels):
            found.append(option.code)
    return found


# "i trediverne", "i 40'erne", "in my thirties", "in my 50s": a decade says 18 or over;
# "9. klasse", "year 10": a school year up to 10 says under 18.
_DECADE = re.compile(
    r"(?<!\w)(?:tyverne|trediverne|fyrrerne|halvtredserne|tresserne|halvfjerdserne"
    r"|firserne|[2-9]0'?erne|twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|[2-9]0'?s)(?!\w)"
)
_SCHOOL_YEAR = re.compile(
    r"(?<!\w)(?:(\d{1,2})\.? ?(?:klasse|kl\b)|(?:year|grade) (\d{1,2})"
    r"|(\d{1,2})(?:st|nd|rd|th)? (?:grade|year at school|year of school|form))(?!\w)"
)


_NUMBER_NOT_AMOUNT = re.compile(
    r"(?<![\d.,])(\d{1,3})(?![\d])(?![.,]\d)(?!\s\d{3}\b)"
    r"(?!\s*(?:k|kr|kroner|dkk|tusind|thousand|grand|mio|million|%|procent|percent|euro|eur)\b)"
)


def _age_from_number(text: str) -> str | None:
    if _DECADE.search(text):
        return "18_or_over"
    school = _SCHOOL_YEAR.search(text)
    if school and int(school.group(1) or school.group(2) or school.group(3)) <= 10:
        return "under_18"
    # An amount, a share or a count of thousands is no age: "i owe about 80k", "40.000 kr".
    numbers = [int(n) for n in _NUMBER_NOT_AMOUNT.findall(text)]
    if len(numbers) == 1 and 0 < numbers[0] < 130 and not _has(text, "under"):
        return "18_or_over" if numbers[0] >= 18 else "under_18"
    return None


# A preference between two answers: the one before "end"/"than"/"instead of" is chosen
# ("hellere telefon end video", "phone rather than video").
_RATHER = re.compile(
    r"(?:(?:hellere|rather|foretraekker|prefer|bedre|better)\b.*?\b(?P<than>end|than)"
    r"|\b(?P<instead>i stedet for|istedet for|frem for|fremfor|instead of|rather than))\b"
)
# Everyday life mostly works ("det går fint, men noget er svært", "going ok, some things
# are hard"): a little, unless a strong word says more.
# The text is folded (å to aa). "det går vel nogenlunde", "some things are hard but I
# manage" say the same as the option "A little".
_MOSTLY_WELL = re.compile(
    r"(?<!\w)(?:gaar|goes|going|klarer mig|klarer jeg mig|klarer han sig|klarer hun sig)"
    # Up to two softeners before the word (round 10): "det går da meget godt", "det går
    # vel an", "going pretty well really".
    r" (?:(?:vel|nok|meget|ret|rimelig|rimeligt|egentlig|jo|da|faktisk|stadig|still|pretty"
    r"|quite|really|mostly) ){0,2}"
    r"(?:godt|fint|ok|okay|well|fine|nogenlunde|an|alright|all right"
    # "det går trods alt" (it works out after all; round 21's conversations read "alt" as
    # everything).
    r"|trods alt)(?!\w)"
    # Managing said plainly, with the one who manages before it (round 10): "mostly I
    # cope", "it's ok, i manage", "jeg klarer mig nu", "he gets by" (never "can't manage",
    # "klarer mig ikke", "manage to ...", "manages nothing").
    # An adverb between (round 17): "i mostly manage", "she usually copes".
    r"|(?<!\w)(?:i|he|she|we|jeg|han|hun|vi) (?:(?:mostly|usually|generally|still|for the"
    r" most part|as a rule) )?(?:klarer (?:mig|sig|os)|manage|manages|cope"
    r"|copes|get by|gets by|am managing|is managing|am coping|is coping|am getting by)"
    r"(?! (?:ikke|ik|not|nothing|ingenting|to|at|without|uden|lige akkurat|kun lige|knap"
    r"|barely|hardly|only just|just about|med noed)\b)(?!\w)"
    # "klarer mest ting selv", "hun klarer de fleste ting" (round 17, the dialogue): most
    # things managed, as a learner or a relative says it (never after a not).
    r"|(?<!ikke )(?<!ik )(?<!\w)(?:klarer|klare) (?:selv )?(?:mest|meste|de fleste|flest)"
    r" ting(?!\w)"
    # "jeg klare det meste" without the r, as a learner writes it (round 16).
    r"|(?<!ikke )(?<!ik )(?<!not )(?<!\w)klare det meste(?!\w)"
    # Never denied (round 17): "i cant manage most things", "kan ikke klarer det meste".
    r"|(?<!cant )(?<!can't )(?<!not )(?<!ikke )(?<!ik )(?<!\w)"
    r"(?:klarer det meste|manage most|manages most|copes with most|gets by"
    r"|get by okay|men jeg klarer mig|nogenlunde"
    r"|i get by|i still get by|getting by|but i cope|i cope ok|i cope okay"
    r")(?!\w)"
    # The option's own "nogle ting er svære" said another way (round 18): "et par enkelte
    # ting er svære", "a few things that are hard", "enkelte ting er lidt svære".
    r"|(?<!\w)(?:nogle|nogen|visse|enkelte|some|a few|certain) (?:\w+ ){0,2}(?:ting|things)"
    r" (?:\w+ ){0,2}(?:er|is|are) (?:lidt |a bit |a little )?(?:svaere|svaer|svaert|hard"
    r"|difficult|tricky)(?!\w)"
    # Most of it kept going, said another way (round 13): "jeg får det meste til at køre",
    # "I get most things done", "men ellers kører det", "otherwise it's ok".
    r"|(?<!\w)(?:faar|faa|get|gets|getting) (?:det meste|most things|most of it|the most)"
    r" (?:til at )?(?:koere|fungere|gjort|done|to work|working|sorted)(?!\w)"
    r"|(?<!\w)(?:ellers|otherwise|apart from that|bortset fra det) (?:\w+ )?(?:koerer|gaar"
    r"|fungerer|it'?s fine|it'?s ok|it'?s okay|its fine|its ok|things are fine|i'?m fine"
    r"|im fine|i manage|i cope)(?!\w)"
    # Most of it done alone, or the days got through, said another way: "det meste kan jeg
    # godt selv", "I can do most of it myself", "men jeg klarer det", "but I manage",
    # "jeg kommer da igennem dagene" (never after a not: "can't get through the day").
    r"|(?<!\w)(?:det meste|most of it|most things) (?:kan|klarer|can|do|manage) (?:jeg|i|han|hun)?"
    r" ?(?:godt |do |manage )?(?:selv|myself|himself|herself|alone|on my own)(?!\w)"
    r"|(?<!\w)(?:i|jeg|he|she|han|hun) (?:can|kan) (?:do|klare|manage) most (?:of it|things)"
    r"|(?<!\w)(?:det meste|most of it|most things) (?:kan |klarer )?(?:jeg|i|han|hun|he|she)"
    r" (?:can |kan |klarer )?(?:do |manage |godt )?(?:selv|myself|himself|herself|on my own)"
    r"(?!\w)"
    # The most of it first, then who manages it (round 17): "det meste klarer jeg, men det
    # slider", "de fleste ting klarer hun", "most of it i handle".
    r"|(?<!\w)(?:det meste|de fleste ting|most of it|most things) (?:klarer|kan|manage|handle"
    r"|can do|do) (?:jeg|han|hun|i|he|she)(?! (?:ikke|ik|not|no longer|nothing)\b)(?!\w)"
    r"|(?<!\w)(?:det meste|de fleste ting|most of it|most things) (?:jeg|han|hun|i|he|she)"
    r" (?:klarer|kan klare|manage|handle|can do|can manage)(?!\w)"
    r"|(?<!\w)(?:men|but) (?:jeg|i|han|hun|he|she) (?:klarer|manage|manages|cope|copes)"
    r"(?: det| it| things| the most)?(?: \w+)?\s*$"
    r"|(?<!ikke )(?<!ik )(?<!not )(?<!can't )(?<!cant )(?<!cannot )(?<!kan ikke )"
    r"(?:kommer|get|gets|getting|comes?) (?:da |nok |godt |still |jo )?(?:igennem|through)"
    r" (?:dagene|dagen|hverdagen|the days|the day|my days|each day)(?!\w)"
)
# Getting worse by the month, beside managing (folded text, round 13): "jeg klarer mig,
# men det glider for hver uge", "I cope but I'm sliding", "it goes downhill slowly".
_WORSENING = re.compile(
    r"(?<!\w)(?:(?:glider|skrider) (?:\w+ ){0,3}(?:mere|for hver|hele tiden|efterhaanden"
    r"|langsomt|ned)|slipping|sliding|downhill|ned ad bakke|getting worse"
    r"|bliver vaerre|gets worse|worse (?:every|each)|vaerre for hver|mere for hver"
    r"|more (?:every|each) (?:week|month))(?!\w)"
)
# Afraid of what lies ahead, said of someone or of things (folded text): "bange for at det
# går galt", "I'm afraid it will all go wrong", "worried things fall apart". Beside managing
# now it is the option "Not much yet: but I am afraid it will get worse" (round 19: fresh11,
# fresh12, fresh14 said it so). A fear of doing something ("bange for at ringe", "afraid of
# the phone") names what is hard, not what lies ahead: no person or thing follows it.
_FEAR_AHEAD = re.compile(
    r"(?<!\w)(?:bange for|afraid|scared|worried|worry|worries|nervoes for|frygter|bekymret for)"
    r"(?: that)?(?: at)? (?:det|jeg|han|hun|vi|de|it|it'?ll|i|i'?ll|he|she|we|they|things"
    r"|tingene|alt|everything|all)(?!\w)"
)
_STRONG = ("kan ikke klare", "cannot manage", "can't manage", "rigtig meget", "very much",
           "a lot", "værre", "worse")  # fmt: skip


# Two ways named for the format or the contact: a way said no to is not chosen ("not a
# group", "ikke i telefonen"), and of the rest the first named is ("alone, groups scare
# me", "video, or maybe phone"), unless the citizen says both or does not know.
_WAYS = ("format", "contact")
_WAY_NOT = re.compile(
    r"(?:ikke|ik|not|no|ingen|never|aldrig|hader|hates?|gider ikke|don'?t|doesn'?t|can'?t"
    r"|cannot"
    # A way that is hard for the citizen (or the one they write for): "hører dårligt i
    # telefonen", "bad with phones", "struggles with video", "svært ved skærmen".
    r"|daarligt|badly|poorly|bad|terrible|svaert ved|svaer ved|struggles?|struggling|hard"
    r"|difficult|problemer med|trouble|afraid of|bange for|nervous|nervoes for)\W+"
    r"(?:(?:a|an|the|in|into|on|by|over|i|en|et|at|to|be|vaere|med|with|paa|for|noget|den|det"
    r"|gaa|go|want|vil|like|do|finde|ud|af|bruge|use|handle|manage|klare|stand|lide|kan|good"
    r"|god|great|comfortable|tryg|glad|happy|so|saa|very|meget|really|rigtig)\W+){0,3}$"
)


# A way said to be hard after it is named: "a group is hard for me", "telefon er svært",
# "video er nok ikke lige ham" (read up to the next way named: _way_chosen).
_WAY_HARD_AFTER = re.compile(
    r"^\w*\W+(?:\w+\W+)?(?:is|er|are|bliver|feels|virker)\W+(?:\w+\W+)?(?:hard|difficult"
    r"|svaert|svaer|scary|skraemmende|too much|for meget|not for me|ikke noget for mig"
    r"|ikke lige (?:mig|ham|hende|noget for)|not (?:really )?(?:my|his|her) thing)(?!\w)"
)


def _next_way(kept: list, code: str, end: int) -> int | None:
    """Where the next mention of another way starts after `end` (None: none does)."""
    return min((a for c, (a, _b) in kept if c != code and a >= end), default=None)


def _way_chosen(clean: str, kept: list, matched: list[str]) -> list[str]:
    if "both" in matched or "dont_know" in matched:
        return matched
    firsts: dict[str, int] = {}
    ends: dict[str, int] = {}
    for code, (a, b) in kept:
        if a < firsts.get(code, a + 1):
            firsts[code], ends[code] = a, b
    # A way whose first mention is said no to ("i don't like phone calls", "a group is
    # hard for me") is not chosen.
    # Read up to the next way named: in "møde, telefon er svær for mig" only the phone is
    # hard, and the meeting is chosen (round 20).
    chosen = {
        c: a
        for c, a in firsts.items()
        if not _WAY_NOT.search(clean[:a])
        and not _WAY_HARD_AFTER.search(clean[ends[c] : _next_way(kept, c, ends[c])])
    }
    if not chosen:
        return []  # every way named is said no to: none is chosen, the question stays
    return sorted(chosen, key=chosen.get)


# The options' own descriptions said another way (folded text) outweigh a loose intensity
# word: "I worry a lot, it is hard to keep things going" is "Quite a lot" (It is hard to
# make everyday life work); "kan ikke klare hverdagen uden hjælp" is "Very much".
_SEVERE_WORDS = re.compile(
    # Also said as not able, and without whose help (round 13): "he is not able to manage
    # without his mother's help", "could not manage at all without me coming by",
    # "kunne ikke klare sig uden at jeg kommer forbi".
    r"(?:kan ikke|kunne ikke|cannot|can'?t|can not|could not|couldn'?t|not able to|unable to"
    r"|ikke i stand til at) (?:\w+ ){1,6}(?:uden hjaelp|without help"
    r"|without (?:someone|somebody|anyone|anybody|a person|me|us)(?: \w+)?"
    r"|(?:without|uden) (?:[\w']+ ){1,2}(?:help|hjaelp)"
    r"|uden at (?:nogen|en anden|andre|jeg|vi) (?:\w+ )?(?:hjaelper|kommer)"
    r"|uden (?:en )?hjaelper|uden (?:mig|os)(?!\w))"
)
_MODERATE_WORDS = re.compile(
    r"(?:hard|difficult|svaert|svaer|tough) (?:to|at) (?:make|faa|get|keep) (?:\w+ ){0,3}"
    r"(?:work|working|going|fungere|haenge sammen|together)"
    # The option's "hard to make everyday life work" said as not managing it: "kan ikke få
    # dagene til at hænge sammen", "can't make my days work", "can't keep things together".
    r"|(?:kan ikke|kan ik|can'?t|cannot|can not) (?:faa|make|get|keep) (?:\w+ ){0,3}"
    r"(?:til at )?(?:haenge sammen|fungere|work|together)"
)


# It reaches everything ("det går ud over det hele", "affects everything"): a degree, said
# of the whole day; read as "Very much" in a description, but in a reply beside words of how
# hard it is it weighs like any other degree word (below, _degree_on_a_burden).
_AFFECTS_ALL = re.compile(
    r"gaar (?:det )?ud over (?:alt|det hele|hele min hverdag)|affects everything"
)
# Everyday life not managed at all, said without the options' words (folded text): "I
# can't get through a single day", "can't cope with anything", "er helt gået i stå", "det
# går ud over alt", "otherwise it would not work at all" (someone keeps the citizen going).
_IMPLIED_SEVERE = re.compile(
    r"(?:can'?t|cannot|can not|kan ikke|kan ik) (?:get through|komme igennem|klare)"
    r" (?:a |the |one |a single |en |et |nogen )?(?:single )?(?:day|dag|dagen|hverdagen)"
    r"|(?:can'?t|cannot|can not) (?:cope|manage|do) (?:with )?(?:anything|any of it|a thing)"
    r"|(?:can'?t|cannot|can not) (?:\w+ ){0,4}on my own any ?more"
    # Not coping on one's own, said of oneself or another (round 17, the dialogue): "she
    # can't really cope on her own", "he cannot manage by himself", "kan ikke klare sig
    # selv længere" (the option "Very much": not managing without help).
    # Also said without "can" (round 19): "he doesn't really cope on his own", "she is not
    # really able to manage by herself", "kan ikk rigtig klare sig selv".
    r"|(?:can'?t|cannot|can not|kan ikke|kan ik|kan ikk|doesn'?t|does not|dont|don'?t|do not"
    r"|not (?:really )?able to|isn'?t (?:really )?able to|unable to)"
    r" (?:really |rigtig |rigtigt |helt )?(?:cope"
    r"|manage|get by|klare sig|klare mig) (?:on (?:my|his|her|their) own|by (?:my|him|her)self"
    r"|alone|alene|selv)(?!\w)"
    r"|kan ikke (?:overskue|klare|finde ud af) (?:noget|nogenting|en skid|det hele|noget som"
    r" helst)(?! andet)"
    r"|(?:gaaet|gaet|kørt|koert) (?:helt |totalt |fuldstaendig )?i staa"
    r"|(?:everything|it all|my life|life) (?:has )?(?:fell|fallen|falling|is falling) apart"
    r"|ellers (?:gik|gaar|ville) det (?:slet )?ikke|otherwise (?:i|it) (?:couldn'?t|wouldn'?t)"
    r"|without (?:her|him|them) i (?:couldn'?t|wouldn'?t|can'?t)"
    r"|" + _AFFECTS_ALL.pattern
)
# Not bad yet, but on its way (folded text): "not a disaster yet but heading that way",
# "det er ikke slemt endnu", "endnu ikke en katastrofe, men på vej". The option "Not much
# yet: but I am afraid it will get worse", even beside a strong word ("really bad at ...").
_NOT_YET = re.compile(
    r"(?:not|isn'?t|ikke) (?:a |an |that |so |too |very |saa |en |et |helt )?"
    r"(?:disaster|catastrophe|crisis|bad|terrible|serious|problem|big deal|slemt|galt"
    r"|katastrofe|krise|alvorligt|problem)(?: \w+){0,2} (?:yet|endnu)"
    r"|(?:yet|endnu) (?:not|ikke) (?:a |an |that |so |en |et |saa )?(?:disaster|catastrophe"
    r"|bad|serious|slemt|galt|katastrofe|alvorligt)"
    r"|heading that way|going that way|on its way there|paa vej (?:den vej|derhen)"
)


def described_impact(text: str) -> str | None:
    """The impact a description states in the options' own terms, or None."""
    return _described_impact(_normalise(text[:1000]))


def manages_mostly(text: str) -> bool:
    """A description that says everyday life mostly works ("det går egentlig meget godt,
    det er kun nogle dage"), with no strong word beside it: the option "A little"."""
    clean = _normalise(text[:1000])
    if _CANNOT.search(clean):
        return False  # "det går fint med posten, men rengøring kan jeg slet ikke"
    return bool(_MOSTLY_WELL.search(clean)) and not any(_has(clean, p) for p in _STRONG)


_CANNOT = re.compile(
    r"(?<!\w)(?:kan (?:\w+ )?(?:slet |overhovedet )?(?:ikke|ik)|can'?t|cannot|can not|unable"
    r"|slet ikke|not at all|overhovedet ikke|no way)(?!\w)"
)


def echoed_impact(text: str) -> str | None:
    """The impact whose option description the text says again in other words ("can't
    manage my day without help": Very much; "kan ikke få dagene til at hænge sammen":
    Quite a lot), or None. The options' own words are the surest reading of the impact."""
    return _echoed(_normalise(text[:1000]))


def _echoed(clean: str) -> str | None:
    if _NOT_YET.search(clean):
        return "at_risk"
    if _SEVERE_WORDS.search(clean):
        return "severe"
    # The option's own words for "Quite a lot" outweigh a loose "it affects everything"
    # beside them ("det går ud over det hele, han kan ikke få dagene til at hænge sammen").
    if _MODERATE_WORDS.search(clean) and not _VERY.search(clean):
        return "moderate"
    return None


def _moderate_said(clean: str) -> bool:
    """The option "Quite a lot" in its own words, not said as its opposite ("not hard to
    keep going", "ikke svært at få det til at fungere")."""
    return any(
        not re.search(
            r"(?<!\w)(?:not|isn'?t|ikke|ik|ikk) (?:so |that |saa |too )?$", clean[: m.start()]
        )
        for m in _MODERATE_WORDS.finditer(clean)
    )


def not_yet(text: str) -> bool:
    """The description says it is not bad yet but on its way ("not a disaster yet")."""
    return _NOT_YET.search(_normalise(text[:1000])) is not None


def _described_impact(clean: str) -> str | None:
    echoed = _echoed(clean)
    if echoed is not None:
        return echoed
    return "severe" if _IMPLIED_SEVERE.search(clean) else None


# "Meget" and "very much" are the label of "Very much" itself ("ret meget" is not).
_VERY = re.compile(r"(?<!\w)(?<!ret )(?:meget|very much|kan ikke klare|cannot manage)(?!\w)")
# How hard or heavy it is, or what it costs (folded text): the option "Quite a lot" is
# "It is hard to make everyday life work"; "Very much" is not managing without help.
_BURDEN = re.compile(
    r"(?<!\w)(?:svaer\w*|haard\w*|hard|harder|difficult|tough|heavy|tung|tungt|kamp|struggl\w*"
    r"|drain\w*|exhaust\w*|udmatt\w*|slider|stress\w*"
    # Sleep lost over it (two writers, fresh11 and fresh12).
    r"|(?:sover|sove|sleep|sleeping) (?:\w+ )?(?:daarligt|badly|bad)|(?:kan|kan ik|can'?t|cannot)"
    r" (?:ikke )?sove|can'?t sleep|ligger vaagen|lie awake|lying awake)(?!\w)"
)
# How much room it takes ("det fylder meget"): the degree itself when said alone, a weight
# when reasons follow it ("det fylder meget, jeg orker ingenting").
_TAKES_ROOM = re.compile(r"(?<!\w)(?:fylder|takes up|weighs on)(?!\w)")
# Not managing, said plainly (folded text): these keep "Very much" beside any burden.
_HELPLESS = re.compile(
    r"(?<!\w)(?:(?:can'?t|cannot|can not|kan ikke|kan ik|kan slet ikke) (?:\w+ )?(?:cope|manage"
    r"|klare|go on|mere)|klarer (?:\w+ )?(?:ingenting|intet)|(?:can'?t|cannot) do anything"
    r"|uden hjaelp|without help)(?!\w)"
)
# A reply whose first clause is nothing but the label's degree ("meget, det er svært",
# "very much. it's hard"): the label itself, whatever follows.
_BARE_DEGREE = re.compile(
    r"^ (?:(?:ja|jo|yes|yeah|rigtig|virkelig|very|really|so|saa|helt|meget|much|a|lot)"
    r" )*(?:meget|much|a lot) $"
)


# A small degree right on a word of how hard (folded or not): "lidt hårdt", "slightly difficult".
_SMALL_ON_HARD = re.compile(
    r"(?<!\w)(?:lidt|en smule|a bit|a little|little bit|a little bit|slightly)"
    r" (?:svaer\w*|svær\w*|haard\w*|hård\w*|hard|difficult|tough|tricky|struggl\w*)(?!\w)"
)


def _degree_on_a_burden(text: str) -> bool:
    """A reply read "Very much" only by a degree word ("meget", "a lot", "det hele") that
    weighs how hard or heavy it is ("det er voldsomt meget hårdt", "it's very tough",
    "det fylder meget, <reasons>", "affects everything, I sleep badly"), with no word of not
    managing: the option "Quite a lot" (round 18: six writers meant it so, fresh7-13)."""
    clean = _normalise(text[:500])
    if _SEVERE_WORDS.search(clean) or _HELPLESS.search(clean):
        return False
    without_all = _AFFECTS_ALL.sub(" ", clean)
    if without_all != clean and _IMPLIED_SEVERE.search(without_all):
        return False  # the affects-all beside a real not-managing ("can't get through a day")
    parts = _FIRST_PART.split(text[:500].strip().lower(), maxsplit=1)
    if _BARE_DEGREE.match(_normalise(parts[0])):
        return False
    reasons = len(parts) > 1 and parts[1].strip()
    return _BURDEN.search(clean) is not None or bool(reasons and _TAKES_ROOM.search(clean))


# "værre end jeg skrev", "worse than I said": more than said before, not "Not much yet".
_WORSE_THAN = re.compile(r"(?<!\w)(?:vaerre end|worse than)(?!\w)")


_NO_IDEA = re.compile(r"(?<!\w)(?:no idea|no clue)(?!\w)")
# "now" in a clause about what someone else does ("my brother does the letters now", "min
# bror tager posten nu") dates that act; it is no yes to needing help now. A clause that
# also names the writer, help or danger keeps its "now" ("han truer mig nu"). Folded text.
_CLAUSES = re.compile(r"[,.;:!?\n]+")
_SOMEONE_ELSE = re.compile(
    r"(?<!\w)(?:min|mit|mine|hans|hendes|deres|han|hun|de|my|his|her|their|he|she|they)(?!\w)"
)
_WRITER_HELP_OR_DANGER = re.compile(
    r"(?<!\w)(?:hjaelp\w*|help\w*|brug|need\w*|akut|urgent|haster|fare|danger\w*|me|mig|jeg|i)(?!\w)"
)
_NOW = re.compile(r"(?<!\w)(?:now|nu)(?!\w)")


def _others_now_blanked(text: str) -> str:
    clauses = _CLAUSES.split(_phrase(text))
    return ", ".join(
        _NOW.sub(" ", c) if _SOMEONE_ELSE.search(c) and not _WRITER_HELP_OR_DANGER.search(c) else c
        for c in clauses
    )


# Days that differ ("medium, some days ok some days very hard", "det svinger, nogle dage
# går det, andre dage slet ikke"): the answer named first stands, else the middle option;
# the strong word of one bad day is no "very much".
_VARYING = re.compile(
    r"(?<!\w)(?:some days?|somedays|nogle dage|andre dage|other days|good days and bad"
    r"|gode og daarlige dage|gode dage og daarlige|op og ned|up and down|ups and downs"
    r"|svinger|svingende|varierer|it varies|varies|depends on the day|kommer an paa dagen)(?!\w)"
)
# Not now, perhaps later (folded text): "nej, ikke klar til det nu, måske til foråret",
# "not now, maybe next year": the option "No, not now", not "I am not sure".
_NOT_NOW_LATER = re.compile(
    r"(?:(?<!\w)(?:nej|no|nope|ikke|not)\b.{0,40}?\b(?:nu|now|lige nu|right now|klar|ready)\b)"
    r".{0,60}?\b(?:senere|later|til foraaret|til sommer|til efteraaret|efter nytaar|naeste aar"
    r"|naeste maaned|next year|next month|in the spring|in the autumn|after the summer"
    r"|another time|en anden gang|paa et tidspunkt|some day|someday"
    # A time or a maybe later (round 13): "måske efter sommerferien", "maybe after
    # christmas", "efter jul", "perhaps in a few months".
    r"|efter (?:sommerferien|ferien|jul|julen|nytaar|paasken?|vinteren|sommeren|flytningen)"
    r"|after (?:the )?(?:holidays?|christmas|summer|new year|easter|winter|the move)"
    r"|(?:maaske|maybe|perhaps|possibly) (?:efter|after|til|in|om|next|naeste|when|naar))\b"
)
# Eighteen still ahead (folded text): "hun fylder 18 til sommer", "he turns 18 next month"
# is under 18 today ("fyldte 18 i august" is past and over).
_TURNS_18_LATER = re.compile(
    r"(?<!\w)(?:fylder|bliver|turns|will turn|will be|is turning|turning)\s+18\b(?!\s*(?:nu|now))"
    r"(?:\s+(?:aar|years?|old))?\s+(?:til|naeste|om|i|next|in|this|on|by|at|efter|after)\b"
)
# Not knowing with the verb first and a word or two before the not (folded text): "det
# ved vi simpelthen ikke", "ved hun egentlig ikke", "aner vi ikke": the question's "I do
# not know", when nothing else in the reply answers it.
_NOT_KNOWING = re.compile(
    r"(?<!\w)(?:ved|aner) (?:jeg|vi|han|hun|de) (?:\w+ ){0,2}ikke(?!\w)"
    r"|(?<!\w)(?:we|i|they) (?:\w+ ){0,2}(?:don'?t|do not|really don'?t) know(?!\w)"
    # Said short or texted, the same at every question with a "don't know" (round 16: "ved
    # ik" at the format, "dunno" at taking part were read at the help question only).
    r"|^ (?:\w+ )?(?:ved|aner) (?:det )?(?:ikke|ik|ikk|ej)(?!\w)"
    r"|^ (?:\w+ ){0,2}(?:ikke|ik|ikk) (?:helt |rigtig )?sikker(?!\w)"
    r"|(?<!\w)(?:dunno|idk|no idea|no clue|not sure|hard to say|svaert at sige)(?!\w)"
)
_DOES_NOTHING = re.compile(
    r"(?<!\w)(?:can|could|cannot|can'?t|kan|kunne|do|does|doing|goer|gjorde|klarer|manage"
    r"|manages)(?: \w+)? (?:nothing|ingenting|intet|noget som helst|anything)(?!\w)"
)
# A helper named as a person, whose source may be named beside (folded, as matched).
_HELPER_WORDS = frozenset(
    {"mentor", "support worker", "support person", "stoetteperson", "kontaktperson",
     "contact person"}
)  # fmt: skip
# Help from family or friends (folded text), at the question "Do you already get help from
# the municipality?": none from it, unless the reply names the municipality's help too
# ("my mum comes every day", "kun familien hjælper", "hans søster ordner alt").
_FAMILY_HELP = re.compile(
    r"(?<!\w)(?:familie\w*|family|mor|far|mum|mom|mother|dad|father|soester|sister|bror"
    r"|brother|kone|wife|mand|husband|kaereste|partner|venner|friends|datter|daughter|soen"
    r"|son|naboen?|neighbou?r)(?:'s)? (?:\w+ )?(?:hjaelper|helps|helping|comes|kommer|does|goer"
    r"|ordner|klarer|sorts|handles|takes care)(?!\w)"
    r"|(?<!\w)(?:kun|only|just|bare) (?:\w+ )?(?:familie\w*|family|venner|friends)(?!\w)"
)
DONT_KNOW_CODES = {"existing_support": "dont_know", "motivation": "unsure", "format": "dont_know"}
# Leaving the choice to us (folded text), at a choice question with a "don't know": that
# question's "don't know", never a way or a "no" ("det må I bestemme", "you decide",
# "whatever suits you best", "op til jer", "hvad der passer jer"). Any way that will do
# for the citizen ("whatever is easiest", "hvad som helst") stays "both".
_YOU_DECIDE = re.compile(
    r"(?<!\w)(?:you|u|you guys|y'?all) (?:\w+ )?(?:decide|choose|pick)(?!\w)"
    r"|(?<!\w)(?:up to|op til) (?:you|u|jer|dig)(?!\w)"
    r"|(?<!\w)whatever (?:\w+ ){0,3}(?:suits|works for|fits|is best for|is easiest for)"
    r" (?:you|u)(?!\w)|(?<!\w)whatever you (?:\w+ )?(?:think|prefer|say|want)(?!\w)"
    r"|(?<!\w)(?:maa|kan|skal) (?:i|du) (?:\w+ )?(?:bestemme|vaelge)(?!\w)"
    r"|(?<!\w)(?:i|du) (?:\w+ )?(?:bestemmer|vaelger)(?!\w)"
    r"|(?<!\w)(?:bestem|vaelg) (?:bare|selv)(?!\w)"
    r"|(?<!\w)hvad (?:der )?(?:\w+ )?(?:passer|er bedst for|er nemmest for) (?:jer|dig)(?!\w)"
    r"|(?<!\w)hvad (?:i|du) (?:\w+ )?synes(?!\w)"
)
# Meeting OTHERS (folded text): a wish for a group, never the contact's face to face
# ("hun vil gerne møde andre der også har det", "talk to people in the same boat").
_MEET_OTHERS = re.compile(
    r"(?<!\w)(?:meet|meeting|see|talk to|talk with|be with|be around|share with|moede|mode"
    r"|moedes med|snakke med|tale med|vaere sammen med|dele med|hore|hoere)"
    r" (?:\w+ ){0,2}(?:others|other people|other (?:\w+ )?(?:parents|mums|moms|dads|people)"
    r"|people (?:like|who|that|in)|andre|nogen i samme|folk (?:der|som|i))(?!\w)"
    # With others said without a verb, as the answer itself (round 18): "sammen med andre
    # tak", "med andre folk", "with other people please", "among others is fine".
    r"|^ (?:\w+ )?(?:med|sammen med|with|together with|among|blandt) (?:\w+ )?(?:andre|others"
    r"|other people|folk|mennesker)(?!\w)"
)
_ALONE_WORDS = re.compile(
    r"(?<!\w)(?:alone|alene|one to one|en til en|individuel\w*|on (?:my|his|her|their) own"
    r"|by (?:myself|himself|herself|themselves))(?!\w)"
)
# Saying no to the adviser in a sentence of any length (folded text): the wish to take
# part answered "no", as a correction at a later question ("honestly no, I'm only doing
# this because she told me to, I don't want an adviser").
_DECLINES_ADVISER = re.compile(
    r"(?<!\w)(?:don'?t|do not|dont|doesn'?t|does not|really don'?t) (?:\w+ )?(?:want|need)"
    r" (?:an? |any )?(?:adviser|advisor|counsellor|counselor|caseworker|help from you)(?!\w)"
    r"|(?<!\w)only (?:doing|do|did|writing|here|filling) (?:\w+ ){0,2}because"
    r" (?:\w+ ){0,2}(?:told|made|wants|wanted|asked|said|signed|forced)(?!\w)"
    r"|(?<!\w)(?:vil|gider) (?:\w+ )?ikke (?:have |snakke med |tale med )?(?:en |nogen )?"
    r"(?:raadgiver|radgiver|sagsbehandler|hjaelp fra jer)(?!\w)"
    r"|(?<!\w)(?:har|behoever) (?:\w+ )?ikke (?:brug for )?(?:en |nogen )?"
    r"(?:raadgiver|radgiver)(?!\w)"
    r"|(?<!\w)(?:goer|gor|skriver|gjorde) (?:\w+ ){0,2}kun (?:\w+ ){0,2}fordi"
    r" (?:\w+ ){0,3}(?:sagde|vil|ville|bad|tvang|mente|skrev)(?!\w)"
)


def declines_adviser(text: str) -> bool:
    """A clear no to working with an adviser, said in a sentence of any length."""
    return _DECLINES_ADVISER.search(_normalise(text[:500])) is not None


# Meeting others told as what is hard (folded text, just before it): "jeg har svært ved at
# være sammen med andre", "I'm scared to meet other people": an area, no wish for a group.
_HARD_BEFORE = re.compile(
    r"(?<!\w)(?:svaert|svaer|hard|difficult|bange|afraid|scared|nervoes|nervous|toer ikke"
    r"|tor ikke|kan ikke|can'?t|cannot|struggle|struggling|hate|hader)"
    r"(?: (?:ved|med|for|to|at|til))?(?: \w+){0,2} $"
)


def meets_others(text: str) -> bool:
    """A wish to meet others (a group), not to meet us face to face."""
    clean = _normalise(text[:500])
    found = _MEET_OTHERS.search(clean)
    if found is None or _ALONE_WORDS.search(clean):
        return False
    return not _HARD_BEFORE.search(clean[: found.start()])


_FIRST_PART = re.compile(r"[,.;:!?\n]|\s(?:men|but|og|and)\s")


# One person with one helper (folded text): "only him and one helper", "bare mig og en
# støttekontakt", "just her and a carer": alone with an adviser.
_ONE_AND_ONE = re.compile(
    r"(?<!\w)(?:(?:only|just|kun|bare|blot) )?(?:me|him|her|them|mig|ham|hende|dem)"
    r" (?:and|og|with|med|\+) (?:one|a|an|en|et|én|ét|one single|en enkelt|my|min|his|her|hans"
    r"|hendes|sin) (?:\w+ )?(?:helper|hjaelper|person|adviser|advisor|raadgiver|worker"
    r"|medarbejder|voksen|carer|pedagogue|paedagog|stoettekontakt|mentor|someone|contact)"
    r"(?!\w)"
)


def parse_answer(question_id: str, text: str) -> str | list[str] | None:
    """The answer code(s) a free text gives for a question, or None when unclear."""
    code = _parse_answer(question_id, text)
    if question_id == "impact" and code == "severe" and _degree_on_a_burden(text):
        return "moderate"  # a degree on how hard it is, no word of not managing
    if question_id == "impact" and code == "moderate" and _SMALL_ON_HARD.search(text.lower()):
        # "lidt hårdt", "a bit tough at times", "slightly difficult": the small degree says how
        # hard (round 18: every writer who said it meant "A little", fresh3-13).
        small = _SMALL_ON_HARD.sub(" lidt ", _normalise(text))
        if _parse_answer(question_id, small) == "mild":
            return "mild"
    return code


def _parse_answer(question_id: str, text: str) -> str | list[str] | None:
    q = question(question_id)
    clean = _normalise(text)
    if question_id == "format" and _YOU_DECIDE.search(clean) and not _has_way(clean):
        return "dont_know"  # "det må I bestemme": the choice left to us
    if question_id == "format" and meets_others(clean):
        return "group"
    if question_id == "contact" and _MEET_OTHERS.search(clean):
        clean = _MEET_OTHERS.sub(" ", clean)  # meeting others is the format's, no way to talk
    exact = _label_match(question_id, clean)
    if exact:
        return exact if q.kind == "multi" else exact[0]
    rather = _RATHER.search(clean) if q.kind == "single" else None
    cut = rather.start("than") if rather and rather.group("than") else None
    cut = rather.start("instead") if rather and rather.group("instead") else cut
    if cut is not None and cut > 1:
        head = parse_answer(question_id, clean[:cut])
        if head is not None:
            return head
    if question_id == "impact" and _MOSTLY_WELL.search(clean):
        if _WORSENING.search(clean) or _FEAR_AHEAD.search(clean):
            return "at_risk"  # managing now, and slipping: "Not much yet", afraid of worse
        if _moderate_said(clean):
            # "she manages some things, but it's hard to make everyday work": the option's
            # own words for "Quite a lot" outweigh managing (round 19: fresh11, fresh14).
            return "moderate"
    if (
        question_id == "impact"
        and _MOSTLY_WELL.search(clean)
        and not any(_has(clean, p) for p in _STRONG)
    ):
        return "mild"
    if question_id == "impact" and _VARYING.search(clean):
        head = _normalise(_FIRST_PART.split(text.strip().lower(), maxsplit=1)[0])
        if not _VARYING.search(head):
            code = parse_answer(question_id, head)
            if code is not None:
                return code
        return "moderate"
    if question_id == "impact":
        described = _described_impact(clean)
        if described is not None:
            return described
    if question_id == "urgent":
        # "no idea", "no clue": not knowing is no "no" to being in danger.
        clean = _NO_IDEA.sub(" ", _normalise(_others_now_blanked(text)))
    if question_id == "format" and _ONE_AND_ONE.search(clean) and not _has(clean, "group"):
        return "individual"
    if question_id == "existing_support" and _ENDED.search(clean):
        since = _support_since_it_ended(text)
        if since:
            return since
    if question_id == "existing_support":
        # "he can do nothing without help", "kan ingenting selv": the nothing is what the
        # person can do (the impact), never a "no" to help already given.
        clean = _DOES_NOTHING.sub(" ", clean)
    if question_id == "motivation" and _NOT_NOW_LATER.search(clean):
        return "no"  # the option "No, not now" itself, with a later time named
    if question_id == "age":
        if _TURNS_18_LATER.search(clean):
            return "under_18"
        by_number = _age_from_number(clean)
        if by_number:
            return by_number
    spans = [
        (code, match.span())
        for code, phrases in LEXICON[question_id]
        for phrase in phrases
        for match in _find(clean, phrase)
    ]
    # A phrase inside a longer phrase that matched says nothing of its own: "ret meget" is
    # "quite a lot", not "meget" (very much).
    kept = [
        (code, (a, b))
        for code, (a, b) in spans
        if not any(c <= a and b <= d and (d - c) > (b - a) for _, (c, d) in spans)
    ]
    if question_id == "impact" and _WORSE_THAN.search(clean):
        kept = [k for k in kept if k[0] != "at_risk"] or kept
    matched = list(
        dict.fromkeys(code for code, _ in sorted(kept, key=lambda k: _order(question_id, k[0])))
    )
    if not matched:
        if question_id == "contact" and _COMES_TO_THEM.search(clean):
            return "in_person"
        if question_id == "existing_support" and _FAMILY_HELP.search(clean):
            return ["none"]  # family or friends: no help from the municipality
        if question_id in DONT_KNOW_CODES and _NOT_KNOWING.search(clean):
            code = DONT_KNOW_CODES[question_id]
            return [code] if q.kind == "multi" else code
        return None
    if question_id in _WAYS:
        matched = _way_chosen(clean, kept, matched)
        if not matched:
            return None
    if q.kind == "single":
        return matched[0]
    if "none" in matched and len(matched) > 1:
        matched.remove("none")  # "no, only the job centre" → jobcenter
    if question_id == "existing_support" and {"jobcenter", "s85"} & set(matched):
        # "a mentor from the job centre": the person's source names the help, the person
        # alone is no other help besides it.
        own = {clean[a:b] for code, (a, b) in kept if code == "other_municipal"}
        if own and own <= _HELPER_WORDS:
            matched = [c for c in matched if c != "other_municipal"]
    return [c for c in q.codes if c in matched]


# Someone coming, or sent, to where the person lives, told in any words between (folded
# text): "der kommer en ud til mig", "at I sender nogen hjem til os", "someone coming out
# to me", "send somebody round to my flat" (round 21: the home visit read as a handoff,
# fresh15; round 17's "komme her ud", fresh12's "komme hjem til ham"). A meeting in person.
# Not coming back to something ("can we come back to them tomorrow").
_COMES_TO_THEM = re.compile(
    r"(?<!\w)(?:kom|komme|kommer|sende|sender|send|sends|sent|come|comes|came|coming)"
    r"(?:\s+(?!back\b|tilbage\b)\w+){0,3}?\s+(?:(?:ud|hjem|forbi|over|herud)\s+(?:til|hos)\s+(?:mig|os|ham|hende|dem)"
    r"|(?:to|over to|round to|around to|out to|by)\s+(?:me|us|him|her|them"
    r"|(?:my|our|his|her|their)\s+(?:home|house|flat|place|apartment))"
    r"|(?:out|over|round|around|home)\s+(?:to\s+)?(?:me|us|him|her|them))(?!\w)"
)


def asks_to_be_visited(text: str) -> bool:
    """Someone asked to come, or be sent, to where the person lives ("could u send some1
    round to my flat"): at the contact question the way is a meeting in person, though the
    words ask for a person."""
    return _COMES_TO_THEM.search(_normalise(text[:500])) is not None


# Asked to be called ("kan I ringe til mig", "could u phone me"; round 21's conversations:
# at the contact question it was read as a question about phoning the municipality).
_CALLS_THEM = re.compile(
    r"(?<!\w)(?:kan|vil|maa|can|could|would|will|pls|please)\s+(?:i|de|nogen|you|u|someone"
    r"|somebody)\s+(?:(?:ikke|not|just|bare|godt|evt)\s+){0,2}(?:ringe|call|phone|ring)"
    r"\s+(?:(?:til|op til)\s+)?(?:mig|os|ham|hende|me|us|him|her)(?!\w)"
)


def asks_to_be_called(text: str) -> bool:
    """Someone asked to phone the person: at the contact question the way is the phone,
    though the words ask a question."""
    return _CALLS_THEM.search(_normalise(text[:500])) is not None


def _has_way(clean: str) -> bool:
    """A group or alone named as such (folded text), beside a "you decide"."""
    return (
        re.search(
            r"(?<!\w)(?:grupp\w*|group\w*|alone|alene|individuel\w*|one to one|en til en)"
            r"(?!\w)",
            clean,
        )
        is not None
    )


def evidence(question_id: str, text: str) -> int:
    """How much of the text speaks to the question: the length of the longest phrase of
    its word list found in it (8 for an answer read by its own rules, such as an age by a
    number or the options' descriptions). Of two questions a reply could answer, the one
    with more evidence takes it ("ikke noget fra kommunen": the support's "ikke noget",
    not the impact's "noget")."""
    if parse_answer(question_id, text) is None:
        return 0
    clean = _normalise(text)
    found = [
        len(phrase)
        for _code, phrases in LEXICON[question_id]
        for phrase in phrases
        if _has(clean, phrase)
    ]
    return max(found, default=8)


# The impact's own rules: the words they read an answer from (the options' descriptions
# said again, not managing implied, managing mostly, not yet, fear of what lies ahead).
_IMPACT_RULES = (
    _NOT_YET,
    _SEVERE_WORDS,
    _MODERATE_WORDS,
    _IMPLIED_SEVERE,
    _MOSTLY_WELL,
    _WORSENING,
    _FEAR_AHEAD,
)


def asked_evidence(question_id: str, text: str) -> int:
    """`evidence` for the question just asked. For the impact it is at least as long as the
    words its own rules read the answer from, so a shorter phrase of another question inside
    them ("kan ikke rigtig klare sig selv": the adviser's "ikke rigtig") does not take the
    reply away from the question asked (round 19)."""
    found = evidence(question_id, text)
    if question_id != "impact" or not found:
        return found
    clean = _normalise(text)
    return max([found, *(len(m.group()) for rule in _IMPACT_RULES for m in rule.finditer(clean))])


# Questions whose short answers are distinct enough to correct by a word or two after the
# question was asked ("nej vent, meget", "actually in a group").
CORRECTABLE = ("impact", "format", "contact", "motivation")
_LEADING_NO = re.compile(r"^\W*(nej|no|nope|nah)\b\W*", re.IGNORECASE)


# An age corrected by a number alone at the end of a short correction ("sorry typo i mean
# 27!!", "undskyld, 17", "nej vent jeg er 17 ikke 71" reads its last number): at most six
# other words, none of them a unit that makes the number a time, an amount or a count.
_AGE_AT_END = re.compile(r"(?<![\w.,])(\d{1,2})(?:\s*(?:år|aar|years?(?: old)?|yo))?\W*$")
_NOT_AN_AGE = re.compile(
    r"(?<!\w)(?:kr|kroner|dkk|gange|times|timer|hours?|dage|days?|uger|weeks?|måneder|maaneder"
    r"|months?|minutter|minutes?|kl|klokken|(?<!ved )siden|ago|procent|percent|stk|nr|side"
    r"|page)(?!\w)"
)


# A number right after the word that says it is the one meant (round 10): "oops meant 61,
# my fingers are too big", "jeg mente 34 ikke 43", "should have been 52": the age, wherever
# in the message it stands.
_MEANT_AGE = re.compile(
    r"(?<!\w)(?:meant|mean|mente|mener|should be|should have been|skulle vaere"
    r"|skulle have vaeret|skulle vaere)\s+(?:to (?:say|write|type)\s+|at skrive\s+)?"
    r"(\d{1,2})(?![\d.,]\d)(?!\s*(?:k|kr|kroner|dkk|%|procent|percent)\b)"
)


def _age_correction(text: str) -> str | None:
    clean = _normalise(text[:200]).strip()
    meant_age = _MEANT_AGE.search(clean)
    if meant_age is not None and int(meant_age.group(1)):
        return "18_or_over" if int(meant_age.group(1)) >= 18 else "under_18"
    meant = _AGE_NOT_AGE.search(clean)
    if meant is not None and not _NOT_AN_AGE.search(clean) and len(clean.split()) <= 9:
        years = int(meant.group(1))
        return ("18_or_over" if years >= 18 else "under_18") if years else None
    found = _AGE_AT_END.search(clean)
    if found is None or _NOT_AN_AGE.search(clean) or len(clean.split()) > 7:
        return None
    years = int(found.group(1))
    if years == 0:
        return None
    return "18_or_over" if years >= 18 else "under_18"


# A mind changed in words, with no "nej vent" before it (folded text): "on second
# thought", "after all", "changed my mind", "alligevel", "har fortrudt", "typo", "oops".
CHANGED_MIND = re.compile(
    r"(?<!\w)(?:on second thoughts?|after all|changed? my mind|thinking about it again"
    r"|alligevel|har fortrudt|fortryder|har skiftet mening|kommet i tanke om|typo|oops|ups"
    r"|tastefejl|slaafejl|skrev forkert|wrote it wrong|made a mistake|my mistake|i meant|meant"
    r"|jeg mente|change (?:my|an|the|that) answer|changed? my answer|update my answer"
    r"|(?:aendre|rette|skifte) (?:mit|et|det|dit) svar|(?:aendre|rette) svaret"
    r"|ombestemt mig|skiftet mening)(?!\w)"
)
# In a correction the last way named after a contrast is the one meant: "jeg skrev en del,
# men det er nok mere lidt", "I said a lot but it is rather a little".
_CONTRAST = re.compile(
    r"(?<!\w)(?:men|but|mere|more like|rather|snarere|hellere|actually|faktisk|nok nærmere"
    r"|not|ikke)(?!\w)"
)
# "19 not 17", "27 ikke 72": the first number is the one meant.
_AGE_NOT_AGE = re.compile(
    r"(?<![\w.,])(\d{1,2})\s*(?:,\s*)?(?:not|ikke|instead of|i stedet for)\s+\d{1,2}(?!\d)"
)


def _after_contrast(qid: str, words: str):
    """The answer named after the last contrast word, when there is one."""
    clean = _normalise(words)
    last = None
    for found in _CONTRAST.finditer(clean):
        if found.group(0) not in ("not", "ikke"):
            last = found
    if last is None:
        return None
    return parse_answer(qid, clean[last.end() :])


def corrected_answer(question_id: str, text: str):
    """The answer a correction means: the one named after its last contrast word ("I said
    quite a lot, but it is more like a little"), else the one its words name."""
    return _after_contrast(question_id, text) or parse_answer(question_id, text)


# The impact said again relative to the answer given (folded text): "det er værre end jeg
# skrev", "worse than I said", "sorry I think more" one step up; "not that bad after all",
# "mindre end jeg skrev", "I exaggerated" one step down (round 18).
_MORE_THAN_SAID = re.compile(
    r"(?<!\w)(?:(?:vaerre|mere|svaerere|tungere|haardere|stoerre|worse|more|harder|heavier"
    r"|bigger|tougher) (?:end|than) (?:(?:jeg|a|vi|han|hun|i|we|he|she|it|det) )?(?:\w+ )?"
    r"(?:sagde|skrev|svarede|troede|satte|sagt|skrevet|said|wrote|put|answered|told|thought"
    r"|made it sound|let on|that)"
    r"|(?:i|jeg|a) (?:think|tror) (?:it'?s |its |it is |det er |det )?(?:more|mere|worse|vaerre)"
    r"|underdrev|understated|played it down)(?!\w)"
)
_LESS_THAN_SAID = re.compile(
    r"(?<!\w)(?:(?:not|ikke|ik|isn'?t|er ikke|er ik) (?:that|so|as|saa|helt saa|quite that)"
    r" (?:bad|slemt|galt|hard|svaert|serious|alvorligt)(?: \w+)? (?:after all|alligevel"
    r"|som jeg (?:sagde|skrev)|as i (?:said|wrote|made it sound|put it))"
    r"|(?:bedre|mindre|better|less|not as bad) (?:end|than|as) (?:(?:jeg|a|vi|i|we) )?(?:\w+ )?"
    r"(?:sagde|skrev|svarede|said|wrote|made it sound|put|answered)"
    r"|(?:i|jeg|a) (?:exaggerated|overdrev|overdrog)|overdrevet|exaggerating)(?!\w)"
)
IMPACT_STEPS = ("at_risk", "mild", "moderate", "severe")


def stepped_impact(text: str, given: str | None) -> str | None:
    """The impact one step up or down from the one given, when the words say it relative
    to what was said ("det er værre end jeg skrev", "not that bad after all"); the
    options' own descriptions said in it win ("worse than I said, she can't manage
    without help" is Very much; "I exaggerated, I manage most things" A little). None
    when no step is said or nothing was given."""
    if given not in IMPACT_STEPS:
        return None
    clean = _normalise(text[:500])
    up = _MORE_THAN_SAID.search(clean) is not None
    down = _LESS_THAN_SAID.search(clean) is not None
    if up == down:
        return None
    # "I exaggerated. I manage most things, it's just ...": the option "A little" in words.
    echoed = _echoed(clean) or ("mild" if manages_mostly(text) else None)
    at = IMPACT_STEPS.index(given)
    if echoed in IMPACT_STEPS and (IMPACT_STEPS.index(echoed) > at) == up:
        return echoed if echoed != given else None
    step = min(at + 1, 3) if up else max(at - 1, 0)
    return IMPACT_STEPS[step] if step != at else None


def correction_of(text: str, answers: dict) -> dict[str, str]:
    """A short correction of one earlier answer ("nej vent, jeg mener meget" → impact
    severe, "sorry typo I mean 27" → 18 or over): the one answered question among
    CORRECTABLE (and the age, by a number at the end) whose answer the words change. Empty
    when none, or when more than one would change (unclear: ask instead)."""
    words = _LEADING_NO.sub("", text[:300])
    changed = {}
    for qid in CORRECTABLE:
        if answers.get(qid) in (None, [], ()):
            continue  # not answered: nothing to correct ("... this phone" is no way)
        code = _after_contrast(qid, words) or parse_answer(qid, words)
        if qid == "impact":
            code = stepped_impact(words, answers[qid]) or code
        if isinstance(code, str) and code != answers[qid]:
            changed[qid] = code
    if answers.get("age"):
        age = _age_correction(words)
        if age is not None and age != answers["age"]:
            changed["age"] = age
    return changed if len(changed) == 1 else {}


# -- areas taken out by pointing or by a word that drops them ------------------------------
# A word that takes an area out (folded text): "glem det med gælden", "forget the money
# part", "drop the post", "det kan du slette", "posten har min søster styr på nu", "that's
# sorted now". Plain "ikke"/"not" is the understanding's (it reads negated areas itself).
# Someone close, named as the one who already does a thing ("posten ordner min nabo").
_CLOSE = (
    r"(?:datter|soen|son|kone|mand|kaereste|mor|far|bror|soester|nabo|naboer|ven|veninde"
    r"|svigermor|svigerfar|svigerdatter|svigersoen|nevoe|niece|barnebarn|familie|sambo)"
)
_DROP = (
    r"(?:glem|glemme|glemmer|forget|drop|droppe|dropper|fjern|fjerne|remove|slet|slette|delete"
    r"|skip|spring\w* \w+ ?over|se bort fra|ignore|ignorer|stryg|cross out|scratch|take out"
    r"|tag \w+ ud|never mind|ikke relevant|not relevant|not needed|no longer needed"
    r"|har (?:\w+ ){0,2}styr paa|is sorted|sorted out|sorted now|is handled|taken care of"
    # Done by someone else already (round 10): "my gf sorted it", "min søster ordnede det".
    r"|sorted (?:it|that|them)|fixed (?:it|that)|ordnede (?:det|dem)|har ordnet (?:det|dem)"
    r"|is fine now|er fint nu|er i orden nu|er paa plads nu"
    # Settled, by someone named or by time (round 11): "det med kommunen har min moster
    # ordnet", "the boss problem is finish", "the lonely part isn't a problem any more".
    r"|har (?!ikke)(?:\w+ ){1,3}(?:ordnet|klaret|fikset|fixet|loest|styr paa)"
    r"|(?:is|er|are) (?:now |nu )?(?:finish|finished|over|done|slut|ovre|loest|resolved|gone)"
    r"(?! (?:by|af|med|for|with)(?!\w))"
    r"|(?:isn'?t|is not|er ikke|ikke) (?:a |et )?problem (?:any ?more|now|mere|laengere)"
    # Not what it is about (round 13): "brevene er ikke problemet", "the gym isn't the
    # important bit", "det er ikke det vigtige".
    r"|(?:isn'?t|is not|er ikke|not) (?:really |egentlig |rigtig )?(?:(?:the|det|den) )?"
    r"(?:\w+ )?(?:problem|problemet|issue|vigtige|vigtigste|important (?:bit|part|thing)"
    r"|main thing|main problem|store problem|point)"
    r"|tager sig af|klarer \w+ selv|ikke brug for hjaelp til|don'?t need help with"
    r"|no help needed with"
    # Someone close already helps with it: "brevene hjælper min datter mig med", "min søn
    # hjælper mig med posten", "my sister helps me with the bills", "my son does that".
    r"|hjaelper (?:min|mit) \w+ (?:mig|os) med|(?:min|mit) \w+ (?:\w+ )?hjaelper (?:mig|os) med"
    r"|(?:min|mit) \w+ (?:\w+ )?(?:ordner|klarer|tager sig af) (?:det|dem|den)"
    r"|(?:ordner|tager) (?:min|mit) " + _CLOSE + r"(?: sig af)?"
    r"|my \w+ (?:\w+ )?(?:helps|helped|is helping) (?:me|us) with"
    r"|my \w+ (?:\w+ )?(?:does|handles|sorts|takes care of) (?:that|those|it|them))"
)
_DROP_WORD = re.compile(r"(?<!\w)" + _DROP + r"(?!\w)")
# "the last one", "det sidste", "the first", "den første": an area said back, by place.
_POINTER = re.compile(
    r"(?<!\w)(?:(?:det|den|the|that|this) )?(?P<where>sidste|last|latter|foerste|first|former)"
    r"(?: (?:one|del|punkt|ting|part|item|thing|omraade|area|of them|af dem))?(?!\w)"
    # A time is no place in the say-back (round 10): "my gf sorted it last weekend",
    # "first thing in the morning", "sidste uge", "første gang".
    r"(?! (?:weekend|week|weeks|month|months|year|years|night|time|times|summer|winter"
    r"|spring|autumn|day|days|thing in|uge|uger|maaned|maaneder|aar|nat|gang|sommer|vinter"
    r"|foraar|efteraar|dag|dage|weekend)(?!\w))"
)
_POINT_NO = re.compile(
    r"(?<!\w)(?:ikke|ik|not|no|nej|nope|undtagen|except|uden|without|minus|wrong|forkert"
    r"|forkerte|isn'?t|doesn'?t|can go|kan gaa|kan udgaa)(?!\w)"
)
_CLAUSES = re.compile(r"[,.;:!?\n]|\s(?:men|but|og|and)\s")
# The one area meant: "det er kun gælden, jeg skal have hjælp til", "only need help with".
_ONLY_WORD = re.compile(r"(?<!\w)(?:kun|only|just|bare|blot)(?!\w)")
_NEED_WORD = re.compile(
    r"(?<!\w)(?:hjaelp|help|brug for|need|want|vil gerne|would like|skal have|support)(?!\w)"
)


def pointed_areas(text: str, areas: list[str] | tuple[str, ...]) -> list[str]:
    """The areas of `areas` (in the order said back) a message takes out by pointing at
    their place: "nej, ikke det sidste", "the first one is wrong, drop it"."""
    if not areas:
        return []
    removed = []
    for clause in map(_normalise, _CLAUSES.split(text[:300].lower())):
        pointer = _POINTER.search(clause)
        if pointer is None or not (_POINT_NO.search(clause) or _DROP_WORD.search(clause)):
            continue
        where = pointer.group("where")
        code = areas[-1] if where in ("sidste", "last", "latter") else areas[0]
        if code not in removed:
            removed.append(code)
    return removed


def dropping_clauses(text: str) -> list[str]:
    """The clauses of a message that take something out by a word ("forget the money
    part", "posten har min søster styr på nu"), without that word."""
    found = []
    for clause in map(_normalise, _CLAUSES.split(text[:500].lower())):
        if _DROP_WORD.search(clause):
            found.append(_DROP_WORD.sub(" ", clause))
    return found


def only_clause(text: str) -> tuple[str, bool] | None:
    """The clause that says "only" ("det er kun gælden jeg skal bruge hjælp til") and
    whether it speaks of help or a need; None when no clause says it."""
    for clause in map(_normalise, _CLAUSES.split(text[:500].lower())):
        if _ONLY_WORD.search(clause):
            return clause, bool(_NEED_WORD.search(clause))
    return None


# An area named by whom or what it is about, not by its own words (round 11): "det med
# kommunen", "the boss problem", "the lonely bit". Read only in a clause that drops or
# settles something, and only for areas already noted.
_INDIRECT = (
    (
        re.compile(
            r"(?<!\w)(?:kommunen?|council|municipality|e-?boks|skat|tax office|breve\w*"
            r"|letters?|papers?|papirer\w*|myndighed\w*|authorit\w*)(?!\w)"
        ),
        ("mail_and_authorities",),
    ),
    (
        re.compile(r"(?<!\w)(?:boss|chef\w*|colleagues?|kolleg\w*|job\w*|work|arbejde\w*)(?!\w)"),
        ("conflicts", "work_or_education"),
    ),
    (re.compile(r"(?<!\w)(?:lonely|loneliness|ensom\w*|alene)(?!\w)"), ("social_contact",)),
    (
        # A pastime by its name (round 13): "gymnastikken", "the football", "klubben".
        re.compile(
            r"(?<!\w)(?:gymnastik\w*|gym|sport\w*|fodbold\w*|football|hobby\w*|hobbies"
            r"|klub\w*|club\w*|svoemning\w*|swimming|bowls|cricket|kor\w*|choir)(?!\w)"
        ),
        ("activities",),
    ),
    (
        re.compile(
            r"(?<!\w)(?:neighbou?rs?|nabo\w*|landlord|udlejer\w*|fights?|arguing|skaend\w*"
            r"|uvenner|quarrel\w*)(?!\w)"
        ),
        ("conflicts",),
    ),
    (
        re.compile(r"(?<!\w)(?:money|penge\w*|bills?|regning\w*|budget\w*)(?!\w)"),
        ("daily_finances", "debt"),
    ),
)


def indirect_areas(clause: str) -> list[str]:
    """The areas a (folded) clause names indirectly, by whom or what it is about."""
    return [c for pattern, codes in _INDIRECT if pattern.search(clause) for c in codes]


def dropped_areas(text: str, areas: list[str]) -> list[str]:
    """The areas of `areas` a message takes out, by pointing or by a dropping word."""
    from portal.screening.understanding import understand

    gone = pointed_areas(text, areas)
    for clause in dropping_clauses(text):
        named = [*understand(clause).areas]
        if not named:  # named by its own words: never by a neighbour's indirect name
            named += indirect_areas(clause)
        gone += [c for c in dict.fromkeys(named) if c in areas and c not in gone]
    return gone


def refused_ways(question_id: str, text: str) -> bool:
    """The format or contact answer names ways, and every one is said no to ("ikke
    telefon, og heller ikke video", "he hates the phone"): none may be recorded."""
    if question_id not in _WAYS or parse_answer(question_id, text) is not None:
        return False
    clean = _normalise(text[:500])
    return any(_has(clean, p) for _code, phrases in LEXICON[question_id] for p in phrases)


# The person a check is answered for, as the outcome speaks of them (folded text): a
# relative's word first ("min søn", "my sister"; not the writer's own "mor til", "father
# of"), else the first he or she of the message.
_HE_WORDS = re.compile(
    r"(?<!\w)(?:soen|soenner|bror|lillebror|storebror|far|fars|mand|kaereste|morfar|farfar"
    r"|onkel|nevoe|fyr|son|brother|dad|father|husband|boyfriend|grandpa|grandfather|uncle"
    r"|nephew|dreng|boy)(?!\w)(?! til )(?! of )"
)
_SHE_WORDS = re.compile(
    r"(?<!\w)(?:datter|doetre|soester|lillesoester|storesoester|mor|mors|kone|hustru|moster"
    r"|faster|mormor|farmor|niece|pige|daughter|sister|mum|mom|mother|wife|girlfriend"
    r"|grandma|grandmother|aunt|girl)(?!\w)(?! til )(?! of )"
)
_HE = re.compile(r"(?<!\w)(?:han|ham|hans|he|him|his|he's|hes)(?!\w)")
_SHE = re.compile(r"(?<!\w)(?:hun|hende|hendes|she|her|hers|she's|shes)(?!\w)")


def whom_written_for(text: str) -> str:
    """ "he", "she" or "they": how to speak of the person a check is answered for."""
    clean = _normalise(text[:2000])
    found = []
    for pattern, who in ((_HE_WORDS, "he"), (_SHE_WORDS, "she"), (_HE, "he"), (_SHE, "she")):
        match = pattern.search(clean)
        if match:
            found.append((pattern in (_HE, _SHE), match.start(), who))
    return min(found)[2] if found else "they"


# The answer said first, then its reasons ("det fylder en del, jeg skubber alt foran mig",
# "quite a bit, she gets by but everything takes ages"): the words after it tell why, and a
# looser reading of them (a strong word, "gets by") must not replace the answer the citizen
# gave to the question asked. A stance turned round after it ("nej tror ikke.. eller jo, det
# vil jeg gerne", "no, well actually yes") is the answer: the last one said.
# Only a stop or a comma ends the answer: after "but"/"men" comes what turns it ("not much
# but it is getting worse" is "Not much yet"), no reason.
# A clause that ends in "?" is no answer given ("i dont think so? maybe?").
_FIRST_CLAUSE = re.compile(r"^([^,.;:!?\n]+?)\s*[,.;:!\n]+(.+)$", re.S)
_TURNS_IT = re.compile(r"^\W*(?:but|men|though|however|ellers|alligevel|still|yet)(?!\w)")
_TURNED = re.compile(
    # An acknowledgement may come before the turn ("ok actually yes", "naa jo", "okay
    # faktisk ja"; round 20's dialogue pass).
    r"^\W*(?:(?:ok|okay|okey|okej|oki|hmm+|well|nå|naa|so|så)\W+)?"
    r"(?:eller jo|eller ja|eller nej|jo|or yes|or maybe|well actually|actually|faktisk|hmm+ ja"
    r"|hmm+ yes|hov|wait|vent"
    # A "no" that turns the answer before it ("yes.. no actually, not now", "en del.. nej
    # faktisk meget"), and "or actually" (round 21's conversations: read as the first answer).
    r"|(?:no|nej|nope|nah|naa)\W+(?:actually|faktisk)|(?:or|eller) (?:actually|faktisk))(?!\w)"
)
_STANCE_QUESTIONS = frozenset({"impact", "motivation"})
# The degree just said taken back right after it ("a lot. well, not a lot really, ...",
# "meget. nej, det er for meget sagt, det går trods alt"; round 21's conversations, one
# writer each): the words after it are the answer, not the degree taken back.
_DEGREE_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:no|nej|well|naa|nå|hmm+|ok|okay)\W+)*(?:"
    r"(?:not|ikke|ik) (?:really |that |so |saa |så |rigtig |helt )?"
    r"(?:a lot|much|that much|bad|that bad|so bad|severe|meget|slemt|galt|alvorligt)"
    r"|(?:det er |that'?s |thats |it'?s |its )?(?:nok )?(?:for meget sagt|too much to say"
    r"|overdrevet|overdriver|an exaggeration|exaggerating))(?!\w)"
)
_STANCE_WORDS_MAX = 5


def turned_stance(question_id: str, text: str) -> str | None:
    """The answer after the last clause that turns the stance round ("nej.. eller jo, det
    vil jeg gerne": yes), at the impact and motivation questions; None without one."""
    if question_id not in _STANCE_QUESTIONS:
        return None
    clauses = [c for c in re.split(r"[,.;:!\n]+", text[:500].lower()) if c.strip()]
    turned = [i for i, c in enumerate(clauses) if i and _TURNED.match(_normalise(c).strip())]
    if not turned:
        return None
    return parse_answer(question_id, " . ".join(clauses[turned[-1] :]))


# A way taken back in the same reply (folded clause start, round 16): "phone. actually no,
# I'd rather see someone", "gruppe. nej vent, hellere alene", "video. no wait, phone".
_WAY_TAKEN_BACK = re.compile(
    r"^\W*(?:actually no|no actually|actually|no wait|wait no|wait|on second thought"
    r"|nej forresten|nej vent|vent nej|nej hov|vent|hov|eller nej|nej hellere|hellere"
    # "phone. or actually, better face to face" (round 21's conversations kept the phone).
    r"|or actually|eller faktisk"
    # The way struck out in words ("no scratch that", "nej glem det"; round 20's dialogue
    # pass: the struck-out way had stood).
    r"|(?:no |nej )?(?:scratch that|strike that|forget that|forget it|glem det(?: der)?)"
    # A bare no as its own clause between two ways: "group.. no, both then", "alene, nej,
    # begge dele" (round 19's dialogue pass: its "no" had turned the adviser to "No").
    r"|(?:no|nej|nope|nah|naa)\W*$)(?!\w)"
)


# A reply that opens by taking back what was just answered ("wait no, one on one actually",
# "nej vent, hellere alene med en", "hov nej, video"): the way named after it is the one
# meant, also when the question asked is the next one (round 21: fresh15, and the way taken
# back at a later question in fresh11-13). A bare "no" or "hellere" opening a reply is an
# answer, not such a turn.
_OPENS_TAKING_BACK = re.compile(
    r"^\W*(?:(?:oh|ah|aah|hmm|sorry|undskyld|oops|ups)\W+)?(?:no wait|wait no|wait|actually no"
    r"|no actually|nej vent|vent nej|vent|hov nej|nej hov|hov|nej forresten|sorry no"
    r"|undskyld nej|(?:no |nej )?(?:scratch that|strike that|forget that|glem det(?: der)?))\W*$"
)


def _way_taken_back(question_id: str, text: str) -> str | None:
    clauses = [c for c in re.split(r"[,.;:!\n]+", text[:500].lower()) if c.strip()]
    back = [
        i
        for i, c in enumerate(clauses)
        if (_WAY_TAKEN_BACK if i else _OPENS_TAKING_BACK).match(_normalise(c).strip())
    ]
    if not back:
        return None
    # The turn word itself goes: its "no" is no refusal of the way named after it ("group,
    # actually no, on my own" is alone; round 17 had read it as no way at all).
    turn = _WAY_TAKEN_BACK if back[-1] else _OPENS_TAKING_BACK
    after = [turn.sub(" ", _normalise(clauses[back[-1]])), *clauses[back[-1] + 1 :]]
    code = parse_answer(question_id, " . ".join(after))
    struck = parse_answer(question_id, " . ".join(clauses[: back[-1]])) if back[-1] else None
    if code == struck:
        # The way struck out named again as the reason ("phone. no scratch that, he can't
        # hear on the phone, in person"; round 22): the other way named after it.
        others = [parse_answer(question_id, c) for c in after]
        others = [c for c in others if isinstance(c, str) and c not in ("dont_know", struck)]
        code = others[-1] if others else code
    return code if isinstance(code, str) and code != "dont_know" else None


def ways_taken_back(text: str) -> dict[str, str]:
    """Each way (format, contact) named and then taken back for another in the reply, as
    its last way, whichever question the reply answers ("alone. phone is fine, actually no,
    video": the contact is video at the format question too; round 19)."""
    found = {qid: _way_taken_back(qid, text) for qid in _WAYS}
    return {qid: code for qid, code in found.items() if code is not None}


def first_stance(question_id: str, text: str) -> str | list[str] | None:
    """parse_answer, with the short answer of the first clause kept over the reasons after
    it at the impact and motivation questions (or the stance it turns round to); at the
    format and contact questions a way taken back later in the reply gives the last way."""
    whole = parse_answer(question_id, text)
    if question_id in _WAYS:
        return _way_taken_back(question_id, text) or whole
    if question_id not in _STANCE_QUESTIONS:
        return whole
    turned = turned_stance(question_id, text)
    if turned is not None:
        return turned
    match = _FIRST_CLAUSE.match(text[:500].lower().strip())
    if not match or len(match[1].split()) > _STANCE_WORDS_MAX:
        return whole
    first, rest = match[1], match[2]
    lead = parse_answer(question_id, first)
    if lead is None:
        return whole
    if question_id == "impact" and lead == "severe" and whole == "moderate":
        return whole  # "det fylder meget, jeg orker ingenting": a degree, then how it weighs
    if _TURNS_IT.match(rest):
        return whole  # "jeg klarer mig, men jeg glider": the turn is the answer's half
    taken_back = _DEGREE_TAKEN_BACK.match(_normalise(rest)) if question_id == "impact" else None
    if taken_back:
        # Its own words go: "for meget sagt" is no "meget".
        return parse_answer(question_id, _normalise(rest)[taken_back.end() :]) or whole
    if question_id == "impact" and echoed_impact(rest):
        return whole  # the options' own words said after it are the surer reading
    return lead


# Help that has ended is no help now ("rehab through the kommune, but it ended in August, so
# nothing now", "hjemmeplejen stoppede i sidste måned"): only what is said after the last
# word that ends it counts, and nothing after it is "No".
_ENDED = re.compile(
    r"(?<!\w)(?:stoppede|stoppet|sluttede|ophoerte|ophoert|er slut|var slut|ended|has ended"
    r"|stopped|finished|ran out|no longer|not any ?more|ikke (?:laengere|mere)"
    # "he had a support worker before but not now", "havde en før, men ikke nu" (round 21's
    # conversations: the help named before was kept).
    r"|not now|ikke nu)(?!\w)"
)
_SUPPORT_CLAUSES = re.compile(r"[,.;:!?\n]|\s(?:but|men|so|saa|så|and|og)\s", re.I)


def _support_since_it_ended(text: str) -> list[str] | None:
    """The help now when the text says a help named before has ended; None when no help is
    named before the word that ends it ("naboen er flyttet, så det er slut")."""
    clauses = [c for c in _SUPPORT_CLAUSES.split(text[:500]) if c and c.strip()]
    last = max(i for i, c in enumerate(clauses) if _ENDED.search(_normalise(c)))
    before = _ENDED.sub(" ", _normalise(" . ".join(clauses[: last + 1])))
    if (parse_answer("existing_support", before) or ["none"]) == ["none"]:
        return None
    after = " . ".join(clauses[last + 1 :])
    return (parse_answer("existing_support", after) if after.strip() else None) or ["none"]


# A no to taking part said as a wish or a belief turned down (round 15): "I dont think I
# want to", "he doesn't really want that", "think I'll pass", "I think not at present",
# "det tror jeg ikke jeg orker", "hun gider ikke", "har ikke lyst" (folded text). Read only
# where the motivation question is asked: elsewhere the same words speak of other things.
_DECLINED_WISH = re.compile(
    r"(?<!\w)(?:"
    r"(?:don'?t|do not|doesn'?t|does not|didn'?t|won'?t|wouldn'?t|would not)\s+"
    r"(?:really\s+|think\s+(?:i|she|he|they|we)\s+(?:really\s+)?)?"
    r"(?:wants?|wanna|feel like|fancy|needs?|care for)"
    r"|(?:don'?t|do not|doesn'?t) think so|i think not|think not|(?:i'?ll|i will|ill) pass"
    r"|not (?:at|for) (?:present|the moment|the time being|this time)"
    r"|not (?:really )?(?:my|his|her|their) (?:thing|cup of tea)"
    # A softener may stand between the "not" and what is turned down (round 22: "tror ik
    # lige det er noget for mig", "vil helst ikke", "don't really think it's for me").
    r"|tror (?:ikke|ik|ikk) (?:(?:lige|rigtig|helt|egentlig) )?(?:jeg|hun|han|de|vi|at|det)"
    r"|tror (?:jeg|hun|han|de) (?:ikke|ik|ikk)"
    r"|(?:don'?t|do not|doesn'?t|does not) (?:really )?think (?:it'?s|its|it is|this is|that'?s)"
    r" (?:really )?(?:for (?:me|him|her|them)|(?:my|his|her|their) thing)"
    r"|(?:orker|gider|magter|kan overskue) (?:jeg |hun |han |de |vi )?(?:ikke|ik|ikk)"
    r"|(?:har|haver) (?:ikke|ik|ikk|ingen) (?:rigtig )?lyst|(?:ikke|ik|ikk) lige (?:mig|noget for)"
    r"|(?:jeg|hun|han|de|vi) vil (?:(?:helst|egentlig|nok|bare) )?(?:ikke|ik|ikk)"
    r"(?! (?:i|have|være|vaere) )"
    r")(?!\w)"
)
# Words after the turned-down wish that turn it round again ("I don't really want to, but
# I will try", "gider ikke, men jeg prøver").
_LEADING_YES = re.compile(r"^\s*(?:ja|jo|jep|yes|yeah|yep|yup|sure|gerne)(?!\w)")
_TURNED_AFTER = re.compile(r"(?<!\w)(?:but|men|though|alligevel|anyway|eller jo|or yes)(?!\w)")


# "Egentlig ikke." as the whole first clause is "not really" (round 22); inside a clause it
# is any "not" ("brevene er egentlig ikke problemet").
_NOT_REALLY = re.compile(r"^ (?:(?:nej|naa|nah) )?(?:egentlig (?:ikke|ik|ikk)|ikke egentlig) $")


def declines_taking_part(text: str) -> bool:
    """A reply to "do you want to work on it with an adviser?" that turns the wish down
    in other words than the options' (not unsure, not turned round after)."""
    clean = _normalise(text[:300])
    found = _DECLINED_WISH.search(clean)
    end = found.end() if found else None
    if end is None and _NOT_REALLY.match(_normalise(re.split(r"[,.;:!?\n]", text, maxsplit=1)[0])):
        end = 0  # "egentlig ikke, ..." (what follows may still turn it round)
    if end is None or _TURNED_AFTER.search(clean[end:]):
        return False
    if _LEADING_YES.match(clean):
        return False  # "yes, I don't want to be alone with it": a yes and its reason
    return parse_answer("motivation", text[:300]) != "unsure"
