"""Shingle arrays spooled to disk by the workers, read back by positional reads.

The cleaning workers already build every article's shingles for its signature;
keeping them on disk makes verification a lookup instead of re-reading and
re-hashing the candidates' texts.  Each worker process appends to a file of its
own (no bytes cross the process boundary, only a reference), the main process
keeps one (file, start, length) reference per article, and the arrays stay in
the page cache.
"""

from __future__ import annotations

import os
from array import array
from pathlib import Path

import numpy as np

_OPEN: dict[Path, object] = {}  # this process's open spool files


class SpoolWriter:
    """Appends uint32 arrays to this process's own file; picklable (it is sent to the workers)."""

    def __init__(self, directory: Path, name: str):
        self.directory, self.name = directory, name

    def write(self, arr: np.ndarray) -> tuple[int, int, int]:
        """Store ``arr``; returns the reference (process id, start, length) in uint32 units."""
        path = self.directory / f"{self.name}.{os.getpid()}"
        f = _OPEN.get(path)
        if f is None:
            # unbuffered: a worker may be stopped without a chance to flush
            f = _OPEN[path] = open(path, "ab", buffering=0)
        start = f.tell() // 4
        f.write(np.ascontiguousarray(arr, dtype=np.uint32).data)
        return os.getpid(), start, len(arr)


class Spool:
    """Row -> uint32 array, stored in per-process files under ``directory``."""

    def __init__(self, directory: Path, name: str):
        directory.mkdir(parents=True, exist_ok=True)
        self.directory, self.name = directory, name
        self._slot: dict[int, int] = {}  # process id -> file slot
        self._where = array("q")  # per row: slot, start, length
        self._fds: list[int] | None = None

    def writer(self) -> SpoolWriter:
        return SpoolWriter(self.directory, self.name)

    def add(self, ref: tuple[int, int, int]) -> None:
        """Register the next row's array by the reference ``SpoolWriter.write`` returned."""
        pid, start, n = ref
        self._where.extend((self._slot.setdefault(pid, len(self._slot)), start, n))

    def seal(self) -> Spool:
        """Finish writing; from now on rows are read back from the files."""
        for path, f in list(_OPEN.items()):
            if path.parent == self.directory:
                f.close()
                del _OPEN[path]
        self._fds = []
        for pid in sorted(self._slot, key=self._slot.get):
            path = self.directory / f"{self.name}.{pid}"
            self._fds.append(os.open(path, os.O_RDONLY))
        return self

    def close(self) -> None:
        """Close and delete this spool's files."""
        for fd in self._fds or []:
            os.close(fd)
        self._fds = None
        for path in self.directory.glob(f"{self.name}.*"):
            f = _OPEN.pop(path, None)
            if f is not None:
                f.close()
            path.unlink(missing_ok=True)

    def __len__(self) -> int:
        return len(self._where) // 3

    def __contains__(self, i: int) -> bool:
        return 0 <= i < len(self)

    def __getitem__(self, i: int) -> np.ndarray:
        if self._fds is None:
            raise RuntimeError("seal() the spool before reading it")
        slot, start, n = self._where[3 * i : 3 * i + 3]
        return np.frombuffer(os.pread(self._fds[slot], 4 * n, 4 * start), np.uint32) if n else np.zeros(0, np.uint32)

    def get(self, i: int, default=None) -> np.ndarray | None:
        return self[i] if i in self else default

    def read_many(self, rows: np.ndarray) -> dict[int, np.ndarray]:
        """The arrays of ``rows`` (valid row numbers), read in file order: when the spool is
        larger than the page cache, one sweep over each file instead of a random read per row."""
        where = np.frombuffer(self._where, dtype=np.int64).reshape(-1, 3)[rows]
        order = np.lexsort((where[:, 1], where[:, 0]))
        return {int(rows[k]): self[int(rows[k])] for k in order}

    def nbytes(self, rows: np.ndarray) -> np.ndarray:
        """Bytes each of ``rows`` takes on disk."""
        return 4 * np.frombuffer(self._where, dtype=np.int64).reshape(-1, 3)[rows, 2]
