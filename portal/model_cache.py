"""A test run's shared cache of trained models (the intent classifier, the area model).

The suite starts dozens of processes (test workers, portals under gunicorn, action servers),
and each would train the same models again for seconds of CPU. scripts/run-tests makes a
private folder and names it in MODEL_CACHE_DIR; the first process that trains a model
leaves it there and every later one reads it back. Unset, as in production, every process
trains as before. Never set it in production: the cache is a pickle, which is code, so it
may only be read from a folder the run itself made.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

CACHE_DIR_ENV = "MODEL_CACHE_DIR"
T = TypeVar("T")


def trained(name: str, key: Iterable[bytes | str], train: Callable[[], T]) -> T:
    """`train()`'s model, or the same model from the run's cache. `key` must name all that
    the model is made from (the module's source, its training data): another key is another
    file, so a model is never read back for data it was not trained on."""
    folder = os.environ.get(CACHE_DIR_ENV)
    if not folder:
        return train()
    digest = hashlib.sha256()
    for part in key:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\0")
    path = Path(folder) / f"{name}-{digest.hexdigest()}.pickle"
    try:
        with path.open("rb") as cached:
            return pickle.load(cached)  # noqa: S301 - written by this test run, below
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    model = train()
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        with partial.open("wb") as out:
            pickle.dump(model, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)  # atomic: a reader sees a whole file or none
    except (OSError, pickle.PicklingError, AttributeError, TypeError):
        partial.unlink(missing_ok=True)  # a model that cannot be pickled is simply not kept
    return model


def source(module_file: str) -> bytes:
    """A module's source, for a key: a changed model class is another model."""
    return Path(module_file).read_bytes()
