"""Rate limits shared by every worker and instance through a real redis-server; production
refuses per-process counting with several workers; X-Forwarded-For only counts behind a
trusted proxy; a Redis outage neither fails nor hangs a page."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from portal.config import ConfigError, check_rate_limit_storage
from tests.conftest import DATA_KEY, make_config
from tests.support.databases import missing
from tests.support.redis import RedisServer, RedisUnavailable, flush
from tests.support.smtp import HangingServer, free_port

ROOT = Path(__file__).resolve().parent.parent
SUBMIT_LIMIT = 10  # portal/citizen/application.py: "10 per minute;50 per day"
BAD_SUBMIT = {"idempotency_key": "x"}  # refused with 400 after the limiter has counted it


@pytest.fixture(scope="session")
def redis_server():
    url = os.environ.get("TEST_REDIS_URL")  # scripts/run-tests starts one for the run
    if url:
        yield url.rsplit("/", 1)[0]
        return
    try:
        server = RedisServer().start()
    except RedisUnavailable as exc:
        missing(str(exc))
    yield server.url.rsplit("/", 1)[0]
    server.stop()


@pytest.fixture
def redis_url(redis_server):
    """An empty Redis database of this xdist worker's own (workers share the server)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw-1")
    url = f"{redis_server}/{int(worker.removeprefix('gw')) + 1}"
    flush(url)
    return url


def _limited(db_url, **overrides) -> dict:
    return make_config(db_url, RATELIMIT_ENABLED=True, **overrides)


_OTHER_INSTANCE = """
import json, os, sys
os.environ["PORTAL_ENV"] = "testing"
from portal import create_app
app = create_app(json.loads(sys.argv[1]))
client = app.test_client()
codes = [client.post("/apply/check", data={"idempotency_key": "x"}).status_code
         for _ in range(int(sys.argv[2]))]
print(json.dumps(codes))
"""


def _posts_from_another_instance(config: dict, count: int) -> list[int]:
    """Another portal instance (its own process and create_app) sends `count` posts."""
    result = subprocess.run(
        [sys.executable, "-c", _OTHER_INSTANCE, json.dumps(config), str(count)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_submit_limit_is_counted_across_two_instances(make_app, db_url, redis_url):
    config = _limited(db_url, RATELIMIT_STORAGE_URI=redis_url)
    other = _posts_from_another_instance(config, 6)
    assert other == [400] * 6
    client = make_app(**{k: v for k, v in config.items() if k.startswith("RATELIMIT")})
    client = client.test_client()
    here = [client.post("/apply/check", data=BAD_SUBMIT).status_code for _ in range(5)]
    # 6 there + 4 here make 10; the 11th request, on this instance, is refused.
    assert here == [400] * 4 + [429]


def test_without_a_shared_store_each_instance_counts_alone(make_app, db_url):
    """Why Redis: with memory storage the other instance's requests are not seen here."""
    config = _limited(db_url, RATELIMIT_STORAGE_URI="memory://")
    assert _posts_from_another_instance(config, 6) == [400] * 6
    app = make_app(**{k: v for k, v in config.items() if k.startswith("RATELIMIT")})
    client = app.test_client()
    here = [client.post("/apply/check", data=BAD_SUBMIT).status_code for _ in range(5)]
    assert here == [400] * 5


def test_x_forwarded_for_is_ignored_without_trust_proxy(make_app, redis_url):
    app = make_app(
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI=redis_url,
        TRUST_PROXY=False,
    )
    client = app.test_client()
    codes = [
        client.post(
            "/apply/check", data=BAD_SUBMIT, headers={"X-Forwarded-For": f"203.0.113.{n}"}
        ).status_code
        for n in range(SUBMIT_LIMIT + 1)
    ]
    assert codes == [400] * SUBMIT_LIMIT + [429]


def test_behind_a_trusted_proxy_the_forwarded_address_is_the_client(make_app, redis_url):
    """With TRUST_PROXY on, each forwarded address counts on its own: right behind the
    proxy, and the reason the app port must be reachable only from the proxy."""
    app = make_app(
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI=redis_url,
        TRUST_PROXY=True,
    )
    client = app.test_client()
    same = {"X-Forwarded-For": "203.0.113.7"}
    codes = [
        client.post("/apply/check", data=BAD_SUBMIT, headers=same).status_code
        for _ in range(SUBMIT_LIMIT + 1)
    ]
    assert codes[-1] == 429
    other = {"X-Forwarded-For": "203.0.113.8"}
    assert client.post("/apply/check", data=BAD_SUBMIT, headers=other).status_code == 400


@pytest.mark.parametrize("down", ["closed", "hanging"])
def test_a_redis_outage_neither_fails_nor_hangs_a_page(make_app, down):
    if down == "hanging":
        server = HangingServer().start()
        url = f"redis://127.0.0.1:{server.port}/0"
    else:
        server, url = None, f"redis://127.0.0.1:{free_port()}/0"
    try:
        app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=url)
        client = app.test_client()
        codes = [
            client.post("/apply/check", data=BAD_SUBMIT).status_code
            for _ in range(SUBMIT_LIMIT + 1)
        ]
        # Counted in this process meanwhile: the limit still holds.
        assert codes == [400] * SUBMIT_LIMIT + [429]
        assert client.get("/").status_code == 200
    finally:
        if server is not None:
            server.stop()


# --- production refuses per-worker counting --------------------------------------------------

PRODUCTION = {"PORTAL_ENV": "production"}


@pytest.mark.parametrize(
    ("environ", "workers", "refused"),
    [
        (PRODUCTION, 5, True),
        ({**PRODUCTION, "RATELIMIT_STORAGE_URI": "memory://"}, 2, True),
        (PRODUCTION, 1, False),
        ({**PRODUCTION, "RATELIMIT_STORAGE_URI": "redis://10.0.0.5:6379/0"}, 5, False),
        ({**PRODUCTION, "RATELIMIT_ALLOW_MEMORY": "1"}, 5, False),
        ({**PRODUCTION, "RATELIMIT_ENABLED": "false"}, 5, False),
        ({"PORTAL_ENV": "development"}, 5, False),
    ],
)
def test_production_refuses_memory_storage_with_several_workers(environ, workers, refused):
    if refused:
        with pytest.raises(ConfigError, match="RATELIMIT_STORAGE_URI=redis://"):
            check_rate_limit_storage(workers, environ)
    else:
        check_rate_limit_storage(workers, environ)


@pytest.mark.system
def test_gunicorn_refuses_to_start_with_memory_storage_and_two_workers(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "TEST_"))},
        "PORTAL_ENV": "production",
        "PORTAL_BASE_URL": "https://portal.example",
        "SECRET_KEY": "s" * 48,
        "PORTAL_DATA_KEY": DATA_KEY,
        "DATABASE_URL": f"sqlite:///{tmp_path}/p.sqlite3",
        "PYTHONPATH": str(ROOT),
        "GUNICORN_WORKERS": "2",
    }
    env.pop("RATELIMIT_STORAGE_URI", None)
    env.pop("RATELIMIT_ALLOW_MEMORY", None)
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    result = subprocess.run(
        [gunicorn, "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{free_port()}", "wsgi:app"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "with 2 gunicorn workers" in result.stderr
    assert "RATELIMIT_STORAGE_URI=redis://" in result.stderr
