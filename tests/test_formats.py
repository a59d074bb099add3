""".doc, .wps, .rtf and .odt through LibreOffice (catdoc as the fallback for .doc), scanned PDFs through OCR, Word tables as
pipe tables, two-column PDF pages.

The fixtures are made here: a .docx written with python-docx and turned into a .doc by soffice (once
a session), a PDF page that is only an image of Chinese text. Tests that need a program skip when it
is missing, and fail when CI=true (.ci/run installs them). A missing program is simulated by PATH.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from generator.read import external
from generator.store.archive import load_archive
from generator.parse import parse_text
from generator.read.readers import ReadError, read_document

from .sample import jianbao, missing as skip_or_fail

PACKAGES = {"soffice": "libreoffice-writer-nogui", "catdoc": "catdoc", "tesseract": "tesseract-ocr tesseract-ocr-chi-sim"}


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if "tesseract" in tools and not missing:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
        if "chi_sim" not in langs:
            missing.append("tesseract chi_sim data")
    if missing:
        skip_or_fail(f"needs {', '.join(missing)} (Debian: {' '.join(PACKAGES.get(t, t) for t in tools)})")


def only(tmp_path: Path, monkeypatch, *tools: str) -> None:
    """PATH holding only ``tools`` (none: no external program at all)."""
    folder = tmp_path / "bin"
    folder.mkdir(parents=True)
    for tool in tools:
        (folder / tool).symlink_to(shutil.which(tool))
    monkeypatch.setenv("PATH", str(folder))


TITLES = ["凌云县发展茶叶产业带动群众增收", "凌云县织密防返贫监测网"]
TABLE = "| 乡镇 | 茶园面积（亩） | 带动户数 |\n|---|---|---|\n| 泗城镇 | 12000 | 860 |\n| 下甲镇 | 8600 | 540 |\n| 合计 | 20600 | 1400 |"


def bulletin_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for text in ["示例（内容虚构，仅供演示）", "凌云县脱贫攻坚简报", "2019年第5期（总第45期）",
                 "凌云县脱贫攻坚指挥部办公室编　　　　2019年5月20日", TITLES[0],
                 "今年以来，凌云县把茶叶产业作为群众增收的主导产业，新建标准化茶园，推行“公司+合作社+农户”模式，"
                 "带动贫困户稳定增收。各乡镇茶园面积和带动户数如下表。"]:
        d.add_paragraph(text)
    rows = [("乡镇", "茶园面积（亩）", "带动户数"), ("泗城镇", "12000", "860"), ("下甲镇", "8600", "540"),
            ("合计", "20600", "1400")]
    table = d.add_table(rows=4, cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    for text in ["该县还组织技术人员开展茶叶种植培训 26 期，培训群众 1180 人次，茶青收购价格保持稳定。",
                 "（凌云县扶贫开发办公室 李明华）", TITLES[1],
                 "凌云县建立防止返贫动态监测和帮扶机制，对脱贫不稳定户、边缘易致贫户每月开展一次排查，做到早发现、"
                 "早干预、早帮扶，全县监测对象风险消除率达 92.5%。",
                 "（凌云县乡村振兴局 黄春梅）", "报：市扶贫开发领导小组办公室。", "送：县脱贫攻坚指挥部各成员单位。",
                 "凌云县脱贫攻坚指挥部办公室　　　　2019年5月20日印发"]:
        d.add_paragraph(text)
    d.save(path)
    return path


@pytest.fixture(scope="session")
def word_doc(tmp_path_factory) -> Path:
    """A Word 97-2003 .doc written by LibreOffice from a python-docx bulletin (the one soffice run
    that makes a fixture)."""
    need("soffice")
    folder = tmp_path_factory.mktemp("doc")
    source = bulletin_docx(folder / "凌云-第5期.docx")
    profile = (folder / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc",
                    "--outdir", str(folder / "out"), str(source)], capture_output=True, timeout=300, check=True)
    doc = folder / "out" / "凌云-第5期.doc"
    assert doc.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    return doc


@pytest.fixture(scope="session")
def converted(word_doc) -> dict[str, object]:
    """The .doc, and the same bytes named .wps, read at the same time: each conversion has a
    LibreOffice profile of its own, so neither hands its job to the other or fails on a lock."""
    # soffice cannot write .wps; WPS Office saves Word's binary format under that name, and
    # LibreOffice recognises the file by its content, whatever the extension.
    wps = word_doc.with_name("凌云-第5期.wps")
    wps.write_bytes(word_doc.read_bytes())
    results: dict[str, object] = {}

    def read(path: Path) -> None:
        try:
            results[path.suffix] = read_document(path)
        except ReadError as e:
            results[path.suffix] = e

    threads = [threading.Thread(target=read, args=(path,)) for path in (word_doc, wps)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


@pytest.fixture(scope="session")
def doc_read(converted):
    assert not isinstance(converted[".doc"], ReadError), converted[".doc"]
    return converted[".doc"]


def test_doc_is_converted_by_libreoffice_and_parsed(doc_read, word_doc):
    assert doc_read.source.format == "doc" and doc_read.warnings == () and not doc_read.transient
    assert TABLE in doc_read.text  # the Word table, as a pipe table, between its paragraphs
    assert doc_read.text.index("如下表。") < doc_read.text.index(TABLE) < doc_read.text.index("培训群众")
    issue = parse_text(doc_read.text, doc_read.source)
    assert [a.title for a in issue.articles] == TITLES
    assert (issue.series, issue.year, issue.issue_no, issue.date) == ("凌云县脱贫攻坚简报", 2019, 5, "2019-05-20")
    assert [a.authors for a in issue.articles] == [("李明华",), ("黄春梅",)]


def test_doc_reads_as_the_docx_it_was_made_from(doc_read, word_doc):
    original = read_document(bulletin_docx(word_doc.parent / "again.docx"))
    assert doc_read.text == original.text


def test_wps_is_converted_by_content(converted, doc_read):
    wps = converted[".wps"]
    assert not isinstance(wps, ReadError), wps
    assert wps.source.format == "wps" and wps.text == doc_read.text


@pytest.fixture(scope="session")
def office_files(tmp_path_factory) -> dict[str, Path]:
    """The python-docx bulletin saved by LibreOffice as rich text and as OpenDocument."""
    need("soffice")
    folder = tmp_path_factory.mktemp("office")
    source = bulletin_docx(folder / "凌云-第5期.docx")
    profile = (folder / "profile").as_uri()
    for fmt in ("rtf", "odt"):
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt,
                        "--outdir", str(folder / "out"), str(source)], capture_output=True, timeout=300, check=True)
    return {fmt: folder / "out" / f"凌云-第5期.{fmt}" for fmt in ("rtf", "odt")}


@pytest.mark.parametrize("fmt", ["rtf", "odt"])
def test_rtf_and_odt_read_as_the_docx_they_were_saved_from(office_files, fmt):
    doc = read_document(office_files[fmt])
    assert doc.source.format == fmt and doc.warnings == () and not doc.transient
    assert doc.text == read_document(bulletin_docx(office_files[fmt].parent / f"again-{fmt}.docx")).text
    assert [a.title for a in parse_text(doc.text, doc.source).articles] == TITLES


@pytest.mark.parametrize("suffix, data", [(".rtf", b"{\\rtf1\\ansi " + "正文".encode("gbk") + b"}"),
                                          (".odt", b"PK\x03\x04" + b"\x00" * 200)])
def test_rtf_and_odt_without_libreoffice_name_the_package(tmp_path, monkeypatch, suffix, data):
    path = tmp_path / f"简报{suffix}"
    path.write_bytes(data)
    only(tmp_path, monkeypatch)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.path == str(path) and err.value.transient
    assert f".{suffix[1:]} 文件需要 LibreOffice" in err.value.reason and "libreoffice-writer-nogui" in err.value.reason


def test_catdoc_is_the_fallback_without_libreoffice(tmp_path, monkeypatch, word_doc):
    need("catdoc")
    only(tmp_path, monkeypatch, "catdoc")
    doc = read_document(word_doc)
    assert doc.source.format == "doc" and doc.transient  # read properly once LibreOffice is installed
    assert len(doc.warnings) == 1 and "catdoc" in doc.warnings[0] and "libreoffice-writer-nogui" in doc.warnings[0]
    assert "| 泗城镇 | 12000 | 860 |" in doc.text  # catdoc's tab-separated rows, as a pipe table
    assert [a.title for a in parse_text(doc.text, doc.source).articles] == TITLES


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_without_any_converter_the_error_names_file_reason_and_package(tmp_path, monkeypatch, suffix):
    path = tmp_path / f"简报{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    only(tmp_path, monkeypatch)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.path == str(path) and err.value.transient
    assert "libreoffice-writer-nogui" in err.value.reason and "catdoc" in err.value.reason
    assert f".{suffix[1:]} 文件需要 LibreOffice" in err.value.reason and "not installed" in err.value.reason


def test_archive_reports_a_doc_without_converter_builds_the_rest_and_reads_it_once_installed(
        tmp_path, monkeypatch, word_doc):
    need("catdoc")
    folder = tmp_path / "bulletins"
    folder.mkdir()
    shutil.copy(word_doc, folder / "a.doc")
    (folder / "b.txt").write_text("示例\n凌云县脱贫攻坚简报\n2019年第6期\n\n标题一\n\n正文一段。\n", encoding="utf-8")
    cache = tmp_path / "cache"
    path = os.environ["PATH"]
    only(tmp_path / "before", monkeypatch)
    archive = load_archive(folder, cache_dir=cache)
    assert [i.source.path for i in archive.issues] == ["b.txt"]
    [error] = archive.errors
    assert error.path == "a.doc" and "libreoffice-writer-nogui" in error.message and error.transient
    monkeypatch.setenv("PATH", path)
    only(tmp_path / "now", monkeypatch, "catdoc")  # installed now (catdoc: the quicker to run)
    archive = load_archive(folder, cache_dir=cache)  # the failure was not cached
    assert sorted(i.source.path for i in archive.issues) == ["a.doc", "b.txt"] and not archive.errors


def test_a_docx_named_doc_needs_no_converter(tmp_path, monkeypatch):
    path = bulletin_docx(tmp_path / "a.docx").rename(tmp_path / "a.doc")
    only(tmp_path, monkeypatch)
    doc = read_document(path)
    assert doc.source.format == "doc" and TABLE in doc.text


def test_a_doc_named_docx_is_converted(tmp_path, monkeypatch, word_doc):
    need("catdoc")
    only(tmp_path, monkeypatch, "catdoc")  # the cheaper converter: what matters is that it is tried
    path = tmp_path / "a.docx"
    path.write_bytes(word_doc.read_bytes())
    assert TITLES[0] in read_document(path).text


def test_damaged_doc_says_libreoffice_could_not_convert_it(tmp_path):
    need("soffice")
    path = tmp_path / "a.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ReadError, match="could not convert") as err:
        read_document(path)
    assert not err.value.transient


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_random_bytes_are_refused_not_shown_as_text(tmp_path, suffix):
    """LibreOffice reads anything as text: random bytes became an issue of mojibake."""
    need("soffice")
    path = tmp_path / f"2019年第3期{suffix}"
    path.write_bytes(random.Random(suffix).randbytes(20_000))
    with pytest.raises(ReadError, match="无法识别为文字"):
        read_document(path)


def test_a_conversion_that_hangs_is_stopped(tmp_path, monkeypatch):
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    # a launcher whose child outlives it unless the whole process group is killed
    fake.write_text(f"#!/bin/sh\nsleep 30 &\necho $! > {tmp_path}/child\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(fake.parent) + os.pathsep + "/usr/bin:/bin")
    monkeypatch.setattr(external, "CONVERT_SECONDS", 1)
    with pytest.raises(external.ToolError, match="longer than 1 s"):
        external.word_to_docx(b"x", ".doc")
    child = int((tmp_path / "child").read_text())
    for _ in range(100):  # SIGKILL is delivered at once, but give a loaded machine a moment
        if not alive(child):
            break
        threading.Event().wait(0.05)
    assert not alive(child)


def alive(pid: int) -> bool:
    """Running (a zombie waiting for init to reap it is not: it no longer runs)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


