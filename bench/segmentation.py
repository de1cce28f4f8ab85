"""Score page reconstruction against the publisher's own article structure (rmrb2020 index.jsonl).

For each sampled page: gold articles (kicker/title/subtitle, paragraphs) from index.jsonl; predicted articles
from archive.pipeline.reconstruct, on the plain text and on a re-wrap to narrow columns (every block cut into
14-character lines, blank lines kept). An article is found when a predicted article starts with the gold's first
paragraph and ends with its last. Prints found/precision/F1, headline and title exact, paragraph count exact,
spurious articles.

    python bench/segmentation.py [--corpus /tmp/news/scale/rmrb2020] [--pages 150] [--width 14] [--seed 1]
        [--bylines | --markdown | --no-blank | --headlines-after | --headlines-over-text] [--indented]

The layout options check that the rules do not lean on how the People's Daily 2020 crawl happens to be laid out:
--bylines inserts a byline under every undated article's headline, as papers that print them do; --markdown
marks every headline as a crawl writing markdown does (# title, ## kicker or subtitle); --no-blank drops the
blank lines between paragraphs, as some crawls print them; --headlines-after moves every headline after its
body, as PDF extraction order can; --headlines-over-text prints headline parts and the first paragraph on
consecutive lines; --indented (which combines with the others) puts two ideographic spaces before every
paragraph, as crawls keeping the indent do.
"""

import argparse
import collections
import json
import os
import random
import re
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from archive.datelines import parse_dateline  # noqa: E402
from archive.normalise import normalise_text  # noqa: E402
from archive.pipeline import reconstruct  # noqa: E402


def squeeze(s: str | None) -> str:
    return re.sub(r"\s+", "", normalise_text(s or "")) if s else ""


