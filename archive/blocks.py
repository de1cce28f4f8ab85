"""Stage 4: lines -> blocks (paragraph candidates), reflowing text across column breaks.

Narrow columns break every ~14 characters and, on many pages, blank lines fall mid-sentence, so blank
lines only count where the page shows they are reliable. Paragraph ends are read from the page's own
line-length statistics: a line that ends a sentence and stops short of the column edge ends its paragraph;
a full line ending a sentence ends it when the next line stops short (its indent was lost) and runs on.
A page re-wrapped by count (every running line exactly N characters) is read by that count: any shorter line
ends its paragraph or headline. Datelines, bylines, markdown headings, page furniture and photo credits are
hard breaks. A blank line a column break set inside a sentence runs on where a word runs across it (…是脱 /
贫攻坚…) or where such breaks fall deep in paragraphs again and again.
"""

import collections
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial

from .chars import char_pairs, ends_sentence, han_count, width
from .datelines import CONTINUED_FROM_RE, CONTINUED_TO_RE, PHOTO_CREDIT_RE, parse_byline, parse_closing, parse_dateline
from .labels import BULLETS, CLOSING_NOTE_RE, COMPILED_BY_RE, COMPILED_TAIL_RE, SERIES_NUMBER, is_box_label
from .lines import Line
from .words import word_spans_junction

MD_HEADING_RE = re.compile(r"^(#{1,6})(?:\s+|$)(.*)$")  # a space after the marks, as markdown has it (4 / #海上风电场: a number sign)
# Section labels and running heads printed on pages: page furniture, never articles.
SECTION_LABELS = set(
    "要闻 国内 国际 国内国际 综合 经济 社会 文化 体育 评论 理论 财经 时事 科技 教育 地方 新闻 专版 广告 观点 "
    "政治 法治 民生 生态 健康 副刊 读书 视点 人物 地方新闻 国际新闻 社会新闻 经济新闻 文化新闻 体育新闻 时评 深度 "
    "区域 三农 论坛 要闻·综合 国内·国际".split()
)
RUNNING_HEAD_RE = re.compile(
    # 第3版 / 第3版：要闻 / 第 3 版 / A03版; 2021年3月5日 星期五; 光明日报 2021年3月5日; 人民日报 2020-01-01 第01版;
    # 《 人民日报 》（ 2020年01月01日 01 版）, the source line of a paper's web edition; 本版责编：张 三;
    # 责任编辑：王五; （责编：王五、李六）
    r"^([A-Z]?第?\s*[0-9一二三四五六七八九十]{1,3}\s*版(?:[:：\s]+[\u4e00-\u9fff·]{1,8})?$"
    r"|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*(星期|周)[一二三四五六日天]"
    r"|[\u4e00-\u9fff]{1,7}(?:报|网)\s*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(?:\s*(?:星期|周)[一二三四五六日天])?$"
    r"|[《\s]*[\u4e00-\u9fff]{1,7}报[\s》]*[（(]?\s*[0-9]{4}\s*[年\-./]\s*[0-9]{1,2}\s*[月\-./]\s*[0-9]{1,2}\s*日?"
    r"\s*(?:第?\s*[A-Z]?[0-9]{1,3}\s*版)?\s*[）)]?$"
    r"|[（(]?\s*(本版)?(责任编辑|责编|本版编辑|版面编辑|值班编辑|美编|图片编辑)[:：\s]|[（(]\s*(编辑|校对)[:：])"
)
LATIN_CREDIT_RE = re.compile(r"[A-Z][A-Z.,&' ]{8,}")
# A photo credit standing alone (熊 波摄（人民视觉）, 新华社记者 金皓原 摄): the photo itself was not captured.
_NAME = r"(?:(?:本报|新华社)?记者)?\s*[\u4e00-\u9fff· ]{2,8}?"
LONE_CREDIT_RE = re.compile(
    r"^(?:(?:[\u4e00-\u9fff]{0,6}记者)?\s*[\u4e00-\u9fff· ]{2,12}\s*(?:摄影报道|摄)(?:\s*[（(][^（）()]{1,10}[）)])?"
    # the photographer under a picture agency's name, 摄 left out: 胥 鹏（人民视觉）
    r"|[\u4e00-\u9fff· ]{2,8}[（(](?:人民视觉|影像中国|视觉中国|人民图片)[）)]"
    r"|(?:本版)?(?:制图|版式设计|数据来源|图片来源|绘图|漫画|摄影)[:：].{1,60}"
    r"|(?:新华社|中新社)\s*发(?:\s*[\u4e00-\u9fff]{2,4}\s*摄)?"
    # picture and words credited together: 曹 一图 卜 拉文, 本报记者 吴 君文 新华社记者 程 敏摄, 郭 鹏摄 本报记者 姚雪青文
    rf"|{_NAME}图\s*[/／]?\s*{_NAME}文|{_NAME}文\s*[/／]?\s*{_NAME}(?:摄|图)|{_NAME}摄\s*[/／]?\s*{_NAME}文"
    # a reporter and a correspondent who took the picture together: 本报记者 崔 佳 本报通讯员 周 舸摄影报道
    r"|(?:(?:本报|新华社)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{1,4}(?:\s[\u4e00-\u9fff·]{1,3})?\s*){2,3}(?:摄影报道|摄)"
    # words by a reporter, the picture supplied: 本报记者 徐 伟文 中国国家能源集团国华电力公司供图, …供图 本报记者 林 芮文
    rf"|{_NAME}文\s*[/／]?\s*[^，。；：:]{{2,30}}供图|[^，。；：:]{{2,30}}供图\s*[/／]?\s*{_NAME}文"
    # a supplier or agency standing for the photographer: 上海交响乐团供图, 影像中国, 人民视觉
    r"|[^，。；：:]{2,20}供图(?:[（(][^（）()]{2,8}[）)])?|影像中国|人民视觉|视觉中国|人民图片|资料图片"
    # the page's makers: 版式设计 蔡华伟, 本期统筹：许 诺
    r"|版式设计\s+[\u4e00-\u9fff ]{2,12}"
    r"|(?:本期|本版)?(?:统筹|策划)[:：\s]\s*[\u4e00-\u9fff ]{2,12}(?:\s+(?:制图|版式设计|摄影|绘图)[:：]\s*[\u4e00-\u9fff ]{2,12})*)$"
)
# Lines that stay in the article they follow without being a credit: contact lines (栏目投稿邮箱：…, 传真：…),
# the attribution under a quotation or an editor's note (——@王春华, ——编 者, ——新华网, ——习近平) and a date
# alone under a letter, who compiled the text and where its figures come from. In People's Daily 2020 all of
# them stand inside the publisher's articles, none outside (a name after —— is a subtitle once in 73; of 112
# compiled-by and source lines, 35 end an article and 77 stand inside one).
CLOSING_LINE_RE = re.compile(
    # (a number's label is followed by the number: 电话：“快回来…” is someone's words a column cut)
    r"^(?:(?:栏目)?(?:投稿邮箱|电子邮箱|邮箱|信箱|地址|网址)[:：]|(?:传真|电话|联系电话|邮编)[:：]\s*[0-9０-９(（+]"
    # any short label over an e-mail address alone (电子信箱：rmrbst@126.com, 来稿请寄：…)
    r"|[^，。；]{1,12}[:：]\s*[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$"
    r"|——\s*(?:@.{1,30}|编\s*者|[\u4e00-\u9fff]{2,6}(?:网|报|社|台)|[\u4e00-\u9fff]{2,4})$"
    # the date under a letter or a decision (2020年6月27日), after its issuer on the same line (国务院发展研究中心
    # 2020年6月17日)
    r"|(?:[\u4e00-\u9fff（）()·]{2,30}[ \u3000]+)?[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$"
    # who compiled or reported the text above, and its sources: 本报记者 王 浩整理, 采写：本报记者…, 资料来源：…
    rf"|{COMPILED_BY_RE.pattern[1:-1]}$"
    r"|采写[:：]\s*(?:本报|新华社)?记者|(?:资料来源|内容统筹|图表设计|题图设计)[:：]|图片均?由.{1,20}提供$)"
)
# A footnote's mark alone on its line: （注1）, （注①）, [1].
FOOTNOTE_MARK_RE = re.compile(r"^(?:[（(]注\s*[0-9０-９①-⑳一二三四五六七八九十]{1,3}[）)]|[\[［][0-9０-９]{1,3}[\]］])$")
# Punctuation that Chinese typesetting never puts at the start of a line (closing quotes, stops, commas),
# and a line of dashes alone (the tail of a kicker: 团长黄碧林——).
NO_LINE_START = re.compile(r"^(?:[，。、；：？！”’」』）》〉】]|[—－-]+$)")
CREDIT_END_RE = re.compile(r"((?<!拍)摄|摄[）)]|照片[）)]|图片[）)]|新华社\s*发[）)]?|供图|制图)\s*$")


