import asyncio

import pytest
from datasette.app import Datasette

from archive.schema_docs import TABLES


@pytest.fixture(scope="module")
def ds(seeds_db_path):
    # Plugin loaded by entry point, as for a plain `datasette archive.db`
    return Datasette([seeds_db_path], immutables=[])


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def dbname(ds):
    return next(name for name in ds.databases if name != "_internal" and name != "_memory")


def test_plugin_registered(ds):
    plugins = get(ds, "/-/plugins.json").json()
    assert any(p["name"] == "archive" and "prepare_connection" in p["hooks"] for p in plugins)


def test_every_table_page_answers_with_metadata(ds):
    name = dbname(ds)
    for table, doc in TABLES.items():
        r = get(ds, f"/{name}/{table}")
        assert r.status_code == 200, table
        assert doc["description"] in r.text
    meta = get(ds, "/-/metadata.json").json()
    assert meta["title"] and meta["license"] and meta["source"]
    tables = meta["databases"][name]["tables"]
    for table, doc in TABLES.items():
        assert tables[table]["columns"] == doc["columns"]
    assert set(tables["figures"]["facets"]) >= {"unit", "kind", "qualifier"}


def test_facets_shown(ds):
    name = dbname(ds)
    for table, expected in (("articles", {"kind", "agency", "date"}), ("figures", {"unit", "kind", "qualifier"})):
        facets = get(ds, f"/{name}/{table}.json?_size=0").json()["facet_results"]
        assert expected <= set(facets), table
        assert all(facets[f]["results"] for f in expected if f != "date" or table == "articles")


def test_table_search_box_matches_like(ds, seeds_db):
    name = dbname(ds)
    for q in ("汽车", "崔爽", "5G基站", "工业和信息化部", "TikTok", "臺灣"):
        rows = get(ds, f"/{name}/paragraphs.json?_search={q}&_shape=array&_size=max&_col=id").json()
        target = "台湾" if q == "臺灣" else q
        expected = {r[0] for r in seeds_db.execute("SELECT id FROM paragraphs WHERE text LIKE ?", [f"%{target}%"])}
        assert expected and expected <= {r["id"] for r in rows}, q
    arts = get(ds, f"/{name}/articles.json?_search=新能源汽车&_shape=array").json()
    assert arts and all("新能源汽车" in (a["title"] or "") for a in arts)
    # odd input in the search box: a page, not a server error
    assert get(ds, f'/{name}/paragraphs?_search="unbalanced NEAR(').status_code == 200


def test_canned_queries(ds, seeds_db):
    name = dbname(ds)
    rows = get(ds, f"/{name}/search.json?q=汽车&_shape=array").json()
    assert rows and all("\u0002汽车\u0003" in r["snippet"] for r in rows)
    page = get(ds, f"/{name}/search?q=汽车")
    assert page.status_code == 200 and "<mark>汽车</mark>" in page.text
    (aid,) = seeds_db.execute("SELECT id FROM articles WHERE title LIKE '%普京%'").fetchone()
    text = get(ds, f"/{name}/article_text.json?article_id={aid}&_shape=array").json()
    assert len(text) == 6 and text[-1]["text"].endswith("王毅参加活动。")
    figs = get(ds, f"/{name}/figures_about.json?about=新能源汽车&_shape=array").json()
    assert any(f["value"] == 12888000 for f in figs)
