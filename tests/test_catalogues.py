"""A source tree compiles a missing or stale catalogue at start; one it cannot compile
stops the start with a message saying what to do."""

import os
import shutil
from pathlib import Path

import pytest
from babel.support import Translations

from portal import catalogues

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def tree(tmp_path):
    for lang in catalogues.LANGUAGES:
        folder = tmp_path / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copy(ROOT / "translations" / lang / "LC_MESSAGES" / "messages.po", folder)
    return tmp_path


def danish(root: Path, text: str) -> str:
    return Translations.load(str(root), ["da"], domain="messages").gettext(text)


def test_a_missing_catalogue_is_compiled(tree):
    mo = tree / "da" / "LC_MESSAGES" / "messages.mo"
    assert not mo.exists()
    catalogues.ensure_compiled(tree)
    assert mo.is_file()
    assert danish(tree, "Emergency help") != "Emergency help"


def test_a_stale_catalogue_is_compiled_again(tree):
    catalogues.ensure_compiled(tree)
    po = tree / "da" / "LC_MESSAGES" / "messages.po"
    mo = tree / "da" / "LC_MESSAGES" / "messages.mo"
    po.write_text(
        po.read_text(encoding="utf-8")
        + '\nmsgid "A text added after compiling"\nmsgstr "En tekst tilføjet bagefter"\n',
        encoding="utf-8",
    )
    old = mo.stat().st_mtime - 60
    os.utime(mo, (old, old))
    catalogues.ensure_compiled(tree)
    assert danish(tree, "A text added after compiling") == "En tekst tilføjet bagefter"


def test_a_catalogue_that_cannot_be_compiled_stops_the_start(tree):
    # Something in the way of the compiled file (even root cannot replace a folder by it).
    blocker = tree / "da" / "LC_MESSAGES" / "messages.mo"
    (blocker / "in-the-way").mkdir(parents=True)
    with pytest.raises(catalogues.CatalogueError, match="pybabel compile"):
        catalogues.ensure_compiled(tree)
