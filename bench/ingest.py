"""Ingest speed, memory and size: ingest a folder into a fresh archive and print the figures.

    python bench/ingest.py [FOLDER] [--limit N] [--db /tmp/bench-ingest.db]

FOLDER defaults to the unpacked ../shared/corpus rmrb2020 pages (/tmp/news/scale/rmrb2020).
Prints characters/second, peak memory (RSS), and the archive's size against the raw text's.
"""

import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from archive.db import open_archive  # noqa: E402
from archive.ingest import find_files, ingest_file  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default="/tmp/news/scale/rmrb2020")
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    ap.add_argument("--db", default="/tmp/bench-ingest.db")
    args = ap.parse_args()
    if not os.path.isdir(args.folder):
        sys.exit(f"{args.folder}: not found (unpack ../shared/corpus/news-scale.tar.xz, see its README)")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    files, _ = find_files([args.folder])
    files = files[: args.limit] if args.limit else files
    raw_bytes = sum(os.path.getsize(f) for f in files)
    db = open_archive(args.db, create=True)
    t0 = time.time()
    chars = articles = paragraphs = figures = failed = 0
    for k, path in enumerate(files, 1):
        r = ingest_file(db, path)
        chars += r.chars
        articles += r.articles
        paragraphs += r.paragraphs
        figures += r.figures
        failed += r.status == "failed"
        if k % 500 == 0:
            print(f"  {k}/{len(files)} files, {chars / (time.time() - t0):,.0f} chars/s", file=sys.stderr)
    secs = time.time() - t0
    db.close()
    size = os.path.getsize(args.db)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    index_tables = ("paragraphs_fts", "articles_fts", "paragraphs_bigrams")
    db = open_archive(args.db)
    fts_bytes = None
    try:
        fts_bytes = db.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'paragraphs_fts%' OR name LIKE 'articles_fts%' OR name LIKE 'paragraphs_bigrams%'"
        ).fetchone()[0]
    except Exception:  # dbstat is not compiled into every SQLite
        pass
    print(f"files {len(files)} (failed {failed})  characters {chars:,}  raw {raw_bytes / 1e6:.1f} MB")
    print(f"articles {articles:,}  paragraphs {paragraphs:,}  figures {figures:,}")
    print(f"time {secs:.1f} s  speed {chars / secs:,.0f} chars/s  peak RSS {peak:.0f} MB")
    print(f"archive {size / 1e6:.1f} MB = {size / raw_bytes:.2f} x raw text" + (f"; FTS indexes {fts_bytes / 1e6:.1f} MB ({fts_bytes / size:.0%} of the archive; tables {', '.join(index_tables)})" if fts_bytes else ""))


if __name__ == "__main__":
    main()
