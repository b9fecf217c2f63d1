"""Progress lines on stderr for long runs (at most one every two seconds)."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, label: str, enabled: bool = True, every: float = 2.0):
        self.label, self.enabled, self.every = label, enabled, every
        self.start = self.last = time.monotonic()
        self.count = 0

    def tick(self, n: int = 1, note: str = "") -> None:
        self.count += n
        now = time.monotonic()
        if self.enabled and now - self.last >= self.every:
            self.last = now
            rate = self.count / max(now - self.start, 1e-9)
            print(f"  {self.label}: {self.count:,} ({rate:,.0f}/s){' ' + note if note else ''}", file=sys.stderr, flush=True)

    def elapsed(self) -> float:
        return time.monotonic() - self.start
