"""Office phrases of `meeting_actors`: the trie of posts finds what the listed alternation
of posts finds ("the Deputy PM", "the Russian President", "the visiting minister")."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from ingest.extract import meeting_actors

_LISTED = r"(?:(?:Deputy|Vice|deputy|vice)[ -])?(?:" + meeting_actors._OFFICE_WORDS + r")"
_OFFICE_LISTED = re.compile(
    meeting_actors._lead("the", "The", "his", "her", "His", "Her")
    + r"\s+(?:(?P<post>"
    + _LISTED
    + r")|(?P<dem>[A-Z][\w-]+)\s+(?P<head>"
    + _LISTED
    + r"))\b(?!\s+[A-Z][a-z])"
)
_PIECES = st.sampled_from(
    ["the ", "The ", "his ", "visiting ", "guest ", "Deputy ", "vice-", "Prime ", "Minister"]
    + ["President", "NA Chair", "man", "woman", "PM", "DPM", "Russian ", "Head of State", " "]
    + ["Chinh", "s", ",", "-", "Secretary-General", "General Secretary", "leader", "official"]
)


@given(st.lists(_PIECES, max_size=20).map("".join))
def test_meeting_actors_office_trie_same_as_listed_posts(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in meeting_actors._OFFICE_RE.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in _OFFICE_LISTED.finditer(text)]
