"""What every page shares: health endpoints and the template context."""

import functools
import hashlib
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request, url_for
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from portal.extensions import limiter
from portal.i18n import current_lang
from portal.municipality import localized

bp = Blueprint("common", __name__)


@bp.get("/healthz")
@limiter.exempt
def healthz():
    # The process runs: nothing else is asked (no database, no session, no limiter), so it
    # answers at once whatever hangs.
    return jsonify(status="ok")


READYZ_TIMEOUT_SECONDS = 2


def _probe_engine():
    """A small engine of its own for /readyz: short connect and statement timeouts, no
    pool to wait for, and none of the request engine's hooks (on SQLite every request
    transaction begins IMMEDIATE, i.e. waits for the write lock)."""
    engine = current_app.extensions.get("readyz_engine")
    if engine is None:
        url = current_app.config["SQLALCHEMY_DATABASE_URI"]
        seconds = READYZ_TIMEOUT_SECONDS
        if url.startswith("sqlite"):
            connect_args = {"timeout": seconds}
        else:
            connect_args = {
                "connect_timeout": seconds,
                "options": f"-c statement_timeout={seconds * 1000}",
            }
        engine = create_engine(url, poolclass=NullPool, connect_args=connect_args)
        current_app.extensions["readyz_engine"] = engine
    return engine


@bp.get("/readyz")
@limiter.exempt
def readyz():
    try:
        with _probe_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure means "not ready"
        current_app.logger.warning("readiness check failed: %s", type(exc).__name__)
        return jsonify(status="unavailable", database="unavailable"), 503
    return jsonify(status="ok", database="ok")


@functools.lru_cache(maxsize=256)
def _content_hash(path: Path, mtime_ns: int, size: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def _static_version(static_folder: str, filename: str) -> str:
    # Content hash in the URL lets browsers cache static files for a year; keyed by the
    # file's mtime and size, so a rebuilt file gets a new URL without a restart.
    path = Path(static_folder) / filename
    stat = path.stat()
    return _content_hash(path, stat.st_mtime_ns, stat.st_size)


def static_url(filename: str) -> str:
    version = _static_version(current_app.static_folder, filename)
    return url_for("static", filename=filename, v=version)


def has_endpoint(endpoint: str) -> bool:
    return endpoint in current_app.view_functions


def profile():
    return current_app.extensions["municipality"]


def template_context() -> dict:
    lang = current_lang()
    return {
        "profile": profile(),
        "lang": lang,
        "t": lambda value: localized(value, lang),
        "languages": current_app.config["LANGUAGES"],
    }


def buffer_static_text(response):
    """Static files are streamed; buffer the small text ones so the compressor can compress
    them once and serve them from its cache (runs before Flask-Compress's hook)."""
    if (
        request.endpoint == "static"
        and response.status_code == 200
        and response.mimetype in current_app.config["COMPRESS_MIMETYPES"]
        and response.is_streamed
    ):
        response.direct_passthrough = False
        response.set_data(response.get_data())
    return response


def init_app(app) -> None:
    from portal import page_cache

    page_cache.init_app(app)  # the public pages, answered in front of Flask
    app.after_request(buffer_static_text)
    app.register_blueprint(bp)
    app.context_processor(template_context)
    app.jinja_env.globals.update(static_url=static_url, has_endpoint=has_endpoint)
