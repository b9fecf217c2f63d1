"""Near-duplicate detection: signatures in the workers, LSH candidates, exact
verification on shingle sets, clusters with an anti-chaining guard.

Memory stays bounded: the main process keeps one uint32 signature row and a few
scalars per article; texts stream to a temporary file and the workers' shingle
sets to spools (``spool.py``) that verification reads back by position.
"""

from __future__ import annotations

import hashlib
import math
from array import array
from dataclasses import dataclass, field

import numpy as np

from .boilerplate import EdgeIndex, edge_hashes
from .clusters import Similarity, UnionFind, similarity, split_chains, spread_share
from .key import matching_keys
from .lsh import NO_ANCHOR, anchor_pairs, candidate_pairs, lsh_params, worth_verifying
from .minhash import permutations, signatures
from .quality import suspect_count
from .shingles import ShingleSpec, shingle_parts_batch, sorted_unique
from .spool import Spool, SpoolWriter


@dataclass(frozen=True)
class DetectOptions:
    """Detection settings; bands/rows are derived from the threshold once."""

    threshold: float = 0.5
    containment: float = 0.8  # a shorter article this much inside a longer one is a (truncated) copy
    min_length_ratio: float = 0.4  # ...if it is at least this share of the longer one's shingles
    num_perm: int = 128
    seed: int = 1
    spec: ShingleSpec = field(default_factory=ShingleSpec)
    # Spread: at least min_spread of the shorter text's shingle positions must lie outside runs
    # of more than max_gap positions missing from the longer text.  Misreads and edits leave
    # short runs; two different articles under the same long boilerplate leave a long one (the
    # articles), whatever their Jaccard.
    min_spread: float = 0.75
    max_gap: int = 24
    # Noisy copies (OCR'd pages): Jaccard between noisy_share * threshold and the threshold is
    # enough for a spread pair sharing at least noisy_min_shared shingles (several paragraphs: a
    # shared sentence or site footer is far less).
    noisy_share: float = 0.5
    noisy_min_shared: int = 500
    # paragraphs opening or closing articles of this many unrelated clusters are cut as the
    # corpus's boilerplate (see boilerplate.py); 0 (the default) keeps them
    boilerplate_min: int = 0

    def __post_init__(self):
        if not 0.0 < self.threshold < 1.0:
            raise ValueError("threshold must be between 0 and 1")
        if self.num_perm < 8:
            raise ValueError("num_perm must be at least 8")
        if self.boilerplate_min < 0:
            raise ValueError("boilerplate_min must be 0 (off) or more")

    @property
    def bands_rows(self) -> tuple[int, int]:
        return lsh_params(self.threshold, self.num_perm)

    @property
    def noisy_floor(self) -> float:
        return self.threshold * self.noisy_share

    @property
    def noisy_bands_rows(self) -> tuple[int, int]:
        return lsh_params(round(self.noisy_floor, 4), self.num_perm)

    @property
    def noisy_min_size(self) -> int:
        """Shingles a text needs to be a noisy copy at the floor of a text of its own length:
        |A & B| = J (|A| + |B|) / (1 + J) >= noisy_min_shared with |A| = |B| and J = the floor.
        Only such texts are banded at the floor (at corpus scale most of the LSH work)."""
        return math.ceil(self.noisy_min_shared * (1 + self.noisy_floor) / (2 * self.noisy_floor))

    def describe(self) -> dict:
        b, r = self.bands_rows
        return {"threshold": self.threshold, "containment": self.containment, "min_length_ratio": self.min_length_ratio,
                "num_perm": self.num_perm, "seed": self.seed, "bands": b, "rows": r,
                "char_ngram": self.spec.char_n, "word_ngram": self.spec.word_n,
                "noisy_floor": self.noisy_floor, "noisy_min_shared": self.noisy_min_shared,
                "min_spread": self.min_spread, "max_gap": self.max_gap, "noisy_bands_rows": list(self.noisy_bands_rows), "noisy_min_size": self.noisy_min_size,
                "boilerplate_min": self.boilerplate_min}


def match_text(row: dict) -> str:
    """What is compared: the body, or the title when there is no body."""
    return row["text"] or row["title"]


def key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


# The head of an article: truncated reprints and digest excerpts keep the beginning, so a second,
# small signature of the first HEAD_CHARS key characters finds them when their Jaccard with the
# whole article is too low for the main bands.
HEAD_CHARS = 120
HEAD_PERM = 32
HEAD_BANDS, HEAD_ROWS = 8, 4

