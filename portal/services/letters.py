"""Decision letters (DESIGN.md § 7 "contact with the citizen"): one per decision kind, from
the municipality profile's `letters` section, in the citizen's language (Case.lang), with
the municipality's own complaint text.

A letter is issued in the decision's own transaction (services/cases.change_status calls
`issue`): through Digital Post when it is connected (services/digital_post.py), else by
e-mail through the outbox when the citizen gave an address, else it is marked for sending
by post and the caseworker prints it. Either way a "letter" history row keeps what was sent
(the letter's parts, encrypted with the rest of the event data), so the letter step can show,
print and rebuild the PDF of exactly that letter later.

The PDF is tagged PDF/UA-1 from WeasyPrint (headings, paragraphs and the document language
in the structure tree; fonts embedded), so a screen reader reads it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from flask import current_app
from flask_babel import force_locale, format_date
from flask_babel import gettext as _

from portal.extensions import db
from portal.models import Case, CaseEvent, StaffUser, utcnow
from portal.municipality import localized
from portal.municipality.profile import LETTER_KINDS
from portal.services import audit, outbox
from portal.services import digital_post as digital_post_service
from portal.textcat import N_

CHANNELS = ("digital_post", "email", "post")
# Kinds whose letter gives the staff's written reason (forvaltningsloven § 22: a decision
# that does not fully grant what was asked for carries its reasons).
REASON_KINDS = frozenset({"referred", "rejected"})
MSG_NO_LETTER = N_("There is no decision letter for this case's status.")


@dataclass(frozen=True)
class Letter:
    """One letter, all texts already in the citizen's language."""

    kind: str
    lang: str
    subject: str
    date: str
    reference: str
    name: str
    sender: str
    municipality: str
    paragraphs: list[str]
    reason: str | None
    complaint: list[str]
    contact: str
    survey: str | None = None
    # The headings and set phrases, in the letter's language.
    words: dict[str, str] = field(default_factory=dict)

    def as_text(self) -> str:
        """The letter as a plain-text e-mail body."""
        w = self.words
        parts = [
            self.subject,
            "",
            f"{w['reference']}: {self.reference}",
            f"{w['date']}: {self.date}",
            "",
            w["greeting"],
            "",
            *[p + "\n" for p in self.paragraphs],
        ]
        if self.reason:
            parts += [w["reason_heading"], self.reason, ""]
        if self.survey:
            parts += [self.survey, ""]
        parts += [w["complaint_heading"], *[p + "\n" for p in self.complaint]]
        parts += [self.contact, "", w["regards"], self.sender, "", w["automatic"]]
        return "\n".join(parts).strip() + "\n"

    def to_data(self) -> dict:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict) -> Letter:
        return cls(**data)


def kind_for(case: Case) -> str | None:
    """The letter a case's status calls for (withdrawn and open cases get none)."""
    return case.status if case.status in LETTER_KINDS else None


def _profile():
    return current_app.extensions["municipality"]


def survey_link(case: Case) -> str | None:
    """The closing letter's survey link (seed 000 § 12) from portal.services.survey, which
    adds a single-use invite to the transaction: so only a letter being sent asks for one.
    Without that module (a trimmed install), no link."""
    try:
        from portal.services.survey import survey_link as link_for
    except ImportError:
        return None
    return link_for(case) or None


def _offer_contact(offer: dict, lang: str) -> str:
    parts = [localized(offer["contact"], lang)]
    if offer.get("phone"):
        parts.append(offer["phone"])
    if offer.get("address"):
        parts.append(offer["address"])
    if offer.get("url") and not offer.get("phone"):
        parts.append(offer["url"])
    return ", ".join(parts)


