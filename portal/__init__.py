"""Tidlig indsats: the application factory (Flask tutorial style)."""

import logging
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from portal import db as portal_db
from portal import errors, i18n, logs, security
from portal.config import Config
from portal.crypto import make_keyring
from portal.extensions import babel, compress, csrf, db, limiter, migrate
from portal.municipality import load_profile

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict | None = None) -> Flask:
    """Build the app from the environment; `config` overrides (tests use it)."""
    app = Flask(__name__, instance_path=str(ROOT / "instance"), instance_relative_config=True)
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
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    babel.init_app(
        app,
        locale_selector=i18n.select_locale,
        default_translation_directories=str(ROOT / "translations"),
    )
    csrf.init_app(app)
    compress.init_app(app)
    limiter.init_app(app)
    i18n.init_app(app)
    security.init_app(app)
    errors.init_app(app)

    from portal import views_common
    from portal.chat import bp as chat_bp
    from portal.citizen import bp as citizen_bp
    from portal.screening_api import bp as screening_api_bp
    from portal.staff import bp as staff_bp

    views_common.init_app(app)
    app.register_blueprint(citizen_bp)
    app.register_blueprint(screening_api_bp)
    app.register_blueprint(chat_bp)
    app.register_blueprint(staff_bp)

    from portal import cli

    cli.init_app(app)
    logging.getLogger(__name__).debug("app created for %s", app.config["PORTAL_MUNICIPALITY"])
    return app
