"""Start and stop the processes a benchmark needs, on loopback only: gunicorn serving the
portal or the hello-world (same settings), PostgreSQL, the rasa-sdk action server, SMTP."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests
from cryptography.fernet import Fernet

from tests.support import postgres

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {proc.returncode}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, timeout=1).status_code < 500:
                return
        time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


@dataclass
class Process:
    name: str
    proc: subprocess.Popen
    url: str
    log: Path
    extra: dict = field(default_factory=dict)

    def pids(self) -> list[int]:
        """The master and its workers (for memory figures)."""
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        kids = [int(p) for p in children.read_text().split()] if children.exists() else []
        return [self.proc.pid, *kids]

    def kill_group(self) -> None:
        """SIGKILL the process and its children, as a crash would."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:  # a process group of its own (the action server): stop its children too
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def base_env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "TEST_"))}
    env.update(
        PORTAL_ENV="production",
        PORTAL_BASE_URL="http://127.0.0.1",
        SECRET_KEY="bench-secret-" + "x" * 40,
        PORTAL_DATA_KEY=Fernet.generate_key().decode(),
        PYTHONPATH=str(ROOT),
        COOKIE_SECURE="0",  # loopback has no TLS; everything else is production mode
        # Several workers count rate limits apart with memory storage; production refuses
        # that (portal/config.py), the benchmarks measure speed, not shared limits.
        RATELIMIT_ALLOW_MEMORY="1",
        GUNICORN_ACCESSLOG="/dev/null",
    )
    env.update(extra)
    return env


def gunicorn(
    app: str,
    env: dict,
    workers: int | None = 2,
    threads: int = 2,
    port: int | None = None,
    name: str = "portal",
    worker_class: str | None = None,
) -> Process:
    """gunicorn with gunicorn.conf.py; workers=None keeps its production defaults
    (one worker per core, at least 2; 2 threads each); worker_class e.g. "sync" (then threads=1)."""
    port = port or free_port()
    log = Path(tempfile.mkstemp(prefix=f"bench-{name}-", suffix=".log")[1])
    cmd = [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py"), "--bind", f"127.0.0.1:{port}"]
    if workers:
        cmd += ["--workers", str(workers), "--threads", str(threads)]
    if worker_class:
        cmd += ["--worker-class", worker_class]
    cmd.append(app)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    process = Process(name, proc, f"http://127.0.0.1:{port}", log)
    # Importing the app (scikit-learn, the intent classifier) takes a while on a busy machine.
    wait_for(process.url + "/healthz", timeout=180, proc=proc)
    # gunicorn.conf.py's default, unless the environment sets it.
    expected = workers or int(env.get("GUNICORN_WORKERS") or max(2, os.cpu_count() or 1))
    wait_for_listening_workers(process, port, expected)
    return process


def _listening_inodes(port: int) -> set[str]:
    """The inodes of the IPv4 sockets listening on `port` (state 0A in /proc/net/tcp)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
            found.add(fields[9])
    return found


def _socket_inodes(pid: int) -> set[str]:
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                found.add(target[8:-1])
    return found


def wait_for_listening_workers(process: Process, port: int, expected: int, timeout=60.0):
    """/healthz answers as soon as one worker listens. With SO_REUSEPORT (gunicorn.conf.py)
    each worker opens its own socket after the fork, so a load started then went to the
    first worker alone: the hello-world measured after the portal ran on one core in every
    production run (2,085 against 6,745 req/s). So wait until every worker is forked and
    listens: the master's inherited socket, or one socket per worker."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.proc.poll() is not None:
            raise RuntimeError(f"{process.name} exited with {process.proc.returncode}")
        workers = process.pids()[1:]
        if len(workers) >= expected:
            listening = _listening_inodes(port)
            if listening & _socket_inodes(process.proc.pid) or len(listening) >= len(workers):
                return
        time.sleep(0.05)
    raise TimeoutError(f"{process.name}: {expected} workers did not all listen within {timeout}s")


def migrate(env: dict) -> None:
    subprocess.run(
        [str(Path(PYTHON).parent / "flask"), "--app", "wsgi", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


@contextlib.contextmanager
def postgres_server():
    folder = tempfile.mkdtemp(prefix="bench-pg-")
    url = postgres.start(folder)
    try:
        yield url, folder
    finally:
        postgres.stop(folder)


def stop_postgres(folder: str) -> None:
    subprocess.run(
        postgres._as_server_user(
            [postgres._bin("pg_ctl"), "-D", f"{folder}/data", "-m", "fast", "stop"]
        ),
        check=True,
        capture_output=True,
    )


def start_postgres_again(folder: str) -> None:
    subprocess.run(
        postgres._as_server_user(
            [postgres._bin("pg_ctl"), "-D", f"{folder}/data", "-l", f"{folder}/log", "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )


def action_server(env: dict) -> Process:
    port = free_port()
    env = dict(env, SANIC_HOST="127.0.0.1")  # rasa_sdk's CLI has no host option
    log = Path(tempfile.mkstemp(prefix="bench-actions-", suffix=".log")[1])
    # Its own process group: Sanic serves from a child process, and a kill (the fault
    # run) must take both, as a crash of the whole server would.
    proc = subprocess.Popen(
        [PYTHON, "-m", "rasa_sdk", "--actions", "bot.actions", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    process = Process("actions", proc, f"http://127.0.0.1:{port}", log)
    wait_for(process.url + "/health", timeout=60, proc=proc)
    return process


def shared_memory_kib(pid: int) -> dict:
    """Pss (each shared page counted in part, by how many processes share it) and
    Private (only this process's pages) in KiB: with gunicorn's preload_app a worker's RSS
    counts every page it shares with the master and the other workers in full."""
    out = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Pss", "Private_Clean", "Private_Dirty"):
            out[key] = int(rest.split()[0])
    return {
        "pss": out.get("Pss", 0),
        "private": out.get("Private_Clean", 0) + out.get("Private_Dirty", 0),
    }


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes, including their exited children (a gunicorn
    master reaps workers that max_requests replaced). Process ids that are gone count 0."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    return total / tick


def postgres_pids(folder: str) -> list[int]:
    """The postmaster of the cluster in `folder` and its backends."""
    master = int(Path(folder, "data", "postmaster.pid").read_text().split()[0])
    children = Path(f"/proc/{master}/task/{master}/children")
    return [master, *(int(p) for p in children.read_text().split())]


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):  # peak resident set size
            return int(line.split()[1])
    return 0
