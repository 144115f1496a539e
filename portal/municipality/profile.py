"""Load and validate a municipality profile (YAML) into plain, read-only data."""

from __future__ import annotations

import functools
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

PROFILE_DIR = Path(__file__).parent
LANGUAGES = ("da", "en")
OFFER_CODES = (
    "early_intervention",
    "open_counselling",
    "economic_advice",
    "jobcenter",
    "education_guidance",
    "s85_support",
    "children_and_family",
    "crisis_lines",
)
# The offer page's sections, in page order (issue 2's list of what a citizen must learn).
SECTION_IDS = (
    "what",
    "who",
    "content",
    "how",
    "duration",
    "cost",
    "requirements",
    "after_applying",
    "follow_up",
    "complaints",
)


class ProfileError(ValueError):
    """A profile is missing, unreadable or breaks the schema; the message names the key."""


# Schema language: "L" = text in every language, "L?" = optional text, "str", "str?",
# "int", "bool", "url?", a dict = nested mapping, a one-item list = list of that.
TEXT = "L"
# Provenance (issue 13 item 9): every municipal fact names where it comes from, a seed file
# and section in `source` ("002 Pjece, Spørgsmål til indsatsen"), or is marked
# `fill_in: true` for the municipality to fill in. The loader refuses a fact with neither.
PHONE = {
    "id": "str",
    "label": TEXT,
    "number": "str?",
    "hours": "L?",
    "source": "str?",
    "fill_in": "bool",
}
CONTACT_OFFER = {
    "name": TEXT,
    "description": TEXT,
    "contact": TEXT,
    "phone": "str?",
    "hours": "L?",
    "address": "str?",
    "url": "url?",
    "source": "str?",
    "fill_in": "bool",
}
# Top-level facts that are plain values (text, numbers, lists): their provenance is kept in
# the profile's `provenance` mapping, one entry per key.
PLAIN_FACTS = (
    "name",
    "website",
    "provider",
    "locations",
    "evaluation_weeks",
    "max_months",
    "intro",
    "user_survey",
    "approved",
    "source",
)
PROVENANCE = {"source": "str?", "fill_in": "bool?"}
SCHEMA: dict[str, Any] = {
    "id": "str",
    "name": TEXT,
    "website": "url?",
    "general_contact": {"text": TEXT, "url": "url?", "source": "str?", "fill_in": "bool"},
    "provider": TEXT,
    "processor": {"name": TEXT, "address": "str?", "source": "str?", "fill_in": "bool"},
    "phones": [PHONE],
    "locations": [TEXT],
    "response_deadline": {
        "days": "int",
        "stated_in_standard": "bool",
        "text": TEXT,
        "source": "str?",
        "fill_in": "bool",
    },
    "deadline": lambda value, path: _check_deadline(value, path),
    "evaluation_weeks": "int",
    "max_months": "int",
    "course": lambda value, path: _check_course(value, path),
    "retention": {
        "months_after_closing": "int",
        "visitor_state_hours": "int",
        "chat_days": "int",
        "text": TEXT,
    },
    "emergency": {"psychiatric": CONTACT_OFFER},
    "intro": TEXT,
    "sections": [
        {
            "id": "str",
            "title": TEXT,
            "paragraphs": [TEXT],
            "bullets": "[L]?",
            "source": "str?",
            "fill_in": "bool?",
        }
    ],
    "offers": {code: CONTACT_OFFER for code in OFFER_CODES},
    "user_survey": "bool",
    # A setting: how many days a saved draft (resume code) is kept (portal/services/resume.py).
    "resume_days": "int",
    "provenance": {key: PROVENANCE for key in PLAIN_FACTS},
    # Settings, not facts: where "Leave this page" goes, and an optional logo file.
    "quick_exit_url": "url",
    "logo": "str?",
    "approved": "L?",
    "source": TEXT,
    "letters": lambda value, path: _check_letters(value, path),
    "statistics": {"within_deadline_target_percent": "int", "fill_in": "bool"},
}


