"""Gunicorn settings for production; each can be overridden by the environment."""

import multiprocessing
import os
import sys
from pathlib import Path

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Processes, not threads, give a CPU-bound request (a chat turn: ~2 ms of CPU, holding the
# GIL) the cores; a worker's threads take turns at one core. Two threads per worker are
# kept for the bulkhead (post_fork below: /healthz answers while the action server hangs),
# not for speed. One worker per core, not gunicorn's 2 x cores + 1 rule for waiting work:
# our requests wait on little but the CPU, and more processes than cores only lengthen
# the tail. Measured on an idle 2-core machine (24 Nov 2026, chat turn at 20 at once,
# PostgreSQL, two rounds alternated): p95 2 x 2 threads 26.6 / 29.9 ms, 3 x 2 43.6 /
# 43.5 ms, 5 x 2 70.8 / 51.5 ms at the same ~900 req/s.
workers = int(os.environ.get("GUNICORN_WORKERS", max(2, multiprocessing.cpu_count())))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# SO_REUSEPORT gives each gthread worker a socket of its own and the kernel spreads new
# connections over them by address hash. With one shared socket the worker that happens to
# be idle takes connections opened one after another, and a kept-alive connection stays
# with its worker (20 Locust users sat on one worker in 4 of 6 runs; 19 of 20 chat
# connections in a run of 2026-11-24). But a worker that exits (max_requests below, a
# reload) resets the connections still waiting in its own queue unless the kernel moves
# them to another worker's socket (Linux >= 5.14, sysctl net.ipv4.tcp_migrate_req=1): the
# bench's production run met exactly that (ConnectionError after a worker was replaced).
# So by default ("auto") it is on exactly when the kernel moves them; the production guide
# sets that sysctl (deploy/sysctl/90-tidlig-indsats.conf). GUNICORN_REUSE_PORT=1 or 0
# forces it. With it on, a second gunicorn on the same port as the same user shares the
# traffic instead of failing with "address in use".
MIGRATE_REQ = Path("/proc/sys/net/ipv4/tcp_migrate_req")


def kernel_moves_queued_connections() -> bool:
    try:
        return MIGRATE_REQ.read_text().strip() == "1"
    except OSError:  # not Linux, or a kernel before 5.14
        return False


_reuse = os.environ.get("GUNICORN_REUSE_PORT", "auto").strip().lower()
if _reuse == "auto":
    reuse_port = kernel_moves_queued_connections()
else:
    reuse_port = _reuse in ("1", "true", "yes")
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# A worker is replaced after this many requests (a slow leak cannot grow for ever). A new
# worker pays again for what the first requests compile and load (templates, SQL
# statements, catalogues: about 0.1 s of CPU, bench/README.md): at 2,000 that was every few
# seconds per worker under load, at 20,000 every 10-20 s in the bench, and with 2,000 of
# jitter both workers were replaced in the same second (with a socket per worker, nobody
# listened for that moment: 8,170 refused connections in a bench run). So a long life (at
# a municipality's few requests a second, days) and a jitter as large, so that two workers
# are never replaced together.
max_requests = 200000
max_requests_jitter = 200000
# Request lines and headers: well above what a browser sends, far below abuse.
limit_request_line = 8190
limit_request_fields = 100
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
# No query strings in the access log: they can hold search terms with names.
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(L)ss'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
preload_app = True
# Gunicorn 24+ opens a control socket in ~/.gunicorn; several instances on one host would
# share it, and we do not use it.
control_socket_disable = True


def on_starting(server):
    # The worker count is final here (environment, command line or the default above):
    # production refuses per-worker rate limits with several workers (portal/config.py).
    from portal.config import check_rate_limit_storage

    check_rate_limit_storage(server.cfg.workers)
    # A sync worker accepts only while it is free, so one shared socket spreads their
    # connections by itself; a socket of its own would queue them for a busy worker.
    if server.cfg.worker_class_str == "sync":
        server.cfg.set("reuse_port", False)


def post_fork(server, worker):
    # At most threads - 1 chat turns of this worker wait on the action server at once, so
    # one thread is always free for /healthz and the pages (portal/chat/transports.py).
    # The portal is preloaded, so the module is here; another app (the benchmarks'
    # hello-world) does not get it imported.
    transports = sys.modules.get("portal.chat.transports")
    if transports is not None:
        transports.limit_calls_per_worker(worker.cfg.threads)
