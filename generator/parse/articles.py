"""Between header and footer: re-join page breaks, then cut the text into articles.

Bulletin articles end with an attribution line （office name）; newspaper items are opened by a
title with a subtitle (——…) or a byline (□ …) and closed by (下转4版) or a signature (张晋晋).
Everything the rules cannot place is kept in ``unplaced`` with a problem naming its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Article, Problem, TocEntry
from .attribution import _ORG_TAIL, _SIGNING_PLACE, _TRAILING_SIGNATURE, _loose_names, parse_attribution, parse_byline, split_names, trailing_author, trailing_office
from .blocks import IMAGE, INLINE_CONTINUATION, Block, attribution_inner, classify
from .text import ASKED_TITLE, COLUMN_TAIL, NEWS_SOURCES, PLANS, SECTION_START, TITLE_MARKS, is_terminated, tidy_title

# ◆ ● ▲ ■ ★ ◇ ○ before a title, or its number at article level (1. / 一、): never part of the title
TITLE_MARKER = re.compile(rf"^\s*[{TITLE_MARKS}]+\s*")
_ARTICLE_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
                             r"|(?:典型)?案例\s*[一二三四五六七八九十\d]{1,3}(?:\s*[、：:.．]|\s+))\s*(?=\S)")  # 案例一　芒部镇…
_COLUMN_WORDS = 8  # a column head is a short noun phrase: 工作动态, 基层传真, 经验交流


# not a section 【一】 or column 【简讯】; who sent it may follow: 【…】（普兰县扶贫办）
_BRACKETED = re.compile(r"^[【〖]([^【】〖〗]{6,})[】〗](?=\s*(?:[（(][^（）()]{2,30}[)）])?$)")


# 旗乡村振兴局： / 代钦塔拉苏木： alone on a line over its text: a weekly's item, titled by who reports it
_WHO_LABEL = re.compile(r"^\s*([\u4e00-\u9fff（）()·]{2,20}?)\s*[：:]\s*$")
# how the name of who reports ends: an office, a firm, a work team, a place (县财政局, 龙泉关镇, 代钦塔拉苏木)
_WHO_TAIL = re.compile(r"(?:办公室|办|局|委|部|厅|中心|指挥部|政府|街道|社区|公司|合作社|工作队|队|站|所|院|苏木|嘎查|镇|乡|县|旗|区|市|村)$")


def _labels_as_titles(blocks: list[Block]) -> list[Block]:
    """A line that only names an office or a place, with a colon, over text is that item's title (as
    1.县财政局：… run into its text is a paragraph of a round-up); 会议要求： over text is not."""
    out = list(blocks)
    for k, b in enumerate(blocks[:-1]):
        m = _WHO_LABEL.match(b.text) if b.kind == "toc_label" else None
        if m and blocks[k + 1].kind == "body" and _WHO_TAIL.search(m.group(1)):
            out[k] = Block(b.text.strip(), b.line, b.level, b.gap, "heading")  # the colon says what it is
    return out


def article_title(text: str) -> str:
    text = _BRACKETED.sub(r"\1", text.strip())  # 【沿河县“三变”改革激活乡村产业发展】: the brackets are the mark
    if _WHO_LABEL.match(text):
        text = text.rstrip("：: ")  # 旗民政局：, a label over the text: the colon is no part of the title
    return tidy_title(_ARTICLE_NUMBER.sub("", TITLE_MARKER.sub("", text), count=1))


def number_style(text: str) -> str | None:
    """The numbering before a title, any number: （一） → （一）, 3. → 1., None when unnumbered."""
    m = _ARTICLE_NUMBER.match(text)
    if m is None:
        return None
    return re.sub(r"\d+", "1", re.sub(r"[一二三四五六七八九十]+", "一", re.sub(r"\s+", "", m.group())))


def column_name(text: str) -> str:
    name = _ARTICLE_NUMBER.sub("", TITLE_MARKER.sub("", text.strip("【】〖〗[] ")), count=1)
    return _TRAILING_MARKER.sub("", name).strip()  # ★工作动态★


def unspaced(column: str | None) -> str | None:
    """【简　讯】: a column's name, spaced out to fill its box, as it is called."""
    return _SPACED_NAME.sub("", column) if column and len(column) <= 16 else column


_SPACED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


_TRAILING_MARKER = re.compile(rf"\s*[{TITLE_MARKS}]+$")
# 【产业振兴】于都县富硒蔬菜产业带动脱贫户稳定增收: a column's name before the title on its line
_COLUMN_LEAD = re.compile(r"^[【〖\[]\s*([\u4e00-\u9fff]{2,8})\s*[】〗\]]\s*(?=[^\s。！？]{6,}$)")

# ---------------------------------------------------------------- page-break joins


def _is_interruption(blocks: list[Block], j: int) -> bool:
    """A caption or banner dropped into the middle of a sentence by the page layout."""
    b = blocks[j]
    if b.kind == "caption":
        return True
    if b.kind != "heading" or b.level or _NUMBER_PIECE.match(b.text):
        return False
    # captions stand apart (extra blank lines) or are bare noun phrases; a section head that
    # follows a cut paragraph (columns out of order) has commas and stays where it is
    if b.gap < 2 and re.search(r"[，,、]", b.text):
        return False
    after = blocks[j + 1] if j + 1 < len(blocks) else None
    return after is not None and after.kind == "body" and not SECTION_START.match(after.text)


# .2 or 36% starting a line: the rest of a number cut by a page break (87. | 36%)
_NUMBER_PIECE = re.compile(r"^[.．]?\d")
_BARE_NUMBER = re.compile(r"^\d+[.．]?$")


# 返，确保… continues a cut word; 近年， or 同时， opens a sentence, so only one character may precede
_CONTINUATION_START = re.compile(r"^(?:[—\-–%％．.、，,）)：:；;]|[^，。,、；：\s“”][，。,、；])")


def _continues(head: Block, nxt: Block) -> bool:
    """A short line that is the first half of a cut sentence, not a heading: 早劝 | 返，确保…;
    学生 1 | 2 名; 抽调 1 | —2 名."""
    if head.kind != "heading" or head.level or nxt.kind != "body" or SECTION_START.match(head.text) \
            or SECTION_START.match(nxt.text):
        return False
    if head.text[-1].isdigit() and nxt.text[:1].isdigit():
        return True
    if "，" in head.text and _NUMBER_PIECE.match(nxt.text):
        return True  # …覆盖率达到 | 96.5%，…: a sentence, not a title, runs on into a number
    return bool(_CONTINUATION_START.match(nxt.text))


def _opens_bracket(block: Block) -> bool:
    """（那坡县…专责小组 | 办公室 黄海明）: an attribution line cut in two by a page break."""
    t = block.text
    return t[:1] in "（(" and t.count("（") + t.count("(") > t.count("）") + t.count(")")


def _wrapped(head: Block, nxt: Block, newspaper: bool = False) -> bool:
    """A title printed over two adjacent lines (no blank line between them). A line with a mark of its
    own (★工作动态, ◆title) stands alone: it is a column head or a title."""
    return (head.kind == nxt.kind == "heading" and nxt.gap == 0 and not head.level
            and not SECTION_START.match(nxt.text) and not _MARKED.match(nxt.text)
            # ●全县脱贫摘帽“百日冲刺” | 行动全面打响: a marked line longer than a column's name goes on below
            and (not _MARKED.match(head.text) or len(TITLE_MARKER.sub("", head.text)) > _COLUMN_WORDS
                 and not COLUMN_TAIL.search(head.text))
            and not _LABELLED.match(nxt.text) and not _couplet(head.text) and bare_signature(nxt.text) is None
            and not (len(head.text) <= 10 and COLUMN_TAIL.search(head.text))  # 一、典型经验 over its title
            # a title is broken where the line is full: a first line shorter than the second is a
            # newspaper's kicker over its headline (小画笔描绘致富新图景 | 巨野县农民绘画产业带动群众增收)
            and (len(nxt.text) < len(head.text) + 3 or len(head.text) < 6)  # 草 | 堂镇…: a scan's broken line
            # a newspaper sets its kicker (决战决胜脱贫攻坚　晴隆在行动) as phrases apart over the headline
            and not (newspaper and " " in head.text.strip()))


# 沙地变绿洲 群众鼓腰包: two parallel phrases of about one length (quotes not counted), set apart by a
# space, are a whole line (a kicker, 引题), not a title's first half (都安县“三联”模式 助力打赢 |
# 深度贫困地区脱贫攻坚战)
_COUPLET = re.compile(r"^([\u4e00-\u9fff“”‘’]{3,12}) ([\u4e00-\u9fff“”‘’]{3,12})$")  # 念好“山”字经 打好“特色”牌
_QUOTES = re.compile("[“”‘’]")


