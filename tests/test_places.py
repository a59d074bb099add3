"""Place resolution: gazetteer names, the shared jieba dictionary, and resolve_places on real text."""
from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.gazetteer import GENERIC_NAMES, load_gazetteer, short_name
from generator.extract.lexicon import tokenizer, user_dictionary_lines
from generator.extract.places import PlaceContext, resolve_places
from .conftest import REPO, SEEDS, seed_articles, seed_names
from .sample import missing

GUANGXI = PlaceContext("广西壮族自治区扶贫开发办公室", "广西精准脱贫攻坚简报")
HEZHOU = PlaceContext("贺州市扶贫开发领导小组办公室", "贺州市精准脱贫攻坚简报")
LVLIANG = PlaceContext(None, "吕梁全面深化改革进行时")
NOWHERE = PlaceContext(None, None)


def places(title="", paragraphs=(), *, subtitle=None, source=None, context=NOWHERE):
    return resolve_places(title, subtitle, list(paragraphs), source, context)


def codes(found) -> set[str]:
    return {p.adcode for p in found}


def primary(found) -> set[str]:
    return {p.adcode for p in found if p.primary}


# -- gazetteer ------------------------------------------------------------------------------------

def test_gazetteer_covers_mainland_china():
    gaz = load_gazetteer()
    assert len(gaz.provinces()) == 31
    assert 2800 <= len(gaz.counties()) <= 2900
    assert 330 <= len(gaz.cities()) <= 340
    assert gaz.by_code("45") == gaz.by_code("450000")
    assert gaz.by_code("4501").name == "南宁市"


@pytest.mark.parametrize("code, name, level, province, city, parent", [
    ("451026", "那坡县", "county", "广西壮族自治区", "百色市", "451000"),
    ("110101", "东城区", "county", "北京市", None, "110000"),  # municipality: no city level
    ("429004", "仙桃市", "county", "湖北省", None, "420000"),  # county-level city under the province
    ("469001", "五指山市", "county", "海南省", None, "460000"),
    ("441900", "东莞市", "city", "广东省", None, "440000"),  # prefecture city without counties
    ("442000", "中山市", "city", "广东省", None, "440000"),
    ("460400", "儋州市", "city", "海南省", None, "460000"),
    ("620200", "嘉峪关市", "city", "甘肃省", None, "620000"),
    ("450000", "广西壮族自治区", "province", None, None, None),
])
def test_division_fields(code, name, level, province, city, parent):
    d = load_gazetteer().by_code(code)
    assert (d.name, d.level, d.province, d.city, d.parent) == (name, level, province, city, parent)


def test_children_are_sorted_and_complete():
    gaz = load_gazetteer()
    assert [d.name for d in gaz.children("451300")][:2] == ["兴宾区", "忻城县"]
    assert "仙桃市" in [d.name for d in gaz.children("420000")]
    assert gaz.children("441900") == []


@pytest.mark.parametrize("name, short", [
    ("大化瑶族自治县", "大化"), ("都安瑶族自治县", "都安"), ("隆林各族自治县", "隆林"),
    ("交城县", "交城"), ("广西壮族自治区", "广西"), ("来宾市", "来宾"), ("新疆维吾尔自治区", "新疆"),
    ("内蒙古自治区", "内蒙古"), ("双江拉祜族佤族布朗族傣族自治县", "双江"), ("伊犁哈萨克自治州", "伊犁"),
    ("湘西土家族苗族自治州", "湘西"), ("锡林郭勒盟", "锡林郭勒"), ("神农架林区", "神农架"),
    ("六枝特区", "六枝"), ("浦东新区", "浦东"), ("阿里地区", "阿里"), ("北京市", "北京"),
    ("兴县", None), ("临县", None), ("城区", None), ("东乡族自治县", None), ("鄂伦春自治旗", None),
])
def test_short_names_are_derived_by_rule(name, short):
    assert short_name(name) == short


