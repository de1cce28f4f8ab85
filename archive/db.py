"""Opening an archive: a sqlite-utils Database with every migration applied."""

import os
import sqlite3

from sqlite_utils import Database

from migrations import migrations


class ArchiveError(Exception):
    """A problem the user can fix (missing file, not an archive); the message is one line."""


def register_functions(db: Database) -> None:
    """SQL functions the index triggers call on writes (reads need none of them)."""
    from .index import bigram_text, search_text
    from .words import words

    db.conn.create_function("archive_search_text", 1, lambda t: search_text(t or ""), deterministic=True)
    db.conn.create_function("archive_bigrams", 1, lambda t: bigram_text(t or ""), deterministic=True)
    db.conn.create_function("archive_words", 1, lambda t: words(t or ""), deterministic=True)


def open_archive(path: str, create: bool = False, migrate: bool = True) -> Database:
    """Open (or with create=True, create) an archive and, unless migrate=False, apply pending migrations."""
    if path != ":memory:" and not os.path.exists(path):
        if not create:
            raise ArchiveError(f"{path}: no such archive (run `archive ingest PATH --db {path}` first)")
    try:
        db = Database(path)
        tables = set(db.table_names())
    except sqlite3.DatabaseError as e:
        raise ArchiveError(f"{path}: not a SQLite database ({e})") from None
    if tables and "_sqlite_migrations" not in tables and "sources" not in tables:
        raise ArchiveError(f"{path}: not an archive (it has tables {', '.join(sorted(tables)[:5])}, none of ours)")
    db.conn.execute("PRAGMA foreign_keys = ON")
    register_functions(db)
    if migrate:
        try:
            migrate_archive(db)
        except sqlite3.OperationalError as e:
            raise ArchiveError(f"{path}: cannot apply migrations ({e})") from None
    return db


def migrate_archive(db: Database) -> list[str]:
    """Apply pending migrations; return the names of those applied."""
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
    return pending
