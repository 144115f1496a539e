"""One check that a test's own phrasings are not near copies of evaluation-set lines (the
rounds' tests use it so the sets they copy are not read as more than seen)."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable


def near_copies(
    ours: Iterable[str],
    seen: list[str],
    plain: Callable[[str], str],
    threshold: float = 0.8,
) -> list[str]:
    """The messages of `ours` whose `plain` form is at least `threshold` similar (difflib
    ratio) to a line of `seen` (already in plain form)."""
    close = []
    for message in ours:
        # The message is the matcher's second sequence (b, whose index it keeps); each seen
        # line is set as the first. (With the message as the first sequence and set_seq1
        # replacing it, every comparison was against an empty b and never matched.)
        matcher = difflib.SequenceMatcher(None, "", plain(message), autojunk=False)
        for line in seen:
            matcher.set_seq1(line)
            if (
                matcher.real_quick_ratio() >= threshold
                and matcher.quick_ratio() >= threshold
                and matcher.ratio() >= threshold
            ):
                close.append(message)
                break
    return close
