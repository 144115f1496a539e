"""The custom actions (rasa-sdk; only APIs present in both 3.6 and 3.21).

Facts come from the municipality profile (bot.actions.facts), questions and rules from
portal.screening, so the chat and the web questionnaire can never disagree.
"""

import json
import re
from dataclasses import replace
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import facts
from bot.actions.answers import (
    _DROP_WORD,
    _RATHER,
    CHANGED_MIND,
    LEXICON,
    _normalise,
    _phrase,
    asked_evidence,
    corrected_answer,
    correction_of,
    declines_adviser,
    declines_taking_part,
    described_impact,
    dropped_areas,
    echoed_impact,
    evidence,
    first_stance,
    indirect_areas,
    manages_mostly,
    meets_others,
    not_yet,
    only_clause,
    parse_answer,
    refused_ways,
    stepped_impact,
    turned_stance,
    ways_taken_back,
    whom_written_for,
)
from bot.actions.clauses import asked_for, asks_something, own_readings, their_readings
from bot.actions.profile import current_profile
from portal.screening import QUESTION_IDS, ScreeningError, assess, question, validate_answers
from portal.screening.progress import describe_answer, on_path
from portal.screening.rules import Reason, path
from portal.screening.understanding import Understanding, understand
from portal.textcat import N_, translate

FORM = "screening_form"
LANGUAGES = ("da", "en")
_PAYLOAD = re.compile(r"^\s*/\w+(\{.*\})\s*$", re.DOTALL)

OUTCOME_HEADLINES = {
    "crisis": N_("You need help right now. Call for emergency help at once."),
    "not_adult": N_("The offer is for adults. Here is where children and young people get help:"),
    "info_only": N_("You do not want to start now. Here you can get advice without applying:"),
    "other_offer": N_("Another offer will probably help you better:"),
    "assessment": N_(
        "You can apply. The municipality will look at whether more support fits you better."
    ),
    "eligible": N_("The offer will probably fit you."),
}
# The same outcomes when the check was answered for another adult (the writer answered as
# they would): spoken of as him, her or them, never as "you" (%(They)s opens a sentence).
OUTCOME_HEADLINES_FOR_THEM = {
    "info_only": N_(
        "%(They)s would rather not start now. Here %(they)s can get advice without applying:"
    ),
    "other_offer": N_("Another offer can probably help %(them)s better:"),
    "assessment": N_(
        "%(They)s can apply. The municipality will look at whether more support fits %(them)s "
        "better."
    ),
    "eligible": N_("The offer will probably fit %(them)s."),
}
# How the outcome speaks of the person: (subject, object, possessive) per language and
# answered_for.
PRONOUNS = {
    "da": {
        "he": ("han", "ham", "hans"),
        "she": ("hun", "hende", "hendes"),
        "they": ("personen", "personen", "personens"),
    },
    "en": {
        "he": ("he", "him", "his"),
        "she": ("she", "her", "her"),
        "they": ("they", "them", "their"),
    },
}


def pronouns(who: str, lang: str) -> dict[str, str]:
    """The placeholders of a text about the person a check is answered for."""
    they, them, their = PRONOUNS[lang].get(who, PRONOUNS[lang]["they"])
    return {"they": they, "They": they[:1].upper() + they[1:], "them": them, "their": their}


def language(tracker: Tracker) -> str:
    lang = tracker.get_slot("language")
    return lang if lang in LANGUAGES else "da"


def screening_answers(tracker: Tracker) -> dict[str, Any]:
    """The valid answers given so far, as {question_id: code or [codes]}. A slot may still
    hold an unvalidated candidate (free text) while the form validates it: skipped."""
    answers = {}
    for qid in QUESTION_IDS:
        value = tracker.get_slot(qid)
        if value in (None, [], ""):
            continue
        try:
            validate_answers({qid: value})
        except ScreeningError:
            continue
        answers[qid] = value
    return answers


def link(dispatcher: CollectingDispatcher, target: str, title: str) -> None:
    """A link the portal turns into its own URL (Rasa's REST channel passes `custom` on)."""
    dispatcher.utter_message(custom={"link": {"target": target, "title": title}})


class ActionSetLanguage(Action):
    """Custom slot mapping of `language`: {"lang": "da"|"en"} in the message metadata."""

    def name(self) -> str:
        return "action_set_language"

    async def run(self, dispatcher, tracker, domain):
        lang = (tracker.latest_message.get("metadata") or {}).get("lang")
        if lang in LANGUAGES and lang != tracker.get_slot("language"):
            return [SlotSet("language", lang)]
        return []


class ActionAnswerFaq(Action):
    """Answers a fact question from the active municipality profile."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher, tracker, domain):
        lang = language(tracker)
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        answer = facts.FAQ.get(intent)
        if answer is None:
            dispatcher.utter_message(response="utter_default")
            return []
        profile = current_profile()
        theirs = self._about_another_adult(tracker)
        # A fact about a relative's work or debt ("min søn på 22 er droppet ud"): whose
        # check it is is asked after it, instead of the writer's own check.
        check = [
            {
                "title": translate(N_("Check if the offer fits me"), lang),
                "payload": "/start_screening",
            }
        ]
        dispatcher.utter_message(text=answer(profile, lang), buttons=None if theirs else check)
        if intent == "how_to_apply":
            link(dispatcher, facts.LINK_APPLY, translate(N_("Apply for the offer"), lang))
        if theirs:
            return ask_whose_check(dispatcher, theirs, lang)
        asked_for = next(
            (
                e.get("value")
                for e in tracker.latest_message.get("entities") or []
                if e.get("entity") == ASKING_FOR_SLOT
            ),
            None,
        )
        if tracker.active_loop_name and asked_for == "adult":
            # "does my mum have to pay?" in a running check: the fact first, then whom
            # the offer is for; the check's question follows (it stays the writer's own).
            ActionUnderstandSituation()._someone_else(
                dispatcher, asked_for, lang, offer_check=False
            )
        return []

    @staticmethod
    def _about_another_adult(tracker: Tracker) -> dict[str, Any] | None:
        """What a statement before any check told of another adult, when it tells nothing
        of the writer's own (then whose check it is is asked)."""
        text = _user_text(tracker)
        if tracker.active_loop_name or not text or asks_something(text):
            return None  # a fact asked (the most of them) needs no reading of the words
        if tracker.get_slot(ASKING_FOR_SLOT) != "adult":
            started = _slot_answers(tracker) or tracker.get_slot(UNDERSTOOD_SLOT)
            if started or tracker.get_slot("screening_outcome") or asked_for(text)[0] != "adult":
                return None
        return whose_check_readings(text)


class ActionContact(Action):
    """Talk to a person: the bot says it is a bot and gives the municipality's phones."""

    def name(self) -> str:
        return "action_contact"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=facts.handoff_text(current_profile(), language(tracker)))
        return []


class ActionCrisis(Action):
    """Emergency numbers at once; a running screening pauses (its answers are kept) and a
    button lets the citizen go on later (intent continue_screening). The portal's crisis
    layer (portal/chat/crisis.py) runs before this with the same texts; it also asks
    gently when it is unsure (utter_crisis_concern), also in front of a full Rasa server."""

    def name(self) -> str:
        return "action_crisis"

    async def run(self, dispatcher, tracker, domain):
        lang = language(tracker)
        dispatcher.utter_message(text=facts.crisis_text(current_profile(), lang))
        if tracker.active_loop_name:
            dispatcher.utter_message(response="utter_crisis_paused")
        link(dispatcher, facts.LINK_CRISIS, translate(N_("Emergency help"), lang))
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


# Slots of the conversation about the screening besides the answers themselves.
CONFIRM_SLOT = "situation_confirmed"  # the citizen's "yes, that is right" to a say-back
UNDERSTOOD_SLOT = "understood"  # answers read from the citizen's own words, not yet confirmed
ASKING_FOR_SLOT = "asking_for"  # "child", "adult", "relative": asking for someone else
# "he", "she", "they": the check is answered for another adult, as they would answer.
ANSWERED_FOR_SLOT = "answered_for"
# Areas read from the citizen's words below the understanding's bar of sureness
# (Understanding.unsure_areas: such reads were false about four times in ten): held back
# from the say-back and asked one at a time, yes or no, never taken as said (round 16).
UNSURE_SLOT = "unsure_areas"
AREA_CHECK_SLOT = "area_confirmed"  # the citizen's yes or no to the first unsure area
# Off, an unsure area is taken as said, as before round 16 (only for the six older
# dialogue test scripts without a turn for the question: tests/chat/conftest.py).
ASK_UNSURE_AREAS = True
# Answers an outcome did not rest on (areas told before "jeg er 17"): kept aside, out of the
# prefill, and given back when a correction brings their question back onto the path.
HELD_SLOT = "held_answers"


def _restore_held(tracker: Tracker) -> dict[str, Any]:
    held = dict(tracker.get_slot(HELD_SLOT) or {})
    if not held:
        return {}
    answers = dict(screening_answers(tracker))
    restored: dict[str, Any] = {}
    for qid in QUESTION_IDS:  # the path grows as answers come back, in question order
        if qid in held and qid not in answers and qid in path({**answers, **restored}):
            restored[qid] = held.pop(qid)
    if restored:
        restored[HELD_SLOT] = held or None
    return restored


def _reset_events() -> list:
    multi = [pending_slot(q) for q in QUESTION_IDS if question(q).kind == "multi"]
    names = (*QUESTION_IDS, *multi, "screening_outcome", CONFIRM_SLOT, UNDERSTOOD_SLOT,
             ASKING_FOR_SLOT, HELD_SLOT, ANSWERED_FOR_SLOT, UNSURE_SLOT,
             AREA_CHECK_SLOT, THEIRS_SLOT)  # fmt: skip
    return [SlotSet(name, None) for name in names]


class ActionResetScreening(Action):
    """A new screening starts empty; `/start_screening{"for_them": true}`, the answer to
    "whose check is it?", starts it for the other adult with what was told of them."""

    def name(self) -> str:
        return "action_reset_screening"

    async def run(self, dispatcher, tracker, domain):
        theirs = tracker.get_slot(THEIRS_SLOT)
        entities = tracker.latest_message.get("entities") or []
        for_them = any(e.get("entity") == FOR_THEM and e.get("value") for e in entities)
        if not (for_them and theirs):
            return _reset_events()
        return [*_reset_events(), *_their_check(theirs)]


# "Whose check is it?" (round 16, in the action so that every client gets it): after a
# message about another adult that tells nothing of the writer's own, the check is offered
# for them; what the message told of them waits in THEIRS_SLOT for the yes, the payload
# `/start_screening{"for_them": true}` (`{"for_them": false}` or `/start_screening` is the
# writer's own check).
THEIRS_SLOT = "their_readings"
FOR_THEM = "for_them"
FOR_THEM_PAYLOAD = "/start_screening" + json.dumps({FOR_THEM: True})


def whose_check_readings(text: str) -> dict[str, Any] | None:
    """What a typed message about another adult told of them (age, areas, impact, whom),
    when it tells nothing of the writer's own and asks nothing: then whose check it is
    is asked. None when it is not to be asked."""
    if not text or text.startswith("/") or asks_something(text):
        return None
    if own_readings(text).get("areas"):
        return None
    return their_readings(text)


def ask_whose_check(dispatcher, readings: dict[str, Any], lang: str) -> list:
    """Whether to check the offer for the person (a yes is theirs, answered as they would)
    or for the writer."""
    who = pronouns(readings.get(ANSWERED_FOR_SLOT) or "they", lang)
    text = N_(
        "Do you want to check whether the offer could fit %(them)s? Then answer the "
        "questions as %(they)s would answer them."
    )
    dispatcher.utter_message(
        text=translate(text, lang, **who),
        buttons=[
            {
                "title": translate(N_("Yes, check it for %(them)s"), lang, **who),
                "payload": FOR_THEM_PAYLOAD,
            },
            {"title": translate(N_("Check it for me"), lang), "payload": "/start_screening"},
        ],
    )
    return [SlotSet(THEIRS_SLOT, readings)]


