"""Phone numbers in the bot's answers as tap-to-call links (tel:), for the chat page.

The widget does the same in the browser (portal/static/js/chat-widget.js, same pattern):
keep the two in step. Danish numbers are eight digits, written "79 75 58 20",
"70 201 201", "79755820" or with "+45"; 112 is the emergency number. "§ 112" (a section
of the law) is not a phone number.
"""

import re

from markupsafe import Markup, escape

PHONE = re.compile(
    r"""
    (?<![\d+])                       # not the tail of a longer number
    (?:
      (?:\+45[ \u00a0]?)?             # optional country code
      (?:\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}   # 79 75 58 20, 79755820
        |\d{2}[ \u00a0]\d{3}[ \u00a0]\d{3})                  # 70 201 201
      |112
    )
    (?!\d)
    """,
    re.VERBOSE,
)
SECTION = re.compile(r"§\s*$")


def tel_href(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if digits == "112":
        return "tel:112"
    return "tel:+45" + digits[-8:]


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where the phone numbers are in `text`, as (start, end) pairs."""
    return [m.span() for m in PHONE.finditer(text) if not SECTION.search(text[: m.start()])]


def tel_links(text: str) -> Markup:
    """`text`, HTML-escaped, with every phone number made a tel: link."""
    out, at = [], 0
    for start, end in phone_spans(text):
        number = text[start:end]
        out += [escape(text[at:start]), Markup('<a href="%s">%s</a>') % (tel_href(number), number)]
        at = end
    out.append(escape(text[at:]))
    return Markup("").join(out)
