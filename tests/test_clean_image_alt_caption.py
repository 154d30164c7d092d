"""clean: an image's alt text, the title again with "- Ảnh 1." after it (Vietnamese for
"Photo 1"), is a caption, not a sentence of the article."""

from __future__ import annotations

import pytest

from ingest.furniture import furniture_reason


@pytest.mark.parametrize(
    "line",
    [
        "Prime Minister receives Chilean trade delegation- Ảnh 1.",
        "Prime Minister receives Chilean trade delegation - Ảnh 2",
    ],
)
def test_image_alt_text_is_a_caption(line: str) -> None:
    assert furniture_reason(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Minister Tran Van Anh 1 of the delegation spoke in Hanoi on Monday about trade.",
        "The two sides signed 12 documents to enhance cooperation.",
    ],
)
def test_prose_with_similar_letters_is_no_caption(line: str) -> None:
    assert furniture_reason(line) == ""
