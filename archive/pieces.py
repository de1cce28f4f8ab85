"""Articles made of pieces: bundles of reports under one umbrella headline, each with its byline; signed pieces
and series; columns of letters and of briefs under a label; items sharing a dateline."""

import re
from collections.abc import Callable

from .blocks import Block
from .chars import char_pairs, ends_sentence, width
from .datelines import AUTHOR_RE, is_reporter_byline, parse_byline, parse_closing, parse_dateline
from .headline_runs import piece_end, speaker_line
from .labels import CLOSING_NOTE_RE, COLUMN_TAG_RE, COMPILED_BY_RE, POST_WORD_RE, SIGNATURE_RE, is_box_label
from .sections import part_shapes, parts_about_as_long
from .segments import (
    Segment,
    closes_on_source,
    column_label,
    has_column_tag,
    headline_parts,
    last_section,
    name_line,
    running_text,
    signed,
)


def bundle_piece(run: list[Block], cur: Segment) -> bool:
    """A title with its author's line under or over it (把好剧带给更多孩子 / 尹晓东（中国儿童艺术剧院院长）, 湖南会同县
    林 春 / 社区防疫不宜一刀切, or a byline), or an author line alone (——沈开举委员（郑州大学法学院教授）), inside
    an undated article that already holds a piece signed so: the next piece of a bundle (我们的心声, 两会·声音,
    来论), which the publisher keeps as one article. In People's Daily 2020 such runs continue the bundle 200
    times against 8 that open an article; the bundle's first piece, whose author line is the first seen, still
    opens one."""
    if cur.dateline is not None or not cur.body:
        return False
    parts = headline_parts(cur.heads)
    if len(run) == 2 and name_line(run[1]) and len(parts) == 1 and column_label(parts[0]):
        return True  # 来论 / … / 办好民生“关键小事” / 张国庆: the next piece of a column titled by its label
    if not (signed(run[-1]) or signed(run[0])):
        return False
    tag = COLUMN_TAG_RE.search(run[0].text.strip()) if len(run) == 1 else None
    if tag and not POST_WORD_RE.search(tag.group(0)):
        return False  # 辣子红了（泥土芬芳）: a title under its column's tag, built like a name over a post that names none
    return any(signed(b) for b in cur.heads + [b for _, b in cur.body])


def banner_over_title(cur: Segment, run: list[Block], blocks: list[Block], j: int) -> bool:
    """A title closed by its column's tag straight under another (坚决打赢疫情防控阻击战（来自疫情防控一线的报道） / 我们一定赢（快评）)
    and over running text: the first is the page's banner, the second the title of the piece below; no headline
    carries two tags. In People's Daily 2020 such pairs open the page 11 times, one article's headline once."""
    return has_column_tag(run) and has_column_tag(cur.heads) and j < len(blocks) and running_text(blocks[j])


def under_own_byline(cur: Segment | None) -> bool:
    """The article so far is its headline closed by a byline, no text yet (and no dateline)."""
    return (
        cur is not None and not cur.body and cur.dateline is None and len(cur.heads) >= 2
        and bool(parse_byline(cur.heads[-1].text)) and not parse_byline(cur.heads[0].text)
    )


def signed_story(cur: Segment) -> bool:
    """An undated article opened under its reporter's byline (荷兰农场用高新技术实现精准生产 / 本报记者 张 三). A paper
    that signs its stories so signs the next one too, so a headline with neither byline nor dateline under it is a
    section heading here, whatever its words: laid out that way (bench/segmentation.py --bylines), People's Daily
    2020 finds 155 more articles over the whole index, with 148 fewer predicted, when the rules that read a change of
    topic stay silent in such an article; plain pages are all but unchanged (2 fewer found, 5 fewer predicted)."""
    return cur.dateline is None and cur.signed_by_reporter()


def take_speaker_lines(cur: Segment, blocks: list[Block], j: int) -> int:
    """Under a section's heading, its speaker's or reporter's lines (王东峰代表（河北省委书记）) go into the body as
    bylines of that section; returns where the text goes on."""
    while j < len(blocks) and speaker_line(blocks[j]):
        cur.body.append(("byline", blocks[j]))
        j += 1
    return j


