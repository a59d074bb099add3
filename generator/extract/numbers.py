"""Find the numbers written in bulletin text and read them into values in base units.

``find_numbers(text)`` scans a string and returns every :class:`Quantity` with its character span,
so a figure can always be traced back to the words it came from.  It understands Arabic digits
(also full-width １２３), decimals, thousands separators, Chinese numerals (三百七十, 一万二千三百,
两千), 万/亿 scaling (2290.06万元 → 22900600 元), approximations (1000 多万元, 10余万), ranges
(0.5—1.5 万元 → two ends), percentages (92%, 百分之九十) and bounds (80%以上).

Two principles keep it honest:

* Chinese numerals are converted one span at a time with ``cn2an.cn2an``.  ``cn2an.transform``
  over whole text is never used: it rewrites 第一书记 into 第1书记 and 一批 into 1批.
* Chinese numerals in these bulletins are mostly rhetoric (一批, 三保障, 五个一百, 一村一品), so
  a Chinese numeral counts only when it is unambiguous: at least two characters with a multiplier
  (三百七十, 一百多家), followed by a unit, or written as 百分之….  Single characters never count.

Nothing here raises on arbitrary text: a span that cannot be read is skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import cn2an

__all__ = ["Quantity", "find_numbers", "parse_number", "normalise_digits"]


@dataclass(frozen=True)
class Quantity:
    """A number found in text, in base units (万/亿 applied)."""

    value: float
    unit: str  # base unit: % 元 人 户 个 百分点 元/月 …; "" when the number has none
    start: int  # span of ``text`` in the scanned string
    end: int
    text: str  # the words read, e.g. "1000 多万元", "80%以上"
    approx: bool = False  # 多 余 约 左右 …: the value is a round figure
    bound: str | None = None  # "min" for 以上/超过, "max" for 以下/以内
    range_role: str | None = None  # "low" / "high" for the two ends of 0.5—1.5 万元
    noun: str = ""  # the counted noun read with the number: 22.28万建档立卡贫困人口 → 建档立卡贫困人口


# Full-width forms → ASCII, one character for one so that offsets stay valid.  The Chinese comma
# "，" is deliberately not mapped: 1，200 in running text is a list, not a thousands separator.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％－～＋：／", "0123456789.%-~+:/")


_FULLWIDTH_RUN = re.compile("[０-９．％－～＋：／]+")


def normalise_digits(text: str) -> str:
    """Map full-width digits and signs to ASCII without changing the string's length."""
    # only the runs that change are translated: translating the whole text costs a lookup per character
    return _FULLWIDTH_RUN.sub(lambda m: m.group().translate(_FULLWIDTH), text)


