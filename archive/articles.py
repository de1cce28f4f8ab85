"""Stage 5: blocks -> articles. Finds where articles start and end, and which headline belongs to which body.

Anchors: datelines (新华社北京1月21日电…), bylines (本报记者 齐旭), continuation marks (（上接1版）), closing
datelines (（新华社北京1月21日电）) and photo credits. Headlines are short blocks that never end a sentence.
Most pages print a headline before its body; some extractions put it after. Which body a headline belongs
to is decided from what it says (shared character pairs with each neighbouring body), not position alone,
and a body with no headline keeps an empty title.

This module walks the page (segment) and decides at each headline run whether it opens an article
(_starts_article); the tests it reads live in the modules it imports: headline_runs (where a run starts and
ends), topics (what a headline speaks of), sections (headings by their build), pieces (bundles, signed pieces,
letters, briefs), closings, photos and headline_order (which body a headline belongs to), over segments.
"""

import re

from .blocks import Block, ends_credit, is_closing_line, is_lone_credit
from .chars import width
from .closings import (
    after_closing_note,
    attribution_after_body,
    bracket_under_headline,
    closing_cheer,
    note_in_brackets,
    signature_after_body,
    signature_at_page_end,
)
from .datelines import CONTINUED_FROM_RE, CONTINUED_TO_RE, is_reporter_byline, parse_byline, parse_closing, parse_dateline
from .headline_order import opening_lines_into_text, printed_headlines_after, reassign_headlines
from .headline_runs import (
    headline_complete,
    headline_run,
    is_headline_candidate,
    lead_line,
    list_ahead,
    long_kicker,
    long_title,
    order_over_number,
    speaker_line,
)
from .interleave import rejoin
from .labels import (
    AFTERWORD_TAG_RE,
    BRIEFS_LABEL_RE,
    COLUMN_TAG_RE,
    EDITOR_NOTE_RE,
    EDITORS_SIGNATURE_RE,
    FULL_TEXT_FOLLOWS_RE,
    LAYOUT_CREDITS,
    NUMBERED_HEADING_RE,
    OPENING_SECTION_RE,
    PROVENANCE_RE,
    SALUTATION_RE,
    SIGNATURE_RE,
    STORY_LABEL_RE,
    is_box_label,
    is_bulleted,
    is_document_title,
    is_key_points,
    is_stress_kicker,
    signs_off,
)
from .photos import credit_ahead, cried_photo_title, photo_story_lead
from .pieces import (
    after_lead,
    banner_over_title,
    bare_lead,
    brief_dateline,
    bundle_piece,
    dated_piece_ahead,
    dotted_label,
    first_speaker_under_short_lead,
    label_headed,
    label_headed_letter,
    label_over_signed_piece,
    next_dispatch,
    next_item,
    next_letter,
    next_piece_under_umbrella,
    next_series_piece,
    next_sourced_brief,
    signed_ahead,
    signed_piece_after_unsectioned_text,
    signed_story,
    sub_story,
    sub_story_byline,
    take_speaker_lines,
    umbrella_only,
    under_own_byline,
    voice_under_reporter,
)
from .sections import (
    first_section_under_headline,
    in_series,
    pull_quote_under_title,
    quoted_sibling,
    sibling_section,
    sole_heading_after_prose,
)
from .segments import (
    Segment,
    column_label,
    has_column_tag,
    headline_parts,
    is_caption,
    list_entry,
    opens_body,
    photo_named_in_text,
    running_text,
    signed,
)
from .topics import (
    after_column_piece,
    after_news,
    apart_from_dated_headline,
    continues_topic,
    described_shift,
    describes_above,
    headline_beyond_sections,
    headline_shift,
    lone_headline_shift,
    long_story_turns_away,
    names_carried_on,
    new_topic,
    next_section_on_topic,
    own_headline_left_behind,
    same_subject,
    topic_shift,
    unrelated_after_news,
)


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
    return parts >= 2 and nxt is not None and running_text(nxt)


def _subtitle_over_byline(cur: Segment | None, run: list[Block], blocks: list[Block], j: int) -> bool:
    """A long line under a complete headline and over the reporter's byline is its subtitle, a summary of the story
    (制度创新 赋能沿边开放（经济聚焦） / 黑龙江自贸区成立一年以来，新设立企业4855家，引资1800多亿元 / 本报记者 …), not the
    heading of a first section: a signed section heading is short (对外开放水平不断提升 / 本报记者 罗珊珊, the first
    report of a bundle). Laid out with a byline under every story, People's Daily 2020 finds 23 more articles so,
    and its plain pages are unchanged."""
    if cur is None or not cur.heads or cur.body or cur.dateline is not None or len(run) != 1 or j >= len(blocks):
        return False
    line = run[0].text.strip()
    if is_box_label(line) or is_bulleted(line) or cur.signed():
        return False
    return width(line) > 20 and is_reporter_byline(blocks[j].text)