def _couplet(text: str) -> bool:
    m = _COUPLET.match(text)
    return m is not None and abs(len(_QUOTES.sub("", m.group(1))) - len(_QUOTES.sub("", m.group(2)))) <= 1


_MARKED = re.compile(rf"^\s*[{TITLE_MARKS}【〖]")
# 金寨县：一片茶叶… — a title opens with its place's label; a line that does is not the second half of
# the line above (a newspaper's kicker, 引题, printed right over its headline)
_LABELLED = re.compile(r"^[^，。,、：:\s]{2,8}[：:]\S")


def _signed(text: str) -> bool:
    """…不返贫。（兰考县扶贫办 王磊）: the text ends with its signature, so it does not run on; so does
    any bracket opened after the last sentence's stop (a signature the rules cannot read is one too)."""
    return text.endswith(("）", ")")) and bool(trailing_office(text) or trailing_author(text)
                                              or _BRACKET_AFTER_STOP.search(text))


_PLACE_IN_OFFICE = re.compile(r"[省市县区州旗盟乡镇]")


def bare_signature(text: str) -> tuple[str, list[str]] | None:
    """县农业农村局　何文军, or an office alone named for its place (县林业局), printed without brackets:
    (office, writers). A section head (一、…, 党委领导) or a sentence is none."""
    if len(text) > 40 or re.search(r"[，,。：:“”《]", text) or SECTION_START.match(text):
        return None
    org, people = parse_attribution(text)
    if any(len(p) > 4 and "·" not in p for p in people):
        return None  # 村村有电站　户户有收益: a newspaper's kicker of two phrases, no office and writer
    if not org or not (_ORG_TAIL.search(org) or people and _SIGNING_PLACE.search(org)) or " " in org:
        return None  # 县林业局, 华家岭镇　陈文斌 (a township signs with its writer)
    if not people and (len(org) > 20 or not _PLACE_IN_OFFICE.search(org[:-1])):
        return None
    return org, people
_BRACKET_AFTER_STOP = re.compile(r"[。！？!?]\s*[（(][^（）()]{2,40}[)）]$")


# 28.6亿元 / 1100余人 / 100%: a number and its unit alone on a line, as a 数读 box prints them
# ◎杂粮标准化基地：已落实4.6万亩 too: a word or two may stand before the number
_KEYED_QUANTITY = re.compile(rf"^[{TITLE_MARKS}]?\s*[\u4e00-\u9fff][\u4e00-\u9fff“”、（）()·]{{1,23}}[：:]\s*[\u4e00-\u9fff]{{0,4}}\d[^。！？]{{0,60}}$")
_LABELLED_QUANTITY = re.compile(r"^[\u4e00-\u9fff“”、]{2,30}\s+(?:约|近|超|逾)?\d[\d.,]*\s*(?:余|多)?\s*(?:万|亿)?\s*(?:%|[\u4e00-\u9fff]{1,3})$")
_BARE_QUANTITY = re.compile(r"^(?:约|近|超|逾)?\d[\d.,]*\s*(?:余|多)?\s*(?:万|亿)?\s*(?:%|[\u4e00-\u9fff]{1,3})?$")


def join_figure_boxes(blocks: list[Block]) -> list[Block]:
    """A 数读 box (28.6亿元 / 累计投入各级财政专项扶贫资金, three pairs or more): each number and the words
    under it become one line of text (累计投入各级财政专项扶贫资金 28.6亿元), read as any sentence is."""
    def pair(k: int) -> bool:
        return k + 1 < len(blocks) and blocks[k].kind in ("heading", "body") and blocks[k + 1].kind in ("heading", "body") \
            and _BARE_QUANTITY.match(blocks[k].text) is not None and len(blocks[k + 1].text) <= 30 \
            and not _BARE_QUANTITY.match(blocks[k + 1].text) and not re.search(r"[。！？；;]", blocks[k + 1].text)

    def labelled(k: int) -> bool:  # 全州易地扶贫搬迁　32.6 万人, ▲闽宁协作财政援助资金：3.2亿元: a box's data lines
        return k < len(blocks) and blocks[k].kind in ("heading", "body") and (
            _LABELLED_QUANTITY.match(blocks[k].text) is not None or _KEYED_QUANTITY.match(blocks[k].text) is not None)

    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while labelled(j):
            j += 1
        if j - i >= 3:
            out.extend(replace(blocks[k], text=blocks[k].text.rstrip() + "。", kind="body", level=0) for k in range(i, j))
            i = j
            continue
        while pair(j):
            j += 2
        if j - i >= 6:
            out.extend(replace(blocks[k + 1], text=f"{blocks[k + 1].text} {blocks[k].text}。", kind="body", level=0)
                       for k in range(i, j, 2))
            i = j
        else:
            out.append(blocks[i])
            i += 1
    return out


def join_toc_titles(blocks: list[Block], toc: tuple[TocEntry, ...]) -> list[Block]:
    """县委农村工作领导小组召开…成果 | 同乡村振兴有效衔接推进会: two lines the contents list as one title
    are one title, however their widths compare."""
    whole = {_norm(e.title) for e in toc} | {_norm(e.label + e.title) for e in toc if e.label}
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and block.kind in {"heading", "toc_label"} and nxt.kind == "heading" and nxt.gap == 0 \
                and _norm(block.text) not in whole and _norm(block.text.rstrip("：:") + nxt.text) in whole:
            out.append(Block(block.text + nxt.text, block.line, block.level, block.gap, "heading"))
            i += 2
            continue
        if block.kind == "body" and len(block.text) <= 40 and (_norm(block.text) in whole or ASKED_TITLE.match(block.text)
                                                             and nxt is not None and nxt.kind in {"subtitle", "byline", "credit"}):
            # “空壳村”如何变“富裕村”？, a title the contents list, or one over its ——副题 or byline
            block = Block(block.text, block.line, block.level, block.gap, "heading")
        out.append(block)
        i += 1
    return out


def join_page_breaks(blocks: list[Block], newspaper: bool = False) -> tuple[list[Block], dict[int, list[str]]]:
    """Merge a paragraph cut by a page break with its continuation (人盯 + 人的方法, 87. + 36%).

    Returns the new blocks and, by index into them, the captions lifted out of the sentence.
    """
    out: list[Block] = []
    lifted: dict[int, list[str]] = {}
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        captions: list[str] = []
        # exactly two adjacent short lines: a wrapped title; more are a list (kept line by line)
        if i < len(blocks) and _wrapped(block, blocks[i], newspaper) \
                and not (i + 1 < len(blocks) and _wrapped(blocks[i], blocks[i + 1], newspaper)) \
                and (i < 2 or not _wrapped(blocks[i - 2], block, newspaper)) \
                and not (i + 1 < len(blocks) and _continues(blocks[i], blocks[i + 1])) \
                and not (newspaper and i + 1 < len(blocks) and blocks[i + 1].kind == "subtitle"):
            # (a newspaper's two lines over a ——副题 are its kicker and headline: 扶贫车间开到家门口 |
            # 贫困群众挣钱顾家两不误 | ——我县就业扶贫工作侧记)
            block = Block(block.text + blocks[i].text, block.line, block.level, block.gap, "heading")
            i += 1
        if i < len(blocks) and _opens_bracket(block) and "）" in blocks[i].text + ")" and len(block.text + blocks[i].text) <= 90:
            block = classify(Block(block.text + blocks[i].text, block.line, 0, block.gap))
            i += 1
        if i < len(blocks) and _continues(block, blocks[i]):
            block = Block(block.text + blocks[i].text, block.line, 0, block.gap, "body")
            i += 1
        while block.kind == "body" and not is_terminated(block.text) and i < len(blocks) \
                and not _signed(block.text):
            j = i
            skipped: list[str] = []
            while j < len(blocks) - 1 and _is_interruption(blocks, j):
                skipped.append(blocks[j].text)
                j += 1
            nxt = blocks[j]
            if _BARE_NUMBER.match(nxt.text) and j + 1 < len(blocks) and blocks[j + 1].kind == "body" \
                    and blocks[j + 1].text[:1].isdigit():
                # 带动贫困人口 | 1. | (page break) | 6万人脱贫: a number cut in two, not a section 1.
                nxt = Block(nxt.text + blocks[j + 1].text, nxt.line, 0, nxt.gap, "body")
                j += 1
            cut_number = block.text[-1] in "0123456789." and nxt.kind == "heading" and _NUMBER_PIECE.match(nxt.text)
            if (nxt.kind != "body" and not cut_number) or (SECTION_START.match(nxt.text) and block.text[-1] not in "，,、"):
                break
            block = Block(block.text + nxt.text, block.line, block.level, block.gap, "body")
            captions.extend(skipped)
            i = j + 1
        if captions:
            lifted[len(out)] = captions
        out.append(block)
    return out, lifted


