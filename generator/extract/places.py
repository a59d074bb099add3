"""Tie an article to the official divisions it names, and say which ones it is about.

Text is cut with the shared dictionary (generator.extract.lexicon.cut_plain: jieba's words), so a place is
only seen where the segmenter sees a whole word: 最大化 is not 大化, 莅临县里 is not 临县, 振兴县域 is
not 兴县. Each word is then looked up in the gazetteer, and a name that several divisions share is
settled by what is already known: the issuing office (publisher, series) and the other places of the
same article.

A bare short name (离石, 马龙, 安宁) of a city or county stands for the division when the article
also names that division in full (or the issuing office is it), or when it is qualified by its
parent (广西大化). Failing that, it is only believed when its province is in play — named by the
context or by a full name in the article — and it is neither an everyday word (jieba's main
dictionary counts it often: 合作, 东方, 安宁) nor the first half of a compound (a noun follows it
directly: 永和豆浆, 普安保险). Outside its province a short name is far more often a word or a
person (本报记者 马龙 in a Shanxi paper is not 马龙区 in Yunnan).

Names of 2015–2024 that are no longer official (横县, 平果县) are forms of today's division (see
generator.extract.gazetteer): the article keeps the name it printed (``Place.forms``), the code is today's.

A township named without its county (逻楼镇, 普古乡) stands for its county when no other county has
one so named, or when the one that has is the county or city in play (the 城关镇 of a county's own
bulletin): see ``_townships_in``. Villages are not known.

Words such as 我市, 该县, 全区, 全州 name a place by point of view and are resolved after the names
(我县 and 本市 are the issuing office's own division): see ``_resolve_references``. Which places the article is *about* (``Place.primary``) is decided last,
from where they were named: see ``_primary``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from bisect import bisect_left, bisect_right
from itertools import accumulate, count

from ..model import Place
from .gazetteer import Division, Gazetteer, load_gazetteer, short_name
from .lexicon import cut_plain, main_frequencies, word_tags

# 我市/全县/该区/本省/全州 …: a place named by the article's own point of view (listed in config/terms.txt
# so that the segmenter keeps them whole). 自治区 on its own is the region that issued the bulletin.
_REFERENCE = re.compile(r"^[我全本该][市县区省州]$")
_REFERRED = "市县区省州"
# A name right after these is a person: 本报记者 马龙, □ 解德辉, 通讯员 张林
_PERSON_MARKERS = ("记者", "通讯员", "□", "摄影", "撰稿", "编辑")
# A short name right before these is a brand or a firm: 四川久远银海公司 is no 银海区
_FIRM_MARKERS = ("公司", "集团", "牌")
# A bare short name at least this frequent in jieba's main dictionary is an everyday word (合作
# 13478, 东方 3993, 安宁 502) more often than a place; rare ones are names (那坡 0, 离石 65, 大化 41)
_EVERYDAY = 500
# A noun right after a bare short name makes it the first half of a name or compound (永和豆浆,
# 普安保险, 金山银山): the tags of jieba's main dictionary that mark such a noun. Not ns: jieba tags
# many verbs so (惠及), and a place right after is a list or a parent, not a compound.
_NOUN_TAGS = frozenset(("n", "nz", "ng", "nr", "nrt", "nt"))
_SENTENCE_END = re.compile(r"[。！？!?]")
_HEAD_FIELDS = ("title", "subtitle", "source")
_RANK = {"province": 0, "city": 1, "county": 2}


@dataclass(frozen=True)
class PlaceContext:
    """Where the article was published: the issuing office and the bulletin's series name
    (for a newspaper the page banner, and no publisher)."""

    publisher: str | None = None
    series: str | None = None
    year: int | None = None  # the issue's: a name given up before it is not the issuer's (东乡县 in 2020)


@dataclass
class _Hit:
    """One word of the article that names, or may name, a division."""

    part: str  # title | subtitle | source | body
    lead: bool  # in the first sentence of the first paragraph
    word: str
    candidates: list[Division] = field(default_factory=list)
    reference: str | None = None  # 市 县 区 省 for 我市, 全县 …, and for 市医保局 in a title
    qualified: bool = False  # came right after its parent: 来宾市兴宾区
    parent_only: bool = False  # only named as the parent of the next word: the 来宾市 of 来宾市兴宾区
    glued: bool = False  # a noun follows without a break: 永和豆浆, 普安保险
    township: bool = False  # a township (逻楼镇): the candidates are the counties that have one so named
    everyday: bool = False  # a township whose name is an everyday word (幸福乡, 和平镇)
    joined: bool = False  # right after a word, with no pause: 领导和县直…, where 和 may be the conjunction
    word_led: bool = False  # 县扶贫办会同县农商银行: the name's first half is a word (会同, "together with")
    clause: tuple[int, int] = (0, 0)  # which text read, and which sentence of it
    chosen: Division | None = None


def resolve_places(
    title: str,
    subtitle: str | None,
    paragraphs: Sequence[str],
    source: str | None,
    context: PlaceContext,
    unsure: list[str] | None = None,
) -> tuple[Place, ...]:
    """The divisions an article names, primary first, then by mentions (desc), the issuer on a tie, then adcode.

    ``unsure`` receives a line for each name in the title, subtitle or attribution that several
    divisions share and nothing in the context settles (普陀区: 上海市普陀区 or 舟山市普陀区)."""
    gaz = load_gazetteer()
    issuer = _issuer(context, gaz)
    scans: dict[tuple[int, bool], list[_Hit]] = {}
    hits = _read(title, subtitle, paragraphs, source, gaz, False, scans)
    # Bare everyday short names (合作, 资源) count only for a division named in full or issuing: the
    # text is read again with them only then, rather than cutting every stretch they occur in.
    # A township's candidates (every county with a 板桥镇) name no division in full: they do not count.
    seen = {d.adcode for h in hits if not h.township for d in h.candidates} | ({issuer.adcode} if issuer else set())
    if seen & _everyday_short(gaz)[1]:
        hits = _read(title, subtitle, paragraphs, source, gaz, True, scans)
    _choose(hits, [issuer] if issuer else [], gaz)
    if unsure is not None:
        unsure += _unsettled(hits)
    _resolve_references(hits, issuer, gaz)
    return _places([h for h in hits if h.chosen], issuer, gaz)


# -- reading --------------------------------------------------------------------------------------

def _read(title: str, subtitle: str | None, paragraphs: Sequence[str], source: str | None, gaz: Gazetteer,
          everyday: bool, scans: dict[tuple[int, bool], list[_Hit]]) -> list[_Hit]:
    """The hits of an article's fields in reading order; ``everyday``: see bare everyday short names.
    ``scans`` keeps the hits of each paragraph's lead and rest read without them; read again with
    them, a stretch that names no everyday short name reads the same, and is not read again."""
    hits: list[_Hit] = []
    colon = _place_colon(title, gaz)
    if colon:  # 德保县：脐橙搭上“广州快车”: the place before the colon is the subject; the rest is read as text
        hits += colon[0] + _scan(colon[1], "body", False, gaz)
    else:
        hits += _scan(title or "", "title", False, gaz)
    for name, text in (("subtitle", subtitle), ("source", source)):
        hits += _scan(text or "", name, False, gaz)
    if roundup := _ROUNDUP.match(title):  # 各县市区扶贫动态: news of the divisions under the one speaking
        hits.append(_Hit("title", False, roundup.group(), reference=_ROUNDUP_OF[roundup.group("below")[0]]))
    for i, paragraph in enumerate(paragraphs):
        lead = _SENTENCE_END.split(paragraph, 1)[0] if i == 0 else ""
        for text, first in ((lead, True), (paragraph[len(lead):], False)):
            if everyday and (i, first) in scans and not _everyday_in(text, gaz):
                hits += scans.pop((i, first))
            else:
                scans[i, first] = _scan(text, "body", first, gaz, everyday)
                hits += scans[i, first]
    return hits


_COLON_TITLE = re.compile(r"^\s*([^：:，,。\s]{2,12})\s*[：:]\s*(.+)$")


def _place_colon(title: str | None, gaz: Gazetteer) -> tuple[list[_Hit], str] | None:
    """A title led by one place name and a colon (田阳县：…, 高流镇：…): that name's hit and the rest."""
    m = _COLON_TITLE.match(title or "")
    if not m:
        return None
    head = _scan(m.group(1), "title", False, gaz)
    return (head, m.group(2)) if len(head) == 1 and head[0].word == m.group(1) else None


