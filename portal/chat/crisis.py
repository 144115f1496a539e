"""The crisis safety layer: checked on every chat message before anything else (DESIGN.md § 8).

A missed crisis is the worst harm the chatbot can do; a false alarm on a lonely or sad
person is harmful too (loneliness is one of the offer's own areas). So the check is a set
of small, named rules for *kinds* of message, not a list of sentences, and every decision
can be explained (`CrisisCheck.rule`, `CrisisCheck.corrected`). Pure Python, no Flask.

Levels
  crisis   show the emergency contacts at once (112, Livslinien, psychiatric emergency).
  concern  unsure or less acute: ask gently ("Are you in danger right now?") AND show the
           emergency contacts.
  none     go on with the conversation.

Categories (Danish and English, direct and indirect; the full table is in bot/README.md)
  suicidal           suicide words, wishes to die or not to live, "rather be dead", taking
                     one's (or someone else's) life, killing/hanging/drowning oneself,
                     overdose, "hope I don't wake up", escaping or sleeping forever.
  suicidal_indirect  being a burden ("alle ville have det bedre uden mig", "everyone would
                     be better off without me"), no reason to live / wake up / go on, "why
                     should I live", pills collected, saved or taken in quantity, poison, a
                     method ready, a bridge / an edge / rails / a train / a balcony, driving
                     off an edge, goodbye letters, giving belongings away, affairs in order,
                     "when I'm gone", "I won't be here next week / til jul", "this is my
                     last message"; concern: "nobody would miss me", "I want to disappear".
                     Second round (issue 10): letters "in case", goodbye "for good", things
                     given away "I won't need", a will "just in case", the home cleaned "so
                     nobody has to", heights / lethal doses / how long / painless ways, a
                     rope or counted pills kept somewhere, the engine running in the garage.
  self_harm          cutting, burning, scratching, tearing, hitting oneself, selvskade,
                     bleeding, "I can't stop cutting".
  violence           a partner or family member who hits, kicks, chokes, pushes, bruises,
                     threatens harm, abuses; rape, sexual assault, unwanted touching;
                     coercive control (locks me in, takes my phone); "violent towards us".
  unsafe_now         fear for one's life or safety now, not safe at home, someone outside the
                     door, hiding, "i fare" / "in danger"; concern: afraid of him, followed.
  homeless_tonight   nowhere to sleep or stay tonight, thrown out, sleeping on the street, in
                     a car, a stairwell or a tent, homeless; concern: evicted, sofa surfing.
  psychiatric        voices or visions that command harm, fear of harming one's child or
                     others, urges to kill; concern: hearing voices, seeing things, psychosis.
  despair            (concern) "jeg kan ikke mere", "jeg orker ikke mere", "I can't go on",
                     "I give up on everything", hopeless, no way out, "nothing will ever get
                     better", tired of life, broken, life without meaning, "noget dumt".
  urgent_help        (concern) "jeg har brug for hjælp nu", "det er akut", "I need help right
                     now", "this is an emergency", "call me now", "jeg er i krise", "hjælp
                     mig" on its own.

Negation: a crisis rule preceded in its clause (up to three words) by a negation ("jeg har
*ikke* selvmordstanker", "I am *not* suicidal", "I would *never* kill myself") gives
`concern`, not `none`: people who bring the subject up to deny it may still be at risk,
and a gentle question with the numbers costs little. A negated `concern` rule ("det er
ikke akut") gives `none`. Negations that are part of a rule ("vil ikke leve mere") count
as the rule.

Harmless guards (removed from the text before the rules run, or excluded by construction)
  games      "slog mig i skak", "beat me at cards", "thrashed us at darts".
  media      a film, book, article, the news or school work *about* a subject; the guard
             stops at words that bring the writer back in ("og", "and", "jeg", "me").
  near words "tired of living in a small flat", "no way out of the car park", voices
             through the wall, a rope for a boat, "leve mere selvstændigt".
  idioms     "det slår mig", "slår mig ned", "keder mig ihjel", "griner mig ihjel", "dør af
             grin", "død af sult", "det tager livet af mig at vente", "skød mig selv i
             foden", "shot myself in the foot", "beat myself up", "hurt myself playing",
             "cut myself shaving", "can you help me", "in an emergency", "hvis det er akut".
  by construction: violence needs a person and "me" ("det slår mig" / "it hit me" are
             not a person; "slår græsset", "killing time", "kill the process", "I could
             murder a pizza", "dead tired", "dødtræt", "abuse of power", "a violent film",
             "slået op med kæresten", "voldsomt" match no rule); "leve" needs "ikke ... mere/
             længere" ("leve et mere selvstændigt liv", "live more independently" do not
             match); loneliness, sadness and money worries ("jeg er ensom", "jeg har ingen
             venner", "jeg er ked af det", "de truer med at lukke for strømmen") are not
             crisis categories; "smidt ud af skolen/kurset" is not homelessness.

Spelling: æ/ø/å and their spellings ae/oe/aa or a/o/e are one letter to every rule; any
letter may be doubled ("selvmoord", "kiill"); texting forms are words ("ikk", "tonite");
words one edit away (two for long words) from a key crisis word or from a word the rules
use are corrected first with rapidfuzz (OSA distance: "selvmor", "slevmord", "suicde",
"myslef", "kaerste", "nowere"). Rules allow a filler word ("slå mig sleb ihjel").
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

CRISIS = "crisis"
CONCERN = "concern"
NONE = "none"
MODEL = "model"  # the category of a concern raised by the learned net alone
_log = logging.getLogger(__name__)
_RANK = {NONE: 0, CONCERN: 1, CRISIS: 2}


@dataclass(frozen=True)
class CrisisCheck:
    """The result of a check. Holds rule names, never the citizen's text."""

    level: str = NONE
    category: str | None = None
    rule: str | None = None  # e.g. "suicidal.wish_to_die"
    negated: bool = False
    corrected: tuple[str, ...] = field(default=())  # fuzzy corrections that were applied

    @property
    def flagged(self) -> bool:
        return self.level != NONE


# -- normalisation ---------------------------------------------------------------------
_FOLD = str.maketrans(
    {
        "æ": "ae",
        "ø": "oe",
        "å": "aa",
        "ä": "ae",
        "ö": "oe",
        "ü": "u",
        "é": "e",
        "è": "e",
        "’": "'",
        "‘": "'",
        "´": "'",
        "`": "'",
    }
)
# Clause ends: negation windows and "end of sentence" look-aheads stop here.
_CLAUSE = re.compile(r"\s*(?:[.!?;:,\n()\"»«]+|\s-\s|\b(?:men|but)\b)\s*")
_NON_WORD = re.compile(r"[^a-z0-9'| ]+")
_RUNS = re.compile(r"([^\W\d_])\1{2,}")


# Spoken and texting forms of words the rules use.
_VARIANTS = {
    "ik": "ikke",
    "ikk": "ikke",
    "ike": "ikke",
    "ick": "ikke",
    "mer": "mere",
    "tonite": "tonight",
    "2nite": "tonight",
    "nite": "night",
    "pls": "please",
    "plz": "please",
    "u": "you",
}