# ---------------------------------------------------------------- segmentation


# 关于全县…工作进展情况的报告, 关于…问题的通报, 在全县脱贫攻坚推进会上的讲话（摘要）: a formal document's title
_REPORT_TITLE = re.compile(r"^(?:关于.{4,60}的(?:报告|通报|汇报|请示|意见|工作总结|总结)"
                           r"|.{0,20}在.{2,40}上的(?:讲话|发言|致辞)(?:[（(][^）)]{1,6}[)）])?)$")
# 中共建平县委书记　刘卫东 / 县委副书记、县长　马兴华: the speaker, under the speech's title
_SPEAKER = re.compile(r"^[\u4e00-\u9fff、（）()]{2,30}(?:书记|县长|市长|州长|旗长|区长|镇长|乡长|主任|局长|部长|主席|组长)\s+"
                      r"(?P<name>[\u4e00-\u9fff·]{2,5})$")


@dataclass
class _Draft:
    title: str
    line: int
    column: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)
    captions: list[str] = field(default_factory=list)
    tables: list = field(default_factory=list)
    closed: bool = False
    inline: bool = False  # opened by an item whose title runs into its text (◎凌云县：标题。正文)
    notes: list[str] = field(default_factory=list)  # 编者按 / 按语 printed with it
    jumped: bool = False  # cut off by (下转第2版): its text goes on where (上接第1版) says
    numbered: str | None = None  # how its title was numbered: （一） and （二） over siblings are titles
    signed_under_title: bool = False  # its writers printed under the title: no signature will end it
    bylined: bool = False  # its writers in a byline under the title (本刊记者 张敏)
    untitled: bool = False  # an item titled by its first clause (本刊讯 …, 9月2日，县委书记…)

    @property
    def report(self) -> bool:
        """关于…工作进展情况的报告: a document of its own, every numbered head in it one of its parts."""
        return bool(_REPORT_TITLE.match(self.title))

    def add_section(self, head: str) -> None:
        """A heading inside the article: one of its paragraphs, marked as a section head."""
        self.headings.add(len(self.paragraphs))
        self.paragraphs.append(head)

    def sign(self, office: str | None, people: list[str]) -> None:
        """Who sent and wrote it: the first office named stays; writers add up."""
        self.source = self.source or office
        self.authors.extend(people)

    def freeze(self) -> Article:
        return Article(
            title=self.title, subtitle=self.subtitle, authors=tuple(dict.fromkeys(self.authors)),
            source=self.source, column=self.column, paragraphs=tuple(self.paragraphs),
            headings=tuple(sorted(self.headings)), captions=tuple(self.captions), line=self.line,
            tables=tuple(self.tables), notes=tuple(self.notes),
        )


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"'『』「」《》·]", "", text)


_NEWS_LEAD = re.compile(rf"^(?:[{TITLE_MARKS}]\s*)?(?:{NEWS_SOURCES}|讯)\s*(?:[（(](?P<credit>[^（）()]{{2,40}})[)）])?")
_CREDIT_ROLES = re.compile(r"(?P<role>供稿(?:单位)?|报送单位|(?:稿件|信息)?来源|撰\s*稿(?:人)?|作者|文\s*/\s*图|文图|执笔|整理|文字|"
                           r"审\s*核|签\s*发|校\s*对|(?:责任)?编\s*辑|摄影?|图片|图)\s*[：:]\s*|^(?P<slash>文)\s*[/／]\s*(?:图\s*)?")
_AUTHOR_ROLES = {"撰稿", "撰稿人", "作者", "文/", "文/图", "文图", "执笔", "整理", "文字"}
_SOURCE_ROLES = {"供稿", "供稿单位", "报送单位", "来源", "稿件来源", "信息来源"}


_OFFICE_REPORTER = re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,20}?)(?:特约记者|记者|通讯员)\s+(?P<names>\S.*)$")


def read_credit(text: str) -> tuple[str | None, list[str]]:
    """撰稿：张三 审核：李四 / 供稿：XX县扶贫办 / 来源：XX县乡村振兴局 → (source, authors): writers are
    authors; those who checked, signed off or edited it (审核, 签发, 校对, 责任编辑) are not."""
    source, authors = None, []
    if dashed := re.match(r"^[—－-]+\s*(.+?)\s*供稿?$", text):  # ——花垣县教育局 供稿
        return parse_attribution(dashed.group(1))
    parts = list(_CREDIT_ROLES.finditer(text))
    if not parts and (staff := _OFFICE_REPORTER.match(text)) and _ORG_TAIL.search(staff.group("org")) \
            and (names := split_names(staff.group("names"))):
        return staff.group("org"), names  # 县融媒体中心记者　禄　娟: the office's reporter, by name
    if not parts:
        return parse_attribution(text)
    if lead := text[:parts[0].start()].strip(" ，,;；"):  # 县农业农村局　撰稿：钟彩霞: the office first, unnamed by a role
        source, authors = parse_attribution(lead)
    for k, m in enumerate(parts):
        value = text[m.end(): parts[k + 1].start() if k + 1 < len(parts) else len(text)].strip(" ，,;；")
        role = "文/" if m.group("slash") else re.sub(r"\s", "", m.group("role"))
        if role in _AUTHOR_ROLES:
            names = split_names(value)
            if not names and (with_office := _NAME_OF_OFFICE.match(value)) and _ORG_TAIL.search(with_office.group(2)):
                names = split_names(with_office.group(1))  # 撰稿人：孙丽娟（兴国乡人民政府）: the writer, then where from
                source = source or (with_office.group(2) if names else None)
            if names:
                authors.extend(names)
            else:
                org, people = parse_attribution(value)
                if org and not people and not _ORG_TAIL.search(org):
                    # after 撰稿： or 文/ come people, whatever their surname: 次仁旺堆, 阿不都热依木·吾斯曼
                    loose = _loose_names(org.replace(" ", "、"))
                    if loose:
                        people, org = loose, None
                authors.extend(people)
                source = source or org
        elif role in _SOURCE_ROLES:
            org, people = parse_attribution(value)
            source = source or org
            authors.extend(people)
    return source, authors


_TIME_CLAUSE = re.compile(r"^(?:近日|日前|近期|目前|当前|今年以来|年初以来|[上本]月|\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚)?(?:起|开始)?"
                          r"|\d{4}年\d{1,2}月\d{1,2}日|[1-3]?\d日(?:上午|下午)?|\d{1,2}月\d{1,2}日至(?:\d{1,2}月)?\d{1,2}日|\d{1,2}月(?:份)?以来|\d{1,2}月[上中下]旬"
                          r"|截[至止](?:到)?[^，,]{1,12}|(?:今年|去年|\d{4}年)?(?:以来|上半年|下半年|前[一二三]季度|1至\d{1,2}月)"
                          r"|今年|去年|\d{4}年)$")


# ◎凌云县：茶产业助力群众增收。今年以来，…: a weekly's item, titled by its office or place and a
# short first sentence, with no title line of its own
_INLINE_ITEM = re.compile(r"^(?P<marker>[◆●▲■★◇○☆◎►▶※♦]\s*)?(?P<title>[\u4e00-\u9fff（）()]{2,16}[：:]\s*"
                          r"[^。！？；;：:\s]{4,30})[。！？!?]\s*(?P<body>\S.*)$", re.DOTALL)
# 武都区：9月10日，全区农村危房改造…通过市级验收，今年完成…: a 快报's item whose first sentence runs on;
# its place and first clause (after any time clause) name it, and the whole text is its body
_LONG_ITEM = re.compile(r"^(?P<marker>[◆●▲■★◇○☆◎►▶※♦]\s*)?(?P<name>[\u4e00-\u9fff（）()]{2,16})[：:]\s*(?P<body>\S.{20,})$",
                        re.DOTALL)
# 【区扶贫办】全区…进入冲刺阶段。6月6日，…: a weekly's item led by its office in brackets, its first
# sentence the title
_OFFICE_ITEM = re.compile(r"^(?P<marker>[◆●▲■★◇○☆◎►▶※♦]\s*)?[【\[](?P<name>[\u4e00-\u9fff（）()]{2,16})[】\]]\s*"
                          r"(?P<title>[^。！？；;\s【】]{4,40})[。！？!?]\s*(?P<body>\S.*)$", re.DOTALL)
_ITEM_NAME = re.compile(r"(?:县|区|市|州|旗|盟|乡|镇|街道|村|社区|局|办|委|部|厅|中心|公司|站|所|院|队|社)[）)]?[：:]")


