"""Figures gathered across the archive, each with the sentence anchor it links to.

Every figure a page shows — in a table, a chart or a download — points back to its sentence on
the issue page. The issue page wraps each figure-bearing sentence in ``<span id="aN-sK">`` so
that link lands on, and highlights, the sentence itself rather than its whole paragraph.
"""
from __future__ import annotations

import calendar

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..extract.gazetteer import load_gazetteer
from ..extract.measures import load_measures, same_unit
from ..model import Article, Indicator, Issue
from ..store.collect import ArticleRef, Collection

# Where a sentence ends inside a paragraph (the figure's own text is never split).
_SENTENCE_END = re.compile(r"[。！？；!?;]")


@dataclass(frozen=True)
class Segment:
    """A run of paragraph text; ``anchor`` is set when it is a figure's sentence."""

    text: str
    anchor: str | None = None


@dataclass(frozen=True)
class ArticleMarks:
    """How one article's paragraphs are cut into sentences that figures link to."""

    paragraphs: tuple[tuple[Segment, ...], ...]
    anchors: tuple[str, ...]  # one per indicator, in Article.indicators order
    # looked up once per paragraph by the issue page: the article's tuples searched there made a
    # long article quadratic (tests/test_linear.py)
    headings: frozenset[int] = frozenset()  # paragraphs that are section heads
    tables: dict[int, tuple[int, ...]] = field(default_factory=dict, compare=False)  # paragraph → tables printed before it


def _sentence_span(paragraph: str, ind: Indicator) -> tuple[int, int] | None:
    """The sentence of ``paragraph`` that holds the figure, as a character span."""
    if ind.sentence:
        at = paragraph.find(ind.sentence)
        if at >= 0:
            return at, at + len(ind.sentence)
    if not (0 <= ind.start < ind.end <= len(paragraph)) or paragraph[ind.start:ind.end] != ind.text:
        at = paragraph.find(ind.text) if ind.text else -1
        if at < 0:
            return None
        start, end = at, at + len(ind.text)
    else:
        start, end = ind.start, ind.end
    before = [m.end() for m in _SENTENCE_END.finditer(paragraph, 0, start)]
    after = _SENTENCE_END.search(paragraph, end)
    return (before[-1] if before else 0), (after.end() if after else len(paragraph))


def _sentences(article: Article) -> tuple[dict[int, list[tuple[int, int]]], list[tuple[int, int] | None]]:
    """The figure-bearing sentences of each paragraph (overlaps merged, in order), and where each
    indicator's sentence starts, (paragraph, start), or None when it cannot be found."""
    spans: dict[int, set[tuple[int, int]]] = {}
    located: list[tuple[int, int] | None] = []
    paragraphs = article.paragraphs
    for ind in article.indicators:
        p = ind.paragraph
        span = _sentence_span(paragraphs[p], ind) if 0 <= p < len(paragraphs) and ind.table is None else None
        if span:
            located.append((p, span[0]))
            spans.setdefault(p, set()).add(span)  # ~80 figures an article, often several a sentence
        else:
            located.append(None)
    merged: dict[int, list[tuple[int, int]]] = {}
    for p in sorted(spans):
        out: list[tuple[int, int]] = []
        for s, e in sorted(spans[p]):
            if out and s < out[-1][1]:
                if e > out[-1][1]:
                    out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        merged[p] = out
    return merged, located


def _anchors(merged: dict[int, list[tuple[int, int]]], located: list[tuple[int, int] | None],
             article: Article, number: int) -> tuple[tuple[str, ...], dict[int, int]]:
    """One anchor per indicator, and the number of the first sentence of each paragraph minus one."""
    first: dict[int, int] = {}
    starts: dict[int, list[int]] = {}
    k = 0
    for p, out in merged.items():  # paragraphs in order: sentences are numbered in reading order
        first[p] = k
        starts[p] = [s for s, _ in out]
        k += len(out)
    anchors = []
    for ind, loc in zip(article.indicators, located):
        if ind.table is not None:  # a figure from a table links to its row
            anchors.append(f"a{number}-t{ind.table}-r{ind.start}")
        elif loc is None:
            anchors.append(f"a{number}-p{ind.paragraph}")
        else:
            p, s = loc
            anchors.append(f"a{number}-s{first[p] + bisect_right(starts[p], s)}")
    return tuple(anchors), first