_ROUNDUP = re.compile(r"^(?:全[省市州县区])?各(?P<below>市|地|县|旗|区|乡|镇)")
_ROUNDUP_OF = {"市": "省", "地": "省", "县": "市", "旗": "市", "区": "市", "乡": "县", "镇": "县"}


def _everyday_in(text: str, gaz: Gazetteer) -> bool:
    """Whether ``text`` holds one of the bare everyday short names (合作, 东方)."""
    return _everyday_pattern(gaz).search(text) is not None


@cache
def _everyday_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_everyday_short(gaz)[0]))) or "(?!)")


_READINGS = count()


def _scan(text: str, part: str, lead: bool, gaz: Gazetteer, everyday: bool = True) -> list[_Hit]:
    cuts: dict[int, set[int]] = {}  # word edges of the stretches cut, by where they begin: townships use them too
    if part == "body":
        words, opaque, starts = _words(text, gaz, everyday, cuts)
    else:
        words, opaque, starts = cut_plain(text), frozenset(), None
    ends = list(accumulate(map(len, words)))
    stops = [m.start() for m in _SENTENCE_END.finditer(text)]
    reading = next(_READINGS)
    hits: list[_Hit] = []
    spans = {}  # where each short-name hit stands in ``text``
    last: tuple[int, _Hit | None] = (-2, None)  # the last place word with candidates, and its index

    def before(i: int) -> str:  # the last word before i that is not blank
        for j in range(i - 1, -1, -1):
            if not words[j].isspace():
                return words[j]
        return ""

    def after(i: int) -> str | None:  # the next word that is not blank
        for j in range(i + 1, len(words)):
            if not words[j].isspace():
                return words[j]
        return None

    def read(i: int) -> _Hit | None:
        word, hit = words[i], None
        previous = last[1] if last[0] == i - 1 else None  # the place word right before this one, if any
        if i in opaque:
            return None
        if word == "全州" and gaz.candidates(word):
            hit = _place_hit(word, previous, part, lead, gaz)  # 全州县 (Guangxi), or the whole 自治州:
            hit.reference = "州"  # settled with the other references
        elif _REFERENCE.match(word) or word == "自治区":
            hit = _Hit(part, lead, word, reference="省" if word == "自治区" else word[-1])
        elif word in ("我", "该") and i + 1 < len(words) and words[i + 1][:1] in _REFERRED \
                and not words[i + 1].startswith(("区域", "省级", "市场", "市民")):
            hit = _Hit(part, lead, word + words[i + 1][0], reference=words[i + 1][0])  # 我/县乡镇: jieba's cut, our 县
        elif i == 0 and part in _HEAD_FIELDS and word in ("市", "县", "区", "州") \
                and not gaz.candidates(after(i) or ""):
            hit = _Hit(part, lead, word, reference=word)  # 市医保局…, 市扶贫组织保障专责小组
        elif not before(i).endswith(_PERSON_MARKERS) and after(i) != "摄":
            hit = _place_hit(word, previous, part, lead, gaz)
            if hit and _is_short(hit):
                if (after(i) or "").startswith(_FIRM_MARKERS) or (i and _is_surname(words[i - 1])):
                    hit = None  # 久远银海公司; 陈秀英, 魏清河: a given name after the surname
                elif i + 1 < len(words) and i + 1 not in opaque:
                    hit.glued = _is_noun(words[i + 1], gaz)
                if hit:
                    spans[id(hit)] = (ends[i] - len(word), ends[i])
            if hit and len(word) == 2 and word[0] in "和与及同" and _CJK_END.search(before(i)) \
                    and word[1] + (after(i) or "")[:1] in _LEVEL_WORDS:
                hit = None  # 乡镇和县直部门, 省和市级: the conjunction and a level's word, no 和县
            if hit:
                hit.joined = bool(_CJK_END.search(before(i)))
                hit.word_led = before(i).endswith(_OFFICE_ENDS) and _word_first(hit)
        if hit:
            hit.clause = (reading, bisect_left(stops, ends[i] - len(word)))  # which text, which sentence
            hits.append(hit)
        return hit

    # Speed: in body text only the words where a name (or 我县…) begins can be places, and the word
    # right after a place (来宾市 兴宾区); the others are not looked at one by one.
    todo = range(len(words)) if starts is None else _words_at(starts, words, ends)
    extra = None
    k = 0
    while k < len(todo) or extra is not None:
        if extra is not None and (k >= len(todo) or extra < todo[k]):
            i, extra = extra, None
        else:
            i, k = todo[k], k + 1
            extra = None if extra == i else extra
        hit = read(i)
        if hit and hit.candidates:
            last, extra = (i, hit), (i + 1 if i + 1 < len(words) else None)
    townships = _townships_in(text, part, lead, gaz, cuts)
    if townships and spans:
        # 东坡底乡 (and its 东坡底村) are of 交城县: no 东坡区 in them; 巴彦淖尔苏木 is no 巴彦淖尔市
        stems = {_TOWNSHIP_SUFFIX.sub("", h.word) for h in townships}
        hits = [h for h in hits if id(h) not in spans
                or not any(len(stem) >= len(h.word) and text.startswith(stem, spans[id(h)][0]) for stem in stems)]
    return hits + townships


