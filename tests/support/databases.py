"""Which database the suite runs on (TEST_DATABASE=sqlite|postgresql) and a fresh one per
xdist worker. In CI a missing PostgreSQL fails the run instead of skipping."""

import os
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

BACKEND = os.environ.get("TEST_DATABASE", "sqlite")


def missing(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must not skip this)", pytrace=False)
    pytest.skip(reason)


def worker_id() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def database_url(tmp_root: Path) -> str:
    if BACKEND == "sqlite":
        return f"sqlite:///{tmp_root / f'test_{worker_id()}.sqlite3'}"
    server = os.environ.get("TEST_POSTGRES_URL")
    if not server:
        missing("TEST_POSTGRES_URL not set: run the suite with scripts/run-tests")
    name = f"ti_test_{worker_id()}"
    engine = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def fresh_tmp_root() -> Path:
    return Path(tempfile.mkdtemp(prefix="ti-tests-"))
