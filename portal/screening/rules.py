"""The screening rules of DESIGN.md § 5, first match wins, as one declarative table.

`assess(answers)` returns an Outcome with offers in order of fit and the reasons, each
naming the answer it rests on. The same table renders the public "How we assess" page.
"""

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from portal.screening.errors import (
    BadAnswerShape,
    ConflictingAnswers,
    IncompleteAnswers,
    UnknownAnswerCode,
)
from portal.screening.questions import QUESTION_IDS, QUESTIONS, question
from portal.textcat import N_

OUTCOME_CODES = ("crisis", "not_adult", "info_only", "other_offer", "assessment", "eligible")
# After these outcomes there is nothing more to ask: the citizen belongs elsewhere.
STOP_OUTCOMES = frozenset({"crisis", "not_adult", "info_only", "other_offer"})

Answers = Mapping[str, str | tuple[str, ...]]


@dataclass(frozen=True)
class Reason:
    question_id: str
    answer: tuple[str, ...]  # the codes the reason rests on
    text: str  # English msgid
    # The same reason about the person a check is answered for (a chat for a relative):
    # a msgid with %(they)s, %(They)s, %(them)s; "" where `text` says no "you". Additive:
    # the API and the questionnaire give `text` as before.
    for_them: str = ""


@dataclass(frozen=True)
class Outcome:
    code: str
    offers: tuple[str, ...]
    reasons: tuple[Reason, ...]
    rule: int


@dataclass(frozen=True)
class Rule:
    number: int
    outcome: str
    needs: tuple[str, ...]
    applies: Callable[[Answers], bool]
    offers: Callable[[Answers], tuple[str, ...]]
    reasons: Callable[[Answers], tuple[Reason, ...]]
    description: str  # plain-language rule for the public page (msgid)
    offer_note: str = field(default="")


def _areas(a: Answers) -> frozenset[str]:
    return frozenset(a.get("areas", ()))


def _eligible_offers(a: Answers) -> tuple[str, ...]:
    extra = ("economic_advice",) if "debt" in _areas(a) else ()
    return ("early_intervention", "open_counselling", *extra)


def _eligible_reasons(a: Answers) -> tuple[Reason, ...]:
    reasons = [
        Reason(
            "age",
            ("18_or_over",),
            N_("The offer is for adults, and you are 18 or older."),
            N_("The offer is for adults of 18 or older. That fits %(them)s."),
        ),
        Reason(
            "areas",
            tuple(a["areas"]),
            N_("The offer can help you practise the everyday things you chose."),
            N_("The offer can help %(them)s practise the everyday things chosen."),
        ),
        Reason(
            "impact",
            (a["impact"],),
            N_("The offer is for people who need a little support, or who risk getting worse."),
            N_(
                "The offer is for people like %(them)s who need a little support, or who risk "
                "getting worse."
            ),
        ),
    ]
    if a["motivation"] == "unsure":
        reasons.append(
            Reason(
                "motivation",
                ("unsure",),
                N_(
                    "The offer builds on you wanting to take part. An adviser can talk it "
                    "through with you first."
                ),
                N_(
                    "The offer builds on %(them)s wanting to take part. An adviser can talk it "
                    "through with %(them)s first."
                ),
            )
        )
    if "debt" in _areas(a):
        reasons.append(
            Reason(
                "areas",
                ("debt",),
                N_("You chose debt. Economic advice can help with that."),
                N_("Debt was chosen. Economic advice can help %(them)s with that."),
            )
        )
    if "s85" in a.get("existing_support", ()):
        reasons.append(
            Reason(
                "existing_support",
                ("s85",),
                N_("You get section 85 support. You can still get this offer as well."),
                N_(
                    "Section 85 support is already given to %(them)s. %(They)s can still get "
                    "this offer as well."
                ),
            )
        )
    return tuple(reasons)


