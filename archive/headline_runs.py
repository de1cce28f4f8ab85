"""Where a headline run starts and ends: which blocks may be headline parts (kicker, title, subtitle), and what
under a headline opens its text instead (a box label, a lead line, a salutation, a bundle's next piece)."""

import re
from collections.abc import Callable, Iterator

from .blocks import Block, ends_credit, is_closing_line, is_lone_credit
from .chars import ends_sentence, width
from .datelines import (
    CONTINUED_FROM_RE,
    CONTINUED_TO_RE,
    PHOTO_CREDIT_RE,
    is_reporter_byline,
    parse_byline,
    parse_closing,
    parse_dateline,
)
from .labels import (
    BULLETS,
    CAPTION_OPENINGS,
    CLOSING_NOTE_RE,
    COLUMN_TAG_RE,
    DATE_LINE_RE,
    EDITOR_NOTE_RE,
    FIGURE_POINTER_RE,
    NUMBERED_HEADING_RE,
    ORDER_NUMBER_RE,
    ORDER_RE,
    PROVENANCE_RE,
    SALUTATION_RE,
    SIGNATURE_RE,
    is_box_label,
    is_bulleted,
    is_question_or_answer,
)
from .segments import has_column_tag, headline_parts, list_entry, opens_body, running_text


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


def lead_line(before: Block, block: Block) -> bool:
    """After a —— subtitle, a clause with a comma, or a line too long for a headline's part, is the article's lead
    line (a pull quote), not more headline. (In People's Daily 2020 nothing but another —— line follows a
    subtitle in a headline.)"""
    if not before.text.startswith("—") or opens_body(block):
        return False
    t = block.text.strip()
    return width(t) >= 12 and bool(re.search(r"[，,]", t)) or width(t) >= 24 and not t.startswith("—") and not is_box_label(t)


def list_ahead(blocks: list[Block], j: int, n: int = 8) -> bool:
    """A list goes on below (names with their posts, units): many short blocks and not one sentence among them."""
    ahead = blocks[j : j + n]
    return len(ahead) == n and all(b.kind == "text" and list_entry(b) and width(b.text) <= 120 for b in ahead)


def headlines_ahead(blocks: list[Block], j: int, limit: int, undated: bool = False) -> Iterator[list[str]]:
    """The parts of each headline run from j on, up to the next dateline or byline (within limit blocks);
    undated: leaving out a run straight over a dateline, which heads a dated story of its own (a byline may
    stand under a section's heading)."""
    k = j
    while k < min(len(blocks), j + limit) and not opens_body(blocks[k]):
        if is_headline_candidate(blocks[k]):
            end = headline_run(blocks, k)
            if not (undated and end < len(blocks) and parse_dateline(blocks[end].text)):
                yield headline_parts(blocks[k:end])
            k = end
        else:
            k += 1


def headline_complete(heads: list[Block]) -> bool:
    """Nothing but a —— subtitle can follow: the title carries a column tag, or stands under a kicker ending
    —— (in People's Daily 2020 a plain line after those two is the body's first section heading 266 times,
    a subtitle 3 times, unless a dateline follows it: see headline_run)."""
    if COLUMN_TAG_RE.search(heads[-1].text.strip()) or PROVENANCE_RE.match(heads[-1].text.strip()):
        return True  # a column's tag, or a document's provenance (（2019年11月29日…审议批准…发布）), closes the headline
    parts = headline_parts(heads)
    return len(parts) == 2 and parts[0].endswith("——") and not parts[1].startswith("—")


def long_kicker(blocks: list[Block], i: int) -> bool:
    """A kicker longer than is_headline_candidate admits alone, over a title and then the body: a speaker
    introducing the title (香港中联办发表声明： / 坚决拥护…), or a clause leading into it (从贫困户到养殖能手，海南省
    文昌市龙楼村朱兴旺—— / 脱贫不返贫 要靠志和勤), or a summary with a comma over a title closed by its column
    tag (全国各地中小学陆续复课，… / 回来了，我的校园（深聚焦）). A line ending ： or —— in running text leads into a quotation
    or a list instead. In People's Daily 2020, 170 kickers ending ： are longer than the names admitted alone,
    and a line of over 30 ems ending —— over a title and running text is a kicker 112 times against 24."""
    t = blocks[i].text.strip()
    if blocks[i].kind != "text" or i + 2 >= len(blocks) or opens_body(blocks[i]):
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
    return opens_body(after) or running_text(after) or (dash or deck) and bool(COLUMN_TAG_RE.search(title.text.strip()))


def long_title(blocks: list[Block], i: int) -> bool:
    """A title longer than is_headline_candidate admits, standing alone between one text's end and the next
    text's dateline (习近平在湖南考察时强调 在推动高质量发展上闯出新路子 谱写新时代中国特色社会主义湖南新篇章 /
    央视网消息（新闻联播）：…) or a document's provenance (…关于2019年…计划的决议 / （2020年5月28日…通过）): no full
    stop, at most one comma, nothing that leads on. A lead summary of that length holds commas (■ 要…，…，…)."""
    t = blocks[i].text.strip()
    if blocks[i].kind != "text" or i + 1 >= len(blocks) or width(t) > 120:
        return False
    if not (opens_body(blocks[i + 1]) or PROVENANCE_RE.match(blocks[i + 1].text.strip())):
        return False
    if i > 0 and not ends_sentence(blocks[i - 1].text):
        return False  # under a title, a long line is its subtitle (headline_run takes those)
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
    return is_box_label(t) or order_over_number(blocks, j) or is_bulleted(t) or bool(SALUTATION_RE.match(t))