def _noted_of_them(theirs: dict[str, Any]) -> dict[str, Any]:
    return {q: v for q, v in theirs.items() if q in QUESTION_IDS and v not in (None, [])}


def _their_check(theirs: dict[str, Any]) -> list:
    """The check starts as the other adult's: what was told of them is noted, and the
    outcome speaks of them. THEIRS_SLOT stays set until the first question says so."""
    return [
        *(SlotSet(q, v) for q, v in _noted_of_them(theirs).items()),
        SlotSet(ANSWERED_FOR_SLOT, theirs.get(ANSWERED_FOR_SLOT) or "they"),
        SlotSet(ASKING_FOR_SLOT, None),
        SlotSet(THEIRS_SLOT, theirs),
    ]


THEIR_CHECK_NOTE = N_(
    "Then I check it for them. Answer the questions as they would answer them. "
    "The offer is for them: they must apply themselves, and you can help them."
)


def _say_their_check(dispatcher, tracker: Tracker, lang: str) -> list:
    """Before the first question of a check started for the other adult (after the start's
    own words): whose it is, and what was noted of them (said, and correctable)."""
    theirs = tracker.get_slot(THEIRS_SLOT)
    if not theirs or not tracker.get_slot(ANSWERED_FOR_SLOT):
        return []
    dispatcher.utter_message(text=translate(THEIR_CHECK_NOTE, lang))
    noted = _noted_of_them(theirs)
    if noted:
        dispatcher.utter_message(text=_changed_text(noted, lang))
    return [SlotSet(THEIRS_SLOT, None)]


MULTI_DONE = "done"
# Choosing one of these by button ends a multi-choice question at once.
EXCLUSIVE = frozenset({"none", "dont_know"})


def pending_slot(qid: str) -> str:
    """The slot that collects a multi-choice question's button choices until "done"."""
    return f"{qid}_pending"


def _label_list(qid: str, codes, lang: str) -> str:
    q = question(qid)
    return ", ".join(translate(q.option(code).label, lang) for code in codes)


def _question_text(qid: str, lang: str, pending=()) -> str:
    q = question(qid)
    if pending:
        return translate(
            N_(
                "You have chosen: %(choices)s. Choose more, or choose “That is all”. You can "
                "also write it in your own words."
            ),
            lang,
            choices=_label_list(qid, pending, lang),
        )
    lines = [translate(q.text, lang)]
    if q.hint:
        lines.append(translate(q.hint, lang))
    for option in q.options:
        if option.hint:
            lines.append(f"{translate(option.label, lang)}: {translate(option.hint, lang)}")
    if q.kind == "multi":
        lines.append(
            translate(N_("Choose one at a time, or write several in your own words."), lang)
        )
    return "\n".join(lines)


def _make_ask_action(qid: str) -> type[Action]:
    class AskQuestion(Action):
        def name(self) -> str:
            return f"action_ask_{qid}"

        async def run(self, dispatcher, tracker, domain):
            lang = language(tracker)
            events = _say_their_check(dispatcher, tracker, lang)
            q = question(qid)
            pending = (tracker.get_slot(pending_slot(qid)) or []) if q.kind == "multi" else []
            buttons = [
                {
                    "title": translate(option.label, lang),
                    "payload": "/answer" + json.dumps({qid: option.code}),
                }
                for option in q.options
                if option.code not in pending and not (pending and option.code in EXCLUSIVE)
            ]
            if pending:
                buttons.append(
                    {
                        "title": translate(N_("That is all"), lang),
                        "payload": "/answer" + json.dumps({qid: MULTI_DONE}),
                    }
                )
            dispatcher.utter_message(
                text=_question_text(qid, lang, pending),
                buttons=buttons,
                json_message={"question": qid},
            )
            return events

    AskQuestion.__name__ = AskQuestion.__qualname__ = "ActionAsk" + qid.title().replace("_", "")
    return AskQuestion


# One action_ask_<question> per screening question. Each class is a module attribute under
# its own name: the action server's worker processes unpickle actions by qualified name.
ASK_ACTIONS = tuple(_make_ask_action(qid) for qid in QUESTION_IDS)
for _ask in ASK_ACTIONS:
    _ask.__module__ = __name__
    globals()[_ask.__name__] = _ask


def _candidate(qid: str, value: Any) -> Any:
    """A slot candidate as answer code(s): a code from a button, or free text parsed."""
    if isinstance(value, str):
        payload = _PAYLOAD.match(value)
        if payload:  # a button payload that reached the slot as text
            try:
                value = json.loads(payload.group(1)).get(qid)
            except (ValueError, AttributeError):
                return None
    multi = question(qid).kind == "multi"
    if isinstance(value, str):
        if value in question(qid).codes:
            return [value] if multi else value
        return first_stance(qid, value[:500])
    if multi and isinstance(value, list):
        codes: list[str] = []
        for item in value:
            parsed = _candidate(qid, item)
            for code in parsed if isinstance(parsed, list) else [parsed]:
                if code and code not in codes:
                    codes.append(code)
        return codes or None
    return None


# The say-back's yes or no, with the texted and spoken forms (round 16: "nah" to a say-back
# kept what was said back, as neither; "jow" and "yup" were neither too).
YES_NO = {
    "yes": ("ja", "yes", "aye", "jep", "jo", "yep", "yeah", "korrekt", "correct", "rigtigt",
            "right", "det passer", "passer", "that is right", "thats right", "ok", "okay",
            "fint", "yup", "yea", "ye", "jow", "jov", "jah", "jaa", "jeps"),
    "no": ("nej", "no", "nope", "naw", "nae", "forkert", "wrong", "passer ikke", "not right",
           "ret det", "change it", "ikke rigtigt", "nah", "naej", "naeh", "næj", "næh", "nej nej"),
}  # fmt: skip


def _yes_no(text: str) -> str | None:
    words = " " + " ".join(re.findall(r"[^\W_]+", text.lower().replace("'", ""))) + " "
    found = [code for code, phrases in YES_NO.items() if any(f" {p} " in words for p in phrases)]
    return found[0] if len(found) == 1 else None


# An age told as a clause without its subject ("... og det vokser. er 29", "... am 58",
# "hej, er 52 og bor ...") or as a number standing alone as a clause ("Hi. 34, and my
# flat ...", "... 52 btw"): colloquial in both languages. Two digits only, at a clause start and
# ending the clause (or before "og"/"and"), with no unit after it but years, so "min søn er
# 2", "det er 30 kr om ugen", "10 years ago" or "jeg har ringet 30, 40 gange" say nothing.
_BARE_AGE = re.compile(
    r"(?:^|[.,;:!?(]\s*|\s(?:og|and)\s+)(?:(?:jeg er|er|am|i am|i'?m|im|a er)\s+)?(\d{2})"
    r"(?:\s*(?:år|aar|years?(?:\s+old)?|yo|y/o))?(?:\s*(?:btw|forresten|by the way"
    # "41 if that matters", "52 hvis det betyder noget": the age given in passing.
    r"|if (?:that|it|age) (?:matters|is relevant|helps)|in case (?:it|that) matters"
    r"|hvis det (?:betyder noget|er relevant|har betydning|siger noget)))?"
    r"\s*(?:[.,;:!?)]|$|\s(?:og|and|men|but)\s)",
    re.IGNORECASE,
)


def _with_bare_age(u: Understanding, text: str) -> Understanding:
    """The understanding with the age of a subject-less age clause, when it read none."""
    if u.age is not None or u.asking_for or not u.has_facts:
        return u
    found = _BARE_AGE.search(text.strip())
    if found is None:
        return u
    years = int(found.group(1))
    return replace(u, age="18_or_over" if years >= 18 else "under_18")


def _with_described_impact(u: Understanding, text: str) -> Understanding:
    """The understanding with the impact a description states in the options' own terms
    ("jeg kan ikke klare rengøringen uden hjælp mere": very much), when it read none; so
    the check does not ask what the citizen already said."""
    if u.impact not in (None, "at_risk") and u.has_facts and not_yet(text):
        # "really bad at bills ... not a disaster yet but heading that way": the strong
        # word describes the thing, the "not yet" the impact.
        return replace(u, impact="at_risk")
    if u.impact is not None and u.has_facts:
        # The options' own words said again win over another reading of the impact.
        echoed = echoed_impact(text)
        return replace(u, impact=echoed) if echoed and echoed != u.impact else u
    if not u.has_facts:
        return u
    impact = described_impact(text) or ("mild" if manages_mostly(text) else None)
    return replace(u, impact=impact) if impact else u


def own_description(text: str) -> dict[str, Any]:
    """The areas, age and impact a typed message tells of the writer's own situation (as
    action_understand_situation reads them); empty when it is about someone else. The
    driver keeps them when the reply was a fact with the check as its way on, so a "ja"
    that starts the check does not lose what was already told."""
    u = understand(text[:2000])
    if u.asking_for or not u.areas:
        return {}
    u = _with_described_impact(_with_bare_age(u, text), text)
    return {k: list(v) if isinstance(v, tuple) else v
            for k, v in u.answers().items() if k in ("areas", "age", "impact") and v}  # fmt: skip


def _with_preference(u: Understanding, text: str) -> Understanding:
    """A preference between two ways ("hellere telefon end video") read by the answer
    lexicon, which knows which of the two is chosen; the understanding sees both."""
    changes = {}
    if not _RATHER.search(_normalise(text[:500])):
        return u  # no comparison: the understanding's reading stands ("a group, not both")
    for qid in ("format", "contact"):
        if getattr(u, qid) is not None:
            code = parse_answer(qid, text[:500])
            if isinstance(code, str) and code != getattr(u, qid):
                changes[qid] = code
    return replace(u, **changes) if changes else u


# The writer acts for another adult who agrees to it (folded text): "jeg skriver for min
# far, han ved at jeg skriver", "writing on behalf of my aunt", "with her permission".
# The check is then theirs: the writer answers as they would (they must still apply).
_ON_BEHALF = re.compile(
    r"(?<!\w)(?:(?:jeg )?skriver (?:for|paa vegne af)|paa (?:hans|hendes|deres|min \w+s) vegne"
    r"|paa vegne af|on behalf of|on (?:his|her|their) behalf|(?:i am|i'?m) writing for"
    r"|writing for my|med (?:hans|hendes|deres) (?:samtykke|accept|tilladelse|lov)"
    # The same in the present tense, as Danish says it (round 11: "i write for my father",
    # "I'm messaging on behalf of my mum", "jeg skriver lige for min far").
    r"|i (?:\w+ )?write (?:\w+ )?(?:for|on behalf of) (?:my|him|her)"
    r"|(?:i am|i'?m) (?:\w+ )?(?:writing|messaging|texting|asking) (?:\w+ )?(?:for|on behalf of)"
    r" (?:my|him|her)|jeg skriver (?:\w+ )?(?:for|paa vegne af) (?:min|mit|mine|ham|hende)"
    r"|with (?:his|her|their) (?:consent|permission|ok|okay)"
    r"|(?:han|hun) (?:siger ja til|ved at jeg skriver|har sagt ja|sidder (?:her|ved siden af))"
    r"|(?:he|she) (?:agrees|knows i'?m writing|said yes|is sitting (?:here|next to me)))(?!\w)"
    # Consent said by the person as subject with a verb of agreeing or asking, in any
    # words: "hun har sagt ok til at jeg skriver", "han har bedt mig skrive", "she asked me
    # to write this", "he knows and agreed", "they're fine with me writing".
    r"|(?<!\w)(?:han|hun|de) (?:har |havde )?(?:sagt|givet|gav|sagde) (?:mig )?(?:ok|okay|ja"
    r"|god for|lov|sin accept|sit samtykke|tilladelse)(?!\w)"
    r"|(?<!\w)(?:han|hun|de) (?:har |havde )?(?:bedt mig|bad mig|vil gerne have at jeg"
    r"|er indforstaaet|er indforstaet|er ok med|er okay med|synes det er fint|accepterer"
    r"|ved godt at jeg|ved at jeg|kender til at jeg)(?!\w)"
    r"|(?<!\w)(?:he|she|they)(?:'s|'re| is| are| has| have)? (?:\w+ )?(?:agreed|consented"
    r"|(?:is |are )?(?:ok|okay|fine|happy) with (?:me|this|it)|asked me to|wants me to"
    r"|gave (?:me )?(?:permission|the ok|the okay|the go-ahead|consent)"
    r"|knows (?:and (?:agrees|agreed)|about this|i'?m|that i|i am))(?!\w)"
)
# Another adult, named after "on behalf of" or "skriver for" without the understanding
# reading whom the message is for: a partner, parent, sibling, friend or neighbour
# (never a son or daughter, who may be a child).
_ADULT_RELATIVE = re.compile(
    r"(?<!\w)(?:min|mit|my) (?:mor|far|mand|kone|kaereste|bror|soester|ven|veninde|nabo"
    r"|svigermor|svigerfar|bedstemor|bedstefar|mum|mom|mother|dad|father|husband|wife"
    r"|partner|brother|sister|friend|neighbour|neighbor|grandma|grandpa|grandmother"
    r"|grandfather|uncle|aunt|onkel|moster|faster)(?!\w)"
)


