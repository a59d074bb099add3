"""The benchmark corpus generator (tools/bench_corpus.py): deterministic, and its issues parse.

The benchmark itself (tools/bench.py, `make bench`) is not a test: timings never gate CI.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from generator.store.archive import load_issue
from generator.extract.themes import load_taxonomy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import bench_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return bench_corpus.generate(tmp_path_factory.mktemp("corpus"), 3)


def test_same_seed_same_bytes(corpus, tmp_path):
    again = bench_corpus.generate(tmp_path, 3)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in corpus]
    assert [p.name for p in again] == [p.name for p in corpus]


def test_an_issue_does_not_depend_on_the_corpus_size(corpus):
    # the benchmark compares the page of issue 0 across sizes: it must be the same issue
    name, text = bench_corpus.issue_text(0)
    assert corpus[0].name == Path(name).name
    assert corpus[0].read_text(encoding="utf-8") == text
    assert bench_corpus.issue_text(1, seed=1)[1] != bench_corpus.issue_text(1)[1]


def test_issues_parse_into_articles_with_places_themes_and_figures(corpus):
    kinds = set()
    for path in corpus:
        text = path.read_text(encoding="utf-8")
        assert "示例" in text  # marked as invented, like the sample archive
        assert 10_000 < len(text) < 20_000
        issue, problems = load_issue(path)
        assert issue is not None, problems
        assert not [p for p in problems if p.severity == "error"]
        kinds.add(issue.kind)
        assert issue.series and issue.date and 2016 <= issue.year <= 2020
        assert 2 <= len(issue.articles) <= 4
        for article in issue.articles:
            assert article.title and len(article.paragraphs) >= 3
            assert any(p.primary and p.level == "county" for p in article.places), article.title
            assert article.themes
            assert len(article.indicators) >= 10
            assert {i.kind for i in article.indicators} >= {"actual"}
    assert len(kinds) >= 1


def test_series_cover_every_shape():
    kinds = {s.kind for s in bench_corpus.all_series()}
    assert kinds == {"region", "city", "county", "newspaper"}


def test_newest_issues_come_after_every_other_in_the_order_of_their_rank(tmp_path):
    """The benchmark adds newest issues one after another (the weekly case): each is dated after
    the whole archive (whose slots end by 2020-12-25) and after the newest issues added before it."""
    dates = []
    for rank, k in ((1, 5000), (2, 12), (3, 777)):
        path, = bench_corpus.generate(tmp_path, 1, start=k, newest=rank)
        issue, _ = load_issue(path, load_taxonomy())
        dates.append(issue.date)
    assert dates == ["2020-12-26", "2020-12-27", "2020-12-28"]
    assert all(bench_corpus._date(random.Random(k), 2020, no) <= (12, 25) for k in range(50) for no in range(1, 53))
