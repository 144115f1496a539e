"""docs/production.md, step by step, with its paths moved into a temporary folder: a fresh
virtual environment, the migrations on PostgreSQL, the action server and gunicorn started
from the systemd units' own ExecStart lines, nginx with deploy/nginx in front over TLS,
the health checks, a chat turn through the action server, the first administrator's
set-up link, the timers' commands, a backup restored into a new database, and a key
rotation. systemd does not run here: the unit files are checked with systemd-analyze."""

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests
import urllib3
from cryptography.fernet import Fernet

from bench import servers
from tests.support import postgres
from tests.support.smtp import SmtpServer
from tests.support.source_tree import copy_source

# One stack for the module: under xdist the module's tests stay on one worker.
pytestmark = [pytest.mark.system, pytest.mark.xdist_group("production_guide")]
ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("tidlig-indsats*"))
BASE_URL = "https://tidlig-indsats.example.dk"
START_SECONDS = 180  # a bound on a server's start, never a timing check


def tool(name: str) -> str:
    sbin = Path("/usr/sbin") / name
    found = shutil.which(name) or (str(sbin) if sbin.exists() else None)
    assert found, f"{name} is missing: scripts/ensure-system-deps installs it"
    return found


class Layout:
    """The guide's folders, moved under one temporary prefix."""

    def __init__(self, prefix: Path):
        self.prefix = prefix
        self.venv = prefix / "venv"
        self.state = prefix / "state"
        self.etc = prefix / "etc"
        self.backups = prefix / "backups"
        for folder in (self.state, self.etc, self.backups):
            folder.mkdir(parents=True)

    def moved(self, text: str) -> str:
        return (
            text.replace("/opt/tidlig-indsats/src", str(ROOT))
            .replace("/opt/tidlig-indsats/venv", str(self.venv))
            .replace("/opt/tidlig-indsats/state", str(self.state))
            .replace("/etc/tidlig-indsats", str(self.etc))
            .replace("/var/backups/tidlig-indsats", str(self.backups))
        )


def read_env_file(path: Path) -> dict:
    env = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value
    return env


def unit(path: Path, layout: Layout) -> tuple[list[str], dict]:
    """A unit's ExecStart as argv and its environment (EnvironmentFile, then every
    Environment= line, as systemd applies them)."""
    section, service = None, {"Environment": []}
    for line in layout.moved(path.read_text()).splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            if key == "Environment":
                service["Environment"].extend(shlex.split(value))
            else:
                service[key] = value
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "TEST_"))}
    if "EnvironmentFile" in service:
        env.update(read_env_file(Path(service["EnvironmentFile"])))
    for assignment in service["Environment"]:
        key, _, value = assignment.partition("=")
        env[key] = value
    return shlex.split(service["ExecStart"]), env


