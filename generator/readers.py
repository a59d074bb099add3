"""Read one bulletin file (.txt/.md/.docx/.pdf) into plain text with LF line endings.

The reader only turns bytes into faithful text; it does not interpret the bulletin. Every
failure is a ``ReadError`` naming the file and a bilingual reason, so a build can report it and
go on with the rest of the archive.
"""
from __future__ import annotations

import hashlib
import io
import re
import statistics
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .model import SourceFile

MAX_BYTES = 20 * 1024 * 1024
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf"}

# Signatures of files that are commonly renamed to .txt by mistake, to say what they really are.
_MAGIC = [(b"PK\x03\x04", "zip/.docx"), (b"%PDF", "PDF"), (b"\xd0\xcf\x11\xe0", "Word 97-2003 .doc / OLE"),
          (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"{\\rtf", "RTF"),
          (b"\x7fELF", "ELF"), (b"Rar!", "RAR"), (b"\x1f\x8b", "gzip")]
_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]  # UTF-32 first: FF FE 00 00 starts like UTF-16
# C0/C1 controls except \t and \n; DEL; stray BOMs (files concatenated by hand keep their BOM).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_PARA_END = tuple("。！？；：…”」』!?;")
_PAGE_NO = re.compile(r"^[-—–·\s]*(\d{1,4}|第\s*\d{1,4}\s*页(\s*[/／共]\s*\d{1,4}\s*页?)?|\d{1,4}\s*/\s*\d{1,4})[-—–·\s]*$")


