"""Stage 7: figures — numbers that measure something, normalised to base units.

40.5万亿元 -> 4.05e13 元 (written unit 万亿元); 7.7% -> 7.7 %; 0.6个百分点 -> 0.6 百分点 (not a percent);
四分之一 -> 0.25 ratio; 四成 -> 40 %. Dates (1月21日, 2024年), names with digits (5G, TM-1, “十四五”)
and words that merely contain numerals (一批, 进一步) are not figures.
"""

import re
from dataclasses import dataclass

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "万": 1e4}

# Units measured, by kind. Longer names first so 千瓦时 wins over 千瓦.
UNITS = {
    "amount": "元 美元 欧元 日元 英镑 港元 人民币".split(),
    "measure": (
        "平方公里 平方米 立方米 千瓦时 千瓦 兆瓦 吉瓦 千伏 公里 千米 米 厘米 毫米 公顷 亩 吨 千克 公斤 克 升 "
        "标准箱 瓦 伏 度 海里 光年 摄氏度 ℃ 帧 比特 TB GB MB 英寸 英尺 英里 纳米 微米 兆帕 千帕 马力 分贝 毫升 千卡"
    ).split(),
    "duration": "周年 小时 分钟 秒 天 日 周 个月 月 年".split(),
    "count": (
        "家 部门 方面 笔 个 项 辆 座 台 套 件 条 部 款 种 所 人次 人 名 位 户 只 头 批 起 次 场 例 份 篇 本 张 间 栋 艘 架 列 "
        "处 股 枚 棵 株 块 片 颗 支 首 集 期 轮 倍 票 宗 单 地"
    ).split(),
}
_UNIT_KIND = {}
for kind, names in UNITS.items():
    for n in names:
        _UNIT_KIND.setdefault(n, kind)
_UNIT_ALT = "|".join(sorted(map(re.escape, _UNIT_KIND), key=len, reverse=True))

_NUM = r"(?<![0-9.])[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?(?![.0-9])"
_CNNUM = r"[零〇一二两三四五六七八九十百千]+"
FIGURE_RE = re.compile(
    rf"(?:(?P<pre>约|近|超过|超|逾|突破|不到|不足|接近|将近)(?:有|为|达)?)?"
    rf"(?:(?P<num>{_NUM})(?:(?P<mult1>万亿|亿|万)?\s*(?:至|到|—|-|~|～)\s*(?P<num2>{_NUM}))?|(?P<cn>{_CNNUM}))"
    rf"(?P<pre_post>多|余)?\s*(?P<mult>万亿|亿|万)?"
    rf"(?P<post>多|余)?"
    rf"\s*(?:(?P<pct>%|％)|(?P<pp>个百分点|百分点)|个?(?P<latin>GB|TB|MB|Gbps|Mbps)(?![A-Za-z])|(?P<unit>{_UNIT_ALT}))"
    rf"(?P<tail>以上|以下|左右|以内|之多)?"
)
FRACTION_RE = re.compile(rf"(?P<pre>约|近|超过|接近)?(?P<den>{_CNNUM}|[0-9]+)分之(?P<num>{_CNNUM}|[0-9.]+)")
CHENG_RE = re.compile(r"(?P<pre>约|近|超|超过|逾)?(?P<num>[一二三四五六七八九]|[0-9])成(?![功为立果本员绩品长交熟都])")
# A rank with its context: 位居全球第一, 排名第3位, 连续10年位居全球第一.
RANK_RE = re.compile(
    r"(?:位居|位列|名列|排名|排在|排行|稳居|居于|跃居|升至|保持|居)[^，。；第]{0,6}?"
    r"(?P<rank>第(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,3})(?:位|名)?)(?![届批次期轮季条款章节代号版个天年])"
)
# A top-N rank: 进入全球前10强, 规模前十的省份, 排名前三 (not 前三季度, 前11个月, 前两个阶段: periods and parts).
_TOP_N = r"前(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,3})"
TOP_RANK_RE = re.compile(
    rf"(?<![目之提以当眼日此面向生年事跟空])(?P<rank>{_TOP_N}(?:强|名|位))"
    rf"|(?:排名|排在|排行|位列|位居|进入|跻身|规模|总量)[^，。；前]{{0,6}}?(?P<rank2>前(?P<n2>[一二三四五六七八九十]{{1,3}}|[0-9]{{1,3}}))(?=的|，|。|、|$)"
)
# 实现两位数增长: double-digit growth, at least 10 %.
DOUBLE_DIGIT_RE = re.compile(r"两位数(?=的?(?:增长|增速|增幅|涨幅|下降|降幅))")
BAIFEN_RE = re.compile(rf"百分之(?P<num>{_CNNUM}|[0-9.]+)")
CHANGE_RE = re.compile(r"(同比|环比|比上年|较上年)?(增长|下降|提高|提升|降低|减少|增加|上涨|回落|压减|高于|低于|扩大|缩小)[了]?(?:约|近)?$")

