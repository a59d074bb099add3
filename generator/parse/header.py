"""The issue's header (series, 第N期, publisher, date, contents) and footer (报/送, 印发, contacts)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import TocEntry
from .blocks import DATE, ISSUE_LINE, MONTH_ONLY, NEWSPAPER_PAGE, SPECIAL, TOTAL_ONLY, WEEK_LINE, WECHAT_POST, Block, publisher_of, toc_entry
from .text import ASKED_TITLE, TITLE_MARKS, to_int

HEADER_KINDS = {
    "separator", "marking", "issue_line", "special_line", "publisher_line", "date_line",
    "column", "editor_note", "toc_head", "toc_entry", "toc_label", "boxed",
}
# after a masthead line these say the masthead goes on (so a short line before them is still masthead)
_MASTHEAD_NEXT = {"separator", "marking", "issue_line", "special_line", "publisher_line", "date_line", "toc_head"}
_INSTRUCTION = re.compile(r"^\S{0,16}(?:同志|书记|主任|省长|市长|县长|州长|区长|旗长|主席|部长)?\s*(?:批示|指示|讲话要点)\s*[：:]")


@dataclass
class Header:
    series: str | None = None
    special: str | None = None
    year: int | None = None
    issue_no: int | None = None
    total_no: int | None = None
    publisher: str | None = None
    date: str | None = None
    month: str | None = None  # 2019-05 when the masthead gives a month and no day
    column: str | None = None
    editor_note: str | None = None
    toc: list[TocEntry] = field(default_factory=list)
    markings: list[str] = field(default_factory=list)
    weekday: bool = False  # a 星期X in the issue line: a daily newspaper's masthead
    end: int = 0  # index of the first block after the header

    def note(self, text: str) -> None:
        self.editor_note = f"{self.editor_note}\n{text}" if self.editor_note else text


def parse_date(text: str) -> str | None:
    """The first full date in the text as ISO, or None (also None for impossible dates)."""
    m = DATE.search(text)
    if not m:
        return None
    keys = ("y", "m", "d") if m.group("y") else ("ny", "nm", "nd")
    y, mo, d = (to_int(m.group(k)) for k in keys)
    try:
        return dt.date(y, mo, d).isoformat() if y and mo and d and 1949 < y < 2100 else None
    except ValueError:
        return None


# 凉山州脱贫攻坚简报（示例）: a marking printed on the title's line is not part of the title
_MARK_IN_TITLE = re.compile(r"\s*[（(【\[]\s*(?:示例|内部资料|内部刊物|注意保存|样刊)[^）)】\]]{0,12}[)）】\]]\s*")


def split_special(text: str) -> tuple[str, str | None, int | None]:
    """脱贫攻坚简报（专刊第3期） → (脱贫攻坚简报, 专刊, 3). A 专报 that is part of the name (脱贫攻坚专报)
    is the name: the marker must stand apart, in brackets or after a space."""
    m = _BRACKETED_SPECIAL.search(text) or _TRAILING_SPECIAL.search(text)
    if not m:
        return text, None, None
    number = m.group("no")
    return (text[:m.start()] + text[m.end():]).strip(), m.group("kind"), to_int(number) if number else None


_BRACKETED_SPECIAL = re.compile(rf"[（(【\[]\s*{SPECIAL.pattern}\s*[)）】\]]")
_SPECIAL_SECOND_LINE = re.compile(rf"^[\u4e00-\u9fff]{{2,12}}?{SPECIAL.pattern}$")
_TRAILING_SPECIAL = re.compile(rf"(?:^|\s+){SPECIAL.pattern}\s*$")


def read_issue_line(text: str, header: Header) -> None:
    text, bracketed, number = split_special(text)  # 脱贫攻坚简报（专刊第3期）
    if bracketed:
        header.special = bracketed
        header.issue_no = number if number is not None else header.issue_no
    m = ISSUE_LINE.search(text)
    special = SPECIAL.search(text)
    if special and (m is None or special.start() < m.start()):
        header.special = special.group("kind")
        if special.group("no"):
            header.issue_no = to_int(special.group("no"))
    if m:
        if m.group("year") or m.group("byear"):
            header.year = to_int(m.group("year") or m.group("byear"))
        if header.issue_no is None or not (special and special.group("no")) and not bracketed:
            header.issue_no = to_int(m.group("no"))
        if m.group("total"):
            header.total_no = to_int(m.group("total"))
    total = TOTAL_ONLY.search(text)
    if header.total_no is None and total:
        header.total_no = to_int(total.group("total"))
    week = WEEK_LINE.search(text)
    if week and week.group("year"):  # 2019年第15周: a weekly known by its date; the week is not an issue number
        header.year = to_int(week.group("year"))
    year = re.search(r"([12]\d{3}|[〇零一二三四五六七八九]{4})\s*年", text)
    if header.year is None and year:
        header.year = to_int(year.group(1))
    head = text[: m.start()] if m else text
    head = re.sub(r"[12]\d{3}\s*年|[〇零一二三四五六七八九]{4}\s*年", "", head).strip()
    head = SPECIAL.sub("", TOTAL_ONLY.sub("", WEEK_LINE.sub("", head))).strip(" （()）")
    if header.series is None and len(head) >= 4 and not DATE.search(head):
        header.series = head  # 脱贫攻坚简报 第5期: the title on the number's line


def _title_line(blocks: list[Block], k: int) -> bool:
    """A short line of the masthead's title, right under the one before (工 作 动 态 under 黔江区脱贫攻坚
    reads as a column's name on its own)."""
    return k < len(blocks) and (blocks[k].kind == "heading" or blocks[k].kind == "column"
                                and _SERIES_TAIL.search(blocks[k].text)) and not blocks[k].level and blocks[k].gap <= 1


