"""Read one bulletin file (.txt/.md/.docx/.doc/.wps/.rtf/.odt/.html/.pdf) into plain text with LF line endings.

The reader only turns bytes into faithful text; it does not interpret the bulletin. Every
failure is a ``ReadError`` naming the file and a bilingual reason, so a build can report it and
go on with the rest of the archive. Word tables come out as Markdown pipe tables in their place
between the paragraphs. .doc, .wps, .rtf and .odt files go through LibreOffice (.doc also catdoc), scanned PDF pages
through tesseract when OCR is asked for (:mod:`generator.read.external`); both only when such a file is met.
"""
from __future__ import annotations

import codecs
import hashlib
import html
import io
import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path

from ..model import SourceFile
from .numbering import Numbering
from .webpage import WIDE, html_text

MAX_BYTES = 20 * 1024 * 1024
FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".doc": "doc",
           ".wps": "wps", ".rtf": "rtf", ".odt": "odt", ".html": "html", ".htm": "html", ".pdf": "pdf"}

_OLE = b"\xd0\xcf\x11\xe0"  # the compound-file signature of Word 97-2003 .doc and of WPS .wps
# Signatures of files that are commonly renamed to .txt by mistake, to say what they really are.
_MAGIC = [(b"PK\x03\x04", "zip/.docx"), (b"%PDF", "PDF"), (_OLE, "Word 97-2003 .doc / OLE"),
          (b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"{\\rtf", "RTF"),
          (b"\x7fELF", "ELF"), (b"Rar!", "RAR"), (b"\x1f\x8b", "gzip")]
_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]  # UTF-32 first: FF FE 00 00 starts like UTF-16
# C0/C1 controls except \t and \n; DEL; stray BOMs (files concatenated by hand keep their BOM).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_PARA_END = tuple("。！？；：…”」』!?;")
_PAGE_NO = re.compile(r"^[-—–·\s]*(\d{1,4}|第\s*\d{1,4}\s*页(\s*[/／共]\s*\d{1,4}\s*页?)?|\d{1,4}\s*/\s*\d{1,4})[-—–·\s]*$")
# How to have scanned pages read, said wherever they are met: (中文, English).
OCR_HINT = ("用 jianbao build --ocr（或 parse --ocr），或在 mkdocs.yml 设置 extra: jianbao: ocr: true 识别文字"
            "（需要 Debian 软件包 tesseract-ocr、tesseract-ocr-chi-sim）",
            "use --ocr, or set extra: jianbao: ocr: true in mkdocs.yml, to read it by OCR "
            "(needs Debian packages tesseract-ocr and tesseract-ocr-chi-sim)")


class ReadError(Exception):
    """A file that cannot be read as a bulletin; ``reason`` is bilingual (中文 / English).

    ``transient``: the failure depends on this machine (a program not installed), not on the file,
    so the result is not cached and the file is tried again by the next build."""

    def __init__(self, path: Path | str, reason: str, transient: bool = False) -> None:
        self.path, self.reason, self.transient = str(path), reason, transient
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class Document:
    text: str
    source: SourceFile
    warnings: tuple[str, ...] = ()
    # the text depends on this machine (a fallback program was used, OCR was not available)
    transient: bool = False


@dataclass
class _Notes:
    """What reading a file found besides its text."""

    warnings: list[str] = field(default_factory=list)
    ocr: bool = False  # some text came from OCR
    transient: bool = False


