"""What kind of difference a variant site is, and which reading the canonical text takes.

Kinds, from trivial to substantive: whitespace, punctuation, width, script,
ocr_lookalike, ocr_doubled, ocr_dropped, substitution, insertion, deletion,
editorial.  Editorial pairs and OCR look-alikes are tables (data); a reading
is classified against the base reading with a little shared context, since
"引引" vs "招引" or "我市" vs "嘉兴市" only shows its nature beside its neighbours.
"""

from __future__ import annotations

import unicodedata

import regex

from cleaners.chars import simplified

from .key import LOOKALIKES
from .quality import suspect_count

TRIVIAL = ("whitespace", "punctuation", "width", "script")
OCR = ("ocr_lookalike", "ocr_doubled", "ocr_dropped")
EDITION = ("editorial", "insertion", "deletion")
CONTEXT = 2

# Editorial localisation: (pattern, pattern) pairs; either side may be the base.
EDITORIAL_PAIRS: tuple[tuple[str, str], ...] = (
    (r"(?:我|本|全|该)?市", r"\p{Han}{1,4}市"),
    (r"(?:我|本|全|该)?省", r"\p{Han}{1,3}省"),
    (r"(?:我|本|全|该)?县", r"\p{Han}{1,4}县"),
    (r"(?:我|本)?区", r"\p{Han}{1,4}区"),
    (r"昨天|昨日|今天|今日|近日|日前|前天|近期|目前|当前|此前", r"昨天|昨日|今天|今日|近日|日前|前天|近期|目前|当前|此前"),
    (r"说|表示|称|指出|介绍", r"说|表示|称|指出|介绍"),
    (r"记者|本报记者|本台记者", r"记者|本报记者|本台记者"),
    (r"但是|但|不过", r"但是|但|不过"),
    (r"已经|已", r"已经|已"),
    (r"据了解|据悉|据介绍", r"据了解|据悉|据介绍"),
    (r"同时|此外|另外", r"同时|此外|另外"),
    (r"因此|所以", r"因此|所以"),
    (r"非常|十分|很", r"非常|十分|很"),
    (r"进行|开展", r"进行|开展"),
)
# Words whose mere insertion or deletion is an editorial choice.
EDITORIAL_WORDS = regex.compile(
    r"^(?:昨天|昨日|今天|今日|近日|日前|前天|近期|目前|当前|此前|本报|记者|本报记者|据悉|据了解|同时|此外|另外|"
    r"已经|但是|非常|十分|今年|去年|明年)$"
)
_EDITORIAL_ANYWHERE = regex.compile(
    r"昨天|昨日|今天|今日|近日|日前|前天|近期|目前|当前|此前|本报记者|本台记者|本报|记者|据悉|据了解|据介绍")

_PAIRS = [(regex.compile(f"^(?:{a})$"), regex.compile(f"^(?:{b})$")) for a, b in EDITORIAL_PAIRS]
_FOLD = {c: g[0] for g in LOOKALIKES for c in g}
_PUNCT_OR_SPACE = regex.compile(r"[\p{P}\p{S}\p{Z}\s]+")
_SPACE = regex.compile(r"\s+")


to_simplified = simplified  # (the cleaner's fold: one OpenCC converter per process)


def _strip_words(core: str) -> str:
    return _EDITORIAL_ANYWHERE.sub("", core)


def _editorial(b: str, r: str, left: str, right: str) -> bool:
    """Does (b, r), widened by up to CONTEXT shared characters each side, match an editorial pair?

    Also editorial: readings that differ only by editorial words (a time word moved, 记者 added).
    """
    b, r = _PUNCT_OR_SPACE.sub("", b), _PUNCT_OR_SPACE.sub("", r)
    left, right = _PUNCT_OR_SPACE.sub("", left), _PUNCT_OR_SPACE.sub("", right)
    if b != r and _strip_words(b) == _strip_words(r):
        return True
    for i in range(len(left), -1, -1) if left else (0,):
        for j in range(len(right) + 1):
            bb, rr = left[len(left) - i:] + b + right[:j], left[len(left) - i:] + r + right[:j]
            for pa, pb in _PAIRS:
                if (pa.match(bb) and pb.match(rr)) or (pb.match(bb) and pa.match(rr)):
                    return True
    core_b, core_r = _PUNCT_OR_SPACE.sub("", b), _PUNCT_OR_SPACE.sub("", r)
    return (not core_b and bool(EDITORIAL_WORDS.match(core_r))) or (not core_r and bool(EDITORIAL_WORDS.match(core_b)))


def _doubled(b: str, r: str, left: str, right: str) -> bool:
    """One side shows a character twice where the other has it once (or another character)."""
    for x, y in ((b, r), (r, b)):
        xx = left + x + right
        if len(x) == len(y) or len(x) == len(y) + 1:
            for k in range(len(left), len(left) + len(x)):
                if 0 < k < len(xx) and xx[k] == xx[k - 1] or k + 1 < len(xx) and xx[k] == xx[k + 1]:
                    if len(x) == len(y) + 1 and (xx[:k] + xx[k + 1:]) == left + y + right:
                        return True
                    if len(x) == len(y) and sum(1 for p, q in zip(x, y) if p != q) == 1:
                        return True
    return False


def classify(b: str, r: str, left: str = "", right: str = "") -> str:
    """Kind of the difference between base reading ``b`` and reading ``r`` (context shared by both)."""
    if b == r:
        return "whitespace"
    if _SPACE.sub("", b) == _SPACE.sub("", r):
        return "whitespace"
    nb, nr = unicodedata.normalize("NFKC", b), unicodedata.normalize("NFKC", r)
    if _PUNCT_OR_SPACE.sub("", nb) == _PUNCT_OR_SPACE.sub("", nr) and _PUNCT_OR_SPACE.sub("", b) == _PUNCT_OR_SPACE.sub("", r):
        return "punctuation"
    if nb == nr:
        return "width"
    if _PUNCT_OR_SPACE.sub("", nb) == _PUNCT_OR_SPACE.sub("", nr):
        return "punctuation"
    sb, sr = to_simplified(nb), to_simplified(nr)
    if sb == sr:
        return "script"
    if len(sb) == len(sr) and all(p == q or _FOLD.get(p, p) == _FOLD.get(q, q) for p, q in zip(sb, sr)):
        return "ocr_lookalike"
    if _editorial(sb, sr, left, right):
        return "editorial"
    if _doubled(sb, sr, left, right):
        return "ocr_doubled"
    core_b, core_r = _PUNCT_OR_SPACE.sub("", sb), _PUNCT_OR_SPACE.sub("", sr)
    if abs(len(core_b) - len(core_r)) == 1 and max(len(core_b), len(core_r)) <= 2 and (core_b in core_r or core_r in core_b):
        return "ocr_dropped"
    if not core_b:
        return "insertion"
    if not core_r:
        return "deletion"
    return "substitution"


def cleaner(a: str, b: str, left: str, right: str) -> int:
    """-1 if reading ``a`` is the cleaner one, 1 if ``b`` is, 0 if neither (by OCR-suspect spots)."""
    sa, sb = suspect_count(left + a + right), suspect_count(left + b + right)
    fa = sum(1 for c in a if _FOLD.get(c, c) != c)  # a look-alike that is not its group's normal form
    fb = sum(1 for c in b if _FOLD.get(c, c) != c)
    ka, kb = (sa, fa), (sb, fb)
    return -1 if ka < kb else 1 if kb < ka else 0
