"""The unseen stand-ins for issue 10's outside check: crisis_fresh21.yml (round 21, the quiet
crisis set; crisis_fresh5.yml and crisis_fresh7.yml to crisis_fresh20.yml, rounds 5 and 7 to
20, are seen since and keep their shape checks),
conversations_fresh18.yml and understanding_heldout21.yml (round 21; conversations_fresh2.yml,
conversations_fresh4.yml to conversations_fresh17.yml, understanding_heldout5.yml and
understanding_heldout7.yml to understanding_heldout20.yml, rounds 5 and 7 to 20, are seen
since and keep their shape checks;
intent_heldout_fresh4.yml is in test_intent_eval.py's parametrised tests). They share no
line with training data, have the agreed shape and size, and the bench prints their
figures only. Failure messages give counts and names of categories or fields, never a
set's lines."""

import pytest
import yaml

from bench import chat_conversations, crisis_eval
from bench.intent_eval import guess_language, line_key
from portal.screening.questions import question
from portal.screening.rules import assess, path


def _norm_line(text: str) -> str:
    from portal.chat import crisis

    return " ".join(crisis.normalise(text).replace("|", " ").split())


def test_the_fifth_crisis_set_is_trained_on_and_the_bench_says_so():
    from portal.chat import crisis_model

    # Since issue 10's seventh round the net trains on the seen crisis sets
    # (crisis_model.BENCH_TRAINING): they were measured once unseen and tuned on since, so
    # their figures hold nothing out any more; the bench marks them "(net trained on it)".
    assert crisis_eval.FRESH5 in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH5 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(crisis_eval.FRESH5, "x").endswith("(net trained on it)")


def test_the_fifth_crisis_set_is_large_and_covers_every_category_in_both_languages():
    fresh_crisis, fresh_harmless = crisis_eval._labelled(crisis_eval.FRESH5)
    assert len(fresh_crisis) >= 200
    assert len(fresh_harmless) >= 320
    for part in (fresh_crisis, fresh_harmless):
        danish = sum(lang == "da" for _, lang, _ in part)
        assert 0.45 <= danish / len(part) <= 0.55
    data = yaml.safe_load(crisis_eval.FRESH5.read_text(encoding="utf-8"))
    # Every category the earlier sets know, at the level they give it.
    fresh4 = yaml.safe_load(crisis_eval.FRESH4.read_text(encoding="utf-8"))
    assert data["levels"] == fresh4["levels"]
    assert set(data["levels"]) == set(data["crisis"])
    for part in ("crisis", "harmless"):
        for category, langs in data[part].items():
            assert set(langs) == {"da", "en"}, category
            assert all(langs[lang] for lang in ("da", "en")), category


def test_the_fourteenth_crisis_set_is_trained_on_since_its_measurement():
    from portal.chat import crisis_model

    # Measured once unseen (round 14); seen since, and the net trains on it since its
    # fifteenth round (crisis_model.BENCH_TRAINING). Round 15's set takes its place in
    # NEVER_TRAIN, round 16's since the sixteenth round, round 17's since the seventeenth and
    # round 18's since the eighteenth and round 19's since the nineteenth and round 20's since
    # the twentieth and round 21's since the twenty-first.
    assert crisis_eval.FRESH14 in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH14 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.ROOT / "bench" / "data" / "crisis_fresh21.yml" in crisis_model.NEVER_TRAIN


def test_the_fifteenth_crisis_set_is_seen_since_round_sixteen():
    from portal.chat import crisis_model

    # Measured once unseen (round 15); seen since, so it leaves NEVER_TRAIN to round 16's set
    # (whether the net trains on it is the tuners' call: crisis_model.BENCH_TRAINING).
    assert crisis_eval.FRESH15 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert "fresh15" not in crisis_eval.QUIET


