"""Extract reported figures from article paragraphs: value, unit, label, kind and source sentence.

``extract_indicators(paragraphs, place)`` reads every sentence (split on 。！？；), finds its numbers
with :mod:`generator.extract.numbers`, and for each figure that measures something (not a year, a date,
an age or a page) decides its **label** (劝返率; for counts the noun counted: 贫困户) by ordered
chains of small label rules, its **kind** (actual / target / policy / other) by the ordered
:data:`KIND_RULES`, where the first match decides and an unclaimed figure is an actual result,
and its **measure** (a slug from ``config/measures.yml``).  ``text`` is exactly
``paragraphs[paragraph][start:end]``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import dropwhile, product, takewhile
from typing import Callable, Iterator, NamedTuple, Optional, Sequence

from ..model import Indicator
from ..parse.text import PLANS, TITLE_MARKS
from .gazetteer import HELPING_PROVINCES, load_gazetteer
from .measures import Measure, kinds_of, known_labels, longest_suffix, match_measure
from .numbers import Quantity, find_numbers

__all__ = ["extract_indicators", "split_sentences", "label_figures", "classify", "KIND_RULES", "KindRule"]

# Units that only tell a date or a page: 8月10日, 1 月份起, (下转4版), 第五届.
NOT_FIGURES = frozenset({"月", "日", "版", "页", "届"})
# Units of a duration: a figure when it is the point of a clause (用100天时间, 期限 3 年以内, 前三年),
# not when it dates or places in time (2018年, 三年来, 近三年, 2—3年后).
_DURATIONS = frozenset({"年", "天", "小时", "分钟", "周", "个月", "工作日"})
_RELATIVE_AFTER = re.compile(r"\s*(?:多|余)?(?:以来|来|前|间|度|级|初|底|末|中|内外|里|之久)")
_RELATIVE_BEFORE = re.compile(r"(?:近|这|最近|过去|此后|今后|未来|连续|每)\s*$")
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』]*")
_CLAUSE_SEP = "，,：:"
_CJK = "\u4e00-\u9fff"


def _figure_words() -> dict[str, list[str]]:
    """config/figure_words.txt, by tag: words jieba cuts or tags badly, read only by the figures' tagger
    (a private tokenizer, so that other users of jieba in the process are not affected)."""
    text = resources.files("generator").joinpath("config/figure_words.txt").read_text(encoding="utf-8")
    words: dict[str, list[str]] = {"n": [], "v": [], "b": []}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, tag = line.split()
            words.setdefault(tag, []).append(word)
    return words


_FIGURE_WORDS = _figure_words()
_DOMAIN_VERBS = _FIGURE_WORDS["v"]
_DOMAIN_VERB_HEADS = tuple(_DOMAIN_VERBS)
# single characters that end the name of a division or a household: 薄弱/村 is one noun
_DIVISION_ENDS = frozenset("村 户 乡 镇 屯".split())


# ---------------------------------------------------------------------------------------- labels

@dataclass
class Figure:
    """A quantity being labelled: a working record in the coordinates of its sentence."""

    quantity: Quantity
    label: str = ""
    text_start: int = -1  # where ``text`` begins: the label, or the verb before the number
    text_end: int = -1
    list_head: Optional[int] = None  # index of the first member of its list: 30%、50%、70%
    follows: Optional[int] = None  # index of the figure it continues: 由13.2%降至6.8%, 15430户29586人
    subset: bool = False  # the label may name more than was counted (贫困户 of 贫困户获产业扶持): no measure
    measured: str = ""  # the name a measure knows it by when the label adds what was done to all of it

    def __post_init__(self) -> None:
        self.text_start, self.text_end = self.quantity.start, self.quantity.end

    @property
    def leader(self) -> Optional[int]:  # the figure it takes its label and kind from
        return self.list_head if self.list_head is not None else self.follows


# nouns that name a share (支出进度 71.5%, 群众满意度 98%), as 率 does
_RATE = re.compile(r"率|比例|比重|占比|进度|满意度|认可度|知晓度")
# words between a rate and its value: 劝返率达 92%, 空编率由13.2%, 服务率就提高了15个百分点
_LINK = re.compile(r"(?:\s|就|已经|已|均|都|全部|分别|统一|也|仍|要|需要|需|应当|应|必须|须|力争|争取|确保|由原来的|由(?:去年|上年|前年|年初|上月|上季度)(?:同期|底|末)?的|由|从|达到|达|为|是|占|降至|降到|降低到|下降到"
                   r"|下降至|下降了|降低了|提高到|提高至|提高了|提升到|提升至|提升了|上升到|上升了|增至|增加到|增长到"
                   r"|增长了|控制在|保持在|保持|稳定在|稳定|维持在|维持|超过|高于|低于|不低于|约|近|高达|多达|仅为|约为|只有|仅有)*")
_GOAL_WORDS = re.compile(r"(?:力争|争取|确保|努力|要|将)*")
_LIST_JOIN = re.compile(r"\s*(?:[、和及与或]|以及)\s*")
_CHANGE = re.compile(r"\s*(?:降至|降到|降低到|降低至|下降到|下降至|减少到|减至|提高到|提高至|提升到|提升至|上升到|上升至"
                     r"|增至|增加到|增长到|发展到|扩大到|扩大至|到|至)?\s*")
# 由 2014 年底的 31.7% 下降到 2017 年底的 8.9%: the level reached, with its own date
_CHANGE_DATED = re.compile(_CHANGE.pattern + r"(?:(?:19|20)\d{2}\s*年[^，,；;。%\d]{0,6}(?:\d{1,2}\s*月[^，,；;。%\d]{0,4})?的\s*)")
_PAIRED = re.compile(r"分别\s*(?:为|是|达到|达|提高到|控制在|降至|降到)?\s*$")
_PAIRED_BASE = re.compile(rf"(报销比例|报销|[{_CJK}]{{2}}(?:率|比例))$")
_ACTION_PAIR = re.compile(r"(报销|补助|补贴|支付|赔付|兜底|救助)(?![\u4e00-\u9fff]*[金款费])")
_ACTION_RATE = re.compile(r"\s*(?:的)?\s*(?:阶梯式)?(?:比例)?\s*(发放|报销|补助|补贴|支付|赔付|兜底)")
_STOP = frozenset("利用 参加 没有 进行 实现 获得 吸纳 符合 参与 开展 完成 达到 覆盖 涉及 中 内 以上 以下 左右 等 的 共 有 为 "
                  "是 已 约 近 全部 其中 每年 每户 共计 累计 合计 分别 到 达 获 由 从 占 所有 全市 全县 全区 该县 可 可以 能 各".split())
_NOUNISH = ("n", "j", "l", "vn", "an", "ng", "nz", "nr", "ns", "nt", "zg")
_MODIFIERS = frozenset("扶贫 专项 脱贫".split())  # verbs that qualify a noun: 扶贫善款, 专项资金
_QUOTES = "“”\"'『』「」 "
_MONEY_LIKE = ("元", "亩", "平方米", "公里", "公顷", "米", "吨")
Span = Optional[tuple[str, int, int]]  # (label, start, end) in the sentence


@lru_cache(maxsize=1024)  # asked again for each figure of a sentence, and of the sentence before
def masked_titles(text: str, names: bool = False) -> str:
    """Blank 《…》 (same length): a document's name is not the sentence's mood; with ``names``,
    short quoted names too: “雨露计划”, “头羊计划” name programmes, not goals."""
    blank = lambda m: m.group()[0] + "□" * (len(m.group()) - 2) + m.group()[-1]  # noqa: E731
    text = re.sub(r"《[^》]*》", blank, text)
    if not names:
        return text
    text = re.sub(r"“[^”\d\W]{1,10}”", blank, text)
    # programmes config/terms.txt names, unquoted (雨露计划补助资金): a name, not a plan
    return _PROGRAMMES.sub(lambda m: "□" * len(m.group()), text) if "计划" in text else text


def _terms_pattern(keep: Callable[[str], bool]) -> re.Pattern[str]:
    """The terms of config/terms.txt that ``keep`` picks, as one alternation, longest first."""
    from .lexicon import domain_terms

    names = sorted((t for t in domain_terms() if keep(t)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)) or "(?!)")


_PROGRAMMES = _terms_pattern(lambda t: t.endswith("计划") and len(t) > 2)


@lru_cache(maxsize=1)
def _tagger():
    import jieba

    from .lexicon import main_dictionary_copy, posseg

    class Tagger(posseg().POSTokenizer):
        """jieba's tagger, remembering the answers of its HMM (the slowest step of tagging) for runs
        of characters it does not know: 人, 元, 乡共 come back again and again, always the same."""

        def __init__(self, tokenizer: jieba.Tokenizer) -> None:
            super().__init__(tokenizer)
            self.guesses: dict[str, list] = {}

        def load_word_tag(self, f) -> None:
            # jieba.posseg read the same dictionary's tags when it was imported: copying its table
            # saves reading 349,046 lines again (0.3 s of every parse worker's start)
            default = jieba.posseg.dt
            if self.tokenizer.dictionary == default.tokenizer.dictionary and default.word_tag_tab:
                f.close()
                self.word_tag_tab = dict(default.word_tag_tab)
            else:
                super().load_word_tag(f)

        def _POSTokenizer__cut(self, sentence: str):  # replaces the name-mangled POSTokenizer.__cut
            found = self.guesses.get(sentence)
            if found is None:
                if len(self.guesses) > 100_000:
                    self.guesses.clear()
                found = self.guesses[sentence] = list(jieba.posseg.POSTokenizer._POSTokenizer__cut(self, sentence))
            return iter(found)

    jieba.setLogLevel(logging.WARNING)  # its dictionary loads on first use, noisily
    tokenizer = main_dictionary_copy()
    for tag, words in _FIGURE_WORDS.items():
        for word in words:
            tokenizer.add_word(word, tag=tag)
    return Tagger(tokenizer)


def _tokens(text: str, base: int) -> list[tuple[str, str, int]]:
    """(word, part of speech, offset + base) of the jieba tokens of ``text``, quotes left out."""
    return [(word, flag, pos + base) for word, flag, pos in _tagged(text)]


@lru_cache(maxsize=65536)  # a window is tagged once however many rules and figures look at it
def _tagged(text: str) -> tuple[tuple[str, str, int], ...]:
    out, pos, cut = [], 0, -1
    for pair in _tagger().cut(text):
        word, flag, at = pair.word, pair.flag, pos
        pos += len(word)
        if word in _QUOTES or not word.strip():
            continue
        last = out[-1] if out and out[-1][2] + len(out[-1][0]) == at else None
        if last and len(word) == 1 and flag in ("zg", "ng", "q", "n") and (
                len(out) - 1 == cut or word in _DIVISION_ENDS and flag != "n" and last[1][0] in "an"
                and not last[1].startswith(("nr", "ns")) and not _PLACE_WORD.match(last[0])):
            out[-1] = (last[0] + word, "n", last[2])  # 薄弱/村 → 薄弱村; 新建|村/道 → 村道: one noun
            continue
        if last and word == "率" and last[1][0] in "nv" and _content(last[0]) and len(last[0]) >= 2:
            out[-1] = (last[0] + word, "n", last[2])  # 供水/率: a rate of what the word before names (供水率)
            continue
        if last and word == "点" and flag in ("m", "q") and last[1][0] in "vnl" and _content(last[0]):
            out[-1] = (last[0] + word, "n", last[2])  # 展销/点, 服务/点: a place where it is done, not a measure word
            continue
        if word.startswith("全面") and flag[0] in "nil":
            # 全面/n, 全面推行/n: jieba's noun is the adverb "fully" (and the verb it qualifies)
            out.append(("全面", "d", at))
            if len(word) == 2:
                continue
            word, flag, at = word[2:], "v", at + 2
        if word in ("级", "本级") and last and last[1] == "ns" and last[0][-1] in "省市县区州旗" and len(last[0]) >= 2:
            # 徐州市/级/资金, 新沂市/本级/资金: whose money, at which level (市级资金, 市本级资金)
            out[-1] = (last[0][:-1], "ns", last[2])
            out.append((last[0][-1] + word, "b", at - 1))
            continue
        if word in ("年", "月") and last and last[0].endswith("均") and len(last[0]) == 2:
            out[-1] = (last[0] + word, last[1], last[2])  # 户均/年/增收: the 年 is the average's period
            continue
        if flag == "ns" and len(word) > 2 and word.startswith(_DOMAIN_VERB_HEADS):
            # 新建村/道: a village's name begun by one of our verbs is that verb and a noun cut short
            verb = next(v for v in _DOMAIN_VERBS if word.startswith(v))
            out.append((verb, "v", at))
            word, flag, at, cut = word[len(verb):], "n", at + len(verb), len(out)
        out.append((word, flag, at))
    for k in range(len(out) - 1, 0, -1):
        word, flag, at = out[k]
        if word == "会" and out[k - 1][2] + len(out[k - 1][0]) == at and out[k - 1][1][0] in "vn" \
                and (k + 1 == len(out) if out[k - 1][1][0] == "n" else not (k + 1 < len(out) and out[k + 1][1][0] in "vad")):
            out[k - 1:k + 1] = [(out[k - 1][0] + word, "n", out[k - 1][2])]  # 推进/会 3 次: a meeting, not "can"
        elif word == "户户" and k + 1 < len(out) and out[k + 1][0] == "均" and out[k + 1][2] == at + 2:
            # 种植/户户/均/增收: jieba's 户户 (every household) eats the 户 of 种植户 and of 户均
            out[k:k + 2] = [("户", "n", at), ("户均", "j", at + 1)]
            if out[k - 1][1] in ("v", "n", "vn") and out[k - 1][2] + len(out[k - 1][0]) == at:
                out[k - 1:k + 1] = [(out[k - 1][0] + "户", "n", out[k - 1][2])]
        elif word.startswith(("人均", "户均")) and out[k - 1][0] in ("年", "月") \
                and out[k - 1][2] + 1 == at and flag[0] in "nv":
            out[k - 1:k + 1] = [(out[k - 1][0] + word, "n", out[k - 1][2])]  # 家庭/年/人均纯收入: a yearly average
    return tuple(out)


_NOT_WORD = re.compile(r"[\W\d_]")  # punctuation, a digit: no word of a label


def _content(word: str) -> bool:
    return word not in _STOP and not _NOT_WORD.match(word)


def _phrase(tokens: list[tuple[str, str, int]]) -> Span:
    return ("".join(w for w, _, _ in tokens), tokens[0][2], tokens[-1][2] + len(tokens[-1][0])) if tokens else None


# a short alternative or gloss in brackets right after a noun is part of its name, as a table
# heads it: 村（社区）, 困难职工（农民工）; not 含/包括/其中 (a part), nor a unit (户（次）)
_GLOSS = re.compile(rf"\s*[（(]([{_CJK}]{{1,4}})[）)]")
_GLOSS_NOT = re.compile(r"含|包括|其中|即|下同|原|简称|次")


def _glossed(text: str, words: list[tuple[str, str, int]], limit: int) -> list[tuple[str, str, int]]:
    """``words`` with the bracketed gloss that follows them in ``text`` (before ``limit``) added."""
    if not words or "（" not in text and "(" not in text:
        return words
    end = words[-1][2] + len(words[-1][0])
    m = _GLOSS.match(text, end, limit)
    if not m or m.start() != end or _GLOSS_NOT.match(m.group(1)):
        return words
    return [*words, ("（" + m.group(1) + "）", "n", end)]


class _At:
    """Where a label rule looks: figure ``i`` of a sentence, its quantity ``q``, its ``clause``
    bounds, and ``lo``: the clause start, but never before the previous figure (labels don't cross it)."""

    def __init__(self, text: str, figures: list[Figure], i: int, vocab: Sequence[str]) -> None:
        self.text, self.figures, self.i, self.vocab, self.q = text, figures, i, vocab, figures[i].quantity
        self.clause = _clause(text, self.q.start, self.q.end)
        self.lo = max(self.clause[0], figures[i - 1].quantity.end) if i else self.clause[0]


# Parts of speech inside a noun phrase (扶贫/v 助理/vn, 软弱涣散/i 党组织, 五星级/b …): a verb or an
# adjective only qualifies when a noun follows it in the phrase (产业 扶持 资金, 返乡 人才 档案).
_IN_PHRASE = ("n", "j", "l", "i", "vn", "an", "ng", "nz", "nr", "ns", "nt", "zg", "b", "v", "a", "vd")
_HEAD = ("n", "j", "vn", "an", "ng", "nz", "nt", "ns", "zg", "l")
_PHRASE_STOP = frozenset("是 有 还有 尚有 仍有 为 达 达到 占 共 共有 现有 其中 共计 累计 合计 分别 全部 均 都 已 已经 约 近 和 与 及 或 等 "
                         "了 着 过 在 到 对 从 由 向 把 被 将 让 使 给 按 按照 通过 作为 进行 用于 参加 实现 完成".split())
# verbs and words that link a measure to its value: 人均纯收入低于 6000 元, 自付金额最高控制在每年 3000 元
_LINK_VERBS = frozenset("低于 高于 超过 超出 不足 不到 达到 达 提高到 提升到 降至 降到 降低到 增至 控制 控制在 保持 保持在 稳定在 突破 "
                        "最高 最低 最多 最少 最长 最短 一般 平均 每年 每月 每户 每人 全部 均 为 是 占 有 共 累计 共计 合计 保持 稳定 维持".split())
# verbs that make or do rather than pick out what is counted: 建成扶贫车间 23 个 is 扶贫车间
_GENERIC_VERBS = frozenset("建成 建设 新建 完成 实现 达到 开展 举办 培育 创建 打造 成立 设立 建立 落实 下拨 投入 安排 提供 "
                           "发放 拥有 累计 共有 现有 已有 有 共 推动 推进 组织 动员 引导 带领 筹集 募集 争取 确定 选送 选派 选配 "
                           "确保 保证 解决 鼓励 创办 兴办 开发 使用 利用 整合 统筹 投资 培养 注入 下达 配建 "
                           "辖 管辖 评定 命名 认定 办理 拨出 拿出 设定 分设 扣除 超过 超出 低于 不足 提高 提升 降低 增加 减少 控制 给予 获得 获 可获 领取".split())
# nouns that end like a division but are kinds of area, counted like any other thing (15 个社区)
_AREA_NOUNS = "社区 小区 园区 城区 山区 景区 辖区 街区 片区 牧区 库区 矿区 灾区 老区 校区 学区 林区 垦区 县域 县直".split()
_PLACE_WORD = re.compile(rf"^(?!(?:{'|'.join(_AREA_NOUNS)})$)(?:(?:全|该|我|本)[县市区省镇乡村州旗]$|[县市区省镇乡村州旗]里$|[\u4e00-\u9fff]{{1,4}}[省市县区]$)")


_SINCE = re.compile(r"(?:以来|年来|月来)$")


def _trim(words: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """A phrase ends on a noun and starts on no place (全县建档立卡户 is 建档立卡户)."""
    while words and not words[-1][1].startswith(_HEAD):
        words.pop()
    while words and (_PLACE_WORD.match(words[0][0]) or not _content(words[0][0]) or words[0][0] in _MOOD
                     or words[0][1] == "t" or _SINCE.search(words[0][0])):
        words.pop(0)  # 今年以来/i, 当年/t: when, not what
    inner = [k for k, w in enumerate(words[:-1]) if w[1] == "ns" and _PLACE_WORD.match(w[0])]
    if inner and not any(w[1].startswith("v") for w in words[:inner[0]]):
        words = words[inner[-1] + 1:]  # 本报讯/那坡县/桑园面积: what comes before a place names nothing
    return words


# who acts (企业, 单位, 乡镇): a noun before a verb in the phrase is its subject, not a qualifier
_AGENT_END = re.compile(r"(?:单位|企业|机关|部门|公司|社|乡镇|政府|银行|医院|学校|协会|商会)$")
_TAKES_ROLE = frozenset("担任 担当 充当 作为 成为 当选".split())
# official names complete in themselves
_FULL_NAMES = frozenset({"衔接推进乡村振兴补助资金"})
# words of mood or plan, never part of a name: 预计带动脱贫人口 is 带动脱贫人口
_MOOD = frozenset("预计 计划 力争 争取 确保 拟 将 要 预期 估计 有望 可望".split())


# verbal nouns that, after the counted noun, begin what it did (贫困户/发展/产业), not a compound (驻村/工作/队员)
_PREDICATE_VN = frozenset("发展 参加 参与 实施 开展 种植 养殖 经营 加入 入股 从事 获得 享受 使用 完成 实现".split())


def _next_is_noun(tokens: list[tuple[str, str, int]], off: int) -> bool:
    nxt = next((t for t in tokens if t[2] > off), None)
    return bool(nxt and nxt[1].startswith(("n", "j")) and not nxt[1].startswith("nr"))


def _phrase_after(text: str, base: int, limit: int = 5, compound: bool = False) -> list[tuple[str, str, int]]:
    """The noun phrase that begins ``text``. Right after a count, a verb after the noun starts the
    predicate (贫困户/入股/龙头企业); elsewhere (作为政府兜底资金) noun-verb-noun is one compound."""
    tokens = list(_tokens(text, base))
    if tokens and tokens[0][0] == "的":
        tokens = tokens[1:]
    words: list[tuple[str, str, int]] = []
    for word, flag, off in tokens:
        if flag in ("d", "h") and not words and (len(word) == 2 or word in ("非", "未")) and _next_is_noun(tokens, off) \
                and word not in _PHRASE_STOP:
            flag = "a"  # 偏远/d 乡镇, 非/d 贫困户: jieba's adverb is the noun's qualifier
        if flag == "a" and words and _next_is_noun(tokens, off) and word[0] not in "不没未无":
            flag = "b"  # 门诊/特殊/慢性病: an adjective before a noun qualifies it, no predicate begins
        if word in _PHRASE_STOP or not _content(word) or not flag.startswith(_IN_PHRASE) or len(words) == limit \
                or any(w[0] == word for w in words) or words and flag == "ns" and word[0] in "和与及":
            break  # a name says a word once: 门诊特殊慢性病/门诊用药 is the next phrase; 单位/和县/内外 is 和
        if not compound and words and flag[0] in "va" and word not in _MODIFIERS and words[-1][1].startswith(_HEAD) \
                and (not flag.startswith("vn") or word in _PREDICATE_VN and _next_is_noun(tokens, off)) \
                and not re.search(r"[”’」』]\s*$", text[:off - base]):
            break  # 贫困户/发展/产业: the predicate begins
        words.append((word, flag, off))
    return _trim(words)


_REACH = frozenset("发展 增加 增长 扩大 提高 提升 下降 降低 减少 上升 突破".split())  # …发展到 25.6 万亩: the level reached


def _phrase_before(text: str, base: int, limit: int = 5) -> tuple[list[tuple[str, str, int]], Optional[tuple]]:
    """The noun phrase that ends ``text`` (links such as 达/为/有 skipped) and the verb right before it."""
    tokens = list(_tokens(text, base))
    while tokens and (tokens[-1][0] in _PHRASE_STOP or tokens[-1][0] in _LINK_VERBS or not _content(tokens[-1][0])
                      or tokens[-1][1][0] in "dpucrmqfxt" or tokens[-1][0] in _MOOD
                      or tokens[-1][0] in _REACH and text[tokens[-1][2] - base + len(tokens[-1][0]):][:1] in ("到", "至")
                      and not (len(tokens) > 1 and _PERSON_END.search(tokens[-2][0]))):  # “两委”正职提高到: who, not what
        tokens.pop()  # 资金约 / 县区募集到 / 起付线由原来的 / 收入低于 / 最高控制在每年 / 面积发展到: links, not the thing measured
    words: list[tuple[str, str, int]] = []
    while tokens and tokens[-1][1].startswith(_IN_PHRASE) and _content(tokens[-1][0]) \
            and tokens[-1][0] not in _PHRASE_STOP and len(words) < limit:
        if words or tokens[-1][1].startswith(_HEAD) or tokens[-1][0] in _MODIFIERS:
            words.insert(0, tokens.pop())
        else:
            break
    if len(words) == limit and tokens and tokens[-1][1].startswith(("n", "j")) and not tokens[-1][1].startswith(("ns", "nr")) \
            and not _PLACE_WORD.match(tokens[-1][0]) and tokens[-1][2] + len(tokens[-1][0]) == words[0][2]:
        inner = [k for k, w in enumerate(words[:-1]) if k and w[1] == "v" and w[0] not in _MODIFIERS]
        if inner:  # 电商/中心/帮助/贫困户/销售/农产品: cut mid-word at the limit, so from the last verb
            tokens.extend(words[:inner[-1]])
            words = words[inner[-1]:]
    if words and tokens and tokens[-1][0] in ("未", "非", "不") and tokens[-1][2] + 1 == words[0][2]:
        words.insert(0, (tokens.pop()[0], "b", words[0][2] - 1))  # 未/脱贫/人口: the negation is the name's
    # a verb inside the phrase qualifies the noun after it; leading verbs are the governing verb
    while words and words[0][1].startswith("v") and not words[0][1].startswith("vn") and len(words) > 1 \
            and words[0][0] not in _MODIFIERS:
        tokens.append(words.pop(0))
    verb = tokens[-1] if tokens and tokens[-1][1].startswith("v") else None
    if verb and len(tokens) > 1 and tokens[-2][0] == "经":
        verb = None  # 经核实新纳入监测对象: how they were found, not which ones
    generic = [k for k, w in enumerate(words) if w[0] in _GENERIC_VERBS]
    if generic:  # 财政安排产业扶持资金: the phrase starts after the verb that moves it
        verb, words = words[generic[-1]], words[generic[-1] + 1:]
    if tokens and tokens[-1][1] in ("p", "c"):  # 为贫困户募集扶贫善款: after 为 the verb is the predicate, not a modifier
        inner = [k for k, w in enumerate(words) if w[1].startswith("v") and not w[1].startswith("vn")
                 and w[0] not in _MODIFIERS]  # (中央和省级财政专项扶贫资金: 扶贫 only qualifies the fund)
        if inner:
            verb, words = words[inner[-1]], words[inner[-1] + 1:]
    role = [k for k, w in enumerate(words[:-1]) if w[0] in _TAKES_ROLE]
    if role:  # 聘用贫困人口担任生态护林员: those counted are what they serve as
        verb, words = None, words[role[-1] + 1:]
    agent = next((k for k, w in enumerate(words[:-1]) if k and w[1] in ("v", "l") and all(x[1].startswith(("n", "j", "vn", "zg", "b")) for x in words[:k])
                  and (_AGENT_END.search(words[k - 1][0]) or k > 1 and words[k - 1][1] == "vn" and _AGENT_END.search(words[k - 2][0]))),
                 None)  # (企业/合作/种植: how they did it goes with them)
    if agent is not None and len("".join(w[0] for w in words[agent + 1:])) >= 3:
        verb, words = words[agent], words[agent + 1:]  # 企事业单位/采购/扶贫产品: who did it is no part of the name
    if words and words[-1][0] in _FULL_NAMES:
        words = words[-1:]  # 省级财政/衔接推进乡村振兴补助资金: a fund's full name; what is before it says who pays
    trimmed = _trim(list(words))
    if not trimmed and words and words[-1][1] == "v" and words[-1][2] + len(words[-1][0]) == base + len(text.rstrip()):
        verb = words[-1]  # 今年脱贫 3200 户: a verb that qualifies nouns (脱贫) alone is the verb counted
    return trimmed, verb


def _coverer(text: str, base: int, found: Span, verb: Optional[tuple]) -> Span:
    """特色产业覆盖贫困户 15099 户 → 特色产业覆盖贫困户: a coverage is named with what covers, the
    noun right before 覆盖 (no place: 全县覆盖贫困户 stays 覆盖贫困户)."""
    if not found or not verb or verb[0] != "覆盖" or found[1] != verb[2]:
        return found
    subject: list[tuple[str, str, int]] = []
    for t in reversed(_tokens(text[:verb[2] - base], base)):  # nr: jieba's guess for an unknown word (桑蚕)
        if not t[1].startswith(("n", "j", "vn")) or t[1].startswith("ns") or not _content(t[0]) or _PLACE_WORD.match(t[0]) \
                or t[2] + len(t[0]) != (subject[0][2] if subject else verb[2]):
            break
        if len(subject) == 2:
            return found  # more nouns still: the subject would be cut, so none
        subject.insert(0, t)
    if not subject or len("".join(t[0] for t in subject)) > 6:
        return found
    return "".join(t[0] for t in subject) + found[0], subject[0][2], found[2]


_CAN = frozenset("能 能够 会".split())  # 一年能收入 20 多万元: the 收入 (可容纳, 可供应 say what it can hold)


def _with_verb(words: list[tuple[str, str, int]], verb: Optional[tuple]) -> Span:
    """整顿 + 软弱涣散党组织, 借调 + 基层干部: a verb that picks out part of what is counted is part
    of its name; one that makes it (建成扶贫车间) is not."""
    if verb and words and verb[0] not in _GENERIC_VERBS and verb[0] not in _TAKES_ROLE \
            and (verb[0] not in _CAN or words[0][0][:1] in "人手") \
            and len(verb[0]) <= 2 and verb[2] + len(verb[0]) == words[0][2]:  # (能人, 能手: a noun jieba cut)
        words = [verb] + words
    return _phrase(words)


def _noun_after(at: _At, q: Quantity | None = None, verbs: bool = False) -> Span:
    """370 名辍学生中 → 辍学生; 10000元的奖补 → 奖补; 100 名“墩苗”锻炼干部 → 墩苗锻炼干部; with
    ``verbs``: 90% 报销补助 → 报销补助."""
    q = q or at.q
    if at.q is q:
        each = _priced(at)
        if each:
            return each
    words = _agreeing(_phrase_after(at.text[q.end:at.clause[1]][:30], q.end), q.unit)
    if len(words) > 1 and at.q is q:
        words = _owners(at, words)
    part = next((k for k, w in enumerate(words) if k and w[0].startswith(_PARTS)), None) if q.unit not in _EVENT_UNITS else None
    if part is not None and at.q is q:
        # 150 个行政村集体经济全部破零, 4 个安置点主体工程: the things counted, those whose part the
        # clause speaks of (a part of them, never the level of the place)
        words = words[:part]
        at.figures[at.i].subset = True
    words = _glossed(at.text, words, at.clause[1])
    if words and at.q is q and q.unit in ("户", "人", "名", "位"):
        end = _HOUSEHOLD_END if q.unit == "户" else _PERSON_END
        if not any(end.search(w[0]) for w in words) and end.search(at.text[at.lo:q.start].rstrip()):
            return None  # 低收入农户 860 户“触网”创业: those counted are named before; after comes their deed
    if not words and at.q is q:
        return _relative_after(at)
    if not words and verbs:
        tokens = _tokens(at.text[q.end:at.clause[1]][:12], q.end)
        words = [t for t in tokens[:1] if t[1].startswith("v") and _content(t[0])]
    if words and at.q is q:
        end = words[-1][2] + len(words[-1][0])
        if meets := _MEETS.match(at.text, end, at.clause[1]):
            # 168 个贫困村达到出列标准: those that meet it, a part named by what they meet
            at.figures[at.i].subset = True
            return meets.group(1) + _phrase(words)[0], words[0][2], meets.end()
        qualified = _qualified(at, words)
        return _joined_after(at, qualified or _governed(at, _phrase(words)))
    return _phrase(words)


_MEETS = re.compile(r"\s*(?:均|全部|都|已经|已)*((?:达到|符合)[\u4e00-\u9fff]{1,8}?(?:标准|条件|要求))")


# 96 个脱贫村和重点帮扶村, 1.2 万户脱贫户和监测户: a second noun of the same kind joined to the first is
# counted too (the label names both; neither alone is the count)
_JOINED = re.compile(r"(?:和|与|及|以及)([\u4e00-\u9fff]{1,8})")


def _joined_after(at: _At, span: Span) -> Span:
    if span is None:
        return span
    label, start, end = span
    m = _JOINED.match(at.text, end, at.clause[1])
    if not m:
        return span
    tail = m.group(1)
    # the shortest start of what follows that is a noun of the kind: 重点帮扶村 | 驻村
    cut = next((n for n in range(2, len(tail) + 1) if _same_kind(label, tail[:n], at.q.unit)), 0)
    if not cut:
        return span
    return label + at.text[end:m.start(1)] + tail[:cut], start, m.start(1) + cut


_OWNER_END = re.compile(r"(?:[村乡镇屯户]|社区|街道)$")


def _owners(at: _At, words: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """42 个省定经济薄弱村集体经营性收入全部超过 18 万元: the count is of the villages; the words after
    them begin the measure the next figure of the clause gives (money, a share, an area)."""
    nxt = at.figures[at.i + 1].quantity if at.i + 1 < len(at.figures) else None
    if nxt is None or nxt.start > at.clause[1] or not (nxt.unit.startswith(_MONEY_LIKE) or nxt.unit in ("%", "百分点")):
        return words
    last = max((k for k, w in enumerate(words[:-1]) if _OWNER_END.search(w[0]) and w[1].startswith(("n", "j"))), default=None)
    return words[:last + 1] if last is not None else words


_PRICE_GAP = re.compile(rf"\s*[{_CJK}]{{0,4}}\s*")


def _priced(at: _At) -> Span:
    """2 个 300 万元专项资金, 150 个总投资 2.6 亿元的项目: things counted with what each or all cost
    are the noun after the money; the money is that noun's (项目总投资, 专项资金)."""
    if at.i + 1 >= len(at.figures):
        return None
    money = at.figures[at.i + 1]
    if money.quantity.start - at.q.end > 6 or not money.quantity.unit.startswith("元"):
        return None
    gap = at.text[at.q.end:money.quantity.start]
    if not money.quantity.unit.startswith("元") or money.label or money.quantity.bound or not _PRICE_GAP.fullmatch(gap) \
            or money.quantity.start > at.clause[1]:
        return None
    de = re.match(r"\s*的?\s*", at.text[money.quantity.end:at.clause[1]]).end()
    start = money.quantity.end + de
    words = _agreeing(_phrase_after(at.text[start:at.clause[1]][:30], start), at.q.unit)
    if not words:
        return None
    noun = _phrase(words)
    money.label = noun[0] + gap.strip() if gap.strip() and not _MONEY_NOUN.search(noun[0]) else noun[0]
    money.text_start = min(money.text_start, at.q.end + len(gap) - len(gap.lstrip()))
    money.text_end = max(money.text_end, noun[2])
    # 150 个总投资 2.6 亿元的项目开工: after 的 the noun begins a clause of its own, and its predicate
    # says which; without 的 (2 个 300 万元专项资金支持产业) what follows is the sentence's frame
    return (_qualified(at, words) if "的" in at.text[money.quantity.end:start] else None) or noun


# What a measure word counts ends the phrase after it: 名/位 count people (20 名第一书记扶贫风采 →
# 第一书记), 户 households (1200 户贫困户代养土鸡 → 贫困户); other things are not an activity
# (20 个乡镇脱贫攻坚 → 乡镇), unless the measure word counts events (3 次培训).
_PERSON_END = re.compile(r"(?:[人员者家生师长工女童民众士手匠医]|书记|干部|代表|支书|对象|助理|经理|骨干|青年|少年|主任|模范|标兵|正职|副职"
                         r"|劳动力|孩子)$")
_HOUSEHOLD_END = re.compile(r"(?:户|家庭)$")


def people_of(households: str) -> str:
    """The people of a class of households: 贫困户 → 贫困人口, 低收入农户 → 低收入人口, 一般农户 → 一般农户人口
    (never 低收入农人口)."""
    if households.endswith("农户"):
        stem = households[:-2]
        return stem + "人口" if stem.endswith(("收入", "贫困", "脱贫", "困难", "返贫")) else households + "人口"
    return households[:-1] + "人口"

_EVENT_UNITS = frozenset("次 场 期 轮 批 项 人次 户次 届 遍 趟".split())


def _agreeing(words: list[tuple[str, str, int]], unit: str) -> list[tuple[str, str, int]]:
    """The part of the phrase after a count that the measure word ``unit`` can count."""
    end = _PERSON_END if unit in ("名", "位", "人") else _HOUSEHOLD_END if unit == "户" else None
    if end is not None:
        last = max((k for k, w in enumerate(words) if (m := end.search(w[0])) and (len(m.group()) > 1 or not w[1].startswith("v"))),
                   default=None)
        if last is None and all(w[1].startswith("v") for w in words):
            return []  # 二十人/发展到…: what they did next, not who they are
        return words[:last + 1] if last is not None else words
    if unit not in _EVENT_UNITS:  # 4 个安置点主体工程建设: the counted thing, not the work on it
        while len(words) > 1 and words[-1][1].startswith("v") and any(not w[1].startswith("v") for w in words[:-1]):
            words = words[:-1]
    return words


# what each thing counted has one of, said after it: the thing is counted, not its part
_PARTS = ("集体经济", "集体收入", "集体经营性收入", "主体工程", "主体结构")
_BEFORE_DE = re.compile(rf"\s*([{_CJK}]{{1,14}}?)的")


def _relative_after(at: _At) -> Span:
    """25 个尚未达标的村卫生室 → 未达标村卫生室; 52 个示范带动作用比较明显的返乡人才创业示范基地 →
    返乡人才创业示范基地: the noun after 的, with the clause before it when that is short."""
    after = at.text[at.q.end:at.clause[1]]
    m = _BEFORE_DE.match(after)
    if not m or re.search(r"以及|[和及与或]", m.group(1)):
        return None
    start = at.q.end + m.end()
    words = _agreeing(_phrase_after(at.text[start:at.clause[1]][:30], start, compound=True), at.q.unit)
    if not words:
        return None
    clause = _negated(re.sub(r"^(?:尚|已经|已|都|均|仍|还|正在|比较|较)", "", m.group(1)))
    noun = _phrase(words)
    if 2 <= len(clause) <= 4 and not re.search(r"[\d\W]", clause):
        at.figures[at.i].subset = True
        return clause + noun[0], at.q.end + m.start(1), noun[2]
    return noun


def _negated(clause: str) -> str:
    """没有党员 → 无党员: a column head says 无 for a clause that begins 没有 (无党员自然村)."""
    return "无" + clause[2:] if clause.startswith("没有") and len(clause) > 2 else clause


def _governed(at: _At, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """帮扶 73 个贫困村, 2018年退出的 110 个贫困村: the verb right before the number picks out the
    ones counted (帮扶贫困村); one that only makes or has them (建成, 共有) does not."""
    before = at.text[max(at.lo, at.q.start - 8):at.q.start]
    tokens = [t for t in _tokens(before, at.q.start - len(before)) if t[0] not in ("了",)]
    if tokens and tokens[-1][0] == "的":
        tokens.pop()
    if len(tokens) > 1 and tokens[-1][0] in ("全部", "所有", "全"):  # 覆盖全部 86 个脱贫村: still those it covers
        tokens.pop()
    if not tokens or not tokens[-1][1].startswith("v") or tokens[-1][1].startswith("vn") \
            or tokens[-1][0] in _GENERIC_VERBS or tokens[-1][0] in _LINK_VERBS or tokens[-1][0] in _PHRASE_STOP \
            or len(tokens[-1][0]) != 2 and tokens[-1][0] not in _DOMAIN_VERBS or found[0].startswith(tokens[-1][0]):
        return found
    at.figures[at.i].subset = True
    return tokens[-1][0] + found[0], min(found[1], tokens[-1][2]), found[2]


# verbs that only say something was done; their object names it (开展了政策帮扶)
_FILLER_VERBS = frozenset("开展 进行 实施 实行 给予 予以 组织".split())
# verbs of receiving take an event as their object: 获产业扶持, 享受政策帮扶
_TAKES_EVENT = frozenset("获 获得 享受 得到 受到 接受".split())


def _predicate_verb(token: tuple[str, str, int]) -> bool:
    """A verb that can begin what the counted ones did: not a verbal noun (建设, 管理) unless it is
    one that begins a predicate (发展, 参加), not one that only qualifies a noun (扶贫风采)."""
    word, flag, _ = token
    return (flag.startswith("v") and not flag.startswith("vn") or word in _PREDICATE_VN) \
        and word not in _PHRASE_STOP and word not in _MODIFIERS


def _qualified(at: _At, words: list[tuple[str, str, int]]) -> Span:
    """7986 户贫困户获产业扶持, 2044 户贫困户入股龙头企业: what the counted ones did names them
    (获产业扶持贫困户); only for a short predicate right after the noun, in the same clause."""
    end = words[-1][2] + len(words[-1][0])
    stop = min([f.quantity.start for f in at.figures[at.i + 1:] if f.quantity.start >= end] + [at.clause[1]])
    rest = at.text[end:max(end, stop)]
    lead = re.match(r"(?:\s|[（(][^）)]{0,12}[）)]|已经|已|均|都|全部|正在)*", rest).end()
    rest, end = rest[lead:], end + lead  # 村卫生室已实施…, 龙头企业（合作社）吸纳…
    paired = _paired_with(at, end)
    if paired:
        return paired + "".join(w for w, _, _ in words), words[0][2], words[-1][2] + len(words[-1][0])
    if not rest:
        return None
    if re.match(r"(?:与|和|同|跟|为|向|对|在|从|通过)[^，,]{1,16}?(?:建立|签订|开展|实现|结对|合作|参加|进行|达成)", rest):
        at.figures[at.i].subset = True  # 1.12 万户贫困户与加工企业建立了联结: a part, unnamed
        return None
    tokens = [t for t in _tokens(rest[:16], end)]
    if not tokens or not _predicate_verb(tokens[0]) or tokens[0][0] in _LINK_VERBS:
        return None
    nxt = at.figures[at.i + 1].quantity if at.i + 1 < len(at.figures) else None
    if nxt is not None and nxt.unit == at.q.unit and not at.text[end + len(rest):nxt.start].strip() \
            and (tokens[0][0] in _GENERIC_VERBS or not _phrase_after(at.text[nxt.end:at.clause[1]][:12], nxt.end)):
        return None  # 50 个贫困村退出 47 个: what the next count did; 帮扶 144 个行政村 is its object (辖: no name)
    at.figures[at.i].subset = True  # the counted ones did something: a part of them, whatever its name
    if tokens[0][0] in _FILLER_VERBS:  # 开展了政策帮扶 → 政策帮扶: what is done, not the doing
        obj = []
        for t in tokens[1:]:
            if t[0] in ("了", "过") and not obj:
                continue
            if not t[1].startswith(("n", "vn", "v")) or not _content(t[0]) or obj and t[2] != obj[-1][2] + len(obj[-1][0]):
                break
            obj.append(t)
        nxt = next((t for t in tokens if obj and t[2] > obj[-1][2]), None)
        if nxt and nxt[2] == obj[-1][2] + len(obj[-1][0]) and (nxt[1] in ("zg", "ng") or len(nxt[0]) == 1
                                                                 and re.match(rf"[{_CJK}]", nxt[0])):
            return None  # 实施“扶贫/通”: the object is cut out of a longer word
        if len(obj) > 1 and obj[-1][0] in ("工作", "任务", "活动"):
            obj.pop()  # 实施危房改造工作 → 危房改造: the work is the doing's
        name = "".join(t[0] for t in obj)
        if not obj or not (obj[-1][1].startswith(("n", "vn")) or len(obj) > 1 and obj[-2][1].startswith("n")) or len(name) > 6:
            return None
        return name + "".join(w for w, _, _ in words), words[0][2], obj[-1][2] + len(obj[-1][0])
    chunks: list[list[tuple[str, str, int]]] = []
    for word, flag, off in tokens:  # verb-led chunks: 利用/以奖代补资金 | 自主/发展/产业
        if word == "了" and chunks and _predicate_verb(chunks[-1][-1]) and chunks[-1][-1][2] + len(chunks[-1][-1][0]) == off \
                and chunks[-1][-1][0] not in _PHRASE_STOP and chunks[-1][-1][0] not in _FILLER_VERBS:
            continue  # 加入了合作社: the deed goes on to its object
        if word in ("的", "了", "等", "中") or flag[0] in "pcuxmqrdf" or _PLACE_WORD.match(word):
            break  # 结对帮扶/全县…: a place begins the object, no part of the deed's name
        if flag.startswith("a") and chunks and chunks[-1][-1][1].startswith(_HEAD):
            break  # 养殖肉牛/致富: what the deed brings, no part of it
        if _predicate_verb((word, flag, off)) and (not chunks or chunks[-1][-1][1].startswith(_HEAD)) \
                and not (chunks and chunks[-1][0][0] in _TAKES_EVENT):  # 获/产业/扶持: one object
            chunks.append([])
        if chunks:
            chunks[-1].append((word, flag, off))
    # a chunk is verbs and then what they act on; a place (获广西…), a filler verb (集中进行) or a
    # word cut at the window's end (设立代报代办/员) makes it no name
    chunks = [c for c in chunks if not any(w[0] in _PHRASE_STOP or w[1].startswith(("ns", "nr")) for w in c)]
    # the last chunk is what they did (利用以奖代补资金 | 自主发展产业): it must end on what it acts on
    # (a verbal noun only after a noun: 获/产业/扶持), or be one short verb alone (入选)
    chunk = chunks[-1] if chunks else None
    if len(chunks) > 1 and len(chunk) == 1 and chunk[0][1] == "v" and chunk[0][0] not in _PREDICATE_VN \
            and chunks[-2][-1][1].startswith(_HEAD) and chunks[-2][0][0] not in _TAKES_EVENT:
        chunk = chunks[-2]  # 发展特色产业/增收: a bare verb after the deed is its purpose, not the deed
    after = next((t for t in tokens if chunk and t[2] > chunk[-1][2]), None)
    if after and (after[1] in ("zg", "ng", "vn") or len(after[0]) == 1 and re.match(rf"[{_CJK}]", after[0])
                  and after[0] not in "的了等中和与及并也都均" and after[2] == chunk[-1][2] + len(chunk[-1][0])):
        return None  # 实施/村医/通: the object is cut out of a longer word
    if after and after[0] == "的" and after[2] == chunk[-1][2] + len(chunk[-1][0]):
        return None  # 自然村符合建立党支部的已建立: a clause that picks out some of them, not their deed
    while chunk and len(chunk) > 1 and chunk[-1][1].startswith("vn") and chunk[-2][1].startswith("v") \
            and not chunk[-2][1].startswith("vn"):
        chunk = chunk[:-1]  # 整顿/提升/工作: the work is the verbs'
    # for whom a deed is done (为 280 个行政村增加集体经济收益) the deed is all that names them: a longer
    # one, unless it only raises money for them (争取, 筹集)
    longest = 8 if at.text[at.lo:at.q.start].rstrip().endswith("为") and chunk and chunk[0][0] not in _MOVES_MONEY else 6
    if not chunk or len("".join(w for w, _, _ in chunk)) > longest:
        return None
    last = chunk[-1][1]
    if last in ("zg", "ng") or len(chunk) == 1 and last.startswith("vn"):
        return None  # 设立代报/代办/员: a word in pieces; 乡镇产业/发展: the noun's own activity
    verbs_only = all(w[1].startswith("v") and not w[1].startswith("vn") for w in chunk)
    if len(chunk) > 1 and not verbs_only and not (last.startswith(_HEAD) and (not last.startswith("vn") or chunk[-2][1].startswith("n"))
                               or chunk[0][0] in _TAKES_EVENT and chunk[-2][1].startswith("n")):
        return None
    if verbs_only and chunk[0][0] not in _TAKES_EVENT and (len(chunks) > 1 or len("".join(w[0] for w in chunk)) > 4):
        return None  # verbs alone: one short predicate (入选, 结对帮扶), not the last of several
    label = "".join(w for w, _, _ in chunk) + "".join(w for w, _, _ in words)
    if len(label) > 12:
        return None  # 易地扶贫搬迁集中安置点 says enough: a column head is not a sentence
    return label, words[0][2], chunk[-1][2] + len(chunk[-1][0])


# a rate's "per", never part of a name: 每人每年, 每生每学期, 每斤 (收购价格每斤不低于 2.5 元)
_PER_BY = r"每\s*(?:学年|学期|季度|平方米|立方米|公斤|千克|公里|张床位|[年月日周天人户亩次个名村家室生斤吨头只羽株棵间台套张座栋口袋箱])"
_PER_TRAIL = re.compile(rf"(?:{_PER_BY}\s*)+$")
_QUOTED_END = re.compile(r"[“\"]([^“”\"，,。；、\d]{2,8})[”\"]\s*$")


def _whole_quote(text: str, base: int, words: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """“三品一标”农产品 28 个 → 三品一标农产品: a phrase that starts inside a quoted name, or right after
    one, takes the name whole (jieba reads 三品/一/标 as numbers and cuts it)."""
    if not words or "“" not in text:
        return words
    first = words[0][2] - base
    open_at = text.rfind("“", 0, first + 1)
    close_at = text.find("”", open_at + 1) if open_at >= 0 else -1
    if open_at < 0 or close_at < 0 or close_at >= words[-1][2] - base or text[close_at + 1:first].strip() \
            and close_at + 1 < first or not 2 <= close_at - open_at - 1 <= 8:
        return words
    name = text[open_at + 1:close_at]
    if re.search(r"[^\w]", name):
        return words
    rest = [w for w in words if w[2] - base > close_at]
    return [(name, "nz", open_at + base)] + rest  # the text starts at the opening quote


_WITH = re.compile(r"\s*(?:与|同|跟)\s*([^，,。；;、]{1,16}?)\s*(?=[\u4e00-\u9fff])")


def _paired_with(at: _At, end: int) -> str:
    """80 家企业与 95 个村结对帮扶 → 结对帮扶 (企业): what the counted ones do with a partner names them,
    when it is verbs alone that end the clause; with an object (与合作社建立了利益联结) it does not."""
    m = _WITH.match(at.text, end, at.clause[1])
    if not m:
        return ""
    tokens = _tokens(at.text[m.end(1):at.clause[1]][:12], m.end(1))
    k = next((k for k, t in enumerate(tokens) if t[1] == "v"), None)
    if k is None or any(not t[1].startswith(("n", "m", "q")) for t in tokens[:k]):
        return ""  # the partner is a noun phrase, then the verbs
    verbs = []
    for t in tokens[k:]:
        if t[1] != "v" or t[0] in _PHRASE_STOP or t[0] in _GENERIC_VERBS:
            break
        verbs.append(t)
    last = verbs[-1][2] + len(verbs[-1][0]) if verbs else 0
    if not verbs or len("".join(t[0] for t in verbs)) > 4 or re.search(r"[^\W_]", at.text[last:at.clause[1]]):
        return ""
    at.figures[at.i].subset = True
    return "".join(t[0] for t in verbs)


_ABOVE_NAMED = re.compile(r"[”\"]?\s*(以上|以下)\s*$")


# 在(集中)安置点(周边)配套建设: where the things counted were made, when that is a kind of place
_BUILT_AT = re.compile(r"在(?:[\u4e00-\u9fff]{0,4}?)((?:集中)?(?:安置点|安置区|安置小区|安置社区|产业园区?|工业园区?|景区))"
                       r"(?:周边|内|里)?(?:配套|集中|新|累计|共)?$")
_CHECKED = re.compile(rf"经\s*[{_CJK}]{{2}}\s*(?:后|认定)?\s*[，,]?\s*$")
_NEWLY_MADE = re.compile(r"新(?:发放|开发|建设|签约|引进|投放)$")  # 新发放 3150 万元 of 扶贫小额信贷: a flow
_NEWLY = frozenset("识别 纳入 认定 建成 培育 选聘 招录 发展 吸纳 增加".split())
_NEW_WORD_HEADS = frozenset("创更重全最革翻刷崭清焕出")  # 创新, 更新, 重新 …: words that end in 新


# 5236 户 10842 人脱贫, 23 个村出列: households or people named by how they left poverty (or fell back)
_EXIT_AFTER = re.compile(r"\s*(?:[\d.]+\s*万?\s*(?:人|名))?\s*(?:已|全部|实现)?\s*(脱贫|退出|出列|销号|摘帽|返贫|致贫)"
                         r"(?=\s*(?:[，,。；;、）)]|$))")


def _exit_after(at: _At) -> Span:
    """今年实现 5236 户 10842 人脱贫 → 脱贫户, 脱贫人口 (never the name of a count before 、)."""
    if at.q.unit not in ("户", "人", "名") or not (m := _EXIT_AFTER.match(at.text, at.q.end)):
        return None
    return m.group(1) + ("户" if at.q.unit == "户" else "人口"), at.q.start, m.end()


def _verb_object(text: str, base: int) -> Span:
    """…发展庭院经济 (before 的): a verb and the nouns it takes, at most 8 characters, as what picks out
    the people after 的; None for anything else (a place, a number, a linking verb)."""
    tokens = _tokens(text, base)
    nouns: list[tuple[str, str, int]] = []
    while tokens and len(nouns) < 3 and tokens[-1][1].startswith(("n", "j", "l")) \
            and not tokens[-1][1].startswith(("nr", "ns")) and _content(tokens[-1][0]) and not _PLACE_WORD.match(tokens[-1][0]):
        nouns.insert(0, tokens.pop())
    if not nouns or not tokens or tokens[-1][1] not in ("v", "vn") or tokens[-1][0] in _LINK_VERBS \
            or tokens[-1][0] in _PHRASE_STOP or tokens[-1][0] in ("纳入", "列入") or tokens[-1][2] + len(tokens[-1][0]) != nouns[0][2]:
        return None  # 纳入监测的脱贫不稳定户 are all of them: the enrolment is what makes them so
    found = tokens[-1][0] + "".join(t[0] for t in nouns)
    return (found, tokens[-1][2], nouns[-1][2] + len(nouns[-1][0])) if len(found) <= 8 else None


def _noun_before(at: _At) -> Span:
    """覆盖贫困户 15099 户 → 贫困户; 整顿软弱涣散党组织 25 个 → 整顿软弱涣散党组织; 财政安排产业扶持资金
    5422 万元 → 产业扶持资金. Never a verb alone: 投入 3000 万元 finds its noun after the number."""
    base = at.lo  # from the clause start, so that no word is cut in half by the window
    text = at.text[base:at.q.start]
    full = at.text[:at.q.start]
    text = re.sub(r"[（(][^）)]*[）)]\s*$", lambda m: " " * len(m.group()), text)  # 乡镇公务员（选调生）139人
    if "每" in text:  # 管护经费每年每人 8000 元: the rate's "per"
        text = _PER_TRAIL.sub(lambda m: " " * len(m.group()), text)
    enrolled = _enrolled(text, base, at.q.unit)
    if enrolled:
        at.figures[at.i].subset = True
        return enrolled
    if at.q.unit in ("户", "人", "名", "位") and text.rstrip().endswith("的"):
        done = _done_by(text[:text.rstrip().rfind("的")], base)
        if done:  # 仍存在风险纳入防贫对象管理的 67 户 → 纳入防贫对象管理户
            at.figures[at.i].subset = True
            return done[0] + _WHO_SUFFIX[at.q.unit], done[1], done[2]
    words, verb = _phrase_before(text, base)
    if words:
        words, verb = _coordinated(text, base, words, verb, at.q.unit)
    words = _glossed(full, words, at.q.start)
    words = _whole_quote(text, base, words)
    if at.i and len(words) > 2 and words[0][0] == at.figures[at.i - 1].label:
        words = words[1:]  # 300 户脱贫户代养肉牛 900 头: 代养肉牛, done by the households just counted
    if at.q.unit in ("人", "名", "位", "人次") and len(words) > 1 and words[-1][0] in _DEEDS_ON_PEOPLE \
            and _PERSON_END.search(words[-2][0]):  # “雨露计划”贫困大学生补助 196 人 → 雨露计划补助贫困大学生
        lead = words[:1] if words[0][1] == "nz" else []  # a programme's quoted name stays first
        order = [*lead, words[-1], *words[len(lead):-1]]
        return "".join(w[0] for w in order), words[0][2], words[-1][2] + len(words[-1][0])
    named = _with_verb(words, verb) if words else None
    known = None
    if named and verb and named[1] == verb[2]:
        # 劝返/辍学/学生: a second verb before, when the catalogue knows the longer name (劝返辍学学生,
        # not the dropouts); 清退/借调/干部 stays 借调干部
        lead = _tokens(text[:named[1] - base], base)[-1:]
        if lead and lead[0][1] == "v" and lead[0][2] + len(lead[0][0]) == named[1] and lead[0][0] + named[0] in at.vocab:
            known = named = (lead[0][0] + named[0], lead[0][2], named[2])
    if named and named[1] > base and text[named[1] - base - 1] == "新" and named[0][:2] in _NEWLY:
        if text[named[1] - base - 2:named[1] - base - 1] not in _NEW_WORD_HEADS:
            known = named = ("新" + named[0], named[1] - 1, named[2])  # 新识别监测对象 48 户: this period's, not the stock
    elif named and named[0][:2] in ("纳入", "识别", "认定") and _CHECKED.search(text, 0, named[1] - base):
        # 推送预警信息 213 条，经核实纳入监测对象 17 户: those one stream of referrals brought in, a part
        # of all the place's (and of its year's)
        at.figures[at.i].subset = True
    elif named and (made := _NEWLY_MADE.search(text, 0, named[1] - base)) and made.end() == named[1] - base \
            and text[made.start() - 1:made.start()] not in _NEW_WORD_HEADS:
        known = named = (made.group() + named[0], base + made.start(), named[2])  # 新发放扶贫小额信贷: this period's
    where = _BUILT_AT.search(text, 0, verb[2] - base) if named and verb and named[1] >= verb[2] else None
    if where:  # 在安置点配套建设扶贫车间 14 个 → 安置点扶贫车间: those of that kind of place, not all the county's
        return where.group(1) + named[0], base + where.start(1), named[2]
    above = _ABOVE_NAMED.search(text[:named[1] - base]) if named else None
    line = _tokens(text[:above.start()], base)[-2:] if above else []
    if len(line) == 2 and line[0][1] == "b" and line[0][2] + len(line[0][0]) == line[1][2]:
        line = [(line[0][0] + line[1][0], line[1][1], line[0][2])]  # 副/高 以上: one rank, not 高
    line = line[-1:]
    if line and line[0][1].startswith(("n", "b")) and not line[0][1].startswith(("nr", "ns")) and _content(line[0][0]) \
            and not _PLACE_WORD.match(line[0][0]) and not text[line[0][2] + len(line[0][0]) - base:above.start()].strip("“”\" "):
        # “基准线”以上报销记录, 副科级以上干部: those past a named line are a part, named with it
        at.figures[at.i].subset = True
        return line[0][0] + above.group(1) + named[0], line[0][2], named[2]
    if words and text[:words[0][2] - base].rstrip().endswith("等"):
        listed = _list_verb(text[:text.rfind("等", 0, words[0][2] - base)], base)
        if listed:  # 招录医生、教师等干部 120 人 → 招录干部: the verb of the list picks out the class after 等
            at.figures[at.i].subset = True
            return listed[0] + "".join(w[0] for w in words), listed[2], words[-1][2] + len(words[-1][0])
    if words and text[:words[0][2] - base].endswith("的"):  # 参加活动的贫困户 3827 户 → 参加活动贫困户
        has = re.search(rf"(?<![没未])有([{_CJK}]{{2,4}})$", text[:words[0][2] - base - 1])
        owned = _tokens(has.group(1), 0) if has else ()
        if owned and owned[-1][1].startswith("n") and all(t[1][0] in "nv" and _content(t[0]) for t in owned):
            at.figures[at.i].subset = True  # 有劳动能力的贫困户 → 有劳动能力贫困户: those who have it
            return has.group() + "".join(w[0] for w in words), base + has.start(), words[-1][2] + len(words[-1][0])
        rel = [t for t in _tokens(text[:words[0][2] - base - 1], base)][-2:]
        if rel and rel[0][1].startswith("v") and not rel[0][1].startswith("vn") and not any(_NOT_WORD.match(t[0]) for t in rel) \
                and len("".join(t[0] for t in rel)) <= 5 and rel[0][0] not in _GENERIC_VERBS:
            at.figures[at.i].subset = True
            return _negated("".join(t[0] for t in rel)) + "".join(w[0] for w in words), rel[0][2], words[-1][2] + len(words[-1][0])
        deed = _verb_object(text[:words[0][2] - base - 1], base) if _PERSON_END.search(words[-1][0]) \
            or _HOUSEHOLD_END.search(words[-1][0]) else None
        if deed:  # 发展庭院经济的贫困户 4260 户 → 发展庭院经济贫困户: those of them who do it
            at.figures[at.i].subset = True
            return deed[0] + "".join(w[0] for w in words), deed[1], words[-1][2] + len(words[-1][0])
        noun = "".join(w[0] for w in words)
        before = text[:words[0][2] - base - 1]
        # 用于产业发展的衔接资金: the use picks out part of the money, however long its name
        clause = _relative(before, base) if len(noun) <= 2 or _USE_CLAUSE.search(before) else None
        if clause:  # 其中用于林下经济的资金 3860 万元: 资金 alone says nothing; the clause says which
            at.figures[at.i].subset = True
            return clause[0] + ("的" if len(noun) <= 2 else "") + noun, clause[1], words[-1][2] + len(words[-1][0])
        owner = []  # 合作医疗的起付线 → 合作医疗起付线: a short noun is named with whose it is
        lead = _tokens(text[:words[0][2] - base - 1], base)
        for t in reversed(lead):
            if not t[1].startswith(("n", "j")) or t[1].startswith(("nr", "ns")) or not _content(t[0]) \
                    or _PLACE_WORD.match(t[0]) or owner and t[2] + len(t[0]) != owner[0][2]:
                break
            owner.insert(0, t)
        if owner and any(t[1][0] in "vp" for t in lead if t[2] < owner[0][2]):
            owner = []  # 获得资格证书的妇女: the object of a clause, not whose
        owner = owner[-2:]
        if owner and len(noun) <= 3 and owner[-1][2] + len(owner[-1][0]) == words[0][2] - 1 \
                and len("".join(t[0] for t in owner)) <= 6:
            return "".join(t[0] for t in owner) + noun, owner[0][2], words[-1][2] + len(words[-1][0])
    done = _filler_deed(text, base, words, verb) if at.q.unit in _EVENT_NAMES and verb else None
    if done:  # 对贫困户家庭收入进行监测 3 次 → 家庭收入监测次数: what was done, to what, how often
        return done[0] + _EVENT_NAMES[at.q.unit], done[1], done[2]
    if at.q.unit == "户" and words and words[-1][0].endswith("人口") and len("".join(w[0] for w in words)) > 3 \
            and not (verb and verb[0] not in _GENERIC_VERBS) and not any(w[1] == "v" for w in words):
        w = words[-1]  # 贫困人口 320 户: households are counted, 贫困户 (带动贫困人口 300 户 stays the verb's)
        # as the catalogue knows it: 贫困人口, 户; 减少贫困人口 2786 户 are the ones taken out of it
        at.figures[at.i].measured = (verb[0] if verb and verb[0] == "减少" else "") + "".join(t[0] for t in words)
        words = [*words[:-1], (w[0][:-2] + "户", w[1], w[2])]
    if words or not verb or verb[0] in _GENERIC_VERBS or verb[0] in _COMPARED_WORDS \
            or verb[2] + len(verb[0]) < at.q.start - 3:
        # (少于 10 户: a comparison names nothing counted; the line's rule names it, or nothing does)
        return _done_to(at, _counted_as(_coverer(text, base, known or _with_verb(words, verb), verb), at.q.unit))
    # 同步搬迁 593 户, 已成功劝返 341 名: no noun, so the verb and what it counts (搬迁户, 劝返人数)
    tokens = _tokens(text, base)
    k = next(i for i, t in enumerate(tokens) if t[2] == verb[2])
    if at.q.unit in ("人", "名", "人次"):
        # 吸纳贫困劳动力就业 1650 人 → 吸纳贫困劳动力就业: the people are named before the verb
        # (带动贫困人口就业, 输送劳动力外出务工: the nouns glued before the deed, and how it is done)
        j = k - 1 if k and _manner(tokens[k - 1]) and tokens[k - 1][2] + len(tokens[k - 1][0]) == verb[2] else k
        nouns: list[tuple[str, str, int]] = []
        for n in range(j - 1, max(0, j - 3) - 1, -1):
            t = tokens[n]
            # 吸纳/搬迁/群众: a verb between the deed's verb and the people qualifies them
            qualifier = t[1][0] in "abv" and not t[1].startswith("vn") and (
                t[0] in _MODIFIERS or t[1] == "v" and n and tokens[n - 1][1] == "v" and _manner(tokens[n - 1]))
            if not (t[1].startswith(("n", "j", "vn")) or qualifier or t[1][0] in "ab") or t[1].startswith(("nr", "ns")) \
                    or not _content(t[0]) or (t[1][0] in "abv" and not t[1].startswith("vn")) and not nouns or _PLACE_WORD.match(t[0]) \
                    or t[2] + len(t[0]) != (nouns[0][2] if nouns else tokens[j][2]):
                break
            nouns.insert(0, t)
        if nouns and nouns[-1][1].startswith("vn"):
            nouns = []  # 就业/培训 glued before the deed: no people named
        lead = [t for t in tokens[:j] if nouns and t[2] + len(t[0]) == nouns[0][2]]
        if nouns and lead and lead[-1][1] == "v" and len(lead[-1][0]) == 2 and lead[-1][0] not in _PHRASE_STOP \
                and lead[-1][0] not in _LINK_VERBS and lead[-1][0] not in _GENERIC_VERBS:
            group = [lead[-1], *nouns, *tokens[j:k + 1]]
            return "".join(t[0] for t in group), group[0][2], verb[2] + len(verb[0])
    if at.q.unit in _CASE_UNITS:
        # 受理贷款申请 68 笔 → 贷款申请: cases are counted by the deed and what it is about, a noun
        # glued before it (the verb before that one only handles them)
        nouns = []
        for t in reversed(tokens[max(0, k - 2):k]):
            if not t[1].startswith(("n", "j")) or t[1].startswith(("nr", "ns")) or not _content(t[0]) \
                    or _PLACE_WORD.match(t[0]) or t[2] + len(t[0]) != (nouns[0][2] if nouns else verb[2]):
                break
            nouns.insert(0, t)
        if nouns and nouns[-1][2] + len(nouns[-1][0]) == verb[2] and not any(t[1].startswith(("nr", "ns")) for t in nouns):
            return "".join(t[0] for t in nouns) + verb[0], nouns[0][2], verb[2] + len(verb[0])
    head = tokens[k - 1] if k and tokens[k - 1][1] == "d" and tokens[k - 1][0] not in ("已经", "正在", "成功", "共", "均", "都", "分别") else None
    if not head and k and _manner(tokens[k - 1]) and tokens[k - 1][2] + 2 == verb[2]:
        head = tokens[k - 1]  # 集中安置 300 户 → 集中安置户: how it was done
    where = _WHERE_BEFORE.search(text, 0, verb[2] - base) if not head else None
    if where:  # 省外务工 2860 人, 到宁波就业 1286 人: where they did it names them
        head = (where.group(), "s", base + where.start())
    elif not head and k and at.q.unit in ("人", "名") and tokens[k - 1][1].startswith(("n", "j")) \
            and not tokens[k - 1][1].startswith("nr") and tokens[k - 1][2] + len(tokens[k - 1][0]) == verb[2] \
            and _content(tokens[k - 1][0]) and not _PLACE_WORD.match(tokens[k - 1][0]) and len(tokens[k - 1][0]) >= 2:
        head = tokens[k - 1]  # 扶贫车间就业 972 人: where, glued before the deed
    quoted = _QUOTED_END.search(text, 0, verb[2] - base)
    if quoted and not head:  # 使用“扶贫通”缴费 3 万人次 → 扶贫通缴费人次: the name the verb is done by
        head = (quoted.group(1), "nz", quoted.start(1) - 1 + base)
    name = (head[0] if head else "") + verb[0]
    suffix = _WHO_SUFFIX.get(at.q.unit)
    if suffix and not any(t[1][0] in "nj" for t in tokens[:k]):  # the clause names no one itself
        group = _group_counted(at)
        if group:  # 大病患者 2401 人，已救治 2399 人 → 大病患者已救治人数: the deed was done to those
            at.figures[at.i].measured = name + suffix  # as the catalogue knows it: 劝返人数
            name = group + name
    return (name + suffix, (head or verb)[2], verb[2] + len(verb[0])) if suffix else None


_WHERE_BEFORE = re.compile(r"(?:(?:(?:省|县|市|区|州|疆|境|乡|镇|园区)(?:内|外)|省内县外|跨(?:省|县|市|区|境)|就近就地|就近|就地"
                           rf"|异地|本地|(?:到|赴)[{_CJK}]{{2,4}})(?:转移|外出|劳务)?)$")


def _manner(t: tuple[str, str, int]) -> bool:
    """A two-character verb glued before the deed counted that says how it was done (集中/安置, 外出/务工)."""
    return t[1] == "v" and len(t[0]) == 2 and t[0] not in _GENERIC_VERBS and t[0] not in _PHRASE_STOP \
        and t[0] not in _LINK_VERBS and t[0] not in _MOOD


def _group_counted(at: _At) -> str:
    """The people a count just before, in the clause before this one, named (厘清大病患者 2401 人 →
    大病患者: the verb that found them left out); "" when it named no people."""
    if not at.i:
        return ""
    prev = at.figures[at.i - 1]
    if prev.quantity.unit not in ("人", "名", "位") or prev.quantity.unit != at.q.unit and "人" not in (prev.quantity.unit, at.q.unit) \
            or not prev.label or prev.subset or _clause(at.text, prev.quantity.start, prev.quantity.end)[1] + 1 != at.clause[0]:
        return ""
    known = longest_suffix(prev.label, at.vocab)  # 厘清大病患者: the group is 大病患者, as the catalogue knows it
    group = known if known and len(known) >= 3 else prev.label
    return group if 2 <= len(group) <= 6 and _PERSON_END.search(group) else ""


# measure words that count cases or transactions (68 笔贷款申请, 12 件投诉): the deed may name them
_CASE_UNITS = frozenset("笔 件 宗 起 例".split())
_AND = re.compile(r"(以及|[和与及、])\s*$")


def _coordinated(text: str, base: int, words: list, verb: Optional[tuple], unit: str) -> tuple[list, Optional[tuple]]:
    """带动脱贫户和监测户 860 户 → 脱贫户和监测户: nouns joined by 和/与/、 before one count are counted
    together, when they are the same kind of thing (both households, both people, or the same last
    character: 贫困村和非贫困村); the verb is then the one before the first."""
    members, joins = [words], []
    while len(members) < 4:
        head = members[0]
        m = _AND.search(text, 0, head[0][2] - base)
        if not m:
            break
        first, before = _phrase_before(text[:m.start()], base, limit=3)
        inner = [k for k, w in enumerate(first) if w[1].startswith("v") and not w[1].startswith("vn")]
        if inner:  # 合作社/带动/脱贫户: the member is what the verb acts on
            before, first = first[inner[-1]], first[inner[-1] + 1:]
        if not first or first[-1][2] + len(first[-1][0]) != base + m.start():
            break
        if not _same_kind("".join(w[0] for w in first), "".join(w[0] for w in head), unit):
            if len(members) == 1 and len(head) > 1 and len(first) == 1 and _alike(first[0], head[0]):
                # 县城和乡镇所在地安置点, 新建和改造饮水工程: two qualifiers of one noun, both its name's
                members.insert(0, first)
                joins.insert(0, (m.group(1), "c", base + m.start(1)))
                verb = before
            break
        members.insert(0, first)
        joins.insert(0, (m.group(1), "c", base + m.start(1)))
        verb = before
    if len(members) == 1:
        return words, verb
    out = list(members[0])
    for join, member in zip(joins, members[1:]):
        out += [join, *member]
    if len("".join(w[0] for w in out)) > 14:
        return words, verb
    return out, verb


def _alike(a: tuple[str, str, int], b: tuple[str, str, int]) -> bool:
    """Two words that can be joined by 和 as qualifiers of one noun: both verbs, both levels (省级,
    县级), or both common nouns (no places, no people's names)."""
    if a[1] == "v" or b[1] == "v":
        return a[1] == b[1] == "v" and len(a[0]) == len(b[0]) == 2
    kinds = ("n", "b", "j", "vn", "nz")
    return a[1] in kinds and b[1] in kinds and not _PLACE_WORD.match(a[0]) and _content(a[0])


def _same_kind(a: str, b: str, unit: str) -> bool:
    """Two nouns one count takes together: both households or both people, as the unit counts them,
    else the same last character (贫困村和非贫困村)."""
    if unit == "户":  # 脱贫户和监测对象 6380 户: monitored people are counted by household too
        return a != b and all(_HOUSEHOLD_END.search(x) or x.endswith("对象") for x in (a, b))
    if unit in ("人", "名", "位", "人次"):
        return a != b and bool(_PERSON_END.search(a) and _PERSON_END.search(b))
    return a != b and a[-1] == b[-1]


# deeds done to people that jieba reads as nouns: after the people they name who was counted
_DEEDS_ON_PEOPLE = frozenset("补助 资助 救助 培训 慰问 帮扶 安置 表彰 奖励 走访 救治 培养".split())
# 纳入低保（享受）范围, 列入帮扶名单: the scheme households or people were enrolled in
_ENROLLED = re.compile(rf"(纳入|列入)\s*([{_CJK}]{{2,8}}?)\s*(?:享受)?(?:范围|行列|名单)\s*$")


def _enrolled(text: str, base: int, unit: str) -> Span:
    """纳入低保享受范围 175 户 → 纳入低保户: households or people counted after the scheme they were
    enrolled in are named by it, not by 范围 (纳入监测管理户 keeps 管理, a part of the name)."""
    if unit not in _WHO_SUFFIX:
        return None
    m = _ENROLLED.search(text)
    if not m:
        return None
    scheme = m.group(2)
    if unit == "户":
        suffix = "" if scheme.endswith("户") else "户"
    else:
        suffix = "" if _PERSON_END.search(scheme) else _WHO_SUFFIX[unit]
    return m.group(1) + scheme + suffix, base + m.start(), base + m.end(2)


def _list_verb(text: str, base: int) -> Optional[tuple[str, str, int]]:
    """The verb before a list of nouns that ``text`` ends on (招录/医生、教师 before 等): None when
    anything but nouns and their joins stands between, or the verb only makes, moves or adds (选派, 新增)."""
    tokens = _tokens(text, base)
    k = len(tokens)
    while k and (tokens[k - 1][1].startswith(("n", "j")) and not tokens[k - 1][1].startswith(("nr", "ns"))
                 or tokens[k - 1][0] in ("、", "和", "及", "与")):
        k -= 1
    if k == len(tokens) or not k:
        return None
    verb = tokens[k - 1]
    if not verb[1].startswith("v") or verb[1].startswith("vn") or len(verb[0]) != 2 or verb[0] in _GENERIC_VERBS \
            or verb[0] == "新增" or verb[0] in _LINK_VERBS or verb[0] in _PHRASE_STOP or verb[0] in _MOOD:
        return None
    return verb


_DEED_AFTER = re.compile(rf"\s*(?:进行|开展|实施)了?\s*([{_CJK}]{{2,4}})\s*(?=[，,。；;]|$)")


def _done_to(at: _At, found: Span) -> Span:
    """对贫困户 320 户 1100 人进行再核准 → 再核准贫困户: those a clause's 对 … 进行 V was done to are
    named by V, when V alone ends the clause."""
    if not found or "对" not in at.text[at.lo:found[1]]:
        return found
    end = at.q.end
    for f in at.figures[at.i + 1:]:  # 320 户 1100 人: the same ones counted again
        if at.text[end:f.quantity.start].strip():
            break
        end = f.quantity.end
    m = _DEED_AFTER.match(at.text, end, at.clause[1])
    if not m or m.group(1) in _GENERIC_VERBS or not _content(m.group(1)):  # 进行 takes a deed, whatever its tag
        return found
    fig = at.figures[at.i]
    fig.measured = fig.measured or found[0]  # all of them were 再核准: still a level of the noun's measure
    return m.group(1) + found[0], found[1], found[2]


# how a count of households or people done by a verb is headed: 同步搬迁户, 劝返人数
_WHO_SUFFIX = {"户": "户", "人": "人数", "名": "人数", "位": "人数", "人次": "人次", "户次": "户次"}


def _done_by(text: str, base: int) -> Span:
    """The predicate that ends the clause ``text`` (before 的 and a count of households or people):
    its first verb that leaves at most 10 characters, and what follows it (存在风险/纳入防贫对象管理,
    享受/低保/政策) — a short column head for those it was done to, without the clause's subject."""
    tokens = _tokens(text, base)
    if not tokens or text[tokens[-1][2] - base + len(tokens[-1][0]):].strip():
        return None
    run = len(tokens)  # the words that end the clause, unbroken: nouns, verbs, qualifiers
    while run and tokens[run - 1][1].startswith(("n", "v", "a", "b")) and not tokens[run - 1][1].startswith(("nr", "ns")) \
            and (_content(tokens[run - 1][0]) or tokens[run - 1][0] in _PREDICATE_VN) and not _PLACE_WORD.match(tokens[run - 1][0]) \
            and (run == len(tokens) or tokens[run - 1][2] + len(tokens[run - 1][0]) == tokens[run][2]):
        run -= 1
    for k in range(run, len(tokens) - 1):  # the first verb of the run that leaves a short name
        word, flag, _ = tokens[k]
        if flag == "v" and len(word) == 2 and word not in _GENERIC_VERBS and word not in _LINK_VERBS \
                and (word not in _PHRASE_STOP or word in _PREDICATE_VN) and word not in _MOOD:
            found = _phrase(tokens[k:])
            if text[:tokens[k][2] - base].endswith("未"):  # 未消除风险的 157 户: those not yet reached
                found = ("未" + found[0], found[1] - 1, found[2])
            if len(found[0]) <= 11:
                return found
    last = tokens[-1]
    if last[1] == "v" and len(last[0]) == 2 and text[:last[2] - base].endswith("未"):
        # 剩余未脱贫的 1263 户: those not yet out, however few words say so
        lead = "剩余" if text[:last[2] - base - 1].endswith("剩余") else ""
        return lead + "未" + last[0], last[2] - 1 - len(lead), last[2] + len(last[0])
    return None


def _filler_deed(text: str, base: int, words: list[tuple[str, str, int]], verb: tuple) -> Span:
    """对 X 进行/开展 V before a count of events: X's last noun and V (进行监测 is 监测, done to 收入)."""
    if len(words) == 1 and words[0][1].startswith("v") and verb[0] in _FILLER_VERBS:
        deed, filler = words[0], verb
    else:
        lead = _tokens(text[:verb[2] - base], base)
        if words or not lead or lead[-1][0] not in _FILLER_VERBS or lead[-1][2] + len(lead[-1][0]) != verb[2]:
            return None
        deed, filler = verb, lead[-1]
    if not _content(deed[0]) or deed[0] in _GENERIC_VERBS or deed[0] in _LINK_VERBS or len(deed[0]) != 2:
        return None
    lead = _tokens(text[:filler[2] - base], base)
    obj = lead[-1] if lead and "对" in text[:filler[2] - base] and lead[-1][1].startswith(("n", "j")) \
        and not lead[-1][1].startswith(("nr", "ns")) and _content(lead[-1][0]) and not _PLACE_WORD.match(lead[-1][0]) \
        and lead[-1][2] + len(lead[-1][0]) == filler[2] else None
    return (obj[0] if obj else "") + deed[0], (obj or deed)[2], deed[2] + len(deed[0])


def _counted_as(found: Span, unit: str) -> Span:
    """The name says what the measure word counts: 排查出患病人数为 320 户 → 排查出患病户数."""
    if not found or unit != "户" or not found[0].endswith("人数"):
        return found
    return found[0][:-2] + "户数", found[1], found[2]


_MONEY_NOUN = re.compile(r"(?:资金|经费|费用|费|款|基金|补助|补贴|奖补|奖励|投资|收入|收益|报酬|工资|津贴|价|价格|租金|贷款|信贷)$")


def _money_of(at: _At) -> Span:
    """贫困村第一书记 5 万元和非贫困村 2 万元的帮扶经费 → 贫困村第一书记帮扶经费, 非贫困村帮扶经费: money
    followed by 的 and a money noun is that money, of whom the noun before it names."""
    after = at.text[at.q.end:at.clause[1]]
    # 5 万元以下、期限 3 年以内的扶贫小额信贷: the money's other terms may stand between it and 的
    m = re.match(r"\s*(?:以上|以下|以内)?(?:(?:[和及与、]|以及)[^，,。；的\d]{0,8}?[\d.]+\s*[万亿]?元"
                 rf"|、[{_CJK}]{{1,4}}\s*[\d.]+\s*[{_CJK}]{{1,2}}(?:以上|以下|以内))*\s*的", after)
    if not m:
        return None
    start = at.q.end + m.end()
    what = _phrase_after(at.text[start:at.clause[1]][:12], start, compound=True)
    if not what or not _MONEY_NOUN.search(what[-1][0]):
        return None
    noun = _phrase(what)
    if at.q.bound == "max" and noun[0].endswith(("贷款", "信贷")):
        noun = (noun[0] + "额度", noun[1], noun[2])  # 5 万元以下的扶贫小额信贷: the most one may borrow
    words, _verb = _phrase_before(at.text[at.lo:at.q.start], at.lo)
    whose = _phrase(words)
    if whose and len(whose[0]) > 8:
        whose = None
    return ((whose[0] if whose else "") + noun[0], whose[1] if whose else at.q.start, noun[2])


_LINE_NOUN = rf"[{_CJK}]{{0,6}}?(?:线|标准|门槛)(?=[^{_CJK}]|后|以|为|的|，|$)"  # not 高标准/服务中心
# 6000 元作为监测线, 1 万元设置预警线, 2021 年 200 万元、2022 年 300 万元的资金底线
_SET_AS_LINE = re.compile(rf"(?:\s*(?:以上|以下|（含）|\(含\)))?(?:\s*[、和及与]\s*(?:\d{{4}}\s*年)?\s*[\d.]+\s*[万亿]?元(?:以上|以下)?)*"
                          rf"\s*(?:起)?\s*(?:作为|设置为|设置|设定为|设定|定为|的)\s*[“\"]?({_LINE_NOUN})")
_FRAME_YI = re.compile(r"\s*以")
_FOR_AS_LINE = re.compile(rf"为\s*[“\"]?({_LINE_NOUN})[”\"]?\s*$")
# a line or standard set to an amount of something: 监测收入标准(确定)为年人均纯收入 7000 元
_LINE_IS = re.compile(rf"([{_CJK}]{{1,8}}(?:线|标准))\s*(?:确定|调整|提高|设定|明确)?\s*为\s*[{_CJK}]{{2,8}}\s*$")


def _line_set(at: _At) -> Span:
    """6000 元作为监测线 → 监测线; 以…2 万元以上和…5 万元以上为“救助线” → 救助线: an
    amount set as a line is named by the line, not by what it is measured on; compared with a
    measure (人均纯收入低于 5000 元作为预警线) it stays that measure's."""
    m = _SET_AS_LINE.match(at.text, at.q.end, at.clause[1])
    if m and not _COMPARED.search(at.text, at.lo, at.q.start):
        return m.group(1), at.q.start, m.end(1)
    named = _LINE_IS.search(at.text, at.lo, at.q.start)
    if named:  # 监测收入标准确定为年人均纯收入 7000 元: the line, whatever it is measured on
        # tagged from the clause start, so that the match's first word is whole or left out (困难/寄宿生…)
        words = _trim([t for t in _tokens(at.text[at.lo:named.end(1)], at.lo) if t[2] >= named.start(1)])
        if words:
            return _phrase(words)[0], words[0][2], at.q.end
    if _FRAME_YI.match(at.text, at.clause[0]):  # 以 … 为 X线: the frame of the clause
        m = _FOR_AS_LINE.search(at.text, at.q.end, at.clause[1])
        if m and not _COMPARED.search(at.text, at.lo, at.q.start):
            return m.group(1), at.q.start, at.q.end
    return None


# money, the rest of its list, and 标准 after it: 按 300 元、400 元两档标准 | 按每人 200 元的标准
_STANDARD_AFTER = re.compile(rf"(?:\s*(?:[、和及与至到—-]|以及)\s*[\d.]+\s*[万亿]?元(?:/[{_CJK}])?)*\s*"
                             rf"(?:[一二三四五六七八九十两\d]+\s*档)?\s*的?\s*新?标准\s*")
_POLICY_TAIL = re.compile(r"(?:政策|工作|制度|任务)$")


def _standard_of(at: _At) -> Span:
    """按 300 元、400 元两档标准落实村干部补贴政策 → 村干部补贴标准; 按每亩 500 元的标准发放种植补助 →
    种植补助标准: money set as a 标准 is the standard of what the verb after it pays or carries out."""
    m = _STANDARD_AFTER.match(at.text, at.q.end, at.clause[1])
    if not m:
        return None
    tokens = _tokens(at.text[m.end():at.clause[1]][:16], m.end())
    if tokens and tokens[0][2] == m.end() and _MONEY_NOUN.fullmatch(tokens[0][0]) \
            and not re.match(rf"[{_CJK}]", at.text[m.end() + len(tokens[0][0]):][:1]):
        return tokens[0][0] + "标准", at.q.start, m.end() + len(tokens[0][0])  # 按每户 2 万元标准补助
    if not tokens or not tokens[0][1].startswith("v") or tokens[0][2] != m.end():
        return None
    verb = tokens[0]
    start = verb[2] + len(verb[0])
    words = _phrase_after(at.text[start:at.clause[1]][:12], start, compound=True)
    end = words[-1][2] + len(words[-1][0]) if words else start
    if re.match(rf"[{_CJK}]", at.text[end:end + 1]):
        return None  # 兑现耕地/地力补贴: the phrase stops inside what is paid, so no name of it
    name = _POLICY_TAIL.sub("", "".join(w[0] for w in words))
    if not words and (verb[1].startswith("vn") or _MONEY_NOUN.search(verb[0])):  # 按 … 标准补助: the verb is what is paid
        name, start = verb[0], verb[2]
    if len(name) < 2 or "每" in name:
        return None
    return name + "标准", at.q.start, words[-1][2] + len(words[-1][0]) if words else start + len(name)


_GIVEN_AFTER = re.compile(rf"\s*(?:的标准|标准)?\s*(?:给予|发放|予以)\s*([{_CJK}]{{0,8}}?(?:补助|补贴|奖补|奖励|资助|救助))(?![{_CJK}])")


def _given_after(at: _At) -> Span:
    """县里对…的农户按每亩 200 元给予种苗补助 → 种苗补助: a rate set with 按 is named by the grant given."""
    if "按" not in at.text[at.lo:at.q.start]:
        return None
    m = _GIVEN_AFTER.match(at.text, at.q.end, at.clause[1])
    start = at.lo + len(at.text[at.lo:at.q.start]) - len(at.text[at.lo:at.q.start].lstrip("、，,；; 和及"))
    return (m.group(1), start, m.end(1)) if m else None  # the text: 重度危房按每户 3 万元给予补助


def _as_what(at: _At) -> Span:
    """县财政每年拿出 500 万元，作为政府兜底资金 → 政府兜底资金: money named by what it serves as."""
    m = re.match(r"[，,]?\s*(?:作为|用作|用于设立|设立)", at.text[at.q.end:at.q.end + 8])
    if not m or _COMPARED.search(at.text, at.lo, at.q.start):  # 人均纯收入低于 5000 元作为预警线: the income's
        return None
    start = at.q.end + m.end()
    end = min([i for i in (at.text.find(c, start) for c in _CLAUSE_SEP + "。；") if i >= 0] or [len(at.text)])
    words = _phrase_after(re.sub(r"[（(][^）)]*[）)]", lambda x: " " * len(x.group()), at.text[start:end])[-16:],
                          start + max(0, end - start - 16), compound=True)
    return _phrase(words[-3:]) if words else None


def _object_of(at: _At) -> Span:
    """投入3000万元流转资金 / 下拨 3000 万元专项扶持资金: after a generic verb the money's noun follows it."""
    # 给予每立方米 200 元补助: the rate's "per" is no noun the money belongs to
    words, verb = _phrase_before(_PER_TRAIL.sub("", at.text[at.lo:at.q.start]), at.lo)
    if words:
        return None
    after = _phrase_after(at.text[at.q.end:at.clause[1]][:24], at.q.end, compound=True)
    while len(after) > 1 and after[0][0] in _GENERIC_VERBS and after[0][0] not in _MAKES:
        after = after[1:]  # 按每人 1000 元给予一次性奖补: what is given, not the giving
    if after:
        return _phrase(after)
    # 每户每年固定分红 3000 元, 获产业扶持 3431 万元: a verb right before money is its noun (分红,
    # 产业扶持), unless it only moves it (投入, 拿出, 控制)
    if verb and verb[0] not in _GENERIC_VERBS and verb[2] + len(verb[0]) >= at.q.start - 2 and _content(verb[0]):
        before = [t for t in _tokens(at.text[at.lo:verb[2]], at.lo)]
        nouns: list[tuple[str, str, int]] = []  # 茶园/提质 增效: the nouns the verb is done to
        while before and len(nouns) < 3 and before[-1][1].startswith(("n", "vn")) and _content(before[-1][0]) \
                and not _PLACE_WORD.match(before[-1][0]) and not before[-1][1].startswith(("nr", "ns")) \
                and (not nouns or before[-1][2] + len(before[-1][0]) == nouns[0][2]):
            nouns.insert(0, before.pop())
        start = nouns[0][2] if nouns else verb[2]
        return "".join(t[0] for t in nouns) + verb[0], start, verb[2] + len(verb[0])
    # 累计投资 5.6 亿元: a sum so far of what was put in is a noun of its own (累计投资, 累计投入)
    m = re.search(r"(累计|总|完成|实际)(到位)?(投资|投入)\s*(?:了|达|共)?\s*$", at.text[at.lo:at.q.start])
    if m:
        return "".join(g or "" for g in m.group(1, 2, 3)), at.lo + m.start(), at.lo + m.end(3)
    return _spent_on(at)


# verbs that make what money was put into, opening the clause after it
_MAKES = frozenset("建设 新建 建成 打造 修建 改造 购买 购置 实施 建立 兴建 扩建 改扩建 用于".split())


def _spent_on(at: _At) -> Span:
    """县里投资 860 万元，新建村级卫生室 24 个 → 村级卫生室投资: money put in, named by what the
    next clause says it made (the noun after its verb, or the one its 的 ends on)."""
    m = re.search(r"(投资|投入)\s*(?:了)?\s*$", at.text[at.lo:at.q.start])
    end = at.clause[1]
    if not m or at.text[at.q.end:end].strip(" 多余左右") or end >= len(at.text) or at.text[end] not in "，,":
        return None
    lo, hi = _clause(at.text, end + 1, end + 1)
    tokens = _tokens(at.text[lo:hi][:24], lo)
    if not tokens or tokens[0][0] not in _MAKES:
        return None
    start = tokens[0][2] + len(tokens[0][0])
    de = at.text.rfind("的", start, hi)
    if de >= 0:  # 打造总面积 1500 平方米的党群服务中心: the noun the clause ends on
        start = de + 1
    words = _phrase_after(at.text[start:hi][:16], start, compound=True)
    if not words or words[-1][2] + len(words[-1][0]) != len(at.text[:hi].rstrip()) and de >= 0:
        return None
    return "".join(w[0] for w in words) + m.group(1), at.lo + m.start(), at.q.end


# nouns between a rate and whose rate it is: the cost or the person it is paid on
_WHOSE_NOT = frozenset("个人 费用 医疗费用 医疗 资金 金额 人均 平均 总体 综合 群众 贫困群众 贫困人口 贫困户 患者".split())


def _qualifier(t: tuple[str, str, int]) -> bool:
    """A word that may say whose a rate is (农业 特色产业覆盖率): a noun or a qualifier, no place."""
    return t[1].startswith(("n", "vn", "b", "j", "a")) and _content(t[0]) and not _PLACE_WORD.match(t[0]) \
        and t[0] not in _WHOSE_NOT


# nouns that only name something with the word before them (义务教育阶段, 脱贫攻坚期间, 政策范围)
_BOUND_NOUNS = frozenset("阶段 期间 期内 范围 方面 领域 环节 层面".split())
_WHOSE_PEOPLE = frozenset("群众 贫困群众 贫困人口 贫困户 患者".split())
_PAID_RATE = re.compile(r"报销|自付|补助|补偿|赔付|救助|支付|补贴")


def _relative(text: str, base: int) -> Span:
    """The clause before 的 that says which share is meant (衔接资金用于产业发展), from its subject:
    no place, no number, at most 12 characters; None when it is not one."""
    tokens = list(_tokens(text, base))
    while tokens and (_PLACE_WORD.match(tokens[0][0]) or not _content(tokens[0][0]) or tokens[0][1][0] in "prcdu"):
        tokens.pop(0)
    found = _phrase(tokens)
    if not found or len(found[0]) > 12 or re.search(r"[\d\W]", found[0]) or not any(t[1].startswith("v") for t in tokens):
        return None
    return found


def _rate_before(at: _At) -> Span:
    """劝返率达 92% → 劝返率: the last rate noun before the value, only linking words between."""
    clause = at.text[at.lo:at.q.start]
    found = list(_RATE.finditer(clause))
    if not found or not _LINK.fullmatch(clause[found[-1].end():]):
        return None
    m = found[-1]
    label = longest_suffix(clause[:m.end()], at.vocab)  # 贫困发生率, 实际报销比例
    if label is None:  # most rates are a two-character verb and 率: 劝返率, 覆盖率, 达标率; never 展的比例
        head = re.search(rf"[{_CJK}]{{0,2}}$", clause[:m.start()]).group().split("的")[-1]
        if head:
            words = _tagger().tokenizer.FREQ  # 脱贫户比例, not 贫户比例: the whole word before the rate
            whole = next((clause[m.start() - n:m.start()] for n in (4, 3) if m.start() >= n
                          and words.get(clause[m.start() - n:m.start()])), None)
            head = whole or head
        label = head + m.group()
    start = at.lo + m.end() - len(label)
    if at.text[:start].endswith("的"):  # 衔接资金用于产业发展的比例: the clause that says which
        rel = _relative(at.text[at.lo:start - 1], at.lo)
        return (rel[0] + "的" + label, rel[1], at.lo + m.end()) if rel else (label, start, at.lo + m.end())
    # 住院医疗费用实际报销比例 and 门诊特殊慢性病实际报销比例 are two rates: up to two nouns before the
    # rate say whose it is (农业 特色产业覆盖率, 大病集中 救治率)
    before = list(_tokens(at.text[at.lo:start], at.lo))  # from the clause start: never half a word (慢性病)
    extra: list[tuple[str, str, int]] = []
    people = 0
    if len(before) > 1 and before[-1][0] in _WHOSE_PEOPLE and not _PAID_RATE.search(label) and _qualifier(before[-2]) \
            and before[-2][2] + len(before[-2][0]) == before[-1][2]:
        # 有劳动能力贫困户脱贫率: people qualified are whose rate it is, with what qualifies them
        # (skipping them would leave a hole: 劳动能力脱贫率); 全县贫困人口参保率 stays 参保率
        extra, people = [before.pop()], 1
    while before and before[-1][0] in _WHOSE_NOT and not people:  # 住院医疗费用个人实际报销比例: whose is 住院
        before.pop()
    while before and len(extra) < 2 + people and _qualifier(before[-1]):
        extra.insert(0, before.pop())
    if extra and before and before[-1][0] in _MODIFIERS and before[-1][2] + len(before[-1][0]) == extra[0][2]:
        extra.insert(0, before.pop())  # 脱贫/人口/参保率: not half of 脱贫人口
    if extra and extra[0][0] in _BOUND_NOUNS and before and before[-1][2] + len(before[-1][0]) == extra[0][2] \
            and (_qualifier(before[-1]) or before[-1][1] == "l" and _content(before[-1][0])):
        extra.insert(0, before.pop())  # 义务教育/阶段/贫困学生/辍学率: 阶段 of what
    if extra:
        label, start = "".join(w for w, _, _ in extra) + label, extra[0][2]
    elif label == "占比":
        return None  # a bare 占比 is the share of what was just counted: see _share
    elif len(label) == 3 and label.endswith("率"):
        # 特色产业覆盖贫困户 15099 户，覆盖率达 73%: a bare rate of the deed just counted is the rate
        # of what did it
        deed = label[:2]
        prev = next((f for f in reversed(at.figures[:at.i]) if f.label and f.quantity.unit not in ("%", "百分点")), None)
        k = prev.label.find(deed) if prev else -1
        lead = _tokens(prev.label[:k], 0) if k >= 2 and not _RATE.search(prev.label) else []
        if lead and all(t[1].startswith(("n", "j", "vn")) and not t[1].startswith(("nr", "ns")) for t in lead) \
                and not _PERSON_END.search(prev.label[:k]) and not _HOUSEHOLD_END.search(prev.label[:k]):
            label = prev.label[:k] + label  # what did the deed, not to whom it was done
    return label, start, at.lo + m.end()


# what a change is measured from: 上年, 去年同期, 年初, 6月底, 2019年底, 一季度末, 上月
_CHANGE_BASE = (r"(?:上|去|前)(?:一)?(?:年|月|季度|周)(?:同期|底|末)?|年初|月初|上半年|"
                r"(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|份)?|"
                r"(?:(?:19|20)\d{2}\s*年\s*)?(?:[一二三四]|第[一二三四])季度(?:末)?|(?:19|20)\d{2}\s*年(?:底|末|同期)?")
# a change and what is compared: 同比增长, 比上年提高了, 较6月底下降
_CHANGE_TAIL = re.compile(rf"(?:分别\s*)?(?:(?:同比|环比|(?:比|较|与)\s*(?:{_CHANGE_BASE})(?:同期)?(?:相比)?)\s*[，,]?)?\s*(?:就|又|也|(?<![人户亩平])均|分别|还)?\s*(?:将会|会|将|能)?\s*"
                          r"(提高|提升|增长|增加|上升|下降|降低|减少|增收|减收|扩大|缩小|高出|加快|放缓)(?:了)?\s*(?:约|近)?\s*$")


_CHANGE_NEAR = re.compile(r"提高|提升|增长|增加|上升|下降|降低|减少|增收|减收|扩大|缩小|高出|加快|放缓")


def _what_changed(at: _At) -> Span:
    """脱贫户人均纯收入同比增长 11.2% → 脱贫户人均纯收入; …达到 89.2%，较上年提高 3.5 个百分点 → the
    rate just given; 贫困户人均增收 2600 元 → 贫困户人均增收 (增收 names an amount of money)."""
    clause = at.text[at.lo:at.q.start]
    if not _CHANGE_NEAR.search(clause, max(0, len(clause) - 6)):  # most figures: no change verb right before
        return None
    m = _CHANGE_TAIL.search(clause)
    if not m:
        return None
    words, _verb = _phrase_before(clause[:m.start()], at.lo)
    if words:
        found = _phrase(words)
        if m.group(1) in ("增收", "减收") and not at.q.unit.startswith(("%", "百分点")):
            return found[0] + m.group(1), found[1], at.lo + m.end(1)
        return found
    if re.search(rf"[{_CJK}]", clause[:m.start()]):
        return None  # something was named, but not a noun: leave it
    rate = at.q.unit in ("%", "百分点")
    prev = next((f for f in reversed(at.figures[:at.i]) if f.label
                 and (f.quantity.unit in ("%", "百分点") if rate else f.quantity.unit == at.q.unit)), None)
    if prev is None and at.q.unit == "%":  # 人均可支配收入 9860 元，同比增长 10.5%: the level just given grew
        prev = next((f for f in reversed(at.figures[:at.i]) if f.label and not f.subset), None)
    return (prev.label, at.q.start, at.q.start) if prev else None


# 比全区平均水平高 3.2 个百分点, 高于全市平均水平 4.6 个百分点, 增幅高于全县农村居民 3.6 个百分点: a gap
# to a wider place's level, not a change over time
_PEER = r"(?:全[国省市区县州盟旗]|同级|全地区)[^，,；;。\d%]{0,16}?|平均水平|平均值|平均"
_ABOVE_PEER = re.compile(rf"(?:(?:比|较)\s*({_PEER})\s*(高出|高|低|快|慢)了?|(高于|低于|快于|慢于|高出)\s*({_PEER}))\s*(?:约|近)?\s*$")


def _than_peers(at: _At) -> Span:
    """支出进度 52.2%，高于全市平均水平 4.6 个百分点 → 支出进度高于全市平均: the rate just given (or the one
    named before 比), above or below the wider place's."""
    if at.q.unit not in ("%", "百分点"):
        return None
    clause = at.text[at.lo:at.q.start]
    m = _ABOVE_PEER.search(clause)
    if not m:
        return None
    peer = re.sub(r"水平|值$", "", m.group(1) or m.group(4)).split("人均")[0]
    above = "高于" if (m.group(2) or m.group(3))[0] in "高快" else "低于"
    words, _verb = _phrase_before(clause[:m.start()], at.lo)
    if words:
        subject = _phrase(words)[0]
    else:
        prev = next((f for f in reversed(at.figures[:at.i]) if f.label and f.quantity.unit == "%"), None)
        if prev is None:
            return None
        subject = prev.label
    return subject + above + peer, at.lo + m.start(), at.lo + m.end()


_COMPARED_WORDS = frozenset("超过 超出 不足 不到 低于 高于 少于 多于".split())
_COMPARED = re.compile(r"(?<!不)(?:超过|超出|不足|不到|低于|高于|少于|多于)\s*$")


def _line_of(at: _At) -> Span:
    """贫困人口超过 5000 人的乡镇 → 贫困人口门槛: a line that picks out the things after 的 is a line
    on what the sentence compares (贫困人口), not a count of those things (乡镇)."""
    before = at.text[at.lo:at.q.start]
    if before.rstrip()[-2:] not in _COMPARED_WORDS:  # most figures: no comparison right before
        return None
    m = _COMPARED.search(before)
    if not m or not re.match(r"\s*(?:以上|以下)?\s*的\s*[\u4e00-\u9fff\d]", at.text[at.q.end:at.clause[1]]):
        return None
    words, _verb = _phrase_before(before[:m.start()], at.lo)
    return (_phrase(words)[0] + "门槛", words[0][2], at.lo + m.end()) if words else None


_BOUND_THEN_DE = re.compile(r"\s*(?:及以上|以上|以下|以内)?\s*的")
_DEED_WORD = ("v", "vn", "n", "nz", "j", "a", "b", "l")


def _bound_of_deed(at: _At) -> Span:
    """稳定就业 3 个月以上的贫困劳动力 → 稳定就业; 连片种植 50 亩以上的合作社 → 连片种植: a bound on what
    the ones after 的 did is a line on that doing, not a count of them (as _line_of for 超过). Bare, as
    bulletins word the line itself three ways (时长, 期限, 门槛)."""
    if not at.q.bound or not _BOUND_THEN_DE.match(at.text, at.q.end, at.clause[1]):
        return None
    tokens = _tokens(at.text[at.lo:at.q.start], at.lo)
    if not tokens or tokens[-1][2] + len(tokens[-1][0]) != len(at.text[:at.q.start].rstrip()):
        return None
    if not tokens[-1][1].startswith("v") and (at.q.unit in _DURATIONS or len(tokens) < 2 or not tokens[-1][1].startswith("n")
                                             or not tokens[-2][1].startswith("v") or tokens[-2][1].startswith("vn")):
        return None  # 稳定就业 3 个月, 流转土地 100 亩: a doing, or a doing and its object, right before the bound
    if at.q.unit in _DURATIONS:  # how long they did it: the doing and its manner (稳定就业), not where
        words = tokens[-2:] if len(tokens) > 1 and tokens[-2][1] in ("a", "d", "ad") else tokens[-1:]
    else:  # how much they did: the doing with its object (吸纳贫困人口就业 10 人以上)
        words = []
        while tokens and tokens[-1][1].startswith(_DEED_WORD) and not tokens[-1][1].startswith(("ns", "nr")) \
                and not _PLACE_WORD.match(tokens[-1][0]) and tokens[-1][0] not in _PHRASE_STOP and len(words) < 4:
            words.insert(0, tokens.pop())
        if not any(w[1].startswith("v") for w in words):
            return None
    name = "".join(w for w, _, _ in words)
    if len(name) < 2 or name in _GENERIC_VERBS or name in _LINK_VERBS or not _content(name):
        return None
    return name, words[0][2], at.q.start


_TOOK_BEFORE = re.compile(r"(?:仅|只|不到|用了|用|历时|短短|仅用|只用|耗时|花了|集中)\s*$")
_CAMPAIGN = re.compile(r"[“\"]([^”\"]{2,8}?(?:行动|攻势|会战|攻坚|冲刺|战役|大会战))[”\"](行动)?")


_EVERY = re.compile(rf"\s*一\s*(?:次)?\s*([{_CJK}]{{1,2}})")


def _duration(at: _At) -> Span:
    """Durations: 3 天一通报 → 通报频次; 5 个工作日内完成资金拨付 → 拨付时限; 仅用不到 1 个月时间 → 用时."""
    if at.q.unit not in _DURATIONS:
        return None
    m = _EVERY.match(at.text, at.q.end, at.clause[1])
    if m:  # 3 天一通报, 10 天一跟踪: how often
        start = m.start(1)
        verb = next((t for t in _tokens(at.text[start:at.clause[1]][:6], start)), None)
        if verb and len(verb[0]) == 2 and verb[1][0] in "vn" and _content(verb[0]) and verb[0] not in _PHRASE_STOP:
            return verb[0] + "频次", at.q.start, verb[2] + len(verb[0])
    if _TOOK_BEFORE.search(at.text, at.lo, at.q.start):
        # 用 100 天时间…开展“百日冲刺”行动: how long the campaign named after it runs (else the one before)
        campaign = _CAMPAIGN.search(at.text, at.q.end) or next(reversed(list(_CAMPAIGN.finditer(at.text, 0, at.q.start))), None)
        if campaign:
            return campaign.group(1) + (campaign.group(2) or "") + "时长", at.q.start, at.q.end
        return "用时", at.q.start, at.q.end
    term = _term(at)
    if term:
        return term
    m = re.match(r"\s*(?:以内|之内|内)", at.text[at.q.end:at.clause[1]])
    if m:  # a time limit: the first verb after it that does something
        tokens = _tokens(at.text[at.q.end + m.end():at.clause[1]][:20], at.q.end + m.end())
        for k, (word, flag, off) in enumerate(tokens):
            if k + 1 < len(tokens) and tokens[k + 1][1].startswith("n") and tokens[k + 1][2] == off + len(word):
                continue  # 保障/资金: a verb that qualifies a noun
            if flag.startswith("v") and len(word) == 2 and word not in _GENERIC_VERBS and word not in _PHRASE_STOP \
                    and word not in _LINK_VERBS and word not in ("即可", "可以", "必须", "需要"):
                return word + "时限", at.q.start, off + len(word)
    return None


_AFTER_TERM = re.compile(r"\s*(?:以后|之后|后)")
_PER_WORDS = re.compile(rf"(?:\s|{_PER_BY})*")
_MODAL = frozenset("才能 才 可以 可 能 方可 再 继续 仍 仍可 均 均可 即可 就 将 须 需".split())


def _term(at: _At) -> Span:
    """前两年每户每年保底分红 → 保底分红期限; 五年后合作社方可退还本金 → 退还本金期限: a span of years before or after
    which something is done is that doing's term (its subject and modal words left out)."""
    after = _AFTER_TERM.match(at.text, at.q.end, at.clause[1])
    if not after and not at.text[at.lo:at.q.start].rstrip().endswith("前"):
        return None
    start = after.end() if after else at.q.end
    start = _PER_WORDS.match(at.text, start, at.clause[1]).end()
    tokens = _tokens(at.text[start:at.clause[1]][:16], start)
    k, modal = 0, False
    if after:  # 五年后合作社方可退还本金: who and whether are not the term's name
        j = next((j for j, t in enumerate(tokens[:4]) if t[0] in _MODAL or t[1] == "v"), None)
        if j is not None and all(t[1].startswith(("n", "r")) for t in tokens[:j]):
            k = j
        while k < len(tokens) and tokens[k][0] in _MODAL:
            k, modal = k + 1, True  # 可继续承包: whatever follows is done
    words: list[tuple[str, str, int]] = []
    for word, flag, off in tokens[k:]:
        if not flag.startswith(("v", "a", "n", "d")) or word in _PHRASE_STOP or word in _MODAL or not _content(word) \
                or words and off != words[-1][2] + len(words[-1][0]) or len("".join(w[0] for w in words) + word) > 4:
            break
        words.append((word, flag, off))
    while words and not words[-1][1].startswith(("v", "n")):
        words.pop()
    if not words or not (modal or any(w[1].startswith("v") or w[0] in _MONEY_WORDS for w in words)) or len(words[-1][0]) < 2:
        return None
    return "".join(w[0] for w in words) + "期限", at.q.start, words[-1][2] + len(words[-1][0])


_MONEY_WORDS = frozenset("分红 补助 补贴 贷款 奖补 收益".split())  # nouns of paying that can be done for a term


# 100% 参保, 100% 都能得到及时救治: the verb at the clause's end, after a mood and a verb of receiving
_DONE = re.compile(rf"\s*(?:都能|均能|都可|均可|都|均|全部|能)?\s*(?:得到|获得|享受|实现)?\s*(?:医疗|及时|有效)?"
                   rf"([{_CJK}]{{2}})(?:了)?\s*(?:[，,。；;]|$)")


def _rate_of_doing(at: _At) -> Span:
    """党支部已 100% 建立 → 党支部建立率; 脱贫人口 100% 参保 → 脱贫人口参保率: a share done, named as a
    reader heads its column (the thing, the verb, 率)."""
    m = _DONE.match(at.text, at.q.end)
    if not m:
        return None
    verb = _tokens(m.group(1), m.start(1))
    if len(verb) != 1 or not verb[0][1].startswith("v") or verb[0][0] in _PHRASE_STOP or verb[0][0] in _LINK_VERBS:
        return None
    text = at.text[at.lo:at.q.start]
    words, _verb = _phrase_before(text, at.lo)
    if not words:
        return None
    noun = _phrase(words[-3:])
    return noun[0] + verb[0][0] + "率", noun[1], verb[0][2] + 2


def _share(at: _At) -> Span:
    """因灾返贫 40 户，占全部返贫户的 12.5% → 因灾返贫占比: a share is of what the sentence just
    counted (the part), not of the whole after 占; with no count before it, the whole names it."""
    lo = at.clause[0]
    m = re.search(r"占比?([^，,、]{0,16}?)的?\s*$", at.text[lo:at.q.start])
    if not m:
        return None
    part = next((f for f in reversed(at.figures[:at.i]) if f.quantity.end <= lo and f.label
                 and f.quantity.unit not in ("%", "百分点")), None)
    if part is not None and part.follows is not None and at.figures[part.follows].label:
        part = at.figures[part.follows]  # 因残致贫 210 户 480 人，占比…: the class, not its people
    what = re.sub(r"[(（][^)）]*[)）]", "", m.group(1)).strip()
    named = _SHARE_PART.fullmatch(at.text[lo:lo + m.start()])
    if named and not _SEVERAL_PARTS.search(named.group(1)):  # 其中贫困户占 60%、村集体占 40%; 落实产业帮扶的占 54.2%: the part is named before 占
        return named.group(1) + "占比", lo + named.start(1), lo + m.end()
    if part is not None:
        what = part.label
    return (what + "占比" if what and not re.search(r"[\d\W]", what) else "占比"), lo + m.start(), lo + m.end()


_OWN_SHARE = re.compile(rf"\s*[、和及]\s*([{_CJK}]{{2,12}}?)(?:的)?占\s*")
_SHARE_PART = re.compile(rf"\s*(?:其中|另有|另)?\s*([{_CJK}]{{2,12}}?)(?:分别|各自)?(?:的|比例|比重)?\s*")
_SEVERAL_PARTS = re.compile(r"[和及、与]")  # 村集体和国有林场分别占 20%、40%: no one part names them all


_BY_WHEN = re.compile(r"(?:(?:\d{4}\s*年)?\s*\d{1,2}\s*月\s*(?:底|末|份|中旬|下旬)?|年底|年内|年末|月底|今年|明年|本月)\s*(?:前|以前|之前)?")


_RATE_RANKED = re.compile(rf"([{_CJK}]{{1,6}}(?:率|比例|占比))(?:最高|最低|较高|较低|居首|第一)?\s*[，,]\s*$")


def _elliptic(at: _At) -> Span:
    """力争达到100% after 覆盖率达80%以上: the same rate, its name left out."""
    prev = next((f for f in reversed(at.figures[:at.i]) if f.quantity.unit == at.q.unit and f.label), None)
    before = _LINK.sub("", _BY_WHEN.sub("", at.text[at.clause[0]:at.q.start]))  # 力争 4 月底前达到: when is no name
    if not prev and at.clause[0] > 0 and not before.strip() and at.q.unit == "%":
        # 谢家滩镇获贷率最高，达到 51.2%: the rate the clause before names, then ranks
        named = _RATE_RANKED.search(at.text, 0, at.clause[0])
        if named:
            return named.group(1), at.clause[0], at.q.start
    if not prev or not _GOAL_WORDS.fullmatch(before):
        return None
    start = at.clause[0] + len(at.text[at.clause[0]:at.q.start]) - len(at.text[at.clause[0]:at.q.start].lstrip())
    return prev.label, start, at.q.start  # the text keeps its goal words: 力争达到 95%


def _action_rate(at: _At, q: Quantity | None = None) -> Span:
    """只须付 10% → 自付比例; 按 40%、60%、80% 比例发放 → 发放比例."""
    q = q or at.q
    if re.search(r"(?:自付|支付|付)\s*$", at.text[at.lo:q.start]):
        return "自付比例", q.start, q.start
    m = _ACTION_RATE.match(at.text, q.end, at.clause[1])
    if not m:
        return None
    # 按 30%、50% 比例发放专项保障金 → 保障金发放比例: the rate of paying what
    what = _phrase_after(at.text[m.end(1):at.clause[1]][:16], m.end(1), compound=True)
    pair = _ACTION_PAIR.match(at.text, m.end(1), at.clause[1])
    if pair and "比例" not in at.text[q.end:m.start(1)]:  # 85% 报销补助 → 报销补助比例: one word of paying
        return m.group(1) + pair.group(1) + "比例", m.start(1), pair.end(1)
    return (what[-1][0] if what else "") + m.group(1) + "比例", m.start(1), m.end(1)


def _named_by_tail(at: _At) -> Span:
    """按 100%、80%、60% 发放: a list is named by what follows its last member."""
    tail = next((f.quantity for f in reversed(at.figures) if f.list_head == at.i), at.q)
    found = _action_rate(at, tail) or _noun_after(at, tail, verbs=True)
    if found and tail is at.q and at.q.unit == "%" and re.match(r"\s*的", at.text[at.q.end:at.clause[1]]) \
            and not _RATE.search(found[0]) and not at.q.bound and not _COMPARED.search(at.text, at.lo, at.q.start):
        found = (found[0] + "比例", found[1], found[2])  # 98% 的贫困户加入了合作社: the share of them
    return found if not found or tail is at.q else (found[0], at.q.start, at.q.end)


def _own_noun(at: _At) -> Span:  # 22.28万建档立卡贫困人口: the noun was read with the number
    return (at.q.noun, at.q.end - len(at.q.noun), at.q.end) if at.q.noun else None


_UNIT_NOUNS = ("镇", "乡", "县", "区")


def _unit_noun(at: _At) -> Span:
    """辖 2 镇 3 乡: the measure word is the noun counted (辖镇); with no verb before it, nothing."""
    if at.q.unit not in _UNIT_NOUNS:
        return None
    before = _tokens(at.text[max(at.lo, at.q.start - 4):at.q.start], max(at.lo, at.q.start - 4))
    verb = before[-1] if before and before[-1][1].startswith("v") and before[-1][2] + len(before[-1][0]) >= at.q.start - 1 else None
    return (verb[0] + at.q.unit, verb[2], at.q.end) if verb else None


_AGE_UNITS = ("岁", "周岁")


def _age(at: _At) -> Span:
    """70 岁的老李: an age is the person's 年龄, never the person's name."""
    return ("年龄", at.q.start, at.q.end) if at.q.unit in _AGE_UNITS else None


def _share_done(at: _At) -> Span:
    """由补充保险再报销 90% → 补充保险报销比例; 保费由财政承担 80% → 财政承担比例; 个人自付控制在 10% 以内
    → 个人自付比例: a share said by the verb that pays or bears it, named with who does."""
    tokens = [t for t in _tokens(at.text[at.lo:at.q.start], at.lo) if t[0] != "了"]
    while tokens and (tokens[-1][0] in _LINK_VERBS or tokens[-1][0] == "在"):
        tokens.pop()
    if not tokens or not tokens[-1][1].startswith(("v", "b")) or len(tokens[-1][0]) != 2 or tokens[-1][0] in _GENERIC_VERBS \
            or tokens[-1][0] in _PHRASE_STOP or tokens[-1][0] in _LINK_VERBS:
        return None  # (自付 is read as a distinguishing word)
    verb = tokens.pop()
    if _CHANGE_NEAR.search(verb[0]) or verb[0] in ("上涨", "下跌", "回落"):
        return None  # 增长 18.4%: a change, named by what changed
    start = verb[2]
    if tokens and tokens[-1][0] == "再" and tokens[-1][2] + 1 == verb[2]:
        start = tokens.pop()[2]
    by = at.text.rfind("由", at.lo, start)
    if 0 <= by and start - by <= 12 and not re.search(r"[\W\d]", at.text[by + 1:start]):
        first = by + 1  # 由补充医疗保障再报销: who pays, as printed
    else:
        nouns = []
        while tokens and tokens[-1][1].startswith(("n", "j")) and not tokens[-1][1].startswith(("ns", "nr")) \
                and tokens[-1][2] + len(tokens[-1][0]) == (nouns[0][2] if nouns else start) and len(nouns) < 2:
            nouns.insert(0, tokens.pop())
        first = nouns[0][2] if nouns else start
    return at.text[first:start] + verb[0] + "比例", first, verb[2] + 2  # 再 is how, not what


def _ratio(at: _At) -> Span:  # the last resort for a percentage
    return "比例", at.q.start, at.q.start


# The label rules by kind of unit, in the order they are tried.
def _echoed(at: _At) -> Span:
    """为农户发放扶贫小额贷款，今年已发放 1860 万元 → 扶贫小额贷款: a verb alone before money, said
    again from an earlier clause of the sentence, moves what it moved there."""
    words, verb = _phrase_before(at.text[at.lo:at.q.start], at.lo)
    if words or not verb or len(verb[0]) < 2 or at.text[verb[2] + len(verb[0]):at.q.start].strip(" 了") \
            or verb[0] not in _MOVES_MONEY:
        return None
    k = at.text.rfind(verb[0], 0, at.clause[0])
    if k < 0:
        return None
    start = k + len(verb[0])
    end = _clause(at.text, start, start)[1]
    noun = _phrase(_phrase_after(at.text[start:end][:24], start))
    if not noun or noun[2] != start + len(at.text[start:end].rstrip()):
        return None
    return noun[0], verb[2], verb[2] + len(verb[0])  # the text stays in this clause: 已发放 1860 万元


_SIZE_BEFORE = re.compile(r"((?:总|建筑|占地|使用|经营)?面积|总?长度|总长)\s*(?:达到|达|为|约|近)?\s*$")
_SIZE_AFTER = re.compile(r"\s*(?:左右|多)?\s*的")  # not 以上的: a line the things after it pass


def _size_of(at: _At) -> Span:
    """打造总面积 1500 平方米的党群服务中心 → 党群服务中心面积: the size of the thing the clause makes."""
    if at.q.unit not in _AREAS and at.q.unit not in _LENGTHS or at.q.bound:
        return None
    m = _SIZE_BEFORE.search(at.text, at.lo, at.q.start)
    after = _SIZE_AFTER.match(at.text, at.q.end, at.clause[1])
    if not m or m.end() != at.q.start or not after:
        return None
    noun = _phrase(_phrase_after(at.text[after.end():at.clause[1]][:30], after.end()))
    if not noun:
        return None
    at.figures[at.i].subset = True  # the size of one thing, not of the place
    return noun[0] + ("面积" if "面积" in m.group(1) else "长度"), m.start(), noun[2]


# 5万元以下、3年以内的免抵押、免担保信用贷款: the ceiling and the term of the loans a scheme offers
_LOAN_TERMS_AFTER = re.compile(r"\s*期?\s*(?:（含）|\(含\))?\s*(?:以下|以内)?\s*(?:[、，,]|的)")
_LOAN = re.compile(r"扶贫小额信贷|扶贫小额贷款|小额信贷|小额贷款|信用贷款|创业贷款|贴息贷款|贷款|信贷")


def _loan_terms(at: _At) -> Span:
    q = at.q
    if q.bound != "max" and not at.text.startswith(("以内", "以下", "期以内"), q.end):
        return None
    loan = _LOAN.search(at.text, q.end, q.end + 40) if _LOAN_TERMS_AFTER.match(at.text, q.end) else None
    if loan is None:
        return None
    if q.unit.startswith(_MONEY_LIKE):
        return loan.group() + "额度", q.start, q.end
    return (loan.group() + "期限", q.start, q.end) if q.unit in ("年", "个月") else None


_RULED = frozenset("规定 明确 要求 约定 按照".split())  # jieba reads 规定 as a noun before a noun
_USE_CLAUSE = re.compile(r"用于[^，,。；的]{2,14}$")
_SHARE_USED_FOR = re.compile(rf"([{_CJK}]{{0,10}}?)中?用于([^，,。；的]{{2,14}})的(?:比例|比重)\s*(?:为|达到|达|不低于|不少于|超过)?\s*$")
_USED_FOR = re.compile(r"\s*(?:以上|以下|左右)?\s*(?:的资金|资金)?\s*(?P<verb>用于|留作|用作)([^，,。；;]{2,16})")


def _used_for(at: _At) -> Span:
    """电站收益的 70% 用于设置公益岗位 → 电站收益用于设置公益岗位比例; 其余 30% 用于…: of the same money."""
    used = _USED_FOR.match(at.text, at.q.end)
    if used is None:
        share = _SHARE_USED_FOR.search(at.text, at.clause[0], at.q.start) if at.q.unit == "%" else None
        if share is None:
            return None
        # 援助资金中用于建档立卡贫困人口的比例达到 87%: the share named before the figure
        whose = _phrase_before(share.group(1), share.start(1))[0] if share.group(1) else []
        return (_phrase(whose)[0] if whose else "") + "用于" + share.group(2) + "的比例", share.start(), at.q.end
    purpose = re.sub(r"(?:等|等方面|方面|上)$", "", used.group(2).strip())
    listed = re.split(r"[、]", purpose, maxsplit=1)
    purpose = listed[0] + ("等" if len(listed) > 1 else "")  # 用于设置公益岗位、开展小型公益事业等: the first, and so on
    lead = _tokens(purpose, 0)
    if len(lead) > 1 and lead[0][1] in ("v", "vn") and lead[1][1].startswith(("n", "vn")) and len(lead[0][0]) == 2:
        purpose = purpose[len(lead[0][0]):]  # 用于设置公益岗位: what the money goes to, not the doing
    before = at.text[at.lo:at.q.start].rstrip()
    whose = ""
    money = at.q.unit.startswith(_MONEY_LIKE)
    if money or before.endswith("的"):  # 安排衔接资金 2.81 亿元用于产业发展; 电站收益的 70% 用于…
        words, _verb = _phrase_before(before if money else before[:-1], at.lo)
        verbs = [k for k, w in enumerate(words[:-1]) if w[1] == "v" or w[0] in _RULED]
        words = words[verbs[-1] + 1:] if verbs else words  # 县里规定电站收益: whose money, not who ruled
        whose = _phrase(words)[0] if words else ""
    if not whose and not money:  # 60% 用于分红，40% 用于公益事业: the money the sentence is sharing out
        shared = next((f.label.split("用于")[0] for f in reversed(at.figures[:at.i]) if "用于" in f.label), "")
        whose = shared
    if not whose or len(purpose) < 2:
        return None
    return whose + used.group("verb") + purpose + ("" if money else "比例"), at.q.start, used.end()


_SAYS = re.compile(r"(?:要求|指出|强调|表示|提出|明确|认为|显示|介绍|透露|规定|部署|安排|做法|措施|情况|其中|一是|二是|三是|目标)$")
_KEY = re.compile(rf"(?:^|[，,。；;：:\n])\s*(?:[{TITLE_MARKS}·•]|\d{{1,2}}[.、．]|[（(][一二三四五六七八九十\d]{{1,2}}[)）])?\s*"
                  rf"([{_CJK}][{_CJK}（）()]{{2,19}})\s*[：:]\s*$")


_EARNED = re.compile(r"(?:(?P<period>月|年|天|日|亩)[^，,。；;!！?？“”]{0,5}?)?(?P<more>多)?(?:挣|赚)(?:了|到|个|得)?\s*(?:约|近|不到)?\s*$")
_EARNED_NAMES = {"月": "月收入", "年": "年收入", "天": "日收入", "日": "日收入", "亩": "亩均收入"}


def _earned(at: _At) -> Span:
    """每个月能挣 2300 元 → 月收入, 一亩地赚 8000 多元 → 亩均收入, 多挣了 8000 多元 → 增收: what a worker
    or a farmer says they earn, in a bulletin's quote."""
    m = _EARNED.search(at.text, at.lo, at.q.start)
    if m is None:
        return None
    name = "增收" if m.group("more") else _EARNED_NAMES.get(m.group("period") or "", "收入")
    return name, m.start("period") if m.group("period") and at.text[m.start() - 1:m.start()] != "每" else m.end(), at.q.start


_PLAN_DONE = re.compile(r"完成(?:了)?(?:[^，,。；;]{0,4}?下达的?)?([^，,。；;的]{0,10}?(?:计划|任务|目标))的\s*$")


def _plan_done(at: _At) -> Span:
    """完成年度任务的 54% → 年度任务完成率, 完成省下达目标任务的 103.5% → 目标完成率: how much of a
    plan is done, named by the plan."""
    m = _PLAN_DONE.search(at.text, at.lo, at.q.start)
    if m is None or at.q.unit != "%" or re.search(r"超过|低于|高于|不足|均", m.group(1)):
        return None  # 完成投资均超过计划的 70%: a line they pass
    return m.group(1).replace("目标任务", "目标") + "完成率", m.start(1), at.q.start  # as 目标完成率 heads a column


def _key_value(at: _At) -> Span:
    """脱贫人口人均纯收入：12356 元 → 脱贫人口人均纯收入: a line of key and value, as a data box prints it."""
    if at.i and at.figures[at.i - 1].quantity.end > at.q.start - 24:
        return None  # 其中：…, 一是：…: a colon after another figure leads a list, not a key
    key = _KEY.search(at.text, max(0, at.q.start - 24), at.q.start)
    if key is None or at.text[key.end(1):at.q.start].strip(" ：:"):
        return None
    name = re.sub(r"\s+", "", key.group(1))
    if _SAYS.search(name):
        return None  # 会议要求：, 数据显示： — a colon that introduces what is said, not a key
    return name, key.start(1), key.end(1)


_PERCENT_RULES = (_key_value, _plan_done, _used_for, _than_peers, _line_of, _rate_before, _what_changed, _rate_of_doing, _share, _elliptic, _action_rate, _named_by_tail, _noun_before, _share_done, _ratio)
_MONEY_RULES = (_key_value, _earned, _bound_of_deed, _loan_terms, _used_for, _size_of, _own_noun, _line_set, _standard_of, _given_after, _line_of, _what_changed, _money_of, _as_what, _noun_before, _object_of,
                _echoed)
_COUNT_RULES = (_age, _key_value, _exit_after, _own_noun, _line_of, _bound_of_deed, _unit_noun, _noun_after, _noun_before)
_DURATION_RULES = (_loan_terms, _duration, *_COUNT_RULES)
# Rules that need a word the sentence may not have (a comparison, a change, 的, 用于, a loan) are left
# out of its chains: chosen once per sentence by plain substring tests, not tried on every figure.
_NEEDS = ((_line_of, re.compile("|".join(_COMPARED_WORDS))), (_what_changed, _CHANGE_NEAR), (_money_of, re.compile("的")),
          (_used_for, re.compile("用于|留作|用作")), (_loan_terms, re.compile("贷")))
_CHAINS = {have: tuple(tuple(r for r in chain if all(h or r is not rule for h, (rule, _) in zip(have, _NEEDS)))
                       for chain in (_PERCENT_RULES, _MONEY_RULES, _COUNT_RULES, _DURATION_RULES))
           for have in product((False, True), repeat=len(_NEEDS))}



def _group(text: str, figures: list[Figure]) -> None:
    """Mark list members (30%、50%; 0.5—1.5 万元) and continuations (由13.2%降至6.8%; 15430户29586人)."""
    for i in range(1, len(figures)):
        prev, q = figures[i - 1].quantity, figures[i].quantity
        between = text[prev.end:q.start]
        is_range = q.range_role == "high" and prev.range_role == "low"
        if prev.unit == q.unit and (is_range or _LIST_JOIN.fullmatch(between)):
            figures[i].list_head = figures[i - 1].list_head if figures[i - 1].list_head is not None else i - 1
        elif (prev.unit == q.unit and (_CHANGE.fullmatch(between) or _CHANGE_DATED.fullmatch(between))) \
                or not between.strip():
            figures[i].follows = i - 1
            figures[i].text_start = prev.end + len(between) - len(between.lstrip())


def _paired(text: str, figures: list[Figure]) -> None:
    """住院和门诊特殊慢性病报销比例分别为 91.8%、87.36% → 住院报销比例, 门诊特殊慢性病报销比例."""
    if "分别" not in text:  # what _PAIRED needs: most sentences are done here
        return
    for h, head in enumerate(figures):
        members = [f for f in figures if f.list_head == h]
        lo = _clause(text, head.quantity.start, head.quantity.end)[0]
        clause = text[lo:head.quantity.start]
        m = _PAIRED.search(clause)
        base = _PAIRED_BASE.search(clause[:m.start()]) if m and members else None
        subjects = re.split(r"以及|和|、|及|与", clause[:base.start()]) if base else []
        if m and members and base is None:
            _paired_nouns(text, lo, clause[:m.start()], [head, *members])
            continue
        if len(subjects) != len(members) + 1 or not all(s.strip() for s in subjects):
            continue
        first = subjects[0].strip()
        if len(first) > 4:  # 建档立卡贫困人口住院 → 住院
            first = (_tokens(first, 0) or [(first,)])[-1][0]
        for fig, name in zip([head, *members], [first] + [s.strip()[-12:] for s in subjects[1:]]):
            fig.label = name + base.group(1)
        head.text_start = lo + clause.rfind(first, 0, base.start())


def _paired_nouns(text: str, lo: int, named: str, listed: list[Figure]) -> None:
    """全县小麦、玉米种植面积分别为 3.2 万亩、2.1 万亩 → 小麦种植面积, 玉米种植面积; 贫困县和贫困村分别为
    8 个和 320 个 → 贫困县, 贫困村: each figure of the list is of the thing in the same place before 分别."""
    subjects = re.split(r"以及|和|、|及|与", named)
    if len(subjects) != len(listed) or not all(s.strip() for s in subjects):
        return
    lead = _tokens(subjects[0], lo)  # 全县, 今年, 建成 …: what the whole list shares, not the first one's name
    while len(lead) > 1 and (lead[0][1][0] in "tfpcrdm" or _PLACE_WORD.match(lead[0][0]) or lead[0][0] in _GENERIC_VERBS):
        lead.pop(0)
    if not lead:
        return
    names = ["".join(t[0] for t in lead)] + [s.strip() for s in subjects[1:]]
    last = _tokens(names[-1], 0)
    if len(last) > 1 and all(len(n) <= 3 for n in names[:-1]) and len(last[0][0]) <= 3:
        names = [n + names[-1][len(last[0][0]):] for n in names[:-1]] + names[-1:]  # the shared head noun
    if any(len(n) < 2 or len(n) > 14 or not _content(n) for n in names):
        return
    for fig, name in zip(listed, names):
        fig.label = name
    listed[0].text_start = lead[0][2]


_WORK_AFTER = re.compile(r"\s*(?:实现|稳定|外出|就近|就地)*(就业|务工)(?![\u4e00-\u9fff]{0,2}(?:率|岗位|意愿))")
_SOLVED = re.compile(r"\s*(?:[\d.]+\s*万?\s*[人名])?\s*(?:(?:建档立卡|脱贫)?(?:贫困)?(?:人口|群众|农户|户|居民|村民|人)\s*的?(?=[\u4e00-\u9fff“”]{2,10}?问题)|的)?"
                     r"\s*([\u4e00-\u9fff“”]{2,10}?)问题")
_SOLVING = re.compile(r"解决(?:了)?[^，,。；;]{0,12}$")
_TAKING = re.compile(r"吸纳|带动|安置|招收|招用|帮助")
_TOOK_IN = re.compile(rf"({_TAKING.pattern})\s*$")
_PLACE_SHARE = re.compile(r"(?:其中|、)\s*([\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|社区|村|县|区|市|旗|苏木|嘎查))\s*(?:有|共|达|为)?\s*")
# 其中深度贫困村 36 个 names a kind of village, not one
_KIND_OF_PLACE = re.compile(r"贫困|行政|自然|试点|中心|重点|示范|深度|安置|搬迁|易地|集中|美丽|特色|出列|边远|偏远|省级|市级|县级|民族|边境|革命"
                            r"|经济|薄弱|空壳|省定|市定|县定|非贫|搬出|迁出|迁入|新建")
_BARE_GRANTS = frozenset("补助 补贴 奖励 资助 奖补 补偿 一次性补助 一次性补贴 一次性奖励".split())
_GRANT_OWNER = re.compile(rf"^(?:对|给|为|向)?\s*([A-Za-z{_CJK}][A-Za-z{_CJK}\s]{{1,15}}?)\s*(?:的)?\s*(?:人员)?\s*(?=每)")  # C级危房 too
_PAID_BEFORE = re.compile(r"每[^，,；;。]{0,4}?(补助|补贴|奖补|奖励|资助)\s*$")
_GRANT_LED = re.compile(r"^[^每]*?(?:按照|对)(?=[^每]+每)")
_GRANT_FOR = re.compile(rf"对\s*([A-Za-z{_CJK}]{{2,16}}?)\s*的\s*[，,]\s*$")


def _grant_object(name: str) -> str:
    """开展林下套种和低产园改造 → 低产园改造: the last of the things a grant is for, without the verb that
    does them; nothing when that is longer than 8 characters."""
    name = re.sub(r"(?:按照|按)$", "", name)
    if "的" in name:  # 新建生态茶园的农户: the 茶园 it is for; 新开办的民宿: the 民宿
        deed, _, thing = name.rpartition("的")
        name = deed if not thing or _HOUSEHOLD_END.search(thing) or _PERSON_END.search(thing) else thing
    name = re.split(r"和|及|与|、", name)[-1]
    words = _tokens(name, 0)
    # 贫困户新种芋头, 监测户发展冷凉蔬菜: what the grant is for, not who gets it or the verb of doing
    while len(words) > 1 and (words[0][0] in _FILLER_VERBS or words[0][0] in ("发展", "自主发展", "自主", "积极", "大力")
                              or _HOUSEHOLD_END.search(words[0][0]) or _PERSON_END.search(words[0][0]) and words[0][1][0] in "nr"):
        words = words[1:]
    if sum(len(w[0]) for w in words) > 8:
        return ""  # a clause, not a name: cutting it would leave half of it (劳动力奖补)
    if len(words) > 2 and words[0][0] == "新" and words[1][0] in _GROWING:
        words = words[1:]  # 新种植中药材: the 中药材种植 grant
    if len(words) == 1 and _HOUSEHOLD_END.search(words[0][0]):
        return ""  # 对边缘易致贫户每人资助 160 元: whom it is paid to, not what for
    if len(words) > 1 and words[0][0] in _GROWING:  # 种植高山蔬菜 → 高山蔬菜种植, as a table heads it
        words = [*words[1:], words[0]]
    return "".join(w[0] for w in words)


_GROWING = frozenset("种植 养殖 栽培 栽植 购买 购置 饲养".split())


def _whose_grant(text: str, figures: list[Figure], i: int) -> None:
    """新建住房每户补助 4 万元 → 新建住房补助; 选聘管水员 186 名，每人每年补助 2400 元 → 管水员补助: a grant
    is named by what or whom it is for, which stands before its rate or was just counted."""
    fig = figures[i]
    lo = _clause(text, fig.quantity.start, fig.quantity.end)[0]
    lo = max(lo, text.rfind("、", lo, fig.quantity.start) + 1)  # 新种芋头每亩补助 300 元、新种砂糖橘每亩…: its own
    before = text[lo:fig.quantity.start]
    led = _GRANT_LED.search(before)  # 镇里按照拆除重建每户补助, 县里对 C 级危房修缮加固的每户补助: what comes after 按照/对
    owner = _GRANT_OWNER.match(before[led.end():] if led else before)
    name = re.sub(r"(?:给予|给|发放|予以)$", "", re.sub(r"\s+", "", owner.group(1))) if owner else ""
    name = _grant_object(name)
    if not _content(name) or _PLACE_WORD.match(name) or re.search(r"按|由|里|对|以", name) or _PER_LEAD.fullmatch(name):
        name = ""  # 县里按库容给予每立方米 200 元: who pays and how, not what for
    per_rate = re.sub(r"^\s*(?:按照|按)?\s*", "", before).startswith("每")  # 每亩补助, 按每人…: a rate with no name
    if not name and per_rate:
        # 对开展林下套种和低产园改造的，每亩补助 100 元: those it is for, in the clause before
        owner = _GRANT_FOR.search(text, max(0, lo - 24), lo)
        name = _grant_object(owner.group(1)) if owner else ""
    if not name and per_rate and i:
        # 发放“雨露计划”补助资金 186 万元，…每生每学期补助 1500 元: the grant just paid out
        paid = next((f.label for f in reversed(figures[:i]) if f.quantity.unit.startswith("元") and f.label), "")
        name = re.sub(r"(?:补助|补贴|奖补|资助)(?:资金)?$", "", paid) if re.search(r"(?:补助|补贴|奖补|资助)(?:资金)?$", paid) else ""
    if not name and per_rate and i:
        prev = figures[i - 1]
        lead = _tokens(prev.label, 0) if prev.quantity.unit in ("人", "名", "户", "个") and prev.label \
            and not prev.quantity.bound else []  # 吸纳 10 人以上的车间: a threshold names no one paid
        while len(lead) > 1 and (lead[0][1].startswith("v") or len(lead[0][0]) == 1 or lead[0][0] in _BARE_GRANTS):
            lead = lead[1:]  # 选聘/管水员, (镇)设置/公益岗位: those paid, not their hiring
        # 护林员/选聘/人数: the people, not the count's verb and word
        name = "".join(t[0] for t in takewhile(lambda t: t[1][0] in "njb" and t[0] not in ("人数", "户数"), lead))
    if 2 <= len(name) <= 8 and not name.endswith(tuple(_BARE_GRANTS)):
        fig.label = name + _PER_LEAD.sub("", fig.label)


# verbs that bring things into a count (发现问题, 开工项目): a later deed on them names them without it
_BRINGS = frozenset("发现 排查 摸排 查找 查出 梳理 受理 收到 接到 开工 在建".split())
_HAVE = frozenset("有 共有 现有 辖 下辖 管辖 设 设有 包括 涵盖 拥有 共 全县 全市".split())
_DIVISION_NOUNS = frozenset("乡镇（街道） 村（社区） 村 贫困村 乡镇 乡 镇 社区 村（社区） 自然村 屯 嘎查 苏木".split())
_DID_AFTER = re.compile(rf"\s*(?:都|均|全部|全面|已经|已|先后|率先)*\s*([{_CJK}]{{2}})\s*了?\s*[“\"]?([{_CJK}“”\"+]{{2,10}}?)[”\"]?\s*(?=[，,。；;、]|$)")


_ENROLLED_AFTER = re.compile(rf"\s*(?:[{_CJK}、]{{0,12}}?)\s*(?:已经|已)?\s*(?:被)?(纳入|列入)\s*([{_CJK}“”]{{2,12}}?)\s*(范围)?\s*(?=[，,。；;]|$)")


def _followers(figures: list[Figure], k: int) -> Iterator[Figure]:
    """The figures right after figure ``k`` that count the same ones again (1126 户 3480 人)."""
    return takewhile(lambda f: f.follows is not None, figures[k + 1:])


def _enrolled_after(text: str, figures: list[Figure], k: int) -> None:
    """监测对象 1126 户 3480 人纳入低保或特困供养范围 → 纳入低保或特困供养监测对象: those enrolled in another
    scheme are a part of the ones counted (纳入监测 is how the monitored are counted, 纳入台账 only records
    them, and 全部纳入 says all of them: left alone)."""
    fig, end = figures[k], figures[k].quantity.end
    for f in figures[k + 1:]:  # 1126 户 3480 人: the same ones counted again
        if f.follows is None or text[end:f.quantity.start].strip():
            break
        end = f.quantity.end
    m = _ENROLLED_AFTER.match(text, end)
    if m is None or re.search(r"监测|台账|系统|平台|数据库", m.group(2)) or fig.label.startswith(m.group(1)) \
            or not (m.group(3) or re.search(r"低保|特困|供养|兜底|救助", m.group(2))):
        return  # 纳入低保或特困供养(范围): a scheme of its own, named; 纳入帮扶 is what all of them get
    counted = fig.label
    if re.search(r"[将把](?:[^，,。；;将把中]{1,10}?的)?\s*$", text[:fig.quantity.start]) and fig.text_start < fig.quantity.start:
        # 工作队协助镇村将 29 户 44 人纳入农村低保 (将符合条件的 37 户…): before 将 is who did it, after it
        # which of them; those counted are households
        counted = "户" if fig.quantity.unit == "户" else "人口"
    fig.label, fig.subset = m.group(1) + m.group(2).strip("“”") + counted, True
    for f in _followers(figures, k):
        f.label, f.subset = _companion(fig.label, fig.quantity.unit, f.quantity.unit), True


_EACH_HOME_WORKS = re.compile(r"每(?:户|个家庭|个(?:搬迁|贫困|脱贫)?(?:家庭|户))[^，。；,;\d]{0,4}?(?:至少|最少)?\s*(?:有)?\s*$")
_WORKS_AFTER = re.compile(r"\s*(?:以上)?\s*(?:实现)?\s*(稳定|外出)?(就业|务工)")
_ONE_CHAR_DIVISIONS = frozenset("村 县 区 镇 乡 屯")
_ALL_OF = re.compile(r"(?:全[县市区镇乡旗]|辖|共有|现有)[^，。；,]{0,3}$")
_NEAR_WORDS = frozenset("周边 沿线 沿岸 附近 周围 沿途 两岸 毗邻".split())
_DIVISION_SUFFIX = re.compile(r"[（(](?:市|区|县|旗|特区|社区|街道)(?:[、，,](?:市|区|县|旗|特区|社区|街道))*[)）]")


def _named_division(text: str, fig: Figure) -> None:
    """周边 4 个村 → 周边村, 排查 23 个村 → 排查村, 全乡 11 个村 → 行政村, 11 个县（市、区）→ 县（市、区）:
    a division counted by one character names nothing a reader can head a column with."""
    end = text.find(fig.label, fig.quantity.end)
    if 0 <= end <= fig.quantity.end + 1:
        paren = _DIVISION_SUFFIX.match(text, end + 1)
        if paren:
            fig.label += paren.group()
            fig.text_end = max(fig.text_end, paren.end())
            return
    lead = text[max(0, fig.quantity.start - 6):fig.quantity.start]
    before = [t for t in _tokens(lead, 0) if t[0] not in ("了", "的")]
    word, flag, _ = before[-1] if before else ("", "", 0)
    if word in _NEAR_WORDS:
        fig.label, fig.subset = word + fig.label, True
    elif flag == "v" and len(word) == 2 and word not in _HAVE and word not in _LINK_VERBS and word not in _PHRASE_STOP \
            and word not in _GENERIC_VERBS:
        fig.label, fig.subset = word + fig.label, True
    elif fig.label == "村" and _ALL_OF.search(lead):  # 全乡辖 11 个村: the township's count of its villages
        fig.label = "行政村"


def _divisions_that_did(text: str, fig: Figure) -> None:
    """全镇 18 个村全部成立党支部领办合作社 → 成立党支部领办合作社村: the villages are counted by what they
    did (a part of all, or all of them). 行政村 is left alone: 全县 190 个行政村全部推行… is the county's count."""
    noun_end = text.find(fig.label, fig.quantity.end)
    if noun_end < 0 or text[fig.quantity.end:noun_end].strip():
        return
    did = _DID_AFTER.match(text, noun_end + len(fig.label))
    if did is None:
        return
    verb = _tokens(did.group(1), 0)
    if len(verb) != 1 or verb[0][1] != "v" or did.group(1) in _FILLER_VERBS or did.group(1) in _LINK_VERBS \
            or did.group(1) in _PHRASE_STOP:
        return
    done = did.group(1) + re.sub(r"[“”\"+]", "", did.group(2))
    if len(done) <= 12:
        fig.label, fig.subset = done + fig.label, True
        fig.text_end = max(fig.text_end, did.end())


def _respective(text: str, figures: list[Figure]) -> None:
    """交易额 9.8 亿元，其中网络销售额 3.2 亿元，分别同比增长 24.6% 和 31.2%: each change is of the level
    in the same place of the list before it."""
    for h, head in enumerate(figures):
        members = [i for i, f in enumerate(figures) if f.list_head == h]
        if not members:
            continue
        lo = _clause(text, head.quantity.start, head.quantity.end)[0]
        tail = _CHANGE_TAIL.search(text, lo, head.quantity.start)
        if tail is None or "分别" not in tail.group():
            continue
        levels = [f for f in figures[:h] if f.label and f.list_head is None and f.follows is None]
        levels = levels[-(len(members) + 1):]
        if len(levels) == len(members) + 1 and len({f.quantity.unit for f in levels}) == 1:
            for i, level in zip([h, *members], levels):
                figures[i].label = level.label


def _companion(label: str, lead_unit: str, unit: str) -> str:
    """The name of a figure written right after another one (4354 户 17099 人, 970人705.79万元):
    the people of those households, the money of those people."""
    if lead_unit == unit or not label:
        return label
    if unit == "档" and label.endswith("标准"):
        return label[:-2] + "档次"  # 300 元、400 元两档标准: how many tiers the standard has
    if lead_unit == "户次" and unit == "人次":
        lead_unit, unit = "户", "人"  # 300 户（次）900 人（次）: the visits of those households' people
    if lead_unit == "户" and unit in ("人", "名"):
        if label.endswith("户数"):
            return label[:-2] + "人数"
        if label.endswith(("人口", "人数")):
            return label
        # 脱贫不稳定户 96 户 301 人 → 脱贫不稳定人口; 监测对象 312 户 1286 人 → 监测对象人口, the
        # people of those households, as statistics name them (因病致贫 15430 户 29586 人 → 因病致贫人口)
        if label.endswith("户"):
            return people_of(label)
        # 安置搬迁群众 3800 户 13874 人: people already, only counted (安置搬迁群众人数)
        return label + ("人数" if re.search(r"(?:群众|人员|劳动力|居民|农民|学生|职工|干部)$", label) else "人口")
    if unit.startswith("元") and lead_unit not in ("%", "百分点") and not label.endswith(("资金", "金额", "元")):
        deed = re.search("|".join(_DEEDS_ON_PEOPLE), label)
        if deed and deed.start() and _PERSON_END.search(label[deed.end():]):
            return label[:deed.end()] + "金额"  # 雨露计划补助贫困大学生 196 人 39 万元: the money of the 补助
        return re.sub(r"(?:人数|人次|户数)$", "", label) + "金额"
    # 新建农村公路 57 条 405.7 公里: the length of those roads; 12 个基地 3600 亩: their area
    extent = "里程" if unit in _LENGTHS else "面积" if unit in _AREAS else ""
    if extent and lead_unit not in ("%", "百分点") and not lead_unit.startswith("元") \
            and lead_unit not in _LENGTHS and lead_unit not in _AREAS and not label.endswith(("里程", "长度", "面积")):
        return re.sub(r"(?:人数|人次|户数)$", "", label) + extent
    return label


_LENGTHS = frozenset("公里 千米 米 km 延米".split())
_AREAS = frozenset("亩 平方米 公顷 m² 平方公里".split())


def _whose_measure(text: str, figures: list[Figure]) -> None:
    """86 个贫困村集体经济收入均达到 3 万元以上: a count named like the measure read after it in the
    same clause counts the things that measure is of (贫困村), its first word."""
    for i in range(len(figures) - 1):
        fig, nxt = figures[i], figures[i + 1]
        if not fig.label or fig.label != nxt.label or fig.quantity.unit == nxt.quantity.unit \
                or fig.quantity.unit in ("%", "百分点") or fig.quantity.unit.startswith(_MONEY_LIKE) \
                or _clause(text, nxt.quantity.start, nxt.quantity.end)[0] > fig.quantity.start:
            continue
        tokens = _tokens(fig.label, 0)
        if len(tokens) > 1 and tokens[0][1].startswith(("n", "j")) and (len(tokens[0][0]) >= 2 or tokens[0][0] in "村乡镇县屯"):
            fig.label = tokens[0][0]


_BRACKET_NAME = re.compile(r"\s*(?:[（(]含[）)])?\s*(?:等)?\s*(?:[二三四五六七八九两\d]+\s*个)?\s*(区间|档次|分档|档|段)")


def _brackets(text: str, figures: list[Figure]) -> None:
    """分设 0.5 万元以下、0.5—1 万元、1 万元以上三个区间: brackets are named for what they divide
    (自费费用 → 费用区间), not for the amount before them."""
    if all(f.list_head is None for f in figures):
        return  # no list, no brackets: most sentences
    for h, head in enumerate(figures):
        members = [f for f in figures if f.list_head == h]
        if not members or not _BRACKET_NAME.match(text, members[-1].quantity.end):
            continue
        label = head.label
        if not label:  # 自付费用分设 0.3 万元以下…: the thing divided comes before the verb
            lo = _clause(text, head.quantity.start, head.quantity.end)[0]
            tokens = [t for t in _tokens(text[lo:head.quantity.start], lo) if _content(t[0])]
            while tokens and tokens[-1][1].startswith("v"):
                tokens.pop()
            label = tokens[-1][0] if tokens and tokens[-1][1].startswith(_HEAD) else ""
        tokens = _tokens(label, 0) if label else []
        noun = tokens[-1][0] if tokens else ""
        if len(noun) == 1 and len(tokens) > 1:  # 损失/额: the word, not its last character
            noun = tokens[-2][0] + noun
        name = (noun if len(noun) <= 3 else "") + _BRACKET_NAME.match(text, members[-1].quantity.end).group(1)
        for f in [head, *members]:
            f.label = name


def _past_the_line(text: str, figures: list[Figure]) -> None:
    """村集体经济收入 5 万元以上的村达到 94 个，10 万元以上的村 31 个: each count is of the things past
    its line (5万元以上的村), and a later line measures what the first one did (村集体经济收入)."""
    for i, fig in enumerate(figures[1:], 1):
        line = figures[i - 1]
        if line.quantity.bound is None or fig.quantity.bound is not None or fig.quantity.unit == line.quantity.unit:
            continue
        m = _PAST_LINE.match(text[line.quantity.end:fig.quantity.start])
        if m is None or fig.label not in ("", m.group(1)):
            continue
        fig.label = re.sub(r"\s", "", line.quantity.text) + "的" + m.group(1)
        earlier = next((f.label for f in figures[:i - 1] if f.quantity.bound and f.quantity.unit == line.quantity.unit
                        and f.label and f.label != line.label), None)
        if earlier and line.label == m.group(1):
            line.label = earlier  # 10 万元以上的村: the line is on the income the first line was drawn on


_PAST_LINE = re.compile(rf"^\s*(?:（含）|\(含\))?\s*的\s*([{_CJK}]{{1,6}}?)\s*(?:达到|达|有|共有|共|为|是)?\s*$")


_PART_LEAD = re.compile(r"^(?:各|共|分别|有|均|都)+")
_PART_TAIL = re.compile(r"(?:到|达到|达|为|是|有|共有|共计|累计|约|近|了|共)+$")


def _joined(part: str, noun: str) -> str:
    """脱贫户种植 + 种植香芋 → 脱贫户种植香芋: what the two share is written once."""
    for n in range(min(len(part), len(noun) - 1), 1, -1):
        if part.endswith(noun[:n]):
            return part + noun[n:]
    return part + noun


def _breakdown(text: str, figures: list[Figure]) -> None:
    """干部 120 名（其中科级 35 名）→ 科级干部; 安置点 18 个（其中联合成立 6 个）→ 联合成立安置点:
    a part after 其中 named only by what sets it apart is that kind of the thing counted before 其中."""
    first = text.find("其中")
    for i, fig in enumerate(figures):
        q = fig.quantity
        if q.start < first:
            continue
        mark = text.rfind("其中", 0, q.start)
        head = next((f for f in reversed(figures[:i]) if f.quantity.end <= mark and f.label), None) if mark >= 0 else None
        if head is None or head.quantity.unit != q.unit or head.subset and head.label == fig.label \
                or re.search(r"[）)；;]", text[mark:q.start]):
            continue  # (其中…) closed before the figure: no part of that count
        lo = max([mark + 2] + [text.rfind(c, 0, q.start) + 1 for c in "，,、；;（("])
        own = _PART_TAIL.sub("", _PART_LEAD.sub("", re.sub(r"\s", "", text[lo:q.start])))
        if "等" in own:  # 商会等募集: 商会募集
            own = "".join(t[0] for t in _tokens(own, 0) if not (t[0] == "等" and t[1].startswith("u")))
        if not re.fullmatch(rf"[{_CJK}]{{2,12}}", own) or fig.label and not fig.label.startswith(own) \
                and not own.endswith(fig.label):
            continue  # 其中贫困户 25 户 names itself; 其中 27 个村超过… is no part named here
        tokens = _tokens(head.label, 0)  # the thing counted: the head's name, or its last word when qualified
        noun = head.label if len(head.label) <= 6 and not head.subset else \
            tokens[-1][0] if tokens and len(tokens[-1][0]) > 1 else "".join(t[0] for t in tokens[-2:])
        after = _phrase(_phrase_after(text[head.quantity.end:mark][:12], head.quantity.end))
        if head.subset and after and head.label.endswith(after[0]) and len(after[0]) <= 6:
            noun = after[0]  # 120 个村建成村史馆: the noun written after the head's count (村), not a cut of its name
        unit_end = _PERSON_END if q.unit in ("名", "位", "人") else _HOUSEHOLD_END if q.unit == "户" else None
        if not noun or own.endswith((noun, "人口", "人数", "人次")) or unit_end is not None and unit_end.search(own) \
                or _tokens(own, 0)[-1][1][0] == "n" and q.unit not in ("名", "位", "人", "户"):
            continue  # the part has a noun of its own
        fig.label, fig.subset = _joined(own + _deed_object(text, head.quantity.end, mark, own), noun), True
        fig.text_start = min(fig.text_start, lo)


def _deed_object(text: str, start: int, mark: int, own: str) -> str:
    """26 个安置点建立党组织（其中独立建立 22 个）→ 党组织: a part named by how the deed before 其中
    was done takes that deed's object (独立建立党组织安置点); "" when the deed is not repeated."""
    tokens = _tokens(own, 0)
    if not tokens or tokens[-1][1] != "v" or len(tokens[-1][0]) < 2:
        return ""
    verb = tokens[-1][0]
    at = text.find(verb, start, mark)
    if at < 0:
        return ""
    obj = _phrase_after(text[at + len(verb):mark][:10], at + len(verb), compound=True)
    name = "".join(w[0] for w in obj)
    return name if obj and obj[0][2] == at + len(verb) and len(name) <= 4 else ""


def _whole_owner(text: str, count: Figure, found: tuple[str, int, int]) -> tuple[str, int, int]:
    """42 个省定经济薄弱村集体经营性收入: a measure's name that begins inside the noun the count before it
    just named takes that noun whole (省定经济薄弱村集体经营性收入, not 经济薄弱村…)."""
    owner_start = count.text_end - len(count.label)
    if not text.startswith(found[0], found[1]) or text[count.quantity.end:count.text_end].strip() != count.label \
            or not _OWNER_END.search(count.label):
        return found  # only a noun written right after the count, naming the owners (…村, …户)
    return count.label + found[0][count.text_end - found[1]:], owner_start, found[2]


_CAP = re.compile(r"最高|最多|不超过|不高于|上限")


def _restricted(text: str, de: int) -> bool:
    """Whether the words of the clause before 的 at ``de`` pick out some of what follows by a deed
    (参与发展庭院经济的 脱贫户), rather than naming whose they are (全县的)."""
    lead = text[max(text.rfind("，", 0, de), text.rfind(",", 0, de), text.rfind("：", 0, de)) + 1:de]
    return any(t[1].startswith("v") and len(t[0]) >= 2 and t[0] not in _REGISTERED for t in _tokens(lead, 0))


_REGISTERED = frozenset({"建档立卡", "建档", "立卡", "识别", "认定", "登记", "确定"})  # how the whole is named, not a part


def label_figures(text: str, figures: list[Figure], measures: Sequence[Measure] | None = None) -> None:
    """Give every figure of one sentence its label and the span of its ``text``."""
    vocab = _known_labels() if measures is None else known_labels(measures)
    chains = _CHAINS[tuple(needed.search(text) is not None for _rule, needed in _NEEDS)]
    _group(text, figures)
    _paired(text, figures)
    for i, fig in enumerate(figures):
        if fig.label:  # named as one of a pair
            continue
        leader = figures[fig.leader] if fig.leader is not None else None
        if leader and leader.label and fig.follows is not None and leader.quantity.unit in _UNIT_NOUNS \
                and fig.quantity.unit != leader.quantity.unit:
            # 辖 3 镇 5 乡 2 个街道: divisions in a row are different things, each named by its own noun
            # after the verb of the first
            lead = leader.quantity.unit
            verb = leader.label[:-len(lead)] if leader.label.endswith(lead) else ""
            own = fig.quantity.unit if fig.quantity.unit in _UNIT_NOUNS else \
                (_noun_after(_At(text, figures, i, vocab)) or ("",))[0]
            if own:
                fig.label = verb + own
                continue
        own_share = fig.quantity.unit == "%" and i and _OWN_SHARE.fullmatch(text, figures[i - 1].quantity.end, fig.quantity.start)
        if own_share:  # 贫困户占 60%、村集体占 40%: each share names its own part
            fig.label = own_share.group(1) + "占比"
            fig.text_start = own_share.start(1)
            continue
        if leader and leader.label and (
                fig.list_head is not None or fig.quantity.unit == leader.quantity.unit
                or not text[leader.quantity.end:fig.quantity.start].strip()):
            # 30%、50% share a label; so do 13.2% → 6.8%; 4354 户 17099 人 counts the same people
            fig.label = _companion(leader.label, leader.quantity.unit, fig.quantity.unit)
            fig.measured = _companion(leader.measured, leader.quantity.unit, fig.quantity.unit)
            fig.subset = fig.subset or leader.subset and fig.follows is not None  # 清退…的贫困人口 312 户 1086 人: the same part
            if fig.label.endswith(("里程", "面积")) and not leader.label.endswith(("里程", "面积")):
                lo = _clause(text, leader.text_start, leader.text_end)[0]
                made = _tokens(text[lo:leader.text_start], lo)[-1:]
                # 新建农村公路 57 条 405.7 公里: the length of what was built, not the county's network
                fig.subset = leader.subset or bool(made and (made[0][1] == "v" or made[0][0] in _GENERIC_VERBS))
            continue
        unit = fig.quantity.unit
        if unit in _HOW_OFTEN_NAMES and (often := _HOW_OFTEN.search(text, max(0, fig.quantity.start - 24), fig.quantity.start)) \
                and not _CJK_AFTER.match(text, fig.quantity.end):
            # 督战队员每周在村不少于 5 天 → 在村天数, 每月送教不少于 2 次 → 送教次数: how often a rule asks it done
            timed = often.group("timed") == "时间" and unit == "天"
            fig.label = often.group("deed") + ("时间" if timed else _HOW_OFTEN_NAMES[unit])
            fig.text_start = min(fig.text_start, often.start("deed"))
            continue
        rules = chains[0 if unit in ("%", "百分点") else 1 if unit.startswith(_MONEY_LIKE) else 3 if unit in _DURATIONS else 2]
        at = _At(text, figures, i, vocab)  # rules only read it
        for rule in rules:
            found = rule(at)
            if found and found[0]:
                fig.label = found[0]
                if i and figures[i - 1].quantity.end < found[1] < figures[i - 1].text_end and unit != figures[i - 1].quantity.unit \
                        and (unit in ("%", "百分点") or unit.startswith(_MONEY_LIKE)) and figures[i - 1].quantity.unit not in ("%", "百分点") \
                        and not figures[i - 1].quantity.unit.startswith(_MONEY_LIKE):
                    found = _whole_owner(text, figures[i - 1], found)
                    fig.label = found[0]
                if fig.label.startswith("类") and len(fig.label) > 2:
                    fig.label = fig.label[1:]  # 乡村建设/类项目: the class word left behind by its verb, no part of the name
                if fig.label.endswith(("金额", "费用")) and _CAP.search(text, found[2], fig.quantity.start):
                    fig.label = fig.label[:-2] + "上限"  # 个人自付金额最高控制在 3000 元: the cap on it
                if fig.label[0] in "年月日" and found[1] > 0 and text[:found[1]].rstrip()[-1:].isdigit() and text.startswith(fig.label, found[1]):
                    cut = 2 if fig.label.startswith("年度") and len(fig.label) > 4 else 1  # 2023/年度衔接资金项目
                    fig.label, found = fig.label[cut:], (fig.label[cut:], found[1] + cut, found[2])  # 2019/年产量: a date's 年
                fig.text_start, fig.text_end = min(fig.text_start, found[1]), max(fig.text_end, found[2])
                if 0 < found[1] < fig.quantity.start and text[found[1] - 1] == "的" and unit not in ("%", "百分点") \
                        and not unit.startswith(_MONEY_LIKE) and _restricted(text, found[1] - 1):
                    fig.subset = True  # 参与发展庭院经济的脱贫户 1.08 万户: those of them who do it
                elif found[1] > fig.quantity.start > 0 and text[fig.quantity.start - 1] == "的" \
                        and unit not in ("%", "百分点") and not unit.startswith(_MONEY_LIKE) \
                        and _restricted(text, fig.quantity.start - 1):
                    fig.subset = True  # 尚未消除风险的 522 户监测对象: the same, the count before its noun
                break
    shares: set[int] = set()  # figures that are a place's share of the count before them
    for i, fig in enumerate(figures):
        if fig.quantity.unit in ("户", "人", "名") and (solved := _SOLVED.match(text, fig.quantity.end)) \
                and _SOLVING.search(text, max(0, fig.quantity.start - 16), fig.quantity.start):
            # 解决了 2960 户 12380 人的饮水安全问题: those whose problem was solved, named by it
            fig.label = "解决" + solved.group(1) + "问题" + ("户" if fig.quantity.unit == "户" else "人口")
        if fig.label[:1] in "县市区乡镇州省旗" and len(fig.label) > 3 and fig.text_start \
                and text[fig.text_start - 1] in "我本该全" and text.startswith(fig.label, fig.text_start):
            # 向我县拨付财政援助资金: 我县 names who got it, and is no part of the money's name; 全乡义务教育
            # 巩固率 keeps 全乡 whole: the township's rate, not the county's
            whole = fig.label[0] in "乡镇"
            for other in figures[i + 1:]:  # 比上年增加 680 万元: the change named after it
                if other.label.startswith(fig.label):
                    other.label = text[fig.text_start - 1] + other.label if whole else other.label[1:]
            fig.label, fig.text_start = ((text[fig.text_start - 1] + fig.label, fig.text_start - 1) if whole
                                         else (fig.label[1:], fig.text_start + 1))
        if fig.quantity.unit in ("人", "名") and fig.label and (work := _WORK_AFTER.match(text, fig.quantity.end)) \
                and ((took := _TOOK_IN.search(text, max(0, fig.text_start - 4), fig.text_start))
                     or _TAKING.search(fig.label)) \
                and not fig.label.endswith(work.group(1)):
            # 吸纳搬迁群众 126 人就业: those given work, not the relocated; 带动贫困劳动力 320 人务工 the same
            fig.label = (took.group(1) if took else "") + fig.label + work.group(1)
        if fig.quantity.unit.startswith(_MONEY_LIKE) and fig.label == "标准" \
                and (paid := _PAID_BEFORE.search(text, 0, fig.quantity.start)):
            fig.label = paid.group(1)  # 维修加固每户补助 1 万元的标准: the grant is what the standard sets
        if fig.quantity.unit.startswith(_MONEY_LIKE) and fig.text_start and text[fig.text_start - 1] == "每" \
                and (per := _PER_LEAD.match("每" + fig.label)) and fig.label[per.end() - 1:] in _BARE_GRANTS:
            fig.label = fig.label[per.end() - 1:]  # 每生每学期补助: the 补助, not 生补助
        if fig.quantity.unit.startswith(_MONEY_LIKE) and _PER_LEAD.sub("", fig.label) in _BARE_GRANTS:
            _whose_grant(text, figures, i)
        if i and (own := _PLACE_SHARE.search(text, figures[i - 1].quantity.end, fig.quantity.start)) \
                and own.end() == fig.quantity.start and not _KIND_OF_PLACE.search(own.group(1)) \
                and (own.group().startswith("其中") or i - 1 in shares):
            # 建成扶贫车间 86 个，其中西城镇 41 个、河口乡 3 个: each township's share of the count before, never 城镇
            before = next((f for f in reversed(figures[:i]) if f.quantity.unit == fig.quantity.unit and f.label), None)
            if before is not None:
                fig.label, fig.subset, fig.text_start = before.label, True, own.start(1)
                shares.add(i)
    if "分别" in text:
        _respective(text, figures)
    for k, fig in enumerate(figures):
        if fig.label in _DIVISION_NOUNS and fig.quantity.unit == "个":
            _divisions_that_did(text, fig)
        if fig.quantity.unit == "个" and re.fullmatch(r"(?:乡镇|行政村|村|社区|街道)(?:[（(](?:街道|社区)[)）])?", fig.label) \
                and (verb := _tokens(text[max(0, fig.quantity.start - 4):fig.quantity.start], 0)[-1:]) \
                and verb[0][1] in ("v", "ul") and verb[0][0] not in _HAVE:
            fig.subset = True  # 解决了 14 个乡镇（街道）…的饮水问题: those reached, not the place's count of them
        elif fig.quantity.unit in ("户", "人", "名") and fig.label and fig.follows is None:
            _enrolled_after(text, figures, k)
    _whose_measure(text, figures)
    _brackets(text, figures)
    _past_the_line(text, figures)
    if "其中" in text:
        _breakdown(text, figures)
    for i, fig in enumerate(figures):  # still nameless: borrow from a neighbour counting the same thing
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        same = [f for f in figures[:i] if f.quantity.unit == fig.quantity.unit and f.label and not f.subset
                and not (f.quantity.bound and _BOUND_THEN_DE.match(text, f.quantity.end))]  # a line picking out who
        if not fig.label and nxt is not None and nxt.follows == i and nxt.label:
            fig.label = nxt.label  # 10959户27211人贫困户: both count 贫困户
        elif not fig.label and same:
            # 73个贫困村,退出69个 → 退出贫困村; 746 个行政村…其中达到 5 万元以上的 493 个: a part of them
            near = [t for t in _tokens(text[max(0, fig.quantity.start - 6):fig.quantity.start], 0)
                    if t[1].startswith("v") and len(t[0]) >= 2][-1:]
            verb = near[0][0] if near and near[0][0] not in _GENERIC_VERBS else ""
            bracket = next((f for f in reversed(figures[:i]) if f.quantity.bound and f.quantity.unit != fig.quantity.unit
                            and f.quantity.end > _clause(text, fig.quantity.start, fig.quantity.end)[0]), None)
            # 集体经济收入 5 万元以上的 493 个 → 集体经济收入5万元以上行政村
            line = (bracket.label + re.sub(r"\s", "", bracket.quantity.text)) if bracket else ""
            named = same[-1].label
            if meets := _MEETS.match(text, fig.quantity.end):  # 退出贫困村 36 个，已有 32 个达到退出标准
                line, fig.subset = meets.group(1), True
                words = _tokens(named, 0)
                named = "".join(t[0] for t in dropwhile(lambda t: t[1].startswith("v") and not t[1].startswith("vn"), words)) or named
            if verb and not line:  # 发现问题 230 个，已整改 203 个 → 整改问题; 开工项目 412 个，完工 386 个 → 完工项目
                words = _tokens(named, 0)
                named = "".join(t[0] for t in dropwhile(lambda t: t[0] in _BRINGS or t[0] in _GENERIC_VERBS, words)) or named
            fig.label = (line or verb or _source(text, fig.quantity)) + named
            # 五星级农村基层党组织49个、四星级 107 个: a sibling names itself by the word that differs
            own = [t for t in _tokens(text[figures[i - 1].quantity.end:fig.quantity.start], figures[i - 1].quantity.end)
                   if _content(t[0])] if i else []
            base = _tokens(same[-1].label, 0)
            sibling = len(own) == 1 and base and not own[0][1].startswith("v") \
                and own[0][0][-1] == base[0][0][-1] and own[0][0] != base[0][0]
            if sibling:
                fig.label = own[0][0] + same[-1].label[len(base[0][0]):]
            elif not line and not verb and own and len(own) <= 3:
                # 基本报酬 2200 元，“两委”正职提高到 2600 元: a clause naming only who, with verbs that link
                # or raise, is that one's measure (两委正职基本报酬)
                nouns = named = [t for t in own if t[1][0] in "njb" and not t[1].startswith(("nr", "ns"))]
                if len(nouns) == 2 and nouns[0][2] + len(nouns[0][0]) + 2 >= nouns[1][2]:
                    nouns = [(nouns[0][0] + nouns[1][0], "n", nouns[0][2])]  # “两委”正职: one name
                if len(nouns) == 1 and len(nouns[0][0]) >= 2 and not _PLACE_WORD.match(nouns[0][0]) \
                        and nouns[0][0] not in same[-1].label and all(
                            t in named or t[1].startswith("v") and (t[0] in _GENERIC_VERBS or t[0] in _LINK_VERBS)
                            for t in own):
                    fig.label = nouns[0][0] + same[-1].label
                    fig.text_start = min(fig.text_start, nouns[0][2])
            fig.subset = not sibling  # a sibling is a class of its own, not a part of the first
        if fig.quantity.unit in ("人", "名", "人次") and fig.label.endswith("户") and len(fig.label) > 2:
            fig.label = people_of(fig.label)  # 27211人贫困户退出: the people of those households
        if fig.label and fig.text_start and (no := _NOT_YET.search(text, max(0, fig.text_start - 3), fig.text_start)) \
                and (lead := _tokens(fig.label, 0)) and lead[0][1] == "v":
            fig.label, fig.subset = "未" + fig.label, True  # 尚未消除风险 1909 户: those not (yet) done, never the done
            fig.text_start = no.start()
        if fig.label and fig.text_start and fig.quantity.unit in _MADE_UNITS \
                and (begun := _UNDER_WAY.search(text, max(0, fig.text_start - 6), fig.text_start)) \
                and not fig.label.startswith(("开工", "在建")):
            # 已开工建设安置点 43 个: those begun, a part of those planned, never the place's count of them
            fig.label = ("在建" if "在" in begun.group() else "开工") + fig.label  # no measure takes it
            fig.text_start = begun.start()
        if fig.label.endswith(("资金", "经费", "基金")) and fig.quantity.unit.startswith("元") and (joined := _FUNDS_JOINED.search(text, max(0, fig.text_start - 24), fig.text_start)):
            # 财政专项扶贫资金和东西部协作资金 2.1 亿元: both funds together, neither one's amount
            first = _phrase_before(text[:joined.start(2)], 0, limit=4)[0]
            if first:
                fig.label = "".join(t[0] for t in first) + joined.group(2) + joined.group(3) + fig.label
                fig.subset, fig.text_start = True, first[0][2]
        if fig.label and (_BATCH.search(text, max(0, fig.quantity.start - 6), fig.quantity.start)
                          or fig.quantity.unit.endswith("元") and 0 < fig.text_start <= fig.quantity.start
                          and _BATCH_OF_FUNDS.search(text, max(0, fig.text_start - 12), fig.text_start)):
            # 首批 20 个贫困村的光伏电站, 下达第二批衔接资金 8627 万元: one batch of them, never all the place has
            fig.subset = True
        if fig.quantity.unit in ("人", "名", "人次") and (went := _ATTENDED.match(text, fig.quantity.end)):
            fig.label, fig.subset = "参加" + (went.group(1) or "会议") + "人员", True  # …共 320 余人参加会议
        if fig.quantity.unit == "户" and fig.label.endswith("群众") and len(fig.label) >= 4 and fig.follows is None:
            # 安置搬迁群众 4032 户 18649 人: counted by household they are 安置搬迁户, their people 安置搬迁人口
            fig.label = fig.label[:-2] + "户"
            for f in _followers(figures, i):
                f.label = _companion(fig.label, "户", f.quantity.unit)
        if fig.label and fig.quantity.unit in ("人", "户", "名") and text.startswith(fig.label, fig.text_start) \
                and (pair := _JOINED_PEOPLE.search(text, max(0, fig.text_start - 12), fig.text_start)) \
                and _PEOPLE_END.search(fig.label):
            # 脱贫人口和监测对象 8.92 万人: both groups are counted, not the second alone
            fig.label, fig.text_start = pair.group(1) + pair.group(2) + fig.label, pair.start(1)
        if fig.label.endswith("就业人数") and len(fig.label) > 4 and (took := re.search(
                "吸纳(" + _NEARBY + ")?" + re.escape(fig.label[:-4]) + r"就业\s*(?:达到|达|共|约|近)?\s*$", text[:fig.quantity.start])):
            # 吸纳周边群众就业 186 人 → 吸纳就业 (as the measure is called); 吸纳当地妇女就业 85 人 → 吸纳妇女就业
            who = fig.label[:-4]
            fig.label = "吸纳就业" if _ANYONE.match(who) else "吸纳" + who + "就业"
            fig.text_start = took.start()
        if fig.quantity.unit in ("亩", "公顷") and (crop := _GROWN.match(fig.label)):
            fig.label = crop.group(1) + "种植面积"  # 种植马铃薯 62.5 万亩: the crop's area, as a table heads it
        if (some := _SOME_OF.match(fig.label)) and len(fig.label) - some.end() >= 2:
            fig.label, fig.subset = fig.label[some.end():], True  # 部分乡镇获贷率低于 30%: of some of them, not the place's
        if "牌" in fig.label:  # 宇通牌校车: a brand names the maker, the column the kind (校车)
            fig.label = _BRAND.sub("", fig.label, count=1)
        if "每" in fig.label:
            fig.label = _PER_LEAD.sub("", fig.label)  # 每人每年劳务补助 8000 元: the 劳务补助, at a rate per person and year
        if fig.label and fig.text_start and text[fig.text_start - 1] == "每" and (per := _PER_LEAD.match("每" + fig.label)):
            fig.label = fig.label[per.end() - 1:]  # 每生每学期补助: the 补助, not 生补助
        if fig.label.startswith("起") and len(fig.label) > 3 and fig.text_start and text[fig.text_start - 1] in "年月日":
            fig.label, fig.text_start = fig.label[1:], fig.text_start + 1  # 1月1日起/农村低保标准: the date's 起
        if fig.label:
            fig.label = _without_place(fig.label, text, fig.text_start)
            # 衔接推进乡村振兴补助资金 is known by its short name (衔接资金), and read so in the catalogue
            fig.label = fig.label.replace("衔接推进乡村振兴补助资金", "衔接资金")
            if _PURPOSE_ONLY.match(fig.label):
                # 用于产业发展的资金 → 产业发展资金, as a table heads it; the catalogue still knows it by its purpose
                fig.measured = fig.measured or fig.label
                fig.label = _PURPOSE_ONLY.sub(lambda m: m.group(1) + "资金" + (m.group(2) or ""), fig.label)
            if fig.text_start >= 2 and text[fig.text_start - 2:fig.text_start] == "减少" and (
                    _HOUSEHOLD_END.search(fig.label) or fig.label.endswith("人口")):
                fig.label, fig.text_start = "减少" + fig.label, fig.text_start - 2  # 减少贫困人口 12.6 万人: those who left
                for f in _followers(figures, i):  # …9086 户 23710 人: their people left too
                    if not f.label.startswith("减少"):
                        f.label = "减少" + f.label
        if fig.label and (len(fig.label) < 2 or fig.label in _NO_NAMES) and not _nameable(fig.label):
            fig.label = ""  # when unsure, no label: the figure keeps its clause and is listed as unnamed
        if not fig.label:
            fig.label = _by_unit(text, fig.quantity)
        if not fig.label and fig.quantity.unit.endswith("元") and (spent := _INVESTED.search(text, 0, fig.quantity.start)):
            # 安排产业扶贫项目 168 个，计划投资 2.36 亿元: the money those projects are to take
            projects = next((f.label for f in reversed(figures[:i]) if f.label.endswith("项目")
                             and f.quantity.end <= spent.start()), "")
            fig.label = projects + (spent.group(1) or "") + "投资"
    for fig in figures:  # after the neighbours have lent their names: a deed's name is lent to no one
        if not fig.label:
            fig.label = _bare_deed(text, fig.quantity)
        elif len(fig.label) == 1 and fig.label in _ONE_CHAR_DIVISIONS and fig.quantity.unit == "个":
            _named_division(text, fig)
        elif fig.quantity.unit == "户" and fig.label.endswith("人口") and len(fig.label) > 3:
            fig.label = fig.label[:-2] + "户"  # 未脱贫人口 226 户: the households of those people
        if fig.quantity.unit in ("人", "名") and (each := _EACH_HOME_WORKS.search(text, 0, fig.quantity.start)) \
                and (works := _WORKS_AFTER.match(text, fig.quantity.end)):
            least = "至少" if "至少" in each.group() and not works.group(1) else ""  # as a column heads the rule
            fig.label = "每户" + least + (works.group(1) or "") + works.group(2) + "人数"  # 每户至少 1 人稳定就业


_NO_NAMES = _GENERIC_VERBS | _LINK_VERBS | _PHRASE_STOP
_PEOPLE_END = re.compile(r"(?:人口|户|对象|群众|学生|劳动力|人员)$")
_JOINED_PEOPLE = re.compile(r"((?:建档立卡)?(?:已脱贫|脱贫|贫困|监测|边缘易致贫|边缘|低保|特困|搬迁|残疾)(?:人口|户|对象|群众|劳动力|学生|人员))"
                            r"(和|及|与|、)$")
_NEARBY = "周边|本地|当地|附近|村内|本村|周围"
_GROWN = re.compile(r"^种植([\u4e00-\u9fff]{2,6})$(?<!面积)(?<!基地)")
_ANYONE = re.compile(r"^(?:群众|村民|农民|人员|居民)$")  # no one in particular: who is taken on is all the measure says
_SOME_OF = re.compile(r"^(?:部分|个别|少数|一些|有的)(?=[\u4e00-\u9fff]{1,4}?(?:乡镇|乡|镇|村|县|户|企业|单位|合作社|车间|学校))")
_HOW_OFTEN_NAMES = {"次": "次数", "天": "天数"}
# 每月（至少）入户走访（不少于）: a period, then what is done in it, then how many times or days
_HOW_OFTEN = re.compile(rf"每[个名人户座支所村]?每?(?:年|季度|季|月|周|星期|天|日)\s*(?:至少|均|都|要|须|必须|应)?"
                        rf"(?P<deed>[{_CJK}]{{2,8}}?)(?P<timed>时间|工作)?(?:均|都)?"
                        rf"(?:不少于|不低于|至少|不超过|最多|不足|超过|达到|达|约|近)?\s*$")
_CJK_AFTER = re.compile(rf"\s*[{_CJK}](?<![以左])")
_INVESTED = re.compile(r"(计划|总|累计|共|建设|到位|完成|实际)?投资\s*(?:约|近|达到|达)?\s*$")
# money named only by its purpose, and its share: 用于产业发展的资金(占比), 用于农村基础设施
_PURPOSE_ONLY = re.compile(rf"^用于([{_CJK}]{{2,10}}?)(?:的)?(?:资金|经费)?(占比|比例|比重)?$")
_PLACE_LEAD = re.compile(rf"[{_CJK}]{{1,6}}?(?:镇|乡|街道|苏木|县|旗|州|市|盟|区)(?=[{_CJK}]{{2}})")


def _without_place(label: str, text: str, start: int) -> str:
    """A column is headed by what is counted, not where: 物玛乡绒山羊存栏 → 绒山羊存栏 (the place is the
    figure's own); 镇设置公益岗位, cut out of 张皋镇设置…, loses the piece of the name."""
    gaz = load_gazetteer()
    if label[0] in "镇乡" and 0 < start < len(text) and text.startswith(label, start) and any(
            gaz.township_counties(text[start - k:start + 1]) for k in (2, 3, 4) if start >= k):
        return label[1:]
    m = _PLACE_LEAD.match(label)
    if m is None:
        return label
    return label[m.end():] if gaz.township_counties(m.group()) or gaz.candidates(m.group()) else label


# a two-character brand and 牌 before the name of a kind of thing (not 品牌, 金牌, 挂牌, 门牌 …)
_BRAND = re.compile(rf"[{_CJK}]{{2}}(?<![品金银铜招门挂标奖名铭号商站])牌(?=[{_CJK}]{{2}})")
# measure words that are themselves the thing counted (3 个课时), and what a count of events is called
_NOUN_UNITS = frozenset("课时 学时 工时 工日".split())
_EVENT_NAMES = {"批": "批次", "次": "次数", "期": "期数", "轮": "轮次", "场": "场次", "场次": "场次"}


def _by_unit(text: str, q: Quantity) -> str:
    """The last names for a nameless figure: a unit that is a noun (每次不少于 2 个课时 → 课时); a count
    of events by what the clause says was done (分两批对村医进行轮训 → 轮训批次)."""
    if q.unit in _NOUN_UNITS:
        return q.unit
    if q.unit not in _EVENT_NAMES:
        return ""
    lo, hi = _clause(text, q.start, q.end)
    before = _tokens(text[lo:q.start], lo)[-1:]
    if before and not text[before[0][2] + len(before[0][0]):q.start].strip() and _manner(before[0]) and _content(before[0][0]):
        return before[0][0] + _EVENT_NAMES[q.unit]  # 每月至少回访 1 次 → 回访次数: how often it is done
    tokens = _tokens(text[q.end:hi], q.end)
    k = next((k for k, t in enumerate(tokens) if t[0] in _FILLER_VERBS), None)
    if k is None:
        return ""
    done = [t for t in tokens[k + 1:] if t[1][0] in "vn" and 2 <= len(t[0]) <= 4 and _content(t[0])]
    return done[-1][0] + _EVENT_NAMES[q.unit] if done else ""  # what the filler verb says was done
_PER_LEAD = re.compile(rf"(?:{_PER_BY})+")
_FUNDS_JOINED = re.compile(r"(资金|经费|基金|款)\s*(和|与|及|以及)\s*([\u4e00-\u9fff]{0,4}?)$")
_BATCH = re.compile(r"(?:首批|第[一二三四五六七八九十\d]+批|头一批)\s*$")
_BATCH_OF_FUNDS = re.compile(r"(?:首批|第[一二三四五六七八九十\d]+批|头一批)(?:中央|省级|市级|县级|财政|专项)*\s*$")
_ATTENDED = re.compile(r"\s*(?:余|多)?\s*(?:人)?\s*(?:(?:参加|出席)(?:了)?\s*(会议|大会|培训|观摩|活动|仪式)(?![\u4e00-\u9fff])|参会)")
_UNDER_WAY = re.compile(r"(?:开工建设|开工|动工|在建|正在建设)\s*$")
_MADE_UNITS = frozenset("个 处 座 栋 套 所 间 条 家".split())
_NOT_YET = re.compile(r"(?:尚未|仍未|还未|未能|没有|未)\s*$")
_GLUED_WORDS = re.compile(rf"[{_CJK}]+\s*$")


def _bare_deed(text: str, q: Quantity) -> str:
    """The last name for a count with no noun: the words glued before it once the verb that only makes
    or completes is gone (今年完成退耕还湿 3200 亩 → 退耕还湿, 已完工 1578 个 → 已完工)."""
    if q.unit in ("%", "百分点") or q.unit in _DURATIONS:
        return ""
    lo = _clause(text, q.start, q.end)[0]
    glued = _GLUED_WORDS.search(text, lo, q.start)
    if glued is None:
        return ""
    words = _tokens(glued.group().rstrip(), glued.start())
    while words and (words[0][0] in _GENERIC_VERBS or words[0][0] in _MOOD or words[0][1][0] in "tmqpcurf"
                     or words[0][0] != "已" and not _content(words[0][0]) or _PLACE_WORD.match(words[0][0])):
        words.pop(0)
    name = "".join(w[0] for w in words)
    if not 2 <= len(name) <= 8 or "每" in name or words[-1][0] in _NO_NAMES or name.endswith(_BOUNDS) \
            or not any(w[1][0] in "vn" and len(w[0]) > 1 for w in words) or any(
                w[1].startswith(("nr", "ns")) or _PLACE_WORD.match(w[0]) or w[0] in _MOOD or w[0] in _CHANGE_WORDS
                or w[0] in _MODAL or w[1][0] in "pcutm" or "比" in w[0] or w[0] == "较" for w in words):
        # 每生每学期, 送教不少于, 市里将全市, 同比增长, 收入能比去年多: a rate, a bound, a place, a change
        # or a comparison, not a deed
        return ""
    return name


_BOUNDS = tuple("少于 低于 超过 高于 多于 不足 不到 以上 以下 以内 左右".split())


def _nameable(label: str) -> bool:
    """A label is never one character (坡 of 那坡) but a division counted (747 个村), nor a verb
    alone that only makes, moves or links (建立, 控制, 超过)."""
    if len(label) < 2:
        return label in "村县乡镇区屯"
    if "每" in label:
        return False  # 按每生每学期 1500 元 → 生每学期: a piece of the rate's "per"
    return label not in _NO_NAMES


# verbs that raise, give or move money
_MOVES_MONEY = frozenset("募集 筹集 募捐 捐赠 捐款 出资 投入 安排 下拨 拨付 拨出 拿出 争取 整合 落实 发放 贷款 投资".split())


def _source(text: str, q: Quantity) -> str:
    """其中各县区募集到 1471 万元 → 县区募集: a part of a sum named by who gave or raised it (the
    subject and its verb, when the verb only moves money)."""
    lo = _clause(text, q.start, q.end)[0]
    tokens = list(_tokens(text[lo:q.start], lo))
    while tokens and tokens[-1][0] in ("到", "了", "达", "共", "共计", "累计", "约"):
        tokens.pop()
    if len(tokens) < 2 or tokens[-1][0] not in _MOVES_MONEY or tokens[-1][2] + len(tokens[-1][0]) < q.start - 3:
        return ""
    who = [t for t in tokens[:-1] if t[0] != "等"][-2:]
    who = [t for t in who if t[1].startswith(("n", "j", "b")) and not _PLACE_WORD.match(t[0]) and _content(t[0])]
    if not who or who[-1][2] + len(who[-1][0]) < tokens[-1][2] - 1:
        return ""
    return "".join(t[0] for t in who) + tokens[-1][0]


@lru_cache(maxsize=1)
def _known_labels() -> tuple[str, ...]:
    return known_labels(None)


# ------------------------------------------------------------------------------------------ kinds

class KindRule(NamedTuple):
    """``pattern`` found in one ``scope`` of the sentence around a figure decides its kind.

    Scopes: ``near`` the clause before the figure; ``clause`` the whole clause; ``right`` the
    clause after it; ``left`` the sentence before it (with the previous sentence when this one
    begins with 即, which spells out the goal just announced); ``after`` the sentence after it.
    """

    kind: str
    scope: str
    pattern: re.Pattern[str]
    why: str
    units: frozenset[str] = frozenset()  # the figures it is about; empty: all


def _rule(kind: str, scope: str, pattern: str, why: str, units: str = "") -> KindRule:
    return KindRule(kind, scope, re.compile(pattern), why, frozenset(units.split()))


# Clause-level evidence first (it is closest to the figure), then the mood of the sentence.
KIND_RULES: tuple[KindRule, ...] = (
    _rule("other", "right", r"^[^，,]{0,3}(都能|均能|才能|能够|都可以)", "a purpose: 让…100%都能得到救治"),
    _rule("other", "clause", r"避免|防止(?!返贫|致贫)|杜绝|以免|导致", "a risk avoided: 避免…报销比例超过 100% (防止返贫监测 names a scheme)"),
    _rule("actual", "near", r"(?<!今年|明年|全年|年内|本年|年度|当年)计划\s*$", "plans drawn up, counted in copies: 制定增收计划 4860 份",
          units="份 本 册"),
    _rule("actual", "near", r"由[^，,；;。]{0,12}(?:年底|年末|年初|月底|末)的?\s*$",
          "the level a change starts from, even in a plan: 计划…贫困发生率由 2017 年底的 6.8% 降至 2% 以下"),
    _rule("policy", "near", r"按(照)?\s*$", "a rate applied: 按 30%、50% 发放"),
    _rule("policy", "near", r"按(照)?[^，,；;。：:\d]{1,10}的\s*$", "a share of a base: 按投资额的 40% 给予补助"),
    _rule("policy", "near", r"(要求|规定)的?\s*$", "a level required: 高于自治区要求的 60%"),
    _rule("policy", "right", r"^\s*(的\s*)?(资金|收益|部分)?\s*(用于|用来|用作|作为|分配给|划归|留作|留给|留存)",
          "a share set aside for a purpose: 收益的 60% 用于设置公益性岗位, 10% 留作村集体积累", "%"),
    _rule("policy", "left", r"按照?(?:协议|约定|合同|章程)", "shares agreed: 按照协议…其中贫困户占 60%", "%"),
    _rule("policy", "clause", r"按[^，,；;。]{0,10}?\d[\d.%、\s]*%\s*(的)?比例", "rates of a rule: 按改造投入 30%、50% 比例补助"),
    _rule("target", "left", r"(年内|今年|全年|明年|将|还要|力争|计划|确保)[^。；;每]{0,30}(不少于|不低于)\s*$",
          "a floor set for the year: 年内还要选派干部…不少于 600 人 (not 每月在岗不少于 20 天)"),
    _rule("actual", "right", r"^[^，,；;。\d]{0,12}?每[^，,；;。\d]{0,12}?(?:不少于|不低于|不超过|不多于|至少)\s*[\d一二两三四五六七八九十]",
          "who a rule is for, counted: 1650 名帮扶干部每季度入户走访不少于 1 次 (the rule's figure is the next one)"),
    _rule("policy", "clause", r"比例发放|阶梯|区间|限额|(?<![达高])(?<!达到.)(?<!达到..)(?<!符合.)(?<!符合..)标准(?![化厂])"
          r"|最高|最低|不超过|不少于|不低于|不高于|只须|只需|仅需|统一(提高|调整|降低|为|按|执行)",
          "a parameter of a scheme: 最高…元, 只须付 10%, 报销比例统一提高到75%"),
    _rule("policy", "near", r"(?:保底|保护|订单)(?:收购)?价(?:格)?[^，,；;。\d]{0,8}$", "a guaranteed price: 保底收购价每公斤 2.4 元", "元"),
    _rule("actual", "near", r"^(?![^，,；;。]*(?:公益|护林员|保洁员|管护员|护路员|管水员|按|计件|每))[^，,；;。]*工资\s*(?:在|为|达到|达|一般在|多在|有|只有|约)?\s*$",
          "what workers are paid: 月工资 1800 元至 2500 元, 日工资 80 元至 120 元 (a public job's pay, set by the scheme, is a rule)",
          "元 元/月 元/天 元/日"),
    _rule("policy", "near", r"(起付线|预警线|监测线|基准线|控制线|底线)[^，,]{0,6}$", "a line's value: 起付线由 10000 元"),
    _rule("policy", "near", r"(?<!实际)(?:报销|补助|补贴|资助)(?:比例|标准)[^，,；;。\d]{0,4}(?:提高|调整|上调|提升)(?:到|至)\s*$",
          "a scheme's rate raised: 门诊费用报销比例提高到 80% (not 实际报销比例, what patients got)"),
    _rule("policy", "near", r"自付[^，,]{0,8}控制在\s*$", "a ceiling on what patients pay: 个人自付比例控制在 10% 以内"),
    _rule("policy", "near", r"再(?:报销|补偿|赔付|救助|补助)\s*$|由[^，,；;。]{1,14}(?:承担|分担|负担)\s*$",
          "a scheme's share: 由医疗救助再报销 70%, 保费由财政承担 80%", "%"),
    _rule("policy", "near", r"给予[^，,]{0,8}$", "a grant's rate: 给予保费 80% 的补贴", "%"),
    _rule("policy", "near", r"(?:一次性[^，,；;。\d]{0,6}|给予|的\s*(?:补助|补贴|奖励|资助|奖补))\s*$",
          "a grant's amount: 一次性补助 5000 元, 按每吸纳 1 人给予 1000 元, 考入专科院校的补助 3000 元", "元 万元"),
    _rule("policy", "near", r"按(?:照)?\s*(?:人均|户均)\s*$", "a rate per head: 按人均 6000 元标准"),
    _rule("policy", "right", r"^[^，,]{0,6}(起付线|预警线|监测线|基准线|控制线|底线)", "a line's value: 0.8 万元起付线"),
    _rule("policy", "near", r"(报酬|津贴|补贴)(?!资金|款|总额|金额)[^，,]{0,8}$", "a rate of pay: 基本报酬达到 3800 元/月 (工资 reported is what workers earned)"),
    _rule("policy", "near", r"可(以)?(提供|享受|申请|领取)[^，,]{0,4}$", "what a scheme offers: 可提供 5 万元以下"),
    _rule("target", "near", r"(可|可以|能够|有望|可望)\s*(为[^，,]{1,10}?)?(增收|创收|带动|增加|创造|产生|带来|节约|节省)[^，,]{0,6}$",
          "a benefit foreseen: 每座电站每年可为村集体增收 8 万元"),
    _rule("other", "left", r"即使|如果|假如|假设|倘若|一旦", "a hypothetical: 即使获得 90% 报销补助"),
    _rule("policy", "near", r"(确保|保证)(?!了)[^。；]*报销", "a guaranteed reimbursement level is a rule"),
    _rule("target", "near", r"确保(?!了)|保证(?!了)", "a goal in the clause: 确保 130 个村…"),
    _rule("actual", "near", r"每[^，,]{0,8}(增收|创收|收入|挣|赚)(?:了|到)?\s*(达到|达|约|近)?\s*$",
          "what each earned: 每人每月增收 1200 元, 每亩增收 280 元 (not a rate of pay)"),
    _rule("policy", "near", r"(高于|高出)市场(价|收购价)\s*$", "a guaranteed price's premium: 高于市场价 0.2 元"),
    _rule("target", "near", r"任务\s*(为|是|共|达)?\s*$", "a task's size: 危房改造任务 1050 户"),
    _rule("target", "near", r"(?<![一定制])规划(?:建设|新建|实施|安置|搬迁)[^，,；;。]{0,10}$",
          "a plan: 规划建设集中安置点 8 个 (not 统一规划新建, done; nor 制定规划, the plans)"),
    _rule("target", "left", r"(?<![一定制])规划(?:建设|新建)[^，,；;。]{0,12}\d[^；;。已建完]{0,30}$",
          "the plan's other sizes: 规划建设电站 86 座，总装机容量 2.58 万千瓦 (until something is built)"),
    _rule("policy", "near", r"每(户|人|年|月|学年|学期|次|室|亩|天|周|个|名|季度|生|平方米|立方米|座|箱|套|头|只|栋|间|张|口|袋|羽|株|棵)[^，,]{0,12}$",
          "a rate per unit: 每户每年 3000 元, 每立方米 200 元 (not a price: 每斤售价)"),
    _rule("actual", "near", r"(完成|实现|达到)[^，,；;]{0,10}(目标|任务|计划)的?\s*$|占[^，,；;。]{0,8}(目标|任务|计划)[^，,；;。]{0,6}的\s*$",
          "a share of a goal met: 完成年度目标的103%, 完成投资 3.86 亿元，占年度计划投资的 61.2%"),
    _rule("target", "left", r"力争|争取(?=实现|达到|完成|在|到|于|年内|早日|全部)|(?<!\d)年内(?=实现|完成|达到)|目标(?!任务?\s*的)|计划(?!数|的|\s*[”’」』》，,。；;、])|预计|拟|努力"
          r"|(?:将|要|需|须|应)(?=达到|实现|超过|提高|完成|保持|稳定在|控制在)|\d\s*日前|月底前|年底前|后(?=可|将)|提出[，,]?\s*(?:到|在)\d{4}年",
          "a goal: 力争达到100%, 8月10日前完成, 拆除后可复垦, 年内实现 6.2 万人脱贫"),
    _rule("policy", "left", r"(要求|规定|明确)\s*(各|全|所有|每)", "a directive: 要求各县区落实…提高 10 个百分点"),
    _rule("target", "after", r"^(?:(?!完成|实现|超额)[^。；;!?]){0,24}?目标",
          "a goal quoted before its name: “覆盖率达80%以上”的目标 (not 完成年度目标的103%)"),
    _rule("actual", "near", r"(?<![要需须应将拟])完成(了)?[^，,]{0,8}$", "a task done: 率先完成全镇 412 户改造任务"),
    _rule("target", "right", r"^[^，,]{0,8}任务", "a task: 874 户危房改造任务"),
)


_DONE_SINCE = re.compile(r"[，,；;](?:目前|现已|截至[^，,；;]{0,12}|已经?)(?!.*[，,；;](?:目前|现已|截至|已))")


@lru_cache(maxsize=4096)  # the same figure's clause is asked for by its label and its kind
def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind("，", 0, start), text.rfind(",", 0, start), text.rfind("：", 0, start), text.rfind(":", 0, start)) + 1
    m = _CLAUSE_END.search(text, end)
    return lo, m.start() if m else len(text)


_CLAUSE_END = re.compile(f"[{_CLAUSE_SEP}]")
_STANDARD_REACHED = re.compile(r"(达到|符合)([^，,；;。\d]{0,10})标准")


@lru_cache(maxsize=1024)  # asked again for each figure of a sentence
def _kind_text(sentence: str, names: bool) -> str:
    """The sentence as kinds read it, same length: 《…三年行动计划》 names a document, not a goal
    (masked_titles); 27 个达到新一轮脱贫标准 reaches a standard, a result and no scheme's parameter."""
    return _STANDARD_REACHED.sub(lambda m: m.group(1) + m.group(2) + "达标", masked_titles(sentence, names))


def classify(sentence: str, fig: Figure, previous: str = "") -> str:
    """The kind of one figure: the first matching rule of :data:`KIND_RULES`, else actual."""
    q = fig.quantity
    lo, hi = _clause(sentence, q.start, q.end)

    def scopes(names: bool) -> dict[str, str]:
        text = _kind_text(sentence, names)
        left = (_kind_text(previous, names) if text.lstrip().startswith("即") else "") + text[:q.start]
        # 今年计划完成 6500 户，目前已完成 4810 户，完成率 74%: what is done now is read after the plan
        done = _DONE_SINCE.search(left)
        left = left[done.end():] if done else left
        return {"near": text[lo:q.start], "clause": text[lo:hi], "right": text[q.end:hi],
                "left": left, "after": text[q.end:]}

    plain = scopes(False)
    # goals are read with programme names blanked; with no quotes or 计划 there is nothing more to blank
    named = scopes(True) if "“" in sentence or "“" in previous or "计划" in sentence or "计划" in previous else plain
    return next((rule.kind for rule in KIND_RULES if (not rule.units or q.unit in rule.units)
                 and rule.pattern.search((named if rule.kind == "target" else plain)[rule.scope])), "actual")


# ------------------------------------------------------------------------------------------ driver

def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``paragraph``: ending punctuation and closing quotes kept."""
    out, pos = [], 0
    for end in [m.end() for m in _SENTENCE_END.finditer(paragraph)] + [len(paragraph)]:
        piece = paragraph[pos:end]
        if piece.strip():
            out.append((pos + len(piece) - len(piece.lstrip()), pos + len(piece.rstrip())))
        pos = end
    return out


def _is_time(q: Quantity, sentence: str) -> bool:
    """A year or a relative time rather than a duration: 2018年, 三年来, 近三年, 2—3年后, 2020 年 400 万元."""
    if q.unit not in _DURATIONS:
        return False
    if q.unit == "年" and (q.value >= 1900 or re.match(r"\s*[\d一二三四五六七八九十]", sentence[q.end:q.end + 2])):
        return True  # 2018年; 2019 年 6 月
    return bool(q.range_role or q.text.startswith("近") or _RELATIVE_AFTER.match(sentence, q.end)
                or _RELATIVE_BEFORE.search(sentence, max(0, q.start - 4), q.start))


_MONEY_CONTEXT = re.compile(r"元|费|资金|金额|基金|救助金|收入|住院|报销")


def _implied_unit(q: Quantity, sentence: str) -> Quantity:
    """超过 2 万 in a sentence about money: 元, as the reader understands it."""
    if q.unit or ("万" not in q.text and "亿" not in q.text) or not _MONEY_CONTEXT.search(sentence):
        return q
    return Quantity(**{**q.__dict__, "unit": "元"})


# ------------------------------------------------------------------------------------ qualifiers

# A bracket or threshold: what the figure qualifies is a class of things, not an amount (超过5000人的
# 乡镇, 0.5—1 万元, 超出 0.8 万元的学生, 2.5公里范围内); a cap (最高不超过 3 万元) stays whole.
_OVER = re.compile(r"(?<!不)(?:超过|超出|突破|不足|低于|高于|少于|多于)\s*$")
_LINE_AFTER = re.compile(r"\s*(?:（含）|\(含\))?\s*(?:的(?!比例|费用|奖补|报销)|起(?!付)|范围|设置?(?:为)?(?:预警|监测)|作为"
                         r"|起付线|预警线|监测线|基准线|门槛|损失额|为[“\"]?(?:基准线|标准|门槛))")
_ALL_OVER = re.compile(r"(?:全部|均|都|全都|一律|每个|各)\s*(?:已经|已)?\s*(?:超过|超出|不足|低于|高于|少于|多于)\s*$")
_CAP_CONTEXT = re.compile(r"提供|给予|发放|贷款|最高|不超过|期限|控制|上限")
_PER = re.compile(r"(?:每|平均|人均|户均|亩均)[^，,]{0,6}$")
# 提高了 15 个百分点, 同比增长 11.2%, 增收 200 元: a change, not a level; 提高到 / 降至 give a level
_CHANGE_BEFORE = re.compile(r"(?:新增|净增|增加)[^，,。的]{0,10}$|(?:提高|提升|增长|增加|上升|下降|降低|减少|增收|减收|扩大|缩小|高出|低于上年|多出)(?:了)?\s*"
                            r"(?:约|近)?\s*$|(?:同比|环比|比上年|较上年|比去年|较去年)[^，,。]{0,6}$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?(?!\s*(?:以来|来|起))")
# a sub-place as the topic: 全镇, 该村, 社区有, or a named township, village or community (jieba: ns)
_SUB_MARK = re.compile(r"全镇|全乡|全村|该镇|该乡|该村|本村|本镇|本乡|社区(?:有|共有|现有|内)|村里|镇里|乡里|该街道|全街道|(?:^|[，,])\s*街道(?:通过|共|已|有|今年|累计|先后)"
                       r"|该(?:安置区|安置点|社区|小区|基地|园区|车间|合作社|企业|公司)")
# a sentence whose subject is one named site (沐恩邸社区是…, 金银山安置区共安置…): the site's figures
_SITE_SUBJECT = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:社区|安置区|安置点|安置小区|产业园|园区|基地)(?:是|位于|共|现有|共有|有|已)"
                           r"|^(?![全各我该本])[\u4e00-\u9fff]{2,6}(?:镇|乡|村|街道|苏木|嘎查)(?:是|地处|位于)")  # 兴隆镇是全县…的乡镇
_RANKED = re.compile(r"(?:全县|全区|全市|全省|全州|全旗)[^，,。；;]{0,14}之一")
# (全区 16 个深度贫困村之一 ranks a village among the district's: no mark of the whole)
_WHOLE_MARK = re.compile(r"(?:全县|全区|全市|全省|全州|全旗|该县|该区|该市|我县|我区|我市|全域)(?![^，,。；;]{0,14}之一)")
_SUB_ENDS = ("乡", "镇", "村", "屯", "社区", "街道")
_DIVISION_COUNT = re.compile(r"^[^，,。]{0,6}县|^[^，,。]{0,3}(?:县|区|市)$")


_AREA_AFTER = re.compile(r"\s*(?:范围|服务圈)")


_GRANT = re.compile(r"给予|奖补|奖励|补助|补贴")
_WHICH_PASS = re.compile(r"\s*(?:（含）|\(含\))?\s*的\s*(?:[\u4e00-\u9fff]{2}|[，,])")  # …10 人以上的扶贫车间; …5 人以上的，给予: those who pass


_ONE_PERSON = re.compile(r"(?<![其吉利])[他她](?![们人乡国处日])|[他她]家")
_GAINED = re.compile(r"(?:增收|创收|分红|工资)\s*(?:达到|达|了|约|近|在|为|一般在|多在)?\s*$")  # 月工资 1800 元至 2500 元


def _scope(sentence: str, fig: Figure, figures: list[Figure], kind: str, topic: str) -> str:
    q = fig.quantity
    lo, hi = _clause(sentence, q.start, q.end)
    before = sentence[lo:q.start]
    over = _OVER.search(before)
    counted = any(f.quantity.end <= q.start and f.quantity.start >= lo and not f.quantity.unit.startswith(_MONEY_LIKE)
                  and f.quantity.unit not in ("%", "百分点") for f in figures)
    if over and (counted or _ALL_OVER.search(before)):
        return "threshold"  # 其中 27 个村超过 10 万元, (村) 全部超过 18 万元: the line they pass
    if over and (re.search("的", sentence[q.end:hi]) or re.match(r"\s*(?:问题|情况|（含）|\(含\))", sentence[q.end:])
                 or re.search(r"线|标准|门槛|条件|纳入|作为", sentence[q.end:])):
        return "threshold"  # 超过5000人的乡镇, 超出 0.8 万元的学生, 报销比例超过 100%问题
    if q.unit == "倍" and q.bound == "max":
        return "threshold"  # 国家扶贫标准 1.5 倍以下
    if _ONE_PERSON.search(sentence, 0, q.start):
        return "sub"  # 2015年，他申请了 5 万元扶贫小额信贷: one person's, never the county's
    if q.unit in ("%", "百分点", "倍"):
        return topic
    first = figures[fig.list_head].quantity.start if fig.list_head is not None else q.start  # 4500 元至 6000 元
    if q.unit.startswith(_MONEY_LIKE) and _GAINED.search(sentence, lo, first) and not re.search("的", sentence[q.end:hi]):
        return topic  # 年均增收 4000 元以上, 户均增收 4500 元至 6000 元, 月工资 3000 元以上: what was earned, roughly
    if q.unit not in _DURATIONS and q.unit != "工作日" and q.unit.startswith(_MONEY_LIKE):
        bracket = q.range_role is not None or any(f.list_head == figures.index(fig) or fig.list_head is not None
                                                  for f in figures if f.quantity.range_role)
        if bracket or (q.bound == "min" and not _PER.search(before)) \
                or (q.bound == "max" and not _CAP_CONTEXT.search(sentence[lo:hi])):
            return "threshold"
        if _LINE_AFTER.match(sentence, q.end) and re.match(r"\s*(?:（含）|\(含\))?\s*(?:的\s*[^，,]{0,4}(?:乡镇|村|户|学生|人口|部分)"
                                                         r"|起|范围|设置?|作为|起付线|预警线|监测线|基准线|门槛|损失额)",
                                                         sentence[q.end:]):
            return "threshold"
    elif _AREA_AFTER.match(sentence, q.end):
        return "threshold"
    elif q.bound == "min" and _WHICH_PASS.match(sentence, q.end):
        return "threshold"  # 吸纳贫困劳动力 10 人以上的扶贫车间: the line a workshop passes
    if q.unit in _AGE_UNITS:
        return "sub"  # an age is a person's
    return topic


# A named township, village or community: two characters of name and the ending (蔚汾镇, 者欣村, 文华社区),
# unless the "name" is a common word (贫困村, 试点村, 中心镇, 乡村旅游, 村民, 村级).
_SUB_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(?:乡(?![村镇亲])|镇(?!村)|村(?![民级委集干两党卫医庄组务规寨落居])|屯|社区|街道|苏木|嘎查)")
_GENERIC = frozenset("""贫困 行政 自然 试点 中心 重点 示范 出列 深度 城市 安置 搬迁 移民 美丽 特色 乡村 农村 城乡 所有 全部
    相关 周边 附近 边远 偏远 省级 市级 县级 乡级 村级 其他 其余 部分 扶贫 脱贫 帮扶 结对 对口 小康 文明 生态 旅游 民族
    山区 边境 老区 集体 整个 驻村 进村 入村 城镇 村镇 街道 社区 乡镇 农业 工业 开发 合并 撤并 新型 幸福 和谐 宜居 旧村
    原村 邻村 本村 全村 该村 各村 每村 非贫 度贫 困村 一个 两个 几个 多个 各个 每个 这个 基层 城区 易地 集中 大型 小型
    村级 居民 城关 全镇 该镇 全乡 该乡 各乡 各镇 个乡 个镇 个村 个社 所在 当地 周围 辖区 乡里 县城 区域""".split())


# words ending like a place that are not one: 城乡居民, 返乡创业, 驻村干部, 农村, 小镇
_COMMON = frozenset("城乡 返乡 家乡 下乡 回乡 故乡 老乡 异乡 本乡 进村 驻村 到村 入村 整村 全村 本村 各村 每村 邻村 山村 农村 乡村 "
                    "城镇 村镇 乡镇 集镇 重镇 名镇 小镇 古镇 新村 该村 外村 本镇 全镇 该镇 各镇 小区 城区 园区 辖区 景区 山区 "
                    "社区 街道".split())


# 田村镇：第一书记…: a title led by a township's name and a colon is that township's story (田村镇 is
# no 村镇, the word _COMMON keeps out of running text)
_TOWNSHIP_TITLE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:乡|镇|街道|社区|苏木|嘎查)\s*(?:[：:]|$)")  # 代钦塔拉苏木 alone, a weekly's item


def _sub_named(sentence: str, end: int) -> bool:
    """A township, village or community named before ``end`` (百都乡者欣村田房屯, 兴县蔚汾镇, 文华社区)."""
    return _first_sub_end(sentence[:end]) <= end


@lru_cache(maxsize=64)  # asked for each figure of a sentence
def _first_sub_end(text: str) -> float:
    """Where the first township, village or community named in ``text`` ends (inf: none)."""
    mark = _SUB_MARK.search(text)
    named = next((m for m in _SUB_PLACE.finditer(text) if m.group(1) not in _GENERIC
                  and m.group(1)[-1] not in "的各每全该本个和与在对是多几等"
                  and text[m.end(1) - 1:m.end(1) + 1] not in _COMMON), None)
    return min([m.end() for m in (mark, named) if m], default=float("inf"))


def _date(sentence: str, start: int, lo: int = 0) -> str | None:
    """The date written nearest before a figure in its sentence (after ``lo``): 2013 年的 30.2% → 2013;
    截至 2020 年 11 月底 → 2020-11; a period's start (2020 年以来) dates nothing."""
    found = None
    if sentence.find("年", lo, start) < 0:
        return None  # no 年 before the figure, so no year to find
    for m in _YEAR.finditer(sentence, lo, start):
        found = m
    if not found:
        return None
    year, month, day = found.groups()
    return "-".join([year] + ([f"{int(month):02d}"] if month else []) + ([f"{int(day):02d}"] if month and day else []))


_LEVEL_DATE_GAP = re.compile(r"[^，,；;。\d]{0,4}的?\s*$")  # 2014 年底的 | 31.7%: the date of that level


def _own_date(sentence: str, q: Quantity) -> str | None:
    """A date written right before the figure (2014 年底的 31.7%), else none."""
    before = list(_YEAR.finditer(sentence, max(0, q.start - 24), q.start))
    if before and _LEVEL_DATE_GAP.fullmatch(sentence, before[-1].end(), q.start):
        return _date(sentence, q.start, before[-1].start())
    return None


def _reached_date(sentence: str, q: Quantity, start: Quantity) -> str | None:
    """The date of the level a change reaches (由 A 下降到 B): its own (…到 2017 年底的 B), else the
    sentence's (截至 2020 年底，…由 2014 年的 A 减少到 B), never the date of the level it starts from."""
    own = _date(sentence, q.start, start.end)
    if own:
        return own
    earlier = list(_YEAR.finditer(sentence, 0, start.start))
    if earlier and _LEVEL_DATE_GAP.fullmatch(sentence, earlier[-1].end(), start.start):
        earlier.pop()  # 由 2014 年的 A: A's own date
    return _date(sentence, earlier[-1].end()) if earlier else None


def _change(sentence: str, fig: Figure) -> bool:
    q = fig.quantity
    lo = _clause(sentence, q.start, q.end)[0]
    return q.unit == "百分点" or bool(_CHANGE_BEFORE.search(sentence, max(lo, q.start - 12), q.start))


SEVERAL_NAMED = "数据属于句中列举的几个县合计，不归任何一县"


class _Places:
    """Which place a sentence's figures belong to: the article's primary place unless the sentence
    names another county of the article before the figure (a round-up of counties), or the figure
    counts divisions (20 个深度贫困县 belongs to the province or city that has them)."""

    def __init__(self, primary: str | None, places: Sequence = ()) -> None:
        self.primary = primary
        if primary and primary[:2] not in HELPING_PROVINCES:
            # the eastern side of 东西部协作 named in the helped area's article (临安市 12 家企业结对
            # 帮扶…): what it gave is counted where it arrived, so its places own no figure here
            places = [p for p in places if p.adcode[:2] not in HELPING_PROVINCES]
        counties = [p for p in places if getattr(p, "primary", False) and p.level == "county"]
        self.several = len(counties) > 1  # an article on four counties together: no one place
        self.forms = [(f, p) for p in places for f in (p.forms or (p.name,)) if len(f) >= 2]
        self.parents = {p.adcode: p for p in places if p.level in ("province", "city")}
        self._sentence, self._in_sentence = "", self.forms  # the forms the last sentence names
        self.lead = None  # the county a round-up's paragraph opens with (汝南县：…), for all its sentences

    def open_paragraph(self, paragraph: str) -> None:
        self.lead = next((p for f, p in self.forms if p.level == "county" and paragraph.startswith(f)
                          and paragraph[len(f):len(f) + 1] in ("：", ":", " ", "　")), None)

    def place(self, sentence: str, q: Quantity, label: str) -> tuple[str | None, str]:
        if sentence != self._sentence:  # asked for each figure of a sentence: its forms found once
            self._sentence, self._in_sentence = sentence, [(f, p) for f, p in self.forms if f in sentence]
        before = sentence[:q.start]  # sliced once, not once per form
        forms = [(f, p) for f, p in self._in_sentence if f in before]
        if len(forms) > 1 and any(not _REFERENCE_FORM.match(f) for f, _ in forms):
            # 罗田县 全县建成…: 全县 is the county just named, whichever the article's 全县 was read as
            forms = [(f, p) for f, p in forms if not _REFERENCE_FORM.match(f)]
        named = [(before.rfind(f), p) for f, p in forms]
        if len(label) >= 3 and label.endswith("县") or q.unit in ("县", "区"):  # a count of divisions
            higher = [p for at, p in named if p.level in ("province", "city")]
            if higher:  # 山西、吕梁…10个深度贫困县: the widest named
                return min(higher, key=lambda p: (p.level != "province", -0)).adcode, ""
            if self.primary and self.primary[2:] != "0000":
                return (self.primary[:4] + "00" if self.primary[4:] != "00" else self.primary[:2] + "0000"), ""
        if named:  # most sentences name no place of the article
            lo = _clause(sentence, q.start, q.end)[0]
            head = _clause(sentence, 0, 0)[1]  # the subject's clause, or the figure's own
            counties = [(at, p) for at, p in named if p.level == "county" and (at >= lo or at < head)]
        else:
            counties = []
        if counties:
            subject = {p.adcode for at, p in counties if at < head}
            if len(subject) > 1 and len(subject) == len({p.adcode for _, p in counties}) and "分别" not in sentence:
                return None, SEVERAL_NAMED  # 桦南、桦川、汤原 3 个重点县共有贫困人口 4.21 万人: theirs together
            return max(counties, key=lambda x: x[0])[1].adcode, ""
        if self.lead is not None:
            return self.lead.adcode, ""
        if self.several:
            return None, "文章涉及多个县，数据归属不明"
        return self.primary, ""


_REFERENCE_FORM = re.compile(r"^[我全本该][市县区省州]$")


# Durations and counts of categories are terms of a scheme unless the text says it took that long
# (中心成立仅一个月, 不到 1 个月时间).
_RULE_UNITS = _DURATIONS | {"工作日", "类", "种", "项", "档"}
_TOOK = re.compile(r"(?:仅|只|不到|用了|历时|短短|仅用|只用)\s*$")


_PER_UNIT = re.compile(r"每(?:个|户|人|名|村|家|亩|乡|镇|点|生)[^，,]{0,16}$|每(?![年月天日])[^\d\s，,、]{1,3}$|各\s*$")  # 每吸纳 1 名: a condition
_PART_OF = re.compile(r"\s*其中")
# 120 个村集体经济收入全部达到 5 万元以上: every one of them past the line, so the count is all of them
_ALL_PAST = re.compile(r"(?:全部|均已|均|全都|都已|都)(?:已经|已)?(?:达到|超过|实现|突破|在)")


# words that name a quality or a manner, never a thing to count, though jieba tags some as nouns
_QUALITIES = frozenset("精准 到位 清零 统一 优先 全覆盖 不摘 最严".split())


def _slogan(q: Quantity, sentence: str) -> bool:
    """四个精准, 三个到位, 两个确保, 四个不摘: a lone Chinese digit and 个 before a quality, a deed or
    a manner names a slogan; a count has a thing after 个 (两个新建安置点, 三个乡镇)."""
    if q.unit != "个" or not re.fullmatch(r"[二两三四五六七八九十]\s*个", q.text):
        return False
    tokens = _tokens(sentence[q.end:q.end + 8], q.end)
    if not tokens or tokens[0][2] != q.end:
        return False
    word, flag, at = tokens[0]
    nxt = tokens[1] if len(tokens) > 1 and tokens[1][2] == at + len(word) else None
    if nxt and nxt[1].startswith(("n", "j")) and not nxt[1].startswith(("nr", "ns")):
        return False  # 两个新建安置点: the deed qualifies the thing counted
    return word in _QUALITIES or flag[0] in "davz" and not flag.startswith("vn")


def _in_term(q: Quantity, sentence: str) -> bool:
    """九年义务教育, 三年行动: a numeral inside a term of config/terms.txt is part of its name."""
    if q.text[:1].isdigit():
        return False
    return any(m.start() <= q.start < m.end() for m in _NUMBERED_TERMS.finditer(sentence))


_NUMBERED_TERMS = _terms_pattern(lambda t: re.match(r"[一二两三四五六七八九十]+[年个项]", t) is not None)


# a rule's ceiling written right before its number: 每户最高不超过 5000 元, 最高补助 2 万元, 不超过 25 平方米
_CAP_BEFORE = re.compile(r"(?:最高|最多|不超过|不高于|封顶)(?:不超过|控制在|可|为|达到?|给予|发放)?"
                         rf"({'|'.join(sorted(_BARE_GRANTS, key=len, reverse=True))})?\s*$")
_CAP_WORDS = re.compile(r"最高|最多")
_COUNTED_AS = {"亩": "面积", "平方米": "面积", "头": "头数", "只": "只数", "羽": "只数", "箱": "箱数", "株": "株数"}
_WHOSE = re.compile(rf"(?:单|每)[{_CJK}]{{0,4}}")  # 单户, 单个主体, 每村: whose ceiling
_CAPPED_NOUNS = (*_BARE_GRANTS, "资金", "贷款", "额度", "面积", "自筹", "费用", "报销", "保费", "户数", "农户")
_GIVEN_GRANT = re.compile(rf"(?:给予|发放|予以)(?:一次性)?([{_CJK}]{{0,6}}?(?:{'|'.join(sorted(_BARE_GRANTS, key=len, reverse=True))}))")
_CAP_STANDS_FOR = re.compile(r"(?:标准|金额|费用|额度)$")  # 交通补助标准 不超过 800 元: the ceiling of it


def _capped(sentence: str, fig: Figure) -> None:
    """单户最高补助 2 万元 → 单户补助上限; 人均住房面积不超过 25 平方米 → 人均住房面积上限: a rule's ceiling
    is named as one, the way a reader heads the column (补助上限), not as the grant itself."""
    q = fig.quantity
    if q.unit in ("%", "百分点") or q.unit in _DURATIONS or fig.label.endswith(("上限", "限额")):
        return  # 不超过 6 个月 is a term (期限), not a ceiling
    lo = _clause(sentence, q.start, q.end)[0]
    cap = _CAP_BEFORE.search(sentence, lo, q.start)
    if cap is None:
        return
    base = _CAP_STANDS_FOR.sub("", _CAP_WORDS.sub("", fig.label))
    grant = cap.group(1)
    if not grant:  # 给予一次性交通补助，每人不超过 800 元: the grant the clause before gives
        given = list(_GIVEN_GRANT.finditer(sentence, 0, lo))
        grant = given[-1].group(1) if given else ""
    if not base or _WHOSE.fullmatch(base) and not base.endswith(_CAPPED_NOUNS):
        base += grant  # 单家 + 奖励: whose ceiling, and of what
    if not base.endswith(_CAPPED_NOUNS):
        return  # 网络销售额 最高不超过 5 万元: what the label names is no ceiling's; it stays as found
    if base.endswith(tuple(_BARE_GRANTS)) and q.unit in _COUNTED_AS:
        base += _COUNTED_AS[q.unit]  # 每户最多补助 5 亩: the ceiling is on the area granted
    fig.label = base + "上限"


def _in_township_name(q: Quantity, sentence: str) -> bool:
    """十八台镇, 三道沟乡: a Chinese numeral and a measure word that begin a township's name."""
    if q.text[:1].isdigit():
        return False
    return any(sentence[stop - 1:stop] in ("镇", "乡") and load_gazetteer().township_counties(sentence[q.start:stop])
               for stop in (q.end + 1, q.end + 2))


def _sentence_indicators(sentence: str, offset: int, previous: str, paragraph: int, places: _Places,
                         measures: Sequence[Measure] | None, topic: str = "whole") -> list[Indicator]:
    figures = [Figure(q) for q in map(lambda q: _implied_unit(q, sentence), find_numbers(sentence))
               if q.unit and q.unit not in NOT_FIGURES and not _is_time(q, sentence) and not _slogan(q, sentence)
               and not _in_township_name(q, sentence) and not _in_term(q, sentence)]
    if not figures:
        return []
    label_figures(sentence, figures, measures)
    kinds: list[str] = []
    for fig in figures:  # list members and continuations share their leader's kind: 按 30%、50%
        kind = kinds[fig.leader] if fig.leader is not None else classify(sentence, fig, previous)
        if fig.follows is not None and kind == "actual" and classify(sentence, fig, previous) == "target":
            kind = "target"  # 计划…由 2017 年底的 6.8% 降至 2% 以下: from a level reached to one planned
        kinds.append(kind)
    for fig, kind in zip(figures, kinds):
        if kind == "policy":
            _capped(sentence, fig)
    out = []
    first_sub = _first_sub_end(sentence)
    whole = _WHOLE_MARK.search(sentence)  # every mark is two characters: the leftmost ends first
    whole_end = whole.end() if whole else float("inf")
    sub_marks = [m.end() for m in _SUB_MARK.finditer(sentence)] if first_sub < float("inf") else []
    whole_marks = [m.end() for m in _WHOLE_MARK.finditer(sentence)] if sub_marks and whole else []
    for i, (fig, kind) in enumerate(zip(figures, kinds)):
        q = fig.quantity
        start, end = min(fig.text_start, q.start), max(fig.text_end, q.end)
        # the sentence's first named township (read once, from the whole sentence) stands before the figure;
        # or 全镇/该村 after the last 全县/我县 before it (东坑镇是我县…主产区，全镇茶园面积 2.6 万亩)
        named_here = first_sub <= start and not whole_end <= start or any(
            max((e for e in whole_marks if e <= start), default=-1) < e <= start for e in sub_marks)
        if named_here and "之一" in sentence and any(m.start() < q.start < m.end() for m in _RANKED.finditer(sentence)):
            named_here = False  # the 16 of 全区16个深度贫困村之一: the district's count
        here = "sub" if named_here else topic
        scope = _scope(sentence, fig, figures, kind, here)
        if scope == "threshold" and kind == "actual":
            kind = "policy"  # a bracket or threshold is a rule's line, not a result
        elif kind == "actual" and q.unit.startswith(_MONEY_LIKE) and any(o.scope == "threshold" for o in out) \
                and _GRANT.search(sentence, out[-1].end - offset, q.start):
            kind = "policy"  # 对吸纳 10 人以上的车间，给予一次性奖补 2 万元: what passing the line earns
        elif kind == "actual" and fig.label.endswith(("贷款额度", "信贷额度", "贷款期限", "信贷期限")):
            kind = "policy"  # what a loan scheme offers, not what was lent
        elif kind == "actual" and q.unit in _RULE_UNITS and not _TOOK.search(sentence, max(0, q.start - 4), q.start):
            kind = "policy"  # 5 个工作日内, 期限 3 年, 四项内容, 两类人群: a term or the categories of a scheme
        # 分别增长 24.6% 和 31.2%: the members of a list of changes are changes too
        change = _change(sentence, fig) or (fig.list_head is not None and out[fig.list_head].change)
        if scope == "threshold" and i and figures[i - 1].quantity.end >= _clause(sentence, q.start, q.end)[0] \
                and not _ALL_PAST.search(sentence, figures[i - 1].quantity.end, q.start):
            figures[i - 1].subset = True  # 27 个村超过 10 万元: only the villages past the line
            if out and out[-1].measure and figures[i - 1].quantity.unit != q.unit:
                out[-1] = replace(out[-1], measure=None)
            money = next((f.label for f in reversed(figures[:i - 1]) if f.quantity.unit == q.unit and f.label), None)
            if money and fig.label == figures[i - 1].label and figures[i - 1].quantity.unit != q.unit:
                fig.label = money  # the line is of what the sentence measured in that unit
        place, doubt = places.place(sentence, q, fig.label)
        if doubt == SEVERAL_NAMED and scope == "whole":
            scope = "sub"  # a part of the article's place: some of its counties together
        if scope == "sub" and not named_here and q.unit not in _AGE_UNITS:
            doubt = doubt or "范围按上文推断为乡镇、村或社区"
        label = fig.label
        if change and label:  # a list member of a change is headed with its leader's verb (增长 24.6% 和 31.2%)
            label = _with_change_verb(label, sentence, figures[fig.list_head].quantity if fig.list_head is not None else q)
        if not label:
            doubt = doubt or "没有识别出数据的名称"
        measure = None
        # 由13.2%降至6.8%: the earlier level has no date of its own, so it is not compared
        starts_change = any(f.follows == i and f.quantity.unit == q.unit for f in figures)
        if fig.follows is not None:
            date = _reached_date(sentence, q, figures[fig.follows].quantity)
        else:  # 由 14.8% 下降到 1.2%: the level a change starts from is dated only by its own date (由 2014 年的)
            date = _own_date(sentence, q) if starts_change else _date(sentence, q.start)
        superseded = starts_change and date is None
        lo_clause = _clause(sentence, q.start, q.end)[0]
        per = _PER_UNIT.search(sentence, lo_clause, q.start)
        past_line = any(f.quantity.end <= q.start and f.quantity.start >= lo_clause and f.quantity.bound
                        and f.quantity.unit != q.unit for f in figures)  # 300 平方米以上的行政村有 667 个
        part_of = _PART_OF.match(sentence, lo_clause, q.start)  # 其中贫困户 34 户: a breakdown of the count before
        # 降至 1% 以下: a ceiling the level is under, not the level; never charted as one
        if not change and not superseded and not per and not past_line and q.bound != "max":  # 每个安置点 1 个车间 is a rate; a part only by a label naming it
            part = fig.subset or part_of is not None
            measure = match_measure(fig.measured or label, q.unit, measures, scope, part)  # None: the packaged catalogue, cached
            if measure is None and part_of is not None and not fig.subset:
                measure = _kind_of_level(out, q, lo_clause + offset, fig.measured or label, scope, measures)
        out.append(Indicator(
            label=label, value=q.value, unit=q.unit, kind=kind,  # type: ignore[arg-type]
            text=sentence[start:end], sentence=sentence, place=place, measure=measure,
            scope=scope, change=change, date=date, doubt=doubt,  # type: ignore[arg-type]
            paragraph=paragraph, start=offset + start, end=offset + end))
    return out


def _kind_of_level(before: list[Indicator], q: Quantity, clause_start: int, label: str, scope: str,
                   measures: Sequence[Measure] | None) -> str | None:
    """其中 after a place's whole count of a measure splits it into the kinds measures.yml lists for
    it (监测对象 1286 户，其中脱贫不稳定户 538 户): each the place's own level. Other breakdowns name
    some of those counted (低保对象中的贫困人口, 带动农户中的贫困户), no level of the place."""
    parent = next((o for o in reversed(before) if o.end <= clause_start and o.unit == q.unit), None)
    if parent is None or parent.measure is None or parent.kind != "actual" or parent.scope != "whole" or parent.change:
        return None
    measure = match_measure(label, q.unit, measures, scope)
    return measure if measure in kinds_of(parent.measure, measures) else None


# the verb right before a change's number, which a column of changes is headed with (获贷率提高)
_CHANGE_VERB = re.compile(r"(?:(同比|环比)\s*)?(提高|提升|增长|增加|上升|下降|降低|减少|扩大|缩小|加快|放缓)(?:了)?\s*(?:约|近)?\s*$")
_CHANGE_WORDS = ("提高", "提升", "增长", "增加", "上升", "下降", "降低", "减少", "扩大", "缩小", "增收", "减收", "增幅", "降幅",
                 "加快", "放缓")


def _with_change_verb(label: str, sentence: str, q: Quantity) -> str:
    """获贷率比 6 月底提高 8.3 个百分点 → 获贷率提高: a change is headed by what changed and how, and
    against what when one word says it (人均纯收入同比增长)."""
    verb = _CHANGE_VERB.search(sentence, max(0, q.start - 10), q.start)
    if verb is None or label.endswith(_CHANGE_WORDS):
        return label
    return label + (verb.group(1) or "") + verb.group(2)


def _topic(sentence: str, topic: str) -> str:
    """The topic from this sentence on: 全镇, 该村 … start a sub-place's story, 全县, 该县 … end it."""
    if _SITE_SUBJECT.match(sentence):
        return "sub"  # 沐恩邸社区是全县规模最大的安置社区，共安置…: one site's story, however it ranks
    if _WHOLE_MARK.search(sentence):
        return "whole"
    return "sub" if _SUB_MARK.search(sentence) else topic


def extract_indicators(paragraphs: Sequence[str], place: str | None = None,
                       measures: Sequence[Measure] | None = None, places: Sequence = (),
                       title: str = "") -> tuple[Indicator, ...]:
    """Every figure reported in ``paragraphs``, in reading order, each with ``place`` (the adcode
    of the article's primary place, or of the county its sentence names among ``places``, the
    article's resolved places); ``measures`` defaults to the packaged ``config/measures.yml``.
    An article whose ``title`` names a township, village or community is about a part of the place."""
    out: list[Indicator] = []
    where = _Places(place, places)
    topic = "sub" if title and (_sub_named(title, len(title)) or _TOWNSHIP_TITLE.match(title)) \
        and not _WHOLE_MARK.search(title) else "whole"
    plans = bool(_PLAN_HEAD.match(title))  # 下周工作安排, 四、下步工作打算: what the office means to do next
    for index, paragraph in enumerate(paragraphs or ()):
        if not isinstance(paragraph, str):
            continue
        if len(paragraph) <= 30 and _SECTION_HEAD.match(paragraph):
            plans = bool(_PLAN_HEAD.match(paragraph))
        where.open_paragraph(paragraph)
        previous = ""
        for start, end in split_sentences(paragraph):
            sentence = paragraph[start:end]
            topic = _topic(sentence, topic)
            found = _sentence_indicators(sentence, start, previous, index, where, measures, topic)
            if plans and not _DONE_ALREADY.search(sentence):
                found = [replace(i, kind="target") if i.kind == "actual" else i for i in found]
            out.extend(found)
            previous = sentence
    return tuple(out)


_SECTION_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\S")
_PLAN_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*" + PLANS.pattern[1:])
_DONE_ALREADY = re.compile(r"已经|已(?!于)|完成了|实现了|达到了")
