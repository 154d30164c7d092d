"""sentences/countries/tokens: the fast scans agree with their plain formulations.

`split_sentences` scans the whole text for sentence ends once instead of once per
paragraph; `WordStarts` tests a class of first letters before its trie; a run's tokens
come from one `findall` of (gap, word) pairs with running offsets. These properties pin
each to the plain version on adversarial text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.countries import WordStarts
from ingest.extract import persons, sentences
from ingest.extract.sentences import Span, split_sentences
from ingest.extract.tokens import _glued_post, _glued_titles, tokenize

PIECES = st.sampled_from(
    ["He came", ".", ". ", "! ", "? ", "… ", "\n", "\n\n", " \n", "\t", " ", "Mr. ", "A. ",
     "U.S. ", "1. ", "12. ", '." ', ".) ", "the", "The", "President", "president", "PRESIDENT",
     "Presidential", "President-elect", "Vice-President", "-President", "H.E. ", "H.E.x",
     "Mr.", "Dr", "Minister", "Ministers", "counterpart", "His", "Her", "Putin’s", "Putin's",
     "said.", "Đặng", "Việt", "é", "–", "’", "İ", "x", "_", "&", ",", "'", "Viet Nam", "Lao"]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=40).map("".join)


# ── sentences ───────────────────────────────────────────────────────────────────────


def _plain_sentences(text: str) -> list[Span]:
    """The formulation with one scan per paragraph, from the module's own pieces."""
    spans: list[Span] = []
    ends = sentences._END if "!" in text or "?" in text or "…" in text else sentences._PERIOD_END
    if sentences._GLUED.search(text):
        ends = sentences._GLUED_END
    for para_start, para_end in sentences._paragraph_bounds(text):
        start = para_start
        for match in ends.finditer(text, para_start, para_end):
            at = match.start()
            if sentences._is_abbreviation(text, at, match.group()):
                continue
            if sentences._is_list_number(text, start, at):
                continue
            sentences._add_trimmed(spans, text, start, match.end())
            start = match.end()
        sentences._add_trimmed(spans, text, start, para_end)
    return spans


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_sentences_one_scan_equals_scans_per_paragraph(text: str) -> None:
    assert split_sentences(text) == _plain_sentences(text)


# ── word starts ─────────────────────────────────────────────────────────────────────

WORDS = ["President", "president", "President-elect", "Minister", "H.E.", "Mr.", "Mr", "His"]
_PLAIN_WORDS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(map(re.escape, sorted(WORDS, key=len, reverse=True)))
    + r")(?![\w-])"
)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_word_starts_equal_plain_regex_scan(text: str) -> None:
    assert WordStarts(WORDS).starts(text) == [m.start() for m in _PLAIN_WORDS.finditer(text)]


# ── tokens ──────────────────────────────────────────────────────────────────────────

_TOKEN = re.compile(r"\w[\w'’&.-]*|[^\w\s]")


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_tokens_start_where_the_plain_token_scan_starts(text: str) -> None:
    """Every token starts where a plain `finditer` token starts (a possessive or a final
    period cut off starts inside one, as does the name after a glued initial "D.Name"),
    and covers text that is really there."""
    starts = {m.start() for m in _TOKEN.finditer(text)}
    ends = {m.end() for m in _TOKEN.finditer(text)}
    for m in _TOKEN.finditer(text):  # "Ministerthe", "ForeignAffairs": glued by a crawl
        if cut := _glued_post(m.group()) or _glued_titles(m.group()):
            starts.add(m.start() + cut)
            ends.add(m.start() + cut)
    for token in tokenize(text):
        if token.text and token.text != "'s":  # a possessive is spelled one way
            assert text[token.start : token.start + len(token.text)] == token.text
        glued = token.start >= 2 and text[token.start - 1] == "." and token.start - 2 in starts
        assert token.start in starts or text[token.start] in "'’" or glued
        if token.text != "'s":  # "'s" stands for a bare apostrophe too
            initial = token.end == token.start + 2 and token.text.endswith(".")
            assert token.end in ends or text[token.end] in ".'’" or initial


# ── name hits ───────────────────────────────────────────────────────────────────────


def _plain_name_hits(text: str, forms: set[str]) -> list[tuple[int, int]]:
    """One `str.find` scan per form, the longest form first at each place."""
    found: list[tuple[int, int, int]] = []
    for form in forms:
        at = text.find(form)
        while at != -1:
            end = at + len(form)
            before, after = text[at - 1 : at] or " ", text[end : end + 1] or " "
            if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
                found.append((at, -len(form), end))
            at = text.find(form, at + 1)
    hits: list[tuple[int, int]] = []
    for at, _, end in sorted(found):
        if not hits or at >= hits[-1][1]:
            hits.append((at, end))
    return hits


NAMES = st.sampled_from(["Putin", "Vladimir Putin", "V. Putin", "Vladimir", "Lam", "To Lam", "Tô"])
NAME_TEXT = st.lists(st.one_of(NAMES, PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(NAME_TEXT, st.sets(NAMES, min_size=1))
def test_name_hits_by_first_letter_equal_finds_per_form(text: str, forms: set[str]) -> None:
    assert persons._name_hits(text, forms) == _plain_name_hits(text, forms)
