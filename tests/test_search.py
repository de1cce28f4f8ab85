import json

import pytest

from archive.search import Filters, QueryError, parse_query, search
from cli.main import cli

QUERIES = ["汽车", "崔爽", "5G基站", "TikTok", "工业和信息化部", "规模以上工业增加值", "国有", "张云明", "2024", "024", "Tok",
           "新能源汽车", "专精特新", "百分点", "40.5万亿元", "同比增长7.7%", "习近平", "减负", "电池", "一张网"]


def like(db, q):
    return {r[0] for r in db.execute("SELECT id FROM paragraphs WHERE text LIKE ?", [f"%{q}%"])}


@pytest.mark.parametrize("q", QUERIES)
def test_recall_equals_like(seeds_db, q):
    expected = like(seeds_db, q)
    found = {r["paragraph_id"] for r in search(seeds_db, q)}
    assert found == expected


def test_queries_found_at_all(seeds_db):
    # guard against a vacuous recall test: the list does hit the seeds
    assert sum(bool(like(seeds_db, q)) for q in QUERIES) >= 18


def test_text_broken_by_layout_matches_like_normal_text(seeds_db):
    # seed 004 prints 设 施 建 设 ，加 快 spaced out and 累计达到 / 33家 across lines
    assert search(seeds_db, "设施建设，加快信息通信业")
    assert search(seeds_db, "累计达到33家")


def test_traditional_query_finds_simplified_text(seeds_db):
    assert {r["paragraph_id"] for r in search(seeds_db, "臺灣")} == like(seeds_db, "台湾") != set()
    assert {r["paragraph_id"] for r in search(seeds_db, "電池")} == like(seeds_db, "电池") != set()


def test_and_or_not_and_phrases(seeds_db):
    both = {r["paragraph_id"] for r in search(seeds_db, "汽车 电池")}
    assert both == like(seeds_db, "汽车") & like(seeds_db, "电池")
    either = {r["paragraph_id"] for r in search(seeds_db, "普京 OR 尹锡悦")}
    assert either == like(seeds_db, "普京") | like(seeds_db, "尹锡悦")
    minus = {r["paragraph_id"] for r in search(seeds_db, "汽车 -新能源")}
    assert minus == like(seeds_db, "汽车") - like(seeds_db, "新能源")
    assert {r["paragraph_id"] for r in search(seeds_db, "汽车 NOT 新能源")} == minus
    phrase = {r["paragraph_id"] for r in search(seeds_db, '"国家 广播电视总局"')}
    assert phrase == like(seeds_db, "国家广播电视总局") != set()


@pytest.mark.parametrize("q", ['"unbalanced', "*", "汽车*", "a:b", "^汽车", "NEAR(汽车 电池)", "'; DROP TABLE paragraphs; --", "OR", "-", "\"\"", "汽车 AND", "(", ")", "{}", "％％", "\\"])
def test_odd_inputs_never_crash(seeds_db, q):
    try:
        rows = search(seeds_db, q)
    except QueryError as e:
        assert "nothing to search for" in str(e)
        return
    for r in rows:
        assert set(r) >= {"paragraph_id", "article_id", "title", "source", "date", "snippet", "rank"}
    assert seeds_db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] > 0


def test_cli_returns_nothing_that_lacks_the_query(seeds_db):
    for q in ("7.7%", "“两新”", "5G", "汽车"):
        for r in search(seeds_db, q):
            text = seeds_db.execute("SELECT text FROM paragraphs WHERE id = ?", [r["paragraph_id"]]).fetchone()[0]
            assert q.lower() in text.lower()


def test_ranking_headline_hit_first(seeds_db):
    rows = search(seeds_db, "新能源汽车")
    assert "新能源汽车" in (rows[0]["title"] or "")


def test_whole_word_ranks_above_accidental_substring(tmp_path):
    from archive.db import open_archive
    from archive.ingest import ingest

    page = tmp_path / "p.txt"
    page.write_text(
        "本报北京3月1日电 我国有很多企业参加了这次展会，国内外客商云集。\n\n"
        "据了解，参加展会的还有一些国有企业代表。\n\n"
        "会上，国有、民营企业代表分别发言。\n",
        encoding="utf-8",
    )
    db = open_archive(str(tmp_path / "a.db"), create=True)
    list(ingest(db, [str(page)]))
    texts = [db.execute("SELECT text FROM paragraphs WHERE id = ?", [r["paragraph_id"]]).fetchone()[0] for r in search(db, "国有")]
    assert len(texts) == 3
    assert "我国有" in texts[-1]


def test_filters_and_grouping(seeds_db):
    xinhua = search(seeds_db, "张云明", Filters(agency="科技日报"))
    assert xinhua and all(r["agency"] == "科技日报" for r in xinhua)
    dated = search(seeds_db, "张云明", Filters(date_from="2025-01-21", date_to="2025-01-21"))
    assert dated and all(r["date"] == "2025-01-21" for r in dated)
    by_reporter = search(seeds_db, "张云明", Filters(reporter="崔爽"))
    assert by_reporter and len({r["article_id"] for r in by_reporter}) == 1
    grouped = search(seeds_db, "张云明", by_article=True)
    assert len(grouped) == len({r["article_id"] for r in grouped}) and sum(r["hits"] for r in grouped) == len(search(seeds_db, "张云明"))


def test_cli_search_json_and_count(runner, seeds_db_path, seeds_db):
    result = runner.invoke(cli, ["search", "汽车", "--db", seeds_db_path, "--json"])
    rows = json.loads(result.output)
    assert {r["paragraph_id"] for r in rows} == like(seeds_db, "汽车")
    assert all("【汽车】" in r["snippet"] for r in rows)
    count = runner.invoke(cli, ["search", "汽车", "--db", seeds_db_path, "--count"])
    assert count.output.strip() == str(len(rows))
    bad = runner.invoke(cli, ["search", "***", "--db", seeds_db_path])
    assert bad.exit_code == 1 and "nothing to search for" in bad.output


def test_plain_sql_phrase_form_works_without_extensions(seeds_db_path, seeds_db):
    import sqlite3

    conn = sqlite3.connect(seeds_db_path)  # a plain connection: no plugin, no functions
    ids = {r[0] for r in conn.execute("""SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH 'search_text : "汽 车"'""")}
    assert ids == like(seeds_db, "汽车")
    pairs = {r[0] for r in conn.execute("""SELECT rowid FROM paragraphs_bigrams WHERE paragraphs_bigrams MATCH '"新能 能源 源汽 汽车"'""")}
    assert pairs == like(seeds_db, "新能源汽车") != set()


def test_parse_query_structure():
    q = parse_query('汽车 OR 电池 -新能源 "中国 制造"')
    assert q.groups == [["汽车", "电池"], ["中国制造"]] and q.excluded == ["新能源"]
    assert q.fts() == 'search_text : (("汽 车" OR "电 池") AND "中 国 制 造" NOT "新 能 源")'
    assert q.bigram_fts() == '("汽车" OR "电池") AND "中国 国制 制造" NOT "新能 能源"'
    assert parse_query("汽 车").bigram_fts() is None  # a one-character term needs the per-character index
