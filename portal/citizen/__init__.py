"""The citizen blueprint: offer pages, questionnaire, application, receipt."""

from flask import Blueprint

bp = Blueprint("citizen", __name__)

from portal.citizen import application, pages, questionnaire, resume, survey  # noqa: E402,F401,I001
