"""Stage 6: segments -> article and paragraph records with normalised text and offsets into raw_text.

Datelines stay in the text as printed and are parsed onto the article too (a closing （新华社北京1月21日电）
on its own line is a paragraph of kind dateline); continuation marks (上接1版) are stored on the article only. Interview turns keep their speaker (记者： / 张云明：). A paragraph the
extraction printed twice is stored once, and the article keeps a note that a repeat was dropped.
"""

import re
from dataclasses import dataclass, field

from .segments import Segment
from .blocks import Block
from .datelines import CONTINUED_FROM_RE, CONTINUED_TO_RE, CLOSING_RE, PHOTO_CREDIT_RE, parse_byline, parse_closing_byline
from .chars import ends_sentence
from .labels import BULLETS, EDITOR_NOTE_LEAD_RE, EDITORS_SIGNATURE_RE, SPEAKER_RE, clause_under_short_title, leads_into_title
from .normalise import normalise_text, normalise_title

HEADLINE_SPLIT_RE = re.compile(r"(?<=[！？!?])\s+(?=\S)")


@dataclass
class Paragraph:
    kind: str  # body | heading | byline | caption | editor_note | note | credit | dateline | question | answer
    text: str
    char_start: int
    char_end: int
    speaker: str | None = None


@dataclass
class Article:
    kind: str  # article | photo | continuation | fragment
    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    agency: str | None = None
    place: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None  # when the dateline prints one
    reporters: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    continued_from: str | None = None
    continued_to: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add_names(self, reporters=(), contributors=()) -> None:
        """Reporters and contributors from a byline, dateline or credit, each name once, in order of appearance."""
        self.reporters.extend(r for r in dict.fromkeys(reporters) if r not in self.reporters)
        self.contributors.extend(c for c in dict.fromkeys(contributors) if c not in self.contributors)

    @property
    def char_start(self) -> int | None:
        return min((p.char_start for p in self.paragraphs), default=None)

    @property
    def char_end(self) -> int | None:
        return max((p.char_end for p in self.paragraphs), default=None)


# A news title ends on what happened (…举行, …召开, …发布); a subtitle adds who attended, what was decided.
# (Not …印发 or …发布: 中共中央印发 / 中国共产党中央委员会工作条例 is a kicker over the document's title.)
NEWS_TITLE_END_RE = re.compile(r"(?:举行|召开|揭晓|开幕|闭幕|启动|会议)$")
SUBTITLE_CUE_RE = re.compile(r"出席|主持|会见|讲话|致辞|参加|陪同|致信|祝贺|；")


def _title_then_subtitle(first: str, second: str) -> bool:
    """Two plain headline parts are mostly kicker and title (People's Daily 2020: 5,409 against 1,464), but a
    first part that closes on a bracket (a column tag, （人民时评）) or ends on the event (…表彰大会暨先进事迹报告会举行), or a second part
    that names who attended or lists decisions (王勇出席; 部署…；决定…) or runs long, mark title and subtitle:
    in the index 588 title-and-subtitle pairs show one of these cues against 100 kicker-and-title pairs. So does
    a clause of 20 characters or more under a short plain title (抗疫特别国债首发一千七百亿元 / 通过竞争性招标确定票面
    利率，个人也可购买): 24 subtitles against no title, once a column tag marks the title."""
    if leads_into_title(first):
        return False  # 韩正召开财税部门座谈会强调 / 巩固拓展减税降费成效…: what he stressed is the title, however long
    return bool(
        re.search(r"[）)]$", first) or NEWS_TITLE_END_RE.search(first) or SUBTITLE_CUE_RE.search(second) or len(second) > 40
        or clause_under_short_title(first, second)
    )