# Anchors: an article's ANCHORS lowest shingle hashes, a consistent sample of its set.  A text
# mostly inside another (a reprint that dropped its lead, an excerpt from the middle) shares
# some of them with it whatever its Jaccard and wherever it starts (see ``lsh.anchor_pairs``).
ANCHORS = 8


def anchors_of(uniq: np.ndarray) -> np.ndarray:
    """The lowest ANCHORS values of a sorted unique shingle set, padded with NO_ANCHOR."""
    out = np.full(ANCHORS, NO_ANCHOR, np.uint32)
    head = uniq[:ANCHORS]
    out[: len(head)] = head
    return out


class Fingerprinter:
    """Per-chunk work done in the cleaning workers: keys, exact-key hashes, signatures, the
    sorted shingle set and the character shingles in text order (written to the spools), and
    the OCR-suspect count (for the survivor)."""

    def __init__(self, opts: DetectOptions, spools: tuple[SpoolWriter, SpoolWriter] | None = None):
        self.opts = opts
        self.spools = spools  # (sorted sets, character shingles in text order)
        self._perms = None

    def __call__(self, rows: list[dict]) -> list[tuple]:
        if self._perms is None:
            self._perms = permutations(self.opts.num_perm, self.opts.seed)
            self._head_perms = permutations(HEAD_PERM, self.opts.seed + 1)
        texts = [match_text(r) for r in rows]
        keys = matching_keys(texts)
        parts = shingle_parts_batch(keys, self.opts.spec)
        sets = [np.concatenate([c, w]) if len(w) else c for c, w in parts]
        sigs = signatures(sets, self._perms)
        heads = signatures([np.concatenate(p) for p in shingle_parts_batch([k[:HEAD_CHARS] for k in keys], self.opts.spec)],
                           self._head_perms)
        out = []
        for i, (text, k, s) in enumerate(zip(texts, keys, sets)):
            uniq = sorted_unique(s)
            refs = (self.spools[0].write(uniq), self.spools[1].write(parts[i][0])) if self.spools else (None, None)
            out.append((sigs[i], key_hash(k), len(uniq), len(k), heads[i], anchors_of(uniq), *refs,
                        suspect_count(text), edge_hashes(rows[i]["text"]) if self.opts.boilerplate_min else ()))
        return out


class Rows:
    """A uint32 matrix filled row by row in blocks: no per-row array objects, and one copy at
    the end that frees each block as it goes (peak: the matrix plus one block)."""

    BLOCK = 1 << 16

    def __init__(self) -> None:
        self._blocks: list[np.ndarray] = []
        self._n = 0  # rows filled in the last block

    def append(self, row: np.ndarray) -> None:
        if not self._blocks or self._n == len(self._blocks[-1]):
            self._blocks.append(np.empty((self.BLOCK, len(row)), np.uint32))
            self._n = 0
        self._blocks[-1][self._n] = row
        self._n += 1

    def __len__(self) -> int:
        return (len(self._blocks) - 1) * self.BLOCK + self._n if self._blocks else 0

    def matrix(self) -> np.ndarray:
        if not self._blocks:
            return np.zeros((0, 1), np.uint32)
        if len(self._blocks) > 1 or self._n < len(self._blocks[0]):
            out = np.empty((len(self), self._blocks[0].shape[1]), np.uint32)
            pos = 0
            while self._blocks:
                block = self._blocks.pop(0)
                take = min(len(block), len(out) - pos)
                out[pos : pos + take] = block[:take]
                pos += take
            self._blocks, self._n = [out], len(out)
        return self._blocks[0]


@dataclass
class Index:
    """What the main process keeps per article while the corpus streams by (compact arrays)."""

    ids: list[str] = field(default_factory=list)
    key_hashes: array = field(default_factory=lambda: array("Q"))
    n_shingles: array = field(default_factory=lambda: array("l"))
    key_len: array = field(default_factory=lambda: array("l"))
    suspects: array = field(default_factory=lambda: array("l"))
    spool: Spool | None = None  # shingle sets, when the caller keeps them
    seq_spool: Spool | None = None  # character shingles in text order
    sigs: Rows = field(default_factory=Rows)
    heads: Rows = field(default_factory=Rows)
    anchors: Rows = field(default_factory=Rows)
    edges: EdgeIndex = field(default_factory=EdgeIndex)  # short paragraphs at each article's ends

    def add(self, row_id: str, extra: tuple) -> None:
        sig, kh, n_sh, klen, head, anchors, set_ref, seq_ref, suspects, edges = extra
        self.edges.add(len(self.ids), edges)
        if self.spool is not None:
            self.spool.add(set_ref)
        if self.seq_spool is not None:
            self.seq_spool.add(seq_ref)
        self.suspects.append(suspects)
        self.heads.append(head)
        self.anchors.append(anchors)
        self.ids.append(row_id)
        self.key_hashes.append(kh)
        self.n_shingles.append(n_sh)
        self.key_len.append(klen)
        self.sigs.append(sig)

    def signatures(self) -> np.ndarray:
        return self.sigs.matrix()

    def head_signatures(self) -> np.ndarray:
        return self.heads.matrix()

    def anchor_matrix(self) -> np.ndarray:
        return self.anchors.matrix()


