"""The Danish texts are plain (DESIGN.md § 10; issue 13 item 10): LIX under 40 on every
prose page, a median under 35 over the pages and over the chatbot's Danish responses, and
Danish quotation marks (»…«), never English ones.

LIX = words per sentence + percentage of words longer than six letters. A list item and a
heading count as a sentence, as readers take them one at a time. The contact page is left
out: it is names and addresses, not prose.
"""

import html
import re
import statistics
from pathlib import Path

import yaml

PROSE_PAGES = [
    "/",
    "/privacy",
    "/accessibility",
    "/crisis",
    "/check",
    "/how-we-assess",
    "/check/urgent",
    "/apply",
    "/resume",
    "/save",
]
DOMAIN = Path(__file__).parents[2] / "bot" / "domain.yml"


def lix_of_text(text: str, extra_sentences: int = 0) -> float:
    words = re.findall(r"[A-Za-zÆØÅæøåÉé]+", text)
    sentences = len(re.findall(r"[.!?:](\s|$)", text)) + extra_sentences
    long_words = sum(len(w) > 6 for w in words)
    return len(words) / max(1, sentences) + 100 * long_words / max(1, len(words))


def main_text(page_html: str) -> tuple[str, str]:
    main = re.search(r"<main.*?</main>", page_html, re.S).group(0)
    return main, html.unescape(re.sub(r"<[^>]+>", " ", main))


def lix(page_html: str) -> float:
    main, text = main_text(page_html)
    return lix_of_text(text, main.count("<li") + main.count("<h"))


def danish_bot_responses() -> dict[str, list[str]]:
    """The Danish text of every response in bot/domain.yml (the variant without the
    English condition)."""
    responses = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))["responses"]
    out = {}
    for name, variants in responses.items():
        texts = [v["text"] for v in variants if v.get("text") and not v.get("condition")]
        if texts:
            out[name] = texts
    return out


def test_lix_counts_long_sentences_as_harder():
    easy = "<main><p>Du får hjælp. Det er gratis. Du kan søge nu.</p></main>"
    hard = (
        "<main><p>Kommunalbestyrelsens kvalitetsstandard fastlægger serviceniveauet for "
        "tidligt forebyggende indsatser efter servicelovens bestemmelser.</p></main>"
    )
    assert lix(easy) < 35 < lix(hard)


def test_median_is_taken_over_pages():
    pages = ["<main><p>Du får hjælp. Det er gratis.</p></main>"] * 2
    pages.append(
        "<main><p>Kommunalbestyrelsens kvalitetsstandard fastlægger serviceniveauet.</p></main>"
    )
    assert statistics.median(lix(p) for p in pages) < 35 < max(lix(p) for p in pages)


def _danish_pages(make_app, municipality) -> dict[str, str]:
    client = make_app(municipality).test_client()
    client.post("/check/urgent", data={"urgent": "no"})  # so /save has something to save
    return {path: client.get(f"{path}?lang=da").get_data(as_text=True) for path in PROSE_PAGES}


def test_danish_pages_are_plain(make_app, municipality):
    pages = _danish_pages(make_app, municipality)
    scores = {path: round(lix(page), 1) for path, page in pages.items()}
    assert all(score < 40 for score in scores.values()), scores
    assert statistics.median(scores.values()) < 35, scores


def test_danish_pages_use_danish_quotation_marks(make_app, municipality):
    for path, page in _danish_pages(make_app, municipality).items():
        _main, text = main_text(page)
        assert '"' not in text and "“" not in text, path


def test_the_chatbots_danish_responses_are_plain():
    responses = danish_bot_responses()
    assert len(responses) >= 10
    scores = {name: lix_of_text(text) for name, texts in responses.items() for text in texts}
    assert statistics.median(scores.values()) < 35, scores
    assert all(score < 45 for score in scores.values()), scores
    quoted = [name for name, texts in responses.items() for t in texts if '"' in t]
    assert quoted == []
