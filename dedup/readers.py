"""Readers: directories (recursive) and files of .txt, .html/.htm, .jsonl and .jsonl.gz.

HTML (a file, or a JSONL record whose text is a whole page) is rendered to text, one line
per block, and its head's metadata kept as hints (``htmltext.py``).

Every input either becomes a ``Document`` or a ``Rejected`` with a reason, so the
ledger can say what happened to each one.  Order is deterministic (sorted paths,
file order within JSONL).
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decode import DecodeError, decode_bytes
from .htmltext import declared_charset, html_to_page, looks_like_html

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm")


@dataclass
class Document:
    id: str
    text: str
    encoding: str
    path: str
    hints: dict = field(default_factory=dict)  # metadata an HTML page's head gives (fills what cleaning missed)
    removed: list = field(default_factory=list)  # an HTML page's chrome elements, taken out before rendering


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
            yield Rejected(_doc_id(path, root, ""), "unsupported file type (expected .txt, .html, .htm, .jsonl, .jsonl.gz)",
                           str(path))
        elif suffix in (".txt", *HTML_SUFFIXES):
            yield _read_file(path, root, suffix)
        else:
            yield from _read_jsonl(path, root, suffix, id_field, text_field, lazy)


def _read_file(path: Path, root: Path, suffix: str) -> Document | Rejected:
    doc_id = _doc_id(path, root, suffix)
    try:
        data = path.read_bytes()
        text, enc = _decode_page(data) if suffix in HTML_SUFFIXES else decode_bytes(data)
    except DecodeError as e:
        return Rejected(doc_id, str(e), str(path))
    except OSError as e:
        return Rejected(doc_id, f"unreadable: {e.strerror}", str(path))
    doc = Document(doc_id, text, enc, str(path))
    return _from_html(doc) if suffix in HTML_SUFFIXES else doc


def _decode_page(data: bytes) -> tuple[str, str]:
    """An HTML page's bytes: the charset it declares when they decode so, else detected."""
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared).replace("\r\n", "\n").replace("\r", "\n"), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


def _from_html(doc: Document) -> Document | Rejected:
    """The page's text, one line per block, with its head's metadata as hints and the elements
    its markup marks as chrome (navigation, asides, controls, hidden) already audited."""
    try:
        page = html_to_page(doc.text)
    except (ValueError, TypeError) as e:  # lxml gives up on a few broken pages: report, never stop
        return Rejected(doc.id, f"unreadable HTML: {e}", doc.path)
    return Document(doc.id, page.text, doc.encoding, doc.path, page.meta, page.removed)


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
    doc = Document(doc_id, text.replace("\r\n", "\n").replace("\r", "\n"), enc, path)
    return _from_html(doc) if looks_like_html(text) else doc  # a crawl's record holding a saved page
