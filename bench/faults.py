"""Faults: PostgreSQL stopped mid-load and started again; SMTP down; the action server
killed mid-conversation. Each prints what the citizen saw and checks that no accepted
application was lost."""

from __future__ import annotations

import tempfile
import threading
import time

import requests

from bench import journey, load, servers


def postgres_restart(
    urls: list[str], database_url: str, pg_folder: str, count: int, outage_seconds: float = 3.0
) -> tuple[dict, list[str]]:
    results: list[journey.Result] = []

    def citizens():
        results.extend(load.run_citizens(urls, count, concurrency=10, retries=30))

    worker = threading.Thread(target=citizens)
    worker.start()
    time.sleep(1.0)  # let the first journeys get going before the database goes away
    servers.stop_postgres(pg_folder)
    # What a citizen sees while the database is down:
    during = requests.get(urls[0] + "/readyz", timeout=10)
    page = requests.get(urls[0] + "/check", timeout=10)
    time.sleep(outage_seconds)
    servers.start_postgres_again(pg_folder)
    worker.join()
    # A citizen who hit the outage tries again afterwards: the journey works again.
    after = journey.run(urls, 10_000)
    figures = load.database_figures(database_url)
    summary = load.check(results + [after], figures)
    hit = [r for r in results if r.problems]
    saw = sorted({p.split(": ", 1)[1] for r in hit for p in r.problems})
    summary["journeys_hit_by_outage"] = len(hit)
    summary["finished_after_retry"] = sum(r.ok for r in hit)
    lines = [
        f"PostgreSQL stopped for {outage_seconds:.0f} s during {count} journeys: "
        f"{len(hit)} citizens met the outage, {summary['finished_after_retry']} of them "
        f"finished by trying again without re-entering anything; {summary['accepted']} "
        f"receipts, {summary['accepted_but_missing']} accepted applications lost, "
        f"{summary['half_written']} half-written",
        f"  during the outage: /readyz {during.status_code}, a page answered {page.status_code}",
        f"  citizens saw: {saw[:3] or ['nothing unusual']}",
        f"  a journey after the restart: {'receipt ' + after.reference if after.ok else 'failed'}",
    ]
    summary["readyz_during_outage"] = during.status_code
    summary["after_restart_ok"] = after.ok
    return summary, lines


def smtp_down(url: str, database_url: str) -> tuple[dict, list[str]]:
    """The portal's SMTP_URL points at a closed port: the application must still be saved."""
    result = journey.run([url], 20_000, email="borger@example.org")
    figures = load.database_figures(database_url)
    saved = result.ok and result.reference in figures["references"]
    lines = [
        f"SMTP down: receipt {'shown' if result.ok else 'NOT shown'}, application "
        f"{'saved' if saved else 'LOST'}; the receipt page said: {result.mail_notice or '-'}",
    ]
    return {"receipt": result.ok, "saved": saved, "mail_notice": result.mail_notice}, lines


def _chat(session: requests.Session, url: str, message: str) -> str:
    response = session.post(
        url + "/chat/webhook",
        json={"sender": "fault-run", "message": message, "metadata": {"lang": "da"}},
        timeout=30,
    )
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    return " / ".join(m.get("text", "") for m in response.json())


def action_server_killed() -> tuple[dict, list[str]]:
    """A conversation through the HTTP action server; the server is killed mid-way."""
    folder = tempfile.mkdtemp(prefix="bench-chat-")
    db_url = f"sqlite:///{folder}/chat.sqlite3"
    actions = servers.action_server(servers.base_env(DATABASE_URL=db_url))
    env = servers.base_env(
        DATABASE_URL=db_url, RATELIMIT_ENABLED="false", ACTION_SERVER_URL=actions.url + "/webhook"
    )
    servers.migrate(env)
    portal = servers.gunicorn("wsgi:app", env, workers=1, threads=2)
    session = requests.Session()
    try:
        before = _chat(session, portal.url, "Hvad koster det?")
        actions.kill_group()
        during = _chat(session, portal.url, "Hvor foregår det?")
        page = session.get(portal.url + "/chat", timeout=30)
    finally:
        portal.stop()
        actions.stop()
    polite = "HTTP" not in during and "Traceback" not in during and page.status_code == 200
    lines = [
        f"action server killed mid-conversation: before: {before[:90]!r}",
        f"  after: {during[:200]!r}",
        f"  the chat page still answers {page.status_code}; "
        f"{'a polite message, no error page' if polite else 'NOT polite'}",
    ]
    return {"before": before, "after": during, "polite": polite}, lines