# Decision letters (portal/services/letters.py): one per decision kind.
LETTER_KINDS = (
    "granted_group",
    "granted_individual",
    "granted_both",
    "referred",
    "rejected",
    "closed",
)
# The case facts a letter text may name in {braces}; {survey_link} only in `survey`.
LETTER_FIELDS = frozenset(
    {"name", "reference", "start_date", "evaluation_date", "end_date", "offer", "offer_contact"}
)
LETTERS = {
    "source": "str",
    "sender": TEXT,
    "contact": {"text": TEXT, "source": "str?", "fill_in": "bool"},
    "complaint": {"source": "str", "paragraphs": [TEXT]},
    "survey": "L?",
    "kinds": {kind: {"subject": TEXT, "paragraphs": [TEXT]} for kind in LETTER_KINDS},
}


def _placeholders(text: str, path: str) -> set[str]:
    import string

    try:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}
    except ValueError as exc:
        raise ProfileError(f"{path}: bad {{placeholder}} ({exc})") from None


def _check_letters(value: Any, path: str) -> MappingProxyType:
    """The letters, with their placeholders checked: a typo would reach a citizen."""
    letters = _check(value, LETTERS, path)
    if not letters["contact"]["fill_in"] and not letters["contact"]["source"]:
        raise ProfileError(f"missing key '{path}.contact.source' (or fill_in)")
    texts = [(f"{path}.complaint", p) for p in letters["complaint"]["paragraphs"]]
    texts.append((f"{path}.contact.text", letters["contact"]["text"]))
    for kind, letter in letters["kinds"].items():
        texts.append((f"{path}.kinds.{kind}.subject", letter["subject"]))
        texts += [(f"{path}.kinds.{kind}.paragraphs", p) for p in letter["paragraphs"]]
    for where, text in texts:
        for lang in LANGUAGES:
            unknown = sorted(_placeholders(text[lang], where) - LETTER_FIELDS)
            if unknown:
                raise ProfileError(f"{where}.{lang}: unknown placeholder {{{unknown[0]}}}")
    if letters["survey"]:
        for lang in LANGUAGES:
            names = _placeholders(letters["survey"][lang], f"{path}.survey")
            if names != {"survey_link"}:
                raise ProfileError(f"{path}.survey.{lang}: needs {{survey_link}} and nothing else")
    return letters


# The deadline clock (DESIGN.md § 6): what stops it, how many days, which days count.
DEADLINE_MEASURES = ("first_contact", "planning_started", "decision")
DEADLINE_DAY_KINDS = ("working_days", "calendar_days")
CLOCK = {"measures": "str", "days": "int", "count": "str"}


def _one_of(value: str, allowed: tuple[str, ...], path: str) -> str:
    if value not in allowed:
        raise ProfileError(f"{path}: expected one of {', '.join(allowed)}")
    return value


def _check_clock(value: Any, path: str) -> MappingProxyType:
    clock = _check(value, CLOCK, path)
    _one_of(clock["measures"], DEADLINE_MEASURES, f"{path}.measures")
    _one_of(clock["count"], DEADLINE_DAY_KINDS, f"{path}.count")
    if clock["days"] < 1:
        raise ProfileError(f"{path}.days: expected at least 1")
    return clock


