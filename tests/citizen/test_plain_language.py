"""The Danish texts are plain: LIX under 40 (DESIGN.md § 10) on the pages that are prose.

LIX = words per sentence + percentage of words longer than six letters. A list item and a
heading count as a sentence, as readers take them one at a time. The contact page is left
out: it is names and addresses, not prose.
"""

import html
import re

import pytest

PROSE_PAGES = ["/", "/privacy", "/accessibility", "/crisis", "/check", "/how-we-assess"]


def lix(page_html: str) -> float:
    main = re.search(r"<main.*?</main>", page_html, re.S).group(0)
    text = html.unescape(re.sub(r"<[^>]+>", " ", main))
    words = re.findall(r"[A-Za-zÆØÅæøåÉé]+", text)
    sentences = len(re.findall(r"[.!?:](\s|$)", text)) + main.count("<li") + main.count("<h")
    long_words = sum(len(w) > 6 for w in words)
    return len(words) / max(1, sentences) + 100 * long_words / len(words)


def test_lix_counts_long_sentences_as_harder():
    easy = "<main><p>Du får hjælp. Det er gratis. Du kan søge nu.</p></main>"
    hard = (
        "<main><p>Kommunalbestyrelsens kvalitetsstandard fastlægger serviceniveauet for "
        "tidligt forebyggende indsatser efter servicelovens bestemmelser.</p></main>"
    )
    assert lix(easy) < 40 < lix(hard)


@pytest.mark.parametrize("path", PROSE_PAGES)
def test_danish_pages_are_plain(make_app, municipality, path):
    page = make_app(municipality).test_client().get(f"{path}?lang=da").get_data(as_text=True)
    assert lix(page) < 40
