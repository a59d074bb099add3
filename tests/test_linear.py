"""Parsing and extraction are linear in the input: ten times the lines may cost about ten times
the work, never a hundred (issue 23: 200,000 lines once took four and a half minutes).

The bound is a ratio of CPU times, not a wall time, so a busy machine does not fail it; a
quadratic step shows as ~100x, far above it.
"""
from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.extract import enrich
from generator.model import SourceFile
from generator.parse import parse_text
from generator.extract.themes import load_taxonomy

SOURCE = SourceFile("generated.txt", "0" * 64, "txt", "utf-8")
HEADER = ["广西精准脱贫攻坚简报", "2018年第32期（总第194期）", "广西壮族自治区扶贫开发办公室编 2018年8月6日", ""]
BODY = ["共劝返辍学生 341 名，劝返率达 92%。", "建成扶贫车间 23 个，", "那坡县", "覆盖率达", "73%。", "2290.06万元",
        "今年以来，", "一、产业扶贫", "（一）强化措施", "1.", "村", "脱贫攻坚"]
OTHER = ["□ 张三 李四", "（下转4版）", "王五 摄"]  # bylines and captions: only in the short articles
MAX_RATIO = 15


def with_contents(n_lines: int) -> str:
    """A bulletin whose contents list is as long as its articles (an eighth of the lines each):
    matching every heading with every contents entry made this quadratic."""
    k = n_lines // 8
    lines = ["贺州市精准脱贫攻坚简报", "", "2020年第3期（总第54期）", "", "贺州市扶贫开发领导小组办公室编", "", "2020年3月20日", ""]
    for i in range(k):
        lines += [f"凌云县第{i}个扶贫车间建成投产……………{i % 100}", ""]
    for i in range(k):
        lines += [f"凌云县第{i}个扶贫车间建成投产", "", "共劝返辍学生 341 名，劝返率达 92%。", "", "（凌云县扶贫办 李明）", ""]
    return "\n".join(lines[:n_lines])


def generated(n_lines: int, seed: int = 1) -> str:
    """A bulletin of ``n_lines`` short lines: many articles, and one as long as all the others
    (per-article steps that are quadratic in an article's paragraphs show there)."""
    r = random.Random(seed)
    lines = list(HEADER)
    k = 0
    while len(lines) < n_lines:
        k += 1
        lines += [f"凌云县第{k}个扶贫车间建成投产", "", f"（凌云县扶贫办 李{k}）", ""]
        long = k == 2
        for _ in range(n_lines // 2 if long else r.randint(5, 60)):
            lines.append(r.choice(BODY if long else BODY + OTHER))
            if r.random() < 0.3:
                lines.append("")
    return "\n".join(lines[:n_lines])


def cpu_seconds(text: str) -> float:
    taxonomy = load_taxonomy()
    t = time.process_time()
    issue = enrich(parse_text(text, SOURCE), taxonomy)
    assert issue.articles
    return time.process_time() - t


@pytest.mark.parametrize("make", [generated, with_contents], ids=["one long article", "long contents list"])
def test_parse_and_extract_are_linear_in_the_number_of_lines(make):
    cpu_seconds(make(2_000))  # dictionaries and gazetteer loaded before anything is timed
    small = min(cpu_seconds(make(20_000)) for _ in range(2))
    large = cpu_seconds(make(200_000))
    assert large / small <= MAX_RATIO, f"20,000 lines {small:.2f} s, 200,000 lines {large:.2f} s"


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.lists(st.text(alphabet="扶贫产业县村第一二", max_size=8), max_size=12),
       st.lists(st.text(alphabet="扶贫产业县村第一二", max_size=10), max_size=12))
def test_the_contents_index_finds_what_comparing_every_entry_finds(titles, headings):
    from generator.model import TocEntry
    from generator.parse.articles import _norm, _TocIndex

    toc = tuple(TocEntry(title, None) for title in titles)
    index = _TocIndex(toc)
    for heading in headings:
        t = _norm(heading)
        expected = next((e for e in toc if len(_norm(e.title)) >= 4 and (_norm(e.title) in t or t in _norm(e.title))), None)
        assert index.first(t) is expected


SHORT_LINE = st.text(alphabet=st.sampled_from("第期总年月日编印发报送：（）□■——。，、%万元人户个县市乡村扶贫办简报"
                                              "0123456789一二三四五十#*|> \t　「」《》达到率"), max_size=4)
FLOOD = st.lists(SHORT_LINE | st.sampled_from(["一、产业扶贫", "（那坡县扶贫办 李明）", "2018年第32期", ""]),
                 min_size=1_000, max_size=3_000).map("\n".join)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                 HealthCheck.large_base_example],
          database=None, derandomize=True)
@given(FLOOD)
def test_floods_of_short_lines_parse_quickly_and_never_break(text):
    taxonomy = load_taxonomy()
    t = time.process_time()
    issue = enrich(parse_text(text, SOURCE), taxonomy)
    # ~0.01 ms a line when linear; a quadratic step over 3,000 lines costs seconds
    assert time.process_time() - t < 5, len(text.split("\n"))
    assert not [p for p in issue.problems if "程序错误" in p.message]


def render_seconds(n_paragraphs: int) -> float:
    """CPU time to make the pages of one issue whose one article has ``n_paragraphs`` paragraphs,
    half of them section heads, and a table before every hundredth."""
    from pathlib import Path

    from generator.store.collect import collect
    from generator.model import Article, Issue, Table
    from generator.pages.pages import render_site

    tables = tuple(Table((("指标", "数值"), (f"车间{i}", "23")), paragraph=i) for i in range(0, n_paragraphs, 100))
    article = Article(title="凌云县扶贫车间建成投产", paragraphs=tuple(f"第{i}段：建成扶贫车间。" for i in range(n_paragraphs)),
                      headings=tuple(range(0, n_paragraphs, 2)), tables=tables)
    issue = Issue(source=SOURCE, series="示例简报", kind="bulletin", year=2018, issue_no=1, total_no=None,
                  publisher="示例办公室", date="2018-05-01", articles=(article,))
    collection = collect([issue], load_taxonomy())
    t = time.process_time()
    site = render_site(collection, [], Path(__file__).resolve().parent.parent / "templates", {})
    assert 'id="a1-t0-r1"' in site.pages["issues/shilijianbao/2018-001.md"]
    return time.process_time() - t


def test_an_issue_page_is_made_in_time_linear_in_its_paragraphs():
    """The issue page looked every paragraph up in the article's tuple of heads (and its tables):
    200,000 lines took 21 s to render, 400,000 lines 89 s."""
    render_seconds(1_000)  # templates compiled before anything is timed
    small = min(render_seconds(4_000) for _ in range(2))
    large = render_seconds(40_000)
    assert large / small <= MAX_RATIO, f"4,000 paragraphs {small:.2f} s, 40,000 paragraphs {large:.2f} s"
