"""Faults: PostgreSQL stopped mid-load and started again; SMTP down; the action server
killed mid-conversation. Each prints what the citizen saw and checks that no accepted
application was lost."""

from __future__ import annotations

import tempfile
import threading
import time
from urllib.parse import urlsplit

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


# --- hanging dependencies: they accept connections and never answer -----------------------


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


class _HealthzSampler:
    """GET /healthz over and over while something else runs; keeps each latency."""

    def __init__(self, url: str):
        self.url = url + "/healthz"
        self.latencies: list[float] = []
        self.failures = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        session = requests.Session()
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                ok = session.get(self.url, timeout=60).status_code == 200
            except requests.RequestException:
                ok = False
            self.latencies.append(time.monotonic() - started)
            self.failures += not ok
            self._stop.wait(0.1)

    def __enter__(self) -> _HealthzSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(70)


def _in_parallel(tasks) -> list[tuple[float, object]]:
    """Run the callables at once; (seconds, result) of each."""
    out: list = [None] * len(tasks)
    barrier = threading.Barrier(len(tasks))

    def run(index, task):
        barrier.wait()
        started = time.monotonic()
        result = task()
        out[index] = (time.monotonic() - started, result)

    threads = [threading.Thread(target=run, args=(i, t)) for i, t in enumerate(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    return out


def _seconds(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f} s" if values else "-"


def hanging_smtp(url: str, database_url: str, citizens: int = 6) -> tuple[dict, list[str]]:
    """The portal's SMTP_URL points at a server that accepts and never answers; `citizens`
    submit at the same time (each prepared up to the check page first)."""
    prepared = [
        journey.run([url], 30_000 + n, email=f"borger{n}@example.org", stop_before_submit=True)
        for n in range(citizens)
    ]

    def submit(p: dict):
        def task():
            session = requests.Session()
            host = urlsplit(url).hostname
            for name, value in p["cookies"].items():
                # The host's own cookie, so the receipt's Set-Cookie replaces it.
                session.cookies.set(name, value, domain=host, path="/")
            response = session.post(
                url + "/apply/check",
                data={"csrf_token": p["csrf_token"], "idempotency_key": p["key"], "confirmed": "y"},
                timeout=120,
            )
            found = journey.REFERENCE.search(response.text)
            return found.group(0) if response.status_code == 200 and found else None

        return task

    with _HealthzSampler(url) as health:
        timed = _in_parallel([submit(r.prepared) for r in prepared if r.ok])
    seconds = [t for t, _ in timed]
    references = [r for _, r in timed if r]
    figures = load.database_figures(database_url)
    saved = sum(ref in figures["references"] for ref in references)
    summary = {
        "receipts": len(references),
        "saved": saved,
        "receipt_seconds": seconds,
        "healthz_seconds_max": max(health.latencies, default=0.0),
        "healthz_seconds_p50": _percentile(health.latencies, 0.5),
        "healthz_samples": len(health.latencies),
        "healthz_failures": health.failures,
    }
    lines = [
        f"SMTP hangs (accepts, never answers): {citizens} submissions at once: "
        f"{len(references)} receipts in {_seconds(seconds)} (target under 3 s), "
        f"{saved} applications saved",
        f"  /healthz meanwhile: {len(health.latencies)} requests, p50 "
        f"{summary['healthz_seconds_p50'] * 1000:.0f} ms, max "
        f"{summary['healthz_seconds_max'] * 1000:.0f} ms (target under 1 s), "
        f"{health.failures} failed",
    ]
    return summary, lines


def hanging_action_server(turns: int = 6) -> tuple[dict, list[str]]:
    """ACTION_SERVER_URL points at a server that accepts and never answers; `turns` chat
    turns (each its own citizen) at once, on SQLite (one writer at a time)."""
    from tests.support.smtp import HangingServer

    folder = tempfile.mkdtemp(prefix="bench-hang-")
    db_url = f"sqlite:///{folder}/chat.sqlite3"
    with HangingServer() as hang:
        env = servers.base_env(
            DATABASE_URL=db_url,
            RATELIMIT_ENABLED="false",
            ACTION_SERVER_URL=f"http://127.0.0.1:{hang.port}/webhook",
        )
        servers.migrate(env)
        portal = servers.gunicorn("wsgi:app", env, workers=2, threads=4)
        try:

            def turn():
                answer = _chat(requests.Session(), portal.url, "Hvad koster det?")
                return "HTTP" not in answer and "kan ikke svare lige nu" in answer

            with _HealthzSampler(portal.url) as health:
                timed = _in_parallel([turn] * turns)
        finally:
            portal.stop()
    seconds = [t for t, _ in timed]
    polite = sum(bool(ok) for _, ok in timed)
    summary = {
        "turn_seconds": seconds,
        "polite_answers": polite,
        "healthz_seconds_max": max(health.latencies, default=0.0),
        "healthz_seconds_p50": _percentile(health.latencies, 0.5),
        "healthz_failures": health.failures,
    }
    lines = [
        f"action server hangs (accepts, never answers): {turns} chat turns at once came back "
        f"in {_seconds(seconds)}, sorted: "
        + ", ".join(f"{s:.1f}" for s in sorted(seconds))
        + f" s; {polite} got the polite 'try again, or call us' answer",
        f"  /healthz meanwhile: {len(health.latencies)} requests, p50 "
        f"{summary['healthz_seconds_p50'] * 1000:.0f} ms, max "
        f"{summary['healthz_seconds_max'] * 1000:.0f} ms (target under 1 s), "
        f"{health.failures} failed",
    ]
    return summary, lines
