"""Who wrote an article: attribution lines （乐业县人民政府办公室 梁氏香） and bylines □ 解德辉 卢佳."""
from __future__ import annotations

import itertools
import re

# Common Chinese surnames (a fact, not text from any bulletin). A byline or attribution token is
# taken as a person only when it starts with one; an office name never does in practice
# (县…, 市…, 自治区…), and this is what keeps 合山市扶贫开发办公室 from being read as a person.
_SINGLE = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
    "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
    "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
    "甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝"
    "区郜海阚花权强帅屠豆朴盖练廉禤磨逯黄"
    # more of the 百家姓, leaving out characters that mostly start ordinary words (扶, 富, 宣, 计 …)
    "萧湛禹狄贝伏茅裘杭洪诸钮嵇荀芮汲邴糜弓牧宓蓬郗仰戎韶蓟薄邰鄂索赖阴苍莘贡逄堵宰郦雍璩濮扈郏浦慕茹宦鱼"
    "戈庾暨弘禄阙殳沃蔚晁訾毋乜巢蒯竺桓凤昌酆虎"
)
_COMPOUND = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木"}

_ROLE_WORD = re.compile(r"记者|通讯员|实习生|作者\s*[：:]")
_ROLE_PREFIX = re.compile(r"^(?:(?:本报|特约|本刊)?(?:记者|通讯员|实习生|见习记者|摄影|撰稿|编辑)\s*[：:]?|作者\s*[：:]|(?:文|图|摄影|摄)\s*[/／])\s*")
_TITLES = (
    "主任|副主任|讲师|副教授|教授|研究员|副研究员|记者|通讯员|科员|干部|局长|副局长|书记|副书记|主席|部长|副部长"
    "|组长|副组长|站长|所长|院长|校长|队长|乡长|镇长|副镇长|县长|副县长|市长|副市长|主编|编辑|助理|专干|队员|供稿|撰稿|整理"
    "|科长|副科长|股长|副股长|处长|副处长|干事|专员|委员|组织委员|宣传委员|纪检委员|第一书记"
)
_TRAILING_TITLES = re.compile(rf"(?:[、，,\s]*(?:{_TITLES}))+$")
_ORG_END = re.compile(r"(?:办公室|办|局|组|部|室|委|会|院|校|站|队|所|中心|指挥部|政府|街道|社区|公司|党校|小组)")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def is_person_name(token: str) -> bool:
    token = token.replace(" ", "")
    if not _CJK_NAME.match(token):
        return False
    if token[:2] in _COMPOUND:
        return len(token) >= 3
    if token[0] not in _SINGLE:
        return False
    # a name does not end like an office: 黄英 is a person, 石楼县 / 马龙区 are places
    return not re.search(r"[县区市省州旗乡镇村办局委组部室股]$", token) and not _SECTION.search(token)


def split_names(text: str) -> list[str] | None:
    """'蒙小龙、高乾舜' or '解德辉 卢佳 陈镜全' → names; None unless every item is a plausible name."""
    items = [t for t in re.split(r"[、，,;；\s]+", text.strip()) if t]
    if len(items) == 3 and all(len(t) == 1 for t in items):
        items = ["".join(items)]  # 杜 海 洋: one name of three characters, each set apart
    names: list[str] = []
    for item in items:
        # 王　刚　李晓燕: a two-character name printed with a space inside
        if len(item) == 1 and names and len(names[-1]) == 1 and is_person_name(names[-1] + item):
            names[-1] += item
        else:
            names.append(item)
    return names if names and all(is_person_name(t) for t in names) else None


