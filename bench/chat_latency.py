"""Chat turn latency in-process (driver + classifier + in-process actions), no HTTP, no DB.

`python bench/chat_latency.py` prints p50/p95/max per turn over a set of conversations
(a full screening by buttons and by free text, fact questions, fallbacks), after warm-up.

`python bench/chat_latency.py --webhook [DATABASE_URL]` prints the CPU of a whole turn in
this process (the Flask app through its test client: view, session, crisis layer,
understanding, actions, the conversation's encrypted write): a new browser's first turn,
as `python -m bench speed` sends it, and a conversation's later turns. SQLite in a
temporary folder unless a database URL is given (PostgreSQL as in production).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from portal.chat.driver import Driver  # noqa: E402
from portal.chat.nlu import classifier  # noqa: E402
from portal.chat.transports import InProcessTransport  # noqa: E402
from portal.municipality import load_profile  # noqa: E402

CONVERSATIONS = [
    ("da", ["hej", "hvad koster det?", "hvor foregår det?", "hvor længe varer det?", "tak"]),
    (
        "da",
        [
            "/start_screening",
            "nej",
            "jeg er 40",
            "rengøring og post",
            "lidt",
            "nej",
            "ja gerne",
            "i en gruppe",
            "på telefonen",
        ],
    ),
    (
        "en",
        [
            "/start_screening",
            '/answer{"urgent": "no"}',
            '/answer{"age": "18_or_over"}',
            '/answer{"areas": "health"}',
            '/answer{"areas": "done"}',
            '/answer{"impact": "mild"}',
            '/answer{"existing_support": "none"}',
            '/answer{"motivation": "yes"}',
            '/answer{"format": "group"}',
            '/answer{"contact": "phone"}',
        ],
    ),
    ("en", ["what is the weather", "can I complain?", "who can get it?", "asdf qwerty"]),
]


def main(rounds: int = 30) -> None:
    started = time.perf_counter()
    classifier()
    print(
        f"classifier trained in {(time.perf_counter() - started) * 1000:.0f} ms (once per process)"
    )
    driver = Driver(InProcessTransport("hedensted"), load_profile("hedensted"))
    timings = []
    for round_ in range(rounds + 1):
        for lang, messages in CONVERSATIONS:
            state = driver.new_state(lang)
            for message in messages:
                t0 = time.perf_counter()
                driver.handle("bench", state, message, lang)
                if round_:  # the first round warms up
                    timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"{len(timings)} turns: p50 {statistics.median(timings):.2f} ms, "
        f"p95 {p95:.2f} ms, max {timings[-1]:.2f} ms"
    )


def webhook_cpu(database_url: str | None = None, turns: int = 300) -> dict:
    """CPU milliseconds per turn through the app (process time: what the server pays)."""
    import os
    import tempfile

    from cryptography.fernet import Fernet

    folder = tempfile.mkdtemp(prefix="chat-cpu-")
    os.environ.update(
        PORTAL_ENV="production",
        SECRET_KEY="bench-secret-" + "x" * 40,
        PORTAL_DATA_KEY=Fernet.generate_key().decode(),
        DATABASE_URL=database_url or f"sqlite:///{folder}/chat.db",
        RATELIMIT_ENABLED="false",
        RATELIMIT_ALLOW_MEMORY="1",
        COOKIE_SECURE="0",
        PORTAL_BASE_URL="http://localhost",
    )
    import logging

    from portal import create_app
    from portal.chat.service import warm_up
    from portal.extensions import db

    app = create_app()
    with app.app_context():
        db.create_all()
    warm_up()
    logging.disable(logging.INFO)  # the turns' own log lines are not what is measured
    body = {"sender": "bench", "message": "Hvad koster det?", "metadata": {"lang": "da"}}
    going_on = app.test_client()

    def first_turn():
        assert app.test_client().post("/chat/webhook", json=body).status_code == 200

    def later_turn():
        assert going_on.post("/chat/webhook", json=body).status_code == 200

    out = {}
    for name, turn in (("first turn of a new browser", first_turn), ("later turn", later_turn)):
        for _ in range(30):  # warm-up (and the later turns' conversation exists)
            turn()
        started = time.process_time()
        for _ in range(turns):
            turn()
        out[name] = (time.process_time() - started) / turns * 1000
        print(f"{name}: {out[name]:.2f} ms CPU per turn ({turns} turns)", flush=True)
    return out


if __name__ == "__main__":
    if "--webhook" in sys.argv:
        rest = [a for a in sys.argv[1:] if a != "--webhook"]
        webhook_cpu(rest[0] if rest else None)
    else:
        main()