def test_the_sixteenth_crisis_set_is_seen_since_round_seventeen():
    from portal.chat import crisis_model

    # Measured once unseen (round 16); seen since, so it leaves NEVER_TRAIN to round 17's set
    # (whether the net trains on it is the tuners' call: crisis_model.BENCH_TRAINING).
    assert crisis_eval.FRESH16 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert "fresh16" not in crisis_eval.QUIET


def test_the_seventeenth_crisis_set_is_seen_since_round_eighteen():
    from portal.chat import crisis_model

    # Measured once unseen (round 17); seen since, so it leaves NEVER_TRAIN to round 18's set
    # (whether the net trains on it is the tuners' call: crisis_model.BENCH_TRAINING).
    assert crisis_eval.FRESH17 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert "fresh17" not in crisis_eval.QUIET


def test_the_eighteenth_crisis_set_is_seen_since_round_nineteen():
    from portal.chat import crisis_model

    # Measured once unseen (round 18); seen since, so it leaves NEVER_TRAIN to round 19's set
    # (whether the net trains on it is the tuners' call: crisis_model.BENCH_TRAINING).
    assert crisis_eval.FRESH18 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert "fresh18" not in crisis_eval.QUIET


def test_the_nineteenth_crisis_set_is_seen_since_round_twenty():
    from portal.chat import crisis_model

    # Measured once unseen (round 19); seen since, so it leaves NEVER_TRAIN to round 20's set
    # (whether the net trains on it is the tuners' call: crisis_model.BENCH_TRAINING).
    assert crisis_eval.FRESH19 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert "fresh19" not in crisis_eval.QUIET


def test_the_twentieth_crisis_set_is_seen_since_round_twenty_one():
    from portal.chat import crisis_model

    # Measured once unseen (round 20); seen since, so it leaves NEVER_TRAIN to round 21's set
    # (whether the net trains on it is the tuners' call: crisis_model.BENCH_TRAINING).
    assert crisis_eval.FRESH20 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert "fresh20" not in crisis_eval.QUIET


def test_the_twenty_first_crisis_set_shares_no_line_with_the_training_data(monkeypatch):
    from portal.chat import crisis_model

    # training_data() leaves out lines equal to a NEVER_TRAIN set's lines, so the check reads
    # the training data as it would be without that guard.
    assert crisis_eval.FRESH21 in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH21 not in crisis_model.BENCH_TRAINING
    fresh_crisis, fresh_harmless = crisis_eval._labelled(crisis_eval.FRESH21)
    monkeypatch.setattr(crisis_model, "NEVER_TRAIN", ())
    texts, _, _ = crisis_model.training_data()
    fresh = {_norm_line(m) for _, _, m in fresh_crisis + fresh_harmless}
    shared = sorted(fresh & {_norm_line(t) for t in texts})
    assert not shared, f"{len(shared)} lines of crisis_fresh21.yml equal training lines: {shared}"


@pytest.mark.parametrize(
    ("name", "least_crisis", "least_harmless"),
    [
        ("FRESH21", 300, 380),
        ("FRESH20", 300, 380),
        ("FRESH19", 300, 380),
        ("FRESH18", 300, 380),
        ("FRESH17", 300, 380),
        ("FRESH16", 300, 380),
        ("FRESH15", 300, 380),
        ("FRESH14", 300, 380),
        ("FRESH13", 300, 380),
        ("FRESH12", 300, 380),
        ("FRESH11", 300, 380),
        ("FRESH10", 300, 380),
        ("FRESH9", 230, 340),
        ("FRESH8", 230, 340),
        ("FRESH7", 220, 330),
    ],
)
def test_the_seventh_to_twenty_first_crisis_sets_cover_every_category_in_both_languages(
    name, least_crisis, least_harmless
):
    path = getattr(crisis_eval, name)
    fresh_crisis, fresh_harmless = crisis_eval._labelled(path)
    assert len(fresh_crisis) >= least_crisis
    assert len(fresh_harmless) >= least_harmless
    for part in (fresh_crisis, fresh_harmless):
        danish = sum(lang == "da" for _, lang, _ in part)
        assert 0.45 <= danish / len(part) <= 0.55
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # Every category the earlier sets know, at the level they give it.
    fresh5 = yaml.safe_load(crisis_eval.FRESH5.read_text(encoding="utf-8"))
    assert data["levels"] == fresh5["levels"]
    assert set(data["levels"]) == set(data["crisis"])
    for part in ("crisis", "harmless"):
        for category, langs in data[part].items():
            assert set(langs) == {"da", "en"}, category
            assert all(langs[lang] for lang in ("da", "en")), category