def first_speaker_under_short_lead(run: list[Block], cur: Segment) -> bool:
    """走近四名抗疫一线的“90后”中医师—— / …, a lead, then 湖北省中西医结合医院范存愈： / “我没有理由退缩”: a run opening
    on a name that ends ：, under an undated headline with a lead too short to be a story of its own, is the first
    of the people the headline announced (in People's Daily 2020, 6 such runs head a section and none an article)."""
    return cur.dateline is None and 0 < len(cur.body) <= 2 and len(run) > 1 and run[0].text.strip().endswith(("：", ":"))


def dated_piece_ahead(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A one-line title whose text closes on its own source line (（本报柏林3月3日电）) before any other headline
    is a story of its own when it follows a dated story or a piece with no sections: a feature whose closing
    source line covers all its sections has headed an earlier section already. A line ending ： ！ —— leads
    into what follows (各位同事：), and a name over a date signs a letter. In People's Daily 2020 such runs
    open an article 42 times against 5."""
    if not cur.body or len(run) != 1 or len(headline_parts(run)) != 1 or re.search(r"[：:！!—…]$", run[0].text.strip()):
        return False
    if cur.dateline is None and cur.body_has_heading():
        return False
    k = piece_end(blocks, j, closes_on_source)
    return k is not None and k >= j + 2


def after_lead(cur: Segment) -> bool:
    """A headline, then a few lead lines (■ summaries, a pull quote), then the dateline: one article.

    In rmrb 2020 a dateline after an article's first paragraphs is its own (97 cases in 3,000 pages): the
    publisher sets the gist or a quotation above the dateline."""
    if not cur.heads or cur.dateline is not None or not cur.body or len(cur.body) > 8:
        return False
    return all(kind == "body" and width(b.text) <= 400 for kind, b in cur.body)


def sub_story(cur: Segment) -> bool:
    """An undated feature whose body is under way: a headline followed by a byline here is one of its
    reported sub-stories (组合报道: 服贸会探营 / “硬核”科技扎堆亮相 / 本报记者 谷业凯 …), not a new article.
    In People's Daily 2020, 38 of 40 such headline-and-byline runs are inside the publisher's article."""
    if cur.dateline is not None or cur.closed or not cur.body_has_text() or not cur.heads:
        return False  # text with no headline over it (a page's first lines) is no feature gathering reports
    # An article that opened under its own byline is one of a paper that prints a byline over every story:
    # there a headline and byline open the next story, unless sub-stories have begun already or the article
    # is headed by a bundle's label over its first piece (我们的心声 / “我随时准备着” / 刘兰芳（中国曲艺家协会名誉主席）;
    # 片儿警王虎刚 / 多跑腿 / 为平安守岁 / 本报记者 张 枨). A short kicker and a title alone over a reporter's byline are a
    # story's own headline (中国银联 / 发挥科技优势 助力复工复产 / 本报记者 张 三): laid out with a byline under every
    # story, People's Daily 2020 finds 84 more articles so (and a page printed headline-after-body whose first
    # pieces stand so under a reporter, 19 more predicted).
    if not cur.signed() or any(kind == "byline" and is_reporter_byline(b.text) for kind, b in cur.body):
        return True  # (a voice's speaker line, 张 也（歌唱演员）, is no reporter's sub-story: see voice_under_reporter)
    parts = headline_parts(cur.heads)
    if cur.signed_by_reporter() and len(parts) < 3:
        return False
    return len(parts) >= 2 and width(parts[0]) <= 6 and not parts[0].endswith(("——", "：", ":"))


def next_piece_under_umbrella(run: list[Block], cur: Segment) -> bool:
    """An undated article whose headline is an umbrella title over its first piece's own headline (十三届全国人大常委会
    第二十二次会议审议多部法律草案 / 首次审议野生动物保护法修订草案 / …, then 本报记者 王比学): a headline built like that
    first piece's, over a byline, is the next piece."""
    if cur.dateline is not None or cur.closed or not cur.body_has_text():
        return False
    own, parts = headline_parts(cur.heads), headline_parts(run)
    if len(parts) < 2 or len(own) <= len(parts):
        return False  # a piece has a headline of two parts or more; a lone title over a byline opens a story
    first = own[-len(parts) :]
    return part_shapes(first) == part_shapes(parts) and parts_about_as_long(first, parts)


