"""Extract stage: places, themes and figures for every article of a parsed issue.

Each extractor runs guarded: if one fails on an article (a bug, or text it cannot handle), that
article keeps its text and loses only that field, and the failure is kept as a problem.
"""
from __future__ import annotations

import re
import traceback
from dataclasses import replace
from typing import Callable, TypeVar

from ..model import Issue, Problem
from ..parse.layout import collapse_spaced
from .gazetteer import HELPING_PROVINCES, load_gazetteer
from .indicators import extract_indicators
from .places import PlaceContext, home_province, resolve_places
from .tables import table_indicators
from .themes import MAX_THEMES, Theme, assign_themes, load_taxonomy, series_themes

T = TypeVar("T")
_ENGLISH = {"地区识别": "finding places", "主题识别": "finding themes", "数据抽取": "extracting figures",
            "表格数据抽取": "reading figures from tables"}


def _guarded(what: str, fn: Callable[[], tuple[T, ...]], issue: Issue, line: int,
             problems: list[Problem], debug: bool) -> tuple[T, ...]:
    try:
        return fn()
    except Exception as e:  # keep the article; report the extractor's failure
        detail = traceback.format_exc() if debug else f"{type(e).__name__}: {e}"
        problems.append(Problem(issue.source.path, line, "error", f"{what}失败（程序错误，请报告）/ "
                                                                  f"{_ENGLISH[what]} failed (a bug, please report it): {detail}"))
        return ()


def _row_place(context: PlaceContext, article_places: tuple) -> Callable[[str], "str | None"]:
    """A table row's first cell (凌云县, 凌云) → the county it names, preferring the article's own places."""
    known = {p.adcode for p in article_places}

    def place_of(cell: str) -> str | None:
        cell = collapse_spaced(cell)  # 曹　县, 单　县: a short name spaced out to the column's width
        # only a place the cell itself names (the resolver may add the issuing office's place)
        found = [p for p in resolve_places(cell, None, (), None, context)
                 if p.level != "province" and any(form and form in cell for form in (*p.forms, p.name))]
        found.sort(key=lambda p: (p.adcode not in known, p.level != "county"))
        return found[0].adcode if found else None
    return place_of


def _figures_place(places: tuple, home: str | None, text: str) -> str | None:
    """Whose figures an article reports: its first place, unless an eastern office reports on the
    areas it helps in another province (东西部协作, 对口支援): the help is counted where it was
    delivered, the most named of them first."""
    primary = next((p.adcode for p in places if p.primary), None)
    if home in HELPING_PROVINCES and primary and primary[:2] == home:
        away = [p for p in places if p.primary and p.adcode[:2] != home]
        if not away and _HELP.search(text):  # 全市已向内蒙古拨付京蒙协作资金: named, though not its subject
            away = [p for p in places if p.adcode[:2] != home]
        if area := _one_area(away):  # help to two areas (黔南州 and 毕节市) stays the sender's
            return area
    elif home and home not in HELPING_PROVINCES and primary and primary[:2] in HELPING_PROVINCES and _HELP.search(text):
        # 广州援疆“组团式”帮扶… in 疏附县's own bulletin: the helper leads the title, the help is counted here
        local = [p for p in places if p.adcode[:2] == home]
        if area := _one_area(local):
            return area
    return primary


def _one_area(places: list) -> str | None:
    """The area ``places`` make up: a single place, or the largest of them when all the others lie in
    it (广元市 and four of its counties: 广元市); None when they are several areas."""
    named = {p.adcode for p in places}
    gaz = load_gazetteer()
    outermost = {next((d.adcode for d in reversed(gaz.ancestors(p.adcode)) if d.adcode in named), p.adcode)
                 for p in places}
    return next(iter(outermost)) if len(outermost) == 1 else None


_HELP = re.compile(r"协作|对口支援|对口帮扶|对口合作|援建|援助|支援|援[疆藏青]")


def enrich(issue: Issue, taxonomy: tuple[Theme, ...] | None = None, debug: bool = False) -> Issue:
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    context = PlaceContext(publisher=issue.publisher, series=issue.series, year=issue.year)
    declared = series_themes(issue.series, issue.publisher, taxonomy)
    problems = list(issue.problems)
    articles = []
    for art in issue.articles:
        # a table's rows name places too (a city's table of its counties)
        rows = tuple("，".join(row) for table in art.tables for row in table.rows[1:])
        unsure: list[str] = []
        places = _guarded("地区识别", lambda: resolve_places(art.title, art.subtitle, art.paragraphs + rows,
                                                         art.source, context, unsure),
                          issue, art.line, problems, debug)
        problems += [Problem(issue.source.path, art.line, "info", f"《{art.title}》：{line}，未能确定，未记为本文地区 / place name left unresolved")
                     for line in unsure]
        primary = _figures_place(places, home_province(context),
                                 (issue.series or "") + art.title + "".join(art.paragraphs[:3]))
        themes = _guarded("主题识别", lambda: assign_themes(art.title, art.subtitle, art.paragraphs, taxonomy,
                                                        headings=art.headings),
                          issue, art.line, problems, debug)
        if themes and declared:  # 东西部扶贫协作简报: each article is about the help it reports, after its own themes
            themes = (*themes, *(t for t in declared if t not in themes))[:MAX_THEMES]
        indicators = _guarded("数据抽取", lambda: extract_indicators(art.paragraphs, place=primary, places=places,
                                                                          title=art.title),
                              issue, art.line, problems, debug)
        if art.tables:
            place_of = _row_place(context, places)
            indicators += _guarded("表格数据抽取", lambda: tuple(
                ind for t, table in enumerate(art.tables) for ind in table_indicators(table, t, place_of, primary)),
                issue, art.line, problems, debug)
        articles.append(replace(art, places=places, themes=themes, indicators=indicators))
    return replace(issue, articles=tuple(articles), problems=tuple(problems))
