"""A real SMTP server for tests: aiosmtpd in its own process on a free loopback port,
storing each message it receives in a Maildir the test can read; and a hanging server
(HangingServer) that accepts connections and never answers.

    with SmtpServer(tmp_path) as smtp:
        app = make_app(SMTP_URL=smtp.url)
        ...
        [message] = smtp.messages()
"""

from __future__ import annotations

import mailbox
import socket
import subprocess
import sys
import threading
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

# A bound, not a timing check: on a busy CI machine a Python start alone can take seconds.
START_TIMEOUT_SECONDS = 60


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class SmtpServer:
    def __init__(self, folder: Path):
        self.maildir = Path(folder) / "maildir"
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> SmtpServer:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                f"127.0.0.1:{self.port}",
                "-c",
                "aiosmtpd.handlers.Mailbox",
                str(self.maildir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Readiness: the port accepts connections (bounded; not a timed assertion).
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not _accepts(self.port):
            if self.process.poll() is not None:
                raise RuntimeError(f"aiosmtpd exited: {self.process.stderr.read().decode()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("aiosmtpd did not start listening")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process and self.process.stderr:
            self.process.stderr.close()

    def messages(self) -> list[EmailMessage]:
        if not self.maildir.exists():
            return []
        box = mailbox.Maildir(str(self.maildir), factory=None, create=False)
        return [message_from_bytes(bytes(m), policy=policy.default) for m in box]

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


_HANG = """
import socket, sys
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(sys.argv[1])))
server.listen(128)
held = []  # open, never answered
while True:
    conn, _ = server.accept()
    held.append(conn)
    print("accepted", flush=True)
"""


class HangingServer:
    """A server process that accepts TCP connections on loopback and never answers: an SMTP
    server that sends no greeting, an action server or database that never replies.

        with HangingServer() as hang:
            app = make_app(SMTP_URL=f"smtp://127.0.0.1:{hang.port}")
            ...
            hang.wait_for_connections(1)  # someone is now stuck talking to it
    """

    def __init__(self):
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self._accepted = 0
        self._changed = threading.Condition()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def accepted(self) -> int:
        with self._changed:
            return self._accepted

    def start(self) -> HangingServer:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HANG, str(self.port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._count, daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while True:
            if self.process.poll() is not None:
                raise RuntimeError("the hanging server exited")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the hanging server did not start listening")
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    break
            time.sleep(0.05)
        self.wait_for_connections(1)  # the probe itself
        with self._changed:
            self._accepted = 0
        return self

    def _count(self) -> None:
        for _line in self.process.stdout:
            with self._changed:
                self._accepted += 1
                self._changed.notify_all()

    def wait_for_connections(self, count: int, timeout: float = START_TIMEOUT_SECONDS) -> None:
        """Wait (bounded) until `count` connections were accepted since start."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._accepted >= count, timeout):
                raise AssertionError(f"expected {count} connections, got {self._accepted}")

    def stop(self) -> None:
        """Stop it by its PID; the connections it held are closed (peers see a reset)."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        if self.process and self.process.stdout:
            self.process.stdout.close()

    def __enter__(self) -> HangingServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