# Units, longest first so that 个百分点 wins over 个 and 万平方米 reads as 万 + 平方米. 块钱 is how a
# villager quoted says 元 (每斤能卖5块钱).
# Compound units (元/月, 人次) are kept whole.  Left: as written; right: the base unit.
_UNIT_ALIASES = {
    "个百分点": "百分点", "百分点": "百分点", "%": "%",
    "平方米": "平方米", "平米": "平方米", "m²": "平方米", "㎡": "平方米", "m2": "平方米",
    "公里": "公里", "km": "公里", "千米": "公里", "米": "米",
    "个工作日": "工作日", "工作日": "工作日", "个课时": "课时", "个月": "个月", "个位次": "位次", "位次": "位次",
    "户（次）": "户次", "人（次）": "人次", "户(次)": "户次", "人(次)": "人次",
    "人次": "人次", "户次": "户次", "场次": "场次", "元/月": "元/月", "元/年": "元/年",
    "元/人": "元/人", "元/亩": "元/亩", "元/户": "元/户", "元/担": "元/担", "元/斤": "元/斤", "元/公斤": "元/公斤",
    "元/吨": "元/吨", "头（只）": "头（只）", "头(只)": "头（只）",
    "块钱": "元", "元": "元", "人": "人", "户": "户", "个": "个", "名": "名", "位": "位", "家": "家", "条": "条",
    "件": "件", "次": "次", "亩": "亩", "公顷": "公顷", "吨": "吨", "斤": "斤", "头": "头",
    "只": "只", "羽": "羽", "套": "套", "栋": "栋", "间": "间", "所": "所", "座": "座", "台": "台",
    "辆": "辆", "部": "部", "期": "期", "批": "批", "项": "项", "种": "种", "类": "类", "场": "场",
    "届": "届", "倍": "倍", "分": "分", "岁": "岁", "年": "年", "月份": "月", "月": "月",
    "日": "日", "天": "天", "小时": "小时", "分钟": "分钟", "周": "周", "版": "版", "页": "页",
    "室": "室", "宗": "宗", "笔": "笔", "张": "张", "株": "株", "棵": "棵", "份": "份", "起": "起", "档": "档",
    # things counted by their own measure word: 驻村工作队 96 支, 供水工程 47 处, 远程会诊 3162 例
    "支": "支", "处": "处", "例": "例", "股": "股", "款": "款", "节": "节", "袋": "袋", "箱": "箱", "眼": "眼",
    "枚": "枚", "把": "把", "块": "块",
    # what farms, trips and pairs are counted in: 食用菌 3200 万棒, 鱼苗 10 万尾, 中蜂 5.8 万群, 路灯 120 盏,
    # 水窖 86 口, 专车 26 趟, 排查 3 轮, 结对 42 对 (1对1 is a way of helping: see _UNIT_RE)
    "口人": "人", "棒": "棒", "尾": "尾", "群": "群", "盏": "盏", "口": "口", "趟": "趟", "趟次": "趟次", "轮": "轮", "对": "对",
    "台次": "台次", "批次": "批次", "车次": "车次", "学时": "学时", "本": "本", "周岁": "周岁", "平方公里": "平方公里",
    # power (光伏扶贫电站), water works and weights: 4.6万千瓦 is no sum of money
    "千瓦时": "千瓦时", "千瓦": "千瓦", "兆瓦": "兆瓦", "立方米": "立方米", "公斤": "公斤", "千克": "公斤",
    "担": "担",  # 烟叶收购 39.6 万担 (50 kg)
    # divisions counted by their own name: 四县, 三县两区, 辖2镇3乡
    "县": "县", "区": "区", "镇": "镇", "乡": "乡",
}
_UNIT_RE = "|".join(re.escape(u) + (r"(?![\d一二两三四五六七八九十])" if u in ("对", "口", "轮", "本") else "")
                    for u in sorted(_UNIT_ALIASES, key=len, reverse=True))  # 1对1, 一对一, 3口之家 … 5口人 stays
_CJK_NEXT = re.compile(r"\s*[\u4e00-\u9fff]")
_SPENT = re.compile(r"挣|赚|卖|买|花|收入|工资|拿|领|给|值|钱|补")
_SCALES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}

# Nouns that, after a bare 万 (22.28万建档立卡贫困人口, 10余万老百姓), tell that people are counted.
_PEOPLE = re.compile(r"[^\d，。；、,;（(“]{0,8}?(人口|老百姓|百姓|村民|群众|居民|农民|人)")

_AR = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_CHARS = "零〇一二两三四五六七八九十百千万亿点"
_CN = rf"[{_CN_CHARS}]+"
_SP = r"[ \t\u3000\u00a0]*"  # spaces seen between a number and its unit: 1.862 亿元

# One number and what follows it.  Groups: pre (约/近), num, approx (多/余 before 万),
# scale, approx2 (多 after 万: 8亿多元), unit, post (左右/以上/以下 …).
_NUMBER = re.compile(
    rf"(?P<pre>约|近|大约|将近)?{_SP}"
    rf"(?:百分之(?P<pct>{_CN}|{_AR})|(?P<num>{_AR})|(?P<cn>{_CN}))"
    rf"{_SP}(?P<approx>多|余|来)?{_SP}(?P<scale>万亿|亿|万)?(?P<approx2>多|余)?"
    rf"{_SP}(?P<unit>{_UNIT_RE})?"
    rf"(?:{_SP}(?P<post>左右|及以上|以上|以下|以内|之内|多|余))?"
)

