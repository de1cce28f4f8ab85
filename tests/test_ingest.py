import json

from archive.db import open_archive
from archive.ingest import ingest
from cli.main import cli

from .conftest import seed_text


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sources", "articles", "paragraphs", "figures")}


def test_ingest_twice_changes_nothing(tmp_path, seeds_copy):
    db = open_archive(str(tmp_path / "a.db"), create=True)
    first = list(ingest(db, [str(seeds_copy)]))
    before = counts(db)
    ids = db.execute("SELECT group_concat(id) FROM paragraphs").fetchone()
    second = list(ingest(db, [str(seeds_copy)]))
    assert [r.status for r in first] == ["new"] * 5
    assert [r.status for r in second] == ["skipped"] * 5
    assert counts(db) == before and db.execute("SELECT group_concat(id) FROM paragraphs").fetchone() == ids
    assert before["articles"] >= 25


def test_changed_file_replaces_only_its_source(tmp_path, seeds_copy):
    db = open_archive(str(tmp_path / "a.db"), create=True)
    list(ingest(db, [str(seeds_copy)]))
    others = db.execute("SELECT id, sha256 FROM sources WHERE path NOT LIKE '%003_%' ORDER BY id").fetchall()
    other_paras = db.execute("SELECT count(*) FROM paragraphs p JOIN articles a ON a.id = p.article_id JOIN sources s ON s.id = a.source_id WHERE s.path NOT LIKE '%003_%'").fetchone()
    page = next(p for p in seeds_copy.iterdir() if p.name.startswith("003_"))
    page.write_text(page.read_text(encoding="utf-8") + "\n\n## 新增测试标题\n\n科技日报北京1月22日电（记者测试）这是新加的一段。\n", encoding="utf-8")
    results = list(ingest(db, [str(seeds_copy)]))
    assert sorted(r.status for r in results) == ["replaced"] + ["skipped"] * 4
    assert db.execute("SELECT id, sha256 FROM sources WHERE path NOT LIKE '%003_%' ORDER BY id").fetchall() == others
    assert db.execute("SELECT count(*) FROM paragraphs p JOIN articles a ON a.id = p.article_id JOIN sources s ON s.id = a.source_id WHERE s.path NOT LIKE '%003_%'").fetchone() == other_paras
    assert db.execute("SELECT count(*) FROM articles WHERE title = '新增测试标题'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 5
    # the FTS index followed the replacement (triggers)
    assert db.execute("""SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH '"新 加 的 一 段"'""").fetchone()[0] == 1


def test_bad_files_are_named_and_the_good_ones_go_in(tmp_path, runner):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "gbk_page.txt").write_bytes(seed_text("001").encode("gbk", errors="ignore"))
    (folder / "utf16.md").write_bytes(seed_text("003").encode("utf-16"))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    db_path = str(tmp_path / "a.db")
    result = runner.invoke(cli, ["ingest", str(folder), str(empty_dir), "--db", db_path])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [l for l in result.output.splitlines() if l.startswith("error:")]
    assert len(errors) == 3
    assert any("binary.txt" in l and "binary" in l for l in errors)
    assert any("empty.txt" in l and "empty" in l for l in errors)
    assert any("nothing" in l and "no .txt or .md files" in l for l in errors)
    db = open_archive(db_path)
    rows = sorted((p.rsplit("/", 1)[-1], e) for p, e in db.execute("SELECT path, encoding FROM sources"))
    assert rows == [("gbk_page.txt", "gbk"), ("utf16.md", "utf-16")]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 10
    # nothing half-written: every article of the batch has paragraphs, every source has articles
    assert db.execute("SELECT count(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_id = s.id)").fetchone()[0] == 0


def test_source_is_stored_whole_or_not_at_all(tmp_path, monkeypatch):
    import archive.store as store

    db = open_archive(str(tmp_path / "a.db"), create=True)
    page = tmp_path / "p.txt"
    page.write_text(seed_text("001"), encoding="utf-8")
    real = store._save_article
    calls = []

    def failing(db_, source_id, seq, *a, **k):
        calls.append(seq)
        if seq == 3:
            raise RuntimeError("disk full")
        return real(db_, source_id, seq, *a, **k)

    monkeypatch.setattr(store, "_save_article", failing)
    (result,) = list(ingest(db, [str(page)]))
    assert result.status == "failed" and "disk full" in result.error
    assert counts(db) == {"sources": 0, "articles": 0, "paragraphs": 0, "figures": 0}
    monkeypatch.setattr(store, "_save_article", real)
    (result,) = list(ingest(db, [str(page)]))
    assert result.status == "new" and counts(db)["articles"] == result.articles


def test_raw_text_kept_exactly_and_manifest_read(seeds_db):
    raw, enc, pub = seeds_db.execute("SELECT raw_text, encoding, publication FROM sources WHERE path LIKE '%003_%'").fetchone()
    assert raw == seed_text("003") and enc == "utf-8" and pub == "科技日报"


def test_date_option_gives_the_year(tmp_path, runner):
    page = tmp_path / "p.txt"
    page.write_text(seed_text("001"), encoding="utf-8")
    db_path = str(tmp_path / "a.db")
    result = runner.invoke(cli, ["ingest", str(page), "--db", db_path, "--date", "2025-01-22", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["new"] == 1 and summary["articles"] >= 8
    db = open_archive(db_path)
    assert db.execute("SELECT DISTINCT date, date_inferred FROM articles WHERE dateline LIKE '%1月21日电'").fetchall() == [("2025-01-21", 0)]


def test_year_inferred_and_flagged_without_a_date(seeds_db):
    rows = seeds_db.execute("SELECT DISTINCT date, date_inferred FROM articles WHERE dateline LIKE '新华社北京1月21日电'").fetchall()
    assert rows == [("2025-01-21", 1)]


def test_bad_date_option(runner, tmp_path):
    result = runner.invoke(cli, ["ingest", "seeds", "--db", str(tmp_path / "a.db"), "--date", "22/01/2025"])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output and "Traceback" not in result.output


def test_date_from_the_file_name_when_no_manifest(tmp_path):
    from archive.dates import date_in_path

    assert date_in_path("/corpus/rmrb2020/20201030/rmrb_20201030_04.txt") == "2020-10-30"
    assert date_in_path("pages/2025-01-22/page3.txt") == "2025-01-22"
    assert date_in_path("seeds/000_7a80562be81a2e4f.txt") is None and date_in_path("x/a20201030b.txt") is None
