"""The README's workflow diagram and its text list are the transition table: both are
generated here from services/cases.py::TRANSITIONS and must appear in the README verbatim.
After changing the table, run `python -m tests.staff.test_readme_workflow` and paste."""

from pathlib import Path

from portal.services import cases as svc

README = Path(__file__).parents[2] / "README.md"


def _note(step: svc.Step) -> str:
    if step.reopen:
        return "lead only, confirmed, with a reason"
    if step.decisive:
        return "confirmed, with a reason"
    return ""


def mermaid() -> str:
    lines = ["```mermaid", "stateDiagram-v2"]
    for status in svc.STATUSES:
        lines.append(f'    state "{svc.STATUS_LABELS[status]}" as {status}')
    lines.append("    [*] --> received")
    for status, following in svc.TRANSITIONS.items():
        for to, step in following.items():
            note = _note(step)
            lines.append(f"    {status} --> {to}" + (f": {note}" if note else ""))
    lines.append("```")
    return "\n".join(lines)


def text_list() -> str:
    lines = []
    for status, following in svc.TRANSITIONS.items():
        for to, step in following.items():
            note = _note(step)
            label = f"{svc.STATUS_LABELS[status]} → {svc.STATUS_LABELS[to]}"
            lines.append(f"- {label}" + (f" ({note})" if note else ""))
    return "\n".join(lines)


def test_readme_shows_the_transition_table():
    readme = README.read_text(encoding="utf-8")
    assert mermaid() in readme, "README diagram is out of date:\n" + mermaid()
    assert text_list() in readme, "README list is out of date:\n" + text_list()


def test_every_transition_is_in_the_diagram():
    diagram = mermaid()
    pairs = [(a, b) for a, following in svc.TRANSITIONS.items() for b in following]
    assert len(pairs) >= 15
    for a, b in pairs:
        assert f"    {a} --> {b}" in diagram


if __name__ == "__main__":
    print(mermaid())
    print()
    print(text_list())
