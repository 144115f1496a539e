"""Search by what a caseworker has when a citizen calls (issue 11 item 9): the reference, a
name without regard to accents or Danish spellings, an e-mail address, a phone number or a
CPR number — through blind-index tokens, with nothing searchable kept in clear."""

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from portal.blind_index import fold, name_parts, norm_cpr, norm_phone
from portal.extensions import db
from portal.models import AuditEntry, Case, SearchToken
from portal.services import case_search
from tests.staff.factories import make_case


def found(query: str) -> set[int]:
    return set(
        db.session.scalars(select(Case.id).where(Case.id.in_(case_search.search_case_ids(query))))
    )


@pytest.fixture
def moller(ctx):
    other = make_case(name="Anna Hansen", phone="87654321", email="anna@example.org", cpr=None)
    case = make_case(
        name="Anne-Marie Møller",
        phone="+45 12 34 56 78",
        email="Anne.Moller@Example.ORG",
        cpr="010190-1234",
    )
    return case, other


@pytest.mark.parametrize(
    "query", ["Møller", "Moller", "moeller", "MØLLER", "anne-marie møller", "Møller Anne", "marie"]
)
def test_a_name_is_found_whatever_the_spelling_of_its_letters(moller, query):
    case, _ = moller
    assert found(query) == {case.id}


@pytest.mark.parametrize("query", ["Mølle", "Møller Hansen", "Anna Møller", "Jensen"])
def test_a_name_search_needs_every_word_whole(moller, query):
    assert found(query) == set()


@pytest.mark.parametrize("query", ["Ærø", "aero", "Aeroe", "AERØ", "Åse", "Aase", "ase"])
def test_danish_letters_match_their_usual_spellings(ctx, query):
    case = make_case(name="Åse Ærø")
    make_case(name="Asger Andersen")
    assert found(query) == {case.id}


@pytest.mark.parametrize(
    "query", ["anne.moller@example.org", "ANNE.MOLLER@EXAMPLE.ORG", " Anne.Moller@example.org "]
)
def test_an_email_address_is_found_in_any_case(moller, query):
    case, _ = moller
    assert found(query) == {case.id}


def test_part_of_an_email_address_finds_nothing(moller):
    assert found("example.org") == set()
    assert found("anne.moller@") == set()


@pytest.mark.parametrize(
    "query", ["12345678", "12 34 56 78", "+45 12 34 56 78", "+4512345678", "0045 1234 5678"]
)
def test_a_phone_number_is_found_with_or_without_spaces_and_country_code(moller, query):
    case, _ = moller
    assert found(query) == {case.id}


def test_a_phone_stored_without_country_code_is_found_with_it(moller):
    _, other = moller
    assert found("+45 87 65 43 21") == {other.id}
    assert found("8765432") == set()  # seven digits: too short to be a phone number


@pytest.mark.parametrize("query", ["010190-1234", "0101901234", "010190 1234"])
def test_a_cpr_number_is_found_with_or_without_the_dash(moller, query):
    case, _ = moller
    assert found(query) == {case.id}


def test_part_of_a_cpr_number_finds_nothing(moller):
    assert found("010190") == set()
    assert found("0101901235") == set()


def test_the_reference_is_found_in_part_and_in_any_case(ctx):
    case = make_case(reference="TI-2026-004711")
    make_case(reference="TI-2026-000815")
    assert found("ti-2026-004711") == {case.id}
    assert found("4711") == {case.id}


def test_like_wildcards_in_a_query_are_literal(moller):
    assert found("%") == set()
    assert found("_") == set()
    assert found("") == set()


def test_nothing_searchable_is_stored_in_clear(moller):
    """The case's columns hold Fernet tokens, the index holds HMACs: a plain read of both
    finds none of the values or their normalised forms."""
    with db.engine.connect() as conn:
        cases = conn.execute(sa.text('SELECT name, phone, email, cpr FROM "case"')).all()
        tokens = conn.execute(sa.text("SELECT kind, token FROM search_token")).all()
    assert all(v.startswith("gAAAAA") for row in cases for v in row if v is not None)
    assert {kind for kind, _ in tokens} == {"name", "phone", "email", "cpr", "area", "format"}
    assert all(len(tok) == 32 and int(tok, 16) >= 0 for _, tok in tokens)
    dump = repr(cases) + repr(tokens)
    for plain in ("møller", "moller", "anne", "12345678", "0101901234", "example.org", "debt"):
        assert plain not in dump.lower(), plain


