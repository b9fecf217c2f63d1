"""The cleaning stage over a corpus: documents in, article rows and audit rows out.

Work is spread over worker processes with an ordered map, so output order (and
bytes) do not depend on ``--jobs``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context

from cleaners import CleanOptions, clean_page

from .readers import Document, RawRecord, Rejected, resolve
from .writers import dumps


@dataclass
class DocResult:
    """What one input document became."""

    doc: str
    path: str
    encoding: str = ""
    articles: list[dict] = field(default_factory=list)
    audit: dict = field(default_factory=dict)
    rejected: str = ""  # reason, when the document yields nothing
    extra: object = None  # per-article data computed in the worker (signatures)
    lines: list[str] | None = None  # articles serialised in the worker (then ``articles`` keep ids only)
    audit_line: str | None = None


def article_ids(doc_id: str, n: int) -> list[str]:
    return [doc_id] if n == 1 else [f"{doc_id}#{i}" for i in range(1, n + 1)]


def clean_document(item: Document | Rejected | RawRecord, options: CleanOptions) -> DocResult:
    item = resolve(item)
    if isinstance(item, Rejected):
        return DocResult(item.id, item.path, rejected=item.reason)
    try:
        page = clean_page(item.text, options)
    except Exception as e:  # a cleaner bug must not stop the corpus: report the document
        return DocResult(item.id, item.path, item.encoding, rejected=f"cleaning failed: {type(e).__name__}: {e}")
    arts = [a for a in page.articles if a.paragraphs or a.title]
    if item.hints and arts:
        _fill_from_head(arts, item.hints)
    ids = article_ids(item.id, len(arts))
    rows = [{"id": aid, "doc": item.id, "title": a.title, "text": a.text, "meta": a.meta} for aid, a in zip(ids, arts)]
    audit = {"doc": item.id, "path": item.path, "encoding": item.encoding, "articles": ids, **page.audit.to_dict()}
    if item.removed:  # line 0: taken out of the markup before the page became lines
        audit["removed"] = [{"line": 0, **r} for r in item.removed] + audit["removed"]
    res = DocResult(item.id, item.path, item.encoding, rows, audit)
    if not rows:
        res.rejected = "empty after cleaning"
    return res


def _fill_from_head(arts: list, hints: dict) -> None:
    """What an HTML page's head states fills the fields its text did not give: on a page of one
    article every field, the title included; on a page of several only the site's name."""
    for art in arts if len(arts) == 1 else ():
        if not art.title and hints.get("title"):
            art.title = hints["title"]
        for k, v in hints.items():
            if k != "title" and v and not art.meta.get(k):
                art.meta[k] = list(v) if isinstance(v, list) else v
    for art in arts if len(arts) > 1 else ():
        if hints.get("source") and not art.meta.get("source"):
            art.meta["source"] = hints["source"]


CHUNK = 64  # documents per worker task: big enough for numpy batches, small enough to stream


def audit_row(res: DocResult) -> dict:
    """The cleaning.jsonl line of one input document."""
    if res.audit:
        row = dict(res.audit)
        if res.rejected:
            row["rejected"] = res.rejected
        return row
    return {"doc": res.doc, "path": res.path, "encoding": res.encoding, "articles": [], "rejected": res.rejected}


def _work(args: tuple[list, CleanOptions, Callable | None, bool]) -> list[DocResult]:
    """Clean a chunk; ``post`` then sees all its article rows at once (one numpy batch).

    With ``serialize`` the rows and the audit are turned into JSON here, in the worker,
    and only the article ids travel back with them.
    """
    items, options, post, serialize = args
    results = [clean_document(it, options) for it in items]
    if post is not None:
        rows = [row for r in results for row in r.articles]
        extras = post(rows) if rows else []
        k = 0
        for r in results:
            r.extra = extras[k : k + len(r.articles)]
            k += len(r.articles)
    if serialize:
        for r in results:
            r.lines = [dumps(row) for row in r.articles]
            r.articles = [{"id": row["id"]} for row in r.articles]
            r.audit_line = dumps(audit_row(r))
            r.audit = {"removed": [{"rule": x["rule"]} for x in r.audit.get("removed", [])],
                       "joins": r.audit.get("joins", []), "rewrites": r.audit.get("rewrites", {})}
    return results


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    buf: list = []
    for it in items:
        buf.append(it)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def run_cleaning(items: Iterable, options: CleanOptions, jobs: int,
                 post: Callable | None = None, serialize: bool = False) -> Iterator[DocResult]:
    """Clean every item, in input order; ``post`` maps a chunk's article rows to per-article extras."""
    work = ((chunk, options, post, serialize) for chunk in _chunks(items, CHUNK))
    if jobs <= 1:
        for res in map(_work, work):
            yield from res
        return
    ctx = get_context("fork" if "fork" in get_all_start_methods() else None)
    with ctx.Pool(jobs) as pool:
        for res in pool.imap(_work, work):
            yield from res


@dataclass
class Ledger:
    """Counts for the run summary: documents read, articles, rejections by reason, removals by rule."""

    documents: int = 0
    articles: int = 0
    rejected: list[dict] = field(default_factory=list)
    removed_by_rule: Counter = field(default_factory=Counter)
    joins_by_rule: Counter = field(default_factory=Counter)
    rewrites: Counter = field(default_factory=Counter)
    encodings: Counter = field(default_factory=Counter)

    def add(self, res: DocResult) -> None:
        self.documents += 1
        self.articles += len(res.articles)
        if res.rejected:
            self.rejected.append({"doc": res.doc, "path": res.path, "reason": res.rejected})
        if res.encoding:
            self.encodings[res.encoding] += 1
        for r in res.audit.get("removed", []):
            self.removed_by_rule[r["rule"]] += 1
        for j in res.audit.get("joins", []):
            self.joins_by_rule[j["rule"]] += 1
        self.rewrites.update(res.audit.get("rewrites", {}))

    def rejected_by_reason(self) -> Counter:
        return Counter(r["reason"].split(":")[0] for r in self.rejected)

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "articles": self.articles,
            "rejected": len(self.rejected),
            "rejected_by_reason": dict(sorted(self.rejected_by_reason().items())),
            "rejections": self.rejected,
            "removed_by_rule": dict(sorted(self.removed_by_rule.items())),
            "joins_by_rule": dict(sorted(self.joins_by_rule.items())),
            "rewrites": dict(sorted(self.rewrites.items())),
            "encodings": dict(sorted(self.encodings.items())),
        }

    def summary_lines(self) -> list[str]:
        out = [f"documents read: {self.documents:,}", f"articles written: {self.articles:,}",
               f"lines removed: {sum(self.removed_by_rule.values()):,}"]
        out += [f"  {rule}: {n:,}" for rule, n in sorted(self.removed_by_rule.items(), key=lambda x: (-x[1], x[0]))]
        out.append(f"breaks joined: {sum(self.joins_by_rule.values()):,}")
        out.append(f"rejected inputs: {len(self.rejected):,}")
        out += [f"  {r['doc']}: {r['reason']}" for r in self.rejected[:20]]
        if len(self.rejected) > 20:
            out.append(f"  ... and {len(self.rejected) - 20:,} more (see cleaning.jsonl)")
        return out