def test_the_crisis_bench_prints_the_twenty_first_sets_figures_but_never_its_lines():
    # fresh21 is the only quiet crisis set; fresh5 to fresh20 have been seen and may be
    # printed.
    assert set(crisis_eval.QUIET) == {"fresh21"}
    assert crisis_eval.FRESH21.name == "crisis_fresh21.yml" and crisis_eval.FRESH21.exists()
    assert "fresh20" not in crisis_eval.QUIET


HELDOUT21 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout21.yml"
HELDOUT20 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout20.yml"
HELDOUT19 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout19.yml"
HELDOUT18 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout18.yml"
HELDOUT17 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout17.yml"
HELDOUT16 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout16.yml"
HELDOUT15 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout15.yml"
HELDOUT14 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout14.yml"
HELDOUT13 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout13.yml"
HELDOUT12 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout12.yml"
HELDOUT11 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout11.yml"
HELDOUT10 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout10.yml"
HELDOUT9 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout9.yml"
HELDOUT8 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout8.yml"
HELDOUT7 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout7.yml"
HELDOUT5 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout5.yml"


def _training_keys() -> set[str]:
    from portal.chat import crisis_model, nlu

    keys = {line_key(text) for text, _ in nlu.read_examples()}
    texts, _, _ = crisis_model.training_data()
    return keys | {line_key(text) for text in texts}


@pytest.mark.parametrize(
    ("name", "least"),
    [
        ("FRESH_CONVERSATIONS18", 26),
        ("FRESH_CONVERSATIONS17", 26),
        ("FRESH_CONVERSATIONS16", 26),
        ("FRESH_CONVERSATIONS15", 26),
        ("FRESH_CONVERSATIONS14", 26),
        ("FRESH_CONVERSATIONS13", 26),
        ("FRESH_CONVERSATIONS12", 26),
        ("FRESH_CONVERSATIONS11", 26),
        ("FRESH_CONVERSATIONS10", 26),
        ("FRESH_CONVERSATIONS9", 26),
        ("FRESH_CONVERSATIONS8", 26),
        ("FRESH_CONVERSATIONS7", 26),
        ("FRESH_CONVERSATIONS6", 24),
        ("FRESH_CONVERSATIONS5", 24),
        ("FRESH_CONVERSATIONS4", 24),
        ("FRESH_CONVERSATIONS2", 20),
    ],
)
def test_the_fresh_conversations_have_the_agreed_shape(name, least):
    conversations = chat_conversations.load(getattr(chat_conversations, name))
    # A count of its own, so a failure prints the number, never the set's lines.
    size = len(conversations)
    assert size >= least
    danish = sum(c["lang"] == "da" for c in conversations)
    assert 0.45 <= danish / len(conversations) <= 0.55
    odd = []
    for c in conversations:
        answers = c["expect"]["answers"]
        # Every turn a string (YAML reads an unquoted yes/no as a boolean) and the expected
        # outcome the one the rules give for exactly the answers on the path to it.
        if not all(isinstance(t, str) and t.strip() for t in c["turns"]):
            odd.append((c["name"], "turns"))
        elif assess(answers).code != c["expect"]["outcome"]:
            odd.append((c["name"], "outcome"))
        elif set(path(answers)) != set(answers):
            odd.append((c["name"], "answers beyond or short of the path"))
    assert odd == []
    outcomes = {c["expect"]["outcome"] for c in conversations}
    assert {"eligible", "not_adult", "other_offer", "info_only", "crisis"} <= outcomes


