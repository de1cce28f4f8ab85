"""Ingest: files and folders of page texts -> the archive, one source per file, one result per file.

Bad input (binary, empty, undecodable, unreadable) fails that file alone with a one-line reason; the
others still go in. A file already stored with the same sha256 is skipped; a changed file replaces its rows.
"""

import hashlib
import json
import os
from dataclasses import dataclass
from typing import Iterator

from sqlite_utils import Database

from .dates import date_in_path
from .decode import DecodeError, decode_bytes
from .pipeline import reconstruct
from .store import SourceFile, save_source

EXTENSIONS = (".txt", ".md")
MANIFEST = "manifest.json"


@dataclass
class Result:
    path: str
    status: str  # new | replaced | skipped | failed
    articles: int = 0
    paragraphs: int = 0
    figures: int = 0
    chars: int = 0
    error: str | None = None
    duplicate_of: str | None = None  # skipped: the same content is stored under this path


def find_files(paths: list[str]) -> tuple[list[str], list[Result]]:
    """Expand files and folders (recursively) into page files; problems come back as failed results."""
    files: list[str] = []
    problems: list[Result] = []
    for p in paths:
        if os.path.isdir(p):
            found = sorted(
                os.path.join(root, name)
                for root, _, names in os.walk(p)
                for name in names
                if name.lower().endswith(EXTENSIONS) and not name.startswith(".")
            )
            if not found:
                problems.append(Result(p, "failed", error="directory has no .txt or .md files"))
            files.extend(found)
        elif os.path.exists(p):
            files.append(p)
        else:
            problems.append(Result(p, "failed", error="no such file or directory"))
    return files, problems


def load_manifest(folder: str) -> dict[str, dict]:
    """manifest.json beside the pages: {"file name": {"publication": …, "date": "YYYY-MM-DD", "page": …}}."""
    path = os.path.join(folder, MANIFEST)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data.get("files", data) if isinstance(data, dict) else {}


def display_path(path: str) -> str:
    rel = os.path.relpath(path)
    return rel if not rel.startswith("..") else os.path.abspath(path)


def ingest_file(db: Database, path: str, meta: dict | None = None, date: str | None = None) -> Result:
    shown = display_path(path)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return Result(shown, "failed", error=f"unreadable: {e.strerror or e}")
    sha = hashlib.sha256(data).hexdigest()
    row = db.execute("SELECT path, sha256 FROM sources WHERE sha256 = ? OR path = ? ORDER BY sha256 = ? DESC", [sha, shown, sha]).fetchone()
    if row and row[1] == sha:
        return Result(shown, "skipped", duplicate_of=None if row[0] == shown else row[0])
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as e:
        return Result(shown, "failed", error=str(e))
    meta = meta or {}
    src = SourceFile(
        shown, sha, len(data), encoding, text,
        publication=meta.get("publication"), date=date or meta.get("date") or date_in_path(path), page=_str(meta.get("page")),
    )
    try:
        articles = reconstruct(text)
        saved = save_source(db, src, articles)
    except Exception as e:  # noqa: BLE001 — one bad page must not stop a batch; nothing was written (atomic)
        return Result(shown, "failed", error=f"could not be processed ({type(e).__name__}: {e})")
    return Result(shown, "replaced" if saved.replaced else "new", saved.articles, saved.paragraphs, saved.figures, len(text))


def ingest(db: Database, paths: list[str], date: str | None = None) -> Iterator[Result]:
    files, problems = find_files(paths)
    yield from problems
    manifests: dict[str, dict] = {}
    for path in files:
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in manifests:
            manifests[folder] = load_manifest(folder)
        yield ingest_file(db, path, manifests[folder].get(os.path.basename(path)), date)


def _str(v) -> str | None:
    return None if v is None else str(v)
