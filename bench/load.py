"""Load without loss: N citizens at once run screening + application against PostgreSQL
with several gunicorn workers; afterwards the database must hold exactly N cases, with
unique references, each with its history row — nothing lost, nothing half-written."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa

from bench import journey


def run_citizens(
    urls: list[str],
    count: int,
    concurrency: int | None = None,
    first_number: int = 0,
    retries: int = 0,
) -> list[journey.Result]:
    numbers = range(first_number, first_number + count)
    with ThreadPoolExecutor(max_workers=concurrency or count) as pool:
        return list(pool.map(lambda n: journey.run(urls, n, retries=retries), numbers))


def database_figures(database_url: str) -> dict:
    engine = sa.create_engine(database_url)
    with engine.connect() as conn:
        cases = conn.execute(
            sa.text('SELECT count(*), count(DISTINCT reference) FROM "case"')
        ).one()
        without_history = conn.execute(
            sa.text(
                'SELECT count(*) FROM "case" c WHERE NOT EXISTS '
                "(SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'received')"
            )
        ).scalar()
        without_reference = conn.execute(
            sa.text('SELECT count(*) FROM "case" WHERE reference IS NULL')
        ).scalar()
        references = {r[0] for r in conn.execute(sa.text('SELECT reference FROM "case"'))}
    engine.dispose()
    return {
        "cases": cases[0],
        "unique_references": cases[1],
        "cases_without_history": without_history,
        "cases_without_reference": without_reference,
        "references": references,
    }


def check(results: list[journey.Result], figures: dict) -> dict:
    accepted = {r.reference for r in results if r.ok}
    return {
        "citizens": len(results),
        "accepted": len(accepted),
        "failed": sum(not r.ok for r in results),
        "cases_in_db": figures["cases"],
        "unique_references": figures["unique_references"],
        "accepted_but_missing": len(accepted - figures["references"]),
        "in_db_but_not_accepted": len(figures["references"] - accepted),
        "half_written": figures["cases_without_history"] + figures["cases_without_reference"],
    }


def run(urls: list[str], database_url: str, count: int) -> tuple[dict, list[str]]:
    started = time.monotonic()
    results = run_citizens(urls, count)
    seconds = time.monotonic() - started
    summary = check(results, database_figures(database_url))
    summary["seconds"] = round(seconds, 1)
    lines = [
        f"{count} concurrent citizens, {summary['accepted']} receipts in {seconds:.1f} s; "
        f"database: {summary['cases_in_db']} cases, {summary['unique_references']} unique "
        f"references, {summary['accepted_but_missing']} accepted but missing, "
        f"{summary['half_written']} half-written, {summary['failed']} journeys failed",
    ]
    for r in results:
        if not r.ok:
            lines.append(f"  failed at {r.step}: HTTP {r.status}, saw: {r.saw}")
            break
    return summary, lines
