"""Indicators: table-driven snippets, traps, robustness, and the real seeds scored against gold."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.indicators import KIND_RULES, extract_indicators, split_sentences
from generator.extract.measures import load_measures, match_measure
from generator.model import Indicator

from .conftest import seed_articles


def one(text: str, index: int = 0) -> Indicator:
    found = extract_indicators([text])
    assert len(found) > index, f"expected at least {index + 1} figures in {text!r}, got {found}"
    return found[index]


# (snippet, index of the figure, value, unit, kind, label)
CASES = [
    ("目前，该县 370 名辍学生中已成功劝返 341 名，劝返率达 92%。", 2, 92, "%", "actual", "劝返率"),
    ("目前，该县 370 名辍学生中已成功劝返 341 名，劝返率达 92%。", 0, 370, "名", "actual", "辍学生"),
    ("截至6月底，“5+2”特色产业覆盖贫困户 15099 户，覆盖率达 73%。", 0, 15099, "户", "actual", "特色产业覆盖贫困户"),
    ("截至6月底，“5+2”特色产业覆盖贫困户 15099 户，覆盖率达 73%。", 1, 73, "%", "actual", "特色产业覆盖率"),
    ("目前，全县有 14551 户贫困户利用以奖代补资金自主发展产业，覆盖率达 80.86%。", 1, 80.86, "%", "actual", "覆盖率"),
    ("围绕产业扶贫“全县农业特色产业覆盖率达80%以上，力争达到100%”的年度考评目标任务，一是统筹涉农资金。",
     0, 80, "%", "target", "农业特色产业覆盖率"),
    ("围绕产业扶贫“全县农业特色产业覆盖率达80%以上，力争达到100%”的年度考评目标任务，一是统筹涉农资金。",
     1, 100, "%", "target", "农业特色产业覆盖率"),
    ("一是力争实现健康扶贫“五个一百、一个九十”的目标。即：贫困人口大病集中救治率达 100%，参保率达 100%。",
     0, 100, "%", "target", "救治率"),
    ("工作站设立以来，共办理服务事项913件，“五条保障”限时兑现率达100%。", 1, 100, "%", "actual", "限时兑现率"),
    ("目前，该县贫困人口患病人数为 3462 人，全部得到救治，救治率达 100%。", 1, 100, "%", "actual", "救治率"),
    ("招录乡镇公务员（选调生）139人，行政空编率由13.2%降至6.8%，招录干部1074人。", 1, 13.2, "%", "actual", "行政空编率"),
    ("招录乡镇公务员（选调生）139人，行政空编率由13.2%降至6.8%，招录干部1074人。", 2, 6.8, "%", "actual", "行政空编率"),
    ("中心成立仅一个月，慢病签约服务率就提高了15个百分点，大病慢病患者均得到及时跟踪。", 1, 15, "百分点", "actual", "慢病签约服务率提高"),
    ("截止 2019 年 12 月 31 日，建档立卡贫困人口住院和门诊特殊慢性病报销比例分别为 91.8%、87.36%。",
     0, 91.8, "%", "actual", "住院报销比例"),
    ("截止 2019 年 12 月 31 日，建档立卡贫困人口住院和门诊特殊慢性病报销比例分别为 91.8%、87.36%。",
     1, 87.36, "%", "actual", "门诊特殊慢性病报销比例"),
    ("全市 747 个村（社区）建成活动场所面积达 300 平方米以上的行政村有 667 个，完成率占 89%。", 3, 89, "%", "actual", "完成率"),
    ("全县共有22.28万建档立卡贫困人口,因病致贫涉及15430户29586人,占比19.7%。", 0, 222800, "人", "actual", "建档立卡贫困人口"),
    ("全县共有22.28万建档立卡贫困人口,因病致贫涉及15430户29586人,占比19.7%。", 3, 19.7, "%", "actual", "因病致贫占比"),
    ("厘清大病患者2401人，已救治2399人，救治率99.9%；", 2, 99.9, "%", "actual", "救治率"),
    ("这是一场攻坚克难的历史之战,10959户27211人贫困户退出,贫困发生率降至0.47%……", 2, 0.47, "%", "actual", "贫困发生率"),
    ("实现了全区所有行政(自然)村公交车通车率100%,公交线路网布局全覆盖,惠及农村10余万老百姓。", 0, 100, "%", "actual", "公交车通车率"),
    ("实现了全区所有行政(自然)村公交车通车率100%,公交线路网布局全覆盖,惠及农村10余万老百姓。", 1, 100000, "人", "actual", "老百姓"),
    ("全县贫困人口参保率达到百分之九十八。", 0, 98, "%", "actual", "参保率"),
    ("三百七十名辍学生已全部返校。", 0, 370, "名", "actual", "返校辍学生"),
    ("保证了大病住院医疗费用个人实际报销比例提高到 90%以上、慢性病门诊医疗费用个人实际报销比例提高到 80%以上。",
     1, 80, "%", "actual", "慢性病门诊实际报销比例"),
    ("通过以上举措，60%以上行政村实现集体经济 2 万元以上。", 0, 60, "%", "actual", "行政村"),
    ("全市 4051 个自然村符合建立党支部的已 100% 建立；", 1, 100, "%", "actual", None),
    ("目前全市 696 个村卫生室已实施“村医通”诊疗直接结算，占一体化村卫生室的 98.72%。", 1, 98.72, "%", "actual", "村卫生室占比"),
    ("10959户27211人贫困户退出。", 0, 10959, "户", "actual", "退出贫困户"),
    # rules of a scheme
    ("分别按 30%、50%、70%、90% 阶梯式比例发放专项保障金。", 0, 30, "%", "policy", None),
    ("分别按 30%、50%、70%、90% 阶梯式比例发放专项保障金。", 3, 90, "%", "policy", None),
    ("分设 0.5 万元以下、0.5—1 万元、1 万元及以上三个区间，按 100%、80%、60% 发放专项保障金。", 6, 80, "%", "policy", "保障金发放比例"),
    ("对低产茶园实施改造的，按改造投入 30%、50% 比例补助。", 0, 30, "%", "policy", None),
    ("对低产茶园实施改造的，按改造投入 30%、50% 比例补助。", 1, 50, "%", "policy", None),
    ("即：在县内门诊治疗的贫困慢病患者只须付 10% 的费用即可购买慢病药品。", 0, 10, "%", "policy", "自付比例"),
    ("大病保险的起付线由原来的10000元降低到5000元,报销比例统一提高到75%。", 2, 75, "%", "policy", "报销比例"),
    ("大病保险的起付线由原来的10000元降低到5000元,报销比例统一提高到75%。", 1, 5000, "元", "policy", "大病保险起付线"),
    ("其中，每户每年最高可获以奖代补产业扶持资金 1 万元。", 0, 10000, "元", "policy", "以奖代补产业扶持资金"),
    ("对发展县级特色产业的贫困户，给予最高可达10000元的奖补。", 0, 10000, "元", "policy", None),
    ("在县外门诊治疗的贫困慢病患者，也可同样享受住院报销，并确保报销比例达 80% 以上。", 0, 80, "%", "policy", "报销比例"),
    ("村“两委”正职每月基本报酬从 1600 元/月提升到 2100 元/月。", 1, 2100, "元/月", "policy", "基本报酬"),
    # goals and others
    ("力争年内全县 130 个村（社区）都成立合作社。", 0, 130, "个", "target", None),
    ("年内全县力争完成产业扶贫培训 196 期。", 0, 196, "期", "target", None),
    ("计划年内完成 50 户危房改造。", 0, 50, "户", "target", None),
    ("“雨露计划”贫困大学生补助196人39.2万元。", 1, 392000, "元", "actual", None),  # a programme, not a plan
    ("一些重病患者诊疗费用极高，即使获得 90% 报销补助，自付的 10% 金额仍然很高。", 0, 90, "%", "other", None),
    ("让全县所有大病慢病 100%都能得到医疗救治，防止因病致贫；", 0, 100, "%", "other", None),
    ("还避免出现因多单结算失误而导致报销比例超过 100%问题。", 0, 100, "%", "other", "报销比例"),
    # magnitudes
    ("全市共募捐“防贫基金”2290.06万元，其中各县区募集到1471.38万元。", 0, 22900600, "元", "actual", "防贫基金"),
    ("落实帮扶项目 1214 个，投入资金约 1.862 亿元，受帮扶贫困人口 8.98 万人。", 1, 186200000, "元", "actual", "资金"),
    ("落实帮扶项目 1214 个，投入资金约 1.862 亿元，受帮扶贫困人口 8.98 万人。", 2, 89800, "人", "actual", "帮扶贫困人口"),
    ("兴宾区通过平台审核数据 32.2 万条，录入国办系统 9.6 万条。", 0, 322000, "条", "actual", "审核数据"),
    ("为贫困户认领指尖心愿 900 多个。", 0, 900, "个", "actual", None),
    # a plan, then what is done now: the rate after 目前已完成 is a result
    ("今年计划完成农村户厕改造 5200 户，目前已完成 3900 户，完成率 75%。", 2, 75, "%", "actual", None),
    ("全年计划新建产业路 80 公里，截至9月底已建成 62 公里，完成进度 77.5%。", 2, 77.5, "%", "actual", None),
    ("今年计划完成农村户厕改造 5200 户，力争年底完成率达到 100%。", 1, 100, "%", "target", None),
    # a share of a goal met is a result; a programme named 计划 is no plan
    ("全县转移就业 4.2 万人，完成年度目标任务的 108%。", 1, 108, "%", "actual", None),
    ("实现脱贫劳动力务工 3.1 万人，达到省定目标的 96.4%。", 1, 96.4, "%", "actual", None),
    ("举办“ 雨露计划 ”培训班，培训合格率达到 95 %。", 0, 95, "%", "actual", "培训合格率"),
    ("全县争取“雨露计划”资金 320 万元，计划年底前再培训 600 人。", 1, 600, "人", "target", None),
    ("对脱贫户逐户制定增收计划，帮扶措施落实率达到 98%。", 0, 98, "%", "actual", None),
    # a share of a base is a rule of the scheme
    ("对开办农家乐的脱贫户，按投资额的 30% 给予补助。", 0, 30, "%", "policy", None),
    ("电商企业按销售额的 3% 提取帮扶基金。", 0, 3, "%", "policy", None),
    ("按期完成率达到 96%。", 0, 96, "%", "actual", None),
    ("全县今年计划改造危房 3200 户，目前已竣工 2900 户，竣工率 90.6%。", 2, 90.6, "%", "actual", None),
    ("参与率 71.2%，高于省里要求的 60%。", 1, 60, "%", "policy", None),
    ("县里提出到2020年底产业覆盖率达到 95%。", 0, 95, "%", "target", None),
    # a second noun of the same kind after the count is counted too
    ("选派干部 120 名到 45 个脱贫村和重点帮扶村驻村。", 1, 45, "个", "actual", "脱贫村和重点帮扶村"),
    ("全县 1.2 万户脱贫户和监测户参加医保。", 0, 12000, "户", "actual", "脱贫户和监测户"),
    ("建成 32 个安置点和 8 个扶贫车间。", 0, 32, "个", "actual", "安置点"),
    # a count picked out by a deed (参与…的) is a part: it joins no measure of the whole
    ("全县参与发展庭院经济的脱贫户达到 9800 户。", 0, 9800, "户", "actual", "发展庭院经济脱贫户"),
    # a goal set with 要: the rate before it names it
    ("县里提出，年底风险消除率要达到 85% 以上。", 0, 85, "%", "target", "风险消除率"),
    ("按照要求，扶贫资金拨付率须达到 90%。", 0, 90, "%", "target", None),
    ("组织民主党派为贫困村和贫困户募集扶贫善款 1000 多万元。", 0, 10000000, "元", "actual", "扶贫善款"),
    # a rule's ceiling is named as one: of the grant before it, or the one the clause before gives
    ("示例：单户最高补助 2 万元。", 0, 20000, "元", "policy", "单户补助上限"),
    ("示例：安置房人均住房面积不超过 25 平方米。", 0, 25, "平方米", "policy", "安置房人均住房面积上限"),
    ("示例：对跨省务工的脱贫劳动力给予一次性交通补助，每人不超过 800 元。", 0, 800, "元", "policy", "交通补助上限"),
    ("示例：对养殖能繁母牛的脱贫户给予补助，每户最多补助 3 头。", 0, 3, "头", "policy", "补助头数上限"),
    ("示例：对吸纳就业的帮扶车间给予一次性补贴，补贴期限不超过 6 个月。", 0, 6, "个月", "policy", None),
    # a term capped by 最长/一般 is named by the noun before the cap
    ("示例：按每人每月 300 元给予岗位补贴，补贴期限最长 3 年。", 1, 3, "年", "policy", "补贴期限"),
    ("示例：公益性岗位聘期一般为 1 年。", 0, 1, "年", "policy", "公益性岗位聘期"),
    # a share is of the part named right before 占, each its own in a list; 分别 is no part of it
    ("示例：按照协议，企业按每亩 300 元分红，其中贫困户占 60%、村集体占 40%。", 1, 60, "%", "policy", "贫困户占比"),
    ("示例：按照协议，企业按每亩 300 元分红，其中贫困户占 60%、村集体占 40%。", 2, 40, "%", "policy", "村集体占比"),
    ("示例：监测对象全部落实帮扶措施，其中落实产业帮扶的占 54.2%。", 0, 54.2, "%", "actual", "落实产业帮扶占比"),
    ("示例：五星级农户和四星级农户中，贫困户分别占 31.6% 和 42.8%。", 0, 31.6, "%", "actual", "贫困户占比"),
    # words jieba cuts or mis-tags: 垃圾收集点, 嘎查村 (a village in 内蒙古), 产业发展类项目
    ("示例：全旗建成垃圾收集点 1268 个。", 0, 1268, "个", "actual", "垃圾收集点"),
    ("示例：全旗 152 个嘎查村集体经济收入全部超过 5 万元。", 0, 152, "个", "actual", "嘎查村"),
    ("示例：其中产业发展类项目 98 个。", 0, 98, "个", "actual", "产业发展类项目"),
    # each member of a list of grants is named by its own thing, Latin letters and all
    ("示例：对 C级危房每户补助 1.5 万元、D级危房每户补助 3.5 万元。", 1, 35000, "元", "policy", "D级危房补助"),
    # a township's share of the count before it, never the tail of its name (西城镇 → 城镇)
    ("示例：全县建成扶贫车间 86 个，其中西城镇 41 个、河口乡 3 个。", 1, 41, "个", "actual", "扶贫车间"),
    ("示例：全县建成扶贫车间 86 个，其中西城镇 41 个、河口乡 3 个。", 2, 3, "个", "actual", "扶贫车间"),
    ("示例：全县共有贫困村 120 个，其中深度贫困村 36 个。", 1, 36, "个", "actual", "深度贫困村"),
    # 2023年度: the year's 年度 goes with the year; 能 says what a thing can earn, not what it is
    ("示例：全县安排 2023 年度衔接资金项目 142 个。", 0, 142, "个", "actual", "衔接资金项目"),
    ("示例：村里这座电站一年能收入 20 多万元。", 1, 200000, "元", "actual", "收入"),
    ("示例：全县有能人领办种养合作社 27 个。", 0, 27, "个", "actual", "能人领办种养合作社"),
    # 吸纳搬迁群众 126 人就业: those given work, not the relocated
    ("示例：目前已吸纳搬迁群众 126 人就业。", 0, 126, "人", "actual", "吸纳搬迁群众就业"),
    # wages workers earn are what they got; a public job's pay per person and month is the scheme's
    ("示例：扶贫车间吸纳就业 512 人，人均月工资 1800 元至 2600 元。", 1, 1800, "元", "actual", "人均月工资"),
    ("示例：设置护林员等公益岗位 86 个，每人每月工资 800 元。", 1, 800, "元", "policy", None),
    ("示例：签订收购协议，苦荞保底收购价每公斤 4 元。", 0, 4, "元", "policy", "苦荞保底收购价"),
    # links and words jieba cuts: 还有 links the count to its noun, 供水/率 is one rate, 我县 is no
    # part of the money, 解决…的饮水安全问题 names those helped
    ("示例：全县未脱贫贫困人口还有 1126 户 4308 人。", 0, 1126, "户", "actual", "未脱贫贫困户"),
    ("示例：全乡农村集中供水率由 2019 年的 71.2% 提高到 92.5%。", 1, 92.5, "%", "actual", "农村集中供水率"),
    ("示例：东营市今年向我县拨付财政援助资金 6120 万元。", 0, 61200000, "元", "actual", "拨付财政援助资金"),
    ("示例：解决了 2960 户 12380 人的饮水安全问题。", 1, 12380, "人", "actual", "解决饮水安全问题人口"),
    ("示例：镇里将基地收益的 30% 留作村集体经济收入。", 0, 30, "%", "policy", "基地收益留作村集体经济收入比例"),
    # one person's loan is no county's figure
    ("示例：2015年，他申请了 5 万元扶贫小额信贷。", 0, 50000, "元", "actual", "扶贫小额信贷"),
    # 将符合条件的 37 户纳入低保: households enrolled in 低保, not 符合条件
    ("示例：镇里将符合条件的 37 户纳入低保。", 0, 37, "户", "actual", "纳入低保户"),
]


@pytest.mark.parametrize("text,index,value,unit,kind,label", CASES)
def test_snippets(text, index, value, unit, kind, label):
    ind = one(text, index)
    assert (ind.value, ind.unit, ind.kind) == (pytest.approx(value), unit, kind), ind
    if label is not None:
        assert ind.label == label, ind


TRAPS = [
    "通过对辍学在家学生登门劝返一批等“三个一批”，确保全部返校。",
    "力争实现健康扶贫“五个一百、一个九十”的目标。",
    "建立健康扶贫“一站式”服务工作站，落实“两不愁三保障”。",
    "大力实施贫困村“一村一品”产业推进行动，“一肩挑”，三会一课。",
    "2018年第32期（总第194期）",
    "2020年1月17日",
    "联系人：韦建明 联系电话：0771—2806239 投稿邮箱：gxfpzhxtz@163.com",
    "一、深入开展教育扶贫百日攻坚。1.共同筹资。（一）明确职责。",
    "“十三五”期间。(下转4版)",
    "2018年8月10日前，三年来，近三年，2—3年后。",
    "根据桂政办发〔2018〕12号文件，县级“5+2”特色产业，按3:4:3比例确定。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_yield_nothing(text):
    assert extract_indicators([text]) == ()


def test_spans_point_into_the_paragraph():
    paragraphs = ["前言。", "截至6月底，特色产业覆盖贫困户 15099 户，覆盖率达 73%。其中，每户每年分红 3000 元。"]
    found = extract_indicators(paragraphs, place="451026")
    assert [i.paragraph for i in found] == [1, 1, 1]
    for ind in found:
        assert paragraphs[ind.paragraph][ind.start:ind.end] == ind.text
        assert ind.text in ind.sentence and ind.place == "451026"
    assert found[1].text == "覆盖率达 73%"
    assert found[1].sentence == "截至6月底，特色产业覆盖贫困户 15099 户，覆盖率达 73%。"
    # 覆盖率 alone does not say of what; here it is the rate of what covered the households just counted
    assert found[1].label == "特色产业覆盖率" and found[1].measure == "coverage_rate"


def test_sentences_split_on_chinese_stops():
    text = "甲达 1 户。乙为 2 人！丙？丁；“戊。”己"
    assert [text[a:b] for a, b in split_sentences(text)] == ["甲达 1 户。", "乙为 2 人！", "丙？", "丁；", "“戊。”", "己"]


def test_measures_match_variants():
    assert match_measure("实际报销比例", "%") == "reimbursement_ratio"
    assert match_measure("门诊特殊慢性病报销比例", "%") == "outpatient_reimbursement_ratio"
    assert match_measure("产业覆盖率", "%") == "coverage_rate"
    assert match_measure("覆盖率", "户") is None  # the unit must fit
    assert match_measure("集体经济收入", "元") == "collective_income"
    assert match_measure("辍学生", "户") is None


def test_measures_file_is_user_extensible(tmp_path: Path):
    custom = tmp_path / "measures.yml"
    custom.write_text("measures:\n  - slug: dropout_count\n    name: 辍学生\n    unit: [名, 人]\n", encoding="utf-8")
    measures = load_measures(custom)
    found = extract_indicators(["目前，该县 370 名辍学生中已成功劝返 341 名。"], measures=measures)
    assert found[0].measure == "dropout_count"
    bad = tmp_path / "bad.yml"
    bad.write_text("measures:\n  - name: 无名\n", encoding="utf-8")
    with pytest.raises(ValueError, match="slug"):
        load_measures(bad)
    bad.write_text("measures:\n  - slug: monitored\n    name: 监测对象\n    kinds: [unstable]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kinds name no measure"):
        load_measures(bad)


def test_kind_rules_document_themselves():
    assert all(rule.why and rule.kind in ("actual", "target", "policy", "other") for rule in KIND_RULES)


# ---------------------------------------------------------------------------------- robustness

_ALPHABET = st.sampled_from(list("0123456789１２.,，。；、%％万亿元人户个名多余约—-第一二两三十百千零是批年月日（）()“”：率达为比例分别按由降至以上 \n"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=60), st.text(_ALPHABET, max_size=60)), max_size=4))
def test_never_raises_on_random_text(paragraphs):
    for ind in extract_indicators(paragraphs):
        assert paragraphs[ind.paragraph][ind.start:ind.end] == ind.text


# ---------------------------------------------------------------------------------- the real seeds

@pytest.fixture(scope="module")
def seed_results(seeds_dir, gold):
    results = {}
    for name, g in gold.items():
        if name.startswith("_"):
            continue
        results[name] = [ind for _, parsed in seed_articles(seeds_dir, gold, name)
                         for ind in extract_indicators(parsed.paragraphs)]
    return results


@pytest.mark.seeds
def test_seed_actual_percentages_match_gold(seed_results, gold):
    tp = n_pred = n_gold = 0
    for name, found in seed_results.items():
        expected = [round(float(p["value"]), 2) for p in gold[name].get("percentages", []) if p["kind"] == "actual"]
        predicted = [round(i.value, 2) for i in found if i.unit == "%" and i.kind == "actual"]
        left = list(expected)
        hits = [v for v in predicted if v in left and not left.remove(v)]
        tp, n_pred, n_gold = tp + len(hits), n_pred + len(predicted), n_gold + len(expected)
        print(f"{name}: tp {len(hits)} predicted {len(predicted)} gold {len(expected)}; missed {left}")
    precision, recall = tp / n_pred if n_pred else 1.0, tp / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"actual percentages: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    assert f1 >= 0.95


@pytest.mark.seeds
def test_seed_magnitudes_found(seed_results, gold):
    missing = [m for m in gold["_magnitudes"]
               if not any(abs(i.value - m["value"]) < 1e-6 * max(1, m["value"]) and i.unit == m["unit"]
                          for i in seed_results[m["file"]])]
    assert not missing, missing


@pytest.mark.seeds
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_never_raises_on_mutated_seed_text(seeds_dir, data):
    name = data.draw(st.sampled_from(sorted(p.name for p in seeds_dir.glob("*.txt"))))
    text = (seeds_dir / name).read_text(encoding="utf-8")
    start = data.draw(st.integers(0, max(0, len(text) - 400)))
    chunk = list(text[start:start + 400])
    for _ in range(data.draw(st.integers(0, 20))):  # delete, duplicate or replace characters
        i = data.draw(st.integers(0, max(0, len(chunk) - 1)))
        op = data.draw(st.sampled_from(["del", "dup", "sub"]))
        if chunk and op == "del":
            del chunk[i]
        elif chunk and op == "dup":
            chunk.insert(i, chunk[i])
        elif chunk:
            chunk[i] = data.draw(st.characters())
    paragraphs = "".join(chunk).split("\n\n")
    for ind in extract_indicators(paragraphs):
        assert paragraphs[ind.paragraph][ind.start:ind.end] == ind.text


def test_units_that_count_the_same_thing_are_configured(tmp_path: Path):
    from generator.extract.measures import DEFAULT_PATH, load_same_units, same_unit

    assert same_unit("名") == same_unit("位") == same_unit("人") == "人"
    assert same_unit("人次") == "人次" and same_unit("户") == "户"
    pairs = load_same_units(DEFAULT_PATH)
    assert pairs and all(a != b and b not in pairs for a, b in pairs.items())  # one step: 名 → 人, never a chain
    bad = tmp_path / "bad.yml"
    bad.write_text("measures: []\nsame_units: [名, 人]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="same_units"):
        load_same_units(bad)


@pytest.mark.parametrize("text, measured", [
    ("全县参与发展庭院经济的脱贫户达到 9800 户。", False),
    ("全县有劳动能力的贫困人口 3.2 万人。", False),
    ("全县的建档立卡贫困户共有 1.5 万户。", True),
    ("全县参与产业发展的建档立卡贫困户共有 1.2 万户。", False),
])
def test_a_count_picked_out_by_a_deed_is_no_level(text, measured):
    found = extract_indicators([text], place="451026")
    assert bool(found[0].measure) is measured, found[0]


def test_one_persons_figure_is_a_part_of_the_place():
    loan = one("示例：2015年，他申请了 5 万元扶贫小额信贷。", 0)
    assert loan.scope == "sub"
    assert one("示例：其他乡镇新建大棚 30 座。", 0).scope == "whole"


def test_figures_under_the_plans_head_are_targets():
    found = extract_indicators(["一、主要做法", "全县新建茶园 1200 亩。", "四、下步工作打算",
                                "全县新建茶园 2000 亩，培训 500 人次。", "全县已建成大棚 30 座。"])
    assert [(i.value, i.kind) for i in found] == [(1200, "actual"), (2000, "target"), (500, "target"), (30, "actual")]
    assert all(i.kind == "target" for i in extract_indicators(["组织技能培训 300 人次。"], title="下周工作安排"))