def wrap(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(line)
            continue
        out.extend(line[i : i + width] for i in range(0, len(line), width))
    return "\n".join(out)


def with_column_breaks(text: str, every: int) -> str:
    """As a PDF extraction of printed columns: a blank line after every `every` lines of text, wherever it falls
    (mid-sentence, mid-word, inside a headline)."""
    out, n = [], 0
    for line in text.split("\n"):
        out.append(line)
        if line.strip():
            n += 1
            if n % every == 0:
                out.append("")
    return "\n".join(out)


def with_scattered_blanks(text: str, lo: int, hi: int, seed: int) -> str:
    """As a PDF extraction of narrow columns setting blank lines anywhere (seeds 001 and 004): the page's own
    blank lines dropped, then one after every lo to hi lines (drawn with seed), mid-paragraph, mid-headline or
    between them alike."""
    rnd = random.Random(seed)
    out, n, run = [], 0, rnd.randint(lo, hi)
    for line in text.split("\n"):
        if not line.strip():
            continue
        out.append(line)
        n += 1
        if n >= run:
            out.append("")
            n, run = 0, rnd.randint(lo, hi)
    return "\n".join(out)


def gold_articles(raw: str, rows: list[dict]) -> list[dict]:
    arts = []
    for r in sorted(rows, key=lambda r: r["index"]):
        span = raw[r["char_start"] : r["char_end"]]
        blocks = [b.strip() for b in re.split(r"\n\s*\n", span) if b.strip()]
        n = r["n_paragraphs"]
        heads, paras = (blocks[:-n], blocks[-n:]) if n else (blocks, [])
        arts.append({"kicker": r["kicker"], "title": r["title"], "subtitle": r["subtitle"], "heads": heads, "paragraphs": paras})
    return arts


def with_bylines(raw: str, rows: list[dict], gold: list[dict]) -> str:
    """The page as a paper that prints a byline under the headline of every undated story would give it
    (People's Daily 2020 pages carry bylines only inside bundles of reports): 本报记者 张 三 before each
    undated article's first paragraph."""
    out, shift = raw, 0
    for r, g in zip(sorted(rows, key=lambda r: r["index"]), gold):
        if not g["paragraphs"] or parse_dateline(g["paragraphs"][0]):
            continue
        pos = raw.find(g["paragraphs"][0], r["char_start"])
        if pos < 0:
            continue
        out = out[: pos + shift] + BYLINE + out[pos + shift :]
        shift += len(BYLINE)
    return out


BYLINE = "本报记者 张 三\n\n"


def with_markdown(raw: str, gold: list[dict], rows: list[dict]) -> str:
    """The page as a crawl that writes headlines in markdown gives it: # before the title, ## before a kicker or
    subtitle (section headings inside the text stay plain)."""
    out, pos = [], 0
    for r, g in zip(sorted(rows, key=lambda r: r["index"]), gold):
        if r["char_start"] is None:
            continue  # an index row with no text on the page (one in rmrb2020)
        for h in g["heads"]:
            k = raw.find(h, max(pos, r["char_start"]))
            if k < 0:
                continue
            mark = "# " if squeeze(h) == squeeze(r["title"]) else "## "
            out.append(raw[pos:k] + mark)
            pos = k
    return "".join(out) + raw[pos:]


def with_indents(raw: str, gold: list[dict]) -> str:
    """The page as a crawl that keeps each paragraph's indent gives it: two ideographic spaces before every
    paragraph (headlines stay flush)."""
    paragraphs = {p for g in gold for p in g["paragraphs"]}
    return "\n".join("\u3000\u3000" + line.strip() if line.strip() in paragraphs else line for line in raw.split("\n"))


def headlines_over_text(raw: str, gold: list[dict]) -> str:
    """The page as a crawl that prints each headline's parts and the article's first paragraph on consecutive
    lines gives it (a blank line only between paragraphs)."""
    out = raw
    for g in gold:
        if g["heads"] and g["paragraphs"]:
            top = g["heads"] + g["paragraphs"][:1]
            out = out.replace("\n\n".join(top), "\n".join(top), 1)
    return out


def headlines_after(gold: list[dict]) -> str:
    """The page as a PDF extraction that prints each article's headline after its body."""
    return "\n\n".join("\n\n".join(g["paragraphs"] + g["heads"]) for g in gold) + "\n"


def read_index(corpus: str) -> dict[str, list[dict]]:
    """The corpus folder's index.jsonl, its rows grouped by file (exits with a one-line error if it is missing)."""
    if not os.path.isdir(corpus):
        sys.exit(f"{corpus}: not found (unpack ../shared/corpus/news-scale.tar.xz, see its README)")
    by_file = collections.defaultdict(list)
    with open(os.path.join(corpus, "index.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            by_file[r["file"]].append(r)
    return by_file


def found_precision_f1(stats: collections.Counter) -> tuple[float, float, float]:
    """Share of gold articles found, share of predicted ones that are gold, and their F1."""
    recall = stats["found"] / max(stats["gold"], 1)
    precision = (stats["predicted"] - stats["spurious"]) / max(stats["predicted"], 1)
    return recall, precision, 2 * recall * precision / max(recall + precision, 1e-9)


def score_page(raw: str, gold: list[dict], stats: collections.Counter, examples: list):
    pred = [a for a in reconstruct(raw) if a.kind != "fragment"]
    used = set()
    for g in gold:
        if not g["paragraphs"]:
            continue
        stats["gold"] += 1
        first, last = squeeze(g["paragraphs"][0])[:30], squeeze(g["paragraphs"][-1])[-30:]
        match = None
        for k, a in enumerate(pred):
            if k in used or not a.paragraphs:
                continue
            if squeeze(a.paragraphs[0].text).startswith(first) and squeeze(a.paragraphs[-1].text).endswith(last):
                match = k
                break
        if match is None:
            if len(examples) < 12:
                examples.append(("missed", g["title"], first[:20]))
            continue
        used.add(match)
        a = pred[match]
        stats["found"] += 1
        title_ok = squeeze(a.title) == squeeze(g["title"])
        head_ok = title_ok and squeeze(a.kicker) == squeeze(g["kicker"]) and squeeze(a.subtitle) == squeeze(g["subtitle"])
        stats["title_exact"] += title_ok
        stats["headline_exact"] += head_ok
        stats["paragraphs_exact"] += len(a.paragraphs) == len(g["paragraphs"])
        if not head_ok and len(examples) < 24:
            examples.append(("headline", (g["kicker"], g["title"], g["subtitle"]), (a.kicker, a.title, a.subtitle)))
    for k, a in enumerate(pred):
        if k not in used and len(examples) < 40:
            examples.append(("spurious", a.kind, a.title, a.paragraphs[0].text[:30] if a.paragraphs else ""))
    stats["predicted"] += len(pred)
    stats["spurious"] += len(pred) - len(used)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="/tmp/news/scale/rmrb2020")
    ap.add_argument("--pages", type=int, default=150)
    ap.add_argument("--width", type=int, default=14)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", action="store_true", help="print misses and headline errors")
    layout = ap.add_mutually_exclusive_group()
    layout.add_argument("--bylines", action="store_true", help="as a paper printing a byline under every undated story")
    layout.add_argument("--markdown", action="store_true", help="as a crawl writing headlines in markdown (# title)")
    layout.add_argument("--no-blank", action="store_true", help="as a crawl printing paragraphs back to back, no blank lines")
    layout.add_argument("--headlines-over-text", action="store_true", help="as a crawl printing headlines straight over their text, no blank line")
    ap.add_argument("--indented", action="store_true", help="as a crawl keeping paragraph indents (two ideographic spaces)")
    ap.add_argument("--column-breaks", type=int, default=0, metavar="N",
                    help="re-wrapped only: a blank line after every N lines, as a column break in a PDF extraction")
    layout.add_argument("--headlines-after", action="store_true", help="as a PDF extraction printing headlines after bodies")
    ap.add_argument("--scattered-blanks", metavar="LO-HI", default="",
                    help="re-wrapped only: blank lines only after every LO to HI lines, wherever they fall (seeds 001, 004: 1-3, 2-6)")
    args = ap.parse_args()
    by_file = read_index(args.corpus)
    complete = sorted(f for f, rows in by_file.items() if all(r["page_complete"] for r in rows))
    random.Random(args.seed).shuffle(complete)
    sample = complete[: args.pages]
    for mode in ("plain", f"wrapped{args.width}"):
        stats, examples = collections.Counter(), []
        chars = 0
        t0 = time.time()
        for name in sample:
            with open(os.path.join(args.corpus, name), encoding="utf-8") as f:
                raw = f.read()
            gold = gold_articles(raw, by_file[name])
            page = with_bylines(raw, by_file[name], gold) if args.bylines else raw
            if args.markdown:
                page = with_markdown(raw, gold, by_file[name])
            if args.headlines_after:
                page = headlines_after(gold)
            if args.headlines_over_text:
                page = headlines_over_text(raw, gold)
            if args.indented:
                page = with_indents(page, gold)
            if args.no_blank:
                page = re.sub(r"\n\s*\n", "\n", page)
            text = page if mode == "plain" else wrap(page, args.width)
            if args.column_breaks and mode != "plain":
                text = with_column_breaks(text, args.column_breaks)
            if args.scattered_blanks and mode != "plain":
                lo, hi = (int(x) for x in args.scattered_blanks.split("-"))
                text = with_scattered_blanks(text, lo, hi, zlib.crc32(name.encode()))
            chars += len(text)
            score_page(text, gold, stats, examples)
        secs = time.time() - t0
        recall, precision, f1 = found_precision_f1(stats)
        found = max(stats["found"], 1)
        print(
            f"{mode:10} pages {len(sample)}  gold {stats['gold']}  predicted {stats['predicted']}  "
            f"found {recall:.3f}  precision {precision:.3f}  F1 {f1:.3f}  "
            f"headline exact {stats['headline_exact'] / found:.3f}  title exact {stats['title_exact'] / found:.3f}  "
            f"paragraphs exact {stats['paragraphs_exact'] / found:.3f}  spurious {stats['spurious']}  "
            f"({chars / secs / 1e3:.0f}k chars/s)"
        )
        if args.examples:
            for e in examples:
                print("   ", e)


if __name__ == "__main__":
    main()
