"""Word segmentation (jieba) at ingest time: for ranking whole-word hits above accidental substrings, for
telling a column break inside a word (…是脱 / 贫攻坚…) from a paragraph's end, and for the names a story keeps
repeating (unknown_words), which tell its next section from the next story.

Only ingest pays for jieba's dictionary (~1 s per process); lookups never import it. Recall never depends on
it: matching uses the per-character index, the words column only adds rank.
"""

import logging
import re
from collections import Counter
from functools import lru_cache

from .chars import HAN, HAN_END_RE, HAN_START_RE

HAN_WORD_RE = re.compile(f"[{HAN}]+")

_jieba = None


def load_jieba():
    """jieba, its dictionary loaded once per process (only ingest ever calls this)."""
    global _jieba
    if _jieba is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        _jieba = jieba
    return _jieba


def words(text: str) -> str:
    """Space-separated words and the sub-words a search engine would index (国有企业 -> 国有 企业 国有企业)."""
    jieba = load_jieba()
    # HMM off: discovering unknown words adds little to ranking and costs a third of the time.
    return " ".join(w for w in jieba.cut_for_search(text, HMM=False) if w.strip())


def word_spans_junction(left: str, right: str) -> bool:
    """Does a dictionary word run across the end of left into the start of right (…是脱 | 贫攻坚…, 黑 | 龙江)?
    Only where an ideograph stands on both sides: no word runs across punctuation."""
    return bool(HAN_END_RE.search(left) and HAN_START_RE.match(right)) and _spans(left[-3:], right[:3])


@lru_cache(maxsize=65536)
def _spans(a: str, b: str) -> bool:
    # Only three characters either side matter: the same junctions recur on every page, so remember them.
    jieba = load_jieba()
    pos = 0
    for token in jieba.cut(a + b, HMM=False):
        end = pos + len(token)
        if pos < len(a) < end and len(token) >= 2:
            return True
        pos = end
    return False


def unknown_words(text: str) -> Counter:
    """The words of text that jieba's dictionary does not know, of three characters or more, counted: mostly
    the names of people, places and coinages (叶培建, 卡赞扎基斯 read as 卡赞扎, 以疫谋独) that a story keeps
    repeating and its neighbours on the page do not share."""
    jieba = load_jieba()
    known = jieba.dt.FREQ
    return Counter(w for w in jieba.cut(text) if len(w) >= 3 and HAN_WORD_RE.fullmatch(w) and not known.get(w))
