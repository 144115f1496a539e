"""Settings, read from the environment only (DESIGN.md § 4)."""

import os
import secrets
from pathlib import Path


class ConfigError(RuntimeError):
    """A setting is missing or wrong; the message says which and how to fix it."""


def _read_or_create_secret(path: Path, make) -> str:
    # Dev convenience: a secret generated once into instance/ survives restarts.
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = make()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value)
    return value


def _new_fernet_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


class StaticCompressionCache:
    """Compressed static files, kept per process (a handful of files, so no eviction)."""

    def __init__(self):
        self._items: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self._items.get(key)

    def set(self, key: str, value: bytes) -> None:
        if len(self._items) < 256:
            self._items[key] = value


class Config:
    """Base settings. `from_env` builds one from os.environ and the instance folder."""

    ENV = "development"
    TESTING = False
    SECRET_KEY: str | None = None
    SQLALCHEMY_DATABASE_URI: str = ""
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    PORTAL_MUNICIPALITY = "hedensted"
    PORTAL_DATA_KEY = ""  # comma-separated Fernet keys, newest first (rotation)
    ACTION_SERVER_URL = ""
    RASA_URL = ""
    # Bearer token of the chat's server-to-server REST channel; empty = that mode is off.
    CHAT_CHANNEL_TOKEN = ""
    SMTP_URL = ""
    SMTP_FROM = ""
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_ENABLED = True
    RATELIMIT_HEADERS_ENABLED = True
    # Redis (RATELIMIT_STORAGE_URI=redis://...) shares the counts across workers and
    # instances. Short timeouts, and a Redis outage neither fails nor slows a page: the
    # limits are then counted in this process until it is back.
    RATELIMIT_STORAGE_OPTIONS = {"socket_timeout": 0.5, "socket_connect_timeout": 0.5}
    RATELIMIT_SWALLOW_ERRORS = True
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_ALLOW_MEMORY = False  # production: memory storage with several workers
    CHAT_TURN_SECONDS = 5.0  # a chat turn's overall deadline (portal/chat/service.py)
    OUTBOX_BACKGROUND = None  # None: a background e-mail sender unless TESTING
    MAX_CONTENT_LENGTH = 64 * 1024  # no form of ours needs more
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    SESSION_COOKIE_NAME = "ti_session"
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 8
    STAFF_IDLE_TIMEOUT_SECONDS = 30 * 60
    STAFF_SESSION_MAX_SECONDS = 12 * 60 * 60  # absolute lifetime, however active
    # Where staff set-up links printed by the CLI and shown to admins point.
    PORTAL_BASE_URL = "http://127.0.0.1:8000"
    WTF_CSRF_TIME_LIMIT = None  # tied to the session instead; long forms must not expire
    BABEL_DEFAULT_LOCALE = "da"
    BABEL_DEFAULT_TIMEZONE = "Europe/Copenhagen"
    LANGUAGES = ("da", "en")
    PREFERRED_URL_SCHEME = "http"
    HSTS = False
    TRUST_PROXY = False
    LOG_LEVEL = "INFO"
    # Compress static text only. Pages carry CSRF tokens and personal data; compressing
    # them over TLS invites BREACH-style attacks, and they are small anyway.
    COMPRESS_MIMETYPES = ["text/css", "application/javascript", "text/javascript", "image/svg+xml"]
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_MIN_SIZE = 500
    COMPRESS_BR_LEVEL = 11  # compressed once per file and process, then cached
    COMPRESS_LEVEL = 9
    COMPRESS_CACHE_KEY = staticmethod(lambda request: request.full_path)
    COMPRESS_CACHE_BACKEND = staticmethod(lambda: StaticCompressionCache())
    SEND_FILE_MAX_AGE_DEFAULT = 60 * 60 * 24 * 365  # static URLs carry a content hash

    @classmethod
    def from_env(cls, instance_path: str, environ=os.environ) -> dict:
        env = environ.get("PORTAL_ENV", "development").strip().lower()
        if env not in {"development", "production", "testing"}:
            raise ConfigError(f"PORTAL_ENV must be development, production or testing, not {env!r}")
        production = env == "production"
        instance = Path(instance_path)
        settings = {k: getattr(cls, k) for k in dir(cls) if k.isupper()}
        settings["ENV"] = env
        settings["TESTING"] = env == "testing"

        secret = environ.get("SECRET_KEY", "")
        if not secret:
            if production:
                raise ConfigError(
                    "SECRET_KEY is not set. In production set SECRET_KEY to a long random "
                    "value, e.g. the output of: python -c 'import secrets; "
                    "print(secrets.token_urlsafe(48))'"
                )
            secret = _read_or_create_secret(
                instance / "secret_key", lambda: secrets.token_urlsafe(48)
            )
        settings["SECRET_KEY"] = secret

        data_key = environ.get("PORTAL_DATA_KEY", "")
        if not data_key:
            if production:
                raise ConfigError(
                    "PORTAL_DATA_KEY is not set. In production set it to one or more Fernet "
                    "keys, newest first, separated by commas (generate one with: "
                    "python -c 'from cryptography.fernet import Fernet; "
                    "print(Fernet.generate_key().decode())')"
                )
            data_key = _read_or_create_secret(instance / "data_key", _new_fernet_key)
        settings["PORTAL_DATA_KEY"] = data_key

        default_db = f"sqlite:///{instance / 'portal.sqlite3'}"
        url = environ.get("DATABASE_URL", "") or default_db
        # Heroku-style URLs name the old driver; psycopg 3 is what we ship.
        if url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url[len("postgres://") :]
        elif url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://") :]
        settings["SQLALCHEMY_DATABASE_URI"] = url
        if url.startswith("sqlite"):
            settings["SQLALCHEMY_ENGINE_OPTIONS"] = {"connect_args": {"timeout": 30}}
        else:
            # No pool_pre_ping (a round trip per request): portal/db.py replaces a pooled
            # connection the server closed with a poll of its socket, and runs a request
            # once more when its connection is found dead at first use.
            settings["SQLALCHEMY_ENGINE_OPTIONS"] = {
                "pool_size": int(environ.get("DATABASE_POOL_SIZE", "5")),
                "connect_args": {"connect_timeout": 5},
            }

        for key in (
            "PORTAL_MUNICIPALITY",
            "ACTION_SERVER_URL",
            "RASA_URL",
            "CHAT_CHANNEL_TOKEN",
            "SMTP_URL",
            "SMTP_FROM",
            "RATELIMIT_STORAGE_URI",
            "LOG_LEVEL",
            "PORTAL_BASE_URL",
        ):
            if environ.get(key):
                settings[key] = environ[key].strip()
        settings["PORTAL_MUNICIPALITY"] = settings["PORTAL_MUNICIPALITY"].lower()
        if environ.get("RATELIMIT_ENABLED", "").lower() in {"0", "false", "no"}:
            settings["RATELIMIT_ENABLED"] = False
        if environ.get("TRUST_PROXY", "").lower() in {"1", "true", "yes"}:
            settings["TRUST_PROXY"] = True
        if environ.get("RATELIMIT_ALLOW_MEMORY", "").lower() in {"1", "true", "yes"}:
            settings["RATELIMIT_ALLOW_MEMORY"] = True
        if environ.get("OUTBOX_BACKGROUND", "").lower() in {"0", "false", "no"}:
            settings["OUTBOX_BACKGROUND"] = False  # e.g. a separate `outbox run --loop`
        if production:
            base_url = environ.get("PORTAL_BASE_URL", "").strip()
            if not base_url.startswith(("https://", "http://")):
                # Set-up links, resume links and survey links are built from it; a default
                # would send staff and citizens to 127.0.0.1.
                raise ConfigError(
                    "PORTAL_BASE_URL is not set. In production set it to the portal's public "
                    "address, e.g. https://tidligindsats.kommune.dk (links in e-mails and "
                    "staff set-up links are built from it)"
                )
            token = settings["CHAT_CHANNEL_TOKEN"]
            if token and len(token) < 32:
                raise ConfigError(
                    "CHAT_CHANNEL_TOKEN is too short. Use at least 32 random characters, e.g. "
                    "the output of: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
                )
            # COOKIE_SECURE=0 only for test rigs on loopback without TLS (benchmarks).
            settings["SESSION_COOKIE_SECURE"] = environ.get("COOKIE_SECURE", "1") != "0"
            settings["HSTS"] = True
            settings["PREFERRED_URL_SCHEME"] = "https"
        return settings


def check_rate_limit_storage(workers: int, environ=os.environ) -> None:
    """Production refuses per-process rate limits when several workers serve: each would
    count on its own and every limit would be multiplied by the number of workers.
    Called by gunicorn.conf.py once the worker count is final."""
    env = environ.get("PORTAL_ENV", "development").strip().lower()
    enabled = environ.get("RATELIMIT_ENABLED", "").lower() not in {"0", "false", "no"}
    storage = (environ.get("RATELIMIT_STORAGE_URI") or Config.RATELIMIT_STORAGE_URI).strip()
    allowed = environ.get("RATELIMIT_ALLOW_MEMORY", "").lower() in {"1", "true", "yes"}
    if env != "production" or not enabled or allowed or workers <= 1:
        return
    if storage.startswith("memory"):
        raise ConfigError(
            f"RATELIMIT_STORAGE_URI is {storage!r} with {workers} gunicorn workers: each "
            "worker would count on its own, so every rate limit would be "
            f"{workers} times too high. Set RATELIMIT_STORAGE_URI=redis://HOST:6379/0 "
            "(shared by all workers and instances), or run one worker "
            "(GUNICORN_WORKERS=1), or accept it with RATELIMIT_ALLOW_MEMORY=1."
        )
