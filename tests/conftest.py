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


# The PostgreSQL pass of scripts/run-tests (--database-tests-only) runs the tests that use
# the suite's database (the db_url fixture, through app, client or make_app) and those marked
# postgres (they start a PostgreSQL of their own on that pass). The rest (classifiers,
# screening rules, bot actions, texts) never reach a database: they ran in the SQLite pass
# and a second run on the same code would only repeat them.
def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="leave out tests that use no database (scripts/run-tests' PostgreSQL pass)",
    )


def uses_database(item) -> bool:
    return "db_url" in item.fixturenames or item.get_closest_marker("postgres") is not None


@pytest.hookimpl(trylast=True)  # after -m has chosen
def pytest_collection_modifyitems(config, items):
    if config.getoption("database_tests_only"):
        kept = [item for item in items if uses_database(item)]
        if len(kept) < len(items):
            config.hook.pytest_deselected(items=[i for i in items if not uses_database(i)])
            items[:] = kept
    _check_groups(config, items)


# scripts/run-tests runs xdist with --dist loadgroup so that tests marked xdist_group (the
# production guide's one stack of processes) stay on one worker. xdist tells the controller
# a test's group by appending "@group" to its node id on the worker; pytest 9.2 ignores that
# write (pytest-dev/pytest-xdist#1386) and the group spreads over the workers without a word,
# each building its own stack. Such a test fails instead, before its fixtures start.
_ungrouped = pytest.StashKey[str]()


def _check_groups(config, items):
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        if item.get_closest_marker("xdist_group") and "@" not in item.nodeid.rpartition("]")[2]:
            item.stash[_ungrouped] = (
                f"--dist loadgroup did not take effect: pytest {pytest.__version__} with this "
                "pytest-xdist drops the group, so this test could run on any worker; install "
                "the versions pyproject.toml asks for (.venv/bin/pip install -e '.[test]')"
            )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if _ungrouped in item.stash:
        pytest.fail(item.stash[_ungrouped], pytrace=False)


# What a run leaves out (the PostgreSQL pass of scripts/run-tests leaves out the browser
# and system tests and those that use no database), said at the end instead of a bare
# "N deselected". Under xdist the workers collect: they hand their counts to the controller.
LEFT_OUT_MARKERS = ("browser", "system")
LEFT_OUT_KINDS = (*LEFT_OUT_MARKERS, "database-free", "other")
_left_out_key = pytest.StashKey[dict]()


def pytest_deselected(items):
    if not items:
        return
    config = items[0].config
    counts = config.stash.setdefault(_left_out_key, {})
    for item in items:
        kind = next((m for m in LEFT_OUT_MARKERS if item.get_closest_marker(m)), None)
        if kind is None:
            free = config.getoption("database_tests_only") and not uses_database(item)
            kind = "database-free" if free else "other"
        counts[kind] = counts.get(kind, 0) + 1


def pytest_sessionfinish(session):
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["left_out"] = session.config.stash.get(_left_out_key, {})


@pytest.hookimpl(optionalhook=True)  # an xdist hook
def pytest_testnodedown(node, error):
    counts = getattr(node, "workeroutput", {}).get("left_out")
    if counts:
        node.config.stash[_left_out_key] = counts  # every worker collects the same


def pytest_terminal_summary(terminalreporter, config):
    counts = config.stash.get(_left_out_key, {})
    chose = config.option.markexpr or config.getoption("database_tests_only")
    if not counts or not chose:  # -k alone: pytest's own count says it
        return
    parts = [f"{counts[k]} {k}" for k in LEFT_OUT_KINDS if counts.get(k)]
    how = " and ".join(
        text
        for text in (
            config.option.markexpr and f"-m {config.option.markexpr!r}",
            config.getoption("database_tests_only") and "--database-tests-only",
        )
        if text
    )
    where = ""
    if BACKEND != "sqlite" and "other" not in counts:
        where = "; scripts/run-tests runs them in its SQLite pass"
    terminalreporter.write_line(
        f"Left out by {how} on {BACKEND}: {', '.join(parts)} tests{where}.", bold=True
    )
