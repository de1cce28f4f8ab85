"""Section headings told by their build: headlines shaped like the article's own or its other sections'
(as many parts, about as long, a kicker leading in, a quotation) are its sections, not new articles; a title
with no sibling of its build, after prose that had no sections, is the next piece's."""

import re

from .blocks import Block
from .chars import width
from .datelines import parse_byline
from .headline_runs import headlines_ahead, is_headline_candidate
from .labels import AFTERWORD_TAG_RE, COLUMN_TAG_RE, SERIES_KICKER_RE, STORY_LABEL_RE, clause_under_short_title, signs_off
from .segments import Segment, heading_groups, headline_parts, last_section, running_text, signed


def in_series(run: list[Block], blocks: list[Block], at: int, cur: Segment) -> bool:
    """Short kickers ending —— (赤壁—— / 襄阳—— / 红安——) that come in a series head the sections of one
    article: in People's Daily 2020, 859 of 895 such lines inside articles have a sibling; only 148 of 519
    article kickers of that shape share their page with another."""
    first = run[0].text.strip()
    if not SERIES_KICKER_RE.match(first) or not cur.body:
        return False
    before = any(SERIES_KICKER_RE.match(b.text.strip()) for _, b in cur.body)
    ahead = any(SERIES_KICKER_RE.match(b.text.strip()) and is_headline_candidate(b) for b in blocks[at + len(run) : at + len(run) + 60])
    return before or ahead


def _section_like(parts: list[str]) -> bool:
    """Built like a section heading: a short label over a line (a column tag or a —— subtitle marks an
    article's own headline)."""
    return len(parts) >= 2 and width(parts[0]) <= 16 and not any(COLUMN_TAG_RE.search(p) or p.startswith("—") for p in parts)


def _alike(a: list[str], b: list[str]) -> bool:
    """Two headlines of the same build: as many parts, each of about the same length, a short label first
    (一个服务窗口 / 围绕“六稳”“六保”，架起沟通桥梁 and 一个治理抓手 / 不仅集纳意见，更要协调破解难题)."""
    return len(a) == len(b) and _section_like(a) and _section_like(b) and parts_about_as_long(a, b)


