"""Translations without Flask, for code shared by the web and the bot (screening, bot
actions). Texts are marked with N_() for extraction and translated with translate()."""

import functools

from babel.support import NullTranslations, Translations

from portal import catalogues

LANGUAGES = catalogues.LANGUAGES


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "mark only"
    """Mark a text for the catalogue; it is translated later, when the language is known."""
    return text


@functools.cache
def _catalogue(lang: str) -> NullTranslations:
    return Translations.load(str(catalogues.directory()), [lang], domain="messages")


def translate(text: str, lang: str, **params) -> str:
    translated = _catalogue(lang if lang in LANGUAGES else LANGUAGES[0]).gettext(text)
    return translated % params if params else translated
