"""The dialogue driver: the subset of Rasa the bot uses, so it runs without Rasa (DESIGN.md § 8).

It reads bot/domain.yml and bot/data/rules.yml, keeps a tracker per conversation (codes
only: free text never goes into the tracker), parses button payloads as Rasa does, runs
custom actions through a transport with the request body Rasa sends, renders responses by
their `condition` on the `language` slot, and runs the screening form: slot mappings
`from_entity`/`from_text`, the validation action, the dynamic required slots, the form's
submission and its interruptions.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.actions import facts
from bot.actions.actions import (
    AREA_CHECK_SLOT,
    FOR_THEM_PAYLOAD,
    THEIR_WAY,
    THEIRS_SLOT,
    for_another_adult,
)
from bot.actions.answers import (
    CHANGED_MIND,
    _normalise,
    asks_to_be_called,
    asks_to_be_visited,
    correction_of,
    declines_adviser,
    declines_taking_part,
    dropped_areas,
    parse_answer,
)
from bot.actions.clauses import (
    ANSWERED_FOR,
    ASKS,
    INVERTED,
    asked_for,
    asks_something,
    own_readings,
    speaks_of_me,
    their_readings,
    understood,
)
from portal.chat import crisis, nlu
from portal.screening import QUESTION_IDS, question, understanding
from portal.screening.progress import describe_answer
from portal.screening.rules import path
from portal.textcat import N_, translate

BOT_DIR = Path(__file__).resolve().parents[2] / "bot"
DEACTIVATE = "action_deactivate_loop"
# Rules that only answer a question: allowed in the middle of the form when the text is
# not an answer to the question asked.
FACT_ACTIONS = {("action_answer_faq",), ("action_contact",)}
RASA_VERSION = "3.6.0"
# Intents whose message may just as well be the citizen telling about their situation:
# when the words carry screening facts, the screening reads them (DESIGN.md § 8). Fact
# questions keep their answer ("kan jeg få det individuelt?" is a question, not a wish).
SITUATION_INTENTS = frozenset(
    {"describe_situation", "eligibility", "answer", nlu.FALLBACK, "out_of_scope", "greet",
     "start_screening"}
)  # fmt: skip
# Topic intents that a description is often mistaken for: read as a description when the
# words name other areas than the topic's own ("jeg kan ikke overskue at gøre rent" is not
# debt advice).
TOPIC_AREAS = {
    "debt_money": {"debt", "daily_finances"},
    "work_education": {"work_or_education"},
}
_QUESTION = re.compile(
    # A question mark, a question word anywhere, a sentence that starts with a verb as
    # questions do, or "kan jeg", "does that" inside it.
    r"\?"
    r"|\b(hvad|hvor|hvem|hvordan|hvornår|hvorfor|hvilke|hvilken|what|where|who|how|when|why"
    r"|which)\b"
    # Not Danish "er 47, ..." / "har 3 børn": the subject left out before a number.
    r"|^\s*(?!(er|har)\s+\d)(kan|skal|må|er|har|gør|får|bliver|findes|giver|tilbyder|låner|hjælper|can|do"
    r"|does|is|are|may|should|will|would|could|have|has)\b(?!\s+(ikke|ik|not)\b)"
    r"|\b(kan|må|skal|får) (jeg|i|man)\b"
    r"|\b(can|may|should|do|does|will|would|is) (i|we|you|that|it|this|they)\b",
    re.I,
)
# Never read as a description: a person, or crisis help, is asked for.
KEEP_INTENTS = frozenset({"crisis", "human_handoff"})
_SENTENCES = re.compile(r"[^,.;:!?\n]+")
# The first clause of a message and the rest ("not really, I only wanted to know ...").
_FIRST_CLAUSE = re.compile(r"^([^,.;:!?\n]+)[,.;:!\n]+(.*)$", re.S)
# Facts a question clause names on its own without doubt (not "can you help me", which
# the classifier may call offer_content, nor "hvad skal jeg gøre").
PLAIN_FACTS = frozenset(
    {"price", "duration", "where", "transport", "group_or_individual", "contact_mode",
     "response_time", "privacy", "cpr_number", "video_equipment", "contact_hours"}
)  # fmt: skip


def _relative_entities(text: str) -> list[dict]:
    """Another adult a question asks for, as the entity the fact answer reads to add its
    note in a running check ("does my mum have to pay?"). [] otherwise: a child's "is
    your child under 18?" buttons would compete with the check's own question."""
    asking_for, _ = asked_for(text)
    if asking_for == "adult":
        return [{"entity": "asking_for", "value": asking_for, "start": 0, "end": 0}]
    return []


def _asked_fact(text: str) -> str | None:
    """The plain fact the message's last question clause asks for, or None."""
    asked = [
        c.strip()
        for c in _SENTENCES.findall(text)
        if c.strip() and (_QUESTION.search(c) or INVERTED.search(c.strip()))
    ]
    if not asked or len(asked[-1].split()) > 10:
        return None
    prediction = nlu.predict(asked[-1])
    if prediction.intent in PLAIN_FACTS and prediction.confidence >= 0.9:
        return prediction.intent
    return None


# Rasa's RegexMessageHandler: /intent@confidence{"entity": "value"}
_PAYLOAD = re.compile(
    r"^/(?P<intent>[^{@\s]+)(?:@(?P<confidence>[0-9.]+))?(?P<entities>\{.+\})?\s*$", re.S
)


class TransportError(RuntimeError):
    """The action could not be run (server down, slow, or it failed). Holds no user data."""


class Transport(Protocol):
    def run(self, body: dict) -> dict: ...


@dataclass(frozen=True)
class RulePlan:
    actions: tuple[str, ...]
    activate: str | None = None  # a form to activate after the actions
    resume: bool = False  # the active form asks its question again afterwards


@dataclass(frozen=True)
class Bot:
    domain: dict
    intents: frozenset[str]
    forms: dict[str, list[str]]
    plans: dict[tuple[str | None, str], RulePlan]
    submit: dict[str, tuple[str, ...]]
    # Rules that open with the bot's previous action: (that action, intent) -> plan.
    followups: dict[tuple[str, str], RulePlan] = field(default_factory=dict)


def _rule_plan(steps: list[dict], forms: dict) -> RulePlan:
    actions: list[str] = []
    activate = None
    resume = False
    for step in steps[1:]:
        name = step.get("action")
        if name in forms:
            if any(s.get("active_loop") == name for s in steps):
                activate = name
            resume = True
            break
        if name:
            actions.append(name)
    return RulePlan(tuple(actions), activate, resume)


@functools.cache
def load_bot(bot_dir: Path = BOT_DIR) -> Bot:
    domain = yaml.safe_load((bot_dir / "domain.yml").read_text(encoding="utf-8"))
    rules = yaml.safe_load((bot_dir / "data" / "rules.yml").read_text(encoding="utf-8"))
    forms = {name: list(spec.get("required_slots", [])) for name, spec in domain["forms"].items()}
    plans: dict[tuple[str | None, str], RulePlan] = {}
    submit: dict[str, tuple[str, ...]] = {}
    followups: dict[tuple[str, str], RulePlan] = {}
    for rule in rules["rules"]:
        loop = next(
            (c["active_loop"] for c in rule.get("condition", []) if "active_loop" in c), None
        )
        steps = rule["steps"]
        if "intent" in steps[0]:
            plan = _rule_plan(steps, forms)
            if loop and plan.activate:
                plan = RulePlan(plan.actions, None, True)  # the form goes on after the answer
            plans[(loop, steps[0]["intent"])] = plan
        elif loop and steps[0].get("action") == loop:
            submit[loop] = tuple(s["action"] for s in steps[1:] if "action" in s)
        elif not loop and steps[0].get("action") and len(steps) > 1 and "intent" in steps[1]:
            # "yes, stop": the intent right after the bot's own question.
            followups[(steps[0]["action"], steps[1]["intent"])] = _rule_plan(steps[1:], forms)
    intents = frozenset(domain["intents"]) | {nlu.FALLBACK}
    return Bot(domain, intents, forms, plans, submit, followups)


def parse_payload(text: str, intents: frozenset[str]) -> dict | None:
    """A button payload as Rasa parses it; None when the text is not a payload."""
    match = _PAYLOAD.match(text.strip())
    if not match:
        return None
    intent = match["intent"]
    confidence = float(match["confidence"]) if match["confidence"] else 1.0
    entities = []
    if match["entities"]:
        try:
            parsed = json.loads(match["entities"])
        except ValueError:
            parsed = {}
        if isinstance(parsed, dict):
            for key, value in parsed.items():
                for item in value if isinstance(value, list) else [value]:
                    entities.append({"entity": key, "value": item, "start": 0, "end": 0})
    if intent not in intents:
        intent, confidence, entities = nlu.FALLBACK, 1.0, []
    return {"intent": {"name": intent, "confidence": min(confidence, 1.0)}, "entities": entities}


_YES = frozenset(
    {"ja", "jo", "jah", "jep", "yes", "yeah", "yep", "yea", "aye", "maybe", "maaske", "lidt"}
)
_NO = frozenset({"nej", "nope", "no", "nah", "naa", "naw", "nae"})
_LEADING_NO = re.compile(r"^\W*(?:nej|nope|no|nah|naa)\b[\s,.!-]*", re.I)
_FINE = re.compile(r"^(?:jeg er|i am|i'm|im) (?:ok|okay|fine|okay nu|ok nu|fint|tryg|safe)\b")
_UNSURE = re.compile(r"^(?:ved (?:det )?ikke|jeg ved (?:det )?ikke|i (?:do not|don'?t) know|dunno)")


ASK_STOP = "utter_ask_stop_screening"
# A short reply to "Vil du stoppe tjekket?": yes stops, no goes on.
_STOP_YES = frozenset({"ja", "jo", "jah", "jep", "yes", "yeah", "yep", "yea", "ok", "okay"})