_QUALIFIER = {
    "约": "approx", "近": "approx", "接近": "approx", "将近": "approx", "左右": "approx",
    "超过": "lower_bound", "超": "lower_bound", "逾": "lower_bound", "突破": "lower_bound", "以上": "lower_bound",
    "多": "lower_bound", "余": "lower_bound", "之多": "lower_bound",
    "不到": "upper_bound", "不足": "upper_bound", "以内": "upper_bound", "以下": "upper_bound",
}


@dataclass
class Figure:
    surface: str
    value: float
    unit: str
    kind: str
    char_start: int
    char_end: int
    written_unit: str | None = None
    value_max: float | None = None
    qualifier: str = "exact"
    cue: str | None = None
    change: str | None = None
    subject: str | None = None
    period: str | None = None
    sentence: str | None = None
    list_no: int | None = None  # figures of one printed list share it (1, 2 … within the paragraph)


def cn_to_number(s: str) -> float | None:
    """Chinese numerals (三, 十五, 一百二十, 两千) -> number."""
    if not s:
        return None
    total, current = 0, 0
    for c in s:
        if c in _CN:
            current = _CN[c]
        elif c in _CN_UNIT:
            total += (current or 1) * _CN_UNIT[c]
            current = 0
        else:
            return None
    return float(total + current)


def _neighbour_range(cn: str) -> tuple[float, float] | None:
    """四五千 -> (4000, 5000), 三四十 -> (30, 40): two neighbouring digits, "four or five thousand"."""
    m = re.fullmatch(r"([一二三四五六七八])([二三四五六七八九])([十百千]?)", cn)
    if not m or _CN[m[2]] != _CN[m[1]] + 1:
        return None
    place = _CN_UNIT.get(m[3], 1)
    return float(_CN[m[1]] * place), float(_CN[m[2]] * place)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    left = max(text.rfind(c, 0, start) for c in "。！？；") + 1
    rights = [i for i in (text.find(c, end) for c in "。！？；") if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right], left


_NAME_BEFORE = re.compile(r"[A-Za-z\-+“]$")


def _value(s: str) -> float | None:
    """A number written in digits or in Chinese numerals."""
    return float(s) if s[0].isdigit() else cn_to_number(s)


def _qualify(f: Figure, cue: str | None) -> Figure:
    """Set the qualifier a cue word implies (约 -> approx, 超过 -> lower_bound …), keeping the cue."""
    if cue in _QUALIFIER:
        f.qualifier, f.cue = _QUALIFIER[cue], cue
    return f


