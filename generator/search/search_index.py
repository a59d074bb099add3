"""Our own Chinese search index, sharded so that one query downloads only what it needs.

One *document* per article (its issue page + ``#aN``), per place page and per theme page. Each
document's fields are cut into words with jieba's dictionary and the shared user words
(generator.extract.lexicon: the gazetteer's full and short names and config/terms.txt are single words, so
那坡县, 那坡 and 易地扶贫搬迁 each come out whole), by rjieba (jieba-rs), which gives jieba's words
(tests/test_search_index.py compares them on the sample archive and the seeds) ~20× faster. Punctuation, whitespace, zero-width characters, single
characters and numbers other than years are not indexed; ASCII is lowercased and text NFKC-normalised, as the
browser does with the query. A word of three or more characters also indexes the dictionary words
inside it at half weight (搬迁 inside 易地扶贫搬迁), so a search for a part of a term still finds it.

Files written under ``search/`` (all JavaScript, so that a ``<script>`` tag loads them from
http:// and from file://, where fetch and XHR do not work):

``search/meta.js``
    ``jianbaoSearch.meta({...})``: format, shard count, chunk size, document count, present shards.
``search/t/NNN.js``
    ``jianbaoSearch.shard(N, {term: postings, ...})`` for every term whose first character's code
    point is N modulo ``SHARDS``. Postings are (document id, weight) pairs, ids ascending, written
    as ``encode(id - previous id - 1) + encode(weight - 1)`` (see :func:`encode`).
``search/d/NNN.js``
    ``jianbaoSearch.docs(N, [[url, title, label, date, places, summary], ...])`` for documents
    ``N*CHUNK`` to ``N*CHUNK+CHUNK-1``; ``url`` is relative to the site root.
``search/f.js``
    ``jianbaoSearch.facets({years, series, themes, places, docs})``: what the search page's filters
    (year, series, place, theme) test, loaded only when one is set: the tables of years, series names,
    theme slugs and place codes, and for every article, in id order, ``encode``d small numbers:
    year index + 1 (0: none), series index, the number of its themes and their indexes, the number
    of its places and their indexes (~10 bytes an article).

A place or theme page's own names (那坡县 and 那坡; 教育扶贫) carry the weight NAMED, which no
article reaches: the browser puts listing pages after the articles unless the query names them.

Ids: articles oldest first (an issue's last article first), then theme pages, then place pages
(by code, descending): ids below ``meta.articles`` are articles, in date order, which is how the
browser sorts by date. Among equal scores it prefers the higher id (articles newest first), and few
document chunks are needed. A new issue's articles are
appended after the last build's, so their postings are too (:class:`_Appendable`). Same input →
same bytes, whether the index was made whole or appended to.

Each document's analysis is kept in ``.jianbao-cache/search-terms.log`` under a hash of the tool
version and its text (an article: its issue's parse-cache key), so a rebuild with one new issue
cuts only that issue. A cold build cuts in one process per core (SPAWN_FROM), or, up to 2,000
issues, in the one child that makes the index while the pages are made (build.py, forked.start).
1,000 issues on 2 cores: the whole index takes 5.6 s cold in two processes (20 s with jieba in
Python); a rebuild that appends one issue ~0.5 s.
"""
from __future__ import annotations

import hashlib
import json
import os
import math
import pickle
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ..engine.cache import write_atomic
from ..extract.gazetteer import load_gazetteer
from ..pages.display import cn_date
from ..store.collect import Collection

FORMAT = 3  # 2: ids in reverse order (the browser prefers the higher id); 3: facets, named pages
SHARDS = 512
CHUNK = 20
SUMMARY = 100  # characters of an article shown under its title in the results

# Weight of one field hit; body text counts 1 + log2(occurrences). Sub-words count half.
MAX_WEIGHT = 1023  # two characters of the posting code
NAMED = MAX_WEIGHT  # a listing page's own name (see the module text)
WEIGHTS = {
    "name": NAMED, "title": 24, "people": 20, "places": 16, "subtitle": 12, "mentioned": 6,
    "labels": 4, "captions": 3, "source": 3, "body": 1,
}

# Single characters are not indexed at all (the words around them are); these are the particles
# and function words that would otherwise come back as sub-words or through HMM new-word guesses.
STOP_WORDS = frozenset("的 了 和 与 及 或 在 是 对 为 等 把 被 将 由 从 向 以 于 之 其 也 而 并 且 就 都 "
                       "这 那 有 个 着 过 中 上 下 我们 他们 以及 并且 进一步 通过 其中".split())
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")

