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
            notes TEXT NOT NULL DEFAULT '[]'
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
            char_end INTEGER NOT NULL
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
    _create_search_index(db)
    _create_views(db)


def _create_search_index(db: Database):
    """Full-text indexes, contentless (the text lives once, in paragraphs.text) and kept in sync by triggers.

    search_text: every CJK character, digit and letter its own token (archive/index.py): any substring is found.
    words: jieba words (archive/words.py), one token each: ranks a whole-word hit above an accidental substring.
    The triggers call archive_search_text() and archive_words(), which the archive tool registers on its
    connections; reading (MATCH) needs neither, so any SQLite reads the index.
    """
    db.execute(
        "CREATE VIRTUAL TABLE paragraphs_fts USING fts5(search_text, words, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(search_text, content='', tokenize='unicode61 remove_diacritics 2')")
    para_values = "archive_search_text({r}.text), archive_words({r}.text)"
    head = "coalesce({r}.kicker, '') || ' ' || coalesce({r}.title, '') || ' ' || coalesce({r}.subtitle, '')"
    art_values = "archive_search_text(" + head + ")"
    for table, fts, cols, values, watched in (
        ("paragraphs", "paragraphs_fts", "search_text, words", para_values, "text"),
        ("articles", "articles_fts", "search_text", art_values, "kicker, title, subtitle"),
    ):
        new, old = values.format(r="new"), values.format(r="old")
        db.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
        db.execute(
            f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_au AFTER UPDATE OF {watched} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
        )


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


@migrations()
def m003_figure_lists(db: Database):
    """Figures printed as a list (46.3%、65.2%、48.3%) share a list number within their paragraph."""
    db.execute("ALTER TABLE figures ADD COLUMN list_no INTEGER")
    db.execute("DROP VIEW figures_full")
    db.execute(
        """
        CREATE VIEW figures_full AS
        SELECT f.id AS figure_id, f.surface, f.value, f.value_max, f.unit, f.written_unit, f.kind, f.qualifier,
               f.cue, f.change, f.subject, f.period, f.sentence, f.list_no, f.paragraph_id, f.article_id,
               a.title, a.date, s.path AS source
        FROM figures f JOIN articles a ON a.id = f.article_id JOIN sources s ON s.id = a.source_id"""
    )


@migrations()
def m004_bigram_index(db: Database):
    """A second contentless index of overlapping character pairs: fast lookups for queries of 2+ characters.

    Filled from paragraphs.text by archive_bigrams(), which the archive tool registers; kept in sync by triggers.
    """
    db.execute("CREATE VIRTUAL TABLE paragraphs_bigrams USING fts5(bigrams, content='', tokenize='unicode61 remove_diacritics 2')")
    db.execute("CREATE TRIGGER paragraphs_bigrams_ai AFTER INSERT ON paragraphs BEGIN INSERT INTO paragraphs_bigrams(rowid, bigrams) VALUES (new.id, archive_bigrams(new.text)); END")
    db.execute(
        "CREATE TRIGGER paragraphs_bigrams_ad AFTER DELETE ON paragraphs BEGIN "
        "INSERT INTO paragraphs_bigrams(paragraphs_bigrams, rowid, bigrams) VALUES ('delete', old.id, archive_bigrams(old.text)); END"
    )
    db.execute(
        "CREATE TRIGGER paragraphs_bigrams_au AFTER UPDATE OF text ON paragraphs BEGIN "
        "INSERT INTO paragraphs_bigrams(paragraphs_bigrams, rowid, bigrams) VALUES ('delete', old.id, archive_bigrams(old.text)); "
        "INSERT INTO paragraphs_bigrams(rowid, bigrams) VALUES (new.id, archive_bigrams(new.text)); END"
    )
    db.execute("INSERT INTO paragraphs_bigrams(rowid, bigrams) SELECT id, archive_bigrams(text) FROM paragraphs")


@migrations()
def m005_drop_unused_source_flag(db: Database):
    """sources.date_inferred was never set: whether a date was inferred is recorded per article."""
    db.execute("ALTER TABLE sources DROP COLUMN date_inferred")
