"""Web and print chrome: which lines of a page are navigation, prompts, credits.

Rules come from ``rules.py``.  Position matters: ``edge`` rules fire only in the
chrome clusters above the first and below the last body paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import regex

from .chars import simplified
from .rules import (
    ANY,
    CHROME_RULES,
    COMPOUND_SURNAMES,
    CREDIT_RULES,
    OTHER_SENTENCE_END,
    PINYIN_ANNOTATION,
    SENTENCE_END,
    SURNAMES,
)

_BODY_END = regex.compile(rf"[{regex.escape(SENTENCE_END + OTHER_SENTENCE_END)}][”’」』）)\"»]*$")
_LATIN = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\p{Devanagari}]")  # words between spaces
_LATIN_END = regex.compile(r"[.!?;:][”’\"')»]*$")
BODY_END_TAIL = 8  # a sentence-final mark and the closing quotes after it
_NAME_LINE = regex.compile(r"[\p{Han}]{2,4}")


@lru_cache(maxsize=1 << 16)  # asked several times per line (body zone, lists, captions, digest cuts)
def is_body_like(line: str) -> bool:
    """A line that reads as prose: long and sentence-final (anchors the page's body zone)."""
    n = len(line)
    ends = bool(_BODY_END.search(line[-BODY_END_TAIL:]))  # the tail only: a "$" search scans the whole line
    if line.count(" ") >= 6 and _LATIN.search(line):  # a Latin-script sentence ends in a full stop too
        return n >= 60 and (ends or bool(_LATIN_END.search(line[-BODY_END_TAIL:]))) or n >= 160
    return (n >= 25 and ends) or n >= 90


def body_zone(lines: list[str]) -> tuple[int, int]:
    """Indices of the first and last body-like line; (len, -1) when there is none."""
    idx = [i for i, t in enumerate(lines) if t and is_body_like(t)]
    return (idx[0], idx[-1]) if idx else (len(lines), -1)


LONG_LINE = 100  # past this, a line is chrome only if every sentence of it is
_SENTENCE = regex.compile(r"[^。！？!?]+[。！？!?]*[”’」』）)]*")


@lru_cache(maxsize=2)
def _rules_at(at_edge: bool) -> tuple[tuple[int, re.Pattern | None, Callable, str], ...]:
    """The rules that may fire here, each as (max_len, needle scan, pattern search, name)."""
    return tuple((r.max_len, re.compile("|".join(map(re.escape, r.needles))) if r.needles else None,
                  r.pattern.search, r.name) for r in CHROME_RULES if r.where == ANY or at_edge)


def _rule_for(text: str, at_edge: bool) -> str | None:
    low = text.lower()
    n = len(text)
    for max_len, needle, search, name in _rules_at(at_edge):
        if n <= max_len and (needle is None or needle.search(low)) and search(text):
            return name
    return None


def chrome_rule(line: str, at_edge: bool) -> str | None:
    """Name of the chrome rule matching ``line`` at this position, or None.

    A long line that holds a chrome sentence among prose sentences (an editor's
    note inside a paragraph) is prose: it is kept whole.
    """
    rule = _rule_for(line, at_edge)
    if rule is None or len(line) <= LONG_LINE:
        return rule
    for sentence in _SENTENCE.findall(line):
        if len(sentence.strip()) >= 8 and _rule_for(sentence.strip(), at_edge) is None:
            return None
    return rule


def credit_rule(line: str) -> str | None:
    for rule in CREDIT_RULES:
        if len(line) <= rule.max_len and rule.pattern.match(line):
            return rule.name
    return None


def is_bare_name(line: str) -> bool:
    """A line that is only a Chinese personal name (an author line under a photo or title), in
    either script."""
    if not _NAME_LINE.fullmatch(line):
        return False
    line = simplified(line)
    if line[:2] in COMPOUND_SURNAMES:
        return len(line) >= 3
    return line[0] in SURNAMES and len(line) <= 3


def strip_pinyin(line: str) -> tuple[str, int]:
    """Remove pinyin annotations injected after Han text: 嘉兴(jiāxīng) -> 嘉兴."""
    if "(" not in line and "（" not in line:  # the annotation is bracketed: most lines have no bracket
        return line, 0
    new, n = PINYIN_ANNOTATION.subn("", line)
    return new, n
