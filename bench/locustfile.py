"""Locust users for the journey scenarios wrk cannot drive (forms with CSRF tokens and a
fresh idempotency key per application). Each step is its own stats entry; the figure we
watch is "submit", the POST that creates the case.

The timed Submitter is a FastHttpUser (geventhttpclient): Locust runs on the same two cores
as the server and PostgreSQL, and python-requests (HttpUser) spent several times more CPU
per request than the client needs, CPU the server then lacked."""

import re

from locust import FastHttpUser, HttpUser, constant, task

CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
KEY = re.compile(r'name="idempotency_key"[^>]*value="([^"]+)"')
ANSWERS = {
    "urgent": "no",
    "age": "18_or_over",
    "areas": ["social_contact"],
    "impact": "moderate",
    "existing_support": ["none"],
    "motivation": "yes",
    "format": "group",
    "contact": "phone",
}


class Citizen(HttpUser):
    """A whole journey per task (for load runs by hand: locust -f bench/locustfile.py)."""

    wait_time = constant(0)
    weight = 0 if __import__("os").environ.get("BENCH_SUBMISSIONS") else 1

    def token(self, path: str, name: str) -> str:
        page = self.client.get(path, name=name)
        found = CSRF.search(page.text)
        return found.group(1) if found else ""

    @task
    def apply(self):
        self.client.cookies.clear()
        for question, value in ANSWERS.items():
            token = self.token(f"/check/{question}", "question page")
            self.client.post(
                f"/check/{question}",
                name="questionnaire step",
                data={"csrf_token": token, question: value},
            )
        token = self.token("/apply", "application page")
        self.client.post(
            "/apply",
            name="application step",
            data={
                "csrf_token": token,
                "name": "Bench Borger",
                "phone": "12345678",
                "contact_channel": "phone",
            },
        )
        token = self.token("/apply/needs", "application page")
        self.client.post(
            "/apply/needs",
            name="application step",
            data={
                "csrf_token": token,
                "areas": ["social_contact"],
                "impact": "moderate",
                "existing_support": ["none"],
                "format_wish": "group",
                "description": "Svært at komme ud.",
                "goals": "Handle ind selv.",
            },
        )
        page = self.client.get("/apply/check", name="check page")
        token, key = CSRF.search(page.text), KEY.search(page.text)
        if token and key:
            self.client.post(
                "/apply/check",
                name="submit",
                data={
                    "csrf_token": token.group(1),
                    "idempotency_key": key.group(1),
                    "confirmed": "y",
                },
            )


class Submitter(FastHttpUser):
    """Submits applications prepared beforehand (BENCH_SUBMISSIONS: a JSON file of
    cookies, CSRF token and idempotency key), so that only the submission is timed."""

    wait_time = constant(0)
    prepared: list = []
    loaded = False

    @classmethod
    def load(cls):
        import json
        import os

        if not cls.loaded and os.environ.get("BENCH_SUBMISSIONS"):
            cls.loaded = True
            with open(os.environ["BENCH_SUBMISSIONS"]) as fh:
                cls.prepared.extend(json.load(fh))

    @task
    def submit(self):
        from locust.exception import StopUser

        self.load()
        if not self.prepared:
            # All prepared applications are sent: this user stops (the run ends at -t).
            raise StopUser()
        item = self.prepared.pop()
        # This application's visitor only: the previous one's cookies are dropped.
        self.client.cookiejar.clear()
        cookie = "; ".join(f"{name}={value}" for name, value in item["cookies"].items())
        # Timed: the POST that creates the case (its 303 to the receipt is not followed).
        with self.client.post(
            "/apply/check",
            name="submit",
            allow_redirects=False,
            catch_response=True,
            headers={"Cookie": cookie},
            data={
                "csrf_token": item["csrf_token"],
                "idempotency_key": item["key"],
                "confirmed": "y",
            },
        ) as response:
            location = response.headers.get("Location") or ""
            if response.status_code != 303 or "/apply/receipt/TI-" not in location:
                response.failure(f"no receipt: HTTP {response.status_code}")
