"""LSH banding over uint32 signatures: candidate pairs from shared band keys.

Bands and rows come from datasketch's own parameter search for the threshold
(weighted towards recall: every candidate is verified on its real shingle sets
afterwards, so a false positive costs one set intersection, a false negative a
missed duplicate).
"""

from __future__ import annotations

import numpy as np

FP_WEIGHT, FN_WEIGHT = 0.2, 0.8
FULL_PAIRS_MAX = 24  # bucket size up to which every pair is a candidate; above, a star and a chain


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising weighted false positive/negative probability at ``threshold``."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, FP_WEIGHT, FN_WEIGHT)


def _band_keys(sigs: np.ndarray, start: int, rows: int) -> np.ndarray:
    block = sigs[:, start : start + rows].astype(np.uint64)
    h = np.full(len(sigs), 0x84222325CBF29CE4, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(rows):
            h = (h ^ block[:, j]) * np.uint64(0x100000001B3)
            h ^= h >> np.uint64(29)
    return h


def candidate_pairs(sigs: np.ndarray, bands: int, rows: int, skip: np.ndarray | None = None) -> np.ndarray:
    """Unique (i, j), i < j, row indices sharing at least one band; rows in ``skip`` take no part."""
    n = len(sigs)
    codes: list[np.ndarray] = []
    active = np.ones(n, bool) if skip is None else ~skip
    empty = (sigs == np.uint32(0xFFFFFFFF)).all(axis=1)
    active &= ~empty
    idx_all = np.flatnonzero(active)
    if len(idx_all) < 2:
        return np.zeros((0, 2), np.int64)
    sub = sigs[idx_all]
    for b in range(bands):
        keys = _band_keys(sub, b * rows, rows)
        order = np.argsort(keys, kind="stable")
        sk = keys[order]
        bounds = np.flatnonzero(np.diff(sk)) + 1
        starts = np.concatenate(([0], bounds))
        ends = np.concatenate((bounds, [len(sk)]))
        multi = np.flatnonzero(ends - starts >= 2)
        for s, e in zip(starts[multi], ends[multi]):
            members = np.sort(idx_all[order[s:e]])
            if len(members) <= FULL_PAIRS_MAX:
                i, j = np.triu_indices(len(members), 1)
                codes.append(members[i] * n + members[j])
            else:
                codes.append(members[0] * n + members[1:])
                codes.append(members[:-1] * n + members[1:])
    if not codes:
        return np.zeros((0, 2), np.int64)
    u = np.unique(np.concatenate(codes))
    return np.stack([u // n, u % n], axis=1)
