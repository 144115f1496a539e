"""Requests/s and latency (p50/p95/p99) under wrk for the offer page, a questionnaire step
(a returning citizen's later step, the target's figure; and a new visitor's first step)
and a chat turn (in-process actions and via the rasa-sdk action server), and under Locust
for an application submission; each against a bare Flask hello-world served by the same
gunicorn settings in the same run. Memory: peak RSS per gunicorn worker."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import requests

from bench import journey, servers
from bench.load_generator import wrk

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
# Both measured in one run, the hello-world under exactly the portal's settings.
# workers None: gunicorn.conf.py as in production (a gthread worker per core, 2 threads).
CONFIGS = {
    "sync -w 2": {"workers": 2, "threads": 1, "worker_class": "sync"},
    "production (gunicorn.conf.py)": {"workers": None, "threads": 2, "worker_class": None},
}
CONNECTIONS = 20
FORM = "application/x-www-form-urlencoded"
PUBLIC_PAGES = {"offer page": "/", "contact page (English)": "/contact?lang=en"}
# The questionnaire step of the 0.3× target is a citizen's later step: the answers given
# before come with the request (sealed in their own cookie, portal/services/visitor.py),
# are opened, checked, and sealed again with the new answer. The fourth question, after
# answers that keep the check going; its two answers are alternated (an unchanged answer is
# not sealed again; wrk keeps no cookie, so each request adds the answer to the same three).
ANSWERED_BEFORE = (("urgent", "no"), ("age", "18_or_over"), ("areas", "activities"))
LATER_STEP = "impact"
LATER_CODES = ("mild", "moderate")
VISITORS_SCRIPT = Path(__file__).parent / "wrk" / "visitors.lua"
# Two visitors per connection: a visitor's turn comes round again only after each of its
# thread's connections has sent another request (as with real citizens, one at a time).
VISITORS_PER_CONNECTION = 2
LATER_STEP_NAME = "questionnaire step (a later step: the 0.3× target)"
FIRST_STEP_NAME = "questionnaire first step (new visitor)"


def _step_session(url: str) -> tuple[str, str]:
    """A session at the first question that holds no visitor yet: its cookie and CSRF token.
    Every POST with it is a new visitor's first answer (a new cookie wrk drops)."""
    session = requests.Session()
    page = session.get(url + "/check/urgent")
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    return cookie, CSRF.search(page.text).group(1)


def _later_step_visitors(url: str, count: int) -> list[str]:
    """`count` citizens who have answered the questions before LATER_STEP (their cookies
    hold those answers): for each, a line for bench/wrk/visitors.lua, its Cookie header and
    the two bodies it alternates between."""

    def one(_) -> str:
        session = requests.Session()
        page = session.get(url + "/check/urgent")
        for question_id, code in ANSWERED_BEFORE:
            page = session.post(
                f"{url}/check/{question_id}",
                data={"csrf_token": CSRF.search(page.text).group(1), question_id: code},
            )
            page.raise_for_status()
        if not page.url.endswith(f"/check/{LATER_STEP}"):
            raise RuntimeError(f"the check did not lead to {LATER_STEP}: {page.url}")
        token = CSRF.search(page.text).group(1)
        cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
        bodies = [urlencode({"csrf_token": token, LATER_STEP: code}) for code in LATER_CODES]
        return "\t".join([cookie, *bodies])

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, range(count)))


def _later_step(
    url: str, visitors: list[str], seconds: int, connections: int = CONNECTIONS, threads: int = 2
) -> dict:
    """wrk POSTs LATER_STEP as `visitors` (from _later_step_visitors), each request the
    next visitor of its thread with that visitor's other answer: the visitor's answers
    opened, the new one recorded and sealed into a new cookie per request."""
    with tempfile.NamedTemporaryFile("w", prefix="bench-visitors-", suffix=".tsv") as fh:
        fh.write("\n".join(visitors) + "\n")
        fh.flush()
        return wrk(
            f"{url}/check/{LATER_STEP}",
            method="POST",
            seconds=seconds,
            connections=connections,
            threads=threads,
            headers={"Content-Type": FORM},
            script=VISITORS_SCRIPT,
            env={"WRK_VISITORS": fh.name},
        )