@pytest.mark.parametrize("name", ["FRESH_CONVERSATIONS18", "FRESH_CONVERSATIONS17"])
def test_no_description_or_longer_turn_of_the_unseen_or_last_conversations_is_training(name):
    # Short answers ("ja", "no", "ja det vil jeg gerne") are the same for anyone and may
    # equal a training answer (its header counts them); a description or a turn of six
    # words or more may not.
    path = getattr(chat_conversations, name)
    conversations = chat_conversations.load(path)
    training = _training_keys()
    longer = [
        t for c in conversations for i, t in enumerate(c["turns"]) if i == 0 or len(t.split()) >= 6
    ]
    assert len(longer) >= 2 * len(conversations)
    shared = sum(line_key(t) in training for t in longer)
    assert shared == 0, f"{shared} turns of {path.name} equal training lines"


@pytest.mark.parametrize("path", [HELDOUT21, HELDOUT20])
def test_the_unseen_and_last_understanding_sets_share_no_line_with_the_training_data(path):
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    training = _training_keys()
    shared = sum(line_key(m["text"]) in training for m in items)
    assert shared == 0, f"{shared} lines of {path.name} equal training lines"


@pytest.mark.parametrize(
    ("path", "least"),
    [
        (HELDOUT21, 110),
        (HELDOUT20, 110),
        (HELDOUT19, 110),
        (HELDOUT18, 110),
        (HELDOUT17, 110),
        (HELDOUT16, 110),
        (HELDOUT15, 110),
        (HELDOUT14, 110),
        (HELDOUT13, 110),
        (HELDOUT12, 110),
        (HELDOUT11, 110),
        (HELDOUT10, 110),
        (HELDOUT9, 110),
        (HELDOUT8, 110),
        (HELDOUT7, 110),
        (HELDOUT5, 100),
    ],
)
def test_the_understanding_sets_name_all_four_fields_with_valid_codes(path, least):
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]
    assert path in chat_conversations.HELDOUT
    size = len(items)
    assert size >= least
    danish = sum(guess_language(m["text"]) == "da" for m in items)
    assert 0.45 <= danish / len(items) <= 0.55
    areas = set(question("areas").codes)
    bad = []
    for i, m in enumerate(items):
        if not {"text", "areas", "impact", "asking_for"} <= set(m):
            bad.append((i, "fields"))
        elif not set(m["areas"]) <= areas:
            bad.append((i, "areas"))
        elif m["impact"] not in (None, *question("impact").codes):
            bad.append((i, "impact"))
        elif m.get("age") not in (None, *question("age").codes):
            bad.append((i, "age"))
        # Age is left out only when the writer asks for another adult.
        elif ("age" not in m) != (m["asking_for"] == "adult"):
            bad.append((i, "age left out"))
        elif m["asking_for"] not in (None, "child", "adult", "relative"):
            bad.append((i, "asking_for"))
    assert bad == []


def test_the_conversation_bench_prints_the_new_sets_as_counts_only():
    # Round 21's two sets are the only ones printed as counts only; the sets before them
    # (round 20's unseen pair included) have been seen since and may be printed.
    unseen = {"conversations_fresh18.yml", "understanding_heldout21.yml"}
    assert unseen == chat_conversations.UNSEEN
    assert chat_conversations.FRESH_CONVERSATIONS18.name == "conversations_fresh18.yml"
    assert chat_conversations.FRESH_CONVERSATIONS18.exists()
    # Round 20's pair is still read, now as seen sets.
    assert HELDOUT20 in chat_conversations.HELDOUT[:-1]
    assert chat_conversations.FRESH_CONVERSATIONS17.exists()
    # The unseen held-out set is read last, after every seen one.
    assert chat_conversations.HELDOUT[-1] == HELDOUT21
