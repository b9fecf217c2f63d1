"""Shingles per script, hashed to uint32 with numpy.

Every text gives character n-grams (for Han, kana and hangul they are the only
choice; for space-separated scripts they are what survives OCR noise, where one
misread letter kills every word n-gram around it).  Space-separated text also
gives word n-grams.  A shingle's hash is a polynomial over its code
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
    """Character n for all text, word n added for space-separated text (see README: why 5 and 3)."""

    char_n: int = 5
    word_n: int = 3
    word_max_cjk: float = 0.8  # text with at most this CJK token share also gives word n-grams


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


def sorted_unique(a: np.ndarray) -> np.ndarray:
    """np.unique for small uint32 arrays: one sort and a mask (numpy's hash-based unique is slower here)."""
    a = np.sort(a)
    if len(a) < 2:
        return a
    keep = np.empty(len(a), bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]


def shingle_parts(key: str, spec: ShingleSpec = ShingleSpec()) -> tuple[np.ndarray, np.ndarray]:
    """uint32 hashes of the key's character n-grams (in text order) and of its word n-grams."""
    chars = (_ngram_hashes(_char_tokens(key), spec.char_n) >> np.uint64(32)).astype(np.uint32)
    return chars, _word_part(key, spec)


def _word_part(key: str, spec: ShingleSpec) -> np.ndarray:
    """uint32 hashes of the key's word n-grams, when it is space-separated text; else empty."""
    if " " in key and _cjk_share(key) <= spec.word_max_cjk:
        return (_ngram_hashes(_word_tokens(key), spec.word_n) >> np.uint64(32)).astype(np.uint32)
    return np.zeros(0, np.uint32)


def shingle_parts_batch(keys: list[str], spec: ShingleSpec = ShingleSpec()) -> list[tuple[np.ndarray, np.ndarray]]:
    """``shingle_parts`` for many keys at once: the character n-grams of all of them come from one
    pass over their concatenation (same values; far fewer numpy calls for short texts)."""
    chars = [k.replace(" ", "") for k in keys]
    n = spec.char_n
    toks = np.frombuffer("".join(chars).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    every = (_ngram_hashes(toks, n) >> np.uint64(32)).astype(np.uint32) if len(toks) >= n else np.zeros(0, np.uint32)
    out, start = [], 0
    for key, c in zip(keys, chars):
        m = len(c)
        if m >= n:
            grams = every[start : start + m - n + 1]
        else:  # shorter than n: one shingle of all of it, as shingle_parts gives
            grams = (_ngram_hashes(toks[start : start + m], n) >> np.uint64(32)).astype(np.uint32)
        start += m
        out.append((grams, _word_part(key, spec)))
    return out


def shingle_hashes(key: str, spec: ShingleSpec = ShingleSpec(), unique: bool = True) -> np.ndarray:
    """Sorted unique uint32 shingle hashes of one key (``unique=False``: as they come, for MinHash,
    whose minimum does not care about repeats)."""
    chars, words = shingle_parts(key, spec)
    h = np.concatenate([chars, words]) if len(words) else chars
    return sorted_unique(h) if unique else h


def shingle_strings(key: str, spec: ShingleSpec = ShingleSpec()) -> list[str]:
    """The shingles themselves (for tests and explanations; hashing uses ``shingle_hashes``)."""
    chars = key.replace(" ", "")
    n = min(spec.char_n, len(chars))
    out = [chars[i : i + n] for i in range(len(chars) - n + 1)] if chars else []
    if " " in key and _cjk_share(key) <= spec.word_max_cjk:
        words = _words(key)
        n = min(spec.word_n, len(words))
        out += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)] if words else []
    return out
