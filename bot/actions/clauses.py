"""Whose clauses: what a message tells of the writer and of another adult it asks for.

Shared by the portal's driver and the actions (the whose-check question is the action's,
round 16), so the action server reads a message as the web chat does without importing
the driver.
"""

from __future__ import annotations

import functools
import re

from bot.actions.answers import described_impact, whom_written_for
from portal.screening import question, understanding

ANSWERED_FOR = "answered_for"  # bot.actions.actions.ANSWERED_FOR_SLOT

# A message that opens as a question does ("kan I hjælpe med gæld", "what about debt").
ASKS = re.compile(
    r"^\s*(hvad|hvor|hvem|hvordan|hvornår|hvorfor|hvilke|hvilken|what|where|who|how|when|why"
    r"|which|kan|skal|må|er|har|gør|får|findes|giver|tilbyder|hjælper|can|do|does|is|are"
    r"|may|should|will|would|could)\b",
    re.I,
)

# A clause that opens with a verb and then its subject, as questions do after a statement:
# "min mor er 80, skal hun betale noget", "I am lonely, does it cost anything",
# "varer det længe". Not "når jeg skal ud, er det svært" (no "er" here) nor "og har det
# svært" ("og" starts no clause here).
INVERTED = re.compile(
    r"(?:^|[,.;:!]\s*)(?:koster|varer|tager|skal|kan|må|får|betaler|gælder|findes|hjælper"
    r"|giver|starter|begynder|slutter|do|does|did|is|are|will|would|can|could|should|must"
    r"|has|have|may)\s+(?:det|den|dette|han|hun|man|de|jeg|i|vi|it|this|that|he|she|they"
    r"|we|you|my|min|mit|mine)\b",
    re.I,
)
# An auxiliary before a possessive: "does my brother", "skal min mor". Read as a clause
# start, so the relative is the subject the understanding looks for ("my brother ...").
# The understanding now reads "does/can/kan my ..." itself (and no longer folds "does" to
# "dos"), but not "skal min mor", "får min mor", "må min søster", "will my dad", "is my
# mum": those still need this re-reading.
_AUX_BEFORE_OWNER = re.compile(
    r"\b(?:does|do|did|will|would|can|could|should|must|is|are|skal|kan|må|får|vil)\s+"
    r"(?=(?:min|mit|mine|my|vores|our)\b)",
    re.I,
)

# The relative acts for the writer: "how can my daughter apply for me" asks for the writer.
_FOR_ME = re.compile(r"\b(?:for me|for mig|on my behalf|på mine vegne|paa mine vegne)\b", re.I)


@functools.lru_cache(maxsize=32)
def understood(text: str) -> understanding.Understanding:
    """understanding.understand, kept for the few readings of one message in one turn
    (the result is only read here)."""
    return understanding.understand(text)


def asked_for(text: str) -> tuple[str | None, bool]:
    """Whom a message asks for (the understanding's asking_for; None when the relative acts
    for the writer), and whether it was found only by reading a relative after a verb as
    the subject ("does my brother have to pay")."""
    if _FOR_ME.search(text):
        return None, False
    asking_for = understood(text).asking_for
    if asking_for is not None:
        return asking_for, False
    statement = _AUX_BEFORE_OWNER.sub(". ", text)
    if statement == text:
        return None, False
    asking_for = understood(statement).asking_for
    return asking_for, asking_for is not None


_ME = re.compile(r"\b(?:jeg|mig|i|i'?m|im|i'?ve|ive|me)\b", re.I)
# Danish "i" is "in" ("i et år", "i gang med job"): no first person in a Danish text.
_ME_DA = re.compile(r"\b(?:jeg|mig|i'?m|im|i'?ve|ive|me)\b", re.I)
_DANISH_WORDS = frozenset(
    {"og", "er", "det", "jeg", "han", "hun", "ikke", "ikk", "med", "til", "har", "paa", "på",
     "af", "som", "der", "min", "mit", "mine", "hans", "hendes", "efter", "mere", "sin"}
)  # fmt: skip
_ENGLISH_WORDS = frozenset(
    {"and", "is", "the", "he", "she", "not", "with", "to", "has", "have", "on", "of", "my",
     "his", "her", "am", "was", "it", "that", "for", "in"}
)  # fmt: skip


def first_person(text: str) -> re.Pattern:
    """The first-person words of the text's language (Danish has no "i" = I)."""
    words = re.findall(r"\w+", text.lower())
    danish = sum(w in _DANISH_WORDS for w in words) > sum(w in _ENGLISH_WORDS for w in words)
    return _ME_DA if danish else _ME


def speaks_of_me(text: str) -> bool:
    return bool(first_person(text).search(text))


THEY = re.compile(
    r"\b(?:han|hun|hans|hendes|ham|sin|sit|sine|he|she|his|her|him|he'?s|she'?s|they|them"
    r"|their)\b",
    re.I,
)
PARTS = re.compile(r"[.!?;:\n,()]|\s(?:og|and|men|but|plus)\s", re.I)


def own_readings(text: str) -> dict:
    """Areas, impact and age read from the clauses where the writer speaks of themselves
    (a first-person word, no he/she, and no relative the clause is about)."""
    found: dict = {}
    me = first_person(text[:2000])
    for part in PARTS.split(text[:2000]):
        if not part or not me.search(part) or THEY.search(part):
            continue
        said = understood(part.strip())
        if said.asking_for:
            continue
        for qid, value in said.answers().items():
            if qid == "areas":
                found["areas"] = [*found.get("areas", ()), *value]
            elif qid in ("age", "impact"):
                found.setdefault(qid, value)
    if "areas" in found:
        found["areas"] = [c for c in question("areas").codes if c in found["areas"]]
    return found


def their_readings(text: str) -> dict:
    """Age, areas and impact a message tells of the other adult it asks for (the writer's
    own clauses left out), and how to speak of them."""
    said = understood(text[:2000])
    own = set(own_readings(text).get("areas", ()))
    found: dict = {"age": "18_or_over", ANSWERED_FOR: whom_written_for(text)}
    areas = [c for c in said.areas if c not in own]
    if areas:
        found["areas"] = areas
    # The impact stated in the options' own terms ("she can't cope on her own anymore"),
    # read from their description as from the writer's own (actions._with_described_impact);
    # before round 20 it was asked again, and the writer, who had said it, answered the next.
    impact = said.impact or described_impact(text[:2000])
    if impact:
        found["impact"] = impact
    return found


def asks_something(text: str) -> bool:
    """A question about the person ("skal han selv betale noget"), not only a statement."""
    return "?" in text or bool(ASKS.match(text) or INVERTED.search(text))
