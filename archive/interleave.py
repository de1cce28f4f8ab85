"""Interleaved columns: a paragraph stops mid-word (…研究人员通过黑) and continues a few paragraphs later
(龙江帽儿山实验林场…) after paragraphs that belong to another article.

Rejoined only where the evidence is clear: the dangling paragraph ends on a character that is no word of its
own, the continuation starts on one, and a dictionary word spans the junction (黑|龙江, 价|值). The paragraphs in
between go back to the article whose own dangling end they complete; if none does, they stay and the article
says so in its notes.
"""

import re
from functools import lru_cache

from .blocks import Block
from .chars import HAN_END_RE
from .words import word_spans_junction

LOOKAHEAD = 8


def _dangling(kind: str, block: Block) -> bool:
    """A sentence broken off mid-word: ends on a character and holds sentence punctuation (labels and
    headlines, which also end on a character, seldom do). A short one may have been taken for a heading."""
    text = block.text.rstrip()
    return kind in ("body", "heading") and bool(HAN_END_RE.search(text)) and bool(re.search(r"[，、；：“,;:]", text))


@lru_cache(maxsize=65536)
def _ends_mid_word(tail: str) -> bool:
    """Does the text end on a lone character (…通过黑, …关键核, …为基), not on a whole word of its own (…高级教师,
    …收入增加)? A clause that ends on a word, a heading's above all, is no paragraph cut mid-word."""
    from .words import load_jieba

    tokens = list(load_jieba().cut(tail, HMM=False))
    return bool(tokens) and len(tokens[-1]) == 1


def _continues(left: Block, right: Block) -> bool:
    text = left.text.rstrip()
    return word_spans_junction(text, right.text) and _ends_mid_word(text[-8:])


def _merge(a: Block, b: Block) -> Block:
    return Block(a.kind, a.lines + b.lines, gaps=a.gaps + [len(a.lines)], caption=a.caption)


def rejoin(segments) -> None:
    """Rejoin paragraphs split by an interleaved column, in place."""
    for s_idx, seg in enumerate(segments):
        i = 0
        while i < len(seg.body):
            kind, block = seg.body[i]
            if not _dangling(kind, block) or i == 0 and seg.heads and seg.dateline is None:
                # (an undated text's first paragraph under its headline is the lead, often set without its stop:
                # …可谓信用有价值，守信能受益)
                i += 1
                continue
            if i + 1 < len(seg.body) and seg.body[i + 1][0] == "body" and _continues(block, seg.body[i + 1][1]):
                # The next paragraph completes the word: a column break the reflow could not see.
                seg.body[i] = ("body", _merge(block, seg.body[i + 1][1]))
                del seg.body[i + 1]
                continue
            j = next(
                (j for j in range(i + 2, min(len(seg.body), i + LOOKAHEAD)) if seg.body[j][0] == "body" and _continues(block, seg.body[j][1])),
                None,
            )
            if j is None:
                i += 1
                continue
            intruders = seg.body[i + 1 : j]
            home = _home_for(segments[:s_idx], intruders)
            if home is not None:
                last_kind, last = home.body[-1]
                home.body[-1] = (last_kind, _merge(last, intruders[0][1]))
                home.body.extend(intruders[1:])
                home.notes_text.append("rejoined a paragraph split by an interleaved column")
            else:
                seg.notes_text.append("paragraphs of another column stand inside this article (kept)")
            seg.body[i] = ("body", _merge(block, seg.body[j][1]))
            del seg.body[i + 1 : j + 1]
            if home is None:
                seg.body[i + 1 : i + 1] = intruders
            seg.notes_text.append("rejoined a paragraph split by an interleaved column")
            i += 1


def _home_for(earlier, intruders):
    """The earlier article whose last paragraph dangles and is completed by the first intruder."""
    if not intruders or intruders[0][0] != "body":
        return None
    for seg in reversed(earlier[-3:]):
        if seg.body and _dangling(*seg.body[-1]) and _continues(seg.body[-1][1], intruders[0][1]):
            return seg
    return None
