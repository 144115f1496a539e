"""The crisis net, twelfth round (issue 10): the kinds round 11 showed the net missing, told in
new ways, and everyday messages with round 11's false alarms' hard words. The lines here were
written for these tests by kind, after bot/data/crisis_training_12.yml and in other words than
any of its lines or any seen set's line, Danish first (texted, without æøå), then English
(often second-language), fragments and long messages with the signal in one clause.

The crisis lines of CRISIS_KINDS scored at least 0.05 above THRESHOLD when the data were chosen
and the layer flags them: each must still. MISSED_BY_THE_NET are kept for the record (not
asserted). HARMLESS_KINDS must score below THRESHOLD: the offer's own citizens are not asked
about danger. Further tests: round 11's crisis set is trained on (and the bench says so) and
round 12's never; round 11's descriptions and conversation turns are everyday negatives and
round 12's never; the twelfth file's size and kinds; no line here or in the file equals or
nearly equals a training line or a seen set's line (round 11's sets included). The helpers
are the ninth and eleventh rounds'."""

from __future__ import annotations

import functools

import pytest
import yaml

from bench import crisis_eval
from portal.chat import crisis, crisis_model
from tests.chat.test_crisis_model_round9 import _copied_count, _near_lines, _net
from tests.chat.test_crisis_model_round10 import DATA
from tests.chat.test_crisis_model_round11 import THRESHOLD_CHOSEN, _seen_lines_round11

# Round 11's sets, seen since the twelfth round began (round 12's are never read here).
ROUND11_SETS = [
    DATA / "intent_heldout_fresh10.yml",
    DATA / "understanding_heldout11.yml",
    DATA / "conversations_fresh8.yml",
]

