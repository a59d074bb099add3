"""Split a document into blocks (one per non-empty line) and say what each block is.

Classification is an ordered list of small rules, as in markdown-it-py: the first rule that
recognises a block names its kind. Rules look at one block only; what depends on neighbours
(page-break joins, titles versus section heads) is decided later by the joiner and segmenter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from .attribution import _COMPOUND, parse_byline, split_names
from .layout import is_full_line, lay_out
from .text import COLUMN_TAIL, NEWS_SOURCES, clean_line, heading_like

# Kinds a block can have.
BLANK_KINDS = {"separator", "marking"}
Cells = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # 1-based line number in the source text
    level: int = 0  # Markdown heading level, 0 when the line was not a Markdown heading
    gap: int = 0  # blank lines before this block
    kind: str = "body"
    cells: Cells | None = field(default=None, compare=False)  # a table's rows
    unit: str | None = None  # a table's 单位：…
    date: str | None = None  # the date a web page's 发布时间 line gives

    def with_kind(self, kind: str) -> "Block":
        return replace(self, kind=kind)


_NUM = r"[\d〇零一二三四五六七八九十百千两]+"
ISSUE_LINE = re.compile(
    rf"(?:(?P<year>[12]\d{{3}}|[〇零一二三四五六七八九]{{4}})\s*年\s*|[〔\[(（]\s*(?P<byear>[12]\d{{3}})\s*[〕\])）]\s*)?"
    # 2018年第7期, or as documents are numbered: 〔2018〕第7期; a double issue 第3、4期合刊 is known by its first
    rf"(?<!总)第\s*(?P<no>{_NUM})\s*(?:[、，,—\-～~]\s*{_NUM}\s*)?期(?:\s*合刊)?"
    rf"(?:\s*[（(]?\s*总\s*第\s*(?P<total>{_NUM})\s*(?:[、，,—\-～~]\s*{_NUM}\s*)?期\s*[)）]?)?"
)
TOTAL_ONLY = re.compile(rf"[（(]?\s*总\s*第\s*(?P<total>{_NUM})\s*(?:[、，,—\-～~]\s*{_NUM}\s*)?期\s*[)）]?")
WEEK_LINE = re.compile(rf"(?:(?P<year>[12]\d{{3}})\s*年\s*)?第\s*(?P<week>{_NUM})\s*周")
# 专刊第3期, 增刊（1）; a bracketed year is no number: 专报（2019）
SPECIAL = re.compile(rf"(?P<kind>专刊|增刊|特刊|专报)\s*(?:[（(]\s*(?=第))?(?:第?\s*[（(]?\s*(?P<no>{_NUM})(?<![12]\d{{3}})\s*[)）]?\s*[期号]?)?(?:(?<=[期号])\s*[)）])?")  # 专刊（第2期）
# 专刊第3期, （专刊第3期）, or in brackets with its topic: （防返贫监测帮扶专刊第2期）
# the topic may join two places (湖州·广元协作专刊)
_SPECIAL_LINE = re.compile(rf"^(?:[（(【\[]\s*(?P<topic>[\u4e00-\u9fff·・、]{{0,16}}?))?{SPECIAL.pattern}\s*[)）】\]]?$")
DATE = re.compile(
    r"(?P<y>[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
    r"|(?<![\d.])(?P<ny>[12]\d{3})\s*[.\-/．]\s*(?P<nm>\d{1,2})\s*[.\-/．]\s*(?P<nd>\d{1,2})(?![\d.])"
)
_SEPARATOR = re.compile(r"^[-—_*=·.\s━─＿═~～★☆※◆◇■□●○▲△＊]{3,}$")
_MARKING = re.compile(
    r"^[（(【\[]?\s*(?:示例|内部资料|内部刊物|内部参阅|内部发行|注意保存|妥善保管|秘密|机密|绝密|密级|领导批示|仅供参考)[^。]{0,30}。?$"
    r"|^签\s*发\s*人\s*[：:]\s*[\u4e00-\u9fff·]{2,8}$"  # 签发人：王振华 in a red-header masthead
    r"|^[★☆◆●\s]*距离?[^，。]{2,30}?(?:还有|仅剩|只剩|倒计时)\s*\d+\s*天[★☆◆●\s]*$")  # a daily's countdown line
_PUBLISHER = re.compile(r"^(?:(?:主办|编印|编发|主编)(?:单位)?\s*[：:]\s*)?(?P<org>\S.{2,40}?)\s*(?:主?编|编印|主办|编发|印发)?$")
_PUBLISHER_LINE = re.compile(r"^(?:(?:主办|编印|编发)(?:单位)?\s*[：:]|.*\S\s?(?:主?编|编印|主办|编发)$)")
_PUBLISHER_FIRST, _PUBLISHER_LAST = ("主办", "编印", "编发"), ("编", "编印", "主办", "编发")  # looked at first
_DATE_ONLY = re.compile(r"^\s*[（(]?\s*(?:" + DATE.pattern + r")\s*[)）]?\s*(?:星期[一二三四五六日天])?\s*$")
# 2019年5月 alone under the office: a monthly's masthead gives the month and no day
MONTH_ONLY = re.compile(r"^\s*[（(]?\s*(?P<y>[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*[)）]?\s*$")
_TOC_HEAD = re.compile(r"^[【\[〖]?\s*(?:本期要目|本期导读|本期目录|本期提要|本期内容|内容提要|本[期周]要点|要点提示|目\s*录|要\s*目|导\s*读)\s*[】\]〗]?$")
_LEADER = r"[.．…·・⋯\-—]"
_TOC_ENTRY = re.compile(rf"^(?P<title>.+?)\s*(?:{_LEADER}\s*){{3,}}\s*(?:第\s*)?(?P<page>\d{{1,3}})\s*页?\s*$")
_TOC_LAST = frozenset("0123456789页")  # how a contents line ends: looked at before the whole line is
_TOC_PAGE = re.compile(r"^(?P<title>.+?)\s*(?:[（(]\s*(?P<p1>\d{1,3})\s*[)）]|第\s*(?P<p2>\d{1,3})\s*页)\s*$")
_DATED_NEWS = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日[^。]{4,}。[^。]{4,}。")
_TOC_LABEL = re.compile(r"^[^。，,；;]{2,24}[：:]$")
_COLUMN = re.compile(r"^[【〖\[]\s*[^】〗\]]{1,12}\s*[】〗\]]$|^(?:工作动态|经验交流|典型经验|基层动态|决策参考|要情专报|信息快递|简讯)$")
# 点评： under an article's signature comments on it, as a 按语 does
_EDITOR_NOTE = re.compile(r"^(?:[【\[](?:编者按|编者的话|按语|编后语?|点评)[】\]]|(?:编者按|编者的话|按语|编后语?|点评|本期导读|本期提要)\s*[：:]|编者按$)")
_ATTRIBUTION = re.compile(r"^[（(](?P<inner>[^（）()]{2,80})[)）]$")
_CREDIT = re.compile(r"^(?:(?:供稿(?:单位)?|报送单位|(?:稿件|信息)?来源|撰\s*稿(?:人)?|作者|文\s*/\s*图|文图|执笔|整理|文字)\s*[：:]"
                     r"|文\s*[/／]\s*(?![\s图])\S|文\s*[/／]\s*图\s+\S{1,4}(?:\s+\S{1,4})*$)")  # 文/张三, 文/图 朱丽: as magazines sign
# a WeChat page's list of its earlier posts: the titles under it are links, not articles
RECAP = r"往期(?:回顾|推荐|精选|精彩)|推荐阅读|相关阅读|延伸阅读推荐"
_RECAP = re.compile(rf"^(?:{RECAP})$")
# a page's picture, as text copied from it shows it (图片, ![](…), or the ▼ a post points at it with)
IMAGE = re.compile(r"^(?:图片|[▼▽↓]+|!\[[^\]]*\]\([^)]*\))$")
# 原创 城口扶贫 2020-09-16: the account that posted the article and the day
# 原创 理塘发布 理塘发布 2020-07-16: a WeChat post's line (its writer may be named before the account)
_POST = r"(?:原创\s+)?(?:[\u4e00-\u9fff]{2,12}\s+)?(?P<account>[\u4e00-\u9fff]{2,12})\s+(?P<date>\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2})?"
WECHAT_POST = re.compile(rf"^{_POST}$")
# what a web page or a phone app prints around an article copied from it
_PAGE_FURNITURE = re.compile(r"^(?:[【\[]?\s*字体\s*[：:]\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?\s*[】\]]?"
                             r"|(?:[【\[](?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|我要纠错)[】\]]\s*)+"
                             r"|(?:打印本页|关闭窗口|返回顶部|收藏本页)(?:\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页|我要纠错))*"
                             r"|分享到\s*[：:].{0,30}|阅读\s*\d+(?:\s*(?:在看|点赞|赞)\s*\d+)*"
                             # a site's breadcrumb, its links to the next and previous pages, its footer
                             r"|(?:加入收藏|设为首页|收藏本站|\s)*(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置|现在的位置)\s*[：:].{0,60}|首页\s*[>＞»›].{0,60}"
                             r"|!\[[^\]]{0,80}\]\([^)\s]{0,300}\)"  # a Markdown export's image: ![](https://…)
                             # its menu: 首页 | 政务公开 | 政务服务 | …
                             r"|(?:网站)?首页(?:\s*[|｜丨]\s*[\u4e00-\u9fff]{2,8}){2,}"
                             r"|(?:上一篇|下一篇|上一条|下一条)\s*[：:].{0,80}"
                             r"|(?:主办单位|承办单位|技术支持|网站标识码)\s*[：:].{0,80}|.{0,60}ICP\s*备.{0,30}|(?:版权所有|Copyright\b|©).{0,80}"
                             r"|\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?\s+[\u4e00-\u9fff]{2,12}"
                             # a WeChat account's page: its post line, prompts, buttons and image placeholders
                             r"|" + _POST +
                             r"|点击(?:上方)?(?:蓝字|关注).{0,16}|长按(?:识别)?(?:二维码|图片).{0,20}|微信扫一扫.{0,20}|阅读原文"
                             r"|(?:分享|点赞|在看|赞|写留言|留言|收藏|喜欢)(?:\s+(?:分享|点赞|在看|赞|写留言|留言|收藏|喜欢))*"
                             r"|图片|预览时标签不可点|收录于(?:话题|合集).{0,30}|" + RECAP +
                             r"|[▼▽↓]+|[—\-－]*\s*END\s*[—\-－]*)$")  # ▼ over a picture, —END— under the post
# 发布时间：2019-05-16 10:23　来源：镇巴县扶贫局　浏览次数：1268: a web page's line over its article, whose
# 来源 is the article's source
_TITLED_BOX = re.compile(r"^[┏┌╔][━─═\s]{2,}([\u4e00-\u9fff]{2,8})[━─═\s]{2,}[┓┐╗]$")
_EMPHASISED = re.compile(r"^\s*([*_])[^*_].*[^*_]\1\s*$")  # *…* in italics, as converters set a caption (**…** is a title)
WEB_META = re.compile(r"^(?:发布(?:时间|日期)|日期|时间)\s*[：:]\s*(?P<date>\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                      r"(?:\s*(?:来源|信息来源)\s*[：:]\s*(?P<source>[^\s：:]{2,30}?)(?=\s|$|字号|字体|浏览|点击|阅读|作者|打印|【))?.*$")
_WEB_AUTHOR = re.compile(r"(?:作者|撰稿)\s*[：:]\s*(\S(?:.{0,10}?\S)?)(?=\s+[\u4e00-\u9fff]{2,4}\s*[：:]|\s*$)")
_CONTINUATION = re.compile(r"^[（(]?\s*(?:下转|上接|转|接)\s*第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]?$")
# ——花垣县教育局 供稿, or with no dash an office's name and 供稿 alone on the line
_DASH_CREDIT = re.compile(r"^(?:(?:——|－－|--|—)\s*\S.{1,30}?\s*(?:供稿|供)"
                          r"|[\u4e00-\u9fff（）()]{2,30}(?:办公室|办|局|委|中心|政府|站|所|组|部|会|社)\s*供稿)$")
_SUBTITLE = re.compile(r"^(?:——|－－|--|—\s*—|——\s*)\s*\S|^[（(]\s*——\s*[^（）()]{2,40}[)）]$")  # （——…工作侧记）
# …标准化猪舍（摄影　李强）: a photo credited in brackets at the end of its line is a caption too
_CAPTION = re.compile(r"^(?:.*(?:\s|。|　)(?:摄影?|供图|/摄)$|[▲△↑]?\s*图为|.*[（(]\s*(?:摄影|摄|供图)\s*[：:/／]?\s*[^（）()]{1,12}[)）]$"
                      r"|.*[（(][^（）()]{1,12}?\s摄[)）]$"  # …领到新房钥匙。（李春华　摄）
                      r"|.*[（(][^（）()]{2,20}?供图[)）]$"  # …正在赶制鞋面。（洞口县乡村振兴局供图）
                      r"|(?:摄影|摄|图片|图)\s*[：:]\s*[\u4e00-\u9fff·　 ]{2,12}$)")  # 摄影：谭新华 under a picture
# One anchored alternation: an unanchored alternative (印发 at the end) would be tried at every
# character of every line, the slowest step of classifying a bulletin's lines.
_FOOTER = re.compile(
    r"^(?:报\s*[：:]|送\s*[：:]|抄\s*[报送]\s*[：:]|发\s*[：:]|本期(?:发至|发送|分送|发)\s*[：:]|分\s*送\s*[：:]|主\s*送\s*[：:]|报\s*送\s*[：:]"
    r"|.*印\s*发\s*$|联系人\s*[：:]|联\s*系\s*电\s*话|(?:本[版报刊])?投稿邮箱|电子邮箱|邮\s*箱\s*[：:]|(?:责任|本[报版刊])?编\s*辑\s*[：:].*(?:校\s*对|签\s*发)|本[报版刊](?:责任)?编辑\s*[：:].{0,40}$"
    r"|责任编辑\s*[：:]|本[报版刊]责编\s*[：:]|编\s*辑\s*[：:]\S{2,4}\s*审\s*核\s*[：:].{0,12}$|(?:校\s*对|签\s*发|审\s*核|主\s*编|编\s*审|地\s*址|邮\s*编|电\s*话|传\s*真)\s*[：:].{0,40}$"
    r"|[（(]\s*(?:共印|印数\s*[：:]?)\s*\d+\s*份\s*[)）]$|共印\s*\d+\s*份$|编\s*辑\s*[：:]\s*\S{2,4}$|印\s*数\s*[：:]"
    # a newspaper's imprint: 主办：… 编辑出版：… (a masthead's 主办： line names no second role)
    r"|(?:主\s*管|主\s*办)(?:单位)?\s*[：:].{1,40}?\s(?:主\s*办|承\s*办|协\s*办|编\s*辑\s*出\s*版|出\s*版|地\s*址|电\s*话)(?:单位)?\s*[：:])"
)
_ROLE = r"(?:本报|本刊|特约)?(?:记者|通讯员|实习生|见习记者)"
_BYLINE_ROLES = re.compile(rf"^(?:[□■◇◆◎○●]\s*)?(?:{_ROLE}|文\s*/\s*图|文|图)?\s*[：:]?\s*")  # 通讯员：李某 too
_BYLINE_START = re.compile(rf"^(?:[□■◇◆◎○●]\s*\S|{_ROLE}\s*\S)")

Rule = Callable[[Block], str | None]


def _rule(pattern: re.Pattern[str], kind: str) -> Rule:
    return lambda b: kind if pattern.search(b.text) else None


def _byline(block: Block) -> str | None:
    """□ 解德辉 卢佳 / ■ 本报记者 王某 / 通讯员 李某: every word after the roles is a person's name."""
    if not _BYLINE_START.match(block.text) or len(block.text) > 40:
        return None
    rest = re.sub(rf"\s*{_ROLE}\s*[：:]?\s*|\s*文\s*/\s*图\s*", " ", _BYLINE_ROLES.sub("", block.text, count=1))
    tokens = [t for t in re.split(r"[、，,\s]+", rest) if t]
    if not tokens:
        return None
    if len(tokens) == 1 and (len(tokens[0]) >= 4 and tokens[0][:2] not in _COMPOUND or COLUMN_TAIL.search(tokens[0])) \
            and not re.search(_ROLE, block.text):
        return None  # ■区县动态, ■毕节篇, ■简讯: a marked phrase is a column head; names of four have two surnames
    if split_names(rest):
        return "byline"
    # 本报记者 陈　卓 通讯员 羊文英: after the roles, people whatever their surname
    names = parse_byline("□ " + block.text) if re.search(_ROLE, block.text) else []
    return "byline" if names and "".join(names) == re.sub(r"\s", "", rest) else None


