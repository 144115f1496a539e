"""The offers the screening routes to, filled from the municipality profile."""

from collections.abc import Iterable, Mapping

from portal.municipality import localized


def offer_details(profile: Mapping, codes: Iterable[str], lang: str) -> list[dict]:
    """Each offer code with its name, description and contact details in `lang`."""
    details = []
    for code in codes:
        offer = profile["offers"][code]
        details.append(
            {
                "code": code,
                "name": localized(offer["name"], lang),
                "description": localized(offer["description"], lang),
                "contact": localized(offer["contact"], lang),
                "phone": offer["phone"],
                "hours": localized(offer["hours"], lang) if offer["hours"] else None,
                "address": offer["address"],
                "url": offer["url"]
                or (profile["general_contact"]["url"] if offer["fill_in"] else None),
                "to_be_filled_in": offer["fill_in"],
            }
        )
    return details
