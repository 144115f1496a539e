"""Shared fixtures: an app on the suite's database (SQLite or PostgreSQL), its client, and
a clean database for every test. Area-specific fixtures live next to their tests."""

import shutil

import pytest
from cryptography.fernet import Fernet

from portal import create_app
from portal.extensions import db
from tests.support.databases import BACKEND, database_url, fresh_tmp_root

DATA_KEY = Fernet.generate_key().decode()


@pytest.fixture(scope="session")
def tmp_root():
    root = fresh_tmp_root()
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def db_url(tmp_root):
    return database_url(tmp_root)


def make_config(db_url: str, **overrides) -> dict:
    config = {
        "TESTING": True,
        "ENV": "testing",
        "SECRET_KEY": "test-secret",
        "PORTAL_DATA_KEY": DATA_KEY,
        "SQLALCHEMY_DATABASE_URI": db_url,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "SERVER_NAME": None,
    }
    if db_url.startswith("postgresql"):
        config["SQLALCHEMY_ENGINE_OPTIONS"] = {
            "pool_pre_ping": True,
            "pool_size": 20,
            "max_overflow": 20,
        }
    else:
        config["SQLALCHEMY_ENGINE_OPTIONS"] = {"connect_args": {"timeout": 30}}
    config.update(overrides)
    return config


@pytest.fixture(scope="session")
def _schema(db_url):
    """Create the tables once per worker (the migration is tested on its own)."""
    app = create_app(make_config(db_url))
    with app.app_context():
        db.drop_all()
        db.create_all()
        db.engine.dispose()
    return True


def _empty_all_tables(app) -> None:
    with app.app_context():
        db.session.remove()
        with db.engine.begin() as conn:
            for table in reversed(db.metadata.sorted_tables):
                conn.execute(table.delete())
        db.engine.dispose()


@pytest.fixture
def make_app(db_url, _schema, monkeypatch):
    """make_app(municipality="vordingborg", SOME_SETTING=...) -> a fresh app on a clean DB."""
    monkeypatch.setenv("PORTAL_ENV", "testing")
    made = []

    def factory(municipality: str = "hedensted", **overrides):
        app = create_app(make_config(db_url, PORTAL_MUNICIPALITY=municipality, **overrides))
        made.append(app)
        return app

    yield factory
    if made:
        _empty_all_tables(made[0])


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(params=["hedensted", "vordingborg"])
def municipality(request):
    return request.param


def pytest_report_header(config):
    return f"database backend: {BACKEND}"
