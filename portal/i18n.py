"""Language choice: `?lang=` on any GET switches and is remembered in a cookie."""

from urllib.parse import urlencode

from flask import current_app, g, request
from flask_babel import get_locale

LANG_COOKIE = "ti_lang"
ONE_YEAR = 60 * 60 * 24 * 365


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    wanted = request.args.get("lang")
    if wanted in languages:
        g.lang_switched_to = wanted
        return wanted
    cookie = request.cookies.get(LANG_COOKIE)
    if cookie in languages:
        return cookie
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def current_lang() -> str:
    locale = get_locale()
    # Locale.language is a plain attribute; str(locale) is surprisingly slow.
    return locale.language if locale else current_app.config["BABEL_DEFAULT_LOCALE"]


def remember_language(response):
    lang = g.pop("lang_switched_to", None)
    if lang:
        response.set_cookie(
            LANG_COOKIE,
            lang,
            max_age=ONE_YEAR,
            httponly=True,
            samesite="Lax",
            secure=current_app.config["SESSION_COOKIE_SECURE"],
        )
    return response


def url_in_language(lang: str) -> str:
    """The current page's URL with ?lang=<lang>, other query arguments kept."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
    args.append(("lang", lang))
    return f"{request.path}?{urlencode(args)}"


def init_app(app) -> None:
    app.after_request(remember_language)
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    app.jinja_env.globals.update(url_in_language=url_in_language, current_lang=current_lang)
