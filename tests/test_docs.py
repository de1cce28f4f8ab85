import os
import re

from archive.schema_docs import TABLES, VIEWS
from cli.main import cli

from .conftest import ROOT

README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()


def test_quick_start_is_one_block_of_exactly_two_commands():
    section = README.split("## Quick start", 1)[1]
    block = section.split("```", 2)[1]
    commands = [l for l in block.splitlines()[1:] if l.strip()]
    assert len(commands) == 2
    assert "archive ingest seeds" in commands[0] and "pytest" in commands[1]


def test_readme_documents_every_table_and_column(seeds_db):
    for table in seeds_db.table_names():
        if table.startswith(("paragraphs_fts", "articles_fts", "paragraphs_bigrams")) or table == "_sqlite_migrations":
            assert table.split("_")[0] + "_" + table.split("_")[1] in README or table == "_sqlite_migrations"
            continue
        assert table in TABLES, f"table {table} lacks documentation"
        documented = TABLES[table]["columns"]
        assert set(documented) == set(seeds_db[table].columns_dict), table
        section = README.split(f"### `{table}`", 1)[1].split("###", 1)[0]
        for column, meaning in documented.items():
            assert f"| `{column}` | {meaning.replace('|', '/')} |" in section, f"{table}.{column}: README differs from schema_docs"
    for view in seeds_db.view_names():
        assert view in VIEWS and f"`{view}`" in README


def test_readme_shows_every_command():
    for name in cli.commands:
        assert re.search(rf"archive {name}\b", README), name
