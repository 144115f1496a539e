"""Gunicorn settings for production; each can be overridden by the environment."""

import multiprocessing
import os
import sys

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Processes, not threads, give a CPU-bound request (a chat turn: ~2 ms of CPU, holding the
# GIL) more of the cores; a worker's threads take turns at one core. Two threads per worker
# are kept for the bulkhead (post_fork below: /healthz answers while the action server
# hangs), not for speed. Measured for the chat turn at 20 at once (24 Nov 2026, with
# the four settings up at once and their wrk runs alternated, so a neighbour's load hit
# each alike; load 13-17): median p95 5 x 2 threads 156 ms, 5 x 2 without keep-alive 187 ms,
# 9 x 2 163 ms, sync -w 2 105 ms, at 2.1-2.4 ms CPU per turn each: no setting of workers
# and threads was better than this one; the lever is the turn's CPU, not the settings.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# A worker is replaced after this many requests (a slow leak cannot grow for ever). A new
# worker pays again for what the first requests compile and load (templates, SQL
# statements, catalogues: about 0.1 s of CPU, bench/README.md): at 2,000 that was every few
# seconds per worker under load.
max_requests = 20000
max_requests_jitter = 2000
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


def post_fork(server, worker):
    # At most threads - 1 chat turns of this worker wait on the action server at once, so
    # one thread is always free for /healthz and the pages (portal/chat/transports.py).
    # The portal is preloaded, so the module is here; another app (the benchmarks'
    # hello-world) does not get it imported.
    transports = sys.modules.get("portal.chat.transports")
    if transports is not None:
        transports.limit_calls_per_worker(worker.cfg.threads)