CRISIS_KINDS = [
    ("gone_indirect", "da", "ser mig selv ligge i kisten og det foeles som fred"),
    (
        "gone_indirect",
        "en",
        "honestly the thought of never waking up again is the only thing that comforts me",
    ),
    (
        "gone_indirect",
        "da",
        "tænker paa at gaa ud i vandet ved stranden og bare blive ved med at gaa",
    ),
    ("gone_indirect", "en", "i keep picturing walking into the sea at night and not turning back"),
    ("suicidal_texting", "da", "gider ik mer, vil bare doe nu"),
    ("suicidal_texting", "en", "i wanna end it tonight fr"),
    ("despair", "da", "alt er ligegyldigt og jeg er for langt ude til at nogen kan naa mig"),
    (
        "plans",
        "da",
        "har gemt tabletterne bag i skabet og venter bare til weekenden hvor jeg er alene",
    ),
    ("self_harm", "en", "sliced my wrist again last night and it keeps bleeding"),
    (
        "unsafe_now",
        "da",
        "han har drukket hele dagen og truer med kniven, jeg sidder inde i sovevaerelset",
    ),
    ("unsafe_now", "en", "hes been drinking all day and waving a knife, im shut in the bedroom"),
    (
        "urgent",
        "da",
        "jeg kan ik vente paa en tid, nogen maa hjaelpe mig inden i aften ellers sker der noget",
    ),
    (
        "urgent",
        "en",
        "i cant wait for an appointment, someone has to help me before tonight or something will "
        "happen",
    ),
    ("relative_now", "da", "min kaereste har laast sig inde paa badet med en kniv og svarer ik"),
    (
        "relative_now",
        "en",
        "my girlfriend locked herself in the bathroom with a knife and wont answer",
    ),
    ("overdose", "da", "slugte hele glasset med piller for lidt siden, nu snurrer det hele"),
    (
        "overdose",
        "en",
        "swallowed the whole bottle of tablets a little while ago and the room is spinning",
    ),
    (
        "sexual_violence",
        "da",
        "min stedbror tvinger mig til ting om natten og siger han slaar mig hvis jeg siger det",
    ),
    (
        "sexual_violence",
        "en",
        "my stepbrother forces me to do things at night and says hell hurt me if i tell",
    ),
    (
        "burden",
        "da",
        "jeg er bare en klods om benet paa min familie, de burde slippe for mig for altid",
    ),
    ("burden", "en", "im dead weight for my family, they should be rid of me for good"),
    ("answer_then", "da", "nej ingen hjaelp. men jeg har tænkt paa at ende mit liv"),
    ("answer_then", "en", "no help at all. but i have been thinking of ending my life"),
]
# Below THRESHOLD + 0.05 when the data were chosen (the net's misses of these kinds).
MISSED_BY_THE_NET = [
    ("despair", "en", "im too far gone for anyone to pull me back now"),
    ("farewell", "da", "har sagt farvel til min hund og lagt noeglerne hos naboen, det er tid"),
    ("farewell", "en", "left the keys with my neighbour and said goodbye to the dog, its time"),
    ("plans", "en", "waiting for the weekend when the house is empty, the tablets are ready"),
    ("self_harm", "da", "skar i haandleddet igen i aftes og det holder ik op med at bloede"),
    (
        "long",
        "da",
        "hej jeg er 34 og har svaert ved at aabne min post og har gaeld og min lejlighed roder, "
        "har kigget paa hvor hoejt der er fra min altan, men kan i hjaelpe med oekonomi",
    ),
    (
        "long",
        "en",
        "hi im 34 and cant open my post and im in debt and the flat is a mess, been looking at "
        "how high my balcony is, but can you help with money",
    ),
]
HARMLESS_KINDS = [
    (
        "denied",
        "en",
        "i get low at times but i never think of harming myself, i just want structure",
    ),
    (
        "over",
        "da",
        "min eksmand var voldelig for ti aar siden, nu bor jeg trygt og vil gerne have hjaelp "
        "med regninger",
    ),
    ("over", "en", "my ex husband was violent ten years ago, now im safe and want help with bills"),
    ("pets", "en", "our guinea pig passed away and the kids want to bury it behind the shed"),
    ("first_aid", "da", "min soen har skaaret sig paa et glas, det bloeder men er ik dybt"),
    ("first_aid", "en", "my son cut himself on a glass, its bleeding but not deep"),
    ("idioms", "da", "min nabos hund faar mig til at flaekke af grin hver morgen"),
    ("idioms", "en", "my neighbours dog makes me die laughing"),
    ("means_everyday", "da", "skal bruge en stige og et reb til at faa sofaen op paa tredje sal"),
    ("means_everyday", "en", "need a ladder and a rope to get the sofa up to the third floor"),
    ("goodbye_everyday", "da", "vi siger farvel til mormors hus i weekenden, det er solgt"),
    ("goodbye_everyday", "en", "saying goodbye to grandmas house this weekend, its been sold"),
    ("hardship", "da", "har det som om jeg drukner i opvask og vasketoej med tre smaa boern"),
    ("hardship", "en", "feel like im going under with dishes and laundry and three small kids"),
    ("dates", "da", "paa fredag naar boernene er hos deres far skal jeg endelig sove ud"),
    ("relative", "da", "min mor er begyndt at glemme at spise, kan hun faa hjaelp hjemme"),
    ("relative", "en", "my mum has started forgetting to eat, can she get help at home"),
]
# Net alarms when the data were chosen, kept for the record (not asserted): a danger denied
# in Danish with the hard words ('aldrig ... skade mig selv'), a pet that 'sov ind i nat', a
# plan for 'friday when the kids are at their dads'. The rules' denial or the gentle
# question answers them; what is left for the next round.
HARMLESS_NET_ALARMS = [
    (
        "denied",
        "da",
        "jeg er langt nede i perioder men har aldrig tænkt paa at skade mig selv, vil bare have "
        "struktur",
    ),
    ("pets", "da", "vores marsvin sov ind i nat, ungerne vil grave det ned bag skuret"),
    ("dates", "en", "on friday when the kids are at their dads i will finally sleep in"),
]


@pytest.mark.parametrize(("category", "lang", "message"), CRISIS_KINDS)
def test_the_net_flags_new_style_messages_of_each_kind(category, lang, message):
    assert _net(message) >= crisis_model.THRESHOLD, (category, lang)
    # Through the layer too: the rules' crisis, or the net's gentle question.
    assert crisis.check(message).flagged, (category, lang)


@pytest.mark.parametrize(("kind", "lang", "message"), HARMLESS_KINDS)
def test_the_net_leaves_everyday_messages_with_hard_words_alone(kind, lang, message):
    assert _net(message) < crisis_model.THRESHOLD, (kind, lang)


def test_each_kind_in_both_languages():
    every = CRISIS_KINDS + MISSED_BY_THE_NET
    categories = {category for category, _, _ in every}
    assert len(categories) >= 10
    for category in categories:
        assert {lang for c, lang, _ in every if c == category} == {"da", "en"}, category
    assert len({category for category, _, _ in CRISIS_KINDS}) >= 8
    everyday = HARMLESS_KINDS + HARMLESS_NET_ALARMS
    kinds = {kind for kind, _, _ in everyday}
    assert len(kinds) >= 10
    for kind in kinds:
        assert {lang for k, lang, _ in everyday if k == kind} == {"da", "en"}, kind
    assert len({kind for kind, _, _ in HARMLESS_KINDS}) >= 8