# The urgency taken back in words (folded text): "det haster ikke", "not urgent at all",
# "I read it wrong, sorry", "jeg trykkede forkert".
_URGENT_DENIED = re.compile(
    r"\b(?:haster (?:ikke|ik)|ikke (?:noget )?akut|intet akut|not urgent|isnt urgent"
    r"|isn'?t urgent|nothing urgent|not an emergency|no emergency|ikke (?:i )?fare|not in danger)"
    r"\b"
)
_MISREAD = re.compile(
    r"\b(?:misforstod|misforstaaet|misunderstood|misread|forkert knap|trykkede forkert"
    r"|laeste forkert|read (?:it|the question) wrong"
    r"|wrong button|pressed the wrong|clicked the wrong|by mistake|ved en fejl)\b"
)
# A strong word taken back (folded text): "I say it too strong", "det var for meget sagt",
# "jeg overdrev", "just a figure of speech", "I didn't mean it like that". After the gentle
# question it is the citizen's no to being in danger (a crisis in the same message is read
# by the crisis layer first and never gets here).
_RETRACTED = re.compile(
    r"\b(?:(?:say|said|put|wrote|write) (?:it|that) (?:too|to) (?:strong|strongly|hard|much)"
    r"|too strong|too strongly|exaggerat\w*|overdid it|overstated|over ?reacted|figure of speech"
    r"|(?:just|only) an? (?:expression|saying|way of speaking)|not literally"
    r"|(?:didn'?t|did not|don'?t|do not) mean (?:it|that) (?:like that|literally|that way)"
    r"|for (?:meget|staerkt|voldsomt) sagt|sagde det for (?:staerkt|voldsomt)"
    r"|skrev det for (?:staerkt|voldsomt)|overdrev|overdriver|talemaade|en maade at sige det paa"
    r"|mente det ikke (?:saadan|bogstaveligt|paa den maade)|ikke bogstaveligt)\b"
)
# Words that ask to stop (folded text), whatever else a message names.
_STOP_WORDS = re.compile(
    r"(?<!\w)(?:stop|stoppe|stopper|afbryd|afbryde|quit|cancel|gider ikke|orker ikke"
    r"|ikke flere|no more|enough|nok nu|slut|farvel|bye|leave it|forget it|glem det hele)(?!\w)"
)
_APOLOGY = re.compile(r"^\W*(?:sorry|excuse me|undskyld|beklager|oops|ups)\b[\s,.!-]*", re.I)
_CONTINUE = re.compile(r"\b(?:fortsaet|fortsaette|videre|continue|go on|carry on|resume)\b")
_NOT = re.compile(r"\b(?:ikke|ik|not|don'?t|dont|no|nej|later|senere)\b")


def _first_clause_and_rest(text: str) -> tuple[str, str] | None:
    """A statement's first clause and what follows it; None for a question or one clause."""
    if "?" in text:
        return None
    parts = _FIRST_CLAUSE.match(text.strip())
    if parts is None:
        return None
    return parts.group(1).strip(), parts.group(2).strip()


def _answer_then_aside(requested: str, text: str) -> bool:
    """A short answer to the question asked, then a clause that only reports a question
    ("not really, I just wanted to know what it was", "nej ikke nu, jeg ville bare høre
    hvad det gik ud på"): no question mark, and the rest opens with no question word or
    verb-first question. The answer counts, so the check goes on instead of stalling on
    a fact reply and the same question again."""
    parts = _first_clause_and_rest(text)
    if parts is None:
        return False
    first, rest = parts
    # Up to six words ("not sure to be honest, depends what it involves", round 10).
    if not rest or len(first.split()) > 6 or _QUESTION.search(first):
        return False
    if ASKS.match(rest) or INVERTED.match(rest):
        return False  # "nej, hvad koster det": a question after all
    return parse_answer(requested, first) is not None


# "Do you need help right now?" answered with a no first and its reasons after ("no, she's
# not in danger, it's more that everything has stopped", "nej nej, det er mest at alt går i
# stå"): the no is the answer, not the stop or the topic the classifier hears in the
# reasons (round 16). Not when the rest turns it ("no, but ...") or asks.
_TURNS_URGENT = re.compile(r"^\W*(?:but|men|though|however|except|undtagen|bortset)(?!\w)", re.I)


def _no_then_reasons(text: str) -> bool:
    parts = _first_clause_and_rest(text)
    if parts is None:
        return False
    first, rest = parts
    if len(first.split()) > 6 or _TURNS_URGENT.match(rest) or ASKS.match(rest):
        return False
    return parse_answer("urgent", first) == "no" and parse_answer("urgent", text[:500]) == "no"


# A way offered with a hedge and a question mark ("video maybe?", "alene måske?", "perhaps a
# group?"): an answer to the format or contact question, never a question about the offer
# (round 16). The hedge leaves the way as it is, so only those two questions read it so.
_HEDGE = re.compile(
    r"(?<!\w)(?:maybe|perhaps|possibly|prob|probably|i guess|i think|maaske|måske|mske|vel"
    r"|tror jeg|nok)(?!\w)",
    re.I,
)


def _hedged_way(requested: str, text: str) -> bool:
    if requested not in ("format", "contact") or text.count("?") != 1:
        return False
    head, rest = (part.strip() for part in text.split("?", 1))
    if not head or len(head.split()) > 4 or not _HEDGE.search(head):
        return False
    if ASKS.match(rest) or INVERTED.search(rest):
        return False  # "video maybe? how does it work": a question after all
    if ASKS.match(head) or _QUESTION.search(_HEDGE.sub(" ", head)):
        return False
    return parse_answer(requested, head) not in (None, "dont_know")


# A way proposed as a question (round 17): "kan vi ikke bare mødes?", "could we just do it
# on the phone", "hvad med video?" answer "how would you like to talk to us?".
_SUGGESTS = re.compile(
    r"^\s*(?:(?:kan|kunne) (?:vi|i|man|vi ikke|i ikke|vi ik|vi ikk) (?:ikke |ik |ikk )?bare"
    r"|(?:can|could|couldn'?t|can'?t|cant|couldnt) (?:we|you|u) (?:not )?just"
    r"|hvad med|what about|how about)(?!\w)",
    re.I,
)


def _suggested_way(requested: str, text: str) -> bool:
    if requested not in ("format", "contact") or text.count("?") > 1:
        return False
    head, _, rest = text.partition("?")
    if rest.strip() or len(head.split()) > 10 or not _SUGGESTS.search(head):
        return False
    return parse_answer(requested, _SUGGESTS.sub(" ", head)) not in (None, "dont_know")


# A question word used as a relative pronoun after a noun or a verb, inside a statement:
# "I have a support worker who comes on Mondays", "the place where I live", "jeg har en
# kontaktperson hvor jeg kan ringe". Not after a conjunction ("og hvor lang tid tager det").
_RELATIVE_WORD = re.compile(
    r"(?<=\w)\s+(?<!\bog\s)(?<!\band\s)(?<!\bmen\s)(?<!\bbut\s)(?<!\bso\s)"
    r"(?:who|which|where|whom|whose|hvor|hvem|hvilke|hvilken)\b",
    re.I,
)


# A statement texted without its subject, though it opens with a verb as a question does:
# "er 58 og har gæld", "har svært ved posten", "am 40 and lonely".
_SUBJECTLESS = re.compile(
    r"^\s*(?:er|har|am|have)\s+(?:\d|ikke\b|også\b|ogsaa\b|lige\b|blevet\b|svært|svaert"
    r"|problemer\b|been\b|got\b|no\b|trouble\b"
    # An amount told without a subject (round 15): "har en stor gæld til banken", "have
    # loads of debt" (no "?": a question with a subject is "har I ...", "have you ...").
    r"|en\b|et\b|mange\b|stor\b|store\b|kæmpe|kaempe|a\b|lots\b|loads\b|huge\b|so much\b)",
    re.I,
)


_V2 = re.compile(
    r"(?<=\w)(?<!\bhej)(?<!\bhejsa)(?<!\bog)(?<!\bmen)(?<!\beller)(?<!\bsorry)(?<!\bundskyld)"
    r"\s+(?:kan|må|maa|skal|får|faar)\s+(?:(?:jeg|vi|man)\b"
    # "you" as the subject only before what a statement says of it ("det skal I ikke", "det
    # kan I godt"): "... kan I hjælpe med det" still asks.
    r"|(?:i|du)\s+(?:ikke|ik|godt|gerne|heller)\b)",
    re.I,
)
# The name of something the writer does not know or remember, in a statement: "not sure
# what it's called", "ved ikke hvad det hedder", "can't remember what they call it" (round
# 21: an answer to the support question was answered as a question about the offer,
# fresh11, fresh13). "I don't know what it costs" still asks.
_NOT_KNOWING_WH = re.compile(
    r"(?<!\w)(?:not sure|don'?t know|dont know|do not know|no idea|not certain|can'?t remember"
    r"|cant remember|don'?t remember|forgot|ved(?: \w+)? ikke|ved ik|aner(?: \w+)? ikke"
    r"|ikke sikker på|ikke sikker paa|usikker på|usikker paa|kan ikke huske|husker ikke"
    r"|har glemt)(?:\s+\w+){0,2}?\s+(?:what|hvad)\s+(?:\w+\s+){0,3}?(?:called|named|name"
    r"|call it|hedder|hed|kaldes|kalder)\b",
    re.I,
)


# "when" opening a clause of what was ("I had a contact person when I was in care"): a time
# told, no question (round 21's conversations: read as a question about deadlines).
_WHEN_IT_WAS = re.compile(
    r"(?<=\w)\s+when\s+(?:i|he|she|we|they|you)\s+(?:was|were|had|lived|used|got|moved|left"
    r"|went|came|lost|started|stopped)\b",
    re.I,
)


def _statement(text: str) -> bool:
    """A statement, though a question word is in it: no question mark, it does not open
    as a question does, and with its relative pronouns and the question words of what
    the writer does not know left out nothing asks."""
    if asks_something(text):
        return False
    # Danish puts the verb second after a fronted part in a plain statement: "det meste
    # kan jeg godt selv", "posten kan jeg ikke overskue", "det med X skal I ikke" ask
    # nothing (not after "hej", "og", "men", "eller": "... eller skal jeg komme ind" asks).
    plain = _NOT_KNOWING_WH.sub(" ", _RELATIVE_WORD.sub(" ", _WHEN_IT_WAS.sub(" ", text)))
    return not _QUESTION.search(_V2.sub(" ", plain))


def _with_preference_change(text: str, slots: dict) -> dict:
    """The way a preference between two ways names ("I'd rather see someone alone than
    in a group"), when it differs from the answer given."""
    changed = {}
    for qid in ("format", "contact"):
        code = parse_answer(qid, text[:500]) if slots.get(qid) else None
        if isinstance(code, str) and code not in (slots.get(qid), "dont_know"):
            changed[qid] = code
    return changed


def _changes_a_way(text: str, slots: dict) -> bool:
    """A short answer that changes the format or the contact answered before ("video",
    "alone after all"); the other answers need a word of correction to change."""
    answered = {q: slots.get(q) for q in ("format", "contact") if slots.get(q)}
    return bool(answered) and bool(correction_of(text, answered))


def _wants_to_continue(text: str) -> bool:
    """ "fortsæt", "lad os komme videre", "continue the check" (not "ikke fortsætte")."""
    words = crisis.normalise(text)
    return bool(_CONTINUE.search(words)) and not _NOT.search(words)


def _denies_danger(text: str) -> bool:
    """A no to "are you in danger?" in the citizen's words: "no", "nej overhovedet ikke",
    "not urgent", "sorry, I said it too strong"."""
    words = crisis.normalise(text[:300]).replace("|", " ")
    without = _APOLOGY.sub("", words).strip()
    return bool(
        _yes_or_no(without) == "no"
        or _URGENT_DENIED.search(words)
        or _RETRACTED.search(words)
        or parse_answer("urgent", without.split(",")[0][:100]) == "no"
    )


_CLAUSE_SPLIT = re.compile(r"(?<=[.!;,])\s+|\s+(?=(?:but|men)\s)", re.I)


