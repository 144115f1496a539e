"""How the driver runs a custom action: one interface, two transports (DESIGN.md § 8).

In-process (the default) runs rasa_sdk's ActionExecutor inside the portal; HTTP posts the
same body to the rasa-sdk action server (ACTION_SERVER_URL). Either way a failure becomes a
TransportError that names the action, never the user's text or the server's error body.
With RASA_URL set, RasaForwarder sends the whole message to a real Rasa server instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import json
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from rasa_sdk.executor import ActionExecutor

from bot.actions.profile import reset_profile, use_profile
from portal.chat.driver import TransportError

log = logging.getLogger(__name__)
# connect, read (seconds): the citizen must not wait long, and a hanging action server
# holds a request thread no longer than this (the action server answers in well under
# 0.4 s at p99 under load: bench/README.md).
TIMEOUT = (0.5, 1.0)
_JSON = {"Content-Type": "application/json"}
MIN_CALL_SECONDS = 0.05  # less left of the turn's deadline than this: do not even try


def _timeout(timeout: tuple[float, float], deadline: float | None, what: str):
    """The (connect, read) timeout of one call, cut to what is left of the turn's deadline
    (a time.monotonic() value); TransportError when nothing is left."""
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left < MIN_CALL_SECONDS:
        log.warning("chat turn deadline passed before %s", what)
        raise TransportError(what)
    return (min(timeout[0], left), min(timeout[1], left))


class Bulkhead:
    """At most `limit` calls to the action server (or Rasa) wait at once in this process.

    A gthread worker serves every request from a few threads; if all of them wait on a
    hanging action server, /healthz and the pages queue behind them. With the limit at
    threads - 1 (gunicorn.conf.py sets it per worker) one thread is always free: a chat
    turn that finds the calls at their limit waits at most `wait` seconds for a free one,
    then gets the usual "the chatbot cannot answer right now" reply without calling out.
    No limit (None) outside gunicorn: the development server and the tests."""

    def __init__(self, limit: int | None = None, wait: float = 0.1):
        self.configure(limit, wait)

    def configure(self, limit: int | None, wait: float = 0.1) -> None:
        self.limit, self.wait = limit, wait
        self._slots = threading.BoundedSemaphore(limit) if limit else None

    @contextlib.contextmanager
    def slot(self, what: str):
        slots = self._slots
        if slots is None:
            yield
            return
        if not slots.acquire(timeout=self.wait):
            log.warning(
                "%d action calls already wait in this process; %s not sent", self.limit, what
            )
            raise TransportError(what)
        try:
            yield
        finally:
            slots.release()


BULKHEAD = Bulkhead()


def limit_calls_per_worker(threads: int) -> None:
    """Called in each gunicorn worker (gunicorn.conf.py, post_fork): one thread stays free
    for everything but the action server."""
    BULKHEAD.configure(max(1, threads - 1))


@functools.cache
def _executor() -> ActionExecutor:
    executor = ActionExecutor()
    executor.register_package("bot.actions")
    return executor


_PER_THREAD = threading.local()


def _runner() -> asyncio.Runner:
    """This thread's event loop, made once: asyncio.run() made (and closed) a new loop,
    selector and self-pipe for every action call, about 0.2 ms each (bench/README.md)."""
    runner = getattr(_PER_THREAD, "runner", None)
    if runner is None:
        runner = _PER_THREAD.runner = asyncio.Runner()
    return runner


def _http_session() -> requests.Session:
    """This thread's HTTP session: its connection to the action server (or Rasa) is kept
    alive between turns instead of a new TCP connection per turn. A Session is not shared
    between threads."""
    http = getattr(_PER_THREAD, "http", None)
    if http is None:
        http = _PER_THREAD.http = requests.Session()
    return http


def _run_sync(coroutine):
    """Run an action coroutine to completion from synchronous code."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        # The caller's context (the municipality profile, use_profile) goes with the
        # coroutine: a reused Runner would otherwise run it in the context of its first call.
        # The loop runs the task itself: Runner.run() also installs and removes a Ctrl-C
        # handler on every call in a main thread (a sync worker's), ~70 us of enum and
        # signal calls per action that a server never needs.
        loop = _runner().get_loop()
        task = loop.create_task(coroutine, context=contextvars.copy_context())
        return loop.run_until_complete(task)
    # An event loop already runs in this thread (Playwright's sync API in the tests, an
    # async server embedding the portal): run ours in a helper thread, same context.
    context = contextvars.copy_context()
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(context.run, asyncio.run, coroutine).result()


def _as_dict(result) -> dict:
    # rasa-sdk 3.6 returns a dict, 3.21 a pydantic model.
    if result is None:
        return {}
    if hasattr(result, "model_dump"):
        return result.model_dump()
    return dict(result)