def run(argv, env, cwd, stdin=None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        argv, env=env, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"{argv}: {result.stdout}\n{result.stderr}"
    return result


# Session scope: other tests may run between these on the worker; the stack stays up.
@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    layout = Layout(tmp_path_factory.mktemp("prod"))
    started: list[subprocess.Popen] = []
    with servers.postgres_server() as (pg_url, _folder):
        try:
            yield from _bring_up(layout, pg_url, started)
        finally:
            for proc in reversed(started):
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()


def _bring_up(layout: Layout, pg_url: str, started: list):
    # § 2: a fresh virtual environment, the package installed from the source tree.
    run([sys.executable, "-m", "venv", str(layout.venv)], None, layout.prefix)
    source = copy_source(layout.prefix / "src")  # as the guide's git clone
    run([str(layout.venv / "bin" / "pip"), "install", "-q", str(source)], None, layout.prefix)

    # § 1: Redis on loopback for the shared rate limits.
    redis_port = servers.free_port()
    redis = subprocess.Popen(
        [tool("redis-server"), "--port", str(redis_port), "--save", "", "--bind", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
    )
    started.append(redis)

    # A real SMTP server for the outbox.
    smtp = SmtpServer(layout.prefix).start()
    started.append(smtp.process)

    # § 3: the environment file from the example, keys filled in.
    app_port, actions_port = servers.free_port(), servers.free_port()
    env_file = layout.etc / "portal.env"
    values = read_env_file(DEPLOY / "portal.env.example")
    values.update(
        SECRET_KEY="s" * 48,
        PORTAL_DATA_KEY=Fernet.generate_key().decode(),
        DATABASE_URL=pg_url,
        RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{redis_port}/0",
        ACTION_SERVER_URL=f"http://127.0.0.1:{actions_port}/webhook",
        PORTAL_BASE_URL=BASE_URL,
        GUNICORN_BIND=f"127.0.0.1:{app_port}",
        GUNICORN_WORKERS="2",
        CHAT_CHANNEL_TOKEN="c" * 40,
        SMTP_URL=smtp.url,
        SMTP_FROM="noreply@kommune.example",
    )
    env_file.write_text("".join(f"{k}={v}\n" for k, v in values.items()))

    # § 4: migrations, with the environment a unit gets.
    flask_argv, env = unit(DEPLOY / "systemd" / "tidlig-indsats-retention.service", layout)
    flask = flask_argv[0]
    run([flask, "--app", "portal.wsgi", "db", "upgrade"], env, layout.state)

    # § 5: the action server and gunicorn, started by the units' own ExecStart lines.
    argv, env = unit(DEPLOY / "systemd" / "tidlig-indsats-actions.service", layout)
    argv[argv.index("--port") + 1] = str(actions_port)
    actions = subprocess.Popen(
        argv, env=env, cwd=layout.state, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
    )
    started.append(actions)
    # Bounds as bench.servers uses them: the action server and gunicorn's preload (which
    # trains the chat's classifiers) can take a minute or more on a busy 2-core machine.
    servers.wait_for(f"http://127.0.0.1:{actions_port}/health", timeout=START_SECONDS, proc=actions)
    argv, env = unit(DEPLOY / "systemd" / "tidlig-indsats.service", layout)
    log = (layout.prefix / "gunicorn.log").open("w")
    portal = subprocess.Popen(argv, env=env, cwd=layout.state, stdout=log, stderr=subprocess.STDOUT)
    started.append(portal)
    servers.wait_for(f"http://127.0.0.1:{app_port}/healthz", timeout=START_SECONDS, proc=portal)

    # § 6: nginx with the shipped site configuration, TLS with a throw-away certificate.
    https_port, http_port = servers.free_port(), servers.free_port()
    cert, key = layout.prefix / "cert.pem", layout.prefix / "key.pem"
    run(
        [tool("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        None,
        layout.prefix,
    )  # fmt: skip
    site = (DEPLOY / "nginx" / "tidlig-indsats.conf").read_text()
    # The page cache is written by nginx's workers (nobody, when the test runs as root),
    # which cannot enter the test's private temporary folder: one of its own.
    cache = Path(tempfile.mkdtemp(prefix="ti-nginx-cache-"))
    cache.chmod(0o777)
    site = (
        site.replace("127.0.0.1:8000", f"127.0.0.1:{app_port}")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;")
        .replace("listen 80;", f"listen 127.0.0.1:{http_port};")
        .replace("/etc/ssl/tidlig-indsats/fullchain.pem", str(cert))
        .replace("/etc/ssl/tidlig-indsats/privkey.pem", str(key))
        .replace("/var/log/nginx/", f"{layout.prefix}/")
        .replace("/var/cache/nginx/", f"{cache}/")
    )
    # Only loopback here: the IPv6 wildcard listeners are left out.
    site = "\n".join(line for line in site.splitlines() if "listen [::]" not in line)
    (layout.prefix / "site.conf").write_text(site)
    (layout.prefix / "nginx.conf").write_text(
        f"daemon off;\npid {layout.prefix}/nginx.pid;\nerror_log {layout.prefix}/nginx-error.log;\n"
        "events {}\nhttp {\n"
        f"  client_body_temp_path {layout.prefix}/nginx-body;\n"
        f"  proxy_temp_path {layout.prefix}/nginx-proxy;\n"
        f"  include {DEPLOY / 'nginx' / 'log-format.conf'};\n"
        f"  include {layout.prefix / 'site.conf'};\n}}\n"
    )
    nginx_argv = [tool("nginx"), "-p", str(layout.prefix), "-c", str(layout.prefix / "nginx.conf")]
    run([*nginx_argv, "-t"], None, layout.prefix)
    nginx = subprocess.Popen(nginx_argv, stderr=subprocess.DEVNULL)
    started.append(nginx)
    base = f"https://127.0.0.1:{https_port}"
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    wait_for_tls(base + "/healthz", nginx)
    yield {
        "layout": layout,
        "base": base,
        "http": f"http://127.0.0.1:{http_port}",
        "flask": flask,
        "env_file": env_file,
        "pg_url": pg_url,
        "cert": str(cert),
    }
    shutil.rmtree(cache, ignore_errors=True)


def wait_for_tls(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    """Like bench.servers.wait_for, for the throw-away certificate."""
    deadline = time.monotonic() + timeout  # a bound, by the clock: a slow attempt counts
    while time.monotonic() < deadline:
        assert proc.poll() is None, "nginx exited"
        try:
            if requests.get(url, verify=False, timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)  # polling a starting server, not a test's timing
    raise TimeoutError(f"{url} did not answer")


def unit_env(stack, name: str) -> dict:
    return unit(DEPLOY / "systemd" / name, stack["layout"])[1]


def test_the_unit_files_pass_systemd_analyze():
    assert len(UNITS) >= 8
    for path in UNITS:
        result = subprocess.run(
            [tool("systemd-analyze"), "verify", "--man=no", str(path)],
            capture_output=True,
            text=True,
        )
        # Users and binaries exist only on the real host; everything else must be clean.
        problems = [
            line
            for line in result.stderr.splitlines()
            if line.strip()
            and "is not executable" not in line
            and "No such file" not in line
            and "user" not in line.lower()
            and "group" not in line.lower()
            and "bad unit file setting" not in line
            and "has a bad unit file" not in line
            and "Failed to" not in line
            and "fatal error" not in line
        ]
        assert problems == [], f"{path.name}: {problems}"


def test_public_pages_through_nginx_over_tls_in_danish(stack):
    response = requests.get(stack["base"] + "/", verify=False, timeout=10)
    assert response.status_code == 200
    assert '<html lang="da"' in response.text
    assert "max-age" in response.headers["Strict-Transport-Security"]
    switched = requests.get(stack["base"] + "/?lang=en", verify=False, timeout=10)
    assert '<html lang="en"' in switched.text
    assert all(cookie.secure for cookie in switched.cookies)
    redirect = requests.get(stack["http"] + "/", allow_redirects=False, timeout=10)
    assert redirect.status_code == 301
    assert redirect.headers["Location"].startswith("https://")


def test_nginx_caches_the_public_pages_per_language_and_nothing_else(stack):
    def get(path, **cookies):
        return requests.get(stack["base"] + path, cookies=cookies, verify=False, timeout=10)

    first = get("/accessibility", ti_lang="da")
    again = get("/accessibility", ti_lang="da")
    assert first.headers["X-Cache-Status"] == "MISS"
    assert again.headers["X-Cache-Status"] == "HIT"
    assert again.text == first.text and '<html lang="da"' in again.text
    # The language cookie is in the key; any other cookie (a session) shares the copy.
    english = get("/accessibility", ti_lang="en")
    assert english.headers["X-Cache-Status"] == "MISS" and '<html lang="en"' in english.text
    shared = get("/accessibility", ti_lang="da", ti_session="someone-else")
    assert shared.headers["X-Cache-Status"] == "HIT" and shared.text == first.text
    # A language switch sets the cookie each time: never served from the cache.
    for _ in range(2):
        switch = get("/accessibility?lang=en")
        assert switch.headers["X-Cache-Status"] != "HIT"
        assert switch.cookies["ti_lang"] == "en"
    # A page per visitor is not cached at all.
    check = get("/check")
    assert check.headers["Cache-Control"] == "no-store"
    assert "X-Cache-Status" not in check.headers


def test_health_checks_through_nginx(stack):
    assert requests.get(stack["base"] + "/healthz", verify=False, timeout=5).json() == {
        "status": "ok"
    }
    assert requests.get(stack["base"] + "/readyz", verify=False, timeout=5).status_code == 200


def chat(stack, sender: str, message: str) -> list[dict]:
    """One turn over the REST channel (CHAT_CHANNEL_TOKEN is set in the guide's env file)."""
    response = requests.post(
        stack["base"] + "/chat/webhook",
        json={"sender": sender, "message": message, "metadata": {"lang": "da"}},
        headers={"Authorization": "Bearer " + "c" * 40},
        verify=False,
        timeout=15,
    )
    assert response.status_code == 200
    return response.json()


def test_a_chat_turn_runs_its_actions_on_the_action_server(stack):
    messages = chat(stack, "guide-test", "/start_screening")
    # The first screening question comes from the actions (the server is the only runner).
    assert any(m.get("custom", {}).get("question") for m in messages), messages


def test_the_first_administrator_gets_a_set_up_link(stack):
    env = unit_env(stack, "tidlig-indsats-retention.service")
    result = run(
        [stack["flask"], "--app", "portal.wsgi", "staff", "create", "it@kommune.example",
         "--role", "admin", "--password-stdin"],
        env,
        stack["layout"].state,
        stdin="Kaffe-Kande-Tromle-97\n",
    )  # fmt: skip
    link = result.stdout.strip().splitlines()[-1]
    assert link.startswith(BASE_URL + "/staff/enrol/")


def test_the_timers_commands_run(stack):
    for name in ("tidlig-indsats-retention.service", "tidlig-indsats-outbox.service"):
        argv, env = unit(DEPLOY / "systemd" / name, stack["layout"])
        run(argv, env, stack["layout"].state)


def test_a_backup_restores_into_a_new_database(stack):
    argv, env = unit(DEPLOY / "systemd" / "tidlig-indsats-backup.service", stack["layout"])
    env["PATH"] = f"{Path(postgres._bin('pg_dump')).parent}:{env['PATH']}"
    dump = Path(run(argv, env, stack["layout"].prefix).stdout.strip().splitlines()[-1])
    assert dump.is_file() and dump.parent == stack["layout"].backups
    admin_url = stack["pg_url"].replace("postgresql+psycopg:", "postgresql:")
    restored_url = admin_url.rsplit("/", 1)[0] + "/restored"
    run([postgres._bin("createdb"), "--maintenance-db", admin_url, "restored"], None, "/")
    run([postgres._bin("pg_restore"), "--no-owner", "--dbname", restored_url, str(dump)], None, "/")
    counts = []
    for url in (admin_url, restored_url):
        out = run(
            [postgres._bin("psql"), url, "-tAc", "select count(*) from staff_user"], None, "/"
        )
        counts.append(int(out.stdout.strip()))
    assert counts[0] == counts[1]


READ_EVERY_ENCRYPTED_VALUE = """
from portal import create_app
from portal.crypto import EncryptedJSON, EncryptedText
from portal.extensions import db
app = create_app()
read = 0
with app.app_context():
    for mapper in db.Model.registry.mappers:
        columns = [
            c.key for c in mapper.columns if isinstance(c.type, (EncryptedText, EncryptedJSON))
        ]
        for row in db.session.scalars(db.select(mapper.class_)) if columns else ():
            for column in columns:
                read += getattr(row, column) is not None
print(read)
"""


def test_a_key_rotation_keeps_data_readable_with_the_new_key_alone(stack):
    chat(stack, "rotation-test", "hej")  # something encrypted to read: its transcript
    env = unit_env(stack, "tidlig-indsats-retention.service")
    python = str(stack["layout"].venv / "bin" / "python")
    before = int(run([python, "-c", READ_EVERY_ENCRYPTED_VALUE], env, stack["layout"].state).stdout)
    assert before > 0
    new_key, old_key = Fernet.generate_key().decode(), env["PORTAL_DATA_KEY"]
    env["PORTAL_DATA_KEY"] = f"{new_key},{old_key}"
    run([stack["flask"], "--app", "portal.wsgi", "data", "rotate-key"], env, stack["layout"].state)
    env["PORTAL_DATA_KEY"] = new_key
    after = int(run([python, "-c", READ_EVERY_ENCRYPTED_VALUE], env, stack["layout"].state).stdout)
    assert after == before
    env["PORTAL_DATA_KEY"] = Fernet.generate_key().decode()  # a wrong key cannot read them
    wrong = subprocess.run(
        [python, "-c", READ_EVERY_ENCRYPTED_VALUE], env=env, cwd=stack["layout"].state,
        capture_output=True, text=True,
    )  # fmt: skip
    assert wrong.returncode != 0
