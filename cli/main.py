"""`archive`: build and query a SQLite archive of Chinese newspaper pages. Each command parses options and
calls the library (archive/); nothing here knows about SQL schemas or page layout."""

import contextlib
import json
import sqlite3
import subprocess
import sys
import time

import click

from archive.db import ArchiveError, migrate_archive, open_archive
from archive.query import get_article, list_articles, list_figures, readonly_sql, stats as archive_stats
from archive.search import Filters, QueryError, search as search_archive

from .output import emit, output_options

DB_HELP = "Archive database file"
db_option = click.option("--db", "db_path", default="archive.db", show_default=True, type=click.Path(dir_okay=False), help=DB_HELP)


def _open(path: str, create: bool = False, migrate: bool = True):
    try:
        return open_archive(path, create=create, migrate=migrate)
    except ArchiveError as e:
        raise click.ClickException(str(e)) from None


@click.group()
@click.version_option(package_name="archive")
def cli():
    """Turn Chinese newspaper page texts into one clean, searchable SQLite archive.

    Start with `archive ingest seeds/`, then `archive articles`, `archive search 汽车`,
    `archive show 1` or `archive serve`.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--date", help="Publication date of these pages (YYYY-MM-DD); gives datelines their year")
@click.option("--json", "as_json", is_flag=True, help="Print the summary (and failures) as JSON")
def ingest(paths, db_path, date, as_json):
    """Ingest page files or folders (recursive; .txt and .md) into the archive.

    A file already ingested (same sha256) is skipped; a changed file replaces its rows. A manifest.json
    beside the pages may give each file's publication, date and page.

    Example: archive ingest seeds/ --db archive.db
    """
    if date:
        try:
            import datetime

            datetime.date.fromisoformat(date)
        except ValueError:
            raise click.ClickException(f"--date {date}: not a date in YYYY-MM-DD form") from None
    from archive.ingest import ingest as ingest_paths  # the page pipeline: only ingest pays for importing it

    db = _open(db_path, create=True)
    started = time.time()
    totals = {"files": 0, "new": 0, "skipped": 0, "replaced": 0, "failed": 0, "articles": 0, "paragraphs": 0, "figures": 0}
    failures = []
    results = ingest_paths(db, list(paths), date=date)
    show_bar = sys.stderr.isatty() and not as_json
    with click.progressbar(results, label="Ingesting", file=sys.stderr, show_pos=True, item_show_func=lambda r: r.path if r else None) if show_bar else contextlib.nullcontext(results) as bar:
        for r in bar:
            totals["files"] += 1
            totals[r.status] += 1
            for key in ("articles", "paragraphs", "figures"):
                totals[key] += getattr(r, key)
            if r.duplicate_of and not as_json:
                click.echo(f"skipped: {r.path}: same content as {r.duplicate_of}", err=True)
            if r.status == "failed":
                failures.append({"path": r.path, "error": r.error})
                if not as_json:
                    click.echo(f"error: {r.path}: {r.error}", err=True)
    totals["seconds"] = round(time.time() - started, 2)
    if as_json:
        click.echo(json.dumps(dict(totals, failures=failures, db=db_path), ensure_ascii=False))
    else:
        click.echo(
            "{files} files: {new} new, {skipped} skipped, {replaced} replaced, {failed} failed; "
            "{articles} articles, {paragraphs} paragraphs, {figures} figures in {seconds}s".format(**totals)
            + f" -> {db_path}"
        )
    if failures:
        sys.exit(1)


@cli.command()
@click.argument("query")
@db_option
@click.option("--source", help="Only sources whose path contains this")
@click.option("--publication", help="Only this publication")
@click.option("--from", "date_from", help="Only articles dated on or after (YYYY-MM-DD)")
@click.option("--to", "date_to", help="Only articles dated on or before (YYYY-MM-DD)")
@click.option("--agency", help="Only this agency (新华社, 本报, 科技日报 …)")
@click.option("--reporter", help="Only articles by this reporter")
@click.option("--kind", help="Only this article or paragraph kind (article, photo, heading, caption …)")
@click.option("--sort", type=click.Choice(["rank", "date"]), default="rank", show_default=True, help="Order of results")
@click.option("--articles", "by_article", is_flag=True, help="One row per article (its best paragraph) instead of per paragraph")
@click.option("--limit", type=int, default=None, help="At most this many results")
@click.option("--count", is_flag=True, help="Print only the number of results")
@output_options
def search(query, db_path, source, publication, date_from, date_to, agency, reporter, kind, sort, by_article, limit, count, fmt):
    """Full-text search: every paragraph containing the query.

    Terms separated by spaces must all occur; `A OR B`; `-term` excludes; "quoted phrase".
    Traditional characters find simplified text.

    Example: archive search 新能源汽车 --json
    """
    db = _open(db_path)
    filters = Filters(source, publication, date_from, date_to, agency, reporter, kind)
    colour = fmt is None and sys.stdout.isatty()
    mark = ("\x1b[1;31m", "\x1b[0m") if colour else ("[", "]") if fmt is None else ("【", "】")
    try:
        rows = search_archive(db, query, filters, order=sort, limit=limit, by_article=by_article, mark=mark)
    except QueryError as e:
        raise click.ClickException(str(e)) from None
    if count:
        click.echo(len(rows))
        return
    cols = ["paragraph_id", "article_id", "title", "date", "source", "snippet", "rank"] + (["hits"] if by_article else [])
    if fmt is None:
        cols = ["article_id", "paragraph_id", "title", "date", "snippet"] + (["hits"] if by_article else [])
    emit(rows, fmt, cols, maxwidth=80)


@cli.command()
@db_option
@click.option("--source", help="Only sources whose path contains this")
@click.option("--date", help="Only this date (or prefix: 2025-01)")
@click.option("--agency", help="Only this agency")
@click.option("--kind", help="Only this kind (article, photo, continuation, fragment)")
@click.option("--title", help="Title, kicker or subtitle contains this")
@click.option("--limit", type=int, help="At most this many")
@output_options
def articles(db_path, source, date, agency, kind, title, limit, fmt):
    """List articles, in page order.

    Example: archive articles --agency 新华社 --title 制造
    """
    db = _open(db_path)
    rows = list_articles(db, source, date, agency, kind, title, limit)
    emit(rows, fmt, ["id", "kind", "title", "date", "agency", "reporters", "paragraphs", "source"])


@cli.command()
@click.argument("article_id", type=int)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Output the article as a JSON object")
def show(article_id, db_path, as_json):
    """Show one article reassembled: headline, dateline, reporters, source, paragraphs.

    Example: archive show 1
    """
    db = _open(db_path)
    art = get_article(db, article_id)
    if art is None:
        raise click.ClickException(f"no article {article_id} in {db_path}")
    if as_json:
        click.echo(json.dumps(art, ensure_ascii=False, indent=2))
        return
    if art["kicker"]:
        click.echo(art["kicker"])
    click.secho(art["title"] or "(no headline)", bold=True)
    if art["subtitle"]:
        click.echo("—— " + art["subtitle"])
    meta = [x for x in (art["dateline"], art["date"] and f"{art['date']}{' (year inferred)' if art['date_inferred'] else ''}") if x]
    if art["reporters"]:
        meta.append("记者 " + " ".join(art["reporters"]))
    if art["contributors"]:
        meta.append("通讯员/摄影 " + " ".join(art["contributors"]))
    click.echo(" · ".join(meta))
    where = f"{art['source']}" + (f" · {art['publication']}" if art["publication"] else "") + (f" · page {art['page']}" if art["page"] else "")
    click.echo(f"[{art['kind']} #{art['id']} · {where}" + (f" · {art['continued_from']}" if art["continued_from"] else "") + "]")
    click.echo()
    for p in art["paragraphs"]:
        if p["kind"] == "heading":
            click.secho(p["text"], bold=True)
        elif p["kind"] == "editor_note":
            click.echo("【编者按】" + p["text"])
        else:
            click.echo(p["text"])
        click.echo()
    if art["continued_to"]:
        click.echo(f"（{art['continued_to']}）")


@cli.command()
@click.argument("text", required=False)
@db_option
@click.option("--subject", help="Subject contains this (新能源汽车 …)")
@click.option("--unit", help="Base unit: 元, 辆, 家, %, 百分点 …")
@click.option("--kind", type=click.Choice(["amount", "count", "percent", "percentage_point", "ratio", "duration", "measure", "rank"]), help="Kind of figure")
@click.option("--change", help="Only changes whose wording contains this (增长, 同比, 下降 …)")
@click.option("--qualifier", type=click.Choice(["exact", "approx", "lower_bound", "upper_bound", "range"]), help="Only this qualifier")
@click.option("--min", "minimum", type=float, help="Value at least (in base units: 1万亿元 = 1e12)")
@click.option("--max", "maximum", type=float, help="Value at most")
@click.option("--source", help="Only sources whose path contains this")
@click.option("--date", help="Only this date (or prefix)")
@click.option("--limit", type=int, help="At most this many")
@output_options
def figures(text, db_path, subject, unit, kind, change, qualifier, minimum, maximum, source, date, limit, fmt):
    """Numeric facts: amounts, counts, percentages … with the sentence they stand in.

    Examples: archive figures --unit 元 --min 1e12;
    archive figures --kind percent --change 增长 --min 10
    """
    db = _open(db_path)
    rows = list_figures(db, text, subject, unit, kind, minimum, maximum, source, date, limit, change=change, qualifier=qualifier)
    emit(rows, fmt, ["id", "surface", "value", "unit", "kind", "qualifier", "subject", "sentence", "article_id"], maxwidth=50)


@cli.command()
@click.argument("sql")
@db_option
@click.option("-p", "--param", "params", multiple=True, help="Positional parameter for ? in the SQL")
@output_options
def sql(sql, db_path, params, fmt):
    """Run a read-only SQL query (writes are refused).

    Example: archive sql "SELECT kind, count(*) FROM articles GROUP BY kind"
    """
    _open(db_path)
    try:
        rows = readonly_sql(db_path, sql, list(params))
    except ArchiveError as e:
        raise click.ClickException(str(e)) from None
    emit(rows, fmt)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Output as JSON")
def stats(db_path, as_json):
    """Summarise what the archive holds."""
    db = _open(db_path)
    s = archive_stats(db, db_path)
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    click.echo(f"{db_path}: {s['sources']} sources, {s['articles']} articles, {s['paragraphs']} paragraphs, {s['figures']} figures, {s['characters']:,} characters" + (f", {s.get('bytes', 0):,} bytes" if s.get("bytes") else ""))
    click.echo("articles by kind: " + ", ".join(f"{k} {v}" for k, v in s["articles_by_kind"].items()))
    click.echo("articles by agency: " + ", ".join(f"{k} {v}" for k, v in s["articles_by_agency"].items()))
    if s["dates"]:
        click.echo(f"dates: {s['dates'][0]} … {s['dates'][-1]}")
    emit(s["per_source"], None)


@cli.command()
@db_option
def migrate(db_path):
    """Apply pending schema migrations (every other command does this first)."""
    db = _open(db_path, migrate=False)
    try:
        applied = migrate_archive(db)
    except sqlite3.OperationalError as e:
        raise click.ClickException(f"{db_path}: cannot apply migrations ({e})") from None
    click.echo(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else ""))


@cli.command()
@db_option
@click.option("--port", default=8001, show_default=True, type=int, help="Port to listen on (127.0.0.1 only)")
@click.option("--open", "open_browser", is_flag=True, help="Open a browser")
def serve(db_path, port, open_browser):
    """Browse the archive in Datasette (read-only, on 127.0.0.1) with search, facets and canned queries."""
    _open(db_path)
    cmd = [sys.executable, "-m", "datasette", "serve", "--immutable", db_path, "--host", "127.0.0.1", "--port", str(port)]
    if open_browser:
        cmd.append("--open")
    sys.exit(subprocess.call(cmd))


if __name__ == "__main__":
    cli()
