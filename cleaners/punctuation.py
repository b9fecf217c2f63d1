"""Punctuation width in Chinese context: ASCII , ; : ? ! ( ) to full width.

Never inside URLs, e-mail addresses, times (09:18:16), decimals, ratios (3:1),
thousands separators (1,000), codes and formulas (2+4+X, R&D) or Latin text:
a mark is widened only when a CJK character stands right next to it.
"""

from __future__ import annotations

import regex

WIDE = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

_PROTECTED = regex.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\d+(?:[:,.]\d+)+"
    r"|[A-Za-z0-9][A-Za-z0-9&+\-*/=^._]*[A-Za-z0-9)]",
    regex.V1,
)
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3000-\u303f\uff00-\uffef“”‘’《》「」『』【】—…]", regex.V1)


_ANY_ASCII_MARK = regex.compile(r"[,;:?!()]")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK.match(ch))


def widen(line: str) -> tuple[str, int]:
    """Return the line with ASCII punctuation widened in Chinese context, and the count."""
    if not _ANY_ASCII_MARK.search(line) or not _CJK.search(line):
        return line, 0
    protected = bytearray(len(line))
    for m in _PROTECTED.finditer(line):
        # a code like "(2023)" must not protect its own brackets' neighbours: only the inside
        for i in range(m.start(), m.end()):
            if line[i] not in "()" or m.group().startswith("http"):
                protected[i] = 1
    chars = list(line)
    n = len(chars)
    widened = [False] * n

    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < n and chars[j] == " ":
            j += step
        return chars[j] if 0 <= j < n else ""

    for i, c in enumerate(chars):
        if c not in WIDE or protected[i]:
            continue
        left, right = neighbour(i, -1), neighbour(i, 1)
        if c in "(":
            ok = _is_cjk(left) or _is_cjk(right)
        elif c in ")":
            ok = _is_cjk(right) or _is_cjk(left)
        else:
            ok = _is_cjk(left) or _is_cjk(right)
        if ok:
            widened[i] = True
    # keep bracket pairs consistent: if one side of a pair widens, so does the other
    stack: list[int] = []
    for i, c in enumerate(chars):
        if c == "(" and not protected[i]:
            stack.append(i)
        elif c == ")" and not protected[i] and stack:
            j = stack.pop()
            if widened[i] or widened[j]:
                widened[i] = widened[j] = True
    count = 0
    for i, flag in enumerate(widened):
        if flag:
            chars[i] = WIDE[chars[i]]
            count += 1
    if not count:
        return line, 0
    out = "".join(chars)
    # a widened mark carries its own spacing: drop ASCII spaces around it
    out = regex.sub(r" ?([，；：？！（）]) ?", r"\1", out) if count else out
    return out, count
