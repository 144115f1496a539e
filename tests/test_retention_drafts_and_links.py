"""Retention also deletes saved drafts (resume codes) and survey links once they expire,
in the purge's own transaction; a dry run only counts them."""

from datetime import timedelta

import pytest

from portal.extensions import db
from portal.models import ResumeDraft, SurveyInvite, utcnow
from portal.services import retention


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield


def _rows():
    now = utcnow()
    for n, delta in enumerate((-1, 1)):
        db.session.add(ResumeDraft(code_hash=f"{n}" * 64, expires_at=now + timedelta(days=delta)))
        db.session.add(SurveyInvite(token_hash=f"{n}" * 64, expires_at=now + timedelta(days=delta)))
    db.session.commit()


def count(model) -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(model))


def test_dry_run_counts_expired_drafts_and_links(ctx):
    _rows()
    result = retention.purge(dry_run=True)
    assert (result.saved_drafts, result.survey_links) == (1, 1)
    assert count(ResumeDraft) == 2 and count(SurveyInvite) == 2


def test_purge_deletes_only_expired_drafts_and_links(ctx):
    _rows()
    result = retention.purge()
    assert (result.saved_drafts, result.survey_links) == (1, 1)
    assert count(ResumeDraft) == 1 and count(SurveyInvite) == 1
    now = utcnow()
    assert db.session.scalar(db.select(ResumeDraft.expires_at)) > now
    assert db.session.scalar(db.select(SurveyInvite.expires_at)) > now
