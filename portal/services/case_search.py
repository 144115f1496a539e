"""Finding cases by what a caseworker has when a citizen calls: the case reference, a
name (accent-insensitive, any order of its parts), an e-mail address, a phone number or a
CPR number (DESIGN.md § 9, issue 11 item 9).

Only the reference is a plain column. Everything else is matched through the blind index
(portal/blind_index.py): the query is normalised and tokenised exactly as the cases were,
with every key in PORTAL_DATA_KEY so that search keeps working during a key rotation.

The functions return SELECTs of case ids for the caller to combine with its own filters;
they write nothing. The caller audit-logs a search with counts only, never the words.
"""

from __future__ import annotations

from sqlalchemy import distinct, false, func, select, union
from sqlalchemy.sql import Select

from portal import blind_index
from portal.blind_index import index_keys, name_parts, norm_cpr, norm_email, norm_phone, token
from portal.extensions import db
from portal.models import Case, SearchToken


def _by_token(kind: str, value: str) -> Select:
    return select(SearchToken.case_id).where(
        SearchToken.kind == kind,
        SearchToken.token.in_(blind_index.tokens_for_all_keys(kind, value)),
    )


def _by_reference(query: str) -> Select:
    # LIKE wildcards typed by the user are matched literally.
    escaped = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return select(Case.id).where(func.lower(Case.reference).like(f"%{escaped}%", escape="\\"))


def _by_name(parts: list[str]) -> list[Select]:
    """Cases whose name has every part of the query (one SELECT per key: a case's tokens
    were all made with one key)."""
    selects = []
    for key in index_keys():
        tokens = sorted({token(key, "name", part) for part in parts})
        selects.append(
            select(SearchToken.case_id)
            .where(SearchToken.kind == "name", SearchToken.token.in_(tokens))
            .group_by(SearchToken.case_id)
            .having(func.count(distinct(SearchToken.token)) == len(tokens))
        )
    return selects


def search_case_ids(query: str):
    """A SELECT of the ids of the cases the query finds (use as `Case.id.in_(...)`).

    A query holding "@" is an e-mail address; one of digits (spaces, dashes, "+") a phone
    or CPR number; otherwise the words of a name. The reference is always tried."""
    query = (query or "").strip()
    if not query:
        return select(Case.id).where(false())
    selects: list[Select] = [_by_reference(query)]
    if "@" in query:
        if email := norm_email(query):
            selects.append(_by_token("email", email))
    elif not any(ch.isalpha() for ch in query):
        if cpr := norm_cpr(query):
            selects.append(_by_token("cpr", cpr))
        if phone := norm_phone(query):
            selects.append(_by_token("phone", phone))
    elif parts := name_parts(query):
        selects.extend(_by_name(parts))
    return union(*selects) if len(selects) > 1 else selects[0]


def case_ids_with_code(kind: str, code: str) -> Select:
    """A SELECT of the ids of cases with an answer code (kind "area" or "format"): the
    codes are encrypted on the case, so filters go through their tokens."""
    if kind not in ("area", "format"):
        raise ValueError(f"no code index for {kind!r}")
    return _by_token(kind, code)


def same_person_case_ids(case: Case) -> list[int]:
    """The ids of the other cases with the same CPR number (matched by its token; the
    number itself is never compared in clear or shown). Empty without a CPR number."""
    cpr = norm_cpr(case.cpr)
    if cpr is None:
        return []
    stmt = (
        _by_token("cpr", cpr)
        .where(SearchToken.case_id != case.id)
        .distinct()
        .order_by(SearchToken.case_id)
    )
    return list(db.session.scalars(stmt))
