"""Helpers and page fixtures shared by the reconstruction tests."""

from archive.blocks import build_blocks
from archive.lines import split_lines
from archive.pipeline import reconstruct


def articles_with_text(page):
    """The page's articles that hold paragraphs (a headline alone is left out)."""
    return [a for a in reconstruct(page) if a.paragraphs]


def page_blocks(page):
    """The page's blocks (paragraphs and headline parts, lines joined), before articles are made of them."""
    return build_blocks(split_lines(page))


def by_title(articles, fragment):
    return next(a for a in articles if a.title and fragment in a.title)


def headings(article):
    """The texts of an article's section headings, in order."""
    return [p.text for p in article.paragraphs if p.kind == "heading"]


def kinds(article):
    """An article's paragraphs as (kind, text) pairs."""
    return [(p.kind, p.text) for p in article.paragraphs]


def narrow(paragraphs, between="\n\n", width=14):
    """The paragraphs set in narrow columns: each cut every `width` characters, `between` them."""
    return between.join("\n".join(p[i : i + width] for i in range(0, len(p), width)) for p in paragraphs) + "\n"


def scattered(paragraphs, first=0):
    """The paragraphs in narrow columns with no blank line between them, then a blank line after every other line
    (from line `first`), wherever it falls, as seeds 001 and 004 print them."""
    lines = [l for l in narrow(paragraphs, between="\n").split("\n") if l]
    return "\n".join(l + ("\n" if k % 2 == first else "") for k, l in enumerate(lines)) + "\n"


def rewrap(text, width=14):
    """A page re-wrapped to narrow columns as bench/segmentation.py does it: every line cut every `width`
    characters, blank lines kept."""
    return narrow(text.split("\n"), between="\n", width=width)

SERIES_PAGE = [
    "说说家风故事（特别策划）",
    "电影演员——",
    "把好日子传下去",
    "我从小就听父亲讲革命先辈的故事，这些故事一直教育着我，要一辈子跟党走，时刻要求进步。",
    "现在我们丰衣足食，更不能忘了初心，要把好的传统传承下去，尽力为社会做出自己的贡献。",
    "（本报记者曹玲娟采访整理）",
    "边境乡的姐妹——",
    "守护好幸福家园",
    "我们的家乡是全国人口最少的乡，这里曾经只住着我们一家人，父亲常说这是国家的土地。",
    "在父亲带领下，我们姐妹先后入党，放牧巡山，一年又一年守护着这片土地。",
    "（本报记者袁泉采访整理）",
    "图片说明：",
    "上图为姐妹俩在巡山途中。下图为电影演员在家中翻看老照片。",
    "版式设计：蔡华伟",
    "为新时代提供有力法治保障（人民要论）",
    "法治是治国理政的基本方式，要在法治轨道上推进国家治理体系和治理能力现代化，这是长期任务。",
]


# An undated feature of four paragraphs with no section heading yet, for the change-of-subject tests.
BIRDWATCHING = (
    "湿地观鸟正当时\n\n"
    "冬季是观鸟的好时节，大批候鸟从北方飞来，在湖区湿地越冬栖息。\n\n"
    "观鸟爱好者们带着望远镜和相机，早早守候在湖边，等待鸟群起飞的一刻。\n\n"
    "专家提醒，观鸟要与鸟类保持距离，不要大声喧哗，更不要追赶惊扰。\n\n"
    "一忌穿着鲜艳服装。二忌闪光灯拍摄。三忌投食喂鸟。四忌无人机拍鸟，近距离的飞行物会惊扰鸟群。\n\n"
)
