"""The stages strung together: clean, find (clean + detect), run (find + reconcile + report)."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import regex

from cleaners import CleanOptions

from .cleaning import DocResult, Ledger, run_cleaning
from .progress import Progress
from .readers import read_inputs
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
    items = read_inputs(opts.inputs, opts.id_field, opts.text_field)
    with atomic_open(opts.out / "cleaning.jsonl") as audit_f:
        for res in run_cleaning(items, opts.clean, opts.jobs, post):
            ledger.add(res)
            audit_f.write(dumps(_audit_row(res)) + "\n")
            if "txt" in opts.formats and res.articles:
                with atomic_open(opts.out / "txt" / txt_name(res.doc)) as f:
                    f.write(render_txt(res.articles))
            if on_result:
                on_result(res)
            prog.tick()
    return ledger, time.perf_counter() - t0


def _audit_row(res: DocResult) -> dict:
    if res.audit:
        row = dict(res.audit)
        if res.rejected:
            row["rejected"] = res.rejected
        return row
    return {"doc": res.doc, "path": res.path, "encoding": res.encoding, "articles": [], "rejected": res.rejected}


def run_clean(opts: RunOptions) -> Ledger:
    """``dedup clean``: articles.jsonl + cleaning.jsonl (+ txt/)."""
    opts.out.mkdir(parents=True, exist_ok=True)
    with atomic_open(opts.out / "articles.jsonl") as art_f:
        def write(res: DocResult) -> None:
            for row in res.articles:
                art_f.write(dumps(row) + "\n")

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
