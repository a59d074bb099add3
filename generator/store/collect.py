"""Collect stage: indexes over all issues (by series and year, place, theme), gathered before
anything is written, as MkDocs gathers Files and Navigation before pages."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ..extract.gazetteer import Division, load_gazetteer
from ..extract.themes import Theme
from ..model import Article, Issue
from .slugs import issue_slug, pinyin_slug


def issue_label(i: Issue) -> str:
    """How readers name an issue: 2019年第8期（总第45期）, 2019年专刊第3期, or its date."""
    if i.issue_no:
        total = f"（总第{i.total_no}期）" if i.total_no else ""
        return f"{i.year or ''}年{i.special or ''}第{i.issue_no}期{total}"
    if i.date:  # a newspaper page has no number: its date names it, written as in the paper
        y, m, d = i.date.split("-")
        return f"{int(y)}年{int(m)}月{int(d)}日{i.special or ''}"
    return f"{i.year}年" if i.year else "日期不详"


@dataclass(frozen=True)
class IssueEntry:
    issue: Issue
    series_slug: str
    slug: str

    @cached_property  # asked for ~1.2 M times a build (every figure's download line and link)
    def page(self) -> str:
        """Path of the issue page inside content/."""
        return f"issues/{self.series_slug}/{self.slug}.md"

    @property
    def label(self) -> str:
        return issue_label(self.issue)

    @property
    def sort_key(self) -> tuple:
        i = self.issue
        return (i.date or f"{i.year or 0:04d}-00-00", i.series or "", i.special or "", i.issue_no or 0, self.slug)


@dataclass(frozen=True)
class ArticleRef:
    entry: IssueEntry
    index: int  # position in the issue, 1-based; the article's anchor is a{index}

    @property
    def article(self) -> Article:
        return self.entry.issue.articles[self.index - 1]

    @property
    def anchor(self) -> str:
        return f"a{self.index}"


@dataclass
class PlaceIndex:
    division: Division
    primary: list[ArticleRef] = field(default_factory=list)  # articles about the place itself
    mentioned: list[ArticleRef] = field(default_factory=list)  # naming it in passing
    # articles that name places under it (a city's counties) but not it: (ref, codes of those
    # places, whether one of them is the article's subject). Without them a city showed 0 articles
    # while its counties had several.
    below: list[tuple[ArticleRef, tuple[str, ...], bool]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Articles about or naming the place or any place under it, each once."""
        return len(self.primary) + len(self.mentioned) + len(self.below)

    @property
    def n_primary(self) -> int:
        """Of :attr:`count`, those whose subject is the place or a place under it."""
        return len(self.primary) + sum(1 for _, _, about in self.below if about)

    def refs(self) -> list[ArticleRef]:
        """Every article :attr:`count` counts, in no particular order."""
        return [*self.primary, *self.mentioned, *(ref for ref, _, _ in self.below)]


@dataclass
class Collection:
    issues: list[IssueEntry]  # newest first
    series: dict[str, list[IssueEntry]]
    places: dict[str, PlaceIndex]
    themes: dict[str, list[ArticleRef]]
    taxonomy: tuple[Theme, ...]
    # source path → parse-cache key (archive.Archive.keys): names an issue as parsed, for caches
    # that would otherwise hash the whole parsed issue in every rebuild
    parse_keys: dict[str, str] = field(default_factory=dict)

    def place(self, code: str) -> PlaceIndex | None:
        return self.places.get(code)


def collect(issues: list[Issue], taxonomy: tuple[Theme, ...], parse_keys: dict[str, str] | None = None) -> Collection:
    entries: list[IssueEntry] = []
    taken: set[str] = set()
    for issue in sorted(issues, key=lambda i: (i.source.path, i.source.sha256)):
        series_slug = pinyin_slug(issue.series or "weimingming")
        slug = issue_slug(issue.year, issue.issue_no, issue.date, issue.source.sha256, issue.special)
        if f"{series_slug}/{slug}" in taken:  # two files claim the same issue: keep both, visibly
            slug = f"{slug}-{issue.source.sha256[:6]}"
        taken.add(f"{series_slug}/{slug}")
        entries.append(IssueEntry(issue, series_slug, slug))
    entries.sort(key=lambda e: e.sort_key, reverse=True)

    series: dict[str, list[IssueEntry]] = defaultdict(list)
    places: dict[str, PlaceIndex] = {}
    themes: dict[str, list[ArticleRef]] = {t.slug: [] for t in taxonomy}
    gazetteer = load_gazetteer()
    for entry in entries:
        series[entry.issue.series or "（未署刊名）"].append(entry)
        for n, art in enumerate(entry.issue.articles, start=1):
            ref = ArticleRef(entry, n)
            for slug in art.themes:
                themes.setdefault(slug, []).append(ref)
            named = {}  # code → about it; several places of one article share their city
            for place in art.places:
                division = gazetteer.by_code(place.adcode)
                if division is None:
                    continue
                named[place.adcode] = named.get(place.adcode, False) or place.primary
                idx = places.setdefault(place.adcode, PlaceIndex(division))
                (idx.primary if place.primary else idx.mentioned).append(ref)
            # the article counts for every place above those it names (once each), and every
            # county named makes its city and province pages exist
            above: dict[str, list[str]] = {}
            for code in named:
                parent = gazetteer.by_code(places[code].division.parent or "")
                while parent is not None:
                    above.setdefault(parent.adcode, []).append(code)
                    places.setdefault(parent.adcode, PlaceIndex(parent))
                    parent = gazetteer.by_code(parent.parent or "")
            for code, under in above.items():
                about = any(named[u] for u in under)
                if code in named and (named[code] or not about):
                    continue
                if code in named:  # named in passing, about a place under it: listed with that place
                    mentioned = places[code].mentioned
                    if mentioned and mentioned[-1] is ref:
                        mentioned.pop()
                places[code].below.append((ref, tuple(under), about))
    return Collection(entries, dict(sorted(series.items())), dict(sorted(places.items())), themes, taxonomy,
                      dict(parse_keys or {}))