_SERIES_TAIL = re.compile(r"(?:简报|动态|信息|专报|快报|通讯|周报|月报)$")


def _special_line(blocks: list[Block], k: int) -> re.Match | None:
    """消费扶贫专刊 under the title, then the number: the line naming a special issue."""
    if k + 1 < len(blocks) and blocks[k].kind == "heading" and not blocks[k].level \
            and blocks[k + 1].kind in _MASTHEAD_NEXT:
        return _SPECIAL_SECOND_LINE.match(blocks[k].text)
    return None


_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:\s+[\u4e00-\u9fff]{2,12}){1,3}$")
_DAY = r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"
_PERIOD = re.compile(rf"^[（(]\s*(?:{_DAY}\s*(?:[—–\-~～至到]+|－)\s*{_DAY}|(?:每周|每旬|每半月|每月|每季)一期|周刊|旬刊|月刊)\s*[)）]$")


def read_header(blocks: list[Block]) -> Header:
    """Consume masthead, front matter and contents from the top until the first article."""
    header = Header()
    i, n = 0, len(blocks)
    started = False  # a masthead line other than the title has been read
    web_date = web_source = None  # a web page's date and source, over a whole issue put on the web
    while i < n:
        block = blocks[i]
        kind = block.kind
        nxt = blocks[i + 1] if i + 1 < n else None
        if kind == "credit" and header.series is not None and not started and nxt is not None and nxt.kind == "heading" \
                and len(nxt.text) >= 4 and i and _norm(blocks[i - 1].text).startswith(_norm(nxt.text)):
            # 重庆市乡村振兴工作专报（2022年第12期） / 发布时间：… over the bulletin's own masthead: the web
            # page's title repeats it, so the masthead is read from its first line
            header.series, header.year, header.issue_no, header.total_no, header.special = None, None, None, None, None
            started = False
            i += 1
            continue
        if kind == "heading" and header.series is not None and not started and ISSUE_LINE.search(block.text) \
                and _SITE_NAME.match(header.series) and all(b.kind == "marking" for b in blocks[1:i]):
            # 西吉县人民政府 / 首页|政务公开|… / 您现在的位置：… / 西吉县脱贫攻坚简报（第27期）: the site's name
            # over its menus, and the page's title is the bulletin's
            header.series = None
            continue
        if kind in {"heading", "publisher_line"} and header.series is None and not started and not header.toc \
                and (banner := _paper_banner(block.text)):
            header.series, header.date, header.weekday, started = banner[0], banner[1], True, True
            i += 1
            if header.date is None and nxt is not None and DATE.search(nxt.text) and "星期" in nxt.text:
                header.date = parse_date(nxt.text)  # 2019年11月14日　星期四　　责任编辑：…
                i += 1
            continue
        if kind == "heading" and header.series is None and not started and not ISSUE_LINE.search(block.text) and (
                post := next((WECHAT_POST.match(b.text) for b in blocks[i + 1:i + 3] if b.kind == "marking"), None)):
            # (a post titled as a bulletin's issue, 理塘县脱贫攻坚工作简报（第18期）, is that bulletin's)
            # 城口县：…答卷 over 原创 城口扶贫 2020-09-16: a WeChat post, the account its series, the title its article's
            header.series, header.date = post.group("account"), parse_date(post.group("date"))
            break
        if kind in {"heading", "publisher_line"} and header.series is None and not started and not header.toc:
            if ISSUE_LINE.search(block.text) and kind == "heading":
                read_issue_line(block.text, header)  # 都安县脱贫攻坚战报（第35期）: title and number on one line
            header.series = header.series or block.text
            # a title printed over two lines: 广西壮族自治区 / 精准脱贫攻坚简报, then the number (or a
            # line naming the special issue); an office over its date is the publisher, not the title
            i += 1
            if _title_line(blocks, i) and not _special_line(blocks, i) and i + 1 < n and (
                    blocks[i + 1].kind in _MASTHEAD_NEXT or _special_line(blocks, i + 1)) \
                    and not _is_office(blocks[i].text):
                header.series += blocks[i].text
                i += 1
            if marked := _special_line(blocks, i):  # 脱贫攻坚简报 / 消费扶贫专刊: a special issue of the series
                header.special = marked.group("kind")
                header.issue_no = to_int(marked.group("no")) if marked.group("no") else header.issue_no
                i += 1
            # 脱贫攻坚丨理塘县脱贫攻坚工作简报: a WeChat account files its posts under a tag before the title
            header.series = _POST_TAG.sub("", header.series)
            header.series, special, number = split_special(_MARK_IN_TITLE.sub("", header.series).strip())
            if special:
                header.special = special
                header.issue_no = number if number is not None else header.issue_no
            continue
        if kind in {"heading", "body"} and header.publisher is None and header.series is not None \
                and _is_office(block.text) and (nxt is None or nxt.kind in _MASTHEAD_NEXT
                                                or _signs_the_footer(block.text, blocks, i)
                                                or any(WECHAT_POST.match(m) for m in header.markings)):
            # 凌云县…办公室 above (or beside) the date, or alone under a WeChat post's line: who put it out
            header.publisher = block.text
            started = True
            i += 1
            continue
        if kind in {"heading", "body", "attribution"} and header.publisher is None and (header.special or header.issue_no) \
                and _TOPIC_LINE.match(block.text.strip("*# ")):
            header.markings.append(block.text.strip("*# "))  # 防止返贫监测帮扶专辑: what a special issue is on
            i += 1
            continue
        if kind == "body" and _INSTRUCTION.match(block.text):
            header.note(block.text)  # XX同志批示：… quoted before the first article
            i += 1
            continue
        if kind == "heading" and started and _SLOGAN.match(block.text) and nxt is not None and nxt.kind == "column":
            header.markings.append(block.text)  # 尽锐出战　务求精准　…: a slogan under the masthead, over the first column
            i += 1
            continue
        if kind in {"attribution", "body"} and _PERIOD.match(block.text):
            header.markings.append(block.text)  # （2020年5月11日—5月17日）, （每周一期）: the week a weekly covers, how often
            i += 1
            continue
        if kind == "credit" and block.date and header.series is not None and header.date is None \
                and header.issue_no is not None and (source := _WEB_SOURCE.search(block.text)):
            # 从江县乡村振兴工作简报（2021年第9期） / 发布时间：2021-06-18　来源：县乡村振兴局: a whole issue
            # put on the web, dated by the page and issued by its source
            # (only where the masthead below, if the page repeats one, gives none)
            web_date, web_source = parse_date(block.date), _of_series(source.group(1), header.series)
            started = True
            i += 1
            continue
        if kind == "footer" and started and header.weekday and _PAGE_STAFF.match(block.text):
            i += 1  # 责任编辑：…　校对：… under a newspaper page's banner: the page's staff, no footer yet
            continue
        if kind not in HEADER_KINDS:
            break
        if kind == "marking":
            header.markings.append(block.text)
            if header.date is None and (post := WECHAT_POST.match(block.text)):
                header.date = parse_date(post.group("date"))  # 原创 理塘发布 2020-07-16 under the post's title
        elif kind == "boxed":
            header.note(block.text)
        elif kind == "issue_line":
            page = header.series and _PAPER_NAME.fullmatch(header.series) and _PAGE_OF_PAPER.match(block.text)
            read_issue_line(block.text, header)
            if page:  # 阜平报 / 扶贫周刊　第23期: the paper's page is the series, its 专刊 no special issue
                header.series += "·" + page.group(1)
                header.special = None
            header.date = header.date or parse_date(block.text)  # 2018年12月20日 星期四 第6789期
            header.weekday = header.weekday or "星期" in block.text or bool(NEWSPAPER_PAGE.search(block.text))
            started = True
        elif kind == "special_line":
            marker = SPECIAL.search(block.text)  # 专刊第3期, or with its topic: 防返贫监测帮扶专刊第2期
            if marker is not None:
                header.special = marker.group("kind")
                if marker.group("no"):
                    header.issue_no = to_int(marker.group("no"))
            started = True
        elif kind == "publisher_line":
            header.publisher = publisher_of(block.text)
            started = True
        elif kind == "date_line":
            header.date = header.date or parse_date(block.text)
            if (month := MONTH_ONLY.match(block.text)) and header.month is None:
                header.year = header.year or to_int(month.group("y"))
                header.month = f"{to_int(month.group('y')):04d}-{to_int(month.group('m')):02d}"
            started = started or header.series is not None  # a date above the title leaves the title to come
        elif kind == "column":
            header.column = block.text.strip("【】〖〗[] ")
        elif kind == "editor_note":
            note = _EDITOR_PREFIX.sub("", block.text)
            i += 1
            while i < n and blocks[i].kind == "body":  # the note's further paragraphs
                note += "\n" + blocks[i].text
                i += 1
            if note:
                header.note(note)
            continue
        elif kind in {"toc_head", "toc_entry", "toc_label"}:
            i = _read_toc(blocks, i + (kind == "toc_head"), header)
            continue
        i += 1
    header.end = i
    header.date, header.publisher = header.date or web_date, header.publisher or web_source
    return _with_quoted_masthead(blocks, header)


