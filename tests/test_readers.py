"""generator.read.readers: every encoding, line ending and format gives the same text; bad files fail clearly."""
from __future__ import annotations

import dataclasses
import hashlib
import zipfile
from pathlib import Path

import pytest

from generator.read import readers
from generator.parse import parse_text
from generator.read.readers import Document, ReadError, read_document

REPO = Path(__file__).resolve().parent.parent

# Full-width punctuation, an ideographic space, a decimal, a tab and ASCII: all must survive as is.
SAMPLE = (
    "示例（内容虚构，仅供演示）\n"
    "凌云县脱贫攻坚工作简报\n"
    "\n"
    "　　该县产业覆盖率达 86.5%，投入资金356.7万元；“两不愁三保障”全面落实！\n"
    "联系人：\t李明华　联系电话：0776—0000000\n"
)
ENCODINGS = [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", None),  # Python writes a BOM in native order
    ("utf-16-le", "utf-16-le"),
    ("utf-16-be", "utf-16-be"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),  # GBK is a subset of GB18030: reported by the decoder actually used
]
NEWLINES = ["\n", "\r\n", "\r"]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def encode(text: str, encoding: str) -> bytes:
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM: add the one a file would have
        return (b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff") + text.encode(encoding)
    return text.encode(encoding)


@pytest.mark.parametrize("newline", NEWLINES, ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("encoding,reported", ENCODINGS, ids=[e for e, _ in ENCODINGS])
def test_every_encoding_and_line_ending_gives_identical_text(tmp_path, encoding, reported, newline):
    data = encode(SAMPLE.replace("\n", newline), encoding)
    doc = read_document(write(tmp_path, "a.txt", data))
    assert doc.text == SAMPLE
    assert doc.warnings == ()
    assert doc.source.format == "txt"
    assert doc.source.encoding == (reported or ("utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be"))
    assert doc.source.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.source.path == str(tmp_path / "a.txt")


def test_markdown_is_read_as_text_with_md_format(tmp_path):
    doc = read_document(write(tmp_path, "a.md", "# 标题\n\n**一、加强组织领导。**正文\n".encode()))
    assert doc.source.format == "md" and doc.text.startswith("# 标题\n\n**一、")


@pytest.mark.parametrize("word", ["脱贫", "扶贫简报", "凌云县", "示例"])
def test_short_gbk_text_is_not_mistaken_for_big5(tmp_path, word):
    # charset-normalizer alone reads these as Big5 mojibake (脱贫 → 迕げ); gb18030 comes first.
    doc = read_document(write(tmp_path, "a.txt", word.encode("gbk")))
    assert (doc.text, doc.source.encoding) == (word, "gb18030")


def test_detected_encoding_is_reported_with_a_warning(tmp_path):
    text = "Отчёт о работе: в районе построены новые дома, школы и дороги. Жители получили работу.\n" * 3
    doc = read_document(write(tmp_path, "a.txt", text.encode("cp1251")))
    assert doc.text == text
    assert doc.source.encoding == "cp1251"
    assert any("encoding guessed" in w for w in doc.warnings)


def test_control_characters_are_stripped_but_tab_and_newline_kept(tmp_path):
    raw = "甲\x00乙\x07丙\x1b[0m丁\t戊\x0c己\x85庚\ufeff辛\n"
    doc = read_document(write(tmp_path, "a.txt", raw.encode()))
    assert doc.text == "甲乙丙[0m丁\t戊\n己庚辛\n"  # form feed is a page break: it becomes a newline


def test_nfc_but_full_width_punctuation_untouched(tmp_path):
    punct = "，。：；！？（）【】“”‘’、％＋－０１　…—"
    doc = read_document(write(tmp_path, "a.txt", ("Cafe\u0301" + punct + "\u2f2f作\n").encode()))
    assert doc.text == "Café" + punct + "工作\n"  # Kangxi radical ⼯ folded to 工, nothing else changed


def test_empty_file(tmp_path):
    with pytest.raises(ReadError, match="文件为空 / file is empty"):
        read_document(write(tmp_path, "a.txt", b""))


def test_whitespace_only_file(tmp_path):
    with pytest.raises(ReadError, match="no text"):
        read_document(write(tmp_path, "a.txt", " \r\n\t\n　\n".encode()))


@pytest.mark.parametrize(
    "data,what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, ".doc"),
        (bytes(range(256)) * 40, "binary data"),
        ("正文".encode() + b"\x00\x01\x02\x03" * 50, "binary data"),
    ],
    ids=["png", "pdf", "doc", "bytes", "text-then-nuls"],
)
def test_binary_renamed_txt(tmp_path, data, what):
    with pytest.raises(ReadError, match="binary") as err:
        read_document(write(tmp_path, "a.txt", data))
    assert what in str(err.value) and "a.txt" in str(err.value)


def test_docx_renamed_txt_says_so(tmp_path, docx_file):
    path = write(tmp_path, "a.txt", docx_file.read_bytes())
    with pytest.raises(ReadError, match=r"zip/\.docx"):
        read_document(path)


def test_undecodable_bytes(tmp_path):
    with pytest.raises(ReadError, match="cannot decode"):
        read_document(write(tmp_path, "a.txt", bytes(range(0x80, 0x100)) * 20))


def test_bom_with_mostly_undecodable_content_is_refused(tmp_path):
    # UTF-32 code units above U+10FFFF: nothing decodes, so a few replacements would be a lie
    with pytest.raises(ReadError, match="byte-order mark") as err:
        read_document(write(tmp_path, "a.txt", b"\xff\xfe\x00\x00" + b"\x00\x00\x11\x7f" * 40))
    assert "大部分内容无法" in str(err.value)


# One rule for every encoding, with or without a byte-order mark: a last character cut short is
# dropped, other undecodable bytes become U+FFFD; each with a warning, never a refusal.
BODY = "该县易地扶贫搬迁安置点共安置群众一千余户，配套建设扶贫车间。"


def test_utf8_with_bom_and_one_bad_byte_reads_like_the_same_without_bom(tmp_path):
    good = BODY.encode()
    bad = good[:30] + b"\xff" + good[30:]
    plain = read_document(write(tmp_path, "a.txt", bad))
    bom = read_document(write(tmp_path, "b.txt", b"\xef\xbb\xbf" + bad))
    assert bom.text == plain.text and "\ufffd" in bom.text and "易地扶贫搬迁" in bom.text
    assert (plain.source.encoding, bom.source.encoding) == ("utf-8", "utf-8-sig")
    assert bom.warnings == plain.warnings and "U+FFFD" in bom.warnings[0]


@pytest.mark.parametrize("encoding,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")], ids=["le", "be"])
def test_odd_length_utf16_is_read_like_truncated_utf8(tmp_path, encoding, bom):
    data = bom + BODY.encode(encoding) + b"\x00"  # one byte of a last character
    doc = read_document(write(tmp_path, "a.txt", data))
    assert doc.text == BODY and doc.source.encoding == encoding
    assert len(doc.warnings) == 1 and "truncated final" in doc.warnings[0]
    utf8 = read_document(write(tmp_path, "b.txt", (BODY + "报").encode()[:-1]))
    assert utf8.text == BODY and "truncated final" in utf8.warnings[0]


