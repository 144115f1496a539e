"""The test run's model cache (portal/model_cache.py): a model is read back only for the
same key, a broken file is trained again, and without the folder nothing is kept."""

import pickle

from portal import model_cache


class Model:
    def __init__(self, data):
        self.data = data


def _train(calls, data):
    def train():
        calls.append(data)
        return Model(data)

    return train


def test_the_same_key_reads_the_model_back_and_another_key_trains(tmp_path, monkeypatch):
    monkeypatch.setenv(model_cache.CACHE_DIR_ENV, str(tmp_path))
    calls = []
    first = model_cache.trained("m", [b"source", "data"], _train(calls, "data"))
    again = model_cache.trained("m", [b"source", "data"], _train(calls, "data"))
    other = model_cache.trained("m", [b"source", "other data"], _train(calls, "other data"))
    assert calls == ["data", "other data"]
    assert again.data == first.data == "data" and again is not first
    assert other.data == "other data"
    assert len(list(tmp_path.glob("m-*.pickle"))) == 2


def test_a_broken_file_is_trained_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv(model_cache.CACHE_DIR_ENV, str(tmp_path))
    calls = []
    model_cache.trained("m", ["k"], _train(calls, 1))
    (cached,) = tmp_path.glob("m-*.pickle")
    cached.write_bytes(b"not a pickle")
    assert model_cache.trained("m", ["k"], _train(calls, 1)).data == 1
    assert calls == [1, 1]
    assert pickle.loads(cached.read_bytes()).data == 1


def test_without_the_folder_every_call_trains_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.delenv(model_cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    calls = []
    model_cache.trained("m", ["k"], _train(calls, 1))
    model_cache.trained("m", ["k"], _train(calls, 1))
    assert calls == [1, 1]
    assert list(tmp_path.iterdir()) == []


def test_a_model_that_cannot_be_pickled_is_used_but_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv(model_cache.CACHE_DIR_ENV, str(tmp_path))
    model = model_cache.trained("m", ["k"], lambda: lambda: "a lambda")
    assert model() == "a lambda"
    assert list(tmp_path.iterdir()) == []
