"""`pip install .` without make gives a working portal: the wheel carries compiled
catalogues, gunicorn in production mode serves Danish pages with no English text, and a
missing catalogue stops the start (DESIGN.md § 4 "install")."""

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from babel.messages.pofile import read_po
from cryptography.fernet import Fernet

from bench import servers
from tests.support.source_tree import copy_source

# Same group as the production guide: both build a wheel from this tree, and setuptools'
# build/ folder in it cannot be shared by two builds at once.
pytestmark = [pytest.mark.system, pytest.mark.xdist_group("production_guide")]
ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
DANISH_PAGES = ["/", "/check", "/crisis", "/contact", "/privacy", "/chat", "/staff/login"]


@pytest.fixture(scope="session")
def installed(tmp_path_factory):
    """The wheel built from this tree, installed into a folder of its own (deps: this venv)."""
    build = tmp_path_factory.mktemp("wheel")
    source = copy_source(tmp_path_factory.mktemp("src") / "tree")
    result = subprocess.run(
        [PYTHON, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(build)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = build.glob("tidlig_indsats-*.whl")
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [PYTHON, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return target


def production_env(target: Path, workdir: Path) -> dict:
    env = servers.base_env(
        PYTHONPATH=str(target),
        DATABASE_URL=f"sqlite:///{workdir / 'portal.sqlite3'}",
        PORTAL_INSTANCE_PATH=str(workdir / "instance"),
        RATELIMIT_ENABLED="false",
    )
    env["PORTAL_DATA_KEY"] = Fernet.generate_key().decode()
    return env


def english_texts() -> list[str]:
    """English source texts whose Danish differs: none of them may show on a Danish page."""
    with open(ROOT / "translations" / "da" / "LC_MESSAGES" / "messages.po", "rb") as fh:
        catalog = read_po(fh, locale="da")
    texts = []
    for message in catalog:
        if not message.id or isinstance(message.id, tuple) or "%(" in message.id:
            continue
        if message.string and message.string != message.id and len(message.id.split()) >= 3:
            texts.append(message.id)
    return texts


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_the_package_is_imported_from_the_install_not_the_tree(installed, tmp_path):
    env = production_env(installed, tmp_path)
    out = subprocess.run(
        [PYTHON, "-c", "import portal, bot; print(portal.__file__); print(bot.__file__)"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert all(path.startswith(str(installed)) for path in out)
    assert (installed / "portal" / "translations" / "da" / "LC_MESSAGES" / "messages.mo").is_file()


def test_gunicorn_from_the_install_serves_danish_pages_without_english(installed, tmp_path):
    env = production_env(installed, tmp_path)
    flask = str(Path(PYTHON).parent / "flask")
    subprocess.run(
        [flask, "--app", "portal.wsgi", "db", "upgrade"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    port = servers.free_port()
    log = (tmp_path / "gunicorn.log").open("w")
    cmd = [
        servers.GUNICORN,
        "-c",
        str(ROOT / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "1",
        "portal.wsgi:app",
    ]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        # A bound, as bench.servers uses for gunicorn: its preload trains the chat's
        # classifiers, which can take a minute or more on a busy 2-core machine.
        servers.wait_for(base + "/healthz", timeout=180, proc=proc)
        english = english_texts()
        assert len(english) > 100  # the check has something to look for
        for path in DANISH_PAGES:
            response = requests.get(base + path, timeout=10)
            assert response.status_code == 200, path
            assert '<html lang="da"' in response.text, path
            text = visible_text(response.text)
            shown = [t for t in english if t in text]
            assert shown == [], f"{path} shows English: {shown[:5]}"
        english_page = requests.get(base + "/?lang=en", timeout=10).text
        assert '<html lang="en"' in english_page
    finally:
        proc.terminate()
        proc.wait(timeout=15)
        log.close()


def test_a_missing_catalogue_stops_the_start_with_a_clear_message(installed, tmp_path):
    broken = tmp_path / "site"
    shutil.copytree(installed, broken)
    shutil.rmtree(broken / "portal" / "translations" / "da")
    env = production_env(broken, tmp_path)
    result = subprocess.run(
        [PYTHON, "-c", "from portal import create_app; create_app()"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "No compiled translation catalogue for da" in result.stderr
