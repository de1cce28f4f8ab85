"""Full-text search: a user query -> an FTS5 expression over per-character tokens, then exact verification.

Syntax: terms separated by spaces must all occur (AND); `OR` between terms; `-term` or `NOT term` excludes;
"quoted phrases" keep their spaces. A query in traditional characters finds simplified text (臺灣 -> 台湾).
FTS5 finds every candidate; each is then checked against the normalised paragraph text, so a result always
contains what was asked for. Any input is safe: terms are reduced to tokens and quoted, never passed raw.
"""

import re
import shlex
import sqlite3
from dataclasses import dataclass

from .index import bigram_phrase, pairs, phrase, tokens
from .normalise import normalise_text


class QueryError(ValueError):
    """The query has nothing searchable; the message says why."""


@dataclass
class Query:
    groups: list[list[str]]  # AND of OR-groups of terms (normalised, simplified)
    excluded: list[str]

    def fts(self, column: str | None = "search_text") -> str:
        """The FTS5 expression; restricted to the per-character column unless column is None."""
        expr = self._expr(phrase)
        return f"{column} : ({expr})" if column else expr

    def bigram_fts(self) -> str | None:
        """The expression over paragraphs_bigrams, or None when a term has a single character."""
        if any(bigram_phrase(t) is None for t in self.terms + self.excluded):
            return None
        return self._expr(bigram_phrase)

    def _expr(self, phrase) -> str:
        parts = []
        for group in self.groups:
            phrases = [phrase(t) for t in group]
            phrases = [p for p in phrases if p]
            parts.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
        expr = " AND ".join(parts)
        for t in self.excluded:
            p = phrase(t)
            if p:
                expr += " NOT " + p
        return expr

    def matches(self, text: str) -> bool:
        t = text.lower()
        return all(any(term.lower() in t for term in g) for g in self.groups) and not any(x.lower() in t for x in self.excluded)

    @property
    def terms(self) -> list[str]:
        return [t for g in self.groups for t in g]


def to_simplified(text: str) -> str:
    """Traditional -> simplified, loading the converter only when the text holds non-GB2312 Han characters."""
    if all(not ("\u4e00" <= c <= "\u9fff") or _in_gb2312(c) for c in text):
        return text
    import zhconv  # loaded lazily: a lookup in simplified Chinese never pays for it

    return zhconv.convert(text, "zh-cn")


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def parse_query(q: str) -> Query:
    q = to_simplified(q.strip())
    try:
        raw = shlex.split(q.replace("“", '"').replace("”", '"'), posix=True)
    except ValueError:  # unbalanced quotes: read the quote marks as plain characters
        raw = q.replace('"', " ").split()
    groups: list[list[str]] = []
    excluded: list[str] = []
    join_next = False
    negate = False
    for word in raw:
        if word == "OR":
            join_next = bool(groups)
            continue
        if word in ("AND", "NOT"):
            negate = word == "NOT"
            continue
        if word.startswith("-") and len(word) > 1:
            negate, word = True, word[1:]
        term = normalise_text(word)
        if not phrase(term):
            negate = join_next = False
            continue
        if negate:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        negate = join_next = False
    if not groups:
        raise QueryError("nothing to search for: give at least one word with Chinese characters, letters or digits" + (" that is not excluded" if excluded else ""))
    return Query(groups, excluded)


@dataclass
class Filters:
    source: str | None = None
    publication: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    agency: str | None = None
    reporter: str | None = None
    kind: str | None = None


def _filter_sql(f: Filters) -> tuple[str, dict]:
    """SQL conditions (each starting with AND) and their named parameters."""
    conditions = [
        (f.source, "s.path LIKE :source", f"%{f.source}%"),
        (f.publication, "s.publication = :publication", f.publication),
        (f.date_from, "a.date >= :date_from", f.date_from),
        (f.date_to, "a.date <= :date_to", f.date_to),
        (f.agency, "a.agency = :agency", f.agency),
        (f.reporter, "EXISTS (SELECT 1 FROM json_each(a.reporters) WHERE value = :reporter)", f.reporter),
        (f.kind, "(a.kind = :kind OR p.kind = :kind)", f.kind),
    ]
    used = [(sql, value) for given, sql, value in conditions if given]
    params = {re.search(r":(\w+)", sql).group(1): value for sql, value in used}
    return "".join(" AND " + sql for sql, _ in used), params


# Rank is FTS5's bm25 (lower is better) minus bonuses: the query in the headline, the query as a whole word.
TITLE_WEIGHT = 5.0
WORD_WEIGHT = 2.0


