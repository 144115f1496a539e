"""The Alembic migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import create_engine, text

from portal import create_app
from portal.extensions import db
from tests.conftest import make_config


def _fresh_url(db_url, tmp_path):
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'migrations.sqlite3'}"
    server = db_url.rsplit("/", 1)[0]
    name = db_url.rsplit("/", 1)[1] + "_migrations"
    engine = create_engine(server + "/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return f"{server}/{name}"


def test_models_and_migrations_do_not_drift(db_url, tmp_path):
    url = _fresh_url(db_url, tmp_path)
    app = create_app(make_config(url))
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata
            )
        db.engine.dispose()
    assert diff == [], f"models and migrations differ: {diff}"