NEWSPAPER_PAGE = re.compile(r"第\s*[A-Z]?\s*[\d一二三四五六七八九十]+\s*版|[A-Z]\d{1,2}\s*版")  # 第4版, 第B07版, A3版
_PAGE_NAME = re.compile(r"^[\s·•]*[\u4e00-\u9fff]{2,8}\s*$")
_MASTHEAD_REST = re.compile(r"^[\s（()）【】\[\]·•,，、]*$")
_SERIES_END = re.compile(r"(?:简报|专报|快报|动态|信息|通讯|周报|月报|专刊|增刊|特刊|刊|编)\s*$")


# （6月10日—6月16日）: the days a weekly covers, beside its number
_DAYS_COVERED = re.compile(r"[（(]\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*[—\-–~至到]+\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日?\s*[)）]")


def _issue_line(block: Block) -> str | None:
    """2019年第32期（总第194期）, 总第一百零五期, 2019年第15周, 脱贫攻坚简报 第5期 — but not a title that
    mentions 第二期培训班: around the number there may be only a year, a date, a weekday or the series."""
    t = block.text
    if len(t) > 60 or "。" in t:
        return None
    m = ISSUE_LINE.search(t) or TOTAL_ONLY.search(t) or WEEK_LINE.search(t)
    if m is None:
        # a newspaper page's line: 2019年10月18日 星期五 第4版 (a date and a page, nothing else)
        page = NEWSPAPER_PAGE.search(t)
        dated = DATE.search(t)
        rest = re.sub(r"星期[一二三四五六日天]", "", NEWSPAPER_PAGE.sub("", DATE.sub("", t)))
        # …第3版 脱贫攻坚: the page may carry its name (版名) after its number
        if page and dated and (_MASTHEAD_REST.match(rest) or _PAGE_NAME.match(t[page.end():])
                               and _MASTHEAD_REST.match(rest.replace(t[page.end():].strip(), ""))):
            return "issue_line"
        return None
    rest = t[:m.start()] + " " + t[m.end():]
    rest = TOTAL_ONLY.sub(" ", DATE.sub(" ", SPECIAL.sub(" ", rest)))
    rest = re.sub(r"星期[一二三四五六日天]|[12]\d{3}\s*年", " ", _DAYS_COVERED.sub(" ", rest)).strip()
    if _MASTHEAD_REST.match(rest) or (len(rest) <= 24 and _SERIES_END.search(t[:m.start()])):
        return "issue_line"
    return None