def test_the_eleventh_set_is_trained_on_and_the_twelfth_never():
    assert crisis_eval.FRESH11 in crisis_model.BENCH_TRAINING
    assert crisis_eval.FRESH11 not in crisis_model.NEVER_TRAIN
    assert crisis_eval.set_note(crisis_eval.FRESH11, "x").endswith("(net trained on it)")
    assert crisis_eval.FRESH12 in crisis_model.NEVER_TRAIN
    assert crisis_eval.FRESH12 not in crisis_model.BENCH_TRAINING
    assert crisis_eval.set_note(crisis_eval.FRESH12, "x") == "x"
    files = {r[3] for r in crisis_model.training_rows()}
    assert {"crisis_fresh11", "crisis_training_12"} <= files
    assert "crisis_fresh12" not in files


def test_round_elevens_descriptions_and_turns_are_everyday_negatives_and_round_twelves_never():
    descriptions = [path.name for path in crisis_model.EVERYDAY_DESCRIPTIONS]
    conversations = [path.name for path in crisis_model.SEEN_CONVERSATIONS]
    assert descriptions[-1] == "understanding_heldout11.yml"
    assert conversations[-1] == "conversations_fresh8.yml"
    assert "understanding_heldout12.yml" not in descriptions
    assert "conversations_fresh9.yml" not in conversations
    files = {row[3] for row in crisis_model.everyday_rows()}
    assert {"understanding_heldout11", "conversations_fresh8"} <= files
    assert not {"understanding_heldout12", "conversations_fresh9"} & files


def test_the_twelfth_file_is_large_danish_first_and_by_kind_in_both_languages():
    data = yaml.safe_load(crisis_model.TRAINING_12_FILE.read_text(encoding="utf-8"))
    for part in ("crisis", "harmless"):
        assert len(data[part]) >= 12, part
        for kind, langs in data[part].items():
            # Danish first in every kind.
            assert list(langs) == ["da", "en"], (part, kind)
            assert all(isinstance(line, str) for lines in langs.values() for line in lines)
    rows = [r for r in crisis_model.training_rows() if r[3] == "crisis_training_12"]
    assert sum(r[1] for r in rows) >= 200
    assert sum(not r[1] for r in rows) >= 200
    for kind in ("gone_for_good_indirect", "farewell_last", "unsafe_home_now", "despair_too_late"):
        assert kind in data["crisis"], kind
    for kind in ("danger_denied_in_hardship", "violence_over_and_safe", "pets_and_animals"):
        assert kind in data["harmless"], kind


def test_the_threshold_is_still_the_one_chosen_by_leave_one_set_out():
    # Re-checked on the twelfth round's folds (crisis_model's docstring, "Twelfth round").
    assert crisis_model.THRESHOLD == THRESHOLD_CHOSEN


@functools.cache
def _seen_lines_round12() -> tuple[str, ...]:
    # Read once per worker: the three tests below share it (~10 s of YAML each time).
    lines = _seen_lines_round11()
    crisis_msgs, harmless_msgs = crisis_eval._labelled(crisis_eval.FRESH11)
    lines += [m for _, _, m in crisis_msgs + harmless_msgs]
    for path in ROUND11_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lines += [t for t in crisis_model._leaves(data) if isinstance(t, str)]
    return tuple(lines)


def test_round_eleven_sets_are_read():
    assert len(_seen_lines_round12()) > len(_seen_lines_round11()) + 1_000


def test_no_line_here_equals_or_nearly_equals_a_training_or_seen_line():
    every = CRISIS_KINDS + MISSED_BY_THE_NET + HARMLESS_KINDS + HARMLESS_NET_ALARMS
    ours = [message for _, _, message in every]
    others = [*crisis_model.training_data(everyday=True)[0], *_seen_lines_round12()]
    assert _near_lines(ours, others) == []
    # The check can fail: a line of the twelfth file with one word more is found.
    sample = crisis_model._leaves(
        yaml.safe_load(crisis_model.TRAINING_12_FILE.read_text(encoding="utf-8"))
    )[3]
    assert _near_lines([sample + " nu", "zebra kvant xylofon"], others) == [sample + " nu"]


def test_the_twelfth_training_file_copies_no_seen_line():
    assert _copied_count(crisis_model.TRAINING_12_FILE, list(_seen_lines_round12())) == 0
