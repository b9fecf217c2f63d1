"""The stages strung together: clean, find (clean + detect), run (find + reconcile + report)."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import regex

from cleaners import CleanOptions

from .boilerplate import strip_edges
from .cleaning import DocResult, Ledger, audit_row, run_cleaning
from .clusters import similarity
from .progress import Progress
from .readers import read_inputs
from .spool import Spool
from .writers import atomic_open, dumps, write_json

_UNSAFE = regex.compile(r"[^\w.\-]+")


@dataclass
class RunOptions:
    """Options shared by every command, validated once at the CLI edge."""

    inputs: list[str]
    out: Path
    id_field: str = "id"
    text_field: str = "text"
    jobs: int = 1
    clean: CleanOptions = field(default_factory=CleanOptions)
    formats: tuple[str, ...] = ()
    progress: bool = True

    def describe(self) -> dict:
        return {"inputs": self.inputs, "id_field": self.id_field, "text_field": self.text_field,
                "disabled_cleaners": sorted(self.clean.disabled), "formats": list(self.formats)}


def txt_name(doc_id: str) -> str:
    """A safe relative file name for a document id (path separators kept as folders)."""
    parts = [_UNSAFE.sub("_", p) or "_" for p in doc_id.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts or ["_"]) + ".txt"


def render_txt(articles: list[dict]) -> str:
    blocks = []
    for a in articles:
        blocks.append("\n\n".join(([a["title"]] if a["title"] else []) + a["text"].split("\n")))
    return "\n\n\n".join(blocks) + "\n"


def clean_corpus(opts: RunOptions, post=None, on_result=None) -> tuple[Ledger, float]:
    """Clean every input, writing ``cleaning.jsonl`` (and ``txt/`` with --format txt).

    ``on_result`` receives each ``DocResult`` (the caller writes articles); ``post``
    runs in the workers on each document's article rows.
    """
    ledger = Ledger()
    prog = Progress("documents cleaned", opts.progress)
    t0 = time.perf_counter()
    items = read_inputs(opts.inputs, opts.id_field, opts.text_field, lazy=True)
    serialize = "txt" not in opts.formats
    with atomic_open(opts.out / "cleaning.jsonl") as audit_f:
        for res in run_cleaning(items, opts.clean, opts.jobs, post, serialize):
            ledger.add(res)
            audit_f.write((res.audit_line or dumps(audit_row(res))) + "\n")
            if "txt" in opts.formats and res.articles:
                with atomic_open(opts.out / "txt" / txt_name(res.doc)) as f:
                    f.write(render_txt(res.articles))
            if on_result:
                on_result(res)
            prog.tick()
    return ledger, time.perf_counter() - t0


def run_clean(opts: RunOptions) -> Ledger:
    """``dedup clean``: articles.jsonl + cleaning.jsonl (+ txt/)."""
    opts.out.mkdir(parents=True, exist_ok=True)
    with atomic_open(opts.out / "articles.jsonl") as art_f:
        def write(res: DocResult) -> None:
            for line in res.lines if res.lines is not None else map(dumps, res.articles):
                art_f.write(line + "\n")

        ledger, secs = clean_corpus(opts, on_result=write)
    write_json(opts.out / "run.json", {"command": "clean", "options": opts.describe(), "ledger": ledger.to_dict(),
                                       "versions": versions()})
    return ledger


def versions() -> dict:
    import datasketch
    import rapidfuzz

    from . import __version__

    return {"dedup": __version__, "datasketch": datasketch.__version__, "rapidfuzz": rapidfuzz.__version__,
            "python": sys.version.split()[0]}


def run_find(opts: RunOptions, dopts) -> tuple[Ledger, dict]:
    """``dedup find``: clean, fingerprint, LSH, verify, cluster; articles.jsonl with clusters, clusters.jsonl."""
    from . import detect

    opts.out.mkdir(parents=True, exist_ok=True)
    timings: dict[str, float] = {}
    tmp_articles = opts.out / ".articles.stream.jsonl"
    spool_dir = opts.out / ".spool"
    index = detect.Index(spool=Spool(spool_dir, "sets"), seq_spool=Spool(spool_dir, "seqs"))
    fingerprint = detect.Fingerprinter(dopts, (index.spool.writer(), index.seq_spool.writer()))
    try:
        with open(tmp_articles, "w", encoding="utf-8") as tmp_f:
            def collect(res: DocResult) -> None:
                lines = res.lines if res.lines is not None else list(map(dumps, res.articles))
                for row, line, extra in zip(res.articles, lines, res.extra or []):
                    index.add(row["id"], extra)
                    tmp_f.write(line + "\n")

            ledger, timings["clean_and_hash"] = clean_corpus(opts, post=fingerprint, on_result=collect)
        t = time.perf_counter()
        sigs = index.signatures()
        exact, copies = detect.exact_groups(index)
        pairs = detect.candidates(index, sigs, copies, dopts)
        timings["lsh"] = time.perf_counter() - t
        t = time.perf_counter()
        sets = index.spool.seal()
        edges = detect.verify(pairs, sets, dopts, index.seq_spool.seal())
        timings["verify"] = time.perf_counter() - t
        t = time.perf_counter()
        clusters = detect.build_clusters(len(index.ids), edges, exact, sets, dopts, index.n_shingles)
        contained = _contained_links(edges, index)
        stats = _write_find_outputs(opts, index, clusters, contained, tmp_articles, sets, exact, dopts.boilerplate_min)
        timings["cluster_and_write"] = time.perf_counter() - t
    finally:
        tmp_articles.unlink(missing_ok=True)
        index.spool.close()
        index.seq_spool.close()
        if spool_dir.exists() and not any(spool_dir.iterdir()):
            spool_dir.rmdir()
    stats.update({"candidate_pairs": int(len(pairs)), "verified_edges": len(edges),
                  "exact_copies": int(copies.sum())})
    write_json(opts.out / "run.json", {
        "command": "find", "options": {**opts.describe(), "detect": dopts.describe(), "jobs": opts.jobs},
        "ledger": ledger.to_dict(), "counts": stats,
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "versions": {**versions(), "minhash_scheme": "datasketch affine32 (MinHash(num_perm, seed).permutations, fmix32 pre-mix)"},
    })
    return ledger, stats


def _contained_links(edges, index) -> dict[int, list[str]]:
    """Articles wholly inside a much longer one (not merged): smaller -> ids of the containers."""
    out: dict[int, list[str]] = {}
    for e in edges:
        if e.kind in ("contained", "excerpt"):
            small, large = (e.a, e.b) if index.n_shingles[e.a] <= index.n_shingles[e.b] else (e.b, e.a)
            out.setdefault(small, []).append(index.ids[large])
    return out


def survivor_of(members: list[int], sim_to_centre: dict[int, float], index, exact: dict[int, int]) -> int:
    """Quality policy until reconciliation: fewest OCR suspects, closest to the centre, longest, then id.

    An exact copy skipped verification, so it is judged by its first copy's suspect count.
    """
    return min(members, key=lambda m: (index.suspects[exact.get(m, m)], -round(sim_to_centre[m], 2),
                                       -index.key_len[m], index.ids[m]))


def _sims_to_centre(cl, exact: dict[int, int], sets) -> dict[int, tuple[float, float]]:
    """(Jaccard, containment) of each member with the centre; exact copies use their first copy's set.
    Verified edges give most of them; the rest read the centre's set once."""
    centre = exact.get(cl.centre, cl.centre)
    known = {}
    for e in cl.edges:
        a, b = exact.get(e.a, e.a), exact.get(e.b, e.b)
        if centre in (a, b):
            known[b if a == centre else a] = (e.sim.jaccard, e.sim.containment)
    out: dict[int, tuple[float, float]] = {}
    centre_set = None
    for m in cl.members:
        a = exact.get(m, m)
        if a == centre:
            out[m] = (1.0, 1.0)
        elif a in known:
            out[m] = known[a]
        elif a in sets and centre in sets:
            centre_set = sets[centre] if centre_set is None else centre_set
            s = similarity(sets[a], centre_set)
            out[m] = (s.jaccard, s.containment)
        else:
            out[m] = (0.0, 0.0)
    return out