# Spans that look numeric but are not quantities; blanked before scanning (same length).
_MASKS = [
    re.compile(r"(?<![\w.\-])[\w.\-]++@[\w\-]+(?:\.[\w\-]+)+"),  # e-mail addresses: gxfpzhxtz@163.com
    re.compile(r"(?<!\d)0\d{2,3}\s*[—\-–]+\s*\d{7,8}(?!\d)"),  # phones: 0771—2806239
    re.compile(r"(?<![\d.])1[3-9]\d{9}(?!\d)"),  # mobile phones
    re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号"),  # document numbers: 〔2018〕12号
    re.compile(r"(?<!\d)\d++(?:\s*:\s*\d+)+"),  # ratios 3:4:3 and times 8:30
    re.compile(r"(?<![\dA-Za-z])[\dA-Za-z]++(?:\s*\+\s*[\dA-Za-z]+)+"),  # formulas 5+2, 3+1, 1+N
    re.compile(r"第\s*[\d零〇一二两三四五六七八九十百千]+"),  # ordinals: 第一书记, 第32期, 第二批
    re.compile(r"(?:^|(?<=[\n（(。；！？]))\s*[#*]*\s*\d{1,2}\s*(?:[.、．]|[）)])(?!\d)"),  # sections 1. 1、 1）
    re.compile(r"[（(]\s*\d{1,2}\s*[）)]"),  # sections （1）
    # codes and ids: PSAM2, 2019ABC
    re.compile(r"(?<![\dA-Za-z])(?:[A-Za-z]++\d[A-Za-z\d]*|\d++(?!km|m2|kg)[A-Za-z]{2,})"),
]

_RANGE_DASH = re.compile(rf"{_SP}(?:[—–\-~]+|至|到){_SP}")


@lru_cache(maxsize=4096)  # a few hundred numerals make up most of any archive (三, 两, 十二, 100); cn2an is slow
def _decimal(text: str) -> Decimal | None:
    """Read one numeral (Arabic or Chinese) as a Decimal, or None when it is not a number."""
    text = text.replace(",", "")
    try:
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            return Decimal(text)
        if text in ("百", "十"):  # 百分之百, 百分之十
            return Decimal(100 if text == "百" else 10)
        value = cn2an.cn2an(text, "normal")
        return Decimal(str(value))
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation, AttributeError):
        return None


# A lone digit counts before these measure words only (三个区间, 四项内容, 分三批, 前三年, 一公里):
# 一批, 三保障, 两不愁 have none.  一 is mostly an article (一个主战场), so it counts only before time
# and distance.
_LONE_UNITS = frozenset("个 档 项 类 种 批 档 县 区 镇 乡 年 天 个月 公里 名 位 人 户 家 条 期 所 座 次 倍 周 小时".split())
_LONE_ONE_UNITS = frozenset("年 天 个月 公里 小时 周".split())


def _lone_ok(m: re.Match, text: str) -> bool:
    """一二十人, 七八十人: two neighbouring digits before a multiplier are a round figure (checked
    by the caller); a lone digit (三个区间) is a figure before a measure word, but not in a slogan:
    五个一批 (a numeral follows), “三个一” (quoted)."""
    run, unit = m.group("cn"), m.group("unit") or ""
    if run == "一" and unit not in _LONE_ONE_UNITS or unit not in _LONE_UNITS or m.group("scale"):
        return False
    if run == "一" and _progression(text, m.start("cn"), unit):
        return False
    after = text[m.end():m.end() + 1]
    before = text[max(0, m.start("cn") - 1):m.start("cn")]
    if run == "二" and unit == "次" and re.match(r"[\u4e00-\u9fff]", after):
        return False  # 二次报销, 二次核查: "a second round of", a name; a count of times is 两次
    slogan = unit == "个" and after and after in _CN_CHARS  # 五个一批, 三个一百; 三县两区 is two counts
    return not slogan and before not in ("“", "「", "‘") and after not in ("”", "」", "’")


# 一天比一天好, 一年又一年, 一天天: a progression, said of no particular number of days
_PROGRESSION_LINKS = ("比", "又", "接", "胜", "赛", "")


def _progression(text: str, start: int, unit: str) -> bool:
    """Whether the 一 at ``start`` with ``unit`` is one member of 一U比一U (or 又, 接, 胜, 赛, 一U一U, 一UU)."""
    one = "一" + unit
    if text.startswith(unit, start + len(one)):  # 一天天
        return True
    for link in _PROGRESSION_LINKS:
        if text.startswith(link + one, start + len(one)):  # the first member
            return True
        if text.endswith(one + link, 0, start):  # the second
            return True
    return False


_ROUGH = re.compile(r"([一二三四五六七八九])([二三四五六七八九])([十百千])")


