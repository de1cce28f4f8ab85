"""The whole page reconstruction: raw text -> articles with paragraphs and figures (no I/O)."""

from .articles import segment
from .blocks import build_blocks
from .figures import Figure, extract_figures
from .lines import split_lines
from .paragraphs import Article, build_article


def reconstruct(raw_text: str) -> list[Article]:
    """Articles of a page, in page order."""
    return [build_article(seg) for seg in segment(build_blocks(split_lines(raw_text)))]


def page_figures(article: Article) -> list[list[Figure]]:
    """Figures of each paragraph of an article (headings and captions included)."""
    return [extract_figures(p.text) for p in article.paragraphs]