# Words that make the person written for a child: a younger sibling, a school year up to
# 10 or an age under 18 ("writing for my little brother, he's in 9th grade").
_YOUNGER = re.compile(
    r"(?<!\w)(?:lillebror|lillesoester|lille bror|lille soester|little brother|little sister"
    r"|baby brother|baby sister|younger brother|younger sister|kid brother|kid sister)(?!\w)"
)


def _written_for_a_child(u: Understanding, text: str) -> bool:
    """The person written for is a child: an age under 18 or a school year, or a younger
    sibling with no age of 18 or over."""
    folded = _normalise(text[:2000])
    age = u.age or parse_answer("age", folded) if re.search(r"\d", folded) else u.age
    if age == "under_18":
        return True
    return bool(_YOUNGER.search(folded)) and age != "18_or_over"


_THIRD_PERSON = re.compile(
    r"(?<!\w)(?:han|hun|hans|hendes|ham|hende|he|she|his|her|him|he'?s|she'?s)(?!\w)"
)
_PARTS = re.compile(r"[.!?;:\n,()]|\s(?:og|and|men|but|ellers|otherwise)\s", re.IGNORECASE)


def _helper_only(u: Understanding, text: str) -> bool:
    """Another adult is named only as a help to the writer ("min veninde kommer hver dag,
    ellers gik det slet ikke", "my mum has moved in to keep me going"): every area is told
    in a clause that names no other person, and the writer speaks of themselves. Then the
    message is the writer's own situation, not a question for someone else."""
    if u.asking_for != "adult" or not u.first_person or not u.areas:
        return False
    own, theirs = set(), set()
    for part in _PARTS.split(text[:2000]):
        folded = _normalise(part)
        if not folded.strip():
            continue
        areas = set(understand(part.strip()).areas)
        if _ADULT_RELATIVE.search(folded) or _THIRD_PERSON.search(folded):
            theirs |= areas
        else:
            own |= areas
    return bool(own) and not theirs


def for_another_adult(u: Understanding, text: str) -> bool:
    """Another adult's check, with their consent, written by the citizen (the dialogue also
    reads such a message as a description, whatever topic it names)."""
    folded = _normalise(text[:2000])
    if not _ON_BEHALF.search(folded) or u.asking_for in ("child", "relative"):
        return False
    if _written_for_a_child(u, text):
        return False
    return u.asking_for == "adult" or bool(_ADULT_RELATIVE.search(folded))


# Something told late, added to what was told (folded text): "forgot to say", "glemte at
# nævne", "oh and", "åh og så", "by the way", "forresten", "one more thing".
# The urgency itself denied (folded text): "no not an emergency", "nej ikke akut", "nothing
# urgent", "det haster ikke", "not in danger": the urgent question's answer, not a "no"
# to what was said back.
_URGENCY_DENIED = re.compile(
    r"(?<!\w)(?:not|no|ikke|ik|nothing|intet|ingen|isn'?t|isnt)(?: \w+){0,2} (?:an? )?"
    r"(?:emergency|urgent|akut|akutte?|haster|noedsituation|danger|fare|crisis|krise)(?!\w)"
    r"|(?<!\w)(?:haster|haste) (?:ikke|ik)(?!\w)"
)
# Someone else's way of reaching the citizen today (folded text): "he calls me every month",
# "hun ringer til mig", "they visit me on Mondays", "der kommer en dame hver tirsdag".
THEIR_WAY = re.compile(
    r"(?<!\w)(?:he|she|they|who|han|hun|de|der|som)(?: \w+)? (?:call|calls|called|phone|phones"
    r"|phoned|ring|rings|ringer|ringede|visit|visits|visited|comes|came|kommer|kom|besoeger"
    r"|besoegte|sees|ser|meets|moeder)(?: \w+)? (?:me|us|mig|os|til mig|til os|forbi|by|round"
    r"|over|hjem)(?!\w)"
)
_ADDED = re.compile(
    r"(?<!\w)(?:forgot to (?:say|mention|tell|write|add)|forgot (?:about|that)|i should add"
    r"|glemte (?:at )?(?:sige|naevne|skrive|fortaelle)|glemte jeg|jeg glemte"
    r"|oh and|ah and|aah og|aa og|og saa (?:er der|har jeg)|btw|by the way|forresten|for resten"
    r"|one more thing|another thing|en ting (?:mere|til)|kom (?:lige )?i tanke om"
    r"|skal lige (?:sige|naevne)|need to add|must add)(?!\w)"
)
# "not only the bills", "ikke kun regningerne": more areas, never only the ones named now.
_NOT_ONLY = re.compile(
    r"(?<!\w)(?:not (?:just|only)|isn'?t (?:just|only)|ikke (?:kun|bare|blot|kun))(?!\w)"
)


def _not_only(u: Understanding, text: str) -> Understanding:
    """The understanding with "not just X, also Y" read as an addition."""
    if _NOT_ONLY.search(_normalise(text[:500])) and (u.only or u.not_areas):
        # The area named after "ikke kun" stays: it is not set aside either.
        return replace(u, only=False, adds=True, not_areas=())
    return u


def _with_removals(u: Understanding, text: str, areas) -> Understanding:
    """The understanding with the areas a message takes out without the understanding's
    negation: by pointing ("nej, ikke det sidste", "not the first one"), by a word that
    drops them ("forget the money part", "posten har min søster styr på nu"); and "only"
    read where it is said: "det er kun gælden, jeg skal bruge hjælp til" keeps the debt
    alone, while "I exaggerated, it's just the heavy cleaning" describes the impact and
    leaves the areas as they were."""
    if not text:
        return u
    changes: dict[str, Any] = {}
    gone = dropped_areas(text, list(areas or ()))
    if gone:
        changes["not_areas"] = tuple(dict.fromkeys([*u.not_areas, *gone]))
        changes["areas"] = tuple(c for c in u.areas if c not in gone)
    only = only_clause(text) if u.only else None
    if only is not None:
        clause, need = only
        if need:
            kept = tuple(c for c in understand(clause).areas if c not in gone)
            if kept:
                changes["areas"] = kept
        elif u.impact is not None and areas:
            changes["areas"] = ()
            changes["only"] = False
    return replace(u, **changes) if changes else u


# An "only" clause that narrows the areas ("det er kun gælden", "now only money problem",
# "it's just the money really") rather than qualifying another answer ("only shouting").
_NARROWS = re.compile(
    r"(?<!\w)(?:det er|det handler om|it'?s|it is|now|nu|saa|so|really|egentlig|mest|mostly"
    r"|tilbage|left|anymore|mere)(?!\w)"
)
# Areas that one everyday word names together: "only the money" keeps debt and budget both.
_AREA_FAMILIES = ({"debt", "daily_finances"},)


def _named_with_family(named) -> set[str]:
    named = set(named)
    for family in _AREA_FAMILIES:
        if named & family:
            named |= family
    return named


def _names_a_way(text: str) -> bool:
    return any(
        parse_answer(q, text[:500]) is not None or refused_ways(q, text)
        for q in ("format", "contact")
    )


def _areas_as_said(u: Understanding, text: str, noted, qid: str | None = None) -> Understanding:
    """The understanding with its areas as the citizen changes them once areas are noted
    (round 11): in the middle of the check and after the outcome, areas change only on an
    explicit area correction. An addition ("og så også ...", "oh and I forgot") adds; a
    removal ("drop/fjern/det med X er ordnet", also by an indirect name: "det med
    kommunen har min moster ordnet") removes; "only/kun X" narrows to the noted areas X
    names (a family: "only money" keeps debt and daily money both). Words of a reply to
    another question ("bare træt af det" at the urgent question, "he not hit, only
    shouting", "han bliver stresset af telefonen") never replace the areas."""
    noted = list(noted or ())
    if not noted or not text or not (u.areas or u.only) or qid == "areas":
        return u  # at the areas question itself, area words are its answer
    folded = _normalise(text[:500])
    if u.adds or _ADDED.search(folded):
        return u  # an addition: merged with what was noted, never replacing it
    gone = dropped_areas(text, noted)
    answers_asked = qid is not None and qid != "areas" and parse_answer(qid, text) is not None
    quiet = replace(u, areas=(), only=False)
    found = only_clause(text) if u.only else None
    others = set(u.answers()) - {"areas"}
    if found is not None and not others and not (answers_asked and u.starts_with_no):
        clause = found[0]
        named = understand(clause).areas or tuple(indirect_areas(clause))
        kept = [c for c in noted if c in _named_with_family(named) and c not in gone]
        narrows = (
            found[1] or _NARROWS.search(clause) or gone or u.correction or len(folded.split()) <= 4
        )
        if kept and narrows:
            return replace(u, areas=tuple(kept), only=True)
    if (
        (u.correction or CHANGED_MIND.search(folded))
        and not others
        and not answers_asked
        and not _names_a_way(text)
    ):
        # "nej vent, det er mere gælden", "wait, I don't have debt after all, I'm lonely":
        # the areas corrected in words.
        return u
    if gone or u.not_areas:
        # "gymnastikken er ikke det vigtige, det er at jeg ikke ser nogen" (round 13): an
        # area taken out, and the one named beside it in its place.
        new = tuple(c for c in u.areas if c not in noted and c not in gone) if gone else ()
        return replace(quiet, areas=new, not_areas=tuple(dict.fromkeys([*u.not_areas, *gone])))
    return quiet


def _with_support_source(u: Understanding, text: str) -> Understanding:
    """The help the citizen gets as the answer words read it, when they name its source
    and the understanding read more ("en mentor fra jobcentret" is the job centre's, not
    also other municipal help)."""
    if not u.existing_support or not text:
        return u
    named = parse_answer("existing_support", text[:500])
    if isinstance(named, list) and named and set(named) < set(u.existing_support):
        return replace(u, existing_support=tuple(named))
    return u


def _user_text(tracker: Tracker) -> str:
    """The citizen's typed words of this turn; "" for a button payload."""
    text = (tracker.latest_message.get("text") or "").strip()
    return "" if text.startswith("/") else text[:2000]