def candidates(index: Index, sigs: np.ndarray, copies: np.ndarray, opts: DetectOptions) -> np.ndarray:
    """Candidate pairs from every source, each worth reading: the main bands; head signatures
    (truncated reprints and excerpts keep the opening); the noisy-copy bands (long texts only);
    anchors (texts mostly inside another, wherever they start).  Pairs whose signatures show they
    cannot pass are dropped unread.  Exact copies take no part; the head signatures and anchors
    are freed once used."""
    if not len(sigs):
        return np.zeros((0, 2), np.int64)
    sizes = np.asarray(index.n_shingles)

    def worth(p: np.ndarray) -> np.ndarray:
        return worth_verifying(sigs, p, sizes, min(opts.threshold, opts.noisy_floor), opts.containment)

    found = [candidate_pairs(sigs, *opts.bands_rows, skip=copies),
             candidate_pairs(index.head_signatures(), HEAD_BANDS, HEAD_ROWS, skip=copies)]
    index.heads = Rows()
    found.append(candidate_pairs(sigs, *opts.noisy_bands_rows, skip=copies | (sizes < opts.noisy_min_size)))
    pairs = worth(np.unique(np.concatenate(found), axis=0))
    nested = anchor_pairs(index.anchor_matrix(), skip=copies, accept=worth)
    index.anchors = Rows()
    return np.unique(np.concatenate([pairs, nested]), axis=0) if len(nested) else pairs


@dataclass(slots=True)
class Edge:
    a: int
    b: int
    sim: Similarity
    kind: str  # exact | jaccard | containment


def exact_groups(index: Index) -> tuple[dict[int, int], np.ndarray]:
    """Map each exact copy to the first article with the same key; mask of copies."""
    first: dict[int, int] = {}
    rep: dict[int, int] = {}
    copies = np.zeros(len(index.ids), bool)
    for i, kh in enumerate(index.key_hashes):
        if index.key_len[i] == 0:
            continue
        if kh in first:
            rep[i] = first[kh]
            copies[i] = True
        else:
            first[kh] = i
    return rep, copies


VERIFY_BLOCK_BYTES = 64 << 20  # shingle sets read ahead per block of candidate pairs


def verify(pairs: np.ndarray, sets: Spool, opts: DetectOptions, seqs: Spool | None = None) -> list[Edge]:
    """Keep candidate pairs whose real shingle sets are similar (Jaccard) or nested (containment),
    and (with ``seqs``, the shingles in text order) spread, or noisy copies (see DetectOptions).

    Pairs are taken in blocks whose sets (and then the sequences the spread check needs) are
    read from the spools in file order: at corpus scale the spools outgrow the page cache, and
    a random read per candidate then goes to disk."""
    edges: list[Edge] = []
    for lo, hi in _blocks(pairs, sets):
        block = pairs[lo:hi]
        got = _read(sets, np.unique(block))
        found: list[tuple[Edge, int, np.ndarray]] = []  # (edge, row whose sequence is scanned, the other's set)
        for a, b in block.tolist():
            sa, sb = got.get(a), got.get(b)
            if sa is None or sb is None:
                continue
            edge = _verified(a, b, sa, sb, opts, seqs is not None)
            if edge is None:
                continue
            if edge.kind == "contained" or seqs is None or edge.sim.containment >= (1 + opts.min_spread) / 2:
                # a shorter text nearly all inside the other cannot hold a long missing run: no scan
                found.append((edge, -1, sa))
            else:
                found.append((edge, a, sb) if len(sa) <= len(sb) else (edge, b, sa))
        scanned = _read(seqs, np.unique(np.fromiter((r for _, r, _ in found if r >= 0), np.int64))) if seqs is not None else {}
        edges += [edge for edge, row, other in found
                  if row < 0 or spread_share(scanned[row], other, opts.max_gap) >= opts.min_spread]
    return edges


