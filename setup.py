"""Build hook: the wheel carries compiled catalogues and the migrations.

`pip install .` (no make) must give a working portal (DESIGN.md § 4 "install"): the `.po`
files in translations/ are compiled into portal/translations/ inside the build, and
migrations/ is copied to portal/_migrations/ so `flask db upgrade` works from anywhere.
All other metadata lives in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return  # an editable install reads translations/ and migrations/ in place
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        target = Path(self.build_lib) / "portal"
        for po_path in sorted((HERE / "translations").glob("*/LC_MESSAGES/messages.po")):
            lang = po_path.parent.parent.name
            out = target / "translations" / lang / "LC_MESSAGES" / "messages.mo"
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(po_path, "rb") as fh:
                catalog = read_po(fh, locale=lang)
            fuzzy_or_empty = [m.id for m in catalog if m.id and (m.fuzzy or not m.string)]
            if fuzzy_or_empty:
                raise SystemExit(f"{po_path}: untranslated or fuzzy entries: {fuzzy_or_empty[:5]}")
            with open(out, "wb") as fh:
                write_mo(fh, catalog)
        migrations = target / "_migrations"
        shutil.rmtree(migrations, ignore_errors=True)
        shutil.copytree(
            HERE / "migrations", migrations, ignore=shutil.ignore_patterns(".lock", "__pycache__")
        )


setup(cmdclass={"build_py": BuildWithCatalogues})
