"""Military ranks written short between a post and a name are no part of the name."""

from __future__ import annotations

import pytest

from ingest.extract import extract_facts
from ingest.types import Doc


def names(text: str) -> set[str]:
    doc = Doc(name="t.txt", raw=text, body=text, published="2020-01-20")
    return {p.name for p in extract_facts(doc).persons}


@pytest.mark.parametrize("rank", ["Sen. Lieut. Gen.", "Sen. Lieut. Gen", "Lt Gen", "Sen. Lt. Gen"])
def test_short_ranks_with_or_without_the_stop(rank: str) -> None:
    text = (
        f"Deputy Defence Minister {rank} Tran Van Khoa hosted a reception in Hanoi on "
        "January 9 for Mexican Ambassador to Vietnam Luis Ortega."
    )
    assert names(text) == {"Tran Van Khoa", "Luis Ortega"}
