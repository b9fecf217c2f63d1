"""Shingle sets spooled to disk once, read back through a memory map.

The cleaning workers already build every article's shingles for its signature;
keeping the sorted unique set (uint32) on disk makes verification a lookup
instead of re-reading and re-hashing the candidates' texts.  Memory stays
bounded: the main process holds one offset per article, the sets stay in the
page cache.
"""

from __future__ import annotations

from array import array
from pathlib import Path

import numpy as np


class SetSpool:
    """Append-only file of uint32 arrays, then a read-only mapping ``row -> array``."""

    def __init__(self, path: Path):
        self.path = path
        self._f = open(path, "wb")
        self._ends = array("q")
        self._pos = 0
        self._map: np.ndarray | None = None

    def append(self, data: bytes) -> None:
        """One article's set, as the bytes of a sorted unique uint32 array."""
        self._f.write(data)
        self._pos += len(data) // 4
        self._ends.append(self._pos)

    def seal(self) -> SetSpool:
        """Finish writing; from now on the spool is read through a memory map."""
        self._f.close()
        self._map = np.memmap(self.path, np.uint32, "r") if self._pos else np.zeros(0, np.uint32)
        return self

    def close(self) -> None:
        self._f.close()
        self._map = None
        self.path.unlink(missing_ok=True)

    def __len__(self) -> int:
        return len(self._ends)

    def __contains__(self, i: int) -> bool:
        return 0 <= i < len(self._ends)

    def __getitem__(self, i: int) -> np.ndarray:
        if self._map is None:
            raise RuntimeError("seal() the spool before reading it")
        start = self._ends[i - 1] if i else 0
        return self._map[start : self._ends[i]]

    def get(self, i: int, default=None) -> np.ndarray | None:
        return self[i] if i in self else default