def _rest_after_denial(text: str) -> str:
    """What a no to the danger question says besides the no ("excuse me, I say it too
    strong. I go to work, but it is quite a lot hard"): the clauses that neither apologise,
    nor deny, nor take a word back."""
    rest = []
    for part in _CLAUSE_SPLIT.split(text[:1000]):
        words = crisis.normalise(part).replace("|", " ").strip(" .,!;")
        bare = _APOLOGY.sub("", words).strip(" .,!;")
        if not bare or _RETRACTED.search(words) or _URGENT_DENIED.search(words):
            continue
        if _yes_or_no(bare) == "no" and len(bare.split()) <= 3:
            continue
        rest.append(part.strip())
    return " ".join(rest)


def _yes_or_no(text: str) -> str | None:
    """The answer to "are you in danger right now?": "yes" (also when unsure), "no", None."""
    words = _words(text)
    if not words:
        return None
    joined = " ".join(words)
    if words[0] in _YES or _UNSURE.match(joined):
        return "yes"
    if words[0] in _NO or _FINE.match(joined):
        return "no"
    return None


# Another person's words of wanting to die or of harming themselves, passed on by the writer
# ("hun skrev til mig at hun ikke gider leve mere", "my brother texted that he wants to
# hurt himself"): a crisis about that person. The crisis layer may rate such a line only
# `concern` (the "ikke" of the Danish clause order reads to it as a negation), and its
# gentle question asks the writer whether they are in danger, which they are not: the
# emergency contacts and the outcome `crisis` come at once, as for a crisis (round 19).
_RELAYED = re.compile(
    # Never a saying denied: "han har aldrig sagt at ...", "hun siger ikke at ...".
    r"(?<!\w)(?<!aldrig )(?<!ikke )(?<!never )(?<!not )(?:skrev|skriver|skrevet|sagde|siger"
    r"|sagt|fortalte|fortaeller|sms'?ede|texted|texts|wrote|writes|written|said|says"
    r"|told (?:me|us|her|him)|messaged)(?! (?:ikke|ik|not|never|aldrig)(?!\w))(?: \w+){0,4}?"
    r" (?:at |that )?(?:han|hun|de|he|she|they|he'?s|she'?s|they'?re)(?!\w)"
)
_DANGER_FAMILIES = frozenset({"suicidal", "suicidal_indirect", "self_harm"})


def _relays_danger(text: str, result: crisis.CrisisCheck) -> bool:
    """A `concern` of the suicide or self-harm families in another person's words, passed on.
    A negation counts only where it is the phrase's own ("ikke gider leve"), never one that
    denies the danger ("she said she doesn't want to die")."""
    return (
        result.level == crisis.CONCERN
        and result.category in _DANGER_FAMILIES
        and (not result.negated or "not_live" in (result.rule or ""))
        and _RELAYED.search(crisis.normalise(text[:500]).replace("|", " ")) is not None
    )


OFFERED_CHECK = "offered_check"
CONFIRM = "situation_confirmed"  # the say-back's slot (bot.actions.actions.CONFIRM_SLOT)
# The check as it was when a crisis told in the citizen's words ended it with `crisis`.
CRISIS_RESUME = "crisis_resume"
# A yes to the gentle question gave the crisis reply; a no to danger next goes on.
CRISIS_AFTER_YES = "crisis_after_yes"
# The message the gentle question answered (outside a check), re-read after a no to danger.
CONCERN_TEXT = "concern_text"
CONFIRM_UNDERSTOOD = "understood"  # bot.actions.actions.UNDERSTOOD_SLOT
# The gentle question was asked again in its plainest words (once; then a yes is a yes).
CRISIS_ASKED_PLAIN = "crisis_asked_plain"
# The emergency reply was given for a message: its text asks whether a life is in danger, so
# a bare "ja"/"yes" next (no question running) answers it and gets the contacts again, never
# a fallback.
CRISIS_SHOWN = "crisis_shown"
# Words that confirm what was said or told, beside (or instead of) a yes: "yes that's
# right", "spot on", "ja det passer", "jo da, det er rigtig nok" (folded text).
_CONFIRMS = re.compile(
    r"(?<!\w)(?:right|correct|spot on|exactly|that'?s it|that is it|sums it up|bang on|true"
    r"|about the size|that'?s me|that is me|rigtig\w*|korrekt|passer|stemmer|praecis|precis"
    r"|sandt|rammende|det er mig|det er det)(?!\w)"
)


def _confirms_what_was_told(text: str) -> bool:
    """A yes that confirms something (the say-back the citizen expected) rather than
    answering "are you in danger?" alone. Words of danger or help keep it a plain yes."""
    words = crisis.normalise(text[:200]).replace("|", " ")
    if not _CONFIRMS.search(words) or len(words.split()) > 8:
        return False
    return not re.search(r"(?<!\w)(?:help|hjaelp|danger|fare|hurt|skade|scared|bange)", words)


_BARE_YES = frozenset({*_STOP_YES, "gerne", "sure", "please", "tak", "jamen", "jaa"})


# Words that may follow a yes without saying anything more: "ja det passer", "yes
# correct", "yes i want", "ja tak det vil jeg gerne" (folded: æøå to ae/oe/aa).
_YES_FILLERS = frozenset(
    {"det", "vil", "jeg", "i", "do", "would", "like", "that", "let", "passer", "correct",
     "korrekt", "rigtigt", "rigtig", "right", "thats", "that's", "precis", "praecis", "want",
     "it", "is", "to", "gerne", "meget", "very", "much", "proeve", "try", "og", "and", "me",
     "mig", "godt", "fint", "fine", "good", "nok", "bare", "just", "lets", "let's", "go",
     "er", "det's", "it's", "its", "exactly", "absolutely", "klart", "selvfoelgelig",
     "helt", "totally", "quite", "indeed"}
)  # fmt: skip


def _words(text: str) -> list[str]:
    """The message's words as the crisis layer normalises them (folded, clause marks gone)."""
    return crisis.normalise(text).replace("|", " ").split()


# An acknowledgement and nothing else ("ok", "okay", "fint", "got it"): no wish to start the
# check again after an outcome, however the classifier leans (round 20's lines starting
# "ok lets start" tipped a bare "ok" to start_screening). Folded: "forstået" is "forstaaet".
_ACKNOWLEDGED = frozenset(
    {"ok", "okay", "okey", "okej", "oki", "okie", "k", "kk", "alright", "allright", "fint",
     "forstaaet", "got it", "i see", "aha", "naa", "ok ok"}
)  # fmt: skip


def _acknowledgement(text: str) -> bool:
    return " ".join(_words(text)) in _ACKNOWLEDGED


def _bare_yes(text: str) -> bool:
    """ "ja", "ja tak", "yes please", "ja det passer", "yes i want": a yes and nothing
    else to read."""
    words = _words(text)
    return (
        0 < len(words) <= 6
        and words[0] in _BARE_YES
        and all(w in _BARE_YES or w in _YES_FILLERS for w in words)
    )


# Codes the writer told about themselves in a message that was read as asking for another
# adult ("my daughter of 30 moved away ... i can't cope with my post"): noted if they take the
# check the bot then offers, so the check does not ask what they already said.
OFFERED_READINGS = "offered_readings"


# What a message read as asking for another adult told of that person (their age, areas,
# impact, and how to speak of them), kept while the check the bot offered next may turn
# out to be answered for them (round 13: "ja det er ham", or replies about "her").
THEIR_READINGS = "their_readings"
_YES_WORDS = frozenset({*_YES - {"maybe", "maaske", "lidt"}, "aye", "correct", "korrekt"})


_HIM_OR_HER = re.compile(
    r"\b(?:han|hun|hans|hendes|ham|hende|he|she|his|her|him|he'?s|she'?s|hes|shes)\b", re.I
)


def _yes_for_them(text: str) -> bool:
    """A yes to the offered check that points at the person: "ja det er ham", "yes that's
    her", "ja, for hende", "yes he wants to": their check, not the writer's."""
    words = crisis.normalise(text[:200]).replace("|", " ").split()
    if not words or len(words) > 10 or words[0] not in _YES_WORDS:
        return False
    joined = " ".join(words)
    return bool(_HIM_OR_HER.search(joined)) and not speaks_of_me(joined)


# The writer told nothing of their own, so the bot asked whether to check it for the person
# (round 14): a yes of any kind is their check, as the citizen meant the say-back they
# expected ("yes that sums it up", "ja"); the button says it, and "for myself" stays a way.
# The question and its payload are the action's (round 16: every client gets them).
OFFERED_FOR_THEM = "offered_for_them"
_MYSELF = re.compile(
    r"(?<!\w)(?:mig selv|for mig|til mig|om mig|myself|for me|about me|my own|me too|ogsaa mig)"
    r"(?!\w)"
)


def _yes_to_their_check(text: str) -> bool:
    """A short yes, or a yes that confirms, to "shall I check it for him?", that says
    nothing of the writer's own situation or of checking it for the writer."""
    words = crisis.normalise(text[:200]).replace("|", " ").split()
    if not words or len(words) > 12 or _QUESTION.search(text):
        return False  # "ja men hvad koster det": a question, read as usual
    joined = " ".join(words)
    if _MYSELF.search(joined) or own_readings(text).get("areas"):
        return False
    return words[0] in _YES_WORDS or words[0] in _BARE_YES or _confirms_what_was_told(text)


def _for_myself(text: str) -> bool:
    """ "ja, men tjek det for mig selv", "no, for myself": the check for the writer."""
    words = crisis.normalise(text[:200]).replace("|", " ").split()
    return 0 < len(words) <= 12 and bool(_MYSELF.search(" ".join(words)))


# He or she as the reply's subject ("hun kan ikke klare sig uden at jeg hjælper hende").
_THEY_FIRST = re.compile(
    r"^\W*(?:(?:ja|yes|nej|no|well|ok|okay|og|and|men|but|meget|lidt)\W+)?"
    r"(?:han|hun|he|she|he'?s|she'?s|hes|shes)\b",
    re.I,
)


def _about_them(text: str) -> bool:
    """A reply in the check that speaks of him or her: as its subject, or never of the
    writer ("it's pretty hard for her", "han får lidt hjælp fra jobcentret")."""
    head = text[:500]
    if "?" in head or not _HIM_OR_HER.search(head):
        return False
    return bool(_THEY_FIRST.match(head)) or not speaks_of_me(head)


# A request to take an area out, asked as a question ("kan du fjerne det med sundheden?",
# "could you drop the money part?"): a correction, not a question about the offer.
_ASKS_TO_DROP = re.compile(
    r"^\W*(?:kan|vil|gider|kunne|could|can|would|will)\s+(?:du|i|you)\s+(?:\w+\s+)?"
    r"(?:fjerne|slette|droppe|stryge|tage|remove|drop|delete|take|strike|cross|skip)\b",
    re.I,
)


def _drop_request(text: str, areas: list) -> bool:
    """A request, asked as a question, to take out an area that is noted."""
    return bool(areas) and bool(_ASKS_TO_DROP.match(text)) and bool(dropped_areas(text, areas))


