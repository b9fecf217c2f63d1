"""Verified edges to clusters: union-find, an anti-chaining guard, centres and survivors."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class Similarity:
    jaccard: float
    containment: float  # share of the smaller set found in the larger one
    contained: int  # -1: neither; 0: first is inside second; 1: second inside first


def similarity(a: np.ndarray, b: np.ndarray) -> Similarity:
    """Exact Jaccard and directional containment of two sorted unique uint32 arrays."""
    if len(a) == 0 or len(b) == 0:
        return Similarity(0.0, 0.0, -1)
    if len(a) > len(b):
        a, b = b, a
        swapped = True
    else:
        swapped = False
    pos = np.searchsorted(b, a)  # both sorted and unique: a binary search per element of the smaller
    pos[pos == len(b)] = len(b) - 1
    inter = int(np.count_nonzero(b[pos] == a))
    if swapped:
        a, b = b, a
    union = len(a) + len(b) - inter
    small = min(len(a), len(b))
    cont = inter / small
    which = 0 if len(a) <= len(b) else 1
    return Similarity(inter / union, cont, which)


def spread_share(seq: np.ndarray, other: np.ndarray, max_gap: int) -> float:
    """Share of a text's shingle positions (``seq``, in text order) not inside a run of more than
    ``max_gap`` consecutive positions missing from ``other`` (a sorted unique set).

    Noise (OCR misreads) leaves many short runs of missing shingles; a different text
    sharing boilerplate or a paragraph leaves a long run: the part that differs.  Order
    between the runs does not matter, so columns read in another order still count.
    """
    if len(seq) == 0 or len(other) == 0:
        return 0.0
    pos = np.searchsorted(other, seq)
    pos[pos == len(other)] = len(other) - 1
    hit = (other[pos] == seq).astype(np.int8)
    edges = np.diff(np.concatenate(([1], hit, [1])))
    runs = np.flatnonzero(edges == 1) - np.flatnonzero(edges == -1)
    return 1.0 - float(runs[runs > max_gap].sum()) / len(seq)


class UnionFind:
    """Compact union-find over row indices (numpy parent array, path halving)."""

    def __init__(self, n: int):
        self.parent = np.arange(n, dtype=np.int64)

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = int(p[x])
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                ra, rb = rb, ra
            self.parent[ra] = rb  # the smaller index is the root: deterministic

    def groups(self, members) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for m in members:
            out.setdefault(self.find(m), []).append(m)
        return out


def components(nodes: list[int], edges: list[tuple[int, int]]) -> list[list[int]]:
    """Connected components of ``nodes`` under ``edges`` (sorted, deterministic)."""
    pos = {n: i for i, n in enumerate(nodes)}
    uf = UnionFind(len(nodes))
    for a, b in edges:
        if a in pos and b in pos:
            uf.union(pos[a], pos[b])
    groups = uf.groups(range(len(nodes)))
    return sorted((sorted(nodes[i] for i in g) for g in groups.values()), key=lambda g: g[0])


def centre_order(members: list[int], sims: dict[tuple[int, int], float]) -> list[int]:
    """Members from the most similar to all others (medoid over verified similarities, ``sims[(m, o)]``
    as m sees o); ties: lower index."""
    return sorted(members, key=lambda m: (-sum(sims.get((m, o), 0.0) for o in members if o != m), m))


CENTRE_CANDIDATES = 5  # the best-placed members tried as a split component's centre


def split_chains(members: list[int], edges: list[tuple[int, int]], sim_to, min_sim: float,
                 cover_of=None) -> list[tuple[int, list[int]]]:
    """Split a component whose members are not similar to its centre.

    ``sim_to(a, b)`` gives the verified similarity used for the guard.  ``cover_of(c, m)``, when
    given, is how well c stands for m when choosing the centre: a fragment inside every other copy
    is similar to each of them, yet stands for none of the other fragments, so a copy that holds
    the others is the better centre.  Returns (centre, members) pairs; members far from the
    centre are re-clustered on their own edges, recursively.
    """
    inside = set(members)
    cover_of = cover_of or sim_to
    pair_sims = {(x, y): cover_of(x, y) for a, b in edges if a in inside and b in inside for x, y in ((a, b), (b, a))}
    ranked = centre_order(members, pair_sims)[:CENTRE_CANDIDATES]
    # of the best-placed members, the one that keeps the most members with it (ties: the best placed)
    centre = max(ranked, key=lambda c: (sum(m == c or sim_to(c, m) >= min_sim for m in members), -ranked.index(c)))
    keep = [m for m in members if m == centre or sim_to(centre, m) >= min_sim]
    kept = set(keep)
    rest = [m for m in members if m not in kept]
    out = [(centre, sorted(keep))]
    if rest:
        rest_set = set(rest)
        for comp in components(rest, [e for e in edges if e[0] in rest_set and e[1] in rest_set]):
            if len(comp) == 1:
                out.append((comp[0], comp))
            else:
                out.extend(split_chains(comp, edges, sim_to, min_sim, cover_of))
    return out
