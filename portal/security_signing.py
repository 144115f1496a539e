"""The signed session cookie and the CSRF check, with the same signatures, made once.

Flask's cookie session and Flask-WTF's CSRF check each build an itsdangerous serializer per
request (twice for the session: open and save), derive the signing key from the secret
again for every signature, and compute HMAC-SHA1 through `hmac.new` with a Python digest
function, which takes the pure-Python HMAC path. On a questionnaire step that was about a
fifth of the framework's work (bench/README.md). Here the serializers are built once per
set of secret keys, the derived keys are kept, and the HMAC is OpenSSL's one-shot
`hmac.digest`. The bytes signed and the signatures are exactly those of the libraries
(same salts, key derivations and digests; tests/test_security_signing.py compares them), so
cookies and tokens issued before a deploy stay valid, and every check is still made:
the session cookie is verified on every request, the CSRF token on every unsafe request.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import current_app, g, request, session
from flask.sessions import SecureCookieSessionInterface
from flask_wtf import csrf as wtf_csrf
from itsdangerous import BadData, SignatureExpired, URLSafeTimedSerializer
from itsdangerous.signer import HMACAlgorithm
from itsdangerous.timed import TimestampSigner
from wtforms import ValidationError

CSRF_SALT = "wtf-csrf-token"  # Flask-WTF's


class _OneShotHMAC(HMACAlgorithm):
    """HMAC with OpenSSL's one-shot function: the same bytes as `hmac.new(...).digest()`."""

    def __init__(self, digest_method=None):
        super().__init__(hashlib.sha1)

    def get_signature(self, key: bytes, value: bytes) -> bytes:
        return hmac.digest(key, value, "sha1")


class KeptKeySigner(TimestampSigner):
    """itsdangerous' TimestampSigner with SHA-1 (both libraries' default digest) whose
    derived keys are computed once per secret instead of once per signature."""

    default_digest_method = staticmethod(hashlib.sha1)

    def __init__(self, *args, **kwargs):
        # Flask passes its lazy SHA-1 function; it is the same hash, and only SHA-1 is used.
        kwargs.pop("digest_method", None)
        super().__init__(*args, **kwargs)
        self.algorithm = _OneShotHMAC()
        self._derived: dict[bytes, bytes] = {}

    def derive_key(self, secret_key: str | bytes | None = None) -> bytes:
        key = self.secret_keys[-1] if secret_key is None else secret_key
        if isinstance(key, str):
            key = key.encode()
        derived = self._derived.get(key)
        if derived is None:
            derived = self._derived[key] = super().derive_key(key)
        return derived


class KeptSignerSerializer(URLSafeTimedSerializer):
    """URLSafeTimedSerializer that keeps one signer per salt (itsdangerous makes a new
    one, and so derives the keys again, for every dumps and loads). A signer holds only
    its keys and settings, so threads can share it."""

    default_signer = KeptKeySigner

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._signers: dict = {}

    def make_signer(self, salt=None):
        signer = self._signers.get(salt)
        if signer is None:
            signer = self._signers[salt] = super().make_signer(salt)
        return signer


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed cookie session (same format, salt and key derivation), with its
    serializer built once per secret key and fallbacks."""

    def __init__(self):
        self._serializers: dict[tuple, URLSafeTimedSerializer] = {}

    def get_signing_serializer(self, app) -> URLSafeTimedSerializer | None:
        if not app.secret_key:
            return None
        # Current key last: itsdangerous signs with the last and verifies with any.
        keys = (*(app.config["SECRET_KEY_FALLBACKS"] or ()), app.secret_key)
        serializer = self._serializers.get(keys)
        if serializer is None:
            serializer = KeptSignerSerializer(
                list(keys),
                salt=self.salt,
                serializer=self.serializer,
                signer_kwargs={"key_derivation": self.key_derivation},
            )
            self._serializers = {keys: serializer}  # a new key replaces the old entry
        return serializer


class CSRFProtect(wtf_csrf.CSRFProtect):
    """Flask-WTF's CSRFProtect, its check made with a serializer built once per secret.

    `protect` is Flask-WTF 1.3's, step by step (exemptions, methods, the token from the
    form or the headers, the strict referrer check over HTTPS, `g.csrf_valid`); only the
    token check is `self.validate` instead of the module's `validate_csrf`, with the same
    configuration, checks and messages. Forms (FlaskForm) keep Flask-WTF's own check."""

    def __init__(self, app=None):
        self._serializers: dict[bytes | str, URLSafeTimedSerializer] = {}
        super().__init__(app)

    def _serializer(self, secret_key) -> URLSafeTimedSerializer:
        serializer = self._serializers.get(secret_key)
        if serializer is None:
            serializer = KeptSignerSerializer(secret_key, salt=CSRF_SALT)
            self._serializers = {secret_key: serializer}  # a new key replaces the old
        return serializer

    def validate(self, data) -> None:
        """`flask_wtf.csrf.validate_csrf(data)`: raises ValidationError saying why."""
        config = current_app.config
        get = wtf_csrf._get_config
        secret_key = get(
            None,
            "WTF_CSRF_SECRET_KEY",
            current_app.secret_key,
            message="A secret key is required to use CSRF.",
        )
        field_name = get(
            None,
            "WTF_CSRF_FIELD_NAME",
            "csrf_token",
            message="A field name is required to use CSRF.",
        )
        time_limit = config.get("WTF_CSRF_TIME_LIMIT", 3600)
        if not data:
            raise ValidationError("The CSRF token is missing.")
        if field_name not in session:
            raise ValidationError("The CSRF session token is missing.")
        try:
            token = self._serializer(secret_key).loads(data, max_age=time_limit)
        except SignatureExpired as e:
            raise ValidationError("The CSRF token has expired.") from e
        except BadData as e:
            raise ValidationError("The CSRF token is invalid.") from e
        if not hmac.compare_digest(session[field_name], token):
            raise ValidationError("The CSRF tokens do not match.")

    def protect(self, apply_exemptions=False):
        if apply_exemptions:
            if not request.endpoint:
                return
            if self._is_exempt():
                return
        if request.method not in current_app.config["WTF_CSRF_METHODS"]:
            return
        try:
            self.validate(self._get_csrf_token())
        except ValidationError as e:
            wtf_csrf.logger.info(e.args[0])
            self._error_response(e.args[0])
        if request.is_secure and current_app.config["WTF_CSRF_SSL_STRICT"]:
            if not request.referrer:
                self._error_response("The referrer header is missing.")
            good_referrer = f"https://{request.host}/"
            if not wtf_csrf.same_origin(request.referrer, good_referrer):
                self._error_response("The referrer does not match the host.")
        g.csrf_valid = True  # mark this request as CSRF valid
