"""External programs some formats need: LibreOffice (.doc/.wps/.rtf/.odt → .docx), catdoc (.doc → text) and
tesseract (OCR of scanned PDF pages).

They are looked up only when such a file is met, run without a shell, with a timeout, each in a
temporary folder of its own that is removed afterwards. A missing program is a ``ToolError`` with
``missing`` set, whose reason names the Debian package to install.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

CONVERT_SECONDS = 180  # one .doc/.wps conversion; LibreOffice's first start in a new profile is most of it
OCR_SECONDS = 300  # one page at 300 dpi
OCR_LANG = "chi_sim"

# LibreOffice settings for the throw-away profile of each conversion: no macros, no fetching of
# linked images or updating of linked content (the conversion stays off the network).
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
</oor:items>
"""


class ToolError(Exception):
    """A program that is missing or failed; ``reason`` is bilingual (中文 / English)."""

    def __init__(self, reason: str, missing: bool = False) -> None:
        self.reason, self.missing = reason, missing
        super().__init__(reason)


def which(*names: str) -> str | None:
    """The first of ``names`` on PATH (looked up each time: PATH may change between files)."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(cmd: list[str], seconds: int, what: str, data: bytes | None = None, cwd: Path | None = None,
         env: dict[str, str] | None = None) -> tuple[int, bytes, bytes]:
    """Run ``cmd`` in a process group of its own, so a timeout (or an interrupt) ends all of it:
    LibreOffice's launcher starts the real office as a child."""
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env,
                                start_new_session=True)
    except OSError as e:
        raise ToolError(f"无法运行 {what}：{e.strerror or e} / cannot run {what}: {e.strerror or e}") from e
    try:
        out, err = proc.communicate(data, timeout=seconds)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise ToolError(f"{what} 超过 {seconds} 秒未完成，已停止 / {what} took longer than {seconds} s: stopped") from None
    except BaseException:
        _kill(proc)
        raise
    return proc.returncode, out, err


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # already gone
    proc.communicate()


def _last_line(err: bytes) -> str:
    lines = [ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip() and "javaldx" not in ln]
    return lines[-1].strip()[:200] if lines else ""


def word_to_docx(data: bytes, suffix: str) -> bytes:
    """A .doc, .wps, .rtf or .odt file converted to .docx by LibreOffice."""
    soffice = which("soffice", "libreoffice")
    if soffice is None:
        raise ToolError("未安装 LibreOffice（Debian 软件包 libreoffice-writer-nogui） / "
                        "LibreOffice is not installed (Debian package libreoffice-writer-nogui)", missing=True)
    with tempfile.TemporaryDirectory(prefix="jianbao-convert-") as tmp:
        folder = Path(tmp)
        # A fixed plain name: the original may start with "-" or hold characters soffice mangles.
        source = folder / f"bulletin{suffix}"
        source.write_bytes(data)
        # A profile of its own: concurrent conversions (two build workers, two builds) would
        # otherwise share ~/.config/libreoffice, and the second soffice would hand its job to
        # the first or fail on the profile's lock.
        profile = folder / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
        out = folder / "out"
        cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--nologo",
               "--norestore", "--nolockcheck", "--nodefault", "--convert-to", "docx:MS Word 2007 XML",
               "--outdir", str(out), str(source)]
        code, _, err = _run(cmd, CONVERT_SECONDS, "LibreOffice", cwd=folder)
        result = out / "bulletin.docx"
        if not result.is_file():
            detail = _last_line(err) or f"exit status {code}"
            raise ToolError(f"LibreOffice 无法转换此文件（已损坏、有密码或不是 Word/WPS 文档） / "
                            f"LibreOffice could not convert it (damaged, password-protected or not a "
                            f"Word/WPS document): {detail}")
        return result.read_bytes()


def doc_to_text(data: bytes) -> str:
    """The text of a Word 97-2003 file by catdoc: paragraphs one a line, table cells split by tabs."""
    catdoc = which("catdoc")
    if catdoc is None:
        raise ToolError("未安装 catdoc（Debian 软件包 catdoc） / catdoc is not installed (Debian package catdoc)",
                        missing=True)
    with tempfile.TemporaryDirectory(prefix="jianbao-catdoc-") as tmp:
        source = Path(tmp) / "bulletin.doc"
        source.write_bytes(data)
        # -w: no re-wrapping of paragraphs; -d utf-8: output charset (catdoc reads the file's own)
        code, out, err = _run([catdoc, "-w", "-d", "utf-8", str(source)], CONVERT_SECONDS, "catdoc")
    if code != 0:
        raise ToolError(f"catdoc 无法读取此文件 / catdoc could not read it: {_last_line(err) or f'exit status {code}'}")
    return out.decode("utf-8", errors="replace")


OCR_PACKAGES = "tesseract-ocr、tesseract-ocr-chi-sim"


def ocr_words(png: bytes, dpi: int) -> list[dict]:
    """Words tesseract reads in a page image: text, box in pixels, and the line they belong to."""
    tesseract = which("tesseract")
    if tesseract is None:
        raise ToolError(f"未安装 tesseract（Debian 软件包 {OCR_PACKAGES}） / tesseract is not installed "
                        f"(Debian packages tesseract-ocr and tesseract-ocr-chi-sim)", missing=True)
    if OCR_LANG not in _languages(tesseract):
        raise ToolError("tesseract 缺少简体中文语言包（Debian 软件包 tesseract-ocr-chi-sim） / tesseract has no "
                        "Simplified Chinese data (Debian package tesseract-ocr-chi-sim)", missing=True)
    # One thread: the build already runs a worker per core, and OpenMP threads would fight them.
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    # psm 3: fully automatic page segmentation, which finds columns and blocks on a whole page.
    code, out, err = _run([tesseract, "stdin", "stdout", "-l", OCR_LANG, "--psm", "3", "--dpi", str(dpi), "tsv"],
                          OCR_SECONDS, "tesseract", data=png, env=env)
    if code != 0:
        raise ToolError(f"tesseract 识别失败 / tesseract failed: {_last_line(err) or f'exit status {code}'}")
    words = []
    for row in out.decode("utf-8", errors="replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue  # level 5 rows are words; the others are blocks, paragraphs and lines
        left, top, width, height = map(int, cols[6:10])
        words.append({"text": cols[11].strip(), "line": (int(cols[2]), int(cols[3]), int(cols[4])),
                      "x0": left, "x1": left + width, "top": top, "bottom": top + height})
    return words


@lru_cache(maxsize=4)
def _languages(tesseract: str) -> frozenset[str]:
    code, out, _ = _run([tesseract, "--list-langs"], 30, "tesseract")
    return frozenset(line.strip() for line in out.decode("utf-8", "replace").splitlines()[1:]) if code == 0 else frozenset()
