"""LSH banding over uint32 signatures: candidate pairs from shared band keys.

Bands and rows come from datasketch's own parameter search for the threshold
(weighted towards recall: every candidate is verified on its real shingle sets
afterwards, so a false positive costs one set intersection, a false negative a
missed duplicate).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

FP_WEIGHT, FN_WEIGHT = 0.2, 0.8
PAIR_WINDOW = 24  # a bucket up to this size gives all its pairs; a larger one, pairs of near neighbours


@lru_cache(maxsize=32)  # datasketch's search integrates numerically: half a second
def lsh_params(threshold: float, num_perm: int, fp_weight: float = FP_WEIGHT, fn_weight: float = FN_WEIGHT
               ) -> tuple[int, int]:
    """(bands, rows) minimising weighted false positive/negative probability at ``threshold``."""
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, num_perm, fp_weight, fn_weight)


def _band_keys(sigs: np.ndarray, start: int, rows: int) -> np.ndarray:
    block = sigs[:, start : start + rows].astype(np.uint64)
    h = np.full(len(sigs), 0x84222325CBF29CE4, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(rows):
            h = (h ^ block[:, j]) * np.uint64(0x100000001B3)
            h ^= h >> np.uint64(29)
    return h


COMPACT = 1 << 25  # pair codes held before they are deduplicated (bounds memory at corpus scale)


def candidate_pairs(sigs: np.ndarray, bands: int, rows: int, skip: np.ndarray | None = None) -> np.ndarray:
    """Unique (i, j), i < j, row indices sharing at least one band; rows in ``skip`` take no part."""
    n = len(sigs)
    codes: list[np.ndarray] = []
    held = 0
    active = np.ones(n, bool) if skip is None else ~skip
    empty = (sigs == np.uint32(0xFFFFFFFF)).all(axis=1)
    active &= ~empty
    idx_all = np.flatnonzero(active)
    if len(idx_all) < 2:
        return np.zeros((0, 2), np.int64)
    for b in range(bands):
        keys = _band_keys(sigs[idx_all, b * rows : (b + 1) * rows], 0, rows)  # one band's columns only
        order = np.argsort(keys, kind="stable")
        sk = keys[order]
        members = idx_all[order]
        # every pair within PAIR_WINDOW places of each other in a run of equal keys: all pairs
        # of a small bucket, a band of neighbours in a large one (enough to connect it)
        for d in range(1, min(PAIR_WINDOW, len(sk))):
            hit = np.flatnonzero(sk[:-d] == sk[d:])
            if not len(hit):
                break
            a, c = members[hit], members[hit + d]
            codes.append(np.minimum(a, c) * n + np.maximum(a, c))
            held += len(hit)
        if held > COMPACT:
            codes = [np.unique(np.concatenate(codes))]
            held = len(codes[0])
    if not codes:
        return np.zeros((0, 2), np.int64)
    u = np.unique(np.concatenate(codes))
    return np.stack([u // n, u % n], axis=1)


# an anchor value more articles hold is a common phrase, not a shared passage (large groups of
# copies share their whole text and are found by the bands)
ANCHOR_GROUP_MAX = 16
NO_ANCHOR = 0xFFFFFFFF


def anchor_pairs(anchors: np.ndarray, skip: np.ndarray | None = None, max_group: int = ANCHOR_GROUP_MAX,
                 accept=None) -> np.ndarray:
    """Unique (i, j), i < j, rows sharing at least one anchor value (``detect.anchors_of``).

    Anchors are each row's lowest shingle hashes: when most of a shorter text lies inside a
    longer one, the longer one's lowest hashes that fall in the shorter text are the shorter
    one's lowest too, so the two meet here with a probability that depends on the shorter
    text's share of the longer one, not on their Jaccard.  Values held by more than
    ``max_group`` rows are skipped (common phrases).  ``accept`` (pairs -> the pairs worth
    keeping) filters each batch as it is made, so only its survivors are held."""
    n, k = anchors.shape
    # (value << 32 | row) in one uint64 array, sorted in place: at 1M articles the largest
    # temporaries are two arrays of 8 bytes per anchor
    packed = anchors.astype(np.uint64)
    packed <<= np.uint64(32)
    packed |= np.arange(n, dtype=np.uint64)[:, None]
    packed = packed.reshape(-1)
    keep = anchors.reshape(-1) != NO_ANCHOR
    if skip is not None:
        keep &= np.repeat(~skip, k)
    packed = packed[keep]
    del keep
    packed.sort()
    v = packed >> np.uint64(32)
    starts = np.flatnonzero(np.concatenate(([True], v[1:] != v[:-1])))
    del v
    sizes = np.diff(np.concatenate((starts, [len(packed)])))
    low = np.uint64(0xFFFFFFFF)
    codes = []
    for size in range(2, max_group + 1):
        first = starts[sizes == size]
        if not len(first):
            continue
        ti, tj = np.triu_indices(size, 1)
        a = (packed[first[:, None] + ti].ravel() & low).astype(np.int64)
        b = (packed[first[:, None] + tj].ravel() & low).astype(np.int64)
        batch = np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)
        if accept is not None:
            batch = accept(batch)
        codes.append(batch[:, 0] * n + batch[:, 1])
    if not codes:
        return np.zeros((0, 2), np.int64)
    u = np.unique(np.concatenate(codes))
    return np.stack([u // n, u % n], axis=1)


def estimated_jaccard(sigs: np.ndarray, pairs: np.ndarray, chunk: int = 1 << 16) -> np.ndarray:
    """MinHash estimate of each pair's Jaccard: the share of signature positions that agree."""
    out = np.empty(len(pairs), np.float64)
    for s in range(0, len(pairs), chunk):
        p = pairs[s : s + chunk]
        out[s : s + chunk] = (sigs[p[:, 0]] == sigs[p[:, 1]]).mean(axis=1)
    return out


def worth_verifying(sigs: np.ndarray, pairs: np.ndarray, sizes: np.ndarray, floor: float, containment: float,
                    sds: float = 4.0) -> np.ndarray:
    """Pairs that may still pass verification: their Jaccard could reach ``floor`` or the smaller
    set's containment could reach ``containment`` (MinHash estimate plus ``sds`` standard errors;
    containment from Jaccard and the set sizes).  The rest are dropped unread."""
    if not len(pairs):
        return pairs
    est = estimated_jaccard(sigs, pairs)
    high = np.minimum(est + sds * np.sqrt(np.maximum(est * (1 - est), 1 / sigs.shape[1]) / sigs.shape[1]), 1.0)
    na, nb = sizes[pairs[:, 0]], sizes[pairs[:, 1]]
    cont_high = high * (na + nb) / ((1 + high) * np.maximum(np.minimum(na, nb), 1))
    return pairs[(high >= floor) | (cont_high >= containment)]