def read_document(path: Path, ocr: bool = False) -> Document:
    """``ocr``: read scanned (image-only) PDF pages with tesseract instead of refusing them."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(path, f"不支持的文件类型“{path.suffix or '无扩展名'}”，只支持 {' '.join(FORMATS)}"
                              f" / unsupported file type {path.suffix or '(none)'!r}: use {', '.join(FORMATS)}")
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
    notes = _Notes()
    encoding = None
    if fmt in ("txt", "md"):
        text, encoding = _decode(path, data, notes.warnings)
        text = _without_html(text, notes.warnings)
    elif fmt == "html":
        text, encoding = _decode(path, data, notes.warnings)
        text = html_text(text)
    elif fmt == "pdf":
        text = _pdf_text(path, data, notes, ocr)
    elif data.startswith(b"PK\x03\x04") and fmt != "odt":  # an .odt is a zip archive too
        text = _docx_text(path, data)  # a .docx, whatever it is named
    elif fmt == "docx" and not data.startswith(_OLE):
        raise ReadError(path, "Word 文件已损坏或不是 .docx / corrupt or not a .docx file: not a zip archive")
    else:
        text = _word_text(path, data, fmt, notes)
    text = _clean(text)
    if not text.strip():
        raise ReadError(path, "文件中没有文字 / file contains no text", transient=notes.transient)
    if _garbled(text):
        raise ReadError(path, "文件内容无法识别为文字（文件可能已损坏，或扩展名与内容不符） / the content does not "
                              "read as text (a corrupt file, or one whose extension does not match its content)")
    sha = hashlib.sha256(data).hexdigest()
    return Document(text, SourceFile(str(path), sha, fmt, encoding, ocr=notes.ocr), tuple(notes.warnings),
                    notes.transient)


# text copied out of a web page's source: paragraph and line tags, inline tags, entities (&nbsp; &ldquo;)
_HTML_TAG = re.compile(r"</?(?:p|br|div|span|strong|b|em|i|u|font|h[1-6]|table|tbody|thead|tr|td|th|li|ul|ol|a|img|section|center)\b[^<>]{0,300}?/?>",
                       re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|tr|section|center)\s*>|<(?:p|div|h[1-6]|li|tr|section|center)\b[^<>]{0,300}?>",
                         re.IGNORECASE)
_HTML_PARAGRAPH = re.compile(r"<p\b|</p>|<br\s*/?>", re.IGNORECASE)


def _without_html(text: str, warnings: list[str]) -> str:
    """A .txt or .md pasted from a page's source (<p>…</p>, <br>, &nbsp;): its text, one paragraph per line.
    Only when most lines are marked up as paragraphs: a text that mentions a tag or an & is left alone."""
    lines = [line for line in text[:200_000].splitlines() if line.strip()]
    marked = sum(1 for line in lines if _HTML_PARAGRAPH.search(line))
    if marked < 5 or marked < 0.3 * len(lines):
        return text  # a bulletin that quotes some markup (or a hostile one) is shown as it is printed
    tags = len(_HTML_TAG.findall(text, 0, 200_000))
    text = _HTML_BREAK.sub("\n", text)
    text = html.unescape(_HTML_TAG.sub("", text)).replace("\xa0", " ")
    warnings.append(f"文件中有网页标记（{tags} 个标签），已去除 / web page markup removed ({tags} tags)")
    return text


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
            text, notes = _lenient(data[len(bom):], name.replace("-sig", ""))
            # A byte-order mark names the encoding: a few bad bytes are damage, not another encoding.
            if text.count("\ufffd") > max(10, len(text) // 20):
                raise ReadError(path, f"文件以 {name} 字节序标记开头，但大部分内容无法按该编码解码 / "
                                      f"starts with a {name} byte-order mark but most of it does not decode")
            if _binary(text):
                raise ReadError(path, "文件含有二进制数据，不是文本 / file contains binary data, not text")
            warnings += notes
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


def _lenient(data: bytes, encoding: str) -> tuple[str, list[str]]:
    """Decode, the same way for every encoding: a last character cut short (a truncated copy or
    download) is dropped, any other undecodable bytes become U+FFFD; each with a warning."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(data, final=False)  # an incomplete last character stays in the buffer
    cut = len(decoder.getstate()[0])
    notes = []
    if cut:
        notes.append(f"文件末尾有不完整的 {encoding.upper()} 字符，已丢弃 / truncated final {encoding} character "
                     f"dropped ({cut} byte(s))")
    bad = text.count("\ufffd")
    if bad:
        notes.append(f"{bad} 处无法按 {encoding} 解码的字节已替换为 � / {bad} invalid {encoding} sequence(s) "
                     f"replaced by U+FFFD")
    return text, notes


def _chinese(text: str, at_least: int) -> bool:
    """``text`` has ``at_least`` non-ASCII characters and most of them are common ideographs or CJK punctuation."""
    wide = [c for c in text if ord(c) > 0x7F and c != "\ufffd"]
    return len(wide) >= at_least and sum("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
                                         for c in wide) >= 0.9 * len(wide)


