"""Punctuation width in Chinese context: ASCII , ; : ? ! ( ) to full width, ASCII
quotation marks " and ' to “ ” and ‘ ’, and a full stop "." that ends a Chinese
sentence to 。.

Never inside URLs, e-mail addresses, times (09:18:16), decimals, ratios (3:1),
thousands separators (1,000), codes and formulas (2+4+X, R&D) or Latin text:
a mark is widened only when a CJK character stands right next to it (Han or kana: Korean
writes Western punctuation, so Hangul does not count) (a full stop: a
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
# CJK text: Han, kana, bopomofo, CJK punctuation and full-width forms.  Curly quotes, dashes and
# ellipses are shared with English (``NEW YORK (AP) — An``), so they do not make a context Chinese.
_CJK = re.compile("[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff"
                  "\uf900-\ufaff\uff00-\uffef《》「」『』【】\U00020000-\U0003134f]")
_CLOSERS = "”’」』）)"


_BRACKET = re.compile(r"[()]")


def _beside_cjk(marks: str) -> re.Pattern:
    """One of ``marks`` with CJK right beside it (a space or two between allowed); the scan starts
    at the marks, which are rare in Chinese text."""
    return re.compile(rf"[{marks}](?=(?: *{_CJK.pattern})|(?<={_CJK.pattern}.)|(?<={_CJK.pattern} .)|(?<={_CJK.pattern}  .))")


_MARK_BESIDE_CJK = _beside_cjk(r",;:?!().\"'")
_WIDE_BESIDE_CJK = _beside_cjk(r",;:?!()")
# Quotation marks: (opening, closing) by ASCII mark.  Which one a mark is comes from what it
# follows (a colon or comma opens a quotation, the start of the line too), else from pairing.
QUOTES = {'"': ("“", "”"), "'": ("‘", "’")}
_QUOTE_MARK = {mark: re.compile(re.escape(mark)) for mark in QUOTES}
_OPENS_AFTER = frozenset("：:，,、；;（(【《「『“‘")
_CLOSES_AFTER = frozenset("。.！!？?…")
_FULL_STOP = re.compile(rf"(?:(?<={_CJK.pattern})|(?<={_CJK.pattern}[{_CLOSERS}])) ?\.(?=[ {_CLOSERS}]*(?:{_CJK.pattern}|$))")
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
    if not _MARK_BESIDE_CJK.search(line):
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

    widened = {m.start() for m in _WIDE_BESIDE_CJK.finditer(line) if not protected(m.start())}
    # keep bracket pairs consistent: if one side of a pair widens, so does the other
    stack: list[int] = []
    for m in _BRACKET.finditer(line) if "(" in line else ():
        i = m.start()
        if line[i] == "(" and not protected(i):
            stack.append(i)
        elif line[i] == ")" and not protected(i) and stack:
            j = stack.pop()
            if i in widened or j in widened:
                widened.update((i, j))
    quotes = _quotes(line, protected) if '"' in line or "'" in line else {}
    if quotes:  # a full stop before a closing quote ends the sentence: look at the curly form
        curly = list(line)
        for i, q in quotes.items():
            curly[i] = q
        line = "".join(curly)
    stops = [m.end() - 1 for m in _FULL_STOP.finditer(line)] if "." in line else []
    if not widened and not stops and not quotes:
        return line, 0
    chars = list(line)
    for i in widened:
        chars[i] = WIDE[chars[i]]
    for i in stops:
        chars[i] = "。"
    # a widened mark carries its own spacing: drop ASCII spaces around it
    out = "".join(chars)
    return (_SPACE_AROUND_WIDE.sub(r"\1", out) if " " in out else out), len(widened) + len(stops) + len(quotes)


def _quotes(line: str, protected) -> dict[int, str]:
    """Curly forms of the ASCII quotation marks that stand beside CJK text, by position.

    An even number of them pair up in order.  An odd number (a quotation running over a
    line break) are read from what each follows: a colon, comma or the line start opens,
    a sentence end closes, and otherwise marks alternate."""
    out: dict[int, str] = {}
    for mark, (opening, closing) in QUOTES.items():
        marks = []
        for m in _QUOTE_MARK[mark].finditer(line):
            i = m.start()
            if protected(i):
                continue
            before, after = _neighbour(line, i, -1), _neighbour(line, i, 1)
            if mark == "'" and (_latin(before) or _latin(after)):
                continue  # an apostrophe (it's, l'Italia, 中国's) or a quotation of Latin text
            if _is_cjk(_content(line, i, -1)) or _is_cjk(_content(line, i, 1)):
                marks.append((i, before, after))
        is_open = False
        for i, before, after in marks:
            if len(marks) % 2 == 0 or not (before == "" or before in _OPENS_AFTER or before in _CLOSES_AFTER
                                           or after == ""):
                is_open = not is_open
            else:
                is_open = before == "" or before in _OPENS_AFTER
            out[i] = opening if is_open else closing
    return out


def _content(line: str, i: int, step: int) -> str:
    """The nearest character from ``i`` that is neither a space nor an ASCII mark."""
    j = i + step
    while 0 <= j < len(line) and line[j] in " .,;:?!\"'":
        j += step
    return line[j] if 0 <= j < len(line) else ""


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