class InProcessTransport:
    """Runs the actions in this process, with the portal's own municipality profile."""

    def __init__(self, municipality: str, deadline: float | None = None):
        self.municipality = municipality
        self.deadline = deadline

    def run(self, body: dict) -> dict:
        _timeout(TIMEOUT, self.deadline, body.get("next_action", ""))
        token = use_profile(self.municipality)
        try:
            return _as_dict(_run_sync(_executor().run(body)))
        except Exception as exc:
            # The exception text may echo the user's message: log only its type.
            log.error(
                "action %s failed in-process (%s)", body.get("next_action"), type(exc).__name__
            )
            raise TransportError(body.get("next_action", "")) from None
        finally:
            reset_profile(token)


_DOMAIN_JSON: tuple[object, str] | None = None


def _json_body(body: dict) -> bytes:
    """The request body as JSON. The bot's domain (every response in both languages, about
    14 KB) is the same object in every call: it is serialised once per process and put into
    the body as text, instead of json.dumps walking it on every action call (~0.4 ms)."""
    global _DOMAIN_JSON
    domain = body.get("domain")
    if not isinstance(domain, dict):
        return json.dumps(body, allow_nan=False).encode()
    cached = _DOMAIN_JSON
    if cached is None or cached[0] is not domain:
        cached = _DOMAIN_JSON = (domain, json.dumps(domain, allow_nan=False))
    rest = json.dumps({k: v for k, v in body.items() if k != "domain"}, allow_nan=False)
    separator = "," if rest != "{}" else ""
    return (rest[:-1] + separator + '"domain":' + cached[1] + "}").encode()


class HttpTransport:
    """Posts the action call to the rasa-sdk action server's /webhook."""

    def __init__(
        self,
        url: str,
        timeout: tuple[float, float] | None = None,
        session: requests.Session | None = None,
        deadline: float | None = None,
    ):
        self.url = url
        self.timeout = timeout or TIMEOUT
        self.session = session or _http_session()
        self.deadline = deadline

    def run(self, body: dict) -> dict:
        action = body.get("next_action", "")
        timeout = _timeout(self.timeout, self.deadline, action)
        try:
            with BULKHEAD.slot(action):
                response = self.session.post(
                    self.url, data=_json_body(body), headers=_JSON, timeout=timeout
                )
        except requests.RequestException as exc:
            log.warning("action server unreachable for %s (%s)", action, type(exc).__name__)
            raise TransportError(action) from None
        if response.status_code != 200:
            # The error body may quote the tracker: never shown, never logged.
            log.warning("action server answered %s for %s", response.status_code, action)
            raise TransportError(action)
        try:
            return response.json()
        except ValueError:
            log.warning("action server sent no JSON for %s", action)
            raise TransportError(action) from None


class RasaForwarder:
    """Sends the message to a real Rasa server's REST channel and returns its messages."""

    def __init__(
        self,
        base_url: str,
        timeout=TIMEOUT,
        session: requests.Session | None = None,
        deadline: float | None = None,
    ):
        self.url = base_url.rstrip("/") + "/webhooks/rest/webhook"
        self.timeout = timeout
        self.session = session or _http_session()
        self.deadline = deadline

    def send(self, sender: str, text: str, lang: str) -> list[dict]:
        body = {"sender": sender, "message": text, "metadata": {"lang": lang}}
        timeout = _timeout(self.timeout, self.deadline, "rasa")
        try:
            with BULKHEAD.slot("rasa"):
                response = self.session.post(self.url, json=body, timeout=timeout)
        except requests.RequestException as exc:
            log.warning("Rasa server unreachable (%s)", type(exc).__name__)
            raise TransportError("rasa") from None
        if response.status_code != 200:
            log.warning("Rasa server answered %s", response.status_code)
            raise TransportError("rasa")
        try:
            messages = response.json()
        except ValueError:
            raise TransportError("rasa") from None
        if not isinstance(messages, list):
            raise TransportError("rasa")
        clean = []
        for item in messages:
            if isinstance(item, dict):
                message = {
                    k: item[k] for k in ("text", "buttons", "custom", "image") if item.get(k)
                }
                if message:
                    clean.append(message)
        return clean


def make_transport(config, deadline: float | None = None) -> InProcessTransport | HttpTransport:
    """The transport for one turn; `deadline` (time.monotonic()) bounds all its calls."""
    url = config.get("ACTION_SERVER_URL")
    if url:
        return HttpTransport(url, deadline=deadline)
    return InProcessTransport(config["PORTAL_MUNICIPALITY"], deadline=deadline)