# Scripts of China's other official languages (Uyghur, Tibetan, Mongolian, Yi): text, though not GBK
_MINORITY_SCRIPTS = re.compile("[\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af\ua000-\ua4cf]")


_NARROW = re.compile(r"[\x00-\x7f\s]+")


def _garbled(text: str, sample: int = 5000) -> bool:
    """Whether most of ``text``'s non-ASCII characters are outside GBK (and the minority scripts):
    what a converter makes of a corrupt file. Random code points are GBK a third of the time, a
    bulletin's nearly always, traditional characters included."""
    wide = _NARROW.sub("", text[:2 * sample])[:sample]
    if len(wide) < 50:
        return False
    # one encode of the sample (ASCII is left out, so every b"?" is a character GBK lacks)
    if wide.encode("gbk", "replace").count(b"?") <= 0.4 * len(wide):
        return False
    return sum(map(_readable, wide)) < 0.6 * len(wide)


def _readable(char: str) -> bool:
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return _MINORITY_SCRIPTS.match(char) is not None
    return True


def _binary(text: str) -> bool:
    return len(re.findall("[\x00-\x08\x0e-\x1f\x7f]", text)) > max(8, len(text) // 50)


def _guess(path: Path, data: bytes, warnings: list[str]) -> tuple[str, str]:
    # UTF-8 first: valid UTF-8 is almost never anything else, while charset-normalizer can
    # misjudge a short Chinese text (a few hundred bytes) as Big5, cp1252 or a KOI8 page.
    text, notes = _lenient(data, "utf-8")
    bad = text.count("\ufffd")
    # Mostly valid UTF-8 with a few damaged bytes: GB18030 would still "decode" it, as mojibake
    # (中文 → 涓枃), so a UTF-8 file with one bad byte is kept as UTF-8 with U+FFFD markers.
    if bad == 0 or bad <= 10 and sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd") >= 20 * bad:
        warnings += notes
        return text, "utf-8"
    # Then GB18030 (a superset of GBK and GB2312), the other encoding Chinese offices use; accept
    # it only when clean: no private-use or C1 code points, which mean the bytes are something else.
    # Damaged GB18030 is read as damaged UTF-8 is (U+FFFD and a warning), when what does decode is
    # Chinese: other single- and double-byte encodings fail on many bytes or decode to rare signs.
    text, notes = _lenient(data, "gb18030")
    bad = text.count("\ufffd")
    if not re.search("[\x80-\x9f\ue000-\uf8ff]", text) and (bad == 0 or bad <= 10 and _chinese(text, 20 * bad)):
        warnings += notes
        return text, "gb18030"
    from charset_normalizer import from_bytes  # imported lazily: slow to import, rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(path, "无法识别文件的字符编码（试过 UTF-8、GB18030 等） / "
                              "cannot decode the file: not UTF-8, GB18030 or any encoding recognised")
    warnings.append(f"字符编码由自动检测得出：{best.encoding} / encoding guessed by detection: {best.encoding}")
    return str(best), best.encoding


def _docx_text(path: Path, data: bytes) -> str:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        blocks = _docx_blocks(document.element.body, document, Numbering(document))
    except Exception as e:  # python-docx raises zipfile, KeyError, lxml and its own errors alike
        raise ReadError(path, f"Word 文件已损坏或不是 .docx / corrupt or not a .docx file: {type(e).__name__}") from e
    return "\n\n".join(b for b in blocks if b) + "\n"


_LAYOUT_CELL = 150  # characters: a cell this long holds running text, so its table is page layout


def _docx_blocks(container, parent, numbering: Numbering | None = None) -> list[str]:
    """Paragraphs and tables of a body (or a table cell) in document order, so tables stay where
    they were between paragraphs, each numbered paragraph with its number. Content controls (w:sdt)
    are looked into."""
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            for box in _text_boxes(child):  # a masthead or a 批示 box drawn in a text box, anchored to this paragraph
                blocks += _docx_blocks(box, parent, numbering)
            number = numbering.label(child) if numbering is not None else ""
            text = Paragraph(child, parent).text.strip()
            blocks.append(number + text if text else "")
        elif tag == "tbl":
            blocks += _docx_table(child, parent)
        elif tag == "sdt":
            content = child.find("{*}sdtContent")
            if content is not None:
                blocks += _docx_blocks(content, parent, numbering)
    return blocks


