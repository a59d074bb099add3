"""Figures read from the tables printed in articles: one per numeric cell.

The label is the column's head, the unit comes from the head (资金（万元）) or from the 单位：… line
printed with the table, and the place is the row's (a county in a city's table), else the article's.
A 合计/总计 row is the article's place as a whole.
"""
from __future__ import annotations

import re
from typing import Callable

from .model import Indicator, Table
from .numbers import find_numbers

_HEAD_UNIT = re.compile(r"[（(]\s*(?:单位\s*[：:]\s*)?(?P<unit>[^（）()]{1,8})\s*[)）]\s*$")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|全[市县区州省盟旗]|小\s*计)$")
_NUMBERLIKE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*%?$")

PlaceOf = Callable[[str], "str | None"]  # a row's first cell → its place code, or None


def _units(table: Table, head: tuple[str, ...]) -> list[str | None]:
    """Each column's unit: from its head (资金（万元）), else the table's 单位：万元 (or 万亩、户 in order)."""
    shared: list[str] = re.split(r"[、，,/]", table.unit) if table.unit else []
    numeric_columns = [k for k in range(1, len(head))]
    units: list[str | None] = []
    for k, cell in enumerate(head):
        m = _HEAD_UNIT.search(cell)
        if m:
            units.append(m.group("unit").strip())
        elif len(shared) == len(numeric_columns) and k >= 1:
            units.append(shared[k - 1])
        elif len(shared) == 1:
            units.append(shared[0])
        else:
            units.append(None)
    return units


def _label(cell: str) -> str:
    return _HEAD_UNIT.sub("", cell).strip()


def table_indicators(table: Table, index: int, place_of: PlaceOf, article_place: str | None) -> list[Indicator]:
    """Figures of ``table``, the ``index``-th table of its article."""
    if len(table.rows) < 2 or len(table.rows[0]) < 2:
        return []
    head = table.rows[0]
    units = _units(table, head)
    out: list[Indicator] = []
    for r, row in enumerate(table.rows[1:], start=1):
        name = row[0].strip()
        total = bool(_TOTAL.match(re.sub(r"\s", "", name)))
        place = article_place if total else (place_of(name) or None)
        scope = "whole"
        if not total and place is None:
            place, scope = article_place, "sub"  # a township, a firm or a project in the article's place
        sentence = "；".join(f"{_label(h)}：{c}" for h, c in zip(head, row) if c)
        for k in range(1, len(row)):
            cell = row[k].strip()
            label = _label(head[k])
            if not cell or not label or not _NUMBERLIKE.match(cell):
                continue
            unit = units[k] or ""
            numbers = find_numbers(f"{cell}{unit}" if not cell.endswith("%") else cell)
            if not numbers:
                continue
            q = numbers[0]
            out.append(Indicator(
                label=label, value=q.value, unit=q.unit or unit, kind="actual",
                text=f"{name} {label} {cell}{'' if cell.endswith('%') else unit}", sentence=sentence,
                place=place, scope=scope, table=index, start=r, paragraph=table.paragraph,
            ))
    return out
