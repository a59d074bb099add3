"""Extract stage: places, themes and figures for every article of a parsed issue.

Each extractor runs guarded: if one fails on an article (a bug, or text it cannot handle), that
article keeps its text and loses only that field, and the failure is kept as a problem.
"""
from __future__ import annotations

import traceback
from dataclasses import replace
from typing import Callable, TypeVar

from .indicators import extract_indicators
from .model import Issue, Problem
from .places import PlaceContext, resolve_places
from .themes import Theme, assign_themes, load_taxonomy

T = TypeVar("T")


def _guarded(what: str, fn: Callable[[], tuple[T, ...]], issue: Issue, line: int,
             problems: list[Problem], debug: bool) -> tuple[T, ...]:
    try:
        return fn()
    except Exception as e:  # keep the article; report the extractor's failure
        detail = traceback.format_exc() if debug else f"{type(e).__name__}: {e}"
        problems.append(Problem(issue.source.path, line, "error", f"{what}失败（程序错误，请报告）：{detail}"))
        return ()


def enrich(issue: Issue, taxonomy: tuple[Theme, ...] | None = None, debug: bool = False) -> Issue:
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    context = PlaceContext(publisher=issue.publisher, series=issue.series)
    problems = list(issue.problems)
    articles = []
    for art in issue.articles:
        places = _guarded("地区识别", lambda: resolve_places(art.title, art.subtitle, art.paragraphs, art.source, context),
                          issue, art.line, problems, debug)
        primary = next((p.adcode for p in places if p.primary), None)
        themes = _guarded("主题识别", lambda: assign_themes(art.title, art.subtitle, art.paragraphs, taxonomy,
                                                        headings=art.headings),
                          issue, art.line, problems, debug)
        indicators = _guarded("数据抽取", lambda: extract_indicators(art.paragraphs, place=primary, places=places,
                                                                          title=art.title),
                              issue, art.line, problems, debug)
        articles.append(replace(art, places=places, themes=themes, indicators=indicators))
    return replace(issue, articles=tuple(articles), problems=tuple(problems))