def _text_boxes(p) -> list:
    """The text boxes drawn in paragraph ``p``, each once: a shape's text comes twice, for Word
    (mc:Choice) and for older readers (mc:Fallback), and a box inside a box is read with its outer box."""
    boxes = []
    for box in p.iter("{*}txbxContent"):
        between = takewhile(lambda a: a is not p, box.iterancestors())
        if not any(a.tag.endswith(("}Fallback", "}txbxContent")) for a in between):
            boxes.append(box)
    return boxes


def _docx_table(tbl, parent) -> list[str]:
    """A Word table as a Markdown pipe table, the first row its head. A table used for page layout
    (one column, long running text, tables inside) gives its cells' paragraphs instead, and a one-row
    table (an office and a date side by side) one line with a tab between the cells."""
    from docx.table import _Cell

    grid: list[list[str]] = []
    cells = []  # every cell element once, row by row
    above: dict[int, str] = {}  # column → text of the cell a vertically merged cell continues
    for tr in tbl.tr_lst:
        row = [""] * tr.grid_before
        for tc in tr.tc_lst:
            column = len(row)
            if tc.vMerge == "continue":
                text = above.get(column, "")  # the row's own place or label, repeated in each row
            else:
                text = " ".join(ln.strip() for ln in _Cell(tc, parent).text.splitlines() if ln.strip())
                above[column] = text
                cells.append(tc)
            row += [text] + [""] * (tc.grid_span - 1)  # a horizontally merged head stands over its first column
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    used = [j for j in range(width) if any(j < len(r) and r[j] for r in grid)]
    grid = [[r[j] if j < len(r) else "" for j in used] for r in grid if any(r)]
    if not grid:
        return []
    nested = any(tc.find(".//{*}tbl") is not None for tc in cells)
    if len(used) < 2 or nested or any(len(c) > _LAYOUT_CELL for r in grid for c in r):
        return [b for tc in cells for b in _docx_blocks(tc, _Cell(tc, parent))]
    if len(grid) == 1:
        return ["\t".join(c for c in grid[0] if c)]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in row) + " |"

    return ["\n".join([line(grid[0]), "|" + "---|" * len(used), *map(line, grid[1:])])]


def _word_text(path: Path, data: bytes, fmt: str, notes: _Notes) -> str:
    """A .doc, .wps, .rtf or .odt file (or a .docx that is really a .doc): converted to .docx by
    LibreOffice and read as one; else, for Word's binary format, read by catdoc with tables and layout lost."""
    from . import external

    try:
        return _docx_text(path, external.word_to_docx(data, "." + fmt))
    except external.ToolError as e:
        office = e
    if not data.startswith(_OLE):  # catdoc reads only Word's binary format
        raise ReadError(path, _need_office(fmt) if office.missing else office.reason, transient=office.missing)
    try:
        text = external.doc_to_text(data)
    except external.ToolError as e:
        if office.missing and e.missing:
            raise ReadError(path, _need_office(fmt, catdoc=True), transient=True) from e
        raise ReadError(path, office.reason if not office.missing else e.reason, transient=office.missing) from e
    if office.missing:
        notes.warnings.append("未安装 LibreOffice（Debian 软件包 libreoffice-writer-nogui），已用 catdoc 读取，合并单元格和版式"
                              "已丢失 / LibreOffice is not installed (Debian package libreoffice-writer-nogui): read with "
                              "catdoc, merged cells and layout are lost")
    else:
        notes.warnings.append(f"已改用 catdoc 读取，合并单元格和版式已丢失 / read with catdoc, merged cells and layout "
                              f"are lost: {office.reason}")
    notes.transient = office.missing  # read again, properly, once LibreOffice is installed
    return _catdoc_paragraphs(text)


def _need_office(fmt: str, catdoc: bool = False) -> str:
    also, also_en = ("或 catdoc（Debian 软件包 catdoc）", " or catdoc (Debian package catdoc)") if catdoc else ("", "")
    return (f"读取 .{fmt} 文件需要 LibreOffice（Debian 软件包 libreoffice-writer-nogui）{also}，未安装；"
            f"也可以在 Word/WPS 中另存为 .docx / reading .{fmt} files needs LibreOffice (Debian package "
            f"libreoffice-writer-nogui){also_en}, not installed; or save the file as .docx")


