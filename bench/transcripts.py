"""Score page reconstruction on another kind of source: CCTV 新闻联播 transcripts (xwlb index.jsonl).

A broadcast day is one file: each item's title on a line, then its paragraphs (央视网消息（新闻联播）：…), the
bulletins (国内联播快讯) under one bare lead with their items' titles inside. None of the rules was written
for this layout from its own pages, so it checks that they hold beyond the People's Daily. Scored as
bench/segmentation.py scores pages (found, precision, F1, title exact), plain and re-wrapped to 14 characters.

    python bench/transcripts.py [--corpus /tmp/news/scale/xwlb] [--days 150] [--seed 1] [--examples]
"""

import argparse
import collections
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from segmentation import found_precision_f1, read_index, score_page, squeeze, wrap  # noqa: E402


def gold_items(raw: str, rows: list[dict]) -> list[dict] | None:
    """The day's items as the index gives them (title, then n_paragraphs blocks), or None where the file and
    the index disagree."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", raw) if b.strip()]
    items, k = [], 0
    for r in sorted(rows, key=lambda r: r["num"]):
        if k >= len(blocks) or squeeze(blocks[k]) != squeeze(r["title"]):
            return None
        n = r["n_paragraphs"]
        items.append({"kicker": None, "title": r["title"], "subtitle": None, "heads": [blocks[k]], "paragraphs": blocks[k + 1 : k + 1 + n]})
        k += 1 + n
    return items if k == len(blocks) else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="/tmp/news/scale/xwlb")
    ap.add_argument("--days", type=int, default=150)
    ap.add_argument("--width", type=int, default=14)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", action="store_true", help="print misses and title errors")
    args = ap.parse_args()
    by_file = read_index(args.corpus)
    names = sorted(by_file)
    random.Random(args.seed).shuffle(names)
    days, skipped = [], 0
    for name in names:
        if len(days) == args.days:
            break
        with open(os.path.join(args.corpus, name), encoding="utf-8") as f:
            raw = f.read()
        gold = gold_items(raw, by_file[name])
        if gold is None:
            skipped += 1
            continue
        days.append((raw, gold))
    for mode in ("plain", f"wrapped{args.width}"):
        stats, examples = collections.Counter(), []
        chars, t0 = 0, time.time()
        for raw, gold in days:
            text = raw if mode == "plain" else wrap(raw, args.width)
            chars += len(text)
            score_page(text, gold, stats, examples)
        secs = time.time() - t0
        recall, precision, f1 = found_precision_f1(stats)
        print(
            f"{mode:10} days {len(days)} (skipped {skipped} where file and index disagree)  gold {stats['gold']}  "
            f"predicted {stats['predicted']}  found {recall:.3f}  precision {precision:.3f}  F1 {f1:.3f}  "
            f"title exact {stats['title_exact'] / max(stats['found'], 1):.3f}  spurious {stats['spurious']}  "
            f"({chars / secs / 1e3:.0f}k chars/s)"
        )
        if args.examples:
            for e in examples:
                print("   ", e)


if __name__ == "__main__":
    main()
