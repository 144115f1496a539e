"""JSON API for the screening (DESIGN.md § 4)."""

from flask import Blueprint

bp = Blueprint("screening_api", __name__, url_prefix="/api/v1/screening")
