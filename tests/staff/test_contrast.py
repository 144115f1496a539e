"""The colours of badges and deadline/state markers meet WCAG AA (4.5:1), computed from the
built CSS the portal serves. axe did not catch the old 1.4:1 badges (red and brown text on
dark grey), so this checks every pair itself: a rule's text colour against its own
background, or, without one, against white and the zebra rows' grey it may sit on."""

import re
from pathlib import Path

import pytest

CSS = Path(__file__).parents[2] / "portal/static/vendor/dkfds/dkfds-portal.min.css"
AA = 4.5
PAGE_BACKGROUNDS = ("#ffffff", "#f5f5f5")  # the page, and .table--zebra's even rows
STATE_SELECTOR = re.compile(r"(^|[\s,>+~])\.(badge|ti-(overdue|due-soon|count|muted|date))")


def hex_rgb(value: str) -> tuple[float, float, float]:
    value = value.strip().lstrip("#").lower()
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(value: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in hex_rgb(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def screen_rules(css: str) -> list[tuple[str, str]]:
    """(selector, declarations) of every rule outside @media print."""
    rules, i = [], 0
    out = []
    while i < len(css):
        if css.startswith("@media print", i):
            start = css.index("{", i)
            depth, j = 1, start + 1
            while depth:
                depth += {"{": 1, "}": -1}.get(css[j], 0)
                j += 1
            i = j
            continue
        out.append(css[i])
        i += 1
    flat = "".join(out)
    for selector, body in re.findall(r"([^{}@]+)\{([^{}]*)\}", flat):
        rules.append((selector.strip(), body))
    return rules


def declared(body: str, prop: str) -> str | None:
    found = re.findall(rf"(?:^|;)\s*{prop}\s*:\s*(#[0-9a-fA-F]{{3,6}})\b", body)
    return found[-1] if found else None


def colour_pairs(css: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every badge/state rule that sets a colour."""
    pairs = []
    for selector, body in screen_rules(css):
        if not STATE_SELECTOR.search(selector):
            continue
        text = declared(body, "color")
        background = declared(body, "background-color") or declared(body, "background")
        if text is None:
            continue
        for bg in (background,) if background else PAGE_BACKGROUNDS:
            pairs.append((selector, text, bg))
    return pairs


def test_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)


def test_the_check_catches_the_old_badges():
    old = ".badge{color:#B51D09;background:#454545}.x .ti-due-soon{color:#8C4A00}"
    old += ".badge.ti-due-soon{color:#8C4A00;background:#454545}"
    low = [(s, round(contrast(t, b), 1)) for s, t, b in colour_pairs(old) if contrast(t, b) < AA]
    assert (".badge", 1.4) in low
    assert (".badge.ti-due-soon", 1.4) in low
    assert len(low) == 2  # #8C4A00 on white and on grey passes (6.8 and 6.2)


def test_every_badge_and_state_colour_meets_aa():
    css = CSS.read_text(encoding="utf-8")
    pairs = colour_pairs(css)
    selectors = {s for s, _, _ in pairs}
    # The rules this page relies on are all there (the check does not pass by finding none).
    for needed in (".ti-overdue", ".ti-due-soon", ".ti-count--alert", ".ti-count[aria-current]"):
        assert any(needed in s for s in selectors), needed
    low = [f"{s}: {t} on {b} = {contrast(t, b):.2f}" for s, t, b in pairs if contrast(t, b) < AA]
    assert low == [], "\n".join(low)