def _in_list(cur: Segment, n: int = 4) -> bool:
    """The current article ends in a list: its last blocks are entries, not sentences."""
    tail = [b for _, b in cur.body[-n:]]
    return len(tail) == n and all(list_entry(b) for b in tail)


def _clause_kicker(run: list[Block]) -> bool:
    """A kicker that is a clause (面对疫情，多家企业积极响应号召——) over a title: in People's Daily 2020, 522 such
    kickers of up to 40 ems open articles against 37 inside them (where kickers are names in a series: 某某村第一
    书记某某——); the longer ones that long_kicker admits open articles too."""
    parts = [p for b in run if b.kind == "text" for p, _ in b.parts()]
    return len(parts) >= 2 and parts[0].endswith("——") and bool(re.search(r"[，,]", parts[0])) and width(parts[0]) <= 100


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
        sub_story(cur) and not has_column_tag(run) or next_piece_under_umbrella(run, cur) or voice_under_reporter(cur, nxt.text)
    ):
        return False
    if nxt is None or opens_body(nxt):
        return True  # a dateline or byline follows, or the page ends (a headline after its body)
    if is_stress_kicker(run[0].text):
        return True  # 习近平在宁夏考察时强调: what a leader stressed heads a report (in People's Daily 2020, 478 to none)
    if cur.body and NUMBERED_HEADING_RE.match(run[0].text.strip()):
        return False  # 一、总体要求 / （二）工作原则: a numbered section (in People's Daily 2020, 2,967 to none)
    if is_caption(nxt) and not photo_named_in_text(nxt) or credit_ahead(blocks, j):
        return True  # a photo's headline: its caption, then the credit
    if is_document_title(run[0].text) and running_text(nxt):
        return True  # 中俄总理第二十五次定期会晤联合公报: a document printed whole is an article of its own (58 to none)
    if cur.body and cur.body[-1][0] == "credit":
        return True  # a credit ends what it credits: in People's Daily 2020, 271 headlines after one open an article, 5 do not
    if any(r.kind == "md_heading" and r.level == 1 for r in run) or STORY_LABEL_RE.match(run[0].text.strip()):
        return True
    if after_order and describes_above(run, blocks, j, cur):
        return True  # on a page printed headline-after-body, the headline of the text above closes it
    if quoted_sibling(run, blocks, j, cur):
        return False
    if first_speaker_under_short_lead(run, cur):
        return False
    if label_headed_letter(run, blocks, j):
        return True
    if cur.letters and cur.body and cur.body[-1][0] == "note" and column_label(run[0].text.strip()):
        return True  # after a signed letter, another column's label (预告, 身边事) opens that column
    lead = blocks[j + 1] if is_box_label(nxt.text) and j + 1 < len(blocks) else nxt  # 核心阅读 opens the body below
    if _clause_kicker(run) and running_text(lead):
        return True
    if any(PROVENANCE_RE.match(p) for p in headline_parts(run)):
        return True  # a document under its provenance line (in People's Daily 2020, 71 to 4)
    if is_key_points(nxt.text) and not bundle_piece(run, cur):
        return True  # 核心阅读 opens a feature under its headline: in People's Daily 2020, 186 runs over it head an article, none a section
    if sibling_section(run, blocks, j, cur) and not described_shift(run, blocks, j, cur) or bundle_piece(run, cur):
        return False
    if signed_story(cur) and not has_column_tag(run):
        return False  # the next story would stand under a byline of its own (a column's tag still opens one)
    if (
        announces_article(run, lead)
        and not (continues_topic(run, cur) and not new_topic(run, blocks, j, cur))
        and not in_series(run, blocks, i, cur)
        and not list_ahead(blocks, j)
        and not next_section_on_topic(run, blocks, j, cur)
    ):
        return True
    # The topic rules read a title as the next story's when it speaks of the text below it. On a page printed
    # headline-after-body that text is the next article's, whatever the title (the title is the text above's, or a
    # section's): there they opened an article wrongly 276 times against 54 rightly.
    below_is_its_own = not after_order
    return (
        after_news(cur, run)
        or signed_piece_after_unsectioned_text(run, blocks, j, cur)
        or below_is_its_own and unrelated_after_news(run, blocks, j, cur)
        or after_column_piece(run, blocks, j, cur)
        or dated_piece_ahead(run, blocks, j, cur)
        or below_is_its_own and (topic_shift(run, blocks, j, cur) or headline_shift(run, blocks, j, cur))
        or own_headline_left_behind(run, blocks, j, cur)
        or headline_beyond_sections(run, blocks, j, cur)
        or apart_from_dated_headline(run, cur)
        or below_is_its_own
        and (long_story_turns_away(run, blocks, j, cur) or lone_headline_shift(run, blocks, j, cur) or sole_heading_after_prose(run, blocks, j, cur))
    ) and not names_carried_on(blocks, j, cur)