RULES: tuple[Rule, ...] = (
    Rule(
        1,
        "crisis",
        ("urgent",),
        lambda a: a["urgent"] == "yes",
        lambda a: ("crisis_lines",),
        lambda a: (
            Reason(
                "urgent",
                ("yes",),
                N_(
                    "You need help right now. Call for emergency help at once. "
                    "Do not wait for an application."
                ),
            ),
        ),
        N_(
            "If you need help right now, we show you the emergency numbers at once. "
            "Nothing is sent to the municipality."
        ),
    ),
    Rule(
        2,
        "not_adult",
        ("age",),
        lambda a: a["age"] == "under_18",
        lambda a: ("children_and_family",),
        lambda a: (
            Reason(
                "age",
                ("under_18",),
                N_(
                    "The offer is for adults. If you are under 18, the municipality helps "
                    "you in other ways."
                ),
            ),
        ),
        N_("If you are under 18, we show you where children and young people get help."),
    ),
    Rule(
        3,
        "info_only",
        ("motivation",),
        lambda a: a["motivation"] == "no",
        lambda a: ("open_counselling",),
        lambda a: (
            Reason(
                "motivation",
                ("no",),
                N_(
                    "The offer builds on you wanting to take part. You are welcome to come "
                    "back when you are ready."
                ),
                N_(
                    "The offer builds on %(them)s wanting to take part. The door stays open "
                    "for %(them)s later."
                ),
            ),
        ),
        N_(
            "If you do not want to work with an adviser now, we show you open counselling, "
            "and how to come back later."
        ),
    ),
    Rule(
        4,
        "other_offer",
        ("areas",),
        lambda a: _areas(a) == {"debt"},
        lambda a: ("economic_advice", "open_counselling"),
        lambda a: (
            Reason(
                "areas",
                ("debt",),
                N_("You only chose debt. Economic advice is the best help for that."),
                N_("Only debt was chosen. Economic advice is the best help for %(them)s."),
            ),
        ),
        N_("If you only want help with debt, we show you economic advice first."),
    ),
    Rule(
        5,
        "other_offer",
        ("areas",),
        lambda a: _areas(a) == {"work_or_education"},
        lambda a: ("jobcenter", "education_guidance"),
        lambda a: (
            Reason(
                "areas",
                ("work_or_education",),
                N_(
                    "You only chose work or education. The job centre and education "
                    "guidance help with that. Help under the Social Services Act comes "
                    "after help under other laws."
                ),
                N_(
                    "Only work or education was chosen. The job centre and education "
                    "guidance help %(them)s with that. Help under the Social Services Act "
                    "comes after help under other laws."
                ),
            ),
        ),
        N_(
            "If you only want help with work or education, we show you the job centre and "
            "education guidance. Help under other laws comes first."
        ),
    ),
    Rule(
        6,
        "assessment",
        ("impact",),
        lambda a: a["impact"] == "severe",
        lambda a: ("early_intervention", "s85_support"),
        lambda a: (
            Reason(
                "impact",
                ("severe",),
                N_(
                    "It affects your everyday life very much. You can apply, and we will "
                    "look at whether more support fits you better."
                ),
                N_(
                    "It affects %(their)s everyday life very much. %(They)s can apply, and we "
                    "will look at whether more support fits %(them)s better."
                ),
            ),
        ),
        N_(
            "If it affects your everyday life very much, you can apply. The municipality then "
            "looks at whether broader support, such as section 85, fits you better."
        ),
    ),
    Rule(
        7,
        "eligible",
        (),
        lambda a: True,
        _eligible_offers,
        _eligible_reasons,
        N_(
            "Otherwise the offer is likely to fit you. We also show you open counselling, and "
            "economic advice if you chose debt."
        ),
    ),
)


# Options that cannot be chosen together with others in a multi question ("No" help,
# "I do not know"): the web pages show them last, after an "or".
EXCLUSIVE_CODES = {"existing_support": ("none", "dont_know")}


class ValidAnswers(dict):
    """Answers as validate_answers returns them: read-only, so they stay valid, and a
    second check of the same object returns it at once (a questionnaire step asks for
    the path, the outcome and the next step of one set of answers about ten times)."""

    __slots__ = ()

    def _read_only(self, *args, **kwargs):
        raise TypeError("validated answers are read-only: copy them with dict() first")

    __setitem__ = __delitem__ = __ior__ = _read_only
    update = pop = popitem = clear = setdefault = _read_only


