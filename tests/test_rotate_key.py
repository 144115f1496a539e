"""`flask --app wsgi data rotate-key`: after rotation every encrypted value decrypts with
only the new key, the blind index is re-computed with the new index key, and an app
holding only the old key can no longer read them. Search keeps working in between."""

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from sqlalchemy import select

from portal.commands.data import encrypted_columns
from portal.crypto import DataKeyError
from portal.extensions import db
from portal.models import Case, ChatConversation, SearchToken, VisitorState
from portal.services.case_search import same_person_case_ids, search_case_ids
from tests.conftest import DATA_KEY
from tests.support.application import (
    ABOUT,
    NEEDS,
    SCREENING,
    fill_in,
    give_screening_answers,
    send,
)


def _raw_tokens(app) -> list[str]:
    """Every stored encrypted value, raw, across every encrypted column of every table."""
    with app.app_context(), db.engine.connect() as conn:
        values = []
        for table, columns in encrypted_columns().items():
            names = ", ".join(f'"{c.name}"' for c in columns)
            for row in conn.execute(sa.text(f'SELECT {names} FROM "{table.name}"')):
                values.extend(v for v in row if v is not None)
        return values


def _index(app) -> set[tuple[int, str, str]]:
    with app.app_context():
        return {(t.case_id, t.kind, t.token) for t in db.session.scalars(select(SearchToken)).all()}


def _found(query: str) -> list[int]:
    return list(db.session.scalars(select(Case.id).where(Case.id.in_(search_case_ids(query)))))


def _rotate(app):
    result = app.test_cli_runner().invoke(args=["data", "rotate-key"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def old_app(make_app):
    """An app on the old key with a submitted case, an unsent draft and a chat."""
    app = make_app()  # PORTAL_DATA_KEY = DATA_KEY (the old key)
    client = app.test_client()
    give_screening_answers(app, client, SCREENING)
    send(client, fill_in(client))
    fill_in(app.test_client())  # an unsent draft too
    with app.app_context():
        db.session.add(ChatConversation(sender_id="s1", lang="da", tracker={"slots": {}}))
        db.session.commit()
    return app


def test_rotate_key_re_encrypts_everything_and_re_indexes(make_app, old_app):
    before = _raw_tokens(old_app)
    index_before = _index(old_app)
    # The case's 14 (name, cpr, phone, email, contact times, areas, impact, support,
    # format, 3 texts, screening answers and offers), the unsent draft and its answers,
    # the chat tracker.
    assert len(before) >= 17
    assert {kind for _, kind, _ in index_before} == {
        "name",
        "cpr",
        "phone",
        "email",
        "area",
        "format",
    }

    new_key = Fernet.generate_key().decode()
    both = make_app(PORTAL_DATA_KEY=f"{new_key},{DATA_KEY}")
    with both.app_context():
        # Between the key change and the rotation, search still finds the old tokens.
        [case_id] = _found("Anna Jensen")
        assert _found("12345678") == [case_id] and _found("0101901234") == [case_id]

    output = _rotate(both)
    assert "re-encrypted" in output and "re-indexed 1 cases" in output
    after = _raw_tokens(both)
    assert len(after) == len(before) and not set(after) & set(before)
    index_after = _index(both)
    assert len(index_after) == len(index_before)
    assert not {t for *_, t in index_after} & {t for *_, t in index_before}

    new_only = make_app(PORTAL_DATA_KEY=new_key)
    with new_only.app_context():
        case = db.session.scalars(select(Case)).one()
        assert case.cpr == ABOUT["cpr"] and case.name == ABOUT["name"]
        assert case.email == ABOUT["email"] and case.areas == NEEDS["areas"]
        assert case.description == NEEDS["description"]
        assert case.screening_answers["areas"] == SCREENING["areas"]
        assert _found("anna jensen") == [case.id]
        assert _found("ANNA@example.org") == [case.id]
        assert _found("+45 12 34 56 78") == [case.id]
        assert _found("010190-1234") == [case.id]
        assert same_person_case_ids(case) == []
        [draft] = db.session.scalars(select(VisitorState).where(VisitorState.draft.is_not(None)))
        assert ABOUT["name"] in draft.draft
        assert db.session.get(ChatConversation, "s1").tracker == {"slots": {}}

    old_only = make_app(PORTAL_DATA_KEY=DATA_KEY)
    with old_only.app_context(), pytest.raises(DataKeyError):
        db.session.scalars(select(Case)).one().cpr  # noqa: B018 - loading decrypts
    with old_only.app_context():
        # Tokens made with the new key are not found with the old one.
        assert _found("Anna Jensen") == []


def test_a_second_rotation_with_the_same_key_changes_no_index(make_app, old_app):
    new_key = Fernet.generate_key().decode()
    both = make_app(PORTAL_DATA_KEY=f"{new_key},{DATA_KEY}")
    _rotate(both)
    index = _index(both)
    assert "re-indexed 0 cases" in _rotate(both)
    assert _index(both) == index


def test_rotation_with_a_key_that_cannot_decrypt_changes_nothing(make_app, old_app):
    before = _raw_tokens(old_app)
    index = _index(old_app)
    stranger = make_app(PORTAL_DATA_KEY=Fernet.generate_key().decode())
    result = stranger.test_cli_runner().invoke(args=["data", "rotate-key"])
    assert result.exit_code != 0
    assert isinstance(result.exception, DataKeyError)
    assert sorted(_raw_tokens(old_app)) == sorted(before) and _index(old_app) == index


def test_rotate_key_on_an_empty_database(make_app):
    app = make_app(PORTAL_DATA_KEY=f"{Fernet.generate_key().decode()},{DATA_KEY}")
    output = _rotate(app)
    assert "re-encrypted 0 rows" in output and "re-indexed 0 cases" in output
