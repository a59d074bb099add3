"""Figures gathered across the archive, each with the sentence anchor it links to.

Every figure a page shows — in a table, a chart or a download — points back to its sentence on
the issue page. The issue page wraps each figure-bearing sentence in ``<span id="aN-sK">`` so
that link lands on, and highlights, the sentence itself rather than its whole paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .collect import ArticleRef, Collection
from .gazetteer import load_gazetteer
from .measures import load_measures
from .model import Article, Indicator

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


def mark_article(article: Article, number: int) -> ArticleMarks:
    """Cut paragraphs into segments and give every figure the anchor of its sentence.

    Anchors are ``a{number}-s{k}`` numbered in reading order; overlapping sentences merge, and a
    figure whose sentence cannot be found falls back to its paragraph's anchor ``a{number}-p{i}``.
    """
    spans: dict[int, list[list[int]]] = {}
    located: list[tuple[int, int, int] | None] = []
    for ind in article.indicators:
        para = article.paragraphs[ind.paragraph] if 0 <= ind.paragraph < len(article.paragraphs) else None
        span = _sentence_span(para, ind) if para is not None else None
        located.append((ind.paragraph, *span) if span else None)
        if span:
            spans.setdefault(ind.paragraph, []).append(list(span))
    merged: dict[int, list[list[int]]] = {}
    for p, items in spans.items():
        out: list[list[int]] = []
        for s, e in sorted(items):
            if out and s < out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        merged[p] = out
    ids: dict[tuple[int, int], str] = {}
    k = 0
    for p in sorted(merged):
        for s, e in merged[p]:
            k += 1
            ids[(p, s)] = f"a{number}-s{k}"
    anchors = []
    for ind, loc in zip(article.indicators, located):
        if loc is None:
            anchors.append(f"a{number}-p{ind.paragraph}")
            continue
        p, s, _ = loc
        anchors.append(next(ids[(p, ms)] for ms, me in merged[p] if ms <= s < me))
    paragraphs = []
    for p, text in enumerate(article.paragraphs):
        segs, pos = [], 0
        for s, e in merged.get(p, []):
            if s > pos:
                segs.append(Segment(text[pos:s]))
            segs.append(Segment(text[s:e], ids[(p, s)]))
            pos = e
        if pos < len(text) or not segs:
            segs.append(Segment(text[pos:]))
        paragraphs.append(tuple(segs))
    return ArticleMarks(tuple(paragraphs), tuple(anchors))


@dataclass(frozen=True)
class Figure:
    """One reported figure with everything a table, chart or download row needs."""

    ref: ArticleRef
    indicator: Indicator
    anchor: str  # sentence anchor on the issue page
    place_name: str | None
    measure_name: str | None

    @property
    def target(self) -> str:
        """Content path of the sentence: issues/…/2019-012.md#a2-s3."""
        return f"{self.ref.entry.page}#{self.anchor}"

    @property
    def date(self) -> str | None:
        return self.ref.entry.issue.date

    @cached_property
    def record(self) -> tuple[str, ...]:
        """Its download row (downloads.FIGURE_COLUMNS), made once: a figure is in up to five files."""
        from .downloads import figure_record

        return figure_record(self)


@lru_cache(maxsize=1)
def measure_names() -> dict[str, str]:
    return {m.slug: m.name for m in load_measures()}


def gather_figures(c: Collection) -> list[Figure]:
    """All figures of the archive, newest issue first, in reading order within an issue."""
    gazetteer = load_gazetteer()
    names = measure_names()
    figures = []
    for entry in c.issues:
        for n, article in enumerate(entry.issue.articles, start=1):
            marks = mark_article(article, n)
            ref = ArticleRef(entry, n)
            for ind, anchor in zip(article.indicators, marks.anchors):
                division = gazetteer.by_code(ind.place) if ind.place else None
                figures.append(Figure(ref, ind, anchor, division.name if division else None,
                                      names.get(ind.measure) if ind.measure else None))
    return figures


def latest_by_place(figures: list[Figure]) -> list[Figure]:
    """The newest actual figure per place (figures must be newest first)."""
    seen: dict[str, Figure] = {}
    for f in figures:
        if f.indicator.kind == "actual" and f.indicator.place and f.indicator.place not in seen:
            seen[f.indicator.place] = f
    return list(seen.values())
