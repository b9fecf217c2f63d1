"""Shingles per script, hashed to uint32 with numpy.

Han, kana and hangul (and the digits and Latin inside Chinese text) give
character n-grams; space-separated scripts give word n-grams; text with a real
share of both gives both.  A shingle's hash is a polynomial over its code
points (or word hashes) followed by a multiply-xorshift mix, vectorised over a
whole batch of texts.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy as np
import regex

M1 = np.uint64(0x9E3779B97F4A7C15)
M2 = np.uint64(0xBF58476D1CE4E5B9)
WORD_SALT = np.uint64(0x632BE59BD9B4E019)


@dataclass(frozen=True)
class ShingleSpec:
    """Character n for CJK-heavy text, word n for space-separated text (see README: why 5 and 3)."""

    char_n: int = 5
    word_n: int = 3
    mixed_low: float = 0.2  # CJK share between these gives both kinds
    mixed_high: float = 0.8


_WORD = regex.compile(r"[0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff]+")


def _words(key: str) -> list[str]:
    return _WORD.findall(key)


def _cjk_share(key: str) -> float:
    """Share of tokens that are single CJK characters (a word counts as one token)."""
    if not key:
        return 0.0
    if " " not in key:
        return 1.0
    words = _words(key)
    cjk = len(key) - sum(len(w) for w in words) - key.count(" ")
    return cjk / max(cjk + len(words), 1)


def _ngram_hashes(tokens: np.ndarray, n: int) -> np.ndarray:
    """uint64 hash per n-gram of a uint64 token array; one hash of all tokens when shorter than n."""
    m = len(tokens)
    if m == 0:
        return np.zeros(0, np.uint64)
    if m < n:
        n = m
    h = tokens[: m - n + 1].copy()
    with np.errstate(over="ignore"):
        for j in range(1, n):
            h = h * M1 + tokens[j : m - n + 1 + j]
        h ^= h >> np.uint64(31)
        h *= M2
        h ^= h >> np.uint64(29)
    return h


def _char_tokens(key: str) -> np.ndarray:
    return np.frombuffer(key.replace(" ", "").encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def _word_tokens(key: str) -> np.ndarray:
    words = _words(key)
    return np.array([zlib.crc32(w.encode("utf-8")) for w in words], dtype=np.uint64) ^ WORD_SALT


def shingle_hashes(key: str, spec: ShingleSpec = ShingleSpec(), unique: bool = True) -> np.ndarray:
    """Sorted unique uint32 shingle hashes of one key (``unique=False``: as they come, for MinHash,
    whose minimum does not care about repeats)."""
    share = _cjk_share(key)
    parts = []
    if share >= spec.mixed_low:
        parts.append(_ngram_hashes(_char_tokens(key), spec.char_n))
    if share <= spec.mixed_high:
        parts.append(_ngram_hashes(_word_tokens(key), spec.word_n))
    h = np.concatenate(parts) if len(parts) > 1 else parts[0]
    h32 = (h >> np.uint64(32)).astype(np.uint32)
    return np.unique(h32) if unique else h32


def shingle_strings(key: str, spec: ShingleSpec = ShingleSpec()) -> list[str]:
    """The shingles themselves (for tests and explanations; hashing uses ``shingle_hashes``)."""
    share = _cjk_share(key)
    out = []
    if share >= spec.mixed_low:
        chars = key.replace(" ", "")
        n = min(spec.char_n, len(chars))
        out += [chars[i : i + n] for i in range(len(chars) - n + 1)] if chars else []
    if share <= spec.mixed_high:
        words = _words(key)
        n = min(spec.word_n, len(words))
        out += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)] if words else []
    return out
