import csv
import io
import json
import sqlite3

import click
import pytest

from cli.main import cli


def run(runner, *args):
    result = runner.invoke(cli, list(args), catch_exceptions=False)
    return result


def test_every_command_has_help(runner):
    # docs test: a command without help text fails here
    for name, command in cli.commands.items():
        assert command.help and len(command.help.strip()) > 20, name
        result = run(runner, name, "--help")
        assert result.exit_code == 0 and "--db" in result.output, name
        for param in command.params:
            if isinstance(param, click.Option) and param.name not in ("help",):
                assert param.help, f"{name} {param.opts}"


def test_articles_table_json_nl_csv(runner, seeds_db_path):
    table = run(runner, "articles", "--db", seeds_db_path, "--agency", "科技日报")
    assert table.exit_code == 0 and "重温经典" in table.output
    rows = json.loads(run(runner, "articles", "--db", seeds_db_path, "--json").output)
    assert len(rows) >= 25 and {"id", "title", "date", "agency", "reporters"} <= set(rows[0])
    nl = run(runner, "articles", "--db", seeds_db_path, "--nl", "--title", "新能源汽车").output.splitlines()
    assert nl and all(json.loads(l)["title"] for l in nl)
    parsed = list(csv.DictReader(io.StringIO(run(runner, "articles", "--db", seeds_db_path, "--csv", "--kind", "photo").output)))
    assert parsed and all(r["kind"] == "photo" for r in parsed)


def test_show_reassembles_an_article(runner, seeds_db_path, seeds_db):
    (aid,) = seeds_db.execute("SELECT id FROM articles WHERE title LIKE '%普京举行视频会晤%'").fetchone()
    out = run(runner, "show", str(aid), "--db", seeds_db_path).output
    lines = [l for l in out.splitlines() if l.strip()]
    assert lines[0] == "习近平同俄罗斯总统普京举行视频会晤"
    assert "新华社北京1月21日电" in lines[1] and "董雪" in lines[1]
    assert "001_286e903c0cce4a1b.txt" in lines[2]
    assert lines[-1].endswith("王毅参加活动。")
    assert "尹锡悦" not in out and "生态文明" not in out
    data = json.loads(run(runner, "show", str(aid), "--db", seeds_db_path, "--json").output)
    assert data["reporters"] == ["董雪"] and len(data["paragraphs"]) == 6


def test_show_missing_article(runner, seeds_db_path):
    result = run(runner, "show", "99999", "--db", seeds_db_path)
    assert result.exit_code == 1 and "no article 99999" in result.output


def test_sql_is_read_only(runner, seeds_db_path, seeds_db):
    ok = run(runner, "sql", "SELECT count(*) AS n FROM articles", "--db", seeds_db_path, "--json")
    assert json.loads(ok.output)[0]["n"] == seeds_db.execute("SELECT count(*) FROM articles").fetchone()[0]
    for statement in ("DELETE FROM articles", "DROP TABLE paragraphs", "UPDATE sources SET path = 'x'", "INSERT INTO sources(path) VALUES ('x')"):
        result = run(runner, "sql", statement, "--db", seeds_db_path)
        assert result.exit_code == 1 and "read-only" in result.output and "Traceback" not in result.output
    assert seeds_db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] > 0
    bad = run(runner, "sql", "SELEC nonsense", "--db", seeds_db_path)
    assert bad.exit_code == 1 and "syntax error" in bad.output


def test_missing_and_non_archive_databases(runner, tmp_path):
    missing = str(tmp_path / "nope.db")
    for cmd in (["articles"], ["search", "汽车"], ["show", "1"], ["stats"], ["figures"], ["sql", "SELECT 1"], ["migrate"], ["serve"]):
        result = run(runner, *cmd, "--db", missing)
        assert result.exit_code == 1 and "nope.db" in result.output and "Traceback" not in result.output, cmd
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE dogs (id INTEGER)")
    conn.commit()
    result = run(runner, "articles", "--db", str(other))
    assert result.exit_code == 1 and "not an archive" in result.output
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    result = run(runner, "stats", "--db", str(junk))
    assert result.exit_code == 1 and "not a SQLite database" in result.output


def test_stats_and_migrate(runner, seeds_db_path):
    out = run(runner, "stats", "--db", seeds_db_path).output
    assert "5 sources" in out and "articles by kind" in out
    s = json.loads(run(runner, "stats", "--db", seeds_db_path, "--json").output)
    assert s["sources"] == 5 and s["articles"] >= 25
    assert run(runner, "migrate", "--db", seeds_db_path).output.startswith("applied 0 migration")


def test_figures_command(runner, seeds_db_path):
    rows = json.loads(run(runner, "figures", "--db", seeds_db_path, "--unit", "元", "--min", "1e12", "--json").output)
    assert rows and all(r["value"] >= 1e12 and r["unit"] == "元" for r in rows)
    assert any(r["surface"] == "40.5万亿元" and r["value"] == pytest.approx(4.05e13) for r in rows)
    growth = json.loads(run(runner, "figures", "--db", seeds_db_path, "--kind", "percent", "--min", "10", "--json").output)
    assert growth and all(r["value"] >= 10 for r in growth)
    about = json.loads(run(runner, "figures", "新能源汽车", "--db", seeds_db_path, "--json").output)
    assert any(r["value"] == 12888000 and r["unit"] == "辆" for r in about)
    rates = json.loads(run(runner, "figures", "--db", seeds_db_path, "--kind", "percent", "--change", "增长", "--min", "10", "--json").output)
    assert rates and all(r["value"] >= 10 and "增长" in r["change"] for r in rates)
    assert {"11.2%", "28.1%"} <= {r["surface"] for r in rates} and "93%" not in {r["surface"] for r in rates}  # 占比超过93% is a share
    tech = next(r for r in rates if r["surface"] == "11.2%")
    assert (tech["subject"], tech["qualifier"]) == ("全国技术合同成交额", "approx")  # the change inherits the amount's subject
    produced = json.loads(run(runner, "figures", "--db", seeds_db_path, "--subject", "新能源汽车年产量", "--json").output)
    assert [r["surface"] for r in produced] == ["1288.8万辆"]