def umbrella_only(cur: Segment, n: int) -> None:
    """Leave the umbrella title alone in the headline: the first piece's own headline (its last n parts) and
    byline go to the head of the body, as the next pieces' do."""
    k, taken = len(cur.heads), 0
    while k > 0 and (taken < n or parse_byline(cur.heads[k - 1].text)):
        k -= 1
        if not parse_byline(cur.heads[k].text):
            taken += len(headline_parts([cur.heads[k]]))
    if taken != n or k == 0:
        return  # the parts do not fall on whole blocks, or nothing would be left over the pieces
    moved = [("byline" if parse_byline(b.text) else "heading", b) for b in cur.heads[k:]]
    cur.heads = cur.heads[:k]
    cur.body[:0] = moved


def sub_story_byline(cur: Segment | None, text: str) -> bool:
    return (
        cur is not None and bool(parse_byline(text)) and bool(cur.body) and cur.body[-1][0] == "heading"
        and (sub_story(cur) or next_piece_under_umbrella(last_section(cur), cur) or voice_under_reporter(cur, text))
    )


def voice_under_reporter(cur: Segment, text: str) -> bool:
    """Under an undated article its reporter signs (我们的心声 / 本报记者 张 三), a piece signed by who speaks in it
    (一路播种一路收获 / 张 也（歌唱演员）) is one of the voices the reporter gathered, not the next story: a paper
    that prints a byline over every story signs the next one with its reporter too."""
    if cur.closed or not signed_story(cur):
        return False
    return bool(AUTHOR_RE.match(text.strip())) and not is_reporter_byline(text)


def _ends_piece(text: str) -> bool:
    """The line that ends a piece of a column: its writer's place and name (江苏徐州市 童殿文), or its source on a
    line of its own."""
    return bool(SIGNATURE_RE.match(text.strip())) or closes_on_source(text)


def signed_ahead(blocks: list[Block], j: int, ends: Callable[[str], object] = _ends_piece) -> bool:
    """A letter's text follows, ending on its writer's place and name (or on what ends accepts) before any other
    headline or dateline."""
    k = piece_end(blocks, j, ends, limit=12)
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


def _reported_piece_after_note(run: list[Block], blocks: list[Block], j: int, cur: Segment, kind: str | None) -> bool:
    """An untagged title over a reporter's byline, right after a sectioned bundle's piece closed on its note of
    who reported or compiled it (（黄尚宁参与采写）, （…本报记者万宇采访整理））: the bundle's next piece, reported. An
    author's note (（作者为…教授）) closes a commentary, a source (（新华社电）) or a closing dateline a story printed
    whole, and a page's own lines (电子信箱：…) close nothing."""
    note = cur.body[-1][1].text.strip()
    if cur.body[-1][0] != "note" or parse_closing(note):
        return False  # a closing dateline (（据新华社北京6月21日电 记者张千千）) ends a story printed whole
    if not (kind == "compiled" or CLOSING_NOTE_RE.match(note) and re.search(r"参与采写|记者", note)):
        return False
    if cur.signed_by_reporter():
        return False  # a paper that signs every story under its headline signs the next story so too
    return cur.body_has_heading() and not has_column_tag(run) and j < len(blocks) and is_reporter_byline(blocks[j].text)


