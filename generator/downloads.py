"""Data downloads: every figure and every article as CSV (for Excel) and JSON (for programs).

CSV files start with a UTF-8 byte-order mark because Excel on Chinese Windows otherwise opens
them as GBK and shows mojibake; JSON is plain UTF-8. Rows are in a fixed order and carry no
timestamps, so an unchanged archive gives byte-identical files.
"""
from __future__ import annotations

import csv
import io
import json

from .collect import Collection
from .figures import Figure

FIGURE_COLUMNS = ("place_code", "place", "measure", "measure_name", "label", "value", "unit", "kind",
                  "date", "series", "issue", "article", "text", "sentence", "page")
ARTICLE_COLUMNS = ("date", "series", "issue", "title", "subtitle", "authors", "source", "column",
                   "places", "primary_places", "themes", "figures", "page")


def _html(target: str) -> str:
    return target.replace(".md#", ".html#").removesuffix(".md") + (".html" if target.endswith(".md") else "")


def figure_rows(figures: list[Figure] | tuple[Figure, ...]) -> list[dict]:
    from .render import num

    rows = []
    for f in figures:
        i, entry = f.indicator, f.ref.entry
        rows.append({
            "place_code": i.place or "", "place": f.place_name or "", "measure": i.measure or "",
            "measure_name": f.measure_name or "", "label": i.label, "value": num(i.value), "unit": i.unit,
            "kind": i.kind, "date": entry.issue.date or "", "series": entry.issue.series or "",
            "issue": entry.label, "article": f.ref.article.title, "text": i.text, "sentence": i.sentence,
            "page": _html(f.target),
        })
    return rows


def article_rows(c: Collection) -> list[dict]:
    rows = []
    for entry in c.issues:
        for n, a in enumerate(entry.issue.articles, start=1):
            rows.append({
                "date": entry.issue.date or "", "series": entry.issue.series or "", "issue": entry.label,
                "title": a.title, "subtitle": a.subtitle or "", "authors": "、".join(a.authors),
                "source": a.source or "", "column": a.column or "",
                "places": ";".join(f"{p.adcode} {p.name}" for p in a.places),
                "primary_places": ";".join(f"{p.adcode} {p.name}" for p in a.places if p.primary),
                "themes": ";".join(a.themes), "figures": len(a.indicators),
                "page": _html(f"{entry.page}#a{n}"),
            })
    return rows


def csv_bytes(rows: list[dict], columns: tuple[str, ...]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def json_bytes(rows: list[dict]) -> bytes:
    return (json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")