def _chat_body(message: str) -> str:
    return json.dumps({"sender": "bench", "message": message, "metadata": {"lang": "da"}})


def _locust_submit(portal: servers.Process, pg_folder: str, users: int, submissions: int) -> dict:
    """Prepare `submissions` applications up to the check page, then let `users` Locust
    users submit them as fast as they can: the figures (and the CPU per submission of the
    server and PostgreSQL) are for the submission alone."""
    url = portal.url
    with ThreadPoolExecutor(max_workers=10) as pool:
        prepared = list(pool.map(lambda n: journey.prepare([url], n), range(submissions)))
    folder = Path(tempfile.mkdtemp(prefix="bench-locust-"))
    (folder / "prepared.json").write_text(json.dumps(prepared))
    env = dict(servers.base_env(), BENCH_SUBMISSIONS=str(folder / "prepared.json"))

    def run() -> dict:
        workers = portal.pids()[1:]
        before = [servers.cpu_seconds([p]) for p in workers]
        locust = subprocess.Popen(
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
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Which worker holds which user's connection: the sample with the most of them
        # (the users start within a second, then keep their connections).
        held: list[int] = []
        deadline = time.monotonic() + 300
        while locust.poll() is None and time.monotonic() < deadline:
            sample = _connections_per_worker(portal)
            if sum(sample) > sum(held):
                held = sample
            time.sleep(0.1)
        # Exit 1 means some requests failed: the figures say how many.
        locust.wait(timeout=10)
        with open(folder / "run_stats.csv") as fh:
            row = next(r for r in csv.DictReader(fh) if r["Name"] == "submit")
        return {
            "requests": int(row["Request Count"]),
            "failures": int(row["Failure Count"]),
            "rps": float(row["Requests/s"]),
            "p50_ms": float(row["50%"]),
            "p95_ms": float(row["95%"]),
            "p99_ms": float(row["99%"]),
            # How evenly the workers shared the work (each user keeps its connection).
            "connections_per_worker": held,
            "worker_cpu_s": [
                servers.cpu_seconds([p]) - b for p, b in zip(workers, before, strict=True)
            ],
        }

    return _cpu_of(portal, pg_folder, run)


def _connections_per_worker(portal: servers.Process) -> list[int]:
    """Established client connections each worker holds (its sockets that /proc/net/tcp
    lists as established on the portal's port)."""
    port = int(portal.url.rsplit(":", 1)[1])
    established = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError), open(table) as fh:
            for line in list(fh)[1:]:
                fields = line.split()
                if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "01":
                    established.add(fields[9])  # the socket's inode
    counts = []
    for pid in portal.pids()[1:]:
        inodes = set()
        with contextlib.suppress(FileNotFoundError, PermissionError):
            for fd in os.listdir(f"/proc/{pid}/fd"):
                with contextlib.suppress(OSError):
                    link = os.readlink(f"/proc/{pid}/fd/{fd}")
                    if link.startswith("socket:["):
                        inodes.add(link[8:-1])
        counts.append(len(inodes & established))
    return counts


def _cpu_of(portal: servers.Process, pg_folder: str | None, run):
    """Run one wrk scenario and add the CPU it cost per request: the server (master and
    workers) and PostgreSQL. Unlike requests/s this hardly depends on what else the
    machine runs, so it compares the portal with the hello-world on a busy machine too."""
    pg_before = servers.cpu_seconds(servers.postgres_pids(pg_folder)) if pg_folder else 0.0
    before = servers.cpu_seconds(portal.pids())
    figures = run()
    spent = servers.cpu_seconds(portal.pids()) - before
    requests_done = max(1, figures.get("requests", 0))
    figures["cpu_ms_per_request"] = spent / requests_done * 1000
    if pg_folder:
        pg_spent = servers.cpu_seconds(servers.postgres_pids(pg_folder)) - pg_before
        figures["db_cpu_ms_per_request"] = pg_spent / requests_done * 1000
    return figures


