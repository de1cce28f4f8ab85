"""Stage 8: the search index. Chinese is indexed one character per token, so any substring is findable.

FTS5's unicode61 tokenizer reads a run of Han characters as one token, so words inside it are never found.
Storing the text with a space between CJK characters (search_text) makes every character its own token,
and so does every digit and Latin letter; a query becomes a phrase of the same tokens. Plain SQLite reads
it, with no extension and no custom tokenizer: `paragraphs_fts MATCH '"汽 车"'`.
"""

import re

from .chars import HAN
from .normalise import fold_width

# Digits and Latin letters are single-character tokens too: a query then matches exactly what a substring
# search (LIKE) matches — 024 inside 2024, Tok inside TikTok — and the index stays small.
_TOKEN = re.compile(f"[{HAN}0-9A-Za-z]")


def search_text(text: str) -> str:
    """Text as fed to the index: its Han characters, digits and Latin letters separated by spaces (punctuation
    is a separator to FTS5 anyway, so only the sequence of these tokens matters)."""
    return " ".join(_TOKEN.findall(fold_width(text)))


def tokens(text: str) -> list[str]:
    """The tokens FTS5 (unicode61) will see in search_text(text), lowercased."""
    return [t.lower() for t in _TOKEN.findall(fold_width(text))]


def phrase(term: str) -> str | None:
    """An FTS5 phrase query matching the term as a contiguous substring, or None if it has no tokens."""
    toks = tokens(term)
    if not toks:
        return None
    return '"' + " ".join(toks) + '"'


def pairs(text: str) -> list[str]:
    """Overlapping pairs of the tokens of text: 新能源 -> [新能, 能源]."""
    toks = tokens(text)
    return [a + b for a, b in zip(toks, toks[1:])]


def bigram_text(text: str) -> str:
    """The text as fed to the pair index. A query of two or more characters is then a phrase of consecutive
    pairs, and a two-character word a single token lookup, instead of intersecting the long position lists
    of two common characters."""
    return " ".join(pairs(text))


def bigram_phrase(term: str) -> str | None:
    """An FTS5 phrase over bigram_text() matching the term as a substring; None if it has under 2 tokens."""
    keys = pairs(term)
    return '"' + " ".join(keys) + '"' if keys else None