def figure_anchors(article: Article, number: int) -> tuple[str, ...]:
    """The anchor of every figure's sentence (what :func:`mark_article` gives, without cutting the text)."""
    merged, located = _sentences(article)
    return _anchors(merged, located, article, number)[0]


def issue_anchors(issue: Issue) -> tuple[tuple[str, ...], ...]:
    """:func:`figure_anchors` of every article of ``issue``, in order."""
    return tuple(figure_anchors(a, n) for n, a in enumerate(issue.articles, start=1))


def mark_article(article: Article, number: int) -> ArticleMarks:
    """Cut paragraphs into segments and give every figure the anchor of its sentence.

    Anchors are ``a{number}-s{k}`` numbered in reading order; overlapping sentences merge, and a
    figure whose sentence cannot be found falls back to its paragraph's anchor ``a{number}-p{i}``.
    """
    merged, located = _sentences(article)
    anchors, first = _anchors(merged, located, article, number)
    paragraphs = []
    for p, text in enumerate(article.paragraphs):
        segs, pos = [], 0
        for i, (s, e) in enumerate(merged.get(p, ()), start=1):
            if s > pos:
                segs.append(Segment(text[pos:s]))
            segs.append(Segment(text[s:e], f"a{number}-s{first[p] + i}"))
            pos = e
        if pos < len(text) or not segs:
            segs.append(Segment(text[pos:]))
        paragraphs.append(tuple(segs))
    tables: dict[int, list[int]] = {}
    for i, t in enumerate(article.tables):  # those after the last paragraph under len(paragraphs)
        tables.setdefault(min(t.paragraph, len(article.paragraphs)), []).append(i)
    return ArticleMarks(tuple(paragraphs), anchors, frozenset(article.headings),
                        {k: tuple(v) for k, v in tables.items()})


@dataclass(frozen=True)
class Figure:
    """One reported figure with everything a table, chart or download row needs."""

    ref: ArticleRef
    indicator: Indicator
    anchor: str  # sentence anchor on the issue page
    place_name: str | None
    measure_name: str | None
    number: int = 0  # its place among its issue's figures: its row in the issue's download lines
    # read for every figure by several page kinds: worked out once, when the figure is made
    unit: str = field(init=False)  # the unit it is compared in: 人 for 2.9万名 (measures.yml, same_units)
    comparable: bool = field(init=False)  # an actual level of a whole, known place (see is_comparable)

    def __post_init__(self) -> None:
        object.__setattr__(self, "unit", same_unit(self.indicator.unit))
        object.__setattr__(self, "comparable", is_comparable(self.indicator))

    @property
    def target(self) -> str:
        """Content path of the sentence: issues/…/2019-012.md#a2-s3."""
        return f"{self.ref.entry.page}#{self.anchor}"

    @property
    def date(self) -> str | None:
        """The date the figure is of: the one its sentence gives (2013 年的 30.2%, 截至 2020 年 11 月),
        else its issue's, which is also more precise when the sentence names the issue's own year or
        month (2019 年参保率达 100% in an issue of 2019-04-08)."""
        own, issued = self.indicator.date, self.ref.entry.issue.date
        return issued if not own or (issued and issued.startswith(own)) else own

    @property
    def day(self) -> str | None:
        """:attr:`date` as one day, for time axes and ordering: a year or a month is taken at its end
        (截至 2020 年底), as the levels these bulletins report are."""
        return as_day(self.date)


def as_day(date: str | None) -> str | None:
    """2020 → 2020-12-31, 2020-11 → 2020-11-30, 2020-11-05 unchanged."""
    if not date or len(date) == 10:
        return date
    year, _, month = date.partition("-")
    if not month:
        return f"{year}-12-31"
    return f"{year}-{month}-{calendar.monthrange(int(year), int(month))[1]:02d}"


@lru_cache(maxsize=1)
def measure_names() -> dict[str, str]:
    return {m.slug: m.name for m in load_measures()}