class ReadError(Exception):
    """A file that cannot be read as a bulletin; ``reason`` is bilingual (中文 / English)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = str(path), reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class Document:
    text: str
    source: SourceFile
    warnings: tuple[str, ...] = ()


def read_document(path: Path) -> Document:
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(path, f"不支持的文件类型“{path.suffix or '无扩展名'}”，只支持 .txt .md .docx .pdf"
                              f" / unsupported file type {path.suffix or '(none)'!r}: use .txt, .md, .docx or .pdf")
    try:
        if not path.is_file():
            raise ReadError(path, "文件不存在或不是普通文件 / no such file (or not a regular file)")
        if path.stat().st_size > MAX_BYTES:
            raise ReadError(path, f"文件超过 {MAX_BYTES // 2**20} MB / file is larger than {MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(path, f"无法读取文件 / cannot read file: {e.strerror or e}") from e
    if not data:
        raise ReadError(path, "文件为空 / file is empty")
    warnings: list[str] = []
    encoding = None
    if fmt in ("txt", "md"):
        text, encoding = _decode(path, data, warnings)
    elif fmt == "docx":
        text = _docx_text(path, data)
    else:
        text = _pdf_text(path, data, warnings)
    text = _clean(text)
    if not text.strip():
        raise ReadError(path, "文件中没有文字 / file contains no text")
    sha = hashlib.sha256(data).hexdigest()
    return Document(text, SourceFile(str(path), sha, fmt, encoding), tuple(warnings))


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    # Form/vertical feeds mark page breaks in extracted text: deleting them would glue two pages.
    text = _CONTROL.sub("", text.replace("\f", "\n").replace("\v", "\n"))
    # NFC only: NFKC would turn full-width ，：（）％ into ASCII and change the text's meaning for
    # the parser. Kangxi radicals (⼯ U+2F2F) are the one exception worth folding: PDF fonts map
    # ideographs to them, and they only have compatibility decompositions.
    text = unicodedata.normalize("NFC", text)
    return re.sub("[\u2f00-\u2fdf]", lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _decode(path: Path, data: bytes, warnings: list[str]) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name.replace("-sig", ""))
            except UnicodeDecodeError as e:
                raise ReadError(path, f"文件以 {name} 字节序标记开头但无法按该编码解码 / "
                                      f"starts with a {name} byte-order mark but does not decode: {e.reason}") from e
            if _binary(text):
                raise ReadError(path, "文件含有二进制数据，不是文本 / file contains binary data, not text")
            return text, name
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ReadError(path, f"这是二进制文件（{kind}），不是文本；请使用正确的扩展名 / "
                                  f"binary file ({kind}), not text: give it its proper extension")
    # Control bytes never occur inside the multi-byte characters of UTF-8, GBK/GB18030 or Big5, so
    # counting them in the raw bytes is fair to every encoding tried below. A few are stripped as
    # scars of extraction; many mean binary data (or UTF-16 without its byte-order mark).
    if _binary(data.decode("latin-1")):
        raise ReadError(path, "文件含有二进制数据，不是文本（若是无字节序标记的 UTF-16，请另存为 UTF-8） / "
                              "file contains binary data, not text (UTF-16 without a byte-order mark? save as UTF-8)")
    return _guess(path, data, warnings)


def _binary(text: str) -> bool:
    return len(re.findall("[\x00-\x08\x0e-\x1f\x7f]", text)) > max(8, len(text) // 50)


def _guess(path: Path, data: bytes, warnings: list[str]) -> tuple[str, str]:
    # Strict UTF-8 first: valid UTF-8 is almost never anything else, while charset-normalizer
    # can misjudge a short Chinese text (a few hundred bytes) as Big5, cp1252 or a KOI8 page.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.end == len(data) and len(data) - e.start < 4:
            # A file cut inside its last character (a truncated copy or download): keep the rest.
            warnings.append(f"文件末尾有不完整的 UTF-8 字符，已丢弃 / truncated final UTF-8 character dropped "
                            f"({len(data) - e.start} byte(s))")
            return data[:e.start].decode("utf-8"), "utf-8"
    # Mostly valid UTF-8 with a few damaged bytes: GB18030 would still "decode" it, as mojibake
    # (中文 → 涓枃), so a UTF-8 file with one bad byte is kept as UTF-8 with U+FFFD markers.
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for c in loose if ord(c) > 0x7F and c != "\ufffd")
    if bad <= 10 and good >= 20 * bad:
        warnings.append(f"{bad} 处无效的 UTF-8 字节已替换为 � / {bad} invalid UTF-8 sequence(s) replaced by U+FFFD")
        return loose, "utf-8"
    # Then GB18030 (a superset of GBK and GB2312), the other encoding Chinese offices use; accept
    # it only when clean: no private-use or C1 code points, which mean the bytes are something else.
    try:
        text = data.decode("gb18030")
        if not re.search("[\x80-\x9f\ue000-\uf8ff]", text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported lazily: slow to import, rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(path, "无法识别文件的字符编码（试过 UTF-8、GB18030 等） / "
                              "cannot decode the file: not UTF-8, GB18030 or any encoding recognised")
    warnings.append(f"字符编码由自动检测得出：{best.encoding} / encoding guessed by detection: {best.encoding}")
    return str(best), best.encoding


def _docx_text(path: Path, data: bytes) -> str:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(path, "这是旧版 Word（.doc）文件，请另存为 .docx / old Word 97-2003 .doc file: save it as .docx")
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        # Walk the body in order, so tables stay where they were between paragraphs.
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                blocks.append(Paragraph(child, document).text.strip())
            elif tag == "tbl":
                lines, seen = [], set()
                for row in Table(child, document).rows:
                    for cell in row.cells:
                        # A merged cell comes back once per grid cell it spans; keep the element
                        # itself in the set (an lxml proxy's id() is reused once it is freed).
                        if cell._tc not in seen:
                            seen.add(cell._tc)
                            lines.append(cell.text.strip())
                blocks.append("\n".join(line for line in lines if line))
    except Exception as e:  # python-docx raises zipfile, KeyError, lxml and its own errors alike
        raise ReadError(path, f"Word 文件已损坏或不是 .docx / corrupt or not a .docx file: {type(e).__name__}") from e
    return "\n\n".join(b for b in blocks if b) + "\n"


def _pdf_text(path: Path, data: bytes, warnings: list[str]) -> str:
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [[ln for ln in page.extract_text_lines() if ln["text"].strip()] for page in pdf.pages]
    except Exception as e:  # pdfminer raises many unrelated types for broken or encrypted files
        raise ReadError(path, f"PDF 文件已损坏、加密或无法解析 / corrupt, encrypted or unreadable PDF: "
                              f"{type(e).__name__}") from e
    if not any(pages):
        raise ReadError(path, "PDF 没有文字层（可能是扫描件）；本工具不做 OCR / "
                              "PDF has no text layer (a scan?); no OCR is done")
    # pdfminer writes (cid:123) for glyphs it cannot map: a text layer made of those is no text.
    alltext = "".join(ln["text"] for page in pages for ln in page)
    if len("".join(re.findall(r"\(cid:\d+\)", alltext))) * 2 > len(alltext):
        raise ReadError(path, "PDF 的文字层无法转换为 Unicode（字体缺少编码表） / "
                              "PDF text layer cannot be mapped to Unicode (font has no ToUnicode map)")
    for i, page in enumerate(pages, 1):
        if not page:
            warnings.append(f"PDF 第 {i} 页没有文字层，已跳过 / page {i} has no text layer, skipped")
    return _pdf_paragraphs(_strip_furniture(pages))


def _strip_furniture(pages: list[list[dict]]) -> list[list[dict]]:
    """Drop page numbers and running heads/feet: they would split paragraphs across pages."""
    def key(line: dict) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line["text"]))

    # Page numbers only near the top or bottom: a lone number inside the body may be a table cell.
    pages = [[ln for i, ln in enumerate(p) if not (_PAGE_NO.match(ln["text"]) and (i < 2 or i >= len(p) - 2))]
             for p in pages]
    if sum(1 for p in pages if p) < 3:
        return pages  # too few pages to tell a running head from a title
    for end in (0, -1):
        counts: dict[str, int] = {}
        for p in pages:
            if p:
                counts[key(p[end])] = counts.get(key(p[end]), 0) + 1
        heads = {k for k, n in counts.items() if n * 2 > len(pages)}
        # Keep it on the first page: there the top line is usually the masthead (the series name).
        pages = [p if not p or key(p[end]) not in heads or (end == 0 and n == 0)
                 else (p[1:] if end == 0 else p[:-1]) for n, p in enumerate(pages)]
    return pages


def _pdf_paragraphs(pages: list[list[dict]]) -> str:
    if not any(pages):
        return ""
    # Work in coordinates relative to each page's left margin: printed bulletins often mirror
    # margins on odd and even pages. A page with few lines (a title, a footer) uses the overall one.
    overall = statistics.median_low(ln["x0"] for p in pages for ln in p)
    lines = []
    for p in pages:
        left = statistics.median_low(ln["x0"] for ln in p) if len(p) >= 5 else overall
        lines += [{"text": ln["text"].strip(), "x0": ln["x0"] - left, "x1": ln["x1"] - left,
                   "h": ln["bottom"] - ln["top"]} for ln in p]
    # Measure the text block: its width (most body lines reach the right edge) and a character's size.
    xs = sorted(ln["x1"] for ln in lines)
    width = xs[int(len(xs) * 0.9)] if len(xs) >= 10 else xs[-1]
    em = statistics.median(ln["h"] for ln in lines) or 10
    for ln in lines:
        ln["full"] = ln["x1"] >= width - 1.5 * em
        ln["ends"] = ln["text"].endswith(_PARA_END)
    # Does this document indent first lines (look at what follows a short line ending in 。)? Then a
    # full line ending in 。 may be mid-paragraph: it goes on when the next line is at the margin and
    # itself reads as paragraph text (full, or ending in 。), not a footer line such as …印发.
    starts = [b["x0"] for a, b in zip(lines, lines[1:]) if not a["full"] and a["ends"] and b["x0"] <= 3 * em]
    uses_indent = len(starts) >= 3 and sum(x > em for x in starts) >= 0.6 * len(starts)
    paragraphs: list[str] = []
    current = ""
    for ln, nxt in zip(lines, lines[1:] + [None]):
        text = ln["text"]
        if current and current[-1].isascii() and current[-1].isalpha() and text[:1].isascii() and text[:1].isalpha():
            current += " "  # an English word wrapped at the line end
        current += text
        # Chinese paragraphs open with a two-character indent: an indented next line starts anew.
        # A line set further in (a centred title, a right-aligned signature) stands alone.
        indented = nxt is not None and nxt["x0"] > 1.5 * em
        alone = ln["x0"] > 3 * em
        ends = ln["ends"] and not (uses_indent and nxt is not None and (nxt["full"] or nxt["ends"]))
        if not ln["full"] or alone or ends or indented or nxt is None:
            paragraphs.append(current)
            current = ""
    return "\n\n".join(paragraphs) + "\n"
