"""Crisis words, checked on every chat message before anything else (DESIGN.md § 8).

Deliberately broad: a false alarm shows the emergency numbers once too often; a miss can
cost a life. Patterns match word starts in Danish and English, with common misspellings.
The held-out test sentences (bench/data/intent_heldout.yml) must all be caught.
"""

import re
import unicodedata

_PATTERNS = (
    # Suicide and wanting to die.
    r"selvmord",
    r"selvmords",
    r"suicid",
    r"kill(ing)? my ?self",
    r"end(ing)? (it all|my life|everything)",
    r"take my (own )?life",
    r"tage? (mit )?(eget )?liv",
    r"tage? livet af mig",
    r"slå mig (selv )?ihjel",
    r"gøre en ende på",
    r"(ikke|ik|gider ikke|orker ikke|har ikke lyst til at) leve",
    r"(don'?t|do not|no longer|not) (want to )?(be )?(live|living|alive)",
    r"(want|wanna|wish|ready|going) to die",
    r"(vil|ønsker|lyst til at|gerne|bare|klar til at) (bare )?dø\b",
    r"better off dead",
    r"bedre (hvis jeg var|at være) død",
    r"ikke være her (mere|længere)",
    r"not be here anymore",
    r"no reason to live",
    r"ingen grund til at leve",
    r"hang(e)? mig",
    r"hang myself",
    r"overdos",
    r"piller? for at dø",
    r"sleeping pills",
    r"hoppe? ud (foran|fra)",
    r"jump (off|in front)",
    # Self-harm.
    r"skade mig selv",
    r"skader mig selv",
    r"gøre (mig selv )?skade",
    r"skære? i mig selv",
    r"skærer i mig",
    r"cutter",
    r"cutting",
    r"cut(ting)? myself",
    r"hurt(ing)? myself",
    r"harm(ing)? myself",
    r"self[- ]?harm",
    r"selvskad",
    # Violence.
    r"slår mig",
    r"sparker mig",
    r"truer (mig|med)",
    r"vold(?!som)",
    r"mishandl",
    r"voldtag",
    r"(hits|beats|kicks|chokes) me",
    r"beat(s|ing)? me",
    r"violen",
    r"abus",
    r"rape",
    r"threaten(s|ing)? (me|to)",
    r"afraid (of|for) my (life|partner|husband|wife|boyfriend|girlfriend)",
    r"bange for (mit liv|min (kæreste|mand|kone|partner))",
    r"i (fare|livsfare)",
    r"in danger",
    # Nowhere to sleep tonight.
    r"(ingen steder|intet sted|ikke noget sted) at (sove|bo|være)",
    r"(nowhere|no where|no place) to (sleep|stay|live|go)",
    r"sove på gaden",
    r"sleep(ing)? (on the street|rough|outside)",
    r"smidt ud",
    r"kicked out",
    r"thrown out",
    r"hjemløs",
    r"homeless",
    r"på gaden i nat",
    r"on the street tonight",
)
_CRISIS = re.compile(r"(?<![\w])(?:" + "|".join(_PATTERNS) + ")", re.IGNORECASE)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    return re.sub(r"\s+", " ", text)


def is_crisis(text: str) -> bool:
    """True when the message speaks of suicide, self-harm, violence or nowhere to sleep."""
    return bool(_CRISIS.search(normalise(text)))
