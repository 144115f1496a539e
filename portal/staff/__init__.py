"""The staff blueprint (see DESIGN.md § 3)."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff")
