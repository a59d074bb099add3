"""The page-layout pass and the masthead rules for bulletins from other offices (layouts.md).

Every text here is invented (示例). Whole bulletins in each layout are in tests/fixtures/parse; these
tests pin the single rules, several variants each, the way different offices print them.
"""
from __future__ import annotations

import pytest

from generator.extract.extract import enrich
from generator.model import SourceFile
from generator.parse.outline import doubts
from generator.parse import parse_text
from generator.parse.blocks import classify, Block
from generator.parse.header import parse_date
from generator.parse.layout import collapse_spaced, display_width, fold_width, lay_out, repair_ocr_digits
from generator.store.slugs import issue_slug

from .sample import jianbao, make_project


def parse(text: str):
    return parse_text(text, SourceFile("示例.txt", "0" * 64, "txt", "utf-8"))


def body(title: str = "某县召开推进会", signed: str = "（某县扶贫办 张三）") -> str:
    return f"{title}\n\n某县召开推进会，全县完成危房改造 120 户。\n\n{signed}\n"


def test_ideographs_are_two_columns_wide_as_unicode_says():
    import unicodedata

    ideographs = [chr(c) for c in (*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000))]
    assert all(unicodedata.east_asian_width(ch) == "W" for ch in ideographs)
    assert display_width("".join(ideographs)) == 2 * len(ideographs)
    assert display_width("脱贫 2019 年，“两不愁”") == 24  # ideographs 2, ASCII 1, quotes 2, full-width comma 2


@pytest.mark.parametrize("raw, folded", [
    ("２０１９年第８期", "2019年第8期"), ("ＧＤＰ增长８６．５％", "GDP增长86.5%"),
    ("覆盖率达９２％，", "覆盖率达92%，"), ("（示例）：；！？", "（示例）：；！？"),  # Chinese punctuation stays
])
def test_full_width_letters_and_digits_are_folded_and_chinese_punctuation_kept(raw, folded):
    assert fold_width(raw) == folded


@pytest.mark.parametrize("raw, expected", [
    ("脱 贫 攻 坚 简 报", "脱贫攻坚简报"), ("乡　村　振　兴　简　报", "乡村振兴简报"),
    ("扶持差异化 产业全覆盖", "扶持差异化 产业全覆盖"), ("联系人：黄 彬", "联系人：黄 彬"),
    # a scan spaces a title's words up to its quotes; names after 作者： or 文/图 keep their padding
    ("郎 德 镇“组组通”修到家门口", "郎德镇“组组通”修到家门口"),
    ("作者：张　伟　刘　娜）", "作者：张 伟 刘 娜）"), ("文/图　朱　丽", "文/图 朱 丽"),
])
def test_spaced_titles_close_up_but_words_apart_stay(raw, expected):
    assert collapse_spaced(fold_width(raw)) == expected