def merge_understanding(current: dict, u: Understanding) -> dict[str, Any]:
    """The slot changes that what the citizen just said makes to the answers so far.

    Areas are added ("og så har jeg gæld", "also"), replaced ("nej, kun rengøring",
    "actually only ...") or removed ("jeg har ikke gæld alligevel"); other answers are
    replaced. Returns only what changes."""
    changes: dict[str, Any] = {}
    said = u.answers()
    replace = u.only or ((u.correction or u.starts_with_no) and not u.adds and not u.not_areas)
    # A correction replaces the areas when it is about them ("nej, det er mere gælden");
    # one that corrects the impact or the format in words that also name an area ("sorry,
    # it is worse, I can't keep my home together") adds that area, never drops the others.
    replace_areas = replace and (u.only or not set(said) - {"areas", "age"})
    areas = list(current.get("areas") or ())
    if "areas" in said:
        areas = list(said["areas"]) if replace_areas else [*areas, *said["areas"]]
    areas = [c for c in question("areas").codes if c in areas and c not in u.not_areas]
    if areas != list(current.get("areas") or ()):
        changes["areas"] = areas or None
    for qid, value in said.items():
        if qid == "areas":
            continue
        if question(qid).kind == "multi":
            old = [] if replace else list(current.get(qid) or ())
            merged = [c for c in question(qid).codes if c in {*old, *value}]
            if len(merged) > 1:
                merged = [c for c in merged if c not in EXCLUSIVE] or merged
            value = merged
            if value != list(current.get(qid) or ()):
                changes[qid] = value
        elif current.get(qid) != value:
            changes[qid] = value
    return changes


def _fact_lines(answers: dict, lang: str) -> list[str]:
    lines = []
    for qid in QUESTION_IDS:
        value = answers.get(qid)
        if value in (None, [], ()):
            continue
        lines.append(
            "• "
            + translate(
                N_("%(question)s: %(answer)s"),
                lang,
                question=translate(question(qid).short, lang),
                answer=describe_answer(qid, value, lang),
            )
        )
    return lines


def _removed_line(removed, lang: str) -> str:
    return "• " + translate(
        N_("Not: %(areas)s"), lang, areas=describe_answer("areas", list(removed), lang)
    )


def say_back(answers: dict, lang: str, asking_for: str | None = None, removed=()) -> str:
    """What the bot understood, in plain words, for the citizen to confirm."""
    lines = [translate(N_("This is how I understand it:"), lang)]
    if asking_for == "child":
        lines.append("• " + translate(N_("You are asking for your child, who is under 18."), lang))
        answers = {k: v for k, v in answers.items() if k != "age"}
    lines.extend(_fact_lines(answers, lang))
    if removed:
        lines.append(_removed_line(removed, lang))
    return "\n".join(lines)


def _changed_text(changes: dict, lang: str, removed=(), before: dict | None = None) -> str:
    changed = removed or any((before or {}).get(q) for q in changes)
    header = N_("I have changed your answers:") if changed else N_("I have noted this:")
    lines = [translate(header, lang)]
    lines.extend(_fact_lines({k: v for k, v in changes.items() if v}, lang))
    if removed:
        lines.append(_removed_line(removed, lang))
    lines.append(translate(N_("Write it if something is wrong."), lang))
    return "\n".join(lines)


def held_unsure(changes: dict, u: Understanding) -> tuple[dict, list[str]]:
    """The answers read from a description, with the areas the understanding is unsure of
    taken out of them (to be asked, not said back as understood), and those areas."""
    unsure = [c for c in changes.get("areas") or () if c in u.unsure_areas]
    if not unsure or not ASK_UNSURE_AREAS:
        return changes, []
    sure = [c for c in changes["areas"] if c not in unsure]
    return {**changes, "areas": sure or None}, unsure


def _lists(answers: dict) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()}


def _slot_answers(tracker: Tracker) -> dict[str, Any]:
    return {
        k: list(v) if isinstance(v, tuple) else v for k, v in screening_answers(tracker).items()
    }


def _other_laws_first(dispatcher, tracker: Tracker, text: str, lang: str) -> None:
    """A question such as "does it still apply while I am on sick leave?": the check answers
    it, and what the seed says of help under other laws goes first (not_covered's paragraph)."""
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    # The classifier's own reading too: the driver reads an eligibility question that tells
    # a situation as a description.
    read = [r.get("name") for r in tracker.latest_message.get("intent_ranking") or []][:1]
    if "eligibility" in (intent, *read) or (
        intent == "describe_situation" and asks_something(text)
    ):
        note = facts.other_laws_note(text, current_profile(), lang)
        if note:
            dispatcher.utter_message(text=note)


class ActionUnderstandSituation(Action):
    """The citizen describes their situation, asks whether the offer is for them, or
    corrects an answer outside the form: read what it says, then the form asks the rest.

    A first description is said back for the citizen to confirm (the form asks
    `situation_confirmed` first); a correction of earlier answers is applied at once and
    said back, and the form goes on (or gives the outcome again at once)."""

    def name(self) -> str:
        return "action_understand_situation"

    async def run(self, dispatcher, tracker, domain):
        lang = language(tracker)
        text = _user_text(tracker)
        _other_laws_first(dispatcher, tracker, text, lang)
        u = _with_bare_age(understand(text), text)
        u = _not_only(_with_preference(_with_described_impact(u, text), text), text)
        u = _with_support_source(_with_removals(u, text, tracker.get_slot("areas")), text)
        entities = {
            e.get("entity"): e.get("value") for e in tracker.latest_message.get("entities") or []
        }
        asking_for = entities.get(ASKING_FOR_SLOT) or u.asking_for
        answered_for = None
        if (
            not entities.get(ASKING_FOR_SLOT)
            and not _ON_BEHALF.search(_normalise(text))
            and _helper_only(u, text)
        ):
            u = replace(u, asking_for=None)
            asking_for = None
        if entities.get("age") == "under_18" and not u.has_facts:
            u = Understanding(age="under_18", asking_for="child")
            asking_for = "child"
        if (
            not entities.get(ASKING_FOR_SLOT)
            and not tracker.get_slot(ASKING_FOR_SLOT)
            and u.has_facts
            and not _slot_answers(tracker)
            and for_another_adult(u, text)
        ):
            # Their check, said back as any description; the person is an adult.
            dispatcher.utter_message(
                text=translate(
                    N_(
                        "You are writing for another adult who agrees to it. Answer the "
                        "questions as they would answer them. The offer is for them: they "
                        "must apply themselves, and you can help them."
                    ),
                    lang,
                )
            )
            u = replace(u, asking_for=None, age=u.age or "18_or_over")
            asking_for = None
            answered_for = whom_written_for(text)
        if asking_for in ("adult", "relative") and _written_for_a_child(u, text):
            # "writing for my little brother, he's in 9th grade": a child, whatever the
            # words that say the writer acts for them.
            u = replace(u, age="under_18", asking_for="child")
            asking_for = "child"
        if asking_for == "adult":
            readings = whose_check_readings(text)
            return self._someone_else(dispatcher, asking_for, lang, readings=readings)
        if asking_for == "relative":
            return self._someone_else(dispatcher, asking_for, lang)
        current = _slot_answers(tracker)
        started = bool(current) or tracker.get_slot("screening_outcome") is not None
        if started:
            u = _areas_as_said(u, text, current.get("areas"))
        fixed = correction_of(_user_text(tracker), current) if started else {}
        if not u.has_facts and fixed:
            # "nej vent, jeg mener meget" after the outcome: that answer changes.
            dispatcher.utter_message(text=_changed_text(fixed, lang, (), current))
            return [*(SlotSet(k, v) for k, v in fixed.items()), SlotSet("screening_outcome", None)]
        if not u.has_facts:
            # "Kan jeg få hjælp?": the check, from the start.
            dispatcher.utter_message(response="utter_screening_start")
            return _reset_events()
        if not started:
            changes, unsure = held_unsure(merge_understanding({}, u), u)
            events = _reset_events()
            events += [SlotSet(k, v) for k, v in changes.items()]
            events += [
                SlotSet(UNDERSTOOD_SLOT, [q for q in QUESTION_IDS if changes.get(q)]),
                SlotSet(ASKING_FOR_SLOT, asking_for),
                SlotSet(UNSURE_SLOT, unsure or None),
            ]
            if answered_for:
                events.append(SlotSet(ANSWERED_FOR_SLOT, answered_for))
            return events
        changes = merge_understanding(current, u)
        removed = [c for c in u.not_areas if c in (current.get("areas") or ())]
        if not changes:
            dispatcher.utter_message(
                text=say_back(current, lang)
                + "\n"
                + translate(N_("Write it if something is wrong."), lang)
            )
        else:
            dispatcher.utter_message(text=_changed_text(changes, lang, removed, current))
        return [
            *(SlotSet(k, v) for k, v in changes.items()),
            SlotSet("screening_outcome", None),
            SlotSet(ASKING_FOR_SLOT, asking_for),
        ]

    def _someone_else(
        self, dispatcher, asking_for: str, lang: str, offer_check=True, readings=None
    ) -> list:
        if asking_for == "relative":
            dispatcher.utter_message(
                text=translate(
                    # Whom it is for, not "your child": a nephew, a grandchild or a
                    # younger sibling is asked about too (round 10).
                    N_(
                        "It sounds as if you are asking for someone in your family. The "
                        "offer is for adults. Is the person you are asking for under 18?"
                    ),
                    lang,
                ),
                buttons=[
                    {
                        "title": translate(N_("Under 18"), lang),
                        "payload": "/describe_situation" + json.dumps({"age": "under_18"}),
                    },
                    {
                        "title": translate(N_("18 or older"), lang),
                        "payload": "/describe_situation" + json.dumps({ASKING_FOR_SLOT: "adult"}),
                    },
                ],
            )
        else:
            dispatcher.utter_message(
                text=translate(
                    N_(
                        "It sounds as if you are asking for another adult. The offer is for "
                        "the person themselves. They must apply themselves. You can help "
                        "them apply if they agree to it. They can also use this chat or "
                        "the check themselves."
                    ),
                    lang,
                ),
            )
        if asking_for != "relative" and offer_check and readings:
            # Nothing told of the writer's own: whose check is it?
            return [
                SlotSet(ASKING_FOR_SLOT, asking_for),
                *ask_whose_check(dispatcher, readings, lang),
            ]
        if asking_for != "relative" and offer_check:
            # A question, so that a typed "ja" has something to answer (the driver reads a
            # bare yes after this one button as the button). In the check: its question.
            dispatcher.utter_message(
                text=translate(N_("Do you also want to check whether the offer fits you?"), lang),
                buttons=[
                    {
                        "title": translate(N_("Check if the offer fits me"), lang),
                        "payload": "/start_screening",
                    }
                ],
            )
        return [SlotSet(ASKING_FOR_SLOT, asking_for)]


class ActionAskSituationConfirmed(Action):
    """Says back what the bot understood from the citizen's own words: "Is that right?"."""

    def name(self) -> str:
        return f"action_ask_{CONFIRM_SLOT}"

    async def run(self, dispatcher, tracker, domain):
        lang = language(tracker)
        understood = tracker.get_slot(UNDERSTOOD_SLOT) or []
        answers = {q: v for q, v in _slot_answers(tracker).items() if q in understood}
        dispatcher.utter_message(
            text=say_back(answers, lang, tracker.get_slot(ASKING_FOR_SLOT))
            + "\n"
            + translate(N_("Is that right?"), lang),
            buttons=[
                {
                    "title": translate(N_("Yes, that is right"), lang),
                    "payload": "/answer" + json.dumps({CONFIRM_SLOT: "yes"}),
                },
                {
                    "title": translate(N_("No, change it"), lang),
                    "payload": "/answer" + json.dumps({CONFIRM_SLOT: "no"}),
                },
            ],
            json_message={"understood": answers},
        )
        return []


