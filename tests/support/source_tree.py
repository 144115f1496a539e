"""A private copy of the source tree to build a wheel from: setuptools writes build/ and
*.egg-info into the tree it builds, so two builds of one tree at once (two xdist workers)
collide."""

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SKIP = shutil.ignore_patterns(
    ".git", ".venv", "build", "*.egg-info", "node_modules", "instance", "__pycache__", ".lock"
)


def copy_source(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=_SKIP)
    return target
