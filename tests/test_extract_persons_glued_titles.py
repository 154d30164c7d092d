"""Persons: two title words a crawl glued together ("the Commission for ExternalRelations
X") are read as the two words, so the post goes on and the name after it is read; other
words with a capital inside ("McCain", "VnExpress") stay whole."""

from __future__ import annotations

from person_facts import persons_of

from ingest.extract.tokens import tokenize


def test_glued_title_words_are_two_words() -> None:
    words = [t.text for t in tokenize("the Commission for ForeignAffairs of McCain")]
    assert words == ["the", "Commission", "for", "Foreign", "Affairs", "of", "McCain"]


def test_a_post_with_glued_title_words_introduces_its_holder() -> None:
    text = "Head of the Party Commission for ExternalRelations Tran Van Hai met the press."
    assert persons_of(text) == {
        "Tran Van Hai": ("VNM", "Head of the Party Commission for External Relations")
    }
