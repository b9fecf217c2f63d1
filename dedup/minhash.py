"""MinHash signatures in datasketch's ``affine32`` scheme, computed in numpy batches.

datasketch 2.x hashes a value v as ``a_k * fmix32(h(v)) + b_k mod 2^32`` with
(a, b) drawn by ``MinHash(num_perm, seed)``; we take (a, b) from datasketch itself
and feed it our shingle hashes as h(v), so a signature here equals
``MinHash(num_perm, seed, hashfunc=h).update_batch(shingles)``.
"""

from __future__ import annotations

import numpy as np
from datasketch import MinHash

SCHEME = "affine32"
EMPTY = np.uint32(0xFFFFFFFF)


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    a, b = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, the pre-mix datasketch applies to every input hash."""
    h = h.astype(np.uint32, copy=True)
    with np.errstate(over="ignore"):
        h ^= h >> np.uint32(16)
        h *= np.uint32(0x85EBCA6B)
        h ^= h >> np.uint32(13)
        h *= np.uint32(0xC2B2AE35)
        h ^= h >> np.uint32(16)
    return h


def signatures(shingle_sets: list[np.ndarray], perms: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """(len(sets) x num_perm) uint32 signatures of a batch of uint32 shingle arrays."""
    a, b = perms
    out = np.full((len(shingle_sets), len(a)), EMPTY, dtype=np.uint32)
    counts = np.array([len(s) for s in shingle_sets], dtype=np.int64)
    nz = counts > 0
    if not nz.any():
        return out
    allh = fmix32(np.concatenate([s for s in shingle_sets if len(s)]))
    starts = np.zeros(int(nz.sum()), dtype=np.int64)
    np.cumsum(counts[nz][:-1], out=starts[1:])
    rows = np.flatnonzero(nz)
    with np.errstate(over="ignore"):
        for k in range(len(a)):
            out[rows, k] = np.minimum.reduceat(allh * a[k] + b[k], starts)
    return out