def _warm(url: str, chat: dict) -> None:
    """Let every worker do its first chat turn, questionnaire step and public pages
    (whatever a worker compiles or loads on first use: about 0.1 s of CPU, which in a
    three-second run doubled the step's CPU per request) before the clock runs: short wrk
    runs whose figures are thrown away."""
    wrk(url + "/chat/webhook", seconds=2, connections=CONNECTIONS, **chat)
    cookie, token = _step_session(url)
    wrk(
        url + "/check/urgent",
        method="POST",
        seconds=1,
        connections=CONNECTIONS,
        headers={"Content-Type": FORM, "Cookie": cookie},
        body=f"csrf_token={token}&urgent=no",
    )
    _later_step(url, _later_step_visitors(url, CONNECTIONS), seconds=1)
    for path in PUBLIC_PAGES.values():
        wrk(url + path, seconds=1, connections=CONNECTIONS)


def _scenarios(portal: servers.Process, seconds: int, full: bool, pg_folder: str) -> dict:
    url = portal.url
    _warm(
        url,
        {
            "method": "POST",
            "headers": {"Content-Type": "application/json"},
            "body": _chat_body("Hvad koster det?"),
        },
    )
    figures = {
        name: _cpu_of(
            portal,
            pg_folder,
            lambda path=path: wrk(url + path, seconds=seconds, connections=CONNECTIONS),
        )
        for name, path in PUBLIC_PAGES.items()
    }
    # A later step first, then the first step of always new visitors.
    visitors = _later_step_visitors(url, CONNECTIONS * VISITORS_PER_CONNECTION)
    figures[LATER_STEP_NAME] = _cpu_of(
        portal, pg_folder, lambda: _later_step(url, visitors, seconds=seconds)
    )
    # Every request a new visitor: an INSERT and a new signed cookie (kept for comparison).
    cookie, token = _step_session(url)
    figures[FIRST_STEP_NAME] = _cpu_of(
        portal,
        pg_folder,
        lambda: wrk(
            url + "/check/urgent",
            method="POST",
            seconds=seconds,
            connections=CONNECTIONS,
            headers={"Content-Type": FORM, "Cookie": cookie},
            body=f"csrf_token={token}&urgent=no",
        ),
    )
    chat = {
        "method": "POST",
        "headers": {"Content-Type": "application/json"},
        "body": _chat_body("Hvad koster det?"),
    }
    figures["chat turn, 20 at once (in-process)"] = _cpu_of(
        portal,
        pg_folder,
        lambda: wrk(url + "/chat/webhook", seconds=seconds, connections=CONNECTIONS, **chat),
    )
    if full:
        # One citizen at a time: the latency of a turn itself, without queueing.
        figures["chat turn, one citizen (in-process)"] = _cpu_of(
            portal,
            pg_folder,
            lambda: wrk(url + "/chat/webhook", seconds=seconds, connections=1, threads=1, **chat),
        )
    return figures


def _cpu_text(f: dict, hello_cpu: float | None) -> str:
    if "cpu_ms_per_request" not in f:
        return ""
    spent = f["cpu_ms_per_request"] + f.get("db_cpu_ms_per_request", 0.0)
    text = f"  CPU/request {f['cpu_ms_per_request']:.2f} ms"
    if "db_cpu_ms_per_request" in f:
        text += f" + PostgreSQL {f['db_cpu_ms_per_request']:.2f} ms"
    if hello_cpu:
        text += f" (hello/this {hello_cpu / spent:.2f})"
    return text


def _print(name: str, f: dict, hello_rps: float, hello_cpu: float | None = None) -> None:
    print(
        f"  {name:<40} {f['rps']:>7.0f} req/s ({f['rps'] / hello_rps:.2f}× hello)  "
        f"p50 {f['p50_ms']:.1f} ms  p95 {f['p95_ms']:.1f} ms  p99 {f['p99_ms']:.1f} ms"
        + _cpu_text(f, hello_cpu)
        + (
            f"  errors {f.get('bad_status', 0) + f.get('socket_errors', 0)}"
            if f.get("bad_status") or f.get("socket_errors")
            else ""
        )
        + (f"  failures {f['failures']}" if f.get("failures") else ""),
        flush=True,
    )