# Order matters: the footer and furniture rules run before the generic ones.
RULES: tuple[Rule, ...] = (
    lambda b: "table" if b.cells is not None else None,
    _rule(_SEPARATOR, "separator"),
    _rule(_MARKING, "marking"),
    _rule(_PAGE_FURNITURE, "marking"),  # 【字体：大 中 小】, 【打印本页】, 阅读 3268 在看 41: a web page's or an app's
    _rule(_FOOTER, "footer"),
    _rule(_TOC_HEAD, "toc_head"),
    lambda b: "toc_entry" if b.text.rstrip()[-1:] in _TOC_LAST and _TOC_ENTRY.match(b.text) else None,
    _rule(_CONTINUATION, "continuation"),
    _rule(_COLUMN, "column"),
    _rule(_EDITOR_NOTE, "editor_note"),
    _rule(_DASH_CREDIT, "credit"),  # ——花垣县教育局 供稿: a signature, not a subtitle
    _rule(_SUBTITLE, "subtitle"),
    _byline,
    _rule(_CREDIT, "credit"),
    lambda b: "special_line" if (m := _SPECIAL_LINE.match(b.text)) and not (m.group("topic") and b.text[-1] not in ")）】]")
    else None,
    # （第15期） is the issue's number, not a bracketed attribution like （县扶贫办供稿）
    lambda b: _issue_line(b) if b.text[:1] in "（(" else None,
    _rule(_ATTRIBUTION, "attribution"),
    _issue_line,
    _rule(_DATE_ONLY, "date_line"),
    _rule(MONTH_ONLY, "date_line"),
    # (8月14日，…义诊。图为…（宝力道　摄）: a dated photo-news item, not a picture's caption)
    lambda b: "caption" if len(b.text) <= 80 and _CAPTION.search(b.text) and not _DATED_NEWS.match(b.text) else None,
    lambda b: "toc_label" if _TOC_LABEL.match(b.text) else None,
    lambda b: "publisher_line" if b.text.endswith(_PUBLISHER_LAST) | b.text.startswith(_PUBLISHER_FIRST)
    and _PUBLISHER_LINE.match(b.text) and heading_like(b.text) else None,
    lambda b: "heading" if b.level or heading_like(b.text) else None,
)