def parts_about_as_long(a: list[str], b: list[str]) -> bool:
    """Each part of one headline about as long as the same part of the other (within 3 characters, or half)."""
    return all(abs(len(x) - len(y)) <= max(3, max(len(x), len(y)) // 2) for x, y in zip(a, b))


def sibling_section(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline built like the one over the current undated article's body, or like its last section
    heading, or like one further down before any dateline, is one of its sections: in People's Daily 2020,
    such runs are sections 105 times against 16 articles (those mostly have a long descriptive kicker,
    which the short label first excludes)."""
    if cur.dateline is not None or not cur.body:
        return False
    parts = headline_parts(run)
    if not _section_like(parts):
        return False
    if _next_report_in_row(run, cur):
        return False
    if _alike(parts, headline_parts(cur.heads)) or _alike(parts, headline_parts(last_section(cur))):
        return True
    return any(_alike(parts, other) for other in headlines_ahead(blocks, j, 60, undated=True))


def _next_report_in_row(run: list[Block], cur: Segment) -> bool:
    """A headline built like the article's own, after four paragraphs or more with no section heading among
    them, is the next of a row of short reports under headlines of one build (四 川 / 春耕物资配到位, 海 南 / 多举措抓好春耕),
    not a section: a feature's sections come sooner. Voices (…： / title) and pieces signed under their title are
    left to the bundle rules. In People's Daily 2020 such runs open an article 29 times against 9."""
    if len(cur.body) < 4 or cur.body_has_heading() or signed(run[-1]):
        return False
    parts = headline_parts(run)
    return not parts[0].endswith(("：", ":")) and _alike(parts, headline_parts(cur.heads))


def part_shapes(parts: list[str]) -> tuple[tuple[bool, bool, bool], ...]:
    """Each part's shape: a kicker leading in (——$), a subtitle (^——), a quotation (“…”)."""
    return tuple((p.endswith("——"), p.startswith("—"), p.startswith("“") and p.rstrip("！？。!?").endswith("”")) for p in parts)


def quoted_sibling(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A headline with a quotation in it, built part for part like the undated article's own or like its last
    section heading, is the next section of a series of voices (武汉市肺科医院放射科医生秦立新—— / “当好火线上的
    ‘侦察兵’” after 宁波北仑人民医院重症监护室护士焦萍—— / “要让他们从我们的眼神中看到希望”; “要站在历史正确的一边” /
    ——开放决心越来越坚定); so is one built like the next headline before any dateline, the first voice of such a
    series, even under a long kicker (在医院、在方舱，他们眉头不皱，奋勇向前—— / “越是危险的地方，我越要冲锋在前”).
    In People's Daily 2020 such runs are sections 352 times against 8."""
    if cur.dateline is not None or not cur.body:
        return False
    parts = headline_parts(run)
    build = part_shapes(parts)
    if len(parts) < 2 or not any(quoted for _, _, quoted in build):
        return False
    own, last = headline_parts(cur.heads), headline_parts(last_section(cur))
    if any(len(other) >= len(parts) and part_shapes(other[-len(parts):]) == build for other in (own, last)):
        return True
    # or like a headline further down: the first voice of the series
    return any(len(other) == len(parts) and part_shapes(other) == build for other in headlines_ahead(blocks, j, 80, undated=True))


def _one_line_headings(cur: Segment) -> list[str]:
    """The article's section headings that stand on one line alone (a heading of two parts is another build)."""
    return [parts[0] for parts in map(headline_parts, heading_groups(cur)) if len(parts) == 1]


def _alike_lines(a: str, b: str) -> bool:
    """Two one-line headings of one build: about as long, in as many clauses."""
    return abs(width(a) - width(b)) <= max(3, max(width(a), width(b)) // 3) and len(re.findall(r"[，,]", a)) == len(re.findall(r"[，,]", b))


def first_section_under_headline(cur: Segment) -> None:
    """A plain line under the headline, straight over running text, built like the article's own section headings
    (山西运城推动果业优化升级 / 有了“身份证” 苹果涨身价 / 新技术入园，论筐卖变论个卖, then 品牌化助力，水果越销越远 further
    down) heads the first section: it is not the subtitle. Under a headline of two parts the title itself is
    built like the sections, so it takes three. In People's Daily 2020: 20 more articles found, 2 fewer."""
    plain = [h for h in cur.heads if h.kind == "text" and not parse_byline(h.text)]
    if len(plain) < 3 or cur.heads[-1] is not plain[-1] or not cur.body or cur.body[0][0] != "body":
        return
    parts, every = headline_parts([plain[-1]]), headline_parts(plain)
    if len(parts) != 1 or len(every) < 3 or every[-2].endswith(("——", "—", "：", ":")):
        return  # under a kicker that leads into it, the line is the title
    line = parts[0]
    if line.startswith("—") or COLUMN_TAG_RE.search(line) or re.match(r"^[（(].*[）)]$", line):
        return
    if any(_alike_lines(line, h) for h in _one_line_headings(cur)):
        cur.heads.pop()
        cur.body.insert(0, ("heading", plain[-1]))


def pull_quote_under_title(cur: Segment) -> None:
    """A long clause under a short one-line title and over undated running text (汇聚体育的力量 / 在重要场次比赛中
    闯难关、拔头筹，以酣畅淋漓的胜利提振信心、鼓舞斗志 / 2月8日，…) is the piece's pull quote, its first paragraph; over a
    dateline it is the subtitle (labels.clause_under_short_title). In People's Daily 2020 such a clause over
    undated text is the first paragraph 31 times, a subtitle twice."""
    if cur.dateline is not None or len(cur.heads) != 2 or not cur.body or cur.body[0][0] != "body":
        return
    if any(h.kind != "text" or parse_byline(h.text) for h in cur.heads) or not running_text(cur.body[0][1]):
        return
    if clause_under_short_title(cur.heads[0].text, cur.heads[1].text):
        cur.body.insert(0, ("body", cur.heads.pop()))


SOLE_TITLE_SHAPE_RE = re.compile(r"——|……|[【】■●▲◆★：:]|[！!？?]$|^[“‘「]")


def sole_heading_after_prose(run: list[Block], blocks: list[Block], j: int, cur: Segment) -> bool:
    """A plain one-line title (5 to 20 ems, no label marks, a long one without commas) after six or more
    paragraphs of unsectioned prose that ended a sentence (a title of 4 ems, as a box label may be, after ten),
    over running text, with no headline of its build ahead (one line within 3 ems; a story label such as 图片报道
    is none) before the next dateline: sections come in series, so a first and only one heads the next piece of
    a page of essays or commentaries (…是一座城生机焕发的光彩未来。 / 秋夜读书记). A closing note or a signature
    ends the search: what follows it is another piece's. In People's Daily 2020 such titles open an article on
    30 pages and head a section on 3."""
    parts = headline_parts(run)
    if len(parts) != 1 or SOLE_TITLE_SHAPE_RE.search(parts[0]) or AFTERWORD_TAG_RE.search(parts[0]):
        return False
    title_width = width(parts[0])
    if not 4 <= title_width <= 20 or title_width > 14 and re.search(r"[，,、]", parts[0]):
        return False
    if len(run[-1].lines) - 1 not in run[-1].short:
        return False  # a line filling its column before a column break: a paragraph's first line cut off
    if cur.body_has_heading() or sum(1 for kind, _ in cur.body if kind == "body") < (6 if title_width > 4 else 10):
        return False
    last_kind, last = cur.body[-1]
    if last_kind != "body" or not last.text.strip().endswith(("。", "”")):
        return False
    if j >= len(blocks) or not running_text(blocks[j]):
        return False
    end = next((k for k in range(j, min(len(blocks), j + 60)) if signs_off(blocks[k].text)), j + 60)
    ahead = (other for other in headlines_ahead(blocks, j, end - j) if not STORY_LABEL_RE.match(other[0]))  # 图片报道 heads a story
    return not any(len(other) == 1 and abs(width(other[0]) - title_width) <= 3 for other in ahead)