def _check_deadline(value: Any, path: str) -> MappingProxyType:
    """`measures: none` (the seed promises nothing; `internal_target` optional, staff
    only) or a clock promised to citizens; either way `source` names the seed section."""
    if not isinstance(value, dict):
        raise ProfileError(f"{path}: expected a mapping")
    if "measures" not in value:
        raise ProfileError(f"missing key '{path}.measures'")
    source = _check(value.get("source"), "str", f"{path}.source") if value.get("source") else None
    if source is None:
        raise ProfileError(f"missing key '{path}.source'")
    if value["measures"] == "none":
        unknown = sorted(set(value) - {"measures", "source", "internal_target"})
        if unknown:
            raise ProfileError(f"unknown key '{path}.{unknown[0]}' (nothing is promised)")
        target = value.get("internal_target")
        out = {
            "measures": "none",
            "source": source,
            "internal_target": (
                _check_clock(target, f"{path}.internal_target") if target else None
            ),
        }
        return MappingProxyType(out)
    if "internal_target" in value:
        raise ProfileError(f"unknown key '{path}.internal_target' (the promise is the target)")
    clock = _check_clock({k: value.get(k) for k in CLOCK}, path)
    unknown = sorted(set(value) - {*CLOCK, "source"})
    if unknown:
        raise ProfileError(f"unknown key '{path}.{unknown[0]}'")
    return MappingProxyType({**clock, "source": source, "internal_target": None})


def _check_course(value: Any, path: str) -> MappingProxyType:
    """Where the evaluation and end dates come from: a seed section, or fill_in."""
    course = _check(
        value,
        {"evaluation_source": "str?", "end_source": "str?", "evaluation_fill_in": "bool"},
        path,
    )
    if not course["evaluation_fill_in"] and not course["evaluation_source"]:
        raise ProfileError(f"missing key '{path}.evaluation_source' (or evaluation_fill_in)")
    if not course["end_source"]:
        raise ProfileError(f"missing key '{path}.end_source'")
    return course


STATIC_DIR = PROFILE_DIR.parent / "static"


def _check_logo(name: str | None, profile_name: str) -> None:
    """Empty (no logo: we never invent one), or a file under portal/static/ (the CSP allows
    images from the portal itself only)."""
    if name is None:
        return
    root = STATIC_DIR.resolve()
    file = (STATIC_DIR / name).resolve()
    if name.startswith("/") or root not in file.parents or not file.is_file():
        raise ProfileError(
            f"municipality profile '{profile_name}': logo: expected a file under "
            "portal/static/, e.g. logos/kommune.svg"
        )


def _check(value: Any, schema: Any, path: str) -> Any:
    """Validate `value` against `schema`; return it frozen. Raise ProfileError with path."""
    if callable(schema):
        return schema(value, path)
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise ProfileError(f"{path or 'profile'}: expected a mapping")
        out = {}
        for key, sub in schema.items():
            optional = isinstance(sub, str) and sub.endswith("?")
            where = f"{path}.{key}" if path else key
            if key not in value or value[key] is None:
                if optional:
                    out[key] = None
                    continue
                raise ProfileError(f"missing key '{where}'")
            out[key] = _check(value[key], sub, where)
        unknown = sorted(set(value) - set(schema))
        if unknown:
            raise ProfileError(f"unknown key '{path + '.' if path else ''}{unknown[0]}'")
        return MappingProxyType(out)
    if isinstance(schema, list):
        if not isinstance(value, list) or not value:
            raise ProfileError(f"{path}: expected a non-empty list")
        return tuple(_check(item, schema[0], f"{path}[{i}]") for i, item in enumerate(value))
    kind = schema.rstrip("?")
    if kind == "L":
        if not isinstance(value, dict):
            raise ProfileError(f"{path}: expected text in {', '.join(LANGUAGES)}")
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                raise ProfileError(f"missing key '{path}.{lang}' (text in every language)")
        extra = sorted(set(value) - set(LANGUAGES))
        if extra:
            raise ProfileError(f"unknown language '{path}.{extra[0]}'")
        return MappingProxyType({lang: value[lang].strip() for lang in LANGUAGES})
    if kind == "[L]":
        return _check(value, [TEXT], path)
    if kind in {"str", "url"}:
        if not isinstance(value, str | int) or not str(value).strip():
            raise ProfileError(f"{path}: expected text")
        value = str(value).strip()
        if kind == "url" and not value.startswith("https://"):
            raise ProfileError(f"{path}: a link must start with https://")
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ProfileError(f"{path}: expected a whole number of 0 or more")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise ProfileError(f"{path}: expected true or false")
        return value
    raise AssertionError(f"bad schema kind {schema!r}")  # pragma: no cover


