"""Municipality profiles: every municipal fact the portal shows, in Danish and English.

Pure Python (no Flask): the bot's actions import this too. A profile is YAML in this
folder, validated when loaded; a broken profile raises ProfileError naming the key.
"""

from portal.municipality.profile import (
    LANGUAGES,
    OFFER_CODES,
    SECTION_IDS,
    ProfileError,
    available_profiles,
    load_profile,
    localized,
)

__all__ = [
    "LANGUAGES",
    "OFFER_CODES",
    "SECTION_IDS",
    "ProfileError",
    "available_profiles",
    "load_profile",
    "localized",
]
