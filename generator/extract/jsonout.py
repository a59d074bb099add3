"""The parsed model as JSON, in the contract of ``jianbao parse --json`` (docs: product.md)."""
from __future__ import annotations

from typing import Any

from ..model import Article, Indicator, Issue, Place
from .measures import same_unit


def place_json(place: Place) -> dict[str, Any]:
    return {
        "name": place.name, "adcode": place.adcode, "province": place.province, "city": place.city,
        "primary": place.primary, "level": place.level, "mentions": place.mentions,
    }


def indicator_json(ind: Indicator) -> dict[str, Any]:
    value: float | int = int(ind.value) if float(ind.value).is_integer() else ind.value
    # base units (product.md): 1.9万名 is 19000 人, as the data downloads have it; ``text`` keeps 名
    return {
        "label": ind.label, "value": value, "unit": same_unit(ind.unit), "kind": ind.kind, "text": ind.text,
        "sentence": ind.sentence, "place": ind.place, "scope": ind.scope, "change": ind.change,
        "date": ind.date, "measure": ind.measure,
        "paragraph": ind.paragraph, "span": [ind.start, ind.end], "table": ind.table,
    }


def article_json(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "authors": list(article.authors),
        "source": article.source,
        "column": article.column,
        "places": [place_json(p) for p in article.places],
        "themes": list(article.themes),
        "paragraphs": list(article.paragraphs),
        "headings": sorted(article.headings),
        "captions": list(article.captions),
        "notes": list(article.notes),
        "tables": [{"rows": [list(r) for r in t.rows], "unit": t.unit, "paragraph": t.paragraph} for t in article.tables],
        "indicators": [indicator_json(i) for i in article.indicators],
        "line": article.line,
    }


def issue_json(issue: Issue) -> dict[str, Any]:
    src = issue.source
    return {
        "source": {"path": src.path, "sha256": src.sha256, "format": src.format, "encoding": src.encoding,
                   "ocr": src.ocr},
        "series": issue.series,
        "kind": issue.kind,
        "special": issue.special,
        "year": issue.year,
        "issue_no": issue.issue_no,
        "total_no": issue.total_no,
        "publisher": issue.publisher,
        "date": issue.date,
        "editor_note": issue.editor_note,
        "toc": [{"title": e.title, "page": e.page, "label": e.label} for e in issue.toc],
        "articles": [article_json(a) for a in issue.articles],
        "unplaced": list(issue.unplaced),
        "overridden": list(issue.overridden),
        "warnings": list(issue.warnings),
    }
