"""Datelines, bylines, closing datelines, continuation marks and photo credits.

新华社北京1月21日电（记者 张晓洁 张辛欣）  据新华社首尔1月21日电（记者冯亚松）  科技日报讯（记者刘园园）
本报记者 齐旭   ○ 新华社记者 黄玥 董博婷 王明玉   （新华社北京1月21日电 新华社记者黄玥 董博婷 王玉玉）
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .chars import PERSON, PERSONS, fold_traditional

_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
# Agencies: named news agencies, "本报", and any paper/agency name ending in 报/社/网/台.
# A paper's own site or app goes with its name: 中国日报网, 中国青年报客户端.
_AGENCY = r"新华社|中新社|中新网|本报|央视网|人民网|新华网|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|早报|时报|商报|青年报|报|通讯社|社|网|电视台|台)(?:网|客户端)?"
_SPACE = r"[ \u3000]*"
DATELINE_RE = re.compile(
    rf"^(?P<ju>据)?(?P<agency>{_AGENCY}){_SPACE}(?P<place>[\u4e00-\u9fff]{{1,10}}?(?:、[\u4e00-\u9fff]{{1,10}}?){{0,15}})?{_SPACE}"
    rf"(?:(?P<year>[0-9０-９]{{4}}){_SPACE}年{_SPACE})?(?P<month>{_NUM}){_SPACE}月{_SPACE}(?P<day>{_NUM}){_SPACE}日{_SPACE}(?P<kind>电|讯|消息)"
)
# 科技日报讯（记者刘园园） / 本报讯 / 据新华社电（记者谭畅） / 本报电 北京协和医学院近日… — no place or date;
# 央视网消息（新闻联播）： / 新华社消息： — a news site's or broadcaster's lead, its programme in brackets.
XUN_RE = re.compile(
    rf"^(?P<ju>据)?(?P<agency>{_AGENCY}){_SPACE}(?:讯|电(?={_SPACE}[（(]|[ \u3000]+\S)|消息(?:[（(][^）)]{{1,12}}[）)])?[：:])"
)
# 【环球时报驻美国特约记者 张三 环球时报记者 李四】 / 【环球时报综合报道】 / 【环球网报道 记者 张三】 / 【大公报讯】: a paper's
# lead in square brackets, naming its correspondents and where they are posted (驻美国), with no date.
BRACKET_LEAD_RE = re.compile(
    rf"^【(?P<agency>{_AGENCY})(?:驻(?P<place>[\u4e00-\u9fff]{{1,8}}?)(?=特派|特约|见习|首席|记者))?"
    r"(?P<body>(?:特派|特约|见习|首席)?记者[^【】]{1,80}|综合报道|报道(?:[ \u3000]+[^【】]{1,60})?|消息|讯)】"
)
_REPORTER_PAREN = re.compile(r"^[（(](?P<body>[^）)]{0,80})[）)]")
# 羊城晚报讯 记者张三、通讯员李四报道： — the reporters named in running words after the lead, not in brackets.
_REPORTED_BY = re.compile(
    r"^(?P<body>(?:本报|特约|见习|首席|全媒体|融媒体)?记者(?:[^：:，,。（）()]|[，,](?=\s*(?:本报)?(?:通讯员|实习生|记者)))"
    r"{2,40}?)报道(?:[：:]|[ \u3000]+|$)"
)
# 本报讯 记者 张三 通讯员 李四 近日，… — the names set off by spaces, the text after a space.
_NAMED_BEFORE_TEXT = re.compile(
    r"^(?P<body>(?:本报)?记者[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,4}"
    r"(?:[ \u3000]+(?:本报)?(?:通讯员|实习生)[ \u3000]*[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}){0,2})"
    r"(?:[ \u3000]+(?=\S)|$)"
)
_ROLE = r"记者|通讯员|特约记者|实习生|见习记者|本报记者|新华社记者|摄影|摄"
# A correspondent or intern after the reporters: 通讯员, 本报通讯员, 光明日报通讯员, 实习生.
# A paper a correspondent or reporter serves, named before the role: 本报通讯员, 光明日报通讯员, 人民网记者.
_PAPER = r"本报|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|报|网)"
_ASSIST = rf"(?:{_PAPER})?通讯员|实习生"
# words-and-pictures marks: 文/图, 图/文, 文/
_WORDS_PICTURES = r"[文图]\s*[/／|｜]\s*(?:[文图](?![\u4e00-\u9fff]))?"
# a name of 2 to 4 characters, or a transcribed one in parts (阿依古丽·买买提)
_BYLINE_NAME = r"(?:[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}|[\u4e00-\u9fff·]{2,4})"
_BYLINE_NAMES = rf"{_BYLINE_NAME}(?:[ \u3000、]+(?!{_ASSIST}|报道\s*$|{_WORDS_PICTURES}\s*$){_BYLINE_NAME}){{0,5}}"
BYLINE_RE = re.compile(
    # a bullet or a words-and-pictures mark may lead: ■本报记者 张三, 文/图 本报记者 张三
    rf"^(?:[○●◎□■▲◆]|{_WORDS_PICTURES})?\s*"
    # the paper, with its site or app after a dot or dash: 解放日报·上观新闻记者, 工人日报—中工网记者
    r"(?P<role>(?:本报|新华社|中新社|[\u4e00-\u9fff]{2,6}?(?:[·—－-][\u4e00-\u9fff]{2,6}?)?(?:日报|晚报|早报|时报|青年报|报|网|在线|电视台|新闻))"
    r"(?:驻[\u4e00-\u9fff]{1,8}?)?(?:特派|特约|见习|首席|全媒体|融媒体|实习)?(?:记者|评论员|通讯员)"
    r"|记者(?=[ \u3000]))"
    rf"\s*(?P<names>(?!{_ASSIST}){_BYLINE_NAMES})"
    # correspondents and interns after the reporters: 通讯员 李四, 实习生 王五, 本报通讯员 周六 实习生 吴七
    rf"(?P<assist>(?:\s*(?:{_ASSIST})\s*{_BYLINE_NAMES}){{0,3}})"
    # a closing 报道, or the words-and-pictures mark set after the names (本报记者 张三 文/图)
    rf"(?:\s*报道|\s+{_WORDS_PICTURES})?\s*$"
)
# A roundup closes on all its correspondents' places and names: （本报北京、罗马、曼谷、…、里约热内卢11月24日电 记者吴刚、韩硕、…）.
CLOSING_RE = re.compile(
    rf"[（(](?P<ju>据)?(?P<agency>{_AGENCY}){_SPACE}(?P<place>[\u4e00-\u9fff]{{1,10}}?(?:、[\u4e00-\u9fff]{{1,10}}?){{0,15}})?{_SPACE}(?:(?:[0-9０-９]{{4}}年)?(?P<month>{_NUM})月(?P<day>{_NUM})日)?电"
    r"(?P<rest>[^）)]{0,160})[）)]\s*$"
)
CONTINUED_FROM_RE = re.compile(r"^[（(](?P<mark>(?:上接|接上|紧接)(?:第)?[0-9一二三四五六七八九十]+版)[）)]")
CONTINUED_TO_RE = re.compile(r"[（(](?P<mark>(?:下转|转)(?:第)?[0-9一二三四五六七八九十]+版)[）)]\s*$")
PHOTO_CREDIT_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}记者\s*[\u4e00-\u9fff· ]{2,12}\s*摄|新华社\s*发\s*[（(][^）)]*摄[）)]|[（(][^）)]{0,20}摄[）)]"
    r"|[（(](?:无人机照片|资料图片|新华社发|图片来源[^）)]*)[）)]|[（(][^）)]{0,20}(?:无人机照片|照片)[）)])"
)

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def cn_number(s: str) -> int:
    """Small Chinese or ASCII/full-width numbers as used in dates and page marks (一 .. 三十一)."""
    s = s.translate({c: chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)})
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0)
    return _CN_DIGITS.get(s, 0)


@dataclass
class Dateline:
    printed: str  # the dateline as printed (without the reporter parenthesis)
    agency: str
    place: str | None = None
    month: int | None = None
    day: int | None = None
    reporters: list[str] = field(default_factory=list)
    assistants: list[str] = field(default_factory=list)  # 通讯员
    year: int | None = None  # printed only now and then: 新华社北京2019年12月31日电
    length: int = 0  # characters of the paragraph consumed by dateline + reporter parenthesis


# A two-character name set to the width of three (王 慧, 曲 颂): one character, a space, one character.
SPACED_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def join_spaced_names(text: str) -> str:
    """本报记者 王新萍 王 慧 -> 本报记者 王新萍 王慧: Chinese names have two characters or more, so single
    characters standing apart are the halves of one name."""
    return SPACED_NAME_RE.sub(r"\1\2", text)


def split_names(text: str) -> list[str]:
    names = []
    for run in re.split(r"[ \u3000、，,]+", join_spaced_names(text.strip())):
        # Names printed without a gap (张晓洁张辛欣): two-character surname-given pairs are ambiguous,
        # but a run of 6 or 9 Han characters is almost always 3-character names.
        if len(run) in (6, 9) and "·" not in run:
            names.extend(run[i : i + 3] for i in range(0, len(run), 3))
        elif run:
            names.append(run)
    return names


# The roles that lead a run of names in a reporters' line, with the paper they serve (光明日报通讯员).
_ROLE_WORD_RE = re.compile(rf"((?:新华社|{_PAPER})?(?:特约记者|见习记者|记者|通讯员)|实习生)")


def parse_reporters(body: str) -> tuple[list[str], list[str]]:
    """（记者 张晓洁 张辛欣） / （记者谢开飞 通讯员陈思喜） / 本报通讯员 李四 记者 张三 -> (reporters, assistants).
    A name may hold a role's character (王通达, 李实): only a whole role word starts a new run of names. Roles are
    read in simplified characters (記者 as 记者), names kept as printed."""
    reporters: list[str] = []
    assistants: list[str] = []
    body = re.sub(r"\s+", " ", body).strip()
    folded = fold_traditional(body)
    roles = list(_ROLE_WORD_RE.finditer(folded))
    for k, role in enumerate(roles):
        end = roles[k + 1].start() if k + 1 < len(roles) else len(body)
        # 记者/李三 通讯员/王四: some papers set a slash between the role and the names
        cut = re.search(r"(报道|摄影?|电)?[ /／]*$", folded[role.end() : end])
        names_text = body[role.end() : role.end() + cut.start()].strip(" /／")
        # 本报记者 张三 李四 发自北京: where the reporters filed from is no name
        names = [n for n in split_names(names_text) if (2 <= len(n) <= 4 or "·" in n) and not fold_traditional(n).startswith("发自")]
        (assistants if "通讯员" in role.group(0) or role.group(0) == "实习生" else reporters).extend(names)
    return reporters, assistants


def _bracket_lead(m: re.Match, compact: str, indent: int) -> Dateline:
    """The dateline of a lead in square brackets, printed whole: its names stand inside its brackets."""
    d = Dateline(printed=compact[: m.end()], agency=m.group("agency"), place=m.group("place"), month=None, day=None, length=indent + m.end())
    d.reporters, d.assistants = parse_reporters(compact[m.start("body") : m.end("body")])
    return d


def parse_dateline(text: str) -> Dateline | None:
    """Parse a dateline at the start of a paragraph; None if the paragraph does not start with one."""
    compact = text.lstrip()
    folded = fold_traditional(compact)  # 新華社…電 reads as 新华社…电; offsets are the same
    m = BRACKET_LEAD_RE.match(folded)
    if m:
        d = _bracket_lead(m, compact, len(text) - len(compact))
        if d.reporters:
            return d
    else:
        m = DATELINE_RE.match(folded) or XUN_RE.match(folded)
        if not m or m.group("agency") in ("报", "社"):
            return None
        groups = m.groupdict()
        d = Dateline(
            printed=compact[: m.end()].strip(),
            agency=m.group("agency"),
            place=groups.get("place") or None,
            month=cn_number(groups["month"]) if groups.get("month") else None,
            day=cn_number(groups["day"]) if groups.get("day") else None,
            length=len(text) - len(compact) + m.end(),
            year=cn_number(groups["year"]) if groups.get("year") else None,
        )
    # the reporters after the lead: in brackets, in running words (记者张三报道：), or set off by spaces
    rest = folded[m.end():]
    after = rest.lstrip(" \u3000")
    lead = len(rest) - len(after)
    pm = _REPORTER_PAREN.match(after) or _REPORTED_BY.match(after) or (_NAMED_BEFORE_TEXT.match(after) if lead else None)
    if pm and re.search(_ROLE, pm.group("body")):
        start = m.end() + lead
        d.reporters, d.assistants = parse_reporters(compact[start + pm.start("body") : start + pm.end("body")])
        d.length += lead + pm.end()
    elif lead:
        d.length += lead
    return d


# An author's line under a title: 作者：张三 / 文｜张三 / 尹晓东（中国儿童艺术剧院院长） / ——沈开举委员（郑州大学法学院教授）.
AUTHOR_RE = re.compile(
    rf"^(?:作者(?:[:：]\s*|[ \u3000]+)|{_WORDS_PICTURES}\s*)(?P<names>{PERSONS})$"
    # the post in brackets ends on a role (院长, 演员, 教授, 书记, 本报记者), unlike a column tag (（组诗）（短评）);
    # a post never holds 的 nor ends on 故事, as tags do (生命之舱（抗疫一线的故事）, 壮歌出征（脱贫故事）)
    rf"|^(?:——)?(?P<name>{PERSON})(?:代表|委员)?[（(](?![^（）()]*(?:的|故事[）)]))[^（）()]{{1,40}}(?:长|员|师|家|授|任|书记|者|表|席|事|裁|理|官|生|手|人|士|匠)[）)]$"
)


# A paper's commentator, unnamed: 本报评论员, 经济日报评论员, 新华社特约评论员.
COMMENTATOR_RE = re.compile(r"^(?:本报|新华社|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|时报|报))(?:特约)?评论员$")


def parse_byline(text: str) -> tuple[list[str], list[str]] | None:
    """本报记者 齐旭 / ○ 新华社记者 黄玥 董博婷 王明玉 / 作者：张三 / 尹晓东（中国儿童艺术剧院院长）
    -> (reporters or authors, assistants), else None."""
    found = _byline(text.strip())
    return (list(found[0]), list(found[1])) if found else None


def is_reporter_byline(text: str) -> bool:
    """A reporter's byline (本报记者 张 三), not an author's or a speaker's line (张 也（歌唱演员）)."""
    return _reporter_match(text.strip()) is not None


