"""The application's forms (Flask-WTF). Labels are lazy so they follow the visitor's
language; the rules themselves live in portal.services.submit, shared with the service.

CSRF is checked for every POST by the app-wide CSRFProtect, so the forms do not add their
own token field.
"""

from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    HiddenField,
    RadioField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)

from portal.services import submit
from portal.services.submit import LIMITS


class _StepForm(FlaskForm):
    class Meta:
        csrf = False

    step: str = ""

    def draft_values(self) -> dict:
        """The posted values as a normalised draft fragment (kept even when invalid)."""
        raw = {name: self[name].data for name in submit.STEPS[self.step]}
        clean = submit.normalise_draft(raw)
        return {name: clean[name] for name in submit.STEPS[self.step]}

    def field_errors(self, draft: dict) -> list[tuple[str, str]]:
        """(field id, translated message) for this step's fields."""
        return [
            (e.field, gettext(e.message, **dict(e.params)))
            for e in submit.validate_fields(draft, submit.STEPS[self.step])
        ]


class AboutYouForm(_StepForm):
    step = "about"
    name = StringField(_l("Your name"), render_kw={"maxlength": LIMITS["name"]})
    cpr = StringField(_l("CPR number (optional)"))
    phone = StringField(_l("Phone number"))
    email = StringField(_l("E-mail address"))
    contact_channel = RadioField(
        _l("How would you like us to contact you?"), validate_choice=False, choices=[]
    )
    contact_times = TextAreaField(_l("When is it a good time to contact you? (optional)"))
    may_leave_message = BooleanField(_l("You may leave a message if I do not answer"))
    may_say_who_calls = BooleanField(
        _l("You may say that you are calling from the municipality if someone else answers")
    )


class NeedsForm(_StepForm):
    step = "needs"
    areas = SelectMultipleField(_l("What would you like help with?"), validate_choice=False)
    impact = RadioField(
        _l("How much does it affect your everyday life?"), validate_choice=False, choices=[]
    )
    existing_support = SelectMultipleField(
        _l("Do you already get help from the municipality?"), validate_choice=False
    )
    format_wish = RadioField(
        _l("Would you like help in a group or alone?"), validate_choice=False, choices=[]
    )
    description = TextAreaField(_l("In your own words: what is hard for you right now?"))
    goals = TextAreaField(_l("What would you like to be able to do?"))
    adaptation = TextAreaField(_l("Do you need an interpreter or anything else? (optional)"))


class SubmitForm(FlaskForm):
    class Meta:
        csrf = False

        def get_translations(self, form):
            # No wtforms message is ever shown here (no validators), and Flask-WTF loads
            # wtforms' own catalogue from disk for each request that asks (the hidden
            # field's default label did): 0.07 ms of every submission.
            return None

    idempotency_key = HiddenField()
    # The name is submit.CONFIRM_FIELD (tests/citizen check they agree).
    confirmed = BooleanField(_l("I confirm that the information is correct"))
    # The honeypot: hidden from people and screen readers; bots fill it in.
    website = StringField(_l("Leave this field empty"))
