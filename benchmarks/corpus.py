"""Compose N realistic diplomatic news articles for benchmarks (deterministic by seed).

Each article mixes the shapes of real wire copy: a by-line with a publication date, a
dateline lead with talks between two named leaders, a credentials list, an upgrade or an
anniversary, a signing, page furniture (menus, tags, exchange-rate widget, photo caption)
and a teaser after the end mark. Persons, countries and dates vary so the resolved graph
grows like a real archive's does.

    python benchmarks/corpus.py 20000 /tmp/corpus          # one .txt file per article
    python benchmarks/corpus.py 100000 /tmp/big.jsonl       # JSON Lines, streamed
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("Russia", "Russian"),
    ("India", "Indian"),
    ("Japan", "Japanese"),
    ("France", "French"),
    ("Germany", "German"),
    ("Poland", "Polish"),
    ("Spain", "Spanish"),
    ("Egypt", "Egyptian"),
    ("Brazil", "Brazilian"),
    ("Mongolia", "Mongolian"),
    ("Kazakhstan", "Kazakh"),
    ("Indonesia", "Indonesian"),
    ("Thailand", "Thai"),
    ("Italy", "Italian"),
    ("Australia", "Australian"),
    ("Chile", "Chilean"),
    ("Hungary", "Hungarian"),
    ("Belarus", "Belarusian"),
    ("Argentina", "Argentine"),
    ("Singapore", "Singaporean"),
    ("Cuba", "Cuban"),
    ("Laos", "Lao"),
    ("Cambodia", "Cambodian"),
    ("Nigeria", "Nigerian"),
]
GIVEN = [
    "Andrey",
    "Maria",
    "Karl",
    "Lucia",
    "Omar",
    "Yuki",
    "Anil",
    "Sofia",
    "Tomas",
    "Elena",
    "Pedro",
    "Amina",
    "Jonas",
    "Hana",
    "Ivan",
    "Clara",
    "Rafael",
    "Nadia",
]
FAMILY = [
    "Petrov",
    "Schmidt",
    "Rossi",
    "Tanaka",
    "Sharma",
    "Novak",
    "Silva",
    "Haddad",
    "Kovacs",
    "Dubois",
    "Garcia",
    "Ahmed",
    "Lindqvist",
    "Sato",
    "Moreno",
    "Okafor",
]
VN_NAMES = [
    "Pham Minh Chinh",
    "To Lam",
    "Bui Thanh Son",
    "Le Thi Thu Hang",
    "Tran Thanh Man",
    "Luong Cuong",
    "Nguyen Minh Vu",
    "Do Hung Viet",
]
TITLES = [
    "Prime Minister",
    "President",
    "Foreign Minister",
    "Deputy Foreign Minister",
    "National Assembly Chairman",
]
LEVELS = [
    "comprehensive partnership",
    "strategic partnership",
    "comprehensive strategic partnership",
]
CITIES = ["Hanoi", "Ho Chi Minh City", "Moscow", "New Delhi", "Tokyo", "Paris", "Cairo"]
FURNITURE = (
    "Home | Politics | Business | World | Society | Culture | Sports | Photo | Video\n"
    "Politics > Diplomacy\n"
)
WIDGET = "USD 25,430 VND | EUR 27,120 VND | Hanoi 31°C, light rain\n"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(i: int, rng: random.Random) -> str:
    """One article: furniture, by-line, body with four kinds of facts, teaser."""
    country, demonym = rng.choice(COUNTRIES)
    published = date(2016, 1, 1) + timedelta(days=rng.randrange(3650))
    host, title = rng.choice(VN_NAMES), rng.choice(TITLES)
    guest = _person(rng)
    level = rng.choice(LEVELS)
    years = rng.choice([30, 45, 50, 55, 60, 75])
    others = rng.sample(COUNTRIES, 3)
    president = rng.choice([n for n in VN_NAMES if n != host])
    day = published - timedelta(days=rng.randrange(3))
    lines = [
        "VietnamPlus",
        FURNITURE,
        f"Vietnam, {country} deepen ties (story {i})",
        f"by VNA {published.day} {published:%B %Y}",
        f"{title} {host} (R) and his {demonym} counterpart {guest} in Hanoi (Photo: VNA)",
        f"Hanoi, {day:%B} {day.day} (VNA) – {title} {host} held talks with his {demonym} "
        f"counterpart {guest} in {rng.choice(CITIES)} on {day:%B} {day.day}, after which the "
        f"two leaders announced the elevation of bilateral ties to a {level}.",
        f"The two sides welcomed the {years}th anniversary of diplomatic relations between "
        f"Vietnam and {country} this year.",
        f"{host.split()[-1]} and {guest.split()[-1]} witnessed the signing of a memorandum "
        f"of understanding on trade and an agreement on education cooperation.",
        f"On the same day, President {president} received credentials from the "
        f"ambassadors of {others[0][0]}, {others[1][0]} and {others[2][0]}.",
        f"The {demonym} guest invited {host} to visit {country} at a convenient time.",
        "Tags: diplomacy, Vietnam, cooperation",
        WIDGET,
        "VNA/VNP /.",
        f"See more: {rng.choice(VN_NAMES)} meets {_person(rng)} in {rng.choice(CITIES)}",
    ]
    return "\n".join(lines) + "\n"


def articles(n: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(name, text) for n articles, streamed so memory does not grow with n."""
    rng = random.Random(seed)
    for i in range(n):
        yield f"bench_{i:06d}.txt", article(i, rng)


def write(n: int, out: Path, seed: int = 7) -> Path:
    """A folder of .txt files, or a .jsonl file when `out` ends with .jsonl."""
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for name, text in articles(n, seed):
                fh.write(json.dumps({"text": text, "title": name}) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for name, text in articles(n, seed):
        (out / name).write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(write(int(sys.argv[1]), Path(sys.argv[2])))