def classify(block: Block) -> Block:
    for rule in RULES:
        kind = rule(block)
        if kind:
            return block.with_kind(kind)
    return block.with_kind("body")


_NEWS_OPENING = re.compile(rf"^\W{{0,2}}(?:{NEWS_SOURCES})")


def split_blocks(text: str) -> list[Block]:
    """One block per non-empty line (one per table), cleaned and classified; blank lines become ``gap``."""
    layout = lay_out(text)
    wrapped = layout.wrap_width or layout.wrap_chars or layout.typical
    blocks: list[Block] = []
    gap = 0
    recap = False  # under a WeChat page's 往期回顾
    lines = layout.lines
    for k, raw in enumerate(lines):
        if raw.cells is not None:
            blocks.append(Block("", raw.number, 0, gap, "table", raw.cells, raw.unit))
            gap = 0
            continue
        if titled := _TITLED_BOX.match(raw.text.strip()):  # ┏━━ 今日要情 ━━┓: a box named on its top edge
            blocks.append(Block(f"【{titled.group(1)}】", raw.number, 0, gap, "column"))
            gap = 0
            continue
        if _SEPARATOR.match(raw.text.strip() or "x"):  # before cleaning: ＿＿＿ would lose its __ as emphasis
            blocks.append(Block(raw.text.strip(), raw.number, 0, gap, "separator"))
            gap = 0
            continue
        cleaned, level = clean_line(raw.text)
        if not cleaned:
            gap += 1
            continue
        if not gap and not level and blocks and blocks[-1].kind == "body" and _unclosed(blocks[-1].text) \
                and re.match(r"^[^（(]*[)）]", cleaned):
            # …劳务报酬1万元。（田村 / 镇党委 温建国）: a bracket wrapped to the next line is that line's end
            blocks[-1] = replace(blocks[-1], text=blocks[-1].text + cleaned)
            continue
        if meta := WEB_META.match(cleaned):  # the web page's date and 来源 line: its source, as a credit
            writer = _WEB_AUTHOR.search(cleaned)  # …　作者：王秀琴　浏览次数：198: and its writer
            credit = "　".join(([f"来源：{meta.group('source')}"] if meta.group("source") else [])
                              + ([f"作者：{writer.group(1)}"] if writer else []))
            cleaned = credit or cleaned
        block = classify(Block(cleaned, raw.number, level, gap, date=meta.group("date") if meta else None))
        if meta and not meta.group("source") and not writer:
            block = block.with_kind("marking")
        if block.kind == "heading" and (cleaned[:1] in "▲△" or _EMPHASISED.match(raw.text)) and blocks \
                and blocks[-1].kind == "marking" and IMAGE.match(blocks[-1].text):
            block = block.with_kind("caption")  # 图片 | ▲鸡鸣乡村民在… or *梯田里的…*: the caption under a picture
        if recap and gap == 0 and block.kind in {"heading", "body", "column"}:
            block = block.with_kind("marking")  # 往期回顾 | title | title: links to earlier posts
        recap = bool(_RECAP.match(cleaned)) or recap and gap == 0 and block.kind == "marking"
        if raw.boxed:
            block = block.with_kind("boxed")
        elif block.kind == "heading" and _NEWS_OPENING.match(cleaned):
            block = block.with_kind("body")  # 本报讯（通讯员 虎玉霞）今年以 | 来，…: a news item's first line, cut short
        elif block.kind == "heading" and not level and not _MARKED_TITLE.match(cleaned) and (
                raw.full or wrapped and is_full_line(raw.text.rstrip() if _INDENTED.match(raw.text) else cleaned, layout)) \
                and not (k + 1 < len(lines) and _INDENTED.match(lines[k + 1].text)):
            # a hard-wrapped line of a paragraph, as wide as the others (a first line's indent counted);
            # a line over a paragraph's indented first line does not run on into it (a title as wide as the column)
            block = block.with_kind("body")
        blocks.append(block)
        gap = 0
    return blocks