ASKED_CHILD_AGE = "asked_child_age"
# [question, how many typed messages in a row did not answer it]
MISSED = "missed_question"
# The question asked and how many replies in a row left it unanswered, also those noted for
# another question (round 12: never asked the same way more than twice in a row).
UNANSWERED = "unanswered_question"
# Questions of the running check set aside (not understood twice, or skipped by a citizen
# who answered a later one): asked again when the rest is answered.
SET_ASIDE = "set_aside"


def _child_age_payload(text: str) -> str | None:
    """The button a typed answer to "Is your child under 18?" means, or None."""
    words = _words(text)
    if not words or len(words) > 8 or crisis.check(text).flagged:
        return None  # a crisis in the reply goes to the crisis layer as typed
    age = parse_answer("age", text[:200])
    if age is None:
        age = "under_18" if words[0] in _BARE_YES else "18_or_over" if words[0] in _NO else None
    if age == "under_18":
        return '/describe_situation{"age": "under_18"}'
    if age == "18_or_over":
        return '/describe_situation{"asking_for": "adult"}'
    return None


def _asks_whose_check(turn: Turn) -> bool:
    """The turn ends with the action's "whose check is it?" (its button for the person)."""
    buttons = [m["buttons"] for m in turn.messages if m.get("buttons")]
    return bool(buttons) and any(b.get("payload") == FOR_THEM_PAYLOAD for b in buttons[-1])


def _ask_once(turn: Turn) -> None:
    """A turn of two plans (a fact, then the description) asks whose check it is once: at
    its end, where the buttons are."""
    at = max(i for i, m in enumerate(turn.messages) if m.get("buttons"))
    asked = turn.messages[at].get("text")
    turn.messages[:at] = [m for m in turn.messages[:at] if m.get("text") != asked]


def _offers_only_the_check(turn: Turn) -> bool:
    buttons = [m["buttons"] for m in turn.messages if m.get("buttons")]
    if (
        not buttons
        or turn.outcome
        or any("question" in (m.get("custom") or {}) for m in turn.messages)
    ):
        return False
    last = buttons[-1]
    return len(last) == 1 and last[0].get("payload") == "/start_screening"


def _conditions_hold(conditions: list[dict], slots: dict) -> bool:
    return all(
        c.get("type") == "slot" and slots.get(c.get("name")) == c.get("value") for c in conditions
    )


def render_response(domain: dict, name: str, slots: dict, **kwargs) -> dict:
    """A response of the domain: the first variant whose conditions hold, else the first
    variant without conditions; {placeholders} filled from kwargs, then slots."""
    variants = domain["responses"][name]
    variant = next(
        (v for v in variants if v.get("condition") and _conditions_hold(v["condition"], slots)),
        None,
    )
    variant = variant or next(v for v in variants if not v.get("condition"))
    values = {**{k: v for k, v in slots.items() if v is not None}, **kwargs}

    def fill(text: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), text)

    message: dict[str, Any] = {"text": fill(variant["text"])}
    if variant.get("buttons"):
        message["buttons"] = [
            {"title": fill(b["title"]), "payload": b["payload"]} for b in variant["buttons"]
        ]
    return message


@dataclass
class Turn:
    """One user message and what the bot answered."""

    messages: list[dict] = field(default_factory=list)
    crisis: bool = False
    outcome: str | None = None  # the screening outcome, when a screening ended this turn
    failed: bool = False


_A_HUMAN = re.compile(r"(?<!\w)(?:menneske\w*|person|human|real|rigtig\w*)(?!\w)")


def _no_to_the_adviser(intent: str, text: str) -> bool:
    """A no to the adviser ("I don't want an adviser") is no wish for a person, though the
    handoff intent reads the adviser; unless a human is asked for in words."""
    return (
        intent == "human_handoff"
        and declines_adviser(text)
        and not _A_HUMAN.search(_normalise(text[:300]))
    )


# A wish or a request in words ("I want", "can someone", "kan I", "vil gerne", "please"):
# the handoff reading stands, whatever else the message tells.
_A_WISH = re.compile(
    r"(?<!\w)(?:want\w*|wanna|would|i'?d|like to|wish|please|pls|plz|need|can|could|may"
    r"|vil|ville|gerne|kan|kunne|maa|oensker|onsker|brug for|behov for|savner)(?!\w)"
)


def _reached_today(intent: str, text: str) -> bool:
    """Someone who already calls or visits, told as today's support ("en fra kommunen, hun
    ringer til mig hver uge"): an answer, though the handoff intent reads the person in it;
    never when a person is asked for in words ("can someone ring me")."""
    folded = _normalise(text[:300])
    return (
        intent == "human_handoff"
        and "?" not in text
        and THEIR_WAY.search(folded) is not None
        and not _A_WISH.search(folded)
        and not _A_HUMAN.search(folded)
        and parse_answer("existing_support", text[:500]) not in (None, ["none"], ["dont_know"])
    )


