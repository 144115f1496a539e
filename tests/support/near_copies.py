"""Checks that a test's own phrasings are not near copies of evaluation-set lines (the
rounds' tests use them so the sets they copy are not read as more than seen): by characters
(difflib) and by shared words (WordOverlapIndex)."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain

from rapidfuzz import fuzz, process


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
        mine = plain(message)
        # The message is the matcher's second sequence (b, whose index it keeps); each seen
        # line is set as the first. (With the message as the first sequence and set_seq1
        # replacing it, every comparison was against an empty b and never matched.)
        matcher = difflib.SequenceMatcher(None, "", mine, autojunk=False)
        # rapidfuzz's ratio (from the longest common subsequence) is never below difflib's
        # (its matching blocks are one common subsequence), so a line it puts under the
        # threshold cannot reach it by difflib either: only its candidates are compared,
        # in C, instead of every seen line in Python. The answer is difflib's, as before.
        cutoff = threshold * 100 - 1e-6
        for line, _score, _i in process.extract_iter(
            mine, seen, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff
        ):
            matcher.set_seq1(line)
            if matcher.ratio() >= threshold:
                close.append(message)
                break
    return close


class WordOverlapIndex:
    """The lines of `texts` as word sets, found again by overlap: `near(text)` says whether
    any of them shares at least `share` of the words of the two together (Jaccard) with
    `text`, both having `min_words` words or more. The same answer as comparing `text`
    with every line, but only lines sharing a word are looked at (an inverted index):
    the crisis rounds' checks compared ~170 phrasings with ~30,000 seen lines pair by pair,
    about a minute of the suite's CPU."""

    def __init__(
        self,
        texts: Iterable[str],
        words: Callable[[str], set[str]],
        share: float = 0.6,
        min_words: int = 1,
    ):
        self.words, self.share, self.min_words = words, share, min_words
        self._sizes: list[int] = []
        self._index: dict[str, list[int]] = {}
        for text in texts:
            found = words(text)
            self._sizes.append(len(found))
            if len(found) >= min_words:
                for word in found:
                    self._index.setdefault(word, []).append(len(self._sizes) - 1)

    def near(self, text: str) -> bool:
        mine = self.words(text)
        if len(mine) < self.min_words:
            return False
        shared = Counter(chain.from_iterable(self._index.get(w, ()) for w in mine))
        size = len(mine)
        return any(
            count >= self.share * (size + self._sizes[line] - count)
            for line, count in shared.items()
        )
