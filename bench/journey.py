"""One citizen's whole journey over HTTP, as a browser without JavaScript makes it:
the screening questionnaire, then the application, check page and submission.

Used by the load, fault and multi-instance runs. `base_urls` may name several portal
instances: each request goes to the next one, so a journey hops between instances.
With `retries`, a step that fails (an error page, no answer) is tried again after a
pause, like a citizen pressing "try again"; what they saw is kept.
"""

from __future__ import annotations

import itertools
import re
import time
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
    saw: str = ""  # the last problem page the citizen saw ("" if none)
    requests: int = 0
    retried: int = 0
    mail_notice: str = ""
    problems: list = field(default_factory=list)
    prepared: dict = field(default_factory=dict)


class StepFailed(Exception):
    def __init__(self, status: int, saw: str):
        super().__init__(saw)
        self.status, self.saw = status, saw


def _heading(response: requests.Response) -> str:
    title = re.search(r"<h1[^>]*>(.*?)</h1>", response.text, re.S)
    return re.sub(r"<[^>]+>|\s+", " ", title.group(1)).strip() if title else response.text[:80]


def _mail_notice(response: requests.Response) -> str:
    # What the receipt says about the e-mail: queued, sent, or could not be sent (a warning).
    notice = re.search(r"<p[^>]*>([^<]*\be-mail[^<]*)</p>", response.text, re.S)
    return re.sub(r"\s+", " ", notice.group(1)).strip() if notice else ""


class Citizen:
    def __init__(self, base_urls: list[str], timeout: float = 30.0):
        self.session = requests.Session()
        self.urls = itertools.cycle(base_urls)
        self.timeout = timeout
        self.count = 0

    def request(self, method: str, path: str, data: dict | None = None) -> requests.Response:
        self.count += 1
        try:
            response = self.session.request(
                method, next(self.urls) + path, data=data, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise StepFailed(0, f"no answer ({type(exc).__name__})") from None
        if response.status_code >= 400:
            raise StepFailed(response.status_code, _heading(response))
        return response

    def form(self, path: str) -> tuple[requests.Response, str]:
        page = self.request("GET", path)
        token = CSRF.search(page.text)
        if not token:
            raise StepFailed(page.status_code, "no form on " + path)
        return page, token.group(1)


def prepare(base_urls: list[str], number: int) -> dict:
    """Everything up to the check page; returns what a submission needs (for benchmarks
    that time the submission alone)."""
    result = run(base_urls, number, stop_before_submit=True)
    if not result.ok:
        raise RuntimeError(f"could not prepare a submission: {result.step}: {result.saw}")
    return result.prepared


def run(
    base_urls: list[str],
    number: int,
    lang: str = "da",
    email: str = "",
    retries: int = 0,
    pause: float = 1.0,
    stop_before_submit: bool = False,
) -> Result:
    """Screening then application; the result holds the receipt's reference."""
    c = Citizen(base_urls)
    result = Result(False)

    def step(name: str, action):
        result.step = name
        for attempt in range(retries + 1):
            try:
                return action()
            except StepFailed as failure:
                result.status, result.saw = failure.status, failure.saw
                result.problems.append(f"{name}: {failure.saw}")
                if attempt == retries:
                    raise
                result.retried += 1
                time.sleep(pause)
        return None

    def answer(question, value):
        _, token = c.form(f"/check/{question}")
        values = value if isinstance(value, list) else [value]
        c.request("POST", f"/check/{question}", {"csrf_token": token, question: values})

    def about():
        _, token = c.form("/apply")
        c.request(
            "POST",
            "/apply",
            {
                "csrf_token": token,
                "name": f"Borger {number}",
                "phone": "12345678",
                "email": email,
                "contact_channel": "phone",
                "may_leave_message": "y",
            },
        )

    def needs():
        _, token = c.form("/apply/needs")
        c.request(
            "POST",
            "/apply/needs",
            {
                "csrf_token": token,
                "areas": SCREENING["areas"],
                "impact": "moderate",
                "existing_support": ["none"],
                "format_wish": "group",
                "description": "Jeg har svært ved at komme ud blandt andre.",
                "goals": "Jeg vil gerne kunne handle ind selv.",
            },
        )

    def submit():
        page, token = c.form("/apply/check")
        key = IDEMPOTENCY.search(page.text)
        if not key:
            raise StepFailed(page.status_code, "no idempotency key on the check page")
        if stop_before_submit:
            cookies = {k: v for k, v in c.session.cookies.items()}
            result.prepared = {"cookies": cookies, "csrf_token": token, "key": key.group(1)}
            return None, ""
        receipt = c.request(
            "POST",
            "/apply/check",
            {
                "csrf_token": token,
                "idempotency_key": key.group(1),
                "confirmed": "y",
            },
        )
        reference = REFERENCE.search(receipt.text)
        if not reference:
            raise StepFailed(receipt.status_code, _heading(receipt))
        return reference.group(0), _mail_notice(receipt)

    try:
        step("start", lambda: c.request("GET", f"/check?lang={lang}"))
        for question, value in SCREENING.items():
            step(f"screening:{question}", lambda q=question, v=value: answer(q, v))
        step("apply:about", about)
        step("apply:needs", needs)
        result.reference, result.mail_notice = step("apply:submit", submit)
        result.ok, result.step = True, "receipt"
    except StepFailed:
        pass
    result.requests = c.count
    return result
