"""Digital Post (e-Boks / mit.dk through the national Digital Post service) as a seam.

A decision letter goes to the citizen's Digital Post when a municipality has connected the
portal to it. Connecting needs the municipality's own agreement, certificates and sender
system (the "Fjernprint"/"NgDP" integration), which differ per municipality, so the portal
ships the interface and no pretend implementation: the default, `NotConfigured`, hands
nothing over, and the letter is marked for sending by post (the caseworker is told to
print it).

To connect Digital Post, write a class with `send(case, letter) -> Receipt` and register it
at start-up: `app.extensions["digital_post"] = MyDigitalPost(...)`. Contract:

- `send` runs inside the decision's database transaction: it must not talk to the network
  there (nothing slow inside a request, DESIGN.md § 9). Queue the letter (a table of your
  own, or the outbox pattern of portal/services/outbox.py) and deliver after commit.
- It returns `Receipt(handed_over=True, reference=...)` when the letter is queued for
  Digital Post; `handed_over=False` means "not sent by Digital Post" and the portal falls
  back to e-mail (if the citizen gave one) or post.
- It must not log personal data (the letter, the name, the CPR number).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from flask import current_app

if TYPE_CHECKING:  # pragma: no cover
    from portal.models import Case
    from portal.services.letters import Letter


@dataclass(frozen=True)
class Receipt:
    """What Digital Post said: handed over (with its reference) or not."""

    handed_over: bool
    reference: str | None = None


@runtime_checkable
class DigitalPost(Protocol):
    def send(self, case: Case, letter: Letter) -> Receipt: ...


class NotConfigured:
    """The default: Digital Post is not connected. Nothing is sent; the letter goes by
    e-mail or is marked for sending by post."""

    def send(self, case: Case, letter: Letter) -> Receipt:
        return Receipt(handed_over=False)


def current() -> DigitalPost:
    """The Digital Post connection registered on the app, or NotConfigured."""
    return current_app.extensions.get("digital_post") or NotConfigured()


def is_configured() -> bool:
    return not isinstance(current(), NotConfigured)
