"""Phone numbers in bot answers become tel: links; nothing else does, and text stays escaped."""

import pytest

from portal.chat.phones import tel_links


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Ring 112.", 'Ring <a href="tel:112">112</a>.'),
        ("Livslinien: 70 201 201", 'Livslinien: <a href="tel:+4570201201">70 201 201</a>'),
        ("79 75 58 20 (09.00-13.00)", '<a href="tel:+4579755820">79 75 58 20</a> (09.00-13.00)'),
        ("ring 79755820", 'ring <a href="tel:+4579755820">79755820</a>'),
        ("+45 24 60 97 77", '<a href="tel:+4524609777">+45 24 60 97 77</a>'),
        (
            "1.\u00a070\u00a0201\u00a0201",
            '1.\u00a0<a href="tel:+4570201201">70\u00a0201\u00a0201</a>',
        ),
    ],
)
def test_danish_numbers_and_112_are_linked(text, linked):
    assert str(tel_links(text)) == linked


@pytest.mark.parametrize(
    "text",
    [
        "Serviceloven § 112 og §112",
        "senest 20 uger, højst 6 måneder, 10 dage",
        "29. maj 2024, kl. 09.00-13.00",
        "8723 Løsning",
        "1120 og 11223344556 og 123456789",
    ],
)
def test_other_numbers_are_left_alone(text):
    assert str(tel_links(text)) == text


def test_the_rest_of_the_text_is_escaped():
    assert str(tel_links("<script>x</script> 112")) == (
        '&lt;script&gt;x&lt;/script&gt; <a href="tel:112">112</a>'
    )
