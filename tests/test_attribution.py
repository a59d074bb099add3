"""generator.parse.attribution, table-driven: who wrote an article and for which office.

Every row is invented text in the shapes the bulletins print: （office）, （office NAME）,
（office NAME、NAME）, （office job-titles NAME）, glued office+name, newspaper bylines □ … and
signatures (NAME) at the end of a paragraph. Rows the module gets wrong today are marked
``xfail(strict=True)`` with the reason, so fixing the module turns them into failures to unmark.
"""
from __future__ import annotations

import pytest

from generator.parse.attribution import (
    is_person_name,
    parse_attribution,
    parse_byline,
    split_names,
    trailing_author,
)


def known_bug(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# ---------------------------------------------------------------- is_person_name

PERSON_NAMES = [
    "黄英",  # two characters
    "梁氏香",
    "韦建明",
    "覃小红",  # regional surnames (覃 韦 农 蒙 …)
    "农家宝",
    "蒙小龙",
    "欧阳小明",  # compound surname
    "司马光明",
    "马龙",  # a person, although 马龙区 is a place
    "石磊",
    "黄 彬",  # a two-character name printed with a space inside
]

NOT_PERSON_NAMES = [
    "合山市",  # places: the surname-like first character must not fool it
    "马龙区",
    "石楼县",
    "县扶贫办",
    "区扶贫办",
    "市医保局",
    "龙场镇",
    "张家村",
    "文华社区",
    "平桂区",
    "欧阳",  # a compound surname alone
    "王",  # one character
    "王小明明明",  # five characters
    "扶贫办",  # no surname
    "公交车",
    "Tom",
    "",
    "农业股",  # an office's section: 农 is a surname, 股 ends no name
    "综合科",
]


@pytest.mark.parametrize("token", PERSON_NAMES)
def test_is_person_name(token: str) -> None:
    assert is_person_name(token)


@pytest.mark.parametrize("token", NOT_PERSON_NAMES)
def test_is_not_person_name(token: str) -> None:
    assert not is_person_name(token)


# ---------------------------------------------------------------- split_names

SPLIT_NAMES = [
    ("蒙小龙、高乾舜", ["蒙小龙", "高乾舜"]),
    ("解德辉 卢佳 陈镜全", ["解德辉", "卢佳", "陈镜全"]),
    ("韦建明，黄宝帅", ["韦建明", "黄宝帅"]),
    ("黄英", ["黄英"]),
    ("黄 彬", ["黄彬"]),  # one name with a space inside, not two one-character names
    ("邝 文 涛", ["邝文涛"]),  # a three-character name, each character set apart
    ("合山市", None),
    ("黄英 县扶贫办", None),  # every item must be a name
    ("马龙 马龙区", None),
    ("欧阳小明、司马", None),
    ("", None),
    ("   ", None),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_NAMES)
def test_split_names(text: str, expected: list[str] | None) -> None:
    assert split_names(text) == expected


# ---------------------------------------------------------------- parse_attribution
# The argument is the text inside the brackets of an attribution line.

ATTRIBUTIONS = [
    ("乙乡扶贫站　田　茂　林", "乙乡扶贫站", ["田茂林"]),  # a three-character name spaced out
    ("金寨县教育体育局　胡晓燕；县扶贫开发局　方　明", "金寨县教育体育局", ["胡晓燕", "方明"]),  # two offices
    # office only
    ("凌云县脱贫攻坚战指挥部政策宣传专责小组", "凌云县脱贫攻坚战指挥部政策宣传专责小组", []),
    ("市扶贫组织保障专责小组", "市扶贫组织保障专责小组", []),
    ("马龙区扶贫开发办公室", "马龙区扶贫开发办公室", []),  # 马龙 is also a name: not split off
    ("石楼县扶贫办", "石楼县扶贫办", []),
    ("合山市", "合山市", []),
    # office + one name
    ("田阳区医疗保障局 黄美玲", "田阳区医疗保障局", ["黄美玲"]),
    ("平桂区西湾街道办 黄英", "平桂区西湾街道办", ["黄英"]),
    ("县扶贫办 李明", "县扶贫办", ["李明"]),
    ("天峨县林业局 杨 帆", "天峨县林业局", ["杨帆"]),
    # office + two names
    ("靖西市扶贫开发办公室 黄海燕、农志强", "靖西市扶贫开发办公室", ["黄海燕", "农志强"]),
    ("东兰县扶贫开发办公室 韦建明 黄宝帅", "东兰县扶贫开发办公室", ["韦建明", "黄宝帅"]),
    ("钦州市灵山县脱贫攻坚指挥部 曾小文、陈观英", "钦州市灵山县脱贫攻坚指挥部", ["曾小文", "陈观英"]),
    # office + job titles + name: the source is the office without the titles
    ("中共百色市委党校管理学教研室副主任、副教授 李文静", "中共百色市委党校管理学教研室", ["李文静"]),
    ("中共河池市委党校经济学教研室主任、讲师 韦海", "中共河池市委党校经济学教研室", ["韦海"]),
    ("县扶贫办副主任 王强", "县扶贫办", ["王强"]),
    ("凌云县委宣传部 通讯员 李华", "凌云县委宣传部", ["李华"]),
    # office and name printed without a space
    ("东兰县扶贫开发办公室蓝秀英", "东兰县扶贫开发办公室", ["蓝秀英"]),
    ("乐业县人民政府办公室梁小香", "乐业县人民政府办公室", ["梁小香"]),
    # an office's section glued to it is part of the office, a name ending in 科 is still a person
    ("市民政局规划科供稿", "市民政局规划科", []),
    ("县水利局农业股", "县水利局农业股", []),
    ("县林业局吴德科", "县林业局", ["吴德科"]),
    # a party committee's member titles are no part of its name
    ("甲乡党委宣传委员 郭小燕", "甲乡党委", ["郭小燕"]),
    ("县民政局股长 邱海", "县民政局", ["邱海"]),
    # two offices, each with its writer: the first office is the source, both are authors
    ("甲县农业农村局　冯小云　甲县财政局　侯　杰", "甲县农业农村局", ["冯小云", "侯杰"]),
    # after a division (处) or a township, the word set apart is its writer, whatever the surname
    ("自治区民政厅低保处　斯琴", "自治区民政厅低保处", ["斯琴"]),
    ("乌兰苏木乡　格日勒图雅", "乌兰苏木乡", ["格日勒图雅"]),
    # a name only
    ("黄英", None, ["黄英"]),
    ("马龙", None, ["马龙"]),
    # a remark in brackets: no names, kept whole (the segmenter decides it is not an attribution)
    (
        "以上数据截至 2020 年 10 月底，来源于县扶贫开发信息系统",
        "以上数据截至 2020 年 10 月底，来源于县扶贫开发信息系统",
        [],
    ),
    # a newspaper signature line （本报记者 NAME）: 本报 is not an office
    pytest.param(
        "本报记者 石磊", None, ["石磊"],
    ),
    # （县扶贫办供稿）: 供稿 / 执笔 mark the contributor and are not part of the office's name
    pytest.param(
        "县扶贫办供稿", "县扶贫办", [],
    ),
    # a township (苏木 too) signs with its writers, whatever their surnames; 供稿 after them is no name
    ("阿力得尔苏木　巴特尔　额尔敦", "阿力得尔苏木", ["巴特尔", "额尔敦"]),
    ("金溪镇　向　丽　供稿", "金溪镇", ["向丽"]),
]


@pytest.mark.parametrize(("inner", "source", "authors"), ATTRIBUTIONS)
def test_parse_attribution(inner: str, source: str | None, authors: list[str]) -> None:
    assert parse_attribution(inner) == (source, authors)


# ---------------------------------------------------------------- parse_byline

BYLINES = [
    ("□ 杨光明 吴小平", ["杨光明", "吴小平"]),
    ("■ 潘小兰 韦国强 陈镜明", ["潘小兰", "韦国强", "陈镜明"]),
    ("□ 本报记者 郑洁", ["郑洁"]),
    ("□ 本报记者 马龙", ["马龙"]),
    ("□ 本报记者 石磊 通讯员 龙小芳", ["石磊", "龙小芳"]),
    ("□ 记者 王海 实习生 李丽", ["王海", "李丽"]),
    ("□ 特约通讯员 罗军", ["罗军"]),
    ("□ 张小三、李小四", ["张小三", "李小四"]),
    ("□ 本报评论员", []),
    ("□ 马龙区扶贫办", []),
    pytest.param(
        "□ 本报记者 黄 彬", ["黄彬"],
    ),
]


@pytest.mark.parametrize(("text", "names"), BYLINES)
def test_parse_byline(text: str, names: list[str]) -> None:
    assert parse_byline(text) == names


# ---------------------------------------------------------------- trailing_author

TRAILING = [
    ("出行服务让群众满意。(张小晋)", ("出行服务让群众满意。", ["张小晋"])),
    ("全县肉羊存栏 52 万只。（杨晓梅）", ("全县肉羊存栏 52 万只。", ["杨晓梅"])),
    ("获得收益。（杨晓梅、李丽）", ("获得收益。", ["杨晓梅", "李丽"])),
    ("获得收益。（杨晓梅 李丽）", ("获得收益。", ["杨晓梅", "李丽"])),
    ("获得收益。（通讯员 韦小明）", ("获得收益。", ["韦小明"])),
    ("获得收益。（本报记者 马龙）", ("获得收益。", ["马龙"])),
    ("获得收益。（黄 彬）", ("获得收益。", ["黄彬"])),
    # brackets that are not a signature
    ("全面完成。（县扶贫办）", None),
    ("实现全覆盖。(合山市)", None),
    ("详见附表。（见附表）", None),
    ("覆盖率达 73%（同比提高 5 个百分点）", None),
    ("没有括号。", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING)
def test_trailing_author(text: str, expected: tuple[str, list[str]] | None) -> None:
    assert trailing_author(text) == expected


# ---------------------------------------------------------------- trailing_office

@pytest.mark.parametrize("text, expected", [
    ("培训农户 120 人。（县扶贫办　张　伟）", ("培训农户 120 人。", "县扶贫办", ["张伟"])),
    ("培训农户 120 人。（窑湾镇　孙　丽）", ("培训农户 120 人。", "窑湾镇", ["孙丽"])),  # a township signs
    ("培训农户 120 人。（向海蒙古族乡 包格日勒图）", ("培训农户 120 人。", "向海蒙古族乡", ["包格日勒图"])),
    ("培训农户 120 人（其中窑湾镇）。", None),
    ("全镇建成大棚 60 个（窑湾镇）", None),  # a place in brackets signs nothing without a writer
])
def test_trailing_office(text: str, expected) -> None:
    from generator.parse.attribution import trailing_office

    assert trailing_office(text) == expected


@pytest.mark.parametrize("text, source, authors", [
    ("县农业农村局　撰稿：钟彩霞　审核：蓝志平", "县农业农村局", ["钟彩霞"]),  # the office first, unnamed by a role
    ("撰稿：钟彩霞　审核：蓝志平", None, ["钟彩霞"]),
    ("供稿：县扶贫办　校对：王芳", "县扶贫办", []),
])
def test_read_credit(text: str, source: str | None, authors: list[str]) -> None:
    from generator.parse.articles import read_credit
    assert read_credit(text) == (source, authors)


def test_a_trailing_signature_after_a_role_takes_any_surname():
    from generator.parse.attribution import trailing_author
    assert trailing_author("草果已成为富民产业。（通讯员　孔玉才　木秀梅）") == ("草果已成为富民产业。", ["孔玉才", "木秀梅"])


def test_a_township_signs_bare_under_the_last_paragraph():
    from generator.parse.articles import bare_signature
    assert bare_signature("华家岭镇　陈文斌") == ("华家岭镇", ["陈文斌"])
    assert bare_signature("华家岭镇") is None  # a township alone is no signature (a column or a title)
