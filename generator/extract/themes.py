"""Themes: which topics of the taxonomy (config/themes.yml) an article covers.

Keyword scoring on the raw text, deliberately without word segmentation: policy terms such as
易地扶贫搬迁 or 两不愁三保障 are set phrases that segmenters split unpredictably, and the text
extracted from PDFs carries page breaks inside words. A theme's score is its weighted keyword
hits (title and section heads counting extra) per thousand characters, so a long report does
not collect every theme, and only themes close to the article's top theme are kept.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .measures import SAFE_LOADER

DEFAULT_TAXONOMY = Path(__file__).parent.with_name("config") / "themes.yml"
CONTRACT_SLUGS = frozenset(
    "industry relocation education health housing employment party prevention social finance "
    "ecology consumption data motivation welfare".split()
)

MAX_THEMES = 5
TITLE_BOOST = 5.0  # a keyword in the title or subtitle counts as five in the body
HEAD_BOOST = 5.0  # section heads (一、深入开展教育扶贫百日攻坚) announce what a section is about
REPEAT_DAMPING = 0.5  # a keyword found n times counts n ** 0.5 times
MIN_CHARS = 800  # short news items are not allowed to reach huge densities from one phrase
# An article is about a theme when the theme scores at least RELATIVE_MIN of the article's top
# theme, at least ABSOLUTE_MIN weighted hits per thousand characters, and is either named in the
# title or found MIN_HITS times: one 医疗 in passing does not make an article about health.
RELATIVE_MIN = 0.38
TITLED_MIN = 0.25  # the same for a theme the title names too
SECOND_CHARS = 600  # an item shorter than this keeps any theme scoring SECOND_MIN, whatever its top theme
SECOND_MIN = 4.5
SECOND_RELATIVE = 0.10  # …and a tenth of the top theme: a consumption piece is not filed under data for one 平台
ABSOLUTE_MIN = 4.0
MIN_HITS = 3
SHORT_MIN = 1.8  # the score (per thousand characters, counted as MIN_CHARS) a short item's theme needs
COVERED_MIN = 5.0  # weighted hits, whatever the article's length and top theme…
COVERED_WORDS = 2  # …from this many different keywords
SET_PHRASE = 3.0  # the weight of a keyword that names its theme on its own (扶贫小额信贷)
SHORT_CHARS = 300  # each 300 characters of text ask one more hit, up to MIN_HITS

_SLUG = re.compile(r"[a-z][a-z0-9_]*\Z")
# Extraction debris that splits keywords: whitespace (page breaks inside words) and Markdown.
_NOISE = re.compile(r"[\s*#]+")
# A numbered section head at the start of a paragraph, up to its first full stop:
# 一、… / （二）… / 3. … / 1、…
_LEAD_HEAD = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])"
                        r"[^。！？]{2,40}")
_BOLD = re.compile(r"\*\*([^*]{2,60})\*\*")


@dataclass(frozen=True)
class Theme:
    slug: str
    name: str
    description: str
    keywords: tuple[tuple[str, float], ...]  # (keyword, weight), in file order


def load_taxonomy(path: Path | None = None) -> tuple[Theme, ...]:
    """Read and validate a taxonomy file; None reads the packaged default.

    Themes are immutable, so a file is read again only when it changed: parsing the YAML costs
    more than extracting the themes of an article, and every bulletin of a build asks for it."""
    path = Path(path) if path is not None else DEFAULT_TAXONOMY
    try:
        stat = path.stat()
    except OSError:
        return _read_taxonomy(path)  # reports the error
    return _cached_taxonomy(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _cached_taxonomy(path: Path, mtime_ns: int, size: int) -> tuple[Theme, ...]:
    return _read_taxonomy(path)


def _read_taxonomy(path: Path) -> tuple[Theme, ...]:

    def bad(problem: str) -> ValueError:
        return ValueError(f"{path}: {problem}")

    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise bad(f"cannot read theme taxonomy: {exc}") from exc
    entries = data.get("themes") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise bad("expected a top-level 'themes:' list")
    themes: list[Theme] = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise bad(f"theme #{n} is not a mapping")
        slug = entry.get("slug")
        where = f"theme #{n} ({slug!r})"
        if not isinstance(slug, str) or not _SLUG.match(slug):
            raise bad(f"{where}: slug must be ASCII lowercase letters, digits or _, "
                      "starting with a letter")
        if any(t.slug == slug for t in themes):
            raise bad(f"{where}: duplicate slug {slug!r}")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad(f"{where}: missing name")
        keywords = entry.get("keywords")
        if not isinstance(keywords, dict) or not keywords:
            raise bad(f"{where}: no keywords (expected a mapping 'keyword: weight')")
        pairs = []
        for word, weight in keywords.items():
            word = _NOISE.sub("", str(word))  # matched against text stripped the same way
            if not word:
                raise bad(f"{where}: empty keyword")
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight <= 0:
                raise bad(f"{where}: keyword {word!r} needs a positive number as weight, "
                          f"got {weight!r}")
            pairs.append((word, float(weight)))
        description = str(entry.get("description") or "").strip()
        themes.append(Theme(slug, name.strip(), description, tuple(pairs)))
    missing = CONTRACT_SLUGS - {t.slug for t in themes}
    if missing:
        raise bad(f"contract themes missing: {', '.join(sorted(missing))} "
                  "(themes may be added, not removed)")
    return tuple(themes)


@lru_cache(maxsize=8)  # one taxonomy per build: compile once, not per article
def _matcher(taxonomy: tuple[Theme, ...]) -> tuple[re.Pattern[str], dict[str, list]]:
    """One pattern for all keywords that takes, at each position, the longest keyword written
    there, so 易地扶贫搬迁 wins over 搬迁 and the text is consumed once."""
    owners: dict[str, list[tuple[str, float]]] = {}
    for theme in taxonomy:
        for word, weight in theme.keywords:
            owners.setdefault(word, []).append((theme.slug, weight))
    return re.compile(_longest_first(owners) or "(?!)"), owners  # (?!) matches nothing


def _longest_first(words: Collection[str]) -> str:
    """A regex matching the longest of ``words`` that begins where it is tried, written as a tree
    of their shared beginnings (扶贫(?:车间|搬迁)?): the engine then reads each character once
    instead of trying every keyword in turn, as a plain alternation longest-first would."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a keyword ends here

    def branch(node: dict) -> str:
        # a longer keyword is tried before the one ending here: the greedy ? keeps the longest
        arms = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not arms:
            return ""
        if len(arms) == 1 and "" not in node:
            return arms[0]
        return "(?:" + "|".join(arms) + ")" + ("?" if "" in node else "")

    return branch(tree)


