"""Character normalisation that keeps meaning (display text).

HTML entities a scrape kept decoded, NFC, odd spaces to plain spaces, zero-width and control characters dropped,
Kangxi radicals and CJK compatibility ideographs to unified ideographs,
full-width ASCII letters and digits to ASCII, runs of spaces collapsed.
Script (traditional/simplified) is never touched here.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from functools import lru_cache

import opencc
import regex


def _build_tables() -> dict[str, dict[int, str]]:
    space = {cp: " " for cp in (0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, 0x0009, 0x000B, 0x000C)}
    space.update({cp: " " for cp in range(0x2000, 0x200B)})
    zero_width = {cp: "" for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E)}
    control = {cp: "" for cp in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)) if cp not in (0x0A, 0x09, 0x0B, 0x0C)}
    radicals = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):
        folded = unicodedata.normalize("NFKC", chr(cp))
        if folded != chr(cp):
            radicals[cp] = folded
    compat = {}
    for start, end in ((0xF900, 0xFB00), (0x2F800, 0x2FA20)):
        for cp in range(start, end):
            folded = unicodedata.normalize("NFC", chr(cp))
            if folded != chr(cp):
                compat[cp] = folded
    width = {cp: chr(cp - 0xFEE0) for cp in list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))}
    return {"space": space, "zero_width": zero_width, "control": control,
            "radical": radicals, "compat_ideograph": compat, "width": width}


TABLES = _build_tables()
COMBINED = {cp: v for table in TABLES.values() for cp, v in table.items()}
_KIND_OF = {cp: kind for kind, table in TABLES.items() for cp in table}
# one C-level scan tells whether a line holds any character the tables rewrite
def _char_class(cps: list[int]) -> str:
    """A compact ``[a-b...]`` class of code points (stdlib ``re`` matches it as a bitmap)."""
    runs, start, prev = [], None, None
    for cp in cps:
        if start is None:
            start = prev = cp
        elif cp == prev + 1:
            prev = cp
        else:
            runs.append((start, prev))
            start = prev = cp
    if start is not None:
        runs.append((start, prev))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs) + "]"


_NEEDS = re.compile(_char_class(sorted(COMBINED)))
_MULTI_SPACE = regex.compile(r" {2,}")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def _fold(m: re.Match) -> str:
    return COMBINED[ord(m.group())]


def normalize_line(line: str, counts: Counter | None = None) -> str:
    """Normalise one line of display text; count rewrites by kind into ``counts``."""
    if "&" in line and _ENTITY.search(line):  # a scrape that kept HTML entities: &amp; &nbsp; &#8220;
        line = html.unescape(line)
        if counts is not None:
            counts["html_entity"] += 1
    if not line.isascii() and not unicodedata.is_normalized("NFC", line):
        line = unicodedata.normalize("NFC", line)
        if counts is not None:
            counts["nfc"] += 1
    if _NEEDS.search(line):
        if counts is not None:
            for c in _NEEDS.findall(line):
                counts[_KIND_OF[ord(c)]] += 1
        line = _NEEDS.sub(_fold, line)  # per match: far faster than str.translate with a dict
    stripped = _MULTI_SPACE.sub(" ", line.strip())
    if counts is not None and stripped != line and line.strip():
        counts["whitespace"] += 1
    return stripped


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` in Simplified script: rules and name tables are written in it."""
    return _t2s().convert(text)
