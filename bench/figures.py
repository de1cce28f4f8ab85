"""Figures on real pages: counts by kind, unit and qualifier, and a random sample to eyeball;
with --gold, the seed pages scored against the hand-checked list in bench/figures_seeds_gold.tsv.

    python bench/figures.py [--corpus /tmp/news/scale/rmrb2020] [--pages 300] [--sample 40] [--seed 1]
    python bench/figures.py --gold
"""

import argparse
import collections
import glob
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from archive.figures import extract_figures  # noqa: E402
from archive.figures_gold import score_pages  # noqa: E402
from archive.pipeline import reconstruct  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def gold_report():
    s = score_pages(os.path.join(ROOT, "bench", "figures_seeds_gold.tsv"), os.path.join(ROOT, "seeds"))
    print(f"seed pages: hand-checked figures {s.gold}, extracted {s.found}, matched on (value, unit) {s.matched}")
    print(f"recall {s.recall:.3f}  precision {s.precision:.3f}  qualifier right {s.qualifier:.3f}  kind right {s.kind:.3f}")
    for page, fig in s.missed:
        print(f"  missed  {page}  {fig}")
    for page, fig in s.extra:
        print(f"  extra   {page}  {fig.surface} {fig.value:g} {fig.unit}")
    for page, fig, want in s.wrong:
        print(f"  wrong   {page}  {fig.surface}: {fig.kind}/{fig.qualifier}, hand-checked {want.kind}/{want.qualifier}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="/tmp/news/scale/rmrb2020")
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--gold", action="store_true", help="score the seed pages against the hand-checked list")
    args = ap.parse_args()
    if args.gold:
        return gold_report()
    files = sorted(glob.glob(os.path.join(args.corpus, "**", "*.txt"), recursive=True))
    if not files:
        sys.exit(f"{args.corpus}: no pages (unpack ../shared/corpus/news-scale.tar.xz, see its README)")
    rng = random.Random(args.seed)
    files = rng.sample(files, min(args.pages, len(files)))
    kinds, units, quals = collections.Counter(), collections.Counter(), collections.Counter()
    found = []
    chars = 0
    t0 = time.time()
    for path in files:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        for art in reconstruct(raw):
            for p in art.paragraphs:
                chars += len(p.text)
                for fig in extract_figures(p.text):
                    kinds[fig.kind] += 1
                    units[fig.unit] += 1
                    quals[fig.qualifier] += 1
                    found.append(fig)
    secs = time.time() - t0
    print(f"pages {len(files)}  paragraph characters {chars:,}  figures {len(found):,} ({len(found) / max(chars, 1) * 1e4:.1f} per 10k chars)  {secs:.1f}s")
    print("by kind:      " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("by qualifier: " + ", ".join(f"{k} {v}" for k, v in quals.most_common()))
    print("top units:    " + ", ".join(f"{k} {v}" for k, v in units.most_common(25)))
    print(f"\nsample of {args.sample}:")
    for fig in rng.sample(found, min(args.sample, len(found))):
        i = fig.sentence.find(fig.surface)
        context = fig.sentence[max(0, i - 18) : i + len(fig.surface) + 8]
        print(f"  {fig.surface:>14}  {fig.value:>16,.6g} {fig.unit:<4} {fig.kind:<17} {fig.qualifier:<11} {fig.change or '':<6} | {fig.subject or '':<16} | …{context}…")


if __name__ == "__main__":
    main()