def order_over_number(blocks: list[Block], i: int) -> bool:
    """An order's name over its number (中华人民共和国主席令 / 第四十六号): under a document's title, its text begins."""
    return i + 1 < len(blocks) and bool(ORDER_RE.match(blocks[i].text.strip()) and ORDER_NUMBER_RE.match(blocks[i + 1].text.strip()))


def _agenda_line(block: Block) -> bool:
    """What a meeting did, in clauses set apart by spaces, no punctuation, however long (部署加强无症状感染者管理并开展
    流行病学调查 做好陆地边境防范疫情跨境输入工作 …): a subtitle, never a paragraph. A narrow column's line break may
    take the spaces; then the length tells it from a title (no sentence runs 30 ems without a comma)."""
    t = block.text.strip()
    return block.kind == "text" and width(t) <= 160 and not re.search(r"[，。；：！？,;:!?（）()]", t) and (
        width(t) >= 30 or bool(re.search(r"[\u4e00-\u9fff”]\s+[\u4e00-\u9fff“]", t))
    )


def _chaired_subtitle(block: Block) -> bool:
    """A meeting's agenda ending on who chaired or attended it, however long, without a full stop."""
    t = block.text.strip()
    return block.kind == "text" and "。" not in t and width(t) <= 200 and bool(re.search(r"(?:主持|出席)(?:会议|会见|并讲话|并发表讲话)?$", t))


def headline_run(blocks: list[Block], i: int) -> int:
    """End (exclusive) of the run of headline-like blocks starting at i."""
    n = len(blocks)
    j = i
    if long_kicker(blocks, i) or long_title(blocks, i):
        j += 1
    while j < n and j - i < 4 and (
        blocks[j].kind == "md_heading" and not EDITOR_NOTE_RE.match(blocks[j].text.strip()) or is_headline_candidate(blocks[j])
    ) and not (j > i and _opens_text(blocks, j)) and not (j > i and lead_line(blocks[j - 1], blocks[j])) and not (
        j > i and (list_ahead(blocks, j) or NUMBERED_HEADING_RE.match(blocks[j].text.strip()))
    ):
        # what opens the text (核心阅读, ■ leads, 各位代表：, a numbered part: （一）) ends the run; so does a lead line
        # after a subtitle
        j += 1
        if headline_complete(blocks[i:j]) and not (j < n and blocks[j].text.startswith("—")):
            break  # what follows is the article's, but for a —— subtitle
    if j == i + 1 and j + 1 < n and _exclaimed_title(blocks[i], blocks[j]) and (running_text(blocks[j + 1]) or opens_body(blocks[j + 1])):
        j += 1  # 浙江桐乡辅警程腾峰深夜救火 / 开“火”车的你，真棒！: the kicker, then a title that cries out
    elif j + 1 < n and blocks[j].kind == "text" and not ends_sentence(blocks[j].text) and opens_body(blocks[j + 1]) and not (
        j > i and _piece_title_over_speaker(blocks, j)
    ) and (
        width(blocks[j].text) <= 90 or width(blocks[j].text) <= 160 and "；" in blocks[j].text
    ):
        # a long subtitle standing between the headline and the dateline; a meeting's decisions may run to
        # 160 ems, one clause each (部署…；要求…；决定…)
        j += 1
    elif j > i and j + 2 < n and _agenda_line(blocks[j]) and _chaired_subtitle(blocks[j + 1]) and opens_body(blocks[j + 2]):
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


def cries_out(t: str) -> bool:
    """A cry or a question, not a sentence: ends on ！ or ？ (a closing quote after it), with no full stop inside."""
    return "。" not in t and bool(re.search(r"[！？!?][”’」』]?$", t))


def photographers_credit(t: str) -> bool:
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
    return width(t) <= 20 and cries_out(t) and len(re.findall(r"[，,]", t)) <= 1


def _piece_title_over_speaker(blocks: list[Block], j: int) -> bool:
    """Under a title closed by its column tag, a line over a speaker's line (统筹推进…工作（两会·声音2020） / 完善治理
    体系 履行首都职责 / 蔡奇代表（北京市委书记）) is the bundle's first piece's title, not the headline's subtitle."""
    if not (has_column_tag(blocks[j - 1 : j]) and "：" not in blocks[j].text and speaker_line(blocks[j + 1])):
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
            k = headline_run(blocks, k)
            if k < len(blocks) and is_reporter_byline(blocks[k].text):
                return True
            continue  # the block ending the run may itself be a dateline: look at it, not past it
        k += 1
    return False


def speaker_line(block: Block) -> bool:
    """A byline that is no dateline: who speaks or reports (王东峰代表（河北省委书记）, 本报记者 张 三)."""
    return bool(parse_byline(block.text)) and not parse_dateline(block.text)


def piece_end(blocks: list[Block], start: int, ends: Callable[[str], object], limit: int = 40) -> int | None:
    """Where the piece of text from start on ends, on a line that ends(text) accepts, if it does before any
    headline, dateline or byline."""
    for k in range(start, min(start + limit, len(blocks))):
        if ends(blocks[k].text.strip()):
            return k
        if blocks[k].kind != "text" or is_headline_candidate(blocks[k]) and not _pull_quote(blocks, k, start) or opens_body(blocks[k]):
            return None
    return None


def _pull_quote(blocks: list[Block], k: int, start: int) -> bool:
    """The piece's opening words set large under its title (在实际工作中，始终坚持问题导向、目标导向…): a clause
    with a comma, first in the piece, over its running text."""
    return k == start and "，" in blocks[k].text and width(blocks[k].text) >= 20 and k + 1 < len(blocks) and running_text(blocks[k + 1])