@dataclass
class Block:
    """A run of lines read as one unit: a paragraph, a headline part, a markdown heading, furniture."""

    kind: str  # text | md_heading | furniture
    lines: list[Line]
    level: int = 0  # markdown heading level (# = 1)
    gaps: list[int] = field(default_factory=list)  # indexes into lines that had a blank line before them
    short: set[int] = field(default_factory=set)  # indexes of lines that stop short of their column
    wide: set[int] = field(default_factory=set)  # indexes of lines wider than their column (larger type)
    caption: bool = False  # part of a photo caption (see caption_regions)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @cached_property
    def text(self) -> str:
        """The block's lines joined, line breaks removed; not yet normalised. Computed once: a block is
        complete when build_blocks returns it (merging makes a new block), and every stage reads its text."""
        return join_lines([l.text for l in self.lines], markdown=self.kind == "md_heading", spaced=[l.spaced_before for l in self.lines])

    def offset(self, k: int) -> int:
        """Offset in raw_text of character k of self.text (len(self.text) maps to the block's end)."""
        pos = 0
        for i, line in enumerate(self.lines):
            t = line.text
            lead = 0
            if self.kind == "md_heading" and i == 0:
                lead = len(t) - len(MD_HEADING_RE.match(t).group(2))
                t = t[lead:]
            if i and self.text[pos : pos + 1] == " " and not t.startswith(" "):
                pos += 1
            if k <= pos + len(t):
                return line.start + lead + max(k - pos, 0)
            pos += len(t)
        return self.end

    def parts(self) -> list[tuple[str, int]]:
        """The block cut at its blank lines and before —— lines: the parts of a headline
        (kicker / title / subtitle), each with the number of lines it was printed on in type larger than
        the body's (1 for a part whose lines fit the body column)."""
        # (not a —— that a wrap cut in two: “豌豆八个— / —”, nor a range a wrap cut before its dash: 50% / —60%)
        dashes = [
            i for i, l in enumerate(self.lines)
            if i and l.text.startswith("—") and l.text.strip("—－- ") and not self.lines[i - 1].text.endswith("—")
            and not re.match(r"—[0-9０-９]", l.text)
        ]
        cuts = sorted(set([0] + self.gaps + dashes + [len(self.lines)]))
        parts = []
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                # A headline line broken short of the column was broken at a phrase: keep a space there.
                texts = [l.text + (" " if a + k in self.short and a + k < b - 1 else "") for k, l in enumerate(self.lines[a:b])]
                # A part counts as wrapped (set in large type) when its first line overran the body column;
                # a markdown heading's first part is read without its marks (# 工信部解读…).
                spaced = [l.spaced_before for l in self.lines[a:b]]
                parts.append((join_lines(texts, markdown=self.kind == "md_heading" and a == 0, spaced=spaced), b - a if a in self.wide else 1))
        return parts


def join_lines(texts: list[str], markdown: bool = False, spaced: list[bool] | None = None) -> str:
    """The lines joined as printed: no break between them, but a space where the text had one (spaced: the
    line had a space before it)."""
    out = ""
    for i, t in enumerate(texts):
        if markdown and i == 0:
            t = MD_HEADING_RE.match(t).group(2)
        if not out:
            sep = ""
        elif spaced and spaced[i] and not out.endswith(" "):
            sep = " "  # 国务院台办主任 / 刘结一: the space a wrap cut at stays
        elif re.search(r"[A-Za-z,.]$", out) and re.match(r"[A-Za-z]", t) and han_count(out[-12:]) == 0 and han_count(t[:12]) == 0:
            sep = " "  # English wraps at spaces; CJK columns wrap mid-word (Tik/Tok): only Latin on both sides gets one
        elif _byline_wrapped(out, t):
            sep = " "  # 本报记者 张三 李四 王五 / 赵六: the names stay apart
        else:
            sep = ""
        out += sep + t
    return out


# A page's number with its section's label, as city and business papers print them: A03, A3 要闻, 03 | 国内, 5版·经济.
PAGE_LABEL_RE = re.compile(r"^(?:[A-Z][0-9]{1,2}|(?P<digits>[0-9]{1,2}))\s*版?\s*[|｜:：·]?\s*(?P<label>\S*)$")


