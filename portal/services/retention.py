"""Retention (DESIGN.md § 9, the profile's `retention`): delete what the portal no longer
may keep. Cases past `retention_until` are deleted with their history; a PurgedCase row
keeps the reference, the receipt time and the final status. Visitor answers and chat
conversations are deleted after the profile's hours and days; saved drafts (resume codes)
and survey links when they expire. A dry run changes nothing and reports what would go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, func, select

from portal.extensions import db
from portal.models import (
    Case,
    ChatConversation,
    PurgedCase,
    ResumeDraft,
    SurveyInvite,
    VisitorState,
    utcnow,
)
from portal.services import audit, visitor
from portal.services.cases import FINAL, local_today


@dataclass
class PurgeResult:
    cases: int
    visitor_states: int
    chat_conversations: int
    dry_run: bool
    open_past_date: int = 0
    saved_drafts: int = 0
    survey_links: int = 0


def purge(dry_run: bool = False, today=None, actor=None) -> PurgeResult:
    rules = current_app.extensions["municipality"]["retention"]
    today = today or local_today()
    now = utcnow()
    past = select(Case).where(Case.retention_until.is_not(None), Case.retention_until < today)
    # Only finished cases are deleted. An open case past its date (the outer bound set at
    # submission) is kept and counted: deleting a citizen's pending case silently would
    # be worse than keeping it; the count tells the municipality to act.
    expired = list(db.session.scalars(past.where(Case.status.in_(sorted(FINAL)))))
    kept_open = db.session.scalar(
        select(func.count()).select_from(past.where(Case.status.not_in(sorted(FINAL))).subquery())
    )
    visitor_cutoff = now - timedelta(hours=rules["visitor_state_hours"])
    chat_cutoff = now - timedelta(days=rules["chat_days"])
    # Saved drafts hold a citizen's answers (encrypted) until their code expires; survey
    # links hold nothing personal, but an expired one is of no use to anybody.
    drafts_gone = ResumeDraft.expires_at <= now
    links_gone = SurveyInvite.expires_at <= now
    if dry_run:
        visitors = db.session.scalar(
            select(func.count()).where(VisitorState.updated_at < visitor_cutoff)
        )
        chats = db.session.scalar(
            select(func.count()).where(ChatConversation.updated_at < chat_cutoff)
        )
        drafts = db.session.scalar(select(func.count()).where(drafts_gone))
        links = db.session.scalar(select(func.count()).where(links_gone))
        return PurgeResult(
            len(expired), visitors or 0, chats or 0, True, kept_open, drafts or 0, links or 0
        )

    for case in expired:
        # The audit log keeps the case id (ids only), so its trail survives the purge.
        db.session.add(
            PurgedCase(
                reference=case.reference or f"id-{case.id}",
                received_at=case.received_at,
                final_status=case.status,
                purged_at=now,
            )
        )
        db.session.delete(case)
    chats = db.session.execute(
        delete(ChatConversation).where(ChatConversation.updated_at < chat_cutoff)
    ).rowcount
    drafts = db.session.execute(delete(ResumeDraft).where(drafts_gone)).rowcount or 0
    links = db.session.execute(delete(SurveyInvite).where(links_gone)).rowcount or 0
    audit.record(
        actor,
        "retention_purge",
        cases=len(expired),
        chats=chats or 0,
        kept_open=kept_open,
        saved_drafts=drafts,
        survey_links=links,
    )
    db.session.commit()
    visitors = visitor.purge_older_than(rules["visitor_state_hours"])
    return PurgeResult(len(expired), visitors, chats or 0, False, kept_open, drafts, links)
