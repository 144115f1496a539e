"""WSGI entry point: `gunicorn -c gunicorn.conf.py wsgi:app`."""

from portal import create_app

app = create_app()