def extract_figures(text: str) -> list[Figure]:
    """Every figure in a paragraph of normalised text."""
    out: list[Figure] = []
    for m in FIGURE_RE.finditer(text):
        num, cn = m.group("num"), m.group("cn")
        if cn:
            # A number needs a digit (一…九) or a leading 十: 千亿元级, 万辆级 are orders of magnitude, not figures;
            # after a cue word a bare 百/千 is a round number (超百种消费品).
            if not re.search(r"[一二两三四五六七八九〇零]", cn) and not cn.startswith("十"):
                if not m.group("pre") or text[m.end() : m.end() + 1] == "级":
                    continue
            # Chinese numerals only with a unit or a multiplier and not as part of a word (一批, 两国).
            if not (m.group("pct") or m.group("pp") or m.group("mult") or m.group("unit")):
                continue
            if m.group("unit") and not m.group("mult") and len(cn) == 1 and cn != "十" and not m.group("post"):
                # 一批, 一支队伍, 两国: numeral words, not measurements. A qualifier makes a one-digit
                # numeral a measurement: 用三年左右的时间, 结束不到一周.
                hedged = m.group("tail") or (m.group("pre") and (cn in "百千" or _UNIT_KIND[m.group("unit")] == "duration"))
                if cn == "一" and text[m.end() : m.end() + 1] == "来":
                    hedged = False  # 近一年来: "over the past year", a phrase
                if not hedged:
                    continue
        if num and _NAME_BEFORE.search(text[: m.start("num")]):
            continue
        # The surface is the number and its unit; a qualifier word before it is kept as the cue.
        start = m.start("num") if num else m.start("cn")
        if cn and text[max(0, start - 1) : start] in ("几", "数", "上"):
            continue  # 几十万张, 数十家, 上百人: "some tens of thousands", not a number
        if text[max(0, start - 1) : start] == "第":
            continue  # 第十三届, 第二百七十二条: ordinals and identifiers (ranks are read separately)
        if m.group("unit") in ("个月", "月", "天", "周") and re.search(r"(?<![提之以此日])前$", text[max(0, start - 2) : start]):
            continue  # 今年前11个月, 前三季度: a period the other figures refer to
        unit = m.group("unit")
        if unit in ("月", "日") and not m.group("mult"):
            continue
        year_like = (num is not None and len(num) >= 4) or (cn is not None and (len(cn) >= 4 or "〇" in cn))
        if unit == "年" and (year_like or text[m.end() : m.end() + 1] in ("月", "底", "初", "末", "代", "级", "度", "前", "后")):
            continue  # 2024年, 1—11月 and 2024年底 are dates; 连续15年 and 过去10年 are durations
        if (unit or "") + text[m.end() : m.end() + 1] in ("部队", "名单", "条例", "期间", "台阶", "场所", "场景", "家庭", "位置"):
            continue  # 32751部队, 名单, 条例, 期间, 台阶: the "unit" is the start of a word
        value = _num(num) if num else cn_to_number(cn)
        if value is None:
            continue
        neighbours = _neighbour_range(cn) if cn else None
        if neighbours:
            value = neighbours[0]
        mult = m.group("mult") or ""
        factor = MULTIPLIERS.get(mult, 1.0)
        if m.group("latin"):
            base, kind, written = m.group("latin"), "measure", m.group("latin")
        elif m.group("pct"):
            base, kind, written = "%", "percent", "%"
        elif m.group("pp"):
            base, kind, written = "百分点", "percentage_point", "个百分点"
        else:
            base, kind, written = unit, _UNIT_KIND[unit], mult + unit
            if unit == "倍":
                kind = "ratio"
            elif unit == "周年":
                base = "年"  # 成立75周年: 75 years
        value_max = _num(m.group("num2")) * factor if m.group("num2") else (neighbours[1] * factor if neighbours else None)
        if m.group("mult1"):
            factor = MULTIPLIERS[m.group("mult1")]  # 2万—3万元: each end carries its own multiplier
        f = Figure(text[start : m.end()], value * factor, base, kind, start, m.end(), written_unit=written, value_max=value_max)
        if value_max is not None:
            f.qualifier = "range"
        else:
            _qualify(f, m.group("pre") or m.group("pre_post") or m.group("post") or m.group("tail"))
        out.append(f)
    for m in FRACTION_RE.finditer(text):
        den, numer = _value(m.group("den")), _value(m.group("num"))
        if den and numer is not None:
            f = Figure(text[m.start("den") : m.end()], numer / den, "ratio", "ratio", m.start("den"), m.end(), written_unit="分之")
            out.append(_qualify(f, m.group("pre")))
    for m in CHENG_RE.finditer(text):
        f = Figure(text[m.start("num") : m.end()], _value(m.group("num")) * 10, "%", "percent", m.start("num"), m.end(), written_unit="成")
        out.append(_qualify(f, m.group("pre")))
    for m in RANK_RE.finditer(text):
        v = _value(m.group("n"))
        if v:
            out.append(Figure(m.group("rank"), v, "位", "rank", m.start("rank"), m.end("rank"), written_unit="第"))
    for m in TOP_RANK_RE.finditer(text):
        g = "rank" if m.group("rank") else "rank2"
        v = _value(m.group("n") or m.group("n2"))
        if v:
            f = Figure(m.group(g), v, "位", "rank", m.start(g), m.end(g), written_unit="前", qualifier="upper_bound", cue="前")
            out.append(f)
    for m in DOUBLE_DIGIT_RE.finditer(text):
        out.append(Figure(m.group(0), 10.0, "%", "percent", m.start(), m.end(), written_unit="两位数", qualifier="lower_bound", cue="两位数"))
    for m in BAIFEN_RE.finditer(text):
        v = _value(m.group("num"))
        if v is not None:
            out.append(Figure(m.group(0), v, "%", "percent", m.start(), m.end(), written_unit="%"))
    ranks = [(f.char_start, f.char_end) for f in out if f.kind == "rank"]
    out = [f for f in out if f.kind == "rank" or not any(a <= f.char_start and f.char_end <= b for a, b in ranks)]  # 前5名 is a rank, not 5 people
    out.extend(_unit_written_once(text, out))
    out.extend(_bare_magnitudes(text, out))
    out.extend(_digit_fractions(text))
    out = _merge_compound_durations(text, out)
    # “十年禁渔”, “粮十条”, “两个一百年”, “10万+”: a number inside a short quotation is a name or a slogan.
    quoted = [(m.start(), m.end()) for m in re.finditer(r"[“‘][^“”‘’]{1,10}[”’]", text)]
    out = [f for f in out if not any(a < f.char_start and f.char_end < b for a, b in quoted)]
    out.sort(key=lambda f: f.char_start)
    _number_lists(text, out)
    for f in out:
        f.sentence, left = _sentence(text, f.char_start, f.char_end)
        before = text[left : f.char_start]
        cm = CHANGE_RE.search(before)
        if cm:
            f.change = cm.group(0)
        f.subject = _subject(before)
        f.period = _period(before)
    _pair_respectively(text, out)
    # 成交额突破6.8万亿元，同比增长约11.2%: a change with no subject of its own measures what the figure before it measured.
    for prev, f in zip(out, out[1:]):
        if f.subject is None and f.change and prev.sentence == f.sentence and prev.subject:
            f.subject = prev.subject
    return out


