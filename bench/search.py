"""Search recall against LIKE, latency percentiles and index size on an archive.

    python bench/search.py [--db /tmp/full.db] [--queries 120] [--seed 1]

Build the archive first, e.g. `archive ingest /tmp/news/scale --db /tmp/full.db` (the whole ../shared/corpus).
Queries are sampled from the archive itself: 2-, 3-, 4- and 6-character substrings, reporters' names, Latin and
digit runs, and some of them written in traditional characters. Recall = share of LIKE '%q%' paragraphs that
search() returns; precision = share of returned paragraphs whose text contains q.
"""

import argparse
import os
import random
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from archive.db import open_archive  # noqa: E402
from archive.search import search  # noqa: E402


def sample_queries(db, n: int, rng: random.Random) -> list[tuple[str, str]]:
    max_id = db.execute("SELECT max(id) FROM paragraphs").fetchone()[0]
    queries = []
    while len(queries) < n * 0.6:
        row = db.execute("SELECT text FROM paragraphs WHERE id = ?", [rng.randint(1, max_id)]).fetchone()
        if not row:
            continue
        han = [m.start() for m in re.finditer(r"[\u4e00-\u9fff]{6,}", row[0])]
        if not han:
            continue
        start = rng.choice(han)
        size = rng.choice([2, 2, 3, 4, 6])
        queries.append((f"{size}-char", row[0][start : start + size]))
    names = [r[0] for r in db.execute("SELECT value FROM articles, json_each(articles.reporters) ORDER BY random() LIMIT ?", [n // 8])]
    queries += [("name", x) for x in names]
    latin = set()
    for (text,) in db.execute("SELECT text FROM paragraphs WHERE text GLOB '*[A-Za-z0-9][A-Za-z0-9]*' ORDER BY random() LIMIT 400"):
        latin.update(re.findall(r"[A-Za-z]{2,}[0-9]*|[0-9]+[A-Za-z]+|[0-9]{3,}", text))
    queries += [("latin/digits", x) for x in rng.sample(sorted(latin), min(len(latin), n // 8))]
    try:
        import zhconv

        trad = [("traditional", zhconv.convert(q, "zh-tw"), q) for kind, q in queries if kind.endswith("char")][: n // 8]
    except ImportError:
        trad = []
    return [(k, q, q) for k, q in queries] + [t for t in trad if t[1] != t[2]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default="/tmp/full.db")
    ap.add_argument("--queries", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not os.path.exists(args.db):
        sys.exit(f"{args.db}: build it first: archive ingest /tmp/news/scale --db {args.db}")
    db = open_archive(args.db)
    chars = db.execute("SELECT sum(length(text)) FROM paragraphs").fetchone()[0]
    queries = sample_queries(db, args.queries, random.Random(args.seed))
    by_kind: dict[str, list[float]] = {}
    missed_total = like_total = extra_total = 0
    top20, full = [], []
    for kind, q, plain in queries:
        like = {r[0] for r in db.execute("SELECT id FROM paragraphs WHERE text LIKE ?", [f"%{plain}%"])}
        t0 = time.perf_counter()
        found = search(db, q)
        full.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        search(db, q, limit=20)
        top20.append(time.perf_counter() - t0)
        ids = {r["paragraph_id"] for r in found}
        missed = len(like - ids)
        extra = len(ids - like)
        missed_total += missed
        like_total += len(like)
        extra_total += extra
        by_kind.setdefault(kind, []).append(1.0 if not like else (len(like) - missed) / len(like))
        if missed or extra:
            print(f"  {kind:12} {q!r}: LIKE {len(like)}, missed {missed}, extra {extra}")
    pct = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(len(xs) * p))] * 1000  # noqa: E731
    print(f"archive {args.db}: {chars:,} characters in paragraphs, {len(queries)} queries")
    print(f"recall vs LIKE {1 - missed_total / max(like_total, 1):.4f} ({like_total:,} paragraphs expected, {missed_total} missed); extra (not containing q) {extra_total}")
    for kind, xs in sorted(by_kind.items()):
        print(f"  {kind:14} queries {len(xs):3}  mean recall {statistics.mean(xs):.4f}")
    print(f"latency top-20 lookup: median {pct(top20, .5):.1f} ms  p90 {pct(top20, .9):.1f} ms  p99 {pct(top20, .99):.1f} ms")
    print(f"latency all results:   median {pct(full, .5):.1f} ms  p90 {pct(full, .9):.1f} ms  max {max(full) * 1000:.0f} ms")
    try:
        fts = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'paragraphs_fts%' OR name LIKE 'articles_fts%' OR name LIKE 'paragraphs_bigrams%'").fetchone()[0]
        total = os.path.getsize(args.db)
        print(f"size: archive {total / 1e6:.1f} MB, FTS index {fts / 1e6:.1f} MB; without the index {(total - fts) / 1e6:.1f} MB -> with it x{total / (total - fts):.2f}")
    except Exception as e:  # dbstat missing
        print(f"size: archive {os.path.getsize(args.db) / 1e6:.1f} MB ({e})")


if __name__ == "__main__":
    main()
