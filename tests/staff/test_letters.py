"""Decision letters: each municipality's own texts and complaint rules, in the citizen's
language, as tagged PDF, sent by e-mail through the outbox in the decision's transaction,
and the Digital Post seam (default: not configured, marked for post)."""

from __future__ import annotations

import re
import subprocess
import sys
import types
import zlib
from datetime import date

import pytest
import yaml

from portal.extensions import db
from portal.models import AuditEntry, Case, CaseEvent, OutboxMessage
from portal.municipality.profile import (
    LETTER_KINDS,
    PROFILE_DIR,
    ProfileError,
    load_profile,
    validate_profile,
)
from portal.services import cases as case_service
from portal.services import digital_post, letters, outbox
from portal.services.digital_post import Receipt
from tests.staff.factories import make_case, make_staff
from tests.support.smtp import SmtpServer

OTHER = {"hedensted": "vordingborg", "vordingborg": "hedensted"}
SMTP_OFF_BUT_SET = "smtp://127.0.0.1:9"  # enqueue needs a URL; nothing is sent in tests


class RecordingDigitalPostForTests:
    """A test stand-in for a Digital Post connection: records what it was given."""

    def __init__(self):
        self.sent: list[tuple[int, str, str]] = []

    def send(self, case, letter) -> Receipt:
        self.sent.append((case.id, letter.kind, letter.subject))
        return Receipt(handed_over=True, reference=f"DP-{len(self.sent)}")


@pytest.fixture
def town_ctx(make_app, request):
    """An app context for the municipality named by the test's `town` parameter."""
    app = make_app(request.param if hasattr(request, "param") else "hedensted")
    with app.app_context():
        yield app
        db.session.remove()


def decided(kind: str, **case_values) -> Case:
    """A case moved to `kind` by the real operation (so the letter is issued)."""
    user = make_staff("caseworker")
    values = {"status": "in_review", "assignee_id": user.id}
    values.update(case_values)
    case = make_case(**values)
    if kind == "closed":
        case_service.change_status(
            case, user, "granted_group", reason="Passer til gruppen.", start_date=date(2026, 3, 2)
        )
    offer = "economic_advice" if kind == "referred" else None
    case_service.change_status(
        case,
        user,
        kind,
        reason="Begrundelse skrevet af rådgiveren.",
        offer=offer,
        start_date=date(2026, 3, 2),
    )
    return case


def newest_letter(case: Case) -> CaseEvent:
    return letters.sent_letters(case)[0]


def complaint_paragraphs(town: str, lang: str) -> list[str]:
    return [p[lang] for p in load_profile(town)["letters"]["complaint"]["paragraphs"]]


@pytest.mark.parametrize("town_ctx", ["hedensted", "vordingborg"], indirect=True)
@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_every_letter_has_its_own_complaint_text_and_none_of_the_others(town_ctx, lang, kind):
    town = town_ctx.extensions["municipality"]["id"]
    case = decided(kind, lang=lang)
    text = letters.Letter.from_data(newest_letter(case).data["letter"]).as_text()
    flat = " ".join(text.split())
    for paragraph in complaint_paragraphs(town, lang):
        assert " ".join(paragraph.split()) in flat
    for paragraph in complaint_paragraphs(OTHER[town], lang) + complaint_paragraphs(
        OTHER[town], "da" if lang == "en" else "en"
    ):
        assert " ".join(paragraph.split()) not in flat
    # Distinctive words of the other municipality's rules and contacts never leak in.
    foreign = {
        "hedensted": ["15 a", "Psykiatri og Handicap", "Psychiatry and Disability", "Vordingborg"],
        "vordingborg": ["bestemt opgave", "specific task", "79 75 58 20", "Hedensted"],
    }[town]
    for word in foreign:
        assert word not in text
    assert "{" not in text and "}" not in text  # every placeholder filled