def _with_quoted_masthead(blocks: list[Block], header: Header) -> Header:
    """原创　州乡村振兴局　…　2021-11-10 / 近日，…现将主要内容转发如下 / 恩施州乡村振兴工作简报 / 2021年第12期 /
    恩施州乡村振兴局编　2021年11月8日: a post passing an issue on quotes its masthead under its lead,
    and the masthead tells the issue (its number, office and date)."""
    if not header.series or not any(WECHAT_POST.match(m) for m in header.markings):
        return header
    series = _norm(header.series)
    for j in range(header.end, min(header.end + 5, len(blocks) - 1)):
        if blocks[j].kind == "heading" and _norm(blocks[j].text) == series and blocks[j + 1].kind in _MASTHEAD_NEXT:
            quoted = read_header(blocks[j:])
            for name in ("special", "year", "issue_no", "total_no", "publisher", "date", "month", "column", "editor_note"):
                if getattr(quoted, name) is not None:
                    setattr(header, name, getattr(quoted, name))
            header.toc = quoted.toc or header.toc
            header.markings += quoted.markings
            header.end = j + quoted.end
            break
    return header


_WEB_SOURCE = re.compile(r"来源：(\S+)")
_SERIES_PLACE = re.compile(r"^([\u4e00-\u9fff]{1,8}?)([县市区州旗盟])")