def test_changing_a_name_re_indexes_the_case(moller):
    case, _ = moller
    case.name = "Anne-Marie Østergaard"
    db.session.commit()
    assert found("Østergaard") == {case.id}
    assert found("Møller") == set()
    assert found("anne marie") == {case.id}


def test_deleting_a_case_deletes_its_tokens(moller):
    case, other = moller
    db.session.delete(case)
    db.session.commit()
    remaining = set(db.session.scalars(select(SearchToken.case_id)))
    assert remaining == {other.id}


def test_other_cases_of_the_same_person_by_cpr(ctx):
    first = make_case(cpr="010190-1234")
    second = make_case(cpr="0101901234", name="Et Andet Navn")
    make_case(cpr="020290-1234")
    alone = make_case(cpr=None)
    assert case_search.same_person_case_ids(first) == [second.id]
    assert case_search.same_person_case_ids(second) == [first.id]
    assert case_search.same_person_case_ids(alone) == []


def test_area_and_format_filters_use_the_index(ctx):
    group = make_case(format_wish="group", areas=["debt"])
    single = make_case(format_wish="individual", areas=["coping_with_disability", "debt"])

    def ids(kind, code):
        return set(db.session.scalars(case_search.case_ids_with_code(kind, code)))

    assert ids("format", "individual") == {single.id}
    assert ids("area", "debt") == {group.id, single.id}
    assert ids("area", "coping_with_disability") == {single.id}
    with pytest.raises(ValueError):
        case_search.case_ids_with_code("name", "x")


def test_the_queue_searches_by_phone_and_audits_without_the_words(as_role, moller):
    client, user = as_role("caseworker")
    case, other = moller
    page = client.get("/staff/?status=all&q=%2B45+12+34+56+78").get_data(as_text=True)
    assert case.reference in page and other.reference not in page
    [entry] = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "search"))
    assert entry.actor_id == user.id
    assert "12" not in str(entry.detail) and entry.detail["results"] == 1


def test_the_queue_filters_by_format(as_role, ctx):
    client, _ = as_role("caseworker")
    group = make_case(format_wish="group")
    single = make_case(format_wish="individual")
    page = client.get("/staff/?status=all&format=individual").get_data(as_text=True)
    assert single.reference in page and group.reference not in page


@pytest.mark.parametrize(
    "spellings",
    [
        ("Møller", "Moller", "Moeller", "MØLLER", "Möller"),
        ("Ærø", "Aero", "Aeroe", "Æro"),
        ("Åse", "Aase", "Ase"),
        ("Müller", "Mueller", "Muller"),
        ("José", "Jose"),
        ("Łukasz", "Lukasz"),
        ("Strauß", "Strauss"),
    ],
)
def test_folding_makes_the_usual_spellings_equal(spellings):
    assert len({fold(s) for s in spellings}) == 1


def test_different_names_stay_different():
    assert fold("Møller") != fold("Mølle")
    assert fold("Hansen") != fold("Jensen")
    assert name_parts("Anne-Marie  O'Hara Møller") == ["anne", "hara", "marie", "moller", "o"]
    assert name_parts("") == [] and name_parts(None) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+45 12 34 56 78", "12345678"),
        ("0045 12345678", "12345678"),
        ("(+45) 12-34-56-78", "12345678"),
        ("4512345678", "12345678"),
        ("12 34 56 78", "12345678"),
        ("+46 70 123 45 67", "46701234567"),  # other countries keep their code
        ("1234567", None),
        ("", None),
    ],
)
def test_phone_normalisation(raw, expected):
    assert norm_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("010190-1234", "0101901234"),
        ("0101901234", "0101901234"),
        (" 010190 1234 ", "0101901234"),
        ("010190-123", None),
        ("010190-12345", None),
        ("01019O-1234", None),
        (None, None),
    ],
)
def test_cpr_normalisation(raw, expected):
    assert norm_cpr(raw) == expected