def build(case: Case, profile=None, today: date | None = None, sending: bool = False) -> Letter:
    """The letter for the case's current status, in the case's language. A preview
    (`sending` false) names the survey link without making one."""
    from portal.services.cases import CaseError, local_today

    kind = kind_for(case)
    if kind is None:
        raise CaseError([("letter", MSG_NO_LETTER)])
    profile = profile or _profile()
    texts = profile["letters"]
    lang = case.lang if case.lang in ("da", "en") else "da"
    offer = profile["offers"].get(case.referred_offer or "") if case.referred_offer else None
    with force_locale(lang):
        values = {
            "name": case.name,
            "reference": case.reference or str(case.id),
            "start_date": format_date(case.start_date, "long") if case.start_date else "",
            "evaluation_date": (
                format_date(case.evaluation_due, "long") if case.evaluation_due else ""
            ),
            "end_date": format_date(case.end_date, "long") if case.end_date else "",
            "offer": localized(offer["name"], lang) if offer else "",
            "offer_contact": _offer_contact(offer, lang) if offer else "",
        }
        template = texts["kinds"][kind]
        survey = None
        if kind == "closed" and texts["survey"] and profile["user_survey"]:
            link = (
                survey_link(case)
                if sending
                else _("(a personal link, made when the letter is sent)")
            )
            if link:
                survey = localized(texts["survey"], lang).format(survey_link=link)
        words = {
            "reference": _("Reference"),
            "date": _("Date"),
            "greeting": _("Dear %(name)s", name=case.name),
            "reason_heading": _("Why we decided this"),
            "complaint_heading": _("Can you complain?"),
            "regards": _("Kind regards"),
            "automatic": _("Keep this letter. Tell us your reference if you contact us."),
        }
        return Letter(
            kind=kind,
            lang=lang,
            subject=localized(template["subject"], lang).format(**values),
            date=format_date(today or local_today(), "long"),
            reference=values["reference"],
            name=case.name,
            sender=localized(texts["sender"], lang),
            municipality=localized(profile["name"], lang),
            paragraphs=[localized(p, lang).format(**values) for p in template["paragraphs"]],
            reason=case.decision_reason if kind in REASON_KINDS else None,
            complaint=[localized(p, lang) for p in texts["complaint"]["paragraphs"]],
            contact=localized(texts["contact"]["text"], lang),
            survey=survey,
            words=words,
        )


def render_html(letter: Letter) -> str:
    """The letter as a standalone HTML document (the PDF's source)."""
    # Straight from the Jinja environment: the letter needs no request (every text is in
    # `letter` already), so a PDF can be made outside one too.
    return current_app.jinja_env.get_template("letters/letter.html").render(letter=letter)


def render_pdf(letter: Letter) -> bytes:
    """The letter as tagged PDF/UA-1 (WeasyPrint; imported here, it loads pango)."""
    import weasyprint

    html = weasyprint.HTML(string=render_html(letter), base_url=None)
    return html.write_pdf(pdf_variant="pdf/ua-1")


def _deliver(case: Case, letter: Letter) -> dict:
    """Hand the letter over: Digital Post, else e-mail, else post. Only adds to the
    session (the caller commits): the outbox row commits or rolls back with the decision."""
    receipt = digital_post_service.current().send(case, letter)
    if receipt.handed_over:
        return {"channel": "digital_post", "receipt": receipt.reference}
    if case.email:
        row = outbox.enqueue(
            case.email,
            letter.subject,
            letter.as_text(),
            kind="letter",
            case_id=case.id,
            lang=letter.lang,
        )
        if row is not None:
            db.session.flush()  # the row's id, for the record
            return {"channel": "email", "outbox_id": row.id}
    return {"channel": "post"}


def issue(case: Case, actor: StaffUser, resend: bool = False) -> CaseEvent | None:
    """Build and send the letter the case's status calls for, recording what was sent.
    Part of the caller's transaction (the caller claims the case and commits); None when
    the status calls for no letter."""
    if kind_for(case) is None:
        return None
    letter = build(case, sending=True)
    delivery = _deliver(case, letter)
    now = utcnow()
    data = {
        "letter": letter.to_data(),
        "kind": letter.kind,
        "lang": letter.lang,
        "resend": resend,
        **delivery,
    }
    event = CaseEvent(case=case, at=now, actor_id=actor.id, kind="letter", data=data)
    db.session.add(event)
    audit.record(
        actor,
        "letter_sent",
        case.id,
        kind=letter.kind,
        channel=delivery["channel"],
        resend=resend,
    )
    return event


def send_again(case: Case, actor: StaffUser, expected_version: int | None = None) -> CaseEvent:
    """The letter step's "send again" (a corrected address, a lost letter): one operation
    with its history row and audit entry."""
    from portal.services.cases import CaseError, _claim, _fresh

    _fresh(case, expected_version)
    if kind_for(case) is None:
        raise CaseError([("letter", MSG_NO_LETTER)])
    _claim(case, expected_version)
    event = issue(case, actor, resend=True)
    db.session.commit()
    return event


def sent_letters(case: Case) -> list[CaseEvent]:
    """The letters sent in this case, newest first."""
    return [e for e in reversed(case.events) if e.kind == "letter"]


def sent_letter(case: Case, event_id: int) -> Letter | None:
    for event in case.events:
        if event.id == event_id and event.kind == "letter":
            return Letter.from_data(event.data["letter"])
    return None


def delivery_preview(case: Case) -> str:
    """How the next letter would go (the confirmation page and the letter step say so)."""
    if digital_post_service.is_configured():
        return "digital_post"
    from portal.services import mail

    if case.email and mail.is_configured():
        return "email"
    return "post"
