"""Answers built from the municipality profile: no fact is typed into the bot.

Pure functions of (profile, lang) -> text, so the portal's crisis reply and the actions use
the same words. Sentences around the facts are English msgids (N_) translated through the
portal's catalogues.
"""

import re
from collections.abc import Mapping

from portal.municipality import localized
from portal.textcat import N_, translate

# Where the portal should link to; the portal turns a target into its own URL.
LINK_APPLY = "apply"
LINK_CHECK = "check"
LINK_CRISIS = "crisis"


def _section(profile: Mapping, section_id: str) -> Mapping:
    return next(s for s in profile["sections"] if s["id"] == section_id)


def section_text(profile: Mapping, section_id: str, lang: str) -> str:
    """A section of the offer page as chat text: its list follows the paragraph that leads
    into it (the first one without a closing full stop: "Du kan for eksempel lære"), else
    the first paragraph, so a reply never ends on a sentence cut off from its list."""
    section = _section(profile, section_id)
    paragraphs = [localized(p, lang) for p in section["paragraphs"]]
    bullets = ["• " + localized(b, lang) for b in section["bullets"] or ()]
    lead = next(
        (
            index
            for index, paragraph in enumerate(section["paragraphs"])
            if not paragraph["da"].rstrip().endswith((".", "!", "?"))
        ),
        0,
    )
    parts = paragraphs[: lead + 1]
    if bullets:
        parts.append("\n".join(bullets))
    parts.extend(paragraphs[lead + 1 :])
    return "\n\n".join(parts)


def general_contact(profile: Mapping, lang: str) -> str:
    contact = profile["general_contact"]
    text = localized(contact["text"], lang)
    return f"{text} {contact['url']}" if contact["url"] else text


def phones_text(profile: Mapping, lang: str) -> str:
    lines = []
    for phone in profile["phones"]:
        label = localized(phone["label"], lang)
        hours = localized(phone["hours"], lang) if phone["hours"] else None
        if phone["number"]:
            line = f"{label}: {phone['number']}"
            lines.append(f"{line} ({hours})" if hours else line)
        elif hours:
            lines.append(f"{label}: {hours}")
        else:
            lines.append(f"{label}: {general_contact(profile, lang)}")
        if phone["fill_in"] and not phone["number"] and hours:
            lines.append(general_contact(profile, lang))
    return "\n".join("• " + line for line in lines)


def first_phone(profile: Mapping) -> str | None:
    """The first phone number the profile gives (used when the bot cannot answer)."""
    return next((p["number"] for p in profile["phones"] if p["number"]), None)


def offer_text(profile: Mapping, code: str, lang: str) -> str:
    offer = profile["offers"][code]
    lines = [f"{localized(offer['name'], lang)}: {localized(offer['description'], lang)}"]
    contact = localized(offer["contact"], lang)
    if offer["phone"]:
        hours = f" ({localized(offer['hours'], lang)})" if offer["hours"] else ""
        lines.append(
            translate(
                N_("Contact: %(contact)s, phone %(phone)s"),
                lang,
                contact=contact,
                phone=offer["phone"],
            )
            + hours
        )
    else:
        lines.append(translate(N_("Contact: %(contact)s"), lang, contact=contact))
    if offer["address"]:
        lines.append(offer["address"])
    if offer["fill_in"] and not offer["phone"]:
        lines.append(general_contact(profile, lang))
    elif offer["url"]:
        lines.append(offer["url"])
    return "\n".join(lines)


def crisis_text(profile: Mapping, lang: str) -> str:
    headline = N_("It sounds like you need help right now. Please get help at once.")
    return translate(headline, lang) + "\n" + crisis_contact_lines(profile, lang)


def crisis_contact_lines(profile: Mapping, lang: str) -> str:
    """The crisis reply's contact lines, without its "you need help now" headline: shown
    beside a question when the bot is unsure (the gentle question, the urgent one again)."""
    psychiatric = profile["emergency"]["psychiatric"]
    psych = f"{localized(psychiatric['name'], lang)}: {localized(psychiatric['description'], lang)}"
    if psychiatric["phone"]:
        psych += f" {psychiatric['phone']}"
    return "\n".join(
        [
            "• "
            + translate(
                N_("If a life is in danger or there is violence now: call %(number)s."),
                lang,
                number="112",
            ),
            "• "
            + translate(
                N_("If you have thoughts of suicide: call Livslinien on %(number)s."),
                lang,
                number=profile["offers"]["crisis_lines"]["phone"],
            ),
            "• " + psych,
        ]
    )


