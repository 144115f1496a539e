"""bench/speed.py's later questionnaire step does what its figure claims: under wrk with
bench/wrk/visitors.lua each request is an existing visitor's step that changes the stored
answer (a read and a write of that visitor's row), and no request makes a new visitor.
Counted in PostgreSQL with a trigger on writes of the answers column; not a timing test."""

import json

import psycopg
import pytest
from cryptography.fernet import Fernet

from bench import servers, speed
from tests.support.databases import missing

pytestmark = pytest.mark.system

VISITORS = 4
CONNECTIONS = 2  # one per wrk thread: never two requests of a thread on one row at once

TRIGGER = """
CREATE TABLE answer_writes (n bigserial PRIMARY KEY, visitor_id text, answers text);
CREATE FUNCTION log_answer_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO answer_writes (visitor_id, answers) VALUES (NEW.id, NEW.answers);
  RETURN NEW;
END $$;
CREATE TRIGGER answer_written AFTER UPDATE OF answers ON visitor_state
  FOR EACH ROW EXECUTE FUNCTION log_answer_write();
"""


@pytest.fixture(scope="module")
def postgres():
    try:
        with servers.postgres_server() as (url, folder):
            yield url, folder
    except Exception as exc:  # noqa: BLE001 - no PostgreSQL on this machine
        missing(f"PostgreSQL could not start: {exc}")


@pytest.fixture(scope="module")
def portal(postgres):
    url, _ = postgres
    env = servers.base_env(DATABASE_URL=url, RATELIMIT_ENABLED="false")
    servers.migrate(env)
    with _connect(url, autocommit=True) as connection:
        connection.execute(TRIGGER)
    server = servers.gunicorn("wsgi:app", env, workers=2, threads=2)
    try:
        yield server, url, Fernet(env["PORTAL_DATA_KEY"].encode())
    finally:
        server.stop()


def _connect(url: str, **options) -> psycopg.Connection:
    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), **options)


def _visitor_rows(url: str) -> int:
    with _connect(url) as connection:
        return connection.execute("SELECT count(*) FROM visitor_state").fetchone()[0]


def _writes(url: str, fernet: Fernet) -> list[tuple[str, dict]]:
    with _connect(url) as connection:
        rows = connection.execute("SELECT visitor_id, answers FROM answer_writes ORDER BY n")
        return [(vid, json.loads(fernet.decrypt(token.encode()))) for vid, token in rows]


def test_each_request_changes_an_existing_visitors_answer(portal):
    server, url, fernet = portal
    rows_before = _visitor_rows(url)
    visitors = speed._later_step_visitors(server.url, VISITORS)
    before = len(_writes(url, fernet))  # the answers given while making the visitors

    figures = speed._later_step(server.url, visitors, seconds=2, connections=CONNECTIONS)

    assert figures["bad_status"] == 0  # a refused CSRF token or cookie would show here
    assert figures["socket_errors"] == 0
    assert figures["requests"] >= 5 * VISITORS  # each visitor stepped several times
    writes = _writes(url, fernet)[before:]
    # Every answered request wrote a changed answer; requests still in flight when wrk
    # stopped were answered by the server without being counted by wrk.
    assert figures["requests"] <= len(writes) <= figures["requests"] + CONNECTIONS
    assert _visitor_rows(url) == rows_before + VISITORS  # no request made a new visitor
    by_visitor: dict[str, list[str]] = {}
    for visitor_id, answers in writes:
        by_visitor.setdefault(visitor_id, []).append(answers.pop(speed.LATER_STEP))
        assert answers == {qid: ([c] if qid == "areas" else c) for qid, c in speed.ANSWERED_BEFORE}
    assert len(by_visitor) == VISITORS  # every visitor took part
    for stored in by_visitor.values():
        # The two answers in turn: the script's bodies alternate for each visitor.
        assert all(a != b for a, b in zip(stored, stored[1:], strict=False))
        # (wrk calls request() once more before the run, so one visitor starts on the second)
        assert set(stored) == set(speed.LATER_CODES)


def test_a_new_visitors_step_makes_a_row_per_request(portal):
    """The first-step scenario kept beside it: each request is a new visitor."""
    server, url, _ = portal
    rows_before = _visitor_rows(url)
    cookie, token = speed._step_session(server.url)
    figures = speed.wrk(
        server.url + "/check/urgent",
        method="POST",
        seconds=1,
        connections=CONNECTIONS,
        headers={"Content-Type": speed.FORM, "Cookie": cookie},
        body=f"csrf_token={token}&urgent=no",
    )
    assert figures["bad_status"] == 0
    made = _visitor_rows(url) - rows_before
    assert figures["requests"] <= made <= figures["requests"] + CONNECTIONS
