"""Chat turn latency in-process (driver + classifier + in-process actions), no HTTP, no DB.

`python bench/chat_latency.py` prints p50/p95/max per turn over a set of conversations
(a full screening by buttons and by free text, fact questions, fallbacks), after warm-up.
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


if __name__ == "__main__":
    main()