class ActionAskAreaConfirmed(Action):
    """Asks about one area the understanding read but is unsure of: "Do you also want help
    with this?", yes or no (the say-back gives only the sure ones as understood)."""

    def name(self) -> str:
        return f"action_ask_{AREA_CHECK_SLOT}"

    async def run(self, dispatcher, tracker, domain):
        lang = language(tracker)
        unsure = tracker.get_slot(UNSURE_SLOT) or []
        if not unsure:
            return []
        who = tracker.get_slot(ANSWERED_FOR_SLOT)
        ask = (
            translate(N_("Does %(they)s also want help with this?"), lang, **pronouns(who, lang))
            if who
            else translate(N_("Do you also want help with this?"), lang)
        )
        dispatcher.utter_message(
            text=translate(N_("I am not sure I understood this right."), lang)
            + "\n• "
            + describe_answer("areas", [unsure[0]], lang)
            + "\n"
            + ask,
            buttons=[
                {
                    "title": translate(N_("Yes, include it"), lang),
                    "payload": "/answer" + json.dumps({AREA_CHECK_SLOT: "yes"}),
                },
                {
                    "title": translate(N_("No, leave it out"), lang),
                    "payload": "/answer" + json.dumps({AREA_CHECK_SLOT: "no"}),
                },
            ],
            json_message={"unsure_area": unsure[0]},
        )
        return []


# One example answer in the citizen's words per question, for the hint after two misses.
# Each parses as an answer to its question in both languages (tested).
HINT_EXAMPLES = {
    "urgent": N_("No, not right now"),
    "age": N_("I am 45"),
    "areas": N_("I find it hard to open my post"),
    "impact": N_("It affects my everyday life a little"),
    "existing_support": N_("No, I do not get any help"),
    "motivation": N_("Yes, I would like that"),
    "format": N_("Alone with an adviser"),
    "contact": N_("By phone"),
}


# The options as short words a citizen can type, for the question asked again after a
# reply that was not understood (each word parses as its option in both languages: tested).
ANSWER_WORDS = {
    "urgent": N_("“no” or “yes”"),
    "age": N_("your age as a number, for example “45”"),
    "areas": N_("“my post”, “budget”, “debt”, “lonely”, “cleaning” or “my health”"),
    "impact": N_("“a little”, “quite a lot”, “very much” or “not much yet”"),
    "existing_support": N_("“no”, “the job centre”, “home help” or “don't know”"),
    "motivation": N_("“yes”, “not sure” or “no”"),
    "format": N_("“group”, “alone”, “both” or “don't know”"),
    "contact": N_("“phone”, “video” or “meet”"),
}
# Questions the questionnaire lets the citizen answer "don't know" / "not sure": after two
# replies in a row that were not understood, that answer is written (and said), so the
# check never stalls; every other question is set aside and asked again at the end.
DONT_KNOW = {"existing_support": ["dont_know"], "motivation": "unsure", "format": "dont_know"}
# Slot changes carry this key (popped in run) when the question asked is set aside.
_ASIDE = "_set_aside"


def _misses(tracker: Tracker) -> int | None:
    """How often the question asked was not understood just before (the portal's driver
    tells, metadata "misses"; a Rasa client sends nothing)."""
    misses = (tracker.latest_message.get("metadata") or {}).get("misses")
    return misses if isinstance(misses, int) else None


def _set_aside(tracker: Tracker) -> list[str]:
    """Questions set aside earlier in this check (metadata "set_aside" from the driver)."""
    aside = (tracker.latest_message.get("metadata") or {}).get("set_aside") or []
    return [q for q in aside if q in QUESTION_IDS]


def _unanswered(tracker: Tracker) -> int:
    """How many replies just before left the question asked unanswered, also those noted
    for another question (metadata "unanswered" from the driver; 0 from a Rasa client)."""
    found = (tracker.latest_message.get("metadata") or {}).get("unanswered")
    return found if isinstance(found, int) else 0


def _not_understood(dispatcher, tracker, qid: str | None = None) -> None:
    # The portal's driver tells how often this question was not understood just before
    # (metadata "misses"); a Rasa client sends nothing, and the plain reply stays. A
    # question already left unanswered once (a reply noted elsewhere) gets the hint.
    misses = _misses(tracker)
    if misses is not None and _unanswered(tracker) >= 1:
        misses = max(misses, 1)
    lang = language(tracker)
    if qid in HINT_EXAMPLES and misses is not None and misses >= 1:
        dispatcher.utter_message(
            text=translate(
                N_(
                    "Let me help you with this one. Choose one of the answers below, or "
                    "write for example: “%(example)s”."
                ),
                lang,
                example=translate(HINT_EXAMPLES[qid], lang),
            )
        )
        return
    if qid in ANSWER_WORDS and misses is not None:
        # The first miss: the options spelt out as words the citizen can type.
        dispatcher.utter_message(
            text=translate(
                N_(
                    "Sorry, I did not understand your answer. You can answer with words "
                    "such as %(words)s, or choose a button."
                ),
                lang,
                words=translate(ANSWER_WORDS[qid], lang),
            )
        )
        return
    dispatcher.utter_message(
        text=translate(
            N_(
                "Sorry, I did not understand your answer. Choose one of the buttons, "
                "or say it in another way."
            ),
            lang,
        )
    )


def _missed(dispatcher, tracker, qid: str, current: dict) -> dict[str, Any]:
    """A reply that answers nothing. The first time: asked again with the answers as words.
    The second time in a row: "don't know" where the questionnaire has it (said, and the
    citizen can change it); any other question is set aside, and asked again when the rest
    is answered; asked then and missed again, the form is offered too. The urgent question
    gets the emergency contacts the second time and is set aside the third (round 21).
    The check never stalls on one question."""
    misses = _misses(tracker)
    if misses is not None and _unanswered(tracker) >= 2:
        misses = max(misses, 1)  # the third reply in a row that leaves it unanswered
    if qid == "urgent" and misses is not None and _unanswered(tracker) >= 3:
        misses = max(misses, 2)
    lang = language(tracker)
    if qid == "urgent" and misses == 1:
        # Never assumed: asked once more with the emergency contacts shown.
        _say_crisis_contacts(dispatcher, lang)
    if misses is None or misses < 1 or (qid == "urgent" and misses == 1):
        _not_understood(dispatcher, tracker, qid)
        return {qid: None}
    if qid in DONT_KNOW:
        code = DONT_KNOW[qid]
        dispatcher.utter_message(
            text=translate(
                N_("I will write “%(answer)s”. You can change it: just write it."),
                lang,
                answer=describe_answer(qid, code, lang),
            )
        )
        result = {qid: code}
        if question(qid).kind == "multi":
            result[pending_slot(qid)] = None
        return result
    others = [q for q in path(current) if q != qid and q not in current]
    if others and qid not in _set_aside(tracker):
        dispatcher.utter_message(
            text=translate(
                N_(
                    "I will leave this question open for now and go on. You can answer it "
                    "at any time: just write it."
                ),
                lang,
            )
        )
        return {qid: None, _ASIDE: qid}
    # Nothing else to ask: the check needs this answer to give a result.
    dispatcher.utter_message(
        text=translate(
            N_(
                "I need this answer to tell you whether the offer fits. Write it when you "
                "are ready, or choose a button. You can also take the check as a form."
            ),
            lang,
        )
    )
    link(dispatcher, facts.LINK_CHECK, translate(N_("Take the check"), lang))
    return {qid: None}


def _crisis_contacts(lang: str) -> str:
    """The emergency contacts with a line before them (DESIGN.md § 8: when unsure
    whether help is needed now, ask and show them)."""
    call = translate(N_("If you need help now, you can call:"), lang)
    return f"{call}\n{facts.crisis_contact_lines(current_profile(), lang)}"


def _say_crisis_contacts(dispatcher, lang: str) -> None:
    """The contacts, for an urgent question left unanswered twice in a row; a third time
    it is set aside like any other and asked again at the end, never answered for the
    citizen (round 21: fresh6's grandmother met it eight times while every other answer
    was noted)."""
    dispatcher.utter_message(text=_crisis_contacts(lang))


def _still_unanswered(dispatcher, tracker, qid: str, current: dict) -> dict[str, Any]:
    """A reply noted for another question leaves the question asked unanswered: never
    asked the same way more than twice in a row. The second such reply: the answers shown
    as buttons with one short sentence; the third: as a reply that answers nothing twice
    ("don't know" where the question has it, else set aside or left open, never guessed)."""
    unanswered = _unanswered(tracker)
    if _misses(tracker) is None or unanswered < 1:
        return {}
    if unanswered == 1:
        dispatcher.utter_message(
            text=translate(N_("You can choose one of the answers here."), language(tracker))
        )
        return {}
    return _missed(dispatcher, tracker, qid, current)


def _hedge_keeps_the_wish(qid: str, changes: dict, current: dict) -> dict:
    """A hedge in the answer to the way ("a group maybe, other mums") speaks of the way:
    a yes or no to taking part already given stays (round 17; before, "maybe" made it
    unsure). Changing one's mind about taking part needs words that correct it."""
    if (
        qid in ("format", "contact")
        and changes.get("motivation") == "unsure"
        and current.get("motivation") in ("yes", "no")
    ):
        return {k: v for k, v in changes.items() if k != "motivation"}
    return changes


# What says only that one does not know or is unsure: an answer, never a reading of it.
_HEDGES = ("unsure", "dont_know", ["dont_know"])


def _hedge_beside_the_answer(qid: str, changes: dict, current: dict) -> dict:
    """A hedge beside the answer to the question asked ("don't know, maybe?" to the
    support question) answers no question not asked yet: it is asked, never assumed
    (round 22: three writers' "maybe" set the adviser to unsure and skipped its question;
    `_answer_ahead` reads a hedge alone the same way)."""
    return {
        k: v
        for k, v in changes.items()
        if k == qid or k not in QUESTION_IDS or current.get(k) or v not in _HEDGES
    }


def _corrected_at_the_say_back(dispatcher, u, changes: dict, current: dict, lang: str) -> dict:
    """A correction typed at the say-back ("nej, jeg er 27", "no it's only the debt") is
    applied and counts as confirmed: the change is said, and the next open question
    follows. Said back again, the citizen's next answer (meant for that question) met
    "Is that right?" instead, and a "no" there dropped everything (round 20: four writers).
    A correction that changes nothing says what stands."""
    removed = [c for c in u.not_areas if c in (current.get("areas") or ())]
    if changes or removed:
        dispatcher.utter_message(text=_changed_text(changes, lang, removed, current))
    else:
        dispatcher.utter_message(
            text=say_back(current, lang)
            + "\n"
            + translate(N_("Write it if something is wrong."), lang)
        )
    if "areas" in changes:
        changes[UNSURE_SLOT] = None  # the citizen said which areas it is
    # "yes" marks the say-back as confirmed by a correction, for the next reply only.
    return {**changes, CONFIRM_SLOT: "yes", UNDERSTOOD_SLOT: None}


def _child_now_adult(tracker: Tracker, u: Understanding, changes: dict) -> bool:
    """The age of the child a check was for corrected to 18 or over, and no one else named."""
    return (
        tracker.get_slot(ASKING_FOR_SLOT) == "child"
        and u.asking_for in (None, "child")
        and changes.get("age") == "18_or_over"
    )


def _corrected_mark(tracker: Tracker) -> bool:
    """The say-back confirmed by a correction just before (the driver's own "yes" after
    the gentle question keeps what was understood, and is no such mark)."""
    return tracker.get_slot(CONFIRM_SLOT) == "yes" and not tracker.get_slot(UNDERSTOOD_SLOT)


def _yes_after_a_correction(tracker: Tracker) -> bool:
    """A bare typed yes to the urgent question asked just after a correction at the
    say-back: it may confirm the corrected say-back (citizens who expect it said back again
    write "ja") as well as say help is needed now."""
    text = _user_text(tracker)
    return (
        _corrected_mark(tracker)
        and _yes_no(text) == "yes"
        and _BARE_YES_NO.match(_normalise(text).strip()) is not None
    )


def _ask_urgent_again(dispatcher, tracker: Tracker) -> dict[str, Any]:
    """The urgent question once more after such a yes; a yes to it now is a yes. The yes
    may mean help is needed now, so the emergency contacts come with it (DESIGN.md § 8:
    when unsure, ask and show them), as with the driver's plain danger question."""
    lang = language(tracker)
    note = N_("Thank you. Please answer this question too, so that I am sure I understand you:")
    dispatcher.utter_message(text=f"{_crisis_contacts(lang)}\n\n{translate(note, lang)}")
    return {"urgent": None, CONFIRM_SLOT: None}


