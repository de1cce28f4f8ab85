"""Printing rows: a readable table on a terminal, or --json / --nl / --csv for machines."""

import csv
import json
import sys

import click


def output_options(f):
    f = click.option("--csv", "fmt", flag_value="csv", help="Output CSV")(f)
    f = click.option("--nl", "fmt", flag_value="nl", help="Output one JSON object per line")(f)
    f = click.option("--json", "fmt", flag_value="json", help="Output a JSON array")(f)
    return f


def emit(rows: list[dict], fmt: str | None, columns: list[str] | None = None, maxwidth: int = 60) -> None:
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "nl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        if not rows:
            click.echo("(no rows)", err=True)
            return
        from tabulate import tabulate  # only tables need it: --json/--nl/--csv lookups skip the import

        table = [[_cell(r.get(c), maxwidth) for c in columns] for r in rows]
        click.echo(tabulate(table, headers=columns, disable_numparse=True))


def _cell(v, maxwidth):
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        v = json.dumps(v, ensure_ascii=False)
    s = str(v)
    return s if len(s) <= maxwidth else s[: maxwidth - 1] + "…"
