"""portal.rate_limiting.Limiter skips Flask-Limiter's before-request pass only where it
has nothing to check: decorated, default, application and blueprint limits still hold."""

import flask
import pytest
from flask_limiter.util import get_remote_address

from portal.rate_limiting import Limiter


def _app(**limiter_kwargs):
    app = flask.Flask(__name__)
    app.config.update(RATELIMIT_STORAGE_URI="memory://", RATELIMIT_HEADERS_ENABLED=True)
    limiter = Limiter(key_func=get_remote_address, **limiter_kwargs)
    return app, limiter


def _hits(client, path, times):
    return [client.get(path).status_code for _ in range(times)]


def test_decorated_limit_still_holds():
    app, limiter = _app(default_limits=[])

    @app.get("/limited")
    @limiter.limit("2 per minute")
    def limited():
        return "ok"

    limiter.init_app(app)
    assert _hits(app.test_client(), "/limited", 3) == [200, 200, 429]


def test_default_limits_run_the_before_request_pass():
    app, limiter = _app(default_limits=["2 per minute"])

    @app.get("/plain")
    def plain():
        return "ok"

    limiter.init_app(app)
    assert _hits(app.test_client(), "/plain", 3) == [200, 200, 429]


def test_application_limits_run_the_before_request_pass():
    app, limiter = _app(application_limits=["2 per minute"])

    @app.get("/a")
    def a():
        return "ok"

    @app.get("/b")
    def b():
        return "ok"

    limiter.init_app(app)
    client = app.test_client()
    assert [client.get(p).status_code for p in ("/a", "/b", "/a")] == [200, 200, 429]


def test_blueprint_limit_still_holds():
    app, limiter = _app(default_limits=[])
    bp = flask.Blueprint("bp", __name__)

    @bp.get("/in-bp")
    def in_bp():
        return "ok"

    limiter.limit("2 per minute")(bp)
    app.register_blueprint(bp)
    limiter.init_app(app)
    assert _hits(app.test_client(), "/in-bp", 3) == [200, 200, 429]


def test_nothing_to_check_skips_the_pass(monkeypatch):
    app, limiter = _app(default_limits=[])

    @app.get("/plain")
    def plain():
        return "ok"

    @app.get("/limited")
    @limiter.limit("5 per minute")
    def limited():
        return "ok"

    limiter.init_app(app)
    passes = []
    original = Limiter.__mro__[1]._check_request_limit

    def counting(self, callable_name=None, in_middleware=True):
        passes.append(in_middleware)
        return original(self, callable_name=callable_name, in_middleware=in_middleware)

    monkeypatch.setattr(Limiter.__mro__[1], "_check_request_limit", counting)
    client = app.test_client()
    assert client.get("/plain").status_code == 200
    assert passes == []  # the before-request pass had nothing to check
    assert client.get("/limited").status_code == 200
    assert passes == [False]  # the decorator's own check ran, the empty pass did not
    assert client.get("/limited").headers["X-RateLimit-Remaining"] == "3"


@pytest.mark.parametrize(
    "attribute", ["_application_limits", "_default_limits", "_blueprint_limits"]
)
def test_the_manager_containers_it_reads_exist(attribute):
    # If Flask-Limiter renames them, the check must fail here, never skip a limit silently.
    _, limiter = _app(default_limits=[])
    assert hasattr(limiter.limit_manager, attribute)
    assert hasattr(limiter.limit_manager, "_endpoint_hints")
