"""The HTTP transport against misbehaving servers: slow, failing with a body, not JSON."""

import asyncio
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from portal.chat.driver import TransportError
from portal.chat.transports import HttpTransport, InProcessTransport

BODY = {"next_action": "action_answer_faq", "tracker": {"latest_message": {"text": "Ole"}}}


class Failing(BaseHTTPRequestHandler):
    status, payload = 500, b'{"error": "Ole 010190-1234 broke it"}'

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    servers = []

    def start(status, payload):
        handler = type("Handler", (Failing,), {"status": status, "payload": payload})
        httpd = HTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_port}/webhook"

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(
    ("status", "payload"), [(500, b'{"error": "Ole 010190-1234"}'), (200, b"Ole")]
)
def test_a_failing_server_is_a_transport_error_without_its_body(server, caplog, status, payload):
    url = server(status, payload)
    with pytest.raises(TransportError) as error:
        HttpTransport(url).run(BODY)
    assert "Ole" not in str(error.value) and "Ole" not in caplog.text
    assert "010190" not in caplog.text


def test_a_slow_server_times_out():
    # A listening socket that never answers: the connection is made, no reply comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/webhook"
        with pytest.raises(TransportError):
            HttpTransport(url, timeout=(0.5, 0.3)).run(BODY)


def test_the_default_timeout_is_about_one_second():
    assert HttpTransport("http://127.0.0.1:1/webhook").timeout == (0.5, 1.0)


def test_an_action_that_raises_in_process_is_a_transport_error(monkeypatch, caplog):
    from portal.chat.transports import _executor

    async def boom(dispatcher, tracker, domain):
        raise RuntimeError("Ole 010190-1234")

    # rasa-sdk keeps each action's bound run method in its registry.
    monkeypatch.setitem(_executor().actions, "action_answer_faq", boom)
    body = {
        "next_action": "action_answer_faq",
        "sender_id": "s",
        "tracker": {"sender_id": "s", "slots": {}, "latest_message": {}, "events": []},
        "domain": {},
    }
    with pytest.raises(TransportError):
        InProcessTransport("hedensted").run(body)
    assert "Ole" not in caplog.text and "RuntimeError" in caplog.text


def _profile_body() -> dict:
    return {
        "next_action": "action_answer_faq",
        "sender_id": "s",
        "tracker": {"sender_id": "s", "slots": {}, "latest_message": {}, "events": []},
        "domain": {},
    }


def test_in_process_calls_reuse_the_threads_loop_but_each_runs_in_its_own_profile(monkeypatch):
    """One event loop per thread (not one per call), yet every call sees the municipality
    its transport names, never the profile of the call that made the loop."""
    from bot.actions.profile import current_profile
    from portal.chat.transports import _executor

    seen = []

    async def which(dispatcher, tracker, domain):
        seen.append((current_profile()["id"], asyncio.get_running_loop()))
        return []

    monkeypatch.setitem(_executor().actions, "action_answer_faq", which)

    def three_calls():
        for name in ("hedensted", "vordingborg", "hedensted"):
            InProcessTransport(name).run(_profile_body())

    # In a thread of its own, as a gunicorn worker's: in an xdist worker that ran browser
    # tests before, Playwright's sync API leaves an event loop running in the main thread,
    # and calls from such a thread deliberately take a helper thread each.
    worker = threading.Thread(target=three_calls)
    worker.start()
    worker.join(timeout=60)
    names = [n for n, _ in seen]
    assert names == ["hedensted", "vordingborg", "hedensted"]
    assert len({id(loop) for _, loop in seen}) == 1


def test_each_thread_has_its_own_loop(monkeypatch):
    from portal.chat.transports import _executor

    loops = []

    async def record(dispatcher, tracker, domain):
        loops.append(asyncio.get_running_loop())
        return []

    monkeypatch.setitem(_executor().actions, "action_answer_faq", record)
    InProcessTransport("hedensted").run(_profile_body())
    other = threading.Thread(target=lambda: InProcessTransport("hedensted").run(_profile_body()))
    other.start()
    other.join(timeout=30)
    assert len(loops) == 2 and loops[0] is not loops[1]


def test_in_process_calls_leave_the_signal_handlers_alone(monkeypatch):
    """asyncio.Runner.run() set and reset a Ctrl-C handler around every action call made
    in a main thread (a sync gunicorn worker's); the thread's loop runs the task itself."""
    import signal

    try:
        asyncio.get_running_loop()
        pytest.skip("an event loop runs in this thread: calls take a helper thread here")
    except RuntimeError:
        pass
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("only a main thread's calls could touch the handlers")
    calls = []
    real = signal.signal
    monkeypatch.setattr(signal, "signal", lambda *args: calls.append(args) or real(*args))
    InProcessTransport("hedensted").run(_profile_body())
    InProcessTransport("hedensted").run(_profile_body())
    assert calls == []


def test_the_http_body_is_the_call_as_json_with_the_domain_serialised_once(monkeypatch):
    from portal.chat import transports

    domain = {"responses": {"utter_greet": [{"text": "Hej – æøå"}]}, "slots": {}}
    body = {"next_action": "action_x", "tracker": {"slots": {"a": None}}, "domain": domain}
    monkeypatch.setattr(transports, "_DOMAIN_JSON", None)
    assert json.loads(transports._json_body(body)) == body
    cached = transports._DOMAIN_JSON
    assert cached[0] is domain
    # The same domain again: its text is reused, the rest of the call is new.
    other = dict(body, next_action="action_y")
    assert json.loads(transports._json_body(other)) == other
    assert transports._DOMAIN_JSON is cached
    # Another domain object (a reloaded bot) is serialised anew.
    changed = dict(body, domain={"responses": {}, "slots": {"b": {}}})
    assert json.loads(transports._json_body(changed)) == changed
    assert transports._DOMAIN_JSON[0] is changed["domain"]
    # A body without a domain is plain JSON.
    assert json.loads(transports._json_body({"next_action": "x"})) == {"next_action": "x"}