@pytest.mark.parametrize("surface, code", [
    ("那坡", "451026"), ("那坡县", "451026"), ("大化县", "451229"), ("湘西州", "433100"),
    ("鄂温克旗", "150724"), ("兴县", "141123"), ("临县", "141124"),
    ("来宾市兴宾区", "451302"), ("贺州市平桂区", "451103"), ("广西大化", "451229"),
    ("阳泉市城区", "140302"), ("甘南合作", "623001"),  # stop-listed forms are fine after a parent
])
def test_candidates(surface, code):
    assert [d.adcode for d in load_gazetteer().candidates(surface)] == [code]


def test_a_former_name_can_share_a_form_with_a_division_of_today():
    # 东乡县 (Jiangxi) became 东乡区 in 2016; 东乡族自治县 (Gansu) is written 东乡县 today
    assert [d.adcode for d in load_gazetteer().candidates("东乡县")] == ["361003", "622926"]


@pytest.mark.parametrize("word", ["城区", "郊区", "兴", "临"])
def test_generic_and_one_character_names_are_not_place_names(word):
    assert load_gazetteer().candidates(word) == []
    assert word not in load_gazetteer().surface_forms()


def test_generic_names_are_real_names():
    """Every generic name must be the name some division really has, or the list has rotted."""
    gaz = load_gazetteer()
    assert all(gaz.candidates(w, qualified=True) for w in GENERIC_NAMES)


# -- lexicon --------------------------------------------------------------------------------------

def test_user_dictionary_lines():
    lines = user_dictionary_lines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    assert all(re.fullmatch(r"\S+ [1-9][0-9]* [a-z]+", line) for line in lines)
    words = {line.split()[0]: line.split()[2] for line in lines}
    for word in ("那坡县", "那坡", "兴宾区", "临县", "大化县", "广西"):
        assert words[word] == "ns"
    for word in ("易地扶贫搬迁", "两不愁三保障", "控辍保学", "建档立卡", "第一书记", "扶贫车间"):
        assert words[word] == "nz"
    assert words["该县"] == "r"


def test_tokenizer_is_private_cached_and_quick():
    import jieba
    start = time.perf_counter()
    tk = tokenizer()
    assert time.perf_counter() - start < 5
    assert tk is tokenizer() and tk is not jieba.dt
    assert "两不愁三保障" in tk.lcut("落实两不愁三保障政策", HMM=False)


@pytest.mark.parametrize("text, word", [
    ("发挥扶贫政策最大化效用", "最大化"), ("领导莅临县里视察", "县里"), ("推动振兴县域经济", "县域"),
    ("广西大化、都安", "大化"), ("来宾市兴宾区现有贫困村", "兴宾区"), ("村民合作社", "合作社"),
])
def test_segmentation(text, word):
    assert word in tokenizer().lcut(text, HMM=False)


# -- resolve_places: names, references, traps ---------------------------------------------------------

@pytest.mark.parametrize("title, paragraphs, context, expected", [
    ("那坡县迅速掀起脱贫攻坚“百日行动”高潮", [], GUANGXI, {"451026"}),  # full name
    ("那坡创新产业扶贫", [], GUANGXI, {"451026"}),  # short name
    ("大化县发展养牛", [], GUANGXI, {"451229"}),  # informal name of an autonomous county
    ("来宾市兴宾区“四化”引路", [], GUANGXI, {"451302"}),  # combined: the city is only the parent
    ("贺州市平桂区坚持“未贫先防”", [], GUANGXI, {"451103"}),
    ("兴县蔚汾镇扶贫", [], LVLIANG, {"141123"}),
    ("临县创新健康帮扶模式", [], LVLIANG, {"141124"}),
    ("离石惠及10余万百姓", [], LVLIANG, {"141102"}),
    ("我市坚持党建引领助力脱贫攻坚", [], HEZHOU, {"451100"}),  # 我市 → the issuing city
    ("市医保局推行“三举措”", [], HEZHOU, {"451100"}),  # 市医保局 → the issuing city's bureau
    ("广西极贫山区“联建联养”", ["广西大化、都安、隆林和那坡四县是极度贫困县。其余略。"], GUANGXI,
     {"451229", "451228", "451031", "451026"}),  # the lead sentence names the subject
    # a place before the colon is the subject; a partner named after it (东西部协作) is not
    ("德保县：脐橙搭上“广州快车”", ["今年，广州市帮扶德保县建设脐橙分选中心。"], GUANGXI, {"451024"}),
    ("示例镇：与广州市共建产业园", [], GUANGXI, {"440100"}),  # no place before the colon: the title as a whole
])
def test_primary_places(title, paragraphs, context, expected):
    assert primary(places(title, paragraphs, context=context)) == expected


