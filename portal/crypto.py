"""Encryption of personal data at rest (DESIGN.md § 9): the citizen's name, CPR number,
phone, e-mail, free texts and screening answers, drafts, chat trackers and transcripts.

PORTAL_DATA_KEY holds one or more Fernet keys separated by commas, newest first. New
values are encrypted with the newest key; any listed key decrypts, so a key can be rotated
by prepending a new one and running `flask --app wsgi data rotate-key`.
"""

import json

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from flask import current_app
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator


class DataKeyError(RuntimeError):
    pass


def make_keyring(setting: str) -> MultiFernet:
    keys = [k.strip() for k in (setting or "").split(",") if k.strip()]
    if not keys:
        raise DataKeyError("PORTAL_DATA_KEY is empty")
    try:
        return MultiFernet([Fernet(k.encode()) for k in keys])
    except ValueError:
        raise DataKeyError(
            "PORTAL_DATA_KEY must be Fernet keys (32 url-safe base64 bytes), comma-separated"
        ) from None


def keyring() -> MultiFernet:
    return current_app.extensions["portal_keyring"]


def encrypt(text: str | None) -> str | None:
    if text is None:
        return None
    return keyring().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str | None) -> str | None:
    if token is None:
        return None
    try:
        return keyring().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise DataKeyError("a stored value cannot be decrypted with PORTAL_DATA_KEY") from None


def rotate(token: str | None) -> str | None:
    """Re-encrypt a stored token with the newest key."""
    if token is None:
        return None
    return keyring().rotate(token.encode("ascii")).decode("ascii")


class EncryptedText(TypeDecorator):
    """A text column stored as a Fernet token; Python sees plain text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return encrypt(value)

    def process_result_value(self, value, dialect):
        return decrypt(value)


class EncryptedJSON(TypeDecorator):
    """A JSON value (dict or list of answer codes) stored as one Fernet token.

    Screening answers are health data (GDPR art. 9) even as codes: "coping_with_disability"
    in a row says as much as the sentence. The value is opaque to SQL, so nothing may filter
    on it in a query: filters go through the blind index (portal/blind_index.py)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return json.loads(decrypt(value))