# --- Word tables -------------------------------------------------------------------------------


def test_word_tables_merged_layout_and_one_row(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("前言。")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "县", "项目", "资金（万元）"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "凌云县"  # one county over two rows: repeated in each
    t.cell(1, 1).text, t.cell(1, 2).text = "茶叶|油茶", "356.7"
    t.cell(2, 1).text, t.cell(2, 2).text = "道路", "120"
    d.add_paragraph("中段。")
    box = d.add_table(rows=1, cols=1)  # a boxed note: layout, not data
    box.cell(0, 0).text = "自治区领导批示：要认真总结推广。"
    line = d.add_table(rows=1, cols=2)  # an office and a date side by side
    line.cell(0, 0).text, line.cell(0, 1).text = "凌云县扶贫办", "2019年5月20日"
    d.add_paragraph("结尾。")
    path = tmp_path / "a.docx"
    d.save(path)
    assert read_document(path).text == (
        "前言。\n\n"
        "| 县 | 项目 | 资金（万元） |\n|---|---|---|\n| 凌云县 | 茶叶\\|油茶 | 356.7 |\n| 凌云县 | 道路 | 120 |\n\n"
        "中段。\n\n自治区领导批示：要认真总结推广。\n\n凌云县扶贫办\t2019年5月20日\n\n结尾。\n")


# --- scanned PDFs ------------------------------------------------------------------------------

SCANNED = ["凌云县脱贫攻坚简报", "2019年第5期", "凌云县发展茶叶产业", "全县茶园面积达到八万亩。"]


def cjk_font() -> tuple[str, int]:
    out = subprocess.run(["fc-list", "-f", "%{file}|%{index}|%{family}\n", ":lang=zh-cn"],
                         capture_output=True, text=True).stdout if shutil.which("fc-list") else ""
    fonts = [ln.split("|") for ln in out.splitlines() if ln.count("|") == 2]
    fonts.sort(key=lambda f: ("WenQuanYi Micro Hei" not in f[2], "Sans CJK SC" not in f[2], "Mono" in f[2]))
    if not fonts:
        skip_or_fail("needs a Chinese font (Debian fonts-wqy-microhei or fonts-noto-cjk)")
    return fonts[0][0], int(fonts[0][1])


@pytest.fixture(scope="session")
def scanned_pdf(tmp_path_factory) -> Path:
    """A one-page PDF that is only a picture of printed Chinese lines (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont

    file, index = cjk_font()
    font = ImageFont.truetype(file, 40, index=index)
    dpi = 200
    image = Image.new("L", (int(8.27 * dpi), int(4 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    for n, text in enumerate(SCANNED):
        draw.text((150, 90 + 150 * n), text, font=font, fill=0)
    path = tmp_path_factory.mktemp("scan") / "凌云-扫描.pdf"
    image.save(path, resolution=dpi)
    image.save(path.with_suffix(".png"), dpi=(dpi, dpi))
    return path


def test_scanned_pdf_without_ocr_is_a_clear_problem(scanned_pdf):
    with pytest.raises(ReadError, match="no text layer") as err:
        read_document(scanned_pdf)
    assert "扫描件" in err.value.reason and "--ocr" in err.value.reason and "ocr: true" in err.value.reason


@pytest.fixture(scope="session")
def ocr_read(scanned_pdf):
    need("tesseract")
    return read_document(scanned_pdf, ocr=True)


def test_scanned_pdf_is_read_by_ocr(ocr_read):
    assert ocr_read.source.ocr and ocr_read.source.format == "pdf" and ocr_read.warnings == ()
    text = ocr_read.text
    # OCR is fuzzy: a few characters may be misread, so look for words, not whole lines
    assert "2019年第5期" in text and "云县" in text and "产业" in text and "面积达到八万" in text
    assert " " not in text.replace("\n", "")  # no spaces between Chinese characters


def mixed_pdf(tmp_path: Path, scanned_pdf: Path) -> Path:
    """Page 1 with a text layer, page 2 a scanned image."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "第一页是文字层。")
    c.showPage()
    c.drawImage(str(scanned_pdf.with_suffix(".png")), 0, 842 - 288, width=595, height=288)
    c.showPage()
    c.save()
    return path


def test_pdf_with_text_pages_and_a_scanned_page(tmp_path, scanned_pdf):
    need("tesseract")
    path = mixed_pdf(tmp_path, scanned_pdf)
    off = read_document(path)
    assert off.text == "第一页是文字层。\n" and "--ocr" in off.warnings[0] and not off.source.ocr
    on = read_document(path, ocr=True)
    assert on.text.startswith("第一页是文字层。\n\n") and "面积达到八万" in on.text and on.source.ocr and on.warnings == ()


def test_scanned_page_without_tesseract_keeps_the_text_pages(tmp_path, monkeypatch, scanned_pdf):
    path = mixed_pdf(tmp_path, scanned_pdf)
    only(tmp_path, monkeypatch)
    doc = read_document(path, ocr=True)
    assert doc.text == "第一页是文字层。\n" and doc.transient and not doc.source.ocr
    assert len(doc.warnings) == 1 and "page(s) 2" in doc.warnings[0] and "tesseract-ocr-chi-sim" in doc.warnings[0]


def test_ocr_without_tesseract_names_the_packages(tmp_path, monkeypatch, scanned_pdf):
    only(tmp_path, monkeypatch)
    with pytest.raises(ReadError) as err:
        read_document(scanned_pdf, ocr=True)
    assert "tesseract-ocr" in err.value.reason and "tesseract-ocr-chi-sim" in err.value.reason and err.value.transient


def test_parse_cli_ocr_flag(scanned_pdf, ocr_read):
    off = jianbao("parse", "--json", str(scanned_pdf))
    assert off.returncode == 1 and "--ocr" in off.stderr and scanned_pdf.name in off.stderr
    on = jianbao("parse", "--json", "--ocr", str(scanned_pdf))
    assert on.returncode == 0, on.stderr
    assert json.loads(on.stdout)["source"]["ocr"] is True


def test_ocr_spaces_between_chinese_characters_removed():
    from generator.read.readers import _CJK_SPACE

    assert _CJK_SPACE.sub("", "凌 云 县 2019 年 第 5 期 ， GDP 增长 of the county") == "凌云县2019年第5期，GDP增长of the county"


def test_issue_page_says_the_text_came_from_ocr(tmp_path, ocr_read):
    from dataclasses import replace

    from generator.store.collect import collect
    from generator.pages.pages import render_site
    from generator.extract.themes import load_taxonomy

    repo = Path(__file__).resolve().parent.parent
    issue = parse_text(ocr_read.text, replace(ocr_read.source, path="凌云-扫描.pdf"))
    for source, notice in ((issue.source, True), (replace(issue.source, ocr=False), False)):
        collection = collect([replace(issue, source=source)], load_taxonomy())
        site = render_site(collection, [], repo / "templates", {})
        page = site.pages[collection.issues[0].page]
        assert ("本期文字由扫描件经 OCR 识别，可能有错字，请以原件为准" in page) is notice


# --- two-column text PDFs ----------------------------------------------------------------------

LEFT = "左栏正文讲述凌云县茶叶产业的发展情况和群众"  # 22 characters of 10.5 pt fill a column
RIGHT = "右栏正文介绍防返贫监测帮扶机制建立以来的成效"


def two_column_pdf(path: Path, lines: int = 12) -> Path:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 16)
    c.drawCentredString(297, 780, "示例报纸版面标题横跨两栏")
    c.setFont("STSong-Light", 10.5)
    for n in range(lines):
        y = 740 - 16 * n
        # paragraph ends in 。 on a short last line; every other line fills its column
        c.drawString(60, y, LEFT[:15] + "。" if n == lines // 2 - 1 else LEFT)
        c.drawString(312, y, RIGHT[:15] + "。" if n == lines - 1 else RIGHT)
    c.showPage()
    c.save()
    return path


def test_two_column_page_is_read_column_by_column(tmp_path):
    text = read_document(two_column_pdf(tmp_path / "a.pdf")).text
    paragraphs = text.rstrip("\n").split("\n\n")
    # the left column's second paragraph runs on at the top of the right column
    assert paragraphs == ["示例报纸版面标题横跨两栏", LEFT * 5 + LEFT[:15] + "。", LEFT * 6 + RIGHT * 11 + RIGHT[:15] + "。"]


def test_aligned_text_table_is_not_taken_for_columns(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "a.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 12)
    for n, county in enumerate(["凌云县", "乐业县", "田林县", "西林县", "隆林县", "那坡县", "靖西市", "德保县", "平果市"]):
        c.drawString(72, 700 - 20 * n, county)
        c.drawString(330, 700 - 20 * n, f"{100 + n}.5")
    c.showPage()
    c.save()
    text = read_document(path).text
    assert "凌云县 100.5" in text and "平果市 108.5" in text
