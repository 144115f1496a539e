"""WSGI entry point of an installed portal: `gunicorn -c gunicorn.conf.py portal.wsgi:app`
(the source tree's wsgi.py imports this, so `gunicorn wsgi:app` and `flask --app wsgi` work
there too)."""

import gc
import os

from portal import create_app
from portal.chat.service import warm_up
from portal.services import staff_accounts

app = create_app()
# Under gunicorn (preload_app) the workers inherit what is trained and parsed here. A
# `flask` command (migrations, staff, retention, the outbox) needs none of it: the chat
# service trains on first use, before a turn's clock starts.
if os.environ.get("FLASK_RUN_FROM_CLI") != "true":
    # A first chat turn would otherwise pay for it (about 2 s of YAML and training on a busy
    # machine, holding the GIL, so /healthz in the same worker waited behind it:
    # bench/README.md "hanging").
    warm_up()
    staff_accounts.dummy_hash()  # the unknown-e-mail login's hash, made once for all workers
    # Everything made so far lives as long as the process. Out of the garbage collector's
    # sight, a worker's collections neither walk it (CPU) nor write to its pages, which
    # would copy them from the master one by one (memory: bench/README.md, "RSS").
    gc.freeze()