_LIST_SEP = r"\s*(?:、|和|及|与|以及|，)\s*"
_BARE_RUN = re.compile(rf"(?:(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:万亿|亿|万)?{_LIST_SEP})+$")
_BARE_NUM = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万亿|亿|万)?")


def _unit_written_once(text: str, found: list[Figure]) -> list[Figure]:
    """In 13.8万、3.7万和1.3万个 the unit written once, after the last number, belongs to every number."""
    extra = []
    for f in found:
        if f.kind not in ("count", "amount", "measure", "duration") or f.qualifier == "range":
            continue
        m = _BARE_RUN.search(text[: f.char_start])
        if not m:
            continue
        for n in _BARE_NUM.finditer(m.group(0)):
            start = m.start() + n.start()
            mult = n.group(2) or ""
            surface = text[start : m.start() + n.end()]
            extra.append(
                Figure(surface, float(n.group(1)) * MULTIPLIERS.get(mult, 1.0), f.unit, f.kind, start, m.start() + n.end(), written_unit=mult + f.unit)
            )
    return extra


_BARE_MAGNITUDE = re.compile(r"(?P<pre>约|近|超过|超|逾|突破|不到|不足|接近)?(?<![0-9.])(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<mult>万亿|亿|万)(?P<post>多|余)?(?![\u4e00-\u9fff0-9A-Za-z%])")
_FRACTION_DIGITS = re.compile(r"(?P<pre>约|近|超过|接近)?(?<![0-9./])(?P<num>[0-9]{1,3})/(?P<den>[0-9]{1,3})(?![0-9/])")


