"""Personal data is encrypted at rest (DESIGN.md § 9): after a citizen applies with a
distinctive name, phone, e-mail, CPR number, area codes and free texts, none of them is in
the database in clear — not in a plain SQL read of every table, not in the SQLite file or
its write-ahead log, not in a pg_dump, and not in PostgreSQL's data directory after a
checkpoint. Each read also finds the case reference (a plain column), which proves that
the read sees the data at all."""

import os
import secrets
import subprocess
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from portal import create_app
from portal.extensions import db
from portal.models import ChatConversation, OutboxMessage
from tests.conftest import make_config
from tests.support.application import ABOUT, NEEDS, fill_in, give_screening_answers, send
from tests.support.databases import BACKEND, missing

# With SMTP set the receipt (address, name) is written to the outbox in the submission's
# transaction; nothing listens on port 9 and tests run no background sender, so it stays.
MAIL = {"SMTP_URL": "smtp://127.0.0.1:9", "SMTP_FROM": "visitation@kommune.example"}
# Distinctive values: none of them could turn up in a database by chance.
ABOUT_SECRET = {
    **ABOUT,
    "name": "Quirinus Ølgaard-Zyxbæk",
    "cpr": "311265-4321",
    "phone": "+45 61 72 83 94",
    "email": "Quirinus.Zyxbaek@example.org",
    "contact_times": "Tirsdage efter kvart over zyxt",
}
NEEDS_SECRET = {
    **NEEDS,
    "areas": ["coping_with_disability", "assistive_technology"],
    "impact": "at_risk",
    "existing_support": ["other_municipal"],
    "description": "Min xylofonangst gør hverdagen svær",
    "goals": "Kvrimpe alene til købmanden",
    "adaptation": "Tolk på zulu-dialekt qwx",
}
SCREENING_SECRET = {
    "urgent": "no",
    "age": "18_or_over",
    "areas": ["coping_with_disability", "household_structure"],
    "impact": "moderate",
    "existing_support": ["other_municipal"],
    "motivation": "yes",
    "format": "individual",
    "contact": "virtual",
}
SECRETS = [
    "Quirinus",
    "Ølgaard",
    "Zyxbæk",
    "quirinus.zyxbaek@example.org",
    "61 72 83 94",
    "61728394",
    "311265-4321",
    "3112654321",
    "kvart over zyxt",
    "xylofonangst",
    "Kvrimpe",
    "zulu-dialekt",
    # Screening and application answer codes are health data too.
    "coping_with_disability",
    "assistive_technology",
    "household_structure",
    "other_municipal",
    "at_risk",
]


def apply_with_secrets(app) -> str:
    """Screen, fill in and send an application full of distinctive values; its reference."""
    client = app.test_client()
    give_screening_answers(app, client, SCREENING_SECRET)
    response = send(client, fill_in(client, about=ABOUT_SECRET, needs=NEEDS_SECRET))
    assert response.status_code == 303
    with app.app_context():
        reference = db.session.scalar(sa.text('SELECT reference FROM "case"'))
        assert db.session.scalar(sa.select(sa.func.count()).select_from(OutboxMessage)) == 1
        # A chat conversation's tracker holds screening answers as slots.
        db.session.add(
            ChatConversation(
                sender_id=secrets.token_hex(8),
                lang="da",
                tracker={"slots": {"areas": ["coping_with_disability"]}},
            )
        )
        db.session.commit()
    assert reference
    return reference


def found_in(data: bytes) -> list[str]:
    """The secrets present in raw bytes: as written or lower-cased, UTF-8 or Latin-1."""
    lowered = data.lower()
    return [
        secret
        for secret in SECRETS
        if any(
            secret.encode(encoding) in data or secret.lower().encode(encoding) in lowered
            for encoding in ("utf-8", "latin-1")
        )
    ]


def raw_dump(app) -> str:
    """Every row of every table as text, read through a plain connection (no ORM types,
    so nothing decrypts)."""
    with app.app_context(), db.engine.connect() as conn:
        dump = []
        for table in sa.inspect(conn).get_table_names():
            for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
                dump.append(f"{table}: {tuple(row)!r}")
        return "\n".join(dump)


def test_draft_and_screening_answers_are_encrypted_before_submit(app):
    client = app.test_client()
    give_screening_answers(app, client, SCREENING_SECRET)
    fill_in(client, about=ABOUT_SECRET, needs=NEEDS_SECRET)
    dump = raw_dump(app)
    assert "visitor_state: " in dump
    assert found_in(dump.encode()) == []


def test_plain_read_of_every_table_finds_no_personal_data(make_app):
    app = make_app(**MAIL)
    reference = apply_with_secrets(app)
    dump = raw_dump(app)
    assert reference in dump  # the read sees the case
    assert found_in(dump.encode()) == []
    with app.app_context(), db.engine.connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT name, cpr, phone, email, areas, impact, existing_support, "
                'screening_answers, screening_offers, format_wish, description FROM "case"'
            )
        ).one()
    # Each sensitive column holds a Fernet token (version byte 0x80 -> "gAAAAA").
    assert all(value.startswith("gAAAAA") for value in row), row._mapping.keys()


def test_sqlite_file_and_its_wal_hold_no_personal_data(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_ENV", "testing")
    path = tmp_path / "raw.sqlite3"
    app = create_app(make_config(f"sqlite:///{path}", **MAIL))
    with app.app_context():
        db.create_all()
    reference = apply_with_secrets(app)
    # Read while the app's connections are open: the newest pages are still in the WAL.
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    data = path.read_bytes() + wal.read_bytes()
    assert reference.encode() in data
    assert found_in(data) == []
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def own_postgres():
    """A PostgreSQL server of this test's own, so its data directory holds only what the
    test wrote (the suite's shared server holds other tests' data)."""
    if BACKEND != "postgresql":
        pytest.skip("the raw PostgreSQL read runs in the PostgreSQL pass of the suite")
    from tests.support import postgres

    # Directly under /tmp: the server runs as the postgres user, who must reach it.
    base = Path(tempfile.mkdtemp(prefix="ti-raw-pg-"))
    try:
        url = postgres.start(str(base))
    except (postgres.PostgresUnavailable, subprocess.CalledProcessError) as exc:
        postgres.stop(str(base))
        missing(f"cannot start PostgreSQL: {exc}")
    yield url, base, postgres
    postgres.stop(str(base))


@pytest.mark.postgres  # its own server, on the PostgreSQL pass (no db_url: see tests/conftest.py)
def test_pg_dump_and_postgresql_data_directory_hold_no_personal_data(own_postgres, monkeypatch):
    url, base, postgres = own_postgres
    monkeypatch.setenv("PORTAL_ENV", "testing")
    app = create_app(make_config(url, SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True}, **MAIL))
    with app.app_context():
        db.create_all()
    reference = apply_with_secrets(app)
    with app.app_context():
        with db.engine.connect() as conn:
            conn.execute(sa.text("CHECKPOINT"))
            conn.commit()
        db.engine.dispose()

    dump = subprocess.run(
        [postgres._bin("pg_dump"), "--no-owner", url.replace("postgresql+psycopg", "postgresql")],
        check=True,
        capture_output=True,
        env={**os.environ, "PGCONNECT_TIMEOUT": "10"},
    ).stdout
    assert reference.encode() in dump
    assert found_in(dump) == []

    files = [p for p in base.rglob("*") if p.is_file()]
    assert any("pg_wal" in p.parts for p in files)
    data = b"".join(p.read_bytes() for p in files)
    assert reference.encode() in data
    assert found_in(data) == []