@pytest.mark.parametrize("text, iso", [
    ("2019年5月20日", "2019-05-20"), ("二〇一九年五月二十日", "2019-05-20"), ("二零二一年十二月三日", "2021-12-03"),
    ("2019.5.20", "2019-05-20"), ("2019-05-20", "2019-05-20"), ("2019/5/20", "2019-05-20"),
    ("2019年2月30日", None),
])
def test_dates_in_every_form(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("line, kind", [
    ("2019年第32期（总第194期）", "issue_line"), ("第十二期", "issue_line"), ("总第一百零五期", "issue_line"),
    ("2019年第15周", "issue_line"), ("脱贫攻坚简报 第5期", "issue_line"),
    ("2018年12月20日 星期四 第4版", "issue_line"),
    ("全县举办第二期致富带头人培训班", "heading"),  # a title that mentions an issue of a course
    ("（专刊第3期）", "special_line"), ("增刊1", "special_line"), ("特刊", "special_line"),
    ("（内部资料 注意保存）", "marking"), ("机密★1年", "marking"), ("内部刊物", "marking"),
    ("━━━━━━━━", "separator"), ("★★★★★★", "separator"), ("─────", "separator"),
    ("本期要目", "toc_head"), ("【本期导读】", "toc_head"), ("目  录", "toc_head"),
    ("撰稿：张三 审核：李四", "credit"), ("供稿：某县扶贫办", "credit"), ("来源：某县乡村振兴局", "credit"),
    ("■ 本报记者 王明", "byline"), ("通讯员 李红", "byline"), ("□ 解小辉 卢佳", "byline"),
    ("■县域动态", "heading"),  # a column mark, not a byline
    ("责任编辑：覃丽  校对：韦东  签发：罗明", "footer"), ("（共印150份）", "footer"), ("分送：各县扶贫办。", "footer"),
])
def test_line_kinds(line, kind):
    assert classify(Block(collapse_spaced(fold_width(line)), 1)).kind == kind


@pytest.mark.parametrize("masthead, publisher, date", [
    ("凌云县脱贫攻坚指挥部办公室          2019年5月20日", "凌云县脱贫攻坚指挥部办公室", "2019-05-20"),
    ("某县乡村振兴局\t2022.3.15", "某县乡村振兴局", "2022-03-15"),
    ("某市扶贫开发领导小组办公室编", "某市扶贫开发领导小组办公室", None),
    ("主办：某省扶贫开发办公室", "某省扶贫开发办公室", None),
])
def test_publisher_and_date_however_printed(masthead, publisher, date):
    issue = parse(f"示例\n脱贫攻坚简报\n2019年第8期\n{masthead}\n\n" + body())
    assert (issue.publisher, issue.date) == (publisher, date)
    assert [a.title for a in issue.articles] == ["某县召开推进会"]


@pytest.mark.parametrize("masthead, series, special, number", [
    ("脱贫攻坚简报（专刊第3期）\n某县扶贫办编", "脱贫攻坚简报", "专刊", 3),
    ("脱贫攻坚简报\n增刊1", "脱贫攻坚简报", "增刊", 1),
    ("脱贫攻坚简报\n特刊\n2020年第2期", "脱贫攻坚简报", "特刊", 2),
    ("脱贫攻坚工作专报\n2020年第2期", "脱贫攻坚工作专报", None, 2),  # 专报 in the name is the name
    ("广西壮族自治区\n精准脱贫攻坚简报\n2018年第32期", "广西壮族自治区精准脱贫攻坚简报", None, 32),
])
def test_series_titles_and_special_issues(masthead, series, special, number):
    issue = parse(f"示例\n{masthead}\n\n" + body())
    assert (issue.series, issue.special, issue.issue_no) == (series, special, number)


def test_special_issues_number_apart_in_paths():
    assert issue_slug(2019, 3, None, "ab" * 32) == "2019-003"
    assert issue_slug(2019, 3, None, "ab" * 32, "专刊") == "2019-zhuankan-003"
    assert issue_slug(None, None, "2019-05-20", "ab" * 32) == "2019-05-20-ababab"


def test_special_issue_does_not_clash_with_the_regular_one(tmp_path):
    project = make_project(tmp_path / "p")
    regular = tmp_path / "regular.txt"
    regular.write_text("示例\n某县脱贫攻坚简报\n2019年第3期\n某县扶贫办编\n\n" + body(), encoding="utf-8")
    special = tmp_path / "special.txt"
    special.write_text("示例\n某县脱贫攻坚简报（专刊第3期）\n2019年5月1日\n某县扶贫办编\n\n" + body("某县召开专题会"),
                       encoding="utf-8")
    assert jianbao("add", "--no-build", "--project", str(project), str(regular)).returncode == 0
    added = jianbao("add", "--no-build", "--project", str(project), str(special))
    assert added.returncode == 0, added.stderr
    clash = tmp_path / "again.txt"
    clash.write_text(special.read_text(encoding="utf-8") + "\n附：补充。\n", encoding="utf-8")
    assert jianbao("add", "--no-build", "--project", str(project), str(clash)).returncode == 1


@pytest.mark.parametrize("column, title", [
    ("【工作动态】", "◆某县召开推进会"), ("★工作动态", "●某县召开推进会"), ("◎基层传真", "▲某县召开推进会"),
    ("■县域动态", "◇某县召开推进会"), ("一、工作动态", "1.某县召开推进会"), ("工作动态", "○某县召开推进会"),
])
def test_column_heads_are_columns_and_markers_leave_titles(column, title):
    issue = parse(f"示例\n脱贫攻坚简报\n2019年第8期\n\n{column}\n\n" + body(title) + "\n" + body("某乡开展排查"))
    assert [a.title for a in issue.articles] == ["某县召开推进会", "某乡开展排查"]
    assert [a.column for a in issue.articles] == [column.strip("【】★◎■一、"), column.strip("【】★◎■一、")]


def test_numbered_sections_inside_an_article_stay_sections():
    text = ("示例\n脱贫攻坚简报\n2019年第8期\n\n某县完善帮扶机制\n\n某县完善帮扶机制，成效明显。\n\n"
            "一、组织保障\n\n1.成立领导小组\n\n县里成立了领导小组。\n\n（某县扶贫办 张三）\n")
    issue = parse(text)
    assert [a.title for a in issue.articles] == ["某县完善帮扶机制"] and issue.articles[0].column is None


@pytest.mark.parametrize("signature, source, authors", [
    ("（某县扶贫办供稿）", "某县扶贫办", []),
    ("（来源：某县乡村振兴局）", "某县乡村振兴局", []),
    ("撰稿：张三 审核：李四 签发：王五", None, ["张三"]),
    ("（某县乡村振兴局 张三 李四）", "某县乡村振兴局", ["张三", "李四"]),
    ("供稿：某县扶贫办", "某县扶贫办", []),
    ("通讯员 李红", None, ["李红"]),
])
def test_every_attribution_form(signature, source, authors):
    issue = parse("示例\n脱贫攻坚简报\n2019年第8期\n\n" + body(signed=signature) + body("某乡开展排查"))
    first = issue.articles[0]
    assert (first.title, first.source, list(first.authors)) == ("某县召开推进会", source, authors)
    assert len(issue.articles) == 2


def test_attribution_right_under_the_title():
    text = "示例\n脱贫攻坚简报\n2019年第8期\n\n某县召开推进会\n（某县扶贫办 张三）\n某县召开推进会，全县完成 120 户。\n\n" \
           "某乡开展排查\n（某乡政府 李四）\n某乡开展排查，完成 30 户。\n"
    issue = parse(text)
    assert [(a.title, a.authors) for a in issue.articles] == [("某县召开推进会", ("张三",)), ("某乡开展排查", ("李四",))]


def test_unsigned_bulletin_is_cut_at_its_titles():
    text = "示例\n脱贫攻坚简报\n2019年第8期\n\n" + "".join(
        f"{name}开展危房改造\n{name}完成危房改造 120 户，惠及群众 500 人。\n" for name in ("甲县", "乙县", "丙县"))
    issue = parse(text)
    assert [a.title for a in issue.articles] == ["甲县开展危房改造", "乙县开展危房改造", "丙县开展危房改造"]
    assert any("没有一篇文章有署名" in d for d in doubts(issue))


def test_page_numbers_and_running_heads_go_wherever_they_fall():
    text = ("示例\n某市脱贫攻坚简报\n2019年第21期\n\n某县推进产业扶贫\n某县坚持把产业扶贫作为根本之策，全县贫困户产业覆盖率达到\n"
            "- 2 -\n某市脱贫攻坚简报 第21期\n96.5%，户均增收 1800 元。\n·3·\n第4页\n（某县扶贫办）\n")
    issue = parse(text)
    assert issue.articles[0].paragraphs == ("某县坚持把产业扶贫作为根本之策，全县贫困户产业覆盖率达到96.5%，户均增收 1800 元。",)
    assert not issue.unplaced


@pytest.mark.parametrize("mark, dateline, date, no", [
    ("示例（内容、人名与数字均为虚构）", "2016年1月2日 星期四 第3007期", "2016-01-02", 3007),
    ("示例：本期内容，仅供参考", "2019年5月20日　星期一　第　215　期", "2019-05-20", 215),
    ("示例，内部资料，注意保存，请勿外传", "2021年3月8日 星期一 总第1024期", "2021-03-08", None),
])
def test_a_spaced_masthead_line_is_never_its_own_running_head(mark, dateline, date, no):
    # a first line with a comma reads as prose; the masthead line below it compared with itself
    # once its spaces were dropped, and was removed as a running head
    text = f"{mark}\n\n某县脱贫攻坚一线观察\n\n{dateline}\n\n某县推进产业扶贫\n\n{body()}"
    issue = parse(text)
    assert issue.date == date and issue.year == int(date[:4])
    if no is not None:
        assert issue.issue_no == no


@pytest.mark.parametrize("sentence", ["全年共带动就业2036个", "其中贫困劳动力2045人，", "建成2038亩"])
def test_a_year_is_never_guessed_from_a_count(sentence):
    issue = parse(f"示例\n某县扶贫信息\n\n某县推进产业扶贫\n\n某县推进产业扶贫，{sentence}。2018年全县脱贫。\n\n（某县扶贫办）\n")
    assert issue.year == 2018


@pytest.mark.parametrize("table", [
    "县名        资金（万元）   人数（人）\n甲县        120.5         300\n乙县        80            210\n合计        200.5         510",
    "| 县名 | 资金（万元） | 人数（人） |\n|---|---|---|\n| 甲县 | 120.5 | 300 |\n| 乙县 | 80 | 210 |\n| 合计 | 200.5 | 510 |",
    "┌────┬──────┬─────┐\n│县名│资金（万元）│人数（人）│\n├────┼──────┼─────┤\n│甲县│120.5│300│\n"
    "│乙县│80│210│\n│合计│200.5│510│\n└────┴──────┴─────┘",
])
def test_tables_in_every_form_give_their_figures(table):
    text = f"示例\n某市脱贫攻坚简报\n2019年第3期\n\n某市分配衔接资金\n某市分配衔接资金，各县情况如下：\n{table}\n（某市扶贫办）\n"
    article = parse(text).articles[0]
    assert len(article.tables) == 1 and article.tables[0].rows[0] == ("县名", "资金（万元）", "人数（人）")
    assert not any("120.5" in p for p in article.paragraphs)
    issue = enrich(parse(text))
    money = {(i.text.split()[0], i.value, i.unit) for i in issue.articles[0].indicators if i.unit == "元"}
    assert ("甲县", 1205000, "元") in money and ("合计", 2005000, "元") in money


def test_table_unit_line_applies_in_column_order():
    text = ("示例\n某县脱贫攻坚简报\n2019年第3期\n\n某县订单农业\n各乡镇订单情况如下：\n单位：万亩、户\n"
            "乡镇      订单面积    带动贫困户\n甲镇      3.2         1200\n乙镇      2.8         980\n合计      6.0         2180\n（某县扶贫办）\n")
    issue = enrich(parse(text))
    figures = {(i.label, i.value, i.unit, i.scope) for i in issue.articles[0].indicators if i.table is not None}
    assert ("订单面积", 32000, "亩", "sub") in figures and ("带动贫困户", 2180, "户", "whole") in figures
    assert "单位：万亩、户" not in issue.articles[0].paragraphs


def test_table_unit_line_shorter_than_the_columns_is_matched_by_their_heads():
    text = ("示例\n某市乡村振兴简报\n2022年第6期\n\n某市防返贫监测\n各县区情况如下：\n单位：户、人、%\n"
            "县区      监测户数    监测人数    消除风险户数    风险消除率\n甲县      120         460         60              50.0\n"
            "乙县      80          300         20              25.0\n（某市乡村振兴局）\n\n"
            "某县产业奖补\n各镇情况如下：\n单位：户、万元\n乡镇      贫困户    落实产业户    奖补资金\n"
            "甲镇      700       640           310\n乙镇      600       530           260\n（某县农业局）\n")
    issue = enrich(parse(text))
    units = {(i.label, i.unit) for a in issue.articles for i in a.indicators if i.table is not None}
    assert units == {("监测户数", "户"), ("监测人数", "人"), ("消除风险户数", "户"), ("风险消除率", "%"),
                     ("贫困户", "户"), ("落实产业户", "户"), ("奖补资金", "元")}


def test_a_table_column_of_plans_is_target_and_its_completion_actual():
    text = ("示例\n某州扶贫简报\n2018年第2期\n\n全州上半年综述\n各县情况如下：\n"
            "县市      计划减贫人口（人）    下达资金（万元）    任务完成率（%）\n甲县      6420       3200      88.5\n"
            "乙县      8150       4100      91.0\n（州扶贫办）\n")
    issue = enrich(parse(text))
    kinds = {(i.label, i.kind) for i in issue.articles[0].indicators if i.table is not None}
    assert kinds == {("计划减贫人口", "target"), ("下达资金", "actual"), ("任务完成率", "actual")}

def test_a_table_of_indicators_with_a_unit_column_and_heads_that_count():
    # 指标 | 单位 | 目标 | 完成 | 完成率（%）: each row's unit from its own cell, the plan a target, the
    # rate in the column's own unit; 搬迁户数 and 项目数 are counted in 户 and 个 with no unit printed
    text = ("示例\n某县乡村振兴专报\n第2期\n\n上半年主要指标完成情况\n主要指标如下：\n"
            "| 指标 | 单位 | 目标 | 完成 | 完成率（%） |\n|---|---|---|---|---|\n"
            "| 脱贫人口人均纯收入 | 元 | 14500 | 7826 | 54.0 |\n| 小额信贷新增发放 | 亿元 | 3.5 | 1.96 | 56.0 |\n"
            "（某县乡村振兴局）\n\n各镇搬迁情况\n各镇情况如下：\n乡镇      搬迁户数    搬迁人数    项目数\n"
            "甲镇      120         460         5\n乙镇      80          300         4\n（某县发改局）\n")
    issue = enrich(parse(text))
    found = {(i.label, i.value, i.unit, i.kind) for a in issue.articles for i in a.indicators if i.table is not None}
    assert {("脱贫人口人均纯收入", 14500, "元", "target"), ("脱贫人口人均纯收入", 7826, "元", "actual"),
            ("脱贫人口人均纯收入完成率", 54.0, "%", "actual"), ("小额信贷新增发放", 196000000, "元", "actual"),
            ("搬迁户数", 120, "户", "actual"), ("搬迁人数", 460, "人", "actual"), ("项目数", 5, "个", "actual")} <= found
    assert not any(i.label == "单位" for a in issue.articles for i in a.indicators)


def test_a_cell_merged_down_the_first_column_leaves_each_row_its_own_numbers():
    # a Word table exported with 支尔莫乡 merged over two villages: the second row is a row, never
    # its numbers run into the first's (56 and 47 as 5647); a score column is counted in 分
    text = ("示例\n某县脱贫攻坚简报\n第5期\n\n各村搬迁情况\n各村情况如下：\n"
            "| 乡（镇） | 迁出村 | 搬迁户数（户） | 综合得分 |\n|---|---|---|---|\n| 支尔莫乡 | 依沃阿觉村 | 56 | 96.5 |\n"
            "|  | 树主村 | 47 | 90.4 |\n| 四开乡 | 好谷村 | 62 | 88.2 |\n| 合计 |  | 165 |  |\n（某县扶贫办）\n")
    issue = enrich(parse(text))
    table = issue.articles[0].tables[0]
    assert table.rows[2] == ("支尔莫乡", "树主村", "47", "90.4")
    found = {(i.value, i.unit) for i in issue.articles[0].indicators if i.table is not None}
    assert {(56, "户"), (47, "户"), (62, "户"), (165, "户"), (90.4, "分")} <= found and (5647, "户") not in found


def test_a_table_by_category_names_each_figure_by_its_row_and_column():
    # 产业发展 | 完工率: that category's rate, not the place's (a chart of 完工率 ② ③ … said nothing)
    text = ("示例\n某区脱贫攻坚工作动态\n2017年第23周\n\n扶贫项目建设加快推进\n各类项目进度如下：\n"
            "| 项目类别 | 项目数（个） | 完工率（%） |\n|---|---|---|\n| 产业发展 | 186 | 38.7 |\n"
            "| 基础设施 | 142 | 40.8 |\n| 合计 | 328 | 39.6 |\n（区扶贫办）\n")
    issue = enrich(parse(text))
    labels = {(i.label, i.value) for i in issue.articles[0].indicators if i.table is not None}
    assert {("产业发展项目数", 186), ("产业发展完工率", 38.7), ("基础设施完工率", 40.8), ("完工率", 39.6)} <= labels


def test_an_attribution_wrapped_to_the_next_line_signs_the_article():
    text = ("示例\n某县扶贫简报\n2019年第3期\n\n甲镇：第一书记驻村不走读\n"
            "　　本刊讯　甲镇13个贫困村的第一书记实行驻村制度，每月驻村时间不少于20天。聘请护林员64名。（甲\n"
            "镇党委　温建国）\n乙乡：危房改造收尾\n　　本刊讯　乙乡今年386户危房已全部开工。（乙乡扶贫站）\n")
    issue = parse(text)
    assert [(a.title, a.source, a.authors) for a in issue.articles] == [
        ("甲镇：第一书记驻村不走读", "甲镇党委", ("温建国",)), ("乙乡：危房改造收尾", "乙乡扶贫站", ())]
    assert issue.articles[0].paragraphs[-1].endswith("聘请护林员64名。")


def test_an_article_signed_under_its_title_ends_at_the_next_title_over_text():
    text = ("示例\n某省脱贫攻坚简报\n2019年第4期\n\n甲县脱贫攻坚工作综述\n甲县扶贫开发局　王　健\n"
            "全县71个贫困村全部出列，贫困发生率下降到1.2%。\n五年来累计投入扶贫资金86.4亿元。\n\n"
            "光伏电站成为贫困户的“阳光存折”\n甲县建成户用光伏电站8270座，户均年收益3000元。\n（供稿：甲县扶贫开发局）\n\n"
            "就业扶贫驿站让贫困劳动力家门口就业\n甲县建设就业扶贫驿站23个。\n（甲县人社局　张　弛）\n")
    issue = parse(text)
    assert [(a.title, a.source) for a in issue.articles] == [
        ("甲县脱贫攻坚工作综述", "甲县扶贫开发局"), ("光伏电站成为贫困户的“阳光存折”", "甲县扶贫开发局"),
        ("就业扶贫驿站让贫困劳动力家门口就业", "甲县人社局")]

def test_a_marking_inside_the_contents_box_ends_no_entry():
    text = ("示例\n某市脱贫攻坚简报\n2019年第3期\n\n★★★★★★★★\n本期要目\n◎全市产业扶贫工作综述\n◎甲县：扶贫车间建到家门口\n"
            "（示例文本　数据均为虚构）\n★★★★★★★★\n\n编者按：现将有关情况编发专刊，供各地学习借鉴。\n\n一、全市综述\n\n"
            "全市产业扶贫工作综述\n全市共投入产业扶贫资金6.26亿元。\n（市扶贫办）\n\n二、县域动态\n\n"
            "甲县：扶贫车间建到家门口\n甲县建成扶贫车间86个。\n（甲县扶贫办）\n")
    issue = parse(text)
    assert [(a.title, a.column) for a in issue.articles] == [("全市产业扶贫工作综述", "全市综述"),
                                                              ("甲县：扶贫车间建到家门口", "县域动态")]

def test_a_box_table_cut_by_a_page_break_is_one_table():
    body = "　　全县建成村级光伏电站116座，电站收益归村集体所有，每座电站年均收益8万元以上，带动贫困户4875户。"
    text = ("示例\n某县脱贫攻坚简报\n第9期\n\n光伏电站让贫困村有了稳定收益\n" + body + "\n" + body + "\n"
            "┌────┬────┬──────┐\n│ 乡 镇 │电站（座）│装机容量（千瓦）│\n├────┼────┼──────┤\n"
            "│ 甲镇 │   8    │    960     │\n│ 乙镇 │   6    │    720     │\n\n                  - 2 -\n\n"
            "某县脱贫攻坚简报　　　　　　　　　第9期\n│ 丙乡 │   4    │    480     │\n├────┼────┼──────┤\n"
            "│ 合  计 │   18   │    2160    │\n└────┴────┴──────┘\n（县发改局）\n")
    issue = enrich(parse(text))
    rows = {(i.text.split()[0], i.label, i.value) for i in issue.articles[0].indicators if i.table is not None}
    assert ("丙乡", "电站", 4) in rows and ("合", "装机容量", 2160) in rows  # 合  计: the total row

def test_an_aligned_table_cut_by_a_page_break_after_its_first_row_is_one_table():
    # a PDF page ends after the head and one row: too few lines to be a table, until the rows on the
    # next page (after its number and running head) are read with them
    body = "　　全县共聘用生态管护员9680名，管护员每人每月补助1800元，每户贫困户年均增收2万元以上，实现全覆盖。"
    text = ("示例\n某县脱贫攻坚简报\n第9期\n\n生态管护员让牧民端上生态饭碗\n" + body + "\n" + body + "\n"
            "乡　镇　　　管护员（名）　其中建档立卡（名）\n甲镇　　　　 1180　　　　　　  562\n\n"
            "                  - 1 -\n\n某县脱贫攻坚简报　　　　　　　　　第9期\n\n"
            "乙乡　　　　 1060　　　　　　  486\n丙乡　　　　 1420　　　　　　  658\n合　计　　　　 3660　　　　　　 1706\n"
            "（县林草局）\n")
    issue = enrich(parse(text))
    table = issue.articles[0].tables[0]
    assert table.rows[0] == ("乡镇", "管护员（名）", "其中建档立卡（名）") and len(table.rows) == 5
    assert not any("1180" in p for p in issue.articles[0].paragraphs)


def test_an_aligned_head_with_a_spaced_name_and_a_count_column_under_a_money_unit():
    text = ("示例\n某县脱贫攻坚简报\n2018年第2期\n\n安置点建设加快推进\n各乡镇进度如下（资金单位：万元）：\n"
            "乡　镇　　　安置点（个）　搬迁户（户）　完成投资\n甲镇　　　　6　　　　　512　　　　　9860\n"
            "乙镇　　　　5　　　　　436　　　　　8120\n丙乡　　　　4　　　　　318　　　　　5470\n（县扶贫办）\n\n"
            "衔接资金项目进度\n部分乡镇项目进度（资金单位：万元）\n乡镇　　项目个数　　衔接资金\n甲镇　　34　　1200\n"
            "乙镇　　27　　980\n丙乡　　31　　1100\n（县乡村振兴局）\n")
    issue = enrich(parse(text))
    got = {(i.label, i.unit) for a in issue.articles for i in a.indicators if i.table is not None}
    assert got == {("安置点", "个"), ("搬迁户", "户"), ("完成投资", "元"), ("项目个数", "个"), ("衔接资金", "元")}

def test_two_column_page_is_read_column_by_column():
    left = ["甲县“三项机制”推动稳定脱贫", "甲县建立稳定脱贫三项机制，全县贫困人口", "由2014年的7.7万人减少到1.2万人，贫困发",
            "生率降到1.5%。（甲县扶贫办 王磊）"]
    right = ["乙县金融扶贫成效显著", "乙县构建金融服务和风险防控体系，累计发放", "扶贫小额信贷8.6亿元，获贷率达到62.4%，带",
             "动贫困户2.1万户发展产业。（乙县扶贫办 杜红）"]
    lines = [f"{a}{' ' * (48 - sum(2 if ord(c) > 255 else 1 for c in a))}{b}" for a, b in zip(left, right)]
    layout = lay_out("\n".join(lines))
    assert [line.text for line in layout.lines if line.text][:5] == left + right[:1]
    issue = parse("示例\n某省扶贫信息\n2016年第3期\n\n" + "\n".join(lines) + "\n")
    assert [(a.title, a.source) for a in issue.articles] == [("甲县“三项机制”推动稳定脱贫", "甲县扶贫办"),
                                                            ("乙县金融扶贫成效显著", "乙县扶贫办")]


def test_news_items_without_title_lines_are_named_by_their_first_clause():
    text = ("示例\n某某日报\n2019年10月18日 星期五 第4版\n\n本报讯（记者 陈刚）10月15日，某县举办就业扶贫专场招聘会，提供岗位 2600 个。\n\n"
            "本报讯 近日，某县召开易地扶贫搬迁推进会，安置点入住率达 99.2%。（韦丽）\n")
    issue = parse(text)
    assert issue.kind == "newspaper" and issue.date == "2019-10-18"
    assert [(a.title, a.authors) for a in issue.articles] == [("某县举办就业扶贫专场招聘会", ("陈刚",)),
                                                             ("某县召开易地扶贫搬迁推进会", ("韦丽",))]


def test_check_prints_the_outline(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("示例\n某县脱贫攻坚简报\n2019年第8期\n\n【工作动态】\n" + body(), encoding="utf-8")
    out = jianbao("check", "--input", str(folder))
    assert out.returncode == 0
    assert "1. 【工作动态】某县召开推进会（张三 · 某县扶贫办" in out.stdout


@pytest.mark.parametrize("ocr,clean", [
    ("2O17年8月2l日", "2017年8月21日"),
    ("搬迁贫困户l286户", "搬迁贫困户1286户"),
    ("贫困户7 3l9户33 6l4人", "贫困户7319户33614人"),  # a thousands gap, look-alikes in it
    ("开发公益性岗位l 2OO个", "开发公益性岗位1200个"),
    ("入住率达到1〇0%", "入住率达到100%"),
    ("收益的8O%用于分红", "收益的80%用于分红"),
    ("普及率达到9 3.5%，", "普及率达到93.5%，"),
    ("吸纳就业4 10人。", "吸纳就业410人。"),
    # left alone: letters that are letters, 〇 in Chinese numerals, spaces that part words
    ("推行O2O模式", "推行O2O模式"),
    ("减少CO2排放", "减少CO2排放"),
    ("通过ISO9001认证", "通过ISO9001认证"),
    ("二〇一九年三月", "二〇一九年三月"),
    ("2019 年 3 月 共 3 个", "2019 年 3 月 共 3 个"),
    ("建成5G基站", "建成5G基站"),
    # a run that starts as a number and runs into its unit, a decimal, digits spaced out, an issue number
    ("设立风险补偿金l5OO万元", "设立风险补偿金1500万元"),
    ("发放小额信贷l.12亿元", "发放小额信贷1.12亿元"),
    ("旅游综合收入6 5 6 0万元", "旅游综合收入6560万元"),
    ("2021年第 l 2 期", "2021年第12期"),
    ("发展电商O2O模式", "发展电商O2O模式"),
])
def test_ocr_digit_lookalikes_are_repaired(ocr, clean):
    assert repair_ocr_digits(ocr) == clean


def test_two_columns_with_indents_and_one_sided_lines_are_read_by_the_gutter():
    """PDF text of a newspaper page: indented paragraphs, a line where only the right column has text,
    the left column going on after the right one ends, then the page's footer across the page."""
    rows = [("甲县发展高山蔬菜带动增收", "乙县扶贫车间吸纳就业"),
            ("  今年以来，甲县在三个乡镇", "  本报讯（通讯员 赵敏）乙县在"),
            ("发展高山蔬菜，种植面积达到", "各安置点建成扶贫车间二十个，"),
            ("一万二千亩，带动贫困户八百", "吸纳贫困劳动力就业六百人。"),
            ("户增收。", ""),
            ("", "  县里还组织企业开展岗前培"),
            ("  县里还建成冷库三座，解决", "训，培训合格率达到百分之九十。"),
            ("蔬菜储存难题，贫困户户均增", ""),
            ("收三千元。", "")]
    lines = []
    for left, right in rows:
        pad = 40 - sum(2 if ord(c) > 255 else 1 for c in left)
        lines.append((left + " " * pad + right).rstrip() if right else left)
    text = "\n".join(lines) + "\n\n责任编辑：某某   校对：某某\n"
    got = [line.text.strip() for line in lay_out(text).lines if line.text.strip()]
    left = [r[0].strip() for r in rows if r[0]]
    right = [r[1].strip() for r in rows if r[1]]
    assert got == left + right + ["责任编辑：某某   校对：某某"]


def test_editor_notes_are_kept_apart_from_article_text():
    """编者按 before a title, after a title, and a 按语 under an article's signature: the editor's words
    stay with their article, never in its paragraphs."""
    text = ("示例\n某市乡村振兴简报\n2022年第8期\n\n编者按：甲县的做法值得借鉴。\n甲县发展庭院经济\n甲县发展庭院经济，带动脱贫户 860 户。\n"
            "（甲县乡村振兴局 张三）\n\n乙县健全监测机制\n编者按：监测帮扶是底线任务。\n乙县新识别监测对象 120 户。\n"
            "（乙县乡村振兴局 李四）\n按语：各地要学习乙县经验。\n\n丙县开展技能培训\n丙县培训脱贫劳动力 500 人次。\n（丙县人社局供稿）\n")
    issue = parse(text)
    assert issue.editor_note == "甲县的做法值得借鉴。"  # before the first title: the issue's front matter
    assert [(a.title, a.notes) for a in issue.articles] == [
        ("甲县发展庭院经济", ()),
        ("乙县健全监测机制", ("编者按：监测帮扶是底线任务。", "按语：各地要学习乙县经验。")),
        ("丙县开展技能培训", ())]
    assert not any("按" in p for a in issue.articles for p in a.paragraphs)


def test_office_after_a_title_and_a_closing_signature_are_sources():
    text = ("示例\n某县乡村振兴简报\n第3期\n\n某县扶贫车间吸纳就业（县人社局）\n某县建成扶贫车间 12 个，吸纳就业 300 人。\n\n"
            "某县推进危房改造（县住建局）\n某县完成危房改造 200 户。\n\n某县乡村振兴局\n2021年3月5日\n")
    issue = parse(text)
    assert [(a.title, a.source) for a in issue.articles] == [("某县扶贫车间吸纳就业", "县人社局"),
                                                            ("某县推进危房改造", "县住建局")]
    assert all("某县乡村振兴局" not in p for a in issue.articles for p in a.paragraphs)


def test_one_line_masthead_highlights_and_dash_credits():
    text = ("某县脱贫攻坚简报  第9期  某县扶贫开发办公室  2019年3月1日\n━━━━━━━━━━━━━━━━\n\n本期要点\n1.某县召开推进会。\n"
            "2.某乡开展排查。\n\n某县召开推进会\n　　某县召开推进会，全县完成危房改造 120 户。\n——某县住建局 供稿\n\n"
            "某乡开展排查\n　　某乡排查农户 860 户。\n——某乡人民政府　供稿\n\n（示例）\n")
    issue = parse(text)
    assert (issue.series, issue.issue_no, issue.publisher, issue.date) == ("某县脱贫攻坚简报", 9, "某县扶贫开发办公室", "2019-03-01")
    assert [(a.title, a.source) for a in issue.articles] == [("某县召开推进会", "某县住建局"), ("某乡开展排查", "某乡人民政府")]


def test_a_spaced_two_character_head_is_one_cell():
    text = "单位：万元\n县  名        下达资金      已拨付\n甲县          8120          6010\n乙县          7640          5520\n合  计        15760         11530\n"
    table = next(line for line in lay_out(text).lines if line.cells)
    assert [row[0] for row in table.cells] == ["县名", "甲县", "乙县", "合计"]


def test_a_special_issue_topic_and_markdown_list_and_quote_marks():
    # a special issue's topic line is masthead, not an article; "- " and "> " are marks, not text
    issue = parse("\n\n".join([
        "# 示例省巩固衔接工作简报", "**增刊第4期**", "**防止返贫监测帮扶专辑**",
        "示例省委农村工作领导小组办公室　　　　2024年11月18日", "---", "## 本期导读",
        "- 全省防止返贫监测帮扶工作进展情况\n- 安定区：马铃薯链条拉长增收链",
        "> **编者按**：今年是衔接的关键之年，本期集中编发各地做法，供学习借鉴。", "---",
        "## 全省防止返贫监测帮扶工作进展情况",
        "今年以来，全省各级坚持把防止返贫监测帮扶作为首要任务，累计识别监测对象12.6万户。",
        "## 安定区：马铃薯链条拉长增收链",
        "安定区把马铃薯产业作为富民产业，今年种植面积达到100万亩，带动群众增收。",
    ]))
    assert [a.title for a in issue.articles] == ["全省防止返贫监测帮扶工作进展情况", "安定区：马铃薯链条拉长增收链"]
    assert all("关键之年" not in p for a in issue.articles for p in a.paragraphs)


def test_a_bare_signature_over_an_editor_note_signs_the_article():
    issue = parse("\n\n".join([
        "示例市东西部扶贫协作简报", "第8期", "示例市协作办　　　　2019年9月20日",
        "◆海珠区“组团式”帮扶荔波县教育", "——海珠区教育局选派骨干教师支教纪实", "海珠区教育局　陈晓东",
        "编者按：教育扶贫是阻断贫困代际传递的根本之策，现将海珠区的做法刊发，供参考。",
        "今年以来，海珠区教育局先后选派骨干教师36名到荔波县支教，覆盖学校12所，受益学生8600人。",
    ]))
    article = issue.articles[0]
    assert (article.source, list(article.authors)) == ("海珠区教育局", ["陈晓东"])


def test_a_special_issue_named_on_its_own_line_with_its_number_in_brackets():
    issue = parse("泗阳县扶贫工作简报\n消费扶贫专刊（第2期）\n\n泗阳县扶贫开发领导小组办公室编　　　　2017年11月20日\n（示例）\n\n"
                  "某镇推进消费扶贫\n　　某镇今年销售扶贫产品360万元。\n（某镇）\n")
    assert (issue.series, issue.special, issue.issue_no) == ("泗阳县扶贫工作简报", "专刊", 2)


def test_a_total_row_skipping_a_text_column_lines_up_with_the_numbers():
    # 合　计 leaves 帮扶市 empty: its numbers stand under the number columns, not one to the left
    text = ("示例\n某省东西部扶贫协作简报\n2020年第3期\n\n协作成效\n主要指标如下：\n"
            "受援州市　　帮扶市　　　财政援助资金（万元）　　转移就业（人）\n"
            "百色市　　深圳市　　　　　　148600　　　　　　98650\n"
            "河池市　　深圳市　　　　　　131200　　　　　 112430\n"
            "黔南州　　广州市　　　　　　 96800　　　　　　61280\n"
            "合　计　　　　　　　　　　　376600　　　　　 272340\n（省扶贫办）\n")
    issue = parse(text)
    assert issue.articles[0].tables[0].rows[-1] == ("合计", "", "376600", "272340")


def test_a_cell_of_households_and_people_gives_both():
    # 贫困户（户/人） over 196/1013; 合计 across 序号 and 村
    text = ("示例\n某县挂牌督战简报\n2020年第9期\n\n督战村情况\n各村情况如下：\n"
            "| 序号 | 村 | 贫困户（户/人） | 督战队员（人） |\n|---|---|---|---|\n| 1 | 布楞沟村 | 196/1013 | 5 |\n"
            "| 2 | 高山村 | 241/1187 | 5 |\n| 合计 |  | 437/2200 | 10 |\n（县督战办）\n")
    issue = enrich(parse(text))
    found = {(i.label, i.value, i.unit) for i in issue.articles[0].indicators if i.table is not None}
    assert {("贫困户", 196, "户"), ("贫困人口", 1013, "人"), ("贫困户", 437, "户"), ("贫困人口", 2200, "人"),
            ("督战队员", 10, "人")} <= found


def test_a_total_of_listed_villages_is_not_the_county_figure():
    # 合计 under 8 villages of a county's hundreds: their sum, a part, never charted as the county's
    text = ("示例\n某县挂牌督战简报\n2020年第9期\n\n督战村情况\n部分督战村情况如下：\n"
            "| 乡镇 | 村 | 贫困户（户/人） |\n|---|---|---|\n| 高山乡 | 布楞沟村 | 196/1013 |\n"
            "| 北岭乡 | 北岭村 | 213/1092 |\n| 合计 |  | 409/2105 |\n（县督战办）\n")
    issue = enrich(parse(text))
    totals = [i for i in issue.articles[0].indicators if i.table is not None and i.value in (409, 2105)]
    assert totals and all(i.scope == "sub" and i.measure is None for i in totals)
