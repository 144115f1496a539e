"""Plain helpers for the application tests: valid answers, filling in the steps through
the test client, and giving a visitor screening answers as the questionnaire would."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent
from portal.services import visitor

ABOUT = {
    "name": "Anna Jensen",
    "cpr": "010190-1234",
    "phone": "12 34 56 78",
    "email": "anna@example.org",
    "contact_channel": "phone",
    "contact_times": "Hverdage før kl. 12",
    "may_leave_message": "y",
}
NEEDS = {
    "areas": ["social_contact", "mail_and_authorities"],
    "impact": "moderate",
    "existing_support": ["none"],
    "format_wish": "group",
    "description": "Jeg har svært ved at åbne min post og ringe til kommunen.",
    "goals": "Jeg vil gerne kunne handle ind alene.",
    "adaptation": "Tolk på arabisk",
}
SCREENING = {
    "urgent": "no",
    "age": "18_or_over",
    "areas": ["social_contact", "health"],
    "impact": "mild",
    "existing_support": ["s85"],
    "motivation": "yes",
    "format": "individual",
    "contact": "virtual",
}


def draft(**overrides) -> dict:
    return {**ABOUT, **NEEDS, **overrides}


def give_screening_answers(app, client, answers: dict) -> None:
    """Store answers for this client's visitor, as the questionnaire does (sealed in their
    own cookie, portal/services/visitor.py)."""
    with app.app_context():
        token = visitor.seal_answers(answers)
    client.set_cookie(visitor.ANSWERS_COOKIE, token)


def visitor_answers(app, client) -> dict:
    """The screening answers this client's browser holds, read as the portal reads them."""
    cookie = client.get_cookie(visitor.ANSWERS_COOKIE)
    if cookie is None:
        return {}
    headers = {"Cookie": f"{visitor.ANSWERS_COOKIE}={cookie.value}"}
    with app.test_request_context(headers=headers):
        return visitor.get_answers()


def check_page_key(html: str) -> str:
    return re.search(r'name="idempotency_key" value="([^"]+)"', html).group(1)


def fill_in(client, about=None, needs=None, lang: str | None = None) -> str:
    """Post both steps (must be valid) and open the check page; returns its idempotency key."""
    suffix = f"?lang={lang}" if lang else ""
    response = client.post("/apply" + suffix, data=ABOUT if about is None else about)
    assert response.status_code == 303, response.text
    response = client.post("/apply/needs" + suffix, data=NEEDS if needs is None else needs)
    assert response.status_code == 303, response.text
    response = client.get("/apply/check" + suffix)
    assert response.status_code == 200
    return check_page_key(response.text)


def send(client, key: str, confirmed: bool = True, **extra):
    data = {"idempotency_key": key, **extra}
    if confirmed:
        data["confirmed"] = "y"
    return client.post("/apply/check", data=data)


def counts(app) -> tuple[int, int, int]:
    """(cases, case events, audit entries) in the database."""
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count()).select_from(model))
            for model in (Case, CaseEvent, AuditEntry)
        )


def error_links(html: str) -> list[tuple[str, str]]:
    """(href, text) of the links in the error summary."""
    summary = re.search(r'id="error-summary".*?</ul>', html, re.S)
    if not summary:
        return []
    return re.findall(r'<a class="function-link" href="([^"]+)">([^<]+)</a>', summary.group(0))