def _on_word_edges(text: str, start: int, ends: tuple[int, int], cuts: dict[int, set[int]]) -> bool:
    """Whether a name begins where one of jieba's words does and ends where one does, or its suffix
    begins one (逻楼镇政府 is cut 逻/楼/镇政府), within its stretch between separators (cut only when
    a township name is found in it)."""
    end = ends[0]
    through = _THROUGH_LAST_UNIT.match(text, 0, start)  # the text up to the last separator before the name
    first = through.end() if through else 0
    if first not in cuts:
        stop = _UNITS.search(text, end)
        edges, at = set(), first
        for word in cut_plain(text[first:stop.start() if stop else len(text)]):
            edges.add(at)
            at += len(word)
        cuts[first] = edges | {at}
    return start in cuts[first] and any(e in cuts[first] for e in ends)


def _is_surname(word: str) -> bool:
    """A one-character word that jieba's main dictionary tags as a person's name: 陈, 魏, 蓝 …"""
    return len(word) == 1 and word_tags().get(word) == "nr"


# 乡, 镇, 街道, 苏木 close a township's name; 乡村 and 乡镇 are words, not the end of a name
_TOWNSHIP_END = re.compile(r"乡(?![村镇])|镇|街道|苏木")
_TOWNSHIP_SUFFIX = re.compile(r"(?:乡|镇|街道|苏木)$")
_UPGRADED = {"乡": "镇", "镇": "街道"}
# a number or 分/各/每 before the word 乡镇 (分乡镇, 三乡镇): so named townships exist, but not in running text
_COUNTED_TOWNSHIPS = re.compile(r"[一二两三四五六七八九十几多各分全每诸]乡镇")
_TOWNSHIP_LENGTHS = range(8, 2, -1)  # with the suffix: 迤那镇 … 普古彝族苗族乡; the longest wins


