"""Metadata sidecars: ``X.meta.yml`` beside bulletin ``X`` supplies or corrects its metadata.

The sidecar is named after the bulletin's full file name: ``2018-吕梁-报纸.txt`` →
``2018-吕梁-报纸.txt.meta.yml``. It is a small UTF-8 YAML mapping; every key is optional::

    series: 吕梁脱贫攻坚一线观察      # 刊名
    kind: newspaper                 # bulletin | newspaper（简报 | 报纸）
    year: 2018
    issue_no: 32                    # null: the document has no issue number
    total_no: 194
    publisher: 吕梁日报社
    date: 2018-11-26                # YYYY-MM-DD or 2018年11月26日
    titles: {2: 护好一片林，富了一方人}   # article number (1-based) → corrected title
    note: 为什么要更正（只作记录，不显示）

Sidecar values win over what the parser read from the text, and the issue's ``overridden``
field records which fields came from the sidecar. A sidecar that cannot be used (bad YAML, an
unknown key, an invalid value) is reported as an error naming the sidecar and its line, and is
ignored as a whole: the issue keeps the text's values.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from ..model import Issue, Problem

SUFFIX = ".meta.yml"
MAX_BYTES = 64 * 1024

# field → how the issue page names it
FIELD_NAMES = {
    "series": "刊名", "kind": "类型", "year": "年份", "issue_no": "期号", "total_no": "总期号",
    "publisher": "编印单位", "date": "日期", "titles": "文章标题",
}
KEYS = (*FIELD_NAMES, "note")
_NULLABLE = {"series", "year", "issue_no", "total_no", "publisher", "date"}
_KINDS = {"bulletin": "bulletin", "newspaper": "newspaper", "简报": "bulletin", "报纸": "newspaper"}
_CN_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$")
# Warnings of the parser that a sidecar value answers (matched on the start of the message).
_ANSWERED = {
    "date": ("未找到印发日期或刊头日期", "刊头只有年月"),
    "year": ("未找到出版日期，年份",),
    "issue_no": ("未找到期号",),
    "series": ("未找到刊名",),
}


# how a build reports an unusable sidecar (the issue is built from its text); `add` refuses the whole file instead
IGNORED = "附注文件未采用，本期按正文取值 / sidecar ignored, the text's values are used"


class _Loader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps: dates stay text and are validated here, with a line."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Sidecar:
    path: str  # as shown in messages (inside the input folder)
    values: tuple[tuple[str, Any], ...]  # validated (field, value) pairs, in file order
    lines: tuple[tuple[str, int], ...] = ()

    def get(self) -> dict[str, Any]:
        return dict(self.values)

    def line(self, key: str) -> int | None:
        return dict(self.lines).get(key)


def sidecar_path(bulletin: Path) -> Path:
    return bulletin.with_name(bulletin.name + SUFFIX)


def has_sidecar(bulletin: Path) -> bool:
    """Whether a sidecar file stands beside ``bulletin``."""
    try:
        return sidecar_path(bulletin).is_file()
    except OSError:  # a bulletin's name within 9 bytes of the file system's limit: no sidecar can have it
        return False


def is_sidecar(path: Path | str) -> bool:
    name = Path(path).name.lower()
    return name.endswith((".meta.yml", ".meta.yaml"))


def bulletin_of(sidecar: Path) -> Path:
    """The bulletin a sidecar belongs to (``X.meta.yml`` → ``X``)."""
    return sidecar.with_name(re.sub(r"\.meta\.ya?ml$", "", sidecar.name, flags=re.I))


def read_sidecar(path: Path, name: str | None = None, data: bytes | None = None) -> tuple[Sidecar | None, list[Problem]]:
    """Read and validate a sidecar. Never raises: an unusable sidecar is (None, [error])."""
    name = name or str(path)

    def fail(line: int | None, reason: str) -> tuple[None, list[Problem]]:
        return None, [Problem(name, line, "error", f"{reason}；{IGNORED}")]

    try:
        if data is None:
            if Path(path).stat().st_size > MAX_BYTES:
                return fail(None, f"附注文件超过 {MAX_BYTES // 1024} KB / sidecar larger than {MAX_BYTES // 1024} KB")
            data = Path(path).read_bytes()
    except OSError as e:
        return fail(None, f"无法读取附注文件 / cannot read sidecar: {e.strerror or e}")
    if len(data) > MAX_BYTES:
        return fail(None, f"附注文件超过 {MAX_BYTES // 1024} KB / sidecar larger than {MAX_BYTES // 1024} KB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        return fail(line, "附注文件必须是 UTF-8 编码 / sidecar must be UTF-8")
    try:
        node = yaml.compose(text, Loader=_Loader)
        values = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as e:
        mark, context = getattr(e, "problem_mark", None), getattr(e, "context_mark", None)
        if context is not None and (mark is None or mark.index >= len(text.rstrip())):
            mark = context  # an unclosed [ or " found at the end: point at where it opened
        detail = getattr(e, "problem", None) or str(e).splitlines()[0]
        return fail(mark.line + 1 if mark else None, f"附注文件不是有效的 YAML / invalid YAML: {detail}")
    except Exception as e:  # a constructor error on a strange tag
        return fail(None, f"附注文件不是有效的 YAML / invalid YAML: {type(e).__name__}")
    if node is None or values is None:
        return Sidecar(name, ()), [Problem(name, None, "warning", "附注文件是空的 / empty sidecar")]
    if not isinstance(node, yaml.MappingNode) or not isinstance(values, dict):
        return fail(node.start_mark.line + 1, "附注文件应是“键: 值”的列表 / sidecar must be a mapping of key: value")
    lines: dict[str, int] = {}
    for key_node, _ in node.value:
        key, line = key_node.value, key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or key not in KEYS:
            return fail(line, f"未知的键“{key}”，可用的键：{'、'.join(KEYS)} / unknown key {key!r}")
        if key in lines:
            return fail(line, f"键“{key}”重复（第 {lines[key]} 行已有）/ duplicate key {key!r}")
        lines[key] = line
    checked: list[tuple[str, Any]] = []
    for key, value in values.items():
        if key == "note":
            continue
        ok, result = _check(key, value)
        if not ok:
            return fail(lines.get(key), f"“{key}”的值无效：{result}")
        checked.append((key, result))
    return Sidecar(name, tuple(checked), tuple(lines.items())), []


def _check(key: str, value: Any) -> tuple[bool, Any]:
    """(True, normalised value) or (False, bilingual reason)."""
    if value is None:
        return (True, None) if key in _NULLABLE else (False, "不能为空 / must not be empty")
    if key in ("series", "publisher"):
        if isinstance(value, str) and value.strip() and "\n" not in value.strip():
            return True, value.strip()
        return False, "应为一行文字 / must be one line of text"
    if key == "kind":
        if isinstance(value, str) and value.strip() in _KINDS:
            return True, _KINDS[value.strip()]
        return False, "应为 bulletin（简报）或 newspaper（报纸）/ must be bulletin or newspaper"
    if key == "year":
        if isinstance(value, int) and not isinstance(value, bool) and 1949 <= value <= 2100:
            return True, value
        return False, "应为四位年份，如 2018 / must be a year such as 2018"
    if key in ("issue_no", "total_no"):
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 100000:
            return True, value
        return False, "应为正整数 / must be a positive whole number"
    if key == "date":
        return _date(value)
    if key == "titles":
        if not isinstance(value, dict) or not value:
            return False, "应为“文章序号: 标题”的列表，如 {2: 新标题} / must map article numbers to titles"
        titles = []
        for n, title in value.items():
            if not (isinstance(n, int) and not isinstance(n, bool) and n >= 1):
                return False, f"文章序号应为从 1 开始的整数：{n!r} / article numbers start at 1"
            if not (isinstance(title, str) and title.strip() and "\n" not in title.strip()):
                return False, f"第 {n} 篇的标题应为一行文字 / title must be one line of text"
            titles.append((n, title.strip()))
        return True, tuple(sorted(titles))
    return False, "未知的键 / unknown key"  # pragma: no cover - keys are checked before


def _date(value: Any) -> tuple[bool, Any]:
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    m = _CN_DATE.match(text) or re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        try:
            return True, dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    return False, f"“{value}”不是有效日期，应写作 2018-11-26 或 2018年11月26日 / not a valid date (YYYY-MM-DD)"


def apply_sidecar(issue: Issue, sidecar: Sidecar) -> Issue:
    """The issue with the sidecar's values in place of the text's; ``overridden`` lists them."""
    values = sidecar.get()
    if not values:
        return issue
    changes: dict[str, Any] = {k: v for k, v in values.items() if k != "titles"}
    problems = list(issue.problems)
    if "date" in values and "year" not in values and values["date"] and issue.year != int(values["date"][:4]):
        changes["year"] = int(values["date"][:4])  # the year the text gave (or guessed) disagrees with the date
    if "titles" in values:
        articles = list(issue.articles)
        applied = False
        for n, title in values["titles"]:
            if n > len(articles):
                problems.append(Problem(sidecar.path, sidecar.line("titles"), "error",
                                        f"titles：本期只有 {len(articles)} 篇文章，没有第 {n} 篇；该标题未采用 / "
                                        f"no article {n}"))
                continue
            articles[n - 1] = replace(articles[n - 1], title=title)
            applied = True
        if applied:
            changes["articles"] = tuple(articles)
    # the parser's "not found" warnings that a sidecar value now answers
    answered = tuple(msg for key in changes for msg in _ANSWERED.get(key, ()))
    problems = [p for p in problems if not (p.line is None and p.path == issue.source.path
                                            and p.message.startswith(answered))]
    overridden = tuple(k for k in FIELD_NAMES if k in changes or (k == "titles" and "articles" in changes))
    return replace(issue, **changes, problems=tuple(problems), overridden=overridden)