_INDENTED = re.compile(r"^ {2}(?! )\S")  # a paragraph's first line: two (full-width) spaces, folded


def _unclosed(text: str) -> bool:
    return text.rfind("（") > text.rfind("）") or text.rfind("(") > text.rfind(")")


# ◆… or 【…】（XX县扶贫办）: marked as a title, however wide
_MARKED_TITLE = re.compile(r"^\s*(?:[◆●▲★◇☆◎►▶※♦]|[【〖][^【】〖〗]{6,}[】〗](?:\s*[（(][^（）()]{2,30}[)）])?$)")


def publisher_of(text: str) -> str | None:
    m = _PUBLISHER.match(text)
    return m.group("org").strip() if m else None


def toc_entry(text: str) -> tuple[str, int | None] | None:
    """A contents line: its title and page (……2, （2）, 第2页), or None."""
    m = _TOC_ENTRY.match(text)
    if m:
        return m.group("title").strip(), int(m.group("page"))
    m = _TOC_PAGE.match(text)
    if m:
        return m.group("title").strip(), int(m.group("p1") or m.group("p2"))
    return None


def attribution_inner(text: str) -> str | None:
    m = _ATTRIBUTION.match(text)
    return m.group("inner").strip() if m else None


TRAILING_ATTRIBUTION = re.compile(r"[（(](?P<inner>[^（）()]{2,30})[)）]\s*$")
INLINE_CONTINUATION = re.compile(r"[（(]\s*(?:下转|上接)\s*第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]")
