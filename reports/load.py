"""Read a run directory's artifacts (the JSONL contract), nothing else."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


def _jsonl(path: Path):
    if not path.exists():
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


@dataclass
class Run:
    """What the reports show: run summary, clusters with canonical text, variants and witness texts."""

    out: Path
    run: dict = field(default_factory=dict)
    clusters: list[dict] = field(default_factory=list)
    canonical: dict[str, dict] = field(default_factory=dict)  # cluster -> canonical row
    variants: dict[str, list[dict]] = field(default_factory=dict)  # cluster -> sites
    witnesses: dict[str, dict] = field(default_factory=dict)  # article id -> row (clustered articles only)
    n_canonical: int = 0


def load_run(out: Path | str) -> Run:
    """Load a finished run directory; raises FileNotFoundError if it is not one."""
    out = Path(out)
    if not (out / "run.json").exists():
        raise FileNotFoundError(f"{out} is not a run directory (no run.json); run `dedup run` first")
    run = Run(out, json.loads((out / "run.json").read_text(encoding="utf-8")))
    run.clusters = list(_jsonl(out / "clusters.jsonl"))
    for row in _jsonl(out / "canonical.jsonl"):
        run.n_canonical += 1
        if row.get("cluster"):
            run.canonical[row["cluster"]] = row
    for v in _jsonl(out / "variants.jsonl"):
        run.variants.setdefault(v["cluster"], []).append(v)
    for a in _jsonl(out / "articles.jsonl"):
        if a.get("cluster"):
            run.witnesses[a["id"]] = a
    return run