def _townships_in(text: str, part: str, lead: bool, gaz: Gazetteer, cuts: dict[int, set[int]]) -> list[_Hit]:
    """The townships named in ``text`` (逻楼镇, 普古乡), as hits on the counties that have one so
    named. Looked up at each 乡/镇/街道 by the few lengths a name can have, never by scanning names."""
    hits = []
    taken = 0  # end of the last township found: 城关镇 inside 那坡县城关镇 is read once
    for m in _TOWNSHIP_END.finditer(text):
        end, suffix = m.end(), m.group()
        for n in _TOWNSHIP_LENGTHS:
            start = end - n
            if start < taken or n - len(suffix) < 2:
                continue  # 兴镇 of 振兴镇域: no name
            name = text[start:end]
            codes = gaz.township_counties(name)
            if not codes and suffix in _UPGRADED:  # 2015's 普古乡 may be a 镇 today: 撤乡设镇, 撤镇设街道
                codes = gaz.township_counties(name[: -len(suffix)] + _UPGRADED[suffix])
            if codes and not _on_word_edges(text, start, (end, m.start()), cuts):
                continue  # 南水乡 inside 江南水乡: a word, not a township
            if codes and _COUNTED_TOWNSHIPS.fullmatch(name) and not any(
                    text[:start].endswith((d.name, short_name(d.name))) for d in map(gaz.by_code, codes)):
                continue  # 分乡镇（街道）情况表, 涉及三乡镇: by or counting 乡镇 (夷陵区分乡镇 is a town)
            if codes:
                counties = [gaz.by_code(c) for c in codes]
                base = name[: -len(suffix)]
                everyday = main_frequencies().get(base, 0) >= _EVERYDAY
                hits.append(_Hit(part, lead, name, counties, township=True, everyday=everyday))
                taken = end
                break
    return hits


# Speed (cutting was the slowest step of parsing): jieba and rjieba cut each run of word
# characters on its own and yields every other character as a word of its own, so a stretch of
# text between two such separators is cut the same alone as within the whole text. A stretch in
# which no place name or 我市-like word occurs cannot hold a hit: it is kept as one opaque word,
# uncut. The separators themselves stay words, so ``before``/``after`` never see an opaque word.
_UNITS = re.compile(r"[^\u4E00-\u9FD5a-zA-Z0-9+#&._%\-\s]")
_UNITS_SPLIT = re.compile(f"({_UNITS.pattern})")  # each separator is one character
_THROUGH_LAST_UNIT = re.compile(f".*{_UNITS.pattern}", re.DOTALL)  # greedy: ends after the last one
_REFERENCE_IN = re.compile(r"[我全本该][市县区省州]|自治区")


def _words(text: str, gaz: Gazetteer, everyday: bool = True, cuts: dict[int, set[int]] | None = None
           ) -> tuple[list[str], frozenset[int], list[int]]:
    """The words of ``text`` as jieba cuts them, except that stretches that cannot name a place
    are single opaque words (their indexes are returned). Without ``everyday``, a stretch whose
    only name is a bare everyday short name (合作) is opaque too."""
    starts = sorted(set(_name_starts(text, gaz, everyday)) | {m.start() for m in _REFERENCE_IN.finditer(text)})
    words: list[str] = []
    opaque: set[int] = set()
    pos, k = 0, 0  # k: the first start not yet behind us
    pieces = _UNITS_SPLIT.split(text)  # stretch, separator, stretch … stretch
    for n in range(0, len(pieces), 2):
        if n:  # the separator before this stretch
            words.append(pieces[n - 1])
            pos += 1
        unit = pieces[n]
        end = pos + len(unit)
        while k < len(starts) and starts[k] < pos:
            k += 1
        if unit:
            if k < len(starts) and starts[k] < end:
                cut = cut_plain(unit)
                words.extend(cut)
                if cuts is not None:  # the same stretch _on_word_edges would cut
                    cuts[pos] = set(accumulate(map(len, cut), initial=pos))
            elif unit.isspace():
                words.append(unit)
            else:
                opaque.add(len(words))
                words.append(unit)
        pos = end
    return words, frozenset(opaque), starts


