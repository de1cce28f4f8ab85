"""Word segmentation (jieba) at ingest time, for ranking whole-word hits above accidental substrings.

Only ingest pays for jieba's dictionary (~1 s per process); lookups never import it. Recall never depends on
it: matching uses the per-character index, the words column only adds rank.
"""

import logging

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
