"""The screening questions. Ids and codes are stable (DESIGN.md § 5); texts are English
msgids translated through the catalogues."""

from dataclasses import dataclass
from functools import cached_property

from portal.textcat import N_


@dataclass(frozen=True)
class Option:
    code: str
    label: str
    hint: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # "single" or "multi"
    text: str
    short: str  # how a reason or the check page names the question
    options: tuple[Option, ...]
    hint: str | None = None

    @cached_property  # asked for each answer of each check, several times a step
    def codes(self) -> tuple[str, ...]:
        return tuple(o.code for o in self.options)

    def option(self, code: str) -> Option:
        return next(o for o in self.options if o.code == code)


QUESTIONS: tuple[Question, ...] = (
    Question(
        "urgent",
        "single",
        N_("Do you need help right now?"),
        N_("Help right now"),
        (
            Option("no", N_("No")),
            Option(
                "yes",
                N_("Yes, I need help now"),
                N_(
                    "For example thoughts of suicide or of hurting yourself, violence, "
                    "or nowhere to sleep tonight."
                ),
            ),
        ),
        N_("We ask first, so that you get the right help at once if it is urgent."),
    ),
    Question(
        "age",
        "single",
        N_("How old are you?"),
        N_("Age"),
        (Option("18_or_over", N_("18 or older")), Option("under_18", N_("Under 18"))),
    ),
    Question(
        "areas",
        "multi",
        N_("What would you like help with?"),
        N_("What you want help with"),
        (
            Option("activities", N_("Taking part in activities")),
            Option("social_contact", N_("Being with and talking to other people")),
            Option("conflicts", N_("Solving conflicts")),
            Option("daily_finances", N_("Managing my daily money")),
            Option("personal_care", N_("Taking care of my personal hygiene")),
            Option("health", N_("Looking after my health")),
            Option("mail_and_authorities", N_("Reading post and contacting authorities")),
            Option(
                "household_structure",
                N_("Structure at home: tidying, cleaning, laundry, shopping"),
            ),
            Option("coping_with_disability", N_("Coping with my disability")),
            Option("assistive_technology", N_("Technology that can help me")),
            Option("debt", N_("Debt")),
            Option("work_or_education", N_("Work or education")),
            Option("other", N_("Something else")),
        ),
        N_("Choose all that fit."),
    ),
    Question(
        "impact",
        "single",
        N_("How much does it affect your everyday life?"),
        N_("How much it affects you"),
        (
            Option("mild", N_("A little"), N_("I manage most things, but some things are hard.")),
            Option("moderate", N_("Quite a lot"), N_("It is hard to make everyday life work.")),
            Option("severe", N_("Very much"), N_("I cannot manage my everyday life without help.")),
            Option(
                "at_risk",
                N_("Not much yet"),
                N_("But I am afraid it will get worse."),
            ),
        ),
    ),
    Question(
        "existing_support",
        "multi",
        N_("Do you already get help from the municipality?"),
        N_("Help you already get"),
        (
            Option("none", N_("No")),
            Option("s85", N_("Yes, social-pedagogical support (section 85)")),
            Option("jobcenter", N_("Yes, from the job centre")),
            Option("other_municipal", N_("Yes, other help from the municipality")),
            Option("dont_know", N_("I do not know")),
        ),
        N_("Choose all that fit."),
    ),
    Question(
        "motivation",
        "single",
        N_("Do you want to work on it together with an adviser?"),
        N_("Working with an adviser"),
        (
            Option("yes", N_("Yes")),
            Option("unsure", N_("I am not sure")),
            Option("no", N_("No, not now")),
        ),
        N_("The offer builds on you wanting to take part."),
    ),
    Question(
        "format",
        "single",
        N_("Would you rather be in a group or alone with an adviser?"),
        N_("Group or alone"),
        (
            Option("group", N_("In a group")),
            Option("individual", N_("Alone with an adviser")),
            Option("both", N_("Both")),
            Option("dont_know", N_("I do not know")),
        ),
    ),
    Question(
        "contact",
        "single",
        N_("How would you like to talk to us?"),
        N_("How you want to talk to us"),
        (
            Option("virtual", N_("On video")),
            Option("phone", N_("On the phone")),
            Option("in_person", N_("Meeting in person")),
        ),
    ),
)

QUESTION_IDS: tuple[str, ...] = tuple(q.id for q in QUESTIONS)
_BY_ID = {q.id: q for q in QUESTIONS}


def question(question_id: str) -> Question:
    from portal.screening.errors import UnknownQuestion

    try:
        return _BY_ID[question_id]
    except KeyError:
        raise UnknownQuestion(question_id) from None
