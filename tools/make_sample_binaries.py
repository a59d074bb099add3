"""Write the two binary sample bulletins of the archive (dev-only tool; the outputs are committed).

    .venv/bin/pip install reportlab        # only for the PDF; not a dependency of jianbao
    .venv/bin/python tools/make_sample_binaries.py

- bulletins/2019-百色-第8期.docx with python-docx: paragraphs, a table of figures, footer.
- bulletins/2019-河池-第9期.pdf with reportlab's built-in CID font STSong-Light (no font file is
  embedded or needed; pdfplumber maps it back to Unicode through Adobe's UniGB-UCS2-H CMap). Three
  pages with a running head and "- N -" page numbers, paragraphs wrapped with a first-line indent,
  so the reader's page-furniture removal and paragraph re-joining have something real to undo.

All content is invented (示例) and set in real counties. Output is deterministic: fixed document
dates and ids, so re-running does not change the committed files.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

BULLETINS = Path(__file__).resolve().parent.parent / "bulletins"
MARK = "示例（内容虚构，仅供演示）"
FOOT = "示例简报：内容、人名与数字均为虚构，仅供演示。"

BAISE = {
    "series": "百色市脱贫攻坚简报",
    "issue": "2019年第8期（总第97期）",
    "publisher": "百色市扶贫开发领导小组办公室编",
    "date": "2019年5月16日",
    "articles": [
        {
            "title": "靖西市“以购代捐”拓宽扶贫产品销路",
            "paragraphs": [
                "今年以来，靖西市把消费扶贫作为帮助贫困群众稳定增收的重要途径，动员机关、企业和社会各界以购代捐、以买代帮，推动扶贫产品从“田间地头”走上“餐桌柜台”。",
                "一、认定一批扶贫产品。该市组织农业农村、市场监管等部门对全市农产品进行摸底，按照“应认尽认”原则开展扶贫产品认定，重点将香糯、大果山楂、桑蚕茧等特色产品纳入目录，并统一设计包装标识。",
                "二、搭建一批销售平台。在市区设立扶贫产品展销中心 1 个，在各乡镇设立扶贫产品专柜 19 个，同时在电商平台开设靖西扶贫馆，组织驻村第一书记开展网上推介。",
                "三、落实一批帮扶责任。全市机关事业单位工会年度慰问品和食堂食材优先采购扶贫产品，采购比例不低于 30%。市直各帮扶单位与贫困村签订产销协议，做到帮扶一个村、带动一个产业。",
            ],
            "table": [("指标（示例数据）", "数值"), ("认定扶贫产品", "126 个"), ("带动贫困户", "8650 户"),
                      ("扶贫产品销售额", "4260 万元"), ("机关食堂采购比例", "34.5%")],
            "attribution": "（靖西市扶贫开发办公室 农丽芳）",
        },
        {
            "title": "西林县“党建+”激活贫困村发展动力",
            "paragraphs": [
                "西林县坚持抓党建促脱贫，推行“党支部+合作社+贫困户”模式，全县 82 个贫困村党组织领办合作社实现全覆盖，带动贫困户发展砂糖橘、麻鸭、茶叶等产业。",
                "该县每月召开一次村党组织书记脱贫攻坚点评会，对工作滞后的村现场督办；选派 164 名机关干部担任驻村工作队员，与村“两委”干部一起入户走访，帮助群众理思路、找门路。目前，全县贫困村集体经济收入全部达到 3 万元以上，其中 27 个村超过 10 万元。",
            ],
            "attribution": "（西林县委组织部）",
        },
    ],
    "report": "报：市委、人大、政府、政协有关领导，自治区扶贫办。",
    "send": "送：市扶贫开发领导小组各成员单位，各县（市、区）党委、政府，各县（市、区）扶贫办。",
    "printed": "百色市扶贫开发领导小组办公室　　　　2019年5月16日印发",
    "contact": "联系人：黄春梅 联系电话：0776-0000000 投稿邮箱：bsjianbao@example.com",
}

HECHI = {
    "series": "河池市脱贫攻坚简报",
    "issue": "2019年第9期（总第121期）",
    "publisher": "河池市扶贫开发领导小组办公室编",
    "date": "2019年6月12日",
    "articles": [
        {
            "title": "都安瑶族自治县做好易地扶贫搬迁“后半篇文章”",
            "paragraphs": [
                "都安瑶族自治县是全区易地扶贫搬迁任务较重的县之一。今年以来，该县把搬迁群众的后续发展摆在突出位置，围绕稳得住、有就业、逐步能致富的目标，在产业配套、就业帮扶、社区服务三个方面持续用力。",
                "一、配套产业园区。该县在县城安置点附近规划建设扶贫产业园，引进服装、电子、食品加工等企业 21 家，为搬迁群众提供就业岗位 3400 余个。对吸纳搬迁贫困劳动力稳定就业半年以上的企业，按每人 1000 元给予一次性奖补。",
                "二、精准就业帮扶。该县在每个安置点设立就业服务窗口，逐户登记搬迁劳动力的就业意愿和技能情况，定期举办专场招聘会。今年以来共组织技能培训 26 期、培训 1180 人次，搬迁家庭劳动力就业率达到 91.4%，有劳动力的搬迁家庭实现至少 1 人就业。",
                "三、完善社区服务。该县在安置点成立社区党支部和居委会，配套建设幼儿园、小学、卫生室和便民服务中心，为搬迁群众办理户籍、社保、医保转接等事项 5600 余件，努力让搬迁群众住得安心、过得舒心。",
            ],
            "attribution": "（都安瑶族自治县扶贫开发办公室 蓝春燕）",
        },
        {
            "title": "罗城仫佬族自治县织牢兜底保障网",
            "paragraphs": [
                "罗城仫佬族自治县坚持把社会保障兜底作为脱贫攻坚的最后一道防线，推动农村低保制度与扶贫开发政策有效衔接，确保完全或部分丧失劳动能力的贫困人口基本生活有保障。",
                "一是应保尽保。该县每季度组织民政、扶贫部门比对低保对象和建档立卡贫困人口信息，对符合条件的及时纳入低保，全县农村低保对象中建档立卡贫困人口 1.36 万人，占比达 68.2%。二是提标提补。今年起农村低保标准提高到每人每年 4300 元，特困人员基本生活标准按不低于低保标准的 1.3 倍确定。三是临时救助。对因病、因灾等原因导致基本生活暂时出现严重困难的家庭，由乡镇先行救助、事后报备，今年以来共实施临时救助 930 人次，发放救助金 146.8 万元。",
            ],
            "attribution": "（罗城仫佬族自治县民政局 韦秀珍、吴海涛）",
        },
        {
            "title": "大化瑶族自治县攻坚住房和饮水安全保障",
            "paragraphs": [
                "大化瑶族自治县石山面积大，群众住房和饮水条件较差。该县对照住房安全有保障和饮水安全有保障的要求，逐村逐户排查，建立问题清单，实行挂图作战、销号管理。",
                "在住房方面，该县对排查出的 2180 户危房实行分类改造，对一般危房按每户 1.5 万元、重度危房按每户 3 万元给予补助，截至 5 月底已竣工 1967 户，竣工率达 90.2%，力争 8 月底前全部完工。在饮水方面，该县新建和改造集中供水工程 146 处，为分散居住的农户建设家庭水柜 3200 个，解决了 4.1 万名贫困人口的饮水安全问题，农村集中供水率提高到 86.7%。",
            ],
            "attribution": "（大化瑶族自治县住房和城乡建设局 蒙金凤）",
        },
    ],
    "report": "报：市委、人大、政府、政协有关领导，自治区扶贫办。",
    "send": "送：市扶贫开发领导小组各成员单位，各县（区）党委、政府，各县（区）扶贫办。",
    "printed": "河池市扶贫开发领导小组办公室　　2019年6月12日印发",
    "contact": "联系人：覃志明 联系电话：0778-0000000 投稿邮箱：hcjianbao@example.com",
}


def write_docx(issue: dict, path: Path) -> None:
    import datetime

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "SimSun"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")  # Word takes CJK glyphs from eastAsia
    normal.font.size = Pt(12)
    # Fixed metadata: python-docx stamps the current time, which would change the file on each run.
    props = d.core_properties
    props.author, props.last_modified_by, props.revision = "jianbao 示例", "jianbao 示例", 1
    props.created = props.modified = datetime.datetime(2019, 5, 16, 9, 0, 0)

    def para(text: str, size: int = 12, bold: bool = False, center: bool = False, indent: bool = False) -> None:
        p = d.add_paragraph()
        run = p.add_run(text)
        run.font.size, run.bold = Pt(size), bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.first_line_indent = Pt(2 * size)

    para(MARK, 10)
    para(issue["series"], 26, bold=True, center=True)
    para(issue["issue"], center=True)
    para(issue["publisher"], center=True)
    para(issue["date"], center=True)
    for article in issue["articles"]:
        para(article["title"], 16, bold=True, center=True)
        for text in article["paragraphs"]:
            para(text, indent=True)
        if "table" in article:
            table = d.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for cells in article["table"]:
                row = table.add_row().cells
                row[0].text, row[1].text = cells
        para(article["attribution"])
    for key in ("report", "send", "printed", "contact"):
        para(issue[key], 10)
    para(FOOT, 10)
    buffer = io.BytesIO()
    d.save(buffer)
    # The zip entries carry the time of writing: re-pack them with a fixed one.
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(zipfile.ZipInfo(item.filename, (2019, 5, 16, 9, 0, 0)), src.read(item.filename),
                         compress_type=zipfile.ZIP_DEFLATED)


def wrap(text: str, font: str, size: float, width: float, indent: float) -> list[str]:
    """Greedy CJK line breaking with the usual rule that no line starts with closing punctuation."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line, room = [], "", width - indent
    for ch in text:
        if stringWidth(line + ch, font, size) <= room:
            line += ch
            continue
        if ch in "，。、；：？！）”》…" and line:  # carry the last character down with it
            lines.append(line[:-1])
            line = line[-1] + ch
        else:
            lines.append(line)
            line = ch
        room = width
    return lines + [line] if line else lines


