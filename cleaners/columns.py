"""Column-wrapped text: a print page's OCR or a PDF's text layer gives one line per printed
line, so a paragraph arrives cut into lines of one width, and a cut may fall right after a
full stop.  Sentence marks cannot tell those cuts from paragraph ends; the width can.

A page is column-wrapped when many of its lines share one display width W (a CJK
character counts two, as printed), give or take the slack that punctuation compression
and unbroken Latin words leave, and few lines are wider.  Only CJK text is set so
(justified); Latin text is word-wrapped, and its ragged lines are left to break repair's
hyphen and lower-case rules.  On such a page a full-width
line runs on into the next line, unless that line is indented (the page marks its
paragraphs so) or blank, or the line is the page's first (its headline, more often than not).  This runs before any rule sees the lines, so no short printed
line is taken for a heading, a menu entry or a byline.
"""

from __future__ import annotations

from collections import Counter

import regex

from .breaks import joined

WIDTH_MIN = 16  # display width of the narrowest column taken for one (eight CJK characters)
WIDTH_MAX = 120  # wider lines are paragraphs, whatever their lengths
SLACK = 2  # a full line may fall this much short of the width (compressed punctuation, half-width marks)
WORD_SLACK = 12  # ...or this much when the next line starts with the Latin word that did not fit
FULL_LINES_MIN = 6  # full-width lines a page needs to be taken for column text
FULL_SHARE = 0.4  # ...and this share of its lines of column width or wider
WIDER_SHARE = 0.2  # at most this share of those lines may be wider than the column
RUN_PAIRS_MIN = 2  # a first look: pairs of neighbouring lines of nearly one length a column page has at least
RUN_SHARE = 0.4  # ...and at least this share of its full lines must be followed by another one
INDENT_SHARE = 0.08  # a page indents its paragraphs when this share of its column lines is indented

_WIDE = regex.compile(r"[\p{East_Asian_Width=W}\p{East_Asian_Width=F}]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
CJK_SHARE = 0.5  # column text set justified: Latin text is word-wrapped, its ragged lines tell nothing
_INDENT = regex.compile(r"^(?:\u3000|\s{2,})")
_LATIN_START = regex.compile(r"^[A-Za-z0-9]")
_LATIN_END = regex.compile(r"[A-Za-z0-9,.;:]$")


def display_width(line: str) -> int:
    """Width as printed: CJK (wide and full-width) characters take two columns."""
    return len(line) + len(_WIDE.findall(line))


def column_width(lines: list[str]) -> int | None:
    """The page's column width W, or None when its lines are not column-wrapped."""
    # a cheap first look on character counts: column text has many lines of nearly one length,
    # and runs of them (a paragraph's printed lines)
    counts = list(map(len, lines))
    if sum(1 for a, b in zip(counts, counts[1:]) if WIDTH_MIN <= 2 * a and abs(a - b) <= 3) < RUN_PAIRS_MIN:
        return None
    lengths = sorted(n for n in counts if WIDTH_MIN <= 2 * n and n <= WIDTH_MAX)
    if len(lengths) < FULL_LINES_MIN:
        return None
    near, j = 0, 0  # the most lengths within a window of seven
    for i, n in enumerate(lengths):
        while lengths[j] < n - 6:
            j += 1
        near = max(near, i - j + 1)
    if near < FULL_LINES_MIN or near < FULL_SHARE * len(lengths):
        return None
    sample = "".join(lines)[:4000]
    if len(_CJK.findall(sample)) < CJK_SHARE * len("".join(sample.split())):
        return None
    seq = [display_width(t.rstrip()) for t in lines]
    widths = Counter(w for w in seq if w)
    best, support = None, 0
    for w in widths:
        if WIDTH_MIN <= w <= WIDTH_MAX:
            n = sum(widths[w - d] for d in range(SLACK + 1))
            if n > support or (n == support and best is not None and w > best):
                best, support = w, n
    if best is None or support < FULL_LINES_MIN:
        return None
    candidates = sum(n for w, n in widths.items() if w >= best - SLACK)
    wider = sum(n for w, n in widths.items() if w > best + SLACK)
    if support < FULL_SHARE * candidates or wider > WIDER_SHARE * candidates:
        return None
    # a paragraph runs over several printed lines: full lines follow one another.  Lines of one
    # length that stand alone are something else (a digest's excerpts, each cut at fifty characters)
    full = [best - SLACK <= w <= best + SLACK for w in seq]
    if sum(a and b for a, b in zip(full, full[1:])) < RUN_SHARE * sum(full):
        return None
    return best


def _full(line: str, nxt: str, width: int) -> bool:
    w = display_width(line)
    if w > width + SLACK:
        return False  # wider than the column: a headline or a line of another layout
    if w >= width - SLACK:
        return True
    # a Latin word or number that did not fit went whole to the next line
    return w >= width - WORD_SLACK and bool(_LATIN_START.match(nxt)) and bool(_LATIN_END.search(line))


def unwrap(lines: list[str]) -> tuple[list[tuple[int, str]], list[int]]:
    """(line number, text) of each line once column-wrapped paragraphs are joined, and the
    numbers of the lines joined onto the one above.  Other pages come back line for line."""
    numbered = list(enumerate(lines, 1))
    width = column_width(lines)
    if width is None:
        return numbered, []
    column = [t for t in lines if display_width(t.rstrip()) >= width - WORD_SLACK]
    indents = sum(1 for t in column if _INDENT.match(t)) >= INDENT_SHARE * len(column)
    out: list[tuple[int, str]] = []
    joins: list[int] = []
    run_on = False  # the line before is a full column line: this one continues it
    first = next((no for no, raw in numbered if raw.strip()), 0)
    for no, raw in numbered:
        text = raw.rstrip()
        if run_on and text.strip() and not (indents and _INDENT.match(text)):
            prev_no, prev = out[-1]
            out[-1] = (prev_no, _glue(prev, text.strip()))
            joins.append(no)
        else:
            out.append((no, text))
        nxt = lines[no] if no < len(lines) else ""
        # the page's first line is its headline far more often than a paragraph's first printed line
        run_on = bool(text.strip()) and _full(text, nxt.strip(), width) and (no != first or bool(_INDENT.match(text)))
    return out, joins


def _glue(prev: str, nxt: str) -> str:
    """Join as break repair joins: a hyphenated word closes up, two words keep a space."""
    if prev.endswith("-") and prev[-2:-1].isalpha() and nxt[:1].islower():
        return joined(prev, nxt, "join.dehyphen")
    if prev[-1] in ".:!?)" and nxt[:1].isascii() and nxt[:1].isalnum():
        return prev + " " + nxt  # a Latin sentence or clause ran to the line's end
    return joined(prev, nxt, "join.column")


_TOKEN = regex.compile(r"[A-Za-z0-9]+|.", regex.S)


def wrap(paragraph: str, width: int) -> list[str]:
    """Set a paragraph in a column of ``width`` display columns, as a print page does (a Latin
    word or number moves whole to the next line): the inverse of ``unwrap``, for tests and
    benchmarks."""
    out, cur, w = [], "", 0
    for token in _TOKEN.findall(paragraph):
        tw = display_width(token)
        if w + tw > width and cur:
            out.append(cur)
            cur, w = "", 0
            if token == " ":
                continue
        cur, w = cur + token, w + tw
    return out + [cur] if cur else out