def next_series_piece(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """After an undated piece closed by its note, a box label (图片说明：) is still the article's; so is a title
    without a column tag whose text ends on a note of the same kind: the next piece of a series the publisher
    keeps as one article (对话6位驻村干部, each piece （本报记者…采访整理）; 患难见真情 共同抗疫情, each （作者为…）;
    readers' letters, each signed with place and name).
    In People's Daily 2020 such runs continue the article 348 times against 31. A series the publisher keeps
    whole heads its pieces inside it, under its own headline; where the text above stood under the headline
    alone, its author's note closed a commentary of its own (推动“互联网+医疗”新业态加快发展 … （作者为…主任） /
    满足人民群众日益增长的健康需求): 11 articles more found there, none lost."""
    last = next(((kind, b) for kind, b in reversed(cur.body) if kind != "credit"), None)  # a layout credit aside
    if cur.dateline is not None or last is None or last[0] != "note":
        return False
    if is_box_label(run[0].text):
        return True
    kind = _note_kind(last[1].text)
    if _reported_piece_after_note(run, blocks, j, cur, kind):
        return True
    if kind is None or has_column_tag(run):
        return False
    if kind == "author" and not cur.body_has_heading():
        return False  # a commentary under its own headline, signed: the next title opens the next commentary
    if kind != "compiled" and has_column_tag(cur.heads) and not _piece_under_name(run, cur):
        return False  # tagged commentaries (人民要论, 新论) and letters (反馈) stand alone, each signed
    if kind == "signature" and not next_letter(run):
        return False  # a column's label (建议, 身边事) opens the next column
    while j < len(blocks) and parse_byline(blocks[j].text):
        j += 1  # the speaker's line under the title (王东峰代表（河北省委书记）)
    k = piece_end(blocks, j, _note_kind)
    return k is not None and k > j and _note_kind(blocks[k].text) == kind


def signed_piece_after_unsectioned_text(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A one-line title after an undated text of three paragraphs or more that has no section headings, over a
    piece that its author's note (（作者为…）) closes before any other headline: a signed article of its own. A
    text divided into sections has some before its last; in People's Daily 2020, such a title after a text
    without them opens an article 219 times and heads a section 6 times."""
    if cur.dateline is not None or cur.closed or len(run) != 1 or cur.body_has_heading() or run[0].text.strip().endswith(("：", ":")):
        return False  # (注： leads into a note on the text above)
    if sum(kind == "body" for kind, _ in cur.body) < 3 or cur.body[-1][0] != "body" or not ends_sentence(cur.body[-1][1].text):
        return False
    k = piece_end(blocks, j, lambda t: _note_kind(t) == "author")
    return k is not None and k > j


def _piece_under_name(run: list[Block], cur: Segment) -> bool:
    """A title over its writer's bare name (亟待供给侧发力 / 车 宁) in a tagged article whose first piece was headed
    the same way (顺应消费新趋势 / 邹一南): the next contribution to a forum (大家谈), not a commentary of its own."""
    return len(run) >= 2 and name_line(run[-1]) and any(kind == "heading" and name_line(b) for kind, b in cur.body)


def _closed_dateless(text: str) -> bool:
    """Ends on its source without a date: （本报东京电）, （本报柏林电 记者李强）."""
    closing = parse_closing(text)
    return closing is not None and closing.month is None


def next_dispatch(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A roundup of correspondents' reports under one headline (为保就业，各国采取了哪些措施 / 西班牙 / 扩大职业教育
    加强技能认证 / 本报驻西班牙记者 姜 波 / … / （本报马德里电）): each report closes on its source without a date,
    and the next one, a label and title over a byline, closes the same way. In People's Daily 2020 such runs
    continue the roundup 116 times against none. The roundup's reports have begun (a byline stands in its body),
    or the report above opened on a label or kicker as this one does: a paper that prints a byline under every headline
    also closes each correspondent's own story on its source (经合组织将牵头开展数字税谈判 / 本报记者 … /
    （本报巴黎电）), and the next such story is no report of a roundup."""
    if cur.dateline is not None or not cur.body or not _closed_dateless(cur.body[-1][1].text):
        return False
    if has_column_tag(run) or j >= len(blocks) or not parse_byline(blocks[j].text):
        return False
    if not any(kind == "byline" for kind, _ in cur.body) and not (len(headline_parts(cur.heads)) >= 2 and len(headline_parts(run)) >= 2):
        return False
    return piece_end(blocks, j + 1, _closed_dateless) is not None


def dotted_label(block: Block) -> bool:
    """A column's label joined by a dot to its theme (议政建言·聚焦基层治理, 百姓关注·健康文明新风尚, 来论·春运): over
    another headline, it titles the column and the headline under it heads the column's first piece. In People's
    Daily 2020, 60 such lines are a title with nothing else, against 1 kicker. (A name with a dot over a dateline
    is a speaker's: 艾力更·依明巴海强调.)"""
    t = block.text.strip()
    return block.kind == "text" and len(block.parts()) == 1 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,10}", t))


def label_over_signed_piece(run: list[Block]) -> bool:
    """A column's short label over its first piece's title and writer (来论 / 为战“疫”注入必胜信心 / 江西南昌 杨铭鸣,
    or a bare name: 来论 / 用真情传承医者仁心 / 何 娟):
    the column is the article, titled by its label, and each piece's title and writer head a section, as the
    next pieces' will (see bundle_piece). In People's Daily 2020 the publisher titles all 16 such columns by
    their label."""
    return len(run) == 3 and (signed(run[2]) and not parse_byline(run[2].text) or name_line(run[2])) and column_label(run[0].text.strip())


def next_sourced_brief(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """In a column of briefs, each closed on its source (（据新华社伦敦电 记者张家伟）), a plain one-line title after
    that source heads the next brief, when its text closes the same way within a few paragraphs."""
    parts = headline_parts(run)
    if not (cur.body and closes_on_source(cur.body[-1][1].text) and len(parts) == 1 and not COLUMN_TAG_RE.search(parts[0])):
        return False
    return piece_end(blocks, j, closes_on_source, limit=6) is not None


def label_headed_letter(run: list[Block], blocks: list[Block], j: int) -> bool:
    """A column's short label over a letter's title, the letter signed with place and name (建议 / 消毒用品要妥善存放 /
    … / 江苏南通市 杨汉祥): a column of letters opens, whatever the feature above it spoke of."""
    parts = headline_parts(run)
    return len(parts) == 2 and column_label(parts[0]) and next_letter(run[1:]) and signed_ahead(blocks, j, SIGNATURE_RE.match)


def brief_dateline(text: str) -> bool:
    """A brief opens on a dateline without place or date (本报电, 据新华社电); a full one (本报北京1月5日电) opens a
    news story of its own after the column."""
    dl = parse_dateline(text)
    return dl is not None and dl.month is None


def bare_lead(text: str) -> bool:
    """A lead standing alone on its line (央视网消息（新闻联播）：): what follows it, even a title, is its text."""
    dl = parse_dateline(text)
    return dl is not None and dl.length >= len(text.strip())


def label_headed(cur: Segment) -> bool:
    """Headed by a column's short label over the first piece's title (建议 / 上网课莫忘用电安全)."""
    parts = headline_parts(cur.heads)
    return len(parts) == 2 and column_label(parts[0])


def next_letter(run: list[Block]) -> bool:
    """A plain title (not a column's label, not a tagged piece of its own: 网上招聘遇骗局（身边事）)."""
    parts = headline_parts(run)
    return len(parts) == 1 and width(parts[0]) > 5 and not COLUMN_TAG_RE.search(parts[0])


def next_item(cur: Segment, dl, text: str) -> bool:
    """王毅分别同…通电话: items of one article, each with its dateline, opening alike (1月4日，国务委员兼外长王毅应约同…)."""
    if cur.dateline is None or not cur.body:
        return False
    first = next((b.text for kind, b in cur.body if kind == "body" and parse_dateline(b.text)), None)
    if first is None:
        return False
    a, b = char_pairs(text[dl.length : dl.length + 20]), char_pairs(first[cur.dateline.length : cur.dateline.length + 20])
    return bool(a) and len(a & b) / len(a) >= 0.5