def _chinese_ok(m: re.Match, text: str) -> bool:
    """Whether a Chinese numeral is a figure rather than rhetoric (一批, 五个一百, 十三五)."""
    run = m.group("cn")
    if run[0] not in "一二两三四五六七八九十零〇":  # 千亿元产业园, 百日行动: adjectives
        return False
    if len(run) == 1 and run != "十":
        before = text[max(0, m.start("cn") - 1):m.start("cn")]
        return not (before and before in _CN_CHARS + "个") and _lone_ok(m, text)
    if len(run) < 2 or not re.search("[十百千万亿点]", run):  # 三保障, 一二十人
        return False
    # the tail of a run already refused (一二十人 → 二十人) or a count of slogans (五个一百, 一个九十)
    before = text[max(0, m.start("cn") - 1):m.start("cn")]
    if before and (before == "个" or before in _CN_CHARS):
        return False
    return bool(m.group("unit"))  # 三百七十人, 一百多家; bare runs (十二有) are words


def _to_float(value: Decimal) -> float:
    # Decimal keeps 2290.06 × 10000 exact; a float product would give 22900600.000000004.
    return float(value.normalize()) if value == value.to_integral_value() else float(value)


def _quantity(m: re.Match, text: str, written: str) -> Quantity | None:
    """The quantity ``m`` read in ``text`` (masked); its words are taken from ``written``, the text as given."""
    pre, pct, num, cn, approx1, scale, approx2, unit_written, post = m.group(  # read once: asked for often
        "pre", "pct", "num", "cn", "approx", "scale", "approx2", "unit", "post")
    raw = pct or num or cn
    if cn and not _chinese_ok(m, text):
        return None
    rough = _ROUGH.fullmatch(raw) if cn else None
    if rough and "一二三四五六七八九".index(rough.group(1)) + 1 == "一二三四五六七八九".index(rough.group(2)):
        base, rough_ok = _decimal(rough.group(1) + rough.group(3)), True  # 七八十人: at least 70
    else:
        base, rough_ok = _decimal(raw), False
    if base is None:
        return None
    value = base * _SCALES[scale] if scale else base
    unit = _UNIT_ALIASES.get(unit_written or "", "")
    end, noun = m.end(), ""
    if unit == "块" and not _CJK_NEXT.match(text, end) and _SPENT.search(text, max(0, m.start() - 10), m.start()):
        unit = "元"  # 每月能挣两千来块。: money, as a villager says it; 界碑 34 块, 34 块界碑 are stones
    if pct:
        unit = "%"
    elif scale and not unit:  # 22.28万建档立卡贫困人口 → 人; 10余万老百姓 → 人
        people = _PEOPLE.match(text, end)
        if people and not re.search(r"\d", people.group(0)):
            unit, end, noun = "人", people.end(), people.group(0).strip()
    if unit == "%" and scale:
        return None  # 50万% is noise
    post = post or ""
    approx = rough_ok or bool(pre or approx1 or approx2 or post in ("左右", "多", "余"))
    bound = "min" if post in ("以上", "及以上") else "max" if post in ("以下", "以内", "之内") else None
    first = "pre" if pre else "pct" if pct else "num" if num else "cn"
    start = m.start(first) - (3 if first == "pct" else 0)  # 百分之 comes before the pct group
    while end > start and text[end - 1].isspace():  # the unit group may have eaten trailing spaces
        end -= 1
    return Quantity(_to_float(value), unit, start, end, written[start:end], approx, bound, noun=noun)


# What each mask cannot match without (same order as _MASKS): a mask whose requirement is missing
# from the text is skipped, which changes nothing but saves most of the work.
_MASK_NEEDS = tuple(map(re.compile, (
    "@", r"\d\s*[—\-–]", r"1[3-9]\d{9}", "号", ":", r"\+", "第", r"\d\s*[.、．）)]", r"[（(]\s*\d", "[A-Za-z]")))
assert len(_MASK_NEEDS) == len(_MASKS)
_ANY_MASK_NEEDS = re.compile("|".join(needs.pattern for needs in _MASK_NEEDS))  # most sentences have none


def _masked(text: str) -> str:
    if not _ANY_MASK_NEEDS.search(text):
        return text
    for mask, needs in zip(_MASKS, _MASK_NEEDS):
        if needs.search(text):
            text = mask.sub(lambda m: "\x00" * len(m.group(0)), text)
    return text


def _join_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """0.5—1.5 万元: a bare number joined by a dash to a measured one takes its scale and unit."""
    out: list[Quantity] = []
    for i, q in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        between = text[q.end:nxt.start] if nxt else ""
        if nxt and _RANGE_DASH.fullmatch(between) and (not q.unit or q.unit == nxt.unit) and nxt.unit:
            low = q
            if not q.unit:
                m = _NUMBER.match(text, nxt.start)
                scale = _SCALES.get(m.group("scale") or "", Decimal(1)) if m else Decimal(1)
                low_value = Decimal(str(q.value)) * scale
                low = _with(q, value=_to_float(low_value), unit=nxt.unit)
            out.append(_with(low, range_role="low"))
            found[i + 1] = _with(nxt, range_role="high")
        else:
            out.append(q)
    return out


