"""What closes the text above a headline: a signature, an attribution, a closing note in brackets, a cheer, a
credit; after one, the next headline opens an article."""

import re

from .blocks import Block
from .chars import ends_sentence, width
from .datelines import AUTHOR_RE, CONTINUED_FROM_RE, CONTINUED_TO_RE, PHOTO_CREDIT_RE, parse_closing, parse_dateline
from .headline_runs import headline_run, is_headline_candidate
from .labels import ATTRIBUTION_RE, AUTHOR_LINE_RE, CLOSING_NOTE_RE, DATED_BRACKET_RE, FIGURE_POINTER_RE, SIGNATURE_RE
from .segments import Segment, after_finished_paragraph, is_caption


def signature_after_body(cur: Segment | None, text: str) -> bool:
    """An author's line straight after body text, with no headline over it (——沈开举委员（郑州大学法学院教授）,
    作者：张三): it signs what came before, or names the next speaker of the same article; a story does not open
    on a byline without a headline."""
    return (
        cur is not None and not cur.closed and cur.dateline is None and bool(cur.body) and cur.body[-1][0] == "body"
        and bool(AUTHOR_RE.match(text.strip()))
    )


def signature_at_page_end(cur: Segment | None, blocks: list[Block], i: int) -> bool:
    """A post and a name on the page's last line, after finished text (华为中国政企金融业务部总经理 刘维明): the
    writer signing the text above, with nothing below for it to head. (Over a headline the same line may open
    the next piece: see bundle_piece.)"""
    t = blocks[i].text.strip()
    if i != len(blocks) - 1 or t.endswith(("）", ")")) or SIGNATURE_RE.match(t):
        return False  # 图片报道（患难见真情 共同抗疫情）: a label over a lost photo; a letter's place and name sign it anyway
    return after_finished_paragraph(cur) and bool(AUTHOR_LINE_RE.match(t))


def attribution_after_body(cur: Segment | None, block: Block) -> bool:
    """A line opening on a dash straight after body text (——山东省海阳市纪委书记、监委主任 盖石磊, ——联合国维和行动部
    发言人尼克·伯恩巴克) names who spoke or wrote the words above. A kicker leads into its title with a dash at its
    end, a subtitle follows its title; neither opens on a dash after body text."""
    t = block.text.strip()
    return (
        t.startswith("——") and after_finished_paragraph(cur) and block.kind == "text"
        and (width(t) <= 60 and bool(ATTRIBUTION_RE.match(t)) or _said_by(t))
    )


def _said_by(t: str) -> bool:
    """——吉林省委书记巴音朝鲁日前在…动员大会上说, ——光大集团党委书记、董事长李晓鹏日前表示: who said the words above,
    where and when, however long, closing on the verb of saying."""
    return width(t) <= 120 and not ends_sentence(t) and "。" not in t and bool(re.search(r"(?:说|表示|指出|强调|认为|介绍)$", t))


def note_in_brackets(cur: Segment | None, block: Block) -> bool:
    """A line wholly in brackets straight after a finished paragraph ((摘自在…论坛开幕式上的致辞), (照片选自作者作品
    《迎春序曲》)) is a note on that text. Closing datelines, continuation marks, credits and the notes that close a
    piece (（本报记者…采访整理）) are read as such elsewhere."""
    t = block.text.strip()
    if not after_finished_paragraph(cur) or block.kind != "text" or not re.fullmatch(r"[（(][^（）()]{2,60}[）)]", t):
        return False
    return not (
        parse_closing(t) or CLOSING_NOTE_RE.match(t) or CONTINUED_FROM_RE.match(t) or CONTINUED_TO_RE.search(t) or PHOTO_CREDIT_RE.search(t)
        or FIGURE_POINTER_RE.match(t)
    )


def closing_cheer(cur: Segment | None, blocks: list[Block], i: int) -> bool:
    """A cheer or wish after finished text (武汉必胜！湖北必胜！中国必胜！, 祝大家新年快乐！) is the text's last line when
    the page ends there or the next story's headline and dateline follow: a kicker ending ！ stands over a title
    and its text, not over a dateline. (Mid-text, such lines are paragraphs anyway: 273 in People's Daily 2020.)"""
    t = blocks[i].text.strip()
    if not after_finished_paragraph(cur):
        return False
    if blocks[i].kind != "text" or not t.endswith(("！", "!")) or not is_headline_candidate(blocks[i]):
        return False
    if i + 1 == len(blocks):
        return True
    if not is_headline_candidate(blocks[i + 1]):
        return False
    j = headline_run(blocks, i + 1)
    return j < len(blocks) and parse_dateline(blocks[j].text) is not None


def after_closing_note(cur: Segment, block: Block) -> bool:
    """Text with no headline of its own after an undated piece closed by its note (（李博采访整理）) is still the
    article's: the speaker's short biography, a box. (A new story would have a headline or a dateline.)
    In People's Daily 2020 such text belongs to the article above 40 times against 4. So does a note in brackets
    straight after any closed text: where more of it is printed (（相关报道见第六版）), that a series ends."""
    if CLOSING_NOTE_RE.match(block.text.strip()) and cur.body_has_text():
        return True
    if cur.dateline is not None or not cur.body or cur.body[-1][0] != "note" or is_caption(block):
        return False
    return any(kind == "body" for kind, _ in cur.body[:-1])  # a note under the headline ((第一号)) closes nothing


def bracket_under_headline(cur: Segment | None, text: str) -> bool:
    """A bracketed line straight under an undated headline is its subtitle: a number ((第一号)), which closes nothing
    though it reads like a closing note, or a month (抗击新冠肺炎疫情的中国行动 / （2020年6月）, a white paper's),
    which a table of contents below would otherwise take for its first entry."""
    if cur is None or not cur.heads or cur.body or cur.dateline is not None:
        return False
    t = text.strip()
    return bool(DATED_BRACKET_RE.match(t)) or t.startswith(("（", "(")) and bool(CLOSING_NOTE_RE.match(t)) and not parse_closing(t)
