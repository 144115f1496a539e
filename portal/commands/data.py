"""`flask --app wsgi data rotate-key`: re-encrypt every sensitive field with the newest key."""

import click
from flask.cli import with_appcontext
from sqlalchemy import Text, select, type_coerce, update

from portal.crypto import rotate
from portal.extensions import db
from portal.models import Case, CaseEvent, ChatConversation, StaffUser, VisitorState

# Every encrypted column, by model: what rotate-key must touch.
ENCRYPTED = {
    Case: ("cpr", "contact_times", "description", "goals", "adaptation", "decision_reason"),
    CaseEvent: ("text",),
    StaffUser: ("totp_secret",),
    VisitorState: ("draft",),
    ChatConversation: ("transcript",),
}


@click.group("data", help="Encrypted data at rest.")
def data_cli():
    pass


@data_cli.command("rotate-key")
@with_appcontext
def rotate_key():
    """Re-encrypt with the first key in PORTAL_DATA_KEY; then older keys can be removed."""
    total = 0
    for model, columns in ENCRYPTED.items():
        table = model.__table__
        pk = list(table.primary_key.columns)[0]
        raw_cols = [table.c[c] for c in columns]
        # Read the raw tokens (bypassing decryption) and write re-encrypted tokens back.
        rows = db.session.execute(select(pk, *[type_coerce(c, Text) for c in raw_cols])).all()
        for row in rows:
            values = {
                c.name: type_coerce(rotate(v), Text) for c, v in zip(raw_cols, row[1:], strict=True)
            }
            if any(v is not None for v in row[1:]):
                db.session.execute(
                    update(table)
                    .where(pk == row[0])
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
                total += 1
    db.session.commit()
    click.echo(f"re-encrypted {total} rows")
