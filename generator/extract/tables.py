"""Figures read from the tables printed in articles: one per numeric cell.

The label is the column's head, the unit comes from the head (资金（万元）) or from the 单位：… line
printed with the table, and the place is the row's (a county in a city's table), else the article's.
A 合计/总计 row is the article's place as a whole.
"""
from __future__ import annotations

import re
from typing import Callable

from ..model import Indicator, Table
from ..parse.layout import RANK_HEAD
from .indicators import people_of
from .measures import match_measure
from .numbers import find_numbers

_HEAD_UNIT = re.compile(r"[（(]\s*(?:单位\s*[：:]\s*)?(?P<unit>[^（）()]{1,8})\s*[)）]\s*$")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|全[市县区州省盟旗]|小\s*计)$")
_NUMBERLIKE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|[万亿]?[\u4e00-\u9fff]{1,2}(?:/[\u4e00-\u9fff])?)?$")
_BARE_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")
_SUBPLACE = re.compile(r"(?:镇|乡|苏木|村|嘎查|街道|社区|屯|组|片区|园区|安置区|小区|景区|示范区|基地|企业|公司|合作社|厂|点"
                       r"|局|委|办|中心|站|所|院|部|队)$")  # 县财政局 | 帮扶干部 46: an office's share, a part
# a column that only says "the value": the row's first cell names what is counted
_VILLAGE = re.compile(r"(?:村|社区|嘎查|屯)$")
_PAIR_CELL = re.compile(r"^(\d[\d,]*(?:\.\d+)?)\s*[/／]\s*(\d[\d,]*(?:\.\d+)?)$")
_PAIR_UNITS = re.compile(r"^\s*([\u4e00-\u9fff]{1,2})\s*[/／、]\s*([\u4e00-\u9fff]{1,2})\s*$")  # 户/人, 个/人
_GENERIC_HEAD = re.compile(r"^(?:数值|数量|数据|指标值|完成情况|完成数|完成|实际完成|合计|总计|结果|情况)$")
# 目标 | 完成 | 完成率 beside 指标 | 单位: the row's measure planned, done, and how much of the plan
_PLAN_HEAD = re.compile(r"^(?:年度)?(?:目标|计划|任务)(?:数|值)?$")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")

# a column of plans or tasks (计划减贫人口, 年度任务, 目标): what is to be done, not what was
_PLANNED = re.compile(r"计划|任务|目标")
_DONE_OF_PLAN = re.compile(r"完成|率|进度|比例")  # 目标完成率, 任务完成数: how much of it was done

_CUMULATIVE = re.compile(r"^(?:累计|总量|总数|现有|目前|截至.*)$")
_SINCE_LAST = re.compile(r"^(?:较|比)(?:上期|上周|上月|上年|去年|年初)")
_ADDED = re.compile(r"新增|增加|增长|本周|本月|当月|环比|同比|比上|较上")

_PLACE_NAME = re.compile(r"(?:省|市|县|区|州|旗|盟)$")  # a row of a place the gazetteer does not know (甲县)
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
            # （资金单位：万元） over 项目个数: a column that counts things is counted in them
            counted = _COUNT_HEAD.search(_label(cell)) if k >= 1 and not shared[0].endswith(_COUNT_UNITS) else None
            units.append(counted.group(1) if counted else shared[0])
        elif shared:  # 单位：户、人、% over four columns: each head takes the one unit it can be counted in
            fits = [u for u in dict.fromkeys(shared) if k >= 1 and _counted_in(_label(cell), u)]
            units.append(fits[0] if len(fits) == 1 else None)
        else:  # 搬迁户数, 搬迁人数, 项目数: a count's head says what it counts in
            counted = _COUNT_HEAD.search(_label(cell)) if k >= 1 else None
            scored = k >= 1 and _SCORE_HEAD.search(_label(cell))  # 综合得分, 考核评分: points
            units.append(counted.group(1) if counted else "分" if scored
                         else "个" if k >= 1 and _label(cell).endswith("数") else None)
    return units


_SCORE_HEAD = re.compile(r"(?:得分|评分|分值|分数|总分)$")
_COUNT_UNITS = ("个", "户", "人", "人次", "家", "所", "处")
_COUNT_HEAD = re.compile(rf"({'|'.join(_COUNT_UNITS)})数?$")  # 项目个数, 搬迁户数, 培训人次
_MONEY_HEAD = re.compile(r"资金|金额|收入|投入|投资|补助|补贴|奖补|奖励|产值|销售额|营业额|费|款|贷款|工资|分红|收益|价")
_RATE_HEAD = re.compile(r"率|比例|比重|占比|进度")


def _counted_in(head: str, unit: str) -> bool:
    """Whether a column headed ``head`` can be counted in ``unit``: 风险消除率 in %, 奖补资金 in 万元,
    监测对象人数 in 人, 落实产业户 in 户."""
    if unit in ("%", "％"):
        return bool(_RATE_HEAD.search(head))
    if unit.endswith("元"):
        return bool(_MONEY_HEAD.search(head))
    if _RATE_HEAD.search(head) or _MONEY_HEAD.search(head):
        return False
    return unit.lstrip("万亿") in head


_HOUSEHOLDS_COUNTED = re.compile(r"^(.+户)(户数|人数)$")


def _label(cell: str) -> str:
    """A column's name: its head without the unit; 建档立卡贫困户 over 户数 | 人数 (建档立卡贫困户户数) are
    the households and their people, as a column of each is headed (建档立卡贫困户, 建档立卡贫困人口)."""
    label = _HEAD_UNIT.sub("", cell).strip()
    m = _HOUSEHOLDS_COUNTED.match(label)
    if m:
        return m.group(1) if m.group(2) == "户数" else people_of(m.group(1))
    return label