def segment(blocks: list[Block]) -> list[Segment]:
    """The page's articles. A page printed headline-after-body (it opens on text with no headline over it and
    ends on a headline with no text under it) is read a second time with that order in mind."""
    segs = _segment(blocks, after_order=False)
    after_order = printed_headlines_after(segs)
    if after_order:
        segs = _segment(blocks, after_order=True)
        opening_lines_into_text(segs[0])
    segs = reassign_headlines(segs, after_order)
    rejoin(segs)
    return segs


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
            while i < n and blocks[i].kind == "text" and not opens_body(blocks[i]):
                seg.notes.append(blocks[i])
                i += 1
            continue
        if cur is not None and cur.heads and not cur.body and lead_line(cur.heads[-1], b):
            cur.body.append(("body", b))
            i += 1
            continue
        if cur is not None and is_closing_line(t):
            cur.body.append(("note", b))  # a contact line or an attribution: its article goes on or ends here
            i += 1
            continue
        if bracket_under_headline(cur, t):
            cur.heads.append(b)  # （第一号）, （2020年6月）: the subtitle under the headline, not the text's first line
            i += 1
            continue
        if cur is not None and not cur.closed and (cur.heads or cur.body) and b.kind == "text" and list_entry(b) and (
            list_ahead(blocks, i) or _in_list(cur) and (i + 1 == n or list_entry(blocks[i + 1]))
        ):
            cur.body.append(("body", b))  # an entry of a list (names with their posts, units), one per paragraph
            i += 1
            continue
        if cur is not None and cur.heads and cur.dateline is None and len(cur.body) <= 1 and order_over_number(blocks, i):
            cur.body.extend((("body", b), ("body", blocks[i + 1])))  # the order promulgating the document titled above
            i += 2
            continue
        if note_in_brackets(cur, b):
            cur.body.append(("note", b))  # （文中部分采访对象为化名）: a note on the text above, no title with a column tag
            cur.closed = not (cur.briefs or cur.letters)  # and, like any note on it, the text's end
            i += 1
            continue
        if closing_cheer(cur, blocks, i):
            cur.body.append(("body", b))  # 武汉加油！湖北加油！中国加油！: the text's last words, not the next kicker
            i += 1
            continue
        if signature_at_page_end(cur, blocks, i):
            cur.body.append(("note", b))  # 华为中国政企金融业务部总经理 刘维明: who wrote the text above
            i += 1
            continue
        if attribution_after_body(cur, b):
            cur.body.append(("note", b))  # ——山东省海阳市纪委书记、监委主任 盖石磊: who spoke the words above
            i += 1
            continue
        if cried_photo_title(cur, blocks, i):
            new().heads.append(b)  # a photo story's title after the text above
            i += 1
            continue
        if b.kind == "md_heading" or is_headline_candidate(b) or long_kicker(blocks, i) or long_title(blocks, i):
            j = headline_run(blocks, i)
            run = blocks[i:j]
            body_follows = opens_body(blocks[j] if j < n else None)  # a dateline or byline right under the run
            if cur is not None and cur.briefs and j < n and (brief_dateline(blocks[j].text) or next_sourced_brief(run, blocks, j, cur)):
                cur.body.extend(("heading", r) for r in run)  # the next brief's title, over its dateline or after a source
                cur.closed = False
                i = j
                continue
            if cur is not None and cur.letters and cur.body[-1][0] == "note" and next_letter(run) and signed_ahead(blocks, j):
                cur.body.extend(("heading", r) for r in run)  # the next letter's title, after the last one's signature
                i = j
                continue
            if cur is not None and cur.notes and not cur.heads and not cur.body:
                cur.heads.extend(run)  # the headline of the article an editor's note introduced
            elif under_own_byline(cur) and not body_follows:
                # 塞下怀古（跟着唐诗宋词去旅游） / 本报记者 张三 / 渔家傲·秋思: a byline closes the headline above it, so
                # what stands under it heads the article's first section
                cur.body.extend(("heading", r) for r in run)
                j = take_speaker_lines(cur, blocks, j)
            elif _subtitle_over_byline(cur, run, blocks, j):
                cur.heads.extend(run)  # the reporter's byline closes the headline, this line included
            elif cur is not None and cur.heads and not cur.body and cur.dateline is None and not banner_over_title(cur, run, blocks, j) and (
                is_bulleted(run[0].text)  # ■ lead summaries under the headline, over the dateline or not
                or bool(NUMBERED_HEADING_RE.match(run[0].text.strip())) and not body_follows  # （一） / 第一大港的硬核力量
                or bool(SALUTATION_RE.match(run[0].text.strip()))
                or len(cur.heads) == 1 and dotted_label(cur.heads[0]) and not body_follows
                or (headline_complete(cur.heads) or is_box_label(run[0].text))
                and not (j < n and (parse_dateline(blocks[j].text) or CONTINUED_FROM_RE.match(blocks[j].text)))
            ):
                # The headline is complete, or what opens the text stands under it (a box label, ■ leads, a
                # salutation): the article's first section.
                cur.body.extend(("heading", r) for r in run)
                j = take_speaker_lines(cur, blocks, j)
            elif cur is not None and cur.body and EDITORS_SIGNATURE_RE.match(cur.body[-1][1].text.strip()) and not has_column_tag(run):
                # ——编 者: the editors' lead, then the piece it introduces (a piece under its column's tag is an article)
                cur.body.extend(("heading", r) for r in run)
            elif cur is not None and cur.body and bare_lead(cur.body[0][1].text) and not body_follows:
                # 国内联播快讯 / 央视网消息（新闻联播）： / each item's title and text: one lead for all the items, so
                # only a title over a lead of its own opens the next story
                cur.body.extend(("heading", r) for r in run)
            elif cur is not None and (cur.closed or cur.body and cur.body[-1][0] == "note") and (
                next_series_piece(run, blocks, j, cur) or next_dispatch(run, blocks, j, cur)
            ):
                cur.body.extend(("heading", r) for r in run)  # the next piece of a series, or a box of it
                cur.closed = False
                j = take_speaker_lines(cur, blocks, j)
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
                elif label_over_signed_piece(run) or len(run) > 1 and dotted_label(run[0]) and not body_follows:
                    cur.heads.append(run[0])  # 来论 / 为战“疫”注入必胜信心 / 江西南昌 杨铭鸣: the column, then its first piece
                    cur.body.extend(("heading", r) for r in run[1:])
                elif all(is_box_label(r.text) for r in run):
                    cur.body.extend(("heading", r) for r in run)  # 核心阅读 opening a body whose headline is elsewhere
                else:
                    cur.heads.extend(run)
            else:
                if j < n and speaker_line(blocks[j]) and next_piece_under_umbrella(run, cur):
                    umbrella_only(cur, len(headline_parts(run)))
                elif signed(run[-1]) and cur.heads and signed(cur.heads[-1]) and not cur.body_has_heading() and bundle_piece(run, cur):
                    umbrella_only(cur, len(headline_parts(run)))  # the bundle's first piece signed under the bundle's title
                cur.body.extend(("heading", r) for r in run)  # a section heading of the current article
            i = j
            continue
        dl = parse_dateline(t)
        if dl or parse_byline(t) or CONTINUED_FROM_RE.match(t):
            if sub_story_byline(cur, t) or signature_after_body(cur, t):
                cur.body.append(("byline", b))
                i += 1
                continue
            inside = dl is not None and cur is not None and (
                not cur.closed and (after_lead(cur) or next_item(cur, dl, t) or cur.briefs) or same_subject(cur, blocks, i)
            )
            if not inside and (
                cur is None or cur.closed or cur.body or cur.dateline or (parse_byline(t) and cur.signed())
            ):
                # Headings the article above ends on, with no text under them, are the headline of the story
                # this byline or dateline opens (出口企业白马实业公司—— / 员工就位 大干一场 / 本报记者 赵展慧).
                headline = cur.take_open_headings() if cur is not None else []
                new()
                cur.heads.extend(headline)
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
        elif cur is None or cur.closed and not after_closing_note(cur, b):
            new()
        elif cur.closed:
            cur.closed = False  # the article goes on after its piece's note
        elif is_caption(b) and ends_credit(t) and any(k == "body" for k, _ in cur.body) and not photo_story_lead(cur):
            # A captioned photo after a text article's body is a photo of its own.
            new()
        cur.body.append(("caption" if is_caption(b) else "body", b))
        if signs_off(t):
            cur.body[-1] = ("note", b)
            if SIGNATURE_RE.match(t.strip()) and not cur.letters and label_headed(cur):
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
        first_section_under_headline(s)
        pull_quote_under_title(s)
    return segs
