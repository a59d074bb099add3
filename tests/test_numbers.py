"""Number spans: every way a bulletin writes a figure, and the words that only look like one."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.numbers import find_numbers, normalise_digits, parse_number


def read(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_numbers(text)]


# snippet → every (value, unit) read from it, in order
CASES = [
    ("劝返率达 92%", [(92, "%")]),
    ("覆盖率达 80.86%", [(80.86, "%")]),
    ("１２３户", [(123, "户")]),  # full-width digits
    ("达到９０％以上", [(90, "%")]),
    ("1,234,567元", [(1234567, "元")]),  # thousands separators
    ("三百七十人", [(370, "人")]),
    ("一万二千三百元", [(12300, "元")]),
    ("两千名", [(2000, "名")]),
    ("四十余人", [(40, "人")]),
    ("百分之九十", [(90, "%")]),
    ("百分之百", [(100, "%")]),
    ("2290.06万元", [(22900600, "元")]),
    ("22.28万建档立卡贫困人口", [(222800, "人")]),
    ("投入资金约1.862 亿元", [(186200000, "元")]),
    ("总投资 3.03 亿元的项目", [(303000000, "元")]),
    ("审核数据 32.2 万条", [(322000, "条")]),
    ("受帮扶贫困人口 8.98 万人", [(89800, "人")]),
    ("共计4010.40万元", [(40104000, "元")]),
    ("1000 多万元", [(10000000, "元")]), ("每斤能卖5块钱", [(5, "元")]), ("每月能挣两千来块。", [(2000, "元")]), ("新设界碑34块界碑", [(34, "块")]), ("新设界碑34块。", [(34, "块")]),
    ("惠及10余万老百姓", [(100000, "人")]),
    ("累计投资8亿多元", [(800000000, "元")]),
    ("0.5—1.5 万元", [(5000, "元"), (15000, "元")]),  # a range: both ends, both scaled
    ("1—2 人", [(1, "人"), (2, "人")]),
    ("提高了15个百分点", [(15, "百分点")]),
    ("从 1600 元/月提升到 2100 元/月", [(1600, "元/月"), (2100, "元/月")]),
    ("由13.2%降至6.8%", [(13.2, "%"), (6.8, "%")]),
    ("30%、50%、70%、90% 阶梯式比例", [(30, "%"), (50, "%"), (70, "%"), (90, "%")]),
    ("打造总面积 1500 m²的党群服务中心", [(1500, "平方米")]),
    ("建设标准厂房 20.72 万平方米", [(207200, "平方米")]),
    ("完成新一轮退耕还林0.79万亩", [(7900, "亩")]),
    ("新建农村公路57条405.7公里", [(57, "条"), (405.7, "公里")]),
    ("使用“村医通”就诊 2.85 万人次", [(28500, "人次")]),
    ("覆盖贫困户 15099 户", [(15099, "户")]),
    ("一百多家扶贫车间", [(100, "家")]),
    ("贫困村第一书记5万元", [(50000, "元")]),  # 第一 is an ordinal, 5万元 a figure
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reads_values_in_base_units(text, expected):
    assert read(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text,approx,bound", [
    ("1000 多万元", True, None), ("10余万老百姓", True, None), ("约1.862 亿元", True, None),
    ("200公里左右", True, None), ("90%以上", False, "min"), ("报销比例达 80% 以上", False, "min"),
    ("5 万元以下", False, "max"), ("15099 户", False, None),
])
def test_approximations_and_bounds(text, approx, bound):
    (q,) = find_numbers(text)
    assert (q.approx, q.bound) == (approx, bound)


def test_ranges_mark_both_ends():
    low, high = find_numbers("分设 0.5—1.5 万元区间")
    assert (low.range_role, high.range_role) == ("low", "high")
    assert (low.text, high.text) == ("0.5", "1.5 万元")


def test_spans_point_into_the_original_text():
    text = "全市共募捐“防贫基金”2290.06万元，受帮扶贫困人口 8.98 万人，达到９０％以上。"
    for q in find_numbers(text):
        assert text[q.start:q.end] == q.text
    assert [q.text for q in find_numbers(text)] == ["2290.06万元", "8.98 万人", "９０％以上"]


# words and marks that must never be read as figures
TRAPS = [
    "一批", "一站式", "第一书记", "三保障", "两不愁", "一村一品", "五个一百、一个九十", "一肩挑", "三会一课",
    "第一", "一是", "二是", "一、深入开展", "1.共同筹资", "1、组织保障", "（一）明确职责", "（1）组织", "三个一批",
    "落实“十二有”", "“十三五”期间", "千亿元碳酸钙产业园", "千方百计", "百日行动", "万企帮万村", "唯一一家",
"联系电话：0771—2806239", "0774-5128119", "投稿邮箱：gxfpzhxtz@163.com",
    "第32期（总第194期）", "“5+2”特色产业", "“1+X”政策体系", "按3:4:3比例", "桂政办发〔2018〕12号",
    # progressions (示例): said of no number of days or years
    "日子一天比一天好", "收入一年比一年高", "村里一天天变样", "一年又一年地坚持", "一天一天好起来",
    "一年胜一年", "一周接一周地跑",
]


@pytest.mark.parametrize("text,expected", [
    ("培训一天比往年多", [(1, "天")]), ("一年时间建成", [(1, "年")]), ("每周一天，共三周", [(1, "天"), (3, "周")]),
])
def test_single_durations_next_to_progression_words_still_count(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", TRAPS)
def test_traps_yield_nothing(text):
    assert find_numbers(text) == []


def test_years_and_dates_are_read_with_their_time_units():
    # indicators drop them by unit; reading them keeps 2018年 from turning into a bare 2018
    assert read("2018年8月10日") == [(2018, "年"), (8, "月"), (10, "日")]


@pytest.mark.parametrize("text,value", [
    ("三百七十", 370), ("一万二千三百", 12300), ("两千", 2000), ("百分之九十", 90), ("2290.06万", 22900600),
    ("十二", 12), ("１２３", 123), ("1.862亿", 186200000), ("批", None), ("第一", None), ("", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == (pytest.approx(value) if value is not None else None)


def test_normalise_digits_keeps_length():
    text = "１２．５％，－～"
    assert len(normalise_digits(text)) == len(text) and normalise_digits(text).startswith("12.5%")


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=80),
                 st.text(st.sampled_from(list("0123456789０.,%％万亿元人户个多余约—-~至第一二两三十百千零点（）()、 ")), max_size=80)))
def test_never_raises_and_spans_hold(text):
    for q in find_numbers(text):
        assert text[q.start:q.end] == q.text and q.start < q.end
    parse_number(text)


@pytest.mark.parametrize("text,expected", [  # 示例
    ("光伏电站总装机规模4.6万千瓦", [(46000, "千瓦")]), ("年发电量120万千瓦时", [(1200000, "千瓦时")]),
    ("村级电站装机5兆瓦", [(5, "兆瓦")]), ("新建蓄水池300立方米", [(300, "立方米")]),
    ("收购茶青2.5万千克", [(25000, "公斤")]), ("每公斤收购价20元", [(20, "元")]),
])
def test_power_water_and_weight_units(text, expected):
    assert read(text) == expected


def test_cases_counted_in_bi_and_second_rounds():
    # 笔 counts loans or applications; 二次 before a word is "a second round of", a name (两次 counts times)
    assert [(q.value, q.unit) for q in find_numbers("受理贷款申请68笔，发放贷款 12 笔")] == [(68, "笔"), (12, "笔")]
    assert find_numbers("落实二次报销，开展二次核查") == []
    assert [(q.value, q.unit) for q in find_numbers("召开两次会议，二次 ")] == [(2, "次"), (2, "次")]