def split_headline(heads: list[Block]) -> tuple[str | None, str | None, str | None]:
    """Headline parts -> (kicker, title, subtitle), as printed.

    Markdown levels decide when present (## before # is a kicker). Otherwise a part starting with —— or a
    bracketed note under the title (（2020年11月11日…通过）) is a subtitle and one ending with ：/—— a kicker; a part that wrapped over lines (set in the largest type) is
    the title; otherwise of two plain parts the first is a kicker (in People's Daily 2020 pages a lone extra
    part is a kicker 69% of the time, whatever the lengths).
    """
    parts: list[tuple[str, int, int]] = []  # (text, markdown level, printed lines)
    for h in heads:
        if parse_byline(h.text):
            continue
        if h.kind == "md_heading":
            parts.append((h.text, h.level, 1))
        else:
            for p, nlines in h.parts():
                pieces = [q for q in HEADLINE_SPLIT_RE.split(p) if q.strip()]
                parts.extend((q, 0, nlines if len(pieces) == 1 else 1) for q in pieces)
    parts = [(normalise_title(p), lvl, n) for p, lvl, n in parts]
    parts = [(p, lvl, n) for p, lvl, n in parts if p]
    wrapped = [i for i, (_, _, n) in enumerate(parts) if n > 1]
    parts = [(p, lvl) for p, lvl, _ in parts]
    if not parts:
        return None, None, None
    levels = [lvl for _, lvl in parts if lvl]
    if levels:
        top = min(levels)
        t = next(i for i, (_, lvl) in enumerate(parts) if lvl == top)
    else:
        # a subtitle starts with ——, or is a note in brackets under the title (（2020年9月）, a document's provenance)
        subs = [i for i, (p, _) in enumerate(parts) if p.startswith("—") or i > 0 and re.match(r"^[（(][^（）()]+[）)]$", p)]
        kick = [i for i, (p, _) in enumerate(parts) if p.endswith(("：", ":", "——", "—"))]
        if len(parts) == 1:
            t = 0
        elif kick and kick[0] + 1 < len(parts):
            t = max(k for k in kick if k + 1 < len(parts)) + 1
        elif subs and subs[0] > 0:
            t = subs[0] - 1
        elif len(parts) == 2 and _title_then_subtitle(parts[0][0], parts[1][0]):
            t = 0
        elif len(wrapped) == 1:
            # The main headline is set largest: of plain parts, the one that had to wrap is the title.
            t = wrapped[0]
        else:
            t = 1 if len(parts) >= 2 else 0
    kicker = " ".join(p for p, _ in parts[:t]) or None
    subtitle = " ".join(p for p, _ in parts[t + 1 :]).strip() or None  # as printed, —— included
    # A bullet sets a brief's title off (■ 春运首日客流平稳) and is no part of it; a kicker keeps its bullet as
    # printed (■ 火神山医院维保组——), as People's Daily's own index does.
    return kicker, parts[t][0].lstrip(BULLETS + " ") or parts[t][0], subtitle


