"""Requests/s and latency (p50/p95/p99) under wrk for the offer page, a questionnaire step
and a chat turn (in-process actions and via the rasa-sdk action server), and under Locust
for an application submission; each against a bare Flask hello-world served by the same
gunicorn settings in the same run. Memory: peak RSS per gunicorn worker."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from bench import journey, servers
from bench.load_generator import wrk

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
# None: gunicorn.conf.py as in production (2 × cores + 1 workers, 2 threads each).
WORKERS, THREADS, CONNECTIONS = None, 2, 20
FORM = "application/x-www-form-urlencoded"


def _step_session(url: str) -> tuple[str, str]:
    """A visitor session at the first question: its cookie and CSRF token."""
    session = requests.Session()
    page = session.get(url + "/check/urgent")
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    return cookie, CSRF.search(page.text).group(1)


def _chat_body(message: str) -> str:
    return json.dumps({"sender": "bench", "message": message, "metadata": {"lang": "da"}})


def _locust_submit(url: str, users: int, submissions: int) -> dict:
    """Prepare `submissions` applications up to the check page, then let `users` Locust
    users submit them as fast as they can: the figures are for the submission alone."""
    with ThreadPoolExecutor(max_workers=10) as pool:
        prepared = list(pool.map(lambda n: journey.prepare([url], n), range(submissions)))
    folder = Path(tempfile.mkdtemp(prefix="bench-locust-"))
    (folder / "prepared.json").write_text(json.dumps(prepared))
    env = dict(servers.base_env(), BENCH_SUBMISSIONS=str(folder / "prepared.json"))
    subprocess.run(
        [
            str(Path(servers.PYTHON).parent / "locust"),
            "-f",
            str(Path(__file__).parent / "locustfile.py"),
            "Submitter",
            "--headless",
            "-u",
            str(users),
            "-r",
            str(users),
            "-t",
            f"{max(10, submissions // 10)}s",  # enough to send them all; then it ends
            "--stop-timeout",
            "5",
            "--host",
            url,
            "--csv",
            str(folder / "run"),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        cwd=servers.ROOT,
        env=env,
        check=False,  # exit 1 means some requests failed: the figures say how many
        capture_output=True,
        timeout=300,
    )
    with open(folder / "run_stats.csv") as fh:
        row = next(r for r in csv.DictReader(fh) if r["Name"] == "submit")
    return {
        "requests": int(row["Request Count"]),
        "failures": int(row["Failure Count"]),
        "rps": float(row["Requests/s"]),
        "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]),
        "p99_ms": float(row["99%"]),
    }


def _scenarios(portal: servers.Process, seconds: int) -> dict:
    url = portal.url
    figures = {"offer page": wrk(url + "/", seconds=seconds, connections=CONNECTIONS)}
    cookie, token = _step_session(url)
    figures["questionnaire step"] = wrk(
        url + "/check/urgent",
        method="POST",
        seconds=seconds,
        connections=CONNECTIONS,
        headers={"Content-Type": FORM, "Cookie": cookie},
        body=f"csrf_token={token}&urgent=no",
    )
    chat = {
        "method": "POST",
        "headers": {"Content-Type": "application/json"},
        "body": _chat_body("Hvad koster det?"),
    }
    figures["chat turn (in-process actions)"] = wrk(
        url + "/chat/webhook", seconds=seconds, connections=CONNECTIONS, **chat
    )
    # One citizen at a time: the latency of a turn itself, without queueing behind others.
    figures["chat turn, one citizen (in-process)"] = wrk(
        url + "/chat/webhook", seconds=seconds, connections=1, threads=1, **chat
    )
    return figures


def _print(name: str, f: dict, hello_rps: float) -> None:
    print(
        f"  {name:<34} {f['rps']:>8.0f} req/s ({f['rps'] / hello_rps:.2f}× hello)  "
        f"p50 {f['p50_ms']:.1f} ms  p95 {f['p95_ms']:.1f} ms  p99 {f['p99_ms']:.1f} ms"
        + (
            f"  errors {f.get('bad_status', 0) + f.get('socket_errors', 0)}"
            if f.get("bad_status") or f.get("socket_errors")
            else ""
        )
        + (f"  failures {f['failures']}" if f.get("failures") else "")
    )


def run(seconds: int = 10, quick: bool = False) -> dict:
    results: dict = {
        "settings": {
            "workers": WORKERS,
            "threads": THREADS,
            "connections": CONNECTIONS,
            "seconds": seconds,
        }
    }
    hello_env = servers.base_env()
    hello = servers.gunicorn("bench.hello:app", hello_env, WORKERS, THREADS, name="hello")
    try:
        base = wrk(hello.url + "/", seconds=seconds, connections=CONNECTIONS)
        base["peak_rss_kib_per_worker"] = max(servers.rss_kib(p) for p in hello.pids()[1:])
    finally:
        hello.stop()
    results["hello"] = base
    print(
        f"  {'hello-world (bare Flask)':<34} {base['rps']:>8.0f} req/s  "
        f"p50 {base['p50_ms']:.1f} ms  p95 {base['p95_ms']:.1f} ms  "
        f"peak RSS/worker {base['peak_rss_kib_per_worker'] / 1024:.0f} MiB"
    )

    with servers.postgres_server() as (pg_url, _folder):
        backends = {"PostgreSQL": pg_url, "SQLite": f"sqlite:///{tempfile.mkdtemp()}/b.sqlite3"}
        for backend, db_url in backends.items():
            print(f" portal on {backend}:")
            env = servers.base_env(DATABASE_URL=db_url, RATELIMIT_ENABLED="false")
            servers.migrate(env)
            portal = servers.gunicorn("wsgi:app", env, WORKERS, THREADS)
            try:
                figures = _scenarios(portal, seconds)
                figures["application submission (Locust, 20 users)"] = _locust_submit(
                    portal.url, 20, 60 if quick else 400
                )
                rss = max(servers.rss_kib(p) for p in portal.pids()[1:])
            finally:
                portal.stop()
            if backend == "PostgreSQL":
                actions = servers.action_server(servers.base_env(DATABASE_URL=db_url))
                env = servers.base_env(
                    DATABASE_URL=db_url,
                    RATELIMIT_ENABLED="false",
                    ACTION_SERVER_URL=actions.url + "/webhook",
                )
                portal = servers.gunicorn("wsgi:app", env, WORKERS, THREADS)
                try:
                    figures["chat turn (HTTP action server)"] = wrk(
                        portal.url + "/chat/webhook",
                        method="POST",
                        seconds=seconds,
                        connections=CONNECTIONS,
                        headers={"Content-Type": "application/json"},
                        body=_chat_body("Hvad koster det?"),
                    )
                finally:
                    portal.stop()
                    actions.stop()
            for name, f in figures.items():
                _print(name, f, base["rps"])
            print(
                f"  peak RSS per portal worker: {rss / 1024:.0f} MiB "
                f"({rss / base['peak_rss_kib_per_worker']:.1f}× hello)"
            )
            figures["peak_rss_kib_per_worker"] = rss
            results[backend] = figures
    return results