@pytest.mark.parametrize("text", [
    "积极发挥现行扶贫政策最大化效用", "领导莅临县里检查指导", "推动乡村振兴县域经济发展",
    "成立农民专业合作社，开展村企合作", "推进城中村改造", "走进新华书店", "一派江南水乡风光",
    "生活在和平年代", "购买长安汽车", "整合资源，组织公安、工商等部门", "白云朵朵，城关镇",
    "平安保险公司理赔", "东方红，太阳升", "富民产业惠民政策", "落实惠农政策，新建村卫生室",
    "大兴调查研究之风", "当地日照充足，适合种植", "王建华同志", "绿水青山就是金山银山", "城区中心地段",
    "援建项目分乡镇（街道）情况表", "项目覆盖三乡镇12个村",  # by township, three townships: 分乡镇 and 三乡镇 exist
])
def test_false_hits(text):
    assert places("", [text], context=GUANGXI) == ()


def test_reporter_is_not_a_place():
    found = places("情洒乡村写忠诚", ["□ 本报记者 马龙", "兴县蔚汾镇副镇长王建伟……马龙 摄"],
                   subtitle="记兴县蔚汾镇副镇长王建伟", context=LVLIANG)
    assert "530304" not in codes(found)  # 马龙区, Yunnan
    assert primary(found) == {"141123"}


def test_informal_names_count_as_full_names():
    found = places("", ["凉山州、怒江州、临夏州是三区三州，凉山、怒江也是。"], context=GUANGXI)
    # the informal names are specific enough to stand alone and put their provinces in play,
    # after which the bare 凉山 and 怒江 are believed too
    assert {(p.adcode, p.mentions) for p in found} == {("513400", 2), ("533300", 2), ("622900", 1)}


def test_firm_names_are_not_places():
    found = places("市医保局推行“三举措”", ["争取四川久远银海公司的支持"], context=HEZHOU)
    assert "450503" not in codes(found)  # 银海区


def test_short_name_outside_the_provinces_in_play_is_ignored():
    found = places("交城县综述", ["推动骏枣、鹿泉雪耳等土特产品走向市场"], context=LVLIANG)
    assert codes(found) == {"141122"}  # 鹿泉 (河北) is a brand here, not 鹿泉区


def test_county_references():
    found = places("那坡县开展百日行动", ["全县范围内开展行动。", "确保该县辍学学生全部返校。"], context=GUANGXI)
    (napo,) = found
    assert napo.adcode == "451026" and napo.mentions == 3 and set(napo.forms) == {"那坡县", "全县", "该县"}


def test_a_reference_cut_apart_by_jieba_still_refers():
    # jieba cuts 支持我县乡镇 as 我/县乡镇: still the issuing county, and the lead sentence's subject
    context = PlaceContext("景宁畲族自治县乡村振兴局", "景宁畲族自治县乡村振兴工作简报")
    found = places("山海协作援建项目带动农户增收", ["今年，鄞州区对口援助资金重点支持我县乡镇实施援建项目。"], context=context)
    assert [p.adcode for p in found if p.primary][0] == "331127"