def where_text(profile: Mapping, lang: str) -> str:
    places = "\n".join("• " + localized(place, lang) for place in profile["locations"])
    return translate(N_("It can take place here:"), lang) + "\n" + places


def contact_mode_text(profile: Mapping, lang: str) -> str:
    return section_text(profile, "how", lang) + "\n\n" + where_text(profile, lang)


def after_applying_text(profile: Mapping, lang: str) -> str:
    deadline = localized(profile["response_deadline"]["text"], lang)
    return section_text(profile, "after_applying", lang) + "\n\n" + deadline


def privacy_text(profile: Mapping, lang: str) -> str:
    return "\n\n".join(
        [
            translate(
                N_(
                    "I am a chatbot. I do not keep your CPR number. Please do not write "
                    "details about your health here."
                ),
                lang,
            ),
            localized(profile["retention"]["text"], lang),
        ]
    )


def contact_text(profile: Mapping, lang: str) -> str:
    return translate(N_("You can call the municipality:"), lang) + "\n" + phones_text(profile, lang)


def handoff_text(profile: Mapping, lang: str) -> str:
    return (
        translate(
            N_("I am a chatbot. If you would like to talk to a person, contact the municipality:"),
            lang,
        )
        + "\n"
        + phones_text(profile, lang)
    )


def how_to_apply_text(profile: Mapping, lang: str) -> str:
    return "\n\n".join(
        [
            translate(
                N_(
                    "You can apply online here in the portal. If you take the check first, "
                    "your answers are filled in for you."
                ),
                lang,
            ),
            contact_text(profile, lang),
        ]
    )


def unavailable_text(profile: Mapping, lang: str) -> str:
    """What the portal says when the bot cannot answer (action server down or slow)."""
    phone = first_phone(profile)
    if phone:
        return translate(
            N_(
                "Sorry, the chatbot cannot answer right now. You can call us on %(phone)s, "
                "or take the check on the website instead."
            ),
            lang,
            phone=phone,
        )
    return (
        translate(
            N_(
                "Sorry, the chatbot cannot answer right now. You can contact the municipality, "
                "or take the check on the website instead."
            ),
            lang,
        )
        + " "
        + general_contact(profile, lang)
    )


def not_stated_text(profile: Mapping, lang: str) -> str:
    """A fact the municipality's own source does not give: say so, never guess."""
    return (
        translate(N_("The municipality has not stated this. Please ask them."), lang)
        + " "
        + general_contact(profile, lang)
    )


def stated_paragraphs(profile: Mapping, marker: str, lang: str) -> list[str]:
    """The profile's paragraphs (any section) whose Danish source text states a fact,
    found by a word of that fact (e.g. "udstyr"), in the citizen's language. Danish is
    the seeds' language, so the marker is matched there."""
    return [
        localized(paragraph, lang)
        for section in profile["sections"]
        for paragraph in section["paragraphs"]
        if marker in paragraph["da"]
    ]


def stated_or_not(profile: Mapping, marker: str, lang: str) -> str:
    found = stated_paragraphs(profile, marker, lang)
    return "\n\n".join(found) if found else not_stated_text(profile, lang)


# Another programme or law named beside "can I get it / does it still apply": the job
# centre, sick leave, a resource or job-clarification programme, treatment, a pension or
# benefit, another law or section (not § 82). Matched on the text folded as people type it
# (æ/ø/å or ae/oe/aa or a/o/a). Writers label such questions `eligibility` (the check
# answers them) or `not_covered` (what other laws go first): the reply gives both
# (twenty-fourth intent pass, bot/README.md "Intents").
_OTHER_PROGRAMME = re.compile(
    r"\bjob ?cent\w*|\bsyg\w{0,3}mel\w*|\bsick ?(l\w{1,3}ve|note|pay|benefit)|\bsygedagpeng"
    r"|\bres+ource ?(forl\w*|program\w*|course|process)|\bjob ?afklaring|\bjob clarification"
    r"|\b(?!sags)\w*behandl\w*|\btreatment|\brehab|\bpsykiatri|\bpsychiatr"
    r"|\bkontanthj\w*|\bcash (benefit|help)|\bf\w{0,2}rtidspension|\bearly (retirement|pension)"
    r"|\bdisability pension|\bflex ?job|\bdagpeng|\bunemployment (benefit|pay)|\brevalidering"
    r"|\bandre love|\banden lov|\bother (law|legislation)|\banother law"
    r"|§ ?(?!82)\d|\b(paragraf|paragraph|section) (?!82)\d"
)
_TYPED = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def other_laws_note(text: str, profile: Mapping, lang: str) -> str | None:
    """The profile's "andre love" paragraphs when a question names another programme or law,
    where the seed states them; None otherwise (nothing is said that the seed does not)."""
    if not _OTHER_PROGRAMME.search(text.lower().translate(_TYPED)):
        return None
    return "\n\n".join(stated_paragraphs(profile, "andre love", lang)) or None