def _sourced(fact: Any, path: str) -> None:
    """A fact names its seed section (`source`) or is marked `fill_in: true`."""
    if not fact.get("fill_in") and not fact.get("source"):
        raise ProfileError(f"'{path}' names no source (add source: or fill_in: true)")


def _check_provenance(profile: MappingProxyType) -> None:
    _sourced(profile["general_contact"], "general_contact")
    _sourced(profile["processor"], "processor")
    _sourced(profile["response_deadline"], "response_deadline")
    for i, phone in enumerate(profile["phones"]):
        _sourced(phone, f"phones[{i}]")
    for i, section in enumerate(profile["sections"]):
        _sourced(section, f"sections[{i}] ({section['id']})")
    for code, offer in profile["offers"].items():
        _sourced(offer, f"offers.{code}")
    _sourced(profile["emergency"]["psychiatric"], "emergency.psychiatric")
    for key in PLAIN_FACTS:
        _sourced(profile["provenance"][key], f"provenance.{key}")


def validate_profile(raw: Any, name: str = "profile") -> MappingProxyType:
    try:
        profile = _check(raw, SCHEMA, "")
        _check_provenance(profile)
    except ProfileError as exc:
        raise ProfileError(f"municipality profile '{name}': {exc}") from None
    ids = [s["id"] for s in profile["sections"]]
    missing = [s for s in SECTION_IDS if s not in ids]
    if missing:
        raise ProfileError(f"municipality profile '{name}': missing section '{missing[0]}'")
    promised = profile["deadline"]["measures"] != "none"
    if profile["response_deadline"]["stated_in_standard"] != promised:
        raise ProfileError(
            f"municipality profile '{name}': response_deadline.stated_in_standard must be "
            f"{'true' if promised else 'false'} when deadline.measures is "
            f"'{profile['deadline']['measures']}'"
        )
    if promised and profile["response_deadline"]["days"] != profile["deadline"]["days"]:
        raise ProfileError(
            f"municipality profile '{name}': response_deadline.days must equal deadline.days"
        )
    if profile["course"]["evaluation_fill_in"]:
        # No evaluation date from the seed: a letter must not promise one.
        for kind, letter in profile["letters"]["kinds"].items():
            for paragraph in letter["paragraphs"]:
                if any("{evaluation_date}" in paragraph[lang] for lang in LANGUAGES):
                    raise ProfileError(
                        f"municipality profile '{name}': letters.kinds.{kind} names "
                        "{evaluation_date}, but course.evaluation_fill_in is true"
                    )
    target = profile["statistics"]["within_deadline_target_percent"]
    if not 1 <= target <= 100:
        raise ProfileError(
            f"municipality profile '{name}': statistics.within_deadline_target_percent "
            "must be 1 to 100"
        )
    _check_logo(profile["logo"], name)
    if profile["id"] != name and name != "profile":
        raise ProfileError(f"municipality profile '{name}': id is '{profile['id']}'")
    return profile


def available_profiles() -> list[str]:
    return sorted(p.stem for p in PROFILE_DIR.glob("*.yml"))


@functools.cache
def load_profile(name: str) -> MappingProxyType:
    """The validated, read-only profile `name` (cached: profiles do not change at run time)."""
    if name not in available_profiles():
        raise ProfileError(
            f"unknown municipality '{name}': choose one of {', '.join(available_profiles())}"
        )
    path = PROFILE_DIR / f"{name}.yml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ProfileError(f"municipality profile '{name}': not valid YAML ({exc})") from None
    return validate_profile(raw, name)


def localized(value: Any, lang: str) -> Any:
    """The `lang` text of a localized value; other values pass through."""
    if isinstance(value, MappingProxyType | dict) and set(value) == set(LANGUAGES):
        return value[lang if lang in LANGUAGES else LANGUAGES[0]]
    return value
