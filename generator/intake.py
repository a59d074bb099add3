"""`jianbao add`: validate new bulletins and copy them into the input folder.

Refuses exact duplicates (same bytes) and a second file claiming an issue already in the archive,
naming both files and how to resolve it. Never overwrites or modifies an existing file.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from .archive import bulletin_files, load_issue
from .parse import parse_text
from .readers import ReadError, read_document


def _issue_key(series: str | None, year: int | None, issue_no: int | None) -> tuple | None:
    return (series, year, issue_no) if series and issue_no else None


def add_files(files: list[Path], input_dir: Path) -> tuple[list[Path], list[str]]:
    existing = bulletin_files(input_dir)
    by_hash = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in existing}
    by_issue: dict[tuple, Path] = {}
    for p in existing:
        issue, _ = load_issue(p)
        if issue is not None and (key := _issue_key(issue.series, issue.year, issue.issue_no)):
            by_issue.setdefault(key, p)
    added: list[Path] = []
    refused: list[str] = []
    for src in files:
        try:
            doc = read_document(src)
        except ReadError as e:
            refused.append(f"{src}：{e.reason}")
            continue
        if doc.source.sha256 in by_hash:
            refused.append(f"{src}：与已有文件 {by_hash[doc.source.sha256]} 内容完全相同 / exact duplicate")
            continue
        issue = parse_text(doc.text, doc.source)
        if not issue.articles:
            refused.append(f"{src}：未识别出任何文章，可能不是简报 / no article found: not a bulletin?")
            continue
        key = _issue_key(issue.series, issue.year, issue.issue_no)
        if key and key in by_issue:
            refused.append(
                f"{src}：{issue.series} {issue.year}年第{issue.issue_no}期 已由 {by_issue[key]} 收录。"
                f"如果新文件是更正版，请先删除或移走旧文件再加入；如果期号印错了，请在旁边放一个元数据文件"
                f"（{src.stem}.meta.yml）更正期号 / issue number clash with {by_issue[key]}"
            )
            continue
        target = input_dir / src.name
        if target.exists():
            refused.append(f"{src}：输入文件夹里已有同名文件 {target}，请改名后再加入 / a file with that name exists")
            continue
        shutil.copy2(src, target)
        added.append(target)
        by_hash[doc.source.sha256] = target
        if key:
            by_issue[key] = target
    return added, refused