def _paragraph(kind: str, block: Block, cut_start: int = 0, cut_end: int | None = None) -> Paragraph | None:
    raw = block.text
    end = len(raw) if cut_end is None else cut_end
    piece = raw[cut_start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    text = normalise_title(piece) if kind == "heading" else normalise_text(piece)
    if not text:
        return None
    return Paragraph(kind, text, block.offset(cut_start + lead), block.offset(end - trail))


def build_article(seg: Segment) -> Article:
    art = Article(kind="article", notes=list(seg.notes_text))
    art.kicker, art.title, art.subtitle = split_headline(seg.heads)
    for h in seg.heads:
        names = parse_byline(h.text)
        if names:
            art.add_names(*names)
    for note in seg.notes:
        p = _paragraph("editor_note", note)
        if p:
            art.paragraphs.append(p)
    dl = seg.dateline or seg.closing
    if dl:
        art.dateline, art.agency, art.place, art.month, art.day = dl.printed, dl.agency, dl.place, dl.month, dl.day
        art.year = dl.year
        for d in (seg.dateline, seg.closing):
            if d:
                art.add_names(d.reporters, d.assistants)
    art.continued_from, art.continued_to = seg.continued_from, seg.continued_to
    seen: list[str] = []
    last = len(seg.body) - 1
    for k, (kind, block) in enumerate(seg.body):
        # Datelines stay in the text as printed (and are also parsed onto the article); marks and a
        # closing dateline standing alone are stored on the article only.
        text = block.text
        start, end = 0, len(text)
        m = CONTINUED_FROM_RE.match(text)
        if k == 0 and m:
            start = m.end()
        m = CLOSING_RE.search(text)
        if m and seg.closing and text[: m.start()].strip() == "":
            kind = "dateline"  # a closing dateline on its own line: the publisher counts it as a paragraph
        m = CONTINUED_TO_RE.search(text)
        if m and k == last:
            end = m.start()
        p = _paragraph(kind, block, start, end)
        if p is None:
            continue
        if kind == "byline":  # a sub-story's byline: its reporters are the article's too
            art.add_names(*(parse_byline(block.text) or ((), ())))
        elif kind == "note":  # a brief signed at its end: （本报记者 张三） / （李 恬）
            art.add_names(*(parse_closing_byline(block.text) or ((), ())))
        norm = p.text
        # Extraction repeats are local (a fragment printed again a paragraph or two later); a pull quote
        # repeating a sentence from far above is a real paragraph.
        if len(norm) >= MIN_REPEAT and any(norm in s and not (kind == "heading" and _quotes_clause(norm, s)) for s in seen[-3:]):
            art.notes.append(f"dropped a repeated paragraph at {p.char_start}-{p.char_end}")
            continue
        seen.append(norm)
        if kind == "body" and EDITOR_NOTE_LEAD_RE.match(norm):
            p.kind = "editor_note"  # 编者按：… introduces the article it stands in
        elif kind == "body":
            m = SPEAKER_RE.match(norm)
            if m and (m.group("speaker") in ("记者", "主持人", "问", "答") or _is_known_speaker(m.group("speaker"), seg)):
                p.speaker = m.group("speaker")
                p.kind = "question" if p.speaker in ("记者", "主持人", "问") else "answer"
        art.paragraphs.append(p)
    art.paragraphs = repair_repeats(art.paragraphs, art.notes)
    _mark_signed_editor_note(art.paragraphs)
    kinds = {p.kind for p in art.paragraphs}
    if seg.continued_from:
        art.kind = "continuation"
    elif kinds and kinds <= {"caption"} or (not art.dateline and "caption" in kinds and len(art.paragraphs) <= 3):
        art.kind = "photo"
        for p in art.paragraphs:
            p.kind = "caption"
            # every credit of the caption, not just the first bracket: （无人机照片） may come before （新华社发（郑家裕摄）
            for m in PHOTO_CREDIT_RE.finditer(p.text):
                if "摄" in m.group(0):
                    names = re.sub(r"新华社|记者|发|摄|[（()）]", " ", m.group(0)).split()
                    art.add_names(contributors=[n for n in names if 2 <= len(n) <= 4])
    elif not art.paragraphs or not art.title and not art.dateline and sum(len(p.text) for p in art.paragraphs) < 40:
        art.kind = "fragment"  # a stray line, or a headline with no text under it (a label over a missing photo)
    return art


def _mark_signed_editor_note(paragraphs: list[Paragraph]) -> None:
    """…本报今起推出系列报道。 / ——编者: the text over the editor's signature, at the top of the article, is an
    editor's note (a signature further down closes a quotation or a box instead)."""
    for k, p in enumerate(paragraphs[:6]):
        if EDITORS_SIGNATURE_RE.match(p.text):
            lead = paragraphs[:k]
            if lead and all(q.kind in ("body", "heading") for q in lead):
                for q in lead:
                    if q.kind == "body":
                        q.kind = "editor_note"
            return


MIN_OVERLAP = 12
# A paragraph printed again inside one just above is the extraction's repeat only if it runs this long: a short
# one (a signature's date 2020年5月28日, a signer 中国房地产业协会, a question heading the answer's section) that the
# text above happens to contain is a paragraph of its own. People's Daily 2020 prints nothing twice, and 98 of its
# 107 paragraphs dropped as repeats were that short.
MIN_REPEAT = 20


def repair_repeats(paras: list[Paragraph], notes: list[str]) -> list[Paragraph]:
    """Undo extraction repeats. A paragraph cut off mid-sentence whose tail is printed again at the start of
    a later paragraph is merged with it (the overlap once); a cut-off paragraph that a later one prints again
    in full is dropped. Only nearby paragraphs (3 ahead) are considered: repeats are local."""
    out = list(paras)
    i = 0
    while i < len(out):
        x = out[i]
        if x.kind != "body" or ends_sentence(x.text):
            i += 1
            continue
        for j in range(i + 1, min(len(out), i + 4)):
            y = out[j]
            if y.kind != "body" or _pull_quote(x.text, y.text):
                continue
            if len(x.text) >= MIN_OVERLAP and y.text.startswith(x.text[:MIN_OVERLAP]) and len(y.text) > len(x.text) and y.text.startswith(x.text[: len(x.text) - 2]):
                notes.append(f"dropped a cut-off repeat at {x.char_start}-{x.char_end}")
                del out[i]
                i -= 1
                break
            k = _overlap(x.text, y.text)
            if k >= MIN_OVERLAP:
                merged = Paragraph("body", x.text + y.text[k:], x.char_start, max(x.char_end, y.char_end), x.speaker)
                notes.append(f"merged a paragraph re-printed with an overlap at {y.char_start}-{y.char_end}")
                out[i] = merged
                del out[j]
                i -= 1
                break
        i += 1
    return out


# What ends a clause: a part that stops right before one of these was quoted whole, not broken off mid-phrase.
CLAUSE_END = "，。；：！？,.;:!?"


def _quotes_clause(heading: str, text: str) -> bool:
    """A section heading that repeats a whole clause of the text above (巩固我国经济稳中向好、长期向好的基本趋势 after
    …要巩固我国经济稳中向好、长期向好的基本趋势。) heads the next section; an extraction repeat breaks off mid-phrase."""
    k = text.find(heading)
    return k >= 0 and (k + len(heading) == len(text) or text[k + len(heading)] in CLAUSE_END + "、”")


def _pull_quote(part: str, whole: str) -> bool:
    """A summary set above the body in bold (精心备战奥运的同时，…推动举国体制与市场机制相结合) quotes a later paragraph's
    opening up to a clause end; an extraction repeat breaks off mid-phrase instead."""
    return len(whole) > len(part) and whole.startswith(part) and whole[len(part)] in CLAUSE_END


def _overlap(left: str, right: str) -> int:
    """Length of the longest suffix of left that is a prefix of right (at least MIN_OVERLAP), else 0."""
    head = right[:MIN_OVERLAP]
    start = left.find(head)
    while start >= 0:
        if right.startswith(left[start:]):
            return len(left) - start
        start = left.find(head, start + 1)
    return 0


def _is_known_speaker(name: str, seg: Segment) -> bool:
    # A name followed by a colon is a speaker when the article is an interview (it also has 记者： turns).
    return any(SPEAKER_RE.match(b.text) and b.text.startswith(("记者", "主持人", "问")) for _, b in seg.body)