def test_hedensted_letter_names_the_rule_for_people_referred_here_instead(make_app):
    app = make_app("hedensted")
    with app.app_context():
        text = letters.Letter.from_data(
            newest_letter(decided("granted_individual")).data["letter"]
        ).as_text()
        assert "du kan klage, hvis du for eksempel har søgt om hjælp til en bestemt opgave" in (
            " ".join(text.split())
        )
        english = letters.Letter.from_data(
            newest_letter(decided("rejected", lang="en")).data["letter"]
        ).as_text()
        assert "you can complain if, for example, you applied for help with a specific task" in (
            " ".join(english.split())
        )
        db.session.remove()


def test_english_letter_is_english_throughout(make_app):
    app = make_app("vordingborg")
    with app.app_context():
        letter = letters.build(decided("granted_group", lang="en"))
        assert letter.lang == "en"
        assert letter.subject == "You get a group course"
        assert letter.words["greeting"].startswith("Dear ")
        assert "March 2, 2026" in letter.as_text()  # English long date (Babel "en")
        for danish in ("Du har søgt", "Klagevejledning", "Kære", "marts"):
            assert danish not in letter.as_text()
        danish_letter = letters.build(decided("granted_group", lang="da"))
        assert "2. marts 2026" in danish_letter.as_text()
        assert "Kære" in danish_letter.as_text()
        db.session.remove()


def test_course_dates_and_evaluation_only_where_the_seed_gives_one(make_app):
    app = make_app("vordingborg")
    with app.app_context():
        text = letters.build(decided("granted_group")).as_text()
        # Start 2 March 2026 + 20 weeks = 20 July 2026; + 6 months = 2 September 2026.
        assert "20. juli 2026" in text and "2. september 2026" in text
        db.session.remove()
    app = make_app("hedensted")
    with app.app_context():
        text = letters.build(decided("granted_group")).as_text()
        assert "2. september 2026" in text
        assert "20. juli 2026" not in text and "evaluering" not in text.lower()
        db.session.remove()


def test_referral_letter_names_the_offer_and_its_contact_and_the_reason(make_app):
    app = make_app("hedensted")
    with app.app_context():
        letter = letters.build(decided("referred"))
        assert "Økonomisk rådgivning på Rådhuset" in letter.as_text()
        assert "Hedensted Kommunes Rådhus" in letter.as_text()
        assert letter.reason == "Begrundelse skrevet af rådgiveren."
        # A grant carries no reason section (the citizen got what they asked for).
        assert letters.build(decided("granted_both")).reason is None
        db.session.remove()


def test_withdrawn_and_reopened_cases_get_no_letter(ctx):
    lead = make_staff("lead")
    case = make_case(status="in_review")
    case_service.change_status(case, lead, "withdrawn", reason="Borgeren trak ansøgningen.")
    assert letters.sent_letters(case) == []
    case_service.change_status(case, lead, "in_review", reason="Borgeren vil alligevel.")
    assert letters.sent_letters(case) == []
    with pytest.raises(case_service.CaseError):
        letters.build(case)


# --- PDF ------------------------------------------------------------------------------------