def test_utf16_with_a_lone_surrogate_is_read_with_a_replacement(tmp_path):
    data = b"\xff\xfe" + BODY[:10].encode("utf-16-le") + b"\x00\xd8" + BODY[10:].encode("utf-16-le")
    doc = read_document(write(tmp_path, "a.txt", data))
    assert doc.text == BODY[:10] + "\ufffd" + BODY[10:]
    assert len(doc.warnings) == 1 and "U+FFFD" in doc.warnings[0]


def test_gb18030_cut_inside_the_last_character_is_read_with_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", (BODY * 2).encode("gb18030")[:-1]))
    assert doc.source.encoding == "gb18030" and doc.text == (BODY * 2)[:-1]
    assert len(doc.warnings) == 1 and "truncated" in doc.warnings[0]


def test_utf8_cut_inside_the_last_character_is_read_with_a_warning(tmp_path):
    data = "第一段。\n示例简报".encode()[:-1]  # 报 is 3 bytes: keep 2
    doc = read_document(write(tmp_path, "a.txt", data))
    assert doc.text == "第一段。\n示例简"
    assert doc.source.encoding == "utf-8"
    assert len(doc.warnings) == 1 and "truncated" in doc.warnings[0]


def test_utf8_with_one_bad_byte_is_not_read_as_gb18030_mojibake(tmp_path):
    good = "该县易地扶贫搬迁安置点共安置群众一千余户，配套建设扶贫车间。".encode()
    doc = read_document(write(tmp_path, "a.txt", good[:30] + b"\xff" + good[30:]))
    assert doc.source.encoding == "utf-8"
    assert "易地扶贫搬迁" in doc.text and "\ufffd" in doc.text
    assert any("U+FFFD" in w for w in doc.warnings)


