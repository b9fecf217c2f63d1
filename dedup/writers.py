"""Atomic, deterministic output: write to a temporary name, rename when complete."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from pathlib import Path


def dumps(obj: object) -> str:
    """One JSONL line: UTF-8 text as is, stable key order given by the caller's dicts."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def atomic_open(path: Path | str, mode: str = "w"):
    """Open ``path.tmp`` for writing; on success rename it over ``path``; on error remove it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    f = open(tmp, mode, encoding="utf-8", newline="\n") if "b" not in mode else open(tmp, mode)
    try:
        yield f
        f.close()
        os.replace(tmp, path)
    except BaseException:
        f.close()
        tmp.unlink(missing_ok=True)
        raise


def write_jsonl(path: Path | str, rows) -> int:
    n = 0
    with atomic_open(path) as f:
        for row in rows:
            f.write(dumps(row) + "\n")
            n += 1
    return n


def write_json(path: Path | str, obj: object) -> None:
    with atomic_open(path) as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
