"""`flask --app wsgi data rotate-key`: re-encrypt every encrypted column with the newest
key in PORTAL_DATA_KEY and re-compute the blind index with the newest index key.

The encrypted columns are found from the models' column types, not listed by hand, so a
column added later (a contact log, the outbox) cannot be forgotten by the rotation."""

import click
from flask.cli import with_appcontext
from sqlalchemy import Text, select, type_coerce, update
from sqlalchemy.orm import selectinload

from portal import blind_index
from portal.crypto import EncryptedJSON, EncryptedText, rotate
from portal.extensions import db
from portal.models import Case

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
        # Raw tokens (bypassing decryption), written back re-encrypted as raw tokens.
        raw = [type_coerce(c, Text) for c in columns]
        for row in db.session.execute(select(*pk, *raw)).all():
            keys, tokens = row[: len(pk)], row[len(pk) :]
            if all(t is None for t in tokens):
                continue
            values = {
                c.name: type_coerce(rotate(t), Text) for c, t in zip(columns, tokens, strict=True)
            }
            db.session.execute(
                update(table)
                .where(*[c == k for c, k in zip(pk, keys, strict=True)])
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            total += 1
    return total


def reindex() -> int:
    """Re-compute every case's blind-index tokens with the newest key; returns how many
    cases changed (none when the newest key was already in use)."""
    newest = blind_index.index_keys()[0]
    changed = 0
    # A municipality has thousands of cases, not millions: load them at once.
    cases = db.session.scalars(select(Case).options(selectinload(Case.search_tokens))).all()
    for case in cases:
        changed += blind_index.reindex(case, newest)
    db.session.flush()
    return changed


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
