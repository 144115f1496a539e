"""The bulkhead of portal/chat/transports.py: in a gunicorn worker at most threads - 1 chat
turns wait on the action server at once, so a hanging action server never takes the
thread /healthz needs. Behaviour only; `python -m bench hanging` measures /healthz."""

import runpy
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from portal.chat import transports
from tests.support.smtp import HangingServer

BOUND_SECONDS = 60  # upper bound for waiting on a thread; never a timing assertion
ROOT = Path(__file__).resolve().parents[2]
POLITE = "chatbotten kan ikke svare lige nu"


def _chat(app):
    return app.test_client().post(
        "/chat/webhook",
        json={"sender": "x", "message": "Hvad koster det?", "metadata": {"lang": "da"}},
    )


@pytest.fixture
def bulkhead(monkeypatch):
    """A bulkhead of one slot that refuses at once when it is taken."""
    fresh = transports.Bulkhead(1, wait=0)
    monkeypatch.setattr(transports, "BULKHEAD", fresh)
    return fresh


def test_with_the_bulkhead_full_a_turn_gets_the_polite_reply_without_calling_out(
    make_app, bulkhead, monkeypatch
):
    # A long read timeout and deadline: the first turn waits until the server is stopped.
    monkeypatch.setattr(transports, "TIMEOUT", (5.0, BOUND_SECONDS))
    with HangingServer() as hang:
        app = make_app(
            ACTION_SERVER_URL=f"http://127.0.0.1:{hang.port}/webhook",
            CHAT_TURN_SECONDS=BOUND_SECONDS,
        )
        before = hang.accepted
        out = {}
        waiting = threading.Thread(target=lambda: out.update(first=_chat(app)), daemon=True)
        waiting.start()
        hang.wait_for_connections(before + 1)  # the one slot now waits on the server

        second = _chat(app)
        assert second.status_code == 200
        text = second.get_data(as_text=True)
        assert POLITE in text and "79 75 58 20" in text
        assert hang.accepted == before + 1  # the second turn never called the server
        assert app.test_client().get("/healthz").status_code == 200
    # The server is gone: the first turn ends with the same reply and frees its slot.
    waiting.join(BOUND_SECONDS)
    assert not waiting.is_alive()
    assert POLITE in out["first"].get_data(as_text=True)
    assert bulkhead._slots.acquire(blocking=False)
    bulkhead._slots.release()


def test_a_free_slot_lets_the_call_through_and_is_given_back(bulkhead):
    calls = []
    with bulkhead.slot("action_x"):
        calls.append("inside")
        with pytest.raises(transports.TransportError), bulkhead.slot("action_y"):
            calls.append("never")
    with bulkhead.slot("action_z"):  # given back after use, also after a failure
        calls.append("again")
    with pytest.raises(RuntimeError), bulkhead.slot("action_w"):
        raise RuntimeError("the call failed")
    with bulkhead.slot("action_v"):
        calls.append("and again")
    assert calls == ["inside", "again", "and again"]


def test_no_limit_outside_gunicorn():
    assert transports.Bulkhead().limit is None
    with transports.Bulkhead().slot("a"), transports.Bulkhead().slot("b"):
        pass


@pytest.mark.parametrize(("threads", "limit"), [(1, 1), (2, 1), (4, 3)])
def test_each_gunicorn_worker_keeps_one_thread_free(monkeypatch, threads, limit):
    monkeypatch.setattr(transports, "BULKHEAD", transports.Bulkhead())
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    worker = SimpleNamespace(cfg=SimpleNamespace(threads=threads))
    settings["post_fork"](None, worker)
    assert transports.BULKHEAD.limit == limit
