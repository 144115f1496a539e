"""python -m bench [all|weight|speed|chat|load|faults|hanging|multi|a11y] [--quick] [--citizens N]

Starts everything it needs itself (gunicorn as in production, PostgreSQL, the action
server, a bare Flask hello-world under the same gunicorn settings) on loopback, prints
figures and ratios, and writes them to bench/results/latest.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

from bench import faults, load, multi, servers, weight

RESULTS = Path(__file__).parent / "results"


def machine() -> str:
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    mem = (
        int(
            next(
                ln.split()[1]
                for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")
            )
        )
        // 1024
        // 1024
    )
    return f"{os.cpu_count()} cores ({cpu}), {mem} GiB, Python {platform.python_version()}"


def section(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run_weight(results: dict) -> None:
    section("page weight (offer page)")
    env = servers.base_env(DATABASE_URL=f"sqlite:///{tempfile.mkdtemp()}/w.sqlite3")
    servers.migrate(env)
    portal = servers.gunicorn("wsgi:app", env)
    try:
        figures = weight.measure(portal.url)
    finally:
        portal.stop()
    results["weight"] = figures
    print("\n".join(weight.report(figures)))


def run_speed(results: dict, seconds: int, quick: bool) -> None:
    from bench import speed

    section("speed (wrk; ratios against a bare Flask hello-world in the same run)")
    results["speed"] = speed.run(seconds=seconds, quick=quick)


def run_load(results: dict, citizens: int, workers: int) -> None:
    section(f"load without loss ({citizens} citizens, PostgreSQL, {workers} workers)")
    with servers.postgres_server() as (db_url, _folder):
        env = servers.base_env(DATABASE_URL=db_url, RATELIMIT_ENABLED="false")
        servers.migrate(env)
        portal = servers.gunicorn("wsgi:app", env, workers=workers, threads=4)
        try:
            summary, lines = load.run([portal.url], db_url, citizens)
        finally:
            portal.stop()
    results["load"] = summary
    print("\n".join(lines))


def run_faults(results: dict, citizens: int) -> None:
    section("faults")
    with servers.postgres_server() as (db_url, folder):
        env = servers.base_env(
            DATABASE_URL=db_url,
            RATELIMIT_ENABLED="false",
            SMTP_URL=f"smtp://127.0.0.1:{servers.free_port()}",
            SMTP_FROM="noreply@example.org",
        )
        servers.migrate(env)
        portal = servers.gunicorn("wsgi:app", env, workers=2, threads=4)
        try:
            smtp, lines = faults.smtp_down(portal.url, db_url)
            print("\n".join(lines))
            pg, lines = faults.postgres_restart([portal.url], db_url, folder, citizens)
            print("\n".join(lines))
        finally:
            portal.stop()
    chat, lines = faults.action_server_killed()
    print("\n".join(lines))
    results["faults"] = {"smtp_down": smtp, "postgres_restart": pg, "action_server": chat}
    run_hanging(results)


def run_hanging(results: dict) -> None:
    """SMTP and the action server accept connections and never answer."""
    from tests.support.smtp import HangingServer

    section("hanging dependencies (they accept connections and never answer)")
    with servers.postgres_server() as (db_url, _folder), HangingServer() as smtp:
        env = servers.base_env(
            DATABASE_URL=db_url,
            RATELIMIT_ENABLED="false",
            SMTP_URL=smtp.url,
            SMTP_FROM="noreply@example.org",
        )
        servers.migrate(env)
        portal = servers.gunicorn("wsgi:app", env, workers=2, threads=4)
        try:
            mail, lines = faults.hanging_smtp(portal.url, db_url)
            print("\n".join(lines))
        finally:
            portal.stop()
    chat, lines = faults.hanging_action_server()
    print("\n".join(lines))
    results.setdefault("faults", {}).update(hanging_smtp=mail, hanging_action_server=chat)


def run_multi(results: dict) -> None:
    section("two instances, one PostgreSQL")
    with servers.postgres_server() as (db_url, _folder):
        env = servers.base_env(DATABASE_URL=db_url, RATELIMIT_ENABLED="false")
        servers.migrate(env)
        a = servers.gunicorn("wsgi:app", env, name="portal-a")
        b = servers.gunicorn("wsgi:app", env, name="portal-b")
        try:
            summary, lines = multi.run([a.url, b.url], db_url)
        finally:
            a.stop()
            b.stop()
    results["multi"] = summary
    print("\n".join(lines))


def run_chat(results: dict) -> None:
    from bench import chat_latency, intent_eval

    section("chatbot: intent evaluation (held-out messages, cross-validation), turn latency")
    results["chat"] = intent_eval.report()
    chat_latency.main()
    from bench import crisis_eval

    section("chatbot: crisis layer (recall per category and language, false alarms)")
    results["crisis"] = crisis_eval.main()
    from bench import chat_conversations

    section("chatbot: whole screening conversations by free text vs. POST /api/v1/screening")
    results["chat_conversations"] = chat_conversations.main()


def run_a11y(results: dict, quick: bool) -> None:
    from bench import a11y

    section("accessibility crawl (axe, every route, both languages, 375 and 1280 px)")
    results["a11y"] = a11y.run(quick=quick)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument(
        "what",
        nargs="?",
        default="all",
        choices=["all", "weight", "speed", "chat", "load", "faults", "hanging", "multi", "a11y"],
    )
    parser.add_argument("--quick", action="store_true", help="short runs (a smoke test)")
    parser.add_argument("--citizens", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--results", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.citizens, args.seconds = min(args.citizens, 40), min(args.seconds, 3)
    results: dict = {"machine": machine()}
    print(f"machine: {results['machine']}")
    steps = {
        "weight": lambda: run_weight(results),
        "speed": lambda: run_speed(results, args.seconds, args.quick),
        "chat": lambda: run_chat(results),
        "load": lambda: run_load(results, args.citizens, args.workers),
        "faults": lambda: run_faults(results, max(10, args.citizens // 10)),
        # Part of "faults"; on its own with `python -m bench hanging`.
        "hanging": lambda: args.what == "hanging" and run_hanging(results),
        "multi": lambda: run_multi(results),
        "a11y": lambda: run_a11y(results, args.quick),
    }
    for name, step in steps.items():
        if args.what in ("all", name):
            step()
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