def _of_series(office: str, series: str) -> str:
    """县乡村振兴局 in 从江县's bulletin is 从江县乡村振兴局: the office named as its county calls it."""
    place = _SERIES_PLACE.match(series)
    return place.group(1) + office if place and office[:1] == place.group(2) else office


_SITE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,24}?(?:人民政府|政府)(?:门户)?(?:网站|网|官网)?$|^[\u4e00-\u9fff]{2,24}?(?:门户网站|网站|官网)$")
_POST_TAG = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[丨｜|]\s*(?=\S{4,})")
# 防止返贫监测帮扶专辑, （易地扶贫搬迁专题）: what a special issue is on
_TOPIC_LINE = re.compile(r"^(?:([（(【〔]))?[\u4e00-\u9fff“”]{2,18}(?:专辑|专题|专刊|特刊)(?(1)[）)】〕])$")


def _signs_the_footer(text: str, blocks: list[Block], i: int) -> bool:
    """An office named in the masthead and again at the foot of the issue (…办公室 2016年2月20日印发)."""
    tail = blocks[max(i + 1, len(blocks) - 12):]
    return any(b.text.startswith(text) and _PRINTED_REST.match(b.text[len(text):]) for b in tail)


# what may follow the office's name at the foot: nothing, or the date it printed the issue
_PRINTED_REST = re.compile(r"^\s*(?:[12]\d{3}|[〇零一二三四五六七八九]{4})?\s*(?:年.{1,12}日|[.\-/]\S{3,8})?\s*(?:印\s*发)?\s*$")


