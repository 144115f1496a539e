"""The password policy for staff (ASVS 2.1, NIST SP 800-63B 5.1.1.2): a minimum length
and no common, breached or guessable password.

The check is offline: zxcvbn (the Python port of Dropbox's estimator) ships frequency
lists of leaked passwords, common words and names, and recognises keyboard patterns,
repeats, sequences and dates. A password is refused below score 3 ("safely
unguessable: moderate protection from offline slow-hash scenarios"), or when it contains
the user's e-mail address or name.
"""

from __future__ import annotations

from zxcvbn import zxcvbn

from portal.textcat import N_

MIN_LENGTH = 12
MAX_LENGTH = 256
MIN_SCORE = 3
# zxcvbn's work grows with length; beyond this a password is long enough to judge by
# its first part (the library refuses longer input).
CHECK_LENGTH = 72
# Words zxcvbn's English lists lack but Danish staff passwords are built from.
LOCAL_WORDS = (
    "kodeord",
    "adgangskode",
    "password",
    "velkommen",
    "hemmelig",
    "sommer",
    "vinter",
    "foraar",
    "efteraar",
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
    "danmark",
    "kommune",
    "visitation",
    "tidlig",
    "indsats",
    "hedensted",
    "vordingborg",
)

TOO_SHORT = N_("The password must be at least %(min)d characters.")
TOO_LONG = N_("The password can be at most %(max)d characters.")
CONTAINS_EMAIL = N_("The password must not contain your e-mail address or your name.")
TOO_COMMON = N_(
    "This password is too common or too easy to guess. Use a longer password, for "
    "example three or four random words."
)
PARAMS = {"min": MIN_LENGTH, "max": MAX_LENGTH}


def problems(password: str | None, email: str = "", name: str | None = None) -> list[str]:
    """The msgids (placeholders from PARAMS) of what is wrong with `password`; [] if fine."""
    password = password or ""
    if len(password) < MIN_LENGTH:
        return [TOO_SHORT]
    if len(password) > MAX_LENGTH:
        return [TOO_LONG]
    lowered = password.lower()
    local = (email or "").lower().split("@")[0]
    personal = [p for p in (local, *(name or "").lower().split()) if len(p) >= 3]
    if email and (email.lower() in lowered or any(p in lowered for p in personal)):
        return [CONTAINS_EMAIL]
    inputs = [*personal, *(email or "").lower().replace("@", ".").split("."), *LOCAL_WORDS]
    result = zxcvbn(password[:CHECK_LENGTH], user_inputs=[w for w in inputs if w])
    if result["score"] < MIN_SCORE:
        return [TOO_COMMON]
    return []