def parse_attribution(inner: str) -> tuple[str | None, list[str]]:
    """（ORG [titles] NAME、NAME） → (source office, authors). Either part may be missing."""
    inner = re.sub(r"\s*[；;]\s*|\s+", " ", inner.strip())  # （甲局 胡晓燕；乙局 方明）: two offices, each its writer
    inner = re.sub(r"^(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[：:]?\s*", "", inner)  # （文/图 本报记者 张永辉）
    inner = re.sub(r"^(?:作者)?单位\s*[：:]\s*", "", inner)  # （作者单位：延川县扶贫办　作者：刘海涛）
    inner = re.sub(r"\s*(?:供稿|撰稿|整理|报送)$", "", inner)  # （金溪镇　向　丽　供稿）: what they did, no name
    roled = bool(_ROLE_WORD.search(inner)) and not any(_ORG_TAIL.search(t) for t in inner.split(" "))
    tokens: list[str] = []
    for single, run in itertools.groupby((t for t in (_ROLE_PREFIX.sub("", t) for t in inner.split(" ")) if t),
                                         key=lambda t: len(t) == 1):  # 本报记者 石磊
        run = list(run)
        if single:  # 扎　西, 田　茂　林: a name printed with spaces inside (two by two, or three alone)
            step = 3 if len(run) == 3 else 2
            tokens.extend("".join(run[k:k + step]) for k in range(0, len(run), step))
        else:
            tokens.extend(run)
    authors: list[str] = []
    while tokens:
        names = split_names(tokens[-1])
        if names is None and len(tokens) >= 2 and (_ORG_TAIL.search(tokens[0]) or _SIGNING_PLACE.search(tokens[0])):
            # after the office, the words set apart are its people, whatever their names: 次仁旺姆,
            # 阿依古丽·买买提, 阿西木呷 (the surname rule is for text without an office to anchor it)
            names = _loose_names(tokens[-1])
        if names is None and roled:  # （本报记者　黄　静　通讯员　侬文清）: after a role, people, whatever their surname
            names = _loose_names(tokens[-1])
        if names is None:
            break
        authors = names + authors
        tokens.pop()
    if len(tokens) >= 3 and (paired := _offices_and_people(tokens)):
        return paired[0], paired[1] + authors  # （县财政局　叶丽琴　县乡村振兴局　魏平）
    org = " ".join(tokens).strip()
    if org and not authors:
        org, authors = _split_glued(org)
    if org:
        org = _TRAILING_TITLES.sub("", org).strip(" 、，,") or None
    return (org or None), authors


_ORG_TAIL = re.compile(r"(?:办公室|办|局|组|部|室|委|会|院|校|站|队|所|中心|指挥部|政府|街道|社区|公司|党校|小组|联合会|处|科|股|厅)$")
# a township may sign its own articles: （向海蒙古族乡　包格日勒图）
_SIGNING_PLACE = re.compile(r"(?:乡|镇|苏木)$")
_LOOSE_NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·•．.]{1,9}$")
_NOT_A_NAME = re.compile(r"[县区市省州旗乡镇村办局委组部室会院校站队所心司厅处科股]$|供稿|整理|摄")


def _loose_names(text: str) -> list[str] | None:
    items = [t for t in re.split(r"[、，,;；]+", text.strip()) if t]
    if items and all(_LOOSE_NAME.match(t) and not _NOT_A_NAME.search(t) for t in items):
        return [t.replace("•", "·").replace("．", "·") for t in items]
    return None


def _offices_and_people(tokens: list[str]) -> tuple[str, list[str]] | None:
    """Two offices, each followed by its writers: the first office is the source, all are authors."""
    org, people, offices = None, [], 0
    for token in tokens:
        names = split_names(token)
        if names:
            people.extend(names)
        elif _ORG_TAIL.search(token) and len(token) <= 30:
            offices += 1
            org = org or _TRAILING_TITLES.sub("", token).strip(" 、，,")
        else:
            return None
    return (org, people) if offices >= 2 and people and org else None


# 农业科, 综合股, 财务处: after an office, a word ending so is the office's section, not a person
# (a name may end in 科, 王建科, so only the fields sections are named after count there)
_SECTION = re.compile(r"(?:[股处室]|(?:农业|综合|财务|规划|项目|政策|社会|金融|开发|行政|监督|法规|宣传|信息|统计|人事|资金|经济|产业"
                      r"|计划|督查|业务|畜牧|农经|水利|教育|医政|扶贫|林业|民政)科)$")


