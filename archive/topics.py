"""Section heading or the next article's headline, told by what it speaks of: the character pairs a headline
shares with the article above, with its own headline and with the text below it."""

import re

from .blocks import Block
from .chars import width
from .datelines import parse_dateline
from .headline_runs import headlines_ahead
from .labels import COLUMN_TAG_RE, FULL_TEXT_FOLLOWS_RE, is_box_label
from .segments import (
    HEADLINE_KINDS,
    Segment,
    column_label,
    has_column_tag,
    headline_affinity,
    headline_parts,
    joined_text,
    last_section,
    mean_paragraph,
    since_heading,
    text_below,
)
from .words import unknown_words


def after_news(cur: Segment, run: list[Block]) -> bool:
    """News stories (opened by a dateline) seldom have section headings: in People's Daily 2020, 147 headings
    stand inside dated articles against 888 single-line titles right after one. So after a dated article's
    body, a headline-like line starts the next article (unless it is a box label or continues the topic)."""
    if cur.dateline is None or not cur.body or is_box_label(run[0].text):
        return False
    if any(re.search(r"[，,、]", b.text) for b in run):
        return False  # titles seldom hold a comma (4%); a sentence fragment cut by a column always does
    if len(run) == 1 and any(kind == "body" and FULL_TEXT_FOLLOWS_RE.search(b.text.strip()) for kind, b in cur.body):
        return False  # …作最高人民法院工作报告。摘要如下： the report printed below has one-line section headings
    return not continues_topic(run, cur) or len(run) > 1


