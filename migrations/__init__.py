"""The archive's schema, as sqlite-utils Migrations. Every schema change is a new function here, appended.

The schema is a public interface for SQL users (see README "Schema"): never edit an applied migration.
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("archive")


@migrations()
def m001_initial(db: Database):
    db.execute(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            encoding TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            publication TEXT,
            date TEXT,
            page TEXT,
            date_inferred INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX idx_sources_sha256 ON sources(sha256)")
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            kicker TEXT,
            subtitle TEXT,
            dateline TEXT,
            agency TEXT,
            place TEXT,
            date TEXT,
            date_inferred INTEGER NOT NULL DEFAULT 0,
            reporters TEXT NOT NULL DEFAULT '[]',
            contributors TEXT NOT NULL DEFAULT '[]',
            continued_from TEXT,
            continued_to TEXT,
            char_start INTEGER,
            char_end INTEGER,
            notes TEXT NOT NULL DEFAULT '[]',
            search_text TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_articles_source_id ON articles(source_id)")
    db.execute("CREATE INDEX idx_articles_date ON articles(date)")
    db.execute(
        """
        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            text TEXT NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            search_text TEXT NOT NULL,
            words TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX idx_paragraphs_article_id ON paragraphs(article_id)")
    db.execute(
        """
        CREATE TABLE figures (
            id INTEGER PRIMARY KEY,
            paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id),
            article_id INTEGER NOT NULL REFERENCES articles(id),
            surface TEXT NOT NULL,
            value REAL,
            value_max REAL,
            unit TEXT,
            written_unit TEXT,
            kind TEXT NOT NULL,
            qualifier TEXT NOT NULL DEFAULT 'exact',
            cue TEXT,
            change TEXT,
            subject TEXT,
            period TEXT,
            sentence TEXT,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL
        )"""
    )
    db.execute("CREATE INDEX idx_figures_paragraph_id ON figures(paragraph_id)")
    db.execute("CREATE INDEX idx_figures_article_id ON figures(article_id)")
    db.execute("CREATE INDEX idx_figures_unit_kind ON figures(unit, kind)")
    # search_text: every CJK character, digit and letter its own token (see archive/index.py): recall.
    # words: jieba words, one token each: ranks a whole-word hit above an accidental substring.
    db["paragraphs"].enable_fts(["search_text", "words"], tokenize="unicode61 remove_diacritics 2", create_triggers=True)
    db["articles"].enable_fts(["search_text"], tokenize="unicode61 remove_diacritics 2", create_triggers=True)
    _create_views(db)


def _create_views(db: Database):
    db.execute(
        """
        CREATE VIEW paragraphs_full AS
        SELECT p.id AS paragraph_id, p.article_id, p.seq, p.kind, p.speaker, p.text,
               a.title, a.kicker, a.subtitle, a.date, a.agency, a.kind AS article_kind,
               s.id AS source_id, s.path AS source, s.publication, s.page,
               p.char_start, p.char_end
        FROM paragraphs p JOIN articles a ON a.id = p.article_id JOIN sources s ON s.id = a.source_id"""
    )
    db.execute(
        """
        CREATE VIEW articles_full AS
        SELECT a.id AS article_id, a.seq, a.kind, a.kicker, a.title, a.subtitle, a.dateline, a.agency, a.place,
               a.date, a.reporters, a.continued_from, a.continued_to,
               s.path AS source, s.publication, s.page,
               (SELECT count(*) FROM paragraphs p WHERE p.article_id = a.id) AS paragraphs,
               (SELECT group_concat(text, char(10)) FROM (SELECT text FROM paragraphs p WHERE p.article_id = a.id ORDER BY seq)) AS full_text
        FROM articles a JOIN sources s ON s.id = a.source_id"""
    )
    db.execute(
        """
        CREATE VIEW figures_full AS
        SELECT f.id AS figure_id, f.surface, f.value, f.value_max, f.unit, f.written_unit, f.kind, f.qualifier,
               f.cue, f.change, f.subject, f.period, f.sentence, f.paragraph_id, f.article_id,
               a.title, a.date, s.path AS source
        FROM figures f JOIN articles a ON a.id = f.article_id JOIN sources s ON s.id = a.source_id"""
    )


@migrations()
def m002_article_reporters_view(db: Database):
    """One row per (article, reporter): lets SQL users filter or count by reporter without json_each."""
    db.execute(
        """
        CREATE VIEW article_reporters AS
        SELECT a.id AS article_id, r.value AS reporter, a.title, a.date, a.agency
        FROM articles a, json_each(a.reporters) r"""
    )
