"""The pre-screening (DESIGN.md § 5): questions, rules and the offer catalogue.

Pure Python: no Flask. The web questionnaire, the JSON API and the bot's actions all use
this one module, so they can never disagree.
"""

from portal.screening.catalogue import offer_details
from portal.screening.errors import (
    BadAnswerShape,
    ConflictingAnswers,
    IncompleteAnswers,
    MissingAnswer,
    ScreeningError,
    UnknownAnswerCode,
    UnknownQuestion,
)
from portal.screening.questions import QUESTION_IDS, QUESTIONS, Question, question
from portal.screening.rules import (
    OUTCOME_CODES,
    RULES,
    Outcome,
    Reason,
    assess,
    is_decided,
    next_question,
    path,
    validate_answers,
)

__all__ = [
    "OUTCOME_CODES",
    "QUESTIONS",
    "QUESTION_IDS",
    "RULES",
    "BadAnswerShape",
    "ConflictingAnswers",
    "IncompleteAnswers",
    "MissingAnswer",
    "Outcome",
    "Question",
    "Reason",
    "ScreeningError",
    "UnknownAnswerCode",
    "UnknownQuestion",
    "assess",
    "is_decided",
    "next_question",
    "offer_details",
    "path",
    "question",
    "validate_answers",
]
