"""Punctuation width in Chinese context: ASCII , ; : ? ! ( ) to full width, and a full
stop "." that ends a Chinese sentence to 。.

Never inside URLs, e-mail addresses, times (09:18:16), decimals, ratios (3:1),
thousands separators (1,000), codes and formulas (2+4+X, R&D) or Latin text:
a mark is widened only when a CJK character stands right next to it (a full stop: a
CJK character before it, and CJK or the end of the line after it).
"""

from __future__ import annotations

import re
from bisect import bisect_right

WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

_PROTECTED = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"  # ASCII only: \w would take CJK runs
    r"|\d+(?:[:,.]\d+)+"
    r"|[A-Za-z0-9][A-Za-z0-9&+\-*/=^._]*[A-Za-z0-9)]",
)
_CJK = re.compile("[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff"
                  "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef“”‘’《》「」『』【】—…\U00020000-\U0003134f]")


_ANY_ASCII_MARK = re.compile(r"[,;:?!()]")
_ANY_MARK = re.compile(r"[,;:?!().]")
_FULL_STOP = re.compile(rf"(?<={_CJK.pattern}) ?\.(?= ?{_CJK.pattern}| *$)")
_SPACE_AROUND_WIDE = re.compile(r" ?([，；：？！（）。]) ?")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK.match(ch))


def _neighbour(line: str, i: int, step: int) -> str:
    j = i + step
    while 0 <= j < len(line) and line[j] == " ":
        j += step
    return line[j] if 0 <= j < len(line) else ""


def widen(line: str) -> tuple[str, int]:
    """Return the line with ASCII punctuation widened in Chinese context, and the count."""
    # only a mark beside CJK (or its bracket partner) widens: most lines have none
    if not _ANY_MARK.search(line) or not any(
            _is_cjk(_neighbour(line, m.start(), -1)) or _is_cjk(_neighbour(line, m.start(), 1))
            for m in _ANY_MARK.finditer(line)):
        return line, 0
    starts, ends = [], []
    for m in _PROTECTED.finditer(line):
        starts.append(m.start())
        ends.append(m.end())

    def protected(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        if k < 0 or i >= ends[k]:
            return False
        # a code like "(2023)" protects only its inside, never its own brackets
        return line[i] not in "()" or line[starts[k] :].startswith(("http", "ftp", "www"))

    marks = [m.start() for m in _ANY_ASCII_MARK.finditer(line)]
    widened = {i for i in marks if not protected(i)
               and (_is_cjk(_neighbour(line, i, -1)) or _is_cjk(_neighbour(line, i, 1)))}
    # keep bracket pairs consistent: if one side of a pair widens, so does the other
    stack: list[int] = []
    for i in marks:
        if line[i] == "(" and not protected(i):
            stack.append(i)
        elif line[i] == ")" and not protected(i) and stack:
            j = stack.pop()
            if i in widened or j in widened:
                widened.update((i, j))
    stops = [m.end() - 1 for m in _FULL_STOP.finditer(line)] if "." in line else []
    if not widened and not stops:
        return line, 0
    chars = list(line)
    for i in widened:
        chars[i] = WIDE[chars[i]]
    for i in stops:
        chars[i] = "。"
    # a widened mark carries its own spacing: drop ASCII spaces around it
    out = "".join(chars)
    return (_SPACE_AROUND_WIDE.sub(_mark_only, out) if " " in out else out), len(widened) + len(stops)


def _mark_only(m: re.Match) -> str:
    return m.group(1)
