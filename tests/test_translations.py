"""Every citizen- and staff-facing text exists in Danish and English."""

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent


def catalogue(lang):
    with open(ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po", "rb") as fh:
        return read_po(fh, locale=lang)


def test_no_untranslated_or_fuzzy_entries():
    problems = []
    for lang in ("da", "en"):
        for message in catalogue(lang):
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if "fuzzy" in message.flags or not all(strings):
                problems.append(f"{lang}: {message.id!r}")
    assert problems == []


def test_catalogues_hold_every_text_in_the_code(tmp_path):
    """A text added to code or templates but not to the catalogues fails here."""
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pybabel"),
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "lazy_gettext",
            "-k",
            "_l",
            "-k",
            "N_",
            "--no-location",
            "-o",
            str(pot),
            ".",
        ],
        cwd=ROOT,
        check=True,
    )
    with open(pot, "rb") as fh:
        wanted = {m.id for m in read_po(fh) if m.id}
    for lang in ("da", "en"):
        have = {m.id for m in catalogue(lang) if m.id}
        missing = sorted(str(x) for x in wanted - have)
        assert missing == [], f"{lang} catalogue lacks {missing[:10]} (run make i18n-update)"


def test_danish_texts_use_du_not_de():
    # Plain Danish addresses the citizen as "du". The formal "De/Dem/Deres" is capitalised
    # mid-sentence; at a sentence start "De" is just "they".
    import re

    formal = re.compile(r"(?<![.!?:]\s)(?<!^)\b(De|Dem|Deres)\b")
    for message in catalogue("da"):
        if message.id and isinstance(message.string, str):
            assert not formal.search(message.string), message.string