def write_pdf(issue: dict, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    page_w, page_h = A4
    left, right, top, bottom = 72, page_w - 72, page_h - 90, 80
    body, lead = 16, 30  # large enough for three pages: a running head needs most pages to show it
    # invariant=1: no creation date or random document id, so the file is the same on every run.
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(f"{issue['series']} {issue['issue']}（示例）")
    c.setAuthor("jianbao 示例")
    state = {"page": 1, "y": top}

    def finish_page() -> None:
        c.setFont(font, 10)
        c.drawCentredString(page_w / 2, 40, f"- {state['page']} -")
        c.showPage()
        state["page"] += 1
        state["y"] = top
        c.setFont(font, 10)
        c.drawCentredString(page_w / 2, page_h - 50, issue["series"])  # the running head

    def line(text: str, size: float = body, align: str = "left", x: float = left) -> None:
        if state["y"] < bottom:
            finish_page()
        c.setFont(font, size)
        if align == "center":
            c.drawCentredString(page_w / 2, state["y"], text)
        elif align == "right":
            c.drawRightString(right, state["y"], text)
        else:
            c.drawString(x, state["y"], text)
        state["y"] -= max(lead, size * 1.6)

    def paragraph(text: str, size: float = body, indent: bool = True) -> None:
        first = 2 * size if indent else 0
        for n, text_line in enumerate(wrap(text, font, size, right - left, first)):
            line(text_line, size, x=left + (first if n == 0 else 0))

    line(MARK, 10)
    line(issue["series"], 28, "center")
    line(issue["issue"], 14, "center")
    line(issue["publisher"], 14, "center")
    line(issue["date"], 14, "center")
    state["y"] -= 10
    for article in issue["articles"]:
        line(article["title"], 17, "center")
        for text in article["paragraphs"]:
            paragraph(text)
        line(article["attribution"], body, "right")
        state["y"] -= 8
    for key in ("report", "send"):
        paragraph(issue[key], 12, indent=False)
    line(issue["printed"], 12)
    line(issue["contact"], 11)
    line(FOOT, 10)
    c.setFont(font, 10)
    c.drawCentredString(page_w / 2, 40, f"- {state['page']} -")
    c.showPage()
    c.save()


def main() -> int:
    docx_path = BULLETINS / "2019-百色-第8期.docx"
    write_docx(BAISE, docx_path)
    print(f"wrote {docx_path}")
    try:
        import reportlab  # noqa: F401
    except ImportError:
        print("reportlab is not installed: skipped the PDF (.venv/bin/pip install reportlab)", file=sys.stderr)
        return 1
    pdf_path = BULLETINS / "2019-河池-第9期.pdf"
    write_pdf(HECHI, pdf_path)
    print(f"wrote {pdf_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
