"""The sixth round's crisis set, bench/data/crisis_fresh6.yml: written by an engineer who had
not seen the crisis layer's code or data, measured once, then studied. It shares no line with
the net's training data, has the agreed size and shape, and the bench prints it. Failure
messages give counts and category names, never the set's lines."""

import inspect

import yaml

from bench import crisis_eval


def _norm_line(text: str) -> str:
    from portal.chat import crisis

    return " ".join(crisis.normalise(text).replace("|", " ").split())


def test_the_sixth_crisis_set_is_trained_on_and_the_bench_says_so():
    from portal.chat import crisis_model

    # Since issue 10's seventh round the net trains on the seen crisis sets
    # (crisis_model.BENCH_TRAINING): they were measured once unseen and tuned on since, so
    # their figures hold nothing out any more; the bench marks them "(net trained on it)".
    assert crisis_eval.FRESH6 in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH6 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(crisis_eval.FRESH6, "x").endswith("(net trained on it)")


def test_the_sixth_crisis_set_has_no_line_twice():
    fresh_crisis, fresh_harmless = crisis_eval._labelled(crisis_eval.FRESH6)
    lines = [_norm_line(m) for _, _, m in fresh_crisis + fresh_harmless]
    assert len(lines) - len(set(lines)) == 0


def test_the_sixth_crisis_set_is_large_and_covers_every_category_in_both_languages():
    fresh_crisis, fresh_harmless = crisis_eval._labelled(crisis_eval.FRESH6)
    assert len(fresh_crisis) >= 200
    assert len(fresh_harmless) >= 320
    for part in (fresh_crisis, fresh_harmless):
        danish = sum(lang == "da" for _, lang, _ in part)
        assert 0.45 <= danish / len(part) <= 0.55
    data = yaml.safe_load(crisis_eval.FRESH6.read_text(encoding="utf-8"))
    # Every category the earlier sets know, at the level they give it.
    fresh5 = yaml.safe_load(crisis_eval.FRESH5.read_text(encoding="utf-8"))
    assert data["levels"] == fresh5["levels"]
    assert set(data["levels"]) == set(data["crisis"])
    assert set(fresh5["harmless"]) <= set(data["harmless"])
    for part in ("crisis", "harmless"):
        for category, langs in data[part].items():
            assert set(langs) == {"da", "en"}, category
            assert all(langs[lang] for lang in ("da", "en")), category
            assert all(isinstance(m, str) and m.strip() for m in langs["da"] + langs["en"]), (
                category
            )


def test_the_crisis_bench_measures_and_prints_the_sixth_set():
    assert crisis_eval.FRESH6.name == "crisis_fresh6.yml" and crisis_eval.FRESH6.exists()
    # Measured once and studied since: a printed set, not a quiet one.
    assert "fresh6" not in crisis_eval.QUIET
    assert "FRESH6" in inspect.getsource(crisis_eval.net_report)
