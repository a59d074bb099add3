"""Parse a bulletin's text into an :class:`~generator.model.Issue` (no places, themes or figures yet).

Stages, each in its own module: ``blocks`` (split and classify lines) → ``header`` (series, 第N期,
publisher, date, contents; footer) → ``articles`` (page-break joins, then segmentation).
Malformed input never raises: what cannot be read becomes a :class:`~generator.model.Problem`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Issue, Problem, SourceFile
from .articles import Segmenter, join_figure_boxes, join_page_breaks, join_toc_titles, unspaced
from .blocks import split_blocks
from .header import footer_start, parse_date, read_footer, read_header
from .outline import doubts

# □ 解德辉 卢佳 / ■ 本报记者 王某 (■县区动态 is a column head); 本报讯; (下转第2版)
_NEWSPAPER_SIGNS = re.compile(r"^[□■](?:\s+\S|\s*(?:本报|记者|通讯员))|本报讯|本报记者|[（(]\s*(?:下转|上接)\s*第?\s*\d+\s*版", re.M)
# a series named as a bulletin (工作动态, 简报) is one, numbered or not
_BULLETIN_TITLE = re.compile(r"(?:简报|专报|快报|动态|信息)$")
# when a web page or an app published what was copied: 发布时间：2019-05-16, 2017-11-03　花垣扶贫
_PUBLISHED = re.compile(r"^\s*(?:(?:发布(?:时间|日期)|日期|时间)\s*[：:]\s*)?((?:19|20)\d{2})\s*-\d{1,2}-\d{1,2}\b|"
                        r"^\s*(?:发布(?:时间|日期)|日期|时间)\s*[：:]\s*((?:19|20)\d{2})\s*[年./]", re.M)
# a year is written with 年 (2016年, 2016 年度); 2036个 is a count
_YEAR_MENTION = re.compile(r"(?<!\d)((?:19[5-9]|20[0-4])\d)(?=\s*年)")


# 镇巴县人民政府门户网站·脱贫攻坚专栏: pages copied from an office's website are published by that office
_SITE = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{2,24}?(?:人民政府|政府|局|委员会|办公室|中心))(?:门户)?(?:网站|网|官网)(?:$|[·•\s])")


def _site_owner(series: str | None) -> str | None:
    site = _SITE.match(series or "")
    return site.group("owner") if site else None


def parse_text(text: str, source: SourceFile) -> Issue:
    path = source.path
    problems: list[Problem] = []
    blocks = split_blocks(text)
    header = read_header(blocks)
    end = footer_start(blocks, header.end)
    footer = read_footer(blocks[end:])
    newspaper = (header.issue_no is None or header.weekday) and _NEWSPAPER_SIGNS.search(text) \
        and not _BULLETIN_TITLE.search(header.series or "")
    body = join_toc_titles(join_figure_boxes(blocks[header.end:end]), tuple(header.toc))
    body, lifted = join_page_breaks(body, bool(newspaper))

    segmenter = Segmenter(path, tuple(header.toc), column=unspaced(header.column))
    segmenter.feed(body, lifted)
    articles = segmenter.finish()
    problems.extend(segmenter.problems)

    kind = "newspaper" if newspaper else "bulletin"
    signed = segmenter.signature  # a report signed by its office under the text: the issue's, if nothing else says
    date = footer.date or header.date or (parse_date(signed[1]) if signed else None)
    year = header.year or (int(date[:4]) if date else None)
    if year is None:  # articles copied from web pages carry their own dates (发布时间：2019-05-16): the latest
        years = [int(a or b) for a, b in _PUBLISHED.findall(text)] or [int(y) for y in _YEAR_MENTION.findall(text)]
        if years:
            year = max(years)
            problems.append(Problem(path, None, "warning", f"未找到出版日期，年份 {year} 由正文中提到的最近年份推断"
                                                           f" / no date of publication: year {year} is the latest the text mentions"))
    if date is None and header.month:
        problems.append(Problem(path, None, "warning", f"刊头只有年月（{header.month}），没有日 / the masthead gives a month"
                                                       f" ({header.month}) and no day"))
    elif date is None:
        problems.append(Problem(path, None, "warning", "未找到印发日期或刊头日期 / no date found (printing or header)"))
    if kind == "bulletin" and header.issue_no is None:
        problems.append(Problem(path, None, "warning", "未找到期号（第N期）/ no issue number (第N期) found"))
    if header.series is None:
        problems.append(Problem(path, None, "warning", "未找到刊名 / no series title found"))
    if not articles:
        problems.append(Problem(path, None, "error", "未识别出任何文章：这份文件可能不是简报 / no article found: this may not be a bulletin"))
    for art in articles:
        if kind == "bulletin" and not art.source and not art.authors:
            problems.append(Problem(path, art.line, "info", f"《{art.title}》没有署名行 / article without an attribution line"))

    issue = Issue(
        source=source,
        series=header.series,
        kind=kind,
        year=year,
        issue_no=header.issue_no,
        total_no=header.total_no,
        # a single piece copied from a web or WeChat page names no office but its 来源: that office put it out
        publisher=header.publisher or footer.publisher or (signed[0] if signed else None) or _site_owner(header.series)
        or (articles[0].source if len(articles) == 1 and header.issue_no is None else None),
        date=date,
        special=header.special,
        articles=tuple(articles),
        editor_note=header.editor_note,
        toc=tuple(header.toc),
        unplaced=tuple(segmenter.unplaced),
        problems=tuple(problems),
    )
    # an outline that looks wrong is said where the user will see it (check, data-quality page)
    doubtful = doubts(issue)
    if doubtful:
        note = Problem(path, None, "warning", "文章划分可能有误：" + "；".join(doubtful)
                       + "。请用 jianbao check 核对，必要时用附注文件的 titles 更正 / the articles may be cut wrongly:"
                       " check the outline with jianbao check, correct titles with the sidecar's titles")
        issue = replace(issue, problems=issue.problems + (note,))
    return issue
