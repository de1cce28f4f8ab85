from sqlite_utils import Database

import pytest

from archive.db import open_archive, register_functions
from migrations import migrations



TABLES = ("sources", "articles", "paragraphs", "figures")
# Columns a later migration removes on purpose (m005: never set). Everything else must survive.
DROPPED = {("sources", "date_inferred")}


def _archive_at(path, stop_before, data_from):
    """An archive with the schema as of an earlier migration, holding the seeds' rows in that schema's columns
    (columns today's schema no longer has keep their defaults)."""
    db = Database(path)
    register_functions(db)  # the index migrations and triggers call them, as the archive tool provides
    migrations.apply(db, stop_before=stop_before)
    for table in TABLES:
        cols = [c for c in db[table].columns_dict if c in data_from[table].columns_dict]
        rows = data_from.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id").fetchall()
        db[table].insert_all([dict(zip(cols, r)) for r in rows])
    return db


@pytest.mark.parametrize("step", [1, 2, 3, 4])
def test_archive_from_an_earlier_migration_upgrades_with_data_intact(tmp_path, seeds_db, step):
    names = [m.name for m in migrations._migrations]
    assert len(names) >= 5
    old = _archive_at(str(tmp_path / "old.db"), names[step], seeds_db)
    old_cols = {t: [c for c in old[t].columns_dict if (t, c) not in DROPPED] for t in TABLES}
    before = {t: old.execute(f"SELECT {', '.join(old_cols[t])} FROM {t} ORDER BY id").fetchall() for t in TABLES}
    old.close()

    upgraded = open_archive(str(tmp_path / "old.db"))  # every command opens archives this way
    assert [m.name for m in migrations.pending(upgraded)] == []
    for table, rows in before.items():
        cols = ", ".join(old_cols[table])
        assert upgraded.execute(f"SELECT {cols} FROM {table} ORDER BY id").fetchall() == rows
    assert upgraded.execute("SELECT count(*) FROM article_reporters WHERE reporter = '崔爽'").fetchone()[0] == 1
    assert upgraded.execute("""SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'search_text : "汽 车"'""").fetchone()[0] > 0
    assert upgraded.execute("SELECT count(*) FROM figures_full").fetchone()[0] == len(before["figures"])


def test_schema_has_foreign_keys_and_indexes(seeds_db):
    assert {fk.other_table for fk in seeds_db["paragraphs"].foreign_keys} == {"articles"}
    assert {fk.other_table for fk in seeds_db["figures"].foreign_keys} == {"paragraphs", "articles"}
    indexed = {tuple(i.columns) for t in ("articles", "paragraphs", "figures") for i in seeds_db[t].indexes}
    assert {("source_id",), ("article_id",), ("paragraph_id",)} <= indexed
    assert {"paragraphs_fts", "articles_fts"} <= set(seeds_db.table_names())
    assert {"paragraphs_full", "articles_full", "figures_full", "article_reporters"} <= set(seeds_db.view_names())
