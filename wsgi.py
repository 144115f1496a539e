"""WSGI entry point: `gunicorn -c gunicorn.conf.py wsgi:app`."""

from portal import create_app
from portal.chat.nlu import classifier

app = create_app()
# Train the chat's intent classifier now: with gunicorn's preload_app the workers inherit
# it, instead of each paying for it on its first chat turn.
classifier()