class ValidateScreeningForm(FormValidationAction):
    """Checks each answer with portal.screening and stops where its rules already decide.

    Any free text in the form is also read for other answers: "nej vent, jeg er 17" while
    another question is asked corrects the age, and the form goes on from there."""

    def name(self) -> str:
        return "validate_screening_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain):
        if tracker.get_slot(ASKING_FOR_SLOT) in ("adult", "relative"):
            return []  # someone else's situation: nothing to ask the writer
        confirm = [CONFIRM_SLOT] if tracker.get_slot(UNDERSTOOD_SLOT) else []
        answers = screening_answers(tracker)
        steps = list(path(answers))
        # An unsure area is asked after the say-back, while the areas still matter: not when
        # the answers so far end the check before the areas whatever the urgent question
        # gets (a "yes" there ends it too), e.g. an age under 18 told in the description.
        matters = "areas" in path({"urgent": "no", **answers})
        unsure = [AREA_CHECK_SLOT] if tracker.get_slot(UNSURE_SLOT) and matters else []
        return confirm + unsure + steps

    async def run(self, dispatcher, tracker, domain):
        requested = tracker.get_slot("requested_slot")
        candidates = tracker.slots_to_validate()
        changes: dict[str, Any] = {}
        if requested == CONFIRM_SLOT:
            changes = self._confirm(candidates.get(CONFIRM_SLOT), dispatcher, tracker)
        elif requested == AREA_CHECK_SLOT:
            changes = self._area_check(candidates.get(AREA_CHECK_SLOT), tracker)
        elif requested == "urgent" and _yes_after_a_correction(tracker):
            changes = _ask_urgent_again(dispatcher, tracker)
        elif requested in QUESTION_IDS:
            changes = self._answer(requested, candidates.get(requested), dispatcher, tracker)
        if _corrected_mark(tracker) and requested != CONFIRM_SLOT:
            changes.setdefault(CONFIRM_SLOT, None)  # the mark of a correction, once read
        aside = {*_set_aside(tracker), changes.pop(_ASIDE, None)}
        tracker.slots.update(changes)
        restored = _restore_held(tracker)
        changes.update(restored)
        tracker.slots.update(restored)
        required = await self.required_slots([], dispatcher, tracker, domain)
        empty = [s for s in required if tracker.get_slot(s) in (None, [])]
        # A question set aside (answered in no way twice, or skipped by a citizen who
        # answered a later one) is asked again when the others are answered.
        following = next((s for s in empty if s not in aside), None) or next(iter(empty), None)
        return [*(SlotSet(k, v) for k, v in changes.items()), SlotSet("requested_slot", following)]

    def _confirm(self, value, dispatcher, tracker) -> dict[str, Any]:
        lang = language(tracker)
        text = _user_text(tracker)
        u = _not_only(understand(text), text) if text else Understanding()
        u = _with_removals(u, text, tracker.get_slot("areas"))
        if text and not u.age and (u.correction or u.starts_with_no):
            # "hov undskyld hun er 19, ikke 17": an age the understanding does not read of
            # another person, corrected as at any other question (round 21).
            age = correction_of(text, {"age": tracker.get_slot("age")}).get("age")
            u = replace(u, age=age) if age else u
        if u.has_facts:
            current = _slot_answers(tracker)
            changes = merge_understanding(current, u)
            understood = tracker.get_slot(UNDERSTOOD_SLOT) or []
            contradicts = (
                u.correction
                or u.starts_with_no
                or u.not_areas
                or u.asking_for
                or any(q in understood for q in changes)
            )
            if _yes_no(text) == "yes" and not u.correction and not u.starts_with_no:
                # "Ja, og jeg er 45": confirmed, with one more answer.
                return {**changes, CONFIRM_SLOT: None, UNDERSTOOD_SLOT: None}
            if not contradicts:
                # More facts that leave what was said back as it was ("jeg er 45"): taken
                # as a yes, and said back.
                if changes:
                    dispatcher.utter_message(text=_changed_text(changes, lang, (), current))
                return {**changes, CONFIRM_SLOT: None, UNDERSTOOD_SLOT: None}
            if not u.asking_for and not tracker.get_slot(ASKING_FOR_SLOT):
                return _corrected_at_the_say_back(dispatcher, u, changes, current, lang)
            if _child_now_adult(tracker, u, changes):
                # "sorry she's 19 not 17" at a child's say-back: no child's check any more
                # but the young adult's, answered as they would (round 21: said back again
                # as "your child, under 18", and the next "no" dropped every answer).
                changes = {**changes, ASKING_FOR_SLOT: None}
                changes[ANSWERED_FOR_SLOT] = whom_written_for(text)
                dispatcher.utter_message(text=translate(THEIR_CHECK_NOTE, lang))
                return _corrected_at_the_say_back(dispatcher, u, changes, current, lang)
            # "Nej, det er til min søn", or a correction of a check for one's child: whose
            # check it is may change, so it is said back again.
            understood = list(understood)
            understood += [q for q in changes if q not in understood]
            changes[UNDERSTOOD_SLOT] = [
                q for q in QUESTION_IDS if q in understood and ({**current, **changes}.get(q))
            ] or None
            if u.asking_for:
                changes[ASKING_FOR_SLOT] = u.asking_for
            if "areas" in changes:
                changes[UNSURE_SLOT] = None  # the citizen said which areas it is
            changes[CONFIRM_SLOT] = None
            return changes
        if text and _URGENCY_DENIED.search(_normalise(text[:300])):
            # "no, not an emergency" to the say-back: the citizen expected the urgent
            # question (round 10: a say-back after "Is the person under 18?"). What was
            # said back stands, and the urgent question is answered.
            urgent = parse_answer("urgent", text)
            if urgent == "no":
                return {CONFIRM_SLOT: None, UNDERSTOOD_SLOT: None, "urgent": "no"}
        code = value if value in ("yes", "no") else _yes_no(text)
        if code == "yes":
            return {CONFIRM_SLOT: None, UNDERSTOOD_SLOT: None}
        if code == "no":
            dispatcher.utter_message(
                text=translate(
                    N_(
                        "All right. Then I will ask you the questions instead. You can "
                        "answer with the buttons or in your own words."
                    ),
                    lang,
                )
            )
            wrong = tracker.get_slot(UNDERSTOOD_SLOT) or []
            return {
                **{q: None for q in wrong},
                CONFIRM_SLOT: None,
                UNDERSTOOD_SLOT: None,
                ASKING_FOR_SLOT: None,
                UNSURE_SLOT: None,
            }
        # Neither yes nor no nor a correction: go on with the questions rather than ask
        # again (every answer can still be corrected later, in the citizen's own words).
        return {CONFIRM_SLOT: None, UNDERSTOOD_SLOT: None}

    def _area_check(self, value, tracker) -> dict[str, Any]:
        """The yes or no to the first unsure area: a yes adds it to the areas, anything
        else leaves it out (never assumed). Other facts in the reply count as anywhere
        ("nej, men jeg er 45"); areas named in it decide the area as well."""
        unsure = list(tracker.get_slot(UNSURE_SLOT) or [])
        text = _user_text(tracker)
        answer = value if value in ("yes", "no") else _yes_no(text)
        changes: dict[str, Any] = {AREA_CHECK_SLOT: None, UNSURE_SLOT: unsure[1:] or None}
        current = _slot_answers(tracker)
        if unsure and answer == "yes":
            areas = {*(current.get("areas") or ()), unsure[0]}
            changes["areas"] = current["areas"] = [c for c in question("areas").codes if c in areas]
        u = _not_only(understand(text), text) if text else Understanding()
        if u.has_facts:
            u = _with_removals(u, text, current.get("areas"))
            changes.update(merge_understanding(current, u))
        return changes

    def _answer(self, qid, value, dispatcher, tracker) -> dict[str, Any]:
        text = _user_text(tracker)
        u = _not_only(understand(text), text) if text else Understanding()
        u = _areas_as_said(u, text, tracker.get_slot("areas"), qid)
        folded = _normalise(text[:500]) if text else ""
        if (
            text
            and u.not_areas
            and not u.correction
            and not CHANGED_MIND.search(folded)
            and parse_answer(qid, text) is not None
        ):
            # The question asked is read first (round 10): "together with other people is
            # good" to the group question is a group, not social contact taken out. A word
            # that drops an area still does (read below).
            u = replace(u, not_areas=())
        if (
            text
            and u.areas
            and qid != "areas"
            and not u.correction
            and parse_answer(qid, text) is not None
            and not understand(_first_way_word_gone(qid, text)).areas
        ):
            # The areas were read from the very words that answer the question asked
            # ("with other people would be nice" to the group question): no area added.
            u = replace(u, areas=(), adds=False)
        if u.adds and _also_in_the_reasons(qid, text):
            # "sammen med andre, så kommer jeg også ud": the "også" is in the reasons for
            # the way chosen, no area added (round 18).
            u = replace(u, adds=False, areas=())
        if qid != "contact" and u.contact and meets_others(text):
            # "she'd like to meet others who have it too": a group wish, no way to talk.
            u = replace(u, contact=None)
        if text and (back := ways_taken_back(text)):
            # "just me and an adviser. phone is fine, or no, rather video" at the format
            # question: the contact taken back is the last one named, as at its own question
            # (round 19); the question asked is read so by its own answer.
            u = replace(u, **{w: c for w, c in back.items() if w != qid and getattr(u, w)})
        if qid != "contact" and u.contact and THEIR_WAY.search(folded):
            # "a man from the job centre, he calls me every month": how someone reaches the
            # citizen today is no wish for how to talk to us.
            u = replace(u, contact=None)
        if (
            u.areas
            and not u.adds
            and not u.existing_support  # "I forgot, I have a caseworker": the support
            and _ADDED.search(_normalise(text[:500]))
        ):
            # "oh and the debt collectors, forgot to say" at any question: an area added.
            u = replace(u, adds=True)
        u = _with_support_source(_with_removals(u, text, tracker.get_slot("areas")), text)
        if refused_ways(qid, text):
            u = _without(u, qid)  # every way named is said no to: the question stays open
        others = {k: v for k, v in u.answers().items() if k != qid}
        # An explicit correction of another answer ("vent, jeg er 17") or an addition ("og
        # så har jeg også svært ved at sove") is not also an answer to this question.
        current = _slot_answers(tracker)
        # "vent, jeg mener meget" corrects an earlier short answer (here: impact).
        fixed = {}
        # "on second thought ...", "jeg har fortrudt ...": a correction without "nej vent".
        changed_mind = bool(text) and CHANGED_MIND.search(_normalise(text)) is not None
        # "group, actually no, alone": a way taken back answers this question, and its "no"
        # corrects no other answer (round 17: it had turned the adviser to "No").
        taken_back = ways_taken_back(text) if text else {}
        if (u.correction or changed_mind) and not u.has_facts and not taken_back:
            fixed = correction_of(text, {k: v for k, v in current.items() if k != qid})
        correcting = bool(fixed) or ((u.correction or u.adds) and (others or u.not_areas))
        if any(c in (current.get("areas") or ()) for c in u.not_areas) and qid != "areas":
            correcting = True  # "nej, ikke det sidste": an area out, not this answer
        result = None
        if not correcting and text and qid in AHEAD_IN_ORDER:
            # The words speak clearly more to another open question than to the one
            # asked ("ikke noget hjælp herfra" at the impact question: the support's
            # "ikke noget", not the impact's "noget"): an answer there, not here.
            elsewhere = [q for q in _answer_ahead(qid, text, current) if q in QUESTION_IDS]
            if elsewhere and evidence(elsewhere[0], text) > asked_evidence(qid, text) + 2:
                correcting = True
        if not correcting:
            result = self._validate(qid, value, tracker, u)
        elif not fixed and (lead := _leading_answer(qid, text)) is not None:
            # "a little. oh, and I also have debt": the answer first, then the addition.
            result = _final_answer(qid, lead)
        elif not fixed and u.adds and (said := _clause_answer(qid, text)) is not None:
            # "nej, intet fra kommunen. og så har jeg også svært ved at sove", or the
            # addition first and "and no, nothing from them" last: the answer is kept
            # beside the area added (round 22: two writers' "nej" was lost).
            result = _final_answer(qid, said)
        if qid == "motivation" and not fixed and declines_taking_part(text or ""):
            # "I don't think I want to", "det orker jeg ikke": the wish turned down in
            # other words is the option "No" (round 15), whatever "want" read as.
            result = {"motivation": "no"}
        changes = merge_understanding(current, _without(u, qid) if result else u)
        if result and "areas" in changes and not (u.adds or u.correction):
            changes = _unless_in_the_answer(changes, current, u, qid)
        if (
            "areas" in changes
            and current.get("areas")
            and qid != "areas"
            and not (u.adds or u.only or u.not_areas)
            and (result or not (u.correction and set(u.answers()) == {"areas"}))
        ):
            # Words that answer a question ("I worry a lot and sleep badly, hard to keep
            # going" to the impact question, "no help from them so far" to any) describe
            # that answer; they add no area unless the citizen says so ("og så", "also"),
            # or corrects the areas ("nej, det er mere gælden").
            changes.pop("areas")
        if result and not (u.correction or u.adds or changed_mind):
            # The question asked is read first (round 10): "a bit of both" to the group
            # question is "both", not also the impact "a little". Another answer is taken
            # from the reply only when the words left after the answer's own still say it.
            changes = _beside_the_answer(qid, text, changes)
            changes = _hedge_keeps_the_wish(qid, changes, current)
        if result:
            changes = _hedge_beside_the_answer(qid, changes, current)
        plain = not (u.correction or u.starts_with_no or u.adds)  # no correction's words
        short = bool(text) and len(text.split()) <= _ANSWER_WORDS_MAX
        if short and (plain or (u.starts_with_no and not u.correction and not u.adds)):
            for other in [q for q in changes if q in AHEAD_IN_ORDER and q != qid]:
                # A short reply read as the answer to another question: the answer words
                # know the options ("ret meget" is quite a lot, not very much; "nej, ikke
                # klar nu, måske senere" is "No, not now").
                code = parse_answer(other, text)
                if isinstance(code, str) and code != changes[other]:
                    changes[other] = code
                elif code is None and result and not plain:
                    # "nej overhovedet ikke" answers the question asked; the answer words
                    # read nothing of another question in it, so it changes no other.
                    changes.pop(other)
        if _impact_kept(qid, result, current, changes, text) and not (
            u.correction or u.adds or changed_mind
        ):
            # "alene, er ikke så meget for store hold" to the group question: a degree
            # word in the answer to another question changes no impact already given,
            # unless the words speak of the everyday (round 18).
            changes.pop("impact")
        if result and not plain and taken_back:
            # "one to one. phone, actually no, she wants someone to come by": the turn word
            # is no correction, and the other way taken back is its last one (round 19).
            changes.update(
                {w: c for w, c in taken_back.items() if w != qid and current.get(w) != c}
            )
        if result and plain and text:
            # Every turn is read for the ways still open too (round 15: "just her and an
            # adviser, and they should come to her home" answers the format and the
            # contact); a longer reply only by its clauses that name a way.
            said = text if len(text.split()) <= _ANSWER_WORDS_MAX else _way_clauses(text)
            if said:
                changes.update(_way_too(qid, said, {**current, **changes}))
        changes.update(fixed)
        stepped = stepped_impact(text, current.get("impact")) if text and qid != "impact" else None
        if stepped:
            # "sorry, it's worse than I said": one step up from the impact given, whatever
            # degree word the reasons hold (round 18).
            changes["impact"] = stepped
        if result is None and taken_back:
            # "wait no, one on one actually" at the contact question: the way answered just
            # before is taken back; this question stays open (round 21: its "no" had
            # turned the adviser to "No", or the reply was not understood).
            changes.update(
                {w: c for w, c in taken_back.items() if w != qid and current.get(w) != c}
            )
        if result is None and qid in changes:
            result = {qid: changes.pop(qid)}
            if question(qid).kind == "multi":
                result[pending_slot(qid)] = None
        if result is None and not changes and (u.correction or u.starts_with_no) and not taken_back:
            changes = correction_of(text, {k: v for k, v in current.items() if k != qid})
        if (
            result is None
            and not changes
            and u.asking_for in ("adult", "relative")
            and not _DROP_WORD.search(folded)  # "my gf sorted it": a helper, not for her
        ):
            # "min mor har brug for hjælp" in the middle: say whom the offer is for, then
            # the question again (this check stays the writer's own).
            ActionUnderstandSituation()._someone_else(
                dispatcher, u.asking_for, language(tracker), offer_check=False
            )
            return {qid: None}
        if (
            result is None
            and qid != "motivation"
            and "motivation" not in changes
            and current.get("motivation") not in (None, "no")
            and declines_adviser(text)
        ):
            # The question asked is read first and gets no answer; the reply says no to
            # the adviser in a sentence of any length ("honestly no, I'm only doing this
            # because she told me to"): the wish to take part corrected, then the outcome.
            changes = {**changes, "motivation": "no"}
        if result is None and not changes:
            # The citizen answered a later question (they expected it, or answer ahead):
            # noted for that question, and the question asked is asked again (round 10:
            # the citizen's next message answers it; setting it aside shifted every
            # later answer by one question).
            changes = _answer_ahead(qid, text, current)
        noted_again = False
        if result is None and not changes:
            changes = _answer_again(qid, text, current, u)
            noted_again = bool(changes) and all(current.get(k) == v for k, v in changes.items())
        if result is None and not changes:
            return _missed(dispatcher, tracker, qid, current)
        removed = [c for c in u.not_areas if c in (current.get("areas") or ())]
        if changes:
            dispatcher.utter_message(
                text=_changed_text(
                    changes, language(tracker), removed, None if noted_again else current
                )
            )
        if result is None and changes and qid not in changes:
            changes.update(_still_unanswered(dispatcher, tracker, qid, {**current, **changes}))
        if u.asking_for == "child":
            changes[ASKING_FOR_SLOT] = "child"
        return {**(result or {qid: None}), **changes}

    def _validate(self, qid, value, tracker, u: Understanding) -> dict[str, Any] | None:
        if question(qid).kind == "multi":
            collected = self._collect(qid, value, tracker)
            if collected is not None:
                return collected
        candidate = _candidate(qid, value)
        if (
            not candidate
            and isinstance(value, str)
            and not _PAYLOAD.match(value)
            and not refused_ways(qid, value)  # "ikke telefon, heller ikke video": none
        ):
            candidate = u.answers().get(qid)
            if isinstance(candidate, tuple):
                candidate = list(candidate)
        elif qid == "areas" and isinstance(value, str) and u.areas and not _PAYLOAD.match(value):
            candidate = list(u.areas)  # negation-aware reading of a description
        try:
            clean = validate_answers({qid: candidate}) if candidate else None
        except ScreeningError:
            clean = None
        if not clean:
            return None
        answer = clean[qid]
        result = {qid: list(answer) if isinstance(answer, tuple) else answer}
        if question(qid).kind == "multi":
            # Free text adds to what was chosen by button, and ends the question.
            pending = tracker.get_slot(pending_slot(qid)) or []
            merged = [c for c in question(qid).codes if c in set(result[qid]) | set(pending)]
            if len(merged) > 1:
                merged = [c for c in merged if c not in EXCLUSIVE] or merged
            result = {qid: merged, pending_slot(qid): None}
        return result

    def _collect(self, qid, value, tracker) -> dict[str, Any] | None:
        """One button of a multi-choice question: collect it, and ask for more until
        "That is all" (or an exclusive choice such as "No"). None: not a single button."""
        codes = value if isinstance(value, list) else None
        if not codes or len(codes) != 1 or not isinstance(codes[0], str):
            return None
        code = codes[0]
        pending = list(tracker.get_slot(pending_slot(qid)) or [])
        if code == MULTI_DONE:
            if not pending:
                return None
            return {qid: pending, pending_slot(qid): None}
        if code not in question(qid).codes:
            return None
        if code in EXCLUSIVE and not pending:
            return {qid: [code], pending_slot(qid): None}
        if code not in pending and code not in EXCLUSIVE:
            pending.append(code)
        ordered = [c for c in question(qid).codes if c in pending]
        return {qid: None, pending_slot(qid): ordered}


