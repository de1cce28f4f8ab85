from sqlite_utils import Database

from archive.db import open_archive
from archive.ingest import ingest
from migrations import migrations

from .conftest import SEEDS


def test_archive_from_first_migration_upgrades_with_data_intact(tmp_path):
    path = str(tmp_path / "old.db")
    db = Database(path)
    names = [m.name for m in migrations.pending(db)]
    assert len(names) >= 2
    migrations.apply(db, stop_before=names[1])  # the schema as the first version shipped it
    list(ingest(db, [SEEDS]))
    before = {t: db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("sources", "articles", "paragraphs", "figures")}
    db.close()

    upgraded = open_archive(path)  # every command opens archives this way: pending migrations apply
    assert [m.name for m in migrations.pending(upgraded)] == []
    for table, rows in before.items():
        assert upgraded.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() == rows
    assert upgraded.execute("SELECT count(*) FROM article_reporters WHERE reporter = '崔爽'").fetchone()[0] == 1
    assert upgraded.execute("""SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH '"汽 车"'""").fetchone()[0] > 0


def test_schema_has_foreign_keys_and_indexes(seeds_db):
    assert {fk.other_table for fk in seeds_db["paragraphs"].foreign_keys} == {"articles"}
    assert {fk.other_table for fk in seeds_db["figures"].foreign_keys} == {"paragraphs", "articles"}
    indexed = {tuple(i.columns) for t in ("articles", "paragraphs", "figures") for i in seeds_db[t].indexes}
    assert {("source_id",), ("article_id",), ("paragraph_id",)} <= indexed
    assert {"paragraphs_fts", "articles_fts"} <= set(seeds_db.table_names())
    assert {"paragraphs_full", "articles_full", "figures_full", "article_reporters"} <= set(seeds_db.view_names())