def normalise(text: str) -> str:
    """Lower case, æøå folded to ae/oe/aa, punctuation to clause marks " | "."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _RUNS.sub(r"\1\1", text).translate(_FOLD)
    text = _CLAUSE.sub(" | ", text)
    text = _NON_WORD.sub(" ", text)
    # A run of one letter counts as a double letter: the rules accept any doubling, and
    # "aaaa..." must not make them backtrack.
    text = _RUNS.sub(r"\1\1", text)
    words = [_VARIANTS.get(word, word) for word in text.split()]
    return " " + " ".join(words) + " "


# Key words whose misspellings are corrected before the rules run (whole words, ascii-folded).
_KEY_WORDS = (
    "selvmord",
    "selvmordet",
    "selvmordstanker",
    "selvmordstanke",
    "selvmordsforsoeg",
    "selvmordstruet",
    "selvskade",
    "selvskader",
    "selvskadende",
    "suicide",
    "suicidal",
    "voldtaget",
    "voldtaegt",
    "overdosis",
    "overdose",
    "hjemloes",
    "homeless",
    "afskedsbrev",
    "afskedsbreve",
    "haabloes",
    "hopeless",
    "ihjel",
    "myself",
    "kaereste",
    "kaeresten",
    "boyfriend",
    "girlfriend",
    "husband",
    "voldelig",
    "voldeligt",
)
_KEY_SET = frozenset(_KEY_WORDS)


# Every word of six letters or more that the rules use (filled as the rules are built):
# a typo of one of them ("kaerste", "nowere", "stemmene") is read as the word.
_RULE_WORDS: set[str] = set()
# Real words one edit from a rule word, never corrected ("overvældet" is not "overfaldet").
_REAL_WORDS = frozenset({"overvaeldet", "overvaelder"})


def _nearest(token: str, words: tuple[str, ...] | dict) -> str | None:
    cutoff = 1 if len(token) < 9 else 2
    if isinstance(words, dict):  # buckets by (first letter, length): only near candidates
        words = tuple(
            w
            for n in range(len(token) - cutoff, len(token) + cutoff + 1)
            for w in words.get((token[0], n), ())
        )
        if not words:
            return None
    best = extractOne(token, words, scorer=OSA.distance, score_cutoff=cutoff)
    if best is None:
        return None
    word = best[0]
    # Same first letter and a similar length: keeps ordinary words out ("selvmod...").
    if word[0] != token[0] or abs(len(word) - len(token)) > cutoff:
        return None
    return word


@functools.lru_cache(maxsize=8192)
def _correct(token: str) -> str | None:
    """The key word or rule word this token is a misspelling of, or None."""
    if len(token) < 5 or token in _KEY_SET or not token.isalpha():
        return None
    word = _nearest(token, _KEY_WORDS)
    if word or len(token) < 6 or token in _VOCAB_SET or token in _REAL_WORDS:
        return word
    word = _nearest(token, _BUCKETS)
    if word and (word.startswith(token) or token.startswith(word)):
        return None  # another form of the word ("bliver"/"blive"), not a typo
    return word


def _spell(text: str) -> tuple[str, tuple[str, ...]]:
    tokens = text.split(" ")
    corrected = []
    for i, token in enumerate(tokens):
        word = _correct(token)
        if word:
            tokens[i] = word
            corrected.append(f"{token}~{word}")
    return " ".join(tokens), tuple(corrected)


# -- rule syntax -----------------------------------------------------------------------
# Rules are written in plain spelling with æøå. Each literal letter becomes "one or more"
# of itself (doubling typos), æ/ø/å also match ae/a/e, oe/o, aa/a. Macros in <...>.
_LETTER = {"æ": "(?:ae?|e)+", "ø": "(?:oe?)+", "å": "(?:a+)"}
_MACROS = {
    # One optional filler word ("jeg har faktisk brug for", "slå mig sleb ihjel").
    "<w>": r"(?:[a-z0-9']+ )?",
    "<ww>": r"(?:[a-z0-9']+ ){0,3}",
    "<ikke>": r"(?:ikke|ik|ikk|ike|ick)",
    # An adverb people put before the negation ("jeg kan snart ikke mere").
    "<adv>": r"(?:(?:snart|bare|simpelthen|altså|virkelig|faktisk|slet|bare slet|just|really"
    r"|simply|honestly|seriously|literally|totally|completely) )?",
    "<dont>": r"(?:don'?t|do not|dont|doesn'?t|does not|didn'?t|did not)",
    "<cant>": r"(?:can'?t|cannot|can not|cant|could ?n'?t|couldn'?t)",
    "<me>": r"(?:me|mig)",
    "<self>": r"(?:my ?self|mig selv)",
    # End of the clause, or a word that typically follows the thought.
    "<end>": r"(?= (?:\||$|og |men |jeg |nu |altså |and |i (?!dag|morgen|aften|weekend)|please"
    r" |anymore|any more|no more"
    r"|like this|længere|mere |seriøst|for real|lol)|$)",
    # A person who can hurt "me".
    "<perp>": r"(?:han|hun|de|he|she|they|(?:min|mit|mine|my|our|vores|hans|hendes|his|her) ?"
    r"(?:eks|ex|ekskæreste|kæreste|kærest|kæresten|mand|manden|kone|konen|hustru|far|faren"
    r"|fa'r|mor|moren|mo'r|bror|broren|brother|søster|sister|stedfar|stedmor|papfar|papmor"
    r"|partner|partneren|søn|sønnen|son|datter|daughter|onkel|uncle|fætter|cousin|bofælle"
    r"|sambo|roommate|flatmate|boyfriend|girlfriend|husband|wife|dad|father|mum|mom|mother"
    r"|stepdad|stepfather|stepmother|family|familie|ven|friend|nabo|neighbour|neighbor)s?)",
    "<pills>": r"(?:piller|pillerne|pille|tabletter|tabletterne|medicin|medicinen|sovepiller"
    r"|sovemedicin|pamol|panodil|paracetamol|pills|tablets|meds|medicine|medication"
    r"|sleeping pills|painkillers|antidepressiva|antidepressants|lykkepiller|sovetabletter"
    r"|smertestillende|morfin|insulin|opioids)",
}


def _compile(pattern: str) -> re.Pattern:
    for name, expansion in _MACROS.items():
        pattern = pattern.replace(name, expansion)
    out = []
    i = 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch in _LETTER:
            while i + 1 < len(pattern) and pattern[i + 1] == ch:
                i += 1
            out.append(_LETTER[ch])
        elif ch.isalpha():
            while i + 1 < len(pattern) and pattern[i + 1] == ch:
                i += 1
            # "s?" must stay optional: group the repetition before a quantifier.
            quantified = i + 1 < len(pattern) and pattern[i + 1] in "?*{"
            out.append(f"(?:{ch}+)" if quantified else ch + "+")
        else:
            out.append(ch)
        i += 1
    return re.compile(r"(?<![a-z0-9'])" + "".join(out))


@dataclass(frozen=True)
class Rule:
    name: str  # category.kind
    level: str
    pattern: re.Pattern

    @property
    def category(self) -> str:
        return self.name.split(".", 1)[0]


def _rule_words(pattern: str) -> set[str]:
    for name, expansion in _MACROS.items():
        pattern = pattern.replace(name, expansion)
    words = (w.translate(_FOLD) for w in re.findall(r"[a-zæøå]+", pattern))
    return {w for w in words if len(w) >= 6}


def _rules(level: str, category: str, **patterns: str) -> list[Rule]:
    for pattern in patterns.values():
        _RULE_WORDS.update(_rule_words(pattern))
    return [Rule(f"{category}.{kind}", level, _compile(p)) for kind, p in patterns.items()]


RULES: list[Rule] = [
    *_rules(
        CRISIS,
        "unsafe_now",
        life_fear=r"(?:bange for mit liv|frygter for mit liv|fear for my life|afraid for my life"
        r"|scared for my life|in fear of my life|fear of my life)",
        will_kill_me=r"(?:bange for|afraid|scared|frightened|fear|frygter) (?:that )?(?:at )?"
        r"<perp> (?:\w+ ){0,2}(?:slår mig|dræber mig|skader mig|slår mig ihjel|gør mig noget"
        r"|finder mig|kills me|will kill me|kill me|hurt me|will hurt me|hurts me|beat me"
        r"|finds me|will find me)",
        not_safe=r"(?:<ikke>|not|don'?t|do not|never|utryg|unsafe) (?:\w+ ){0,3}(?:tryg|sikker"
        r"|safe|utryg|unsafe) (?:derhjemme|hjemme|i mit (?:eget )?hjem|at home|in my (?:own )?"
        r"(?:home|house|flat|apartment)|where i live|med ham|med hende|with him|with her)",
        in_danger=r"(?:jeg er|i am|i'm|im|er jeg|vi er|we are|we're|my kids are|mine børn er)"
        r" (?:\w+ )?(?:i fare|in danger|i livsfare)(?! for| of)",
        not_home=r"(?:tør|tor) <ikke> (?:at )?(?:tage|gå|komme|være) hjem|bange for at (?:tage"
        r"|gå|komme|være) hjem|(?:afraid|scared"
        r"|frightened|don'?t dare|dare not) (?:to )?(?:go|come|be) (?:back )?(?:at )?home",
        at_door=r"(?:han|hun|de|nogen|someone|somebody|he|she|they|<perp>) (?:\w+ ){0,2}(?:står"
        r"|stod|is standing|is|are|stands|banker|banking|hammering) (?:\w+ )?(?:udenfor|outside"
        r"|på|on) (?:min |my |the |døren|vores |our )?(?:dør|door|døren|lejlighed|flat|house"
        r"|hus|vindue|window)",
        hiding=r"(?:hiding from|gemmer mig for|skjuler mig for|gemt mig for) (?:ham|hende|dem"
        r"|him|her|them|<perp>)|låst mig inde|locked myself in",
    ),
    *_rules(
        CONCERN,
        "unsafe_now",
        afraid_of_perp=r"(?:bange for|afraid of|scared of|frightened of|terrified of) (?:ham"
        r"|hende|him|her|<perp>)<end>",
        following=r"(?:følger efter mig|stalker mig|stalking me|following me|is stalking)",
    ),
    *_rules(
        CRISIS,
        "violence",
        hits_me=r"<perp> (?:\w+ )?(?:slår|slog|har slået|slå|sparke|tæve|kvæle|dræbe|dræber"
        r"|kill|kills|hurt|beat|sparker|sparkede|tæver|tævede|kvæler"
        r"|kvalte|skubber|skubbede|hits|hit|beats|beat|kicks|kicked|chokes|choked|punches"
        r"|punched|slaps|slapped|strangles|strangled|pushes|pushed|shoves|shoved|hurts|hurt"
        r"|rapes|raped|abuses|abused|mishandler|mishandlede|voldtog|voldtager|truer|truede"
        r"|threatens|threatened) (?:<me>|mine børn|my kids|my children)\b(?! op| ned| løs"
        r"| sammen)",
        hurts_me_later=r"<perp>(?: [a-z']+){1,10} (?:slår|slog|sparker|sparkede|tæver|tævede"
        r"|kvæler|kvalte|skubber|skubbede|river|rev|spytter på|hits|hit|beats|kicks|kicked"
        r"|chokes|choked|punches|punched|slaps|slapped|pushes|pushed|pushing|shoves|shoved"
        r"|hitting|kicking|beating|choking|strangling|slapping) (?:<me>)\b(?! op| ned| løs"
        r"| sammen)|(?:gøre|gør|gjort|do|did|done|doing) (?:mig|me) (?:fortræd|ondt|harm|noget"
        r" slemt|something bad)",
        bruises=r"(?:blå mærker|blåt mærke|bruises|bruised|mærker|marks|black eye|blåt øje)"
        r"(?: [a-z']+){0,4} (?:efter|fra|because of|from|after) (?:ham|hende|him|her|<perp>)\b",
        touches=r"(?:rører ved mig|rører mig|berører mig|befamler mig|touches me|touched me"
        r"|touching me|gropes me|groped me)(?: [a-z']+){0,6} (?:ikke kan lide|ikke vil|uden"
        r"|mod min vilje|privat|private|i seng|in bed|om natten|at night|don'?t like|do not"
        r" like|don'?t want|without|against my will)",
        beaten=r"(?:bliver|blev|er blevet|har været|bli'r|bli) (?:\w+ ){0,3}(?:slået|sparket|tævet"
        r"|truet|kvalt|voldtaget|misbrugt|mishandlet|overfaldet|banket)(?! op| ud| ned)"
        r"|(?:i was|i've been|i have been|i got|i get|i am being|i'm being|im being|being|been"
        r"|getting)"
        r" (?:\w+ ){0,3}(?:beaten|kicked|raped|abused|assaulted|molested|strangled|choked"
        r"|threatened|attacked|hit|punched|slapped)\b(?! by (?:a|the) (?:car|bike|ball|bus)| out)",
        night_visits=r"<perp>(?: [a-z']+){0,2} (?:kommer ind|comes into|came into|går ind|kom ind"
        r"|gets into|got into) (?:på |i |into )?(?:mit|my) (?:værelse|room|seng|bed|bedroom)"
        r"(?: [a-z']+){0,2} (?:om natten|at night|når jeg sover|when i sleep|while i sleep)",
        hits_family=r"<perp> (?:\w+ )?(?:slår|slog|tæver|sparker|hits|hit|beats|beat|kicks|hurts)"
        r" (?:min|mit|mine|my|our|vores) (?:lillebror|lillesøster|bror|søster|søn|datter|barn|børn"
        r"|little brother|little sister|brother|sister|son|daughter|child|kids|children|baby|mor"
        r"|mum|mom|mother|kone|wife|kæreste)\b",
        sextortion=r"(?:truer|truede|threatens|threatening|threatened)(?: [a-z']+){0,4} (?:lægge"
        r"|dele|sende|poste|post|share|send|publish|leak) (?:\w+ ){0,3}(?:billeder|billede"
        r"|nøgenbilleder|videoer|video|pictures|photos|videos|nudes|images)",
        passport=r"(?:taget|tog|took|taken|takes|tager|holder på|keeps|kept) (?:min|mit|mine|my)"
        r" (?:pas|passport|id|papers|papirer|opholdstilladelse)\b(?! (?:på|at|i|in) (?:the )?"
        r"(?:rådhuset|town hall|borgerservice|kommunen))|(?:ikke lov til at|not allowed to|må"
        r" <ikke>) (?:gå ud|go out|leave|forlade|se mine venner|see my friends)",
        control=r"(?:låser|låste|lukker|lukkede|spærrer|spærrede|locks|locked|lock) (?:mig|me)"
        r" (?:inde|ind|in\b|up)|(?:tager|tog|takes|took) (?:min|mine|my) (?:telefon|mobil|phone"
        r"|penge|pas|money|passport|keys|nøgler)(?: \w+){0,3} (?:fra mig|så jeg|so i|away)"
        r"|(?:won'?t|will not|doesn'?t|does not) let me (?:leave|go out|see|call|talk)|(?:må|får)"
        r" <ikke> (?:lov til at )?(?:gå ud|forlade|se mine|ringe|tale med)",
        abused_me=r"(?:misbrugt|misbruger|misbrugte|krænket|krænkede|krænker|overfaldet|overfaldt"
        r"|overfalder|molested|abused|assaulted) (?:mig|me)\b",
        vold=r"\bvold\b|voldelig|voldsramt|voldsudsat|psykisk vold|fysisk vold|kvælertag"
        r"|(?:kvæler|kvalte|kvæle|kvalt) mig"
        r"|vold i (?:hjemmet|familien|parforholdet)|overgreb|mishandl",
        v2=r"(?:slår|slog|dræber|skader|tæver|tævede|sparker|sparkede|kvæler|kvalte) (?:han|hun|de)"
        r" (?:mig|os|mine|min)\b",
        violent_to=r"(?:violent|voldelig|voldsom|aggressive|aggressiv) (?:with|towards|toward|to"
        r"|against|mod|overfor|over for) (?:me|us|my|mig|os|min|mine|børnene|the kids|mor|mum)",
        violent=r"<perp> (?:\w+ )?(?:is|are|was|gets|get|can be|becomes|has been|er|bliver|blev)"
        r" (?:\w+ )?(?:violent|abusive|voldelig)|domestic (?:violence|abuse)|(?:abusive|violent)"
        r" (?:partner|husband|wife|boyfriend|girlfriend|relationship|father|dad|mother|mum"
        r"|home|ex|family)|violence (?:at home|in (?:my|the|our) (?:home|family|relationship))",
        sexual=r"voldt(?:æ|a)g|voldtaget|voldtægt|tvunget til (?:sex|at have sex)|(?:forced|made)"
        r" to have sex|forced into sex|\braped?\b|\brapes\b|raping|sexual(?:ly)?"
        r" (?:assault|abuse|abused|harass|assaulted)|seksuel(?:t)? (?:misbrug|misbrugt|overgreb"
        r"|krænk)|(?:tvang|tvinger|tvunget) mig (?:til )?(?:sex|at have sex|i seng)|forc(?:e|es"
        r"|ed|ing) me (?:to have sex|into sex|to sleep with|to do sexual)|molest|(?:rører"
        r" ved mig|berører mig|touches me|touched me) (?:\w+ ){0,2}(?:når|selvom|uden|when"
        r"|even|without|where|hvor)",
        threat=r"(?:truer|truede|truet|true|threaten|threatens|threatened|threatening) (?:\w+ )"
        r"{0,5}(?:med at |to )?(?:slå|dræbe|skade|tæve|stikke|skyde|brænde|ihjel|kniv|kill"
        r"|hurt|beat|stab|shoot|harm|burn)",
        threat_me=r"(?:truer|truede|truet|threaten|threatens|threatened|threatening) (?:mig|me)"
        r"\b(?! med (?:udsættelse|inkasso|fogeden|at smide mig ud|en rykker))",
        will_hurt=r"(?:says|said|say|siger|sagde|swears) (?:that )?<perp>(?:'ll| will| would|'d"
        r"| is going to| gonna| vil| skal) (?:\w+ )?(?:hurt|kill|beat|hit|harm|slå|dræbe|skade"
        r"|tæve) (?:me|my|us|mig|mine|os)",
    ),
    *_rules(
        CRISIS,
        "psychiatric",
        thoughts_command=r"(?:tanker|tankerne|thoughts|hovedet|my head|mit hoved)(?: [a-z']+){0,2}"
        r" (?:siger|fortæller|tell|tells|telling|says|say) (?:[a-z']+ ){0,3}(?:skade|dræbe|slå"
        r"|hurt|kill|harm|stab|stikke)",
        voices_harm=r"(?:stemme|stemmer|stemmen|stemmerne|voice|voices)(?: [a-z']+){0,10}"
        r" (?:skade|dræbe|slå|dø|ihjel|gøre noget|hoppe|stikke|hurt|kill|harm|die|stab|jump"
        r"|do something)",
        harm_others=r"(?:bange for|afraid|scared|frightened|worried|fear) (?:that )?(?:at )?"
        r"(?:jeg|i)(?:'ll| will| might| could| am going to|'m going to| kommer til at| vil)?"
        r" (?:gør|gøre|skader|skade|slår|slå|dræber|dræbe|hurt|harm|kill|hit|shake|do"
        r" something to) (?:min|mit|mine|ham|hende|dem|nogen|andre|my|him|her|them|someone"
        r"|somebody|people|the)",
        command=r"(?:siger|sagde|fortæller|beder|befaler|tell|tells|telling|told|order|orders"
        r"|ordering|command|commands) (?:mig |me )?(?:at )?(?:jeg |i )?(?:skal |should |must |to"
        r" |have to )?(?:gøre|do) (?:noget|something) (?:slemt|bad|terrible|frygteligt"
        r"|forfærdeligt|awful|horrible|voldsomt|violent)",
        lose_control=r"(?:miste kontrollen|mister kontrollen|lose control|losing control)"
        r"(?: [a-z']+){0,4} (?:gøre|gør|skade|slå|hurt|hurting|harm|harming|hit|hitting|kill"
        r"|killing|dræbe)",
        urge_kill=r"(?:lyst til at|trang til at|vil|kommer til at|feel like|felt like|urge to|urges"
        r" to|want to|wanna) (?:slå (?:nogen|ham|hende|dem|en) ihjel|killing (?:someone|somebody"
        r"|him|her|them|people|everyone)|kill (?:someone|somebody|everyone|people))",
        urge_others=r"(?:want|wanna|going|gonna|urge to|urges to|feel like|lyst til at|trang"
        r" til at|vil) (?:to )?(?:kill|stab|shoot|dræbe|stikke|skyde) (?:him|her|them|someone"
        r"|somebody|people|ham|hende|dem|nogen)",
    ),
    *_rules(
        CONCERN,
        "psychiatric",
        unreal=r"(?:ser|hører|see|hear|seeing|hearing) (?:ting|things|nogen|people|lyde|sounds)"
        r"(?: [a-z']+){0,3} (?:ikke er der|ikke findes|not there|aren'?t there|nobody else|ingen"
        r" andre)",
        voices=r"(?:hører|høre|hørt|hear|hearing|heard) stemmer|(?:stemmerne|stemmer) (?:i"
        r" (?:mit )?hoved|siger|sagde|beder|bliver ved)|stemme i (?:mit )?hoved|(?:hear"
        r"|hearing|heard) voices|(?:the )?voices? (?:in my head|tell|telling|told|says|say"
        r"|said|keep|are telling|command)",
        psychosis=r"(?:psykose|psykotisk|psychosis|psychotic)",
    ),
    *_rules(
        CRISIS,
        "suicidal",
        word=r"(?:selv ?mord|suicid|selvmorder|unalive|kms\b)",
        kill_self=r"(?:kill|kil|killing|killed|shoot|shooting|hang|hanging|drown|drowning"
        r"|poison|poisoning|end|ending) <self>",
        kill_self_da=r"(?:slå|slår|slog|dræbe|dræber|slå|skyde|skyder|drukne|drukner|hænge"
        r"|hænger|forgifte) mig (?:<w>selv )?(?:<w>ihjel|selv\b)",
        ihjel=r"(?:slå|slår|slog|tage|tager) mig <w>ihjel",
        drink_death=r"(?:drikke|drikker|drak|sulte|sulter|drink|drinking|starve|starving|eat"
        r"|æde) (?:mig|myself) (?:<w>ihjel|to death)",
        not_eating=r"(?:ikke spist|ikke har spist|not eaten|haven'?t eaten|stopped eating|holdt op"
        r" med at spise|nægter at spise|refuse to eat|won'?t eat)(?: [a-z']+){0,5} (?:med vilje"
        r"|on purpose|deliberately|for at dø|to die|so i die)",
        take_life=r"(?:tage|tager|tog|taget) (?:mit|mit eget|sit|sit eget|hans|hendes) liv\b"
        r"|(?:take|taking|took|end|ending) (?:my|his|her|their) (?:own )?life",
        take_life_da=r"(?:tage|tager|tog|taget) livet af mig",
        end_all=r"(?:end it all|end everything|gøre det (?:hele )?forbi|(?:slutte|afslutte"
        r"|stoppe) (?:det hele|mit liv|livet"
        r"|det hele for altid)|gøre en ende på (?:det|mit liv|livet|det hele"
        r"|alt|mig selv)|ende (?:mit liv|livet|det hele))",
        not_live=r"(?:gider|orker|magter|kan|vil|ønsker|har lyst til at) <ikke> (?:at )?"
        r"leve (?:mer\b|længer\b)|(?:gider|orker|magter|vil|ønsker) <ikke> (?:at )?leve<end>|"
        r"(?:leve|være i live|være her) (?:mere|længere|længer|meget længere)"
        # "leve mere selvstændigt" is the offer's own purpose (issue 10), not a death wish.
        r"(?! (?:selvstændigt|selvstændig|uafhængigt|sundt|aktivt|roligt|frit|normalt|trygt"
        r"|godt|stabilt|ordentligt|socialt|struktureret)\b)",
        not_live2=r"(?:orker|gider|magter) <ikke> (?:at )?leve<end>",
        no_wish_live=r"(?:<ikke>|ingen) (?:lyst|trang) til at (?:leve|være i live|vågne|være her"
        r" (?:mere|mer|længere))",
        not_wake_wish=r"(?:hvis|ønske|ønsker|håber|bare|gid|helst|if|wish|hope|just|rather|could)"
        r" (?:[a-z']+ ){0,4}(?:<ikke>|aldrig|not|never|didn'?t|don'?t|wouldn'?t|won'?t) (?:\w+ )?"
        r"(?:vågne|vågnede|vågner|wake|woke)",
        end_it=r"(?:thinking (?:of|about)|think about|want to|wanna|going to|gonna|ready to|plan"
        r" to|planning to|decided to|considering) (?:just )?end(?:ing)? (?:it|things|everything"
        r"|it all)(?: (?:tonight|today|now|soon|this week|this weekend|tomorrow))?<end>|gøre det af"
        r" med mig selv|(?:tænker på|overvejer|vil|planer om) at ende"
        r" det<end>",
        on_purpose=r"(?:køre galt|køre ind i|crash|crashing|drive into|driving into|drive off"
        r"|kør(?:e|er)? ud over)(?: [a-z']+){0,4} (?:med vilje|on purpose|deliberately)",
        not_live_en=r"(?:<dont>|no longer|not) (?:want|wanna|wanting|wish|feel like) (?:to )?"
        r"(?:live|be alive|exist|be here)<end>",
        wish_die=r"(?:want|wants|wanted|wanna|wish|wishes|going|ready|plan|planning|decided"
        r"|deserve|like) (?:to )?"
        r"die\b",
        wish_dead=r"wish (?:that )?i (?:was|were|could be) (?:just )?dead",
        wish_not_born=r"wish (?:that )?i (?:wasn'?t|was never|had never been|weren'?t|didn'?t|did"
        r" not) (?:born|exist|alive|here)",
        better_dead=r"(?:better off dead|bedre (?:stillet )?(?:hvis jeg var|at være|som) død"
        r"|ønsker? (?:at )?jeg var død|ønske jeg var død)",
        die_da=r"(?:vil|ville|lyst til at|ønsker at|gerne|bare|klar til at|planer om at"
        r"|trang til at) (?:bare |gerne |helst |bare gerne |også |hellere )?dø\b",
        not_exist_da=r"(?:ønske|ønsker) (?:at )?jeg (?:ikke fandtes|aldrig var født|ikke"
        r" eksisterede|ikke var her|aldrig havde levet|ikke var født|aldrig var blevet født"
        r"|ikke var blevet født)",
        keep_living=r"(?:<cant>|don'?t think i can|not sure i can|unable to) (?:\w+ )?(?:keep"
        r"|go on|carry on|continue) (?:living|being alive|to live|with life)",
        see_no_meaning=r"<ikke> (?:se|finde|forstå) (?:nogen |den )?(?:mening|meningen|grund"
        r"|grunden) (?:med|til) at (?:leve|være her|være i live|fortsætte|vågne)",
        tired_living=r"(?:træt af at leve|livstræt|træt af at være i live|tired of living"
        r"|tired of being alive|sick of living|sick of being alive)",
        overdose=r"overdos",
        hang_da=r"hænge? mig(?! i\b| op)",
        not_wake=r"(?:hope|håber) (?:that )?(?:i|jeg) (?:<dont>|never|won'?t|<ikke>|aldrig)"
        r" (?:wake|vågner|vågne)",
        sleep_forever=r"(?:sove for evigt|sleep forever|never wake up again|aldrig vågne igen)",
        disappear=r"(?:forsvinde for (?:evigt|altid)|disappear forever|vanish forever)",
        forever=r"(?:slippe væk|komme væk|flygte|forsvinde|escape|get away|disappear|sove|sleep"
        r"|fred|peace|ro"
        r"|stoppe|stop|ende|end|slutte"
        r"|hvile|rest)(?: [a-z']+){0,5} (?:for altid|for evigt|forever|for good|permanently)",
        deserve=r"(?:<ikke> |don'?t |do not |doesn'?t )?(?:fortjener|fortjente|deserve|deserves)"
        r" (?:<ikke> |not )?(?:at leve|to live|to be alive|to exist|at være i live|at være her"
        r"|to be here|at dø|to die)",
        finish_life=r"(?:finish|finishing|make (?:an )?end (?:of|to)|put an end to|putting an end"
        r" to) my (?:own )?life|(?:to|i will|i'll|i want|i wanna|i think to) kill me\b",
        plan_how=r"(?:plan|planer|planlagt|planned|planning|made a plan)(?: [a-z']+){0,3}"
        r" (?:hvordan jeg (?:gør|skal gøre) det|how (?:to|i will|i'll|i am going to|i'm going to)"
        r" do it|hvornår jeg (?:gør|skal gøre) det|when (?:to|i will|i'll) do it)",
        survive=r"(?:<ikke>|not|won'?t|don'?t think i'?ll|never) (?:\w+ )?(?:overleve|overlever"
        r"|survive|make it through) (?:natten|the night|i nat|tonight|dagen|the day|weekenden"
        r"|the weekend|this)",
        rather_dead=r"(?:gad|ville|vil|would|'d|rather|hellere|helst|gerne|bare|just|prefer to"
        r"|like to) (?:\w+ ){0,2}(?:være|be|was|were) (?:død|dead)\b|(?:feel|feeling) like"
        r" (?:dying|i'?m dying inside|ending it)",
    ),
    *_rules(
        CRISIS,
        "suicidal_indirect",
        better_if_gone=r"(?:bedre|gladere|lettere|nemmere|better|happier|easier)(?: [a-z']+){0,3}"
        r" (?:hvis jeg|if i) (?:ikke fandtes|ikke var her|var væk|forsvandt|var død|ikke levede"
        r"|didn'?t exist|wasn'?t here|weren'?t here|was gone|were gone|was dead|were dead"
        r"|wasn'?t around|weren'?t around|disappeared|died)",
        burden=r"(?:bedre (?:\w+ ){0,2}uden mig|better (?:off )?without me|happier without me"
        r"|gladere uden mig|bedre (?:\w+ )?hvis jeg (?:ikke var her|var væk|forsvandt|var død"
        r"|ikke fandtes|ikke levede)|better (?:\w+ )?if i (?:was|were|wasn'?t|weren'?t) "
        r"(?:gone|dead|not here|not around|here|around)|happier if i (?:was|were) (?:gone|dead))",
        burden_word=r"(?:(?:i am|i'm|im|i feel like|i feel|feel like) (?:just |only |such |so "
        r"much of )?a burden|(?:jeg er|føler mig som|er bare|jeg føler at jeg er) (?:bare |kun"
        r" |sådan )?en byrde)(?! (?:på|at|i|in) (?:arbejdet|work|klassen|class|skolen|school"
        r"|holdet|the team))",
        no_reason=r"(?:ingen|<ikke> (?:\w+ )?nogen?|<ikke> nogen|ikke noget) (?:grund|mening"
        r"|årsag|formål) (?:\w+ )?(?:til|med) at (?:leve|vågne|stå op|fortsætte|være her"
        r"|blive ved|være i live|kæmpe videre|kæmpe|jeg er her|jeg lever|jeg er i live|jeg skal"
        r" leve)",
        why_live=r"(?:hvorfor|why) (?:skulle|skal|should|would|do|bother|even|overhovedet)?"
        r" ?(?:jeg|i) (?:\w+ ){0,2}(?:leve|live|living|være her|be here|fortsætte|go on|vågne"
        r"|wake up)<end>",
        no_reason_en=r"(?:no|<dont> see (?:a|any|the)|<cant> see (?:a|any|the)|<cant> find"
        r" (?:a|any)|no more) (?:\w+ )?(?:reason|point|purpose)(?: [a-z']+){0,3}"
        r" (?:live|living|wake|waking|go on|going on|keep going|be alive|being alive|carry on"
        r"|get up|getting up|continue|exist|be here|being here|be around|get out of bed)",
        point_living=r"(?:what'?s|what is|whats) the point (?:of|in) (?:living|life|being"
        r" alive|going on|waking up)",
        pills=r"(?:samle|samlet|samler|gemt|gemmer|gemme|sparet|spare|sparer|sparet sammen|hobet"
        r"|hober|hobe"
        r"|opsparet|hamstret|hamstrer|hamstre|sav(?:e|ed|ing)|collect|collected|collecting"
        r"|stockpil(?:e|ed|ing)|hoard|hoarded|hoarding|gather|gathered|gathering|store|stored"
        r"|storing) (?!at |to )(?:\w+ ){0,3}<pills>",
        pills_taken=r"(?:taget|tog|slugt|slugte|took|have taken|taken|swallowed|swallow)"
        r" (?:en masse|mange|alle|hele|for mange|alt for mange|a lot of|all|many|too many|a bunch"
        r" of|lots of|the whole|loads of) (?:\w+ )?<pills>",
        pills_after=r"<pills>(?: \w+){0,6} (?:samlet|gemt|sparet|sammen|saved|collected"
        r"|gemmer|samler|sparer|hamstrer|saving|collecting|hiding|keeping|hoarding|stockpiling"
        r"|stockpiled|hoarded)",
        pills_enough=r"(?:nok|enough) <pills> (?:\w+ )?(?:til at|to) (?:dø|die|do it|gøre det"
        r"|ende|end|kill)",
        pills_all=r"(?:tage|tager|take|taking|swallow) (?:alle|all) (?:\w+ )?<pills>",
        bridge=r"\bbro(?:en)?\b(?: \w+){0,8} (?:hoppe|hopper|springe|springer|spring|hop"
        r"|kaste mig|kigge ned|kiggede ned|kigget ned|kanten|rækværk|rækværket|ud over)",
        bridge2=r"(?:hoppe|hopper|springe|kaste mig|stod|stå|stået|står|været oppe|gik op|gået ud"
        r"|gå ud|går ud|gik ud|gone out|went out|go out|walked out|walk out|been out"
        r"|gå op) (?:\w+ ){0,3}(?:på|fra|ud fra|ud over|op på|ud af) (?:\w+ )?bro(?:en)?\b",
        bridge_en=r"bridge(?: [a-z']+){0,8} (?:jump|jumped|jumping|looked down|looking down"
        r"|look down|edge|railing|ledge)",
        bridge_en2=r"(?:jump|jumping|jumped|stood|standing|stand|went up|gone out|went out|go out"
        r"|walked out|been out) (?:\w+ ){0,3}"
        r"(?:off|from|on|onto|to) (?:the |a |that |this )?bridge",
        jump=r"(?:jump|jumping|jumped|leap|leaping|throw myself|throwing myself) (?:off|out of"
        r"|from|out the) (?:the |a |my |our |this )?(?:roof|window|balcony|building|cliff|bridge"
        r"|tower|car park|parking)|(?:hoppe|springe|kaste mig) ud (?:fra|af|over) (?:\w+ )?"
        r"(?:vinduet|taget"
        r"|altanen|altan|broen|klippen|bygningen)|jump (?:off|out of|from) (?:the |a |my )?"
        r"(?:roof|window|balcony|building|cliff|bridge)",
        stood_at=r"(?:stod|stå|stået|står|stood|standing|stand|sat|sitting|sad|sidder|been)"
        r" (?:\w+ ){0,2}(?:ved|på|by|at|on|near|next to|over) (?:the |a |et |en )?(?:skinnerne"
        r"|togskinnerne|sporet|jernbanen|railway|tracks|rails|kanten|edge|taget|roof|klippen"
        r"|cliff|broen|bridge|altanen|balcony|perronkanten|platform edge)(?! (?:af|of) (?:the |my"
        r" |a )?(?:sengen|bed|sofaen|sofa|couch|stolen|chair|seat|bordet|table|badekarret|bath))",
        rails=r"(?:skinnerne|togskinner|togskinnerne|jernbanesporet|jernbanen|on the tracks"
        r"|train tracks|railway tracks|railroad tracks|the rails)",
        front_of2=r"(?:jump|jumping|step|stepping|walk|walking|throw myself|lie down) (?:\w+ )?in"
        r" front of|foran (?:toget|metroen|letbanen|s-toget|en lastbil|bussen|en bil)\b",
        front_of=r"(?:gå|går|gik|hoppe|springe|kaste mig|lægge mig|smide mig|stille mig) (?:ud )?"
        r"foran (?:et |toget|tog|en |bilerne|bussen|lastbilen)|in front of (?:a |the )?"
        r"(?:train|bus|car|truck|lorry|traffic|metro|tram|subway|tube)(?! station| stop)",
        noose_da=r"løkke(?: [a-z']+){0,4} (?:skab|skabet|loft|loftet|klar|bjælke|bjælken|hals"
        r"|halsen|hænger)",
        over_on=r"(?:besluttet|decided|sat mig for|bestemt|made up my mind)(?: [a-z']+){0,5}"
        r" (?:slut|over|forbi|the end|ende)\b",
        rope=r"(?:købt|køber|købe|fundet|bought|buy|found|got) (?:et |mig et |a |some )?(?:reb"
        r"|rope)\b|(?:reb|rope)(?: \w+){0,5} (?:hænge|loftet|bjælke|bjælken|halsen|ceiling"
        r"|beam|neck|hang)|\b(?:noose|strikke om halsen|løkke om halsen)",
        letters=r"(?:afskedsbrev|farvelbrev|farvel brev|afskedsbesked|selvmordsbrev|goodbye"
        r" (?:letter|note|message)|suicide note|farewell (?:letter|note)|last letter)",
        letter_goodbye=r"(?:brev|letter|note|besked|message|sms|text)(?: [a-z']+){0,10}"
        r" (?:farvel|goodbye|good bye|undskyld for alt|sorry for everything)",
        wrote_goodbye=r"(?:skrevet|skriver|skrive|skrev|wrote|written|writing|write)"
        r" (?:\w+ ){0,3}(?:farvel|goodbye)",
        will_goodbye=r"(?:testamente|testamentet|my will|last will)(?: [a-z']+){0,6} (?:farvel"
        r"|goodbye)",
        said_goodbye=r"(?:sagt|said) (?:farvel|goodbye) (?:til|to) (?:alle|everyone|everybody"
        r"|min familie|my family)",
        last_message=r"(?:sidste gang (?:\w+ ){0,2}(?:hører|høre|ser|hører noget) (?:fra|noget"
        r" fra) mig|(?:this is|that was|here is) my last (?:message|words)|min sidste besked"
        r"|last time (?:you|anyone) (?:will )?hear from me)",
        give_away=r"(?:givet|giver|give|forærer|foræret|delt|gav) (?:\w+ ){0,3}(?:ting|ejendele"
        r"|kat|hund|dyr|alt|smykker|tøj|sager)(?: \w+){0,2} væk|(?:giving|gave|given|give)"
        r" away (?:all |most )?(?:(?:of )?my (?:things|stuff|belongings|possessions|pets?|cat|dog"
        r"|animals|savings|money|jewellery|jewelry)|everything|all my)|(?:gave|given|giving)"
        r" (?:away )?my (?:cat|dog|pets?|things|stuff|belongings|possessions)(?: \w+){0,3}"
        r" (?:away|to)",
        affairs=r"(?:ordnet|ordne|orden i|styr på) (?:\w+ ){0,3}(?:papirer|ting|sager)"
        r"(?: \w+){0,8} (?:bagefter|når jeg er (?:væk|død|borte))|(?:put|putting|got|getting)"
        r" my affairs in order",
        because_gone=r"(?:fordi|because|since|da|as) (?:jeg|i) (?:<ikke> er her|won'?t be (?:around"
        r"|here|alive)|will not be (?:around|here|alive)|will be gone|er væk|er død|am gone"
        r"|won'?t exist)",
        when_gone=r"(?:når|hvis|efter) jeg er (?:væk|død|borte|her ikke mere)(?! fra| på| i\b)"
        r"|(?:when|after|once|if) (?:i'?m|i am|i was|i were|im) (?:gone|dead|not here|not"
        r" around|no longer here)(?! to| for| on| from| away)",
        not_here_by=r"(?:<ikke>|not|never|won'?t|don'?t think) (?:[a-z']+ ){0,3}(?:er|være|be"
        r"|am) (?:her|here|around|alive|i live) (?:til|for|by|at|next|på|om|i|in|much|meget)"
        r" (?:\w+ )?(?:jul|christmas|xmas|nytår|new year|sommer|summer|fødselsdag|birthday"
        r"|næste|next|longer|længere|weekend|måned|month|år|year)",
        method_ready=r"(?:kniv|kniven|knife|the knife|reb|rebet|rope|the rope|piller|pillerne"
        r"|pills|the pills|barberblade|barberbladene|barberblad|barberbladet|razor|blades|gift"
        r"|giften|poison) (?:\w+ ){0,2}(?:klar|ready|parat|liggende|next to me|ved siden af mig"
        r"|fremme|in my hand|i hånden|lined up|gemt|hidden|stashed)",
        # Standing on a chair with the rope.
        chair_rope=r"(?:stol|stolen|chair|skammel|stool)(?: [a-z']+){0,3} (?:rebet|reb|rope"
        r"|the rope|løkken|noose)\b",
        last_text=r"(?:den |the )?(?:sidste|last) (?:besked|sms|message|text)(?: [a-z']+){0,3}"
        r" (?:du får|i får|fra mig|you (?:will )?get|from me|you'?ll get)",
        poison=r"(?:rottegift|musegift|ukrudtsgift|rat poison|poison|frostvæske|antifreeze"
        r"|bleach)|(?:drikke|tage|indtage|spise|købe|købt|fået fat i|fat i) (?:noget |en |lidt )?"
        r"gift\b",
        drive_off=r"(?:køre|kører|kørte|drive|driving|drove|kør) (?:\w+ ){0,2}(?:ud over|off|into"
        r"|ind i) (?:the |a |en |et )?(?:havnekanten|kajen|harbour|harbor|edge|kanten|cliff|klippen"
        r"|pier|bridge|broen|mur|wall|træ|tree|a lorry|a truck|en lastbil)",
        not_here=r"(?:won'?t|will not|wont|wouldn'?t|will no longer) be (?:here|around|alive)"
        r"(?: \w+){0,2} (?:next|much longer|tomorrow|by|anymore|any more|for long|after|soon"
        r"|in a)|(?:er|være) (?:nok |sikkert |måske |snart )?(?:her|i live) (?:nok |sikkert"
        r" |måske )?<ikke> (?:\w+ )?(?:mere|længere|i næste uge|næste uge|i morgen|til)"
        r"|(?:er|være) <ikke> (?:her|i live) (?:\w+ )?(?:mere|længere|i næste uge|næste uge)",
        unnoticed=r"(?:nobody|no one|noone|ingen) (?:\w+ ){0,2}(?:notice|miss|care|opdage"
        r"|savne|lægge mærke til)(?: \w+){0,3} (?:if|hvis|når) (?:i|jeg) (?:(?:was|were|var|er)"
        r" (?:gone|dead|væk|død|borte)|dør|døde|die|died|disappeared|forsvandt|forsvinder)",
        nobody_sad=r"(?:nobody|no one|noone|ingen) (?:\w+ ){0,2}(?:be sad|be upset|cry|care|være"
        r" kede? af det|græde|savne mig)(?: [a-z']+){0,2} (?:if|hvis|når) (?:i|jeg)"
        r" (?:<ikke> var her|wasn'?t here|weren'?t here|was not here|var væk|was gone|died|døde)",
        thinking_how=r"(?:hvordan|how) (?:jeg|i) (?:kunne|skal|kan|vil|could|would|can|should"
        r"|will|might) (?:gøre|do) det\b(?! (?:bedre|anderledes|better|differently|right))",
        wake_again=r"(?:<ikke>|don'?t|do not|never|not) (?:vil |want to |wanna )?(?:vågne|wake up)"
        r" (?:igen|again|anymore|any more|op igen)",
    ),
    # -- issue 10, second round: indirect kinds the first rules missed (preparations,
    # goodbyes, means named or stored, questions about heights, doses and time, flat despair).
    *_rules(
        CRISIS,
        "suicidal_indirect",
        # A letter or message meant to be read after one's death.
        letter_after=r"(?:brev|breve|letter|letters|note|notes|besked|beskeder)(?: [a-z']+){0,10}"
        r" (?:hvis (?:der sker (?:mig )?noget|jeg <ikke> er her|jeg er væk|jeg dør)|i tilfælde"
        r" af at (?:der sker|jeg)|in case (?:something|anything) happens|just in case|if"
        r" (?:something|anything) (?:happens|should happen) to me|when i'?m gone|for when i'?m)",
        letters_to_all=r"(?:skrevet|skrev|skriver|wrote|written|writing) (?:\w+ ){0,2}(?:breve"
        r"|letters|notes) (?:til|to) (?:alle|everyone|everybody|all the people|hver)",
        goodbye_for_good=r"(?:sagt|sagde|sige|siger|said|say|saying|told|tell) (?:\w+ ){0,3}"
        r"(?:farvel|goodbye|good bye|my goodbyes|mine farveller)(?: [a-z']+){0,5} (?:for altid"
        r"|for sidste gang|for evigt|for good|forever|for the last time|one last time)"
        r"|(?:said|saying|say) my goodbyes|farvel for altid|goodbye forever|farvel og tak for alt"
        r"|goodbye and thank you for everything|this is goodbye|det her er farvel|dette er farvel",
        # Belongings given away because one will not need them.
        give_not_need=r"(?:givet|gav|giver|foræret|forærer|fordelt|delt ud|gave|given|giving"
        r"|give|handed) (?:[a-z'|]+ ){0,8}(?:(?:får|har|skal) <ikke> (?:\w+ )?brug for|<ikke>"
        r" (?:får|har|kommer til at have) brug for|<ikke>"
        r" skal bruge|won'?t need|will not need|wont need|won'?t be needing|when i'?m gone|når"
        r" jeg <ikke> er her|når jeg er væk)",
        things_shared=r"(?:mine ting|mine ejendele|my things|my stuff|my belongings)(?: \w+)?"
        r" (?:er|is|are|have been|er blevet) (?:\w+ )?(?:fordelt|givet væk|given away|divided"
        r"|shared out)",
        # A will or papers put in order "in case" (not "because we bought a house").
        will_in_case=r"(?:lavet|skrevet|skrev|lavede|ordnet|made|wrote|written|done|making"
        r"|writing|sorted) (?:et |mit |a |my )?(?:testamente|will)\b(?: [a-z']+){0,4}"
        r" (?:i tilfælde|for en sikkerheds skyld|for sikkerheds skyld|hvis der sker|hvis jeg"
        r"|in case|just in case|you never know|man ved aldrig|if anything|if something|if i"
        r"|før jeg|before i)",
        affairs_order=r"my affairs (?:are|is) (?:\w+ )?in order",
        # The home cleaned or sorted so that nobody has to do it afterwards.
        cleaned_for_others=r"(?:gjort rent|gjort (?:\w+ ){0,2}rent|ryddet op|ryddet|tømt|gjort"
        r" klar|cleaned|tidied|cleared|emptied|sorted out|sorted)(?: [a-z']+){0,6} (?:så|so"
        r"|so that) (?:at )?(?:ingen|nobody|no one|noone|andre|others|min familie|my family"
        r"|mine forældre|my parents)(?: [a-z']+){0,2} (?:skal|har|behøver|needs?|has|have|will"
        r" have|won'?t have)",
        # How high, how far, how much, how long: questions about a method.
        height=r"(?:hvor (?:højt|høj|mange etager|mange meter|langt ned)|how (?:high|tall|many"
        r" floors|many stories|many storeys|many meters|many metres|far down))(?: [a-z']+){0,8}"
        r" (?:dø|døde|dør|overleve|overlever|die|dies|dead|survive|survives|ihjel|fatal|dødelig"
        r"|falde fra|fall from|jump from|jump off|hoppe fra|hoppe ned fra|springe fra)\b",
        dose_death=r"(?:hvor mange|hvor meget|how many|how much) (?:\w+ ){0,2}<pills>(?: [a-z']+)"
        r"{0,6} (?:dø|dødelig|dødeligt|ihjel|kill|kills|die|dead|fatal|lethal|overdose|to end)\b",
        how_long_die=r"(?:hvor lang tid|how long)(?: [a-z']+){0,4} (?:tager det|does it take|takes"
        r" it|it takes|would it take|før|before|until|til) (?:[a-z']+ ){0,3}(?:at dø|to die|dør"
        r"|die|dies|død|dead|bløde ihjel|bleed out|drukne|drown|suffocate)\b",
        painless=r"(?:painless|smertefri|smertefrit|quick|quickest|hurtigste|nemmeste|easiest"
        r"|surest|sikreste) (?:way|ways|måde|måder|method|methods|metode) (?:to|at|of) (?:go|die"
        r"|dø|do it|gøre det|end|ende|kill|slå)\b|(?:googlet|googled|searched|søgt|looked up"
        r"|researched|læst om|read about|tjekket) (?:\w+ ){0,2}(?:hvordan man|how to|how you"
        r"|ways to|måder at)(?: [a-z']+){0,4} (?:dø|die|ihjel|kill myself|end it|smertefrit"
        r"|painless|uden smerte|without pain|uden at det gør ondt|without it hurting)",
        # Means named with a place where they are kept, or a number of pills.
        rope_kept=r"(?:reb|rebet|rope|the rope|løkke|noose)(?: [a-z']+){0,4} (?:i|in|under|på)"
        r" (?:mit |min |my |the |a |et |en )?(?:skab|skabet|closet|wardrobe|kælder|kælderen"
        r"|basement|garage|garagen|loft|loftet|attic|skuffe|skuffen|drawer|taske|tasken|bag|bil"
        r"|bilen|car|værelse|værelset|room)\b(?!(?: [a-z']+){0,2} (?:til at|til|for|to) )",
        pills_kept=r"(?:\b[1-9][0-9]{1,2}|tyve|tredive|fyrre|halvtreds|hundrede|twenty|thirty"
        r"|forty|fifty|hundred) (?!mg|ml)(?:\w+ )?<pills>(?: [a-z']+){0,4} (?:liggende|i skuffen"
        r"|i tasken|gemt|hjemme|klar|in my|in the|saved|hidden|ready|at home|stashed|lying"
        r" around|og tænker|and i keep|i keep)",
        car_engine=r"(?:garage|garagen)(?: [a-z']+){0,8} (?:motor|motoren|engine|the engine)"
        r"(?: [a-z']+){0,2} (?:running|on|kører|køre|tændt|i gang|klar|ready)|(?:motor|motoren"
        r"|engine|the engine)(?: [a-z']+){0,3} (?:running|on|kører|køre|tændt|i gang|klar"
        r"|ready)(?: [a-z']+){0,6} (?:garage|garagen)\b",
        # Death wishes in other words.
        not_exist=r"wish (?:that )?i (?:could|would) (?:just |simply )?(?:not exist|stop existing"
        r"|cease to exist|vanish)|(?:stop|quit) existing|ophøre med at eksistere|(?:bare|gerne)"
        r" (?:<ikke> )?(?:eksistere|ikke eksistere) (?:mere|længere)",
        sleep_not_wake=r"(?:sove|falde i søvn|sleep|fall asleep|go to sleep) (?:og|and) (?:så )?"
        r"(?:<ikke>|never|not|aldrig) (?:\w+ )?(?:vågne|wake)",
        no_waking=r"(?:gider|orker|vil|magter) <ikke> (?:at )?vågne(?: [a-z']+){0,3} (?:mere"
        r"|længere|igen|op igen)\b",
        here_inverted=r"\ber jeg (?:\w+ )?(?:her|i live) (?:\w+ )?<ikke> (?:mere|længere)",
        ending_thinking=r"(?:thinking|thought|think) (?:of|about) end(?:ing)? (?:it all|everything"
        r"|my life)",
    ),
    *_rules(
        CONCERN,
        "suicidal_indirect",
        dose_question=r"(?:hvor mange|hvor meget|how many|how much) (?:\w+ ){0,2}<pills>"
        r"(?: [a-z']+){0,3} (?:is too many|is too much|er for mange|er for meget|too many"
        r"|for mange|does it take|it takes|would it take|do you need|skal der til|skal man tage)\b",
        pills_count=r"(?:\b[1-9][0-9]{1,2}|tyve|tredive|fyrre|halvtreds|hundrede|twenty|thirty"
        r"|forty|fifty|hundred) (?!mg|ml)<pills>",
    ),
    *_rules(
        CONCERN,
        "psychiatric",
        harm_thoughts=r"(?:tanker|thoughts|billeder|images|urges|trang|lyst) (?:om|about|of|til"
        r"|to) (?:at )?(?:skade|slå|dræbe|skubbe|stikke|hurting|harming|killing|pushing|stabbing"
        r"|hurt|harm|kill|push|stab)(?: [a-z']+){0,2} (?:nogen|someone|somebody|people|folk|andre"
        r"|others|min baby|my baby|mit barn|my kid|my child|min søn|min datter|my son|my daughter"
        r"|ham|hende|him|her)\b",
    ),
    *_rules(
        CONCERN,
        "despair",
        nothing_means=r"(?:intet|ingenting|ikke noget|nothing|none of this|nothing in my life)"
        r" (?:\w+ )?(?:giver|gives|makes|has|means) (?:\w+ )?(?:mening|sense|meaning|anything)"
        r"(?: \w+)? (?:mere|længere|anymore|any more|any longer|to me)\b|^ (?:intet|ingenting"
        r"|nothing) (?:giver|makes) (?:mening|sense) $",
        talk_to_me_now=r"(?:someone|somebody|nogen) (?:please )?(?:talk|snak|tal|tale|snakke)"
        r" (?:to|with|med) (?:me|mig) (?:nu|now|right now|please)",
        hidden_marks=r"(?:gemmer|gemt|skjuler|skjult|hide|hiding|hid|cover|covering|covered)"
        r" (?:\w+ ){0,2}(?:mærkerne|mærker|arrene|sårene|cuts|scars|marks|wounds) (?:på|on)"
        r" (?:mine?|my) (?:arme|arm|ben|lår|håndled|arms?|legs?|thighs?|wrists?)",
    ),
    *_rules(
        CRISIS,
        "homeless_tonight",
        no_roof=r"no roof over (?:my|our) heads?|(?:<dont> have|haven'?t got|without) a roof over"
        r" (?:my|our) heads?|<ikke> (?:noget|et) tag over hovedet",
        nowhere_tonight=r"(?:ingen steder|intet sted|ikke noget sted|ikke et sted|nowhere|no place"
        r"|not anywhere)(?: [a-z']+){0,4} (?:i nat|i aften|tonight|this night)\b",
    ),
    *_rules(
        CRISIS,
        "violence",
        # Hands or a grip around the neck ("a scarf around my neck" is not).
        neck=r"<perp> (?:[a-z']+ ){0,3}(?:hænder|hænderne|hands|fat|holdt|holder|held|holds|grabbed"
        r"|grabs|tog|tager|took|squeezed|squeezes|klemte|klemmer|trykkede|trykker|pressed"
        r"|presses|strammede|tightened)(?: [a-z']+){0,3} (?:(?:om|rundt om) (?:min )?(?:hals"
        r"|halsen|strube)|(?:around|on|by) (?:my|the) (?:neck|throat))\b",
        hits_us=r"<perp> (?:\w+ )?(?:slår|slog|tæver|tævede|sparker|hits|hit|beats|beat|kicks"
        r"|hurts) (?:os|us)\b(?! (?:i|at|in|på)\b)",
    ),
    *_rules(
        CRISIS,
        "unsafe_now",
        hiding_in=r"(?:jeg|i'?m|i am|im|i)(?: \w+){0,2} (?:gemt|gemmer|skjult|skjuler|hiding|hid"
        r"|hidden|locked myself) (?:mig )?(?:i|på|under|bag|in|under|behind) (?:the |my |a )?"
        r"(?:skabet|badeværelset|toilettet|værelset|kælderen|sengen|closet|bathroom|toilet"
        r"|wardrobe|bedroom|basement)\b",
    ),
    *_rules(
        CONCERN,
        "suicidal_indirect",
        nobody_miss=r"(?:ingen|nobody|no one|noone) (?:der )?(?:vil|ville|kommer til at|would|will)"
        r" (?:\w+ )?(?:savne|miss) mig|(?:nobody|no one|noone) (?:would|will) (?:\w+ )?miss me",
        disappear_wish=r"(?:vil|ville|lyst til at|want to|wanna|wish i could) (?:bare |just )?"
        r"(?:forsvinde|disappear)<end>",
    ),
    *_rules(
        CRISIS,
        "self_harm",
        word=r"(?:selvskad|self ?harm|selfharm|self injur)",
        cut_da=r"(?:skære|skærer|skar|skåret|skær) (?:\w+ ){0,2}(?:i|på) (?:mig|mine? \w+"
        r"|armene|arme|armen|benene|ben|håndled|håndleddet|håndleddene|lårene|huden)"
        r"|(?:skære|skærer|skar|skåret) mig\b(?! på)",
        cutter_da=r"(?:jeg|hun|han) cutter|cutter (?:mig|igen)|cuttet",
        cut_en=r"(?:cut|cuts|cutted|cutting|burn|burns|burned|burnt|burning|scratch|scratching|carve"
        r"|carving) (?:<self>|my (?:arms?|wrists?|legs?|thighs?|skin|body|hands?|stomach))"
        r"|(?:started|start|stopped|stop|been|am|i'm) cutting (?:again|myself)?<end>"
        r"|cutting again",
        others_self=r"(?:cutter|cuttede|skærer|skar) (?:i )?sig(?: selv)?\b(?! på| i fingeren"
        r"| ved et uheld)|(?:cutting|harming|self harming) (?:herself|himself|themselves"
        r"|themself)",
        urge_cut=r"(?:trang|urge|urges|lyst)(?: [a-z']+){0,2} (?:til at|to) (?:skære|cut|brænde"
        r"|burn|skade|hurt|harm|ridse|scratch)(?: mig| myself)? (?:igen|again)",
        on_purpose_da=r"(?:brændt|brændte|brænder|skåret|skar|slået|slog|skadet|skadede) mig"
        r"(?: [a-z']+){0,4} (?:med vilje|med fuldt overlæg)",
        do_harm=r"(?:do|doing|cause|causing|inflict|inflicting) (?:some )?harm to <self>",
        hurt_self=r"(?:hurt|hurting|hurts|harm|harming|injure|injuring|burn|burning|hit|punish"
        r"|punishing"
        r"|hitting|punch|punching|starve|starving) <self>",
        hurt_self_da=r"(?:skade|skader|skadet|brænde|brænder|brændte|slå|slår|slog|sulte|ridse"
        r"|ridser|ridsede|kradse|kradser|kradsede|bide|bider|stikke|stikker|skolde|skolder"
        r"|sulter|straffe|straffer) mig selv|gøre (?:mig selv |noget ved mig selv )?(?:skade"
        r"|ondt)|gøre mig selv noget|gøre noget ved mig selv",
        bleed=r"(?:til blods|until (?:it|i) bleeds?|until (?:it|i) bled|till (?:it|i) bleeds?)"
        r"|(?:skåret|skar|skærer|cut|river|rev|kradser|kradset|scratch|scratched|tear|tore"
        r"|tearing)(?: [a-z']+){0,6} (?:bløder|blødte|bled|bleeding|bleed|blod|blood)",
        tear_self=r"(?:rive|river|rev|revet|bide|bider|bed) mig selv|(?:tear|tearing|tore) (?:at )?"
        r"(?:my ?self|my skin|my arms|my hair out)",
    ),
    *_rules(
        CRISIS,
        "homeless_tonight",
        locked_out=r"(?:skiftet|skiftede|changed) (?:låsen|lock|the lock|the locks|my lock)"
        r"(?: [a-z']+){0,5} (?:<ikke> komme ind|can'?t get in|cannot get in|locked out)"
        r"|locked out of (?:my|the) (?:flat|apartment|home|house)|(?:smidt|låst) ud af (?:min"
        r" )?(?:lejlighed|lejligheden|bolig|hjem)",
        slept_out=r"(?:sove|sov|sover|sovet|sleep|slept|sleeping|overnatte|overnattet|stay"
        r"|stayed|staying) (?:\w+ )?(?:i|in|on|at|på|under) (?:the |a |en |et |min |my )?"
        r"(?:opgangen|trappeopgangen|kælderen|parken|skuret|busstoppestedet|stationen|en bænk"
        r"|bænken|gaden|telt|teltet|stairwell|staircase|stairs|park|shed|bus stop|station"
        r"|bench|basement|street|tent|doorway|porten|cykelkælderen|bilen|car)\b",
        no_place=r"(?:<dont> have|haven'?t got|have not got|have no|got no) (?:a |any )?(?:place"
        r"|where|bed|home|roof)(?: [a-z']+){0,2} (?:to|for) (?:sleep|stay|live|go|be|the night)",
        no_bed=r"(?:ingen|no|not a|ikke nogen|ikke en|<ikke> en) (?:seng|bed|sovested)"
        r" (?:i nat|tonight|for the night|i aften)",
        nothing_to_live_in=r"(?:<ikke> noget|intet|ingenting) (?:at bo i|at sove i|tag over"
        r" hovedet)",
        nowhere=r"(?:ingen steder|intet sted|ikke noget sted|ikke et sted|ingen sted|ikke nogen"
        r" steder|ikke nogen sted|nowhere|no where|no place|not anywhere|no home)"
        r" (?:\w+ )?(?:at|to) (?:sove|bo|være|overnatte|tage hen|sleep|stay|live|go|be)\b",
        on_the_street=r"(?:smidt|smed|smider|smide|sat|sætter|sætte) (?:mig|os) (?:ud )?på gaden",
        live_out=r"(?:bor|lever|boet|live|living|lives|lived) (?:\w+ )?(?:i|in) (?:et |en |a |the"
        r" |min |my )?(?:telt|tent|bil|bilen|car|skur|shed|parken|park|skoven|woods|forest"
        r"|stairwell|opgangen|kælderen|basement)\b",
        thrown_out=r"(?:smidt|smed|smider|smide) (?:mig )?(?:\w+ )?ud\b(?! af (?:min |mit |mine"
        r" |den |det |på )?(?:skole|uddannelse|studie|studiet|kursus|kurset|hold|klub|gruppe"
        r"|klasse|job|arbejde|time|butik|bar|forening|chat|facebook|bus|bussen|tog|toget|biograf"
        r"|biografen|fest|festen|butikken|baren|diskotek|diskoteket|kampen|spillet|gruppechat))",
        thrown_out_en=r"(?:kicked|threw|thrown|throw|throws|kicks|kick|chucked|put|turned)"
        r" (?:me|us) out\b(?! of (?:the |my |a )?(?:class|school|course|college|team|group"
        r"|club|job|shop|bar|game|chat|uni|university|lesson|meeting))|(?:i was|i got|i've"
        r" been|i have been|been|got|was|am being|getting|i'm|im) (?:\w+ )?(?:kicked|thrown"
        r"|chucked|turned|put) out\b(?! of (?:the |my |a )?(?:class|school|course|college"
        r"|team|group|club|job|shop|bar|game|chat|uni|university|lesson|meeting))",
        on_street=r"(?:står|er|bor|lever|sover|havnet|endt|ender|røget|landet) (?:\w+ )?på gaden"
        r"|(?:i'?m|i am|im|living|sleeping|ended up|end up|out) on the streets?<end>",
        street=r"(?:hjemløs|homeless|uden tag over hovedet|without a roof|sat på gaden"
        r"|sove på gaden|sover på gaden|sleep(?:ing)? (?:on the street|rough|outside|in (?:my|a"
        r"|the) car|in a park|on a bench)|sove (?:udenfor|ude|i (?:min |en )?bil|i parken"
        r"|på en bænk)|sover (?:udenfor|ude|i (?:min |en )?bil|i parken|på en bænk)|on the"
        r" streets?\b|på gaden (?:i nat|nu))",
        tonight=r"(?:sove|bo|være|sleep|stay) (?:\w+ ){0,3}(?:i nat|tonight)(?: \w+){0,4}"
        r" (?:ved ikke|don'?t know|no idea|nowhere|ingen steder)",
    ),
    *_rules(
        CONCERN,
        "homeless_tonight",
        surfing=r"(?:sover|sove|sleep|sleeping|bor|stay|staying) (?:\w+ )?(?:hos|at|with)"
        r" (?:forskellige|venner|different|friends|other people|whoever|people)(?: [a-z']+){0,3}"
        r" (?:hver nat|every night|each night|fra nat til nat|night to night)|(?:blevet|er|bliver)"
        r" sat ud\b",
        # Eviction that has happened or happens now; a coming one is a money matter.
        evicted=r"(?:(?:got|was|been|were|get|getting|being) evicted|evicted (?:today|tonight"
        r"|tomorrow|now|this (?:morning|evening))|(?:blevet|blev) (?:sat ud|udsat) af (?:min |mit"
        r" )?(?:lejlighed|lejligheden|bolig|boligen|hus|huset|værelse|værelset)|sat ud af (?:min"
        r" |mit )?(?:lejlighed|bolig|hus|værelse) (?:i dag|i nat|i morgen|nu)|sofa ?surf"
        r"|couch ?surf)(?! because of rent)",
    ),
    *_rules(
        CONCERN,
        "despair",
        cant_more=r"(?:kan|kunne) <adv><ikke> (?:mere|mer|mere nu|længere)<end>",
        cant_more2=r"(?:kan|kunne) <adv><ikke> (?:mere|mer)$",
        cant_more_en=r"<cant> (?:anymore|any more|no more|take it|do it anymore)(?: with"
        r" (?:anything|everything|life|this|it))?<end>",
        cant_more_with=r"(?:kan|kunne) <adv><ikke> (?:mere|mer) med (?:noget|det|det hele|livet"
        r"|alt|noget som helst)",
        orker_life=r"(?:orker|magter|gider|klarer|kan) <ikke> (?:livet|noget|det her liv|mit liv"
        r"|at være mig|noget som helst) (?:mere|mer|længere)|(?:orker|magter|gider|klarer)"
        r" <ikke> (?:mere |mer )?(?:livet|det her liv|mit liv)<end>|<cant> (?:do|manage|handle"
        r"|take|stand) (?:this |my )?life",
        stupid=r"(?:lyst til|vil|want to|wanna|going to|gonna|afraid i'?ll|tempted to|bange for"
        r" at jeg) (?:at )?(?:gøre|do|gør) (?:noget|something) (?:dumt|stupid|drastisk|drastic"
        r"|desperat|desperate|uigenkaldeligt|irreversible|farligt|dangerous)",
        broken=r"(?:jeg er|i am|i'm|im|føler mig|feel|feeling) (?:\w+ )?(?:knækket|brudt sammen"
        r"|broken|shattered|falling apart|breaking down|at rock bottom|helt nede)\b"
        r"(?! af kedsomhed| of boredom| after| efter| af)",
        no_sense=r"(?:livet|mit liv|life|my life) (?:giver|gives|makes|has|har) (?:ingen|ikke"
        r" nogen|no) (?:mening|sense|meaning)|(?:livet|mit liv|life|my life) (?:er|is)"
        r" (?:\w+ )?(?:meningsløst|meaningless|pointless)",
        what_ill_do=r"(?:ved|aner) (?:jeg )?<ikke> hvad jeg (?:gør(?! forkert| galt| rigtigt| her"
        r"| nu| med| ved det| i)|finder på|kan finde på|gør af mig selv|skal gøre af mig selv"
        r"|gør ved mig selv)|<dont> know what i(?:'ll| will| might| could|'m"
        r" going to) do(?! today| tomorrow| next| now| about| with| for| in| at)",
        falling_apart=r"(?:jeg er|jeg føler mig|føler mig|jeg) (?:\w+ )?(?:ved at gå i stykker"
        r"|går i stykker|ved at bryde sammen|ved at falde fra hinanden|ved at gå ned)"
        r"(?! af| over| med)",
        bare_plan=r"^ (?:jeg har|i have|i've got|i got) (?:en|a) plan(?: nu| now)? $",
        lived_enough=r"(?:levet længe nok|lived long enough|done living|færdig med at leve"
        r"|hjem til gud|home to god|være hos gud|be with god)",
        let_happen=r"(?:lade|letting|let) (?:det|it) (?:bare |just )?(?:ske|happen)<end>",
        live_like_this=r"(?:kan|vil|orker|magter) <ikke> (?:at )?leve (?:sådan|sådan her|på den her"
        r" måde|som nu)|<cant> (?:go on )?(?:live|living) like this|<dont> want to live like"
        r" this",
        over_for_me=r"(?:slut|over|forbi|the end) for mig|(?:over|the end) for me\b|ellers"
        r"(?: \w+){0,3} (?:sker der noget|gør jeg noget)|(?:or|otherwise|or else) (?:\w+ ){0,2}"
        r"something (?:will|might|is going to|bad will) happen|thinking (?:a lot )?about death"
        r"|tænkt (?:meget )?på døden|tænker (?:meget )?på døden",
        orker_alone=r"(?:jeg )?(?:orker|magter) <ikke><end>|(?:alt|everything|livet|life|det"
        r" hele) (?:er|is) (?:bare |just |helt |so )?(?:sort|black|mørkt|dark)<end>",
        edge=r"(?:jeg er|i'm|i am|im) (?:helt |lige |so )?(?:på randen|on the edge|at breaking"
        r" point|ved at bryde sammen|at the end of my rope|at the end of my tether)<end>",
        not_anymore=r"(?:jeg )?vil <ikke> (?:mere|mer)(?: det her| det| med det)?<end>|(?:i )?"
        r"<dont> want to (?:anymore|any"
        r" more)<end>|(?:i )?<dont> want (?:this|to do this) (?:anymore|any more)",
        orker=r"(?:orker|magter|gider|klarer) <adv><ikke> (?:mere|mer|mere af det|længere|det"
        r" (?:mere|længere)|mere af (?:det|livet|alt))<end>",
        orker2=r"(?:orker|magter|gider|klarer) <ikke> (?:mere|mer|længere)$",
        hold_out=r"(?:kan|kunne) <adv><ikke> (?:holde (?:det|til det|livet|mig selv) ud|klare"
        r" (?:det|mere|livet)|overskue (?:livet|at leve|noget som helst|mere)) ?(?:mere"
        r"|længere|længer)?<end>",
        give_up=r"(?:giver|gav|har givet|opgivet|opgiver) (?:\w+ )?op (?:på|med) (?:alt|livet"
        r"|mig selv|det hele|at leve)|(?:har|er) opgivet (?:alt|livet|mig selv|det hele|at"
        r" leve)?<end>|(?:jeg )?(?:giver|har givet) op<end>",
        hopeless=r"håbløs|hopeless|ingen udvej|ingen vej ud|ikke nogen udvej|ser ingen fremtid"
        r"|(?:ingen|ikke nogen|no) (?:vej frem|way forward|fremtid for mig|future for me)"
        r"|intet håb|ikke noget håb|mistet (?:alt )?håb|no way out|no hope|lost (?:all )?hope"
        r"|no future for me|(?:ingen|ikke (?:\w+ )?nogen|no|<cant> see (?:a|any)|see no"
        r"|<dont> see (?:a|any))"
        r" (?:vej ud|udvej|udveje|way out|exit|escape)",
        tired_life=r"(?:træt af livet|livstræt|træt af det hele|tired of life|sick of life"
        r"|(?:done|finished) with (?:this |my )?life|færdig med (?:livet|det her liv|mit liv)"
        r"|tired of everything|tired of it all|done with life|done with everything)",
        never_better=r"(?:bliver aldrig (?:bedre|godt igen)|aldrig blive bedre|will never get"
        r" better|never going to get better|nothing (?:will )?ever (?:get|gets) better|it'?ll"
        r" never get better|never gets better)",
        cant_go_on=r"<cant> (?:go on|carry on|continue|keep going)<end>",
        cant_go_on2=r"<cant> (?:go on|carry on|continue|keep going)$",
        cant_take=r"<cant> (?:take|handle|stand|bear|cope with|do|deal with|cope) (?:it|this"
        r"|this life|life|any of this|it all)? ?(?:anymore|any more|any longer|no more)",
        cant_cope=r"<cant> (?:cope|take it|take this|do this)<end>",
        give_up_en=r"(?:give|giving|gave|given) up on (?:everything|life|myself|living|it all"
        r"|all)|i (?:give|gave) up<end>|i(?:'ve| have) given up<end>",
        point=r"(?:what'?s|what is|whats) the point<end>|what is the point of (?:anything"
        r"|everything|it all|trying|going on)|(?:what'?s|whats) the point of (?:anything"
        r"|everything|it all|trying|going on)|no point (?:in )?(?:anything|trying|anymore"
        r"|going on)|ingen mening med (?:noget|livet|det hele|at leve)",
        burden_concern=r"(?:byrde|belastning|burden) (?:for|to|on|til) (?:alle|andre|min familie"
        r"|everyone|others|my family|people|dem|them|mine børn|my kids|my children|everybody"
        r"|familien|the family)",
        nothing_to_live_for=r"(?:<ikke> noget|intet|ingenting|nothing|not anything|no one|nobody"
        r"|ingen|<ikke> nogen) (?:\w+ )?(?:at|to) (?:leve|live) for",
    ),
    *_rules(
        CONCERN,
        "urgent_help",
        call_now=r"(?:ring|ringe|call|phone) (?:til )?(?:mig|me) (?:nu|now|right now|med det samme"
        r"|asap|straks|immediately)",
        talk_now=r"(?:brug for|behov for|need|needs|have to|must|skal) (?:at |to )?(?:tale|snakke"
        r"|talk|speak) (?:med|to|with) (?:nogen|en|et menneske|someone|somebody|a person|a human)"
        r"(?: [a-z']+){0,2} (?:nu|lige nu|med det samme|now|right now|immediately|asap|tonight"
        r"|i aften|i nat)<end>",
        need_now=r"(?:brug for|behov for|har brug for) (?:\w+ )?hjælp (?:\w+ )?(?:nu|lige nu|med"
        r" det samme|i dag|i aften|i nat|akut|hurtigt|straks)"
        r"(?= (?:\||$|for |fordi |jeg |det |please |tak )|$)",
        need_badly=r"(?:akut|desperat|haster med at få) (?:brug for )?hjælp|(?:urgently|badly"
        r"|desperately) need (?:help|someone|somebody)|need (?:help|someone) (?:urgently|badly"
        r"|desperately)",
        need_now_en=r"(?:need|needs|want) (?:\w+ )?help (?:\w+ )?(?:now|right now|immediately"
        r"|asap|right away|urgently|tonight|today)(?= (?:\||$|please |because |i |it |,)|$)",
        here_now=r"(?:hjælp|help|tale med nogen|talk to someone) (?:\w+ )?(?:her og nu|here and"
        r" now)",
        in_crisis=r"(?:jeg er|i am|i'm|im|er jeg) (?:\w+ )?(?:i (?:en )?krise|in (?:a )?crisis)",
        acute=r"det er (?:(?:meget|rigtig|virkelig|helt|sgu|faktisk|altså|nu|bare|jo|også) )?akut"
        r"|det haster(?! ikke)"
        r"|nødsituation|nødstilfælde",
        urgent_en=r"(?:it|this|that)(?:'?s| is| was) (?:really |very |super |an |kind of |actually"
        r" |now |quite |so |pretty |extremely |truly )?"
        r"(?:urgent|an emergency|emergency)|\bemergency<end>",
        help_help=r"(?:hjælp|help)(?: (?:hjælp|help|mig|me))* (?:hjælp|help)\b",
        help_me=r"(?:^ |\| )(?:hjælp|hjælp mig|help|help me|please help(?: me)?|hjælp mig nu"
        r"|help me now|please help me now|help me please|hjælp mig lige nu|kan nogen hjælpe"
        r" mig|someone help me|somebody help me|can someone help me) ?(?:nu|now|please)?"
        r"(?= \||$| $)",
    ),
]

_VOCAB_SET = frozenset(_RULE_WORDS)
_BUCKETS: dict[tuple[str, int], tuple[str, ...]] = {}
for _word in sorted(_RULE_WORDS):
    _BUCKETS[(_word[0], len(_word))] = (*_BUCKETS.get((_word[0], len(_word)), ()), _word)

# Harmless uses, blanked out before the rules run. Written with the same syntax.
GUARDS = [
    _compile(p)
    for p in (
        r"det slår mig|slår mig (?:som|at|ned|løs|sammen|igennem)",
        r"(?:keder|kedede|kede|griner|grinede|arbejder|arbejdede|fryser|frøs|sveder|spiser"
        r"|drikker|danser|træner|løber|stresser|bekymrer|keder) mig (?:\w+ )?ihjel",
        r"(?:dø|dør|døde|død|ved at dø) af (?:grin|sult|kedsomhed|skam|nysgerrighed|varme"
        r"|kulde|tørst|træthed|latter|spænding)",
        r"(?:det|de|han|hun|arbejdet|ventetiden|køen) tager livet af mig",
        r"(?:skød|skyde|skyder|shot|shoot|shooting) (?:mig selv|myself) i (?:foden|the foot)"
        r"|shot myself in the foot",
        r"beat(?:ing)? myself up|(?:slå|slår|slog) mig selv i hovedet (?:over|med)",
        r"(?:hurt|injured|cut) myself (?:playing|lifting|at work|at the gym|when i fell|while"
        r"|falling|in a fall|shaving|cooking|on a|on the|by accident|accidentally)",
        r"(?:fell|slipped|tripped) and (?:hurt|cut) myself",
        r"(?:skar|skåret|skære) mig (?:i fingeren|på en kniv|på kniven|på papir|ved et uheld)",
        r"(?:cut|skar|skåret) (?:my |min |mig i )?(?:finger|fingeren|thumb|tommelfingeren)"
        r"(?: [a-z']+){0,6}",
        r"(?:can|could|will|would|kan|vil) (?:you|u|someone|anyone|somebody|du|i|nogen|man)"
        r" (?:please )?(?:help|hjælpe) (?:me|mig)(?! nu| now| right now| med det samme)",
        r"in (?:an|case of|case of an) emergency|emergency (?:number|contact|help|line)"
        r"|hvis det (?:er|bliver) akut|i (?:et )?akut tilfælde|akut hjælp",
        r"(?:won'?t|will not) be (?:here|around)(?: [a-z']+){0,4} (?:because|as|since|i'?m|i am"
        r"|going|we are|we're|on)(?: [a-z']+){0,3} (?:holiday|vacation|travel|away|trip"
        r"|abroad|ferie|work)",
        r"(?:giv|giver|givet|gav|give|giving|gave|given)(?: [a-z']+){0,5} (?:til genbrug|til"
        r" røde kors|til velgørenhed|to charity|to the red cross|fordi jeg flytter|because i'?m"
        r" moving|to a charity shop)",
        r"(?:hvis|if|når|when) (?:det|it|it's|its) (?:is |er |becomes |bliver |gets |turns into )?"
        r"(?:an |en )?(?:urgent|emergency|akut|nødsituation)",
        r"(?:var|har været|was|have been|used to be|i've been) (?:\w+ )?(?:hjemløs|homeless)"
        r"(?: [a-z']+){0,3} (?:år|years|måneder|months) (?:siden|ago)|(?:var|har været|was|have"
        r" been|used to be) (?:engang |once |tidligere )?(?:hjemløs|homeless)(?: [a-z']+){0,4}"
        r" (?:nu har jeg|now i have|but now|men nu)",
        # Games and sports: "slog mig i skak", "beat me at cards" (issue 10, second round).
        r"(?:slog|slår|slå|banker|bankede|bankes|tævede|tæver|tæve|beat|beats|beating|crushed"
        r"|crush|destroyed|destroys|thrashed|smashed|killed|owned|wrecked|kills)"
        r" (?:han |hun |de )?(?:mig|os|me|us)(?: [a-z0-9']+){0,3} (?:i|at|in|on|på|til)"
        r" (?:\w+ )?(?:skak|fodbold|kort|kortspil"
        r"|ludo|matador|scrabble|wordfeud|tennis|badminton|håndbold|basket|bordtennis|fifa"
        r"|fortnite|spillet|spil|kampen|chess|cards|poker|uno|monopoly|football|soccer|game"
        r"|games|match|golf|darts|dart|pool|billard|mario|tetris|quiz|armlægning|arm wrestling"
        r"|løb|race|xbox|playstation|backgammon|yatzy|trivial|checkers|dam|padel|squash"
        r"|volleyball|hockey|ping pong|table tennis|handball|basketball|running|the final"
        r"|wordle|rummy|sudoku|crossword|krydsord|bowling|minigolf|mini golf|cribbage"
        r"|finalen|turneringen|tournament)\b",
        # Films, books, news and school work about a subject: the topic words are not the
        # writer's own situation. Stops at words that bring the writer back in.
        r"(?:film|filmen|movie|dokumentar|dokumentaren|documentary|bog|bogen|book|novel|roman"
        r"|serie|serien|series|show|artikel|artiklen|article|avisen|nyhederne|news|podcast"
        r"|episode|program|programmet|udsendelse|foredrag|lecture|opgave|essay|assignment"
        r"|projekt|project|sang|song|teaterstykke|play|kampagne|campaign) (?:\w+ ){0,3}(?:om"
        r"|about|on) (?:(?!(?:og|and|jeg|i|me|mig|my|min|mit|mine|myself|selv|now|nu)\b)"
        r"[a-z0-9']+ ){0,6}",
        r"(?:tired|sick) of living (?:in|with|at|on|next to|out of) (?!(?:myself|me|it|pain"
        r"|the pain|fear|depression|my ?self|what|this world|the world|this life|this body"
        r"|this pain|this head)\b)",
        r"(?:no way out|ingen vej ud|ingen udgang) (?:of|af|fra) (?:the |a |this |that )?(?:car"
        r" park|parking|building|maze|labyrinth|game|level|parkeringshuset|p huset|bygningen"
        r"|labyrinten|rummet|spillet|banen|contract|kontrakten|aftalen|motorvejen|motorway)",
        r"(?:hører|høre|hørte|hørt|hear|hearing|heard) (?:\w+ )?(?:stemmer|voices)"
        r" (?:fra|from|through|gennem|igennem|in|i) (?:the |min |my )?(?:naboen|naboerne"
        r"|neighbou?rs?|flat|lejligheden"
        r"|next door|the next|hall|opgangen|gangen|street|gaden|tv|radio|radioen|other room"
        r"|køkkenet|kitchen|ved siden af|væggen|wall|walls)",
        r"(?:reb|rope|ropes)(?: [a-z']+){0,3} (?:til|for|to) (?:\w+ ){0,2}(?:hængekøje|hammock"
        r"|båd|båden|boat|tent|telt|teltet|climbing|klatring|klatre|tow|towing|flag|tøjsnor"
        r"|washing|laundry|dog|hund|swing|gynge|camping|sailing|sejlads)",
    )
]

_NEGATORS = frozenset(
    {
        *("ikke", "ik", "ikk", "ike", "aldrig", "ingen", "intet"),
        *("not", "never", "no", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't"),
        *("wont", "won't", "wouldnt", "wouldn't", "cant", "can't", "cannot", "isnt", "isn't"),
        *("arent", "aren't", "aint", "ain't"),
    }
)


# After a negation these words make a compulsion, not a denial: "I can't stop cutting".
_COMPULSION = frozenset({"stop", "stoppe", "lade", "help", "hjaelpe", "resist", "control", "styre"})


def _negated(text: str, start: int) -> bool:
    """A negation among the three words before `start`, within the same clause, that is not
    part of a compulsion ("I can't stop ...", "jeg kan ikke lade være med ...")."""
    before = text[:start].rsplit("|", 1)[-1].split()[-3:]
    words = [*before, *text[start:].split()[:1]]
    return any(
        word in _NEGATORS and (i + 1 >= len(words) or words[i + 1] not in _COMPULSION)
        for i, word in enumerate(before)
    )


def check(text: str) -> CrisisCheck:
    """The crisis level of one message: the rules first; when they say none, the learned
    second net (portal/chat/crisis_model.py) may still ask the gentle question (`concern`,
    category `model`), never give a crisis verdict on its own."""
    result = rules_check(text)
    if result.flagged or not isinstance(text, str) or not text.strip():
        return result
    try:
        from portal.chat import crisis_model

        if crisis_model.flags(text):
            return CrisisCheck(CONCERN, MODEL, "model.net")
    except Exception:  # the rules' answer stands; never the message text in the log
        _log.exception("crisis net failed on a message")
    return result


def rules_check(text: str) -> CrisisCheck:
    """The rules' crisis level of one message, its category and the rule that decided it."""
    if not isinstance(text, str) or not text.strip():
        return CrisisCheck()
    norm, corrected = _spell(normalise(text[:5000]))
    for guard in GUARDS:
        norm = guard.sub(" _ ", norm)
    best = CrisisCheck()
    for rule in RULES:
        for match in rule.pattern.finditer(norm):
            negated = _negated(norm, match.start())
            level = rule.level
            if negated:
                level = CONCERN if level == CRISIS else NONE
            rank, best_rank = _RANK[level], _RANK[best.level]
            if rank > best_rank or (rank == best_rank and best.negated and not negated):
                best = CrisisCheck(level, rule.category, rule.name, negated, corrected)
            if best.level == CRISIS:
                return best
            if not negated:
                break  # this rule has spoken; a later match of it cannot rank higher
    return best


def is_crisis(text: str) -> bool:
    """True when the message needs the emergency contacts (level crisis or concern)."""
    return check(text).flagged
