"""Which municipality profile the actions use.

The action server reads PORTAL_MUNICIPALITY like the portal does. When the portal runs the
actions in its own process, it names its configured profile for the duration of one call
(a context variable, so concurrent requests never see each other's choice).
"""

import contextvars
import os
from types import MappingProxyType

from portal.municipality import load_profile

_ACTIVE: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "bot_municipality", default=None
)


def use_profile(name: str) -> contextvars.Token:
    return _ACTIVE.set(name)


def reset_profile(token: contextvars.Token) -> None:
    _ACTIVE.reset(token)


def current_profile() -> MappingProxyType:
    name = _ACTIVE.get() or os.environ.get("PORTAL_MUNICIPALITY", "hedensted").strip().lower()
    return load_profile(name)