def _catdoc_paragraphs(text: str) -> str:
    """catdoc's output, one paragraph a line and table rows as tab-separated cells, as the .docx
    reader gives it: blank lines between paragraphs, rows of two or more in a pipe table."""
    blocks: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if len(rows) >= 2:
            n = max(len(r) for r in rows)
            body = ["| " + " | ".join(c.replace("|", "\\|") for c in r + [""] * (n - len(r))) + " |" for r in rows]
            blocks.append("\n".join([body[0], "|" + "---|" * n, *body[1:]]))
        elif rows:
            blocks.append("\t".join(rows[0]))
        rows.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        if "\t" in line.strip("\t "):
            rows.append([c.strip() for c in line.split("\t")])
            continue
        flush()
        if line.strip():
            blocks.append(line.strip())
    flush()
    return "\n\n".join(blocks) + "\n"


OCR_DPI = 300


def _pdf_text(path: Path, data: bytes, notes: _Notes, ocr: bool) -> str:
    if b"%PDF-" not in data[:1024]:  # the header may follow up to 1 KB of junk
        kind = next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)
        cn, en = (f"（像是 {kind} 文件）", f" (it looks like {kind})") if kind else ("", "")
        raise ReadError(path, f"不是 PDF 文件：开头没有 %PDF 标记{cn} / not a PDF file: no %PDF header{en}")
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [[ln for ln in page.extract_text_lines() if ln["text"].strip()] for page in pdf.pages]
            # pdfminer writes (cid:123) for glyphs it cannot map: a text layer made of those is no text.
            alltext = "".join(ln["text"] for page in pages for ln in page)
            unmapped = len("".join(re.findall(r"\(cid:\d+\)", alltext))) * 2 > len(alltext)
            if unmapped and not ocr:
                raise ReadError(path, f"PDF 的文字层无法转换为 Unicode（字体缺少编码表）；{OCR_HINT[0]} / PDF text "
                                      f"layer cannot be mapped to Unicode (font has no ToUnicode map): {OCR_HINT[1]}")
            if unmapped:
                pages = [[] for _ in pages]  # every page read from its image
            blank = [i for i, page in enumerate(pages) if not page]
            unread: set[int] = set()  # scanned pages OCR failed on (and said so)
            if not pages or len(blank) == len(pages) and not ocr:
                raise ReadError(path, f"PDF 没有文字层（可能是扫描件）：{OCR_HINT[0]} / PDF has no text layer "
                                      f"(a scanned document?): {OCR_HINT[1]}")
            if ocr and blank:
                unread = _ocr_pages(path, pdf, pages, blank, notes)
    except ReadError:
        raise
    except Exception as e:  # pdfminer raises many unrelated types for broken or encrypted files
        raise ReadError(path, _pdf_problem(e)) from e
    for i, page in enumerate(pages, 1):
        if not page and i - 1 not in unread:
            notes.warnings.append(f"PDF 第 {i} 页没有文字层（扫描件、图片或空白页），已跳过"
                                  f"{'' if ocr else '；用 --ocr 可识别扫描件'} / page {i} has no text layer, skipped")
    frames = [_ocr_frames(p) if p and "block" in p[0] else _columns(p) for p in _strip_furniture(pages)]
    return _pdf_paragraphs(frames)


def _pdf_problem(e: Exception) -> str:
    """What is wrong with a PDF pdfminer could not read, in words."""
    cause = e.args[0] if e.args and isinstance(e.args[0], BaseException) else e  # pdfplumber wraps pdfminer's
    name = type(cause).__name__
    if "Password" in name or "Encrypt" in name:
        return ("PDF 已加密，需要密码才能打开；请另存一份不加密的副本 / the PDF is encrypted (password-protected): "
                "save a copy without a password")
    detail = f"{name}: {cause}" if str(cause) and str(cause) != name else name
    return f"PDF 文件已损坏（结构无法解析，可能不完整）/ the PDF is damaged (its structure cannot be read; truncated?): {detail[:160]}"


