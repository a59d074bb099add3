"""Word's automatic numbering, printed as a reader sees it.

Word and WPS turn a typed 一、 or 1. into a numbered list, so 二、 and 三、 exist only in the
numbering definitions; python-docx gives a paragraph's text without them. The parser needs them
(一、 heads a section, （一） a part of it, 1. an item), so each numbered paragraph gets its number back.
"""
from __future__ import annotations

from collections import defaultdict

import cn2an

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """1 → 一, 12 → 十二, 105 → 一百零五: as 一、 二、 count in Word."""
    return cn2an.an2cn(n) if n > 0 else str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "ideographDigital": lambda n: "".join(_DIGITS[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: _chinese(n).translate(str.maketrans("一二三四五六七八九十百", "壹贰叁肆伍陆柒捌玖拾佰")),
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "ideographZodiac": lambda n: "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12],
    "decimalEnclosedCircle": lambda n: chr(0x245F + n) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x245F + n) if 1 <= n <= 20 else str(n),
    "decimalEnclosedParen": lambda n: chr(0x2473 + n) if 1 <= n <= 20 else f"({n})",
    "decimalEnclosedFullstop": lambda n: chr(0x2487 + n) if 1 <= n <= 20 else f"{n}.",
    "ideographEnclosedCircle": lambda n: chr(0x3220 + n - 1) if 1 <= n <= 10 else _chinese(n),
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
}


def _val(element, tag: str) -> str | None:
    found = element.find(_W + tag) if element is not None else None
    return found.get(_W + "val") if found is not None else None


class Numbering:
    """The numbers of one document's numbered paragraphs, counted in document order."""

    def __init__(self, document) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int, str]]] = {}  # abstract id → level → (format, text, start, suffix)
        self._abstract: dict[str, str] = {}  # numId → abstractNumId
        self._restart: dict[str, dict[int, int]] = {}  # numId → level → start it overrides
        self._styles: dict[str, tuple[str | None, str | None, str | None]] = {}  # style id → (numId, ilvl, based on)
        self._counts: dict[str, dict[int, int]] = defaultdict(dict)
        self._started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # a document with no numbering part
            root = None
        if root is not None:
            for abstract in root.findall(_W + "abstractNum"):
                levels = {}
                for lvl in abstract.findall(_W + "lvl"):
                    start = _val(lvl, "start")
                    levels[int(lvl.get(_W + "ilvl", "0"))] = (
                        _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                        int(start) if start and start.lstrip("-").isdigit() else 1, _val(lvl, "suff") or "tab")
                self._levels[abstract.get(_W + "abstractNumId")] = levels
            for num in root.findall(_W + "num"):
                num_id = num.get(_W + "numId")
                self._abstract[num_id] = _val(num, "abstractNumId")
                for override in num.findall(_W + "lvlOverride"):
                    start = _val(override, "startOverride")
                    if start and start.isdigit():
                        self._restart.setdefault(num_id, {})[int(override.get(_W + "ilvl", "0"))] = int(start)
        for style in document.styles.element.findall(_W + "style"):
            ppr = style.find(_W + "pPr")
            numpr = ppr.find(_W + "numPr") if ppr is not None else None
            self._styles[style.get(_W + "styleId")] = (_val(numpr, "numId"), _val(numpr, "ilvl"), _val(style, "basedOn"))

    def _of_style(self, style_id: str | None) -> tuple[str | None, str | None]:
        seen = set()
        while style_id and style_id not in seen:  # a heading style may take its numbering from the one it is based on
            seen.add(style_id)
            num_id, ilvl, based = self._styles.get(style_id, (None, None, None))
            if num_id is not None:
                return num_id, ilvl
            style_id = based
        return None, None

    def label(self, p) -> str:
        """The number Word prints before paragraph ``p`` (a w:p element), counted; "" for none."""
        ppr = p.find(_W + "pPr")
        numpr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id, ilvl = _val(numpr, "numId"), _val(numpr, "ilvl")
        if num_id is None and ppr is not None:
            num_id, style_ilvl = self._of_style(_val(ppr, "pStyle"))
            ilvl = ilvl or style_ilvl
        abstract = self._abstract.get(num_id or "0")
        levels = self._levels.get(abstract or "")
        if not levels:
            return ""  # numId 0 takes a style's numbering away
        level = int(ilvl) if ilvl and ilvl.isdigit() else 0
        if level not in levels:
            return ""
        counts = self._counts[abstract]
        if num_id not in self._started:  # a list that restarts its numbering (startOverride) from its first paragraph
            self._started.add(num_id)
            for k, start in self._restart.get(num_id, {}).items():
                counts[k] = start - 1
        counts[level] = counts.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # 二、 after （三）: the next part under it counts from （一） again
        fmt, text, _, suffix = levels[level]
        if fmt == "bullet":
            return ""  # a bullet's glyph (often a Wingdings code) says nothing the text needs
        for k in range(9, -1, -1):
            if f"%{k + 1}" in text:
                k_fmt = levels.get(k, ("decimal",))[0]
                number = counts.get(k, levels.get(k, ("", "", 1))[2])
                text = text.replace(f"%{k + 1}", _FORMATS.get(k_fmt, str)(number))
        if not text:
            return ""
        return text if suffix == "nothing" or not text[-1].isascii() else text + " "
