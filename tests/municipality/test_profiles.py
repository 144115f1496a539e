import copy

import pytest
import yaml

from portal.municipality import OFFER_CODES, ProfileError, available_profiles, load_profile
from portal.municipality.profile import PROFILE_DIR, validate_profile


def raw(name="hedensted"):
    return yaml.safe_load((PROFILE_DIR / f"{name}.yml").read_text(encoding="utf-8"))


def test_both_shipped_profiles_are_valid():
    assert available_profiles() == ["hedensted", "vordingborg"]
    for name in available_profiles():
        profile = load_profile(name)
        assert set(profile["offers"]) == set(OFFER_CODES)


def test_hedensted_facts_from_the_seed():
    p = load_profile("hedensted")
    assert p["processor"]["address"] == "Vestergade 7-9, 8723 Løsning"
    numbers = {ph["id"]: ph["number"] for ph in p["phones"]}
    assert numbers["visitation"] == "79 75 58 20"
    assert numbers["provider"] == "24 60 97 77"
    places = " ".join(loc["da"] for loc in p["locations"])
    for town in ("Tørring", "Hedensted", "Juelsminde"):
        assert town in places
    assert p["max_months"] == 6
    assert p["response_deadline"]["stated_in_standard"] is False


def test_vordingborg_facts_from_the_seed():
    p = load_profile("vordingborg")
    assert p["response_deadline"]["days"] == 10
    assert p["response_deadline"]["stated_in_standard"] is True
    assert p["evaluation_weeks"] == 20
    assert p["user_survey"] is True
    assert "29. maj 2024" in p["approved"]["da"]
    # No phone in the seed: nothing invented, marked for the municipality to fill in.
    assert all(ph["number"] is None and ph["fill_in"] for ph in p["phones"])


def test_only_national_or_seed_numbers_appear():
    allowed = {"79 75 58 20", "24 60 97 77", "70 201 201", None}
    for name in available_profiles():
        p = load_profile(name)
        numbers = {ph["number"] for ph in p["phones"]}
        numbers |= {o["phone"] for o in p["offers"].values()}
        numbers.add(p["emergency"]["psychiatric"]["phone"])
        assert numbers <= allowed, numbers - allowed


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("provider"), "missing key 'provider'"),
        (lambda d: d["name"].pop("en"), "missing key 'name.en'"),
        (lambda d: d["offers"].pop("jobcenter"), "missing key 'offers.jobcenter'"),
        (lambda d: d["phones"][0].pop("label"), r"missing key 'phones\[0\].label'"),
        (lambda d: d.update(website="http://insecure.example"), "website: a link must start"),
        (lambda d: d.update(max_months="six"), "max_months: expected a whole number"),
        (lambda d: d.update(colour="blue"), "unknown key 'colour'"),
        (lambda d: d["sections"].pop(0), "missing section 'what'"),
    ],
)
def test_broken_profile_gives_a_clear_error(mutate, message):
    data = copy.deepcopy(raw())
    mutate(data)
    with pytest.raises(ProfileError, match=message):
        validate_profile(data, "hedensted")


def test_broken_profile_stops_the_app_with_the_key_named(monkeypatch, tmp_path, db_url):
    from portal import create_app
    from portal.municipality import profile as profile_module
    from tests.conftest import make_config

    broken = raw()
    del broken["processor"]["name"]
    (tmp_path / "brokentown.yml").write_text(yaml.safe_dump({**broken, "id": "brokentown"}))
    monkeypatch.setattr(profile_module, "PROFILE_DIR", tmp_path)
    profile_module.load_profile.cache_clear()
    try:
        with pytest.raises(ProfileError, match="'brokentown': missing key 'processor.name'"):
            create_app(make_config(db_url, PORTAL_MUNICIPALITY="brokentown"))
    finally:
        profile_module.load_profile.cache_clear()


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["phones"][0].pop("source"), r"phones\[0\]"),
        (lambda d: d["sections"][0].pop("source"), r"sections\[0\] \(what\)"),
        (lambda d: d["offers"]["early_intervention"].pop("source"), "offers.early_intervention"),
        (lambda d: d["processor"].pop("source"), "processor"),
        (lambda d: d["response_deadline"].pop("source"), "response_deadline"),
        (lambda d: d["provenance"]["provider"].pop("source"), "provenance.provider"),
    ],
)
def test_a_fact_without_source_or_fill_in_is_refused(mutate, where):
    """Issue 13 item 9: every municipal fact names its seed section or is marked fill_in."""
    data = copy.deepcopy(raw())
    mutate(data)
    with pytest.raises(ProfileError, match=f"'{where}' names no source"):
        validate_profile(data, "hedensted")


def test_fill_in_is_an_accepted_provenance():
    data = copy.deepcopy(raw())
    data["phones"][0].pop("source")
    data["phones"][0]["fill_in"] = True
    assert validate_profile(data, "hedensted")["phones"][0]["fill_in"] is True


@pytest.mark.parametrize("name", ["hedensted", "vordingborg"])
def test_every_shipped_fact_has_provenance(name):
    p = load_profile(name)
    facts = [p["general_contact"], p["processor"], p["response_deadline"]]
    facts += [*p["phones"], *p["sections"], *p["offers"].values(), p["emergency"]["psychiatric"]]
    facts += list(p["provenance"].values())
    assert all(f["fill_in"] or f["source"] for f in facts)
    # A source names the municipality's own seed: never the other one's.
    own, other = ("002", "000") if name == "hedensted" else ("000", "002")
    sources = [f["source"] for f in facts if f["source"]]
    assert all(not s.startswith(other) for s in sources)
    assert any(s.startswith(own) for s in sources)


def test_hedensted_shows_no_facts_its_seed_does_not_give():
    text = yaml.safe_dump(raw("hedensted"), allow_unicode=True)
    # Vordingborg's texts (seed 000 § 9, § 11, § 6) must not appear in Hedensted's profile.
    borrowed = ("ønske hjælpen", "Opfølgning", "hjælper vi dig videre")
    for unsourced in ("14 dage", "hver dag", "every day", *borrowed):
        assert unsourced not in text, unsourced


def test_vordingborg_names_no_offers_its_seed_does_not_give():
    p = load_profile("vordingborg")
    names = [o["name"]["da"] for o in p["offers"].values()]
    assert "Åben rådgivning" not in names and "Økonomisk rådgivning" not in names
    assert p["offers"]["economic_advice"]["fill_in"] is True


@pytest.mark.parametrize("name", ["hedensted", "vordingborg"])
def test_one_name_per_service(name):
    """The body that processes applications has one name wherever it appears."""
    p = load_profile(name)
    for lang in ("da", "en"):
        processor = p["processor"]["name"][lang]
        labels = [ph["label"][lang] for ph in p["phones"] if ph["id"] in {"visitation", "advice"}]
        contact = p["offers"]["early_intervention"]["contact"][lang]
        assert labels == [processor] and contact == processor