def _reporter_match(t: str) -> re.Match | None:
    """The byline pattern's match on the line read in simplified characters (its names joined: 王 慧 -> 王慧)."""
    m = BYLINE_RE.match(fold_traditional(join_spaced_names(t)))
    return None if m is None or re.search(r"接受|采访", m.group(0)) else m  # …在接受本报记者采访时 is no byline


@lru_cache(maxsize=65536)
def _byline(t: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    # Every stage asks of the same lines whether they are bylines: remember the answers.
    if re.search(r"摄(?:[（(][^）)]*[）)])?$", t):
        return None  # 本报记者 王晓明摄 is a photo credit
    m = _reporter_match(t)
    if m and _ROLE_WORD_RE.search(m.group("role")):
        # read by role, as a dateline's reporters are: 本报通讯员 李四 记者 张三 names the correspondent first
        printed = join_spaced_names(t)  # the names as printed (張三), where the match read them folded (张三)
        reporters, assistants = parse_reporters(printed[m.start("role") : max(m.end("names"), m.end("assist"))])
        return tuple(reporters), tuple(assistants)
    if m:
        assist = re.sub(_ASSIST, " ", m.group("assist") or "")
        return tuple(split_names(m.group("names"))), tuple(split_names(assist))
    if COMMENTATOR_RE.match(t):
        return (), ()
    a = AUTHOR_RE.match(t)
    if a:
        return tuple(split_names(a.group("names") or a.group("name"))), ()
    return None


_NAMES_RE = re.compile(rf"^{PERSONS}$")


def parse_closing_byline(text: str) -> tuple[list[str], list[str]] | None:
    """A brief signed at its end, in brackets: （本报记者 张三） / （记者 张三 通讯员 李四） / （李 恬）."""
    t = text.strip()
    if t[:1] not in "（(" or t[-1:] not in "）)":
        return None
    # （综合本报记者王浩、赵贝佳报道） / （本报记者倪弋整理） / （文漪整理）: who gathered the text signs it
    inner = re.sub(r"(?:整理|报道)$", "", re.sub(r"^综合", "", t[1:-1].strip()))
    if _reporter_match(inner.strip()):
        return parse_byline(inner)
    if _NAMES_RE.match(inner) and not re.search(r"记者|通讯员|社|报|网|台", inner):  # （新华社） credits, it does not sign
        return split_names(inner), []
    return None


def parse_closing(text: str) -> Dateline | None:
    """A closing （新华社北京1月21日电 新华社记者黄玥 董博婷 王玉玉） at the end of a paragraph."""
    t = text.strip()
    m = CLOSING_RE.search(fold_traditional(t))
    if not m or m.group("agency") in ("报", "社"):
        return None
    printed = t[m.start() : m.end()].strip()
    d = Dateline(
        printed=printed[1:-1].split()[0] if printed else printed,
        agency=m.group("agency"),
        place=m.group("place") or None,
        month=cn_number(m.group("month")) if m.group("month") else None,  # （本报东京电）: no date printed
        day=cn_number(m.group("day")) if m.group("day") else None,
    )
    rest = t[m.start("rest") : m.end("rest")].strip()
    if rest:
        d.reporters, d.assistants = parse_reporters(rest if re.match(_ROLE, fold_traditional(rest)) else "记者" + rest)
    d.length = len(m.group(0))
    return d
