import os
import shutil

import pytest
from click.testing import CliRunner

from archive.db import open_archive
from archive.ingest import ingest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")


def seed_path(prefix: str) -> str:
    return next(os.path.join(SEEDS, f) for f in sorted(os.listdir(SEEDS)) if f.startswith(prefix))


def seed_text(prefix: str) -> str:
    with open(seed_path(prefix), encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="session")
def seeds_db_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("seeds") / "archive.db")
    db = open_archive(path, create=True)
    results = list(ingest(db, [SEEDS]))
    assert all(r.status == "new" for r in results), results
    db.close()
    return path


@pytest.fixture
def seeds_db(seeds_db_path):
    db = open_archive(seeds_db_path)
    yield db
    db.close()


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def seeds_copy(tmp_path):
    dest = tmp_path / "pages"
    shutil.copytree(SEEDS, dest)
    return dest
