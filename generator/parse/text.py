"""Character-level facts about bulletin text, shared by the parse rules.

Bulletins reach us as text extracted from PDF and Word: full- and half-width punctuation mixed,
stray Markdown, page breaks in the middle of words. These helpers answer small questions
("does this line end a sentence?", "could this line be a heading?") the same way everywhere.
"""
from __future__ import annotations

import re

import cn2an


NEWS_SOURCES = r"本报讯|本刊讯|本网讯"  # how a news item opens: by this paper, this bulletin, this site
TITLE_MARKS = "◆●▲■★◇○☆◎□►▶※♦▍▌"  # what marks a title (or a column head, a contents entry) in front of it
# “空壳村”如何变“富裕村”？, 一片碣滩茶　富了一方人！: a title may ask or exclaim, one sentence, short
ASKED_TITLE = re.compile(r"^[^。；;]{4,30}[？！?!]$")

# what column heads are called (■部门动态, ◎基层传真, ■百色篇): over an untitled 本刊讯 item such a line is
# its column, where another short line would be the item's own title; never a person's name
COLUMN_TAIL = re.compile(r"(?:动态|传真|交流|经验|快讯|简讯|资讯|速递|聚焦|视窗|风采|之窗|广角|纵横|前沿|掠影|集锦|短波"
                         r"|扫描|播报|一线|要闻|观察|瞭望|点滴|篇|时评|短评|述评|言论)$")  # 时评: a newspaper's comment

# A paragraph ending in one of these is complete; anything else was probably cut by a page break.
TERMINAL = set("。！？!?；;…：:")
CLOSING_QUOTES = set("”’」』》〉")
CLOSING_PARENS = set("）)")
SENTENCE_PUNCT = set("。！？!?；;")

# Section markers that start a new unit of text: a page-break fragment never starts with one.
SECTION_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[)）]|\d+[\.、．](?!\d)|(?:0[1-9]|1\d)\s+(?=[\u4e00-\u9fff“])(?![个名户人家所项万亿元座亩])"
    r"|第[一二三四五六七八九十]+[、，,是]|【|本报讯|□)"
)

# an office's plans, as a section or an issue's last part heads them (下步工作打算, 下周工作安排)
PLANS = re.compile(r"^(?:下步|下一步|下周|下阶段|下半年|今后|近期)(?:工作)?(?:打算|安排|重点|计划|思路|措施)?$")

_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
# only a converter's export (pandoc writes media/…, images/…): other such text is the bulletin's own
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:\./)?(?:media|images?|img|pics?)/[^)]*\)(?:\{[^}]*\})?")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# A space that PDF extraction put between a Chinese character and a quote, e.g. 攻坚 “百日行动”
_SPACE_BEFORE_QUOTE = re.compile(rf"(?<=[{_CJK}])\s+(?=[“‘「『《])")


_MD_LEAD = re.compile(rf"^(?:>\s*|[-*+]\s+(?=[{_CJK}“【（(]|\d{{1,2}}\s*月))")  # - 6月18日，…: a dated list item
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
# [首页](/index.html), [大](javascript:doZoom(18)): a link saved from a web page reads as its text
_MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{0,120})\]\((?:[^()\s]|\([^()\s]{0,60}\)){0,400}\)")


def clean_line(raw: str) -> tuple[str, int]:
    """Strip a line's Markdown heading marks and emphasis; return (text, heading level or 0)."""
    line = raw.strip()
    level = 0
    if line[:1] in ">-*+":  # > 编者按…, - 古浪县：…: a quote's or a list item's mark, never its text
        line = _MD_LEAD.sub("", line, count=1)
    m = _MD_HEADING.match(line) if line.startswith("#") else None
    if m:
        level, line = len(m.group(1)), m.group(2)
    # each rule only where its marks are: most lines are plain text
    if "![" in line:
        line = _MD_IMAGE.sub(lambda m: m.group(1), line)  # ![caption](media/image2.png) from a converter
    if "](" in line:
        line = _MD_LINK.sub(r"\1", line)
    if "*" in line or "__" in line:
        line = _MD_EMPHASIS.sub("", line)
    if "\\" in line:
        line = _MD_ESCAPE.sub(r"\1", line)  # 1\. 农户自主申报: a converter's escaped punctuation
    line = _SPACES.sub(" ", line).strip()
    return line, level


# 通 榆县光伏…: a title does not start with a character standing alone (OCR split the word)
_LONE_FIRST = re.compile(r"^([\u4e00-\u9fff]) (?=[\u4e00-\u9fff]{2})")


def tidy_title(text: str) -> str:
    """A title as a reader expects it: no stray space before an opening quote."""
    return _LONE_FIRST.sub(r"\1", _SPACE_BEFORE_QUOTE.sub("", text)).strip()


def is_terminated(text: str) -> bool:
    """Does the text end a sentence (so a following block starts a new paragraph)?"""
    t = text.rstrip()
    if not t:
        return True
    last = t[-1]
    if last in TERMINAL:
        return True
    if last in CLOSING_QUOTES or last in CLOSING_PARENS:
        # 。” closes a quoted sentence; a bare ” or ） may be mid-sentence, but a short quoted or
        # bracketed tail still usually ends the paragraph, so only a preceding stop decides.
        return len(t) >= 2 and (t[-2] in TERMINAL or t[-2] in CLOSING_QUOTES or t[-2] in CLOSING_PARENS)
    return False


def has_sentence_punct(text: str) -> bool:
    return any(ch in SENTENCE_PUNCT for ch in text)


HEADING_MAX = 50


def heading_like(text: str) -> bool:
    """Short, no full stop, not ending a sentence: a title, a section head, a banner or a caption."""
    return (
        0 < len(text) <= HEADING_MAX
        and not has_sentence_punct(text)
        and not is_terminated(text)
        and not looks_like_fragment(text)
    )


_PAIRS = ("“”", "‘’", "（）", "()", "《》", "「」", "『』", "【】")
_COMMAS = re.compile(r"[，,、]")


def looks_like_fragment(text: str) -> bool:
    """A short line cut by a page break, not a heading: 开展“一 | …人群进行全 | …今年村里羊.

    Headings close what they open and stop at a comma; a title or section head with two or more
    commas stays short (全面动员,全体发力,织就…“帮扶网” is 25 characters), while the head of a
    paragraph cut at a page break runs on.
    """
    if any(text.count(a) > text.count(b) for a, b in _PAIRS):
        return True
    if text[-1] in "，,、“‘（(《":
        return True
    return len(text) > 32 and len(_COMMAS.findall(text)) >= 2


def cjk_count(text: str) -> int:
    return len(re.findall(rf"[{_CJK}]", text))


_CN_DIGITS = "〇零一二三四五六七八九十百千两"


def to_int(token: str) -> int | None:
    """'32', '３２', '三十二', '二〇一八' → int; None when it is not a number."""
    token = token.strip()
    if not token:
        return None
    ascii_digits = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if ascii_digits.isdigit():
        return int(ascii_digits)
    if all(ch in _CN_DIGITS for ch in token):
        if "十" not in token and "百" not in token and "千" not in token:
            # digit by digit, as years are written: 二〇一八
            table = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
            table["零"] = "0"
            table["两"] = "2"
            return int("".join(table[c] for c in token))
        try:
            return int(cn2an.cn2an(token, "smart"))
        except (ValueError, KeyError):
            return None
    return None