_EDITOR_PREFIX = re.compile(r"^[【\[]?(?:编者按|编者的话|按语|编后语?|本期导读|本期提要)[】\]]?\s*[：:]?\s*")
_LABELLED = re.compile(r"^(?P<label>[^：:，,。]{2,14})[：:]\s*(?P<title>\S.{3,})$")


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"'『』「」《》·◆●▲■★◇○☆◎]", "", text)


# a column's name, bare, numbered (一、工作动态) or marked: a short phrase with no punctuation
_COLUMN_HEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[★☆◎■□●◆◇▲△○【〖]\s*)?[\u4e00-\u9fff]{2,8}[】〗]?$")
_COLUMN_MARK = re.compile(r"^[★☆◎■□●◆◇▲△○▍▌]\s*\S{2,8}$")


def _asked(block: Block) -> Block:
    """A title that asks or exclaims, read as the contents line it is there."""
    return block.with_kind("heading") if block.kind == "body" and ASKED_TITLE.match(block.text) else block


def _read_toc(blocks: list[Block], i: int, header: Header) -> int:
    """Contents lines, in any of their forms, until the first article: an entry with a page number
    (……2, （2）, 第2页), a label line (平桂区：) before its entry, or a bare title — which is the first
    article instead when body text follows it or it repeats an entry already read."""
    pending_label: str | None = None
    group: str | None = None
    n = len(blocks)
    while i < n:
        block = _asked(blocks[i])
        kind = block.kind
        nxt = _asked(blocks[i + 1]) if i + 1 < n else None
        if kind == "separator":
            if header.toc:
                return i + 1
        elif kind == "column":
            listed = header.toc and nxt is not None and nxt.kind == "heading" and toc_entry(nxt.text) is None \
                and _norm(nxt.text) in {_norm(e.title) for e in header.toc}  # over a title the contents list
            if listed and block.gap:
                return i  # 【工作动态】 set apart under the list, over its first title: the body's first column
            if header.toc and (nxt is None or nxt.gap and nxt.kind not in {"toc_entry", "toc_label", "heading", "separator"}
                               or nxt.gap and listed or nxt.kind == "separator"):
                # （六）… | 简讯, then the first title (or the rule that closes the box): the contents' last
                # entry, not the column to come
                return i + 1
            header.column = block.text.strip("【】〖〗[] ")
        elif kind == "marking":
            pass  # （示例文本）, 内部资料 printed inside the contents box
        elif kind == "toc_label":
            pending_label = block.text.rstrip("：: ")
        elif kind == "heading" and _COLUMN_MARK.match(block.text) and len(block.text) <= 10 \
                and not (header.toc and nxt is not None and nxt.kind in {"editor_note", "separator"}):
            # (●图片新闻 as the last line before the box closes is the last entry, not a column)
            if not _groups_contents(blocks, i):
                return i  # ★工作动态 after the contents: the first column of articles
            group = _COLUMN_MARK.sub("", block.text).strip()  # ◎工作推进 over the entries of a contents block
        elif kind in {"toc_entry", "heading", "body"} and len(block.text) <= 60:
            parsed = toc_entry(block.text)
            rest = toc_entry(nxt.text) if parsed is None and nxt is not None and nxt.gap == 0 \
                and nxt.kind == "toc_entry" and len(block.text) >= 15 else None
            if rest is not None:  # 县委…有效衔 | 接推进会……1: an entry wrapped onto the next line
                parsed = (block.text + rest[0], rest[1])
                i += 1
            elif parsed is None and header.toc and block.gap and all(e.page is not None for e in header.toc):
                return i  # a bare line set apart after entries that all had pages: the first title
            if parsed is None:
                seen = {_norm(e.title) for e in header.toc}
                if header.toc and nxt is not None and _norm(nxt.text) == _norm(header.toc[0].title) \
                        and _COLUMN_HEAD.match(block.text):
                    return i  # 一、工作动态 over the first entry's title: the body's first column head
                last_marked = _COLUMN_MARK.match(block.text) and len(block.text) <= 10 and nxt is not None \
                    and nxt.kind == "editor_note"  # ●图片新闻 / 本期导读：…: the box's last entry, then its guide
                if _norm(block.text) in seen or (nxt is not None and not last_marked and nxt.kind not in {
                        "toc_entry", "toc_label", "heading", "separator", "column", "marking"}):
                    return i  # the first article's title
                if kind == "body" and (len(block.text) > 40 or re.search(r"[。！？；]", block.text)) \
                        or not header.toc and nxt is not None and nxt.kind == "heading" \
                        and toc_entry(nxt.text) is None and nxt.gap > 1:
                    return i
                title, page = block.text, None
            else:
                title, page = parsed
            label = pending_label
            m = _LABELLED.match(title)
            if m and label is None:
                label, title = m.group("label"), m.group("title")
            title = re.sub(rf"^[{TITLE_MARKS}·•]\s*", "", title.strip())  # ●全县召开…: the mark is no part of it
            header.toc.append(TocEntry(title=title, page=page, label=label, column=group or header.column))
            pending_label = None
        else:
            return i
        i += 1
    return i