# What a bare magnitude counts, from the noun before it: 千兆用户突破2亿 -> 户, 覆盖人群超过2.5亿 -> 人.
_COUNTED_NOUNS = [("人次", "人次"), ("用户", "户"), ("户数", "户"), ("人群", "人"), ("人口", "人"), ("人数", "人"), ("人员", "人"),
                  ("游客", "人次"), ("旅客", "人次"), ("机架", "架"), ("企业", "家"), ("车辆", "辆"), ("汽车", "辆")]


def _counted_unit(before: str) -> str:
    clause = re.split(r"[，。；：、]", before)[-1]
    found = [(clause.rfind(noun), unit) for noun, unit in _COUNTED_NOUNS if noun in clause]
    return max(found)[1] if found else ""


def _bare_magnitudes(text: str, found: list[Figure]) -> list[Figure]:
    """A magnitude with no unit after it (千兆用户突破2亿, 机架数超过880万): a count of what the sentence names."""
    taken = [(f.char_start, f.char_end) for f in found]
    out = []
    for m in _BARE_MAGNITUDE.finditer(text):
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        value = float(m.group("num")) * MULTIPLIERS[m.group("mult")]
        f = Figure(text[m.start("num") : m.end()], value, _counted_unit(text[max(0, m.start() - 16) : m.start()]), "count",
                   m.start("num"), m.end(), written_unit=m.group("mult"))
        out.append(_qualify(f, m.group("pre") or m.group("post")))
    return out


def _digit_fractions(text: str) -> list[Figure]:
    """占比近1/4 -> ratio 0.25 (in Chinese text dates are written with 月/日, so a/b is a fraction)."""
    out = []
    for m in _FRACTION_DIGITS.finditer(text):
        den = int(m.group("den"))
        if den and int(m.group("num")) <= den:
            f = Figure(m.group("num") + "/" + m.group("den"), int(m.group("num")) / den, "ratio", "ratio", m.start("num"), m.end(), written_unit="/")
            out.append(_qualify(f, m.group("pre")))
    return out


def _merge_compound_durations(text: str, figs: list[Figure]) -> list[Figure]:
    """约1小时43分钟 is one duration (103 分钟), not two."""
    figs = sorted(figs, key=lambda f: f.char_start)
    out: list[Figure] = []
    for f in figs:
        prev = out[-1] if out else None
        if prev and prev.unit == "小时" and f.unit == "分钟" and prev.char_end == f.char_start:
            out[-1] = Figure(text[prev.char_start : f.char_end], prev.value * 60 + f.value, "分钟", "duration", prev.char_start, f.char_end,
                             written_unit="小时分钟", qualifier=prev.qualifier, cue=prev.cue)
            continue
        out.append(f)
    return out


def _number_lists(text: str, figs: list[Figure]) -> None:
    """Give consecutive figures separated only by 、 和 及 与 the same list number."""
    list_no = 0
    for a, b in zip(figs, figs[1:]):
        if re.fullmatch(r"\s*(?:、|和|及|与|以及)\s*", text[a.char_end : b.char_start]):
            if a.list_no is None:
                list_no += 1
                a.list_no = list_no
            b.list_no = a.list_no


