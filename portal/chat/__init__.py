"""The chat blueprint (see DESIGN.md § 3)."""

from flask import Blueprint

bp = Blueprint("chat", __name__, url_prefix="/chat")
