"""Line-break repair: join paragraphs that OCR or page layout split mid-sentence.

Each join rule is a named predicate on (previous paragraph, next line); the first
that holds joins them.  Headings, captions, bylines and list items never join.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from .rules import LIST_ITEM, OTHER_SENTENCE_END

NO_JOIN_END = "。！？!?…．.」』”’\"）)》】：:；;—-－" + OTHER_SENTENCE_END
OPEN_END = "，、,（(“‘《〈【"
CLOSE_START = "，。、；：？！）》」』”’,.;:?!)"
MIN_MIDSENTENCE = 45  # a fragment this long without final punctuation is prose, not a heading
MIN_MIDSENTENCE_PUNCT = 16  # ...or this long if it already holds sentence-internal punctuation

_INNER_PUNCT = regex.compile(r"[，、；,;،]")
# scripts that mark no sentence end: a paragraph ending without a mark is no evidence of a split
_UNMARKED_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}]")
# a letter, mark or digit of a script written with spaces between words (not Han or kana)
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}--\p{Han}\p{Hiragana}\p{Katakana}]", regex.V1)


def _dehyphen(prev: str, nxt: str) -> bool:
    return len(prev) > 2 and prev[-1] == "-" and prev[-2].isalpha() and prev[-2].isascii() and nxt[:1].islower()


def _open_punct(prev: str, nxt: str) -> bool:
    return prev[-1] in OPEN_END


def _close_punct(prev: str, nxt: str) -> bool:
    return nxt[0] in CLOSE_START and prev[-1] not in "。！？!?"


def _lowercase(prev: str, nxt: str) -> bool:
    return nxt[0].islower() and prev[-1] not in NO_JOIN_END  # any cased script: Latin, Cyrillic, Greek


def _midsentence(prev: str, nxt: str) -> bool:
    if prev[-1] in NO_JOIN_END or _UNMARKED_SCRIPT.match(prev[-1]):
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
    # two words of a script written with spaces (Latin, Cyrillic, Arabic, Thai, Devanagari...) keep
    # one between them, as does a comma before such a word; Han and kana, and marks, glue (the last
    # character is looked at directly: a pattern anchored at "$" scans the whole paragraph)
    if _WORD_CHAR.match(nxt[0]) and (_WORD_CHAR.match(prev[-1]) or prev[-1] == "،") or (prev[-1] in ",;" and nxt[0].isascii()):
        return prev + " " + nxt
    return prev + nxt