# Questions whose short answers cannot be mistaken for another question's ("ret meget",
# "alene", "video"): such an answer given while another question is asked is noted.
AHEAD = ("impact", "format", "contact")
# Read as answers to a later question too, the first open one in the questionnaire's
# order that the words answer ("he has had no help from them", "yes, she would like to"):
# the citizen answers in their own order. A bare yes or no only answers the next one.
AHEAD_IN_ORDER = ("impact", "existing_support", "motivation", "format", "contact")
_BARE_YES_NO = re.compile(
    r"^\W*(?:ja|jo|jep|jeps|yes|yeah|yep|yup|nej|nope|no|nah|naeh|ok|okay|sure)\W*"
    r"(?:(?:tak|please|thanks|da|tak da)\W*)?$",
    re.IGNORECASE,
)
# An answer longer than this is a description, not a reply to one question.
_ANSWER_WORDS_MAX = 15


def _answer_ahead(qid: str, text: str, current: dict) -> dict[str, Any]:
    """An answer to a later, still open question while another is asked ("sådan lidt"
    while the age is asked, "he has home help twice a week" at the impact question):
    noted, so the citizen is not told they were not understood. The first open question
    in the questionnaire's order that the words answer takes it; a bare yes or no only
    the next open one. Empty when none fits."""
    if not text or len(text.split()) > _ANSWER_WORDS_MAX:
        return {}
    on_path = path(current)
    open_ = [q for q in on_path if q != qid and q not in current and q in AHEAD_IN_ORDER]
    if not open_:
        return {}
    if _BARE_YES_NO.match(_normalise(text).strip()):
        # A bare yes or no answers the question asked only (round 10: a "nej" at the age
        # question became "no help", the citizen's answer to a question they had not got).
        return {}
    best, weight = None, 0
    for other in open_:
        code = parse_answer(other, text)
        # "ved ikke rigtig" at the impact question answers that question (unclear),
        # never a later one.
        if code is None or code in ("dont_know", "unsure") or code == ["dont_know"]:
            continue
        found = evidence(other, text)
        if found > weight:  # ties: the first in the questionnaire's order
            best, weight = (other, code), found
    if best is None:
        return {}
    other, code = best
    if question(other).kind == "multi":
        return {other: list(code), pending_slot(other): None}
    return {other: code}


def _answer_again(qid: str, text: str, current: dict, u: Understanding | None = None):
    """A short answer to a question the say-back already answered ("en del" while the
    support question is asked, after a strong word was read as very much): the citizen
    answers it as they see it, so it changes, and is said back. Empty when it fits none,
    more than one, or says what was already recorded."""
    if not text or len(text.split()) > _ANSWER_WORDS_MAX:
        return {}
    found = {}
    bare = _BARE_YES_NO.match(_normalise(text).strip()) is not None
    # The wish to take part said again in words ("yeah I want to try" after "maybe"):
    # never by a bare yes or no, which answers the question asked.
    again = AHEAD if bare else (*AHEAD, "motivation")
    for other in again:
        if other != qid and current.get(other):
            code = corrected_answer(other, text)
            if other == "motivation" and code == current.get(other):
                continue  # "gerne" that agrees with the wish given is no second reading
            if isinstance(code, str) and code != "dont_know":
                found[other] = code
    age = u.age if u is not None else None
    if age is None and re.search(r"\d", text[:200]):
        age = parse_answer("age", text[:200])  # "hun er 47 forresten": a number said
    if not bare and age and current.get("age") and qid != "age":
        # "hun er 58" at the impact question when the age is known: an earlier question
        # answered again (the citizen expected it); noted, or changed ("16" after "18 or
        # over": the rules' outcome follows).
        found.setdefault("age", age)
    if len(found) != 1:
        return {}
    # The same answer again is noted (said, the question asked again, never "not
    # understood"); another answer changes it.
    return found