def gather_figures(c: Collection, anchors=None) -> list[Figure]:
    """All figures of the archive, newest issue first, in reading order within an issue.

    ``anchors(entry)``: :func:`issue_anchors` of the entry's issue, perhaps kept from an earlier
    build; found here without it."""
    gazetteer = load_gazetteer()
    names = measure_names()
    place_names: dict[str, str | None] = {}  # a few hundred places named ~250,000 times
    figures = []
    for entry in c.issues:
        first = len(figures)
        found = anchors(entry) if anchors else issue_anchors(entry.issue)
        for n, (article, article_anchors) in enumerate(zip(entry.issue.articles, found), start=1):
            ref = ArticleRef(entry, n)
            # 支出进度 78.4% in the text and again in the table's 合计 row: listed once, where first said
            said = {_said(ind) for ind in article.indicators if ind.table is None}
            for ind, anchor in zip(article.indicators, article_anchors):
                if ind.table is not None and _said(ind) in said:
                    continue
                place = None
                if ind.place:
                    if ind.place not in place_names:
                        division = gazetteer.by_code(ind.place)
                        place_names[ind.place] = division.name if division else None
                    place = place_names[ind.place]
                figures.append(Figure(ref, ind, anchor, place, names.get(ind.measure) if ind.measure else None,
                                      len(figures) - first))
    return figures


def _said(ind: Indicator) -> tuple:
    """What a figure says, wherever it is printed."""
    return ind.measure or ind.label, ind.value, ind.unit, ind.place, ind.kind, ind.scope


def is_level(i: Indicator) -> bool:
    """A level of a whole place: not a township's or a firm's count, not a bracket (5万元以上), not a
    change (提高 4.2 个百分点). Only such figures, of one measure and unit, are charted or compared."""
    return i.scope == "whole" and not i.change


def is_comparable(i: Indicator) -> bool:
    """An actual level of a whole, known place: what is plotted as its result and set beside its peers'."""
    return i.kind == "actual" and is_level(i) and i.place is not None


def main_unit(figures: list[Figure]) -> str | None:
    """The unit most of the comparable figures are in (the first met wins a tie): a chart has one."""
    counts: dict[str, int] = {}
    for f in figures:
        if f.comparable:
            counts[f.unit] = counts.get(f.unit, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def not_comparable(f: Figure, unit: str | None) -> str | None:
    """Why ``f`` is left out of a measure's comparison (in ``unit``), or None when it is in it."""
    i = f.indicator
    if i.kind in ("policy", "other"):
        return "政策标准，不是结果" if i.kind == "policy" else "不是已取得的结果"
    if i.change:
        why = "增减量"
    elif i.scope == "threshold":
        why = "档次或门槛"
    elif i.scope == "sub":
        why = "乡村、企业等局部的数"
    elif i.place is None:
        why = "地区不详"
    elif f.unit != unit:
        why = f"单位不同（{i.unit or '无单位'}）"
    else:
        return None
    return why + "（目标）" if i.kind == "target" else why


def latest_by_place(figures: list[Figure]) -> list[Figure]:
    """The comparable figure of the latest date per place (figures newest issue first, which wins a
    tie): a new issue that recalls 2013's level does not make it the latest."""
    seen: dict[str, Figure] = {}
    for f in figures:
        if f.comparable and (f.indicator.place not in seen or (f.day or "") > (seen[f.indicator.place].day or "")):
            seen[f.indicator.place] = f
    return list(seen.values())


@dataclass(frozen=True)
class Conflict:
    """One measure, place and date reported with different values: at most one can be right."""

    measure_name: str
    place_name: str | None
    date: str | None
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Doubts:
    """What the data-quality page lists about figures, each row linking to its sentence."""

    unlabelled: tuple[Figure, ...]  # no name could be read: the source clause stands in for it
    uncertain: tuple[tuple[Figure, str], ...]  # scope or place guessed, with why
    conflicts: tuple[Conflict, ...]


def figure_doubts(figures: list[Figure]) -> Doubts:
    """Figures with no label, with a guessed scope or place, and conflicting values, in the order
    of ``figures`` (newest issue first). Conflicts compare actual whole-place levels of a measure
    on one date (the figure's own, else its issue's) in one unit."""
    unlabelled, uncertain = [], []
    groups: dict[tuple, list[Figure]] = {}
    for f in figures:
        ind = f.indicator
        if not ind.label:
            unlabelled.append(f)
        elif ind.doubt:
            uncertain.append((f, ind.doubt))
        elif ind.place is None:
            uncertain.append((f, "没有识别出数据所属的地区"))
        if f.comparable and ind.measure:
            groups.setdefault((ind.measure, ind.place, ind.date or f.date, f.unit), []).append(f)
    conflicts = []
    for (_, _, date, _), group in groups.items():
        if len(group) > 1 and len({round(f.indicator.value, 6) for f in group}) > 1:
            conflicts.append(Conflict(group[0].measure_name or group[0].indicator.measure or "", group[0].place_name,
                                      date, tuple(group)))
    return Doubts(tuple(unlabelled), tuple(uncertain), tuple(conflicts))