def is_furniture(text: str) -> bool:
    t = text.strip().lstrip("#").strip()
    if t in SECTION_LABELS or RUNNING_HEAD_RE.match(t):
        return True
    page = PAGE_LABEL_RE.match(t)
    if page and (page["label"] in SECTION_LABELS or not page["label"] and not page["digits"]):
        return True  # a bare number (3) may be a list's or a figure's, a lettered one (A03) is a page's
    if not LATIN_CREDIT_RE.search(t):
        return False
    # A stray English credit line (THE STATE COUNCIL INFORMATION OFFICE, P.R.C.) on a Chinese page.
    return len(re.findall(r"[A-Za-z]", t)) >= 12 and han_count(t) <= 10


def is_lone_credit(text: str) -> bool:
    return bool(LONE_CREDIT_RE.match(text.strip()))


def is_closing_line(text: str) -> bool:
    return bool(CLOSING_LINE_RE.match(text.strip()))


def ends_credit(text: str) -> bool:
    return bool(CREDIT_END_RE.search(text))


@dataclass
class PageShape:
    """Line-length statistics of a page: the column width around each line (in printed ems, and in characters,
    since extraction or re-wrapping may cut by count), and whether blank lines are reliable paragraph ends."""

    column: dict[int, float]
    column_chars: dict[int, int]
    blank_reliable: bool
    blank_strict: bool = False  # blank lines never fall mid-paragraph here (even after a full line)
    # blank lines fall anywhere here, as many lines that run on show (a page of a few lines shows nothing)
    blank_scattered: bool = False
    spaced: bool = False  # a blank line after nearly every line: a paragraph or a list entry per line
    dense: bool = False  # long lines and next to no blank lines: a paragraph per line, printed back to back
    unbroken: bool = False  # next to no blank lines at all: line lengths alone tell where paragraphs end
    cut: int = 0  # every running line holds exactly this many characters (text re-wrapped by count), else 0
    indents: bool = False  # the page indents each paragraph's first line (　　据介绍，…): an indent starts one
    # lines run as long as their paragraphs (a crawl's text, one paragraph to a line): the long lines share no
    # common width, as lines cut at a page's measure would
    unwrapped: bool = False
    # the re-wrap cut whole paragraphs, not a narrow page's printed lines (whose remnants stop short after most
    # full lines): a line it left short ends a paragraph or a headline
    cut_whole: bool = False
    # headlines stand straight over their text: short lines that end no sentence run into the next line, no
    # blank line between (a re-wrap leaves short only a paragraph's or headline's last line)
    heads_unspaced: bool = False
    # a blank line follows every line that plainly ends a paragraph (stops short on a sentence's end): a crawl's
    # text, re-wrapped or not, which parts every paragraph and headline so
    ends_spaced: bool = False
    # lines after which a column break set a blank line mid-sentence, deep in a paragraph (see _column_breaks)
    column_breaks: frozenset[int] = frozenset()

    def long(self, line: Line) -> bool:
        return self.column[line.no] > 40

    def full(self, line: Line) -> bool:
        if self.cut and not self.long(line):
            return line.span >= self.cut
        return line.width >= self.column[line.no] - 1.0 or _chars(line) >= self.column_chars[line.no] - 1

    @property
    def blanks_say_nothing(self) -> bool:
        """No blank lines at all, or blank lines anywhere: where a paragraph or a headline ends, they do not say."""
        return self.unbroken or self.blank_scattered

    def short(self, line: Line) -> bool:
        if self.long(line):
            return line.width <= 0.6 * self.column[line.no]
        if self.cut:
            return line.span < self.cut
        return line.width <= self.column[line.no] - 1.5 and _chars(line) <= self.column_chars[line.no] - 2


def _indent_short(line: Line, shape: "PageShape") -> bool:
    """About two ems short of a narrow column: a paragraph's first line that lost its indent."""
    if shape.long(line) or shape.cut:
        return False  # a re-wrap cuts by count: no line of it is short by an indent
    return shape.column_chars[line.no] - 3 <= _chars(line) < shape.column_chars[line.no] - 1


def _chars(line: Line) -> int:
    return len(line.text.replace(" ", ""))


def _local_edge(values: list[float], k: int) -> float:
    window = sorted(values[max(0, k - 10) : k + 11])
    # The column edge: a high percentile, since most lines in a column run full.
    return window[int(len(window) * 0.75)] if len(window) > 2 else values[k]


def _cut_by_count(content: list[Line]) -> int:
    """The character count a re-wrap cut every running line at, or 0 for printed columns. Printed lines run a
    character or two either side of their column (digits, squeezed punctuation): about as many as run exactly
    full. A re-wrap's lines run exactly full but for paragraphs' last lines, at any length short."""
    counts = collections.Counter(l.span for l in content if l.width <= 40)
    if not counts:
        return 0
    mode, n = counts.most_common(1)[0]
    near = counts[mode - 1] + counts[mode + 1]
    return mode if n >= 12 and near <= 0.2 * n else 0