def _ocr_pages(path: Path, pdf, pages: list[list[dict]], blank: list[int], notes: _Notes) -> set[int]:
    """Read the pages without text from their images; the pages that could not be read come back.
    A missing tesseract is a transient failure: the file is read again once it is installed."""
    from . import external

    unread = set()
    for n, i in enumerate(blank):
        try:
            pages[i] = _ocr_lines(pdf.pages[i])
        except external.ToolError as e:
            if len(blank) == len(pages):
                raise ReadError(path, f"扫描件（只有图像）无法识别文字 / a scanned PDF (images only) that could "
                                      f"not be read by OCR: {e.reason}", transient=e.missing) from e
            skipped = blank[n:] if e.missing else [i]  # a missing program fails every page alike
            numbers = "、".join(str(j + 1) for j in skipped)
            notes.warnings.append(f"PDF 第 {numbers} 页是扫描件，未能识别 / page(s) {numbers} scanned and not read: {e.reason}")
            notes.transient = notes.transient or e.missing
            unread.update(skipped)
            if e.missing:
                break
    notes.ocr = any(pages[i] for i in blank)
    return unread


# Spaces tesseract puts between Chinese characters (and between them and digits or Latin letters,
# which Chinese typesetting does not space either); spaces between two Latin words stay.
_CJK_SPACE = re.compile(f"(?<=[{WIDE}]) +| +(?=[{WIDE}])")


def _ocr_lines(page) -> list[dict]:
    """A page's lines read by tesseract from its image, in PDF points like the text layer's lines."""
    from . import external

    image = page.to_image(resolution=OCR_DPI).original.convert("L")
    buffer = io.BytesIO()
    image.save(buffer, "PPM")  # uncompressed grey map: much faster to write than PNG, leptonica reads it
    words = external.ocr_words(buffer.getvalue(), OCR_DPI)
    scale, (left, top) = 72 / OCR_DPI, page.bbox[:2]
    by_line: dict[tuple, list[dict]] = {}
    for w in words:
        by_line.setdefault(w["line"], []).append(w)
    lines = []
    for key, ws in by_line.items():
        text = _CJK_SPACE.sub("", " ".join(w["text"] for w in ws)).strip()
        if text:
            lines.append({"text": text, "block": key[0], "x0": left + min(w["x0"] for w in ws) * scale,
                          "x1": left + max(w["x1"] for w in ws) * scale, "top": top + min(w["top"] for w in ws) * scale,
                          "bottom": top + max(w["bottom"] for w in ws) * scale})
    return lines


def _ocr_frames(lines: list[dict]) -> list[tuple[str, list[dict]]]:
    """tesseract's blocks (it finds columns itself), each measured on its own left edge."""
    frames: list[tuple[str, list[dict]]] = []
    for ln in lines:
        if frames and frames[-1][1][-1]["block"] == ln["block"]:
            frames[-1][1].append(ln)
        else:
            frames.append(("column", [ln]))
    return frames


def _columns(lines: list[dict]) -> list[tuple[str, list[dict]]]:
    """A page's lines as frames in reading order. A single-column page is one ("page", lines) frame.
    On a two-column page the text layer's lines run across both columns: each run of them is cut
    at the gutter into a left and a right ("column", lines) frame; lines across the gutter (a title
    over both columns, a page number) are ("page", lines) frames between them."""
    if len(lines) < 8:
        return [("page", lines)]
    em = statistics.median(ln["bottom"] - ln["top"] for ln in lines) or 10
    lo, hi = min(ln["x0"] for ln in lines), max(ln["x1"] for ln in lines)
    gaps = []  # per line, the spaces of at least an em between its characters
    for ln in lines:
        chars = sorted((c for c in ln.get("chars", ()) if c["text"].strip()), key=lambda c: c["x0"])
        gaps.append([(a["x1"], b["x0"]) for a, b in zip(chars, chars[1:]) if b["x0"] - a["x1"] >= em])
    middles = {round((g0 + g1) / 2) for gs in gaps for g0, g1 in gs if lo + 0.3 * (hi - lo) < (g0 + g1) / 2 < lo + 0.7 * (hi - lo)}
    best, cut = 0, None
    for x in sorted(middles):
        split = {i for i, gs in enumerate(gaps) if any(g0 < x < g1 for g0, g1 in gs)}
        across = sum(1 for i, ln in enumerate(lines) if ln["x0"] < x < ln["x1"] and i not in split)
        if len(split) < max(5, 0.4 * len(lines)) or across > 0.25 * len(lines):
            continue
        # Columns of running text fill their width on both sides of the gutter; the cells of an
        # aligned text table do not, and must stay rows.
        filled = sum(1 for i in split
                     if max(c["x1"] for c in lines[i]["chars"] if c["x1"] <= x) >= x - 4 * em
                     and max(c["x1"] for c in lines[i]["chars"]) >= hi - 4 * em)
        if filled >= 0.6 * len(split) and len(split) > best:
            best, cut = len(split), x
    if cut is None:
        return [("page", lines)]
    frames: list[tuple[str, list[dict]]] = []
    run: list[dict] = []

    def flush() -> None:
        for side in (lambda c: c["x1"] <= cut, lambda c: c["x0"] >= cut):
            column = [part for ln in run if (part := _part(ln, [c for c in ln["chars"] if side(c)]))]
            if column:
                frames.append(("column", column))
        run.clear()

    for ln in lines:
        if ln["x0"] < cut < ln["x1"] and any(c["x0"] < cut < c["x1"] and c["text"].strip() for c in ln["chars"]):
            flush()
            if frames and frames[-1][0] == "page":
                frames[-1][1].append(ln)
            else:
                frames.append(("page", [ln]))
        else:
            run.append(ln)
    flush()
    return frames


