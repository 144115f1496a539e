"""The custom actions (rasa-sdk; only APIs present in both 3.6 and 3.21).

Facts come from the municipality profile (bot.actions.facts), questions and rules from
portal.screening, so the chat and the web questionnaire can never disagree.
"""

import json
import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import facts
from bot.actions.answers import parse_answer
from bot.actions.profile import current_profile
from portal.screening import QUESTION_IDS, ScreeningError, assess, question, validate_answers
from portal.screening.rules import path
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
        dispatcher.utter_message(
            text=answer(profile, lang),
            buttons=[
                {
                    "title": translate(N_("Check if the offer fits me"), lang),
                    "payload": "/start_screening",
                }
            ],
        )
        if intent == "how_to_apply":
            link(dispatcher, facts.LINK_APPLY, translate(N_("Apply for the offer"), lang))
        return []


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


class ActionResetScreening(Action):
    """A new screening starts empty."""

    def name(self) -> str:
        return "action_reset_screening"

    async def run(self, dispatcher, tracker, domain):
        multi = [pending_slot(q) for q in QUESTION_IDS if question(q).kind == "multi"]
        return [SlotSet(name, None) for name in (*QUESTION_IDS, *multi, "screening_outcome")]


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
            dispatcher.utter_message(text=_question_text(qid, lang, pending), buttons=buttons)
            return []

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
        return parse_answer(qid, value[:500])
    if multi and isinstance(value, list):
        codes: list[str] = []
        for item in value:
            parsed = _candidate(qid, item)
            for code in parsed if isinstance(parsed, list) else [parsed]:
                if code and code not in codes:
                    codes.append(code)
        return codes or None
    return None


class ValidateScreeningForm(FormValidationAction):
    """Checks each answer with portal.screening and stops where its rules already decide."""

    def name(self) -> str:
        return "validate_screening_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain):
        return list(path(screening_answers(tracker)))

    def _validate(self, qid, value, dispatcher, tracker) -> dict[str, Any]:
        if question(qid).kind == "multi":
            collected = self._collect(qid, value, tracker)
            if collected is not None:
                return collected
        candidate = _candidate(qid, value)
        try:
            clean = validate_answers({qid: candidate}) if candidate else None
        except ScreeningError:
            clean = None
        if not clean:
            dispatcher.utter_message(
                text=translate(
                    N_(
                        "Sorry, I did not understand your answer. Choose one of the buttons, "
                        "or say it in another way."
                    ),
                    language(tracker),
                )
            )
            return {qid: None}
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


def _make_validator(qid: str):
    def validate(self, slot_value, dispatcher, tracker, domain):
        return self._validate(qid, slot_value, dispatcher, tracker)

    validate.__name__ = f"validate_{qid}"
    return validate


for _qid in QUESTION_IDS:
    setattr(ValidateScreeningForm, f"validate_{_qid}", _make_validator(_qid))


class ActionScreeningResult(Action):
    """The outcome of portal.screening.assess, its reasons and offers, and the handover."""

    def name(self) -> str:
        return "action_screening_result"

    async def run(self, dispatcher, tracker, domain):
        lang = language(tracker)
        profile = current_profile()
        try:
            outcome = assess(screening_answers(tracker))
        except ScreeningError:
            dispatcher.utter_message(response="utter_default")
            return []
        if outcome.code == "crisis":
            dispatcher.utter_message(text=facts.crisis_text(profile, lang))
            link(dispatcher, facts.LINK_CRISIS, translate(N_("Emergency help"), lang))
            return [SlotSet("screening_outcome", outcome.code)]
        reasons = "\n".join("• " + translate(r.text, lang) for r in outcome.reasons)
        dispatcher.utter_message(
            text=translate(OUTCOME_HEADLINES[outcome.code], lang) + "\n" + reasons
        )
        dispatcher.utter_message(
            text="\n\n".join(facts.offer_text(profile, code, lang) for code in outcome.offers)
        )
        dispatcher.utter_message(
            text=translate(
                N_(
                    "This is only guidance. The municipality decides. You can always apply, "
                    "whatever the check says. Your answers are filled in for you."
                ),
                lang,
            )
        )
        link(dispatcher, facts.LINK_APPLY, translate(N_("Apply for the offer"), lang))
        return [SlotSet("screening_outcome", outcome.code)]