def validate_answers(answers: object) -> dict[str, str | tuple[str, ...]]:
    """Check ids, codes and shapes; return answers normalised (multi answers as tuples in
    the questions' option order). Raises a specific ScreeningError on anything wrong."""
    if type(answers) is ValidAnswers:
        return answers
    if not isinstance(answers, Mapping):
        raise BadAnswerShape("answers", "an object of question id to answer")
    clean: dict[str, str | tuple[str, ...]] = {}
    for qid, value in answers.items():
        q = question(qid) if isinstance(qid, str) else question(repr(qid))
        if q.kind == "single":
            if not isinstance(value, str):
                raise BadAnswerShape(qid, "one answer code (a string)")
            if value not in q.codes:
                raise UnknownAnswerCode(qid, value)
            clean[qid] = value
        else:
            if not isinstance(value, list | tuple) or not value:
                raise BadAnswerShape(qid, "a non-empty list of answer codes")
            for code in value:
                if not isinstance(code, str):
                    raise BadAnswerShape(qid, "a list of answer codes (strings)")
                if code not in q.codes:
                    raise UnknownAnswerCode(qid, code)
            exclusive = [c for c in EXCLUSIVE_CODES.get(qid, ()) if c in value]
            if exclusive and len(set(value)) > 1:
                raise ConflictingAnswers(qid, exclusive[0])
            clean[qid] = tuple(c for c in q.codes if c in value)
    return ValidAnswers(clean)


def _first_rule(a: Mapping[str, str | tuple[str, ...]]) -> tuple[int, Rule | None]:
    """The first rule that applies to validated answers `a`, or (index, None) when the
    rule at `index` needs an answer `a` lacks. No exceptions: path() asks this eight
    times per call, and the questionnaire asks path() on every step."""
    for index, rule in enumerate(RULES):
        for q in rule.needs:
            if q not in a:
                return index, None
        if rule.applies(a):
            return index, rule
    raise AssertionError("the last rule always applies")  # pragma: no cover


def assess(answers: Answers) -> Outcome:
    """The outcome for these answers. Answers may stop early where the rules already
    decide (e.g. only urgent=yes); otherwise IncompleteAnswers names what is missing."""
    a = validate_answers(answers)
    index, rule = _first_rule(a)
    if rule is None:
        later = {q for r in RULES[index:] for q in r.needs if q not in a}
        # In the order the questions are asked, so a client can ask the first one next.
        raise IncompleteAnswers(q for q in QUESTION_IDS if q in later)
    return Outcome(rule.outcome, rule.offers(a), rule.reasons(a), rule.number)


def is_decided(answers: Answers) -> bool:
    return _first_rule(validate_answers(answers))[1] is not None


def path(answers: Answers) -> tuple[str, ...]:
    """The questions this visitor is asked, in order, given the answers so far: the
    questionnaire stops at the question after which the citizen belongs elsewhere.

    A pure function of the answers, asked about six times per questionnaire step: answers
    that can be hashed (validated ones: codes and tuples of codes) are looked up in a
    bounded cache; others (a list from a form, not yet validated) are walked."""
    try:
        key = frozenset(answers.items())
    except (AttributeError, TypeError):  # not a mapping, or a list among the answers
        return _walk(answers)
    return _cached_path(key)


@functools.lru_cache(maxsize=4096)
def _cached_path(answers: frozenset) -> tuple[str, ...]:
    # Errors (an unknown code) are raised, never cached.
    return _walk(dict(answers))


def _walk(answers: Answers) -> tuple[str, ...]:
    asked: list[str] = []
    known: dict[str, str | tuple[str, ...]] = {}
    for qid in QUESTION_IDS:
        asked.append(qid)
        if qid in answers:
            # Each answer is validated once, as its question joins the path; one beyond
            # the stopping point is never looked at (as before).
            known.update(validate_answers({qid: answers[qid]}))
        rule = _first_rule(known)[1]
        if rule is not None and rule.outcome in STOP_OUTCOMES:
            break
    return tuple(asked)


def next_question(answers: Answers) -> str | None:
    """The first question on the path still unanswered, or None when all are answered."""
    return next((qid for qid in path(answers) if qid not in answers), None)


__all__ = [
    "OUTCOME_CODES",
    "QUESTIONS",
    "RULES",
    "STOP_OUTCOMES",
    "Outcome",
    "Reason",
    "Rule",
    "assess",
    "is_decided",
    "next_question",
    "path",
    "validate_answers",
]
