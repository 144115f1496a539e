"""Blind indexes: search encrypted personal data without keeping any of it in clear
(DESIGN.md § 9).

A case's name parts, e-mail, phone, CPR number and filter codes (areas, format wish) are
normalised and stored as keyed HMAC-SHA256 tokens in `search_token`. A search normalises
the query the same way and looks for equal tokens. Without the key a token reveals nothing
but equality: two cases with the same CPR number carry the same CPR token (that is how
"other cases of the same person" works), and a reader of the database can count them.

The key. The index key is derived with HKDF-SHA256 (`cryptography`) from each Fernet key in
PORTAL_DATA_KEY, with its own `info` label, so it is cryptographically independent of the
encryption key yet needs no second secret to configure, back up and rotate. (A separate
key would add nothing: whoever holds PORTAL_DATA_KEY can decrypt the values themselves.)
Rotation: prepend a new data key and the newest index key changes with it; until `flask
--app wsgi data rotate-key` has re-indexed, queries are tokenised with every listed key, so
search keeps working in between.

Writes. A `before_flush` listener re-computes a case's tokens whenever a new case is
flushed or an indexed attribute changes, in the same transaction: the submission, any staff
edit, the test factories and the key rotation all keep the index in step, and no code path
can forget it.

Folding of names (stdlib `unicodedata`, not `unidecode`, which is GPL): lower-case, the
letters NFKD does not decompose (æ ø å ß ð þ ł đ œ ı) spelled out, accents dropped, then
the Danish and German two-letter spellings folded (aa→a, ae→a, oe→o, ue→u), so Møller =
Moller = Moeller, Ærø = Aero = Aeroe, Åse = Aase = Ase, Müller = Mueller.
"""

from __future__ import annotations

import base64
import hmac
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from hashlib import sha256

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from portal.models import Case, SearchToken

HKDF_INFO = b"tidlig-indsats search index v1"
TOKEN_HEX = 32  # 128 bits: no accidental collisions among a municipality's cases
# The case attributes the index is built from: a change to any of them re-indexes.
INDEXED = ("name", "email", "phone", "cpr", "areas", "format_wish")

# Letters that NFKD leaves whole, spelled as they are usually written without them.
_SPELLED_OUT = str.maketrans(
    {
        "æ": "ae",
        "ø": "oe",
        "å": "aa",
        "œ": "oe",
        "ß": "ss",
        "ð": "d",
        "þ": "th",
        "ł": "l",
        "đ": "d",
        "ı": "i",
    }
)
_DIGRAPHS = re.compile(r"aa|ae|oe|ue")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


# --- normalisation -----------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case ASCII without accents, Danish/German spellings folded (see module doc)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SPELLED_OUT)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return _DIGRAPHS.sub(lambda m: m.group(0)[0], text)


def name_parts(text: str | None) -> list[str]:
    """The folded words of a name: "Anne-Marie Møller" -> ["anne", "marie", "moller"]."""
    if not text:
        return []
    parts = _NOT_ALNUM.split(fold(text))
    return sorted({p for p in parts if p})


def norm_email(text: str | None) -> str | None:
    text = (text or "").strip().lower()
    return text if "@" in text else None


def norm_phone(text: str | None) -> str | None:
    """Digits only, without the Danish country code: "+45 12 34 56 78" -> "12345678"."""
    digits = re.sub(r"\D", "", text or "")
    if digits.startswith("0045") and len(digits) == 12:
        digits = digits[4:]
    elif digits.startswith("45") and len(digits) == 10:
        # "+45 12345678" or "45 12 34 56 78": Danish numbers have 8 digits after the code.
        digits = digits[2:]
    return digits if len(digits) >= 8 else None


def norm_cpr(text: str | None) -> str | None:
    """Ten digits, with or without the dash or spaces."""
    digits = re.sub(r"[\s-]", "", text or "")
    return digits if len(digits) == 10 and digits.isdigit() else None


# --- keys and tokens ---------------------------------------------------------------------


@lru_cache(maxsize=8)
def _derive(setting: str) -> tuple[bytes, ...]:
    keys = []
    for key in (k.strip() for k in setting.split(",")):
        if key:
            raw = base64.urlsafe_b64decode(key.encode("ascii"))
            hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO)
            keys.append(hkdf.derive(raw))
    return tuple(keys)


def index_keys() -> tuple[bytes, ...]:
    """The index keys, newest first (one per key in PORTAL_DATA_KEY)."""
    return _derive(current_app.config["PORTAL_DATA_KEY"])


def token(key: bytes, kind: str, value: str) -> str:
    # The kind is part of the message, so a phone and a CPR with equal digits differ.
    digest = hmac.new(key, f"{kind}\x00{value}".encode(), sha256).hexdigest()
    return digest[:TOKEN_HEX]


def tokens_for_all_keys(kind: str, value: str) -> list[str]:
    return [token(key, kind, value) for key in index_keys()]


def case_terms(case: Case) -> set[tuple[str, str]]:
    """(kind, normalised value) pairs of a case: what its tokens are made of."""
    terms = {("name", part) for part in name_parts(case.name)}
    for kind, value in (
        ("email", norm_email(case.email)),
        ("phone", norm_phone(case.phone)),
        ("cpr", norm_cpr(case.cpr)),
        ("format", case.format_wish),
    ):
        if value:
            terms.add((kind, value))
    terms.update(("area", code) for code in case.areas or [])
    return terms


def case_tokens(case: Case, key: bytes | None = None) -> set[tuple[str, str]]:
    key = key or index_keys()[0]
    return {(kind, token(key, kind, value)) for kind, value in case_terms(case)}


def reindex(case: Case, key: bytes | None = None) -> bool:
    """Make the case's tokens match its values; True when they changed."""
    wanted = case_tokens(case, key)
    if {(t.kind, t.token) for t in case.search_tokens} == wanted:
        return False
    case.search_tokens = [SearchToken(kind=kind, token=tok) for kind, tok in sorted(wanted)]
    return True


def _changed(case: Case) -> bool:
    state = inspect(case)
    if state.pending or state.transient:
        return True
    return any(state.attrs[name].history.has_changes() for name in INDEXED)


@event.listens_for(Session, "before_flush")
def _keep_index_in_step(session: Session, _flush_context, _instances) -> None:
    cases: Iterable = (obj for obj in (*session.new, *session.dirty) if isinstance(obj, Case))
    for case in list(cases):
        if _changed(case):
            reindex(case)
