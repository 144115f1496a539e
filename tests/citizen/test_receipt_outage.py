"""The receipt survives a database blip right after the commit (DESIGN.md § 9): the page is
rendered from what the submission kept in the visitor's session, and a resend with the same
key after an outage finds the stored case instead of making a second one."""

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tests.support.application import counts, fill_in, send
from tests.support.smtp import free_port


def _database_down(*_args, **_kwargs):
    raise OperationalError("SELECT 1", {}, ConnectionRefusedError("the server went away"))


@pytest.fixture
def vordingborg(make_app):
    # Vordingborg states its deadline in the standard: the page shows the date too. With
    # SMTP_URL set the page would also read the e-mail's state from the outbox.
    return make_app("vordingborg", SMTP_URL=f"smtp://127.0.0.1:{free_port()}")


def test_the_receipt_shows_when_the_database_is_gone_after_the_commit(vordingborg, monkeypatch):
    client = vordingborg.test_client()
    response = send(client, fill_in(client))
    assert response.status_code == 303
    reference = response.location.rsplit("/", 1)[1]

    monkeypatch.setattr(Session, "execute", _database_down)  # every read fails from now
    page = client.get(response.location)
    assert page.status_code == 200
    assert reference in page.text
    assert "Vi modtog din ansøgning den" in page.text
    assert "For din ansøgning betyder det senest den" in page.text  # the deadline
    assert "Vi sender også denne kvittering til din e-mailadresse" in page.text
    assert "Rådgivningen i Center for Psykiatri og Handicap" in page.text  # the contacts


def test_a_resend_after_a_lost_commit_reply_finds_the_case(vordingborg, monkeypatch):
    client = vordingborg.test_client()
    key = fill_in(client)
    real_commit = Session.commit

    def commit_then_lose_the_connection(self):
        real_commit(self)  # the case is stored ...
        raise OperationalError("COMMIT", {}, ConnectionResetError("connection lost"))

    monkeypatch.setattr(Session, "commit", commit_then_lose_the_connection)
    failed = send(client, key)
    monkeypatch.undo()
    # ... but the citizen saw the outage page, which offers to send again with the key.
    assert failed.status_code == 503
    assert f'value="{key}"' in failed.text
    assert counts(vordingborg) == (1, 1, 1)

    again = send(client, key)
    assert again.status_code == 303
    receipt = client.get(again.location)
    assert receipt.status_code == 200
    assert again.location.rsplit("/", 1)[1] in receipt.text
    assert counts(vordingborg) == (1, 1, 1)  # no second case


def test_a_receipt_of_another_visitor_stays_hidden(vordingborg):
    client = vordingborg.test_client()
    location = send(client, fill_in(client)).location
    assert vordingborg.test_client().get(location).status_code == 404
