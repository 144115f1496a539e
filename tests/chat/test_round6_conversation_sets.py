"""The sixth round's conversation stand-ins for issue 10's outside check:
conversations_fresh3.yml and understanding_heldout6.yml. They have the agreed shape and
size, share no description with training data, and the bench plays them. Failure
messages give counts, names and fields, never a set's lines."""

import yaml

from bench import chat_conversations
from bench.intent_eval import guess_language, line_key
from portal.screening.questions import question
from portal.screening.rules import assess, path

HELDOUT6 = chat_conversations.ROOT / "bench" / "data" / "understanding_heldout6.yml"


def _training_keys() -> set[str]:
    from portal.chat import crisis_model, nlu

    keys = {line_key(text) for text, _ in nlu.read_examples()}
    texts, _, _ = crisis_model.training_data()
    return keys | {line_key(text) for text in texts}


def _heldout6() -> list[dict]:
    return yaml.safe_load(HELDOUT6.read_text(encoding="utf-8"))["messages"]


def test_the_third_fresh_conversations_have_the_agreed_shape():
    conversations = chat_conversations.load(chat_conversations.FRESH_CONVERSATIONS3)
    assert len(conversations) >= 22
    danish = sum(c["lang"] == "da" for c in conversations)
    assert 0.45 <= danish / len(conversations) <= 0.55
    odd = []
    for c in conversations:
        answers = c["expect"]["answers"]
        # Every turn a string (YAML reads an unquoted yes/no as a boolean) and the expected
        # outcome the one the rules give for exactly the answers on the path to it.
        if not all(isinstance(t, str) and t.strip() for t in c["turns"]):
            odd.append((c["name"], "turns"))
        elif c.get("municipality", "hedensted") not in ("hedensted", "vordingborg"):
            odd.append((c["name"], "municipality"))
        elif assess(answers).code != c["expect"]["outcome"]:
            odd.append((c["name"], "outcome"))
        elif set(path(answers)) != set(answers):
            odd.append((c["name"], "answers beyond or short of the path"))
    assert odd == []
    names = [c["name"] for c in conversations]
    assert len(set(names)) == len(names)
    outcomes = {c["expect"]["outcome"] for c in conversations}
    assert {"eligible", "not_adult", "other_offer", "info_only", "crisis"} <= outcomes


def test_no_description_or_longer_turn_of_the_third_conversations_is_a_training_line():
    # Bare answers ("ja", "no") are the same for anyone and may equal a training answer;
    # a turn of five words or more may not.
    conversations = chat_conversations.load(chat_conversations.FRESH_CONVERSATIONS3)
    training = _training_keys()
    longer = [t for c in conversations for t in c["turns"] if len(t.split()) >= 5]
    assert len(longer) >= len(conversations)
    shared = sum(line_key(t) in training for t in longer)
    assert shared == 0, f"{shared} turns of conversations_fresh3.yml equal training lines"


def test_the_sixth_understanding_set_names_all_four_fields_with_valid_codes():
    items = _heldout6()
    assert len(items) >= 110
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
    assert len({line_key(m["text"]) for m in items}) == len(items)


def test_the_sixth_understanding_set_shares_no_line_with_the_training_data():
    training = _training_keys()
    shared = sum(line_key(m["text"]) in training for m in _heldout6())
    assert shared == 0, f"{shared} lines of understanding_heldout6.yml equal training lines"


def test_the_conversation_bench_plays_the_round6_sets():
    assert HELDOUT6 in chat_conversations.HELDOUT
    assert chat_conversations.FRESH_CONVERSATIONS3.name == "conversations_fresh3.yml"
    assert chat_conversations.FRESH_CONVERSATIONS3.exists()
    # Measured once at once and seen since: not among the sets printed as counts only.
    assert "conversations_fresh3.yml" not in chat_conversations.UNSEEN
    assert "understanding_heldout6.yml" not in chat_conversations.UNSEEN