class Driver:
    def __init__(self, transport: Transport, profile: dict, bot: Bot | None = None):
        self.transport = transport
        self.profile = profile
        self.bot = bot or load_bot()

    # -- tracker -------------------------------------------------------------------
    def new_state(self, lang: str) -> dict:
        slots = {name: spec.get("initial_value") for name, spec in self.bot.domain["slots"].items()}
        slots["requested_slot"] = None
        slots["language"] = lang
        return {"slots": slots, "active_loop": None, "latest_action_name": None}

    def _tracker(self, sender: str, state: dict, message: dict, events: list[dict]) -> dict:
        loop = state["active_loop"]
        return {
            "sender_id": sender,
            "slots": dict(state["slots"]),
            "latest_message": message,
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": loop} if loop else {},
            "latest_action_name": state.get("latest_action_name"),
        }

    # -- actions -------------------------------------------------------------------
    def _run(
        self,
        name: str,
        sender: str,
        state: dict,
        message: dict,
        turn: Turn,
        extra_events: list[dict] | None = None,
    ) -> list[dict]:
        state["latest_action_name"] = name
        if name.startswith("utter_"):
            turn.messages.append(render_response(self.bot.domain, name, state["slots"]))
            return []
        if name == DEACTIVATE:
            state["active_loop"] = None
            state["slots"]["requested_slot"] = None
            return []
        user_event = {
            "event": "user",
            "text": message.get("text"),
            "parse_data": message,
            "metadata": message.get("metadata", {}),
        }
        body = {
            "next_action": name,
            "sender_id": sender,
            "tracker": self._tracker(sender, state, message, [user_event, *(extra_events or [])]),
            "domain": self.bot.domain,
            "version": RASA_VERSION,
        }
        result = self.transport.run(body)
        events = result.get("events") or []
        for event in events:
            if event.get("event") == "slot":
                state["slots"][event["name"]] = event.get("value")
            elif event.get("event") == "active_loop":
                state["active_loop"] = event.get("name")
        for response in result.get("responses") or []:
            turn.messages.append(self._message(response, state["slots"]))
        return events

    def _message(self, response: dict, slots: dict) -> dict:
        name = response.get("response") or response.get("template")
        if name:
            kwargs = {
                k: v
                for k, v in response.items()
                if k not in {"response", "template"}
                and v is not None
                and not isinstance(v, list | dict)
            }
            return render_response(self.bot.domain, name, slots, **kwargs)
        message = {}
        for key in ("text", "buttons", "custom", "image"):
            if response.get(key):
                message[key] = response[key]
        return message

    # -- forms ---------------------------------------------------------------------
    def _ask_next(self, sender, state, message, turn, validation_events) -> None:
        form = state["active_loop"]
        requested = next(
            (
                e["value"]
                for e in validation_events
                if e.get("event") == "slot" and e.get("name") == "requested_slot"
            ),
            "unset",
        )
        if requested == "unset":  # the validation action left it to the form: first empty slot
            requested = next(
                (s for s in self.bot.forms[form] if state["slots"].get(s) in (None, [])), None
            )
        state["slots"]["requested_slot"] = requested
        if requested is None:
            state["active_loop"] = None
            for action in self.bot.submit.get(form, ()):
                self._run(action, sender, state, message, turn)
            turn.outcome = state["slots"].get("screening_outcome")
            return
        ask = f"utter_ask_{requested}"
        self._run(
            ask if ask in self.bot.domain["responses"] else f"action_ask_{requested}",
            sender,
            state,
            message,
            turn,
        )

    def _validate(self, sender, state, message, turn, candidates: dict) -> list[dict]:
        form = state["active_loop"]
        events = [{"event": "slot", "name": k, "value": v} for k, v in candidates.items()]
        state["slots"].update(candidates)
        return self._run(f"validate_{form}", sender, state, message, turn, events)

    def _slot_candidate(self, slot: str, state: dict, message: dict, intent: str):
        spec = self.bot.domain["slots"][slot]
        for mapping in spec.get("mappings", []):
            if intent in mapping.get("not_intent", []):
                continue
            if mapping["type"] == "from_entity":
                values = [
                    e["value"] for e in message["entities"] if e["entity"] == mapping["entity"]
                ]
                if values:
                    return values if spec["type"] == "list" else values[-1]
            elif mapping["type"] == "from_text" and message.get("text"):
                return message["text"]
        return None

    # -- a turn --------------------------------------------------------------------
    def handle(self, sender: str, state: dict, text: str, lang: str) -> Turn:
        """Run one message. `state` is updated in place; on a TransportError the caller
        keeps the state from before the turn."""
        offered = state.pop(OFFERED_CHECK, False)
        readings = state.pop(OFFERED_READINGS, None)
        # Misses in a row at one question; any other turn starts the count again.
        missed = state.pop(MISSED, None)
        left_open = state.pop(UNANSWERED, None)
        if state.pop(ASKED_CHILD_AGE, False) and not text.strip().startswith("/"):
            # "Is your child under 18?" answered in words: "no he's 23", "ja", "hun er 15".
            text = _child_age_payload(text) or text
        typed_yes = offered and _bare_yes(text)
        theirs = state.pop(THEIR_READINGS, None)
        typed = not text.strip().startswith("/")
        for_them = state.pop(OFFERED_FOR_THEM, False)
        if theirs and offered and for_them and typed and _for_myself(text):
            text = "/start_screening"  # "ja, men for mig selv": the writer's own check
            typed = False
        if (
            theirs
            and offered
            and (
                text.strip() == FOR_THEM_PAYLOAD
                or typed
                and (_yes_for_them(text) or for_them and _yes_to_their_check(text))
            )
        ):
            # "ja det er ham" to "do you want to check it for her?": the check is theirs,
            # answered as they would (they apply themselves); the action starts it so.
            if not state["slots"].get(THEIRS_SLOT):
                state["slots"][THEIRS_SLOT] = theirs  # a tracker stored before round 16
            return self._handle(sender, state, FOR_THEM_PAYLOAD, lang, offered)
        if theirs and typed and state["active_loop"] == "screening_form" and _about_them(text):
            # The check the bot offered the writer is answered about him or her: theirs.
            notes = self._answer_for_them(state, theirs, lang)
            turn = self._handle(sender, state, text, lang, offered, missed, left_open=left_open)
            turn.messages[0:0] = notes
            return turn
        turn = self._handle(sender, state, text, lang, offered, missed, left_open=left_open)
        if (
            theirs
            and state["active_loop"] == "screening_form"
            and not state["slots"].get(ANSWERED_FOR)
            and not (typed and speaks_of_me(text[:500]))
        ):
            theirs_kept = True  # the check runs and nothing said yet whose it is
        else:
            theirs_kept = False
        if readings and typed_yes:
            self._note_own_readings(state, turn, readings, lang)
        if _asks_whose_check(turn):
            # The action asked whose check it is: a typed yes next is theirs, and what it
            # told of the person stays for a reply about him or her in the check.
            _ask_once(turn)
            state[OFFERED_CHECK] = True
            state[OFFERED_FOR_THEM] = True
            state[THEIR_READINGS] = state["slots"].get(THEIRS_SLOT) or their_readings(text)
        elif _offers_only_the_check(turn):
            # A reply that ends with the one button "Check if the offer fits me" (a fact
            # about debt, "they must apply themselves"): a typed "ja" next is that button.
            state[OFFERED_CHECK] = True
            if state["slots"].get("asking_for") == "adult" and not text.startswith("/"):
                own = own_readings(text)
                if own.get("areas"):
                    state[OFFERED_READINGS] = own
                state[THEIR_READINGS] = their_readings(text)
            elif (
                not text.startswith("/")
                and not self._has_answers(state)
                and "?" not in text
                and (not ASKS.match(text) or _SUBJECTLESS.match(text))
            ):
                # A fact about work or debt to a message that told the writer's own
                # situation ("A er 30 og vil gerne have hjælp til at få et arbejde"): what
                # it told is kept for the check a typed yes starts.
                from bot.actions.actions import own_description

                own = own_description(text)
                if own:
                    state[OFFERED_READINGS] = own
        if any(
            b.get("payload", "").startswith("/describe_situation{")
            for m in turn.messages
            for b in m.get("buttons") or []
        ):
            state[ASKED_CHILD_AGE] = True
        if theirs_kept:
            state[THEIR_READINGS] = theirs
        return turn

    @staticmethod
    def _answer_for_them(state: dict, theirs: dict, lang: str) -> list[dict]:
        """The running check becomes the other adult's: what the first message told of
        them is noted (said, and correctable), the outcome speaks of them, and the
        question asked moves on when it is answered now. The messages to show first."""
        from bot.actions.actions import _changed_text

        slots = state["slots"]
        noted = {
            q: v for q, v in theirs.items() if q in QUESTION_IDS and slots.get(q) in (None, [])
        }
        slots.update(noted)
        slots[ANSWERED_FOR] = theirs.get(ANSWERED_FOR, "they")
        slots["asking_for"] = None
        if slots.get("requested_slot") in noted:
            answers = {q: slots[q] for q in QUESTION_IDS if slots.get(q) not in (None, [])}
            slots["requested_slot"] = next(
                (q for q in path(answers) if slots.get(q) in (None, [])), None
            )
        note = translate(
            N_(
                "Then I check it for them. Answer the questions as they would answer them. "
                "The offer is for them: they must apply themselves, and you can help them."
            ),
            lang,
        )
        messages = [{"text": note}]
        if noted:
            messages.append({"text": _changed_text(noted, lang)})
        return messages

    @staticmethod
    def _note_own_readings(state: dict, turn: Turn, readings: dict, lang: str) -> None:
        """The check just started on a typed yes: what the writer said of themselves is
        noted (said, and correctable like any answer) before its first question."""
        from bot.actions.actions import _changed_text

        slots = state["slots"]
        if state["active_loop"] != "screening_form" or slots.get("requested_slot") != "urgent":
            return
        if any(slots.get(q) not in (None, []) for q in QUESTION_IDS):
            return
        slots.update(readings)
        at = next(
            (i for i, m in enumerate(turn.messages) if "question" in (m.get("custom") or {})),
            len(turn.messages),
        )
        turn.messages.insert(at, {"text": _changed_text(readings, lang)})

    def _handle(
        self, sender: str, state: dict, text: str, lang: str, offered: bool, missed=None,
        safety: bool = True, left_open=None,
    ) -> Turn:  # fmt: skip
        turn = Turn()
        state["slots"]["language"] = lang
        # `safety` False only re-reads a message the crisis layer answered already and the
        # citizen then said they are not in danger.
        reply = self._safety_turn(sender, state, text, lang) if safety else None
        if reply is not None:
            return reply
        if offered and not state["active_loop"] and _bare_yes(text):
            text = "/start_screening"
        if self._takes_back_urgent(state, text):
            return self._urgent_taken_back(sender, state, lang)
        parsed = parse_payload(text, self.bot.intents)
        if parsed is None:
            prediction = nlu.predict(text)
            parsed = {
                "intent": {"name": prediction.intent, "confidence": prediction.confidence},
                "entities": [],
                "intent_ranking": [{"name": n, "confidence": c} for n, c in prediction.ranking],
            }
        intent = parsed["intent"]["name"]
        if intent == "crisis":
            if parsed.get("intent_ranking") is not None:  # typed, not the help button
                return self.screening_crisis_turn(sender, state, lang)
            return self.crisis_turn(state, lang)
        message = {"text": text, **parsed, "metadata": {"lang": lang}}
        form = state["active_loop"]
        is_payload = text.strip().startswith("/")
        asked_stop = state.get("latest_action_name") == ASK_STOP
        if not is_payload:
            reply = self._stop_reply(intent, text) if asked_stop else None
            intent = reply or self._situation_intent(intent, text, state)
            message["intent"] = {**parsed["intent"], "name": intent}
        resumable = asked_stop or self._has_answers(state)
        first = None
        if not form and not is_payload and not asked_stop:
            first = self._fact_first(parsed["intent"]["name"], text, resumable)
        if first is not None:
            # A fact question that also says whom it is for or tells a situation: the
            # fact first, then the note about asking for someone else (and the way on),
            # or the say-back of the situation (issue 10).
            fact, entities = first
            message["intent"] = {**parsed["intent"], "name": fact}
            said = len(turn.messages)
            self._plan(self.bot.plans[(None, message["intent"]["name"])], sender, state,
                       message, turn)  # fmt: skip
            for reply in turn.messages[said:]:
                reply.pop("buttons", None)  # the note's or say-back's buttons are the way on
            message = {**message, "entities": entities}
            message["intent"] = {**parsed["intent"], "name": "describe_situation"}
            self._plan(self.bot.plans[(None, "describe_situation")], sender, state, message, turn)
            return turn
        if not form and not is_payload and not resumable and self._own_topic(intent, text):
            # "jeg skylder penge til alle mulige": the topic's facts, then what the bot
            # understood, to confirm; the check goes on from there (never a dead end).
            said = len(turn.messages)
            self._plan(self.bot.plans[(None, intent)], sender, state, message, turn)
            for reply in turn.messages[said:]:
                reply.pop("buttons", None)  # the say-back's yes/no is the way on
            message["intent"] = {**parsed["intent"], "name": "describe_situation"}
            self._plan(self.bot.plans[(None, "describe_situation")], sender, state, message, turn)
            return turn
        if (
            intent == "start_screening"
            and not form
            and not is_payload
            and state["slots"].get("screening_outcome")
            and _acknowledgement(text)
        ):
            intent = "thanks"  # "ok" after the outcome: it stands, nothing starts again
        if intent == "continue_screening" and not form and not resumable:
            intent = "start_screening"  # nothing to go on with: the check starts
        if intent == "continue_screening":
            self._resume_after_crisis(state)
        if form and intent == "stop_screening" and is_payload:
            # The stop button is an explicit choice: stopped at once, not asked about.
            stop = self.bot.followups[(ASK_STOP, "stop_screening")]
            self._plan(RulePlan((DEACTIVATE, *stop.actions)), sender, state, message, turn)
            return turn
        if form:
            requested = state["slots"].get("requested_slot")
            plan = self.bot.plans.get((form, intent))
            if plan is None and is_payload and intent != "answer":
                # A topic button in the middle of the form: answer it, then ask again.
                base = self.bot.plans.get((None, intent))
                if base and base.activate:
                    plan = base
                elif base:
                    plan = RulePlan(base.actions, None, True)
            if plan is not None:
                self._plan(plan, sender, state, message, turn)
                return turn
            base = self.bot.plans.get((None, intent))
            if (
                not is_payload
                and intent != "answer"
                and base is not None
                and base.actions in FACT_ACTIONS
                and (_QUESTION.search(text) or INVERTED.search(text))
            ):
                # A question about the offer in the middle of the form ("skal jeg betale
                # noget?"): answered, never read as an answer ("noget" is not "quite a lot").
                message["entities"] = _relative_entities(text)  # the note after the fact
                self._plan(RulePlan(base.actions, None, True), sender, state, message, turn)
                return turn
            candidate = (
                self._slot_candidate(requested, state, message, intent) if requested else None
            )
            earlier = missed[1] if missed and missed[0] == requested else 0
            # Replies just before that left this question unanswered, noted elsewhere or
            # not (round 12): never asked the same way more than twice in a row.
            unanswered = left_open[1] if left_open and left_open[0] == requested else 0
            aside = [q for q in state.get(SET_ASIDE, ()) if state["slots"].get(q) in (None, [])]
            if not is_payload:
                # The validation asks again with the answers as words on a first miss, and
                # on the second in a row writes "don't know" or sets the question aside.
                message["metadata"] = {
                    **message["metadata"],
                    "misses": earlier,
                    "unanswered": unanswered,
                }
            if aside:
                message["metadata"] = {**message["metadata"], "set_aside": aside}
            said = len(turn.messages)
            events = self._validate(
                sender,
                state,
                message,
                turn,
                {requested: candidate} if candidate is not None else {},
            )
            base = self.bot.plans.get((None, intent))
            if (
                requested
                and state["slots"].get(requested) in (None, [])
                and base is not None
                and base.actions in FACT_ACTIONS
                and (_QUESTION.search(text) or INVERTED.search(text) or intent == "human_handoff")
            ):
                # Not an answer, but a question about the offer: answer it, then ask again
                # (what a Rasa rule "FAQ inside the form" does). Only a question gets a
                # fact: "telefon passer mig bedst" is an answer, noted or not understood
                # by the validation, never the price.
                del turn.messages[said:]
                message["entities"] = _relative_entities(text)
                self._plan(RulePlan(base.actions, None, True), sender, state, message, turn)
                return turn
            self._ask_next(sender, state, message, turn, events)
            self._note_set_aside(state, requested, aside)
            # An answer to another question (noted, the question asked again) is no miss,
            # but it leaves the question asked unanswered: counted apart, so that it is
            # never asked the same way more than twice in a row (round 12: three
            # conversations asked the impact after every reply, each reply noted elsewhere).
            noted = any(
                e.get("event") == "slot"
                and e.get("name") in QUESTION_IDS
                and e.get("name") != requested
                and e.get("value") not in (None, [])
                for e in events
            )
            if (
                requested in QUESTION_IDS
                and not is_payload
                and state["active_loop"] == form
                and state["slots"].get("requested_slot") == requested
                and state["slots"].get(requested) in (None, [])
            ):
                state[UNANSWERED] = [requested, unanswered + 1]
                if not noted:
                    state[MISSED] = [requested, earlier + 1]  # the same question asked again
            return turn
        plan = (
            self.bot.followups.get((state.get("latest_action_name"), intent))
            or self.bot.plans.get((None, intent))
            or self.bot.plans[(None, nlu.FALLBACK)]
        )
        self._plan(plan, sender, state, message, turn)
        return turn

    @staticmethod
    def _answers_another(requested: str, text: str, slots: dict, intent: str) -> bool:
        """Short words that answer another open question of the check, or correct an
        earlier answer with a word that says the mind changed. A wish to stop the check
        ("jeg gider ikke flere spørgsmål") stays a stop unless it corrects an answer."""
        if (
            "?" not in text  # "I only do this because ...": no question, whatever its verb
            and requested not in ("motivation", "urgent")
            and slots.get("motivation") not in (None, "no")
            and parse_answer(requested, text[:500]) is None
            and not _STOP_WORDS.search(_normalise(text[:300]))
            and declines_adviser(text)
        ):
            return True  # "honestly no, I only do this because she told me to": a correction
        if _drop_request(text, list(slots.get("areas") or ())):
            return True  # "kan du fjerne det med gælden?": an area out
        if len(text.split()) > 15 or _QUESTION.search(text):
            return False
        if dropped_areas(text, list(slots.get("areas") or ())):
            return True  # "not the last one", "forget the money part": an area out
        folded = _normalise(text[:300])
        answered = {q: slots.get(q) for q in QUESTION_IDS if slots.get(q) not in (None, [])}
        if CHANGED_MIND.search(folded) or understood(text).correction:
            others = {q: v for q, v in answered.items() if q != requested}
            if correction_of(text, others):
                return True
        if intent == "stop_screening":
            # A way told for a later question ("jeg vil helst mødes, jeg er ikke god til
            # skærme") is no stop, unless the message says stop in words (round 10).
            if _STOP_WORDS.search(folded):
                return False
            ways = [q for q in ("format", "contact") if q != requested and q not in answered]
            if not any(parse_answer(q, text) not in (None, "dont_know") for q in ways):
                return False
        open_ = [q for q in ("existing_support", "motivation", "format", "contact")
                 if q != requested and q not in answered]  # fmt: skip
        return (
            any(
                parse_answer(q, text) not in (None, "dont_know", "unsure", ["dont_know"])
                for q in open_
            )
            and parse_answer(requested, text) is None
        )

    @staticmethod
    def _note_set_aside(state: dict, requested: str | None, aside: list[str]) -> None:
        """Remember a question the form left open and went past (the validation set it
        aside), so it is asked again only when the rest is answered."""
        slots = state["slots"]
        if state["active_loop"] is None:
            state.pop(SET_ASIDE, None)  # an outcome, or the check stopped
            return
        if (
            requested in QUESTION_IDS
            and slots.get(requested) in (None, [])
            and slots.get("requested_slot") not in (None, requested)
            and requested not in aside
        ):
            aside = [*aside, requested]
        aside = [q for q in aside if slots.get(q) in (None, [])]
        if aside:
            state[SET_ASIDE] = aside
        else:
            state.pop(SET_ASIDE, None)

    @staticmethod
    def _stop_reply(intent: str, text: str) -> str | None:
        """The typed answer to "Vil du stoppe tjekket?": stop_screening, continue_screening,
        or None when the message is something else (then it is read as usual)."""
        if intent in ("stop_screening", "continue_screening"):
            return intent
        words = _words(text)
        if not words or len(words) > 3:
            return None
        if words[0] in _STOP_YES:
            return "stop_screening"
        if words[0] in _NO:
            return "continue_screening"
        return None

    @staticmethod
    def _own_topic(intent: str, text: str) -> bool:
        """A statement about the citizen's own debt or work, not a question about it."""
        # Stricter than _QUESTION: "I can't figure out what to do next" is a statement.
        if intent not in TOPIC_AREAS or "?" in text or ASKS.match(text):
            return False
        said = understanding.understand(text)
        return bool(said.first_person and said.areas and not said.asking_for)

    def _fact_first(self, intent: str, text: str, started: bool) -> tuple[str, list[dict]] | None:
        """For a fact question (a fact intent in a question's form) that names a relative
        ("skal min mor betale noget?") or follows a first-person situation ("jeg er ensom,
        koster det noget?"): the fact's intent and the entities for the description that
        follows the fact ([] when the words carry it). None: answer as usual."""
        if intent == "describe_situation" and not started:
            # "i cant manage my letters. is it free": the description outweighs the
            # question for the classifier; its last question, read alone, may be a fact.
            intent = _asked_fact(text) or intent
        plan = self.bot.plans.get((None, intent))
        if plan is None or plan.actions != ("action_answer_faq",):
            return None
        if not (_QUESTION.search(text) or INVERTED.search(text)):
            return None
        said = understood(text)
        if said.correction or said.starts_with_no:
            return None  # "nej vent, jeg er 17, hvad koster det?" corrects as before
        asking_for, after_a_verb = asked_for(text)
        entities: list[dict] = []
        if after_a_verb:
            # "does my brother have to pay": the words do not carry it, the entity does.
            if asking_for == "child":
                entities = [{"entity": "age", "value": "under_18", "start": 0, "end": 0}]
            elif asking_for:
                entities = [{"entity": "asking_for", "value": asking_for, "start": 0, "end": 0}]
        if asking_for:
            return intent, entities
        if started:
            return None  # in a check, a question about the offer is answered as before
        # A first-person situation in the clauses that are no question.
        statements = " . ".join(
            c
            for c in _SENTENCES.findall(text)
            if not (_QUESTION.search(c) or INVERTED.search(c.strip()))
        )
        told = understanding.understand(statements) if statements.strip() else None
        if told is None or not told.first_person or told.asking_for:
            return None
        areas = set(told.areas)
        if not (areas or told.age or told.existing_support):
            return None
        if intent in TOPIC_AREAS and areas <= TOPIC_AREAS[intent] and not told.age:
            return None  # "jeg har gæld, kan I hjælpe med det?": the topic's facts only
        return intent, []

    @staticmethod
    def _has_answers(state: dict) -> bool:
        """A check to go on with: answers given, or an outcome."""
        slots = state["slots"]
        return any(
            slots.get(name) not in (None, [])
            for name in (*QUESTION_IDS, "screening_outcome", "understood")
        )

    def _situation_intent(self, intent: str, text: str, state: dict) -> str:
        """The intent, or the screening's own when the text tells screening facts: in the
        form it is read as an answer (or a correction of one), outside it as a description
        of the situation, also after an outcome ("nej vent, jeg er 17")."""
        requested = state["slots"].get("requested_slot")
        drop_request = _drop_request(text, list(state["slots"].get("areas") or ()))
        question = bool(_QUESTION.search(text)) and not drop_request
        faq = self.bot.plans.get((None, intent))
        asks = question or bool(INVERTED.search(text))  # "min mor er 80, skal hun betale"
        asks = asks and not drop_request
        is_fact_question = asks and faq is not None and faq.actions in FACT_ACTIONS
        if (
            is_fact_question
            and state["active_loop"]
            and requested in (*QUESTION_IDS, CONFIRM)
            and requested != "urgent"
            and _statement(text)
        ):
            # In the check, a statement is the reply to the question asked, whatever topic
            # the classifier heard: "det med søvnen skal I ikke hjælpe med, kun gælden" at
            # the say-back, "home care, not sure what it's called" (round 21).
            is_fact_question = False
        # "det tror jeg ikke jeg gider, ville bare se hvad I har": a no to taking part,
        # whatever the classifier or a question word says (round 15).
        declined = requested == "motivation" and declines_taking_part(text)
        # An answer to the question asked wins over a topic it resembles: "in person" to
        # "how would you like to talk to us?" is not "talk to a person".
        if (
            state["active_loop"]
            and requested in QUESTION_IDS
            and intent != "crisis"
            and (
                not is_fact_question
                or _answer_then_aside(requested, text)
                or (requested != "urgent" and _statement(text))
                or declined
                or _hedged_way(requested, text)
                or _suggested_way(requested, text)
                or (
                    requested == "contact" and (asks_to_be_visited(text) or asks_to_be_called(text))
                )
            )
            # "Do you need help right now?" takes only a short answer this way: "hvad
            # koster det nu?" is a question, not a yes; or a no said first, then reasons.
            and (requested != "urgent" or len(text.split()) <= 3 or _no_then_reasons(text))
            and (declined or parse_answer(requested, text[:500]) is not None)
        ):
            return "answer"
        if (
            state["active_loop"]
            and requested in QUESTION_IDS
            and (
                intent not in KEEP_INTENTS
                or _no_to_the_adviser(intent, text)
                or _reached_today(intent, text)
            )
            and not is_fact_question
            and self._answers_another(requested, text, state["slots"], intent)
        ):
            # Not this question's answer, but another's in the citizen's own order ("yes,
            # she'd like to" at the impact question) or a mind changed about an earlier
            # answer ("thinking again, no adviser for me"): the validation notes it,
            # never another intent's reply (a stop, a fact) and the same question again.
            return "answer"
        if (
            state["active_loop"]
            and requested in (CONFIRM, AREA_CHECK_SLOT)
            and intent not in KEEP_INTENTS
            and intent != "stop_screening"
            and not is_fact_question
        ):
            # The reply to the say-back ("bang on", "yes that sums it up", "ja, lige præcis")
            # is the validation's to read: a yes, a no, a correction, or neither (then the
            # questions go on). Never another intent's reply and the say-back again. So is
            # the reply to "do you also want help with this?" about an unsure area.
            return "answer"
        if intent in KEEP_INTENTS:
            return intent
        if (
            not state["active_loop"]
            and state["slots"].get("screening_outcome") not in (None, "crisis")
            and ("?" not in text or drop_request)
            and dropped_areas(text, list(state["slots"].get("areas") or ()))
        ):
            return "describe_situation"  # "drop the last one" after the outcome: it follows
        if (
            not state["active_loop"]
            and state["slots"].get("screening_outcome") == "not_adult"
            and "?" not in text
            and len(text.split()) <= 9
            and correction_of(text, {"age": state["slots"].get("age")}) == {"age": "18_or_over"}
        ):
            # "45 not 5, missed the key" or a bare "44" after the outcome for children
            # (round 11; the age was often read from the description, never asked): the
            # age is corrected and the check goes on with every other answer kept.
            return "describe_situation"
        said = understood(text)  # often read just before, by _fact_first
        marked = (
            said.correction
            or said.starts_with_no
            or CHANGED_MIND.search(_normalise(text[:300])) is not None  # "oops, typo: ..."
        )
        if (
            not said.has_facts
            and marked
            and not state["active_loop"]
            and correction_of(text, {q: state["slots"].get(q) for q in QUESTION_IDS})
        ):
            return "describe_situation"  # "nej vent, jeg mener meget" after the outcome
        if (
            not state["active_loop"]
            and state["slots"].get("screening_outcome") not in (None, "crisis")
            and not question
            # Up to a reason after it (round 11: "the phone is fine, I'm home all day").
            and len(text.split()) <= 10
            and not said.areas
            and not said.age
            and _changes_a_way(text, state["slots"])
        ):
            # "video call" just after the outcome (the citizen was still answering; the
            # outcome says "just write it" to change an answer): the way changes.
            return "describe_situation"
        if not said.has_facts or (intent == "stop_screening" and not marked):
            return intent  # "jeg gider ikke flere spørgsmål" stops; "nej vent, ..." corrects
        if state["active_loop"]:
            if is_fact_question and not marked:
                return intent  # a question about the offer: answered, then the form goes on
            return "answer"
        # Outside the screening only what places the citizen counts (areas, age, whom they
        # ask for, support they get): "tja måske" alone is no description.
        substantive = bool(
            said.areas or said.not_areas or said.age or said.asking_for or said.existing_support
        )
        if intent == "out_of_scope" and ASKS.match(text) and not said.first_person:
            return intent  # "hvem vandt fodboldkampen i går": a question, not a situation
        if intent == "describe_situation" or (intent in SITUATION_INTENTS and substantive):
            return "describe_situation"
        areas = set(said.areas)
        if intent in TOPIC_AREAS and areas and not areas & TOPIC_AREAS[intent]:
            return "describe_situation"
        if intent in TOPIC_AREAS and not question and for_another_adult(said, text):
            # "my brother is 40 and his money is a mess, he's fine with me writing this":
            # consent makes it their check, whichever topic the classifier heard first.
            return "describe_situation"
        about_self = areas or said.age or said.asking_for
        # An age told with no one else asked for is the writer's: "er 47, kan ikke ..."
        # says "jeg" without the word.
        own = said.first_person or (said.age and not said.asking_for)
        if own and about_self and not question and intent not in TOPIC_AREAS:
            return "describe_situation"  # "jeg har svært ved at holde mig ren": a statement
        answered = any(state["slots"].get(q) not in (None, []) for q in QUESTION_IDS)
        fixes = bool(said.age or said.not_areas or said.asking_for)
        if marked and answered and not fixes and not state["active_loop"]:
            # "oh wait, can I change my answer, I'd rather see someone alone": a wish to
            # change, asked as a question, changes the answer it names.
            fixes = bool(
                correction_of(text, {q: state["slots"].get(q) for q in QUESTION_IDS})
            ) or bool(_with_preference_change(text, state["slots"]))
        if answered and (marked or fixes) and (not question or (fixes and marked)):
            # "nej vent, jeg er 17" after the outcome; "actually I'm 17, can I still
            # apply?" too. "må jeg være med alligevel?" stays a question.
            return "describe_situation"
        return intent

    def _plan(self, plan: RulePlan, sender, state, message, turn) -> None:
        for action in plan.actions:
            self._run(action, sender, state, message, turn)
        if plan.activate:
            state["active_loop"] = plan.activate
            state["slots"]["requested_slot"] = None
            events = self._validate(sender, state, message, turn, {})
            self._ask_next(sender, state, message, turn, events)
        elif plan.resume and state["active_loop"]:
            requested = state["slots"].get("requested_slot")
            if requested:
                self._run(f"action_ask_{requested}", sender, state, message, turn)

    # -- the crisis layer (portal/chat/crisis.py), before anything else ----------------
    def _safety_turn(self, sender: str, state: dict, text: str, lang: str) -> Turn | None:
        """The crisis layer's turn for this message, or None to go on as usual.

        crisis: the emergency contacts at once. concern: a gentle question with the
        contacts; the next message answers it ("ja" = crisis, "nej" = go on). A running
        screening is paused, never silently continued, and can be resumed by a button.
        The answer to the screening's own "do you need help right now?" is the screening's:
        it gives the outcome `crisis` (with custom.outcome), or the local crisis reply when
        the actions cannot be reached."""
        asked = state.pop("crisis_asked", False)
        plain = state.pop(CRISIS_ASKED_PLAIN, False)
        after_yes = state.pop(CRISIS_AFTER_YES, False)
        concern_text = state.pop(CONCERN_TEXT, None)
        shown = state.pop(CRISIS_SHOWN, False)
        payload = parse_payload(text, self.bot.intents)
        if payload is not None:  # a button: /crisis, /continue_screening, answers...
            if payload["intent"]["name"] in ("continue_screening", "start_screening"):
                state.pop("crisis_paused", None)
            return None
        result = crisis.check(text)
        if asked and (not result.flagged or (result.negated and result.level == crisis.CONCERN)):
            reply = _yes_or_no(text)
            if not plain and (reply == "yes" or reply is None) and _confirms_what_was_told(text):
                # "yes that's right", "spot on", "ja det passer" (round 11): a yes that
                # also confirms something else, most likely the say-back the citizen
                # expected. Asked once more in the plainest words, the emergency contacts
                # still on screen; a plain "ja"/"yes" keeps the crisis reply at once.
                return self._plain_danger_turn(state, lang, concern_text)
            if reply == "yes":  # in danger: a paused check ends with its outcome crisis
                turn = self.screening_crisis_turn(sender, state, lang)
                # A yes to the gentle question after a description may also have meant
                # "yes, that is right" to the say-back the citizen expected: the contacts
                # stand, and a no to being in danger next goes on with what was told.
                state[CRISIS_AFTER_YES] = True
                if concern_text:
                    state[CONCERN_TEXT] = concern_text
                return turn
            if reply == "no" or result.negated or _denies_danger(text):
                if plain:
                    self._confirmed_before_plain(state)
                return self._not_in_danger_turn(sender, state, text, lang)
            if reply is None and not result.flagged and self._goes_on_answering(state, text):
                # Neither yes nor no, but the next answer of the paused check ("I have a
                # support worker from the council"): the contacts were shown, the citizen
                # carries on as with the button that goes on, and the answer counts.
                return self._not_in_danger_turn(sender, state, text, lang)
        if after_yes and not result.flagged and _denies_danger(text):
            return self._no_danger_after_all(sender, state, text, lang, concern_text)
        if shown and not result.flagged and _bare_yes(text) and not state["active_loop"]:
            state[CRISIS_SHOWN] = True
            return self.crisis_turn(state, lang)
        if not result.flagged:
            if state.get("crisis_paused") and _wants_to_continue(text):
                return self.handle(sender, state, "/continue_screening", lang)  # typed
            return None
        relayed = _relays_danger(text, result)
        if state["active_loop"] and state["slots"].get("requested_slot") == "urgent":
            if result.negated and not relayed:  # "nej, jeg har ikke selvmordstanker"
                return self.handle(sender, state, '/answer{"urgent": "no"}', lang)
            return self.screening_crisis_turn(sender, state, lang)
        quiet = not self._in_a_check(state) and self._open_check(sender, state, text, lang)
        if result.level == crisis.CRISIS or relayed:
            turn = self.screening_crisis_turn(sender, state, lang)
            state[CRISIS_SHOWN] = True  # after: the check's own turn inside pops it
            return turn
        turn = self.concern_turn(state, lang, quiet=quiet)
        if not quiet and not state.get("crisis_paused"):
            state[CONCERN_TEXT] = text[:2000]  # re-read as a description after a no
        return turn

    @staticmethod
    def _goes_on_answering(state: dict, text: str) -> bool:
        """A reply to the gentle question, asked in the middle of a check, that answers one
        of the check's open practical questions, and asks nothing."""
        if not state.get("crisis_paused") or "?" in text or ASKS.match(text):
            return False
        slots = state["slots"]
        return any(
            slots.get(q) in (None, []) and parse_answer(q, text[:300]) is not None
            # Only the practical questions: more hardship told ("I can't cope with
            # anything") is no sign of being safe, nor is a bare number or yes.
            for q in ("existing_support", "motivation", "format", "contact")
        ) and not _yes_or_no(text)

    def _no_danger_after_all(
        self, sender: str, state: dict, text: str, lang: str, concern_text: str | None
    ) -> Turn:
        """A no to being in danger right after the crisis reply that a yes to the gentle
        question gave: that yes confirmed what the citizen told, so the check goes on from
        it (urgent no, what was told noted and correctable), never a dead end. The emergency
        contacts were shown twice already and stay one button away."""
        from bot.actions.actions import _changed_text

        thanks = render_response(self.bot.domain, "utter_crisis_not_in_danger_menu", state["slots"])
        first = {"text": thanks["text"].rsplit(". ", 1)[0] + "."}  # without "what now?"
        slots = state["slots"]
        before = copy.deepcopy(state)
        try:
            if state.get(CRISIS_RESUME) is not None:
                # A check was opened behind the gentle question: it comes back as it was.
                self._resume_after_crisis(state)
                state.pop("crisis_paused", None)
                state["active_loop"] = "screening_form"
                slots["requested_slot"] = None
            elif concern_text and not state["active_loop"] and not state.get("crisis_paused"):
                state.pop("crisis_paused", None)
                turn = self._handle(sender, state, concern_text, lang, False, safety=False)
                if state["active_loop"] != "screening_form":
                    # Written for someone else, or no situation in it: said as it would be.
                    turn.messages.insert(0, first)
                    return turn
            else:
                state.update(before)
                return self._not_in_danger_turn(sender, state, text, lang)
            told = list(slots.get(CONFIRM_UNDERSTOOD) or [])
            if slots.get(CONFIRM) is None and told:
                slots[CONFIRM] = "yes"
            slots["urgent"] = "no"
            slots["requested_slot"] = None
            noted = {q: slots[q] for q in ("urgent", *told) if slots.get(q) not in (None, [])}
            turn = Turn(messages=[first, {"text": _changed_text(noted, lang)}])
            message = {
                "text": text,
                "intent": {"name": "answer", "confidence": 1.0},
                "entities": [],
                "metadata": {"lang": lang},
            }
            events = self._validate(sender, state, message, turn, {})
            self._ask_next(sender, state, message, turn, events)
        except TransportError:
            state.clear()
            state.update(before)
            raise
        return self._with_rest(sender, state, text, lang, turn)

    def _with_rest(self, sender: str, state: dict, text: str, lang: str, turn: Turn) -> Turn:
        """The rest of a no to being in danger, read as any reply to the question now asked
        ("sorry, said it too strong, but it is quite a lot hard": the impact)."""
        rest = _rest_after_denial(text)
        requested = state["slots"].get("requested_slot")
        if not rest or not state["active_loop"] or not requested or crisis.check(rest).flagged:
            return turn
        if requested not in QUESTION_IDS:
            return turn  # the say-back waits for its yes: "I'm not" is no reply to it
        if (
            parse_answer(requested, rest[:300]) is None
            and not understanding.understand(rest[:1000]).has_facts
        ):
            return turn
        more = self.handle(sender, state, rest, lang)
        # The question asked again by the first turn is answered by the rest: only the
        # thanks and the notes of the first turn stay before what the rest gave.
        kept = [m for m in turn.messages if "question" not in (m.get("custom") or {})]
        return Turn([*kept, *more.messages], more.crisis, more.outcome or turn.outcome, more.failed)

    def _open_check(self, sender: str, state: dict, text: str, lang: str) -> bool:
        """A first message that tells the citizen's situation (areas or age) and that the
        crisis layer flags: what it says is read into a check, opened behind the crisis
        reply, so that the crisis answers the urgent question (the outcome `crisis`, as
        the questionnaire gives it), and a "no, I am not in danger" goes on with the
        say-back instead of losing the description. Nothing is shown from it; on any
        failure the state stays as it was (the crisis reply never depends on it)."""
        said = understood(text[:2000])
        # Any area or age of the writer's own (never someone else's): the crisis reply is
        # the same either way; the check only records the urgent yes it stands for.
        if not (said.areas or said.age) or said.asking_for in ("adult", "relative"):
            return False
        before = copy.deepcopy(state)
        message = {
            "text": text,
            "intent": {"name": "describe_situation", "confidence": 1.0},
            "entities": [],
            "metadata": {"lang": lang},
        }
        try:
            self._plan(self.bot.plans[(None, "describe_situation")], sender, state, message, Turn())
        except TransportError:
            state.clear()
            state.update(before)
            return False
        if state["active_loop"] != "screening_form":
            state.clear()
            state.update(before)
            return False
        return True

    @staticmethod
    def _takes_back_urgent(state: dict, text: str) -> bool:
        """ "no sorry, nothing urgent, I read the question wrong" after the check
        ended with `crisis` on the urgent question's own yes (typed or by button). A crisis
        told in the citizen's words (CRISIS_RESUME) is never taken back this way, and the
        crisis layer has read this message first (a crisis in it never gets here)."""
        slots = state["slots"]
        if (
            state["active_loop"]
            or text.strip().startswith("/")
            or slots.get("screening_outcome") != "crisis"
            or slots.get("urgent") != "yes"
            or CRISIS_RESUME in state
        ):
            return False
        words = crisis.normalise(text[:300])
        return bool(_URGENT_DENIED.search(words) or _MISREAD.search(words)) and (
            parse_answer("urgent", text[:300]) == "no"
        )

    def _urgent_taken_back(self, sender: str, state: dict, lang: str) -> Turn:
        """The urgent answer corrected to no: said back, and the check goes on with the
        answers kept aside at the crisis outcome, at the next open question."""
        self._resume_after_crisis(state)  # urgent and the outcome open again
        state["active_loop"] = "screening_form"
        state["slots"]["requested_slot"] = "urgent"
        turn = self.handle(sender, state, '/answer{"urgent": "no"}', lang)
        note = "\n".join(
            [
                translate(N_("I have changed your answers:"), lang),
                "• "
                + translate(
                    N_("%(question)s: %(answer)s"),
                    lang,
                    question=translate(question("urgent").short, lang),
                    answer=describe_answer("urgent", "no", lang),
                ),
                translate(N_("Write it if something is wrong."), lang),
            ]
        )
        turn.messages.insert(0, {"text": note})
        return turn

    def _in_a_check(self, state: dict) -> bool:
        """A check runs, is paused, or has answers or an outcome to correct."""
        return bool(state["active_loop"] or state.get("crisis_paused") or self._has_answers(state))

    def screening_crisis_turn(self, sender: str, state: dict, lang: str) -> Turn:
        """A crisis told in the citizen's own words while a check runs, is paused, or has
        its outcome: it answers (or corrects) "do you need help right now?" with yes, so
        the check ends with the outcome `crisis` (custom.outcome), as the questionnaire
        gives for it; its other answers are kept aside and come back if the citizen goes on
        and answers no. Outside a check, or when the actions cannot be reached: the local
        crisis reply, which no transport can fail."""
        if not self._in_a_check(state):
            return self.crisis_turn(state, lang)
        before = copy.deepcopy(state)
        paused = state.pop("crisis_paused", None) or state["active_loop"]
        slots = state["slots"]
        # Going on later (the button, "kan vi fortsætte") puts the check back as it was.
        resume = {"loop": paused, "slots": {k: v for k, v in slots.items() if k != "language"}}
        # A say-back waiting for its yes, or an outcome given: the urgent answer wins.
        for name in ("situation_confirmed", "understood", "screening_outcome"):
            slots[name] = None
        state["active_loop"] = "screening_form"
        slots["requested_slot"] = "urgent"
        try:
            turn = self.handle(sender, state, '/answer{"urgent": "yes"}', lang)
        except TransportError:
            turn = None
        if turn is None or turn.outcome != "crisis":  # never without the emergency contacts
            state.clear()
            state.update(before)
            return self.crisis_turn(state, lang)
        state[CRISIS_RESUME] = resume
        if paused:
            state["crisis_paused"] = paused  # a typed "fortsæt" goes on too
            at = next(
                (i for i, m in enumerate(turn.messages) if m.get("custom", {}).get("link")), None
            )
            paused_reply = render_response(self.bot.domain, "utter_crisis_paused", slots)
            turn.messages.insert(len(turn.messages) if at is None else at, paused_reply)
        turn.crisis = True
        return turn

    def _resume_after_crisis(self, state: dict) -> None:
        """The check as it was before a crisis outcome the citizen now goes on from."""
        resume = state.pop(CRISIS_RESUME, None)
        if resume is None:
            if state["slots"].get("screening_outcome") == "crisis":
                # After the urgent question's yes: that question is asked again, and a no
                # brings back the answers kept aside.
                state["slots"]["urgent"] = state["slots"]["screening_outcome"] = None
            return
        state["slots"].update(resume["slots"])
        state["slots"]["requested_slot"] = None

    def _pause(self, state: dict) -> str | None:
        """Stop a running form (its answers stay); returns the form that can be resumed."""
        if state["active_loop"]:
            state["crisis_paused"] = state["active_loop"]
        state["active_loop"] = None
        state["slots"]["requested_slot"] = None
        state["latest_action_name"] = "action_crisis"
        return state.get("crisis_paused")

    def _crisis_link(self, lang: str) -> dict:
        title = translate(N_("Emergency help"), lang)
        return {"custom": {"link": {"target": facts.LINK_CRISIS, "title": title}}}

    def crisis_turn(self, state: dict, lang: str, text: str | None = None) -> Turn:
        """Emergency numbers at once, built here from the profile: no transport can fail it.
        With `text`, a message the crisis layer rates `concern` gets the gentle question."""
        if text is not None and crisis.check(text).level == crisis.CONCERN:
            return self.concern_turn(state, lang)
        paused = self._pause(state)
        messages = [{"text": facts.crisis_text(self.profile, lang)}]
        if paused:
            messages.append(render_response(self.bot.domain, "utter_crisis_paused", state["slots"]))
        messages.append(self._crisis_link(lang))
        return Turn(messages=messages, crisis=True)

    def concern_turn(self, state: dict, lang: str, quiet: bool = False) -> Turn:
        """Ask "are you in danger right now?", with the emergency contacts and buttons to go on.
        `quiet`: the check was opened behind this reply, so it is not said to be paused."""
        paused = self._pause(state)
        state["crisis_asked"] = True
        contacts = facts.crisis_contact_lines(self.profile, lang)
        name = "utter_crisis_concern_paused" if paused and not quiet else "utter_crisis_concern"
        message = render_response(self.bot.domain, name, state["slots"], contacts=contacts)
        return Turn(messages=[message, self._crisis_link(lang)], crisis=True)

    @staticmethod
    def _confirmed_before_plain(state: dict) -> None:
        """No danger after the plain question: the yes before it confirmed what was told
        (the say-back the check opened behind the gentle question), and the urgent
        question is answered no, as after a yes and a no (round 9)."""
        slots = state["slots"]
        if state.get("crisis_paused") and slots.get(CONFIRM_UNDERSTOOD) and not slots.get(CONFIRM):
            slots[CONFIRM] = "yes"
            slots[CONFIRM_UNDERSTOOD] = None
            slots["urgent"] = "no"

    def _plain_danger_turn(self, state: dict, lang: str, concern_text: str | None) -> Turn:
        """ "Are you in danger right now? Yes / No" with the emergency contacts: the gentle
        question again in its plainest words, asked once, after a yes that may have
        confirmed something else. The next yes gives the crisis reply, a no goes on."""
        state["crisis_asked"] = True
        state[CRISIS_ASKED_PLAIN] = True
        if concern_text:
            state[CONCERN_TEXT] = concern_text
        contacts = facts.crisis_contact_lines(self.profile, lang)
        text = "\n".join(
            (
                translate(N_("I want to be sure I understand you."), lang),
                translate(N_("Are you in danger right now?"), lang),
                translate(N_("If you need help now, you can call:"), lang),
                contacts,
            )
        )
        buttons = [
            {"title": translate(N_("Yes"), lang), "payload": "/crisis"},
            # Typed words, so that a no re-reads what was told, as a typed no does.
            {"title": translate(N_("No"), lang), "payload": translate(N_("No"), lang)},
        ]
        return Turn(messages=[{"text": text, "buttons": buttons}, self._crisis_link(lang)],
                    crisis=True)  # fmt: skip

    def _not_in_danger_turn(self, sender: str, state: dict, text: str, lang: str) -> Turn:
        """The answer "no" to "are you in danger?": thanks, and the paused screening goes on."""
        paused = state.pop("crisis_paused", None)
        rest = _LEADING_NO.sub("", text, count=1)
        if (
            not paused
            and rest != text
            and not crisis.check(rest).flagged
            and understanding.understand(rest).has_facts
        ):
            # "nej, han er 23": no danger, and the rest is read as any message would be.
            # A rest that only says the no again in danger words ("nej, jeg vil ikke skade
            # mig selv") is not read again: the crisis layer would ask its question again.
            turn = self.handle(sender, state, rest, lang)
            if not turn.crisis:
                thanks = render_response(
                    self.bot.domain, "utter_crisis_not_in_danger_menu", state["slots"]
                )
                thanks.pop("buttons", None)
                first = thanks["text"].rsplit(". ", 1)[0] + "."  # without "what now?"
                turn.messages.insert(0, {"text": first})
            return turn
        if not paused:
            name = "utter_crisis_not_in_danger_menu"
            return Turn(messages=[render_response(self.bot.domain, name, state["slots"])])
        name = "utter_crisis_not_in_danger"
        turn = Turn(messages=[render_response(self.bot.domain, name, state["slots"])])
        message = {
            "text": text,
            "intent": {"name": "continue_screening", "confidence": 1.0},
            "entities": [],
            "metadata": {"lang": lang},
        }
        self._plan(RulePlan((), paused), sender, state, message, turn)
        return self._with_rest(sender, state, text, lang, turn)

    def unavailable_turn(self, lang: str) -> Turn:
        return Turn(
            messages=[
                {"text": facts.unavailable_text(self.profile, lang)},
                {
                    "custom": {
                        "link": {
                            "target": facts.LINK_CHECK,
                            "title": translate(N_("Take the check"), lang),
                        }
                    }
                },
            ],
            failed=True,
        )