def _words_at(starts: list[int], words: list[str], ends: list[int]) -> list[int]:
    """The indexes of the words that begin at one of ``starts`` (offsets in the text, sorted)."""
    found = []
    for s in starts:
        i = bisect_right(ends, s)
        if i < len(words) and ends[i] - len(words[i]) == s and (not found or found[-1] != i):
            found.append(i)
    return found


def _name_starts(text: str, gaz: Gazetteer, everyday: bool = True) -> list[int]:
    """Where a usable name of a division (那坡县, 那坡, 大化县 …) begins in ``text``."""
    first, lengths, forms = _name_index(gaz, everyday)
    found = []
    for m in first.finditer(text):
        i = m.start()
        for n in lengths.get(text[i:i + 2], ()):
            if text[i:i + n] in forms:
                found.append(i)
                break
    return found


_NAME_INDEX: dict[tuple[int, bool], tuple] = {}


def _name_index(gaz: Gazetteer, everyday: bool = True) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]], frozenset[str]]:
    """Where a usable name may begin (a first character of one before a second character of one),
    their lengths by first two characters, and the names themselves; without ``everyday``, less
    the bare everyday short names."""
    key = (id(gaz), everyday)
    if key not in _NAME_INDEX:
        forms = frozenset(gaz.surface_forms())
        if not everyday:
            forms -= _everyday_short(gaz)[0]
        assert min(map(len, forms)) >= 2  # looked up by their first two characters
        lengths: dict[str, set[int]] = {}
        for f in forms:
            lengths.setdefault(f[:2], set()).add(len(f))
        # a first character of a name followed by a second one: two thirds of a text's characters
        # are the first of some name, a third of those are followed by a second one
        first = re.compile("[" + "".join(sorted({re.escape(f[0]) for f in forms})) + "]"
                           "(?=[" + "".join(sorted({re.escape(f[1]) for f in forms})) + "])")
        _NAME_INDEX[key] = (first, {b: tuple(sorted(n)) for b, n in lengths.items()}, forms)
    return _NAME_INDEX[key]


def _is_noun(word: str, gaz: Gazetteer) -> bool:
    """A noun of the main dictionary that is not itself a place name (广西大化 is no compound)."""
    return word_tags().get(word) in _NOUN_TAGS and not gaz.candidates(word)


@cache
def _everyday(gaz: Gazetteer) -> frozenset[str]:
    """The place names that are everyday words: built once, looked up for every short name read.
    A city's name that jieba tags as a place (太原, 郑州) is frequent for being a city, not a word."""
    freq, tags = main_frequencies(), word_tags()
    return frozenset(
        f for f in gaz.surface_forms()
        if freq.get(f, 0) >= _EVERYDAY
        and not (tags.get(f) == "ns" and all(d.level != "county" for d in gaz.candidates(f)))
    )


