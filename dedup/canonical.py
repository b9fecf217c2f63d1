"""The reconcile stage over a run directory: canonical.jsonl and variants.jsonl.

Streams ``articles.jsonl`` twice: once to note where each cluster's rows are,
once in article order, reconciling a cluster when its first member comes by
(its rows are read back by byte offset, so only one cluster's texts are held at
a time per worker).  Then ``duplicate_of`` and ``canonical`` are pointed at the
reconciled base witness.
"""

from __future__ import annotations

import json
import string
import sys
from collections import Counter
from collections.abc import Iterator
from multiprocessing import get_context
from pathlib import Path

from reports.load import clustered_rows

from .progress import Progress
from .reconcile import Reconciled, ReconcileOptions, reconcile
from .writers import atomic_open, dumps

SIGLA = string.ascii_uppercase


def siglum(i: int) -> str:
    """A, B, ..., Z, AA, AB, ... for the i-th witness of a cluster."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = SIGLA[r] + out
    return out


def _cluster_offsets(path: Path) -> dict[str, list[int]]:
    offsets: dict[str, list[int]] = {}
    for pos, row in clustered_rows(path):
        offsets.setdefault(row["cluster"], []).append(pos)
    return offsets


def _rows_at(path: Path, offs: list[int]) -> list[dict]:
    rows = []
    with open(path, "rb") as f:
        for o in offs:
            f.seek(o)
            rows.append(json.loads(f.readline()))
    return sorted(rows, key=lambda r: r["id"])


def _work(args: tuple[str, list[dict], ReconcileOptions]) -> tuple[str, list[dict], Reconciled | str]:
    """Reconcile one cluster; a failure is reported (as a string) instead of stopping the run."""
    cid, rows, opts = args
    try:
        return cid, rows, reconcile(rows, opts)
    except Exception as e:  # a bug on one cluster must not lose the corpus
        return cid, rows, f"{type(e).__name__}: {e}"


def _fallback(rows: list[dict], error: str) -> Reconciled:
    """The detection stage's survivor stands unreconciled when reconciliation failed."""
    base = next((i for i, r in enumerate(rows) if not r.get("duplicate_of")), 0)
    return Reconciled(base, {"witness": rows[base]["id"], "reconcile_error": error}, rows[base]["title"],
                      rows[base]["text"], rows[base]["meta"], [])


def _canonical_row(cid: str, rows: list[dict], rec: Reconciled) -> dict:
    kinds = Counter(s.kind for s in rec.sites)
    return {"id": rows[rec.base]["id"], "title": rec.title, "text": rec.text, "meta": rec.meta,
            "witnesses": [r["id"] for r in rows], "cluster": cid, "base": rows[rec.base]["id"],
            "base_reason": rec.why, "variants": len(rec.sites), "variants_by_kind": dict(sorted(kinds.items()))}


def _variant_rows(cid: str, rows: list[dict], rec: Reconciled) -> Iterator[dict]:
    for k, s in enumerate(rec.sites, 1):
        yield {"cluster": cid, "canonical": rows[rec.base]["id"], "site": k, "offset": s.offset,
               "length": len(s.chosen), "base_offset": s.s, "kind": s.kind, "chosen": s.chosen,
               "chosen_from": [rows[i]["id"] for i in s.chosen_from], "reason": s.reason,
               "readings": [{"witness": rows[i]["id"], "siglum": siglum(i), "reading": r, "offset": o}
                            for i, (r, o) in enumerate(s.readings)]}


def run_reconcile(out: Path, opts: ReconcileOptions, jobs: int = 1, progress: bool = True) -> dict:
    """Write canonical.jsonl and variants.jsonl; point duplicate_of/canonical at each base witness."""
    articles = out / "articles.jsonl"
    offsets = _cluster_offsets(articles)
    prog = Progress("clusters reconciled", progress)
    bases: dict[str, str] = {}
    counts: Counter = Counter()

    def tasks() -> Iterator[tuple[str, list[dict], ReconcileOptions]]:
        for cid in sorted(offsets, key=lambda c: offsets[c][0]):
            yield cid, _rows_at(articles, offsets[cid]), opts

    with atomic_open(out / "canonical.jsonl") as cf, atomic_open(out / "variants.jsonl") as vf:
        results = _reconciled(tasks(), jobs)
        pending = next(results, None)
        with open(articles, encoding="utf-8") as src:
            for line in src:
                row = json.loads(line)
                cid = row.get("cluster")
                if not cid:
                    cf.write(dumps({"id": row["id"], "title": row["title"], "text": row["text"], "meta": row["meta"],
                                    "witnesses": [row["id"]], "cluster": None}) + "\n")
                    counts["singletons"] += 1
                    continue
                if cid in bases or pending is None or pending[0] != cid:
                    continue
                _, rows, rec = pending
                if isinstance(rec, str):
                    counts["reconcile_errors"] += 1
                    print(f"  warning: cluster {cid} could not be reconciled ({rec}); its survivor stands", file=sys.stderr)
                    rec = _fallback(rows, rec)
                bases[cid] = rows[rec.base]["id"]
                cf.write(dumps(_canonical_row(cid, rows, rec)) + "\n")
                for v in _variant_rows(cid, rows, rec):
                    vf.write(dumps(v) + "\n")
                    counts[f"kind:{v['kind']}"] += 1
                counts["clusters"] += 1
                counts["variants"] += len(rec.sites)
                prog.tick()
                pending = next(results, None)
    _repoint(out, bases)
    return dict(counts)


def _reconciled(tasks, jobs: int):
    if jobs <= 1:
        yield from map(_work, tasks)
        return
    with get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(_work, tasks, chunksize=8)


def _repoint(out: Path, bases: dict[str, str]) -> None:
    """Make ``duplicate_of`` and the clusters' ``canonical`` name the reconciled base witness."""
    with atomic_open(out / "articles.jsonl") as af, open(out / "articles.jsonl", encoding="utf-8") as src:
        for line in src:
            if '"cluster":"' in line:
                row = json.loads(line)
                base = bases.get(row["cluster"])
                if base is not None:
                    row["duplicate_of"] = None if row["id"] == base else base
                    line = dumps(row) + "\n"
            af.write(line)
    with atomic_open(out / "clusters.jsonl") as cf, open(out / "clusters.jsonl", encoding="utf-8") as src:
        for line in src:
            row = json.loads(line)
            base = bases.get(row["cluster"])
            if base is not None:
                row["canonical"] = base
                for m in row["members"]:
                    m["role"] = "canonical" if m["id"] == base else "duplicate"
            cf.write(dumps(row) + "\n")
