"""Demo data for a newcomer's development portal: staff of every role and realistic cases
at every stage of the course (`flask --app wsgi demo seed`, `make demo`).

Everything goes through the real operations (staff accounts, enrolment, the citizen's
submission, the case workflow), so the demo shows what those write: history rows, audit
rows, encrypted fields, blind indexes, deadlines from the profile. Never in production:
`seed` refuses there, and demo staff live on the reserved `.invalid` domain.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

import pyotp
from flask import current_app

from portal.extensions import db
from portal.models import Case, StaffUser
from portal.services import cases, enrolment, submit
from portal.services import staff_accounts as accounts

DOMAIN = "demo.invalid"
STAFF = (
    ("admin", "Demo Administrator"),
    ("lead", "Lene Leder"),
    ("caseworker", "Carsten Sagsbehandler"),
    ("caseworker", "Camilla Rådgiver"),
)
_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


class DemoRefused(RuntimeError):
    pass


@dataclass(frozen=True)
class DemoUser:
    email: str
    role: str
    password: str


def _password() -> str:
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(5)) for _ in range(4))


def _check_allowed() -> None:
    if current_app.config.get("ENV") == "production":
        raise DemoRefused("demo data is never seeded in production (PORTAL_ENV=production)")


def demo_users() -> list[StaffUser]:
    return list(
        db.session.scalars(
            db.select(StaffUser).where(StaffUser.email.like(f"%@{DOMAIN}")).order_by(StaffUser.id)
        )
    )


def current_code(email: str) -> str:
    """The authenticator code of a demo user right now (so a newcomer needs no app)."""
    _check_allowed()
    user = accounts.find_by_email(email)
    if user is None or not user.email.endswith("@" + DOMAIN) or not user.totp_secret:
        raise DemoRefused(f"{email} is not an enrolled demo user")
    return pyotp.TOTP(user.totp_secret).now()


def _enrolled_user(role: str, name: str, n: int) -> DemoUser:
    email = f"{role}{n}@{DOMAIN}"
    password = _password()
    user = accounts.create_user(email, password, role, display_name=name)
    # Through the real set-up link: the same operation a colleague's browser runs.
    token = enrolment.issue_link(user).rsplit("/", 1)[1]
    secret = accounts.new_totp_secret()
    enrolment.complete(user, enrolment.token_hash(token), secret, pyotp.TOTP(secret).now())
    db.session.commit()
    return DemoUser(email, role, password)


# Who applies, what for, how many days ago, and where the case is now. Names, CPR numbers,
# phone numbers and e-mail addresses are invented (e-mail on the reserved .invalid domain).
CITIZENS = (
    (
        "Mette Sørensen",
        "120385-9001",
        "da",
        ["household_structure", "personal_care"],
        "moderate",
        16,
        "received",
    ),
    (
        "Ahmad Rahimi",
        "030791-9013",
        "en",
        ["mail_and_authorities", "daily_finances"],
        "moderate",
        12,
        "received",
    ),
    ("Jens Møller", "250168-9027", "da", ["social_contact", "activities"], "mild", 9, "in_review"),
    ("Sofie Nielsen", "141299-9034", "da", ["coping_with_disability"], "severe", 8, "contacted"),
    ("Olga Kowalska", "090777-9048", "en", ["social_contact"], "moderate", 6, "planning"),
    ("Peter Hansen", "300559-9052", "da", ["debt", "daily_finances"], "moderate", 4, "referred"),
    ("Lise Andersen", "171180-9066", "da", ["household_structure"], "mild", 3, "granted"),
    (
        "Karim Haddad",
        "051193-9070",
        "en",
        ["work_or_education", "conflicts"],
        "moderate",
        2,
        "rejected",
    ),
    (
        "Birthe Poulsen",
        "220452-9084",
        "da",
        ["assistive_technology", "coping_with_disability"],
        "moderate",
        1,
        "course",
    ),
    (
        "Anders Kristensen",
        "080888-9098",
        "da",
        ["health", "personal_care"],
        "at_risk",
        0,
        "received",
    ),
)


def _draft(name: str, cpr: str, areas: list[str], impact: str) -> dict:
    first = name.split()[0].lower()
    return {
        "name": name,
        "cpr": cpr,
        "phone": "12 34 56 78",
        "email": f"{first}@example.invalid",
        "contact_channel": "phone",
        "contact_times": "",
        "may_leave_message": True,
        "may_say_who_calls": True,
        "areas": areas,
        "impact": impact,
        "existing_support": ["none"],
        "format_wish": "both",
        "description": "",
        "goals": "",
        "adaptation": "",
        submit.CONFIRM_FIELD: True,
    }


def _answers(areas: list[str], impact: str) -> dict:
    return {
        "age": "18_or_over",
        "urgent": "no",
        "areas": areas,
        "impact": impact,
        "existing_support": ["none"],
        "motivation": "yes",
        "format": "both",
        "contact": "phone",
    }


def _apply(name, cpr, lang, areas, impact, days_ago, profile) -> Case:
    case = submit.submit_application(
        _draft(name, cpr, areas, impact),
        _answers(areas, impact),
        secrets.token_urlsafe(18),
        lang,
        profile,
    ).case
    # Back-date the application so the today view has overdue and due-soon cases; the
    # deadline is computed again from the profile for the new date.
    received = case.received_at - timedelta(days=days_ago)
    case.received_at = received
    case.deadline_at = submit.deadline_for(received, profile)
    db.session.commit()
    return case


def _advance(case: Case, stage: str, lead: StaffUser, worker: StaffUser) -> None:
    if stage == "received":
        return
    cases.take(case, worker)
    cases.change_status(case, worker, "in_review")
    if stage == "in_review":
        return
    cases.log_contact(
        case, worker, "phone", "outgoing", cases.local_today(), "Talt med borgeren.", True
    )
    if stage == "contacted":
        return
    cases.start_planning(case, worker)
    if stage == "planning":
        return
    if stage == "referred":
        cases.change_status(
            case, worker, "referred", "Gæld: økonomisk rådgivning.", "economic_advice"
        )
    elif stage == "rejected":
        cases.change_status(case, lead, "rejected", "Jobcentret hjælper med uddannelse.")
    else:
        cases.change_status(case, worker, "granted_individual", "Forløb på 6 måneder.")
        if stage == "course":
            cases.start_course(case, worker, cases.local_today())


def seed(profile) -> tuple[list[DemoUser], list[str]]:
    """Create the demo staff and cases; returns the users (with passwords) and references."""
    _check_allowed()
    if demo_users():
        raise DemoRefused("demo data exists already (staff on @demo.invalid)")
    users = [_enrolled_user(role, name, n) for n, (role, name) in enumerate(STAFF, start=1)]
    by_email = {u.email: u for u in demo_users()}
    lead = by_email[users[1].email]
    workers = [by_email[users[2].email], by_email[users[3].email]]
    references = []
    for i, (name, cpr, lang, areas, impact, days_ago, stage) in enumerate(CITIZENS):
        case = _apply(name, cpr, lang, areas, impact, days_ago, profile)
        _advance(case, stage, lead, workers[i % 2])
        references.append(case.reference)
    return users, references
