"""Normalised measures (覆盖率, 救治率, 报销比例 …) loaded from ``config/measures.yml``.

The same measure is written many ways across bulletins (覆盖率, 产业覆盖率; 报销比例, 住院报销比例);
a :class:`Measure` gathers the variants under one slug so figures can be compared.  The file is
configuration: users add measures or variants there, and its header documents the format.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

DEFAULT_PATH = Path(__file__).parent.with_name("config") / "measures.yml"

__all__ = ["Measure", "load_measures", "match_measure", "kinds_of", "known_labels", "same_unit", "DEFAULT_PATH"]


# a label that starts by naming a township or village is that place's figure: 乡义务教育巩固率, 全村贫困户
# (not 乡村公益性岗位, 乡镇卫生院, 村集体经济收入: 乡村, 乡镇 and a bare 村 name no one place)
_SUB_PREFIX = re.compile(r"(?:[全该本各]?[乡镇](?![村镇])|[全该本]村)")
# a year before the label says when, not what: 2018年退出贫困村 is 退出贫困村 of 2018 (but 2020年以来纳入… is
# a period's flow, not the level 纳入…)
_YEAR_LEAD = re.compile(r"^(?:19|20)\d{2}年(?:底|末|初)?(?!以来|来|起)")


@dataclass(frozen=True)
class Measure:
    slug: str
    name: str
    units: tuple[str, ...]  # empty: any unit
    labels: tuple[str, ...]  # every variant, ``parts`` among them
    patterns: tuple[re.Pattern[str], ...]
    scopes: tuple[str, ...] = ("whole",)  # a village's count is not a county's; a bracket is no value
    exclude: tuple[re.Pattern[str], ...] = ()  # near misses: 贫困发生率 is no 发生率 of 贫困户占比
    parts: tuple[str, ...] = ()  # the labels naming the part of a larger count they are: 退出贫困村
    kinds: tuple[str, ...] = ()  # slugs of the measures a breakdown (其中…) of this one's whole level gives

    def matches(self, label: str, unit: str, scope: str = "whole", part: bool = False) -> bool:
        """Whether a figure with ``label``, ``unit`` and ``scope`` is this measure; ``part``: the figure
        was read as a part of a larger count (其中…, 73 个贫困村退出 69 个), which only ``parts`` name."""
        label = _plain_label(label, scope)
        return bool(label) and (not self.units or unit in self.units) and self._fits(label, scope, part)

    def _fits(self, label: str, scope: str, part: bool) -> bool:
        # ``label`` as _plain_label gives it, the unit already checked
        if scope not in self.scopes:
            return False
        if any(p.search(label) for p in self.exclude):
            return False
        if part:
            return label in self.parts
        return label in self.labels or label == self.name or any(p.search(label) for p in self.patterns)


def _plain_label(label: str | None, scope: str) -> str:
    """The label a measure is matched on: no leading year (2018年退出贫困村); empty when it names a
    township or village first (全乡义务教育巩固率, 该村贫困发生率), whatever follows, for a whole place."""
    label = _VERB_LEAD.sub("", _YEAR_LEAD.sub("", label or ""))
    return "" if scope == "whole" and _SUB_PREFIX.match(label) else label


# 安排衔接资金, 统筹整合涉农资金: a verb that only allots, before the money it names
_VERB_LEAD = re.compile(r"^(?:共|累计)?(?:安排|下达|拨付|下拨|落实|整合|统筹|筹集)+(?=[\u4e00-\u9fff]{2})")


def _as_tuple(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int, float)):
        return (str(value),)
    return tuple(str(v) for v in value)  # type: ignore[union-attr]


def _measure(entry: object, where: str) -> Measure:
    if not isinstance(entry, dict) or not entry.get("slug") or not entry.get("name"):
        raise ValueError(f"{where}: every measure needs a slug and a name, got {entry!r}")
    slug = str(entry["slug"])
    if not re.fullmatch(r"[a-z][a-z0-9_]*", slug):
        raise ValueError(f"{where}: slug {slug!r} must be lower_snake_case")
    try:
        patterns = tuple(re.compile(p) for p in _as_tuple(entry.get("patterns")))
        exclude = tuple(re.compile(p) for p in _as_tuple(entry.get("exclude")))
    except re.error as e:
        raise ValueError(f"{where}: measure {slug}: bad pattern: {e}") from e
    scopes = _as_tuple(entry.get("scope")) or ("whole",)
    if set(scopes) - {"whole", "sub"}:
        raise ValueError(f"{where}: measure {slug}: scope must be whole and/or sub, got {list(scopes)}")
    parts = _as_tuple(entry.get("parts"))
    labels = tuple(dict.fromkeys((*_as_tuple(entry.get("labels")), *parts)))  # a part's name is a label too
    return Measure(slug, str(entry["name"]), _as_tuple(entry.get("unit")), labels, patterns, scopes, exclude, parts,
                   _as_tuple(entry.get("kinds")))


def load_measures(path: str | Path | None = None) -> tuple[Measure, ...]:
    """Read a measures file (the packaged one by default); a clear ValueError when it is malformed."""
    if path is None:
        return _default()
    return _load(Path(path))


# libyaml's loader where PyYAML was built with it: the catalogue is read in every build, ten times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as e:
        raise ValueError(f"{path}: cannot read measures: {e}") from e


def _load(path: Path, data: object = None) -> tuple[Measure, ...]:
    data = _read(path) if data is None else data
    entries = data.get("measures") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected a list under 'measures:'")
    measures = tuple(_measure(e, f"{path} entry {i + 1}") for i, e in enumerate(entries))
    slugs = [m.slug for m in measures]
    if len(set(slugs)) != len(slugs):
        raise ValueError(f"{path}: duplicate slugs: {sorted({s for s in slugs if slugs.count(s) > 1})}")
    unknown = sorted({k for m in measures for k in m.kinds} - set(slugs))
    if unknown:
        raise ValueError(f"{path}: kinds name no measure: {unknown}")
    return measures


@lru_cache(maxsize=1)
def _default_file() -> object:
    return _read(DEFAULT_PATH)  # once: measures and same_units come from the one file


@lru_cache(maxsize=1)
def _default() -> tuple[Measure, ...]:
    return _load(DEFAULT_PATH, _default_file())


def load_same_units(path: Path, data: object = None) -> dict[str, str]:
    """The file's ``same_units:`` (名: 人): units that count the same thing, written otherwise."""
    data = _read(path) if data is None else data
    pairs = data.get("same_units") if isinstance(data, dict) else None
    if pairs is None:
        return {}
    if not isinstance(pairs, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in pairs.items()):
        raise ValueError(f"{path}: same_units must map a unit to a unit (名: 人), got {pairs!r}")
    return dict(pairs)


