"""Extract reported figures from article paragraphs: value, unit, label, kind and source sentence.

``extract_indicators(paragraphs, place)`` reads every sentence (split on 。！？；), finds its numbers
with :mod:`generator.numbers`, and for each figure that measures something (not a year, a date,
an age or a page) decides its **label** (劝返率; for counts the noun counted: 贫困户) by ordered
chains of small label rules, its **kind** (actual / target / policy / other) by the ordered
:data:`KIND_RULES`, where the first match decides and an unclaimed figure is an actual result,
and its **measure** (a slug from ``config/measures.yml``).  ``text`` is exactly
``paragraphs[paragraph][start:end]``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from .measures import Measure, known_labels, match_measure
from .model import Indicator
from .numbers import Quantity, find_numbers

__all__ = ["extract_indicators", "split_sentences", "label_figures", "classify", "KIND_RULES", "KindRule"]

# Units that tell time, age, a score or a page: 8月10日, 3 年以内, 5 个工作日, 70岁, 100分制, (下转4版).
NOT_FIGURES = frozenset({"年", "月", "日", "天", "小时", "分钟", "周", "个月", "个工作日", "岁", "版", "页", "分", "届"})
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』]*")
_CLAUSE_SEP = "，,：:"
_CJK = "\u4e00-\u9fff"
# Domain words jieba splits badly (起付/线, 因/病/致贫); kept in a private tokenizer so that other
# users of jieba in the process are not affected.
_DOMAIN_WORDS = ("起付线 因病致贫 因病返贫 村卫生室 一肩挑 辍学生 返贫户 建档立卡贫困户 建档立卡贫困人口 慢病 "
                 "贫困人口 脱贫户 易地扶贫搬迁 扶贫车间 合作社 龙头企业 驻村干部 第一书记 村支书 脱贫不稳定户 "
                 "边缘易致贫户 边缘户 预脱贫村 预脱贫户 搬迁户 奖补").split()


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

    def __post_init__(self) -> None:
        self.text_start, self.text_end = self.quantity.start, self.quantity.end

    @property
    def leader(self) -> Optional[int]:  # the figure it takes its label and kind from
        return self.list_head if self.list_head is not None else self.follows


_RATE = re.compile(r"率|比例|比重|占比")
# words between a rate and its value: 劝返率达 92%, 空编率由13.2%, 服务率就提高了15个百分点
_LINK = re.compile(r"(?:\s|就|已经|已|均|都|全部|分别|统一|也|仍|由原来的|由|从|达到|达|为|是|占|降至|降到|降低到|下降到"
                   r"|下降至|下降了|降低了|提高到|提高至|提高了|提升到|提升至|提升了|上升到|上升了|增至|增加到|增长到"
                   r"|增长了|控制在|保持在|稳定在|超过|高于|低于|不低于|约|近)*")
_GOAL_WORDS = re.compile(r"(?:力争|争取|确保|努力|要|将)*")
_LIST_JOIN = re.compile(r"\s*(?:[、和及与或]|以及)\s*")
_CHANGE = re.compile(r"\s*(?:降至|降到|降低到|降低至|下降到|下降至|减少到|减至|提高到|提高至|提升到|提升至|上升到|上升至"
                     r"|增至|增加到|增长到|到|至)?\s*")
_PAIRED = re.compile(r"分别\s*(?:为|是|达到|达|提高到|控制在|降至|降到)?\s*$")
_PAIRED_BASE = re.compile(rf"(报销比例|报销|[{_CJK}]{{2}}(?:率|比例))$")
_ACTION_RATE = re.compile(r"\s*(?:阶梯式)?(?:比例)?\s*(发放|报销|补助|补贴|支付|赔付|兜底)")
_STOP = frozenset("利用 参加 没有 进行 实现 获得 吸纳 符合 参与 开展 完成 达到 覆盖 涉及 中 内 以上 以下 左右 等 的 共 有 为 "
                  "是 已 约 近 全部 其中 每年 每户 共计 累计 合计 分别 到 达 获 由 从 占 所有 全市 全县 全区 该县 可 可以 能 各".split())
_NOUNISH = ("n", "j", "l", "vn", "an", "ng", "nz", "nr", "ns", "nt", "zg")
_MODIFIERS = frozenset("扶贫 专项 脱贫".split())  # verbs that qualify a noun: 扶贫善款, 专项资金
_QUOTES = "“”\"'『』「」 "
_MONEY_LIKE = ("元", "亩", "平方米", "公里", "公顷", "米", "吨")
Span = Optional[tuple[str, int, int]]  # (label, start, end) in the sentence


@lru_cache(maxsize=1024)  # asked for every figure of the same sentence
def masked_titles(text: str, names: bool = False) -> str:
    """Blank 《…》 (same length): a document's name is not the sentence's mood; with ``names``,
    short quoted names too: “雨露计划”, “头羊计划” name programmes, not goals."""
    blank = lambda m: m.group()[0] + "□" * (len(m.group()) - 2) + m.group()[-1]  # noqa: E731
    text = re.sub(r"《[^》]*》", blank, text)
    return re.sub(r"“[^”\d\W]{1,10}”", blank, text) if names else text


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
    for word in _DOMAIN_WORDS:
        tokenizer.add_word(word, tag="n")
    return Tagger(tokenizer)


def _tokens(text: str, base: int) -> list[tuple[str, str, int]]:
    """(word, part of speech, offset + base) of the jieba tokens of ``text``, quotes left out."""
    return [(word, flag, pos + base) for word, flag, pos in _tagged(text)]


@lru_cache(maxsize=65536)  # a window is tagged once however many rules and figures look at it
def _tagged(text: str) -> tuple[tuple[str, str, int], ...]:
    out, pos = [], 0
    for pair in _tagger().cut(text):
        if pair.word not in _QUOTES and pair.word.strip():
            out.append((pair.word, pair.flag, pos))
        pos += len(pair.word)
    return tuple(out)


def _content(word: str) -> bool:
    return word not in _STOP and not re.match(r"[\W\d_]", word)


def _phrase(tokens: list[tuple[str, str, int]]) -> Span:
    return ("".join(w for w, _, _ in tokens), tokens[0][2], tokens[-1][2] + len(tokens[-1][0])) if tokens else None


class _At:
    """Where a label rule looks: figure ``i`` of a sentence, its quantity ``q``, its ``clause``
    bounds, and ``lo``: the clause start, but never before the previous figure (labels don't cross it)."""

    def __init__(self, text: str, figures: list[Figure], i: int, vocab: Sequence[str]) -> None:
        self.text, self.figures, self.i, self.vocab, self.q = text, figures, i, vocab, figures[i].quantity
        self.clause = _clause(text, self.q.start, self.q.end)
        self.lo = max(self.clause[0], figures[i - 1].quantity.end) if i else self.clause[0]


def _noun_after(at: _At, q: Quantity | None = None, verbs: bool = False) -> Span:
    """370 名辍学生中 → 辍学生; 10000元的奖补 → 奖补; with ``verbs``: 90% 报销补助 → 报销补助."""
    q = q or at.q
    tokens = _tokens(at.text[q.end:at.clause[1]][:24], q.end)
    words: list[tuple[str, str, int]] = []
    for word, flag, off in tokens[1:] if tokens and tokens[0][0] == "的" else tokens:
        ok = flag.startswith(_NOUNISH) or (flag == "a" and all(f == "a" for _, f, _ in words)) \
            or (flag == "v" and (verbs or (not words and len(word) >= 3)))
        if not _content(word) or not ok or len(words) == 3:
            break
        words.append((word, flag, off))
    while words and words[-1][1] == "a":  # 优秀民营企业家 keeps 优秀; a trailing adjective is a predicate
        words.pop()
    return _phrase(words)


def _noun_before(at: _At) -> Span:
    """覆盖贫困户 15099 户 → 贫困户; 成功劝返 341 名 → 劝返; 获产业扶持 3431 万元 → 产业扶持."""
    base = max(at.lo, at.q.start - 24)
    tokens = _tokens(at.text[base:at.q.start], base)
    while tokens and (not _content(tokens[-1][0]) or tokens[-1][1][0] in "dpucrtmqfx"):
        tokens.pop()  # 资金约 / 县区募集到 / 起付线由原来的: links, not the thing measured
    if tokens and tokens[-1][1].startswith("v"):  # a verb: with the noun just before it, if any
        noun = tokens[-2:-1] if len(tokens) > 1 and tokens[-2][1].startswith(_NOUNISH) else []
        return _phrase(noun + tokens[-1:])
    nouns: list[tuple[str, str, int]] = []
    while tokens and (tokens[-1][1].startswith(_NOUNISH) or tokens[-1][0] in _MODIFIERS) \
            and _content(tokens[-1][0]) and len(nouns) < 3:
        nouns.insert(0, tokens.pop())
    return _phrase(nouns)


def _rate_before(at: _At) -> Span:
    """劝返率达 92% → 劝返率: the last rate noun before the value, only linking words between."""
    clause = at.text[at.lo:at.q.start]
    found = list(_RATE.finditer(clause))
    if not found or not _LINK.fullmatch(clause[found[-1].end():]):
        return None
    m = found[-1]
    label = next((v for v in at.vocab if clause[:m.end()].endswith(v)), None)  # 贫困发生率, 实际报销比例
    if label is None:  # most rates are a two-character verb and 率: 劝返率, 覆盖率, 达标率
        label = re.search(rf"[{_CJK}]{{0,2}}$", clause[:m.start()]).group() + m.group()
    return label, at.lo + m.end() - len(label), at.lo + m.end()


def _share(at: _At) -> Span:
    """占一体化村卫生室的 98.72% → 一体化村卫生室占比; 占全部返贫户(578户)的19.2% → 全部返贫户占比."""
    lo = at.clause[0]
    m = re.search(r"占([^，,、]{0,16}?)的?\s*$", at.text[lo:at.q.start])
    if not m:
        return None
    what = re.sub(r"[(（][^)）]*[)）]", "", m.group(1)).strip()
    return (what + "占比" if what and not re.search(r"[\d\W]", what) else "占比"), lo + m.start(), lo + m.end()


def _elliptic(at: _At) -> Span:
    """力争达到100% after 覆盖率达80%以上: the same rate, its name left out."""
    prev = next((f for f in reversed(at.figures[:at.i]) if f.quantity.unit == at.q.unit and f.label), None)
    before = _LINK.sub("", at.text[at.clause[0]:at.q.start])
    return (prev.label, at.q.start, at.q.start) if prev and _GOAL_WORDS.fullmatch(before) else None


def _action_rate(at: _At, q: Quantity | None = None) -> Span:
    """只须付 10% → 自付比例; 按 40%、60%、80% 比例发放 → 发放比例."""
    q = q or at.q
    if re.search(r"(?:自付|支付|付)\s*$", at.text[at.lo:q.start]):
        return "自付比例", q.start, q.start
    m = _ACTION_RATE.match(at.text, q.end, at.clause[1])
    return (m.group(1) + "比例", m.start(1), m.end(1)) if m else None


def _named_by_tail(at: _At) -> Span:
    """按 100%、80%、60% 发放: a list is named by what follows its last member."""
    tail = next((f.quantity for f in reversed(at.figures) if f.list_head == at.i), at.q)
    found = _action_rate(at, tail) or _noun_after(at, tail, verbs=True)
    return found if not found or tail is at.q else (found[0], at.q.start, at.q.end)


def _own_noun(at: _At) -> Span:  # 22.28万建档立卡贫困人口: the noun was read with the number
    return (at.q.noun, at.q.end - len(at.q.noun), at.q.end) if at.q.noun else None


def _ratio(at: _At) -> Span:  # the last resort for a percentage
    return "比例", at.q.start, at.q.start


# The label rules by kind of unit, in the order they are tried.
_PERCENT_RULES = (_rate_before, _share, _elliptic, _action_rate, _named_by_tail, _noun_before, _ratio)
_MONEY_RULES = (_own_noun, _noun_before, _noun_after)
_COUNT_RULES = (_own_noun, _noun_after, _noun_before)


def _group(text: str, figures: list[Figure]) -> None:
    """Mark list members (30%、50%; 0.5—1.5 万元) and continuations (由13.2%降至6.8%; 15430户29586人)."""
    for i in range(1, len(figures)):
        prev, q = figures[i - 1].quantity, figures[i].quantity
        between = text[prev.end:q.start]
        is_range = q.range_role == "high" and prev.range_role == "low"
        if prev.unit == q.unit and (is_range or _LIST_JOIN.fullmatch(between)):
            figures[i].list_head = figures[i - 1].list_head if figures[i - 1].list_head is not None else i - 1
        elif (prev.unit == q.unit and _CHANGE.fullmatch(between)) or not between.strip():
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
        if len(subjects) != len(members) + 1 or not all(s.strip() for s in subjects):
            continue
        first = subjects[0].strip()
        if len(first) > 4:  # 建档立卡贫困人口住院 → 住院
            first = (_tokens(first, 0) or [(first,)])[-1][0]
        for fig, name in zip([head, *members], [first] + [s.strip()[-12:] for s in subjects[1:]]):
            fig.label = name + base.group(1)
        head.text_start = lo + clause.rfind(first, 0, base.start())


def label_figures(text: str, figures: list[Figure], measures: Sequence[Measure] | None = None) -> None:
    """Give every figure of one sentence its label and the span of its ``text``."""
    vocab = _known_labels() if measures is None else known_labels(measures)
    _group(text, figures)
    _paired(text, figures)
    for i, fig in enumerate(figures):
        if fig.label:  # named as one of a pair
            continue
        leader = figures[fig.leader] if fig.leader is not None else None
        if leader and leader.label and (
                fig.list_head is not None or fig.quantity.unit == leader.quantity.unit
                or not text[leader.quantity.end:fig.quantity.start].strip()):
            fig.label = leader.label  # 30%、50% share a label; so do 13.2% → 6.8%
            continue
        unit = fig.quantity.unit
        rules = (_PERCENT_RULES if unit in ("%", "百分点")
                 else _MONEY_RULES if unit.startswith(_MONEY_LIKE) else _COUNT_RULES)
        at = _At(text, figures, i, vocab)  # rules only read it
        for rule in rules:
            found = rule(at)
            if found and found[0]:
                fig.label = found[0]
                fig.text_start, fig.text_end = min(fig.text_start, found[1]), max(fig.text_end, found[2])
                break
    for i, fig in enumerate(figures):  # still nameless: borrow from a neighbour counting the same thing
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        same = [f for f in figures[:i] if f.quantity.unit == fig.quantity.unit and f.label]
        if not fig.label and nxt is not None and nxt.follows == i and nxt.label:
            fig.label = nxt.label  # 10959户27211人贫困户: both count 贫困户
        elif not fig.label and same:
            fig.label = same[-1].label  # 746 个行政村…其中达到 5 万元以上的 493 个


@lru_cache(maxsize=1)
def _known_labels() -> tuple[str, ...]:
    return known_labels(None)


@lru_cache(maxsize=8192)  # the packaged measures, asked about the same labels again and again
def _measure(label: str, unit: str) -> str | None:
    return match_measure(label, unit, None)


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


def _rule(kind: str, scope: str, pattern: str, why: str) -> KindRule:
    return KindRule(kind, scope, re.compile(pattern), why)


# Clause-level evidence first (it is closest to the figure), then the mood of the sentence.
KIND_RULES: tuple[KindRule, ...] = (
    _rule("other", "right", r"^[^，,]{0,3}(都能|均能|才能|能够|都可以)", "a purpose: 让…100%都能得到救治"),
    _rule("other", "clause", r"避免|防止|杜绝|以免|导致", "a risk avoided: 避免…报销比例超过 100%"),
    _rule("policy", "near", r"按(照)?\s*$", "a rate applied: 按 30%、50% 发放"),
    _rule("policy", "clause", r"按[^，,；;。]{0,10}?\d[\d.%、\s]*%\s*(的)?比例", "rates of a rule: 按改造投入 30%、50% 比例补助"),
    _rule("policy", "clause", r"比例发放|阶梯|区间|起付线|预警线|监测线|基准线|控制线|底线|限额|(?<!达)标准(?!化)"
          r"|最高|最低|不超过|不少于|不低于|不高于|只须|只需|仅需|统一(提高|调整|降低|为|按|执行)",
          "a parameter of a scheme: 最高…元, 只须付 10%, 报销比例统一提高到75%"),
    _rule("policy", "near", r"每(户|人|年|月|学年|次|室|亩|天|周|个|季度)[^，,]{0,8}$", "a rate per unit: 每户每年 3000 元"),
    _rule("other", "left", r"即使|如果|假如|假设|倘若|一旦", "a hypothetical: 即使获得 90% 报销补助"),
    _rule("policy", "near", r"(确保|保证)(?!了)[^。；]*报销", "a guaranteed reimbursement level is a rule"),
    _rule("target", "near", r"确保(?!了)|保证(?!了)", "a goal in the clause: 确保 130 个村…"),
    _rule("target", "left", r"力争|争取|目标|计划(?!数)|预计|拟|努力|将(?=达到|实现|超过|提高|完成)",
          "a goal: 力争达到100%"),
    _rule("target", "after", r"^[^。；;!?]{0,24}?目标", "a goal quoted before its name: “覆盖率达80%以上”的目标"),
    _rule("target", "right", r"^[^，,]{0,8}任务", "a task: 874 户危房改造任务"),
)


@lru_cache(maxsize=4096)  # the same figure's clause is asked for by its label and its kind
def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in _CLAUSE_SEP) + 1
    return lo, min([i for i in (text.find(c, end) for c in _CLAUSE_SEP) if i >= 0] or [len(text)])


