"""path() keeps its answers per set of answers (portal/screening/rules.py): the cached
path is always the walked one, unhashable answers are walked, and errors are never kept."""

import pytest
from hypothesis import given, settings

from portal.screening import UnknownAnswerCode, path
from portal.screening.rules import _cached_path, _walk
from tests.screening.test_properties import partial_answers


@settings(max_examples=400, deadline=None)
@given(partial_answers)
def test_the_cached_path_is_the_walked_path(answers):
    as_lists = dict(answers)  # multi answers as lists, as a form or a client sends them
    as_tuples = {k: tuple(v) if isinstance(v, list) else v for k, v in answers.items()}
    walked = _walk(as_lists)
    assert path(as_lists) == walked  # unhashable: walked
    assert path(as_tuples) == walked  # hashable: cached
    assert path(as_tuples) == walked  # and from the cache the second time
    assert path(dict(reversed(as_tuples.items()))) == walked  # order does not matter


def test_the_same_answers_are_walked_once():
    _cached_path.cache_clear()
    answers = {"urgent": "no", "age": "18_or_over"}
    for _ in range(5):
        assert path(answers) == path(dict(answers))
    info = _cached_path.cache_info()
    assert (info.misses, info.hits) == (1, 9)


def test_an_unknown_code_raises_every_time_and_is_not_kept():
    _cached_path.cache_clear()
    for _ in range(2):
        with pytest.raises(UnknownAnswerCode):
            path({"urgent": "maybe"})
    assert _cached_path.cache_info().currsize == 0


def test_the_cache_is_bounded():
    assert _cached_path.cache_info().maxsize == 4096