def test_file_over_20_mb(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(readers.MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ReadError, match="larger than 20 MB"):
        read_document(path)


@pytest.mark.parametrize("name", ["a.docm", "a.xls", "a.jpg", "README"])
def test_unsupported_extension(tmp_path, name):
    with pytest.raises(ReadError, match="unsupported file type") as err:
        read_document(write(tmp_path, name, "正文".encode()))
    assert "不支持的文件类型" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_document(tmp_path / "nope.txt")


def test_read_error_carries_path_and_reason(tmp_path):
    err = ReadError(tmp_path / "x.txt", "原因 / reason")
    assert (err.path, err.reason) == (str(tmp_path / "x.txt"), "原因 / reason")
    assert str(err) == f"{tmp_path / 'x.txt'}: 原因 / reason"


def test_document_is_frozen(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", "正文\n".encode()))
    assert isinstance(doc, Document)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]


# --- .docx -------------------------------------------------------------------------------------


@pytest.fixture
def docx_file(tmp_path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("示例（内容虚构，仅供演示）")
    d.add_heading("百色市脱贫攻坚简报", level=1)
    d.add_paragraph("")  # empty paragraphs in Word become nothing, not runs of blank lines
    p = d.add_paragraph("　　一、强化产业支撑。")
    p.add_run("全市覆盖率达 86.5%，")
    p.add_run("比上年提高 3.2 个百分点。").bold = True
    table = d.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "指标"
    table.cell(0, 2).text = "数值"
    table.cell(1, 0).text = "覆盖率"
    table.cell(1, 1).text = "86.5%"
    d.add_paragraph("（示例县扶贫办 李明华）")
    path = tmp_path / "a.docx"
    d.save(path)
    return path


def test_docx_round_trip(docx_file):
    doc = read_document(docx_file)
    assert doc.text == (
        "示例（内容虚构，仅供演示）\n\n百色市脱贫攻坚简报\n\n"
        "一、强化产业支撑。全市覆盖率达 86.5%，比上年提高 3.2 个百分点。\n\n"
        "| 指标 |  | 数值 |\n|---|---|---|\n| 覆盖率 | 86.5% |  |\n\n（示例县扶贫办 李明华）\n"
    )
    assert (doc.source.format, doc.source.encoding) == ("docx", None)
    assert doc.source.sha256 == hashlib.sha256(docx_file.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "data,match",
    [
        (b"this is not a zip file at all", "corrupt"),
        (b"PK\x03\x04" + b"\x00" * 600, "corrupt"),
    ],
    ids=["garbage", "zip-header-only"],
)
def test_corrupt_docx(tmp_path, data, match):
    with pytest.raises(ReadError, match=match):
        read_document(write(tmp_path, "a.docx", data))


def test_docx_zip_without_document_part(tmp_path):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "nothing here")
    with pytest.raises(ReadError, match="corrupt or not a .docx"):
        read_document(path)


def test_truncated_docx(tmp_path, docx_file):
    data = docx_file.read_bytes()
    with pytest.raises(ReadError, match="corrupt"):
        read_document(write(tmp_path, "b.docx", data[: len(data) // 2]))


def _numbered_docx(tmp_path, paragraphs, levels, restart_second=False) -> Path:
    """A .docx whose paragraphs are numbered by Word (one list: ``levels`` as (numFmt, lvlText) per level,
    ``paragraphs`` as (level or None, text)); with ``restart_second``, a second list instance of the same
    definition restarts at 1 from the paragraph marked level 10 (its level is 0)."""
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                   f'<w:suff w:val="nothing"/></w:lvl>' for k, (fmt, text) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {w} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="91"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="92"><w:abstractNumId w:val="90"/>'
                               f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for level, text in paragraphs:
        p = d.add_paragraph(text)
        if level is not None:
            num_id, ilvl = ("92", 0) if level == 10 and restart_second else ("91", level)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {w}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    path = tmp_path / "numbered.docx"
    d.save(path)
    return path


def test_docx_automatic_numbering_is_printed(tmp_path):
    # Word turns a typed 一、 into a list: 二、 and （一） live only in numbering.xml
    path = _numbered_docx(tmp_path, [
        (None, "示例县乡村振兴简报"), (0, "抓好产业发展"), (1, "稳住种植面积"), (1, "办好扶贫车间"),
        (0, "巩固“三保障”成果"), (1, "义务教育"), (None, "全县劝返辍学生 12 名。"), (2, "送教上门"), (2, "随班就读"),
    ], [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")])
    assert read_document(path).text.split("\n\n") == [
        "示例县乡村振兴简报", "一、抓好产业发展", "（一）稳住种植面积", "（二）办好扶贫车间", "二、巩固“三保障”成果",
        "（一）义务教育", "全县劝返辍学生 12 名。", "1.送教上门", "2.随班就读\n"]


def test_docx_numbering_counts_past_ten_and_restarts_where_told(tmp_path):
    items = [(0, f"第{k}项") for k in range(1, 13)] + [(10, "另一张清单")]
    path = _numbered_docx(tmp_path, items, [("chineseCounting", "%1、")], restart_second=True)
    lines = read_document(path).text.split()
    assert lines[9:] == ["十、第10项", "十一、第11项", "十二、第12项", "一、另一张清单"]


def test_docx_bullets_and_unnumbered_documents_read_as_before(tmp_path, docx_file):
    path = _numbered_docx(tmp_path, [(0, "加强组织领导"), (None, "正文。")], [("bullet", "\uf06c")])
    assert read_document(path).text == "加强组织领导\n\n正文。\n"
    assert read_document(docx_file).text.startswith("示例（内容虚构，仅供演示）\n\n百色市脱贫攻坚简报")


def _text_box(lines: list[str], inner: str = ""):
    """A run holding a Word text box (as Word writes it: the shape for Word, a VML copy for older readers)."""
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    ps = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
    if inner:
        ps += f"<w:p>{inner}</w:p>"
    return parse_xml(f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
                     f'<w:txbxContent>{ps}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>'
                     f'<w:pict><v:shape><v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict>'
                     f'</mc:Fallback></mc:AlternateContent></w:r>')


def test_docx_text_boxes_are_read_once_in_place(tmp_path):
    # a red-letter masthead and a 批示 box are often drawn in text boxes, which python-docx's text skips
    docx = pytest.importorskip("docx")
    from lxml import etree

    d = docx.Document()
    d.add_paragraph()._p.append(_text_box(["示例县脱贫攻坚简报", "第3期"]))
    d.add_paragraph("示例县扶贫办　　2020年3月5日")
    inner = etree.tostring(_text_box(["（内框）"]), encoding="unicode")
    d.add_paragraph("正文第一段。")._p.append(_text_box(["县委书记批示：抓好落实。"], inner))
    path = tmp_path / "boxes.docx"
    d.save(path)
    assert read_document(path).text.split("\n\n") == [
        "示例县脱贫攻坚简报", "第3期", "示例县扶贫办　　2020年3月5日", "县委书记批示：抓好落实。", "（内框）", "正文第一段。\n"]


# --- .pdf --------------------------------------------------------------------------------------


def minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws ``content`` (no fonts: so no text layer)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_scanned_pdf_without_text_layer(tmp_path):
    path = write(tmp_path, "scan.pdf", minimal_pdf(b"0.5 g 50 50 495 742 re f"))
    with pytest.raises(ReadError, match="no text layer") as err:
        read_document(path)
    assert "--ocr" in str(err.value) and "扫描件" in str(err.value) and "tesseract-ocr-chi-sim" in str(err.value)
    assert not err.value.transient  # a property of the file (and the setting), not of this machine


@pytest.mark.parametrize(
    "data,zh,en",
    [(b"%PDF-1.4\nthis is not really a pdf", "已损坏", "damaged"),
     (b"hello", "不是 PDF 文件", "not a PDF file"),
     (b"PK\x03\x04" + b"\x00" * 100, "不是 PDF 文件", "zip/.docx")],
    ids=["header-only", "garbage", "zip"],
)
def test_corrupt_pdf_says_what_is_wrong(tmp_path, data, zh, en):
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path, "a.pdf", data))
    assert zh in err.value.reason and en in err.value.reason and "PdfminerException" not in err.value.reason
    chinese, english = err.value.reason.split("/ ", 1)  # the Chinese half, then the English one
    assert zh in chinese and en in english and "/ " not in english


def test_truncated_pdf_is_damaged(tmp_path):
    data = SAMPLE_PDF.read_bytes() if SAMPLE_PDF.is_file() else minimal_pdf(b"0 g")
    with pytest.raises(ReadError, match="damaged") as err:
        read_document(write(tmp_path, "a.pdf", data[: len(data) // 3]))
    assert "已损坏" in err.value.reason and "PdfminerException" not in err.value.reason


def test_encrypted_pdf_says_so(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path), encrypt=StandardEncryption("secret"))
    c.drawString(72, 700, "text")
    c.save()
    with pytest.raises(ReadError, match="encrypted") as err:
        read_document(path)
    assert "已加密" in err.value.reason and "PdfminerException" not in err.value.reason


def make_pdf(path: Path, pages: list[list[tuple[str, bool]]], head: str = "河池市脱贫攻坚简报") -> None:
    """Write a CJK PDF: each page is a list of (line, indented); running head and page number added."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for number, lines in enumerate(pages, 1):
        c.setFont("STSong-Light", 9)
        c.drawCentredString(297, 800, head)
        c.setFont("STSong-Light", 12)
        y = 760
        for text, indented in lines:
            c.drawString(96 if indented else 72, y, text)
            y -= 20
        c.setFont("STSong-Light", 9)
        c.drawCentredString(297, 40, f"- {number} -")
        c.showPage()
    c.save()


# 36 characters of 12 pt fill the 432 pt text block that make_pdf draws from x=72; 34 when indented.
FULL = "全县扶贫车间吸纳群众就近就业，带动务工人员稳定增收，产业覆盖率持续提高，满意度逐年上升"


def test_pdf_paragraphs_rejoined_and_page_furniture_dropped(tmp_path):
    path = tmp_path / "a.pdf"
    make_pdf(path, [
        [("示例（内容虚构，仅供演示）", False), ("一、概况", False), (FULL[:34], True), (FULL[:36], False),
         ("年底覆盖率达87.", False)],  # a short line ends its paragraph even without 。
        [(FULL[:34], True), (FULL[:33] + "达87.", False)],  # full, no end punctuation: goes on
        [("36%。", False), ("第二段从这里开始。", True)],
    ])
    doc = read_document(path)
    assert doc.source.format == "pdf" and doc.source.encoding is None
    paragraphs = doc.text.rstrip("\n").split("\n\n")
    assert paragraphs == [
        "河池市脱贫攻坚简报",  # the running head is kept once, on the first page (the masthead)
        "示例（内容虚构，仅供演示）",
        "一、概况",
        FULL[:34] + FULL[:36] + "年底覆盖率达87.",
        FULL[:34] + FULL[:33] + "达87.36%。",  # joined across the page break, page number dropped
        "第二段从这里开始。",
    ]
    assert "- 2 -" not in doc.text


def test_pdf_full_line_ending_in_full_stop_continues_when_paragraphs_are_indented(tmp_path):
    path = tmp_path / "a.pdf"
    make_pdf(path, [[
        (FULL[:33] + "。", True), ("第二段。", False),  # a short line at the margin: goes on, then ends
        (FULL[:34], True), (FULL[:35] + "。", False), (FULL[:20] + "。", False),
        ("第三段。", True), ("第四段。", True), ("第五段。", True),
        ("报：某某单位。", False), (FULL[:35] + "。", False), ("某某办公室 2019年6月12日印发", False),
    ]])
    paragraphs = read_document(path).text.rstrip("\n").split("\n\n")
    assert paragraphs[1:] == [
        FULL[:33] + "。第二段。",
        FULL[:34] + FULL[:35] + "。" + FULL[:20] + "。",  # 。 at a full line's end, next at the margin
        "第三段。", "第四段。", "第五段。",
        "报：某某单位。",
        FULL[:35] + "。",  # the next line is short and unpunctuated: a footer line, not a continuation
        "某某办公室 2019年6月12日印发",
    ]


def test_pdf_with_one_blank_page_warns(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 700, "第一页有文字。")
    c.showPage()
    c.rect(50, 50, 400, 600, fill=1)  # a scanned page: an image, no text
    c.showPage()
    c.save()
    doc = read_document(path)
    assert doc.text == "第一页有文字。\n"
    assert doc.warnings and "page 2 has no text layer" in doc.warnings[0]


SAMPLE_PDF = REPO / "bulletins" / "2019-河池-第9期.pdf"
SAMPLE_DOCX = REPO / "bulletins" / "2019-百色-第8期.docx"


@pytest.mark.skipif(not SAMPLE_PDF.is_file(), reason="sample PDF not generated")
def test_shipped_sample_pdf_reads_back():
    doc = read_document(SAMPLE_PDF)
    assert doc.text.startswith("示例（内容虚构，仅供演示）")
    assert "2019年第9期" in doc.text and "印发" in doc.text
    assert "(cid:" not in doc.text and not any(f"- {n} -" in doc.text for n in range(1, 5))
    assert doc.text.count("河池市脱贫攻坚简报") == 1  # the masthead stays, the running heads go
    # A paragraph that runs over a page break, and one with a full line ending in 。 mid-paragraph.
    assert "\n罗城仫佬族自治县坚持把社会保障兜底作为脱贫攻坚的最后一道防线，推动" in doc.text
    assert "二是提标提补。今年起农村低保标准" in doc.text
    assert "\n报：" in doc.text and "\n送：" in doc.text and "\n河池市扶贫开发领导小组办公室 2019年6月12日印发\n" in doc.text


@pytest.mark.skipif(not SAMPLE_DOCX.is_file(), reason="sample .docx not generated")
def test_shipped_sample_docx_reads_back():
    doc = read_document(SAMPLE_DOCX)
    assert doc.text.startswith("示例（内容虚构，仅供演示）")
    assert "2019年第8期" in doc.text and "印发" in doc.text


def test_shipped_sample_texts_read_as_utf8():
    for path in sorted((REPO / "bulletins").glob("*.*")):
        if path.suffix in (".txt", ".md") and path.name != "README.md":
            doc = read_document(path)
            assert doc.source.encoding == "utf-8" and doc.warnings == ()
            assert doc.text.strip().splitlines()[0] == "示例（内容虚构，仅供演示）"


@pytest.mark.seeds
def test_real_seeds_read_unchanged(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = read_document(path)
        raw = path.read_bytes().decode("utf-8")
        assert doc.source.encoding == "utf-8" and doc.warnings == ()
        assert doc.text == raw.replace("\r\n", "\n")


@pytest.mark.parametrize("text, garbled", [
    ("示例：全县贫困发生率由 12.3% 降至 1.2%，脱贫攻坚取得决定性进展。" * 4, False),
    ("示例：貧困發生率由百分之十二點三降至百分之一點二，脫貧攻堅取得決定性進展。" * 4, False),  # traditional
    ("示例 نامراتلىقتىن قۇتۇلدۇرۇش خىزمىتى " * 6, False),  # Uyghur
    ("示例 བོད་ལྗོངས་ཀྱི་དབུལ་སྐྱོར་ལས་དོན། " * 6, False),  # Tibetan
    ("Poverty alleviation bulletin, issue 3. " * 20, False),  # too few non-ASCII characters to judge
    ("".join(chr(0xAC00 + (i * 7919) % 11172) + chr(0xE000 + i % 6000) + chr(0x4E00 + (i * 104729) % 20992)
             for i in range(200)), True),  # what a converter makes of random bytes
])
def test_garbled_text_is_told_from_text(text, garbled):
    assert readers._garbled(text) is garbled


def test_text_pasted_from_a_web_page_loses_its_markup(tmp_path):
    """A .txt copied out of a page's source (<p>, <br>, &nbsp;, &ldquo;) reads as its text, one
    paragraph per line; a plain text that mentions < or & once is left as it is."""
    page = ('<p style="text-align: center;"><strong>示例县乡村振兴工作简报</strong></p>\n'
            "<p>2022年第5期</p>\n<p>&nbsp;</p>\n<p><strong>就业帮扶车间建设提速</strong></p>\n"
            "<p>&nbsp;&nbsp;&nbsp;&nbsp;全县建成&ldquo;就业帮扶车间&rdquo;28个。<br>&nbsp;&nbsp;吸纳就业860人。</p>\n")
    doc = read_document(write(tmp_path, "a.txt", page.encode()))
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    assert lines == ["示例县乡村振兴工作简报", "2022年第5期", "就业帮扶车间建设提速", "全县建成“就业帮扶车间”28个。",
                     "吸纳就业860人。"]
    assert any("网页标记" in w for w in doc.warnings)
    plain = read_document(write(tmp_path, "b.txt", "收入<5000元的农户 & 监测户\n".encode()))
    assert plain.text.strip() == "收入<5000元的农户 & 监测户" and not plain.warnings


# A county site's page saved from a browser: menus and a footer around a layout table, the
# bulletin inside it, its own data table, a script and a style that are not text.
WEB_PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>凌云县脱贫攻坚简报第5期_凌云县人民政府门户网站</title>
<style>p {{ text-indent: 2em }}</style><script>var s = "<p>脚本里的字</p>";</script></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 工作简报</div>
<table width="100%"><tr><td><table><tr><td>
<h1>凌云县脱贫攻坚简报</h1><p>（示例：内容及数据均为虚构）</p><p>2019年第5期（总第45期）</p>
<p>凌云县脱贫攻坚指挥部办公室&nbsp;&nbsp;&nbsp;&nbsp;2019年5月20日</p>
<p><strong>凌云县发展茶叶产业带动群众增收</strong></p>
<p>　　今年以来，凌云县把茶叶产业作为群众增收的主导产业，新建标准化茶园，
推行&ldquo;公司+合作社+农户&rdquo;模式。各乡镇茶园面积如下表。</p>
<table border="1"><tr><th>乡镇</th><th>茶园面积（亩）</th><th>带动户数</th></tr>
<tr><td>泗城镇</td><td>12000</td><td>860</td></tr><tr><td>下甲镇</td><td>8600</td><td>540</td></tr></table>
<p>该县还组织技术人员开展茶叶种植培训26期，培训群众1180人次。<br/>（凌云县扶贫开发办公室 李明华）</p>
</td></tr></table></td></tr></table>
<div class="foot">版权所有：凌云县人民政府 &copy; 2019　<a href="#">网站地图</a></div>
</body></html>"""


@pytest.mark.parametrize("charset, encoding", [("utf-8", "utf-8"), ("gb2312", "gb18030")])
def test_web_page_is_read_as_its_text_with_its_tables(tmp_path, charset, encoding):
    page = write(tmp_path, "a.html", WEB_PAGE.format(charset=charset).encode(encoding))
    doc = read_document(page)
    assert (doc.source.format, doc.source.encoding) == ("html", encoding)
    blocks = doc.text.strip().split("\n\n")
    # the parts the page names as its menu (class="nav") and footer (class="foot") are not read
    assert blocks[:5] == ["凌云县脱贫攻坚简报", "（示例：内容及数据均为虚构）", "2019年第5期（总第45期）",
                          "凌云县脱贫攻坚指挥部办公室\xa0\xa0\xa0\xa02019年5月20日", "凌云县发展茶叶产业带动群众增收"]
    assert "首页" not in doc.text and "版权" not in doc.text
    # a line break in the source between Chinese characters is no space; entities are characters
    assert blocks[5] == "今年以来，凌云县把茶叶产业作为群众增收的主导产业，新建标准化茶园，推行“公司+合作社+农户”模式。各乡镇茶园面积如下表。"
    assert blocks[6] == ("| 乡镇 | 茶园面积（亩） | 带动户数 |\n|---|---|---|\n| 泗城镇 | 12000 | 860 |\n"
                         "| 下甲镇 | 8600 | 540 |")
    assert "脚本" not in doc.text and "text-indent" not in doc.text and "门户网站" not in doc.text
    issue = parse_text(doc.text, doc.source)
    assert [(a.title, a.authors) for a in issue.articles] == [("凌云县发展茶叶产业带动群众增收", ("李明华",))]
    assert (issue.series, issue.issue_no, issue.date) == ("凌云县脱贫攻坚简报", 5, "2019-05-20")
    assert not any("版权" in p for a in issue.articles for p in a.paragraphs)


@pytest.mark.parametrize("page, text", [
    ("<p>甲</p><table><tr><td>乙", "甲\n\n乙\n"),  # cut short inside a table
    ("<table><tr><td>只有一列</td></tr><tr><td>第二行</td></tr></table>", "只有一列\n\n第二行\n"),
    ("<pre>  两个  空格\n第二行</pre>", "两个  空格\n第二行\n"),
    # a part named as the site's menu is skipped whole, however deep; a name that only contains one is not
    ("<div class='nav'><div><a>首页</a></div><div>菜单</div></div><p>正文</p>", "正文\n"),
    ("<div class='main-nav-content'><p>正文</p></div><div id='footer'>版权所有</div>", "正文\n"),
    ("<p>a|b</p><table><tr><td>x|y</td><td>2</td></tr><tr><td>z</td><td>3</td></tr></table>",
     "a|b\n\n| x\\|y | 2 |\n|---|---|\n| z | 3 |\n"),
])
def test_web_page_edge_cases(tmp_path, page, text):
    assert read_document(write(tmp_path, "a.htm", page.encode())).text == text


def test_a_saved_page_is_listed_without_the_folder_of_its_assets(tmp_path):
    from generator.store.archive import bulletin_files

    (tmp_path / "第5期.html").write_text(WEB_PAGE.format(charset="utf-8"), encoding="utf-8")
    for folder in ("第5期_files", "第6期_files"):  # the second has no page: a folder like any other
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "frame.htm").write_text("<p>广告</p>", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in bulletin_files(tmp_path)] == ["第5期.html", "第6期_files/frame.htm"]