def page_shape(content: list[Line], cut: int = 0) -> PageShape:
    """The page's line-length statistics over content (cut: the count a re-wrap cut its lines at, see
    _cut_by_count)."""
    widths = [l.width for l in content]
    counts = [float(_chars(l)) for l in content]
    column = {l.no: _local_edge(widths, k) for k, l in enumerate(content)}
    column_chars = {l.no: int(_local_edge(counts, k)) for k, l in enumerate(content)}
    shape = PageShape(column, column_chars, False, cut=cut)
    # Blank lines are reliable paragraph separators when they seldom follow a full line that runs on.
    runs_on = [k for k, l in enumerate(content[:-1]) if not ends_sentence(l.text) and shape.full(l)]
    blank_after = [k for k in runs_on if content[k + 1].no > content[k].no + 1]
    rate = len(blank_after) / max(len(runs_on), 1)
    shape.blank_reliable = rate <= 0.15
    shape.blank_strict = rate < 0.02
    shape.blank_scattered = not shape.blank_reliable and len(runs_on) >= 20
    shape.column_breaks = _column_breaks(content, blank_after)
    # A page with a blank line after nearly every line prints a paragraph (or a list entry) per line.
    gaps = sum(b.no > a.no + 1 for a, b in zip(content, content[1:]))
    shape.spaced = gaps >= 0.9 * (len(content) - 1) > 0
    # A crawl that writes one paragraph per line with no blank lines between: most lines far wider than any
    # printed column.
    widths_sorted = sorted(widths)
    shape.unbroken = len(content) >= 4 and gaps <= 0.01 * (len(content) - 1)
    shape.dense = shape.unbroken and widths_sorted[len(widths_sorted) // 2] > 40
    ends = [k for k in range(len(content) - 1) if ends_sentence(content[k].text) and shape.short(content[k])]
    shape.ends_spaced = len(ends) >= 5 and sum(content[k + 1].no > content[k].no + 1 for k in ends) >= 0.95 * len(ends)
    shape.indents = _indents_paragraphs(content)
    shape.unwrapped = _lines_unwrapped(content)
    if cut:
        after_full = _after_full_lines(content, cut)
        shape.cut_whole = sum(content[k].span < cut for k in after_full) < 0.5 * len(after_full)
        shape.heads_unspaced = sum(
            a.span < cut and b.no == a.no + 1 and not ends_sentence(a.text) for a, b in itertools.pairwise(content)
        ) >= 2
    return shape


def _column_breaks(content: list[Line], blank_after: list[int]) -> frozenset[int]:
    """Lines a column break left a blank line after, mid-sentence: a full line that runs on, the third or later
    of its paragraph, which holds a clause's punctuation. One such line may be a paragraph that ends exactly at
    the column without its stop (a lead set under its headline); two or more show the page's columns break."""
    found = []
    for k in blank_after:
        first = k  # the paragraph's first line: the run of lines with no blank line between, up to k
        while first > 0 and content[first - 1].no == content[first].no - 1:
            first -= 1
        run = k - first + 1
        text = "".join(l.text for l in content[first : k + 1])
        if run >= 3 and re.search(r"[，。；]", text) and not re.search(r"[）)》：:]$", content[k].text):
            found.append(content[k].no)
    return frozenset(found) if len(found) >= 2 else frozenset()


def _lines_unwrapped(content: list[Line]) -> bool:
    """Do the page's long lines run as long as their paragraphs? Lines cut at a measure (a PDF's, a wide
    column's) mostly share one width, give or take an em; a crawl's paragraph-long lines spread over any width."""
    long_widths = [round(l.width) for l in content if l.width > 40]
    if len(long_widths) < 5:
        return False
    counts = collections.Counter(long_widths)
    at_measure = max(counts[w - 1] + counts[w] + counts[w + 1] for w in counts)
    return at_measure <= max(2, 0.3 * len(long_widths))


def _indents_paragraphs(content: list[Line]) -> bool:
    """Does the page mark paragraphs by indenting their first lines? Many crawls and extractions keep the
    indent (two ideographic spaces); then indented lines are a good share of the page but not all of it (a page
    indented throughout marks nothing), and they follow a line that ends a sentence or stops short of the column
    (a paragraph's last line, a headline), not one that runs on mid-word."""
    indented = [k for k, l in enumerate(content) if l.indented]
    if len(indented) < 5 or len(indented) > 0.7 * len(content):
        return False
    spans = sorted(l.span for l in content)
    edge = spans[int(len(spans) * 0.75)]
    after_end = sum(k == 0 or ends_sentence(content[k - 1].text) or content[k - 1].span < edge - 2 for k in indented)
    return after_end >= 0.8 * len(indented)


BULLET_RE = re.compile(f"[{BULLETS}]")


def _hard_before(line: Line) -> bool:
    t = line.text
    return bool(
        MD_HEADING_RE.match(t) or parse_dateline(t) or parse_byline(t) or CONTINUED_FROM_RE.match(t) or is_furniture(t)
        or BULLET_RE.match(t)  # ■ / ● items of a summary each start a paragraph
        or is_closing_line(t)
        or is_lone_credit(t)
        or _box_label_line(t)
    )


def _box_label_line(t: str) -> bool:
    """A box label on a line of its own (核心阅读, 相关链接): a paragraph of its own wherever it stands (two-character
    labels such as 数据 are left out: a wrapped paragraph may end on them)."""
    return len(t.strip()) >= 3 and is_box_label(t)


def _hard_after(line: Line) -> bool:
    t = line.text
    return bool(
        MD_HEADING_RE.match(t)
        or _box_label_line(t)
        or parse_byline(t)
        or parse_closing(t)
        or CONTINUED_TO_RE.search(t)
        or ends_credit(t)
        or CONTINUED_FROM_RE.match(t) and len(t) <= 10
        or is_furniture(t)
    )


def caption_regions(content: list[Line]) -> dict[int, int]:
    """Lines of photo captions, by line number -> the caption column's width in characters.

    A caption ends with its credit (新华社发 杭兴微 摄); it is set in its own column, often narrower than the
    body's. Walking back from the credit over lines that fit that column gives the caption; a line wider than
    it, or a short line that runs on (the caption's headline), ends the walk.
    """
    regions: dict[int, int] = {}
    for idx, line in enumerate(content):
        if not (PHOTO_CREDIT_RE.search(line.text) and ends_credit(line.text)):
            continue
        nxt = content[idx + 1] if idx + 1 < len(content) else None
        if nxt is not None and nxt.no == line.no + 1 and nxt.text.startswith(("）", ")")) and line.text.count("（") > line.text.count("）"):
            continue  # （见图，本报记者方莹馨摄 / ），是…: a credit in brackets inside a sentence, the bracket cut by a wrap
        column = max(_chars(l) for l in content[max(0, idx - 3) : idx + 1])
        if column > 40:
            continue  # one paragraph per line: nothing to reflow, the usual rules hold
        members = [idx]
        j = idx - 1
        while j >= 0 and idx - j <= 14 and content[j].no not in regions:  # never into an earlier caption
            l = content[j]
            n = _chars(l)
            # A caption line is at most as wide as the caption column; a much shorter line that runs on is the
            # caption's headline (a paragraph's first line is only an indent shorter).
            if n > column or (not ends_sentence(l.text) and n < 0.7 * column) or _hard_before(l) or _hard_after(l):
                break
            if _caption_title(content, j, column):
                break
            members.append(j)
            j -= 1
        if j >= 0 and idx - j > 14:
            # the walk stopped at its limit, not at the caption's edge: start it where a paragraph starts, not
            # in the middle of one (where every line fits the column, as in re-wrapped text)
            while len(members) > 1 and not ends_sentence(content[members[-1] - 1].text):
                members.pop()
        if len(members) > 1:
            for k in members:
                regions[content[k].no] = column
    return regions


def _caption_title(content: list[Line], j: int, column: int) -> bool:
    """Is line j, met walking back from a caption's credit, the caption's headline? A line with no clause in it,
    ending no sentence, that stands alone between blank lines after a finished paragraph or under a short line
    standing alone that finishes none (the headline's first part: 中职篮复赛第二阶段 / 广东东莞银行队战胜浙江广厦队, the
    title filling the column); or, with no blank lines about, a line short of the column right after a finished
    paragraph (…累也值！”潘丽娟说。 / 雷神山医院里的“艺术长廊” / 3月4日，…)."""
    line = content[j]
    if ends_sentence(line.text) or re.search(r"[，,、；;：:]", line.text):
        return False
    above = content[j - 1] if j else None
    if content[j + 1].no > line.no + 1:  # a blank line under it
        if above is None:
            return True
        if above.no == line.no - 1:
            return False
        if ends_sentence(above.text):
            return True
        return _chars(above) < column - 2 and (j < 2 or content[j - 2].no < above.no - 1)
    return (
        above is not None and above.no == line.no - 1 and ends_sentence(above.text)
        and _chars(line) < column and not line.indented
    )


# A column tag closing a line: （快评）.
_COLUMN_TAG = rf"[（(](?:[^，。；！？,;!?（）()]|{SERIES_NUMBER}){{2,24}}[）)]$"
# A short title closed by a column tag, with no sentence punctuation: 众志成城 顽强奋斗（快评）.
TAGGED_TITLE_RE = re.compile(r"^[^，。；！？,;!?（）()]{2,30}" + _COLUMN_TAG)


# A column tag alone on its line: （人民论坛）, （来信综述·面对疫情）.
# (Not a number or a date in brackets, （一）, （二〇二〇年六月）; numerals inside words stay: （一方有难 八方支援）.)
TAG_LINE_RE = re.compile(
    r"^[（(](?!上接|下转|转|接上|本报|新华社|记者|作者|图|摄|据)(?![〇零一二三四五六七八九十百]+[）)])(?![^）)]*[〇零一二三四五六七八九十]年)"
    r"[^，。；！？,;!?（）()0-9]{2,14}[）)]$"
)


# A whole title on its line, closed by a column tag; it may hold a comma or ask a question (回来了，我的校园（深聚焦）).
TAGGED_LINE_RE = re.compile(r"^[^。；;（）()]{2,30}" + _COLUMN_TAG)


def _tagged_title_line(text: str) -> bool:
    """A whole title closed by a column tag (那一幕，真美（民生观）); not a sentence's first words ending on a bracketed
    place or alias (8月26日，中欧班列（成都）, ● 主题省（自治区、直辖市）)."""
    t = text.replace(" ", "")
    return bool(TAGGED_LINE_RE.match(t)) and not re.match(r"[0-9０-９●■▲◆•]|自?[0-9]+[年月]", t) and "、" not in t[t.rfind("（") :]


# Marks of a sentence or a quotation: a line holding none of them may be a title.
CLAUSE_MARKS = "，。、；：！？,.;:!?“”《》"


def _title_after_closed_story(line: Line, recent: str) -> bool:
    """A line that holds no stop or comma and would fit a title (中德汽车产业创新合作不断深化), straight after a story
    closed on its source (recent: the text of the lines up to it): the next story's title, however full it runs.
    (A paragraph's first line may hold no punctuation either, so a full line alone is no title elsewhere.)"""
    t = line.text.replace(" ", "")
    if not 0 < len(t) <= 30 or re.search(f"[{CLAUSE_MARKS}]", t):
        return False
    tail = recent[: -len(line.text)][-60:]
    return parse_closing(tail) is not None or COMPILED_TAIL_RE.search(tail) is not None


def _lone_full_title(line: Line, before: Line | None, shape: PageShape, around: Callable[[], tuple[str, str]]) -> bool:
    """A full line without a mark, alone between blank lines after a finished paragraph (我国首座跨海公铁两用桥试通车 /
    国庆假期，福建平潭海峡公铁两用大桥试通车。该桥…): a title or heading that fills its column, when the text below takes
    up its words and the text above does not. A paragraph's first line cut by a column break shares its topic with
    the paragraph before it. (Not when it ends on a particle or conjunction that needs a word after it: …工作的 /
    第一年; the caller has ruled out a word running on across the blank line below.)"""
    return (
        shape.full(line)
        and not re.search(r"[的和与及把被从向对在之]$", line.text)
        and before is not None
        and before.no < line.no - 1
        and (ends_sentence(before.text) or _hard_after(before) or before.text.endswith(("）", ")")))
        and not re.search(f"[{CLAUSE_MARKS}（）()]", line.text)
        and _title_by_topic(line, *around())
    )


def _title_by_topic(line: Line, above: str, below: str) -> bool:
    """The text below takes up the line's words (its character pairs recur there) well beyond the text above:
    a title or heading opening what follows. (On rmrb2020 pages re-wrapped with column breaks, 989 of the 1,070
    lone full lines this holds for are titles, headings or whole paragraphs.)"""
    pairs = char_pairs(line.text)
    return sum(p in below for p in pairs) >= 2 * sum(p in above for p in pairs) + 3


def _text_around(content: list[Line], k: int) -> tuple[str, str]:
    """The text above line k - 1 and the text from line k on, up to 300 characters each: what a title at
    line k - 1 would close and open."""
    above = "".join(l.text for l in content[max(0, k - 26) : k - 1])[-300:]
    below = "".join(l.text for l in content[k : k + 25])[:300]
    return above, below


def _headline_line(line: Line) -> bool:
    """A short line that ends no sentence, standing alone: a headline."""
    return line.width <= 36 and not ends_sentence(line.text) and not re.search(r"[，,]$", line.text)


# A line ending on these runs on into the next: a comma, an enumeration comma, or a mark that opens what follows.
RUNS_ON_MARKS = ("，", "、", ",", "“", "《", "（")


def paragraph_break(
    a: Line,
    b: Line,
    shape: PageShape,
    recent: str = "",
    captions: dict[int, int] | None = None,
    before: Line | None = None,
    so_far: str = "",
    a_first: bool = True,
    ahead: list[Line] | None = None,
    under_headline: bool = False,
    around: Callable[[], tuple[str, str]] | None = None,
) -> bool:
    """Does a paragraph end between line a and the next line b? (recent: the text of the lines before a;
    before: the line before a; so_far: the paragraph a ends, as built up to here; a_first: a opens that
    paragraph, so it may be short by a lost indent; ahead: the lines after b; under_headline: a's paragraph
    follows a headline, byline, label or heading, a short block without a full stop, or a lead under one;
    around: gives the text above a and the text from b on, read only where a rule needs it)"""
    captions = captions or {}
    if b.no == a.no + 1 and a.text.endswith("摄") and b.text[:1] in "像影氏入制取录政食":
        return False  # …打开摄 / 像头, 周 牧摄 / 影报道: a word the column cut, no photo credit (nor a caption's end)
    # 本报记者 罗艾桦文 许朝平摄 / （人民视觉）: the credit's source after a full line goes on with it (before the
    # caption test: the caption's region ends on the credit's first line)
    if b.no == a.no + 1 and _fills_line(a, shape) and a.text.endswith("摄") and re.match(r"^[（(][^（）()]{1,12}[）)]$", b.text) and (
        is_lone_credit(a.text + b.text)
    ):
        return False
    if (a.no in captions) != (b.no in captions):
        return True  # a caption starts or ends here
    if b.no == a.no + 1 and NO_LINE_START.match(b.text):
        # A line never starts on closing punctuation, whatever the line above reads as: a wrap put a caption's
        # full stop on the next line (（无人机照片） / 。三峡库区…), or cut a sentence that read as a byline
        # (本报记者走进北京、江苏、浙江 / 、河南…)
        return False
    if a.no in captions and not _hard_after(a):
        # Inside a caption, its own column decides: a short line ending a sentence ends a paragraph
        # (and a blank line, where the page's blank lines are reliable).
        short = _chars(a) <= captions[a.no] - 2
        if b.no > a.no + 1 and shape.blank_reliable and (short or ends_sentence(a.text)):
            return True
        return ends_sentence(a.text) and short
    if b.no == a.no + 1 and FOOTNOTE_MARK_RE.match(b.text.strip()) and _fills_line(a, shape):
        return False  # …的价值不可估量。” / （注1）: the note's mark a full line pushed down, still the sentence's
    if b.no == a.no + 1 and b.text.strip() in SECTION_LABELS and shape.full(a) and not ends_sentence(a.text):
        return False  # 习近平结束对缅甸国事访问回到 / 国内: a full line's last word wrapped, not the page's section label
    if shape.cut and b.no == a.no + 1 and shape.full(a) and re.search(r"[A-Za-z]$", a.text) and re.match(r"[A-Za-z]", b.text):
        return False  # a re-wrap cut a Latin word (… TH / E STATE COUNCI / L INFORMATION)
    if MD_HEADING_RE.match(a.text) and b.no == a.no + 1 and shape.full(a) and not shape.long(a) and not _hard_before(b):
        return False  # # 工信部解读2024年工业 / 和信息化发展亮点: a heading a narrow column wrapped goes on
    if b.no == a.no + 1 and _fills_line(a, shape) and is_lone_credit(b.text) and not is_lone_credit(a.text) and (
        is_lone_credit(a.text + " " + b.text) or is_lone_credit(a.text + b.text)
    ):
        return False  # 本报记者 谷业凯文 本报记者 / 雷 声摄: a photo credit the column wrapped goes on
    if b.no == a.no + 1 and _fills_line(a, shape) and re.fullmatch(r"[\u4e00-\u9fff]", b.text) and parse_byline(a.text) and parse_byline(a.text + b.text):
        return False  # 新华社记者 张晓洁 张辛 / 欣: a name the column cut (a name has two characters or more)
    if b.no == a.no + 1 and _fills_line(a, shape) and _byline_wrapped(a.text, b.text):
        return False  # 本报记者 张三 李四 王五 / 赵六: a byline too long for its column goes on
    if before is not None and before.no == a.no - 1 and _byline_wrapped(before.text, a.text):
        return True  # and ends with its last name
    if b.no == a.no + 1 and _source_cut(a, b, shape, a_first):
        return False  # 据新华社北京3月8日电 国际 / 滑联官网消息：…: a wrap cut the source's name, no dateline of its own
    if _hard_after(a) or _hard_before(b):
        return True
    if NO_LINE_START.match(b.text):
        return False  # a line never starts with closing punctuation: a wrap split it from its sentence
    if shape.indents and b.indented:
        return True  # the page indents its paragraphs' first lines, and b is one
    if a_first and b.no == a.no + 1 and a.width <= 30 and "。" not in a.text and TAG_LINE_RE.match(b.text.strip()):
        # “党员必须先上，没有商量！” / （人民论坛）: a title that filled its line, then its column tag wrapped
        # onto the next; the title's ！ ends no paragraph
        return False
    if shape.dense:
        return True  # one paragraph (or headline part) per line
    if shape.long(b) and len(b.text) >= 24 and b.text[:12] in recent:
        return True  # b prints again text seen just above: an extraction repeat starts here
    blank = b.no > a.no + 1
    if blank and shape.spaced and shape.long(a) and "。" not in a.text and before is not None and before.no < a.no - 1 and _headline_line(before):
        # A summary set in bold under the headline, without its full stop (面对疫情，我们需要…跑出战果、成果、效果):
        # a paragraph of its own, where a long line cut by a column break runs on.
        return True
    squeezed = so_far.replace(" ", "")
    if (blank and shape.blank_reliable or shape.blanks_say_nothing) and (
        TAGGED_TITLE_RE.match(squeezed) or a_first and TAGGED_LINE_RE.match(squeezed)
    ):
        # 防汛救灾工作有序有力推进（统筹 / 抓好改革发展稳定各项工作）: a title closed by its column tag, however
        # full its last line runs; on one line it may hold a comma (云赏花，一起试试吧（说道）)
        return True
    if not blank and a_first and shape.heads_unspaced and _tagged_title_line(a.text) and not ends_sentence(b.text) and (
        ends_sentence(recent[: len(recent) - len(a.text)])  # the paragraph before a has ended
    ):
        # 梨园来了扶贫干部（扶贫印记） / 眼下，山东省…: after a finished paragraph, a re-wrapped line that is a whole
        # title closed by its column's tag stands alone, though it fills its line and the text follows unspaced
        return True
    if (blank or shape.blanks_say_nothing) and CLOSING_NOTE_RE.match(squeezed):
        # （本报记者曹玲娟采访 / 整理）: a note closing a piece, whole once its bracket closes
        return True
    if blank and squeezed[:1] in "（(" and (closing := parse_closing(squeezed)) and closing.length == len(squeezed):
        # （本报北京、约翰内斯堡…11月18日电 / 记者龚鸣…朱东君）: a closing dateline on lines of its own ends its
        # paragraph once its bracket closes, however full its last line runs
        return True
    if blank and shape.long(a) and TAGGED_LINE_RE.match(b.text.strip()):
        # 各地读者来信反映，…尤为重要 / 如何防止脱贫人口再返贫？（来信综述）: where lines run as long as their
        # paragraphs, a title closed by its column tag stands alone after a blank line, however a long kicker
        # above it ends (in a narrow column such a line may be a sentence's middle: 思想学习问答》（以下简称《问答》）)
        return True
    if blank and shape.unwrapped and a.width > 40 and (
        a.text.endswith(("：", ":")) or a_first and under_headline and b.width > 40 and not parse_dateline(a.text)
    ):
        # where lines run as long as their paragraphs, a long line before a blank line is a whole paragraph when
        # it leads into a list (…处1万元以上3万元以下的罚款： / （一）…) or is the lead set under the headline
        # without its stop (志愿者们身体力行，…形成人人为我、我为人人的良好社会风尚); elsewhere a page break may
        # cut a paragraph mid-word (…人民群 / 众多元化…)
        return True
    if (
        blank
        and shape.unwrapped
        and a.width > 40
        and not a.text.endswith(RUNS_ON_MARKS + ("：", ":"))
        and not ends_sentence(b.text)
        and ahead
        and ahead[0].no > b.no + 1
        and not word_spans_junction(a.text, b.text)
    ):
        # where lines run as long as their paragraphs, a line alone between blank lines that ends no sentence is
        # a title or a lead set without its stop, not the rest of a paragraph a page break cut (that rest runs on
        # to its stop, …中国企业 / 500强，…): so is the line above, when it ends on no comma (…诠释中非命运共同体的
        # 生动意涵 / 一线抗疫宝贵经验; …宁可备而不用，不可用时无备 / 各级党委和政府要…高高飘扬)
        return True
    if a.width > 36 and re.search(r"[\u4e00-\u9fff]$", a.text) and re.search(r"[，；,;]", a.text):
        return False  # a sentence broken off mid-word (a headline would not hold a comma at this length)
    if (
        shape.cut
        and blank
        and before is not None
        and before.no == a.no - 1
        and shape.full(before)
        and width(squeezed) > 36
        and re.search(r"[\u4e00-\u9fff]$", a.text)
        and re.search(r"[。！？]", squeezed)
        and shape.full(b)
        and not _headline_from(b, ahead or [], shape)
        and (not under_headline or parse_dateline(squeezed))
    ):
        # The same, re-wrapped: the line the wrap cut, not its last piece, is what runs long, past a sentence's
        # end; the text goes on past the blank line in a full line, not in a headline. (Not a lead set
        # under its headline: it may be printed without its full stop, 还将为在华跨国企业创造更多发展空间.)
        return False
    # Only a paragraph's first line is indented; where no blank lines are printed that is the only sign left,
    # elsewhere a line with spaces in it (王 慧) may look as short mid-paragraph.
    # (A subtitle's —— line, or a bracketed line such as a speech's date, is not a paragraph's first line: it
    # stands alone, however near full it runs.)
    standalone = a_first and (a.text.startswith("——") or re.fullmatch(r"[（(][^（）()]+[）)]", a.text.strip()) is not None)
    indent_short = (a_first or not shape.unbroken) and _indent_short(a, shape) and not standalone
    runs_on = not ends_sentence(a.text) and (shape.full(a) or indent_short)
    if blank and shape.spaced and not shape.long(a):
        # One entry per line (a list of names with their posts): a short line ends its entry, full or not;
        # a long paragraph line cut mid-sentence (…2024 / 年，全国…) still runs on.
        return True
    if (
        blank
        and runs_on
        and not shape.long(a)
        and word_spans_junction(a.text, b.text)
        and not is_lone_credit(a.text)
        and not parse_byline(b.text)
        and not (a_first and _title_after_closed_story(a, recent))
    ):
        # A word runs across the blank line (…是脱 / 贫攻坚的主战场): a column break inside a sentence, the text
        # goes on. (In People's Daily 2020 re-wrapped, 5 of 3,703 one-line paragraphs ending exactly at the
        # column do so by chance with the next paragraph; half the blank lines set into a sentence do.)
        return False
    if blank and shape.blank_reliable and a_first and around is not None and _lone_full_title(a, before, shape, around):
        return True
    if blank and shape.blank_reliable and (
        shape.blank_strict and a.no not in shape.column_breaks or not runs_on or a_first and _title_after_closed_story(a, recent)
    ):
        # On this page blank lines fall between paragraphs; where a few fall mid-paragraph, not after a
        # full line that runs on (unless that line is a title under a story closed on its source).
        return True
    if not ends_sentence(a.text):
        if (PHOTO_CREDIT_RE.search(b.text) and shape.short(a)) or (b.width > a.width / 0.7 and blank):
            # A line much shorter than the next cannot be running on into it: a headline over a caption.
            return True
        if shape.full(a) or indent_short or a.text.endswith(RUNS_ON_MARKS):
            return False
        # A short line that runs on: a headline, or text lost in extraction; trust a blank line only
        # where the page's blank lines are reliable, and long lines (one paragraph per line) always.
        # Where no blank lines are printed at all, the short line is a headline; so it is where lines run as long
        # as their paragraphs (a crawl printing a headline straight over its text, no blank line between), and
        # where a re-wrap cut every running line at its count.
        return blank and (shape.blank_reliable or shape.long(a)) or shape.unbroken or shape.long(a) or shape.cut_whole
    if shape.long(a) or shape.long(b) or shape.short(a):
        return True
    if blank and shape.blank_reliable:
        return True
    if shape.ends_spaced and not blank and re.search(r"[。；][”’」』）)]*$", a.text):
        # where every paragraph's end is followed by a blank line, one without it runs on (a headline's part
        # may end on ！, ？ or ——, and the next part stand straight under it; none ends on a full stop)
        return False
    # A full line ending a sentence: the next paragraph's first line lost its indent and stops short, or a
    # headline follows, back to back with the text.
    return shape.short(b) and not ends_sentence(b.text) or _headline_ahead(b, ahead or [], shape)


def _source_cut(a: Line, b: Line, shape: PageShape, a_first: bool) -> bool:
    """b reads as a source's dateline without a date (滑联官网消息：), but only because a full line running on
    above it, inside a paragraph or after a dateline of its own, holds the first part of the name (…国际)."""
    dl = parse_dateline(b.text)
    if dl is None or dl.month is not None or dl.day is not None or not shape.full(a) or ends_sentence(a.text):
        return False
    return not a_first or parse_dateline(a.text) is not None


def _fills_line(line: Line, shape: PageShape) -> bool:
    """Full, the spaces between names counted: a byline or credit (本报记者 张 三 李 四) fills its line with them."""
    return shape.full(line) or line.span >= shape.column_chars[line.no] - 1


def _byline_wrapped(a: str, b: str) -> bool:
    """Is b the rest of the byline a, names only, that its column wrapped (本报记者 张三 李四 王五 / 赵六)?"""
    if len(a) > 40 or len(b) > 12 or not re.fullmatch(r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4})*", b):
        return False  # (a paragraph running on is no byline: spare the byline test its text)
    if not parse_byline(a):
        return False
    return parse_byline(a + " " + b) is not None