# Posting numbers in base 32: leading digits from _MORE, the last digit from _LAST. Both sets are
# plain ASCII that needs no escaping inside a JSON string.
_LAST = "0123456789abcdefghijklmnopqrstuv"
_MORE = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_"


def encode(n: int) -> str:
    """A non-negative integer as 1+ characters: 0 → '0', 31 → 'v', 32 → 'B0'."""
    out = [_LAST[n & 31]]
    n >>= 5
    while n:
        out.append(_MORE[n & 31])
        n >>= 5
    return "".join(reversed(out))


_CODES = [encode(n).encode("ascii") for n in range(1024)]


def _code(n: int) -> bytes:
    return _CODES[n] if n < 1024 else encode(n).encode("ascii")


def decode(text: str) -> list[int]:
    """Every number in a string of :func:`encode` codes (the browser does the same)."""
    numbers, n = [], 0
    for ch in text:
        if ch in _LAST:
            numbers.append(n * 32 + _LAST.index(ch))
            n = 0
        else:
            n = n * 32 + _MORE.index(ch)
    return numbers


def decode_postings(text: str) -> list[tuple[int, int]]:
    """(document id, weight) pairs of one term."""
    nums, out, doc = decode(text), [], -1
    for delta, weight in zip(nums[::2], nums[1::2]):
        doc += delta + 1
        out.append((doc, weight + 1))
    return out


def shard_of(term: str) -> int:
    return ord(term[0]) % SHARDS


def normalize(text: str) -> str:
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).lower()


def clean(text: str) -> str:
    """Display text for the results: no zero-width characters, whitespace collapsed."""
    return " ".join(_INVISIBLE.sub("", text).split())


def _keep(word: str) -> bool:
    if len(word) < 2 or word in STOP_WORDS or not word.isalnum():
        return False
    if word.isascii() and word.isdigit():  # of numbers only years: the rest filled ten shards
        return len(word) == 4 and word[:2] in ("19", "20")
    return True


_ASCII_PARTS = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z0-9]+")  # jieba keeps 2077.40 whole, cuts 163.com


def tokens(text: str) -> list[str]:
    """The indexed words of ``text`` in order (sub-words not included)."""
    from ..extract.lexicon import fast_tokenizer

    words = []
    for w in fast_tokenizer().cut(normalize(text)):
        if _keep(w):
            words.append(w)
        elif w.isascii() and len(w) > 2:  # jieba-rs keeps fpb.gxzf.gov.cn whole; jieba, and we, cut it
            words.extend(p for p in _ASCII_PARTS.findall(w) if _keep(p))
    return words


@lru_cache(maxsize=1 << 18)
def _sub_words(word: str) -> tuple[str, ...]:
    return tuple(sub_words(word))


def sub_words(word: str) -> Iterator[str]:
    """Dictionary words inside a longer word: 易地扶贫搬迁 → 易地, 扶贫, 搬迁, 扶贫搬迁 …"""
    if len(word) < 3 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return
    from ..extract.lexicon import fast_tokenizer

    known = fast_tokenizer().has_word  # the same words as jieba's dictionary
    seen = set()
    for n in range(2, len(word)):
        for i in range(len(word) - n + 1):
            part = word[i:i + n]
            if part not in seen and known(part) and _keep(part):
                seen.add(part)
                yield part


@dataclass
class Document:
    url: str  # relative to the site root, with its anchor
    title: str
    label: str  # 广西精准脱贫攻坚简报 2019年第12期 · 地区 · 主题
    date: str
    places: str
    summary: str
    # field → texts to cut into words; "people" and "places" entries are whole words, not cut
    fields: dict[str, list[str]] = field(default_factory=dict)
    # what the fields are made from, when a key says it more cheaply than the text (an article:
    # its issue's parse-cache key and its position); None: the fields themselves
    source: str | None = None
    # an article's (year, series, theme slugs, place codes), for the search page's filters
    facet: tuple | None = None

    def row(self) -> list[str]:
        return [self.url, clean(self.title), clean(self.label), self.date, clean(self.places), self.summary]


WHOLE_FIELDS = ("name", "people", "places", "mentioned", "labels")


def _words(name: str, text: str) -> list[str]:
    """A field's words. Names, places and figure labels count as one word (劝返率, 梁氏香) as
    well as, for labels, long authors (an office) and names with punctuation, the words in them."""
    if name not in WHOLE_FIELDS:
        return tokens(text)
    word = normalize(text).replace(" ", "")
    words = [word] if _keep(word) else []
    if not words or name == "labels" or (name == "people" and len(word) > 4):
        words += [w for w in tokens(text) if w != word]
    return words


