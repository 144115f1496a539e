"""The workflow: every allowed and every forbidden transition, derived from the table (a
new transition is tested automatically), DESIGN.md § 7's states checked explicitly, and
the history and audit rows every operation writes."""

from datetime import date, timedelta

import pytest
from sqlalchemy import Text, select, type_coerce

from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent
from portal.services import cases as svc
from tests.staff.factories import make_case, make_staff

PAIRS = [(a, b) for a in svc.STATUSES for b in svc.STATUSES]
ALLOWED = [(a, b) for a, b in PAIRS if b in svc.TRANSITIONS[a]]
FORBIDDEN = [(a, b) for a, b in PAIRS if b not in svc.TRANSITIONS[a]]
LEAD_ONLY = [(a, b) for a, b in ALLOWED if svc.TRANSITIONS[a][b].role == "lead"]


def step_args(to_status):
    args = {"reason": "Begrundelse for afgørelsen."}
    if to_status == "referred":
        args["offer"] = "open_counselling"
    return args


def audit_rows(case_id, action=None):
    stmt = select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.id)
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    return list(db.session.scalars(stmt))


def test_design_states_and_transitions():
    assert set(svc.STATUSES) == {
        "received",
        "in_review",
        "granted_group",
        "granted_individual",
        "granted_both",
        "referred",
        "rejected",
        "withdrawn",
        "closed",
    }
    assert "in_review" in svc.TRANSITIONS["received"]
    assert set(svc.TRANSITIONS["in_review"]) >= {
        "granted_group",
        "granted_individual",
        "granted_both",
        "referred",
        "rejected",
        "withdrawn",
    }
    for granted in svc.GRANTED:
        assert set(svc.TRANSITIONS[granted]) == {"closed"}
    assert "granted_group" not in svc.TRANSITIONS["received"]  # review comes first
    assert {"referred", "rejected", "withdrawn", "closed"} == svc.FINAL
    assert svc.FINAL | set(svc.GRANTED) <= svc.NEEDS_REASON
    # A finished case can only be reopened, by a lead, back into review.
    for final in svc.FINAL:
        assert set(svc.TRANSITIONS[final]) == {"in_review"}
        assert svc.TRANSITIONS[final]["in_review"].reopen
        assert svc.TRANSITIONS[final]["in_review"].role == "lead"
    # Every decision and ending is confirmed before it is saved.
    for a, b in ALLOWED:
        assert svc.TRANSITIONS[a][b].decisive == (b != "in_review" or a in svc.FINAL), (a, b)
    # Every status can be reached from "received".
    seen, todo = {"received"}, ["received"]
    while todo:
        for nxt in svc.TRANSITIONS[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(svc.STATUSES)


@pytest.mark.parametrize(("from_status", "to_status"), ALLOWED)
def test_allowed_transition(ctx, from_status, to_status):
    actor = make_staff(svc.TRANSITIONS[from_status][to_status].role)
    case = make_case(status=from_status)
    event = svc.change_status(case, actor, to_status, **step_args(to_status))
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    assert case.status == to_status
    assert event.from_status == from_status and event.to_status == to_status
    assert event.actor_id == actor.id
    # The status row is the newest, but for the decision letter that follows it.
    assert [e.id for e in case.events if e.kind != "letter"][-1] == event.id
    assert case.first_action_at is not None
    [entry] = audit_rows(case.id, "status_change")
    assert entry.actor_id == actor.id
    reopen = {"reopen": True} if svc.TRANSITIONS[from_status][to_status].reopen else {}
    assert entry.detail == {"from_status": from_status, "to_status": to_status, **reopen}
    assert event.data.get("reopen", False) == bool(reopen)
    assert case.version == 2  # every change bumps the version
    if to_status in svc.FINAL:
        assert case.retention_until is not None
        assert case.retention_until > date.today() + timedelta(days=300)
    else:
        assert case.retention_until is None


@pytest.mark.parametrize(("from_status", "to_status"), FORBIDDEN)
def test_forbidden_transition(ctx, from_status, to_status):
    actor = make_staff("admin")
    case = make_case(status=from_status)
    with pytest.raises(svc.CaseError) as exc:
        svc.change_status(case, actor, to_status, **step_args(to_status))
    assert ("to_status", "Choose one of the next steps shown.") in exc.value.errors
    db.session.rollback()
    db.session.expire_all()
    assert db.session.get(Case, case.id).status == from_status
    assert [e.kind for e in db.session.get(Case, case.id).events] == ["received"]
    assert audit_rows(case.id) == []


@pytest.mark.parametrize(("from_status", "to_status"), LEAD_ONLY)
def test_lead_only_steps_are_refused_to_a_caseworker(ctx, from_status, to_status):
    case = make_case(status=from_status)
    with pytest.raises(svc.NotAllowed):
        svc.change_status(case, make_staff("caseworker"), to_status, **step_args(to_status))
    db.session.rollback()
    db.session.expire_all()
    assert db.session.get(Case, case.id).status == from_status
    assert audit_rows(case.id) == []
    assert to_status not in svc.allowed_next(from_status, make_staff("caseworker"))
    assert to_status in svc.allowed_next(from_status, make_staff("lead"))


def test_reopening_needs_a_reason_and_clears_the_retention_date(ctx):
    lead = make_staff("lead")
    case = make_case(status="in_review")
    svc.change_status(case, lead, "rejected", reason="Ikke i målgruppen.")
    assert case.retention_until is not None
    with pytest.raises(svc.CaseError) as exc:
        svc.change_status(case, lead, "in_review", reason="  ")
    assert exc.value.errors == [("reason", "Write the reason for the decision.")]
    db.session.rollback()
    event = svc.change_status(case, lead, "in_review", reason="Borgeren ringede med nyt.")
    assert case.status == "in_review" and case.retention_until is None
    assert event.text == "Borgeren ringede med nyt." and event.data == {"reopen": True}
    assert case.decision_reason == "Ikke i målgruppen."  # the decision's reason is kept


def test_unknown_status_is_refused(ctx):
    case = make_case(status="in_review")
    with pytest.raises(svc.CaseError):
        svc.change_status(case, make_staff(), "approved", reason="x")


@pytest.mark.parametrize("to_status", sorted(svc.TRANSITIONS["in_review"]))
def test_decisions_need_a_reason(ctx, to_status):
    case = make_case(status="in_review")
    args = step_args(to_status)
    args["reason"] = "   "
    with pytest.raises(svc.CaseError) as exc:
        svc.change_status(case, make_staff(), to_status, **args)
    assert ("reason", "Write the reason for the decision.") in exc.value.errors


def test_in_review_needs_no_reason(ctx):
    case = make_case()
    svc.change_status(case, make_staff(), "in_review")
    assert case.status == "in_review" and case.decision_reason is None


def test_referral_records_the_offer(ctx):
    case = make_case(status="in_review")
    actor = make_staff()
    with pytest.raises(svc.CaseError) as exc:
        svc.change_status(case, actor, "referred", reason="Gæld er det vigtigste.")
    assert exc.value.errors == [("offer", "Choose the offer the citizen is referred to.")]
    with pytest.raises(svc.CaseError):
        svc.refer(case, actor, "early_intervention", "Not a referral elsewhere")
    event = svc.refer(case, actor, "economic_advice", "Gæld er det vigtigste.")
    assert case.status == "referred" and case.referred_offer == "economic_advice"
    assert event.kind == "referral" and event.data == {"offer": "economic_advice"}
    assert case.decided_at is not None


def test_granted_sets_evaluation_and_end_dates(ctx):
    case = make_case(status="in_review")
    svc.change_status(
        case,
        make_staff(),
        "granted_individual",
        reason="Passer godt.",
        start_date=date(2026, 8, 31),
    )
    assert case.start_date == date(2026, 8, 31)
    assert case.evaluation_due == date(2026, 8, 31) + timedelta(weeks=20)  # profile: 20 weeks
    assert case.end_date == date(2027, 2, 28)  # 6 months, clamped to the month's end
    assert case.decision_reason == "Passer godt."
    raw = db.session.scalar(
        select(type_coerce(Case.__table__.c.decision_reason, Text)).where(Case.id == case.id)
    )
    assert "Passer" not in raw  # encrypted at rest


def test_granted_without_start_date_starts_today(ctx):
    case = make_case(status="in_review")
    svc.change_status(case, make_staff(), "granted_group", reason="Ja.")
    assert case.start_date == svc.local_today()
    assert case.end_date == svc.add_months(svc.local_today(), 6)


def test_closing_sets_closed_at_and_retention(ctx):
    case = make_case(status="granted_both")
    svc.change_status(case, make_staff(), "closed", reason="Forløbet er slut.")
    assert case.closed_at is not None
    assert case.retention_until == svc.add_months(svc.local_today(), 12)


def test_add_months():
    assert svc.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert svc.add_months(date(2026, 11, 15), 6) == date(2027, 5, 15)
    assert svc.add_months(date(2028, 8, 31), 6) == date(2029, 2, 28)


def test_assign_writes_history_and_audit(ctx):
    lead = make_staff("lead")
    worker = make_staff("caseworker")
    case = make_case()
    svc.assign(case, lead, worker.id)
    assert case.assignee_id == worker.id and case.first_action_at is not None
    with pytest.raises(svc.CaseError):
        svc.assign(case, lead, worker.id)  # no change
    db.session.rollback()
    with pytest.raises(svc.CaseError):
        svc.assign(case, lead, 999999)
    db.session.rollback()
    svc.assign(case, lead, None)
    kinds = [(e.kind, e.data) for e in db.session.get(Case, case.id).events]
    assert kinds[1:] == [
        ("assign", {"from": None, "to": worker.id}),
        ("assign", {"from": worker.id, "to": None}),
    ]
    assert [a.detail for a in audit_rows(case.id, "assign")] == [
        {"from_assignee": None, "to_assignee": worker.id},
        {"from_assignee": worker.id, "to_assignee": None},
    ]


def test_notes_are_encrypted_history_with_audit(ctx):
    actor = make_staff()
    case = make_case()
    with pytest.raises(svc.CaseError):
        svc.add_note(case, actor, "   ")
    with pytest.raises(svc.CaseError):
        svc.add_note(case, actor, "x" * 5001)
    db.session.rollback()
    event = svc.add_note(case, actor, "Ringede, talte med borgeren.")
    assert event.kind == "note" and event.actor_id == actor.id
    raw = db.session.scalar(
        select(type_coerce(CaseEvent.__table__.c.text, Text)).where(CaseEvent.id == event.id)
    )
    assert "borgeren" not in raw
    [entry] = audit_rows(case.id, "note")
    assert entry.detail == {}  # the note's words are not in the audit log


def test_history_is_append_only_in_order(ctx):
    actor = make_staff("lead")
    case = make_case()
    svc.change_status(case, actor, "in_review")
    svc.add_note(case, actor, "Første note")
    svc.assign(case, actor, actor.id)
    svc.change_status(case, actor, "rejected", reason="Ikke i målgruppen.")
    events = db.session.get(Case, case.id).events
    assert [e.kind for e in events] == ["received", "status", "note", "assign", "status", "letter"]
    assert [e.id for e in events] == sorted(e.id for e in events)
    assert [a.action for a in audit_rows(case.id)] == [
        "status_change",
        "note",
        "assign",
        "status_change",
        "letter_sent",
    ]


def test_a_colleagues_change_in_between_is_not_overwritten(ctx):
    from sqlalchemy import update

    case = make_case(status="in_review")
    actor = make_staff()
    assert case.status == "in_review"  # this user's page is loaded
    db.session().expire_on_commit = False  # keep what this user saw
    db.session.commit()
    # A colleague withdraws the case in their own transaction.
    with db.engine.begin() as conn:
        conn.execute(update(Case).where(Case.id == case.id).values(status="withdrawn"))
    assert case.status == "in_review"  # this session has not seen it
    with pytest.raises(svc.CaseError) as exc:
        svc.change_status(case, actor, "granted_group", reason="Ja.")
    assert exc.value.errors == [("version", svc.MSG_STALE)]
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    assert case.status == "withdrawn"
    assert [e.kind for e in case.events] == ["received"]
    assert audit_rows(case.id) == []