def _headline_ahead(b: Line, ahead: list[Line], shape: PageShape) -> bool:
    """Lines from b that stop short of the column without ending a sentence, none ending one before and no
    blank line between: a headline set back to back with the text above (…命案同比下降33.3%。 / 国防部就美指责
    我南海军事演习答 / 记者问). A paragraph never ends but on its closing punctuation, and a headline of up to
    three lines holds no full stop. (Where blank lines part paragraphs, they tell this instead.)"""
    if shape.blank_reliable and not shape.unbroken:
        return False
    return _headline_from(b, ahead, shape)


def _headline_from(b: Line, ahead: list[Line], shape: PageShape) -> bool:
    """Do the lines from b, up to one that stops short, read as a headline (see _headline_ahead)?"""
    stretch = [b, *ahead[:2]]
    for k, line in enumerate(stretch):
        if k and line.no > stretch[k - 1].no + 1 or "。" in line.text or shape.long(line):
            return False
        if not shape.full(line):
            return re.search(r"[\u4e00-\u9fffA-Za-z0-9）)》]$", line.text) is not None and not ends_credit(line.text)
    return False


def _shred_remnants(content: list[Line], cut: int) -> set[int]:
    """Lines that are a re-wrap's remnant of a longer printed line: a page printed in columns of 15 or 16
    characters, re-wrapped to 14, leaves one or two characters after 60-90% of its full lines (a re-wrap of
    whole paragraphs, at most a third even on pages of one-line lists). Returns their
    indexes in content, or nothing where the page is not such a re-wrap (cut: see _cut_by_count)."""
    if not cut:
        return set()
    after_full = _after_full_lines(content, cut)
    remnants = {
        k for k in after_full
        if content[k].span <= 3 and not _hard_before(content[k]) and content[k].text.strip() not in SECTION_LABELS
    }
    return remnants if len(after_full) >= 50 and len(remnants) >= 0.4 * len(after_full) else set()