def evaluation_text(profile: Mapping, lang: str) -> str:
    """Follow-up and the final evaluation, only where the municipality's seed states it
    (profile `course.evaluation_fill_in`)."""
    course = profile.get("course") or {}
    if course.get("evaluation_fill_in", False):
        return "\n\n".join(
            [
                translate(
                    N_("The support lasts at most %(months)s months."),
                    lang,
                    months=profile["max_months"],
                ),
                not_stated_text(profile, lang),
            ]
        )
    return section_text(profile, "follow_up", lang)


def provider_text(profile: Mapping, lang: str) -> str:
    lines = [
        translate(
            N_("The offer is delivered by %(provider)s."),
            lang,
            provider=localized(profile["provider"], lang),
        ),
        translate(
            N_("Your application is processed by %(processor)s."),
            lang,
            processor=localized(profile["processor"]["name"], lang),
        ),
    ]
    # Staff background, where the seed states it ("faglig baggrund").
    lines.extend(stated_paragraphs(profile, "faglig baggrund", lang))
    return "\n\n".join(lines)


def response_time_text(profile: Mapping, lang: str) -> str:
    return localized(profile["response_deadline"]["text"], lang)


def cpr_text(profile: Mapping, lang: str) -> str:
    return translate(
        N_(
            "No. Never write your CPR number here in the chat. I do not need it. If you "
            "apply, the application form asks for it and keeps it safe."
        ),
        lang,
    )


def open_counselling_text(profile: Mapping, lang: str) -> str:
    return "\n\n".join(
        [
            translate(N_("You can get advice without applying:"), lang),
            offer_text(profile, "open_counselling", lang),
        ]
    )


# The fact questions the bot answers, by intent. Every fact comes from the profile; what the
# municipality's source does not give is answered with not_stated_text.
FAQ = {
    "offer_what": lambda p, lang: section_text(p, "what", lang),
    "offer_who": lambda p, lang: section_text(p, "who", lang),
    "offer_content": lambda p, lang: section_text(p, "content", lang),
    "price": lambda p, lang: section_text(p, "cost", lang),
    "transport": lambda p, lang: section_text(p, "cost", lang),
    "video_equipment": lambda p, lang: stated_or_not(p, "udstyr", lang),
    "where": where_text,
    "duration": lambda p, lang: section_text(p, "duration", lang),
    "group_or_individual": lambda p, lang: section_text(p, "how", lang),
    "contact_mode": contact_mode_text,
    "how_to_apply": how_to_apply_text,
    "after_applying": lambda p, lang: section_text(p, "after_applying", lang),
    "response_time": response_time_text,
    "contact_hours": contact_text,
    "complaints": lambda p, lang: section_text(p, "complaints", lang),
    "privacy": privacy_text,
    "cpr_number": cpr_text,
    "provider": provider_text,
    "evaluation": evaluation_text,
    "s85_alongside": lambda p, lang: stated_or_not(p, "§ 85", lang),
    "not_covered": lambda p, lang: stated_or_not(p, "andre love", lang),
    "requirements": lambda p, lang: section_text(p, "requirements", lang),
    "open_counselling": open_counselling_text,
    "debt_money": lambda p, lang: "\n\n".join(
        [
            translate(N_("Economic advice can help you with money and debt:"), lang),
            offer_text(p, "economic_advice", lang),
        ]
    ),
    "work_education": lambda p, lang: "\n\n".join(
        [
            translate(
                N_(
                    "Help with work and education comes from the job centre and education guidance:"
                ),
                lang,
            ),
            offer_text(p, "jobcenter", lang),
            offer_text(p, "education_guidance", lang),
        ]
    ),
}
