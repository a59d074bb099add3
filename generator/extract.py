"""Extract stage: places, themes and figures for every article of a parsed issue."""
from __future__ import annotations

from dataclasses import replace

from .indicators import extract_indicators
from .model import Issue
from .places import PlaceContext, resolve_places
from .themes import Theme, assign_themes, load_taxonomy


def enrich(issue: Issue, taxonomy: tuple[Theme, ...] | None = None) -> Issue:
    taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
    context = PlaceContext(publisher=issue.publisher, series=issue.series)
    articles = []
    for art in issue.articles:
        places = resolve_places(art.title, art.subtitle, art.paragraphs, art.source, context)
        primary = next((p.adcode for p in places if p.primary), None)
        themes = assign_themes(art.title, art.subtitle, art.paragraphs, taxonomy)
        indicators = extract_indicators(art.paragraphs, place=primary)
        articles.append(replace(art, places=places, themes=themes, indicators=indicators))
    return replace(issue, articles=tuple(articles))
