"""`flask demo seed` gives a newcomer staff of every role and cases at every stage, through
the real operations; never in production."""

import pyotp
import pytest

from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent, StaffUser
from portal.services import demo


def seed_via_cli(app):
    result = app.test_cli_runner().invoke(args=["demo", "seed"])
    assert result.exit_code == 0, result.output
    return result.output


def test_seed_creates_staff_of_every_role_and_cases_at_every_stage(app):
    output = seed_via_cli(app)
    with app.app_context():
        users = demo.demo_users()
        assert sorted(u.role for u in users) == ["admin", "caseworker", "caseworker", "lead"]
        assert all(u.totp_secret and u.password_hash for u in users)
        statuses = {c.status for c in db.session.scalars(db.select(Case))}
        assert {"received", "in_review", "referred", "rejected", "granted_individual"} <= statuses
        assert db.session.scalar(db.select(db.func.count(Case.id))) == len(demo.CITIZENS)
        # Written by the operations: every case has history and an audit trail.
        for case in db.session.scalars(db.select(Case)):
            kinds = {
                e.kind for e in db.session.scalars(db.select(CaseEvent).filter_by(case_id=case.id))
            }
            assert "received" in kinds
            assert db.session.scalar(
                db.select(db.func.count(AuditEntry.id)).filter_by(case_id=case.id)
            )
        for user in users:
            assert user.email in output
    assert "password" in output


def test_the_demo_code_is_the_users_current_code(app):
    seed_via_cli(app)
    with app.app_context():
        user = demo.demo_users()[0]
        secret = user.totp_secret
        email = user.email
    result = app.test_cli_runner().invoke(args=["demo", "code", email])
    assert result.exit_code == 0
    assert pyotp.TOTP(secret).verify(result.output.strip(), valid_window=1)


def test_no_code_for_a_real_user(app):
    with app.app_context():
        db.session.add(
            StaffUser(email="real@kommune.example", role="lead", totp_secret="A" * 32, active=True)
        )
        db.session.commit()
    result = app.test_cli_runner().invoke(args=["demo", "code", "real@kommune.example"])
    assert result.exit_code != 0
    assert "not an enrolled demo user" in result.output


def test_seed_refuses_twice(app):
    seed_via_cli(app)
    result = app.test_cli_runner().invoke(args=["demo", "seed"])
    assert result.exit_code != 0
    assert "exists already" in result.output


@pytest.mark.parametrize("command", [["demo", "seed"], ["demo", "code", "lead2@demo.invalid"]])
def test_never_in_production(make_app, command):
    app = make_app("hedensted", ENV="production")
    result = app.test_cli_runner().invoke(args=command)
    assert result.exit_code != 0
    assert "never seeded in production" in result.output
    with app.app_context():
        assert demo.demo_users() == []