_SPOKEN_ON = re.compile(r"^(?:[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年[^（）()]{1,12}?日(?:[^（）()]{0,30}(?:上|讲话|发言))?$")
_AS_OF = re.compile(r"^\s*(?:数据)?(?:截至|截止|统计截至|数据截至)")
_TITLE_OFFICE = re.compile(r"[（(]([^（）()]{2,20})[)）]$")
_AFTERWORD = re.compile(r"^[【\[]?(?:按语|编后语?|编者的话|点评)")
_CONTINUED_FROM = re.compile(r"^[（(]\s*(?:上接|接)\s*第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]\s*")


@dataclass(frozen=True)
class InlineItem:
    title: str
    body: str
    marked: bool


def inline_item(text: str) -> InlineItem | None:
    if (dashed := _DASH_LEAD.match(text)) and _ITEM_NAME.search(dashed.group("name") + "："):
        text = f"{dashed.group('marker') or ''}{dashed.group('name')}：{dashed.group('rest')}"  # 厍东关乡——… as 厍东关乡：…
    m = _INLINE_ITEM.match(text)
    if m and _ITEM_NAME.search(m.group("title")) and not _NAMED_THEN_DATED.search(m.group("title")):
        # (董地乡：10月11日，乡里…: a date first, so the title is the clause after it: read below)
        return InlineItem(m.group("title"), m.group("body"), bool(m.group("marker")))
    m = _OFFICE_ITEM.match(text)
    if m and _ITEM_NAME.search(m.group("name") + "："):
        # 【金溪镇】山坝村…: a township's item is titled as a place-colon title, the township its subject
        place = re.search(r"(?:乡|镇|街道|社区|苏木)$", m.group("name"))
        title = f"{m.group('name')}：{m.group('title')}" if place else m.group("title")
        return InlineItem(title, m.group("body"), bool(m.group("marker")))
    m = _LONG_ITEM.match(text)
    if not m or not _ITEM_NAME.search(m.group("name") + "："):
        m = _MARKED_LEAD.match(text)  # ■伽师县召开脱贫攻坚挂牌督战推进会。7月8日，…: a marked headline sentence
        return InlineItem(m.group("title"), m.group("body"), True) if m else None
    clauses = re.split(r"[，,]", re.split(r"[。！？；;]", m.group("body"), maxsplit=1)[0])
    named = next((k for k, c in enumerate(clauses) if not _TIME_CLAUSE.match(c.strip())), None)
    if named is None or not 4 <= len(clauses[named]) <= 40:
        return None
    return InlineItem(f"{m.group('name')}：{'，'.join(c.strip() for c in clauses[:named + 1])}", m.group("body"),
                      bool(m.group("marker")))


_DIVISION_NAME = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:县|市|区|旗|州|盟|镇|乡|街道|苏木)$")
_NAMED_THEN_DATED = re.compile(r"[：:]\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，,]{0,4}[，,]")
_DASH_LEAD = re.compile(r"^(?P<marker>[◆●▲■★◇○☆◎►▶※♦]\s*)?(?P<name>[\u4e00-\u9fff（）()]{2,16})\s*(?:——|－－|--)\s*(?P<rest>\S.{20,})$",
                        re.DOTALL)
_MARKED_LEAD = re.compile(r"^[◆●▲■★◇○☆◎►▶※♦]\s*(?P<title>[^，,。！？；;：:\s]{6,30})[。！!]\s*(?P<body>\S.{20,})$", re.DOTALL)

# 1.县乡村振兴局：组织开展第二轮集中排查。7月4日起，…: a numbered item led by who reports it and a
# headline of a sentence (no comma, no figure), then its text
_WHO_HEADLINE = re.compile(r"^(?:\d{1,2}\s*[.、．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*"
                           r"(?P<name>[\u4e00-\u9fff（）()]{2,16})\s*[：:]\s*(?P<title>[^，,。！？；;：:\d]{4,30})[。！!]\s*(?P<body>\S.{20,})$",
                           re.DOTALL)
# 1.产业发展：本周全县春耕备耕…: a numbered item led by its subject and a colon
_LEAD_ITEM = re.compile(r"^(?:\d{1,2}\s*[.、．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、)\s*"
                        r"(?P<title>[\u4e00-\u9fff]{2,8})\s*[：:]\s*(?P<body>\S.{20,})$", re.DOTALL)


# boxes that hold one piece, not a column of several: what follows is in the column before them
_ONE_PIECE = re.compile(r"^(?:数读|数说|图说|数字|记者手记|采访手记|编后|编后语|短评|点评|述评|评论|相关链接|链接|延伸阅读|背景链接|小贴士|数据看板|数据速览|一图读懂)$")
_ATTACHED_TITLE = re.compile(r"^附(?:件|表)?\s*[\d一二三四五六七八九十]*\s*[：:]\s*\S")
_ATTACHMENT = re.compile(r"^附\s*[件表]\s*[\d一二三四五六七八九十]*\s*[:：]?$")
_PHOTO_NEWS = re.compile(r"^(?:图片新闻|新闻图片|图片报道|图说|图片)$")
_BRIEF_COLUMN = re.compile(r"简讯|快讯|短讯|要讯|要情|速递|简报|信息")
_NAME_OF_OFFICE = re.compile(r"^([^（()）]{2,20}?)\s*[（(]([^（()）]{2,30})[)）]$")
_PHOTO_CREDIT = re.compile(r"。\s*[（(][^（）()]{1,12}?\s*摄[)）]$")  # …检查光伏组件。（白玉梅　摄）
_TABLE_NOTE = re.compile(r"^(?:注|说明|备注|数据来源)\s*[：:]")
# 【三义寨乡】近日，…: a brief item led by the place or office it is from
_BRACKET_LEAD = re.compile(r"^【[\u4e00-\u9fff]{2,10}】(?=[^\s】])")
_DATED_LEAD = re.compile(rf"^(?:[{TITLE_MARKS}]\s*)?(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|近日|日前|近期|\d{{1,2}}\s*月[上中下]旬)[^，,。]{{0,6}}[，,]")


def news_title(text: str) -> str:
    """本报讯（记者 陈刚）10月15日，册亨县举办就业扶贫专场招聘会，提供… → 册亨县举办就业扶贫专场招聘会."""
    body = TITLE_MARKER.sub("", _NEWS_LEAD.sub("", text, count=1).strip())  # ▲3月5日，…
    body = _BRACKET_LEAD.sub("", body, count=1)  # 【东坝头乡】6月6日，…: who sent it, named again in the text
    sentence = re.split(r"[。！？!?；;]", body, maxsplit=1)[0]
    clauses = [c.strip() for c in re.split(r"[，,：:]", sentence) if c.strip()]
    while len(clauses) > 1 and _TIME_CLAUSE.match(clauses[0]):
        clauses.pop(0)
    title = clauses[0] if clauses else body
    return title if len(title) <= 60 else title[:60] + "…"


class _TocIndex:
    """The first contents entry whose normalised title (4+ characters) is in a heading or holds it,
    found without comparing the heading with every entry: with a contents list as long as the
    issue (thousands of lines) that made segmenting quadratic.

    An entry inside the heading is one of the heading's substrings (of an entry's length), looked
    up; a heading inside an entry has every 4-gram of the heading, so only the entries of its
    rarest 4-gram are compared (1 to 3 characters: every short substring of the entries is kept)."""

    def __init__(self, toc: tuple[TocEntry, ...]) -> None:
        self.entries: list[TocEntry] = []
        self.titles: list[str] = []
        self.exact: dict[str, int] = {}  # normalised title → its first entry
        self.lengths: set[int] = set()
        self.grams: dict[str, list[int]] = {}  # 4-gram → the entries holding it, in order
        self.short: dict[str, int] = {}  # 1 to 3 characters → the first entry holding them
        for entry in toc:
            e = _norm(entry.title)
            if len(e) < 4:
                continue
            k = len(self.entries)
            self.entries.append(entry)
            self.titles.append(e)
            self.exact.setdefault(e, k)
            self.lengths.add(len(e))
            for j in range(len(e) - 3):
                holding = self.grams.setdefault(e[j:j + 4], [])
                if not holding or holding[-1] != k:
                    holding.append(k)
            for n in (1, 2, 3):
                for j in range(len(e) - n + 1):
                    self.short.setdefault(e[j:j + n], k)

    def first(self, t: str) -> TocEntry | None:
        best = len(self.entries)
        for n in self.lengths:  # entries inside the heading
            for j in range(len(t) - n + 1):
                best = min(best, self.exact.get(t[j:j + n], best))
        if not t:  # "" is in every title
            best = 0
        elif len(t) < 4:
            best = min(best, self.short.get(t, best))
        else:  # the heading inside an entry
            holding = [self.grams.get(t[j:j + 4], ()) for j in range(len(t) - 3)]
            for k in min(holding, key=len):
                if k >= best:
                    break
                if t in self.titles[k]:
                    best = k
                    break
        return self.entries[best] if best < len(self.entries) else None