def _read(spool, rows: np.ndarray) -> dict:
    return spool.read_many(rows) if isinstance(spool, Spool) else {int(r): spool[int(r)] for r in rows}


def _blocks(pairs: np.ndarray, sets) -> list[tuple[int, int]]:
    """[lo, hi) ranges of ``pairs`` whose sets take about VERIFY_BLOCK_BYTES together."""
    if not isinstance(sets, Spool) or len(pairs) == 0:
        return [(0, len(pairs))]
    cum = np.cumsum(sets.nbytes(pairs.ravel()).reshape(pairs.shape).sum(axis=1))
    marks = np.arange(1, int(cum[-1]) // VERIFY_BLOCK_BYTES + 1) * VERIFY_BLOCK_BYTES
    cuts = np.unique(np.searchsorted(cum, marks, side="right"))
    bounds = [0, *(int(c) for c in cuts if 0 < c < len(pairs)), len(pairs)]
    return list(zip(bounds[:-1], bounds[1:]))


def _verified(a: int, b: int, sa: np.ndarray, sb: np.ndarray, opts: DetectOptions, noisy: bool) -> Edge | None:
    """The edge two sets make before the spread check, or None (``noisy``: allow noisy copies)."""
    sim = similarity(sa, sb)
    if sim.jaccard >= opts.threshold:
        kind = "jaccard"
    elif sim.containment >= opts.containment:
        small, large = (len(sa), len(sb)) if len(sa) <= len(sb) else (len(sb), len(sa))
        kind = "containment" if small / max(large, 1) >= opts.min_length_ratio else "contained"
    elif noisy and sim.jaccard >= opts.noisy_floor and shared_count(sim, len(sa), len(sb)) >= opts.noisy_min_shared:
        kind = "noisy"
    else:
        return None
    return Edge(a, b, sim, kind)


def shared_count(sim: Similarity, na: int, nb: int) -> int:
    """Shingles two sets share, from their Jaccard and sizes (|A & B| = J (|A| + |B|) / (1 + J))."""
    return round(sim.jaccard * (na + nb) / (1 + sim.jaccard))


MERGING = ("jaccard", "containment", "excerpt", "noisy")
DISJOINT_CONTAINMENT = 0.2  # nested articles sharing less than this are different reports
NESTED_SHARE = 0.67  # a set at most this share of another's size, and inside it, is nested in it


def _promote_excerpts(edges: list[Edge], sets: Spool, sizes, opts: DetectOptions) -> None:
    """A short article wholly inside a longer one is an excerpt of it (kind ``excerpt``, merged) unless
    - the longer one is a compilation: it holds two articles that are not similar to each other (a
      page of several reports must not chain them together), or
    - the shorter one is a shared passage: it sits inside two longer articles that are not similar
      to each other (a quotation, a stock paragraph, a notice);
    then every such nesting is only reported (kind ``contained``)."""
    inside: dict[int, list[Edge]] = {}
    holders: dict[int, list[int]] = {}
    near: dict[int, list[int]] = {}  # each article's other merging partners (copies it overlaps, either way)
    for e in edges:
        small, large = (e.a, e.b) if sizes[e.a] <= sizes[e.b] else (e.b, e.a)
        if e.kind == "contained" or (e.sim.containment >= opts.containment and sizes[small] <= NESTED_SHARE * sizes[large]):
            inside.setdefault(large, []).append(e)
            holders.setdefault(small, []).append(large)
        elif e.kind in MERGING:
            near.setdefault(e.a, []).append(e.b)
            near.setdefault(e.b, []).append(e.a)
    # a compilation holds two articles that share nothing: two nested ones, or a nested one and one the
    # rest of it copies (a digest's cut that left a short item glued to the head of the next article)
    compilations = {large for large, group in inside.items()
                    if _has_disjoint_pair([e.a if e.b == large else e.b for e in group], sets,
                                          lambda sim: sim.containment < DISJOINT_CONTAINMENT, near.get(large, []))}
    shared = {small for small, larges in holders.items()
              if _has_disjoint_pair(larges, sets,
                                    lambda sim: sim.jaccard < opts.noisy_floor and sim.containment < opts.containment)}
    for large, group in inside.items():
        for e in group:
            small = e.a if e.b == large else e.b
            if large in compilations or small in shared:
                e.kind = "contained"  # reported, never merged
            elif e.kind == "contained":
                e.kind = "excerpt"


def _has_disjoint_pair(rows: list[int], sets: Spool, disjoint, others: list[int] = ()) -> bool:
    """Whether two of ``rows``, or one of them and one of ``others``, are different texts by
    ``disjoint(similarity)``."""
    for x in range(len(rows)):
        for y in (*rows[x + 1 :], *others):
            if disjoint(similarity(sets[rows[x]], sets[y])):
                return True
    return False


@dataclass
class Cluster:
    centre: int
    members: list[int]
    edges: list[Edge]


def build_clusters(n: int, edges: list[Edge], exact: dict[int, int], sets: Spool,
                   opts: DetectOptions, sizes=None) -> list[Cluster]:
    """Union-find over merging edges, split where members are not similar to the centre.
    ``sizes``: each row's number of shingles (read from ``sets`` when not given)."""
    if sizes is None:
        sizes = {i: len(sets[i]) for e in edges for i in (e.a, e.b)}
    _promote_excerpts(edges, sets, sizes, opts)
    merging = [e for e in edges if e.kind in MERGING]
    uf = UnionFind(n)
    for e in merging:
        uf.union(e.a, e.b)
    for copy, first in exact.items():
        uf.union(copy, first)
    groups = uf.groups(range(n))
    edge_by_pair = {(min(e.a, e.b), max(e.a, e.b)): e for e in merging}
    clusters: list[Cluster] = []
    cache: dict[tuple[int, int], Similarity] = {}

    def rep(i: int) -> int:
        return exact.get(i, i)

    def sim_of(key: tuple[int, int]) -> Similarity:
        if key not in cache:
            e = edge_by_pair.get(key)
            if e is not None and e.kind == "noisy":  # verified on the text itself: passes the guard
                cache[key] = Similarity(max(e.sim.jaccard, opts.threshold), e.sim.containment, e.sim.contained)
            elif e is not None:
                cache[key] = e.sim
            elif key[0] in sets and key[1] in sets:
                cache[key] = similarity(sets[key[0]], sets[key[1]])
            else:
                cache[key] = Similarity(0.0, 0.0, -1)
        return cache[key]

    def sim_to(a: int, b: int) -> float:
        ra, rb = rep(a), rep(b)
        if ra == rb:
            return 1.0
        s = sim_of((min(ra, rb), max(ra, rb)))
        return max(s.jaccard, s.containment if s.containment >= opts.containment else 0.0)

    def cover_of(c: int, m: int) -> float:
        """As sim_to, but containment counts only when m is inside c (c can stand for m)."""
        rc, rm = rep(c), rep(m)
        if rc == rm:
            return 1.0
        s = sim_of((min(rc, rm), max(rc, rm)))
        m_inside = s.contained == (1 if rc < rm else 0)
        return max(s.jaccard, s.containment if m_inside and s.containment >= opts.containment else 0.0)

    edges_of: dict[int, list[Edge]] = {}
    for e in merging:
        edges_of.setdefault(uf.find(e.a), []).append(e)
    copies_of: dict[int, list[tuple[int, int]]] = {}
    for c, f in exact.items():
        copies_of.setdefault(uf.find(c), []).append((c, f))
    for root, members in sorted(groups.items(), key=lambda g: min(g[1])):
        members = sorted(members)
        if len(members) == 1:
            clusters.append(Cluster(members[0], members, []))
            continue
        group_edges = edges_of.get(root, [])
        reps = sorted({rep(m) for m in members})
        rep_edges = [(min(rep(e.a), rep(e.b)), max(rep(e.a), rep(e.b))) for e in group_edges]
        parts = split_chains(reps, rep_edges, sim_to, opts.threshold, cover_of) if len(reps) > 2 else [(reps[0], reps)]
        for centre, part in parts:
            part_set = set(part)
            full = sorted(m for m in members if rep(m) in part_set)
            inside = set(full)
            cl_edges = [e for e in group_edges if e.a in inside and e.b in inside]
            cl_edges += [Edge(min(c, f), max(c, f), Similarity(1.0, 1.0, -1), "exact")
                         for c, f in copies_of.get(root, []) if c in inside]
            clusters.append(Cluster(centre, full, sorted(cl_edges, key=lambda e: (e.a, e.b))))
    clusters.sort(key=lambda c: c.members[0])
    return clusters