def analyse(fields: dict[str, list[str]]) -> dict[str, int]:
    """term → weight of one document."""
    weights: Counter[str] = Counter()
    named = {w for text in fields.get("name", ()) for w in _words("name", text)}
    for name in sorted(fields):
        fw = WEIGHTS[name]
        whole: Counter[str] = Counter()
        for text in fields[name]:
            whole.update(_words(name, text))
        parts = {p for w in whole for p in _sub_words(w)} - whole.keys()
        for w, n in whole.items():
            weights[w] += fw * (1 + int(math.log2(n))) if name == "body" else fw
        for w in parts:
            weights[w] += max(1, min(fw, 48) // 2)  # a part of a name does not name the page
    return {w: min(v, MAX_WEIGHT if w in named else MAX_WEIGHT - 1) for w, v in weights.items()}


def summary(paragraphs: Iterable[str], limit: int = SUMMARY) -> str:
    text = ""
    for p in paragraphs:
        text = f"{text} {clean(p)}".strip()
        if len(text) > limit:
            return text[:limit].rstrip() + "……"
    return text


def documents(c: Collection) -> list[Document]:
    gazetteer = load_gazetteer()
    docs: list[Document] = []
    for code, idx in c.places.items():
        d = idx.division
        parents = [a.name for a in reversed(gazetteer.ancestors(code))]
        docs.append(Document(
            f"places/{code}.html", d.name, "地区", "", "、".join(parents),
            f"{' · '.join(parents + [d.name])} · 相关文章 {idx.count} 篇",
            {"name": gazetteer.forms(code) or [d.name], "title": [d.name]},
        ))
    for theme in c.taxonomy:
        docs.append(Document(
            f"themes/{theme.slug}.html", theme.name, "主题", "", "",
            summary([theme.description]),
            {"name": [theme.name], "title": [theme.name], "labels": [k for k, _ in theme.keywords], "body": [theme.description]},
        ))
    for entry in c.issues:
        page = entry.page[:-3] + ".html"
        parsed = c.parse_keys.get(entry.issue.source.path)
        label = f"{entry.issue.series or '未署刊名'} {entry.label}"
        year = entry.issue.year or (int(entry.issue.date[:4]) if entry.issue.date else None)
        for n, a in enumerate(entry.issue.articles, start=1):
            primary = [p for p in a.places if p.primary]
            mentioned = [p for p in a.places if not p.primary]
            fields = {
                "title": [a.title], "subtitle": [a.subtitle] if a.subtitle else [],
                "people": list(a.authors), "source": [a.source] if a.source else [],
                "places": [f for p in primary for f in (gazetteer.forms(p.adcode) or [p.name])],
                "mentioned": [f for p in mentioned for f in (gazetteer.forms(p.adcode) or [p.name])],
                "labels": sorted({i.label for i in a.indicators if i.label}),
                "captions": list(a.captions), "body": list(a.paragraphs),
            }
            docs.append(Document(
                f"{page}#a{n}", a.title, label, cn_date(entry.issue.date) if entry.issue.date else "",
                "、".join(p.name for p in primary),
                summary(p for i, p in enumerate(a.paragraphs) if i not in a.headings),
                {k: v for k, v in fields.items() if v}, f"{parsed}#{n}" if parsed else None,
                (year, entry.issue.series or "（未署刊名）", a.themes, tuple(p.adcode for p in a.places)),
            ))
    # ids in the reverse of that order: the browser prefers the higher id among equal scores, and
    # a new issue's articles, the newest, are appended after the last build's (see _Appendable)
    docs.reverse()
    return docs


@cache
def _fingerprint() -> str:
    """Changes whenever the words a text is cut into could change: the tool version hashes this
    code, the gazetteer and terms the user dictionary is made of and jieba's version (not the
    dictionary itself, which takes jieba most of a second to load)."""
    from importlib.metadata import version

    from ..engine.cache import tool_version

    return hashlib.sha256(f"{tool_version()}\0{version('rjieba')}".encode()).hexdigest()[:16]


def _key(doc: Document) -> str:
    data = json.dumps([_fingerprint(), doc.source or doc.fields], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


class _TermsLog:
    """document key → {term: weight}: every document's analysis, kept between builds.

    An append-only file of pickled ``(key, terms)`` records: a build that
    appends a new issue's articles to the index (:class:`_Appendable`) appends their analyses and
    never reads it; a build that remakes the whole index reads it and cuts what is missing, then
    appends that too, or rewrites the log with this build's documents only when some of it is no
    longer used (an issue edited or removed). A truncated or corrupt tail ends the reading
    (what it held is cut again). Written only by jianbao: trusted as the code is."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.damaged = False  # read stopped before the end: what is appended after it is never read

    def read(self) -> dict[str, dict[str, int]]:
        found: dict[str, dict[str, int]] = {}
        if self.path is None or not self.path.is_file():
            return found
        try:
            with self.path.open("rb") as f:
                while f.peek(1):
                    key, terms = pickle.load(f)
                    found[key] = terms
        except Exception:  # a damaged tail: what it held is cut again
            self.damaged = True
        return found

    # A log that cannot be written (a full disk, a read-only project) costs the next build the work
    # of cutting again, never correctness: a record cut short ends the reading there.
    def append(self, analyses: dict[str, dict[str, int]]) -> None:
        if self.path is None or not analyses:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("ab") as f:
                f.write(_records(analyses))
        except OSError:
            pass

    def rewrite(self, analyses: dict[str, dict[str, int]]) -> None:
        if self.path is not None:
            try:
                write_atomic(self.path, _records(analyses))
            except OSError:
                pass


def _records(analyses: dict[str, dict[str, int]]) -> bytes:
    return b"".join(pickle.dumps(item, pickle.HIGHEST_PROTOCOL) for item in sorted(analyses.items()))


@dataclass(frozen=True)
class _Appendable:
    """The articles' part of the last build's postings, to which the next build appends.

    Articles have the lowest ids, oldest first (:func:`documents`), so a new issue's articles come
    after every article of the last build: each term's postings are its stored ones plus the new
    documents' (delta coding goes on from ``last``). Re-encoding 2.4 M postings was most of the
    search stage of a rebuild with one new issue. Any other change (an issue edited, removed or
    older than the newest, another tool version) remakes the whole index. The theme and place
    pages, after the articles, are encoded again every build from their stored ``analyses``."""

    version: str
    keys: tuple[str, ...]  # the article documents' keys, in id order
    postings: dict[str, bytes]
    last: dict[str, int]  # term → id of its last article posting
    analyses: dict[str, dict[str, int]]  # key → terms, of the theme and place documents

    @staticmethod
    def load(path: Path | None) -> "_Appendable | None":
        if path is None or not path.is_file():
            return None
        try:
            state = pickle.loads(path.read_bytes())
            return state if isinstance(state, _Appendable) and state.version == _fingerprint() else None
        except Exception:  # truncated or corrupt: the whole index is made again
            return None

    def save(self, path: Path | None) -> None:
        if path is None:
            return
        try:
            write_atomic(path, pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:  # the last state stays, consistent in itself: the next build appends to it or starts again
            pass


PARALLEL_FROM = 200  # documents to analyse; fewer are not worth starting processes for
# Documents from which the workers are started afresh (spawn) rather than forked. A forked worker
# shares this process's memory, gigabytes by then in a large archive, and copies each page it or
# this process writes to; starting afresh (imports, the user words) costs more than that saves in
# a smaller one (docs/performance.md, "spawned index workers").
SPAWN_FROM = 10_000


def _needs_workers(n_docs: int) -> bool:
    return n_docs >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2


def _analyse_many(docs: list[dict[str, list[str]]], workers: bool = True) -> list[dict[str, int]]:
    """Analyse documents, in one worker process per core when there are many (a cold build of an
    archive cuts thousands of documents) unless ``workers`` is false."""
    if not (workers and _needs_workers(len(docs))):
        return [analyse(fields) for fields in docs]
    from ..engine import parallel
    from ..extract import lexicon

    lexicon.fast_tokenizer()  # weighs the user words once, here, for the workers to read
    with parallel.workers(min(4, parallel.cores()), start="spawn" if len(docs) >= SPAWN_FROM else None,
                          setup=lexicon.keep_words_in, setup_args=(lexicon.words_folder(),)) as pool:
        return list(pool.map(analyse, docs, chunksize=16))


def _js(call: str, n: int | None, data: object) -> bytes:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    args = f"{n}," if n is not None else ""
    return f"jianbaoSearch.{call}({args}{text});\n".encode("utf-8")


WORKERS, NO_WORKERS, WORKERS_OR_NOTHING = "workers", "no workers", "workers or nothing"


def build_index(c: Collection, cache_dir: Path | None = None, *,
                workers: str = WORKERS) -> dict[str, bytes] | None:
    """Every file of the index, path under the content folder → bytes.

    ``workers``: whether many new documents are analysed by worker processes (WORKERS), by this
    process alone (NO_WORKERS: it is a forked child with a core to itself, forked.start), or not at
    all, None returned and nothing done (WORKERS_OR_NOTHING: that child in a large archive, which
    leaves a cold build's index to the parent)."""
    docs = documents(c)
    n_articles = sum(len(e.issue.articles) for e in c.issues)
    keys = [_key(doc) for doc in docs]
    log = _TermsLog(cache_dir / "search-terms.log" if cache_dir else None)
    state_path = cache_dir / "search-postings.pickle" if cache_dir else None
    state = _Appendable.load(state_path)
    appending = state is not None and len(state.keys) <= n_articles and tuple(keys[:len(state.keys)]) == state.keys
    if appending:
        start, last, analyses = len(state.keys), dict(state.last), dict(state.analyses)
        postings = {term: bytearray(codes) for term, codes in state.postings.items()}
    else:
        start, postings, last, analyses = 0, {}, {}, log.read()
    fresh = {k: doc.fields for k, doc in zip(keys[start:], docs[start:]) if k not in analyses}
    if workers == WORKERS_OR_NOTHING and _needs_workers(len(fresh)):
        return None
    analyses.update(zip(fresh, _analyse_many(list(fresh.values()), workers=workers == WORKERS)))
    if appending or not (log.damaged or analyses.keys() - set(keys)):  # e.g. an older issue arrived
        log.append({k: analyses[k] for k in fresh})
    else:
        log.rewrite({k: analyses[k] for k in keys})

    def encode(ids: range) -> None:
        # the innermost loop of the index (a posting per word and document): _code is inlined
        codes, n_codes = _CODES, len(_CODES)
        for doc_id in ids:
            for term, weight in analyses[keys[doc_id]].items():
                buf = postings.get(term)
                if buf is None:
                    buf = postings[term] = bytearray()
                gap = doc_id - last.get(term, -1) - 1
                buf += codes[gap] if gap < n_codes else _code(gap)
                buf += codes[weight - 1] if weight <= n_codes else _code(weight - 1)
                last[term] = doc_id

    encode(range(start, n_articles))
    pages = {k: analyses[k] for k in keys[n_articles:]}  # the theme and place pages
    if state is None or start < n_articles or state.analyses != pages:
        _Appendable(_fingerprint(), tuple(keys[:n_articles]), {t: bytes(b) for t, b in postings.items()},
                    dict(last), pages).save(state_path)
    encode(range(n_articles, len(docs)))
    if state_path is not None:
        state_path.with_name("search-terms.pickle").unlink(missing_ok=True)  # what earlier versions kept

    shards: dict[int, dict[str, str]] = {}
    for term in sorted(postings):
        shards.setdefault(shard_of(term), {})[term] = postings[term].decode("ascii")
    files = {f"search/t/{n:03d}.js": _js("shard", n, terms) for n, terms in sorted(shards.items())}
    for n in range(0, len(docs), CHUNK):
        files[f"search/d/{n // CHUNK:03d}.js"] = _js("docs", n // CHUNK, [d.row() for d in docs[n:n + CHUNK]])
    files["search/f.js"] = _js("facets", None, facets(docs[:n_articles]))
    files["search/meta.js"] = _js("meta", None, {
        "format": FORMAT, "shards": SHARDS, "chunk": CHUNK, "docs": len(docs), "articles": n_articles,
        "named": NAMED, "present": sorted(shards),
    })
    return dict(sorted(files.items()))


def facets(articles: list[Document]) -> dict:
    """The filters' tables and every article's year, series, themes and places (module text)."""
    tables: dict[str, dict] = {"years": {}, "series": {}, "themes": {}, "places": {}}
    for doc in articles:
        year, series, themes, places = doc.facet
        if year:
            tables["years"].setdefault(year, None)
        tables["series"].setdefault(series, None)
        for t in themes:
            tables["themes"].setdefault(t, None)
        for p in places:
            tables["places"].setdefault(p, None)
    index = {name: {v: n for n, v in enumerate(sorted(values))} for name, values in tables.items()}
    out = []
    for doc in articles:
        year, series, themes, places = doc.facet
        numbers = [index["years"][year] + 1 if year else 0, index["series"][series], len(themes),
                   *(index["themes"][t] for t in themes), len(places), *(index["places"][p] for p in places)]
        out.append("".join(encode(n) for n in numbers))
    return {**{name: sorted(values) for name, values in tables.items()}, "docs": "".join(out)}


def read_js(data: bytes | str) -> tuple[str, int | None, object]:
    """(call, number, data) of one index file: the inverse of the writer, for tests and tools."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    m = re.fullmatch(r"jianbaoSearch\.(\w+)\((?:(\d+),)?(.*)\);\n", text, re.S)
    if not m:
        raise ValueError("not an index file")
    return m.group(1), int(m.group(2)) if m.group(2) else None, json.loads(m.group(3))
