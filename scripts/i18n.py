#!/usr/bin/env python3
"""Translation catalogue tool (source texts are English; Danish is translated).

  python scripts/i18n.py update          extract texts, update da + en catalogues
  python scripts/i18n.py set FILE.yml    add Danish translations {english: danish}
  python scripts/i18n.py check           list untranslated or fuzzy entries (exit 1)

The English catalogue is filled from the source texts, so every entry exists in both
languages. All commands take a lock, so several people (or agents) can run them at once.
"""

import fcntl
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import yaml
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
POT = TRANSLATIONS / "messages.pot"
LANGS = ("da", "en")


@contextmanager
def locked():
    TRANSLATIONS.mkdir(exist_ok=True)
    with open(TRANSLATIONS / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def po_path(lang: str) -> Path:
    return TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"


def load(lang: str):
    with open(po_path(lang), "rb") as fh:
        return read_po(fh, locale=lang)


def save(catalog, lang: str) -> None:
    catalog.fuzzy = False  # a fuzzy header makes pybabel skip the whole catalogue
    catalog.project, catalog.version = "Tidlig indsats", "1"
    with open(po_path(lang), "wb") as fh:
        write_po(fh, catalog, width=100, omit_header=False, sort_output=True, no_location=True)


def pybabel(*args: str) -> None:
    exe = Path(sys.executable).parent / "pybabel"
    subprocess.run([str(exe), "-q", *args], check=True, cwd=ROOT)


def update() -> None:
    with locked():
        pybabel(
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
            "--sort-output",
            "--omit-header",
            "-o",
            str(POT),
            ".",
        )
        for lang in LANGS:
            if not po_path(lang).exists():
                pybabel("init", "-i", str(POT), "-d", "translations", "-l", lang, "--no-wrap")
            pybabel(
                "update",
                "-i",
                str(POT),
                "-d",
                "translations",
                "-l",
                lang,
                "--no-fuzzy-matching",
                "--ignore-obsolete",
                "--omit-header",
            )
        english = load("en")
        for message in english:
            if message.id and not _translated(message):
                message.string = message.id
            message.flags.discard("fuzzy")
        save(english, "en")
        danish = load("da")
        save(danish, "da")


def _translated(message) -> bool:
    if isinstance(message.string, tuple | list):
        return all(message.string)
    return bool(message.string)


def set_danish(path: str) -> None:
    entries = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    with locked():
        catalog = load("da")
        unknown = []
        for english, danish in entries.items():
            message = catalog.get(english)
            if message is None:
                plural = next(
                    (m for m in catalog if isinstance(m.id, tuple) and m.id[0] == english), None
                )
                if plural is None:
                    unknown.append(english)
                    continue
                message = plural
            message.string = tuple(danish) if isinstance(message.id, tuple) else danish
            message.flags.discard("fuzzy")
        save(catalog, "da")
    for english in unknown:
        print(f"not in the catalogue (run update first?): {english!r}", file=sys.stderr)


def problems() -> list[str]:
    found = []
    for lang in LANGS:
        for message in load(lang):
            if not message.id:
                continue
            if "fuzzy" in message.flags:
                found.append(f"{lang}: fuzzy: {message.id!r}")
            elif not _translated(message):
                found.append(f"{lang}: untranslated: {message.id!r}")
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["set"] and len(argv) == 2:
        set_danish(argv[1])
    elif argv[:1] == ["check"]:
        found = problems()
        print("\n".join(found) or "all entries translated")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
