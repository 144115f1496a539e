"""Walking the questionnaire over the rules, and saying an outcome in a language.

Pure Python (no Flask): the web questionnaire, the JSON API and the bot's actions share it.
Answers are codes, {question_id: code or [codes]}, so they survive a language switch.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from babel.lists import format_list

from portal.screening.errors import (
    BadAnswerShape,
    MissingAnswer,
    ScreeningError,
)
from portal.screening.questions import QUESTION_IDS, question
from portal.screening.rules import (
    EXCLUSIVE_CODES,
    Answers,
    Outcome,
    Reason,
    ValidAnswers,
    assess,
    path,
    validate_answers,
)
from portal.textcat import N_, translate

# The outcome in one sentence (headline of the outcome page and of the bot's answer).
OUTCOME_TITLES = {
    "crisis": N_("Get help right now"),
    "not_adult": N_("The offer is for adults, but there is help for young people"),
    "info_only": N_("Open counselling may suit you best right now"),
    "other_offer": N_("Another offer can probably help you better"),
    "assessment": N_("You can apply, and the municipality will find the help that fits you"),
    "eligible": N_("The offer is likely to suit you"),
}


def usable_answers(stored: Mapping | None) -> dict[str, str | tuple[str, ...]]:
    """Stored answers with anything no longer valid dropped (e.g. a code removed in a
    newer version): such a question is simply asked again, never guessed."""
    try:
        return on_path(validate_answers(stored or {}))  # the usual case: all still valid
    except ScreeningError:
        pass
    clean: dict[str, str | tuple[str, ...]] = {}
    for qid, value in (stored or {}).items():
        try:
            clean.update(validate_answers({qid: value}))
        except ScreeningError:
            continue
    return on_path(clean)


def on_path(answers: Answers) -> dict[str, str | tuple[str, ...]]:
    """Only the answers to questions this visitor is still asked (an earlier answer may
    have made later questions irrelevant), in question order."""
    valid = validate_answers(answers)
    asked = path(valid)
    # A subset of valid answers in question order is valid: kept read-only, not re-checked.
    return ValidAnswers((qid, valid[qid]) for qid in asked if qid in valid)


def record_answer(answers: Answers, question_id: str, codes: list[str]) -> dict:
    """The answers with `question_id` answered by `codes` (a list, as a form sends it).

    Raises MissingAnswer when nothing was chosen, and the other ScreeningErrors for
    unknown ids or codes, a single question with several codes, or conflicting choices.
    Answers to questions that no longer apply are dropped."""
    q = question(question_id)
    chosen = [c for c in codes if c]
    if not chosen:
        raise MissingAnswer(question_id)
    if q.kind == "single":
        if len(chosen) != 1:
            raise BadAnswerShape(question_id, "one answer code (a string)")
        value: str | list[str] = chosen[0]
    else:
        value = chosen  # validate_answers reports unknown codes, then conflicting ones
    updated = dict(validate_answers(answers))
    updated.update(validate_answers({question_id: value}))
    # Each answer is checked on its own (no rule spans two questions), so the union of
    # valid answers is valid: on_path need not check them again.
    return on_path(ValidAnswers(updated))


def current_outcome(answers: Answers) -> Outcome | None:
    """The outcome once every question on the path is answered, else None."""
    valid = on_path(answers)
    if any(qid not in valid for qid in path(valid)):
        return None
    return assess(valid)


def step_after(answers: Answers, question_id: str) -> str | None:
    """The question that follows `question_id` on this visitor's path (None: the end)."""
    asked = path(validate_answers(answers))
    if question_id not in asked:
        return None
    index = asked.index(question_id)
    return asked[index + 1] if index + 1 < len(asked) else None


def step_before(answers: Answers, question_id: str) -> str | None:
    asked = path(validate_answers(answers))
    if question_id not in asked:
        return None
    index = asked.index(question_id)
    return asked[index - 1] if index > 0 else None


def is_reachable(answers: Answers, question_id: str) -> bool:
    """A visitor may open a question on their path up to the first unanswered one."""
    valid = validate_answers(answers)
    asked = path(valid)
    if question_id not in asked:
        return False
    first_open = next((i for i, qid in enumerate(asked) if qid not in valid), len(asked))
    return asked.index(question_id) <= first_open


def option_labels(question_id: str, codes, lang: str) -> list[str]:
    q = question(question_id)
    codes = (codes,) if isinstance(codes, str) else tuple(codes)
    return [translate(q.option(code).label, lang) for code in codes]


def describe_answer(question_id: str, codes, lang: str) -> str:
    """The chosen options' labels in `lang`, joined as the language joins a list. Labels
    after the first start in lower case inside the sentence (not acronyms like "CPR")."""
    labels = option_labels(question_id, codes, lang)
    labels[1:] = [
        label[0].lower() + label[1:] if label[1:2].islower() else label for label in labels[1:]
    ]
    return format_list(labels, locale=lang)


def outcome_title(code: str, lang: str) -> str:
    return translate(OUTCOME_TITLES[code], lang)


@dataclass(frozen=True)
class Explanation:
    question_id: str
    answer: tuple[str, ...]
    because: str  # "Because you answered ..." in the language
    text: str  # the reason itself in the language

    @property
    def sentence(self) -> str:
        return f"{self.because} {self.text}"


def explain(reason: Reason, lang: str) -> Explanation:
    q = question(reason.question_id)
    because = translate(
        N_('Because you answered "%(answer)s" to "%(question)s".'),
        lang,
        answer=describe_answer(reason.question_id, reason.answer, lang),
        question=translate(q.short, lang),
    )
    return Explanation(reason.question_id, reason.answer, because, translate(reason.text, lang))


def explain_all(outcome: Outcome, lang: str) -> list[Explanation]:
    return [explain(reason, lang) for reason in outcome.reasons]


__all__ = [
    "EXCLUSIVE_CODES",
    "OUTCOME_TITLES",
    "QUESTION_IDS",
    "Explanation",
    "current_outcome",
    "describe_answer",
    "explain",
    "explain_all",
    "is_reachable",
    "on_path",
    "option_labels",
    "outcome_title",
    "record_answer",
    "step_after",
    "step_before",
    "usable_answers",
]
