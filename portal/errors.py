"""Error pages in the visitor's language; a database outage gets its own clear page."""

import logging

from flask import jsonify, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

log = logging.getLogger("portal.errors")

TITLES = {
    400: _l("The request could not be understood"),
    403: _l("You do not have access to this page"),
    404: _l("We could not find the page"),
    405: _l("That cannot be done on this page"),
    413: _l("What you sent is too large"),
    429: _l("Too many attempts"),
    500: _l("Something went wrong on our side"),
    503: _l("The service is not available right now"),
}
TEXTS = {
    400: _l("Go back and try again. If it keeps happening, call us."),
    403: _l("If you think you should have access, contact your administrator."),
    404: _l("The address may be wrong, or the page may have moved."),
    405: _l("Go back and try again."),
    413: _l("Make your text shorter and try again."),
    429: _l("Wait a few minutes and try again."),
    500: _l("We have been told about the error. Try again in a little while, or call us."),
    503: _l(
        "We are working on it. What you have entered is kept. Try again in a few minutes, "
        "or call us."
    ),
}


# Machine clients (the JSON API, the chat widget) get errors as JSON, not as a page.
JSON_PATHS = ("/api/", "/chat/webhook", "/chat/history")


def render_error(code: int):
    if request.path.startswith(JSON_PATHS):
        return jsonify(error=str(TITLES[code]), message=str(TEXTS[code])), code
    return (
        render_template("errors/error.html", code=code, title=TITLES[code], text=TEXTS[code]),
        code,
    )


def init_app(app) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(exc):
        return (
            render_template(
                "errors/error.html",
                code=400,
                title=_l("Your session has expired"),
                text=_l("For your safety the page timed out. Go back, reload and try again."),
            ),
            400,
        )

    @app.errorhandler(HTTPException)
    def http_error(exc):
        code = exc.code if exc.code in TITLES else 500
        if code >= 500 or code not in TITLES:
            return render_error(code)
        response = render_error(code)
        if exc.code == 405:
            return response[0], 405, {"Allow": ", ".join(exc.valid_methods or [])}
        return response

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    @app.errorhandler(DBAPIError)
    def database_down(exc):
        # The class name only: driver messages can echo the statement and its values.
        log.error("database unavailable: %s", type(exc).__name__)
        from portal.extensions import db

        try:
            db.session.rollback()
        except Exception:  # noqa: BLE001 - the connection is gone; nothing to undo
            log.warning("rollback failed after database error")
        return render_error(503)

    @app.errorhandler(Exception)
    def unexpected(exc):
        log.exception("unhandled error: %s", type(exc).__name__)
        return render_error(500)
