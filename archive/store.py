"""Stage 9: writing a reconstructed source into the archive — all of it in one transaction, or nothing."""

import datetime
import json
from dataclasses import dataclass

from sqlite_utils import Database

from .dates import article_date, infer_year
from .db import register_functions
from .paragraphs import Article
from .pipeline import page_figures


@dataclass
class SourceFile:
    path: str
    sha256: str
    bytes: int
    encoding: str
    raw_text: str
    publication: str | None = None
    date: str | None = None
    page: str | None = None


@dataclass
class Saved:
    source_id: int
    articles: int
    paragraphs: int
    figures: int
    replaced: bool


def save_source(db: Database, src: SourceFile, articles: list[Article]) -> Saved:
    """Store one source with its articles, paragraphs and figures; a changed file replaces its old rows."""
    register_functions(db)  # the index triggers need them; cheap and idempotent
    year = None if src.date else infer_year(src.raw_text)
    counts = [0, 0]
    with db.atomic():
        row = db.execute("SELECT id FROM sources WHERE path = ?", [src.path]).fetchone()
        replaced = row is not None
        if replaced:
            source_id = row[0]
            _delete_rows(db, source_id)
            db.execute(
                "UPDATE sources SET sha256=?, bytes=?, encoding=?, raw_text=?, ingested_at=?, publication=?, date=?, page=? WHERE id=?",
                [src.sha256, src.bytes, src.encoding, src.raw_text, _now(), src.publication, src.date, src.page, source_id],
            )
        else:
            cur = db.execute(
                "INSERT INTO sources (path, sha256, bytes, encoding, raw_text, ingested_at, publication, date, page) VALUES (?,?,?,?,?,?,?,?,?)",
                [src.path, src.sha256, src.bytes, src.encoding, src.raw_text, _now(), src.publication, src.date, src.page],
            )
            source_id = cur.lastrowid
        for seq, art in enumerate(articles, 1):
            _save_article(db, source_id, seq, art, src.date, year, counts)
    return Saved(source_id, len(articles), counts[0], counts[1], replaced)


def _save_article(db: Database, source_id: int, seq: int, art: Article, source_date, year, counts) -> None:
    date, inferred = article_date(art.month, art.day, source_date, year, art.year)
    cur = db.execute(
        """INSERT INTO articles (source_id, seq, kind, title, kicker, subtitle, dateline, agency, place, date, date_inferred,
           reporters, contributors, continued_from, continued_to, char_start, char_end, notes)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
        [
            source_id, seq, art.kind, art.title, art.kicker, art.subtitle, art.dateline, art.agency, art.place, date,
            int(inferred), json.dumps(art.reporters, ensure_ascii=False), json.dumps(art.contributors, ensure_ascii=False),
            art.continued_from, art.continued_to, art.char_start, art.char_end,
            json.dumps(art.notes, ensure_ascii=False),
        ],
    )
    article_id = cur.lastrowid
    for pseq, (para, figs) in enumerate(zip(art.paragraphs, page_figures(art)), 1):
        pcur = db.execute(
            "INSERT INTO paragraphs (article_id, seq, kind, speaker, text, char_start, char_end) VALUES (?,?,?,?,?,?,?)",
            [article_id, pseq, para.kind, para.speaker, para.text, para.char_start, para.char_end],
        )
        counts[0] += 1
        for f in figs:
            db.execute(
                """INSERT INTO figures (paragraph_id, article_id, surface, value, value_max, unit, written_unit, kind, qualifier,
                   cue, change, subject, period, sentence, char_start, char_end, list_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                [
                    pcur.lastrowid, article_id, f.surface, f.value, f.value_max, f.unit, f.written_unit, f.kind, f.qualifier,
                    f.cue, f.change, f.subject, f.period, f.sentence, f.char_start, f.char_end, f.list_no,
                ],
            )
            counts[1] += 1


def _delete_rows(db: Database, source_id: int) -> None:
    ids = "SELECT id FROM articles WHERE source_id = ?"
    db.execute(f"DELETE FROM figures WHERE article_id IN ({ids})", [source_id])
    db.execute(f"DELETE FROM paragraphs WHERE article_id IN ({ids})", [source_id])
    db.execute("DELETE FROM articles WHERE source_id = ?", [source_id])


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
