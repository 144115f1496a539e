"""Short versions of the load, fault, multi-instance and accessibility runs of `bench/`.
They check correctness (nothing lost, the right pages shown), not timing. Each starts real
processes: gunicorn as in production, PostgreSQL, the rasa-sdk action server, Chromium."""

import json
import shutil
import subprocess
import sys

import pytest

from bench import faults, load, multi, servers
from tests.support.databases import missing

pytestmark = pytest.mark.system


@pytest.fixture
def postgres():
    try:
        with servers.postgres_server() as (url, folder):
            yield url, folder
    except Exception as exc:  # noqa: BLE001 - no PostgreSQL on this machine
        missing(f"PostgreSQL could not start: {exc}")


def portal(db_url: str, **env):
    environment = servers.base_env(DATABASE_URL=db_url, RATELIMIT_ENABLED="false", **env)
    servers.migrate(environment)
    return servers.gunicorn("wsgi:app", environment, workers=2, threads=4)


def test_load_loses_nothing(postgres):
    db_url, _ = postgres
    server = portal(db_url)
    try:
        summary, _lines = load.run([server.url], db_url, 16)
    finally:
        server.stop()
    assert summary["accepted"] == 16
    assert summary["cases_in_db"] == 16
    assert summary["unique_references"] == 16
    assert summary["accepted_but_missing"] == 0
    assert summary["half_written"] == 0


def test_postgres_restart_and_smtp_down_lose_nothing(postgres):
    db_url, folder = postgres
    server = portal(
        db_url, SMTP_URL=f"smtp://127.0.0.1:{servers.free_port()}", SMTP_FROM="noreply@example.org"
    )
    try:
        smtp, _ = faults.smtp_down(server.url, db_url)
        restart, _ = faults.postgres_restart([server.url], db_url, folder, 8, outage_seconds=2)
    finally:
        server.stop()
    assert smtp["receipt"] and smtp["saved"]
    assert "e-mail" in smtp["mail_notice"]
    assert restart["readyz_during_outage"] == 503
    assert restart["accepted_but_missing"] == 0
    assert restart["half_written"] == 0
    assert restart["after_restart_ok"]
    # Every case in the database was confirmed to a citizen (+1: the SMTP-down application).
    assert restart["cases_in_db"] == restart["accepted"] + 1


def test_action_server_killed_gives_a_polite_answer():
    summary, _ = faults.action_server_killed()
    assert summary["polite"]
    assert "79 75 58 20" in summary["after"]


def test_two_instances_share_one_journey(postgres):
    db_url, _ = postgres
    environment = servers.base_env(DATABASE_URL=db_url, RATELIMIT_ENABLED="false")
    servers.migrate(environment)
    a = servers.gunicorn("wsgi:app", environment, workers=1, threads=2, name="a")
    b = servers.gunicorn("wsgi:app", environment, workers=1, threads=2, name="b")
    try:
        summary, _ = multi.run([a.url, b.url], db_url, citizens=2)
    finally:
        a.stop()
        b.stop()
    assert summary["accepted"] == 2
    assert summary["accepted_but_missing"] == 0


def test_accessibility_crawl_finds_no_violations(tmp_path):
    if not shutil.which("chromium") and not shutil.os.path.exists("/usr/bin/chromium"):
        missing("Chromium not found")
    # Its own process: Playwright's sync API cannot start inside the browser tests' loop.
    out = tmp_path / "crawl.json"
    crawl = subprocess.run(
        [sys.executable, "-m", "bench", "a11y", "--quick", "--results", str(out)],
        cwd=servers.ROOT,
        capture_output=True,
        text=True,
        timeout=1200,  # a bound for a busy 2-core CI machine, not a timing check
    )
    assert crawl.returncode == 0, crawl.stderr[-4000:]
    result = json.loads(out.read_text())["a11y"]
    assert result["pages_checked"] > 40
    assert any(r.startswith("/staff/cases/") for r in result["routes"])
    assert result["violations"] == []
