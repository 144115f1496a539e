"""Two portal instances on different ports share one PostgreSQL: one citizen's journey
alternates between them request by request and must still end in a receipt."""

from __future__ import annotations

from bench import journey, load


def run(urls: list[str], database_url: str, citizens: int = 5) -> tuple[dict, list[str]]:
    assert len(urls) >= 2
    results = [journey.run(urls, 30_000 + n) for n in range(citizens)]
    figures = load.database_figures(database_url)
    summary = load.check(results, figures)
    summary["requests_per_journey"] = results[0].requests
    lines = [
        f"two instances ({', '.join(urls)}), {citizens} journeys alternating between them "
        f"({results[0].requests} requests each): {summary['accepted']} receipts, "
        f"{summary['accepted_but_missing']} lost",
    ]
    for r in results:
        if not r.ok:
            lines.append(f"  failed at {r.step}: HTTP {r.status}, saw: {r.saw}")
    return summary, lines
