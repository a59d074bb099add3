"""Numbers and dates as readers write them: 1,860 万株, 2.36 亿元, 86.5%, 1,234 户, 2018年8月6日.

Values are kept in base units (18600000 株) in the model and in every download; only what a page or
a chart shows goes through here. Large amounts are written with 万 or 亿 the way bulletins write them,
and never rounded where the bulletin's own figure has more digits than we would show: 22900600 元 is
2,290.06 万元, not 0.23 亿元.
"""
from __future__ import annotations

import math
from functools import lru_cache

WAN, YI = 10_000, 100_000_000
AXIS_FROM = 100_000  # an axis up to 16,000 户 reads better whole than as 0.0 … 1.6 万户
ROUND_FROM = 1_000_000  # from here a value 万 cannot write exactly is rounded: 123.46 万人, not 1,234,567 人
# units 万/亿 make no sense with: rates, and changes in points
UNSCALED = ("%", "‰", "百分点", "倍")
SPACE_BEFORE = {"%": "", "‰": ""}  # 86.5%, but 1,234 户


def plain(value: float, decimals: int = 6) -> str:
    """Thousands separated, at most ``decimals`` places, trailing zeros trimmed: 1,860; 2.36; 0.05."""
    if float(value).is_integer():  # most figures are whole: the quick way (every chart mark comes here)
        text = f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
    return text.replace("-", "−") if value < 0 else text


@lru_cache(maxsize=256)
def scalable(unit: str) -> bool:
    return not any(u in unit for u in UNSCALED)


def _exact(value: float, divisor: int, decimals: int = 2) -> bool:
    scaled = value / divisor
    return math.isclose(scaled, round(scaled, decimals), rel_tol=0, abs_tol=1e-9 * max(1.0, abs(scaled)))


def split(value: float, unit: str) -> tuple[str, str]:
    """The number and the unit as written: (1,860, 万株), (2.36, 亿元), (4, 万元), (86.5, %), (15,099, 户).

    万 or 亿 where it writes the value exactly with two decimals (the bulletins' 2290.06万元); a value
    it cannot is written whole (15,099 户) unless it is a million or more (123.46 万人)."""
    size = abs(value)
    if not scalable(unit) or size < WAN:
        return plain(value), unit
    if size >= YI and _exact(value, YI):
        return plain(value / YI, 2), "亿" + unit
    if _exact(value, WAN):
        return plain(value / WAN, 2), "万" + unit
    if size >= YI:
        return plain(value / YI, 4), "亿" + unit
    if size >= ROUND_FROM:
        return plain(value / WAN, 2), "万" + unit
    return plain(value), unit


@lru_cache(maxsize=1 << 16)  # a figure is shown on several pages, and most values recur
def amount(value: float, unit: str = "") -> str:
    """1,860 万株 · 2.36 亿元 · 86.5% · 1,234 户 · 92 (no unit)."""
    number, unit = split(value, unit)
    if not unit:
        return number
    return number + SPACE_BEFORE.get(unit, " ") + unit


def axis_scale(largest: float, unit: str) -> tuple[float, str]:
    """One divisor for every label of an axis, and its title: (10000, 万株) when the largest tick is
    1,500,000 株, so the labels read 0, 50, 100 … 150 rather than 1,500,000."""
    if not scalable(unit) or largest < AXIS_FROM:
        return 1, unit
    if largest >= YI:
        return YI, "亿" + unit
    return WAN, "万" + unit


def num(value: float) -> str:
    """22900600.0 → 22900600; 87.36 → 87.36 (no float noise)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def cn_date(iso: str | None) -> str:
    """2018-08-06 → 2018年8月6日 (the way dates are written in the bulletins); a figure's own date
    may be as coarse as the text: 2020-11 → 2020年11月, 2013 → 2013年."""
    if not iso:
        return "日期不详"
    return "".join(f"{int(part)}{unit}" for part, unit in zip(iso.split("-"), "年月日"))