@cache
def _everyday_short(gaz: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """The everyday words that are only ever a short name of a city or county (合作, 资源, 东方),
    and the codes of those divisions."""
    forms, codes = set(), set()
    for f in _everyday(gaz):
        found = gaz.candidates(f)
        if all(short_name(d.name) == f and d.level != "province" for d in found):
            forms.add(f)
            codes.update(d.adcode for d in found)
    return frozenset(forms), frozenset(codes)


def _place_hit(word: str, previous: _Hit | None, part: str, lead: bool, gaz: Gazetteer) -> _Hit | None:
    if previous is not None:  # 来宾市兴宾区, 广西大化, 阳泉市城区: the first word is the parent
        parents = {d.adcode for d in previous.candidates if d.level != "county"}
        inside = [
            d for d in gaz.candidates(word, qualified=True)
            if parents & {a.adcode for a in gaz.ancestors(d.adcode)}
        ]
        if inside:
            lineage = {a.adcode for d in inside for a in gaz.ancestors(d.adcode)}
            previous.candidates = [d for d in previous.candidates if d.adcode in lineage]
            previous.parent_only = True
            return _Hit(part, lead, word, inside, qualified=True)
    candidates = gaz.candidates(word)
    return _Hit(part, lead, word, candidates) if candidates else None


def home_province(context: PlaceContext) -> str | None:
    """The first two digits of the code of the province the issuing office is in, if it says."""
    return _home_province(context.publisher, context.series)


@lru_cache(maxsize=256)  # asked once per article, the same for the whole issue
def _home_province(publisher: str | None, series: str | None) -> str | None:
    issuer = _issuer(PlaceContext(publisher, series), load_gazetteer())
    return issuer.adcode[:2] if issuer else None


_NEWSPAPER_NAME = re.compile(r"^([\u4e00-\u9fff]{2,8}?)(?:日报|晚报|农民报|报)(?:[·•\s].*)?$")


def _issuer(context: PlaceContext, gaz: Gazetteer) -> Division | None:
    """The most specific division named by the publisher, else by the series."""
    paper = _NEWSPAPER_NAME.match(context.series or "")  # 海南日报·乡村振兴周刊: the paper of 海南
    for text in (context.publisher, context.series, paper and paper.group(1)):
        hits = _scan(text or "", "context", False, gaz)
        for h in hits:
            h.candidates = _named_then(h, context.year, gaz)
        _choose(hits, [], gaz, strict=False)  # an office or series name: 吕梁全面深化改革进行时
        found = [h.chosen for h in hits if h.chosen]
        if found:
            return max(found, key=lambda d: _RANK[d.level])
    return None


def _named_then(hit: _Hit, year: int | None, gaz: Gazetteer) -> list[Division]:
    """The candidates that bore the name in ``year``: 东乡县 in a 2020 bulletin is 东乡族自治县, not the
    东乡县 of Jiangxi that became 东乡区 in 2016."""
    if year is None or len(hit.candidates) < 2:
        return hit.candidates
    kept = [d for d in hit.candidates
            if not any(f.name == hit.word and f.year < year for f in gaz.former_names(d.adcode))]
    return kept or hit.candidates


# -- choosing -------------------------------------------------------------------------------------

def _is_short(hit: _Hit) -> bool:
    """A bare short name (那坡, 凉山), the kind that doubles as a word; 凉山州 and 大化县 are not."""
    return not hit.qualified and any(hit.word == short_name(d.name) for d in hit.candidates)


# words a level's character begins (县直, 市级, 区委): after 和/与/及 they are no place named 和县
_LEVEL_WORDS = frozenset("县直 县级 县委 县城 县里 县乡 县区 县域 县内 县外 县市 县镇 县政 县两 县三 县各 "
                         "市直 市级 市委 市里 市县 市区 市两 市三 市各 区直 区级 区委 区里 区县 区域 区两 区各".split())


def _conjunction_led(hit: _Hit) -> bool:
    """和县: a two-character name led by a conjunction is as often 领导和县直部门 as the county, so
    it needs the proof a bare short name needs; so does 会同县 right after an office (县扶贫办会同县…)."""
    return (len(hit.word) == 2 and hit.word[0] in "和与及同" and not hit.qualified and hit.joined) or hit.word_led


# an office's name ends so: what follows it directly is what the office does (会同, 联合)
_OFFICE_ENDS = ("办", "局", "委", "厅", "部", "院", "府", "所", "站", "队", "处", "科", "中心", "公司")


def _word_first(hit: _Hit) -> bool:
    """A county's full name whose name part is an everyday word of the main dictionary (会同县, 比如县)."""
    stem = hit.word[:-1]
    return (not hit.qualified and len(hit.word) == 3 and hit.word[-1] in "县区旗"
            and all(d.level == "county" and d.name == hit.word for d in hit.candidates)
            and main_frequencies().get(stem, 0) >= _EVERYDAY and word_tags().get(stem) != "ns")


_CJK_END = re.compile(r"[\u4e00-\u9fff]$")


def _is_sure(hit: _Hit) -> bool:
    if hit.township:  # the one county with a township so named, unless the name is an everyday word
        return len(hit.candidates) == 1 and not hit.everyday
    return len(hit.candidates) == 1 and not ((_is_short(hit) or _conjunction_led(hit))
                                             and hit.candidates[0].level != "province")


def _choose(hits: list[_Hit], anchors: list[Division], gaz: Gazetteer, strict: bool = True) -> None:
    """Settle each hit on one division, or none. Sure hits first (one candidate and a full name, a
    province, or a parent-qualified name); the rest are then judged against what those established.
    ``strict``: a bare short name needs the proof described in the module text."""
    present = {d.adcode for d in anchors}
    provinces = {d.adcode[:2] for d in anchors}
    for hit in filter(_is_sure, hits):
        if hit.township and provinces and hit.candidates[0].adcode[:2] not in provinces:
            continue  # 茅坪乡 in 井冈山's bulletin is its own, whatever the list of townships knows: no guess
        hit.chosen = hit.candidates[0]
        present.add(hit.chosen.adcode)
    lineage = present | {a.adcode for code in present for a in gaz.ancestors(code)}
    gated = bool(lineage)  # with no province in play at all, a unique short name is taken as it is
    everyday = _everyday(gaz)
    listed: dict[tuple[int, int], list[tuple[_Hit, Division]]] = defaultdict(list)
    for hit in hits:
        if hit.chosen or not hit.candidates:
            continue
        scored = sorted(((_score(d, present, lineage), d) for d in hit.candidates),
                        key=lambda sd: (-sd[0], _RANK[sd[1].level], sd[1].adcode))
        best_score, best = scored[0]
        rivals = [d for s, d in scored[1:] if s == best_score and _RANK[d.level] == _RANK[best.level]]
        if rivals:
            continue  # 朝阳区 with nothing to tell Beijing's from Changchun's: better none than a guess
        if hit.township and best_score < (3 if hit.everyday else 2):
            continue  # 城关镇 of some county: only that of the county or city in play
        if (_is_short(hit) or _conjunction_led(hit)) and best.level != "province" and best_score < 3:
            if strict and (best_score == 0 or hit.word in everyday or hit.glued):
                if hit.glued and best_score and hit.word not in everyday:
                    listed[hit.clause].append((hit, best))
                continue  # not named in full anywhere: a word (社会安宁), a brand (永和豆浆), a person
            if not strict and gated and best_score == 0:
                continue
        hit.chosen = best
    # 富川脐橙、钟山贡柑、昭平茶叶: compounds of neighbouring counties named in one sentence are
    # their products, and so name the counties; a lone 永和豆浆 does not
    for group in listed.values():
        siblings = Counter(d.parent for d in {d for _, d in group})
        for hit, d in group:
            if siblings[d.parent] >= 2:
                hit.chosen = d


def _unsettled(hits: list[_Hit]) -> list[str]:
    """Names in the headline fields left unresolved because several divisions of one level share them."""
    lines = []
    for hit in hits:
        rank = {_RANK[d.level] for d in hit.candidates}
        if hit.part in _HEAD_FIELDS and not hit.chosen and len(hit.candidates) > 1 and len(rank) == 1 \
                and not _is_short(hit):
            where = "、".join(f"{d.province or ''}{d.city or ''}{d.name}" for d in hit.candidates[:4])
            if hit.township:
                line = f"地名“{hit.word}”是{len(hit.candidates)}个县级地区的乡镇名（{where}{'等' if len(hit.candidates) > 4 else ''}）"
            else:
                line = f"地名“{hit.word}”可指{where}{'等' if len(hit.candidates) > 4 else ''}"
            if line not in lines:
                lines.append(line)
    return lines


def _score(d: Division, present: set[str], lineage: set[str]) -> int:
    if d.adcode in present:
        return 3
    if d.parent in lineage and not d.parent.endswith("0000"):
        return 2  # same city as a place already known
    return 1 if d.adcode[:2] + "0000" in lineage else 0


# -- references: 我市, 该县, 全区 … -------------------------------------------------------------------

def _resolve_references(hits: list[_Hit], issuer: Division | None, gaz: Gazetteer) -> None:
    head = [h.chosen for h in hits if h.chosen and h.part in _HEAD_FIELDS and not h.parent_only]
    county = next((d for d in head if d.level == "county"), None)
    if county is None and issuer and issuer.level == "county":
        county = issuer
    named = Counter(h.chosen.adcode for h in hits if h.chosen and h.chosen.level == "county")
    busiest = gaz.by_code(named.most_common(1)[0][0]) if named else None  # the body's main county
    targets = {
        "市": _city_of(head, county, issuer, gaz) or _city_of([], busiest, None, gaz),
        "县": county or busiest,
        "区": _district_of(county, issuer, gaz),
        "省": _province_of(head + ([issuer] if issuer else []), gaz),
        "州": _prefecture_of(head + [d for d in (county, issuer) if d], gaz),
    }
    own = _own(issuer, gaz)
    for hit in hits:
        if hit.reference and hit.word[0] in "我本" and own.get(hit.reference):
            hit.chosen = own[hit.reference]  # 盘县来我县交流: 我县 is the issuing county, not 盘县
        elif hit.reference and (hit.reference != "州" or targets["州"] or not hit.candidates):
            hit.chosen = targets[hit.reference]


def _own(issuer: Division | None, gaz: Gazetteer) -> dict[str, Division]:
    """What 我县/我市/我区/我州 mean when the issuing office speaks of its own division."""
    if issuer is None or issuer.level == "province":
        return {}
    own = {issuer.name[-1]: issuer}
    prefecture = _prefecture_of([issuer], gaz)
    if prefecture:
        own["州"] = prefecture
    return own


def _prefecture_of(divisions: list[Division], gaz: Gazetteer) -> Division | None:
    """全州, 我州: the autonomous prefecture the article is about or that issued it (湘西州)."""
    for d in divisions:
        for p in (d, *gaz.ancestors(d.adcode)):
            if p.level == "city" and p.name.endswith("自治州"):
                return p
    return None


def _city_of(head: list[Division], county: Division | None, issuer: Division | None,
             gaz: Gazetteer) -> Division | None:
    """全市: a city the article is about (合山市 is a county-level city), else the issuing city."""
    named = [d for d in head if d.name.endswith("市") and d.level != "province"]
    if named:
        return named[0]
    if issuer and issuer.level == "county" and issuer.name.endswith("市") and county in (None, issuer):
        return issuer  # 全市 in 新沂市's own bulletin: the county-level city, not 徐州市
    if county and county.city:
        return gaz.by_code(county.parent)
    if issuer and (issuer.name.endswith("市") or issuer.level == "city"):
        return issuer  # 北京市 for a Beijing bulletin, 贺州市 for a Hezhou one
    if issuer and issuer.level == "county" and issuer.city:
        return gaz.by_code(issuer.parent)
    return None


def _district_of(county: Division | None, issuer: Division | None, gaz: Gazetteer) -> Division | None:
    """全区: the district the article is about; else, in an autonomous region, the region."""
    if county and county.name.endswith("区"):
        return county
    if issuer and issuer.level == "county" and issuer.name.endswith("区"):
        return issuer
    province = _province_of([issuer] if issuer else [], gaz)
    return province if province and province.name.endswith("自治区") else None


def _province_of(divisions: list[Division], gaz: Gazetteer) -> Division | None:
    for d in divisions:
        return d if d.level == "province" else gaz.by_code(d.adcode[:2] + "0000")
    return None


# -- what the article is about --------------------------------------------------------------------

def _places(hits: list[_Hit], issuer: Division | None, gaz: Gazetteer) -> tuple[Place, ...]:
    mentions = Counter(h.chosen.adcode for h in hits)
    forms: dict[str, list[str]] = {}
    for h in hits:
        seen = forms.setdefault(h.chosen.adcode, [])
        if h.word not in seen:
            seen.append(h.word)
    primary = _primary(hits, gaz)
    if issuer is not None:
        primary = _without_sender(primary, hits, issuer, gaz)
    if not primary and issuer and issuer.level != "province":
        # a county's (or city's) own bulletin is about that county unless it says otherwise: an
        # article on one of its towns (逻楼镇…) has no other division to point to
        primary = {issuer.adcode}
        mentions.setdefault(issuer.adcode, 0)  # listed even when the text never names it
        forms.setdefault(issuer.adcode, [])
    # 比全市平均水平高, 完成市下达任务: in an article about a county, 全市 or 全省 in its text is the yardstick
    # it is measured by, not a place it is about (one named outright, or in the title or lead, stays)
    above = {a.adcode for code in primary for a in gaz.ancestors(code)}
    yardsticks = {code for code in above if code not in primary
                  and all(h.reference and h.part == "body" and not h.lead for h in hits if h.chosen.adcode == code)}
    places = [
        Place(name=d.name, adcode=d.adcode, level=d.level, province=d.province, city=d.city,
              primary=d.adcode in primary, mentions=mentions[d.adcode], forms=tuple(forms[d.adcode]))
        for d in (gaz.by_code(code) for code in mentions if code not in yardsticks)
    ]
    own = issuer.adcode if issuer else ""  # on a tie, the issuing division's own place comes first
    return tuple(sorted(places, key=lambda p: (not p.primary, -p.mentions, p.adcode != own, p.adcode)))


def _without_sender(primary: set[str], hits: list[_Hit], issuer: Division, gaz: Gazetteer) -> set[str]:
    """An article whose headline names a place in another province (东西部协作, 对口支援) is about that
    place: the issuing division, named by the office that sent the article (北京市援藏指挥部, 市支援合作办)
    or beside that place as the helper (凌云县与广州市…签订协议 in 广州's bulletin), is not its subject."""
    home = issuer.province or issuer.name
    headline = {h.chosen.adcode for h in hits if h.part in ("title", "subtitle") and not h.parent_only}
    if not any((d := gaz.by_code(code)).province != home and d.name != home for code in headline & primary):
        return primary
    return primary - {issuer.adcode} - {a.adcode for a in gaz.ancestors(issuer.adcode)}


def _primary(hits: list[_Hit], gaz: Gazetteer) -> set[str]:
    """Named in the title, subtitle or attribution; failing a county or city there, the counties of the
    lead sentence (广西大化、都安、隆林和那坡四县是…); failing everything, a clearly dominant county.
    A province or city that holds another primary place is its frame, not its subject."""
    standalone = [h for h in hits if not h.parent_only]
    primary = {h.chosen.adcode for h in standalone if h.part in _HEAD_FIELDS}
    # the counties of the lead sentence are the subject unless the headline names a city (全市…,
    # 毕节市…): then they are the round-up's examples, and the city is the subject
    if not any(gaz.by_code(c).level in ("county", "city") for c in primary):
        primary |= {h.chosen.adcode for h in standalone if h.lead and h.chosen.level == "county"}
    if not primary:
        named = Counter(h.chosen.adcode for h in standalone if not h.reference and h.chosen.level == "county")
        ranked = named.most_common(2) + [("", 0)]
        if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
            primary.add(ranked[0][0])
    inner = {a.adcode for code in primary for a in gaz.ancestors(code)}
    return primary - inner
