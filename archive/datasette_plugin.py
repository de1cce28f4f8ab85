"""Datasette plugin (registered by entry point, so a plain `datasette archive.db` gets it too).

- `?_search=` on paragraphs and articles: Datasette wraps the query in escape_fts(); ours turns it into
  per-character phrases (the index's tokens), so 汽车 finds every paragraph containing 汽车. Registered
  trylast so it replaces Datasette's own escape_fts.
- SQL functions for canned queries: archive_query(q) (query -> FTS5 expression), archive_snippet(text, q).
- Snippets with hits marked <mark>; metadata (descriptions of every table and column, facets, canned queries).
"""

import html

from datasette import hookimpl
from markupsafe import Markup

from .schema_docs import TABLES, VIEWS
from .search import QueryError, parse_query, snippet

MARK_OPEN, MARK_CLOSE = "\u0002", "\u0003"


def fts_expression(q: str | None) -> str:
    try:
        return parse_query(q or "").fts()
    except QueryError:
        return '"zzzzzzzzzzzz"'


def snippet_marked(text: str | None, q: str | None) -> str | None:
    if text is None:
        return None
    try:
        terms = parse_query(q or "").terms
    except QueryError:
        return text[:80]
    return snippet(text, terms, (MARK_OPEN, MARK_CLOSE))


@hookimpl(trylast=True)
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, fts_expression)
    conn.create_function("archive_query", 1, fts_expression)
    conn.create_function("archive_snippet", 2, snippet_marked)


@hookimpl
def render_cell(value, column):
    if column == "snippet" and isinstance(value, str) and MARK_OPEN in value:
        escaped = html.escape(value).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
        return Markup(escaped)
    return None


SEARCH_SQL = """SELECT p.id AS paragraph_id, p.article_id, a.title, a.date, s.path AS source,
  archive_snippet(p.text, :q) AS snippet, bm25(paragraphs_fts) AS rank
FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid
JOIN articles a ON a.id = p.article_id JOIN sources s ON s.id = a.source_id
WHERE paragraphs_fts MATCH archive_query(:q)
ORDER BY rank LIMIT 200"""

QUERIES = {
    "search": {
        "title": "Search paragraphs",
        "description": "Every paragraph containing the words (Chinese matched character by character; traditional finds simplified; OR, -exclude, \"phrase\").",
        "sql": SEARCH_SQL,
    },
    "article_text": {
        "title": "An article's full text",
        "description": "Headline, dateline and paragraphs of one article, in order.",
        "sql": """SELECT a.kicker, a.title, a.subtitle, a.dateline, a.date, a.reporters, p.seq, p.kind, p.text
FROM articles a JOIN paragraphs p ON p.article_id = a.id WHERE a.id = :article_id ORDER BY p.seq""",
    },
    "figures_about": {
        "title": "Figures about …",
        "description": "Figures whose subject or sentence mentions the words, with their values in base units.",
        "sql": """SELECT f.surface, f.value, f.unit, f.kind, f.qualifier, f.change, f.subject, f.sentence, a.title, a.date, f.article_id
FROM figures f JOIN articles a ON a.id = f.article_id
WHERE f.subject LIKE '%' || :about || '%' OR f.sentence LIKE '%' || :about || '%'
ORDER BY a.date, f.article_id, f.paragraph_id, f.char_start""",
    },
}


def archive_metadata(database_names):
    tables = {}
    for name, t in TABLES.items():
        tables[name] = {"description": t["description"], "columns": t["columns"]}
        if t.get("facets"):
            tables[name]["facets"] = t["facets"]
    for name in ("paragraphs", "articles"):
        tables[name]["fts_table"] = f"{name}_fts"
        tables[name]["fts_pk"] = "id"
    for name, desc in VIEWS.items():
        tables[name] = {"description": desc}
    return {
        "title": "Chinese newspaper archive",
        "description": "Newspaper page texts reconstructed into articles, paragraphs and figures, with full-text search.",
        "license": "Seed pages: copyright of their publishers (新华社, 科技日报 …), included as samples for research use",
        "source": "Page texts of 22 Jan 2025 Chinese newspapers (seeds/); archive tool: archive",
        "databases": {name: {"tables": tables, "queries": QUERIES} for name in database_names},
    }


@hookimpl
def get_metadata(datasette, key, database, table):
    names = [name for name, db in datasette.databases.items() if not db.is_memory]
    return archive_metadata(names)