def _part(line: dict, chars: list[dict]) -> dict | None:
    """The part of a text-layer line made of ``chars``, with a space where pdfplumber would put one."""
    chars = sorted(chars, key=lambda c: c["x0"])
    text = ""
    for prev, c in zip([None, *chars], chars):
        if prev is not None and c["x0"] - prev["x1"] > 3:  # pdfplumber's default x_tolerance
            text += " "
        text += c["text"]
    if not text.strip():
        return None
    return {"text": text.strip(), "x0": min(c["x0"] for c in chars if c["text"].strip()),
            "x1": max(c["x1"] for c in chars if c["text"].strip()), "top": line["top"], "bottom": line["bottom"]}


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


def _pdf_paragraphs(pages: list[list[tuple[str, list[dict]]]]) -> str:
    """Lines re-joined into paragraphs; ``pages`` holds each page's frames (see ``_columns``)."""
    if not any(lines for page in pages for _, lines in page):
        return ""
    # Work in coordinates relative to each page's left margin: printed bulletins often mirror
    # margins on odd and even pages. A page with few lines (a title, a footer) uses the overall one.
    # A column is measured on its own left edge and against the width of the columns; lines across
    # a two-column page against the page's (its left column's edge, the text's full width).
    def column_left(frame: list[dict]) -> float:
        return statistics.median_low(ln["x0"] for ln in frame) if len(frame) >= 5 else min(ln["x0"] for ln in frame)

    plain = [ln for page in pages if all(kind == "page" for kind, _ in page) for _, f in page for ln in f]
    overall = statistics.median_low(ln["x0"] for ln in plain) if plain else 0  # unused without plain pages
    lines = []
    for page in pages:
        columns = [f for kind, f in page if kind == "column"]
        every = [ln for _, f in page for ln in f]
        if columns:
            page_left = min(column_left(f) for f in columns)
        else:
            page_left = statistics.median_low(ln["x0"] for ln in every) if len(every) >= 5 else overall
        for kind, frame in page:
            left = page_left if kind == "page" else column_left(frame)
            lines += [{"text": ln["text"].strip(), "x0": ln["x0"] - left, "x1": ln["x1"] - left,
                       "h": ln["bottom"] - ln["top"], "kind": kind, "px1": ln["x1"] - page_left} for ln in frame]
    # Measure the text block: its width (most body lines reach the right edge), a column's width.
    widths = {}
    for kind in ("page", "column"):
        xs = sorted(ln["px1"] if kind == "page" else ln["x1"] for ln in lines if kind == "page" or ln["kind"] == kind)
        if xs:
            widths[kind] = xs[int(len(xs) * 0.9)] if len(xs) >= 10 else xs[-1]
    em = statistics.median(ln["h"] for ln in lines) or 10
    for ln in lines:
        ln["full"] = ln["x1"] >= widths[ln["kind"]] - 1.5 * em
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