def _groups_contents(blocks: list[Block], i: int) -> bool:
    """A column name inside a contents block: short title lines under it, and no text, until the
    contents end (a rule) or the next such name."""
    j = i + 1
    while j < len(blocks) and blocks[j].kind in {"heading", "toc_entry"} and not _COLUMN_MARK.match(blocks[j].text) \
            and blocks[j].gap == 0:
        j += 1
    if j > i + 1 and all(blocks[k].kind == "toc_entry" for k in range(i + 1, j)):
        return True  # entries with their pages (……第5页) under it: contents, whatever ends them
    return j > i + 1 and (j == len(blocks) or blocks[j].kind == "separator" or (
        blocks[j].kind == "heading" and _COLUMN_MARK.match(blocks[j].text) is not None and blocks[j].gap == 0))


_PAPER = re.compile(r"^([\u4e00-\u9fff]{2,12}(?:日报|晚报|报)(?:[·•][\u4e00-\u9fff]{2,10})?)\s+")  # 于都报·精准扶贫专版　2017年…
_PAGE_STAFF = re.compile(r"^(?:本版)?(?:责任编辑|责编|编辑|美编|版式|校对)\s*[：:]")
_PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:日报|晚报|报)")
_PAGE_OF_PAPER = re.compile(r"^([\u4e00-\u9fff]{2,8}(?:周刊|专刊|专版|副刊|特刊))\s*第")
_PAPER_PAGE = re.compile(r"^([\u4e00-\u9fff]{2,12}(?:日报|晚报|报)(?:[·•][\u4e00-\u9fff]{2,10})?)\s+第\s*[A-Z]?\s*[\d一二三四五六七八九十]+\s*版\s*$")


def _paper_banner(text: str) -> tuple[str, str | None] | None:
    """黔西南日报　2020年10月22日　星期四　第3版　决战脱贫攻坚: a newspaper page's banner on one line; the
    series is the paper and the page's name (黔西南日报·决战脱贫攻坚)."""
    paper = _PAPER.match(text)
    rest = text[paper.end():] if paper else ""
    page, dated = NEWSPAPER_PAGE.search(rest), DATE.search(rest)
    if not dated and not DATE.search(text) and (named := _PAPER_PAGE.match(text)):
        return named.group(1), None  # 文山日报·脱贫攻坚　第3版: the date on the line below
    if paper and not page and not dated and re.fullmatch(r"[\u4e00-\u9fff]{2,10}", rest.strip(" ·•\u3000")):
        return paper.group(1) + "·" + rest.strip(" ·•\u3000"), None  # 淮阳报　　脱贫攻坚专版, the date below
    if not (page and dated and page.start() > dated.start()):
        return None
    name = rest[page.end():].strip(" ·•\u3000")
    if name and not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", name):
        return None
    return paper.group(1) + ("·" + name if name else ""), parse_date(rest)


