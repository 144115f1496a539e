"""One citizen's whole journey over HTTP, as a browser without JavaScript makes it:
the screening questionnaire, then the application, check page and submission.

Used by the load, fault and multi-instance runs. `base_urls` may name several portal
instances: each request goes to the next one, so a journey hops between instances.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import requests

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
IDEMPOTENCY = re.compile(r'name="idempotency_key"[^>]*value="([^"]+)"')
REFERENCE = re.compile(r"\bTI-\d{4}-\d{6}\b")

SCREENING = {
    "urgent": "no",
    "age": "18_or_over",
    "areas": ["social_contact", "household_structure"],
    "impact": "moderate",
    "existing_support": ["none"],
    "motivation": "yes",
    "format": "group",
    "contact": "phone",
}


@dataclass
class Result:
    ok: bool
    reference: str | None = None
    step: str = ""
    status: int = 0
    saw: str = ""  # what the citizen saw when it went wrong
    requests: int = 0
    history: list = field(default_factory=list)


class Citizen:
    def __init__(self, base_urls: list[str], number: int, timeout: float = 30.0):
        self.session = requests.Session()
        self.urls = itertools.cycle(base_urls)
        self.number = number
        self.timeout = timeout
        self.count = 0

    def _url(self, path: str) -> str:
        return next(self.urls) + path

    def get(self, path: str) -> requests.Response:
        self.count += 1
        return self.session.get(self._url(path), timeout=self.timeout)

    def post(self, path: str, data: dict) -> requests.Response:
        self.count += 1
        return self.session.post(self._url(path), data=data, timeout=self.timeout)

    def form(self, path: str) -> tuple[requests.Response, str]:
        page = self.get(path)
        token = CSRF.search(page.text)
        return page, token.group(1) if token else ""


def _saw(response: requests.Response) -> str:
    title = re.search(r"<h1[^>]*>(.*?)</h1>", response.text, re.S)
    return re.sub(r"\s+", " ", title.group(1)).strip() if title else response.text[:80]


def run(base_urls: list[str], number: int, lang: str = "da") -> Result:
    """Screening then application; returns the receipt's reference when it worked."""
    c = Citizen(base_urls, number)
    step = "start"
    try:
        c.get(f"/check?lang={lang}")
        for question, answer in SCREENING.items():
            step = f"screening:{question}"
            _, token = c.form(f"/check/{question}")
            values = answer if isinstance(answer, list) else [answer]
            response = c.post(f"/check/{question}", {"csrf_token": token, question: values})
            if response.status_code >= 400:
                return Result(False, step=step, status=response.status_code, saw=_saw(response),
                              requests=c.count)
        step = "apply:about"
        _, token = c.form("/apply")
        response = c.post("/apply", {
            "csrf_token": token, "name": f"Borger {number}", "phone": "12345678",
            "contact_channel": "phone", "may_leave_message": "y",
        })
        if response.status_code >= 400:
            return Result(False, step=step, status=response.status_code, saw=_saw(response),
                          requests=c.count)
        step = "apply:needs"
        _, token = c.form("/apply/needs")
        response = c.post("/apply/needs", {
            "csrf_token": token, "areas": ["social_contact", "household_structure"],
            "impact": "moderate", "existing_support": ["none"], "format_wish": "group",
            "description": "Jeg har svært ved at komme ud blandt andre.",
            "goals": "Jeg vil gerne kunne handle ind selv.",
        })
        if response.status_code >= 400:
            return Result(False, step=step, status=response.status_code, saw=_saw(response),
                          requests=c.count)
        step = "apply:check"
        page, token = c.form("/apply/check")
        key = IDEMPOTENCY.search(page.text)
        if not key:
            return Result(False, step=step, status=page.status_code, saw=_saw(page),
                          requests=c.count)
        step = "apply:submit"
        response = c.post("/apply/check", {
            "csrf_token": token, "idempotency_key": key.group(1), "consent": "y",
        })
        reference = REFERENCE.search(response.text)
        if response.status_code == 200 and reference:
            return Result(True, reference.group(0), step="receipt", status=200, requests=c.count)
        return Result(False, step=step, status=response.status_code, saw=_saw(response),
                      requests=c.count)
    except requests.RequestException as exc:
        return Result(False, step=step, saw=f"no answer ({type(exc).__name__})", requests=c.count)