def search(db, q: str, filters: Filters | None = None, order: str = "rank", limit: int | None = None, by_article: bool = False, mark=("[", "]")) -> list[dict]:
    """Paragraphs containing the query (all of them unless limit), best first; rank is lower-is-better.

    Ranking runs in SQL (bm25 minus the headline and whole-word bonuses) so a limited lookup reads only what it
    returns; each returned paragraph is then checked to really contain the query (the per-character index
    also matches across punctuation: 汽，车 for 汽车).
    """
    query = parse_query(q)
    filters = filters or Filters()
    fsql, fparams = _filter_sql(filters)
    word_expr = " OR ".join(f'"{_quote(t)}"' for t in query.terms)
    order_sql = "a.date DESC, rank" if order == "date" else "rank"
    bigrams = query.bigram_fts()
    # Two or more characters: the pair index (short posting lists); one character: the per-character index.
    index, expr = ("paragraphs_bigrams", bigrams) if bigrams else ("paragraphs_fts", query.fts())
    params = {"expr": expr, "title": query.fts(None), "words": f"words : ({word_expr})", **fparams}
    if limit and not by_article and order == "rank" and filters == Filters() and _common(db, index, query):
        # A lookup of a common word: the index alone picks the best candidates by bm25; only those are joined
        # and checked for the bonuses (joining every match of 发展, in 100k paragraphs, costs seconds).
        source = f"SELECT rowid, bm25({index}) AS score FROM {index} WHERE {index} MATCH :expr ORDER BY score LIMIT {int(limit) * 5 + 50}"
        word_hit = "EXISTS (SELECT 1 FROM paragraphs_fts WHERE paragraphs_fts MATCH :words AND rowid = p.id)"
    else:
        source = f"SELECT rowid, bm25({index}) AS score FROM {index} WHERE {index} MATCH :expr"
        word_hit = "p.id IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH :words)"
    # MATERIALIZED: bm25() only works while the FTS table drives the scan, so the candidates are computed first.
    sql = f"""
        WITH c AS MATERIALIZED ({source})
        SELECT p.id, p.article_id, p.kind, p.text, a.title, a.date, s.path, a.agency,
          c.score
          - {TITLE_WEIGHT} * (p.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :title))
          - {WORD_WEIGHT} * ({word_hit}) AS rank
        FROM c JOIN paragraphs p ON p.id = c.rowid
        JOIN articles a ON a.id = p.article_id JOIN sources s ON s.id = a.source_id
        WHERE 1 {fsql}
        ORDER BY {order_sql}"""
    if limit and not by_article:
        sql += f" LIMIT {int(limit) * 2 + 20}"
    rows = []
    for pid, aid, pkind, text, title, date, path, agency, rank in db.execute(sql, params):
        if not query.matches(text):
            continue
        rows.append(
            {
                "paragraph_id": pid, "article_id": aid, "title": title, "source": path, "date": date,
                "agency": agency, "kind": pkind, "snippet": snippet(text, query.terms, mark), "rank": round(rank, 4),
            }
        )
        if limit and not by_article and len(rows) >= limit:
            break
    if by_article:
        seen, grouped = {}, []
        for r in rows:
            if r["article_id"] in seen:
                seen[r["article_id"]]["hits"] += 1
                continue
            r = dict(r, hits=1)
            seen[r["article_id"]] = r
            grouped.append(r)
        rows = grouped
    return rows[:limit] if limit else rows


COMMON = 2000  # paragraphs: above this, a lookup ranks candidates from the index before joining


def _common(db, index: str, query: Query) -> bool:
    """Could the query match more than COMMON paragraphs? Read from the index's vocabulary (fts5vocab, as a
    temporary table: no schema change), taking the rarest token of each required term."""
    vocab = f"temp.{index}_vocab"
    try:
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, {index}, 'row')")
    except sqlite3.Error:
        return True  # no vocabulary (read-only connection): take the path that is safe for common words
    by_pairs = index == "paragraphs_bigrams"
    for group in query.groups:
        counts = []
        for term in group:
            keys = pairs(term) if by_pairs else tokens(term)
            docs = [db.execute(f"SELECT doc FROM {vocab} WHERE term = ?", [k]).fetchone() for k in keys]
            counts.append(min((d[0] if d else 0) for d in docs) if docs else 0)
        if sum(counts) <= COMMON:
            return False  # this AND-term alone bounds the matches
    return True


def _quote(term: str) -> str:
    return term.replace('"', '""')


def snippet(text: str, terms: list[str], mark=("[", "]"), width: int = 36) -> str:
    low = text.lower()
    hits = sorted((low.find(t.lower()), len(t)) for t in terms if low.find(t.lower()) >= 0)
    if not hits:
        return text[: width * 2]
    start = max(0, hits[0][0] - width // 2)
    end = min(len(text), start + width * 2)
    piece = text[start:end]
    for t in sorted(set(terms), key=len, reverse=True):
        piece = re.sub(re.escape(t), lambda m: f"{mark[0]}{m.group(0)}{mark[1]}", piece, flags=re.I)
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")
