"""Information pages: the offer, contact, privacy, accessibility, emergency help."""

from flask import render_template

from portal.citizen import bp
from portal.page_cache import cached_page


@bp.get("/")
@cached_page
def offer():
    return render_template("citizen/offer.html")


@bp.get("/contact")
@cached_page
def contact():
    return render_template("citizen/contact.html")


@bp.get("/privacy")
@cached_page
def privacy():
    return render_template("citizen/privacy.html")


@bp.get("/accessibility")
@cached_page
def accessibility():
    return render_template("citizen/accessibility.html")


@bp.get("/crisis")
@cached_page
def crisis():
    return render_template("citizen/crisis.html")
