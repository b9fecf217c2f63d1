"""The matching key: derived, throw-away, aggressive.

NFKC (width folding), OpenCC traditional to simplified (character level),
Kangxi radicals and OCR look-alikes folded, punctuation and whitespace removed,
Latin lowercased.  Everything is one ``str.translate`` table built once, so the
key of a whole corpus costs one C-level pass per text.  Spaces survive only
where the text had whitespace between two Latin/digit characters (word
boundaries for word shingles); punctuation is dropped without a trace.
``key_offsets`` maps each key position back to the display text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np
import opencc
import regex

# OCR look-alikes: every member of a group folds to the first.  Data, not code.
LOOKALIKES: tuple[str, ...] = (
    "一—－─━‒―",
    "已己巳",
    "未末",
    "日曰",
    "〇○◯",
    "口囗",
    "天夭",
    "戌戍",
    "人入",
    "土士",
    "干千",
    "候侯",
    "拨拔",
    "问间",
    "折拆",
    "免兔",
    "0oO",
    "1lI|",
)

CJK_RANGES = ((0x2E80, 0x2FDF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_CJK_CHAR = r"\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_SPACE_NEAR_CJK = regex.compile(rf"(?<=[{_CJK_CHAR}]) | (?=[{_CJK_CHAR}])")
_MULTI_SPACE = regex.compile(r" {2,}")
_IS_CJK = regex.compile(f"[{_CJK_CHAR}]")


def _fold_char(c: str, t2s) -> str:
    s = unicodedata.normalize("NFKC", c)
    if len(s) == 1 and any(lo <= ord(s) <= hi for lo, hi in CJK_RANGES):
        s = t2s.convert(s)
    out = []
    for ch in s:
        cat = unicodedata.category(ch)
        if cat[0] in "PZ" or cat in ("Cc", "Cf", "Sk", "So", "Sm", "Sc"):
            if cat[0] == "Z" or ch in "\n\t\r":
                out.append(" ")
            elif ch in _LOOKALIKE_FOLD:  # a dash that OCR made of 一
                out.append(_LOOKALIKE_FOLD[ch])
            continue  # punctuation and symbols go; only whitespace marks a word boundary
        out.append(_LOOKALIKE_FOLD.get(ch, ch).lower())
    return "".join(out)


_LOOKALIKE_FOLD = {c: group[0] for group in LOOKALIKES for c in group[1:]}


@lru_cache(maxsize=1)
def key_table() -> dict[int, str]:
    """The translate table for every BMP character whose key form differs from itself."""
    t2s = opencc.OpenCC("t2s")
    table: dict[int, str] = {}
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        f = _fold_char(c, t2s)
        if f != c:
            table[cp] = f
    return table


@lru_cache(maxsize=1)
def _lut() -> tuple[np.ndarray, re.Pattern, np.ndarray]:
    """Code-point lookup table (0 = drop), the characters that expand to several, and CJK flags."""
    lut = np.arange(0x10000, dtype=np.uint32)
    expand = []
    for cp, v in key_table().items():
        if len(v) == 1:
            lut[cp] = ord(v)
        elif not v:
            lut[cp] = 0
        else:
            expand.append(chr(cp))
    cjk = np.zeros(0x10000, dtype=bool)
    for lo, hi in ((0x2E80, 0x2FDF), (0x3040, 0x30FF), (0x3100, 0x312F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
                   (0xAC00, 0xD7AF), (0xF900, 0xFAFF)):
        cjk[lo : hi + 1] = True
    return lut, re.compile("[" + re.escape("".join(expand)) + "]"), cjk


def _key_slow(text: str) -> str:
    k = text.translate(key_table())
    if " " in k:
        k = _SPACE_NEAR_CJK.sub("", _MULTI_SPACE.sub(" ", k)).strip()
    return k


def _fold_codes(cps: np.ndarray, doc: np.ndarray, carry: np.ndarray | None = None
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Key code points of one text or of several concatenated ones (``doc``: which text each code
    point comes from); ``carry`` (e.g. display offsets) follows the code points that stay."""
    lut, _, cjk = _lut()
    bmp = cps < 0x10000
    mapped = np.where(bmp, lut[np.where(bmp, cps, 0)], cps)
    keep = mapped != 0
    if carry is not None:
        carry = carry[keep]
    mapped, doc = mapped[keep], doc[keep]
    sp = mapped == 32
    if sp.any():
        run_tail = sp.copy()
        run_tail[1:] &= sp[:-1]  # spaces after the first of a run go
        keep = ~run_tail
        if carry is not None:
            carry = carry[keep]
        mapped, doc = mapped[keep], doc[keep]
        sp = mapped == 32
        idx = np.flatnonzero(sp)
        inner = idx[(idx > 0) & (idx < len(mapped) - 1)]
        inner = inner[(doc[inner - 1] == doc[inner]) & (doc[inner + 1] == doc[inner])]  # not at a text's edge
        prev_c, next_c = mapped[inner - 1], mapped[inner + 1]
        near_cjk = ((prev_c < 0x10000) & cjk[np.minimum(prev_c, 0xFFFF)]) | ((next_c < 0x10000) & cjk[np.minimum(next_c, 0xFFFF)])
        keep = ~sp
        keep[inner[~near_cjk]] = True  # a space stays only between two non-CJK characters of one text
        if carry is not None:
            carry = carry[keep]
        mapped, doc = mapped[keep], doc[keep]
    return mapped, doc, carry


