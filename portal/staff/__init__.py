"""The staff blueprint (see DESIGN.md § 3): login, queue, case page, admin, export,
statistics. Views stay thin; the operations live in portal/services."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff")

from portal.staff import admin, auth, cases, export, letters, queue, stats  # noqa: E402, F401