def _split_heads(paragraphs: Sequence[str], headings: Collection[int]) -> tuple[list, list]:
    """Separate section heads from body text: the paragraphs the parser marked as heads, short
    lines of their own, and numbered or bold lead phrases (二、深入开展基础设施建设百日攻坚。…)."""
    heads: list[str] = []
    body: list[str] = []
    headings = set(headings)  # the model keeps a tuple: looked up once per paragraph, it made this quadratic
    for i, para in enumerate(paragraphs):
        flat = _NOISE.sub("", para)
        short = len(flat) <= 40 and not re.search(r"[。；：]", flat) and not flat.startswith("（")
        if i in headings or short:
            heads.append(flat)  # 强队伍 形成脱贫攻坚强大合力
        elif bold := _BOLD.findall(para):
            heads.extend(bold)
            body.append(_BOLD.sub("", para))
        elif lead := _LEAD_HEAD.match(flat):
            heads.append(lead.group())
            body.append(flat[lead.end():])
        else:
            body.append(para)
    return heads, body


@dataclass(frozen=True)
class _Evidence:
    weighted: dict[str, float]  # weighted keyword hits per theme, boosts and damping applied
    hits: dict[str, int]  # keyword occurrences per theme
    words: dict[str, frozenset[str]]  # the different keywords found per theme
    in_title: frozenset[str]  # themes the title or subtitle names
    length: int


def _evidence(title: str, subtitle: str | None, paragraphs: Sequence[str], taxonomy: Sequence[Theme],
              headings: Collection[int]) -> _Evidence:
    pattern, owners = _matcher(tuple(taxonomy))
    heads, body = _split_heads(paragraphs, headings)
    parts = [(TITLE_BOOST, title + (subtitle or "")),
             (HEAD_BOOST, "".join(heads)),
             (1.0, "".join(body))]
    weighted: dict[str, float] = {}
    hits: dict[str, int] = {}
    words: dict[str, set[str]] = {}
    in_title: set[str] = set()
    length = 0
    for n, (boost, text) in enumerate(parts):
        text = _NOISE.sub("", text)
        length += len(text)
        for word, count in Counter(pattern.findall(text)).items():  # the pattern has no groups: the words
            for slug, weight in owners[word]:
                # Diminishing returns: the tenth 辍学 adds less evidence than a second distinct
                # term, so one long, repetitive section does not drown the others.
                weighted[slug] = weighted.get(slug, 0.0) + boost * weight * count**REPEAT_DAMPING
                hits[slug] = hits.get(slug, 0) + count
                words.setdefault(slug, set()).add(word)
                if n == 0:
                    in_title.add(slug)
    return _Evidence(weighted, hits, {s: frozenset(w) for s, w in words.items()},
                     frozenset(in_title), length)


