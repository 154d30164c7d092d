# ruff: noqa: E501  (example sentences are kept whole)
"""Persons: a Vietnamese local post names its city after "of" ("the Party Committee of
Hanoi") or qualifies its body in lower case ("the provincial People's Committee"); both
are part of the post, and the name after them is the person's."""

from __future__ import annotations

import pytest
from person_facts import persons_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Deputy Secretary of the Party Committee of Da Nang Tran Van Khoa welcomed the Lao delegation.",
            "Tran Van Khoa",
        ),
        (
            "Vice Chairwoman of the provincial People's Committee Le Thi Mai Huong hosted the Cuban envoy.",
            "Le Thi Mai Huong",
        ),
        (
            "Secretary of the Party Committee of Hanoi and Chairman of the municipal People's Council Dao Minh Tuan spoke first.",
            "Dao Minh Tuan",
        ),
    ],
)
def test_a_local_post_names_the_person_after_it(text: str, name: str) -> None:
    assert persons_of(text)[name][0] == "VNM"


def test_a_city_after_a_post_s_of_is_no_part_of_the_name() -> None:
    text = "Mayor of Seoul Kim Min-jae received the Vietnamese delegation on Monday."
    assert "Kim Min-jae" in persons_of(text)
