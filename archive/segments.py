"""An article being built (Segment) and the measures the article rules read from it: a headline run's parts,
its column tag, the text around it, and how many character pairs two texts share."""

import re
from dataclasses import dataclass, field
from itertools import groupby

from .blocks import Block
from .chars import char_pairs, ends_sentence, width
from .datelines import CONTINUED_FROM_RE, PHOTO_CREDIT_RE, Dateline, is_reporter_byline, parse_byline, parse_closing, parse_dateline
from .labels import AUTHOR_LINE_RE, COLUMN_TAG_RE, NAME_LINE_RE


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
        return bool(self.body) or self.dateline is not None or self.signed()

    def signed(self) -> bool:
        """A byline stands in the headline (本报记者 张 三, or who speaks: 刘兰芳（中国曲艺家协会名誉主席）)."""
        return any(parse_byline(b.text) for b in self.heads)

    def signed_by_reporter(self) -> bool:
        """A reporter's byline stands in the headline (本报记者 张 三)."""
        return any(is_reporter_byline(b.text) for b in self.heads)

    def take_open_headings(self) -> list[Block]:
        """The headings the body ends on, with no text under them, taken out of it (an empty list when the body
        is nothing but headings: they head its first section)."""
        k = len(self.body)
        while k > 0 and self.body[k - 1][0] == "heading":
            k -= 1
        if k in (0, len(self.body)):
            return []
        left = [b for _, b in self.body[k:]]
        del self.body[k:]
        return left

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


def running_text(block: Block) -> bool:
    """Body text, as below a title: a sentence, or a long line with clause punctuation (a line with none at all
    is more of a list: names, units)."""
    return ends_sentence(block.text) or width(block.text) >= 40 and bool(re.search(r"[，。；！？,]", block.text))


def list_entry(block: Block) -> bool:
    """An entry of a list (a name with its post, a unit), not a sentence, nor the closing dateline after the list
    (（新华社北京11月20日电）), which ends the article."""
    return not ends_sentence(block.text) and "。" not in block.text and not parse_closing(block.text)


# Blocks a headline is read from: plain text, or a markdown heading (# 工信部解读…), its marks aside.
HEADLINE_KINDS = ("text", "md_heading")


def headline_parts(blocks: list[Block]) -> list[str]:
    return [p.strip() for b in blocks if b.kind in HEADLINE_KINDS and not parse_byline(b.text) for p, _ in b.parts()]


def has_column_tag(blocks: list[Block]) -> bool:
    """A headline with a part closed by a column's tag (（人民时评）): a piece of its own."""
    return any(COLUMN_TAG_RE.search(p) for p in headline_parts(blocks))


def heading_groups(cur: Segment) -> list[list[Block]]:
    """The section headings in the current article's body, each as its run of consecutive heading paragraphs."""
    return [[b for _, b in group] for heading, group in groupby(cur.body, key=lambda kb: kb[0] == "heading") if heading]


def last_section(cur: Segment) -> list[Block]:
    """The last section heading (its consecutive heading paragraphs) in the current article's body."""
    groups = heading_groups(cur)
    return groups[-1] if groups else []


def signed(block: Block) -> bool:
    return bool(AUTHOR_LINE_RE.match(block.text.strip()) or parse_byline(block.text))


def headline_affinity(headline: str, body: str) -> float:
    """Share of the headline's character pairs that occur in the body."""
    h = char_pairs(headline)
    return len(h & char_pairs(body)) / len(h) if h else 0.0


def opens_body(block: Block | None) -> bool:
    if block is None:
        return False
    t = block.text
    return bool(parse_dateline(t) or parse_byline(t) or CONTINUED_FROM_RE.match(t))


def is_caption(block: Block) -> bool:
    return block.caption or bool(PHOTO_CREDIT_RE.search(block.text))


def photo_named_in_text(block: Block) -> bool:
    """Running text that points at a photo in passing (…游泳馆（见图，本报记者方莹馨摄），…) and goes on well past
    the credit: a body paragraph, not a caption under a photo's headline."""
    m = PHOTO_CREDIT_RE.search(block.text)
    return not block.caption and m is not None and width(block.text[m.end() :]) > 20


def joined_text(blocks: list[Block]) -> str:
    return "".join(b.text for b in blocks)


def text_below(blocks: list[Block], j: int) -> str:
    """The text from j on that a headline there would head (its first blocks, up to 1,500 characters)."""
    return joined_text(blocks[j : j + 6])[:1500]


def since_heading(cur: Segment) -> int:
    """Paragraphs since the current article's last section heading (or since its headline)."""
    return next((n for n, (kind, _) in enumerate(reversed(cur.body)) if kind == "heading"), len(cur.body))


def mean_paragraph(cur: Segment) -> float:
    """The current article's mean paragraph length in characters: prose runs long, lists and interviews short."""
    return sum(len(b.text) for _, b in cur.body) / len(cur.body)


def after_finished_paragraph(cur: Segment | None) -> bool:
    """The current article's last paragraph is running text that ends a sentence: what follows may close it."""
    return cur is not None and bool(cur.body) and cur.body[-1][0] == "body" and ends_sentence(cur.body[-1][1].text)


def closes_on_source(text: str) -> bool:
    """A piece's source on a line of its own: （本报柏林3月3日电）, （据新华社科威特城电 记者王俊鹏）."""
    t = text.strip()
    return t.startswith(("（", "(")) and parse_closing(t) is not None


def name_line(block: Block) -> bool:
    """A writer's name alone on its line (何 娟, 郑少忠)."""
    return bool(NAME_LINE_RE.match(block.text.strip()))


def column_label(text: str) -> bool:
    """A column's short label: up to five ems, no punctuation (建议, 来论, 身边事)."""
    return width(text) <= 5 and not re.search(r"[，。：:、——（）()！？]", text)