_SIGNS_OF_ARTICLE = {"attribution", "credit", "byline", "subtitle", "table", "continuation"}


def _text_below(blocks: list[Block], j: int) -> int:
    """The length of the body lines from ``j`` on, up to the first that is not body (or 200)."""
    total = 0
    while j < len(blocks) and blocks[j].kind == "body" and total <= 200:
        total += len(blocks[j].text)
        j += 1
    return total


def footer_start(blocks: list[Block], first: int) -> int:
    """Index where the footer begins: the first footer line after which no article goes on.

    A footer-like line inside the text (审核：… under an article) does not end the issue while an
    attribution, a byline or a titled paragraph still follows. The office name printed above the
    印发 date, and separators, belong to the footer too; so does a closing office and date alone.
    """
    n = len(blocks)
    article_after = [False] * (n + 1)  # one pass from the end keeps this linear
    for i in range(n - 1, first - 1, -1):
        b = blocks[i]
        # a title over text: one long paragraph, or hard-wrapped lines (PDF) that together are long
        sign = b.kind in _SIGNS_OF_ARTICLE or (
            b.kind == "heading" and i + 1 < n and blocks[i + 1].kind == "body" and _text_below(blocks, i + 1) > 50)
        article_after[i] = article_after[i + 1] or sign
    for i in range(first, n):
        if blocks[i].kind == "footer" and not article_after[i + 1]:
            return _with_office_above(blocks, first, i)
    # no 报/送 list: the office and date that close the issue
    for i in range(max(first, n - 3), n):
        if blocks[i].kind == "date_line" and all(b.kind in {"date_line", "separator"} or _is_office(b.text)
                                                 for b in blocks[i:]):
            return _with_office_above(blocks, first, i)
    return n


def _with_office_above(blocks: list[Block], first: int, i: int) -> int:
    start = i
    while start > first and (
        blocks[start - 1].kind == "separator"
        or (blocks[start - 1].kind in {"heading", "publisher_line", "body"} and _is_office(blocks[start - 1].text)
            and i - start < 3)
    ):
        start -= 1
    return start


_OFFICE = re.compile(r"(?:办公室|办|局|部|厅|处|委员会|指挥部|领导小组|小组|中心|政府|委|会)$")


def _is_office(text: str) -> bool:
    return bool(_OFFICE.search(text)) and len(text) <= 30


_PRINTED = re.compile(
    r"^(?P<org>.*?)\s*(?:印发日期\s*[：:])?\s*(?P<date>(?:[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年.*日"
    r"|[12]\d{3}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2})\s*(?:印\s*发)?\s*$")


_IMPRINT = re.compile(r"^主\s*办(?:单位)?\s*[：:]\s*(\S{4,30}?(?:办公室|办|局|部|委员会|指挥部|领导小组|中心|政府))(?=\s|$)")


@dataclass
class Footer:
    date: str | None = None
    publisher: str | None = None
    contacts: list[str] = field(default_factory=list)


def read_footer(blocks: list[Block]) -> Footer:
    footer = Footer()
    previous: Block | None = None
    for block in blocks:
        m = _PRINTED.match(block.text)
        if m:
            footer.date = parse_date(m.group("date"))
            org = m.group("org").strip()
            if org:
                footer.publisher = org
            elif previous is not None and _is_office(previous.text):
                footer.publisher = previous.text
        elif re.match(r"^(?:联系人|联\s*系\s*电\s*话|投稿邮箱|电子邮箱)", block.text):
            footer.contacts.append(block.text)
        elif (imprint := _IMPRINT.match(block.text)) and footer.publisher is None:
            footer.publisher = imprint.group(1)  # 主办：临县…办公室　　编辑出版：…: a newspaper names its office in its imprint
        if block.kind != "separator":
            previous = block
    return footer
