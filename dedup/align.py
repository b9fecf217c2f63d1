"""Character alignment of a witness against the base, on the matching key.

The key alignment (rapidfuzz ``Levenshtein.opcodes``, bit-parallel; long runs of
edits again with ``Indel.opcodes``) gives the skeleton; it is mapped back to display
text through the offset map, and where the keys agree but the display text does not
(punctuation, width, script, look-alikes the key folds), the display stretches are
compared once more.
Every difference becomes an ``Edit`` in base display coordinates.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel, Levenshtein

from .key import key_offsets


@dataclass
class Witness:
    """One member of a cluster: display text plus its key and the key-to-display map."""

    id: str
    display: str
    key: str = ""
    starts: list[int] = field(default_factory=list)  # display start of each key cell, plus the end

    @classmethod
    def of(cls, wid: str, display: str) -> Witness:
        key, offs = key_offsets(display)
        starts = [0] + offs[1:] + [len(display)] if offs else [0, len(display)]
        return cls(wid, display, key, starts)


@dataclass(frozen=True)
class Edit:
    """Base display ``[s, e)`` reads as witness display ``[ws, we)``."""

    s: int
    e: int
    ws: int
    we: int
    folded: bool = False  # the keys agree here: only punctuation, width, script or a look-alike differs


def _merge_contiguous(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for ed in edits:
        if out and out[-1].e == ed.s and out[-1].we == ed.ws:
            out[-1] = Edit(out[-1].s, ed.e, out[-1].ws, ed.we, out[-1].folded and ed.folded)
        else:
            out.append(ed)
    return out


SALAD_GAP = 10  # equal characters between two edits that may still be chance matches
SALAD_EQUAL = 0.25  # at most this share of a merged stretch may be equal characters
SALAD_MIN = 20  # characters a merged stretch must span (a passage, not a cluster of misreads)


def _merge_salad(edits: list[Edit]) -> list[Edit]:
    """Edits with only a few chance matches between them are one edit: where a witness has another
    passage, a character alignment substitutes it letter by letter around shared 的 and 了, and
    the reader (and the vote) should see one passage against another, not a dozen fragments.
    Only key edits count (display-only differences inside are absorbed); runs shorter than
    SALAD_MIN stay apart (nearby misreads are corrected one by one), and so do runs holding a
    clean gap of SALAD_MIN (a passage cleanly missing is a lacuna, not a substitution)."""
    runs: list[list[Edit]] = []
    last_key: Edit | None = None  # the current run's last key edit
    changed = 0  # characters the current run's key edits change (the larger side of each)
    for ed in edits:
        near = last_key is not None and 0 < max(ed.s - last_key.e, ed.ws - last_key.we) < SALAD_GAP
        if ed.folded and near:
            runs[-1].append(ed)  # kept in the run only if a key edit follows
            continue
        if not ed.folded and near:
            size = max(ed.e - ed.s, ed.we - ed.ws)
            first = runs[-1][0]
            total = max(ed.e - first.s, ed.we - first.ws)
            if total - changed - size <= SALAD_EQUAL * total:
                runs[-1].append(ed)
                last_key, changed = ed, changed + size
                continue
        runs.append([ed])
        last_key, changed = (None, 0) if ed.folded else (ed, max(ed.e - ed.s, ed.we - ed.ws))
    out: list[Edit] = []
    for run in runs:
        k = len(run)
        while k > 1 and run[k - 1].folded:  # display-only edits after the last key edit stay apart
            k -= 1
        out.extend(_merged(run[:k]))
        out.extend(run[k:])
    return out


def _merged(run: list[Edit]) -> list[Edit]:
    a, z = run[0], run[-1]
    clean_gap = any(max(ed.e - ed.s, ed.we - ed.ws) >= SALAD_MIN and (ed.ws == ed.we or ed.s == ed.e) for ed in run)
    if len(run) > 1 and max(z.e - a.s, z.we - a.ws) >= SALAD_MIN and not clean_gap:
        return [Edit(a.s, z.e, a.ws, z.we, False)]
    return run


REALIGN_MIN = 20  # key characters a run of edits must span to be aligned again without substitutions


def _realigned(ops, a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """Levenshtein opcodes, with every long run of edits aligned again on common characters (Indel).

    A substitution costs Levenshtein what a deletion costs, so where a witness lacks one sentence
    and holds another a little further on, the cheapest path substitutes the words between them
    letter by letter instead of matching them: the shared words are lost as a site of their own.
    Short runs (a misread, a doubled character, 我市/嘉兴市) keep their substitution."""
    out: list[tuple[str, int, int, int, int]] = []
    run: list[tuple[str, int, int, int, int]] = []

    def flush() -> None:
        if run and max(run[-1][2] - run[0][1], run[-1][4] - run[0][3]) >= REALIGN_MIN:
            i0, j0 = run[0][1], run[0][3]
            out.extend((t, i0 + x1, i0 + x2, j0 + y1, j0 + y2)
                       for t, x1, x2, y1, y2 in Indel.opcodes(a[i0 : run[-1][2]], b[j0 : run[-1][4]]))
        else:
            out.extend(run)
        run.clear()

    for op in ops:
        op = tuple(op)
        if op[0] != "equal" or run and op[2] - op[1] < SALAD_GAP:  # chance matches stay in the run
            run.append(op)
            continue
        flush()
        out.append(op)
    tail = run.pop() if run and run[-1][0] == "equal" else None  # a run ends on an edit
    flush()
    if tail:
        out.append(tail)
    return out


def align(base: Witness, wit: Witness, to_base_script=None) -> list[Edit]:
    """Edits turning the base display text into the witness's, sorted by position.

    ``to_base_script`` (optional) converts witness text to the base's script before the
    display comparison; readings are still taken from the witness's own text.
    """
    edits: list[Edit] = []
    if not base.key and not wit.key:  # nothing but punctuation: compare the display texts themselves
        return _merge_contiguous([Edit(a1, a2, b1, b2) for t, a1, a2, b1, b2
                                  in Levenshtein.opcodes(base.display, wit.display) if t != "equal"])
    hint = max(1, abs(len(base.key) - len(wit.key)) + len(base.key) // 20)
    ops = _realigned(Levenshtein.opcodes(base.key, wit.key, score_hint=hint), base.key, wit.key)
    for tag, i1, i2, j1, j2 in ops:
        bs, be = base.starts[i1], base.starts[i2] if i2 < len(base.starts) else len(base.display)
        ws, we = wit.starts[j1], wit.starts[j2] if j2 < len(wit.starts) else len(wit.display)
        if tag != "equal":
            edits.append(Edit(bs, be, ws, we))
            continue
        bseg, wseg = base.display[bs:be], wit.display[ws:we]
        if bseg != wseg and to_base_script is not None:
            # a witness in the other script differs at every other character: compare it in the
            # base's script (when that keeps the length), so script is not a variant site each time
            conv = to_base_script(wseg)
            if len(conv) == len(wseg):
                wseg = conv
        if bseg != wseg:
            for t2, a1, a2, b1, b2 in Levenshtein.opcodes(bseg, wseg):
                if t2 != "equal":
                    edits.append(Edit(bs + a1, bs + a2, ws + b1, ws + b2, True))
    return _merge_salad(_merge_contiguous(sorted(edits, key=lambda e: (e.s, e.e))))


class PositionMap:
    """Base display position -> witness display position, from one witness's edits."""

    def __init__(self, edits: list[Edit]):
        self.ends = [e.e for e in edits]
        self.shift: list[int] = []
        total = 0
        for e in edits:
            total += (e.we - e.ws) - (e.e - e.s)
            self.shift.append(total)

    def __call__(self, pos: int) -> int:
        k = bisect_right(self.ends, pos) - 1
        return pos + (self.shift[k] if k >= 0 else 0)
