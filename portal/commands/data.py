"""`flask --app wsgi data rotate-key`: re-encrypt every encrypted column with the newest
key in PORTAL_DATA_KEY and re-compute the blind index with the newest index key.

The encrypted columns are found from the models' column types, not listed by hand, so a
column added later (a contact log, the outbox) cannot be forgotten by the rotation."""

from collections import defaultdict

import click
from flask.cli import with_appcontext
from sqlalchemy import Text, bindparam, delete, insert, select, type_coerce, update

from portal import blind_index
from portal.crypto import EncryptedJSON, EncryptedText, rotate
from portal.extensions import db
from portal.models import Case, SearchToken

BATCH = 500

ENCRYPTED_TYPES = (EncryptedText, EncryptedJSON)


def encrypted_columns() -> dict:
    """table -> its encrypted columns, for every table in the models."""
    found = {}
    for table in db.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, ENCRYPTED_TYPES)]
        if columns:
            found[table] = columns
    return found


def reencrypt() -> int:
    """Rewrite every encrypted value with the newest key; returns the rows touched."""
    total = 0
    for table, columns in encrypted_columns().items():
        pk = list(table.primary_key.columns)
        # Raw tokens in and out: typed as Text, so nothing decrypts or encrypts twice.
        raw = [type_coerce(c, Text) for c in columns]
        stmt = (
            update(table)
            .where(*[c == bindparam(f"pk_{c.name}") for c in pk])
            .values({c.name: bindparam(f"v_{c.name}", type_=Text) for c in columns})
        )
        params = []
        for row in db.session.execute(select(*pk, *raw)).all():
            keys, tokens = row[: len(pk)], row[len(pk) :]
            if all(t is None for t in tokens):
                continue
            params.append(
                {f"pk_{c.name}": k for c, k in zip(pk, keys, strict=True)}
                | {f"v_{c.name}": rotate(t) for c, t in zip(columns, tokens, strict=True)}
            )
        for start in range(0, len(params), BATCH):
            db.session.execute(stmt, params[start : start + BATCH])
        total += len(params)
    return total


def reindex() -> int:
    """Re-compute every case's blind-index tokens with the newest key; returns how many
    cases changed (none when the newest key was already in use)."""
    newest = blind_index.index_keys()[0]
    stored: dict[int, set] = defaultdict(set)
    for case_id, kind, tok in db.session.execute(
        select(SearchToken.case_id, SearchToken.kind, SearchToken.token)
    ):
        stored[case_id].add((kind, tok))
    changed, rows = [], []
    # A municipality has thousands of cases, not millions: read them at once. The cases
    # are only read (never dirty), so the flush listener leaves them alone.
    for case in db.session.scalars(select(Case)).all():
        wanted = blind_index.case_tokens(case, newest)
        if stored.get(case.id, set()) != wanted:
            changed.append(case.id)
            rows.extend({"case_id": case.id, "kind": k, "token": t} for k, t in sorted(wanted))
    for start in range(0, len(changed), BATCH):
        chunk = changed[start : start + BATCH]
        db.session.execute(delete(SearchToken).where(SearchToken.case_id.in_(chunk)))
    for start in range(0, len(rows), BATCH):
        db.session.execute(insert(SearchToken), rows[start : start + BATCH])
    return len(changed)


@click.group("data", help="Encrypted data at rest.")
def data_cli():
    pass


@data_cli.command("rotate-key")
@with_appcontext
def rotate_key():
    """Re-encrypt with the first key in PORTAL_DATA_KEY; then older keys can be removed."""
    try:
        # Re-index first: it reads the cases through the ORM (decrypting with any key), and
        # the raw re-encryption below then leaves those loaded objects untouched.
        cases = reindex()
        rows = reencrypt()
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    click.echo(f"re-encrypted {rows} rows")
    click.echo(f"re-indexed {cases} cases")