def _with(q: Quantity, **changes) -> Quantity:
    return Quantity(**{**q.__dict__, **changes})


_PRE = ("将近", "大约", "约", "近")
_WORDS_IN_YUE = ("签约", "节约", "合约", "预约", "履约", "违约", "特约", "解约", "续约", "集约")
_SPACES = " \t\u3000\u00a0"


def _next_number(scan: str, pos: int) -> re.Match | None:
    """``_NUMBER.search(scan, pos)``, found faster: from the next numeral, back over spaces and 约/近.
    The search itself tries the whole pattern at every character, the slowest step of reading numbers."""
    while True:
        found = _ANY_NUMERAL.search(scan, pos)
        if found is None:
            return None
        if not _refused_alone(scan, found.start()):
            break
        pos = found.start() + 1
    start = found.start()
    while start > pos and scan[start - 1] in _SPACES:
        start -= 1
    pre = ""
    if start > pos and scan[start - 1] in "约近":  # what each of _PRE ends with: most numerals have none
        pre = next((p for p in _PRE if scan.endswith(p, pos, start)), "")
    if pre == "约" and scan.endswith(_WORDS_IN_YUE, pos, start):
        pre = ""  # 签约 3.2 万人: the end of a word, not "about"
    return _NUMBER.match(scan, start - len(pre)) if pre else _NUMBER.match(scan, start)


_ANY_NUMERAL = re.compile(rf"[\d{_CN_CHARS}]")  # \d: full-width digits too
# What may follow a lone Chinese digit that _lone_ok could accept: a space, 多/余/来, a measure word
_AFTER_LONE = frozenset(_SPACES + "多余来" + "".join(u[0] for u in _LONE_UNITS))
_AFTER_LONE_ONE = frozenset(_SPACES + "多余来" + "".join(u[0] for u in _LONE_ONE_UNITS))


def _refused_alone(scan: str, at: int) -> bool:
    """Whether the numeral character at ``at`` is one that _chinese_ok refuses whatever the pattern
    reads around it, told from the character itself and the next one: most Chinese numerals are
    words (重点, 千方百计, 进一步, 三保障), and matching the whole pattern at each costs more than
    the rest of reading numbers."""
    char, after = scan[at], scan[at + 1:at + 2]
    if char not in _CN_CHARS:
        return False
    if char in "百千万亿点":  # never the first of a figure's numeral, save in 百分之…
        return not scan.startswith("百分之", at)
    if after and after in _CN_CHARS:
        return False  # a run of numerals (三百七十): read whole
    if char == "十":
        return True  # 十 alone is no figure
    return after not in (_AFTER_LONE_ONE if char == "一" else _AFTER_LONE)


def find_numbers(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with spans into ``text`` itself."""
    if not isinstance(text, str) or not _ANY_NUMERAL.search(text):
        return []  # a third of a bulletin's sentences have no numeral at all: nothing to mask or scan
    scan = _masked(normalise_digits(text))
    found: list[Quantity] = []
    pos = 0
    while pos < len(scan):
        m = _next_number(scan, pos)
        if not m:
            break
        q = None
        prev = scan[m.start() - 1] if m.start() else ""
        # a digit glued to letters, a dot or another digit is part of something else (v1.2, a.1)
        if not (prev.isascii() and (prev.isalnum() or prev == ".")):
            q = _quantity(m, scan, text)
        if q is not None:
            found.append(q)
            pos = q.end
        else:  # a refused Chinese run is retried one character on: 五个一百 → 个一百 → 一百
            pos = m.end() if m.group("num") or m.group("pct") else m.start() + 1
    return _join_ranges(found, scan)


def parse_number(text: str) -> float | None:
    """The value of one numeral written alone: "三百七十" → 370, "2290.06万" → 22900600."""
    if not isinstance(text, str):
        return None
    s = normalise_digits(text).strip()
    m = re.fullmatch(rf"(?:百分之)?({_AR}|{_CN})\s*(万亿|亿|万)?\s*%?", s)
    if not m:
        return None
    base = _decimal(m.group(1))
    if base is None:
        return None
    return _to_float(base * _SCALES[m.group(2)] if m.group(2) else base)