# pdftotext and pdfinfo come from poppler-utils (scripts/ensure-system-deps installs it).
def _pdf_objects(pdf: bytes) -> bytes:
    """The PDF with its compressed streams inflated (the catalogue sits in one)."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"".join(parts)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_pdf_is_tagged_has_text_and_the_letters_language(make_app, tmp_path, lang):
    app = make_app("vordingborg")
    with app.app_context():
        letter = letters.build(decided("rejected", lang=lang, name="Åse Ærø"))
        pdf = letters.render_pdf(letter)
        db.session.remove()
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    assert pdf.startswith(b"%PDF-")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert letter.subject in flat
    assert "Åse Ærø" in flat
    assert " ".join(complaint_paragraphs("vordingborg", lang)[0].split()) in flat
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(rf"^Title:\s+{re.escape(letter.subject)}$", info, re.M)
    structure = subprocess.run(
        ["pdfinfo", "-struct", str(path)], capture_output=True, check=True, text=True
    ).stdout
    assert "H1" in structure and "P" in structure
    objects = _pdf_objects(pdf)
    assert f"/Lang ({lang})".encode() in objects
    metadata = subprocess.run(
        ["pdfinfo", "-meta", str(path)], capture_output=True, check=True, text=True
    ).stdout
    assert 'pdfuaid:part="1"' in metadata


# --- delivery: outbox, Digital Post, post -----------------------------------------------------


def test_email_letter_is_queued_in_the_decisions_transaction(make_app):
    app = make_app("hedensted", SMTP_URL=SMTP_OFF_BUT_SET)
    with app.app_context():
        case = decided("granted_group", email="borger@example.org", lang="en")
        event = newest_letter(case)
        assert event.data["channel"] == "email"
        [row] = db.session.query(OutboxMessage).all()
        assert (row.kind, row.case_id, row.id) == ("letter", case.id, event.data["outbox_id"])
        assert "Subject: You get a group course" in row.message
        assert "Content-Language: en" in row.message
        audit = db.session.query(AuditEntry).filter_by(action="letter_sent").one()
        assert audit.detail == {"kind": "granted_group", "channel": "email", "resend": False}
        assert "borger@example.org" not in str(audit.detail)
        db.session.remove()


def test_a_failed_decision_leaves_no_letter_in_the_outbox(make_app, monkeypatch):
    """The e-mail and the decision commit together: when the transaction fails after the
    e-mail was queued, neither is saved."""
    app = make_app("hedensted", SMTP_URL=SMTP_OFF_BUT_SET)
    with app.app_context():
        user = make_staff("caseworker")
        case = make_case(status="in_review", email="borger@example.org")
        case_id = case.id
        real_issue = letters.issue

        def issue_then_fail(case, actor, resend=False):
            real_issue(case, actor, resend)
            db.session.flush()  # the outbox row reached the database ...
            assert db.session.query(OutboxMessage).count() == 1
            raise RuntimeError("the database went away")  # ... then the commit never came

        monkeypatch.setattr(letters, "issue", issue_then_fail)
        with pytest.raises(RuntimeError):
            case_service.change_status(case, user, "rejected", reason="Ikke målgruppen.")
        db.session.rollback()
        db.session.expire_all()
        assert db.session.query(OutboxMessage).count() == 0
        assert db.session.get(Case, case_id).status == "in_review"
        db.session.remove()


def test_letter_reaches_a_real_smtp_server(make_app, tmp_path):
    with SmtpServer(tmp_path) as smtp:
        app = make_app("vordingborg", SMTP_URL=smtp.url)
        with app.app_context():
            decided("rejected", email="borger@example.org")
            result = outbox.run_due()
            assert result.sent == 1
            db.session.remove()
        [message] = smtp.messages()
    assert message["To"] == "borger@example.org"
    assert message["Subject"] == "Du får ikke tidlig forebyggende indsats"
    body = " ".join(message.get_content().split())
    assert " ".join(complaint_paragraphs("vordingborg", "da")[0].split()) in body


def test_without_email_and_digital_post_the_letter_is_marked_for_post(as_role):
    assert isinstance(digital_post.current(), digital_post.NotConfigured)
    assert digital_post.current().send(None, None) == Receipt(handed_over=False)
    client, user = as_role("caseworker")
    case = make_case(status="in_review", email=None, assignee_id=user.id)
    case_service.change_status(case, user, "rejected", reason="Ikke målgruppen.")
    assert newest_letter(case).data["channel"] == "post"
    assert db.session.query(OutboxMessage).count() == 0
    page = client.get(f"/staff/cases/{case.id}?lang=en").get_data(as_text=True)
    assert "Print the letter or its PDF and send it by post." in page
    assert "marked for sending by post" in page  # the contact log and history


def test_email_given_but_smtp_off_falls_back_to_post(ctx):
    user = make_staff("caseworker")
    case = make_case(status="in_review", email="borger@example.org")
    case_service.change_status(case, user, "rejected", reason="Ikke målgruppen.")
    assert newest_letter(case).data["channel"] == "post"


def test_digital_post_stand_in_records_and_takes_precedence(make_app):
    app = make_app("hedensted", SMTP_URL=SMTP_OFF_BUT_SET)
    recording = RecordingDigitalPostForTests()
    app.extensions["digital_post"] = recording
    with app.app_context():
        assert digital_post.is_configured()
        case = decided("granted_both", email="borger@example.org")
        event = newest_letter(case)
        assert event.data["channel"] == "digital_post"
        assert event.data["receipt"] == "DP-1"
        assert recording.sent == [
            (case.id, "granted_both", "Du får et forløb i en gruppe og alene")
        ]
        assert db.session.query(OutboxMessage).count() == 0
        db.session.remove()


# --- the survey hook --------------------------------------------------------------------------


def test_closing_letter_carries_the_survey_link_when_one_exists(make_app, monkeypatch):
    survey = types.ModuleType("portal.services.survey")
    survey.survey_link = lambda case: f"https://survey.example/{case.reference}"
    monkeypatch.setitem(sys.modules, "portal.services.survey", survey)
    app = make_app("vordingborg")
    with app.app_context():
        case = decided("closed")
        text = letters.Letter.from_data(newest_letter(case).data["letter"]).as_text()
        assert f"https://survey.example/{case.reference}" in text
        db.session.remove()
    app = make_app("hedensted")  # seed 002 has no user survey
    with app.app_context():
        sent = newest_letter(decided("closed")).data["letter"]
        assert "survey.example" not in letters.Letter.from_data(sent).as_text()
        db.session.remove()


def test_closing_letter_without_a_survey_module_has_no_link(make_app, monkeypatch):
    monkeypatch.setitem(sys.modules, "portal.services.survey", None)  # import fails
    app = make_app("vordingborg")
    with app.app_context():
        letter = letters.Letter.from_data(newest_letter(decided("closed")).data["letter"])
        assert letter.survey is None
        db.session.remove()


# --- the letter step (views) ------------------------------------------------------------------


def test_confirmation_page_previews_the_letter_and_how_it_goes(as_role):
    client, user = as_role("caseworker")
    case = make_case(status="in_review", assignee_id=user.id, lang="en")
    page = client.post(
        f"/staff/cases/{case.id}/status?lang=en",
        data={"to_status": "rejected", "reason": "Not the target group.", "version": case.version},
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'id="letter-preview"' in html and 'lang="en"' in html
    assert "You do not get early preventive intervention" in html
    assert "Not the target group." in html
    assert "marked for sending by post" in html
    assert letters.sent_letters(db.session.get(Case, case.id)) == []  # nothing saved yet


def test_letter_page_pdf_and_send_again(as_role):
    client, user = as_role("caseworker")
    case = decided("granted_individual", lang="en")
    page = client.get(f"/staff/cases/{case.id}/letter?lang=da")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert '<article class="ti-letter" lang="en"' in html
    assert "You get one-to-one support" in html  # the letter in the citizen's language
    assert "Afgørelsesbrev" in html  # the page around it in the staff user's
    assert "seed 002 &#39;Klagemuligheder&#39;" in html  # the complaint text's source
    pdf = client.get(f"/staff/cases/{case.id}/letter.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert pdf.data.startswith(b"%PDF-")
    db.session.expire_all()
    case = db.session.get(Case, case.id)
    again = client.post(f"/staff/cases/{case.id}/letter/send", data={"version": case.version})
    assert again.status_code == 302
    db.session.expire_all()
    sent = letters.sent_letters(db.session.get(Case, case.id))
    assert len(sent) == 2 and sent[0].data["resend"] is True
    assert db.session.query(AuditEntry).filter_by(action="letter_sent").count() == 2
    listing = client.get(f"/staff/cases/{case.id}/letter?lang=en").get_data(as_text=True)
    assert "(sent again)" in listing and "The letter is sent again." not in listing


def test_send_again_from_a_stale_page_is_refused(as_role):
    client, user = as_role("caseworker")
    case = decided("rejected")
    stale = client.post(
        f"/staff/cases/{case.id}/letter/send?lang=en", data={"version": case.version - 1}
    )
    assert stale.status_code == 409
    assert "A colleague changed this case" in stale.get_data(as_text=True)
    db.session.expire_all()
    assert len(letters.sent_letters(db.session.get(Case, case.id))) == 1


def test_no_letter_before_a_decision(as_role):
    client, user = as_role("caseworker")
    case = make_case(status="in_review")
    assert client.get(f"/staff/cases/{case.id}/letter").status_code == 404
    refused = client.post(
        f"/staff/cases/{case.id}/letter/send?lang=en", data={"version": case.version}
    )
    assert refused.status_code == 400
    assert "There is no decision letter for this case" in refused.get_data(as_text=True)
    page = client.get(f"/staff/cases/{case.id}").get_data(as_text=True)
    assert 'id="letter-step"' not in page


def test_a_sent_letter_is_shown_as_sent_even_after_the_case_changed(as_role):
    client, user = as_role("lead")
    case = decided("rejected", lang="da")
    first = newest_letter(case)
    case_service.change_status(case, user, "in_review", reason="Genoptaget.")
    page = client.get(f"/staff/cases/{case.id}/letter?sent={first.id}")
    assert page.status_code == 200
    assert "Du får ikke tidlig forebyggende indsats" in page.get_data(as_text=True)
    assert client.get(f"/staff/cases/{case.id}/letter?sent=999999").status_code == 404


# --- the profile's letters --------------------------------------------------------------------


def _raw(town: str) -> dict:
    return yaml.safe_load((PROFILE_DIR / f"{town}.yml").read_text(encoding="utf-8"))


def test_unknown_placeholder_in_a_letter_is_refused():
    raw = _raw("vordingborg")
    raw["letters"]["kinds"]["rejected"]["paragraphs"][0]["en"] += " {phone}"
    with pytest.raises(ProfileError, match=r"letters.kinds.rejected.paragraphs.en: .*\{phone\}"):
        validate_profile(raw, "vordingborg")


def test_a_letter_may_not_promise_an_evaluation_date_the_seed_does_not_give():
    raw = _raw("hedensted")
    raw["letters"]["kinds"]["granted_group"]["paragraphs"][0]["da"] += " {evaluation_date}"
    with pytest.raises(ProfileError, match="evaluation_fill_in"):
        validate_profile(raw, "hedensted")


def test_every_letter_kind_is_required():
    raw = _raw("hedensted")
    del raw["letters"]["kinds"]["closed"]
    with pytest.raises(ProfileError, match="letters.kinds.closed"):
        validate_profile(raw, "hedensted")


def test_letter_page_shows_the_emails_state_in_the_outbox(make_app):
    from tests.staff.conftest import login_as

    app = make_app("hedensted", SMTP_URL=SMTP_OFF_BUT_SET)
    with app.app_context():
        user = make_staff("caseworker")
        client = app.test_client()
        login_as(client, user)
        case = decided("rejected", email="borger@example.org")
        url = f"/staff/cases/{case.id}/letter?lang=en"
        assert "Sent by e-mail: waiting to be sent" in client.get(url).get_data(as_text=True)
        row = db.session.query(OutboxMessage).one()
        row.status = "failed"
        db.session.commit()
        html = client.get(url).get_data(as_text=True)
        assert "could not be sent: print the letter and send it by post" in html
        row.status, row.sent_at = "sent", row.created_at
        db.session.commit()
        assert "handed to the mail server" in client.get(url).get_data(as_text=True)
        db.session.delete(row)  # deleted a day after sending: the letter's record stays
        db.session.commit()
        html = client.get(url).get_data(as_text=True)
        assert "Sent by e-mail" in html and "waiting to be sent" not in html
        db.session.remove()


def test_closing_letter_carries_a_real_single_use_survey_link(make_app):
    """Vordingborg (seed 000 § 12): the sent closing letter gets a link from
    services/survey.py with one invite row; previews make none."""
    from portal.models import SurveyInvite

    app = make_app("vordingborg", PORTAL_BASE_URL="https://portal.example")
    with app.app_context():
        case = decided("closed")
        text = letters.Letter.from_data(newest_letter(case).data["letter"]).as_text()
        assert re.search(r"https://portal\.example/survey/[\w-]{20,}", text)
        assert db.session.query(SurveyInvite).count() == 1
        with app.test_request_context("/?lang=en"):
            preview = letters.build(case)
        assert "/survey/" not in preview.as_text()
        assert "et personligt link, som bliver lavet, når brevet bliver sendt" in preview.as_text()
        db.session.rollback()
        assert db.session.query(SurveyInvite).count() == 1
        db.session.remove()