def _key_array(text: str) -> tuple[np.ndarray, np.ndarray] | None:
    """Key code points and the display offset of each, or None when the slow path is needed."""
    if _lut()[1].search(text):
        return None
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    mapped, _, pos = _fold_codes(cps, np.zeros(len(cps), np.int64), np.arange(len(cps), dtype=np.int64))
    return mapped, pos


def matching_key(text: str) -> str:
    """The key of a display text (see module docstring): one vectorised table lookup."""
    if not text:
        return ""
    arr = _key_array(text)
    if arr is None:
        return _key_slow(text)
    return arr[0].tobytes().decode("utf-32-le")


def matching_keys(texts: list[str]) -> list[str]:
    """``matching_key`` of many texts in one vectorised pass over their concatenation (the same
    keys; far fewer numpy calls than one pass per text)."""
    expand = _lut()[1]
    out = [""] * len(texts)
    fast = []
    for i, t in enumerate(texts):
        if t and expand.search(t):
            out[i] = _key_slow(t)
        elif t:
            fast.append(i)
    if not fast:
        return out
    cps = np.frombuffer("".join(texts[i] for i in fast).encode("utf-32-le"), dtype=np.uint32)
    mapped, doc, _ = _fold_codes(cps, np.repeat(np.arange(len(fast)), [len(texts[i]) for i in fast]))
    joined = mapped.tobytes().decode("utf-32-le")
    ends = np.cumsum(np.bincount(doc, minlength=len(fast))).tolist()
    start = 0
    for i, end in zip(fast, ends):
        out[i] = joined[start:end]
        start = end
    return out


def key_offsets(text: str) -> tuple[str, list[int]]:
    """Key and, for each key character, the offset of the display character it came from."""
    arr = _key_array(text) if text else (np.zeros(0, np.uint32), np.zeros(0, np.int64))
    if arr is not None:
        return arr[0].tobytes().decode("utf-32-le"), arr[1].tolist()
    table = key_table()
    chars: list[str] = []
    offs: list[int] = []
    for i, c in enumerate(text):
        f = table.get(ord(c), c)
        for ch in f:
            chars.append(ch)
            offs.append(i)
    # same space rules as matching_key, applied with the offsets
    out_c: list[str] = []
    out_o: list[int] = []
    n = len(chars)
    for j, ch in enumerate(chars):
        if ch == " ":
            prev = out_c[-1] if out_c else ""
            nxt = next((chars[m] for m in range(j + 1, n) if chars[m] != " "), "")
            if not prev or not nxt or prev == " " or _IS_CJK.match(prev) or _IS_CJK.match(nxt):
                continue
        out_c.append(ch)
        out_o.append(offs[j])
    return "".join(out_c), out_o
