"""CPR numbers and free texts are encrypted at rest: read the raw database with plain SQL
(no ORM types, so nothing decrypts) and find none of them in clear."""

import sqlalchemy as sa

from portal.extensions import db
from tests.support.application import ABOUT, NEEDS, fill_in, send

SECRETS = {
    "cpr": ABOUT["cpr"],
    "cpr_digits": ABOUT["cpr"].replace("-", ""),
    "contact_times": ABOUT["contact_times"],
    "description": NEEDS["description"],
    "goals": NEEDS["goals"],
    "adaptation": NEEDS["adaptation"],
}


def _raw_dump(app) -> str:
    """Every row of every table as text, read through a plain connection."""
    with app.app_context(), db.engine.connect() as conn:
        tables = sa.inspect(conn).get_table_names()
        dump = []
        for table in tables:
            for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
                dump.append(f"{table}: {tuple(row)!r}")
        return "\n".join(dump)


def _raw_case_columns(app) -> dict:
    with app.app_context(), db.engine.connect() as conn:
        row = conn.execute(
            sa.text('SELECT cpr, description, goals, adaptation, contact_times FROM "case"')
        ).one()
        return dict(row._mapping)


def test_draft_is_encrypted_before_submit(app, client):
    fill_in(client)
    dump = _raw_dump(app)
    assert "visitor_state" in dump
    for name, secret in SECRETS.items():
        assert secret not in dump, name


def test_submitted_case_has_no_cpr_or_free_text_in_clear(app, client):
    key = fill_in(client)
    assert send(client, key).status_code == 303
    dump = _raw_dump(app)
    assert "case: " in dump  # the case is there...
    assert ABOUT["name"] in dump  # ...with its plain columns readable (the check works)
    for name, secret in SECRETS.items():
        assert secret not in dump, name
    raw = _raw_case_columns(app)
    # Each sensitive column holds a Fernet token (version byte 0x80 -> "gAAAAA").
    assert all(value.startswith("gAAAAA") for value in raw.values()), raw.keys()