@lru_cache(maxsize=1)
def _same_units() -> dict[str, str]:
    return load_same_units(DEFAULT_PATH, _default_file())


def same_unit(unit: str) -> str:
    """The unit ``unit`` is compared in: 人 for 名 and 位 (measures.yml, same_units), else itself."""
    return _same_units().get(unit, unit)


def kinds_of(slug: str, measures: Iterable[Measure] | None = None) -> tuple[str, ...]:
    """The measures that a breakdown of measure ``slug``'s whole level gives (measures.yml ``kinds``)."""
    return next((m.kinds for m in (_default() if measures is None else measures) if m.slug == slug), ())


def match_measure(label: str, unit: str, measures: Iterable[Measure] | None = None,
                  scope: str = "whole", part: bool = False) -> str | None:
    """The slug of the first measure whose variants match ``label`` with ``unit`` and ``scope``, else None.
    ``part``: the figure is a part of a larger count, which joins a measure only by one of its ``parts``."""
    if measures is None:
        return _match_default(label, unit, scope, part)
    return next((m.slug for m in measures if m.matches(label, unit, scope, part)), None)


@lru_cache(maxsize=8192)  # the packaged catalogue, asked about the same column heads and labels again and again
def _match_default(label: str, unit: str, scope: str, part: bool = False) -> str | None:
    label = _plain_label(label, scope)
    if not label:
        return None
    yearly = label.replace("年人均", "人均").replace("年户均", "户均")  # 年人均纯收入: income is yearly anyway
    for name in dict.fromkeys((label, yearly, *_count_word_dropped(label, unit))):
        found = next((m.slug for m in _default_by_unit(unit) if m._fits(name, scope, part)), None)
        if found:
            return found
    return None


def _count_word_dropped(label: str, unit: str) -> tuple[str, ...]:
    """纳入低保户 → 纳入低保, 大病患者已救治人数 → 大病患者已救治: a word that only says the figure is a
    count of households or people, tried when the label as read is no measure's."""
    words = ("人数", "户数", "人口") if unit in ("人", "名") else ("户数", "户") if unit == "户" else ()
    return tuple(label[:-len(w)] for w in words if label.endswith(w) and len(label) - len(w) >= 3)


@lru_cache(maxsize=256)
def _default_by_unit(unit: str) -> tuple[Measure, ...]:
    return tuple(m for m in _default() if not m.units or unit in m.units)


def longest_suffix(text: str, labels: tuple[str, ...]) -> str | None:
    """The longest of ``labels`` that ``text`` ends with: looked up by length, not tried one by one."""
    by_length = _by_length(labels)
    return next((text[-n:] for n, group in by_length if len(text) >= n and text[-n:] in group), None)


@lru_cache(maxsize=8)
def _by_length(labels: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(v) for v in labels}, reverse=True)
    return tuple((n, frozenset(v for v in labels if len(v) == n)) for n in lengths)


def known_labels(measures: Iterable[Measure] | None = None) -> tuple[str, ...]:
    """Every label variant, longest first: the extractor prefers the longest one written."""
    found = {label for m in (_default() if measures is None else measures) for label in (*m.labels, m.name)}
    return tuple(sorted(found, key=lambda s: (-len(s), s)))
