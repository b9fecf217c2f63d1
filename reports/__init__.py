"""Reports rendered from a run directory's artifacts alone (HTML for people, Markdown for terminals).

>>> from reports import render_report       # doctest: +SKIP
>>> render_report("dedup-out")              # doctest: +SKIP
"""

from __future__ import annotations

import os
from pathlib import Path

from .html import cluster_file, render_cluster, render_index
from .load import Run, iter_clusters, load_run
from .markdown import render_summary

__all__ = ["render_report", "load_run", "Run"]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def render_report(out: Path | str) -> Path:
    """Write ``OUT/report/`` (index.html, one page per cluster, summary.md); returns the index path."""
    run = load_run(out)
    report = Path(out) / "report"
    for cl, canon, sites, witnesses in iter_clusters(run):
        _write(report / cluster_file(cl["cluster"]), render_cluster(cl, canon, sites, witnesses))
    _write(report / "index.html", render_index(run))
    _write(report / "summary.md", render_summary(run))
    return report / "index.html"
