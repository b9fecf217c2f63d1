"""Read a run directory's artifacts (the JSONL contract), nothing else, streaming.

The summary (counts per cluster) is gathered in one pass; cluster pages are fed one
cluster at a time (canonical rows and variant rows come in the same cluster order;
witness texts are read back by byte offset), so a corpus-scale run renders in bounded
memory.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


def _jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


@dataclass
class Run:
    """The run at a glance: run.json, clusters, and per-cluster titles and variant counts."""

    out: Path
    run: dict = field(default_factory=dict)
    clusters: list[dict] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, Counter] = field(default_factory=dict)  # cluster -> variant sites by kind
    n_canonical: int = 0

    def kind_totals(self) -> Counter:
        total: Counter = Counter()
        for c in self.kinds.values():
            total.update(c)
        return total


def load_run(out: Path | str) -> Run:
    """Load the summary of a finished run directory; raises FileNotFoundError if it is not one."""
    out = Path(out)
    if not (out / "run.json").exists():
        raise FileNotFoundError(f"{out} is not a run directory (no run.json); run `dedup run` first")
    run = Run(out, json.loads((out / "run.json").read_text(encoding="utf-8")))
    run.clusters = list(_jsonl(out / "clusters.jsonl"))
    for row in _jsonl(out / "canonical.jsonl"):
        run.n_canonical += 1
        if row.get("cluster"):
            run.titles[row["cluster"]] = row.get("title", "")
    for v in _jsonl(out / "variants.jsonl"):
        run.kinds.setdefault(v["cluster"], Counter())[v["kind"]] += 1
    return run


def clustered_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """(byte offset, row) of every article in a cluster, streaming ``articles.jsonl`` (only those
    rows are parsed), so a cluster's witnesses can be read back later by seeking."""
    with open(path, "rb") as f:
        pos = f.tell()
        for line in iter(f.readline, b""):
            if b'"cluster":"' in line:
                row = json.loads(line)
                if row.get("cluster"):
                    yield pos, row
            pos = f.tell()


def _article_offsets(path: Path) -> dict[str, int]:
    return {row["id"]: pos for pos, row in clustered_rows(path)}


def iter_clusters(run: Run) -> Iterator[tuple[dict, dict, list[dict], dict[str, dict]]]:
    """(cluster row, canonical row, variant sites, witness articles by id), one cluster at a time."""
    articles = run.out / "articles.jsonl"
    offsets = _article_offsets(articles) if articles.exists() else {}
    canon_rows = (r for r in _jsonl(run.out / "canonical.jsonl") if r.get("cluster"))
    canon: dict[str, dict] = {}  # canonical rows read ahead of their cluster
    variants = _jsonl(run.out / "variants.jsonl")
    pending = next(variants, None)
    af = open(articles, "rb") if offsets else None
    try:
        for cl in run.clusters:
            cid = cl["cluster"]
            row = canon.pop(cid, None)
            while row is None:
                nxt = next(canon_rows, None)
                if nxt is None:
                    row = {}
                elif nxt["cluster"] == cid:
                    row = nxt
                else:
                    canon[nxt["cluster"]] = nxt
            sites = []
            while pending is not None and pending["cluster"] == cid:
                sites.append(pending)
                pending = next(variants, None)
            witnesses = {}
            for m in cl["members"]:
                if af is not None and m["id"] in offsets:
                    af.seek(offsets[m["id"]])
                    witnesses[m["id"]] = json.loads(af.readline())
            yield cl, row, sites, witnesses
    finally:
        if af is not None:
            af.close()