def test_a_newspaper_is_of_the_place_it_is_named_for():
    # 海南日报·乡村振兴周刊: the paper of 海南省, so 琼中 (a short name) is 琼中黎族苗族自治县
    paper = PlaceContext(None, "海南日报·乡村振兴周刊")
    assert primary(places("琼中脱贫攻坚这五年", ["累计投入扶贫资金 28.6 亿元。"], context=paper)) == {"469030"}
    assert primary(places("琼中脱贫攻坚这五年", ["累计投入扶贫资金 28.6 亿元。"], context=PlaceContext(None, "农民日报"))) == set()


def test_city_reference_prefers_the_article_city():
    found = places("合山市“双线排查”", ["全市 29 个行政村共划分 104 个网格。"], context=GUANGXI)
    assert [(p.adcode, p.mentions) for p in found] == [("451381", 2)]


def test_district_reference_in_a_region_bulletin():
    found = places("市医保局推行三举措", ["成为全区覆盖较广的市。"], context=HEZHOU)
    assert {(p.adcode, p.primary) for p in found} == {("451100", True), ("450000", False)}
    found = places("来宾市兴宾区经验", ["全区 1800 多个合作社。"], context=GUANGXI)
    assert [p.adcode for p in found if "全区" in p.forms] == ["451302"]


def test_references_in_a_county_level_bulletin():
    pinggui = PlaceContext("贺州市平桂区脱贫攻坚指挥部", "平桂区脱贫攻坚简报")
    found = places("抓党建强服务", ["全区共有安置点 5 个。"], context=pinggui)
    assert [(p.adcode, p.forms) for p in found] == [("451103", ("全区",))]
    napo = PlaceContext("那坡县脱贫攻坚战指挥部", None)
    found = places("百日行动见成效", ["全市推广该县经验。", "该县 370 名辍学生已劝返 341 名。"], context=napo)
    assert {(p.adcode, p.mentions) for p in found} == {("451026", 2), ("451000", 1)}
    # further on, 全市 is what the county is measured against, not a place the article is about
    found = places("百日行动见成效", ["该县 370 名辍学生已劝返 341 名。", "劝返率比全市平均水平高 2 个百分点。"], context=napo)
    assert {(p.adcode, p.mentions) for p in found} == {("451026", 1)}


def test_the_city_in_a_county_level_city_bulletin_is_that_city():
    """全市 and 市委 in the bulletin of a county-level city (新沂市, 合山市) are that city, not the
    prefecture above it; a county's bulletin still means the prefecture (那坡县's 全市 is 百色市)."""
    for publisher, series, code in [("新沂市扶贫开发领导小组办公室", "新沂市扶贫开发工作简报", "320381"),
                                    ("合山市脱贫攻坚指挥部", "合山市脱贫攻坚简报", "451381"),
                                    ("敦化市乡村振兴局", "敦化市巩固拓展脱贫攻坚成果简报", "222403")]:
        found = places("市委召开推进会", ["全市建档立卡低收入农户 1.62 万户。"], context=PlaceContext(publisher, series))
        assert [(p.adcode, p.primary) for p in found] == [(code, True)], publisher
    found = places("百日行动", ["全市推广经验。"], context=PlaceContext("那坡县脱贫攻坚战指挥部", None))
    assert [(p.adcode, p.primary) for p in found] == [("451026", True), ("451000", False)]


def test_a_county_bulletin_is_about_its_county_by_default():
    lingyun = PlaceContext("凌云县扶贫开发领导小组办公室", "凌云县脱贫攻坚工作简报")
    found = places("逻楼镇织密防返贫监测网", ["逻楼镇按照统一部署，建立防返贫工作机制。"],
                   source="逻楼镇人民政府", context=lingyun)
    assert [(p.adcode, p.primary, p.forms) for p in found] == [("451027", True, ("逻楼镇",))]
    found = places("百日行动见成效", ["全镇劝返辍学生 34 名。"], context=lingyun)
    assert [(p.adcode, p.primary, p.mentions) for p in found] == [("451027", True, 0)]
    # in a region's bulletin a township names its county when no other county has one so named
    assert primary(places("逻楼镇织密防返贫监测网", [], context=GUANGXI)) == {"451027"}