def _hello(settings: dict, seconds: int) -> dict:
    hello = servers.gunicorn("bench.hello:app", servers.base_env(), name="hello", **settings)
    try:
        base = _cpu_of(
            hello, None, lambda: wrk(hello.url + "/", seconds=seconds, connections=CONNECTIONS)
        )
        base["peak_rss_kib_per_worker"] = max(servers.rss_kib(p) for p in hello.pids()[1:])
    finally:
        hello.stop()
    return base


def _one_config(
    label: str, settings: dict, pg_url: str, pg_folder: str, seconds: int, quick: bool
) -> dict:
    """hello-world, the portal, hello-world again: the ratio is against their mean, so a
    neighbour's load during the run shows as a difference between the two hello figures."""
    full = settings["workers"] is None  # the production settings get every scenario
    print(f" gunicorn {label}:", flush=True)
    before = _hello(settings, seconds)
    env = servers.base_env(DATABASE_URL=pg_url, RATELIMIT_ENABLED="false")
    portal = servers.gunicorn("wsgi:app", env, **settings)
    try:
        figures = _scenarios(portal, seconds, full, pg_folder)
        if full:
            figures["application submission (Locust, 20 users)"] = _locust_submit(
                portal, pg_folder, 20, 60 if quick else 400
            )
        workers = portal.pids()[1:]
        rss = max(servers.rss_kib(p) for p in workers)
        shared = [servers.shared_memory_kib(p) for p in workers]
    finally:
        portal.stop()
    if full:
        actions = servers.action_server(servers.base_env(DATABASE_URL=pg_url))
        env = dict(env, ACTION_SERVER_URL=actions.url + "/webhook")
        portal = servers.gunicorn("wsgi:app", env, **settings)
        try:
            figures["chat turn, 20 at once (HTTP action server)"] = wrk(
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
    after = _hello(settings, seconds)
    hello_rps = (before["rps"] + after["rps"]) / 2
    hello_cpu = (before["cpu_ms_per_request"] + after["cpu_ms_per_request"]) / 2
    hello_rss = max(before["peak_rss_kib_per_worker"], after["peak_rss_kib_per_worker"])
    print(
        f"  {'hello-world (bare Flask)':<40} {hello_rps:>7.0f} req/s "
        f"(before {before['rps']:.0f}, after {after['rps']:.0f})  "
        f"p50 {before['p50_ms']:.1f} ms  p95 {before['p95_ms']:.1f} ms  "
        f"peak RSS/worker {hello_rss / 1024:.0f} MiB  CPU/request {hello_cpu:.2f} ms"
    )
    for name, f in figures.items():
        _print(name, f, hello_rps, hello_cpu)
    pss = max(m["pss"] for m in shared)
    private = max(m["private"] for m in shared)
    print(
        f"  peak RSS per portal worker: {rss / 1024:.0f} MiB ({rss / hello_rss:.1f}× hello); "
        f"at the end Pss {pss / 1024:.0f} MiB, private {private / 1024:.0f} MiB "
        f"(the rest shared with the master: preload_app)",
        flush=True,
    )
    return {
        "hello_before": before,
        "hello_after": after,
        "hello_rps": hello_rps,
        "hello_cpu_ms_per_request": hello_cpu,
        "portal": figures,
        "peak_rss_kib_per_worker": rss,
        "pss_kib_per_worker": pss,
        "private_kib_per_worker": private,
        "hello_peak_rss_kib_per_worker": hello_rss,
    }


MIGRATE_REQ = Path("/proc/sys/net/ipv4/tcp_migrate_req")
GUIDE_SYSCTL = "deploy/sysctl/90-tidlig-indsats.conf"


@contextlib.contextmanager
def _kernel_as_the_guide_sets_it():
    """The production settings are measured as docs/production.md installs them, with
    net.ipv4.tcp_migrate_req=1 (gunicorn.conf.py then gives each worker a socket of its
    own). Set for the run when this machine lets us (root), and put back afterwards; the
    output says which."""
    try:
        was = MIGRATE_REQ.read_text().strip()
    except OSError:
        print(f"  (no {MIGRATE_REQ}: one shared listening socket)", flush=True)
        yield
        return
    if was == "1":
        print(f"  (net.ipv4.tcp_migrate_req=1 as {GUIDE_SYSCTL} sets it)", flush=True)
        yield
        return
    try:
        MIGRATE_REQ.write_text("1\n")
    except OSError:
        print(f"  (net.ipv4.tcp_migrate_req={was}, not ours to change: one shared socket)")
        yield
        return
    print(f"  (net.ipv4.tcp_migrate_req=1 for this part, as {GUIDE_SYSCTL} sets it)", flush=True)
    try:
        yield
    finally:
        MIGRATE_REQ.write_text(was + "\n")


def run(seconds: int = 10, quick: bool = False) -> dict:
    results: dict = {"settings": {"connections": CONNECTIONS, "seconds": seconds}}
    with servers.postgres_server() as (pg_url, pg_folder):
        servers.migrate(servers.base_env(DATABASE_URL=pg_url))
        for label, settings in CONFIGS.items():
            production = settings["workers"] is None
            kernel = _kernel_as_the_guide_sets_it() if production else contextlib.nullcontext()
            with kernel:
                results[label] = _one_config(label, settings, pg_url, pg_folder, seconds, quick)
    return results


def run_submission(
    configs: dict[str, dict], rounds: int = 1, submissions: int = 400, users: int = 20
) -> dict:
    """The application submission alone (Locust, `users` at once, on PostgreSQL) under each
    of `configs` (label -> servers.gunicorn settings, "cmd_args" for GUNICORN_CMD_ARGS), the
    configurations alternated `rounds` times: for comparing serving settings without the
    whole run. Also the CPU each worker spent in the timed part, which shows how evenly
    the kept-alive connections were spread."""
    results: dict = {label: [] for label in configs}
    with servers.postgres_server() as (pg_url, pg_folder):
        servers.migrate(servers.base_env(DATABASE_URL=pg_url))
        for _ in range(rounds):
            for label, settings in configs.items():
                settings = dict(settings)
                extra = (
                    {"GUNICORN_CMD_ARGS": settings.pop("cmd_args")}
                    if "cmd_args" in settings
                    else {}
                )
                env = servers.base_env(DATABASE_URL=pg_url, RATELIMIT_ENABLED="false", **extra)
                portal = servers.gunicorn("wsgi:app", env, **settings)
                try:
                    figures = _locust_submit(portal, pg_folder, users, submissions)
                finally:
                    portal.stop()
                results[label].append(figures)
                print(
                    f"  {label:<32} {figures['rps']:>5.0f}/s  p50 {figures['p50_ms']:.0f} ms  "
                    f"p95 {figures['p95_ms']:.0f} ms  p99 {figures['p99_ms']:.0f} ms  "
                    f"CPU {figures['cpu_ms_per_request']:.2f} + PostgreSQL "
                    f"{figures['db_cpu_ms_per_request']:.2f} ms  "
                    f"workers' CPU {', '.join(f'{s:.2f}' for s in figures['worker_cpu_s'])} s, "
                    f"connections {figures['connections_per_worker']}"
                    + (f"  failures {figures['failures']}" if figures["failures"] else ""),
                    flush=True,
                )
    return results


if __name__ == "__main__":
    # python -m bench.speed [--rounds N] [--submissions N] [WORKERSxTHREADS[:CLASS][:ARGS] ...]
    # e.g. python -m bench.speed prod 3x1 "2x2:gthread:--keep-alive 0"
    import argparse

    parser = argparse.ArgumentParser(description="the application submission alone")
    parser.add_argument("configs", nargs="*", default=["prod"])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--submissions", type=int, default=400)
    args = parser.parse_args()
    chosen = {}
    for spec in args.configs:
        if spec == "prod":
            chosen["gunicorn.conf.py"] = {"workers": None}
            continue
        size, _, rest = spec.partition(":")
        worker_class, _, cmd_args = rest.partition(":")
        count, _, threads = size.partition("x")
        settings = {"workers": int(count), "threads": int(threads or 1)}
        if worker_class:
            settings["worker_class"] = worker_class
        if cmd_args:
            settings["cmd_args"] = cmd_args
        chosen[spec] = settings
    run_submission(chosen, rounds=args.rounds, submissions=args.submissions)
