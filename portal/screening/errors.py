"""Specific errors for bad answers: never a silent default."""


class ScreeningError(ValueError):
    """Base class; `str(error)` is a clear English message for API clients and logs."""


class UnknownQuestion(ScreeningError):
    def __init__(self, question_id):
        self.question_id = question_id
        super().__init__(f"unknown question id {question_id!r}")


class UnknownAnswerCode(ScreeningError):
    def __init__(self, question_id, code):
        self.question_id, self.code = question_id, code
        super().__init__(f"unknown answer code {code!r} for question {question_id!r}")


class BadAnswerShape(ScreeningError):
    def __init__(self, question_id, expected):
        self.question_id = question_id
        super().__init__(f"answer to {question_id!r} must be {expected}")


class IncompleteAnswers(ScreeningError):
    def __init__(self, missing):
        self.missing = tuple(missing)
        super().__init__("the rules cannot decide yet; answer: " + ", ".join(self.missing))


class MissingAnswer(ScreeningError):
    """Nothing was chosen for a question that was asked."""

    def __init__(self, question_id):
        self.question_id = question_id
        super().__init__(f"no answer given to {question_id!r}")


class ConflictingAnswers(ScreeningError):
    """An option that excludes the others (e.g. "none") was chosen together with others."""

    def __init__(self, question_id, code):
        self.question_id, self.code = question_id, code
        super().__init__(f"answer {code!r} to {question_id!r} cannot be combined with others")
