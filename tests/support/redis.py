"""A throw-away redis-server for the tests (shared rate limits), on a free loopback port,
with no persistence, stopped by its PID.

    python -m tests.support.redis start DIR   -> prints the server URL (scripts/run-tests)
    python -m tests.support.redis stop DIR

In the suite, the `redis_url` fixture uses the server scripts/run-tests started
(TEST_REDIS_URL) or starts one for the run. A missing redis-server skips locally and fails
in CI (CI=true), like PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

# A bound, not a timing check: on a busy CI machine a Python start alone can take seconds.
START_TIMEOUT_SECONDS = 60


class RedisUnavailable(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    def __init__(self, port: int | None = None, log: Path | None = None):
        self.port = port or _free_port()
        self.log = log  # where its output goes; by default read only if it fails to start
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RedisUnavailable("redis-server not found (apt-get install redis-server)")
        self.process = subprocess.Popen(
            [binary, "--port", str(self.port), "--save", "", "--appendonly", "no"]
            + ["--bind", "127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab") if self.log else subprocess.PIPE,
            start_new_session=True,  # a Ctrl-C of the test run does not race our stop
        )
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _answers(self.port):
            if self.process.poll() is not None:
                output = self.process.stderr.read() if self.process.stderr else b""
                raise RedisUnavailable(f"redis-server exited: {output!r}")
            if time.monotonic() > deadline:
                self.stop()
                raise RedisUnavailable("redis-server did not answer PING")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stderr:
            self.process.stderr.close()

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def flush(url: str) -> None:
    """Empty the database (between tests)."""
    import redis

    client = redis.Redis.from_url(url, socket_timeout=5)
    try:
        client.flushdb()
    finally:
        client.close()


# --- the command line, for scripts/run-tests ---------------------------------------------


def start(directory: str) -> str:
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    server = RedisServer(log=folder / "log")
    server.start()
    (folder / "pid").write_text(str(server.process.pid))
    return server.url


def stop(directory: str) -> None:
    pid_file = Path(directory) / "pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text())
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    else:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
    pid_file.unlink()


if __name__ == "__main__":
    command, directory = sys.argv[1], sys.argv[2]
    if command == "start":
        print(start(directory))
    elif command == "stop":
        stop(directory)
    else:
        sys.exit(f"unknown command {command!r}: start or stop")
