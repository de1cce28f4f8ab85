"""Character classes shared by the stages (what counts as CJK, terminal punctuation, width)."""

import re

# Han ideographs (BMP + extension A) and the compatibility block.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width / CJK punctuation and the quotes, dashes and ellipsis Chinese text uses.
CJK_PUNCT = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f\u2014\u2015\u2026\u00b7"
CJK = HAN + CJK_PUNCT

HAN_RE = re.compile(f"[{HAN}]")
# A line ending or starting on an ideograph (no punctuation): where a word may run across a break (…是脱 / 贫攻坚).
HAN_END_RE = re.compile(r"[\u4e00-\u9fff]$")
HAN_START_RE = re.compile(r"^[\u4e00-\u9fff]")
# A person's name as printed: two to four characters, a two-character one often padded to three widths (王 慧).
PERSON = r"[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}"
# Up to four names in a row, set apart by spaces or 、 (张三 李四, 张三、李四).
PERSONS = rf"{PERSON}(?:[ \u3000、]+{PERSON}){{0,3}}"
# A paragraph can end on these (closing quotes/brackets may follow the stop).
TERMINAL = "。！？!?…；;"
CLOSERS = "”’」』）)》"
# A sentence may be followed by a bracketed note that closes the paragraph: …下降9.7%。（相关报道见第二版）
SENTENCE_END_RE = re.compile(f"[{TERMINAL}][{CLOSERS}]*$|。[{CLOSERS}]*[（(][^（）()]{{1,40}}[）)]$|[{TERMINAL}]——$|——$")


def width(s: str) -> float:
    """Printed width in ems: Han characters take a full cell; ASCII and CJK punctuation (which justified
    columns squeeze) about half of one."""
    visible = len(s) - sum(map(str.isspace, s))
    han = len(HAN_RE.findall(s))
    return han + 0.5 * (visible - han)


def ends_sentence(s: str) -> bool:
    return bool(SENTENCE_END_RE.search(s.rstrip()))


def char_pairs(text: str) -> set[str]:
    """The pairs of ideographs that follow one another in text, punctuation and spaces left out: what two
    stretches of text share of their words, without a dictionary."""
    han = "".join(HAN_RE.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def han_count(s: str) -> int:
    return len(HAN_RE.findall(s))


# Traditional forms of the characters datelines, bylines and their places are written with (新華社北京1月21日電（記者
# 張三）, 【大公報訊】): read through this fold, a Hong Kong or Taiwan paper's lead is parsed by the same patterns. One
# character for one, so offsets in the folded text are offsets in the text as printed.
_TRADITIONAL = str.maketrans(
    "電訊記報華導員習聯綜攝實駐約國際廣東門灣臺區網據發經濟時視亞歐爾倫蘭"
    "達紐頓韓與從這為專題濱滬陽漢寧蘇龍慶島遼熱黃盧羅紀團體衛訪問匯環聞",
    "电讯记报华导员习联综摄实驻约国际广东门湾台区网据发经济时视亚欧尔伦兰"
    "达纽顿韩与从这为专题滨沪阳汉宁苏龙庆岛辽热黄卢罗纪团体卫访问汇环闻"
)
_TRADITIONAL_RE = re.compile("[" + "".join(map(chr, _TRADITIONAL)) + "]")


def fold_traditional(text: str) -> str:
    # most pages hold none of these characters: a scan for one costs far less than translating every paragraph
    return text.translate(_TRADITIONAL) if _TRADITIONAL_RE.search(text) else text
