"""Retention purge (and its dry run), and the admin pages: users and the audit log."""

from datetime import timedelta

from sqlalchemy import func, select

from portal.extensions import db
from portal.models import (
    AuditEntry,
    Case,
    CaseEvent,
    ChatConversation,
    PurgedCase,
    StaffUser,
    VisitorState,
    utcnow,
)
from portal.services import cases as svc
from portal.services import retention
from tests.staff.factories import make_case, make_staff


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def _data_to_purge():
    today = svc.local_today()
    old = make_case(status="rejected", retention_until=today - timedelta(days=1))
    svc.add_note(old, make_staff(), "note on an old case")
    keep = make_case(status="rejected", retention_until=today + timedelta(days=1))
    # Open, past the outer bound set at submission: kept, and counted.
    open_case = make_case(status="received", retention_until=today - timedelta(days=1))
    now = utcnow()
    db.session.add_all(
        [
            VisitorState(id="old", updated_at=now - timedelta(hours=25)),
            VisitorState(id="new", updated_at=now - timedelta(hours=1)),
            ChatConversation(sender_id="old", tracker={}, updated_at=now - timedelta(days=31)),
            ChatConversation(sender_id="new", tracker={}, updated_at=now - timedelta(days=1)),
        ]
    )
    db.session.commit()
    return old, keep, open_case


def test_dry_run_changes_nothing(ctx):
    _data_to_purge()
    before = [count(m) for m in (Case, CaseEvent, VisitorState, ChatConversation, AuditEntry)]
    result = retention.purge(dry_run=True)
    assert (result.cases, result.visitor_states, result.chat_conversations) == (1, 1, 1)
    assert result.open_past_date == 1
    db.session.expire_all()
    after = [count(m) for m in (Case, CaseEvent, VisitorState, ChatConversation, AuditEntry)]
    assert before == after and count(PurgedCase) == 0


def test_purge_deletes_and_keeps_a_minimal_record(ctx):
    old, keep, open_case = _data_to_purge()
    old_id, old_ref, old_received = old.id, old.reference, old.received_at
    result = retention.purge()
    assert (result.cases, result.visitor_states, result.chat_conversations) == (1, 1, 1)
    db.session.expire_all()
    assert db.session.get(Case, old_id) is None
    assert count(CaseEvent) == 2  # the two kept cases' "received" rows
    assert {c.id for c in db.session.scalars(select(Case))} == {keep.id, open_case.id}
    [purged] = db.session.scalars(select(PurgedCase))
    assert purged.reference == old_ref and purged.final_status == "rejected"
    assert purged.received_at == old_received
    assert [v.id for v in db.session.scalars(select(VisitorState))] == ["new"]
    assert [c.sender_id for c in db.session.scalars(select(ChatConversation))] == ["new"]
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "retention_purge"))
    assert entry.detail == {
        "cases": 1,
        "chats": 1,
        "kept_open": 1,
        "saved_drafts": 0,
        "survey_links": 0,
    }
    # Running again finds nothing.
    assert retention.purge().cases == 0


def test_purge_cli(app, ctx):
    _data_to_purge()
    runner = app.test_cli_runner()
    dry = runner.invoke(args=["retention", "purge", "--dry-run"])
    assert dry.exit_code == 0 and "would delete 1 cases" in dry.output
    assert count(PurgedCase) == 0
    real = runner.invoke(args=["retention", "purge"])
    assert real.exit_code == 0 and "deleted 1 cases" in real.output
    assert "kept 1 cases" in real.output
    assert count(PurgedCase) == 1


def test_final_status_starts_the_retention_clock(ctx):
    case = make_case(status="in_review")
    svc.change_status(case, make_staff(), "withdrawn", reason="Borgeren trak ansøgningen.")
    assert case.retention_until == svc.add_months(svc.local_today(), 12)
    assert retention.purge(today=case.retention_until).cases == 0
    assert retention.purge(today=case.retention_until + timedelta(days=1)).cases == 1


def test_admin_creates_and_changes_users(as_role):
    client, admin = as_role("admin")
    bad = client.post(
        "/staff/admin/users?lang=en",
        data={"email": "not-an-email", "password": "short", "role": "", "display_name": "Ny"},
    )
    assert bad.status_code == 400
    page = bad.get_data(as_text=True)
    assert "Write a valid e-mail address." in page and 'value="not-an-email"' in page
    ok = client.post(
        "/staff/admin/users?lang=en",
        data={"email": "ny@kommune.example", "role": "caseworker"},
    )
    # The admin sets no password: the page shows the user's one-time set-up link.
    assert ok.status_code == 200
    assert "/staff/enrol/" in ok.get_data(as_text=True)
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == "ny@kommune.example"))
    assert user.role == "caseworker" and user.password_hash is None
    client.post(f"/staff/admin/users/{user.id}", data={"role": "lead", "active": "yes"})
    db.session.refresh(user)
    assert user.role == "lead" and user.active
    user.totp_secret = "JBSWY3DPEHPK3PXP"
    db.session.commit()
    client.post(f"/staff/admin/users/{user.id}/enrol-link")
    client.post(f"/staff/admin/users/{user.id}", data={"role": "lead", "active": "no"})
    db.session.refresh(user)
    assert not user.active and user.totp_secret is None
    actions = [
        (e.action, e.detail.get("user_id"))
        for e in db.session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        if e.action.startswith("user_")
    ]
    assert actions == [
        ("user_create", user.id),
        ("user_role_change", user.id),
        ("user_deactivate", user.id),
    ]
    # No admin can lock themselves out.
    self_change = client.post(f"/staff/admin/users/{admin.id}", data={"role": "caseworker"})
    assert self_change.status_code == 400
    db.session.refresh(admin)
    assert admin.role == "admin" and admin.active


def test_admin_reads_and_filters_the_audit_log(as_role):
    client, admin = as_role("admin")
    worker = make_staff("caseworker")
    one, two = make_case(), make_case()
    svc.add_note(one, worker, "a")
    svc.add_note(two, admin, "b")
    by_case = client.get(f"/staff/admin/audit?case={one.reference}&lang=en").get_data(as_text=True)
    assert by_case.count("<td>Note added</td>") == 1 and one.reference in by_case
    by_user = client.get(f"/staff/admin/audit?user={worker.id}&lang=en").get_data(as_text=True)
    assert by_user.count("<td>Note added</td>") == 1 and worker.email in by_user
    by_action = client.get("/staff/admin/audit?action=note&lang=en").get_data(as_text=True)
    assert by_action.count("<td>Note added</td>") == 2
    unknown = client.get("/staff/admin/audit?case=TI-0000-999999&lang=en")
    assert "No case has that reference." in unknown.get_data(as_text=True)


def test_admin_retention_page_previews_and_purges(as_role):
    client, admin = as_role("admin")
    _data_to_purge()
    page = client.get("/staff/admin/retention?lang=en").get_data(as_text=True)
    assert "1 case is past its retention date but not finished" in page
    assert count(PurgedCase) == 0  # the preview is a dry run
    response = client.post("/staff/admin/retention")
    assert response.status_code == 302
    assert count(PurgedCase) == 1
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "retention_purge"))
    assert entry.actor_id == admin.id


def test_every_audit_action_has_a_label():
    from portal.services.audit import ACTIONS
    from portal.staff.labels import AUDIT_LABELS

    assert set(AUDIT_LABELS) == set(ACTIONS)
