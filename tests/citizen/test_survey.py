"""The user survey (seed 000 § 12; issue 13 item 2): offered on the receipt and by a
single-use link after the course, anonymous, switched per profile, counted in the staff
statistics."""

import re

import pytest
from sqlalchemy import inspect, select, text

from portal.extensions import db
from portal.models import SurveyInvite, SurveyResponse
from portal.services import survey as service
from tests.citizen.test_questionnaire import main_of
from tests.staff.conftest import login_as
from tests.staff.factories import make_case, make_staff
from tests.support.application import SCREENING, fill_in, give_screening_answers, send

ANSWERS = {"ease": "easy", "understood": "partly", "comment": "Godt, men lang formular."}


def apply(app, client):
    give_screening_answers(app, client, SCREENING)
    response = send(client, fill_in(client))
    assert response.status_code == 303
    return client.get(response.headers["Location"] + "?lang=da")


def test_the_receipt_offers_the_survey_in_vordingborg(make_app):
    app = make_app("vordingborg")
    client = app.test_client()
    receipt = main_of(apply(app, client))
    assert "Hvad synes du om at søge?" in receipt
    assert 'href="/survey"' in receipt


def test_hedensted_has_no_survey(make_app):
    """Seed 002 names no user survey: off (profile provenance: fill_in)."""
    app = make_app("hedensted")
    client = app.test_client()
    assert 'href="/survey"' not in main_of(apply(app, client))
    assert client.get("/survey").status_code == 404
    with app.test_request_context():
        assert service.survey_link(None) == ""


def test_survey_on_the_receipt_reaches_the_statistics(make_app):
    app = make_app("vordingborg")
    client = app.test_client()
    apply(app, client)
    assert "Hvor let var det at søge?" in main_of(client.get("/survey?lang=da"))
    response = client.post("/survey?lang=da", data=ANSWERS)
    assert response.status_code == 200
    assert "Tak for dine svar" in main_of(response)
    # Once per receipt: a second post is not counted.
    client.post("/survey", data=ANSWERS)
    with app.app_context():
        rows = db.session.scalars(select(SurveyResponse)).all()
        assert len(rows) == 1
        # Anonymous: no column could link the answer to a case or a visitor.
        columns = {c.key for c in inspect(SurveyResponse).columns}
        assert columns == {
            "id",
            "channel",
            "ease",
            "understood",
            "helped",
            "comment",
            "answered_on",
        }
        raw = str(db.session.execute(text("SELECT comment FROM survey_response")).one())
        assert "lang formular" not in raw  # the comment is encrypted
        staff = app.test_client()
        login_as(staff, make_staff("lead"))
    page = staff.get("/staff/statistics?lang=da").get_data(as_text=True)
    section = page[page.index('id="survey-heading"') :]
    assert "Svar efter ansøgningen: 1." in section
    easy = re.search(r"<td>Let</td><td[^>]*>(\d+)</td>", section)
    assert easy and easy.group(1) == "1"
    assert "Godt, men lang formular." in section


def test_unanswered_questions_get_clear_errors_and_keep_the_comment(make_app):
    app = make_app("vordingborg")
    client = app.test_client()
    apply(app, client)
    response = client.post("/survey?lang=da", data={"comment": "Min kommentar"})
    assert response.status_code == 400
    page = main_of(response)
    assert 'href="#ease"' in page and 'href="#understood"' in page
    assert "Vælg et svar." in page
    assert "Min kommentar" in page
    with app.app_context():
        assert db.session.scalars(select(SurveyResponse)).first() is None


def test_the_receipt_survey_needs_a_receipt(make_app):
    client = make_app("vordingborg").test_client()
    assert client.get("/survey").status_code == 403
    assert client.post("/survey", data=ANSWERS).status_code == 403


def test_course_link_works_once_and_stores_no_case(make_app):
    app = make_app("vordingborg")
    client = app.test_client()
    with app.test_request_context():
        case = make_case()
        link = service.survey_link(case)
        db.session.commit()
        invite = db.session.scalars(select(SurveyInvite)).one()
        assert {c.key for c in inspect(SurveyInvite).columns} == {
            "id",
            "token_hash",
            "expires_at",
            "used_at",
        }
    path = re.sub(r"^https?://[^/]+", "", link)
    token = path.rsplit("/", 1)[1]
    assert token not in invite.token_hash
    assert "Hjalp støtten dig?" in main_of(client.get(path + "?lang=da"))
    course = {"helped": "yes", "understood": "yes"}
    assert client.post(path, data=course).status_code == 200
    again = client.post(path + "?lang=da", data=course)
    assert again.status_code == 410
    assert "allerede brugt" in main_of(again)
    assert client.get(path).status_code == 410
    with app.app_context():
        rows = db.session.scalars(select(SurveyResponse)).all()
        assert [(r.channel, r.helped) for r in rows] == [("course", "yes")]


def test_an_unknown_course_link_is_refused(make_app):
    client = make_app("vordingborg").test_client()
    response = client.get("/survey/not-a-real-token?lang=da")
    assert response.status_code == 404
    assert "Vi kan ikke finde" in main_of(response)


def test_an_expired_course_link_is_refused(make_app):
    app = make_app("vordingborg")
    client = app.test_client()
    with app.test_request_context():
        link = service.survey_link(make_case())
        invite = db.session.scalars(select(SurveyInvite)).one()
        invite.expires_at = invite.expires_at.replace(year=2000)
        db.session.commit()
    path = re.sub(r"^https?://[^/]+", "", link)
    assert client.post(path, data={"helped": "no", "understood": "no"}).status_code == 410


@pytest.mark.parametrize("lang", ["da", "en"])
def test_statistics_show_the_survey_switched_off_in_hedensted(make_app, lang):
    app = make_app("hedensted")
    with app.app_context():
        staff = app.test_client()
        login_as(staff, make_staff("lead"))
    page = staff.get(f"/staff/statistics?lang={lang}").get_data(as_text=True)
    assert 'id="survey-heading"' in page
    assert 'data-survey="receipt"' not in page
