"""Scoring extracted figures against a hand-checked list, matched per page on (value, unit).

Used by bench/figures.py --gold and by the figures tests (score_pages); the list for the seeds is
bench/figures_seeds_gold.tsv.
"""

import csv
import math
import os
from dataclasses import dataclass, field

from .pipeline import page_figures, reconstruct


@dataclass
class GoldFigure:
    surface: str
    value: float
    unit: str
    kind: str
    qualifier: str


@dataclass
class GoldScore:
    gold: int = 0
    found: int = 0
    matched: int = 0
    kind_right: int = 0
    qualifier_right: int = 0
    missed: list = field(default_factory=list)  # (page, GoldFigure)
    extra: list = field(default_factory=list)  # (page, Figure)
    wrong: list = field(default_factory=list)  # (page, Figure, GoldFigure): kind or qualifier differs

    @property
    def recall(self) -> float:
        return _share(self.matched, self.gold)

    @property
    def precision(self) -> float:
        return _share(self.matched, self.found)

    @property
    def kind(self) -> float:
        return _share(self.kind_right, self.matched)

    @property
    def qualifier(self) -> float:
        return _share(self.qualifier_right, self.matched)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def load_gold(path: str) -> dict[str, list[GoldFigure]]:
    """page file name -> its hand-checked figures, in page order."""
    gold: dict[str, list[GoldFigure]] = {}
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for r in rows:
            gold.setdefault(r["page"], []).append(GoldFigure(r["surface"], float(r["value"]), r["unit"], r["kind"], r["qualifier"]))
    return gold


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def score_against_gold(gold: dict[str, list[GoldFigure]], found: dict[str, list]) -> GoldScore:
    """Each extracted figure matches at most one hand-checked figure of its page with the same value and unit."""
    s = GoldScore()
    for page, wanted in gold.items():
        left = list(wanted)
        figs = found.get(page, [])
        s.gold += len(wanted)
        s.found += len(figs)
        for fig in figs:
            i = next((i for i, g in enumerate(left) if g.unit == fig.unit and _same(g.value, fig.value) and g.surface == fig.surface), None)
            if i is None:
                i = next((i for i, g in enumerate(left) if g.unit == fig.unit and _same(g.value, fig.value)), None)
            if i is None:
                s.extra.append((page, fig))
                continue
            g = left.pop(i)
            s.matched += 1
            s.kind_right += fig.kind == g.kind
            s.qualifier_right += fig.qualifier == g.qualifier
            if fig.kind != g.kind or fig.qualifier != g.qualifier:
                s.wrong.append((page, fig, g))
        s.missed.extend((page, g) for g in left)
    return s


def score_pages(gold_path: str, pages_dir: str) -> GoldScore:
    """Reconstruct each page the list names (from pages_dir) and score its figures against the list."""
    gold = load_gold(gold_path)
    found = {}
    for page in gold:
        with open(os.path.join(pages_dir, page), encoding="utf-8") as f:
            found[page] = [fig for art in reconstruct(f.read()) for figs in page_figures(art) for fig in figs]
    return score_against_gold(gold, found)
