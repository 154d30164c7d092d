"""read → pipeline on a realistic news page and on JSON Lines metadata.

The page has what real ones have around an article: a cookie banner, a header with a
menu and search box, scripts and styles, a breadcrumb, a by-line with a <time> stamp, tags,
a related-stories sidebar (before or after the article) and a footer. Only the article's
own text may reach the extractor; the sidebar's headlines name other people's meetings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.errors import InputError
from ingest.pipeline import iter_docs
from ingest.read import read_one
from ingest.types import Doc

HEAD = """<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8">
  <title>Vietnam, Indonesia leaders hold talks in Jakarta | Vietnam News Daily</title>
  <style>body { font-family: sans-serif } .nav li { display: inline }</style>
  <script>window.dataLayer = window.dataLayer || []; gtag('config', 'UA-1');</script>
</head><body>
  <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your
    experience. By continuing to browse, you agree to our use of cookies.
    <button>Accept all cookies</button></p></div>
  <header class="site-header"><a class="logo" href="/">Vietnam News Daily</a>
    <nav class="nav"><ul><li><a href="/politics">Politics</a></li>
      <li><a href="/economy">Economy</a></li><li><a href="/world">World</a></li>
      <li><a href="/sports">Sports</a></li></ul></nav>
    <form class="search"><input type="text" placeholder="Search"></form></header>
  <main>
"""
ARTICLE = """<article class="article">
  <nav class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/politics">Politics</a></nav>
  <h1>Vietnam, Indonesia leaders hold talks in Jakarta</h1>
  <div class="byline">By VNA &middot;
    <time datetime="2025-03-10T14:05:00+07:00">March 10, 2025 | 14:05</time></div>
  <div class="article-body">
  <p>Jakarta, March 10 (VNA) &ndash; General Secretary To Lam held talks with Indonesian
    President Prabowo Subianto in Jakarta on March 10, during his state visit to the
    Southeast Asian country.</p>
  <p>The two leaders agreed to step up cooperation in trade, investment, energy and
    maritime affairs, and to lift bilateral trade to 18 billion USD by 2028.</p>
  <p>They also reviewed the implementation of the Strategic Partnership and discussed
    regional and international issues of shared concern.</p>
  <p>Following the talks, the two leaders witnessed the exchange of cooperation documents
    between ministries of the two countries./.</p>
  </div>
  <div class="tags">Tags: <a href="/tag/to-lam">To Lam</a> <a href="/tag/id">Indonesia</a></div>
</article>
"""
SIDEBAR = """<aside class="sidebar related"><h3>Related stories</h3><ul>
  <li><a href="/a1">Prime Minister Pham Minh Chinh holds talks with Japanese Prime Minister
    Shigeru Ishiba in Tokyo</a></li>
  <li><a href="/a2">President Luong Cuong receives Chinese Ambassador He Wei in Hanoi</a></li>
  </ul><h3>Most read</h3><ol><li><a href="/m1">Foreign Minister Bui Thanh Son holds phone
    talks with Russian Foreign Minister Sergey Lavrov</a></li></ol></aside>
"""
FOOT = """  </main>
  <footer class="site-footer"><p>&copy; 2025 Vietnam News Daily. All rights reserved.</p>
    <p>Address: 79 Ly Thuong Kiet, Hanoi. Tel: (024) 3822 1234.</p>
    <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
  </footer><script src="/static/app.js"></script>
</body></html>
"""
FURNITURE = (
    "cookies",
    "Politics",
    "Search",
    "dataLayer",
    "font-family",
    "Related stories",
    "Shigeru Ishiba",
    "He Wei",
    "Sergey Lavrov",
    "All rights reserved",
    "About us",
)
SIDEBAR_PEOPLE = {"Pham Minh Chinh", "Shigeru Ishiba", "Luong Cuong", "He Wei", "Sergey Lavrov"}


@pytest.fixture(params=["sidebar after", "sidebar before"])
def page(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    main = ARTICLE + SIDEBAR if request.param == "sidebar after" else SIDEBAR + ARTICLE
    path = tmp_path / "page.html"
    path.write_text(HEAD + main + FOOT, encoding="utf-8")
    return path


def _one_doc(paths: list[Path]) -> Doc:
    items = list(iter_docs(paths))
    assert len(items) == 1 and not isinstance(items[0], InputError)
    return items[0]


def test_read_html_page_keeps_the_article_text_only(page: Path) -> None:
    doc = read_one(page)
    assert "To Lam held talks with Indonesian President Prabowo Subianto" in " ".join(
        doc.raw.split()
    )
    assert [word for word in FURNITURE if word in doc.raw] == []
    assert doc.meta["title"] == "Vietnam, Indonesia leaders hold talks in Jakarta"


def test_read_html_page_facts_are_the_articles_not_the_sidebars(page: Path) -> None:
    doc = _one_doc([page])
    assert doc.facts is not None
    pairs = {frozenset((m.a.name, m.b.name)) for m in doc.facts.met_with}
    assert pairs == {frozenset(("To Lam", "Prabowo Subianto"))}
    assert SIDEBAR_PEOPLE.isdisjoint(p.name for p in doc.facts.persons)
    assert doc.published == "2025-03-10"  # the page's one <time datetime> stamp


@pytest.mark.parametrize(
    ("stamps", "expected"),
    [
        ('<meta property="article:published_time" content="2025-03-09T08:00:00Z">', "2025-03-09"),
        (
            '<script type="application/ld+json">{"datePublished": "2025-03-08"}</script>',
            "2025-03-08",
        ),
        ('<time datetime="2025-03-10">10/3</time><time datetime="2024-12-01">1/12</time>', None),
    ],
)
def test_read_html_publication_metadata(tmp_path: Path, stamps: str, expected: str | None) -> None:
    path = tmp_path / "page.html"
    body = "<p>Hanoi (VNA) – Prime Minister Pham Minh Chinh held talks with his Lao peer.</p>"
    path.write_text(f"<html><head>{stamps}</head><body>{body}</body></html>", encoding="utf-8")
    assert read_one(path).meta.get("published") == expected


def test_read_jsonl_published_metadata_overrides_the_text(tmp_path: Path) -> None:
    text = (
        "Vietnam, Laos hold talks\n\nHanoi, 15 June 2025 (VNA) – Prime Minister Pham Minh "
        "Chinh held talks with Lao Prime Minister Sonexay Siphandone on Saturday."
    )
    path = tmp_path / "news.jsonl"
    records = [{"text": text, "published": "2025-06-27"}, {"text": text}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    with_meta, from_text = (d for d in iter_docs([path]) if isinstance(d, Doc))
    assert (with_meta.published, from_text.published) == ("2025-06-27", "2025-06-15")
    assert with_meta.facts is not None and from_text.facts is not None
    # "on Saturday" is read against the date in force: the metadata's, else the dateline's.
    assert [m.date for m in with_meta.facts.met_with] == ["2025-06-21"]
    assert [m.date for m in from_text.facts.met_with] == ["2025-06-14"]
