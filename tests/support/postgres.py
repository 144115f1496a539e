"""A throw-away PostgreSQL server for the tests, in a temporary folder, on loopback.

    python -m tests.support.postgres start DIR   -> prints the server URL
    python -m tests.support.postgres stop DIR

Runs the server as the `postgres` user when we are root (PostgreSQL refuses root).
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if found:
        return found[-1]
    path = shutil.which(name)
    if path:
        return path
    raise PostgresUnavailable(f"PostgreSQL's {name} not found (apt-get install postgresql)")


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(directory: str) -> str:
    base = Path(directory)
    data = base / "data"
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        base.chmod(0o700)
    port = _free_port()
    subprocess.run(
        _as_server_user(
            [
                _bin("initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # Settings go into the config file, so a restart (the fault benchmarks) keeps them.
    with open(data / "postgresql.conf", "a") as conf:
        conf.write(
            f"\nport = {port}\nunix_socket_directories = '{base}'\n"
            "listen_addresses = '127.0.0.1'\nfsync = off\nsynchronous_commit = off\n"
            "full_page_writes = off\nmax_connections = 300\n"
        )
    subprocess.run(
        _as_server_user(
            [_bin("pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-t", "60", "start"]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    (base / "url").write_text(url)
    return url


def stop(directory: str) -> None:
    data = Path(directory) / "data"
    if data.exists():
        subprocess.run(
            _as_server_user([_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    command, folder = sys.argv[1], sys.argv[2]
    if command == "start":
        print(start(folder))
    elif command == "stop":
        stop(folder)
    else:
        sys.exit("usage: python -m tests.support.postgres start|stop DIR")
