"""The chat blueprint (see DESIGN.md § 3)."""

from flask import Blueprint

bp = Blueprint("chat", __name__, url_prefix="/chat")

from portal.chat import views  # noqa: E402,F401  (routes register on import)