@pytest.mark.parametrize("context, expected", [
    (HEZHOU, "451122"),  # 钟山县, Guangxi
    (PlaceContext("六盘水市扶贫开发办公室", None), "520201"),  # 钟山区, Guizhou
])
def test_disambiguation_by_context(context, expected):
    assert codes(places("", ["平桂、钟山、富川、昭平获得新批复"], context=context)) >= {expected}


def test_disambiguation_by_other_places_in_the_article():
    found = places("", ["北京市东城区、朝阳区推进帮扶"], context=NOWHERE)
    assert "110105" in codes(found) and "220104" not in codes(found)
    assert "110105" not in codes(places("", ["朝阳区推进帮扶"], context=NOWHERE))  # two 朝阳区: no guess


def test_mentions_in_passing_are_not_primary():
    found = places("乐业县创新健康扶贫", ["学习那坡县经验，那坡县也来交流。"], context=GUANGXI)
    assert primary(found) == {"451028"} and "451026" in codes(found)


def test_dominant_county_when_nothing_else_says():
    found = places("健康扶贫见成效", ["帮扶成效好。", "乐业县设立工作站。乐业县建立基金。那坡县派员学习。"],
                   context=GUANGXI)
    assert primary(found) == {"451028"}


def test_output_order_and_determinism():
    args = ("贺州市平桂区坚持“未贫先防”", ["平桂区、八步区、平桂区和贺州市、南宁市"])
    first = places(*args, context=GUANGXI)
    assert first == places(*args, context=GUANGXI)
    assert first[0].primary and first[0].adcode == "451103"
    rest = [(-p.mentions, p.adcode) for p in first[1:]]
    assert rest == sorted(rest)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["那坡县", "那坡", "全县", "该县", "我市", "全区", "来宾市", "兴宾区", "钟山", "朝阳区", "吉林", "马龙",
     "合作社", "最大化", "本报记者", "，", "。", " ", "县", "市", "临", "兴", "石", "区"]), max_size=30))
def test_resolution_invariants(words):
    text = "".join(words)
    found = places(text[:12], [text], source=text[-8:] or None, context=HEZHOU)
    assert found == places(text[:12], [text], source=text[-8:] or None, context=HEZHOU)
    keys = [(not p.primary, -p.mentions, p.adcode != "451100", p.adcode) for p in found]  # the issuer first on a tie
    assert keys == sorted(keys) and len({p.adcode for p in found}) == len(found)
    gaz = load_gazetteer()
    for p in found:
        d = gaz.by_code(p.adcode)
        assert (p.name, p.level, p.province, p.city) == (d.name, d.level, d.province, d.city)
        assert (p.mentions >= 1 and p.forms) or (p.adcode == "451100" and p.primary and not p.forms)


# -- the five real seeds ----------------------------------------------------------------------------

EXPECTED = {
    "000": [{"451026"}, {"451323"}, {"451028"}],
    "001": [{"451302"}, {"451229", "451228", "451031", "451026"}],
    "002": [{"451100"}, {"451100"}, {"451103"}],
    "003": [{"450100"}, {"451381"}, {"451103"}],
    "004": [{"141124"}, {"141122"}, {"141102"}, {"141123"}],
}
@pytest.mark.seeds
@pytest.mark.parametrize("name", seed_names())
def test_seed_articles(name, seeds_dir, gold):
    issue = gold[name]
    context = PlaceContext(issue["publisher"], issue["series"])
    pairs = seed_articles(seeds_dir, gold, name)
    for (article, parsed), expected in zip(pairs, EXPECTED[name[:3]], strict=True):
        found = resolve_places(article["title"], article["subtitle"], parsed.paragraphs, article["source"], context)
        assert expected <= codes(found), (article["title"], found)
        allowed = set()
        for p in article["places"]:
            allowed |= {p["adcode"], p["adcode"][:4] + "00", p["adcode"][:2] + "0000"}
        assert primary(found) <= allowed, (article["title"], found)
        assert primary(found), article["title"]