def classify(sentence: str, fig: Figure, previous: str = "") -> str:
    """The kind of one figure: the first matching rule of :data:`KIND_RULES`, else actual."""
    q = fig.quantity
    lo, hi = _clause(sentence, q.start, q.end)

    def scopes(names: bool) -> dict[str, str]:
        text = masked_titles(sentence, names)  # 《…三年行动计划》 names a document, not a goal
        left = (masked_titles(previous, names) if re.match(r"\s*即[：:，,]?", text) else "") + text[:q.start]
        return {"near": text[lo:q.start], "clause": text[lo:hi], "right": text[q.end:hi],
                "left": left, "after": text[q.end:]}

    plain, named = scopes(False), scopes(True)  # goals are read with programme names blanked
    return next((rule.kind for rule in KIND_RULES
                 if rule.pattern.search((named if rule.kind == "target" else plain)[rule.scope])), "actual")


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


def _sentence_indicators(sentence: str, offset: int, previous: str, paragraph: int, place: str | None,
                         measures: Sequence[Measure] | None) -> list[Indicator]:
    figures = [Figure(q) for q in find_numbers(sentence) if q.unit and q.unit not in NOT_FIGURES]
    if not figures:
        return []
    label_figures(sentence, figures, measures)
    kinds: list[str] = []
    for fig in figures:  # list members and continuations share their leader's kind: 按 30%、50%
        kinds.append(kinds[fig.leader] if fig.leader is not None else classify(sentence, fig, previous))
    out = []
    for fig, kind in zip(figures, kinds):
        q = fig.quantity
        start, end = min(fig.text_start, q.start), max(fig.text_end, q.end)
        out.append(Indicator(
            label=fig.label, value=q.value, unit=q.unit, kind=kind,  # type: ignore[arg-type]
            text=sentence[start:end], sentence=sentence, place=place,
            measure=_measure(fig.label, q.unit) if measures is None else match_measure(fig.label, q.unit, measures),
            paragraph=paragraph, start=offset + start, end=offset + end))
    return out


def extract_indicators(paragraphs: Sequence[str], place: str | None = None,
                       measures: Sequence[Measure] | None = None) -> tuple[Indicator, ...]:
    """Every figure reported in ``paragraphs``, in reading order, each with ``place`` (the adcode
    of the article's primary place); ``measures`` defaults to the packaged ``config/measures.yml``."""
    out: list[Indicator] = []
    for index, paragraph in enumerate(paragraphs or ()):
        if not isinstance(paragraph, str):
            continue
        previous = ""
        for start, end in split_sentences(paragraph):
            out.extend(_sentence_indicators(paragraph[start:end], start, previous, index, place, measures))
            previous = paragraph[start:end]
    return tuple(out)
