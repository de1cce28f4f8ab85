"""Stage 5: blocks -> articles. Finds where articles start and end, and which headline belongs to which body.

Anchors: datelines (新华社北京1月21日电…), bylines (本报记者 齐旭), continuation marks (（上接1版）), closing
datelines (（新华社北京1月21日电）) and photo credits. Headlines are short blocks that never end a sentence.
Most pages print a headline before its body; some extractions put it after. Which body a headline belongs
to is decided from what it says (shared character pairs with each neighbouring body), not position alone,
and a body with no headline keeps an empty title.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import groupby

from .blocks import Block, ends_credit, is_closing_line, is_lone_credit
from .chars import HAN_RE, ends_sentence, width
from .interleave import rejoin
from .labels import (
    AFTERWORD_TAG_RE,
    ATTRIBUTION_RE,
    AUTHOR_LINE_RE,
    BRIEFS_LABEL_RE,
    BULLETS,
    CAPTION_OPENINGS,
    CLOSING_NOTE_RE,
    COLUMN_TAG_RE,
    COMPILED_BY_RE,
    DATE_LINE_RE,
    DATED_BRACKET_RE,
    EDITOR_NOTE_RE,
    EDITORS_SIGNATURE_RE,
    FIGURE_POINTER_RE,
    FULL_TEXT_FOLLOWS_RE,
    LAYOUT_CREDITS,
    NAME_LINE_RE,
    NUMBERED_HEADING_RE,
    OPENING_SECTION_RE,
    ORDER_NUMBER_RE,
    ORDER_RE,
    POST_WORD_RE,
    PROVENANCE_RE,
    SALUTATION_RE,
    SERIES_KICKER_RE,
    SIGNATURE_RE,
    STORY_LABEL_RE,
    TEXT_CREDITS,
    clause_under_short_title,
    is_box_label,
    is_bulleted,
    is_document_title,
    is_key_points,
    is_question_or_answer,
    is_stress_kicker,
)
from .datelines import (
    AUTHOR_RE,
    CONTINUED_FROM_RE,
    CONTINUED_TO_RE,
    PHOTO_CREDIT_RE,
    Dateline,
    is_reporter_byline,
    parse_byline,
    parse_closing,
    parse_dateline,
)


@dataclass
class Segment:
    heads: list[Block] = field(default_factory=list)  # headline parts (kicker/title/subtitle) and bylines
    body: list[tuple[str, Block]] = field(default_factory=list)  # (paragraph kind, block)
    dateline: Dateline | None = None
    closing: Dateline | None = None
    continued_from: str | None = None
    continued_to: str | None = None
    closed: bool = False
    notes: list[Block] = field(default_factory=list)  # an editor's note waiting for its article
    briefs: bool = False  # a column of news briefs under its label (财经短波): each brief stays inside
    letters: bool = False  # a column of readers' letters under its label (建议), each signed: each stays inside
    notes_text: list[str] = field(default_factory=list)  # what reconstruction noticed, for articles.notes

    @property
    def started(self) -> bool:
        return bool(self.body) or self.dateline is not None or any(parse_byline(b.text) for b in self.heads)

    def body_has_heading(self) -> bool:
        return any(kind == "heading" for kind, _ in self.body)

    def body_has_text(self) -> bool:
        """Running text under way (not only headings, notes or credits)."""
        return any(kind == "body" for kind, _ in self.body)

    def body_text(self, limit: int = 600) -> str:
        return "".join(b.text for _, b in self.body)[:limit]

    def body_text_tail(self, limit: int = 2000) -> str:
        return "".join(b.text for _, b in self.body)[-limit:]

    def open_letters(self) -> None:
        """建议 / 上网课莫忘用电安全 / … / 江苏徐州市 童殿文: a column of letters, titled by its label; the first
        letter's title becomes a heading like the ones to come."""
        self.letters = True
        plain = [h for h in self.heads if h.kind == "text" and not parse_byline(h.text)]
        if len(plain) == 2:
            self.heads.remove(plain[1])
            self.body.insert(0, ("heading", plain[1]))


def is_headline_candidate(block: Block) -> bool:
    t = block.text.strip()
    if block.kind != "text" or not t or CLOSING_NOTE_RE.match(t) or SIGNATURE_RE.match(t) or parse_dateline(t) or CONTINUED_FROM_RE.match(t) or parse_byline(t) or parse_closing(t) or CONTINUED_TO_RE.search(t):
        return False
    tag = COLUMN_TAG_RE.search(t)
    own = t[: tag.start()] if tag else t  # a long column tag (（守初心 担使命…·记者观察）) adds nothing to a title's length
    if PHOTO_CREDIT_RE.search(t) or "。" in t[:-1] or width(own) > 50 or not re.search(r"\w", t) or FIGURE_POINTER_RE.match(t):
        return False  # (a line of dots alone, ……, marks a cut in the text)
    if is_question_or_answer(t):
        return False  # 问：请问…吗？ (no headline in People's Daily 2020 opens so)
    if width(own) > 36 and re.search(r"[，；,;]", t):
        return False  # a sentence fragment; headlines seldom hold a comma, never at this length
    if is_lone_credit(t) or is_closing_line(t) or t.startswith(CAPTION_OPENINGS):
        return False  # photo credits and captions
    if DATE_LINE_RE.match(t):
        return False  # 2月10日, 2020年9月11日于莫斯科: a diary entry's day or where a statement was signed (480 to none)
    if (t.endswith("——") or t.endswith("……") and not re.search(r"[，,]", t)) and width(t) <= 30:
        # a kicker leading into its title: 外交部发言人——; a line trailing off in …… after a comma ends a
        # paragraph instead (这样的故事，时时刻刻都在发生……: 94 such paragraphs against 2 kickers)
        return True
    if tag and (not ends_sentence(t[: tag.start()]) or re.search(r"[！？!?][”’」』]*$", t[: tag.start()])):
        return True  # a title under its column tag, which may ask a question (（乡村振兴 艺术何为？）), or ask one itself
    if ends_sentence(t):
        # A kicker may end with ！ or ？ (连续15年规模全球第一！); a sentence may not pass as a headline.
        return t.endswith(("！", "？", "!", "?")) and width(t) <= 24 and "，" not in t
    if t.endswith(("：", ":")):
        return width(t) <= 8  # a name introducing the title (宋文博：), not a sentence leading into a quote
    return not t.endswith(("，", "、"))


def announces_article(run: list[Block], nxt: Block | None = None) -> bool:
    """Headline evidence strong enough to open an article without a dateline: a kicker or subtitle (two or
    more parts), or a column tag closing the title (（大家手笔）), followed by running text. In-article
    section headings are single lines; a list of names or units is short lines followed by more of them."""
    plain = [b for b in run if b.kind == "text" and not parse_byline(b.text)]
    if plain and is_box_label(plain[0].text):
        return False
    if any(COLUMN_TAG_RE.search(b.text.strip()) for b in plain):
        return True  # a column's tag marks a piece, whatever its clauses (搬得出，稳得住，能致富（现场评论）)
    if any(b.text.count("，") + b.text.count(",") >= 2 for b in plain):
        return False  # a lead sentence set as a section heading, not a title
    parts = sum(len(b.parts()) for b in plain)
    return parts >= 2 and nxt is not None and _running_text(nxt)


def _running_text(block: Block) -> bool:
    """Body text, as below a title: a sentence, or a long line with clause punctuation (a line with none at all
    is more of a list: names, units)."""
    return ends_sentence(block.text) or width(block.text) >= 40 and bool(re.search(r"[，。；！？,]", block.text))


def _list_entry(block: Block) -> bool:
    """An entry of a list (a name with its post, a unit), not a sentence."""
    return not ends_sentence(block.text) and "。" not in block.text


def _lead_line(before: Block, block: Block) -> bool:
    """After a —— subtitle, a clause with a comma is the article's lead line (a pull quote), not more headline."""
    return before.text.startswith("—") and bool(re.search(r"[，,]", block.text)) and width(block.text) >= 12 and not _opens_body(block)


def _in_list(cur: Segment, n: int = 4) -> bool:
    """The current article ends in a list: its last blocks are entries, not sentences."""
    tail = [b for _, b in cur.body[-n:]]
    return len(tail) == n and all(_list_entry(b) for b in tail)


def _list_ahead(blocks: list[Block], j: int, n: int = 8) -> bool:
    """A list goes on below (names with their posts, units): many short blocks and not one sentence among them."""
    ahead = blocks[j : j + n]
    return len(ahead) == n and all(b.kind == "text" and _list_entry(b) and width(b.text) <= 120 for b in ahead)


def _clause_kicker(run: list[Block]) -> bool:
    """A kicker that is a clause (面对疫情，多家企业积极响应号召——) over a title: in People's Daily 2020, 522 such
    kickers of up to 40 ems open articles against 37 inside them (where kickers are names in a series: 某某村第一
    书记某某——); the longer ones that _long_kicker admits open articles too."""
    parts = [p for b in run if b.kind == "text" for p, _ in b.parts()]
    return len(parts) >= 2 and parts[0].endswith("——") and bool(re.search(r"[，,]", parts[0])) and width(parts[0]) <= 100


def _after_news(cur: Segment, run: list[Block]) -> bool:
    """News stories (opened by a dateline) seldom have section headings: in People's Daily 2020, 147 headings
    stand inside dated articles against 888 single-line titles right after one. So after a dated article's
    body, a headline-like line starts the next article (unless it is a box label or continues the topic)."""
    if cur.dateline is None or not cur.body or is_box_label(run[0].text):
        return False
    if any(re.search(r"[，,、]", b.text) for b in run):
        return False  # titles seldom hold a comma (4%); a sentence fragment cut by a column always does
    if len(run) == 1 and any(kind == "body" and FULL_TEXT_FOLLOWS_RE.search(b.text.strip()) for kind, b in cur.body):
        return False  # …作最高人民法院工作报告。摘要如下： the report printed below has one-line section headings
    return not _continues_topic(run, cur) or len(run) > 1