def theme_scores(
    title: str,
    subtitle: str | None,
    paragraphs: Sequence[str],
    taxonomy: Sequence[Theme],
    *,
    headings: Collection[int] | None = None,
    min_hits: int = MIN_HITS,
) -> dict[str, float]:
    """Weighted keyword hits per thousand characters for every theme named in the title or hit
    at least MIN_HITS times (the candidates of ``assign_themes``; shown for debugging)."""
    return _densities(_evidence(title, subtitle, paragraphs, taxonomy, headings or ()), min_hits)


def _densities(evidence: _Evidence, min_hits: int) -> dict[str, float]:
    scale = 1000.0 / max(evidence.length, MIN_CHARS)
    return {s: round(v * scale, 2) for s, v in evidence.weighted.items()
            if evidence.hits[s] >= min_hits or s in evidence.in_title}


def _titled(title: str, taxonomy: Sequence[Theme]) -> set[str]:
    pattern, owners = _matcher(tuple(taxonomy))
    return {slug for word in pattern.findall(_NOISE.sub("", title)) for slug, _weight in owners[word]}


SERIES_MIN = 2.5  # a keyword this strong in the bulletin's own name is the subject of all it prints


def series_themes(series: str | None, publisher: str | None, taxonomy: Sequence[Theme]) -> tuple[str, ...]:
    """The themes a bulletin's name or its office's declares (东西部扶贫协作简报, 对口支援办公室 → social):
    every article it prints is about them, whatever else each one covers."""
    name = (series or "") + " " + (publisher or "")
    return tuple(t.slug for t in taxonomy if any(w >= SERIES_MIN and kw in name for kw, w in t.keywords))


def assign_themes(
    title: str,
    subtitle: str | None,
    paragraphs: Sequence[str],
    taxonomy: Sequence[Theme],
    *,
    headings: Collection[int] | None = None,
) -> tuple[str, ...]:
    """The slugs of the themes an article covers, at most five, best first (ties by slug).

    ``headings`` optionally gives the indexes of paragraphs the parser knows to be section heads;
    heads are also recognised by their form, so the argument is never required.
    """
    length = sum(len(p) for p in paragraphs)
    # a short item names a subject once or twice, never three times (旅游 that gives jobs): each
    # SHORT_CHARS of text ask one more hit, up to MIN_HITS
    evidence = _evidence(title, subtitle, paragraphs, taxonomy, headings or ())
    density = _densities(evidence, 1)  # every theme found; ``scores`` those found often enough
    min_hits = min(MIN_HITS, 1 + length // SHORT_CHARS)
    scores = {s: v for s, v in density.items() if evidence.hits[s] >= min_hits or s in evidence.in_title}
    if not evidence.weighted:
        return ()
    top = max(scores.values(), default=0.0)
    floor = max(ABSOLUTE_MIN, RELATIVE_MIN * top)
    # a theme the title names as well (…助力脱贫家庭子女就业) needs less of the body to count
    titled = _titled(title, taxonomy)
    titled_floor = max(ABSOLUTE_MIN, TITLED_MIN * top)
    # a short item's main theme drowns the rest however often they come up (搬迁 in every line of a
    # piece on jobs at a resettlement site): there, a theme found at length counts on its own
    second = max(SECOND_MIN, SECOND_RELATIVE * top)
    # a news item of a few paragraphs (a meeting, a village's new industry) gives each of its
    # subjects a sentence or two, far below its top one: there a theme argued with two different
    # keywords and enough weight counts on its own (a long report mentions everything in passing)
    covered = {s for s, v in evidence.weighted.items()
               if length < MIN_CHARS and v >= COVERED_MIN and len(evidence.words[s]) >= COVERED_WORDS}
    ranked = sorted({s for s, v in scores.items() if v >= floor or s in titled and v >= titled_floor
                     or length < SECOND_CHARS and v >= second} | covered,
                    key=lambda s: (-density[s], s))
    if not ranked and length < MIN_CHARS:
        # a short news item says what it is about once or twice and never reaches a report's
        # density: its best themes still say what it is about, when they rest on a real keyword,
        # found often enough or a set phrase (扶贫小额信贷) that says it once
        named = {s: v for s, v in density.items() if s in scores or evidence.weighted[s] >= SET_PHRASE}
        best = max(named.values(), default=0.0)
        ranked = sorted((s for s, v in named.items() if v >= max(SHORT_MIN, RELATIVE_MIN * best)),
                        key=lambda s: (-named[s], s))
    return tuple(ranked[:MAX_THEMES])
