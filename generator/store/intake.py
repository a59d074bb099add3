"""`jianbao add`: validate new bulletins and copy them into the input folder.

Refuses exact duplicates (same bytes) and a second file claiming an issue already in the archive,
naming both files and how to resolve it. A metadata sidecar beside a file (``X.meta.yml`` for
``X``, see :mod:`generator.read.sidecar`) is validated and copied with it, and its corrections count in
the issue-number check; a sidecar given on its own is added to the bulletin of its name already in
the archive. Never overwrites or modifies an existing file.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

from ..engine.cache import temporary_name
from ..parse import parse_text
from ..read.readers import FORMATS, ReadError, read_document
from ..read.sidecar import IGNORED, SUFFIX, apply_sidecar, bulletin_of, has_sidecar, is_sidecar, read_sidecar, sidecar_path
from .archive import load_archive, text_digest


def _issue_key(issue) -> tuple | None:
    # a special issue (专刊第3期) numbers apart from the regular 第3期
    return (issue.series, issue.year, issue.special, issue.issue_no) if issue.series and issue.issue_no else None


def _copy(src: Path, target: Path) -> None:
    """Copy under a hidden temporary name, then rename: an interrupted copy leaves no half file."""
    tmp = temporary_name(target)
    try:
        shutil.copy2(src, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _name_problem(src: Path) -> str | None:
    if src.name.startswith("."):
        return "文件名以“.”开头，会被当作隐藏文件而不被读取，请改名 / hidden file name (starts with a dot): rename it"
    if src.stem.upper().startswith("README"):
        return "以 README 开头的文件被当作说明文件而不被读取，请改名 / README* files are not read as bulletins: rename it"
    return None


def add_files(files: list[Path], input_dir: Path, cache_dir: Path | None = None,
              ocr: bool = False) -> tuple[list[Path], list[str]]:
    archive = load_archive(input_dir, cache_dir=cache_dir, ocr=ocr)
    # the archive has read and hashed every file (bytes and text): not read again here
    by_hash = {issue.source.sha256: input_dir / issue.source.path for issue in archive.issues}
    by_text = {digest: input_dir / name for digest, name in archive.texts.items()}
    by_issue: dict[tuple, Path] = {}
    for issue in archive.issues:
        if key := _issue_key(issue):
            by_issue.setdefault(key, input_dir / issue.source.path)
    given = {Path(f).resolve() for f in files}
    added: list[Path] = []
    refused: list[str] = []
    for src in map(Path, files):
        if is_sidecar(src):
            if bulletin_of(src).resolve() not in given:  # else it goes in with its bulletin
                _add_sidecar_alone(src, input_dir, added, refused)
            continue
        if reason := _name_problem(src):
            refused.append(f"{src}：{reason}")
            continue
        try:
            doc = read_document(src, ocr=ocr)
        except ReadError as e:
            refused.append(f"{src}：{e.reason}")
            continue
        if doc.source.sha256 in by_hash:
            refused.append(f"{src}：与已有文件 {by_hash[doc.source.sha256]} 内容完全相同 / exact duplicate")
            continue
        digest = text_digest(doc.text)
        if digest in by_text:
            refused.append(f"{src}：与已有文件 {by_text[digest]} 文字相同（编码、换行或文件名不同）/ "
                           f"same text as {by_text[digest]} (another encoding, line breaks or name)")
            continue
        side = sidecar_path(src)
        stem_form = src.with_name(src.stem + SUFFIX)
        if not has_sidecar(src) and stem_form.is_file() and src.suffix.lower() in FORMATS:
            refused.append(f"{src}：旁边的附注文件 {stem_form.name} 应命名为 {side.name}，请改名后再加入 / "
                           f"rename the sidecar to {side.name}")
            continue
        sidecar = None
        if has_sidecar(src):
            sidecar, problems = read_sidecar(side)
            if errors := _sidecar_errors(problems):
                refused.append(f"{src}：附注文件有误，简报和附注文件都没有加入；请改正附注文件后一起再加入 / the sidecar has "
                               f"errors: neither the bulletin nor its sidecar was added; correct it and add both "
                               f"again：{errors}")
                continue
        issue = parse_text(doc.text, doc.source)
        if sidecar is not None:
            issue = apply_sidecar(issue, sidecar)
        if not issue.articles:
            refused.append(f"{src}：未识别出任何文章，可能不是简报 / no article found: not a bulletin?")
            continue
        key = _issue_key(issue)
        if key and key in by_issue:
            refused.append(
                f"{src}：{issue.series} {issue.year}年{issue.special or ''}第{issue.issue_no}期 已由 {by_issue[key]} 收录。"
                f"如果新文件是更正版，请先删除或移走旧文件再加入；如果期号印错了，请在旁边放一个附注文件"
                f"（{side.name}）更正期号 / issue number clash with {by_issue[key]}"
            )
            continue
        target = input_dir / src.name
        if target.exists() or (sidecar is not None and has_sidecar(target)):
            refused.append(f"{src}：输入文件夹里已有同名文件 {target}，请改名后再加入 / a file with that name exists")
            continue
        _copy(src, target)
        added.append(target)
        if sidecar is not None:
            _copy(side, sidecar_path(target))
            added.append(sidecar_path(target))
        by_hash[doc.source.sha256] = by_text[digest] = target
        if key:
            by_issue[key] = target
    return added, refused


def _sidecar_errors(problems) -> str:
    """A sidecar's errors for a refusal: without the build's "sidecar ignored" (add refuses it whole)."""
    return "；".join(str(replace(p, message=p.message.removesuffix(f"；{IGNORED}")))
                    for p in problems if p.severity == "error")


def _add_sidecar_alone(src: Path, input_dir: Path, added: list[Path], refused: list[str]) -> None:
    """A sidecar correcting a bulletin already in the archive."""
    target = input_dir / bulletin_of(src).name
    if not src.name.endswith(SUFFIX) or not target.is_file():
        refused.append(f"{src}：附注文件应命名为“简报文件全名{SUFFIX}”，且该简报已在 {input_dir} 中或一同加入 / "
                       f"a sidecar is named <bulletin file name>{SUFFIX} and needs its bulletin")
        return
    if has_sidecar(target):
        refused.append(f"{src}：{sidecar_path(target)} 已存在；请直接编辑它 / a sidecar already exists: edit it")
        return
    _, problems = read_sidecar(src)
    if errors := _sidecar_errors(problems):
        refused.append(f"{src}：附注文件有误，没有加入；请改正后再加入 / the sidecar has errors: it was not added; "
                       f"correct it and add it again：{errors}")
        return
    _copy(src, sidecar_path(target))
    added.append(sidecar_path(target))
