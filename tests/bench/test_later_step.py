"""bench/speed.py's later questionnaire step does what its figure claims: under wrk with
bench/wrk/visitors.lua each request is an existing visitor's step (the answers given before
come with the request, sealed in its answers cookie) that records the step's answer, and
no request touches the database (a step keeps no visitor row: portal/services/visitor.py).
Checked by replaying a visitor's requests and opening the cookie the portal sends back,
and by counting visitor rows in PostgreSQL around a wrk run; not a timing test."""

import json

import psycopg
import pytest
import requests
from cryptography.fernet import Fernet

from bench import servers, speed
from portal.services.visitor import ANSWERS_COOKIE
from tests.support.databases import missing

pytestmark = pytest.mark.system

VISITORS = 4
CONNECTIONS = 2


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
    server = servers.gunicorn("wsgi:app", env, workers=2, threads=2)
    try:
        yield server, url, env
    finally:
        server.stop()


def _visitor_rows(url: str) -> int:
    url = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as connection:
        return connection.execute("SELECT count(*) FROM visitor_state").fetchone()[0]


def _answers_in(response: requests.Response, env: dict) -> dict:
    """The answers sealed in the answers cookie the portal sends back (the only cookie a
    step sets: the session is unchanged)."""
    names = [c.split("=", 1)[0] for c in response.raw.headers.getlist("Set-Cookie")]
    assert names == [ANSWERS_COOKIE]
    sealed = response.cookies[ANSWERS_COOKIE].encode()
    return json.loads(Fernet(env["PORTAL_DATA_KEY"].encode()).decrypt(sealed))


def test_each_request_is_an_existing_visitors_later_step(portal):
    server, url, env = portal
    rows_before = _visitor_rows(url)
    visitors = speed._later_step_visitors(server.url, VISITORS)
    before = {qid: ([c] if qid == "areas" else c) for qid, c in speed.ANSWERED_BEFORE}
    for line in visitors:
        cookie, *bodies = line.split("\t")
        assert len(bodies) == len(speed.LATER_CODES)
        for body, code in zip(bodies, speed.LATER_CODES, strict=True):
            # What visitors.lua sends: the visitor's cookie and one of its bodies.
            response = requests.post(
                f"{server.url}/check/{speed.LATER_STEP}",
                data=body,
                headers={"Cookie": cookie, "Content-Type": speed.FORM},
                allow_redirects=False,
                timeout=10,
            )
            assert response.status_code == 302, response.text[:300]
            assert _answers_in(response, env) == {
                **before,
                speed.LATER_STEP: code,
            }

    figures = speed._later_step(server.url, visitors, seconds=2, connections=CONNECTIONS)

    assert figures["bad_status"] == 0  # a refused CSRF token or cookie would show here
    assert figures["socket_errors"] == 0
    assert figures["requests"] >= 5 * VISITORS  # each visitor stepped several times
    assert _visitor_rows(url) == rows_before  # the steps wrote no row


def test_a_new_visitors_first_step_writes_no_row_either(portal):
    """The first-step scenario kept beside it: each request is a new visitor."""
    server, url, env = portal
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
    assert figures["bad_status"] == 0 and figures["requests"] > 0
    assert _visitor_rows(url) == rows_before
