"""Lookups over an archive: article listings, one article reassembled, figures, statistics, read-only SQL."""

import json
import os
import sqlite3

from sqlite_utils import Database

from .db import ArchiveError


def list_articles(db: Database, source=None, date=None, agency=None, kind=None, title=None, limit=None) -> list[dict]:
    where, params = [], []
    if source:
        where.append("s.path LIKE ?")
        params.append(f"%{source}%")
    if date:
        where.append("a.date LIKE ?")
        params.append(f"{date}%")
    if agency:
        where.append("a.agency = ?")
        params.append(agency)
    if kind:
        where.append("a.kind = ?")
        params.append(kind)
    if title:
        where.append("(a.title LIKE ? OR a.kicker LIKE ? OR a.subtitle LIKE ?)")
        params.extend([f"%{title}%"] * 3)
    sql = f"""SELECT a.id, a.kind, a.title, a.date, a.agency, a.reporters, s.path AS source, a.seq,
              (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id) AS paragraphs
              FROM articles a JOIN sources s ON s.id = a.source_id
              {"WHERE " + " AND ".join(where) if where else ""} ORDER BY s.path, a.seq"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = [dict(r) for r in db.query(sql, params)]
    for r in rows:
        r["reporters"] = json.loads(r["reporters"])
    return rows


def get_article(db: Database, article_id: int) -> dict | None:
    rows = list(
        db.query(
            """SELECT a.*, s.path AS source, s.publication, s.page FROM articles a JOIN sources s ON s.id = a.source_id
               WHERE a.id = ?""",
            [article_id],
        )
    )
    if not rows:
        return None
    art = dict(rows[0])
    art.pop("search_text", None)
    for key in ("reporters", "contributors", "notes"):
        art[key] = json.loads(art[key])
    art["paragraphs"] = [
        dict(r)
        for r in db.query(
            "SELECT id, seq, kind, speaker, text, char_start, char_end FROM paragraphs WHERE article_id = ? ORDER BY seq",
            [article_id],
        )
    ]
    return art


def list_figures(db: Database, text=None, subject=None, unit=None, kind=None, minimum=None, maximum=None, source=None, date=None, limit=None,
                 change=None, qualifier=None) -> list[dict]:
    where, params = [], []
    if change:
        where.append("f.change LIKE ?")
        params.append(f"%{change}%")
    for col, val, op in (("f.unit", unit, "="), ("f.kind", kind, "="), ("f.qualifier", qualifier, "="), ("f.value", minimum, ">="), ("f.value", maximum, "<=")):
        if val is not None:
            where.append(f"{col} {op} ?")
            params.append(val)
    if subject:
        where.append("f.subject LIKE ?")
        params.append(f"%{subject}%")
    if text:
        where.append("f.sentence LIKE ?")
        params.append(f"%{text}%")
    if source:
        where.append("s.path LIKE ?")
        params.append(f"%{source}%")
    if date:
        where.append("a.date LIKE ?")
        params.append(f"{date}%")
    sql = f"""SELECT f.id, f.surface, f.value, f.value_max, f.unit, f.written_unit, f.kind, f.qualifier, f.cue, f.change, f.subject, f.period,
              f.sentence, f.paragraph_id, f.article_id, a.title, a.date, s.path AS source
              FROM figures f JOIN articles a ON a.id = f.article_id JOIN sources s ON s.id = a.source_id
              {"WHERE " + " AND ".join(where) if where else ""} ORDER BY s.path, a.seq, f.paragraph_id, f.char_start"""
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in db.query(sql, params)]


def stats(db: Database, path: str | None = None) -> dict:
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    out = {
        "sources": one("SELECT count(*) FROM sources"),
        "articles": one("SELECT count(*) FROM articles"),
        "paragraphs": one("SELECT count(*) FROM paragraphs"),
        "figures": one("SELECT count(*) FROM figures"),
        "characters": one("SELECT coalesce(sum(length(raw_text)), 0) FROM sources"),
        "articles_by_kind": dict(db.execute("SELECT kind, count(*) FROM articles GROUP BY kind ORDER BY 2 DESC").fetchall()),
        "articles_by_agency": dict(db.execute("SELECT coalesce(agency, '(none)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall()),
        "dates": [r[0] for r in db.execute("SELECT DISTINCT date FROM articles WHERE date IS NOT NULL ORDER BY 1")],
        "per_source": [
            dict(r)
            for r in db.query(
                """SELECT s.path AS source, s.encoding, s.publication, count(a.id) AS articles,
                   (SELECT count(*) FROM paragraphs p JOIN articles a2 ON a2.id = p.article_id WHERE a2.source_id = s.id) AS paragraphs
                   FROM sources s LEFT JOIN articles a ON a.source_id = s.id GROUP BY s.id ORDER BY s.path"""
            )
        ],
    }
    if path and os.path.exists(path):
        out["bytes"] = os.path.getsize(path)
    return out


_WRITES = {
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_", "SQLITE_ALTER_"))
} | {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE, sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH}


def _authorize(action, *args):
    return sqlite3.SQLITE_DENY if action in _WRITES else sqlite3.SQLITE_OK


def readonly_sql(path: str, sql: str, params=None) -> list[dict]:
    """Run SQL read-only: the connection is opened read-only and an authorizer refuses every write."""
    uri = "file:" + os.path.abspath(path) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    conn.row_factory = sqlite3.Row
    conn.set_authorizer(_authorize)
    try:
        cur = conn.execute(sql, params or [])
        return [dict(r) for r in cur.fetchall()]
    except sqlite3.Error as e:
        msg = str(e)
        if "readonly" in msg or "not authorized" in msg:
            msg = "archive sql is read-only: writes are refused"
        raise ArchiveError(msg) from None
    finally:
        conn.close()
