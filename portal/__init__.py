"""Tidlig indsats: the application factory (Flask tutorial style)."""

import logging
import os
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from portal import catalogues, errors, i18n, logs, security
from portal import db as portal_db
from portal.config import Config
from portal.crypto import make_keyring
from portal.extensions import babel, compress, csrf, db, limiter, migrate
from portal.municipality import load_profile

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
# A source checkout has pyproject.toml beside portal/; an installed package does not.
IN_SOURCE_TREE = (ROOT / "pyproject.toml").is_file()


def _instance_path() -> str:
    configured = os.environ.get("PORTAL_INSTANCE_PATH")
    if configured:
        return os.path.abspath(configured)
    return str((ROOT if IN_SOURCE_TREE else Path.cwd()) / "instance")


def _migrations_dir() -> str:
    return str(ROOT / "migrations" if IN_SOURCE_TREE else PACKAGE / "_migrations")


def create_app(config: dict | None = None) -> Flask:
    """Build the app from the environment; `config` overrides (tests use it)."""
    app = Flask(__name__, instance_path=_instance_path(), instance_relative_config=True)
    app.config.update(Config.from_env(app.instance_path))
    if config:
        app.config.update(config)

    logs.init_app(app)
    app.extensions["portal_keyring"] = make_keyring(app.config["PORTAL_DATA_KEY"])
    app.extensions["municipality"] = load_profile(app.config["PORTAL_MUNICIPALITY"])
    if app.config["TRUST_PROXY"]:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)

    db.init_app(app)
    portal_db.init_app(app, db)
    migrate.init_app(app, db, directory=_migrations_dir())
    babel.init_app(
        app,
        locale_selector=i18n.select_locale,
        # Fails the start (CatalogueError) rather than serve English on a Danish page.
        default_translation_directories=str(catalogues.directory()),
    )
    csrf.init_app(app)
    compress.init_app(app)
    limiter.init_app(app)
    i18n.init_app(app)
    security.init_app(app)
    errors.init_app(app)

    from portal import api_spec, views_common
    from portal.chat import bp as chat_bp
    from portal.citizen import bp as citizen_bp
    from portal.screening_api import bp as screening_api_bp
    from portal.services import outbox, visitor
    from portal.staff import bp as staff_bp

    views_common.init_app(app)
    visitor.init_app(app)  # the sealed answers' cookie, written after the view
    outbox.init_app(app)  # the background e-mail sender (with SMTP_URL)
    app.register_blueprint(citizen_bp)
    app.register_blueprint(screening_api_bp)
    app.register_blueprint(api_spec.bp)
    app.register_blueprint(chat_bp)
    app.register_blueprint(staff_bp)

    from portal import cli

    cli.init_app(app)
    logging.getLogger(__name__).debug("app created for %s", app.config["PORTAL_MUNICIPALITY"])
    return app
