"""Photos and photo stories: a headline over a caption and its photographer's credit is a photo's own."""

import re

from .blocks import Block, ends_credit, is_lone_credit
from .chars import width
from .datelines import PHOTO_CREDIT_RE
from .headline_runs import cries_out, is_headline_candidate, photographers_credit, piece_end
from .labels import CLOSING_NOTE_RE, TEXT_CREDITS
from .segments import Segment, after_finished_paragraph, opens_body, running_text


def cried_photo_title(cur: Segment | None, blocks: list[Block], i: int) -> bool:
    """A short cry or question (宝贝，回家！, 坝坝电影，回来了！) after a finished body paragraph or a closing note, over
    running text that a photographer's credit closes within four paragraphs: a photo story's title. A cry inside a
    text reads the same; in People's Daily 2020 none of ~1,070 cries after a body paragraph has such a credit below."""
    t = blocks[i].text.strip()
    if cur is None or not cur.body or blocks[i].kind != "text":
        return False
    closed_on_note = cur.body[-1][0] == "note" and cur.closed
    if not (closed_on_note or after_finished_paragraph(cur) and width(cur.body[-1][1].text) >= 40):
        return False
    if width(t) > 24 or not cries_out(t) or len(re.findall(r"[，,]", t)) > 2:
        return False
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "text" or not running_text(blocks[i + 1]):
        return False
    k = piece_end(blocks, i + 1, lambda text: is_lone_credit(text) or ends_credit(text), limit=4)
    return k is not None and photographers_credit(blocks[k].text.strip())


def credit_ahead(blocks: list[Block], j: int) -> bool:
    """A caption of one or two short paragraphs, then a photo credit standing alone (熊 波摄（人民视觉）); or a photo
    story of up to four paragraphs that its photographer's credit closes (in People's Daily 2020, a one-line headline
    over such a story heads it 118 times and a section once)."""
    for k in range(j, min(j + 5, len(blocks))):
        # the credit decides, not a caption line above it (a re-wrap's narrow column marks those as the caption's)
        if k > j and (PHOTO_CREDIT_RE.search(blocks[k].text) or is_lone_credit(blocks[k].text)):
            if blocks[k].text.strip().startswith(TEXT_CREDITS):
                return False  # 数据来源：…, 版式设计：…: they close a text (an advertorial, a feature), not a photo's caption
            if k > j + 2:
                return photographers_credit(blocks[k].text.strip())
            return sum(width(b.text) for b in blocks[j:k]) < 160 * (k - j)
        if blocks[k].kind != "text" or is_headline_candidate(blocks[k]) or opens_body(blocks[k]) or CLOSING_NOTE_RE.match(blocks[k].text.strip()):
            return False
    return False


def photo_story_lead(cur: Segment) -> bool:
    """An undated headline over one short paragraph (侗寨晒秋 / 位于贵州省…的增冲村，历史悠久、风光秀丽…): the lead of a
    photo story, whose caption comes next, not a text article of its own."""
    return bool(cur.heads) and cur.dateline is None and len(cur.body) == 1 and cur.body[0][0] == "body" and width(cur.body[0][1].text) <= 120
