"""Generate a synthetic archive of bulletins for benchmarks: ``python tools/bench_corpus.py N DIR``.

Every issue is built from its own seeded random generator (seed and issue number), so issue k is
byte-for-byte the same whatever N is: the first issue of a 100-issue corpus is the first issue of
a 10,000-issue one, and its page can be compared across sizes. An issue has about three articles
and about 15,000 Chinese characters, in the shapes of the sample archive (bulletins/): a regional
bulletin, a city bulletin with a contents list, a county bulletin (我县, 该县), a newspaper page
(bylines, captions, 下转). Places are real divisions from the gazetteer, in full and short forms;
themes use the keywords of generator/config/themes.yml; the figures are rates, counts, money in
万元, changes (由…降至…), paired lists (分别为), targets (力争…) and scheme rules (按…标准).

All text is invented from the templates below and marked 示例: it is test data, not bulletins.
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.extract.gazetteer import Division, load_gazetteer, short_name  # noqa: E402
from generator.extract.themes import load_taxonomy  # noqa: E402

YEARS = (2016, 2017, 2018, 2019, 2020)
MARK = "示例（基准测试合成简报，内容、人名与数字均为虚构）"
# Provinces the series are drawn from (adcode), and how many city and county series each gets.
PROVINCES = ("450000", "530000", "520000", "140000", "620000", "510000", "430000", "130000")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韦覃蒙莫陆蓝农廖邓冯曾彭潘袁蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "建国海燕志强丽华德明秀兰春林小龙永红玉梅文斌晓东国庆伟宏英俊家福满仓学军桂芳美玲少华正平金凤红霞云飞立新宝山"
TOWN_HEADS = ("龙潭", "石桥", "新圩", "板桥", "水口", "长岭", "坡脚", "古寨", "平岭", "那岩", "六合", "三江口",
              "大坪", "河口", "青龙", "黄泥", "白石", "马鞍", "九渡", "沙坝", "桥头", "岩脚", "上林坪", "塘边")
VILLAGE_TAILS = ("村", "屯", "社区")
GOODS = ("茶叶", "油茶", "脐橙", "百香果", "核桃", "花椒", "马铃薯", "中药材", "桑蚕", "食用菌", "生猪", "肉牛",
         "黑山羊", "土鸡", "蜜蜂", "芒果", "猕猴桃", "砂糖橘", "木耳", "红枣", "小米", "高山蔬菜")
GROUPS = ("建档立卡贫困户", "脱贫不稳定户", "边缘易致贫户", "易地扶贫搬迁户", "贫困劳动力", "农村低保对象",
          "特困供养人员", "建档立卡贫困学生", "贫困残疾人", "留守儿童")
VERBS = ("聚焦", "突出", "强化", "坚持", "做实", "抓好", "推进", "深化", "创新", "落实", "统筹", "压实")
GOALS = ("夯实增收基础", "织密保障网络", "补齐短板弱项", "激发内生动力", "提升脱贫质量", "巩固脱贫成果",
         "打通服务末梢", "守牢返贫底线", "拓宽增收渠道", "凝聚帮扶合力", "提高群众满意度")
METHODS = ("一户一策", "一村一品", "网格化管理", "清单化推进", "台账式管理", "挂图作战", "包村包户",
           "“点对点”服务", "“一站式”办理", "动态监测", "常态化督查", "结对帮扶")
RATES = ("覆盖率", "达标率", "就业率", "入学率", "巩固率", "参保率", "签约率", "满意率", "完成率", "到位率",
         "救治率", "劝返率", "报销比例", "收益率", "复工率", "认定率")
COUNT_THINGS = (("户", "贫困户"), ("人", "贫困人口"), ("名", "贫困劳动力"), ("个", "贫困村"),
                ("家", "龙头企业"), ("个", "扶贫车间"), ("人次", "培训学员"), ("所", "学校"), ("座", "储藏窖"),
                ("个", "村级电商服务站点"), ("名", "生态护林员"), ("个", "公益性岗位"))
OFFICES = ("扶贫办", "扶贫开发办公室", "人民政府办公室", "脱贫攻坚指挥部", "教育局", "卫生健康局", "医保局",
           "人社局", "农业农村局", "林业局", "民政局", "乡村振兴局")
JOB_TITLES = ("", "", "", "副主任 ", "科长 ")


@dataclass(frozen=True)
class Series:
    kind: str  # region | city | county | newspaper
    title: str
    publisher: str | None
    home: Division  # the division that issues it
    counties: tuple[Division, ...]  # the counties its articles are about
    base_total: int  # 总第…期 of its first 2016 issue


def _counties_under(code: str) -> list[Division]:
    gaz = load_gazetteer()
    out = []
    for d in gaz.children(code):
        if d.level == "county":
            out.append(d)
        else:
            out.extend(c for c in gaz.children(d.adcode) if c.level == "county")
    rural = [d for d in out if not d.name.endswith("区")]
    return rural or out


@cache
def all_series() -> tuple[Series, ...]:
    """The fixed list of series every corpus draws from (independent of N)."""
    gaz = load_gazetteer()
    rng = random.Random("jianbao-bench-series")
    out: list[Series] = []
    for n, code in enumerate(PROVINCES):
        prov = gaz.by_code(code)
        short = short_name(prov.name) or prov.name
        out.append(Series("region", f"{short}精准脱贫攻坚简报", f"{prov.name}扶贫开发办公室", prov,
                          tuple(_counties_under(code)), 100 + 20 * n))
        cities = [c for c in gaz.children(code) if c.level == "city"]
        for city in rng.sample(cities, min(2, len(cities))):
            counties = tuple(_counties_under(city.adcode))
            if counties:
                out.append(Series("city", f"{city.name}精准脱贫攻坚简报", f"{city.name}扶贫开发领导小组办公室",
                                  city, counties, 30 + rng.randrange(40)))
        for county in rng.sample(_counties_under(code), 2):
            out.append(Series("county", f"{county.name}脱贫攻坚工作简报", f"{county.name}扶贫开发领导小组办公室",
                              county, (county,), rng.randrange(60)))
        if n % 2 == 0:
            city = rng.choice([c for c in cities if len(_counties_under(c.adcode)) >= 3])
            name = short_name(city.name) or city.name
            out.append(Series("newspaper", f"{name}脱贫攻坚一线观察", None, city,
                              tuple(_counties_under(city.adcode)), 0))
    return tuple(out)


@cache
def _themes():
    return tuple((t.slug, t.name, [w for w, weight in sorted(t.keywords, key=lambda kw: -kw[1]) if len(w) >= 2])
                 for t in load_taxonomy())


# ------------------------------------------------------------------------------------ sentences

class Writer:
    """Builds the text of one article from sentence templates."""

    def __init__(self, rng: random.Random, series: Series, county: Division, year: int) -> None:
        self.rng, self.series, self.county, self.year = rng, series, county, year
        themes = _themes()
        self.theme = rng.choice(themes)
        self.other = rng.choice(themes)
        self.short = short_name(county.name) or county.name
        self.towns = [rng.choice(TOWN_HEADS) + rng.choice("镇乡") for _ in range(3)]
        peers = [c for c in series.counties if c.adcode != county.adcode]
        self.peers = rng.sample(peers, min(2, len(peers)))

    # small helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def kw(self, main: bool = True) -> str:
        words = (self.theme if main or self.rng.random() < 0.6 else self.other)[2]
        return self.pick(words[:8]) if words else "脱贫攻坚"

    def ref(self) -> str:
        """How the article names its county after the first time."""
        if self.series.kind == "county":
            return self.pick(("我县", "全县", "该县", self.county.name))
        return self.pick(("该县", "全县", self.short, self.county.name, "该县"))

    def pct(self, lo: float = 60, hi: float = 99.9) -> str:
        return f"{self.rng.uniform(lo, hi):.1f}"

    def count(self, lo: int = 12, hi: int = 9800) -> int:
        return self.rng.randint(lo, hi)

    def money(self) -> str:
        return f"{self.rng.uniform(12, 9800):.2f}" if self.rng.random() < 0.5 else str(self.rng.randint(20, 6000))

    def person(self) -> str:
        return self.pick(SURNAMES) + "".join(self.rng.sample(GIVEN, self.rng.choice((1, 2))))

    def village(self) -> str:
        return self.pick(TOWN_HEADS) + self.pick(VILLAGE_TAILS)

    # the sentences
    def lead(self) -> str:
        c, k, k2 = self.county.name, self.kw(), self.kw(False)
        return self.pick((
            f"近年来，{c}坚持把{k}作为脱贫攻坚的重要抓手，{self.pick(VERBS)}{k2}，推行{self.pick(METHODS)}工作机制，取得了明显成效。",
            f"{self.year}年以来，{c}围绕“两不愁三保障”目标，统筹推进{k}和{k2}，全力打好打赢脱贫攻坚战。",
            f"{c}地处山区，是脱贫攻坚的主战场，全县共有建档立卡贫困人口{self.rng.uniform(1, 25):.2f}万人，"
            f"贫困发生率{self.pct(3, 30)}%。",
            f"为确保{self.year}年度脱贫攻坚各项任务全面完成，{c}把{k}摆在突出位置，{self.pick(VERBS)}{self.pick(METHODS)}，"
            f"探索出一条{k2}的新路子。",
        ))

    def figure(self) -> str:
        r, k = self.ref(), self.kw()
        rate = self.pick(RATES)
        unit, thing = self.pick(COUNT_THINGS)
        a, b = sorted((float(self.pct(1, 35)), float(self.pct(1, 35))), reverse=True)
        return self.pick((
            f"{r}{k}{rate}达{self.pct()}%，比去年同期提高{self.rng.uniform(0.3, 9):.1f}个百分点。",
            f"截至{self.pick(('6月底', '9月底', '11月底', '目前', '年底'))}，{r}累计投入{k}资金{self.money()}万元，"
            f"惠及{self.pick(GROUPS)}{self.count()}户{self.count(100, 40000)}人。",
            f"{r}贫困发生率由{a:.2f}%降至{b:.2f}%，{self.count(3, 80)}个贫困村达到退出标准。",
            f"住院和门诊特殊慢性病报销比例分别为{self.pct(85, 95)}%、{self.pct(80, 90)}%，"
            f"{self.pick(GROUPS)}看病就医负担明显减轻。",
            f"力争到{self.year}年底，{r}{k}{rate}达到100%。",
            f"对{self.pick(GROUPS)}按每人每月{self.rng.choice((100, 150, 200, 300, 500, 800))}元标准给予补贴。",
            f"全年共{self.pick(('帮助', '带动', '吸纳', '培训', '安置'))}{thing}{self.count()}{unit}，"
            f"其中{self.pick(GROUPS)}{self.count(5, 3000)}{unit}。",
            f"{self.pick(self.towns)}共发展{self.pick(GOODS)}{self.rng.uniform(0.2, 30):.1f}万亩，"
            f"带动{self.count(50, 5000)}户贫困户户均增收{self.count(800, 9000)}元。",
            f"{r}{rate}由{self.pct(40, 70)}%提高到{self.pct(75, 99)}%。",
            f"全{self.county.name[-1]}共落实{k}资金{self.rng.uniform(0.1, 9):.2f}亿元，完成年度计划的{self.pct(80, 120)}%。",
            f"为{self.count(20, 900)}户发放临时救助金{self.rng.uniform(1, 90):.1f}万元，"
            f"将{self.count(10, 800)}户{self.count(30, 3000)}人纳入低保。",
        ))

    def prose(self) -> str:
        r, k, k2 = self.ref(), self.kw(), self.kw(False)
        name = self.person()
        return self.pick((
            f"{r}{self.pick(VERBS)}{k}，坚持{self.pick(METHODS)}，把各项政策措施落实到村到户到人。",
            f"{self.pick(self.towns)}{self.village()}贫困户{name}说：“以前家里没有稳定收入，现在有了{self.pick(GOODS)}产业，"
            f"日子一天比一天好。”",
            f"一是{self.pick(VERBS)}{k}。组织干部深入{self.pick(GROUPS)}家中逐户走访，摸清底数，建立台账。"
            f"二是{self.pick(VERBS)}{k2}。整合部门力量，形成{self.pick(GOALS)}的工作格局。"
            f"三是{self.pick(VERBS)}督查考核，把{k}纳入年度绩效考评。",
            f"{r}成立由主要领导任组长的{k}工作领导小组，定期召开专题会议，研究解决{k2}中的困难和问题。",
            f"在{self.pick(self.towns)}，驻村第一书记和帮扶干部带领群众发展{self.pick(GOODS)}，"
            f"推行“公司+合作社+贫困户”模式，让贫困户在产业链上稳定增收。",
            f"{r}把{k}与{k2}结合起来，{self.pick(VERBS)}{self.pick(METHODS)}，切实做到{self.pick(GOALS)}。",
        ))

    def closing(self) -> str:
        return f"下一步，{self.ref()}将继续{self.pick(VERBS)}{self.kw()}，{self.pick(GOALS)}，确保高质量打赢脱贫攻坚战。"

    def peer_mention(self) -> str:
        if not self.peers:
            return self.prose()
        p = self.pick(self.peers)
        form = self.pick((p.name, short_name(p.name) or p.name))
        return f"{self.ref()}还组织干部到{form}学习{self.kw(False)}经验，借鉴“{self.pick(METHODS)}”的做法。"

    def head(self, n: int) -> str:
        nums = "一二三四五六七八九十"
        text = f"{self.pick(VERBS)}{self.kw()}，{self.pick(GOALS)}"
        style = self.rng.random()
        if style < 0.55:
            return f"{nums[n]}、{text}"
        if style < 0.75:
            return f"（{nums[n]}）{text}"
        return text if style < 0.9 else f"**{text}**"

    def paragraph(self, length: int) -> str:
        out = ""
        while len(out) < length:
            roll = self.rng.random()
            out += self.figure() if roll < 0.32 else self.peer_mention() if roll < 0.37 else self.prose()
        return out


# ------------------------------------------------------------------------------------ documents

def _break_page(rng: random.Random, paragraph: str) -> str:
    """A page break inside a word or a number, as PDF extraction leaves it: 人盯\\n\\n人, 87.\\n\\n36%."""
    if len(paragraph) < 80:
        return paragraph
    cut = rng.randrange(30, len(paragraph) - 30)
    while cut < len(paragraph) - 1 and paragraph[cut] in "，。、；：”“（）":
        cut += 1
    return paragraph[:cut] + "\n\n" + paragraph[cut:]


def _title(w: Writer, county_form: str) -> tuple[str, str | None]:
    k, k2 = w.kw(), w.kw(False)
    title = w.pick((
        f"{county_form}{w.pick(VERBS)}{k} {w.pick(GOALS)}",
        f"{county_form}“{w.pick(METHODS).replace('“', '').replace('”', '')}”推动{k}见实效",
        f"{county_form}：{k}跑出加速度",
        f"{w.pick(w.towns)}{w.pick(METHODS).replace('“', '').replace('”', '')}抓实{k}",
    ))
    subtitle = f"——{county_form}{k2}工作见闻" if w.rng.random() < 0.3 else None
    return title, subtitle


def _article(rng: random.Random, series: Series, year: int, chars: int) -> tuple[str, str, list[str]]:
    """(title, text, lines) of one article of about ``chars`` characters."""
    county = rng.choice(series.counties)
    w = Writer(rng, series, county, year)
    form = county.name if rng.random() < 0.7 else w.short
    title, subtitle = _title(w, form)
    lines = [title] + ([subtitle] if subtitle else [])
    if series.kind == "newspaper":
        lines.append("□ " + " ".join(w.person() for _ in range(rng.choice((1, 2, 3)))))
    body: list[str] = [w.lead() + w.paragraph(rng.randint(150, 300))]
    n_sections = rng.randint(3, 5)
    per = max(300, (chars - len(body[0])) // n_sections)
    for n in range(n_sections):
        if series.kind != "newspaper":
            body.append(w.head(n))
            for _ in range(rng.randint(1, 3)):
                body.append(w.paragraph(per // 2))
        else:
            body.append(f"{w.pick(VERBS)}{w.kw()}，{w.pick(GOALS)}。" + w.paragraph(per))
        if rng.random() < 0.25:
            body.append(f"图为{w.pick(w.towns)}{w.village()}贫困群众在{w.pick(GOODS)}基地务工。 {w.person()} 摄")
    body.append(w.closing())
    body = [_break_page(rng, p) if rng.random() < 0.12 else p for p in body]
    lines.extend(body)
    if series.kind == "newspaper":
        lines.append("(下转4版)" if rng.random() < 0.3 else f"（{w.person()}）")
    else:
        office = f"{county.name}{w.pick(OFFICES)}"
        names = "、".join(w.person() for _ in range(rng.choice((0, 1, 1, 2))))
        lines.append(f"（{office}{' ' + w.pick(JOB_TITLES) + names if names else ''}）")
    return title, "\n\n".join(lines), lines


def _issue_slot(k: int) -> tuple[int, int, int]:
    """The k-th issue overall → (series index, year, issue number); a bijection for every k."""
    n = len(all_series())
    s, j = k % n, k // n
    year = YEARS[(j + s) % len(YEARS)]
    return s, year, j // len(YEARS) + 1


def _date(rng: random.Random, year: int, no: int) -> tuple[int, int]:
    day_of_year = min(360, (no - 1) * 7 + rng.randint(1, 6))
    months = (31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    m = 0
    while day_of_year > months[m]:
        day_of_year -= months[m]
        m += 1
    return m + 1, day_of_year


NEWEST_NO = 53  # an issue number no slot reaches below 10,000 issues (slots end by 2020-12-25)


def issue_text(k: int, seed: int = 0, newest: int = 0) -> tuple[str, str]:
    """(file name, text) of the k-th synthetic issue; ``newest`` 1, 2, …: dated after every other
    issue and after newest issues of lower rank, on 2020-12-26, 12-27, … (the weekly case of a new
    issue, where the k-th issue itself falls somewhere in the archive)."""
    s, year, no = _issue_slot(k)
    if newest:
        year, no = YEARS[-1], NEWEST_NO + newest - 1
    series = all_series()[s]
    rng = random.Random(f"jianbao-bench-{seed}-{k}")
    month, day = _date(rng, year, no)
    if newest:
        month, day = 12, 25 + min(newest, 6)
    date = f"{year}年{month}月{day}日"
    n_articles = rng.choice((2, 3, 3, 3, 4))
    target = rng.randint(12500, 15500)
    articles = [_article(rng, series, year, target // n_articles) for _ in range(n_articles)]
    head = [MARK, series.title]
    if series.kind == "newspaper":
        serial = 3000 + (year - YEARS[0]) * 365 + no * 7
        head.append(f"{date} 星期{'一二三四五六日'[rng.randrange(7)]} 第{serial}期")
    else:
        total = series.base_total + (year - YEARS[0]) * 45 + no
        head.append(f"{year}年第{no}期（总第{total}期）" if series.kind != "county" else f"{year}年第{no}期")
        head.append(f"{series.publisher}编")
        head.append(date if series.kind != "region" else "领导批示")
        if series.kind == "city":
            head.append("【经验交流】")
            page = 2
            for title, text, lines in articles:
                label = lines[-1].strip("（）").split(" ")[0]
                head.append(f"{label}：")
                head.append(f"{title}……………{page}")
                page += len(text) // 2500 + 1
    foot: list[str] = []
    if series.kind != "newspaper":
        foot = [
            "报：上级扶贫开发领导小组办公室，本级党委、人大、政府、政协有关领导。",
            "送：扶贫开发领导小组各成员单位，各县（市、区）扶贫办，各定点帮扶单位。",
            f"{series.publisher} {date}印发",
            f"联系人：{Writer(rng, series, series.counties[0], year).person()} 联系电话：0000-0000000",
        ]
    text = "\n\n".join(head + [t for _, t, _ in articles] + foot + ["示例：内容、人名与数字均为虚构，仅供测试。"]) + "\n"
    kind = {"region": "区", "city": "市", "county": "县", "newspaper": "报"}[series.kind]
    return f"{year}/{k:05d}-{kind}-{s:02d}-{no:02d}.txt", text


def generate(folder: Path, n: int, seed: int = 0, start: int = 0, newest: int = 0) -> list[Path]:
    """Write issues ``start`` … ``start + n - 1`` into ``folder`` (UTF-8 .txt); return their paths.
    ``newest``: dated after every other issue (see :func:`issue_text`)."""
    paths = []
    for k in range(start, start + n):
        name, text = issue_text(k, seed, newest)
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, help="number of issues")
    p.add_argument("folder", type=Path)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    paths = generate(args.folder, args.n, args.seed)
    size = sum(path.stat().st_size for path in paths)
    print(f"{len(paths)} issues, {size / 1e6:.1f} MB in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
