"""Information pages: the offer, contact, privacy, accessibility, emergency help."""

from flask import render_template

from portal.citizen import bp


@bp.get("/")
def offer():
    return render_template("citizen/offer.html")


@bp.get("/contact")
def contact():
    return render_template("citizen/contact.html")


@bp.get("/privacy")
def privacy():
    return render_template("citizen/privacy.html")


@bp.get("/accessibility")
def accessibility():
    return render_template("citizen/accessibility.html")


@bp.get("/crisis")
def crisis():
    return render_template("citizen/crisis.html")