def _after_full_lines(content: list[Line], cut: int) -> list[int]:
    """Indexes of the lines straight after a line the re-wrap filled to its count (cut)."""
    return [k for k in range(1, len(content)) if content[k].no == content[k - 1].no + 1 and content[k - 1].span == cut]


def _set_large(line: Line, shape: PageShape) -> bool:
    """Wider than its column, as a line of a headline set in type larger than the body's (not one paragraph
    per line)."""
    return not shape.long(line) and (_chars(line) >= shape.column_chars[line.no] + 2 or line.width >= shape.column[line.no] + 1.5)


def _rejoined(a: Line, b: Line) -> Line:
    """The printed line a re-wrap cut into a and its remnant b, for judging where paragraphs end."""
    return Line(b.no, a.start, b.end, a.text + b.text, a.indented, span=a.span + b.span)


def _headline_like(block: Block) -> bool:
    """A short block without a full stop: a headline, byline, label or heading."""
    return len(block.text) <= 40 and "。" not in block.text


def build_blocks(lines: list[Line]) -> list[Block]:
    content = [l for l in lines if not l.blank]
    if not content:
        return []
    # A narrow page re-wrapped narrower is read by its printed lines: each remnant judged with the line it was
    # cut from, and the page's statistics taken over those lines.
    cut = _cut_by_count(content)
    remnants = _shred_remnants(content, cut)
    judged = [_rejoined(content[k - 1], l) if k in remnants else l for k, l in enumerate(content)]
    printed = [x for k, x in enumerate(judged) if k + 1 not in remnants]
    shape = page_shape(printed, cut=0 if remnants else cut)  # the printed lines are no re-wrap's
    for k in remnants:
        shape.column[content[k - 1].no] = shape.column[content[k].no]
        shape.column_chars[content[k - 1].no] = shape.column_chars[content[k].no]
    captions = caption_regions(content)
    blocks: list[Block] = []
    prev = None
    for k, l in enumerate(content):
        md = MD_HEADING_RE.match(l.text)
        recent = "".join(x.text for x in content[max(0, k - 4) : k])
        # (not blocks[-1].text, which is cached once the block is complete)
        so_far = join_lines([x.text for x in blocks[-1].lines]) if blocks and (l.no > prev.no + 1 or shape.blanks_say_nothing) else ""
        a_first = bool(blocks) and len(blocks[-1].lines) == 1
        before = judged[k - 2] if k >= 2 else None
        # (or under a lead set without its stop that stands under one: 志愿服务的参与程度，彰显着…的文明形象 / 志愿者们身体力行，…)
        under_headline = len(blocks) >= 2 and (
            _headline_like(blocks[-2]) or "。" not in blocks[-2].text and len(blocks) >= 3 and _headline_like(blocks[-3])
        )
        ahead = [judged[m] for m in range(k + 1, min(len(content), k + 5)) if m + 1 not in remnants][:2]
        if prev is not None and k in remnants:
            blocks[-1].lines.append(l)  # a remnant goes on the line it was cut from
        elif prev is None or paragraph_break(
            judged[k - 1], l, shape, recent, captions, before, so_far, a_first, ahead, under_headline, partial(_text_around, content, k)
        ):
            kind = "furniture" if is_furniture(l.text) else "md_heading" if md else "text"
            blocks.append(Block(kind, [l], level=len(md.group(1)) if md else 0, caption=l.no in captions))
        else:
            if l.no > prev.no + 1 and (
                not shape.blank_scattered
                or not shape.full(judged[k - 1])
                or _set_large(judged[k - 1], shape) != _set_large(judged[k], shape)
            ):
                # A blank line inside a block may part a headline (kicker / title); not where blank lines fall
                # anywhere and the line above runs full in the same type as the next: there it is the column's,
                # inside a title (“人类历史上最不同寻常的经济 / 发展故事”（外媒看中国）)
                blocks[-1].gaps.append(len(blocks[-1].lines))
            blocks[-1].lines.append(l)
        if k + 1 not in remnants:  # a line cut short by the re-wrap is judged with its remnant, as full
            whole = judged[k]  # for a remnant, the printed line
            if not shape.full(whole):
                blocks[-1].short.add(len(blocks[-1].lines) - 1)
            if _set_large(whole, shape):
                blocks[-1].wide.add(len(blocks[-1].lines) - 1)
        prev = l
    for block in blocks:
        if block.kind != "furniture" and len(block.lines) > 1 and is_furniture(block.text):
            block.kind = "furniture"  # an English credit line a narrow column wrapped (## 国务院新闻办公室 TH / E STATE …)
    return blocks
