"""WSGI entry point in the source tree: `gunicorn -c gunicorn.conf.py wsgi:app`."""

from portal.wsgi import app

__all__ = ["app"]