_GLUED_ROLE = re.compile(r"^(?:通讯员|记者|撰稿人?|作者)")
_GLUED_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?<![供稿报送办局组室部委科股站所队员社会乡镇村县区况])")
_STRONG_OFFICE = re.compile(r"(?:局|政府|办公室|委员会|指挥部|领导小组|中心)$")


def _split_glued(text: str) -> tuple[str, list[str]]:
    """乐业县人民政府办公室梁氏香: an office and a name printed without a space between them."""
    last = None
    for m in _ORG_END.finditer(text):
        last = m
    if last is not None:
        rest = _GLUED_ROLE.sub("", text[last.end():])  # …人民政府通讯员仁青措: the role before the name
        stripped = _TRAILING_TITLES.sub("", rest)
        names = split_names(stripped) if stripped and not _SECTION.search(stripped) else None
        if not names and _GLUED_NAME.fullmatch(stripped) and _STRONG_OFFICE.search(text, 0, last.end()):
            names = [stripped]  # 县教育局扎西旺姆: a name of no common surname (Tibetan, Yi, Uyghur), after the office
        if names and len(stripped) <= 4:
            return text[: last.end()], names
    return text, []


def parse_byline(text: str) -> list[str]:
    """□ 本报记者 马龙 / □ 解德辉 卢佳 陈镜全 → the names."""
    body = re.sub(r"^[□■◇◆◎○●]\s*", "", text).strip()
    names: list[str] = []
    for part in re.split(r"\s+(?=(?:本报|特约)?(?:记者|通讯员|实习生))", body):
        part = part.strip()
        names.extend(_names_after_role(part) or [t for t in re.split(r"[、，,\s]+", _ROLE_PREFIX.sub("", part))
                                                 if is_person_name(t)])
    return names


def _names_after_role(text: str) -> list[str] | None:
    """记者　黄　媛, 通讯员　羊文英　木秀梅 → the names; after 记者/通讯员 come people, whatever their
    surname (the surname list is for text with no role to anchor it)."""
    rest = _ROLE_PREFIX.sub("", text)
    names = split_names(rest)
    if names or rest == text:
        return names
    tokens = [t for t in re.split(r"[、，,\s]+", rest) if t]
    return _loose_names("、".join(tokens)) if tokens and all(len(t) > 1 for t in tokens) else None


_CLOSING = (")", "）")  # what a trailing signature ends on


def trailing_author(text: str) -> tuple[str, list[str]] | None:
    """…满满。(张晋晋): a newspaper item signed at the end of its last paragraph."""
    if not text.rstrip().endswith(_CLOSING):
        return None  # asked of every paragraph: most end on a full stop
    m = re.search(r"[（(]\s*([^（）()]{2,20})\s*[)）]\s*$", text)
    if not m:
        return None
    names = _names_after_role(m.group(1).strip())  # （通讯员　孔玉才　木秀梅）
    if not names:
        return None
    return text[: m.start()].rstrip(), names


_TRAILING_SIGNATURE = re.compile(r"(?<=[。！？!?”])\s*[（(](?P<inner>[^（）()]{3,40})[)）]\s*$")


def trailing_office(text: str) -> tuple[str, str, list[str]] | None:
    """…确保脱贫不返贫。（兰考县扶贫办 王磊）: an office's signature printed on the last line of the text."""
    if not text.rstrip().endswith(_CLOSING):
        return None  # asked of every paragraph: most end on a full stop
    m = _TRAILING_SIGNATURE.search(text)
    if not m:
        return None
    org, names = parse_attribution(m.group("inner"))
    office = org and _ORG_TAIL.search(org)  # …办事处, …规划股 too
    if not office and not (org and names and _SIGNING_PLACE.search(org)):  # （窑湾镇　孙　丽）: a township signs
        return None
    return text[: m.start()].rstrip(), org, names