_PERIOD_RE = re.compile(
    r"(?:(?:19|20)[0-9]{2}年(?:[0-9]{1,2}(?:—|－|-|至)[0-9]{1,2}月|[0-9]{1,2}月|上半年|下半年|[一二三四]季度|前[0-9一二三四五六七八九十]+(?:个月|季度)|全年|年底|年末|底|末)?"
    r"|(?:今年|去年|上年|当年)(?:前[0-9一二三四五六七八九十]+(?:个月|季度)|上半年|下半年|[一二三四]季度|全年)?"
    r"|前[0-9一二三四五六七八九十]+(?:个月|季度)|[一二三四]季度|上半年|下半年"
    r"|[0-9]{1,2}(?:—|－|-)[0-9]{1,2}月)"
)


def _period(before: str) -> str | None:
    """The last period named before the figure in its sentence (2024年, 1—11月, 今年前11个月, 上半年)."""
    # 较2023年提升, 比上年增加: a base of comparison, not the period the figure belongs to.
    found = [m.group(0) for m in _PERIOD_RE.finditer(before) if not re.search(r"(?:较|比|同|于)$", before[: m.start()])]
    return found[-1] if found else None


_RESPECTIVELY = re.compile(r"([^，。；：]*?)(?:累计)?(?:分别|依次)")


def _pair_respectively(text: str, figs: list[Figure]) -> None:
    """风电、光伏发电装机容量分别达到2.1亿千瓦、2.04亿千瓦: each value gets the subject named in its place."""
    lists: dict[int, list[Figure]] = {}
    for f in figs:
        if f.list_no is not None:
            lists.setdefault(f.list_no, []).append(f)
    for group in lists.values():
        left = max(text.rfind(c, 0, group[0].char_start) for c in "。；！？") + 1
        before = text[left : group[0].char_start]
        m = _RESPECTIVELY.search(before)
        if not m:
            continue
        names = [n for n in re.split(r"、|和|及|与", m.group(1).split("，")[-1]) if n]
        if len(names) != len(group):
            names = _split_compound(before[: m.start() + len(m.group(1))], len(group))
        if len(names) != len(group):
            continue
        # The last name keeps the measure all names share (光伏发电累计并网装机容量): where it starts is not marked.
        for f, name in zip(group, names):
            f.subject = name.strip()


# Contracted pairs that 分别 unpacks: 年产销量分别达到A和B -> 年产量 A, 年销量 B.
_COMPOUNDS = [("产销量", ("产量", "销量")), ("产销", ("产量", "销量")), ("进出口额", ("进口额", "出口额")),
              ("进出口", ("进口", "出口")), ("收支", ("收入", "支出")), ("升降", ("上升", "下降"))]


def _split_compound(before: str, n: int) -> list[str]:
    """The two names a contracted pair stands for, with the words before it (新能源汽车年产销量 -> 新能源汽车年产量, …年销量)."""
    if n != 2:
        return []
    clause = re.split(r"[。；：]", before)[-1]
    for word, (a, b) in _COMPOUNDS:
        i = clause.rfind(word)
        if i >= 0:
            head = re.split(r"[，、（）“”]", clause[:i])[-1]
            head = re.sub(r"^.*?(?:我国|全国|全年|今年|去年)", "", head)
            return [head + a, head + b]
    return []


def _subject(before: str) -> str | None:
    """The phrase the figure measures: the words after the last clause break before it, minus verbs."""
    clause = re.split(r"[，。；：、（）“”]", before)[-1]
    clause = re.sub(r"(同比|环比|比上年|较上年)?(增长|下降|提高|提升|降低|减少|增加|上涨|达到|达|为|是|完成|超过|突破|约|近|超|接近|占比|占)+[了]?$", "", clause)
    clause = _PERIOD_RE.sub("", clause).strip()
    clause = re.sub(r"^(?:是指|预计|目前|其中|同时|此外|并且)+", "", clause)
    clause = re.sub(r"(?:已经|已|共计|共|分别|累计|较|比|的|约有|近有)+$", "", clause)
    clause = clause.strip("… ")  # leading or trailing ellipses and spaces
    return clause[-20:] if len(clause) >= 2 else None