def unrelated_after_news(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """After a dated story, a headline with clause punctuation (加强对话，为促进人权事业作贡献; 青海高中、中职学校陆续开学)
    that shares next to nothing with the story (at most 10% of its character pairs) and clearly more with the
    text below (20 points more) opens the next article. In People's Daily 2020: 18 against 6."""
    if cur.dateline is None or not cur.body:
        return False
    above, below = _affinities(run, blocks, j, cur)
    return above <= 0.1 and below > above + 0.2


def apart_from_dated_headline(run: list[Block], cur: Segment) -> bool:
    """A news story (opened by a dateline) with no section heading so far ends at a headline of over six ems
    that shares next to nothing (at most 4% of its character pairs) with the story's own headline, even with a
    comma in it: a story's sections keep its headline's words. In People's Daily 2020 such runs open an
    article 18 times against 3 headings."""
    if cur.dateline is None or not cur.body or not cur.heads or cur.body_has_heading():
        return False
    parts, text = headline_parts(run), joined_text(run)
    if not parts or width(parts[0]) <= 6 or len(re.findall(r"[，,]", text)) > 1 or text.endswith(("——", "！", "!")):
        return False  # a line cut from a sentence holds its commas; one ending —— or ！ leads into a quotation
    return headline_affinity(text, joined_text(cur.heads)) <= 0.04


def continues_topic(run: list[Block], cur: Segment) -> bool:
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
    text = joined_text(run)
    return headline_affinity(text, cur.body_text_tail(3000)) >= SECTION_AFFINITY


SECTION_AFFINITY = 0.35


def names_carried_on(blocks: list[Block], j: int, cur: Segment) -> bool:
    """The text below keeps naming a person, place or coinage that the article's last stretch named (a word the
    dictionary does not know, of three characters or more, in both and three times or more in all: 吴和兴,
    卡赞扎基斯, 以疫谋独): it goes on with the story above, whatever its headline turns to. In People's Daily 2020
    this keeps a feature's section in it on 7 pages and loses no article; after a dated story it would (a page of
    reports on one fair shares its coinage, 服贸会), so it reads undated articles only."""
    if cur.dateline is not None:
        return False
    tail = cur.body_text_tail(2000)
    # jieba reads only the text below: a name cut there is looked for as it stands in the stretch above
    for word, below in unknown_words(text_below(blocks, j)).items():
        above = tail.count(word)
        if above and above + below >= 3:
            return True
    return False


def topic_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A title over text that the undated article above never speaks of: its headline shares next to
    no character pairs with the text below (at most 4%), nor does its last stretch of text (at most 9% of the
    text below's pairs), while the title speaks of the text below, and the article's current section has run
    over three paragraphs. A section heading of a feature, however far it turns, keeps some of the feature's
    words. A title with a comma is a heading in two clauses. Nor is it a title when the stretch above was just
    speaking of its words (over 26% of its character pairs): 12 sections there against 1 article. In People's
    Daily 2020 such runs open an article 156 times against 37."""
    if cur.dateline is not None or any(re.search(r"[，,]", b.text) for b in run):
        return False
    if since_heading(cur) <= 3:
        return False
    below, tail = text_below(blocks, j), cur.body_text_tail(2000)
    if headline_affinity(joined_text(cur.heads), below) > 0.04 or headline_affinity(below, tail) > 0.09:
        return False
    return headline_affinity(joined_text(run), below) > 0.09 and headline_affinity(joined_text(run), tail) <= 0.26


def next_section_on_topic(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """After a short stretch (at most three paragraphs since the undated article's headline or its last section
    heading), an untagged headline over text that the article's own headline still speaks of (over 10% of its
    character pairs recur below) heads the next section: a lead then voices (代表之声·聚焦“防灾减灾” / 全国人大代表、
    中国科学院院士崔鹏： / 加快灾害监测预警能力建设), a chronicle's months. A title whose words nearly all recur in
    the text below (over 74%) is a story's own. In People's Daily 2020 such runs head sections 76 times
    against 6 articles."""
    if cur.dateline is not None or not cur.body or has_column_tag(run):
        return False
    if since_heading(cur) > 3:
        return False
    below = text_below(blocks, j)
    return headline_affinity(joined_text(cur.heads), below) > 0.10 and headline_affinity(joined_text(run), below) <= 0.74


def _headline_built(parts: list[str]) -> bool:
    """Parts built as a kicker and title or a title and subtitle, not as a section's heading and what stands
    under it: a question (怎么上好“开学第一课”？) heads a section, a label after a title (案例, 【长镜头】) opens a box,
    and a line with a colon (项目地址：…, 本报记者：…) is a notice's or a credit's."""
    if parts[0].endswith(("？", "?")) or any(re.search(r"[：:]", p) for p in parts):
        return False
    return not (re.fullmatch(r"【[^】]+】", parts[-1]) or column_label(parts[-1]))


def headline_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline of several parts (kicker and title, title and subtitle) that is about the text below and not
    about the undated article above: the article's headline shares at most 12% of its character pairs with the
    text below, the article's last 2,000 characters at most 12% of the text below's, the headline at most 38%
    of its own with the article. Only in prose (paragraphs of over 66 characters on average): lists and
    question-and-answer turns change subject from line to line. In People's Daily 2020, 68 such runs open an
    article against 24 section headings; the parts' build (_headline_built) then keeps 9 of those headings in
    their feature and loses no article."""
    parts = headline_parts(run)
    if cur.dateline is not None or not cur.body or len(parts) < 2 or not _headline_built(parts):
        return False
    if mean_paragraph(cur) <= 66:
        return False
    below = text_below(blocks, j)
    tail = cur.body_text_tail(2000)
    return headline_affinity(joined_text(cur.heads), below) <= 0.12 and headline_affinity(below, tail) <= 0.12 and headline_affinity(joined_text(run), tail) <= 0.38


def own_headline_left_behind(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A long prose article whose own headline still speaks of its last stretch (over 35% of the headline's
    character pairs recur there) is over where a plain headline speaks of the text below it (over 35%) while
    neither that headline nor the stretch above speaks of it (at most 13% and 11%): the text below is another
    story, not a section. In People's Daily 2020 such runs open an article 53 times against 8 headings."""
    if not cur.heads or len(cur.body) <= 12 or any(re.search(r"[，,]", b.text) or COLUMN_TAG_RE.search(b.text.strip()) for b in run):
        return False
    if mean_paragraph(cur) <= 90:
        return False  # lists and question-and-answer turns change subject from line to line
    heads, below, tail = joined_text(cur.heads), text_below(blocks, j), cur.body_text_tail(2000)
    return (
        headline_affinity(heads, tail) > 0.35 and headline_affinity(heads, below) <= 0.13 and headline_affinity(below, tail) <= 0.11
        and headline_affinity(joined_text(run), below) > 0.35
    )


def long_story_turns_away(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A long article (over 18 paragraphs) under a headline of over 12 ems is over at a headline (over 8 ems,
    no column tag) over running text that neither its headline (at most 10% of the headline's character
    pairs) nor its last 2,000 characters (at most 7% of the text's pairs) speak of: a feature's section,
    however far it turns, keeps the feature's words. In People's Daily 2020 such runs open an article 33 times
    against 5 headings."""
    heads = joined_text(cur.heads)
    if len(cur.body) <= 18 or width(heads) <= 12 or width(joined_text(run)) <= 8 or has_column_tag(run):
        return False
    if j >= len(blocks) or width(blocks[j].text) <= 18:
        return False
    below = text_below(blocks, j)
    return headline_affinity(heads, below) <= 0.10 and headline_affinity(below, cur.body_text_tail(2000)) <= 0.07


def lone_headline_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline with no other of its build ahead (as many parts, the first within 3 ems of its own) before
    the next dateline, over running text (over 42 ems) that neither the article's headline (over 13 ems; at
    most 8% of its character pairs) nor the article's last 2,000 characters (at most 6% of the text's pairs)
    speak of: sections come in series and keep the article's words, so this one heads another story. In
    People's Daily 2020 such runs open an article 36 times against 4 headings."""
    heads, parts = joined_text(cur.heads), headline_parts(run)
    if not cur.body or not parts or width(heads) <= 13 or has_column_tag(run):
        return False
    if j >= len(blocks) or width(blocks[j].text) <= 42 or mean_paragraph(cur) <= 67:
        return False
    below = text_below(blocks, j)
    if headline_affinity(heads, below) > 0.08 or headline_affinity(below, cur.body_text_tail(2000)) > 0.06:
        return False
    return not any(len(other) == len(parts) and abs(width(other[0]) - width(parts[0])) <= 3 for other in headlines_ahead(blocks, j, 40))


def headline_beyond_sections(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A long prose article (over 16 paragraphs of over 78 characters) whose sections, if any, are headed by
    single lines ends at a headline of two or more parts led by a long line (over 10 ems), more than three
    paragraphs after its last section heading, over text that its last stretch hardly speaks of (at most 17% of
    the text's character pairs): a headline built unlike the article's own sections is another story's. In
    People's Daily 2020 such runs open an article 29 times against 4 headings. So does one that shares next to
    nothing (at most 6% of its pairs) with the article's own headline, in prose of over 92 characters a
    paragraph however short, even on the same subject (14 more found, 1 fewer)."""
    parts = headline_parts(run)
    if len(parts) < 2 or width(parts[0]) <= 10 or since_heading(cur) <= 3:
        return False
    mean = mean_paragraph(cur)
    if len(headline_parts(last_section(cur))) > 1 or mean <= 78:
        return False
    if len(cur.body) > 16 and headline_affinity(text_below(blocks, j), cur.body_text_tail(2000)) <= 0.17:
        return True
    return mean > 92 and bool(cur.heads) and headline_affinity(joined_text(run), joined_text(cur.heads)) <= 0.06


def described_shift(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline built like the feature's sections but led by a kicker that describes (陕西旬阳县双河镇“娘子军”
    义务巡河 / 守护清水门前过), not a label or a name, over text the feature never speaks of: the next article of
    a page of reports. In People's Daily 2020, 36 such runs open an article against 7."""
    parts = headline_parts(run)
    return bool(parts) and width(parts[0].rstrip("—：:")) >= 10 and topic_shift(run, blocks, j, cur)


def after_column_piece(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
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
    if mean_paragraph(cur) <= 78 and headline_affinity(joined_text(cur.heads), text_below(blocks, j)) > 0.06:
        return False  # reportage in short paragraphs whose own headline still speaks of the text below: its section
    if len(headline_parts(run)) >= 2:
        return True
    if re.search(r"[，,]", run[0].text):
        return False  # a one-line heading in two clauses (致富路宽，迎来幸福时光) heads a section: 43 to 6
    above, below = _affinities(run, blocks, j, cur)
    return len(cur.body) >= 5 and below > above + 0.2


def _affinities(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> tuple[float, float]:
    """What the run shares (character pairs) with the current article's recent text, and with the text below it."""
    headline = joined_text(run)
    return headline_affinity(headline, cur.body_text_tail(2000)), headline_affinity(headline, text_below(blocks, j))


def describes_above(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline that shares clearly more with the article above than with the text below (half its character
    pairs more) is that article's own, printed after it; a section heading speaks of the section under it. On
    headline-after pages built from 1,500 People's Daily 2020 pages, article F1 rose from 0.822 to 0.835
    (a margin of 0.3 gave 0.827, 0.7 gave 0.826)."""
    if not cur.body:
        return False
    headline = joined_text(run)
    return headline_affinity(headline, cur.body_text(1500)) > headline_affinity(headline, text_below(blocks, j)) + 0.5


def new_topic(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A kicker and title inside a feature share words with it; one that shares next to none with the feature
    and more with the text below it heads an article of its own (北京西部煤矿陆续关停，老矿区转型为林场 / 挖煤人变成了
    种树人 after a feature on civic culture). In People's Daily 2020: 213 articles against 60 sections."""
    above, below = _affinities(run, blocks, j, cur)
    return above <= 0.1 and below > above + 0.1


def same_subject(cur: Segment, blocks: list[Block], i: int) -> bool:
    """A dateline with no headline over it, after an article's body, whose text takes up what the article's
    headline says: a roundup's next report (多地推动知识产权保护与发展: 本报上海…电, then 本报沈阳…电 …). A story
    on another subject is one whose headline is missing, and stands alone. In People's Daily 2020, 76 such
    datelines continue the article against 5."""
    if not cur.body or cur.continued_to:
        return False
    headline = "".join(headline_parts(cur.heads))
    if not headline:
        return False
    dl, own = parse_dateline(blocks[i].text), cur.dateline
    if dl and own and dl.place and own.place and dl.place != own.place and dl.place in headline and own.place in headline:
        return True  # 香港、澳门举办丰富多彩的活动: 本报香港…电, then 本报澳门…电, each place the headline names
    return headline_affinity(headline, joined_text(blocks[i : i + 3])[:600]) >= 0.3