# Any phrase of the format's or the contact's options, as the answer words match them
# (whole words at the start, short ones alone): one search before the full readings.
_WAY_WORDS = re.compile(
    "|".join(
        r"(?<!\w)" + re.escape(_phrase(p)) + (r"(?!\w)" if len(p) <= 3 else "")
        for qid in ("format", "contact")
        for _code, phrases in LEXICON[qid]
        for p in sorted(phrases, key=len, reverse=True)
    )
)


def _way_too(qid: str, text: str, current: dict) -> dict[str, Any]:
    """A reply that answers the question asked and names a way too ("gerne, lidt af
    hvert" to the motivation question, "yes, but on video"): the way is noted, also over
    a way read earlier from a description. Only the format and the contact, whose words
    are distinct from any other answer's; a way that is the answer itself is no second."""
    found = {}
    if not _WAY_WORDS.search(_normalise(text[:500])):
        return found  # no word of a way at all (most replies): nothing to read
    for other in ("format", "contact"):
        if other == qid:
            continue
        # A way taken back for another is the last one named (round 19).
        code = ways_taken_back(text).get(other) or parse_answer(other, text)
        if isinstance(code, str) and code != "dont_know" and evidence(other, text) >= 5:
            if parse_answer(qid, text) != parse_answer(qid, _first_way_word_gone(other, text)):
                continue  # the words that name the way are the answer's own
            if current.get(other) != code:
                found[other] = code
    return found


def _way_clauses(text: str) -> str:
    """The clauses of a longer reply that name a way (format or contact), joined; "" when
    they are too many words to be a short answer of their own."""
    clauses = [c for c in _CLAUSE.split(text[:1000]) if c and _WAY_WORDS.search(_normalise(c))]
    said = ", ".join(c.strip() for c in clauses)
    return said if 0 < len(said.split()) <= _ANSWER_WORDS_MAX else ""


_SHARE_OF = re.compile(
    r"(?<!\w)(?:\w+ ){0,2}(?:of|af) (?=(?:both|begge|hvert|each|the two|them|dem)(?!\w))"
)


# Words that speak of how the situation weighs on the everyday (folded text), so that a reply
# to another question may still change the impact given: "no help, and it's very hard".
_SPEAKS_OF_IMPACT = re.compile(
    r"(?<!\w)(?:hverdag\w*|everyday|day to day|daily life|paavirk\w*|affect\w*|vaerre|worse"
    r"|mere end|more than|klare\w*|manag\w*|cop(?:e|es|ing)|svaer\w*|hard|difficult|tough"
    r"|struggl\w*)(?!\w)"
)


def _impact_kept(qid: str, result: dict | None, current: dict, changes: dict, text: str) -> bool:
    """The reply answered another question, the impact was given before, and the words
    that would change it say nothing of the everyday: the impact stays."""
    return bool(
        result
        and qid != "impact"
        and current.get("impact")
        and "impact" in changes
        and text
        and not _SPEAKS_OF_IMPACT.search(_normalise(text[:500]))
    )


def _beside_the_answer(qid: str, text: str, changes: dict) -> dict:
    """`changes` without the other answers read only from the words that answer `qid`
    ("a bit of both" to the group question: "a bit" is no impact here)."""
    others = [q for q in changes if q in QUESTION_IDS and q not in (qid, "areas")]
    if not others or not text:
        return changes
    # "a bit of both", "lidt af hvert": the words before "of" belong to the answer too.
    rest = _first_way_word_gone(qid, _SHARE_OF.sub(" ", _normalise(text)))
    said = understand(rest) if rest.strip() else Understanding()
    kept = dict(changes)
    for other in others:
        if parse_answer(other, rest) is None and said.answers().get(other) in (None, ()):
            kept.pop(other)
    return kept


def _first_way_word_gone(qid: str, text: str) -> str:
    """The text without the phrases that name `qid`'s options (to tell whose words they are)."""
    clean = _normalise(text)
    for _code, phrases in LEXICON[qid]:
        for phrase in sorted(phrases, key=len, reverse=True):
            clean = re.sub(r"(?<!\w)" + re.escape(_phrase(phrase)) + r"(?!\w)", " ", clean)
    return clean


def _final_answer(qid: str, value: Any) -> dict[str, Any] | None:
    """A typed answer as the slot changes that settle the question (multi-choice too)."""
    try:
        clean = validate_answers({qid: value})[qid]
    except ScreeningError:
        return None
    if question(qid).kind == "multi":
        return {qid: list(clean), pending_slot(qid): None}
    return {qid: clean}


def _unless_in_the_answer(changes: dict, current: dict, u: Understanding, qid: str) -> dict:
    """Areas read from the very words that answered `qid` are no new areas: "I get help
    from the job centre" answers the support question, it does not add work."""
    answer_words = [
        w for key, words in u.evidence.items() if key.startswith(f"{qid}:") for w in words
    ]
    if not answer_words:
        return changes
    inside = {
        key.split(":", 1)[1]
        for key, words in u.evidence.items()
        if key.startswith("areas:") and all(any(w in a for a in answer_words) for w in words)
    }
    before = list(current.get("areas") or ())
    areas = [c for c in changes["areas"] or () if c in before or c not in inside]
    changes = {k: v for k, v in changes.items() if k != "areas"}
    if areas != before:
        changes["areas"] = areas or None
    return changes


_CLAUSE = re.compile(r"[.!;\n,]|\s(?:og|and|men|but|oh|åh|plus)\s", re.IGNORECASE)


def _also_in_the_reasons(qid: str, text: str) -> bool:
    """At the format or contact question: the reply answers it, and its other clauses (the
    reasons, where "også"/"also" stands) name no area: the areas read are the answer's own
    words ("with other people"), not an addition."""
    if qid not in ("format", "contact") or parse_answer(qid, text[:500]) is None:
        return False
    clauses = [c for c in _CLAUSE.split(text[:500]) if c and c.strip()]
    reasons = [c for c in clauses if parse_answer(qid, c) is None]
    if len(reasons) == len(clauses):
        return False  # the answer spans the clauses: no reasons apart from it
    return not reasons or not understand(" . ".join(reasons)).areas


def _leading_answer(qid: str, text: str) -> Any:
    """The answer to `qid` in the first clause of a longer message, when that clause says
    nothing else ("lidt. og så har jeg gæld" → mild); None otherwise."""
    parts = _CLAUSE.split(text, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    first = parts[0][:200]
    said = understand(first)
    if any(k != qid for k in said.answers()) or said.asking_for or said.not_areas:
        return None
    if said.correction:  # "nej vent, jeg er 17": the no belongs to the correction
        return None
    return turned_stance(qid, text) or parse_answer(qid, first)


# A clause longer than this is a description, not one question's answer.
_CLAUSE_ANSWER_WORDS = 8


def _clause_answer(qid: str, text: str) -> Any:
    """The answer to `qid` in one short clause of a reply that also adds an area, when
    every such clause gives the same answer and says nothing else. An area read only from
    the answer's own words ("ikke noget fra kommunen") is no area of that clause."""
    found = []
    clauses = [c for c in _CLAUSE.split(text[:500]) if c.strip()]
    for i, clause in enumerate(clauses):
        code = parse_answer(qid, clause) if len(clause.split()) <= _CLAUSE_ANSWER_WORDS else None
        if code is None:
            continue
        said = understand(clause)
        others = [k for k in said.answers() if k not in (qid, "areas")]
        if others or said.correction or said.asking_for or said.not_areas:
            return None
        elsewhere = understand(" . ".join(clauses[:i] + clauses[i + 1 :])).areas
        if (
            not set(said.areas) <= set(elsewhere)
            and understand(_first_way_word_gone(qid, clause)).areas
        ):
            # The clause names an area besides its answer, and no other clause does: it is
            # the addition ("I also have no one to talk to"), not an answer beside it.
            return None
        found.append(code)
    return found[0] if found and all(code == found[0] for code in found) else None


def _without(u: Understanding, qid: str) -> Understanding:
    """The understanding without the answer to `qid` (it was taken as the answer)."""
    empty = () if question(qid).kind == "multi" else None
    if qid not in u.answers() and qid != "areas":
        return u
    if qid == "areas":
        return replace(u, areas=(), not_areas=())
    return replace(u, **{qid: empty})


class ActionScreeningResult(Action):
    """The outcome of portal.screening.assess, its reasons and offers, and the handover."""

    def name(self) -> str:
        return "action_screening_result"

    async def run(self, dispatcher, tracker, domain):
        lang = language(tracker)
        profile = current_profile()
        given = screening_answers(tracker)
        try:
            outcome = assess(given)
        except ScreeningError:
            if tracker.get_slot(ASKING_FOR_SLOT) in ("adult", "relative"):
                return []  # asking for someone else: already answered
            dispatcher.utter_message(response="utter_default")
            return []
        answers = {k: list(v) if isinstance(v, tuple) else v for k, v in on_path(given).items()}
        # Answers an earlier answer made irrelevant are dropped, so the application is
        # prefilled with exactly the answers this outcome rests on.
        dropped = {q: v for q, v in given.items() if q not in answers}
        events = [SlotSet(q, None) for q in dropped]
        if dropped:
            held = {**(tracker.get_slot(HELD_SLOT) or {}), **_lists(dropped)}
            events.append(SlotSet(HELD_SLOT, held))
        events.append(SlotSet("screening_outcome", outcome.code))
        custom = {"outcome": outcome.code, "answers": answers}
        if outcome.code == "crisis":
            dispatcher.utter_message(text=facts.crisis_text(profile, lang), json_message=custom)
            link(dispatcher, facts.LINK_CRISIS, translate(N_("Emergency help"), lang))
            return events
        answered_for = tracker.get_slot(ANSWERED_FOR_SLOT)
        reasons = "\n".join("• " + _reason(r, answered_for, lang) for r in outcome.reasons)
        headline = _headline(outcome.code, answered_for, lang)
        dispatcher.utter_message(
            text=headline + "\n" + reasons,
            json_message=custom,
        )
        dispatcher.utter_message(
            text="\n\n".join(facts.offer_text(profile, code, lang) for code in outcome.offers)
        )
        dispatcher.utter_message(text=_guidance(tracker.get_slot(ANSWERED_FOR_SLOT), lang))
        link(dispatcher, facts.LINK_APPLY, translate(N_("Apply for the offer"), lang))
        return events


def _headline(code: str, answered_for: str | None, lang: str) -> str:
    """The outcome's first line, about the person the check was answered for."""
    if answered_for and code in OUTCOME_HEADLINES_FOR_THEM:
        return translate(OUTCOME_HEADLINES_FOR_THEM[code], lang, **pronouns(answered_for, lang))
    return translate(OUTCOME_HEADLINES[code], lang)


def _reason(reason: Reason, answered_for: str | None, lang: str) -> str:
    """A reason under the outcome, about the person the check was answered for when the
    screening has that form (the API keeps the "you" form)."""
    if answered_for and reason.for_them:
        return translate(reason.for_them, lang, **pronouns(answered_for, lang))
    return translate(reason.text, lang)


def _guidance(answered_for: str | None, lang: str) -> str:
    """What the outcome is worth, and that answers can still change."""
    if answered_for:
        return translate(
            N_(
                "This is only guidance. The municipality decides. %(They)s can always apply, "
                "whatever the check says, and you can help %(them)s. The answers are filled "
                "in on the application. You can still change an answer: just write it."
            ),
            lang,
            **pronouns(answered_for, lang),
        )
    return translate(
        N_(
            "This is only guidance. The municipality decides. You can always apply, "
            "whatever the check says. Your answers are filled in for you. You can "
            "still change an answer: just write it."
        ),
        lang,
    )
