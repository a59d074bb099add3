"""Themes: the taxonomy file, its validation, and theme assignment on snippets and the real seeds."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from .conftest import seed_articles, seed_names
from generator.extract.themes import (
    CONTRACT_SLUGS,
    DEFAULT_TAXONOMY,
    MAX_THEMES,
    Theme,
    assign_themes,
    load_taxonomy,
    theme_scores,
)

CONTRACT_NAMES = {
    "industry": "产业扶贫", "relocation": "易地扶贫搬迁", "education": "教育扶贫",
    "health": "健康扶贫/医疗保障", "housing": "住房、饮水与基础设施", "employment": "就业扶贫",
    "party": "党建引领与驻村帮扶", "prevention": "防返贫监测", "social": "社会帮扶",
    "finance": "金融扶贫", "ecology": "生态扶贫", "consumption": "消费扶贫与电商",
    "data": "信息化与数据", "motivation": "扶志扶智", "welfare": "兜底保障",
}


@pytest.fixture(scope="module")
def taxonomy() -> tuple[Theme, ...]:
    return load_taxonomy()


def default_data() -> dict:
    return yaml.safe_load(DEFAULT_TAXONOMY.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: dict | str) -> Path:
    path = tmp_path / "themes.yml"
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- the taxonomy file -------------------------------------------------------------------------

def test_default_taxonomy_has_the_contract_themes(taxonomy):
    assert [t.slug for t in taxonomy] == list(CONTRACT_NAMES)
    assert {t.slug: t.name for t in taxonomy} == CONTRACT_NAMES
    assert CONTRACT_SLUGS == set(CONTRACT_NAMES)
    for theme in taxonomy:
        assert theme.description, theme.slug
        assert len(theme.keywords) >= 5, theme.slug
        assert all(weight > 0 for _, weight in theme.keywords)


def test_none_means_the_packaged_default(taxonomy):
    assert load_taxonomy(None) == taxonomy == load_taxonomy(DEFAULT_TAXONOMY)


def test_theme_is_frozen(taxonomy):
    with pytest.raises(dataclasses.FrozenInstanceError):
        taxonomy[0].name = "x"  # type: ignore[misc]


def test_format_is_documented_in_both_languages():
    head = DEFAULT_TAXONOMY.read_text(encoding="utf-8").split("themes:", 1)[0]
    assert "关键词" in head and "keywords" in head and "slug" in head


def _break(data: dict, how: str) -> dict:
    themes = data["themes"]
    if how == "duplicate slug":
        themes[1]["slug"] = themes[0]["slug"]
    elif how == "chinese slug":
        themes[0]["slug"] = "产业"
    elif how == "uppercase slug":
        themes[0]["slug"] = "Industry"
    elif how == "missing name":
        del themes[2]["name"]
    elif how == "no keywords":
        themes[3]["keywords"] = {}
    elif how == "bad weight":
        themes[4]["keywords"]["就业"] = "high"
    elif how == "contract slug removed":
        data["themes"] = [t for t in themes if t["slug"] != "welfare"]
    return data


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("duplicate slug", "duplicate slug 'industry'"),
        ("chinese slug", "ASCII lowercase"),
        ("uppercase slug", "ASCII lowercase"),
        ("missing name", "missing name"),
        ("no keywords", "no keywords"),
        ("bad weight", "positive number"),
        ("contract slug removed", "contract themes missing: welfare"),
    ],
)
def test_invalid_taxonomy_is_refused_naming_file_and_problem(tmp_path, how, message):
    path = write(tmp_path, _break(default_data(), how))
    with pytest.raises(ValueError) as err:
        load_taxonomy(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


@pytest.mark.parametrize("text", ["themes: [\n  - slug: x\n", "- just a list\n", ""])
def test_unreadable_or_shapeless_file_is_refused(tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(ValueError, match=re.escape(str(path))):
        load_taxonomy(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(ValueError, match="cannot read"):
        load_taxonomy(tmp_path / "nope.yml")


def test_user_added_theme_and_edited_name_work(tmp_path):
    data = default_data()
    data["themes"][0]["name"] = "产业发展"
    data["themes"].append({
        "slug": "tourism", "name": "旅游扶贫", "description": "乡村旅游带动脱贫。",
        "keywords": {"乡村旅游": 3, "民宿": 2, "景区": 2, "游客": 1.5},
    })
    taxonomy = load_taxonomy(write(tmp_path, data))
    assert [t.slug for t in taxonomy][-1] == "tourism"
    assert taxonomy[0].name == "产业发展"
    paragraphs = [
        "该村依托景区资源发展乡村旅游，引导贫困户开办民宿，今年接待游客3万人次。",
        "景区周边的民宿全部由合作社统一管理，乡村旅游收入惠及全村。",
    ]
    assert assign_themes("某村发展乡村旅游助力脱贫", None, paragraphs, taxonomy)[0] == "tourism"


# --- assignment on snippets --------------------------------------------------------------------

def test_snippet_about_health(taxonomy):
    paragraphs = [
        "该县建立健康扶贫“一站式”服务工作站，贫困患者住院报销比例达90%以上。",
        "全面落实家庭医生签约服务，村卫生室标准化建设全部达标，大病救治率达100%。",
    ]
    assert assign_themes("某县创新健康扶贫服务", None, paragraphs, taxonomy) == ("health",)


def test_cooperation_between_regions_is_social_help(taxonomy):
    # 东西部协作 and 对口支援 go by many local names: 京蒙协作, 山海协作, 援藏
    paragraphs = [
        "示例：今年京蒙协作共落实协作资金1.2亿元，实施援建项目36个，选派挂职干部12名。",
        "北京对口支援单位捐赠物资折合资金300万元，援藏医疗队接诊群众2000人次。",
    ]
    assert "social" in assign_themes("示例：京蒙协作上半年重点任务完成过半", None, paragraphs, taxonomy)


def test_forest_rangers_are_jobs(taxonomy):
    paragraphs = [
        "示例：全县选聘建档立卡贫困人口担任生态护林员860名，每人每年管护补助1万元。",
        "草原管护员、生态岗位优先安排脱贫户，户均增收8000元，实现生态保护和就业增收双赢。",
    ]
    assert "employment" in assign_themes("示例：生态护林员守护绿水青山", None, paragraphs, taxonomy)


def test_a_passing_mention_is_not_a_theme(taxonomy):
    paragraphs = [
        "该县坚持把产业扶贫作为稳定增收的根本，大力发展特色产业，扶持合作社和龙头企业。",
        "全县贫困户发展种养业全覆盖，以奖代补资金按时兑现，特色产业覆盖率达95%。",
        "同时，帮扶干部入户宣传医疗政策。产业扶贫基地带动贫困户入股分红。",
    ]
    themes = assign_themes("某县扶持特色产业发展", None, paragraphs, taxonomy)
    assert themes == ("industry",)
    assert "health" not in theme_scores("某县扶持特色产业发展", None, paragraphs, taxonomy)


def test_the_whole_text_counts_not_the_title_alone(taxonomy):
    paragraphs = [
        "一、深入开展教育扶贫。全面落实教育资助政策，劝返辍学学生全部返校复学。",
        "二、深入开展易地扶贫搬迁。加快安置点建设，搬迁户全部入住，落实后续扶持。",
    ]
    assert set(assign_themes("某县开展百日行动", None, paragraphs, taxonomy)) == {"education", "relocation"}


def test_longest_keyword_wins_and_text_is_consumed_once():
    long_ = Theme("relocation", "易地扶贫搬迁", "", (("易地扶贫搬迁", 1.0),))
    short = Theme("moving", "搬迁", "", (("搬迁", 1.0),))
    scores = theme_scores("易地扶贫搬迁", None, ["易地扶贫搬迁" * 3], (short, long_))
    assert set(scores) == {"relocation"}


def test_page_breaks_inside_keywords_do_not_hide_them(taxonomy):
    paragraphs = ["对农村危房\n\n改造存量进行核实，落实住房安全有保障，危房改造任务如期完成。"]
    assert assign_themes("某县推进危房\n改造", None, paragraphs, taxonomy) == ("housing",)


def test_at_most_five_ordered_by_score_then_slug():
    themes = tuple(Theme(s, s, "", ((w, 1.0),)) for s, w in zip("fedcba", "甲乙丙丁戊己"))
    got = assign_themes("甲乙丙丁戊己", None, ["甲乙丙丁戊己"], themes)
    assert got == ("a", "b", "c", "d", "e")  # all tie: slug order, and the sixth is cut
    assert len(got) == MAX_THEMES
    got = assign_themes("甲乙丙丁戊己", None, ["己己己"], themes)
    assert got[0] == "a"  # 己 belongs to a and is the most frequent


def test_headings_argument_marks_section_heads(taxonomy):
    paragraphs = [
        "该县全面推进各项工作。" * 20,
        "强化兜底保障。对低保对象和特困供养人员按时足额发放补助资金，临时救助及时到位。",
    ]
    # the parser knows paragraph 1 is a head; its form (a sentence with 。) does not say so
    plain = theme_scores("某县工作", None, paragraphs, taxonomy)
    marked = theme_scores("某县工作", None, paragraphs, taxonomy, headings={1})
    assert marked["welfare"] > plain["welfare"]


def test_empty_and_deterministic(taxonomy):
    assert assign_themes("", None, [], taxonomy) == ()
    paragraphs = ["驻村第一书记带领党员开展党建工作，村党组织战斗堡垒作用明显增强。"]
    first = assign_themes("抓党建促脱贫", "记某村第一书记", paragraphs, taxonomy)
    assert first == assign_themes("抓党建促脱贫", "记某村第一书记", paragraphs, taxonomy) == ("party",)


# --- the real seeds ----------------------------------------------------------------------------

@pytest.mark.seeds
@pytest.mark.parametrize("name", seed_names())
def test_seed_articles_get_their_gold_themes(seeds_dir, gold, taxonomy, name):
    for article, parsed in seed_articles(seeds_dir, gold, name):
        paragraphs = parsed.paragraphs
        got = assign_themes(article["title"], article["subtitle"], paragraphs, taxonomy)
        scores = theme_scores(article["title"], article["subtitle"], paragraphs, taxonomy)
        missing = set(article["themes"]) - set(got)
        assert not missing, f"{article['title']}: missing {missing}, got {got}, scores {scores}"
        assert len(got) <= MAX_THEMES


@pytest.mark.seeds
def test_seed_articles_get_few_extra_themes(seeds_dir, gold, taxonomy):
    extras = {}
    for name in sorted(n for n in gold if not n.startswith("_")):
        for article, parsed in seed_articles(seeds_dir, gold, name):
            paragraphs = parsed.paragraphs
            got = assign_themes(article["title"], article["subtitle"], paragraphs, taxonomy)
            if extra := sorted(set(got) - set(article["themes"])):
                extras[article["title"]] = extra
    # 兴宾区 is filed under party too (a whole section on 整顿软弱涣散党组织 and 驻村工作队); 小康路上
    # under consumption too (a paragraph on 电商, 消费扶贫 and 消费帮扶).
    assert sum(map(len, extras.values())) <= 3, extras


def test_a_theme_the_title_names_needs_less_of_the_body(taxonomy):
    paragraphs = [
        "示例：县教育局把雨露计划作为教育扶贫的重要抓手，今年资助脱贫家庭学生1260名，发放资助资金378万元。",
        "全县中职学校开设电工、烹饪等专业，学生在校期间全部享受教育资助，资助标准每生每学期1500元。",
        "毕业生由学校推荐就业，已有86名学生签订就业协议。",
    ]
    themes = assign_themes("示例：“雨露计划”助力脱贫家庭子女就业", None, paragraphs, taxonomy)
    assert themes[0] == "education" and "employment" in themes


def test_a_short_item_keeps_a_second_theme_it_reports_at_length(taxonomy):
    paragraphs = [
        "示例：渔渡镇易地扶贫搬迁安置点建成社区工厂3家，吸纳搬迁群众就业186人，实现“楼上居住、楼下就业”。"
        "镇里还开发公益岗位42个，优先安置搬迁户中的就业困难人员，搬迁群众稳得住、能致富。",
    ]
    themes = assign_themes("示例：渔渡镇“社区工厂”让搬迁群众稳得住", None, paragraphs, taxonomy)
    assert themes[0] == "relocation" and "employment" in themes


def test_a_short_item_keeps_a_second_theme_it_names_once_or_twice(taxonomy):
    # a 200-character piece on a tourist town names the jobs it brings twice, never three times
    paragraphs = [
        "示例：龙潭镇依托古镇旅游，引导农户开办农家乐和民宿，今年接待游客12万人次，旅游综合收入860万元。"
        "景区开发保洁、讲解等就业岗位，带动68名脱贫劳动力在家门口就业，人均年增收6000元以上。",
    ]
    themes = assign_themes("示例：龙潭镇古镇旅游端稳“旅游饭碗”", None, paragraphs, taxonomy)
    assert themes[0] == "industry" and "employment" in themes


def test_village_environment_work_is_ecology_and_housing(taxonomy):
    paragraphs = [
        "示例：上庸镇开展农村人居环境整治，今年新建和改造户厕860座，建成垃圾收集点42个，村容村貌明显改善。",
    ]
    themes = assign_themes("示例：上庸镇人居环境整治让村庄美起来", None, paragraphs, taxonomy)
    assert {"ecology", "housing"} <= set(themes)


@pytest.mark.parametrize("title, paragraphs, expected", [
    # insurance against falling back into poverty is prevention as much as finance
    ("示例：某县“防贫保”为边缘人口兜住底线",
     ["示例：县里为全县脱贫不稳定人口和边缘人口4.2万人购买防贫保，每人每年60元，因病因学因灾支出骤增的最高赔付8万元。"
      "截至9月底，累计理赔1260人、理赔金额980万元。"], {"prevention", "finance"}),
    # 以工代赈 builds roads and canals and pays wages
    ("示例：以工代赈项目让群众家门口务工",
     ["示例：今年安排以工代赈项目18个，建设村组道路26公里、灌溉渠道9公里，发放劳务报酬760万元，"
      "吸纳当地群众务工1320人。"], {"employment", "housing"}),
    # an office names its 东西部协作 pair by the two provinces' short names
    ("示例：闽宁劳务工作站帮助群众出门务工",
     ["示例：县里与福建结对县共建闽宁劳务工作站，今年发布用工岗位1800个，输送务工人员620人到福建稳定就业。"],
     {"employment", "social"}),
    # cadres each assigned to a few households (包联) are the party's work
    ("示例：“一户一名包联干部”确保搬得出",
     ["示例：全镇120名镇村干部包联搬迁户360户，每名包联干部每月入户不少于2次，逐户制定拆旧方案。"],
     {"relocation", "party"}),
    # 积分超市: good conduct earns points, points buy goods — 扶志 work
    ("示例：某镇“积分超市”兑出文明新风",
     ["示例：全镇建成积分超市12个，农户参加人居环境整治、孝老爱亲等可获积分，今年已兑换生活用品1.2万件。"],
     {"motivation"}),
])
def test_second_themes_named_by_their_own_words(taxonomy, title, paragraphs, expected):
    assert expected <= set(assign_themes(title, None, paragraphs, taxonomy))


def test_a_bulletin_named_for_a_kind_of_help_gives_it_to_every_article(taxonomy):
    from generator.extract.extract import enrich
    from generator.model import Article, Issue, SourceFile
    from generator.extract.themes import series_themes
    assert series_themes("广东省东西部扶贫协作简报", None, taxonomy) == ("social",)
    assert series_themes("脱贫攻坚简报", "某县扶贫开发办公室", taxonomy) == ()
    school = Article(title="黔西县：名校长“组团式”帮扶提升办学水平", subtitle=None, authors=(), source=None,
                     column=None, paragraphs=("今年春季学期，选派校长、骨干教师 42 名到黔西县 12 所学校开展教学帮扶，"
                                              "两地结对学校 24 对，资助贫困家庭学生 860 人。",))
    issue = Issue(source=SourceFile("x.txt", "0", "txt", "utf-8"), series="广东省东西部扶贫协作简报",
                  kind="bulletin", year=2019, issue_no=2, total_no=None, publisher=None, date=None,
                  articles=(school,))
    themes = enrich(issue, taxonomy).articles[0].themes
    assert themes[0] == "education" and "social" in themes


def test_a_news_item_files_each_subject_it_argues(taxonomy):
    # a meeting item of a few paragraphs: jobs and loans each get a sentence with two of their
    # words, far below its top theme (industry), and still are what the item reports
    paragraphs = [
        "示例：5月6日，某县召开产业发展推进会，通报特色产业、主导产业和合作社带动情况，"
        "全县种植中药材2.3万亩，发展养殖合作社46家，产业项目覆盖全部脱贫村。",
        "会议要求，扶贫车间要稳定吸纳就业，年内新增就业岗位300个；扶贫小额信贷做到应贷尽贷。",
    ]
    got = assign_themes("示例：某县召开产业发展推进会", None, paragraphs, taxonomy)
    assert got[0] == "industry"
    assert {"employment", "finance"} <= set(got)


def test_a_set_phrase_said_once_files_a_short_item(taxonomy):
    paragraphs = ["示例：会议通报，全市累计发放扶贫小额信贷2.1亿元，惠及贫困户0.6万户，"
                  "会议还对工作滞后的2个县进行了通报。"]
    assert assign_themes("示例：全市脱贫攻坚推进会召开", None, paragraphs, taxonomy) == ("finance",)