def _unrelated_after_news(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """After a dated story, a headline with clause punctuation (加强对话，为促进人权事业作贡献; 青海高中、中职学校陆续开学)
    that shares next to nothing with the story (at most 10% of its character pairs) and clearly more with the
    text below (20 points more) opens the next article. In People's Daily 2020: 18 against 6."""
    if cur.dateline is None or not cur.body:
        return False
    above, below = _affinities(run, blocks, j, cur)
    return above <= 0.1 and below > above + 0.2


def _apart_from_dated_headline(run: list[Block], cur: Segment) -> bool:
    """A news story (opened by a dateline) with no section heading so far ends at a headline of over six ems
    that shares next to nothing (at most 4% of its character pairs) with the story's own headline, even with a
    comma in it: a story's sections keep its headline's words. In People's Daily 2020 such runs open an
    article 18 times against 3 headings."""
    if cur.dateline is None or not cur.body or not cur.heads or cur.body_has_heading():
        return False
    parts, text = _headline_parts(run), _text(run)
    if not parts or width(parts[0]) <= 6 or len(re.findall(r"[，,]", text)) > 1 or text.endswith(("——", "！", "!")):
        return False  # a line cut from a sentence holds its commas; one ending —— or ！ leads into a quotation
    return headline_affinity(text, _text(cur.heads)) <= 0.04


def _in_series(run: list[Block], blocks: list[Block], at: int, cur: Segment) -> bool:
    """Short kickers ending —— (赤壁—— / 襄阳—— / 红安——) that come in a series head the sections of one
    article: in People's Daily 2020, 859 of 895 such lines inside articles have a sibling; only 148 of 519
    article kickers of that shape share their page with another."""
    first = run[0].text.strip()
    if not SERIES_KICKER_RE.match(first) or not cur.body:
        return False
    before = any(SERIES_KICKER_RE.match(b.text.strip()) for _, b in cur.body)
    ahead = any(SERIES_KICKER_RE.match(b.text.strip()) and is_headline_candidate(b) for b in blocks[at + len(run) : at + len(run) + 60])
    return before or ahead


# Blocks a headline is read from: plain text, or a markdown heading (# 工信部解读…), its marks aside.
HEADLINE_KINDS = ("text", "md_heading")


def _headline_parts(blocks: list[Block]) -> list[str]:
    return [p.strip() for b in blocks if b.kind in HEADLINE_KINDS and not parse_byline(b.text) for p, _ in b.parts()]


def _tagged(blocks: list[Block]) -> bool:
    """A headline with a part closed by a column's tag (（人民时评）): a piece of its own."""
    return any(COLUMN_TAG_RE.search(p) for p in _headline_parts(blocks))


def _heading_groups(cur: Segment) -> list[list[Block]]:
    """The section headings in the current article's body, each as its run of consecutive heading paragraphs."""
    return [[b for _, b in group] for heading, group in groupby(cur.body, key=lambda kb: kb[0] == "heading") if heading]


def _last_section(cur: Segment) -> list[Block]:
    """The last section heading (its consecutive heading paragraphs) in the current article's body."""
    groups = _heading_groups(cur)
    return groups[-1] if groups else []


def _section_like(parts: list[str]) -> bool:
    """Built like a section heading: a short label over a line (a column tag or a —— subtitle marks an
    article's own headline)."""
    return len(parts) >= 2 and width(parts[0]) <= 16 and not any(COLUMN_TAG_RE.search(p) or p.startswith("—") for p in parts)


def _alike(a: list[str], b: list[str]) -> bool:
    """Two headlines of the same build: as many parts, each of about the same length, a short label first
    (一个服务窗口 / 围绕“六稳”“六保”，架起沟通桥梁 and 一个治理抓手 / 不仅集纳意见，更要协调破解难题)."""
    return len(a) == len(b) and _section_like(a) and _section_like(b) and _parts_about_as_long(a, b)


def _parts_about_as_long(a: list[str], b: list[str]) -> bool:
    """Each part of one headline about as long as the same part of the other (within 3 characters, or half)."""
    return all(abs(len(x) - len(y)) <= max(3, max(len(x), len(y)) // 2) for x, y in zip(a, b))


def _sibling_section(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline built like the one over the current undated article's body, or like its last section
    heading, or like one further down before any dateline, is one of its sections: in People's Daily 2020,
    such runs are sections 105 times against 16 articles (those mostly have a long descriptive kicker,
    which the short label first excludes)."""
    if cur.dateline is not None or not cur.body:
        return False
    parts = _headline_parts(run)
    if not _section_like(parts):
        return False
    if _next_report_in_row(run, cur):
        return False
    if _alike(parts, _headline_parts(cur.heads)) or _alike(parts, _headline_parts(_last_section(cur))):
        return True
    return any(_alike(parts, other) for other in _headlines_ahead(blocks, j, 60, undated=True))


def _next_report_in_row(run: list[Block], cur: Segment) -> bool:
    """A headline built like the article's own, after four paragraphs or more with no section heading among
    them, is the next of a row of short reports under headlines of one build (四 川 / 春耕物资配到位, 海 南 / 多举措抓好春耕),
    not a section: a feature's sections come sooner. Voices (…： / title) and pieces signed under their title are
    left to the bundle rules. In People's Daily 2020 such runs open an article 29 times against 9."""
    if len(cur.body) < 4 or cur.body_has_heading() or _signed(run[-1]):
        return False
    parts = _headline_parts(run)
    return not parts[0].endswith(("：", ":")) and _alike(parts, _headline_parts(cur.heads))


def _headlines_ahead(blocks: list[Block], j: int, limit: int, undated: bool = False) -> Iterator[list[str]]:
    """The parts of each headline run from j on, up to the next dateline or byline (within limit blocks);
    undated: leaving out a run straight over a dateline, which heads a dated story of its own (a byline may
    stand under a section's heading)."""
    k = j
    while k < min(len(blocks), j + limit) and not _opens_body(blocks[k]):
        if is_headline_candidate(blocks[k]):
            end = _headline_run(blocks, k)
            if not (undated and end < len(blocks) and parse_dateline(blocks[end].text)):
                yield _headline_parts(blocks[k:end])
            k = end
        else:
            k += 1


def _build(parts: list[str]) -> tuple[tuple[bool, bool, bool], ...]:
    """Each part's shape: a kicker leading in (——$), a subtitle (^——), a quotation (“…”)."""
    return tuple((p.endswith("——"), p.startswith("—"), p.startswith("“") and p.rstrip("！？。!?").endswith("”")) for p in parts)


def _quoted_sibling(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline with a quotation in it, built part for part like the undated article's own or like its last
    section heading, is the next section of a series of voices (武汉市肺科医院放射科医生秦立新—— / “当好火线上的
    ‘侦察兵’” after 宁波北仑人民医院重症监护室护士焦萍—— / “要让他们从我们的眼神中看到希望”; “要站在历史正确的一边” /
    ——开放决心越来越坚定); so is one built like the next headline before any dateline, the first voice of such a
    series, even under a long kicker (在医院、在方舱，他们眉头不皱，奋勇向前—— / “越是危险的地方，我越要冲锋在前”).
    In People's Daily 2020 such runs are sections 352 times against 8."""
    if cur.dateline is not None or not cur.body:
        return False
    parts = _headline_parts(run)
    build = _build(parts)
    if len(parts) < 2 or not any(quoted for _, _, quoted in build):
        return False
    own, last = _headline_parts(cur.heads), _headline_parts(_last_section(cur))
    if any(len(other) >= len(parts) and _build(other[-len(parts):]) == build for other in (own, last)):
        return True
    # or like a headline further down: the first voice of the series
    return any(len(other) == len(parts) and _build(other) == build for other in _headlines_ahead(blocks, j, 80, undated=True))


def _bundle_piece(run: list[Block], cur: Segment) -> bool:
    """A title with its author's line under or over it (把好剧带给更多孩子 / 尹晓东（中国儿童艺术剧院院长）, 湖南会同县
    林 春 / 社区防疫不宜一刀切, or a byline), or an author line alone (——沈开举委员（郑州大学法学院教授）), inside
    an undated article that already holds a piece signed so: the next piece of a bundle (我们的心声, 两会·声音,
    来论), which the publisher keeps as one article. In People's Daily 2020 such runs continue the bundle 200
    times against 8 that open an article; the bundle's first piece, whose author line is the first seen, still
    opens one."""
    if cur.dateline is not None or not cur.body:
        return False
    parts = _headline_parts(cur.heads)
    if len(run) == 2 and _name_line(run[1]) and len(parts) == 1 and _column_label(parts[0]):
        return True  # 来论 / … / 办好民生“关键小事” / 张国庆: the next piece of a column titled by its label
    if not (_signed(run[-1]) or _signed(run[0])):
        return False
    tag = COLUMN_TAG_RE.search(run[0].text.strip()) if len(run) == 1 else None
    if tag and not POST_WORD_RE.search(tag.group(0)):
        return False  # 辣子红了（泥土芬芳）: a title under its column's tag, built like a name over a post that names none
    return any(_signed(b) for b in cur.heads + [b for _, b in cur.body])


def _signed(block: Block) -> bool:
    return bool(AUTHOR_LINE_RE.match(block.text.strip()) or parse_byline(block.text))


def _continues_topic(run: list[Block], cur: Segment) -> bool:
    """A headline-like run that shares the current article's vocabulary is one of its sections; so is an
    untagged kicker/title pair inside a feature (an article whose title carries a column tag, （深聚焦）)."""
    if not cur.body:
        return False
    if any(p.startswith("—") for b in run if b.kind in HEADLINE_KINDS for p, _ in b.parts()):
        return False  # a title with a —— subtitle opens an article, even on the same subject
    tagged = lambda blocks: any(COLUMN_TAG_RE.search(b.text.strip()) for b in blocks if b.kind in HEADLINE_KINDS)  # noqa: E731
    if tagged(run):
        return False  # a title with its own column tag is a piece of its own, whatever its subject
    if tagged(cur.heads) and cur.dateline is None:
        return True
    text = _text(run)
    return headline_affinity(text, cur.body_text_tail(3000)) >= SECTION_AFFINITY


SECTION_AFFINITY = 0.35


def _bigrams(text: str) -> set[str]:
    han = "".join(HAN_RE.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def headline_affinity(headline: str, body: str) -> float:
    """Share of the headline's character pairs that occur in the body."""
    h = _bigrams(headline)
    return len(h & _bigrams(body)) / len(h) if h else 0.0


def _opens_body(block: Block | None) -> bool:
    if block is None:
        return False
    t = block.text
    return bool(parse_dateline(t) or parse_byline(t) or CONTINUED_FROM_RE.match(t))


def _is_caption(block: Block) -> bool:
    return block.caption or bool(PHOTO_CREDIT_RE.search(block.text))


def _photo_named_in_text(block: Block) -> bool:
    """Running text that points at a photo in passing (…游泳馆（见图，本报记者方莹馨摄），…) and goes on well past
    the credit: a body paragraph, not a caption under a photo's headline."""
    m = PHOTO_CREDIT_RE.search(block.text)
    return not block.caption and m is not None and width(block.text[m.end() :]) > 20


def _banner_over_title(cur: Segment, run: list[Block], blocks: list[Block], j: int) -> bool:
    """A title closed by its column's tag straight under another (坚决打赢疫情防控阻击战（来自疫情防控一线的报道） / 我们一定赢（快评）)
    and over running text: the first is the page's banner, the second the title of the piece below; no headline
    carries two tags. In People's Daily 2020 such pairs open the page 11 times, one article's headline once."""
    return _tagged(run) and _tagged(cur.heads) and j < len(blocks) and _running_text(blocks[j])


def _under_own_byline(cur: Segment | None) -> bool:
    """The article so far is its headline closed by a byline, no text yet (and no dateline)."""
    return (
        cur is not None and not cur.body and cur.dateline is None and len(cur.heads) >= 2
        and bool(parse_byline(cur.heads[-1].text)) and not parse_byline(cur.heads[0].text)
    )


def _headline_complete(heads: list[Block]) -> bool:
    """Nothing but a —— subtitle can follow: the title carries a column tag, or stands under a kicker ending
    —— (in People's Daily 2020 a plain line after those two is the body's first section heading 266 times,
    a subtitle 3 times, unless a dateline follows it: see _headline_run)."""
    if COLUMN_TAG_RE.search(heads[-1].text.strip()) or PROVENANCE_RE.match(heads[-1].text.strip()):
        return True  # a column's tag, or a document's provenance (（2019年11月29日…审议批准…发布）), closes the headline
    parts = _headline_parts(heads)
    return len(parts) == 2 and parts[0].endswith("——") and not parts[1].startswith("—")


def _long_kicker(blocks: list[Block], i: int) -> bool:
    """A kicker longer than is_headline_candidate admits alone, over a title and then the body: a speaker
    introducing the title (香港中联办发表声明： / 坚决拥护…), or a clause leading into it (从贫困户到养殖能手，海南省
    文昌市龙楼村朱兴旺—— / 脱贫不返贫 要靠志和勤), or a summary with a comma over a title closed by its column
    tag (全国各地中小学陆续复课，… / 回来了，我的校园（深聚焦）). A line ending ： or —— in running text leads into a quotation
    or a list instead. In People's Daily 2020, 170 kickers ending ： are longer than the names admitted alone,
    and a line of over 30 ems ending —— over a title and running text is a kicker 112 times against 24."""
    t = blocks[i].text.strip()
    if blocks[i].kind != "text" or i + 2 >= len(blocks) or _opens_body(blocks[i]):
        return False  # 央视网消息（新闻联播）： leads into its text, whatever stands under it
    title, after = blocks[i + 1], blocks[i + 2]
    colon = t.endswith(("：", ":")) and width(t) <= 30 and "。" not in t
    dash = t.endswith("——") and not t.endswith("————") and 30 < width(t) <= 100
    deck = (
        not ends_sentence(t) and "，" in t and not t.endswith(("，", "、", "：", ":", "）", ")")) and 36 < width(t) <= 100
        and bool(COLUMN_TAG_RE.search(title.text.strip()))
    )
    if not (colon or dash or deck):
        return False
    if not is_headline_candidate(title) or title.text.strip().endswith(("：", ":", "——")):
        return False
    # under a title closed by its column tag, whatever opens the body may follow (a speaker's line, 核心阅读)
    return _opens_body(after) or _running_text(after) or (dash or deck) and bool(COLUMN_TAG_RE.search(title.text.strip()))


def _long_title(blocks: list[Block], i: int) -> bool:
    """A title longer than is_headline_candidate admits, standing alone between one text's end and the next
    text's dateline (习近平在湖南考察时强调 在推动高质量发展上闯出新路子 谱写新时代中国特色社会主义湖南新篇章 /
    央视网消息（新闻联播）：…) or a document's provenance (…关于2019年…计划的决议 / （2020年5月28日…通过）): no full
    stop, at most one comma, nothing that leads on. A lead summary of that length holds commas (■ 要…，…，…)."""
    t = blocks[i].text.strip()
    if blocks[i].kind != "text" or i + 1 >= len(blocks) or width(t) > 120:
        return False
    if not (_opens_body(blocks[i + 1]) or PROVENANCE_RE.match(blocks[i + 1].text.strip())):
        return False
    if i > 0 and not ends_sentence(blocks[i - 1].text):
        return False  # under a title, a long line is its subtitle (_headline_run takes those)
    if "。" in t or ends_sentence(t) or t.endswith(("，", "、", "：", ":", "——")) or t[:1] in BULLETS + "（(":
        return False  # a note in brackets closes the text above: （本报记者江琳、贺勇…采写）
    if PHOTO_CREDIT_RE.search(t) or t.startswith(CAPTION_OPENINGS):
        return False  # a caption over the next story's dateline, its credit in brackets
    return len(re.findall(r"[，；,;]", t)) <= 1


def _stressed_subtitle(block: Block) -> bool:
    """What a speech or meeting stressed or required (强调后疫情时代联合国应主持公道、厉行法治…), without a full stop,
    under its headline: the subtitle, however long, not the first paragraph."""
    t = block.text.strip()
    return block.kind == "text" and t.startswith(("强调", "要求", "指出")) and "。" not in t and not ends_sentence(t) and width(t) <= 200


def _opens_text(blocks: list[Block], j: int) -> bool:
    """What stands under a headline and opens its text, never more headline: a box label (核心阅读, 人物小传), a
    promulgating order, a bulleted lead line, a salutation (各位代表：). (A first part's heading, 序曲 or 回 信,
    ends the run as its last part: see segment.)"""
    t = blocks[j].text.strip()
    return is_box_label(t) or _order(blocks, j) or is_bulleted(t) or bool(SALUTATION_RE.match(t))


def _order(blocks: list[Block], i: int) -> bool:
    """An order's name over its number (中华人民共和国主席令 / 第四十六号): under a document's title, its text begins."""
    return i + 1 < len(blocks) and bool(ORDER_RE.match(blocks[i].text.strip()) and ORDER_NUMBER_RE.match(blocks[i + 1].text.strip()))


def _agenda_line(block: Block) -> bool:
    """What a meeting did, in clauses set apart by spaces, no punctuation, however long (部署加强无症状感染者管理并开展
    流行病学调查 做好陆地边境防范疫情跨境输入工作 …): a subtitle, never a paragraph."""
    t = block.text.strip()
    return block.kind == "text" and width(t) <= 160 and not re.search(r"[，。；：！？,;:!?（）()]", t) and bool(
        re.search(r"[\u4e00-\u9fff”]\s+[\u4e00-\u9fff“]", t)
    )


def _chaired_subtitle(block: Block) -> bool:
    """A meeting's agenda ending on who chaired or attended it, however long, without a full stop."""
    t = block.text.strip()
    return block.kind == "text" and "。" not in t and width(t) <= 200 and bool(re.search(r"(?:主持|出席)(?:会议|会见|并讲话|并发表讲话)?$", t))


def _headline_run(blocks: list[Block], i: int) -> int:
    """End (exclusive) of the run of headline-like blocks starting at i."""
    n = len(blocks)
    j = i
    if _long_kicker(blocks, i) or _long_title(blocks, i):
        j += 1
    while j < n and j - i < 4 and (
        blocks[j].kind == "md_heading" and not EDITOR_NOTE_RE.match(blocks[j].text.strip()) or is_headline_candidate(blocks[j])
    ) and not (j > i and _opens_text(blocks, j)) and not (j > i and _lead_line(blocks[j - 1], blocks[j])) and not (
        j > i and (_list_ahead(blocks, j) or NUMBERED_HEADING_RE.match(blocks[j].text.strip()))
    ):
        # what opens the text (核心阅读, ■ leads, 各位代表：, a numbered part: （一）) ends the run; so does a lead line
        # after a subtitle
        j += 1
        if _headline_complete(blocks[i:j]) and not (j < n and blocks[j].text.startswith("—")):
            break  # what follows is the article's, but for a —— subtitle
    if j == i + 1 and j + 1 < n and _exclaimed_title(blocks[i], blocks[j]) and (_running_text(blocks[j + 1]) or _opens_body(blocks[j + 1])):
        j += 1  # 浙江桐乡辅警程腾峰深夜救火 / 开“火”车的你，真棒！: the kicker, then a title that cries out
    elif j + 1 < n and blocks[j].kind == "text" and not ends_sentence(blocks[j].text) and _opens_body(blocks[j + 1]) and not (
        j > i and _piece_title_over_speaker(blocks, j)
    ) and (
        width(blocks[j].text) <= 90 or width(blocks[j].text) <= 160 and "；" in blocks[j].text
    ):
        # a long subtitle standing between the headline and the dateline; a meeting's decisions may run to
        # 160 ems, one clause each (部署…；要求…；决定…)
        j += 1
    elif j > i and j + 2 < n and _agenda_line(blocks[j]) and _chaired_subtitle(blocks[j + 1]) and _opens_body(blocks[j + 2]):
        j += 2  # 部署加强…调查 做好…工作 优化…复产 / 王沪宁出席 / 新华社北京4月2日电: what the meeting did, who attended
    elif j > i and j < n and _stressed_subtitle(blocks[j]) and not blocks[j - 1].text.startswith("—"):
        j += 1  # 强调…: what a speaker stressed, under the headline naming the speech
    elif j > i and j < n and blocks[j].kind == "text" and PROVENANCE_RE.match(blocks[j].text.strip()):
        j += 1  # a document's provenance under its title, however many amendments it lists
    elif j > i and j < n and _chaired_subtitle(blocks[j]):
        j += 1  # 审议《…》和《…》中共中央总书记习近平主持会议: what a meeting did and who chaired it
    elif j > i and j + 1 < n and is_headline_candidate(blocks[j]) and not is_box_label(blocks[j].text) and is_box_label(blocks[j + 1].text):
        j += 1  # a subtitle standing between the headline and the box (核心阅读) that opens the body
    return j


def _cries_out(t: str) -> bool:
    """A cry or a question, not a sentence: ends on ！ or ？ (a closing quote after it), with no full stop inside."""
    return "。" not in t and bool(re.search(r"[！？!?][”’」』]?$", t))


def _photographers_credit(t: str) -> bool:
    """A photographer's credit (陈福平摄, 本报记者 贺 勇摄), standing alone or ending its paragraph; not 制图：… or
    版式设计：…, which close a feature, nor …摄影小分队… in running text."""
    return "摄" in t and (is_lone_credit(t) or ends_credit(t))


def _exclaimed_title(kicker: Block, block: Block) -> bool:
    """A short cry or question in two clauses at most (“疫情不退，我们不退！”, 中医治重症，为啥疗效好？) straight under
    a kicker that ends no sentence and carries no column tag: the title, though it holds a comma."""
    k, t = kicker.text.strip(), block.text.strip()
    if kicker.kind != "text" or block.kind != "text" or ends_sentence(k) or COLUMN_TAG_RE.search(k):
        return False
    if width(k) < 12 or re.search(r"[，,]", k) and not k.endswith("——") or re.search(r"\S\s+\S", k):
        # a section's short heading, or one in clauses, or a title in two halves (彰显蓬勃力量 绽放绚丽之花), over a
        # quotation opening the text (采购有代购 / “要买东西的报名，我去街上买！”)
        return False
    return width(t) <= 20 and _cries_out(t) and len(re.findall(r"[，,]", t)) <= 1


def _cried_photo_title(cur: Segment | None, blocks: list[Block], i: int) -> bool:
    """A short cry or question (宝贝，回家！, 坝坝电影，回来了！) after a finished body paragraph or a closing note, over
    running text that a photographer's credit closes within four paragraphs: a photo story's title. A cry inside a
    text reads the same; in People's Daily 2020 none of ~1,070 cries after a body paragraph has such a credit below."""
    t = blocks[i].text.strip()
    if cur is None or not cur.body or blocks[i].kind != "text":
        return False
    closed_on_note = cur.body[-1][0] == "note" and cur.closed
    if not (closed_on_note or _after_finished_paragraph(cur) and width(cur.body[-1][1].text) >= 40):
        return False
    if width(t) > 24 or not _cries_out(t) or len(re.findall(r"[，,]", t)) > 2:
        return False
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "text" or not _running_text(blocks[i + 1]):
        return False
    k = _piece_end(blocks, i + 1, lambda text: is_lone_credit(text) or ends_credit(text), limit=4)
    return k is not None and _photographers_credit(blocks[k].text.strip())


def _piece_title_over_speaker(blocks: list[Block], j: int) -> bool:
    """Under a title closed by its column tag, a line over a speaker's line (统筹推进…工作（两会·声音2020） / 完善治理
    体系 履行首都职责 / 蔡奇代表（北京市委书记）) is the bundle's first piece's title, not the headline's subtitle."""
    if not (_tagged(blocks[j - 1 : j]) and "：" not in blocks[j].text and _speaker_line(blocks[j + 1])):
        return False
    # Over a reporter's byline the line is the subtitle (title, subtitle, byline, as papers print them), unless
    # more pieces follow the same way: 我当记者跑两会（记者连线） / 网络直播带来新变化 / 本报记者 张 洋 / … / 人大代表心里装着人民 /
    # 本报记者 李 四 / …
    return not is_reporter_byline(blocks[j + 1].text) or _bylined_piece_ahead(blocks, j + 2)


def _bylined_piece_ahead(blocks: list[Block], j: int, limit: int = 60) -> bool:
    """Before the next dateline or titled column piece: a headline over a reporter's byline, the next piece of a
    bundle."""
    k, end = j, min(len(blocks), j + limit)
    while k < end:
        t = blocks[k].text.strip()
        if parse_dateline(t) or COLUMN_TAG_RE.search(t):
            return False
        if is_headline_candidate(blocks[k]):
            k = _headline_run(blocks, k)
            if k < len(blocks) and is_reporter_byline(blocks[k].text):
                return True
            continue  # the block ending the run may itself be a dateline: look at it, not past it
        k += 1
    return False


def _speaker_line(block: Block) -> bool:
    """A byline that is no dateline: who speaks or reports (王东峰代表（河北省委书记）, 本报记者 张 三)."""
    return bool(parse_byline(block.text)) and not parse_dateline(block.text)


def _take_speaker_lines(cur: Segment, blocks: list[Block], j: int) -> int:
    """Under a section's heading, its speaker's or reporter's lines (王东峰代表（河北省委书记）) go into the body as
    bylines of that section; returns where the text goes on."""
    while j < len(blocks) and _speaker_line(blocks[j]):
        cur.body.append(("byline", blocks[j]))
        j += 1
    return j


def _credit_ahead(blocks: list[Block], j: int) -> bool:
    """A caption of one or two short paragraphs, then a photo credit standing alone (熊 波摄（人民视觉）); or a photo
    story of up to four paragraphs that its photographer's credit closes (in People's Daily 2020, a one-line headline
    over such a story heads it 118 times and a section once)."""
    for k in range(j, min(j + 5, len(blocks))):
        if k > j and (_is_caption(blocks[k]) or is_lone_credit(blocks[k].text)):
            if blocks[k].text.strip().startswith(TEXT_CREDITS):
                return False  # 数据来源：…, 版式设计：…: they close a text (an advertorial, a feature), not a photo's caption
            if k > j + 2:
                return _photographers_credit(blocks[k].text.strip())
            return sum(width(b.text) for b in blocks[j:k]) < 160 * (k - j)
        if blocks[k].kind != "text" or is_headline_candidate(blocks[k]) or _opens_body(blocks[k]) or CLOSING_NOTE_RE.match(blocks[k].text.strip()):
            return False
    return False


def _first_speaker_under_short_lead(run: list[Block], cur: Segment) -> bool:
    """走近四名抗疫一线的“90后”中医师—— / …, a lead, then 湖北省中西医结合医院范存愈： / “我没有理由退缩”: a run opening
    on a name that ends ：, under an undated headline with a lead too short to be a story of its own, is the first
    of the people the headline announced (in People's Daily 2020, 6 such runs head a section and none an article)."""
    return cur.dateline is None and 0 < len(cur.body) <= 2 and len(run) > 1 and run[0].text.strip().endswith(("：", ":"))


def _starts_article(run: list[Block], blocks: list[Block], i: int, j: int, cur: Segment, after_order: bool) -> bool:
    """Does this headline run open a new article (rather than a section of the current one)?"""
    nxt = blocks[j] if j < len(blocks) else None
    if nxt is None and _in_list(cur):
        return False  # the list's last entries, not a headline printed after its body
    if cur.body and cur.body[-1][0] == "body" and FULL_TEXT_FOLLOWS_RE.search(cur.body[-1][1].text.strip()):
        return False  # 《条例》全文如下。: the document below is printed as part of the report announcing it
    if cur.body and is_box_label(run[0].text):
        return False  # a box inside the article (图片说明：, 链接): in People's Daily 2020, 253 such runs to 1 article
    if cur.body and cur.dateline is None and is_bulleted(run[0].text):
        return False  # ●助力“六稳”“六保”: a bulleted heading marks a section (in People's Daily 2020, 353 to 1)
    if cur.body and cur.dateline is None and AFTERWORD_TAG_RE.search(run[-1].text.strip()):
        return False  # a reporter's notes or an editor's afterword close the story they follow (47 to 13)
    if cur.body and cur.body[-1][0] == "credit" and cur.body[-1][1].text.strip().startswith(LAYOUT_CREDITS):
        return True  # the page's layout credit (版式设计：蔡华伟) closes the feature above, whatever follows
    if nxt is not None and parse_byline(nxt.text) and (
        _sub_story(cur) and not _tagged(run) or _next_piece_under_umbrella(run, cur) or _voice_under_reporter(cur, nxt.text)
    ):
        return False
    if nxt is None or _opens_body(nxt):
        return True  # a dateline or byline follows, or the page ends (a headline after its body)
    if is_stress_kicker(run[0].text):
        return True  # 习近平在宁夏考察时强调: what a leader stressed heads a report (in People's Daily 2020, 478 to none)
    if cur.body and NUMBERED_HEADING_RE.match(run[0].text.strip()):
        return False  # 一、总体要求 / （二）工作原则: a numbered section (in People's Daily 2020, 2,967 to none)
    if _is_caption(nxt) and not _photo_named_in_text(nxt) or _credit_ahead(blocks, j):
        return True  # a photo's headline: its caption, then the credit
    if is_document_title(run[0].text) and _running_text(nxt):
        return True  # 中俄总理第二十五次定期会晤联合公报: a document printed whole is an article of its own (58 to none)
    if cur.body and cur.body[-1][0] == "credit":
        return True  # a credit ends what it credits: in People's Daily 2020, 271 headlines after one open an article, 5 do not
    if any(r.kind == "md_heading" and r.level == 1 for r in run) or STORY_LABEL_RE.match(run[0].text.strip()):
        return True
    if after_order and _describes_above(run, blocks, j, cur):
        return True  # on a page printed headline-after-body, the headline of the text above closes it
    if _quoted_sibling(run, blocks, j, cur):
        return False
    if _first_speaker_under_short_lead(run, cur):
        return False
    if _label_headed_letter(run, blocks, j):
        return True
    if cur.letters and cur.body and cur.body[-1][0] == "note" and _column_label(run[0].text.strip()):
        return True  # after a signed letter, another column's label (预告, 身边事) opens that column
    lead = blocks[j + 1] if is_box_label(nxt.text) and j + 1 < len(blocks) else nxt  # 核心阅读 opens the body below
    if _clause_kicker(run) and _running_text(lead):
        return True
    if any(PROVENANCE_RE.match(p) for p in _headline_parts(run)):
        return True  # a document under its provenance line (in People's Daily 2020, 71 to 4)
    if is_key_points(nxt.text) and not _bundle_piece(run, cur):
        return True  # 核心阅读 opens a feature under its headline: in People's Daily 2020, 186 runs over it head an article, none a section
    if _sibling_section(run, blocks, j, cur) and not _described_shift(run, blocks, j, cur) or _bundle_piece(run, cur):
        return False
    if (
        announces_article(run, lead)
        and not (_continues_topic(run, cur) and not _new_topic(run, blocks, j, cur))
        and not _in_series(run, blocks, i, cur)
        and not _list_ahead(blocks, j)
        and not _next_section_on_topic(run, blocks, j, cur)
    ):
        return True
    return (
        _after_news(cur, run)
        or _signed_piece_after_unsectioned_text(run, blocks, j, cur)
        or _unrelated_after_news(run, blocks, j, cur)
        or _after_column_piece(run, blocks, j, cur)
        or _dated_piece_ahead(run, blocks, j, cur)
        or _topic_shift(run, blocks, j, cur)
        or _headline_shift(run, blocks, j, cur)
        or _own_headline_left_behind(run, blocks, j, cur)
        or _headline_beyond_sections(run, blocks, j, cur)
        or _apart_from_dated_headline(run, cur)
        or _long_story_turns_away(run, blocks, j, cur)
        or _lone_headline_shift(run, blocks, j, cur)
    )


def _text(blocks: list[Block]) -> str:
    return "".join(b.text for b in blocks)


def _text_below(blocks: list[Block], j: int) -> str:
    """The text from j on that a headline there would head (its first blocks, up to 1,500 characters)."""
    return _text(blocks[j : j + 6])[:1500]


def _since_heading(cur: Segment) -> int:
    """Paragraphs since the current article's last section heading (or since its headline)."""
    return next((n for n, (kind, _) in enumerate(reversed(cur.body)) if kind == "heading"), len(cur.body))


def _mean_paragraph(cur: Segment) -> float:
    """The current article's mean paragraph length in characters: prose runs long, lists and interviews short."""
    return sum(len(b.text) for _, b in cur.body) / len(cur.body)


def _topic_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A title over text that the undated article above never speaks of: its headline shares next to
    no character pairs with the text below (at most 4%), nor does its last stretch of text (at most 9% of the
    text below's pairs), while the title speaks of the text below, and the article's current section has run
    over three paragraphs. A section heading of a feature, however far it turns, keeps some of the feature's
    words. A title with a comma is a heading in two clauses. Nor is it a title when the stretch above was just
    speaking of its words (over 26% of its character pairs): 12 sections there against 1 article. In People's
    Daily 2020 such runs open an article 156 times against 37."""
    if cur.dateline is not None or any(re.search(r"[，,]", b.text) for b in run):
        return False
    if _since_heading(cur) <= 3:
        return False
    below, tail = _text_below(blocks, j), cur.body_text_tail(2000)
    if headline_affinity(_text(cur.heads), below) > 0.04 or headline_affinity(below, tail) > 0.09:
        return False
    return headline_affinity(_text(run), below) > 0.09 and headline_affinity(_text(run), tail) <= 0.26


def _next_section_on_topic(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """After a short stretch (at most three paragraphs since the undated article's headline or its last section
    heading), an untagged headline over text that the article's own headline still speaks of (over 10% of its
    character pairs recur below) heads the next section: a lead then voices (代表之声·聚焦“防灾减灾” / 全国人大代表、
    中国科学院院士崔鹏： / 加快灾害监测预警能力建设), a chronicle's months. A title whose words nearly all recur in
    the text below (over 74%) is a story's own. In People's Daily 2020 such runs head sections 76 times
    against 6 articles."""
    if cur.dateline is not None or not cur.body or _tagged(run):
        return False
    if _since_heading(cur) > 3:
        return False
    below = _text_below(blocks, j)
    return headline_affinity(_text(cur.heads), below) > 0.10 and headline_affinity(_text(run), below) <= 0.74


def _headline_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline of several parts (kicker and title, title and subtitle) that is about the text below and not
    about the undated article above: the article's headline shares at most 12% of its character pairs with the
    text below, the article's last 2,000 characters at most 12% of the text below's, the headline at most 38%
    of its own with the article. Only in prose (paragraphs of over 66 characters on average): lists and
    question-and-answer turns change subject from line to line. In People's Daily 2020, 68 such runs open an
    article against 24 section headings."""
    if cur.dateline is not None or not cur.body or len(_headline_parts(run)) < 2:
        return False
    if _mean_paragraph(cur) <= 66:
        return False
    below = _text_below(blocks, j)
    tail = cur.body_text_tail(2000)
    return headline_affinity(_text(cur.heads), below) <= 0.12 and headline_affinity(below, tail) <= 0.12 and headline_affinity(_text(run), tail) <= 0.38


def _own_headline_left_behind(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A long prose article whose own headline still speaks of its last stretch (over 35% of the headline's
    character pairs recur there) is over where a plain headline speaks of the text below it (over 35%) while
    neither that headline nor the stretch above speaks of it (at most 13% and 11%): the text below is another
    story, not a section. In People's Daily 2020 such runs open an article 53 times against 8 headings."""
    if not cur.heads or len(cur.body) <= 12 or any(re.search(r"[，,]", b.text) or COLUMN_TAG_RE.search(b.text.strip()) for b in run):
        return False
    if _mean_paragraph(cur) <= 90:
        return False  # lists and question-and-answer turns change subject from line to line
    heads, below, tail = _text(cur.heads), _text_below(blocks, j), cur.body_text_tail(2000)
    return (
        headline_affinity(heads, tail) > 0.35 and headline_affinity(heads, below) <= 0.13 and headline_affinity(below, tail) <= 0.11
        and headline_affinity(_text(run), below) > 0.35
    )


def _long_story_turns_away(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A long article (over 18 paragraphs) under a headline of over 12 ems is over at a headline (over 8 ems,
    no column tag) over running text that neither its headline (at most 10% of the headline's character
    pairs) nor its last 2,000 characters (at most 7% of the text's pairs) speak of: a feature's section,
    however far it turns, keeps the feature's words. In People's Daily 2020 such runs open an article 33 times
    against 5 headings."""
    heads = _text(cur.heads)
    if len(cur.body) <= 18 or width(heads) <= 12 or width(_text(run)) <= 8 or _tagged(run):
        return False
    if j >= len(blocks) or width(blocks[j].text) <= 18:
        return False
    below = _text_below(blocks, j)
    return headline_affinity(heads, below) <= 0.10 and headline_affinity(below, cur.body_text_tail(2000)) <= 0.07


def _lone_headline_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline with no other of its build ahead (as many parts, the first within 3 ems of its own) before
    the next dateline, over running text (over 42 ems) that neither the article's headline (over 13 ems; at
    most 8% of its character pairs) nor the article's last 2,000 characters (at most 6% of the text's pairs)
    speak of: sections come in series and keep the article's words, so this one heads another story. In
    People's Daily 2020 such runs open an article 36 times against 4 headings."""
    heads, parts = _text(cur.heads), _headline_parts(run)
    if not cur.body or not parts or width(heads) <= 13 or _tagged(run):
        return False
    if j >= len(blocks) or width(blocks[j].text) <= 42 or _mean_paragraph(cur) <= 67:
        return False
    below = _text_below(blocks, j)
    if headline_affinity(heads, below) > 0.08 or headline_affinity(below, cur.body_text_tail(2000)) > 0.06:
        return False
    return not any(len(other) == len(parts) and abs(width(other[0]) - width(parts[0])) <= 3 for other in _headlines_ahead(blocks, j, 40))


def _headline_beyond_sections(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A long prose article (over 16 paragraphs of over 78 characters) whose sections, if any, are headed by
    single lines ends at a headline of two or more parts led by a long line (over 10 ems), more than three
    paragraphs after its last section heading, over text that its last stretch hardly speaks of (at most 17% of
    the text's character pairs): a headline built unlike the article's own sections is another story's. In
    People's Daily 2020 such runs open an article 29 times against 4 headings. So does one that shares next to
    nothing (at most 6% of its pairs) with the article's own headline, in prose of over 92 characters a
    paragraph however short, even on the same subject (14 more found, 1 fewer)."""
    parts = _headline_parts(run)
    if len(parts) < 2 or width(parts[0]) <= 10 or _since_heading(cur) <= 3:
        return False
    mean = _mean_paragraph(cur)
    if len(_headline_parts(_last_section(cur))) > 1 or mean <= 78:
        return False
    if len(cur.body) > 16 and headline_affinity(_text_below(blocks, j), cur.body_text_tail(2000)) <= 0.17:
        return True
    return mean > 92 and bool(cur.heads) and headline_affinity(_text(run), _text(cur.heads)) <= 0.06


def _described_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline built like the feature's sections but led by a kicker that describes (陕西旬阳县双河镇“娘子军”
    义务巡河 / 守护清水门前过), not a label or a name, over text the feature never speaks of: the next article of
    a page of reports. In People's Daily 2020, 36 such runs open an article against 7."""
    parts = _headline_parts(run)
    return bool(parts) and width(parts[0].rstrip("—：:")) >= 10 and _topic_shift(run, blocks, j, cur)


def _dated_piece_ahead(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A one-line title whose text closes on its own source line (（本报柏林3月3日电）) before any other headline
    is a story of its own when it follows a dated story or a piece with no sections: a feature whose closing
    source line covers all its sections has headed an earlier section already. A line ending ： ！ —— leads
    into what follows (各位同事：), and a name over a date signs a letter. In People's Daily 2020 such runs
    open an article 42 times against 5."""
    if not cur.body or len(run) != 1 or len(_headline_parts(run)) != 1 or re.search(r"[：:！!—…]$", run[0].text.strip()):
        return False
    if cur.dateline is None and cur.body_has_heading():
        return False
    k = _piece_end(blocks, j, _closes_on_source)
    return k is not None and k >= j + 2


def _after_column_piece(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A column piece (its title carries a tag: （人民时评）（和音）) that has run some paragraphs with no
    section heading is over when a headline-like run follows that says more about the text below it than
    about the piece: the headline belongs to the body it describes. In People's Daily 2020, such runs open
    an article 302 times against 92 section headings (a run of two or more parts after four paragraphs, or
    one sharing clearly more character pairs with what follows after five). Reportage in short paragraphs (at
    most 78 characters on average) whose own headline still speaks of the text below (over 6% of its
    character pairs) goes on instead: there such runs are sections 29 times against 1 article."""
    if cur.dateline is not None or len(cur.body) < 4 or cur.body_has_heading():
        return False
    if not any(COLUMN_TAG_RE.search(b.text.strip()) for b in cur.heads if b.kind in HEADLINE_KINDS):
        return False
    if _mean_paragraph(cur) <= 78 and headline_affinity(_text(cur.heads), _text_below(blocks, j)) > 0.06:
        return False  # reportage in short paragraphs whose own headline still speaks of the text below: its section
    if len(_headline_parts(run)) >= 2:
        return True
    if re.search(r"[，,]", run[0].text):
        return False  # a one-line heading in two clauses (致富路宽，迎来幸福时光) heads a section: 43 to 6
    above, below = _affinities(run, blocks, j, cur)
    return len(cur.body) >= 5 and below > above + 0.2


def _affinities(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> tuple[float, float]:
    """What the run shares (character pairs) with the current article's recent text, and with the text below it."""
    headline = _text(run)
    return headline_affinity(headline, cur.body_text_tail(2000)), headline_affinity(headline, _text_below(blocks, j))


def _describes_above(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline that shares clearly more with the article above than with the text below (half its character
    pairs more) is that article's own, printed after it; a section heading speaks of the section under it. On
    headline-after pages built from 1,500 People's Daily 2020 pages, article F1 rose from 0.822 to 0.835
    (a margin of 0.3 gave 0.827, 0.7 gave 0.826)."""
    if not cur.body:
        return False
    headline = _text(run)
    return headline_affinity(headline, cur.body_text(1500)) > headline_affinity(headline, _text_below(blocks, j)) + 0.5


def _new_topic(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A kicker and title inside a feature share words with it; one that shares next to none with the feature
    and more with the text below it heads an article of its own (北京西部煤矿陆续关停，老矿区转型为林场 / 挖煤人变成了
    种树人 after a feature on civic culture). In People's Daily 2020: 213 articles against 60 sections."""
    above, below = _affinities(run, blocks, j, cur)
    return above <= 0.1 and below > above + 0.1


def _after_lead(cur: Segment) -> bool:
    """A headline, then a few lead lines (■ summaries, a pull quote), then the dateline: one article.

    In rmrb 2020 a dateline after an article's first paragraphs is its own (97 cases in 3,000 pages): the
    publisher sets the gist or a quotation above the dateline."""
    if not cur.heads or cur.dateline is not None or not cur.body or len(cur.body) > 8:
        return False
    return all(kind == "body" and width(b.text) <= 400 for kind, b in cur.body)


def _sub_story(cur: Segment) -> bool:
    """An undated feature whose body is under way: a headline followed by a byline here is one of its
    reported sub-stories (组合报道: 服贸会探营 / “硬核”科技扎堆亮相 / 本报记者 谷业凯 …), not a new article.
    In People's Daily 2020, 38 of 40 such headline-and-byline runs are inside the publisher's article."""
    if cur.dateline is not None or cur.closed or not cur.body_has_text() or not cur.heads:
        return False  # text with no headline over it (a page's first lines) is no feature gathering reports
    # An article that opened under its own byline is one of a paper that prints a byline over every story:
    # there a headline and byline open the next story, unless sub-stories have begun already or the article
    # is headed by a bundle's label (我们的心声 / 一路播种一路收获 / 张 也（歌唱演员）).
    if not any(parse_byline(h.text) for h in cur.heads) or any(kind == "byline" and is_reporter_byline(b.text) for kind, b in cur.body):
        return True  # (a voice's speaker line, 张 也（歌唱演员）, is no reporter's sub-story: see _voice_under_reporter)
    parts = _headline_parts(cur.heads)
    return len(parts) >= 2 and width(parts[0]) <= 6 and not parts[0].endswith(("——", "：", ":"))


def _next_piece_under_umbrella(run: list[Block], cur: Segment) -> bool:
    """An undated article whose headline is an umbrella title over its first piece's own headline (十三届全国人大常委会
    第二十二次会议审议多部法律草案 / 首次审议野生动物保护法修订草案 / …, then 本报记者 王比学): a headline built like that
    first piece's, over a byline, is the next piece."""
    if cur.dateline is not None or cur.closed or not cur.body_has_text():
        return False
    own, parts = _headline_parts(cur.heads), _headline_parts(run)
    if len(parts) < 2 or len(own) <= len(parts):
        return False  # a piece has a headline of two parts or more; a lone title over a byline opens a story
    first = own[-len(parts) :]
    return _build(first) == _build(parts) and _parts_about_as_long(first, parts)


def _umbrella_only(cur: Segment, n: int) -> None:
    """Leave the umbrella title alone in the headline: the first piece's own headline (its last n parts) and
    byline go to the head of the body, as the next pieces' do."""
    k, taken = len(cur.heads), 0
    while k > 0 and (taken < n or parse_byline(cur.heads[k - 1].text)):
        k -= 1
        if not parse_byline(cur.heads[k].text):
            taken += len(_headline_parts([cur.heads[k]]))
    if taken != n or k == 0:
        return  # the parts do not fall on whole blocks, or nothing would be left over the pieces
    moved = [("byline" if parse_byline(b.text) else "heading", b) for b in cur.heads[k:]]
    cur.heads = cur.heads[:k]
    cur.body[:0] = moved


def _sub_story_byline(cur: Segment | None, text: str) -> bool:
    return (
        cur is not None and bool(parse_byline(text)) and bool(cur.body) and cur.body[-1][0] == "heading"
        and (_sub_story(cur) or _next_piece_under_umbrella(_last_section(cur), cur) or _voice_under_reporter(cur, text))
    )


def _voice_under_reporter(cur: Segment, text: str) -> bool:
    """Under an undated article its reporter signs (我们的心声 / 本报记者 张 三), a piece signed by who speaks in it
    (一路播种一路收获 / 张 也（歌唱演员）) is one of the voices the reporter gathered, not the next story: a paper
    that prints a byline over every story signs the next one with its reporter too."""
    if cur.dateline is not None or cur.closed or not any(is_reporter_byline(h.text) for h in cur.heads):
        return False
    return bool(AUTHOR_RE.match(text.strip())) and not is_reporter_byline(text)


def _signature_after_body(cur: Segment | None, text: str) -> bool:
    """An author's line straight after body text, with no headline over it (——沈开举委员（郑州大学法学院教授）,
    作者：张三): it signs what came before, or names the next speaker of the same article; a story does not open
    on a byline without a headline."""
    return (
        cur is not None and not cur.closed and cur.dateline is None and bool(cur.body) and cur.body[-1][0] == "body"
        and bool(AUTHOR_RE.match(text.strip()))
    )


def _signature_at_page_end(cur: Segment | None, blocks: list[Block], i: int) -> bool:
    """A post and a name on the page's last line, after finished text (华为中国政企金融业务部总经理 刘维明): the
    writer signing the text above, with nothing below for it to head. (Over a headline the same line may open
    the next piece: see _bundle_piece.)"""
    t = blocks[i].text.strip()
    if i != len(blocks) - 1 or t.endswith(("）", ")")) or SIGNATURE_RE.match(t):
        return False  # 图片报道（患难见真情 共同抗疫情）: a label over a lost photo; a letter's place and name sign it anyway
    return _after_finished_paragraph(cur) and bool(AUTHOR_LINE_RE.match(t))


def _after_finished_paragraph(cur: Segment | None) -> bool:
    """The current article's last paragraph is running text that ends a sentence: what follows may close it."""
    return cur is not None and bool(cur.body) and cur.body[-1][0] == "body" and ends_sentence(cur.body[-1][1].text)


def _attribution_after_body(cur: Segment | None, block: Block) -> bool:
    """A line opening on a dash straight after body text (——山东省海阳市纪委书记、监委主任 盖石磊, ——联合国维和行动部
    发言人尼克·伯恩巴克) names who spoke or wrote the words above. A kicker leads into its title with a dash at its
    end, a subtitle follows its title; neither opens on a dash after body text."""
    t = block.text.strip()
    return (
        t.startswith("——") and _after_finished_paragraph(cur) and block.kind == "text"
        and (width(t) <= 60 and bool(ATTRIBUTION_RE.match(t)) or _said_by(t))
    )


def _said_by(t: str) -> bool:
    """——吉林省委书记巴音朝鲁日前在…动员大会上说, ——光大集团党委书记、董事长李晓鹏日前表示: who said the words above,
    where and when, however long, closing on the verb of saying."""
    return width(t) <= 120 and not ends_sentence(t) and "。" not in t and bool(re.search(r"(?:说|表示|指出|强调|认为|介绍)$", t))


def _note_in_brackets(cur: Segment | None, block: Block) -> bool:
    """A line wholly in brackets straight after a finished paragraph ((摘自在…论坛开幕式上的致辞), (照片选自作者作品
    《迎春序曲》)) is a note on that text. Closing datelines, continuation marks, credits and the notes that close a
    piece (（本报记者…采访整理）) are read as such elsewhere."""
    t = block.text.strip()
    if not _after_finished_paragraph(cur) or block.kind != "text" or not re.fullmatch(r"[（(][^（）()]{2,60}[）)]", t):
        return False
    return not (
        parse_closing(t) or CLOSING_NOTE_RE.match(t) or CONTINUED_FROM_RE.match(t) or CONTINUED_TO_RE.search(t) or PHOTO_CREDIT_RE.search(t)
        or FIGURE_POINTER_RE.match(t)
    )


def _closing_cheer(cur: Segment | None, blocks: list[Block], i: int) -> bool:
    """A cheer or wish after finished text (武汉必胜！湖北必胜！中国必胜！, 祝大家新年快乐！) is the text's last line when
    the page ends there or the next story's headline and dateline follow: a kicker ending ！ stands over a title
    and its text, not over a dateline. (Mid-text, such lines are paragraphs anyway: 273 in People's Daily 2020.)"""
    t = blocks[i].text.strip()
    if not _after_finished_paragraph(cur):
        return False
    if blocks[i].kind != "text" or not t.endswith(("！", "!")) or not is_headline_candidate(blocks[i]):
        return False
    if i + 1 == len(blocks):
        return True
    if not is_headline_candidate(blocks[i + 1]):
        return False
    j = _headline_run(blocks, i + 1)
    return j < len(blocks) and parse_dateline(blocks[j].text) is not None


def _closes_on_source(text: str) -> bool:
    """A piece's source on a line of its own: （本报柏林3月3日电）, （据新华社科威特城电 记者王俊鹏）."""
    t = text.strip()
    return t.startswith(("（", "(")) and parse_closing(t) is not None


def _ends_piece(text: str) -> bool:
    """The line that ends a piece of a column: its writer's place and name (江苏徐州市 童殿文), or its source on a
    line of its own."""
    return bool(SIGNATURE_RE.match(text.strip())) or _closes_on_source(text)


def _piece_end(blocks: list[Block], start: int, ends: Callable[[str], object], limit: int = 40) -> int | None:
    """Where the piece of text from start on ends, on a line that ends(text) accepts, if it does before any
    headline, dateline or byline."""
    for k in range(start, min(start + limit, len(blocks))):
        if ends(blocks[k].text.strip()):
            return k
        if blocks[k].kind != "text" or is_headline_candidate(blocks[k]) and not _pull_quote(blocks, k, start) or _opens_body(blocks[k]):
            return None
    return None


def _pull_quote(blocks: list[Block], k: int, start: int) -> bool:
    """The piece's opening words set large under its title (在实际工作中，始终坚持问题导向、目标导向…): a clause
    with a comma, first in the piece, over its running text."""
    return k == start and "，" in blocks[k].text and width(blocks[k].text) >= 20 and k + 1 < len(blocks) and _running_text(blocks[k + 1])


def _signed_ahead(blocks: list[Block], j: int, ends: Callable[[str], object] = _ends_piece) -> bool:
    """A letter's text follows, ending on its writer's place and name (or on what ends accepts) before any other
    headline or dateline."""
    k = _piece_end(blocks, j, ends, limit=12)
    return k is not None and k > j


def _note_kind(text: str) -> str | None:
    """What a closing note says of the piece above it: compiled from an interview (（本报记者付文采访整理）),
    written by (（作者为…）), or signed by a reader (重庆巴南区 赵正荣)."""
    t = text.strip()
    if SIGNATURE_RE.match(t):
        return "signature"
    if COMPILED_BY_RE.match(t):
        return "compiled"
    if not CLOSING_NOTE_RE.match(t):
        return None
    return "compiled" if "整理" in t else "author" if "作者为" in t else None


def _next_series_piece(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """After an undated piece closed by its note, a box label (图片说明：) is still the article's; so is a title
    without a column tag whose text ends on a note of the same kind: the next piece of a series the publisher
    keeps as one article (对话6位驻村干部, each piece （本报记者…采访整理）; 患难见真情 共同抗疫情, each （作者为…）;
    readers' letters, each signed with place and name).
    In People's Daily 2020 such runs continue the article 348 times against 31."""
    last = next(((kind, b) for kind, b in reversed(cur.body) if kind != "credit"), None)  # a layout credit aside
    if cur.dateline is not None or last is None or last[0] != "note":
        return False
    if is_box_label(run[0].text):
        return True
    kind = _note_kind(last[1].text)
    if kind is None or _tagged(run):
        return False
    if kind != "compiled" and _tagged(cur.heads) and not _piece_under_name(run, cur):
        return False  # tagged commentaries (人民要论, 新论) and letters (反馈) stand alone, each signed
    if kind == "signature" and not _next_letter(run):
        return False  # a column's label (建议, 身边事) opens the next column
    while j < len(blocks) and parse_byline(blocks[j].text):
        j += 1  # the speaker's line under the title (王东峰代表（河北省委书记）)
    k = _piece_end(blocks, j, _note_kind)
    return k is not None and k > j and _note_kind(blocks[k].text) == kind


def _signed_piece_after_unsectioned_text(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A one-line title after an undated text of three paragraphs or more that has no section headings, over a
    piece that its author's note (（作者为…）) closes before any other headline: a signed article of its own. A
    text divided into sections has some before its last; in People's Daily 2020, such a title after a text
    without them opens an article 219 times and heads a section 6 times."""
    if cur.dateline is not None or cur.closed or len(run) != 1 or cur.body_has_heading() or run[0].text.strip().endswith(("：", ":")):
        return False  # (注： leads into a note on the text above)
    if sum(kind == "body" for kind, _ in cur.body) < 3 or cur.body[-1][0] != "body" or not ends_sentence(cur.body[-1][1].text):
        return False
    k = _piece_end(blocks, j, lambda t: _note_kind(t) == "author")
    return k is not None and k > j


def _piece_under_name(run: list[Block], cur: Segment) -> bool:
    """A title over its writer's bare name (亟待供给侧发力 / 车 宁) in a tagged article whose first piece was headed
    the same way (顺应消费新趋势 / 邹一南): the next contribution to a forum (大家谈), not a commentary of its own."""
    return len(run) >= 2 and _name_line(run[-1]) and any(kind == "heading" and _name_line(b) for kind, b in cur.body)


def _closed_dateless(text: str) -> bool:
    """Ends on its source without a date: （本报东京电）, （本报柏林电 记者李强）."""
    closing = parse_closing(text)
    return closing is not None and closing.month is None


def _next_dispatch(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A roundup of correspondents' reports under one headline (为保就业，各国采取了哪些措施 / 西班牙 / 扩大职业教育
    加强技能认证 / 本报驻西班牙记者 姜 波 / … / （本报马德里电）): each report closes on its source without a date,
    and the next one, a label and title over a byline, closes the same way. In People's Daily 2020 such runs
    continue the roundup 116 times against none."""
    if cur.dateline is not None or not cur.body or not _closed_dateless(cur.body[-1][1].text):
        return False
    if _tagged(run) or j >= len(blocks) or not parse_byline(blocks[j].text):
        return False
    return _piece_end(blocks, j + 1, _closed_dateless) is not None


def _after_closing_note(cur: Segment, block: Block) -> bool:
    """Text with no headline of its own after an undated piece closed by its note (（李博采访整理）) is still the
    article's: the speaker's short biography, a box. (A new story would have a headline or a dateline.)
    In People's Daily 2020 such text belongs to the article above 40 times against 4. So does a note in brackets
    straight after any closed text: where more of it is printed (（相关报道见第六版）), that a series ends."""
    if CLOSING_NOTE_RE.match(block.text.strip()) and cur.body_has_text():
        return True
    if cur.dateline is not None or not cur.body or cur.body[-1][0] != "note" or _is_caption(block):
        return False
    return any(kind == "body" for kind, _ in cur.body[:-1])  # a note under the headline ((第一号)) closes nothing


def _photo_story_lead(cur: Segment) -> bool:
    """An undated headline over one short paragraph (侗寨晒秋 / 位于贵州省…的增冲村，历史悠久、风光秀丽…): the lead of a
    photo story, whose caption comes next, not a text article of its own."""
    return bool(cur.heads) and cur.dateline is None and len(cur.body) == 1 and cur.body[0][0] == "body" and width(cur.body[0][1].text) <= 120


def _bracket_under_headline(cur: Segment, text: str) -> bool:
    """A bracketed line straight under an undated headline ((第一号)) is its subtitle: it closes nothing, though
    it reads like a closing note."""
    t = text.strip()
    return bool(cur.heads) and not cur.body and cur.dateline is None and t.startswith(("（", "(")) and bool(CLOSING_NOTE_RE.match(t)) and not parse_closing(t)


def _same_subject(cur: Segment, blocks: list[Block], i: int) -> bool:
    """A dateline with no headline over it, after an article's body, whose text takes up what the article's
    headline says: a roundup's next report (多地推动知识产权保护与发展: 本报上海…电, then 本报沈阳…电 …). A story
    on another subject is one whose headline is missing, and stands alone. In People's Daily 2020, 76 such
    datelines continue the article against 5."""
    if not cur.body or cur.continued_to:
        return False
    headline = "".join(_headline_parts(cur.heads))
    if not headline:
        return False
    dl, own = parse_dateline(blocks[i].text), cur.dateline
    if dl and own and dl.place and own.place and dl.place != own.place and dl.place in headline and own.place in headline:
        return True  # 香港、澳门举办丰富多彩的活动: 本报香港…电, then 本报澳门…电, each place the headline names
    return headline_affinity(headline, _text(blocks[i : i + 3])[:600]) >= 0.3


def _dotted_label(block: Block) -> bool:
    """A column's label joined by a dot to its theme (议政建言·聚焦基层治理, 百姓关注·健康文明新风尚, 来论·春运): over
    another headline, it titles the column and the headline under it heads the column's first piece. In People's
    Daily 2020, 60 such lines are a title with nothing else, against 1 kicker. (A name with a dot over a dateline
    is a speaker's: 艾力更·依明巴海强调.)"""
    t = block.text.strip()
    return block.kind == "text" and len(block.parts()) == 1 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,10}", t))


def _label_over_signed_piece(run: list[Block]) -> bool:
    """A column's short label over its first piece's title and writer (来论 / 为战“疫”注入必胜信心 / 江西南昌 杨铭鸣,
    or a bare name: 来论 / 用真情传承医者仁心 / 何 娟):
    the column is the article, titled by its label, and each piece's title and writer head a section, as the
    next pieces' will (see _bundle_piece). In People's Daily 2020 the publisher titles all 16 such columns by
    their label."""
    return len(run) == 3 and (_signed(run[2]) and not parse_byline(run[2].text) or _name_line(run[2])) and _column_label(run[0].text.strip())


def _name_line(block: Block) -> bool:
    """A writer's name alone on its line (何 娟, 郑少忠)."""
    return bool(NAME_LINE_RE.match(block.text.strip()))


def _next_sourced_brief(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """In a column of briefs, each closed on its source (（据新华社伦敦电 记者张家伟）), a plain one-line title after
    that source heads the next brief, when its text closes the same way within a few paragraphs."""
    parts = _headline_parts(run)
    if not (cur.body and _closes_on_source(cur.body[-1][1].text) and len(parts) == 1 and not COLUMN_TAG_RE.search(parts[0])):
        return False
    return _piece_end(blocks, j, _closes_on_source, limit=6) is not None


def _label_headed_letter(run: list[Block], blocks: list[Block], j: int) -> bool:
    """A column's short label over a letter's title, the letter signed with place and name (建议 / 消毒用品要妥善存放 /
    … / 江苏南通市 杨汉祥): a column of letters opens, whatever the feature above it spoke of."""
    parts = _headline_parts(run)
    return len(parts) == 2 and _column_label(parts[0]) and _next_letter(run[1:]) and _signed_ahead(blocks, j, SIGNATURE_RE.match)


def _brief_dateline(text: str) -> bool:
    """A brief opens on a dateline without place or date (本报电, 据新华社电); a full one (本报北京1月5日电) opens a
    news story of its own after the column."""
    dl = parse_dateline(text)
    return dl is not None and dl.month is None


def _bare_lead(text: str) -> bool:
    """A lead standing alone on its line (央视网消息（新闻联播）：): what follows it, even a title, is its text."""
    dl = parse_dateline(text)
    return dl is not None and dl.length >= len(text.strip())


def _label_headed(cur: Segment) -> bool:
    """Headed by a column's short label over the first piece's title (建议 / 上网课莫忘用电安全)."""
    parts = _headline_parts(cur.heads)
    return len(parts) == 2 and _column_label(parts[0])


def _column_label(text: str) -> bool:
    """A column's short label: up to five ems, no punctuation (建议, 来论, 身边事)."""
    return width(text) <= 5 and not re.search(r"[，。：:、——（）()！？]", text)


def _next_letter(run: list[Block]) -> bool:
    """A plain title (not a column's label, not a tagged piece of its own: 网上招聘遇骗局（身边事）)."""
    parts = _headline_parts(run)
    return len(parts) == 1 and width(parts[0]) > 5 and not COLUMN_TAG_RE.search(parts[0])


def _next_item(cur: Segment, dl, text: str) -> bool:
    """王毅分别同…通电话: items of one article, each with its dateline, opening alike (1月4日，国务委员兼外长王毅应约同…)."""
    if cur.dateline is None or not cur.body:
        return False
    first = next((b.text for kind, b in cur.body if kind == "body" and parse_dateline(b.text)), None)
    if first is None:
        return False
    a, b = _bigrams(text[dl.length : dl.length + 20]), _bigrams(first[cur.dateline.length : cur.dateline.length + 20])
    return bool(a) and len(a & b) / len(a) >= 0.5


def segment(blocks: list[Block]) -> list[Segment]:
    """The page's articles. A page printed headline-after-body (it opens on text with no headline over it and
    ends on a headline with no text under it) is read a second time with that order in mind."""
    segs = _segment(blocks, after_order=False)
    after_order = printed_headlines_after(segs)
    if after_order:
        segs = _segment(blocks, after_order=True)
        _opening_lines_into_text(segs[0])
    segs = reassign_headlines(segs, after_order)
    rejoin(segs)
    return segs


def _headlines_tell_text_above(segs: list[Segment]) -> bool:
    """More of the page's headlines share their words with the text above them than with the text below, and at
    least two plainly so (one such headline may be a photo's label or share only a column's words)."""
    above = below = 0
    for prev, seg in zip(segs, segs[1:]):
        heads = [h for h in seg.heads if not parse_byline(h.text)]
        if not heads or not prev.body or not seg.body:
            continue
        headline = "".join(h.text for h in heads)
        before, own = headline_affinity(headline, prev.body_text(1500)), headline_affinity(headline, seg.body_text(1500))
        above += before >= 0.3 and before > own + 0.15
        below += own > before
    return above >= 2 and above > below


def _opening_lines_into_text(seg: Segment) -> None:
    """On a page printed headline-after-body the first text's headline stands after it, so short lines over it
    (【绝活看点】, a first section's heading) are its own headings and bylines, not a headline."""
    seg.body[:0] = [("byline" if parse_byline(h.text) else "heading", h) for h in seg.heads]
    seg.heads = []


def printed_headlines_after(segs: list[Segment]) -> bool:
    """The page opens on body text with no headline and ends on a headline with nothing under it that ends a
    sentence (a long subtitle may pass for text): PDF extraction order, every headline after its body."""
    if not (segs and segs[0].body and segs[-1].heads and _ends_unfinished(segs[-1])):
        return False
    return not segs[0].heads or _headlines_tell_text_above(segs)


def _segment(blocks: list[Block], after_order: bool) -> list[Segment]:
    segs: list[Segment] = []
    cur: Segment | None = None
    n = len(blocks)
    i = 0

    def new() -> Segment:
        nonlocal cur
        cur = Segment()
        segs.append(cur)
        return cur

    while i < n:
        b = blocks[i]
        t = b.text
        if b.kind == "furniture":
            i += 1
            continue
        if b.kind == "md_heading" and EDITOR_NOTE_RE.match(t.strip()):
            # 编者按 and its text introduce the article that follows.
            seg = new()
            i += 1
            while i < n and blocks[i].kind == "text" and not _opens_body(blocks[i]):
                seg.notes.append(blocks[i])
                i += 1
            continue
        if cur is not None and cur.heads and not cur.body and _lead_line(cur.heads[-1], b):
            cur.body.append(("body", b))
            i += 1
            continue
        if cur is not None and is_closing_line(t):
            cur.body.append(("note", b))  # a contact line or an attribution: its article goes on or ends here
            i += 1
            continue
        if cur is not None and cur.heads and not cur.body and DATED_BRACKET_RE.match(t.strip()):
            cur.heads.append(b)  # 抗击新冠肺炎疫情的中国行动 / （2020年6月）: a white paper's month under its title
            i += 1
            continue
        if cur is not None and not cur.closed and (cur.heads or cur.body) and b.kind == "text" and _list_entry(b) and (
            _list_ahead(blocks, i) or _in_list(cur) and (i + 1 == n or _list_entry(blocks[i + 1]))
        ):
            cur.body.append(("body", b))  # an entry of a list (names with their posts, units), one per paragraph
            i += 1
            continue
        if cur is not None and cur.heads and cur.dateline is None and len(cur.body) <= 1 and _order(blocks, i):
            cur.body.extend((("body", b), ("body", blocks[i + 1])))  # the order promulgating the document titled above
            i += 2
            continue
        if _note_in_brackets(cur, b):
            cur.body.append(("note", b))  # （文中部分采访对象为化名）: a note on the text above, no title with a column tag
            cur.closed = not (cur.briefs or cur.letters)  # and, like any note on it, the text's end
            i += 1
            continue
        if _closing_cheer(cur, blocks, i):
            cur.body.append(("body", b))  # 武汉加油！湖北加油！中国加油！: the text's last words, not the next kicker
            i += 1
            continue
        if _signature_at_page_end(cur, blocks, i):
            cur.body.append(("note", b))  # 华为中国政企金融业务部总经理 刘维明: who wrote the text above
            i += 1
            continue
        if _attribution_after_body(cur, b):
            cur.body.append(("note", b))  # ——山东省海阳市纪委书记、监委主任 盖石磊: who spoke the words above
            i += 1
            continue
        if _cried_photo_title(cur, blocks, i):
            new().heads.append(b)  # a photo story's title after the text above
            i += 1
            continue
        if b.kind == "md_heading" or is_headline_candidate(b) or _long_kicker(blocks, i) or _long_title(blocks, i):
            j = _headline_run(blocks, i)
            run = blocks[i:j]
            body_follows = _opens_body(blocks[j] if j < n else None)  # a dateline or byline right under the run
            if cur is not None and cur.briefs and j < n and (_brief_dateline(blocks[j].text) or _next_sourced_brief(run, blocks, j, cur)):
                cur.body.extend(("heading", r) for r in run)  # the next brief's title, over its dateline or after a source
                cur.closed = False
                i = j
                continue
            if cur is not None and cur.letters and cur.body[-1][0] == "note" and _next_letter(run) and _signed_ahead(blocks, j):
                cur.body.extend(("heading", r) for r in run)  # the next letter's title, after the last one's signature
                i = j
                continue
            if cur is not None and cur.notes and not cur.heads and not cur.body:
                cur.heads.extend(run)  # the headline of the article an editor's note introduced
            elif _under_own_byline(cur) and not body_follows:
                # 塞下怀古（跟着唐诗宋词去旅游） / 本报记者 张三 / 渔家傲·秋思: a byline closes the headline above it, so
                # what stands under it heads the article's first section
                cur.body.extend(("heading", r) for r in run)
                j = _take_speaker_lines(cur, blocks, j)
            elif cur is not None and cur.heads and not cur.body and cur.dateline is None and not _banner_over_title(cur, run, blocks, j) and (
                is_bulleted(run[0].text)  # ■ lead summaries under the headline, over the dateline or not
                or bool(NUMBERED_HEADING_RE.match(run[0].text.strip())) and not body_follows  # （一） / 第一大港的硬核力量
                or bool(SALUTATION_RE.match(run[0].text.strip()))
                or len(cur.heads) == 1 and _dotted_label(cur.heads[0]) and not body_follows
                or (_headline_complete(cur.heads) or is_box_label(run[0].text))
                and not (j < n and (parse_dateline(blocks[j].text) or CONTINUED_FROM_RE.match(blocks[j].text)))
            ):
                # The headline is complete, or what opens the text stands under it (a box label, ■ leads, a
                # salutation): the article's first section.
                cur.body.extend(("heading", r) for r in run)
                j = _take_speaker_lines(cur, blocks, j)
            elif cur is not None and cur.body and EDITORS_SIGNATURE_RE.match(cur.body[-1][1].text.strip()) and not _tagged(run):
                # ——编 者: the editors' lead, then the piece it introduces (a piece under its column's tag is an article)
                cur.body.extend(("heading", r) for r in run)
            elif cur is not None and cur.body and _bare_lead(cur.body[0][1].text) and not body_follows:
                # 国内联播快讯 / 央视网消息（新闻联播）： / each item's title and text: one lead for all the items, so
                # only a title over a lead of its own opens the next story
                cur.body.extend(("heading", r) for r in run)
            elif cur is not None and (cur.closed or cur.body and cur.body[-1][0] == "note") and (
                _next_series_piece(run, blocks, j, cur) or _next_dispatch(run, blocks, j, cur)
            ):
                cur.body.extend(("heading", r) for r in run)  # the next piece of a series, or a box of it
                cur.closed = False
                j = _take_speaker_lines(cur, blocks, j)
            elif cur is None or cur.closed or (not cur.started and not cur.body) or _starts_article(run, blocks, i, j, cur, after_order):
                if cur is None or cur.started or cur.heads or cur.closed:
                    new()
                if BRIEFS_LABEL_RE.match(run[0].text.strip()) and len(run) > 1:
                    cur.heads.append(run[0])  # 财经短波 / 第五届中国市场风险管理大会举行: the label, then the first brief
                    cur.body.extend(("heading", r) for r in run[1:])
                    cur.briefs = True
                elif len(run) > 1 and OPENING_SECTION_RE.match(run[-1].text.strip()):
                    cur.heads.extend(run[:-1])  # 酿泉 / 一, 习近平的扶贫故事 / 引 子: the title, then the body's first part
                    cur.body.append(("heading", run[-1]))
                elif _label_over_signed_piece(run) or len(run) > 1 and _dotted_label(run[0]) and not body_follows:
                    cur.heads.append(run[0])  # 来论 / 为战“疫”注入必胜信心 / 江西南昌 杨铭鸣: the column, then its first piece
                    cur.body.extend(("heading", r) for r in run[1:])
                elif all(is_box_label(r.text) for r in run):
                    cur.body.extend(("heading", r) for r in run)  # 核心阅读 opening a body whose headline is elsewhere
                else:
                    cur.heads.extend(run)
            else:
                if j < n and _speaker_line(blocks[j]) and _next_piece_under_umbrella(run, cur):
                    _umbrella_only(cur, len(_headline_parts(run)))
                elif _signed(run[-1]) and cur.heads and _signed(cur.heads[-1]) and not cur.body_has_heading() and _bundle_piece(run, cur):
                    _umbrella_only(cur, len(_headline_parts(run)))  # the bundle's first piece signed under the bundle's title
                cur.body.extend(("heading", r) for r in run)  # a section heading of the current article
            i = j
            continue
        dl = parse_dateline(t)
        if dl or parse_byline(t) or CONTINUED_FROM_RE.match(t):
            if _sub_story_byline(cur, t) or _signature_after_body(cur, t):
                cur.body.append(("byline", b))
                i += 1
                continue
            inside = dl is not None and cur is not None and (
                not cur.closed and (_after_lead(cur) or _next_item(cur, dl, t) or cur.briefs) or _same_subject(cur, blocks, i)
            )
            if not inside and (
                cur is None or cur.closed or cur.body or cur.dateline or (parse_byline(t) and any(parse_byline(h.text) for h in cur.heads))
            ):
                new()
            elif inside and cur.closed:
                cur.closed = False  # a letter closed on its source, then the report of it: the text goes on
            if parse_byline(t):
                cur.heads.append(b)
                i += 1
                continue
            if dl and cur.dateline is None:
                cur.dateline = dl
            m = CONTINUED_FROM_RE.match(t)
            if m:
                cur.continued_from = m.group("mark")
        elif cur is not None and is_lone_credit(t):
            # A photo or graphic credit standing alone belongs to the article it follows, even a closed one.
            cur.body.append(("credit", b))
            i += 1
            continue
        elif cur is None or cur.closed and not _after_closing_note(cur, b):
            new()
        elif cur.closed:
            cur.closed = False  # the article goes on after its piece's note
        elif _is_caption(b) and ends_credit(t) and any(k == "body" for k, _ in cur.body) and not _photo_story_lead(cur):
            # A captioned photo after a text article's body is a photo of its own.
            new()
        if _bracket_under_headline(cur, t):
            cur.heads.append(b)
            i += 1
            continue
        cur.body.append(("caption" if _is_caption(b) else "body", b))
        if CLOSING_NOTE_RE.match(t.strip()) or SIGNATURE_RE.match(t.strip()):
            cur.body[-1] = ("note", b)
            if SIGNATURE_RE.match(t.strip()) and not cur.letters and _label_headed(cur):
                cur.open_letters()
            cur.closed = not (cur.briefs or cur.letters)  # a brief's or a letter's end is not the column's
        closing = parse_closing(t)
        if closing:
            cur.closing = closing
            cur.closed = not cur.letters
        m = CONTINUED_TO_RE.search(t)
        if m:
            cur.continued_to = m.group("mark")
            cur.closed = True
        i += 1
    segs = [s for s in segs if s.body or s.heads or s.notes]
    for s in segs:
        _first_section_under_headline(s)
        _pull_quote_under_title(s)
    return segs


def _one_line_headings(cur: Segment) -> list[str]:
    """The article's section headings that stand on one line alone (a heading of two parts is another build)."""
    return [parts[0] for parts in map(_headline_parts, _heading_groups(cur)) if len(parts) == 1]


def _alike_lines(a: str, b: str) -> bool:
    """Two one-line headings of one build: about as long, in as many clauses."""
    return abs(width(a) - width(b)) <= max(3, max(width(a), width(b)) // 3) and len(re.findall(r"[，,]", a)) == len(re.findall(r"[，,]", b))


def _first_section_under_headline(cur: Segment) -> None:
    """A plain line under the headline, straight over running text, built like the article's own section headings
    (山西运城推动果业优化升级 / 有了“身份证” 苹果涨身价 / 新技术入园，论筐卖变论个卖, then 品牌化助力，水果越销越远 further
    down) heads the first section: it is not the subtitle. Under a headline of two parts the title itself is
    built like the sections, so it takes three. In People's Daily 2020: 20 more articles found, 2 fewer."""
    plain = [h for h in cur.heads if h.kind == "text" and not parse_byline(h.text)]
    if len(plain) < 3 or cur.heads[-1] is not plain[-1] or not cur.body or cur.body[0][0] != "body":
        return
    parts, every = _headline_parts([plain[-1]]), _headline_parts(plain)
    if len(parts) != 1 or len(every) < 3 or every[-2].endswith(("——", "—", "：", ":")):
        return  # under a kicker that leads into it, the line is the title
    line = parts[0]
    if line.startswith("—") or COLUMN_TAG_RE.search(line) or re.match(r"^[（(].*[）)]$", line):
        return
    if any(_alike_lines(line, h) for h in _one_line_headings(cur)):
        cur.heads.pop()
        cur.body.insert(0, ("heading", plain[-1]))


def _pull_quote_under_title(cur: Segment) -> None:
    """A long clause under a short one-line title and over undated running text (汇聚体育的力量 / 在重要场次比赛中
    闯难关、拔头筹，以酣畅淋漓的胜利提振信心、鼓舞斗志 / 2月8日，…) is the piece's pull quote, its first paragraph; over a
    dateline it is the subtitle (labels.clause_under_short_title). In People's Daily 2020 such a clause over
    undated text is the first paragraph 31 times, a subtitle twice."""
    if cur.dateline is not None or len(cur.heads) != 2 or not cur.body or cur.body[0][0] != "body":
        return
    if any(h.kind != "text" or parse_byline(h.text) for h in cur.heads) or not _running_text(cur.body[0][1]):
        return
    if clause_under_short_title(cur.heads[0].text, cur.heads[1].text):
        cur.body.insert(0, ("body", cur.heads.pop()))


def _ends_unfinished(seg: Segment) -> bool:
    """No sentence ends in the segment's body (a long subtitle read as its text, or no text at all)."""
    return not any(ends_sentence(b.text) for _, b in seg.body)


def _describes_body_before(heads: list[Block], seg: Segment, prev: Segment) -> bool:
    """The headline shares at least 30% of its character pairs with the body before it, and 15 points more
    than with its own."""
    headline = "".join(h.text for h in heads)
    own = headline_affinity(headline, seg.body_text()) if seg.body else 0.0
    before = headline_affinity(headline, prev.body_text(1500))
    return before >= 0.3 and before > own + 0.15


def reassign_headlines(segs: list[Segment], after_order: bool) -> list[Segment]:
    """Move a headline to the body before it when it plainly describes that body, not its own. On a page
    printed headline-after-body (see printed_headlines_after) every headline goes back to the body before it,
    whatever it shares with the body after: over 1,500 People's Daily 2020 pages laid out that way, this and
    the second reading of such pages raised headline exact from 0.846 to 0.880."""
    for k in range(1, len(segs)):
        seg, prev = segs[k], segs[k - 1]
        heads = [h for h in seg.heads if not parse_byline(h.text)]
        if not heads or prev.heads or not prev.body:
            continue
        if after_order or _describes_body_before(heads, seg, prev):
            prev.heads, seg.heads = seg.heads, []
    return [s for s in segs if s.body or s.notes or s.heads and any(not parse_byline(h.text) for h in s.heads)]