def _write_find_outputs(opts: RunOptions, index, clusters, contained, tmp_articles: Path, sets, exact,
                        min_groups: int = 0) -> dict:

    assign: dict[int, tuple[str, int | None]] = {}
    n_multi = 0
    with atomic_open(opts.out / "clusters.jsonl") as cf:
        for cl in clusters:
            if len(cl.members) < 2:
                continue
            n_multi += 1
            cid = f"c{n_multi:06d}"
            to_centre = _sims_to_centre(cl, exact, sets)
            sims = {m: sc[0] for m, sc in to_centre.items()}
            conts = {m: sc[1] for m, sc in to_centre.items()}
            surv = survivor_of(cl.members, sims, index, exact)
            members = []
            for m in cl.members:
                members.append({"id": index.ids[m], "similarity": round(sims[m], 4),
                                "containment": round(conts[m], 4),
                                "role": "canonical" if m == surv else "duplicate", "centre": m == cl.centre})
                assign[m] = (cid, None if m == surv else surv)
            cf.write(dumps({"cluster": cid, "size": len(cl.members), "canonical": index.ids[surv],
                            "centre": index.ids[cl.centre], "members": members,
                            "pairs": [{"a": index.ids[e.a], "b": index.ids[e.b], "kind": e.kind,
                                       "jaccard": round(e.sim.jaccard, 4), "containment": round(e.sim.containment, 4)}
                                      for e in cl.edges]}) + "\n")
    boiler, holders = index.edges.boilerplate(_groups(clusters, len(index.ids)), min_groups) if min_groups else (set(), set())
    removed: Counter = Counter()
    n_dup = 0
    with atomic_open(opts.out / "articles.jsonl") as af, open(tmp_articles, encoding="utf-8") as src:
        for i, line in enumerate(src):
            cid, dup = assign.get(i, (None, None))
            extra = {"cluster": cid, "duplicate_of": index.ids[dup] if dup is not None else None}
            if i in contained:
                extra["contained_in"] = sorted(set(contained[i]))
            n_dup += dup is not None
            if i in holders:
                line = _without_boilerplate(line, boiler, removed)
            # rows are compact JSON objects: append the new fields without re-parsing the text
            af.write(line.rstrip("\n")[:-1] + "," + dumps(extra)[1:] + "\n")
    if min_groups:
        with atomic_open(opts.out / "boilerplate.jsonl") as bf:
            for text, n in sorted(removed.items(), key=lambda x: (-x[1], x[0])):
                bf.write(dumps({"paragraph": text, "articles_cut": n}) + "\n")
    return {"articles": len(index.ids), "clusters": n_multi, "duplicates": n_dup,
            "unique_articles": len(index.ids) - n_dup, "contained_links": len(contained),
            "boilerplate_paragraphs": len(removed), "boilerplate_cuts": sum(removed.values())}


def _groups(clusters, n: int) -> np.ndarray:
    """Each article's group for the boilerplate count: its cluster, or itself (a cluster counts once)."""
    group_of = np.arange(n, dtype=np.int64)
    for k, cl in enumerate(c for c in clusters if len(c.members) >= 2):
        group_of[list(cl.members)] = n + k
    return group_of


def _without_boilerplate(line: str, boiler: set[int], removed: Counter) -> str:
    """An article row with the corpus's boilerplate cut from the ends of its text."""
    row = json.loads(line)
    kept, cut = strip_edges(row["text"].split("\n"), boiler)
    if not cut:
        return line
    removed.update(cut)
    row["text"] = "\n".join(kept)
    row["boilerplate_cut"] = len(cut)
    return dumps(row)