@dataclass
class Segmenter:
    path: str
    toc: tuple[TocEntry, ...]
    column: str | None = None
    articles: list[_Draft] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    pending_authors: list[str] = field(default_factory=list)
    pending_notes: list[str] = field(default_factory=list)  # 编者按 printed before the next article
    pending_source: str | None = None  # （供稿单位：…） printed above the next title
    unsigned: bool = False  # the document closes no article with a signature: titles alone open them
    signed_above: bool = False  # articles are signed above their titles (（供稿单位：…） then the title)
    resumed: _Draft | None = None  # the article (上接第1版) took up again, until the next title
    photo: bool = False  # under 图片新闻: a photo's caption up to its credit (… 摄), no article
    attached: bool = False  # under 附件 over a table: its title is a section of the article before
    after_piece: str | None = None  # the column a one-piece box (数读, 记者手记) interrupts
    signature: tuple[str, str] | None = None  # a report's office and date under its last paragraph
    subtitled: int | None = None  # the index of a heading already read as the subtitle of the title above
    column_style: str | None = None  # how the numbered column heads are numbered (一、旗直部门工作 → 一、)
    _toc_index: _TocIndex | None = field(default=None, repr=False)
    _toc_found: dict[str, TocEntry | None] = field(default_factory=dict, repr=False)

    @property
    def current(self) -> _Draft | None:
        if self.resumed is not None:
            return self.resumed
        return self.articles[-1] if self.articles else None

    def _open(self) -> _Draft | None:
        cur = self.current
        return cur if cur is not None and not cur.closed else None

    def _toc_entry(self, text: str) -> TocEntry | None:
        """The contents entry this heading is the article for (我市坚持… for 坚持…), if any."""
        t = _norm(article_title(text))
        if t in self._toc_found:  # each heading is asked about two or three times
            return self._toc_found[t]
        if self._toc_index is None:
            self._toc_index = _TocIndex(self.toc)
        found = self._toc_found[t] = self._toc_index.first(t)
        return found

    def _next(self, blocks: list[Block], i: int) -> Block | None:
        j = self._next_index(blocks, i)
        return blocks[j] if j is not None else None

    def _next_index(self, blocks: list[Block], i: int) -> int | None:
        # by index: slicing the rest of the blocks for every heading made parsing quadratic
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind != "caption" and not (blocks[j].kind == "marking" and IMAGE.match(blocks[j].text)):
                return j  # (a picture's place, 图片 or ▼, and its caption are looked past)
        return None

    def _is_column(self, blocks: list[Block], i: int) -> bool:
        """★工作动态 / ◎基层传真 / 一、工作动态 / 县域动态: a short line over an article's title, not a title."""
        h = blocks[i]
        name = column_name(h.text)
        if not (2 <= len(name) <= _COLUMN_WORDS) or re.search(r"[\s，,、：:\d]", name):
            return False
        marked = h.text != name
        if SECTION_START.match(h.text) and self._open() is not None and (self._open().report or (
                not self.unsigned and not self._open().inline
                and (self.column_style is None or number_style(h.text) != self.column_style))):
            return False  # 一、组织保障 over 1.… inside an open article is a section, not a column (二、 after 一、's items is one)
        j = self._next_index(blocks, i)
        noted = False
        while j is not None and blocks[j].kind in {"editor_note", "boxed"}:  # 编者按 under the column head
            j, noted = self._next_index(blocks, j), True
        if noted and marked:  # the 编者按's further paragraphs, up to the title they introduce
            k = j
            while k is not None and blocks[k].kind == "body":
                k = self._next_index(blocks, k)
            if k is not None and k != j and blocks[k].kind == "heading":
                j = k
        briefs = len(name) <= 6 and bool(_BRIEF_COLUMN.search(name))  # 工作简讯 over ◆8月18日，… items, unmarked
        if j is not None and blocks[j].kind == "body" and (marked or briefs) and (inline_item(blocks[j].text) or (
                _NEWS_LEAD.match(blocks[j].text) and COLUMN_TAIL.search(name))
                or _DATED_LEAD.match(blocks[j].text) and _BRIEF_COLUMN.search(name)):
            # ■部门动态 over 县医保局：标题。正文 items, or over untitled 本刊讯 items; unmarked, or marked as
            # the titles are (◆各旗县动态 among ◆ titles), it is the title of one round-up article
            return not self._marks_titles(blocks, i)
        if j is None or blocks[j].kind not in {"heading", "column"}:
            return False
        if h.level:  # ## 工作动态 over ### title (or a bold title): a Markdown export's shallower heading
            return not blocks[j].level or blocks[j].level > h.level
        if blocks[j].kind == "column":
            return True
        k = self._next_index(blocks, j)
        follows = blocks[k].kind if k is not None else None
        # the line below must open an article; an unmarked short line may also be a newspaper kicker (引题)
        opens = follows in {"body", "subtitle", "byline", "attribution", "credit", "table", "editor_note"}
        # unmarked, a short line over a title is a newspaper's kicker (引题) or banner; plain column
        # names (工作动态) are known to the line rules already, and a few words named as columns are
        # (扶贫快讯, 时评 over an item's title)
        return opens and (marked or len(name) <= 6 and bool(COLUMN_TAIL.search(name)))

    def _marks_titles(self, blocks: list[Block], i: int) -> bool:
        """Whether the marker of heading ``i`` (◆) also stands before a title over an ordinary paragraph."""
        mark = TITLE_MARKER.match(blocks[i].text)
        if mark is None:
            return False
        for k, b in enumerate(blocks):
            if k != i and b.kind == "heading" and b.text.startswith(mark.group().strip()):
                nxt = self._next(blocks, k)
                if nxt is not None and nxt.kind == "body" and not inline_item(nxt.text) and not _NEWS_LEAD.match(nxt.text):
                    return True
        return False

    def _starts_article(self, blocks: list[Block], i: int) -> bool:
        h, nxt = blocks[i], self._next(blocks, i)
        if self._open() is None or self._toc_entry(h.text) is not None:
            return True
        if _COLUMN_LEAD.match(h.text.strip()) or self._open().inline \
                or i and blocks[i - 1].kind == "separator" and self._open().paragraphs and nxt is not None and nxt.kind == "body":
            # (＊＊＊ between items: a title after the rule opens the next one)
            return True  # 【数说】“十三五”全州易地扶贫搬迁: a title behind its column's name; an item is one paragraph
        if SECTION_START.match(h.text) and not TITLE_MARKER.match(h.text) and not _BRACKETED.match(h.text):
            # 一、 （一） 1. 【一】 inside an open article are its sections, unless its own title was numbered so
            return self._open().numbered is not None and self._open().numbered == number_style(h.text)
        if _WHO_LABEL.match(h.text):
            return True  # 旗民政局： over its text, after an item nobody signed
        if (number_style(h.text) or "").endswith(("案例一", "案例1")):
            return True  # 案例一　芒部镇…: a case is a piece of its own, after the report that cites it
        if h.level in (1, 2) or self._open().inline or self._open() is self.resumed:
            # an inline item is one paragraph, an article's rest after (上接第1版) its last few: a
            # heading after them is a title, not their section
            return True
        if TITLE_MARKER.match(h.text) and not h.text.startswith("□") or _BRACKETED.match(h.text):
            return True  # ◆ or 【…】 marks a title
        if nxt is not None and nxt.kind in {"subtitle", "byline", "credit"}:
            return True
        after = self._next(blocks, self._next_index(blocks, i) or i)
        if nxt is not None and nxt.kind == "attribution" and after is not None and after.kind == "body":
            return True  # （XX县扶贫办 张三） right under the title
        if nxt is not None and nxt.kind == "body" and _NEWS_LEAD.match(nxt.text):
            return True
        # a document whose articles are never signed: a title followed by its text opens an article
        cur = self._open()
        if cur is not None and cur.paragraphs and _NEWS_LEAD.match(cur.paragraphs[0]) and nxt is not None \
                and nxt.kind == "body" and not h.level:
            return True  # after a 本刊讯 item, signed in its first line, a title over text is the next article
        if cur is not None and cur.signed_under_title and cur.paragraphs and h.gap and not h.level \
                and nxt is not None and nxt.kind == "body":
            return True  # signed under its title, it ends at the next title set apart over text
        if cur is not None and cur.bylined and cur.paragraphs and h.gap and not h.level \
                and nxt is not None and nxt.kind == "body" and self._signed_below(blocks, i):
            return True  # 本刊记者 张敏 under its title: a heading over text that ends signed is the next article
        if cur is not None and self.column and _BRIEF_COLUMN.search(self.column) and cur.paragraphs and not h.level \
                and nxt is not None and nxt.kind == "body" and len(h.text) <= 40 and not is_terminated(h.text):
            return True  # 【简讯】 items are seldom signed: each title over its text is the next one
        if cur is not None and cur.tables and all(_TABLE_NOTE.match(p) for p in cur.paragraphs) and not h.level \
                and nxt is not None and nxt.kind == "body":
            return True  # a table (and its 注：) stands alone: a title over text after it is the next piece
        # …or one signed above its titles: nothing ends an article but the next title
        return ((self.unsigned or self.signed_above) and nxt is not None and nxt.kind == "body" and cur is not None
                and len(cur.paragraphs) > 0 and not h.level)

    def _signed_below(self, blocks: list[Block], i: int) -> bool:
        """Whether the text under heading ``i`` ends with a signature before any other heading."""
        j = self._next_index(blocks, i)
        while j is not None and blocks[j].kind in {"body", "table"}:
            j = self._next_index(blocks, j)
        return j is not None and blocks[j].kind == "attribution"

    def _keep(self, block: Block, why: str) -> None:
        self.unplaced.append(block.text)
        self.problems.append(Problem(self.path, block.line, "warning", f"{why}：{block.text[:30]}"))

    def feed(self, blocks: list[Block], lifted: dict[int, list[str]]) -> None:
        blocks = _labels_as_titles(blocks)
        self.unsigned = not any(b.kind in {"attribution", "credit", "continuation"}
                                and not _AS_OF.match(attribution_inner(b.text) or "") for b in blocks) and not any(
            trailing_author(b.text) or trailing_office(b.text) for b in blocks
            if b.kind == "body" and b.text.endswith(("）", ")")))
        for i, block in enumerate(blocks):
            handler = getattr(self, f"_on_{block.kind}", self._on_other)
            handler(blocks, i)
            if i in lifted and self.current is not None:
                self.current.captions.extend(lifted[i])

    def _set_column(self, name: str | None) -> None:
        if name and _ONE_PIECE.match(name) and not (self.column and _ONE_PIECE.match(self.column)):
            self.after_piece = self.column  # 数读, 记者手记: a box over one piece; the column before goes on after it
        self.column = unspaced(name)

    def _begin(self, block: Block, column: str | None) -> None:
        if column and column == self.column and _ONE_PIECE.match(column):
            self.column = self.after_piece
        title, office, people = article_title(block.text), None, []
        if (lead := _COLUMN_LEAD.match(title)) and _ORG_TAIL.search(lead.group(1)):
            title, office = title[lead.end():], lead.group(1)  # 【县扶贫办】title: who sent it
        elif lead:  # 【产业振兴】于都县富硒蔬菜产业…: the column and the title on one line
            title = title[lead.end():]
            self._set_column(lead.group(1))
            column = self.column
            if _ONE_PIECE.match(column):
                self.column = self.after_piece  # 【数说】…: a box of one piece, the column before goes on after it
        if (m := _TITLE_OFFICE.search(title)) and m.start() >= 6:
            org, names = parse_attribution(m.group(1))  # …稳定增收（县农业农村局 张三）: who sent it
            if org and _ORG_TAIL.search(org):
                title, office, people = title[:m.start()].rstrip(), org, names
        draft = _Draft(title, block.line, column, authors=self.pending_authors + people,
                       source=self.pending_source or office, numbered=number_style(block.text))
        self.pending_source = None
        if self.pending_notes:
            draft.notes.extend(self.pending_notes)
            self.pending_notes = []
        self.articles.append(draft)
        self.resumed = None
        self.pending_authors = []  # a column (栏目) goes on until the next one; a byline does not

    # -- one handler per block kind, in the order they usually appear

    def _on_heading(self, blocks: list[Block], i: int) -> None:
        h, nxt = blocks[i], self._next(blocks, i)
        if self.subtitled == i:
            return
        self.photo = bool(_PHOTO_NEWS.match(h.text)) and nxt is not None and nxt.kind == "body"
        if self.photo:
            return
        cur = self._open()
        if cur is not None and not cur.paragraphs and cur.report and (speaker := _SPEAKER.match(h.text)):
            cur.authors.append(speaker.group("name"))  # 中共建平县委书记　刘卫东 under a speech's title: who gave it
            return
        if self._is_column(blocks, i):
            self._set_column(column_name(h.text))
            self.column_style = number_style(h.text)
            if self.current is not None:
                self.current.closed = True
            return
        if self._signs_under_title(blocks, i) or self._signs_at_end(blocks, i) or self._signs_report(blocks, i):
            return
        cur = self._open()
        sectioned = cur is not None and any(SECTION_START.match(cur.paragraphs[k]) for k in cur.headings
                                            if k < len(cur.paragraphs))
        if self.column is not None and PLANS.match(article_title(h.text)) \
                and nxt is not None and nxt.kind == "body" and not (sectioned and SECTION_START.match(h.text)):
            # (四、下步打算 after 一、主要做法 … inside an article is its last section)
            # 三、下步工作 where the columns stand: the office's plans, an article of their own in no column
            if self.current is not None:
                self.current.closed = True
            self._set_column(None)
        if _ATTACHMENT.match(h.text) and self.current is not None and nxt is not None and nxt.kind == "heading" \
                and ("件" in h.text or any("附表" in p for p in self.current.paragraphs)):
            # (a 附表 the article before never cites is a table of the issue's own: an article)
            below = self._next(blocks, self._next_index(blocks, i) or i)
            if below is not None and below.kind == "table" or not re.search(r"[\d一二三四五六七八九十]", h.text) \
                    and self._plain_text_after(blocks, self._next_index(blocks, i) or i):
                # 附件 / 主要指标完成情况表 / the table: the report's own figures, not an article of their own;
                # so is the one unnumbered 附件 (补贴标准（摘要）) the article before refers to. Numbered ones
                # with text are articles of their own (附件1 / 槐店乡“稻虾共作”…, 附件2 …)
                self.current.closed = False
                self.attached = True
                return
        if _ATTACHED_TITLE.match(h.text) and self.current is not None and nxt is not None and nxt.kind == "table":
            self.current.closed = False  # 附：吴兴区对口帮扶资金项目分乡镇安排情况 over a table: the article's own table
            self.current.add_section(h.text)
            return
        if self.attached:
            self.attached = False
            cur = self._open()
            if cur is not None:
                cur.add_section(h.text)
                return
        if self._starts_article(blocks, i):
            # a run of short lines before a title: the earlier ones are page banners or kickers (引题)
            if nxt is not None and nxt.kind == "heading" and not h.level and not SECTION_START.match(nxt.text) \
                    and self._starts_article(blocks, i + 1) and not TITLE_MARKER.match(h.text) \
                    and bare_signature(nxt.text) is None:
                if self._headline_of_three(blocks, i):
                    return
                self.unplaced.append(h.text)
                return
            entry = self._toc_entry(h.text)
            self._begin(h, entry.column if entry is not None and entry.column else self.column)
            return
        cur = self._open()
        assert cur is not None  # _starts_article is true when no article is open
        if nxt is not None and nxt.kind == "heading" and not h.level and not SECTION_START.match(h.text) \
                and not SECTION_START.match(nxt.text):
            cur.captions.append(h.text)  # a banner line above a section head
            return
        cur.add_section(h.text)

    def _plain_text_after(self, blocks: list[Block], i: int) -> bool:
        """Whether the title at ``i`` is over nothing but text to the issue's end: one piece, no titles or
        signatures of its own (附件 / 补贴标准（摘要） / 一、… 二、…), not a collection (典型案例 / 案例一 …)."""
        k = self._next_index(blocks, i)
        while k is not None and blocks[k].kind in {"body", "table", "caption"}:
            k = self._next_index(blocks, k)
        return k is None or blocks[k].kind not in {"heading", "column", "attribution", "credit", "byline", "subtitle"}

    def _headline_of_three(self, blocks: list[Block], i: int) -> bool:
        """念好“黄花经”　铺就致富路 | 我县黄花菜产业带动2.3万群众增收 | 全县种植面积突破10万亩…: three
        lines set close over the text are a newspaper's kicker (引题), headline and subtitle (副题)."""
        j = self._next_index(blocks, i)
        k = self._next_index(blocks, j) if j is not None else None
        if not i or k is None or blocks[i - 1].kind != "heading" or blocks[i - 1].level or blocks[i].gap \
                or blocks[j].gap or blocks[k].kind != "body" or TITLE_MARKER.match(blocks[i - 1].text) \
                or self._toc_entry(blocks[j].text) is not None:
            return False
        self._begin(blocks[i], self.column)
        self.articles[-1].subtitle = re.sub(r"^[—－\-\s]+", "", blocks[j].text)
        self.subtitled = j
        return True

    def _signs_under_title(self, blocks: list[Block], i: int) -> bool:
        """县农业农村局　何文军 printed bare under a title (and its subtitle), over the text: who wrote
        the article, not its first section. Signs the open article and says so."""
        cur, nxt = self._open(), self._next(blocks, i)
        text = blocks[i].text
        if cur is None or cur.paragraphs or cur.tables or nxt is None or nxt.kind not in ("body", "editor_note") \
                or blocks[i].level or self._toc_entry(text) is not None or (signed := bare_signature(text)) is None:
            return False  # over the text, or over the 编者按 that opens it
        cur.sign(*signed)
        cur.signed_under_title = True
        return True

    def _signs_at_end(self, blocks: list[Block], i: int) -> bool:
        """朝阳区支援合作办　刘思远 bare under an article's last paragraph, before the next title: its
        signature, an office and its writers with no brackets round them."""
        cur, nxt = self._open(), self._next(blocks, i)
        text = blocks[i].text
        if cur is None or not cur.paragraphs or blocks[i].level or (nxt is not None and nxt.kind == "body") \
                or self._toc_entry(text) is not None:
            return False
        signed = bare_signature(text)
        if signed is None and len(text) <= 12 and (names := split_names(text)):
            signed = (None, names)  # 陈　卓 alone under a 记者手记's last paragraph: its writer
        if signed is None or not signed[1]:
            return False
        cur.sign(*signed)
        cur.closed = True
        return True

    def _on_subtitle(self, blocks: list[Block], i: int) -> None:
        cur, text = self._open(), re.sub(r"^[—－\-\s]+", "", re.sub(r"^[（(]\s*(——.*?)\s*[)）]$", r"\1", blocks[i].text))
        if cur is not None and not cur.paragraphs and cur.subtitle is None:
            cur.subtitle = text
        else:
            self._on_body(blocks, i)

    def _on_byline(self, blocks: list[Block], i: int) -> None:
        names = parse_byline(blocks[i].text)
        cur = self._open()
        if cur is not None and not cur.paragraphs:
            cur.authors.extend(names)
            cur.bylined = True
        elif cur is not None and self._closes_here(blocks, i):
            cur.authors.extend(names)  # 通讯员 李某 signing the end of an item
            cur.closed = True
        else:
            self.pending_authors = names

    def _signs_next(self, blocks: list[Block], i: int) -> bool:
        """（供稿单位：XX县乡村振兴局） set apart from the text above, right over a title and its text: the
        next article's signature, not the end of the one before."""
        if blocks[i].gap < 1:
            return False
        j = self._next_index(blocks, i)
        k = self._next_index(blocks, j) if j is not None else None
        cur = self._open()
        # the three lines stand together, apart from the text above (a signature ending the article
        # above may also sit right over the next title, but that title stands apart from its text)
        return (j is not None and blocks[j].kind == "heading" and blocks[j].gap == 0 and k is not None
                and blocks[k].kind == "body" and blocks[k].gap == 0 and (cur is None or bool(cur.paragraphs)))

    def _closes_here(self, blocks: list[Block], i: int) -> bool:
        nxt = self._next(blocks, i)
        return nxt is None or nxt.kind not in {"body", "table"}

    def _on_credit(self, blocks: list[Block], i: int) -> None:
        cur = self._open() or self.current
        if cur is None:
            return self._keep(blocks[i], "署名行出现在第一篇文章之前 / a signature before the first article")
        source, authors = read_credit(blocks[i].text)
        cur.sign(source, authors)
        if not cur.paragraphs:
            cur.signed_under_title = True  # 来源：… under the title: no signature will end it
        if cur.paragraphs and self._closes_here(blocks, i):
            cur.closed = True

    def _on_attribution(self, blocks: list[Block], i: int) -> None:
        cur, nxt = self._open(), self._next(blocks, i)
        inner = attribution_inner(blocks[i].text) or ""
        if cur is not None and (_AS_OF.match(inner) or not cur.paragraphs and _SPOKEN_ON.match(inner)):
            # （截至11月15日） under a title: when its figures stand, no signature; （2016年6月12日） under a
            # speech's title: the day it was given
            (cur.notes if not cur.paragraphs else cur.paragraphs).append(blocks[i].text)
            return
        if self._signs_next(blocks, i):
            source, authors = read_credit(inner)
            if cur is not None:
                cur.closed = True
            self.pending_source, self.pending_authors, self.signed_above = source, authors, True
            return
        if cur is not None and not cur.paragraphs and nxt is not None and nxt.kind == "body":
            source, authors = read_credit(inner)  # right under the title: signs the article, does not end it
            if source or authors:
                cur.sign(source, authors)
                return
        if cur is None or (nxt is not None and nxt.kind in {"body", "table"} and not _NEWS_LEAD.match(nxt.text)
                           and not (cur.inline and nxt.kind == "body" and inline_item(nxt.text))
                           and not (cur.untitled and nxt.kind == "body" and _DATED_LEAD.match(nxt.text))):
            # a bracketed remark inside an article, not the signature that ends it (but 本刊讯 … or
            # 【尚义县】title。… opens the next item: the bracket before it signs the one above)
            return self._on_body(blocks, i)
        source, authors = read_credit(inner)
        cur.source, cur.closed = source or cur.source, True
        cur.authors.extend(authors)

    def _on_continuation(self, blocks: list[Block], i: int) -> None:
        target = next((d for d in reversed(self.articles) if d.jumped), None) \
            if _CONTINUED_FROM.match(blocks[i].text) else None
        if self.current is not None:
            self.current.closed = True
            self.current.jumped = self.current.jumped or "下" in blocks[i].text
        if target is not None:  # (上接第5版) on a line of its own: the cut article's text follows
            target.jumped, target.closed, self.resumed = False, False, target

    def _on_caption(self, blocks: list[Block], i: int) -> None:
        (self.current.captions if self.current else self.unplaced).append(blocks[i].text)
        self.photo = False  # the credit (本报记者 罗兴华 摄) ends a photo's caption

    def _on_column(self, blocks: list[Block], i: int) -> None:
        nxt = self._next(blocks, i)
        if _BRACKETED.match(blocks[i].text) and nxt is not None and nxt.kind == "body" \
                and not inline_item(nxt.text) and not _NEWS_LEAD.match(nxt.text):
            # 【乙镇小额信贷投放提速】 over its own text: a short title in brackets, not a column over titles
            return self._on_heading(blocks, i)
        name = column_name(blocks[i].text)
        if self.column and _DIVISION_NAME.match(name) and not _DIVISION_NAME.match(self.column) \
                and nxt is not None and nxt.kind == "body":
            # 【各县（市、区）动态】 / 【田阳县】 over its text: a county's item in the column, titled by its name
            if self.current is not None:
                self.current.closed = True
            self._begin(replace(blocks[i], text=name), self.column)
            return
        self._set_column(name)
        if self.current is not None:
            self.current.closed = True

    def _on_editor_note(self, blocks: list[Block], i: int) -> None:
        # 编者按 before an article belongs to it; one after a title, to the open article; a 按语 right
        # under an article's signature comments on that article
        cur, text = self._open(), blocks[i].text
        if cur is not None and not cur.paragraphs:
            cur.notes.append(text)
        elif cur is not None and _AFTERWORD.match(text):  # 按语 under an article's text, above its signature
            cur.notes.append(text)
        elif cur is None and self.current is not None and self.current.closed and blocks[i].gap == 0 \
                and _AFTERWORD.match(text):
            self.current.notes.append(text)
        else:
            if cur is not None:
                cur.closed = True
            self.pending_notes.append(blocks[i].text)

    _on_boxed = _on_editor_note

    def _on_table(self, blocks: list[Block], i: int) -> None:
        from ..model import Table
        block = blocks[i]
        cur = self._open() or self.current
        if cur is None:
            return self._keep(Block(" | ".join(block.cells[0]) if block.cells else "", block.line), "表格出现在第一篇文章之前 / a table before the first article")
        cur.tables.append(Table(block.cells or (), block.unit, len(cur.paragraphs), block.line))

    def _on_separator(self, blocks: list[Block], i: int) -> None:
        pass

    def _on_footer(self, blocks: list[Block], i: int) -> None:
        pass  # a page's 本版责任编辑 or 审核 line before the end: furniture, not article text

    def _on_marking(self, blocks: list[Block], i: int) -> None:
        pass  # 示例 / 内部资料 markings are issue furniture, not article text

    def _lead_run(self, blocks: list[Block], i: int, cur: "_Draft | None", form: re.Pattern[str] = _LEAD_ITEM) -> bool:
        """1.产业发展：本周… right under a short head (一、一周要情), another such item next (past a table and
        the text that goes on after it), or after one: a weekly's items, each its own article titled by
        its lead phrase. Inside an article with text of its own, they are its sections."""
        if cur is not None and cur.inline:
            return True
        if cur is not None and (cur.paragraphs or len(cur.title) > _COLUMN_WORDS):
            return False
        for nxt in blocks[i + 1:i + 8]:
            if nxt.kind == "body" and form.match(nxt.text):
                return True
            if nxt.kind not in {"body", "table"}:
                return False
        return False

    def _on_body(self, blocks: list[Block], i: int) -> None:
        block = blocks[i]
        if self.photo:  # a photo's caption, up to and with its credit (… 摄)
            self._on_caption(blocks, i)
            self.photo = not block.text.rstrip().endswith("摄")
            return
        resumed = _CONTINUED_FROM.match(block.text)
        target = next((d for d in reversed(self.articles) if d.jumped), None) if resumed else None
        if target is not None:  # (上接第1版)…: the rest of an article cut off on an earlier page
            if self._open() is not None:
                self._open().closed = True
            target.jumped, target.closed, self.resumed = False, False, target
            block = replace(block, text=block.text[resumed.end():])
        cur = self._open()
        if cur is not None and cur.notes and i and blocks[i - 1].kind == "editor_note" and cur.paragraphs \
                and block.gap == 0 and not is_terminated(cur.notes[-1]):
            cur.notes[-1] += block.text  # the 按语's wrapped line
            blocks[i] = block.with_kind("editor_note")
            return
        item = inline_item(block.text)
        # (1.县财政局：…, 2.龙泉关镇：…: items led by who reports them are a round-up's paragraphs, not articles)
        led = None  # an item of a weekly's numbered list, read here
        if item is None and (who := _WHO_HEADLINE.match(block.text)) and _WHO_TAIL.search(who.group("name")) \
                and self._lead_run(blocks, i, cur, _WHO_HEADLINE):
            # 1.县乡村振兴局：组织开展第二轮集中排查。7月4日起，…: who reports, over a headline of its own
            led = InlineItem(f"{who.group('name')}：{who.group('title')}", who.group("body"), True)
        elif item is None and (lead := _LEAD_ITEM.match(block.text)) and not _WHO_TAIL.search(lead.group("title")) \
                and self._lead_run(blocks, i, cur):
            led = InlineItem(lead.group("title"), lead.group("body"), True)
        if led is not None:
            item = led
            if cur is not None and not cur.paragraphs:  # 一、一周要情 over 1.产业发展：…: a column of items
                self.articles.pop()
                if self.articles:
                    self.articles[-1].closed = True  # the head ended the article before it
                self._set_column(cur.title)
                cur = None
        # an item opens an article where no article is open, after a sibling, or behind a title marker;
        # inside an article (a round-up's 凌云县：… paragraphs) it stays a paragraph
        if item and item.marked and cur is not None and not cur.inline and not cur.untitled and cur.paragraphs \
                and "：" not in item.title and not led:
            item = None  # ◆主体带动更有力。… under a titled article's lead: a point of it, as its bold lead says
        if item and (cur is None or cur.inline or item.marked):
            self._begin(Block(item.title, block.line), self.column)
            self.articles[-1].inline = True
            block = replace(block, text=item.body)
            cur = self._open()
        elif _NEWS_LEAD.match(block.text) and (cur is None or cur.paragraphs) or self._brief(block, cur) \
                or (i and blocks[i - 1].kind == "separator" or TITLE_MARKER.match(block.text)) \
                and _DATED_LEAD.match(block.text) and (cur is None or cur.paragraphs) \
                or cur is None and self.column is not None and _DATED_LEAD.match(block.text):
            # (【督战一线】 / 9月2日，县委书记…: under a column, with no article open, a dated paragraph is an item)
            # (●9月10日，县委书记…: a marked, dated paragraph is an item of its own, its first clause its title)
            # (＊＊＊ / 9月2日，繁峙县…: after a rule between items, a dated paragraph is the next untitled one)
            # 本报讯 …: a short item with no title line of its own; its first clause names it
            self._begin(Block(news_title(block.text), block.line), self.column)
            cur = self._open()
            cur.untitled = True
        if cur is None:
            if self.pending_notes and self.current is not None and self.current.closed:
                self.pending_notes.append(block.text)  # the 编者按 goes on
                return
            if self.current is not None and self.current.closed:
                return self._keep(block, f"文字位于《{self.current.title}》的署名之后，未归入任何文章"
                                         f" / text after an article's attribution, in no article")
            return self._keep(block, "文字出现在第一篇文章标题之前，未归入任何文章 / text before the first title, in no article")
        text, closes = block.text, False
        lead = _NEWS_LEAD.match(text) if not cur.paragraphs else None
        if lead and lead.group("credit"):  # 本报讯（记者 张三 通讯员 李四）
            cur.authors.extend(parse_byline("□ " + lead.group("credit")))
        if lead or not cur.paragraphs and (_DATED_LEAD.match(text) or cur.untitled and TITLE_MARKER.match(text)):
            text = TITLE_MARKER.sub("", text, count=1)  # ■本刊讯, ●9月10日: the mark set the item apart, it is no text
        if jump := INLINE_CONTINUATION.search(text):
            text, closes = INLINE_CONTINUATION.sub("", text).rstrip(), True
            cur.jumped = "下" in jump.group()
        signed = trailing_author(text)
        if signed and signed[0] and is_terminated(signed[0]):
            text, closes = signed[0], True
            cur.authors.extend(signed[1])
        else:
            office = trailing_office(text)
            credit = _TRAILING_SIGNATURE.search(text) if office is None and text.endswith(("）", ")")) else None
            if office is not None:  # …不返贫。（兰考县扶贫办 王磊）: the signature run into the last line
                text, closes = office[0], True
                cur.sign(office[1], office[2])
            elif credit and _CREDIT_ROLES.search(credit.group("inner")):  # …督导。（撰稿：周敏　审核：陈立）
                text, closes = text[:credit.start()].rstrip(), True
                cur.sign(*read_credit(credit.group("inner")))
        if text:
            cur.paragraphs.append(text)
        cur.closed = closes

    def _brief(self, block: Block, cur) -> bool:
        """6月18日，山普鲁镇举办…: in a column of brief news (简讯, 快讯), a dated paragraph after a finished
        one is the next untitled item; right under 【简讯】, a first item set apart is one, dated or not."""
        return bool(self.column and (_BRIEF_COLUMN.search(self.column) or _PHOTO_NEWS.match(self.column))
                    and (_DATED_LEAD.match(block.text) or block.gap and cur is None
                         or (TITLE_MARKER.match(block.text) or _BRACKET_LEAD.match(block.text)) and cur is not None)
                    and (cur is None or cur.paragraphs and (is_terminated(cur.paragraphs[-1])
                                                             or _PHOTO_CREDIT.search(cur.paragraphs[-1]))))

    def _signs_report(self, blocks: list[Block], i: int) -> bool:
        """甘孜藏族自治州乡村振兴局 / 2023年7月10日 set apart under a report's last paragraph: its
        signature (and the issue's office and date where the masthead has none); its 撰稿 line may follow."""
        cur, nxt = self._open(), self._next(blocks, i)
        office = blocks[i].text.strip()
        if cur is None or len(cur.paragraphs) < 2 or nxt is None or nxt.kind != "date_line" \
                or not _ORG_TAIL.search(office) or len(office) > 30 or re.search(r"[，。；：,:]", office):
            return False
        cur.source = cur.source or office
        self.signature = (office, nxt.text)
        return True

    def _on_date_line(self, blocks: list[Block], i: int) -> None:
        # 青海省扶贫开发局 / 2018年6月15日 under a report's last paragraph: its signature, not its text
        cur = self._open()
        if self.signature is not None and self.signature[1] == blocks[i].text and i and blocks[i - 1].text.strip() == self.signature[0]:
            return  # the date of the signature just read
        if cur is not None and len(cur.paragraphs) > 1 and _ORG_TAIL.search(cur.paragraphs[-1]) \
                and len(cur.paragraphs[-1]) <= 30 and not re.search(r"[，。；：,]", cur.paragraphs[-1]):
            cur.source = cur.source or cur.paragraphs.pop()
            self.signature = (cur.source, blocks[i].text)
            cur.closed = True
            return
        self._on_body(blocks, i)

    _on_other = _on_body

    def finish(self) -> list[Article]:
        if self.pending_authors and self.current is not None and not self.current.authors:
            self.current.authors.extend(self.pending_authors)
        kept = []
        for draft in self.articles:
            if draft.paragraphs or draft.tables:
                kept.append(draft.freeze())
                continue
            # a title with no text under it is not an article; keep the line, say where it was
            self.unplaced.extend([draft.title] + draft.captions)
            self.problems.append(Problem(self.path, draft.line, "warning", f"标题下没有正文，未作为文章收录 / a title with no text, not an article：{draft.title[:30]}"))
        return kept
