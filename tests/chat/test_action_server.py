"""A real rasa-sdk action server process over HTTP, started and stopped by the test.

`python -m rasa_sdk --actions bot.actions --port N` has no bind option; rasa-sdk reads
SANIC_HOST, which we set to 127.0.0.1 (loopback only, as in production).
"""

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from portal.chat.driver import Driver, TransportError
from portal.chat.transports import HttpTransport, InProcessTransport
from portal.municipality import load_profile
from tests.chat.conftest import say, texts
from tests.chat.test_webhook import ABOUT_A_RELATIVE, FOR_HIM

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_healthy(process, port: int, seen: list[str]) -> bool:
    """rasa-sdk prints "up and running" before its Sanic worker has bound the port, so we
    also ask /health until it answers (bounded by a deadline, with a short pause)."""
    deadline = time.monotonic() + 60
    pause = threading.Event()
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if requests.get(f"http://127.0.0.1:{port}/health", timeout=5).ok:
                return True
        except requests.RequestException:
            pause.wait(0.1)
    return False


def start_action_server(municipality: str):
    port = free_port()
    env = {**os.environ, "SANIC_HOST": "127.0.0.1", "PORTAL_MUNICIPALITY": municipality}
    process = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "bot.actions", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    seen: list[str] = []
    # Drain the output in the background so the server never blocks on a full pipe.
    threading.Thread(target=lambda: seen.extend(process.stdout), daemon=True).start()
    if not _wait_until_healthy(process, port, seen):
        process.kill()
        pytest.fail("action server did not start:\n" + "".join(seen[-20:]))
    return process, port


@pytest.fixture(scope="module", params=["hedensted", "vordingborg"])
def action_server(request):
    process, port = start_action_server(request.param)
    yield request.param, f"http://127.0.0.1:{port}/webhook", port
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover
        process.kill()


CONVERSATIONS = [
    ("da", ["hej", "hvad koster det?", "hvor foregår det?", "hvad er jeres telefontid?", "tak"]),
    (
        "da",
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            "jeg er 40",
            "gæld og rengøring",
            "lidt",
            "nej",
            "ja",
            "i en gruppe",
            "på telefonen",
        ],
    ),
    (
        "da",
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            "blåbær",
            "jeg vil tale med et menneske",
            "stop",
        ],
    ),
    ("en", ["how long does it last?", "can I complain?", "who can get it?", "what about my data?"]),
    # Whose check is it (round 16, the action's): both payloads and typed answers.
    ("da", [ABOUT_A_RELATIVE["da"], FOR_HIM, '/answer{"urgent": "no"}']),
    ("en", [ABOUT_A_RELATIVE["en"], "yes do it for him", '/answer{"urgent": "no"}']),
    ("da", [ABOUT_A_RELATIVE["da"], "nej, for mig selv"]),
    ("en", [ABOUT_A_RELATIVE["en"], '/start_screening{"for_them": false}']),
    (
        "en",
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            '/answer{"age": "18_or_over"}',
            "I only want help with work",
            "a little",
            "no",
            "yes",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "messages"), CONVERSATIONS)
def test_same_conversation_same_replies_in_process_and_over_http(action_server, lang, messages):
    municipality, url, _ = action_server
    profile = load_profile(municipality)
    local, remote = (
        Driver(InProcessTransport(municipality), profile),
        Driver(HttpTransport(url), profile),
    )
    local_state, remote_state = local.new_state(lang), remote.new_state(lang)
    for message in messages:
        a = local.handle("s", local_state, message, lang)
        b = remote.handle("s", remote_state, message, lang)
        assert a.messages == b.messages, message
        assert a.outcome == b.outcome
    assert local_state == remote_state


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_action_server_alone_asks_whose_check_and_honours_it(action_server, lang):
    """As behind a real Rasa: the question and the payload's meaning are the action's,
    without anything the portal's driver keeps of its own."""
    from portal.chat import driver

    municipality, url, _ = action_server
    remote = Driver(HttpTransport(url), load_profile(municipality))
    state = remote.new_state(lang)
    turn = remote.handle("s", state, ABOUT_A_RELATIVE[lang], lang)
    assert [b["payload"] for b in turn.messages[-1]["buttons"]] == [FOR_HIM, "/start_screening"]
    for own in (driver.OFFERED_CHECK, driver.OFFERED_FOR_THEM, driver.THEIR_READINGS):
        state.pop(own, None)
    turn = remote.handle("s", state, FOR_HIM, lang)
    assert state["slots"]["answered_for"] == "he"
    assert state["slots"]["age"] == "18_or_over"
    assert [m.get("custom", {}).get("question") for m in turn.messages][-1] == "urgent"


def test_the_portal_uses_the_action_server(make_app, action_server):
    municipality, url, _ = action_server
    client = make_app(municipality, ACTION_SERVER_URL=url).test_client()
    reply = texts(say(client, "hvad koster det?"))
    section = next(s for s in load_profile(municipality)["sections"] if s["id"] == "cost")
    assert section["paragraphs"][0]["da"] in reply


def test_the_server_listens_on_loopback_only(action_server):
    _, _, port = action_server
    assert requests.get(f"http://127.0.0.1:{port}/health", timeout=5).json() == {"status": "ok"}
    addresses = {
        info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    } - {"127.0.0.1", "127.0.1.1"}
    for address in addresses:
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://{address}:{port}/health", timeout=2)


def test_an_error_body_is_neither_shown_nor_logged(action_server, caplog):
    _, url, _ = action_server
    transport = HttpTransport(url)
    body = {
        "next_action": "action_does_not_exist",
        "sender_id": "s",
        "tracker": {
            "sender_id": "s",
            "slots": {},
            "latest_message": {"text": "Ole 010190-1234"},
            "events": [],
        },
        "domain": {},
    }
    with pytest.raises(TransportError) as error:
        transport.run(body)
    assert "Ole" not in str(error.value) and "Ole" not in caplog.text
    assert "404" in caplog.text
