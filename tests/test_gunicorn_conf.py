"""gunicorn.conf.py's listening sockets: with SO_REUSEPORT (GUNICORN_REUSE_PORT=1, or by
default when the kernel moves a closing socket's queued connections) each
gthread worker has its own (SO_REUSEPORT), so connections opened one after another (as
Locust's users or nginx's upstream keep-alive connections are) are spread over the workers
instead of all landing on whichever worker happened to be idle; sync workers keep the one
shared socket."""

import contextlib
import http.client
import os
import runpy
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from gunicorn.config import Config

from bench.servers import GUNICORN, free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent


def _settings(monkeypatch, **env) -> dict:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(ROOT / "gunicorn.conf.py"))


@pytest.mark.parametrize(("kernel", "expected"), [("1\n", True), ("0\n", False), (None, False)])
def test_reuse_port_follows_whether_the_kernel_moves_queued_connections(
    monkeypatch, kernel, expected
):
    # "auto": on only when a worker's exit cannot reset its queued connections
    # (net.ipv4.tcp_migrate_req=1); None: a kernel without the setting.
    real_read_text = Path.read_text

    def read_text(path, *args, **kwargs):
        if str(path) == "/proc/sys/net/ipv4/tcp_migrate_req":
            if kernel is None:
                raise FileNotFoundError(path)
            return kernel
        return real_read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    monkeypatch.delenv("GUNICORN_REUSE_PORT", raising=False)
    assert _settings(monkeypatch)["reuse_port"] is expected
    assert _settings(monkeypatch, GUNICORN_REUSE_PORT="auto")["reuse_port"] is expected
    # Forced either way by the environment.
    assert _settings(monkeypatch, GUNICORN_REUSE_PORT="1")["reuse_port"] is True
    assert _settings(monkeypatch, GUNICORN_REUSE_PORT="0")["reuse_port"] is False


@pytest.mark.parametrize(("worker_class", "reuse_port"), [("sync", False), ("gthread", True)])
def test_sync_workers_keep_the_shared_socket(monkeypatch, worker_class, reuse_port):
    monkeypatch.setenv("PORTAL_ENV", "testing")
    settings = _settings(monkeypatch, GUNICORN_REUSE_PORT="1")
    cfg = Config()
    cfg.set("worker_class", worker_class)
    cfg.set("reuse_port", settings["reuse_port"])
    settings["on_starting"](SimpleNamespace(cfg=cfg))
    assert cfg.reuse_port is reuse_port


PID_APP = """
import os


def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [str(os.getpid()).encode()]
"""


def _listening_inodes(port: int) -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":  # LISTEN
                inodes.add(fields[9])
    return inodes


def _sockets_of(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            link = os.readlink(fd)
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    return inodes


@contextlib.contextmanager
def _gunicorn(tmp_path, *args, **extra_env):
    """gunicorn.conf.py serving a WSGI app that answers with its worker's pid."""
    (tmp_path / "pid_app.py").write_text(PID_APP)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUNICORN_")}
    env.update(PYTHONPATH=str(tmp_path), PORTAL_ENV="testing", GUNICORN_ACCESSLOG="/dev/null")
    env.update(extra_env)
    server = subprocess.Popen(
        [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py"), "--bind", f"127.0.0.1:{port}"]
        + ["--workers", "2", *args, "pid_app:app"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/", timeout=60, proc=server)
        yield server.pid, port
    finally:
        server.terminate()
        server.wait(timeout=30)


def _served_by(port: int, count: int) -> list[int]:
    """Open `count` connections one after another, each kept open (a client's keep-alive
    connection stays with its worker); the worker pid that answered on each."""
    connections, pids = [], []
    try:
        for _ in range(count):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", "/")
            pids.append(int(connection.getresponse().read()))
            connections.append(connection)
    finally:
        for connection in connections:
            connection.close()
    return pids


def _workers_with_own_listener(port: int, pids: set[int]) -> dict[int, set[str]]:
    listening = _listening_inodes(port)
    return {pid: _sockets_of(pid) & listening for pid in pids}


def _until_listening(port: int, sockets: int, timeout: float = 60) -> None:
    """Wait until `sockets` sockets listen on the port: with SO_REUSEPORT each worker opens
    its own when it has booted, and the first answers /healthz before the second is up."""
    deadline = time.monotonic() + timeout
    while len(_listening_inodes(port)) < sockets:
        assert time.monotonic() < deadline, f"fewer than {sockets} sockets listen on {port}"
        time.sleep(0.05)


def test_each_gthread_worker_listens_on_its_own_socket_and_gets_connections(tmp_path):
    with _gunicorn(tmp_path, "--threads", "2", GUNICORN_REUSE_PORT="1") as (master, port):
        _until_listening(port, 2)
        served_by = _served_by(port, 40)
        workers = set(served_by)
        assert len(workers) == 2, f"all {len(served_by)} connections went to one worker"
        own = _workers_with_own_listener(port, workers)
        # Two listening sockets, one in each worker, none in the master.
        assert all(len(inodes) == 1 for inodes in own.values()), own
        assert len(set().union(*own.values())) == 2
        assert not _sockets_of(master) & _listening_inodes(port)


def test_sync_workers_share_the_masters_socket(tmp_path):
    with _gunicorn(tmp_path, "--worker-class", "sync", "--threads", "1") as (master, port):
        workers = set(_served_by(port, 10))
        listening = _listening_inodes(port)
        assert len(listening) == 1
        assert listening <= _sockets_of(master)
        for pid in workers:
            assert _sockets_of(pid) & listening == listening


def test_the_production_guide_installs_the_kernel_setting():
    settings = {}
    conf = ROOT / "deploy" / "sysctl" / "90-tidlig-indsats.conf"
    for line in conf.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, value = (part.strip() for part in line.split("=", 1))
            settings[key] = value
    assert settings == {"net.ipv4.tcp_migrate_req": "1"}
    guide = (ROOT / "docs" / "production.md").read_text()
    assert "deploy/sysctl/90-tidlig-indsats.conf /etc/sysctl.d/" in guide
    assert "sysctl --system" in guide