def test_places_are_cut_by_rjieba_as_jieba_cuts_them():
    """Place resolution cuts text with rjieba in processes that parse many files (lexicon.cut_plain),
    for speed: on every line of the sample archive and the seeds, and every run between separators,
    it must give jieba's words."""
    from generator.extract.lexicon import fast_tokenizer
    from generator.extract.places import _UNITS
    from generator.read.readers import read_document

    if not SEEDS.is_dir():
        missing(f"real seed bulletins not found at {SEEDS} (needs ../shared beside the repo): the sample alone is too little text")
    files = sorted((REPO / "bulletins").rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    texts = set()
    for path in files:
        for line in read_document(path).text.splitlines():
            texts.add(line)
            texts.update(_UNITS.split(line))
    texts.discard("")
    assert len(texts) > 1000
    differ = [t for t in sorted(texts) if fast_tokenizer().cut(t, False) != tokenizer().lcut(t, HMM=False)]
    assert not differ, differ[:5]


def test_the_sending_office_is_not_the_subject_of_an_article_on_a_place_elsewhere():
    # a Beijing office's bulletin on a county it helps in another province: the county is the subject,
    # Beijing (named by the office that signed it, or in the headline as the helper) is not
    beijing = PlaceContext("北京市对口支援和经济合作工作领导小组办公室", "示例协作简报")
    found = places("甲乙帮扶提升那坡县办学质量", ["示例学校新建教学楼一栋。"], source="北京市援桂前方工作组",
                   context=beijing)
    assert primary(found) == {"451026"} and "110000" in codes(found)
    named = places("北京专家助力那坡县办学", ["示例学校新建教学楼一栋。"], source="北京市援桂前方工作组",
                   context=beijing)
    assert primary(named) == {"451026"} and "110000" in codes(named)
    # an article on Beijing's own business keeps Beijing
    home = places("示例消费帮扶中心销售额增长", ["示例中心上半年销售额增长。"], source="市支援合作办消费帮扶处",
                  context=beijing)
    assert "110000" in primary(home)


def test_a_name_led_by_a_conjunction_needs_its_province_mid_sentence():
    # 领导和县直部门: 和 joins two nouns; 和县 heading a title, or after its city, is the county
    assert places("", ["各乡镇分管领导和县直有关部门负责人参加会议。"], context=GUANGXI) == ()
    assert codes(places("和县推进光伏扶贫", ["示例电站建成。"])) == {"340523"}
    assert "340523" in codes(places("", ["学习马鞍山市和县的做法。"], context=GUANGXI))
    # even in 安徽, where 和县 is one of the province's counties, 和县直/和县级 is a conjunction and a level
    anhui = PlaceContext("安徽省扶贫开发领导小组办公室", "安徽省脱贫攻坚工作简报")
    assert "340523" not in codes(places("", ["县里组织各乡镇和县直部门开展回头看。"], context=anhui))
    assert "340523" not in codes(places("", ["省和县级财政共安排资金。"], context=anhui))


@pytest.mark.parametrize("year, code", [(2020, "622926"), (2016, None)])
def test_an_issuer_is_known_by_the_name_it_bore_that_year(year, code):
    """东乡县 is Gansu's 东乡族自治县 and, until 2016, a county of Jiangxi (now 东乡区): a 2020 bulletin of the
    东乡县 office is Gansu's, and an article naming only its townships is about it; in 2016 either may be meant."""
    context = PlaceContext(publisher="东乡县脱贫攻坚指挥部办公室", series="东乡县脱贫攻坚简报", year=year)
    places = resolve_places("全县控辍保学“回头看”", None, ["县教育局开展控辍保学“回头看”，劝返辍学学生287名。"], None, context)
    assert [p.adcode for p in places if p.primary] == ([code] if code else [])
