"""split_sentences / paragraphs: offsets, abbreviations, initials, hard wraps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.sentences import paragraphs, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He came. She left.", ["He came.", "She left."]),
        ("Mr. Son met Dr. Lee. They talked.", ["Mr. Son met Dr. Lee.", "They talked."]),
        (
            "Her Russian counterpart A. Rudenko came. Good.",
            ["Her Russian counterpart A. Rudenko came.", "Good."],
        ),
        ("The U.S. President spoke. Then", ["The U.S. President spoke.", "Then"]),
        ("Decree No. 5 took effect. Later", ["Decree No. 5 took effect.", "Later"]),
        ("Growth was 3.5 percent. It rose.", ["Growth was 3.5 percent.", "It rose."]),
        ('He said "Yes." She agreed.', ['He said "Yes."', "She agreed."]),
        ("Title line\nBody sentence.", ["Title line", "Body sentence."]),
        ("A hard\nwrapped line. Next", ["A hard\nwrapped line.", "Next"]),
        ("One.\n\n\nTwo?", ["One.", "Two?"]),
        ("ends in 2025. 15 leaders came.", ["ends in 2025.", "15 leaders came."]),
        (
            "Envoy Senior Lieut. Gen. Tran Van Hai arrived. Talks began.",
            ["Envoy Senior Lieut. Gen. Tran Van Hai arrived.", "Talks began."],
        ),
        # wire copy that lost the space after a period still ends the sentence there
        (
            "He thanked Minister Vo Hoa.Hoa said on March 3.The talks ended. Mr.Ky came.",
            [
                "He thanked Minister Vo Hoa.",
                "Hoa said on March 3.",
                "The talks ended.",
                "Mr.Ky came.",
            ],
        ),
        ("It cost 2.5 million. The U.S.Navy came.", ["It cost 2.5 million.", "The U.S.Navy came."]),
        # the Indian "Smt." (Shrimati) is a form of address, as "Mrs." is
        (
            "He met Minister H.E. Smt. Lata Rao in Delhi. They spoke.",
            ["He met Minister H.E. Smt. Lata Rao in Delhi.", "They spoke."],
        ),
    ],
)
def test_extract_sentences_split(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_extract_sentences_paragraphs_keep_offsets() -> None:
    text = "  First para. Two.\n\nSecond\ncontinued.\nThird"
    spans = paragraphs(text)
    assert [s.text for s in spans] == ["First para. Two.", "Second\ncontinued.", "Third"]
    assert all(text[s.start : s.end] == s.text for s in spans)


@given(st.text())
def test_extract_sentences_offsets_always_point_into_text(text: str) -> None:
    for span in split_sentences(text):
        assert text[span.start : span.end] == span.text
        assert span.text.strip() == span.text and span.text
