"""Readers: directories (recursive) and files of .txt, .jsonl and .jsonl.gz.

Every input either becomes a ``Document`` or a ``Rejected`` with a reason, so the
ledger can say what happened to each one.  Order is deterministic (sorted paths,
file order within JSONL).
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .decode import DecodeError, decode_bytes

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")


@dataclass
class Document:
    id: str
    text: str
    encoding: str
    path: str


@dataclass
class RawRecord:
    """One undecoded JSONL line: parsed by ``resolve`` in a worker process, not in the reader."""

    raw: bytes
    fallback_id: str
    path: str
    id_field: str
    text_field: str


def resolve(item: Document | Rejected | RawRecord) -> Document | Rejected:
    if isinstance(item, RawRecord):
        return _record(item.raw, item.fallback_id, item.path, item.id_field, item.text_field)
    return item


@dataclass
class Rejected:
    id: str
    reason: str
    path: str


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), None)


def _doc_id(path: Path, root: Path, suffix: str) -> str:
    rel = path.relative_to(root).as_posix() if root != path else path.name
    return rel[: -len(suffix)] if suffix else rel


def list_inputs(inputs: list[str]) -> list[tuple[Path, Path]]:
    """(file, root) pairs for every readable input file, sorted; raises FileNotFoundError."""
    files: list[tuple[Path, Path]] = []
    for item in inputs:
        p = Path(item)
        if not p.exists():
            raise FileNotFoundError(f"input not found: {item}")
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for fn in sorted(filenames):
                    fp = Path(dirpath) / fn
                    if not fn.startswith(".") and _suffix(fp):
                        files.append((fp, p))
        else:
            files.append((p, p.parent))
    return files


def read_inputs(inputs: list[str], id_field: str = "id", text_field: str = "text",
                lazy: bool = False) -> Iterator[Document | Rejected | RawRecord]:
    """Yield every document or rejection from ``inputs`` in a stable order.

    With ``lazy`` JSONL lines come out undecoded (``RawRecord``), for ``resolve`` to parse
    in a worker process.
    """
    for path, root in list_inputs(inputs):
        suffix = _suffix(path)
        if suffix is None:
            yield Rejected(_doc_id(path, root, ""), "unsupported file type (expected .txt, .jsonl, .jsonl.gz)", str(path))
        elif suffix == ".txt":
            yield _read_txt(path, root)
        else:
            yield from _read_jsonl(path, root, suffix, id_field, text_field, lazy)


def _read_txt(path: Path, root: Path) -> Document | Rejected:
    doc_id = _doc_id(path, root, ".txt")
    try:
        text, enc = decode_bytes(path.read_bytes())
    except DecodeError as e:
        return Rejected(doc_id, str(e), str(path))
    except OSError as e:
        return Rejected(doc_id, f"unreadable: {e.strerror}", str(path))
    return Document(doc_id, text, enc, str(path))


def _read_jsonl(path: Path, root: Path, suffix: str, id_field: str, text_field: str,
                lazy: bool = False) -> Iterator[Document | Rejected | RawRecord]:
    base = _doc_id(path, root, suffix)
    try:
        opener = gzip.open if suffix == ".jsonl.gz" else open
        with opener(path, "rb") as f:
            for lineno, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                if lazy:
                    yield RawRecord(raw, f"{base}:{lineno}", str(path), id_field, text_field)
                else:
                    yield _record(raw, f"{base}:{lineno}", str(path), id_field, text_field)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield Rejected(base, f"unreadable: {e}", str(path))


def _record(raw: bytes, fallback_id: str, path: str, id_field: str, text_field: str) -> Document | Rejected:
    try:
        line, enc = decode_bytes(raw)
        rec = json.loads(line)
    except DecodeError as e:
        return Rejected(fallback_id, f"malformed JSONL line: {e}", path)
    except json.JSONDecodeError as e:
        return Rejected(fallback_id, f"malformed JSONL line: {e.msg} at column {e.colno}", path)
    if not isinstance(rec, dict):
        return Rejected(fallback_id, "malformed JSONL line: not a JSON object", path)
    rid = rec.get(id_field)
    doc_id = str(rid) if rid not in (None, "") else fallback_id
    text = rec.get(text_field)
    if not isinstance(text, str):
        return Rejected(doc_id, f"record has no text field '{text_field}'", path)
    if not text.strip():
        return Rejected(doc_id, "empty", path)
    return Document(doc_id, text.replace("\r\n", "\n").replace("\r", "\n"), enc, path)
