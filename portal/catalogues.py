"""Where the compiled translation catalogues are, and a start-up check that they are there.

An installed package carries its compiled catalogues in `portal/translations/` (the build
hook in setup.py compiles them). A source checkout keeps the `.po` files in `translations/`
at the top of the tree; a missing or stale `.mo` there is compiled at start, so
`pip install -e .` or a fresh clone never serves English on a Danish page. Neither: the
start stops with a message that says how to fix it (DESIGN.md § 4 "install").
Flask-free, because the bot's actions translate through portal.textcat too.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

LANGUAGES = ("da", "en")
PACKAGE_DIR = Path(__file__).resolve().parent / "translations"
SOURCE_DIR = Path(__file__).resolve().parent.parent / "translations"


class CatalogueError(RuntimeError):
    """A language's compiled catalogue is missing: the portal must not start."""


def _paths(root: Path, lang: str) -> tuple[Path, Path]:
    folder = root / lang / "LC_MESSAGES"
    return folder / "messages.po", folder / "messages.mo"


def _compile(po_path: Path, mo_path: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po_path, "rb") as fh:
        catalog = read_po(fh, locale=po_path.parent.parent.name)
    # Write beside, then rename: several processes (test workers, gunicorn) may start at once.
    fd, tmp = tempfile.mkstemp(dir=mo_path.parent, prefix=".messages-", suffix=".mo")
    try:
        with os.fdopen(fd, "wb") as fh:
            write_mo(fh, catalog)
        os.replace(tmp, mo_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _usable(root: Path) -> bool:
    return all(_paths(root, lang)[1].is_file() for lang in LANGUAGES)


def ensure_compiled(root: Path) -> None:
    """Compile each `.po` under `root` whose `.mo` is missing or older than it."""
    for lang in LANGUAGES:
        po_path, mo_path = _paths(root, lang)
        if not po_path.is_file():
            continue
        if mo_path.is_file() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        try:
            _compile(po_path, mo_path)
        except OSError as exc:
            raise CatalogueError(
                f"The {lang!r} translation catalogue in {po_path.parent} is missing or older "
                f"than its .po file and could not be compiled ({exc.strerror}). "
                "Run `pybabel compile -d translations` as a user who may write there."
            ) from exc


@functools.cache
def directory() -> Path:
    """The folder holding `<lang>/LC_MESSAGES/messages.mo` for every language."""
    if SOURCE_DIR.is_dir() and any(_paths(SOURCE_DIR, lang)[0].is_file() for lang in LANGUAGES):
        ensure_compiled(SOURCE_DIR)
        if _usable(SOURCE_DIR):
            return SOURCE_DIR
    if _usable(PACKAGE_DIR):
        return PACKAGE_DIR
    missing = [lang for lang in LANGUAGES if not _paths(PACKAGE_DIR, lang)[1].is_file()]
    raise CatalogueError(
        f"No compiled translation catalogue for {', '.join(missing)}: the portal would show "
        f"English on Danish pages. Looked in {PACKAGE_DIR} and {SOURCE_DIR}. "
        "Reinstall the package (`pip install .` compiles them) or run "
        "`pybabel compile -d translations` in the source tree."
    )