def _is_total(cell: str) -> bool:
    return bool(_TOTAL.match(re.sub(r"\s", "", cell)))  # 合　计, 全　县: spaced to the column's width


def _without_ranks(table: Table) -> Table:
    """排名 | 县市 | … over 1 | 利川市 | …: the rank is no figure and the row is named by the place after it;
    a row printed without one (the 全州 row) is already one cell shorter."""
    head, rows = table.rows[0], table.rows[1:]
    if len(head) < 3 or not RANK_HEAD.match(re.sub(r"\s", "", head[0])):
        return table
    kept = [r[1:] if len(r) == len(head) and (not r[0].strip() or r[0].strip().isdigit())
            else (r[0], *r[2:]) if len(r) == len(head) and _is_total(r[0]) and not r[1].strip()
            else r for r in rows]  # 合计 across 序号 and 乡镇: the total row
    return Table(rows=(head[1:], *kept), unit=table.unit, paragraph=table.paragraph)


def table_indicators(table: Table, index: int, place_of: PlaceOf, article_place: str | None) -> list[Indicator]:
    """Figures of ``table``, the ``index``-th table of its article."""
    if len(table.rows) < 2 or len(table.rows[0]) < 2:
        return []
    table = _without_ranks(table)
    head = table.rows[0]
    units = _units(table, head)
    unit_column = next((k for k in range(1, len(head)) if _UNIT_HEAD.match(_label(head[k]))), None)
    # 完成率（%） beside a 单位 column of 元: a column's own unit comes before the row's
    own_units = [m.group("unit").strip() if (m := _HEAD_UNIT.search(cell)) else None for cell in head]
    out: list[Indicator] = []
    parts = [r for r in table.rows[1:] if not _is_total(r[0])]
    # 合计 under rows of villages sums the villages listed, a few of the county's hundreds: not its figure
    villages = bool(parts) and all(any(_VILLAGE.search(c.strip()) for c in r[:2]) for r in parts)
    for r, row in enumerate(table.rows[1:], start=1):
        name = row[0].strip()
        total = _is_total(name)
        place = article_place if total else (place_of(name) or None)
        # a township's row is a part of the county it resolves to (黄姚镇 → 昭平县), never the county's figure
        scope, by_row = "sub" if not total and _SUBPLACE.search(name) or total and villages else "whole", False
        if not total and place is None:
            if _SUBPLACE.search(name):
                place, scope = article_place, "sub"  # a township, a village or a firm in the article's place
            else:
                place, by_row = article_place, True  # 指标 | 数值: each row names what it counts
        sentence = "；".join(f"{_label(h)}：{c}" for h, c in zip(head, row) if c)
        # 指标 | 本周新增 | 累计 over 监测对象（户） | 12 | 1298: the row names what is counted and its unit
        row_unit, row_name = (_HEAD_UNIT.search(name), _label(name)) if by_row else (None, name)
        # 指标 | 单位 | 目标 | 完成: the row's unit stands in a column of its own
        unit_cell = row[unit_column].strip() if unit_column is not None and unit_column < len(row) else ""
        for k in range(1, min(len(row), len(head))):  # a cell past the head's last has no column to name it
            if k == unit_column:
                continue
            cell, column = row[k].strip(), _label(head[k])
            label = row_name if by_row and (_GENERIC_HEAD.match(column) or len(row) == 2
                                            or unit_cell and _PLAN_HEAD.match(column)) else column
            if by_row and label != row_name and not label.startswith(row_name) and not _PLACE_NAME.search(row_name):
                # 监测对象本周新增; 累计: the level; 产业发展 | 完工率: that category's 完工率, not the place's
                label = row_name + ("" if _CUMULATIVE.match(label) else label)
            unit = own_units[k] or (row_unit.group("unit").strip() if row_unit else None) or unit_cell or units[k] or ""
            pair, units_of_pair = _PAIR_CELL.match(cell), _PAIR_UNITS.match(unit)
            if pair and units_of_pair and label:
                # 贫困户（户/人） over 196/1013: the households and their people in one cell
                first, second = units_of_pair.group(1), units_of_pair.group(2)
                cells = [(label, pair.group(1), first),
                         (people_of(label) if first == "户" and second == "人" and label.endswith("户") else label,
                          pair.group(2), second)]
            elif not cell or not label or not _NUMBERLIKE.match(cell):
                continue
            else:
                cells = [(label, cell, unit)]
            for label, cell, unit in cells:
                own_unit = not _BARE_NUMBER.match(cell)  # 126 个, 4260 万元: the cell carries its unit
                written = cell if own_unit else f"{cell}{unit}"
                numbers = find_numbers(written)
                if not numbers:
                    continue
                q = numbers[0]
                # a column of one measure is a comparison across the rows' places: the measure page's own data
                # 本周新增: what the week added to the level; 较上期（个百分点）: how far each place moved
                change = bool(_ADDED.search(column)) and (by_row or bool(_SINCE_LAST.search(column)))
                out.append(Indicator(
                    label=label, value=q.value, unit=q.unit or unit, change=change,
                    kind="target" if _PLANNED.search(label if label != row_name else column) and not _DONE_OF_PLAN.search(label)
                    else "actual",
                    text=f"{name} {written}" if label == name else f"{name} {label} {written}", sentence=sentence,
                    place=place, scope=scope, table=index, start=r, paragraph=table.paragraph,
                    measure=None if change else match_measure(label, q.unit or unit, scope=scope),
                ))
    return out
