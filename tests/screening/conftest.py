"""Answer builders for the screening tests (plain functions, Notify style)."""

import pytest

from portal.municipality import load_profile


def answers(**overrides) -> dict:
    """A complete set of answers that leads to `eligible`; override what a test needs."""
    base = {
        "urgent": "no",
        "age": "18_or_over",
        "areas": ["social_contact", "household_structure"],
        "impact": "moderate",
        "existing_support": ["none"],
        "motivation": "yes",
        "format": "group",
        "contact": "in_person",
    }
    base.update(overrides)
    return base


@pytest.fixture(params=["hedensted", "vordingborg"])
def profile(request):
    return load_profile(request.param)
