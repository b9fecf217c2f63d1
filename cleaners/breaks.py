"""Line-break repair: join paragraphs that OCR or page layout split mid-sentence.

Each join rule is a named predicate on (previous paragraph, next line); the first
that holds joins them.  Headings, captions, bylines and list items never join.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .rules import LIST_ITEM

NO_JOIN_END = "。！？!?…．.」』”’\"）)》】：:；;—-－"
OPEN_END = "，、,（(“‘《〈【"
CLOSE_START = "，。、；：？！）》」』”’,.;:?!)"
MIN_MIDSENTENCE = 45  # a fragment this long without final punctuation is prose, not a heading
MIN_MIDSENTENCE_PUNCT = 16  # ...or this long if it already holds sentence-internal punctuation

_INNER_PUNCT = regex.compile(r"[，、；,;]")


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _dehyphen(prev: str, nxt: str) -> bool:
    return len(prev) > 2 and prev[-1] == "-" and prev[-2].isalpha() and prev[-2].isascii() and nxt[:1].islower()


def _open_punct(prev: str, nxt: str) -> bool:
    return prev[-1] in OPEN_END


def _close_punct(prev: str, nxt: str) -> bool:
    return nxt[0] in CLOSE_START and prev[-1] not in "。！？!?"


def _lowercase(prev: str, nxt: str) -> bool:
    return nxt[0].islower() and nxt[0].isascii() and prev[-1] not in NO_JOIN_END


def _midsentence(prev: str, nxt: str) -> bool:
    if prev[-1] in NO_JOIN_END:
        return False
    return len(prev) >= MIN_MIDSENTENCE or (len(prev) >= MIN_MIDSENTENCE_PUNCT and bool(_INNER_PUNCT.search(prev)))


JOIN_RULES: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("join.dehyphen", _dehyphen),
    ("join.open_punct", _open_punct),
    ("join.close_punct", _close_punct),
    ("join.lowercase", _lowercase),
    ("join.midsentence", _midsentence),
)


def join_rule(prev: str, nxt: str) -> str | None:
    """Name of the rule that joins ``nxt`` onto paragraph ``prev``, or None."""
    if not prev or not nxt or LIST_ITEM.match(nxt):
        return None
    for name, pred in JOIN_RULES:
        if pred(prev, nxt):
            return name
    return None


def joined(prev: str, nxt: str, rule: str) -> str:
    if rule == "join.dehyphen":
        return prev[:-1] + nxt
    # (the last character is looked at directly: a pattern anchored at "$" scans the whole paragraph)
    if _latin(prev[-1]) and _latin(nxt[0]) or (prev[-1] in ",;" and nxt[0].isascii()):
        return prev + " " + nxt
    return prev + nxt
