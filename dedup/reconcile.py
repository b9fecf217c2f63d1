"""One canonical article per cluster, and an apparatus of every variant site.

Base witness: the medoid on the matching key (mean shingle Jaccard to the
others), weighted by quality (OCR-suspect spots, ASCII punctuation inside
Chinese, truncation, chrome residue) and source priority (an original
publication over a digest reprint; ``--prefer`` ranks sources by name).
With three or more witnesses the collation then settles it: the witness that
departs least from the plurality reading (a passage two or more witnesses carry is the
original's text, however many lack it: copies made apart drop the same sentence often enough,
never add the same one); with two, a passage inside the text
that only one of them has makes it the base (reprints abridge far more often
than they insert a sentence).  Quality weighs votes on characters
only: on whether a passage is there, every witness has one voice (a digest
reprint REPRINT_VOICE), since misreads and cuts say nothing about it.

Every witness is aligned to the base (``align.py``); the edits are merged into
sites; each site is classified (``variants.py``) and its reading chosen:

* trivial kinds (whitespace, punctuation, width, script): the base reading;
* editorial kinds (editorial, sentence insertion/deletion): the base reading,
  so the canonical text never mixes two editions;
* OCR kinds and plain substitutions: a weighted majority when three or more
  witnesses exist; with two, the base reading unless it is OCR-suspect and the
  other reading is clean.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import median

import numpy as np
from rapidfuzz.distance import Levenshtein

from cleaners.chrome import chrome_rule

from .align import Edit, PositionMap, Witness, align
from .clusters import similarity
from .key import key_table
from .quality import suspect_count
from .shingles import shingle_hashes
from .variants import CONTEXT, EDITION, OCR, TRIVIAL, classify, cleaner, to_simplified

PENALTY_WEIGHT = 0.02
REPRINT_PENALTY = 0.05
REPRINT_VOICE = 0.8  # a digest reprint's vote, against an original publication's 1
PREFER_BONUS = 0.1
TRUNCATED_SHARE = 0.85
_ASCII_IN_CJK = re.compile("[\u4e00-\u9fff][,;:?!()][\u4e00-\u9fff]")


@dataclass(frozen=True)
class ReconcileOptions:
    """``prefer``: source names, best first; a witness whose source or id contains one is preferred as base."""

    prefer: tuple[str, ...] = ()


@dataclass
class Site:
    s: int  # base display range
    e: int
    readings: list[tuple[str, int]]  # per witness: (reading, offset in the witness's own text)
    kind: str
    chosen: str
    chosen_from: list[int]
    reason: str
    offset: int = 0  # in the canonical text


@dataclass
class Reconciled:
    base: int
    why: dict
    title: str
    text: str
    meta: dict
    sites: list[Site] = field(default_factory=list)


def _quality(row: dict, key_len: int, median_len: float) -> dict:
    """Penalty points of one witness, by reason."""
    text = row["text"]
    chrome_lines = sum(1 for ln in text.split("\n") if chrome_rule(ln, True))
    return {
        "ocr_suspects": suspect_count(text),
        "ascii_punct_in_chinese": len(_ASCII_IN_CJK.findall(text)),
        # the share of the median length it lacks, in tenths: a half-length excerpt costs 5 points
        "truncated": round(10 * max(0.0, 1 - key_len / median_len)) if key_len < TRUNCATED_SHARE * median_len else 0,
        "chrome_residue": chrome_lines,
    }


def _prefer_rank(row: dict, prefer: tuple[str, ...]) -> int | None:
    hay = " ".join([row["id"], str(row.get("meta", {}).get("source", ""))])
    for rank, name in enumerate(prefer):
        if name and name in hay:
            return rank
    return None


def is_reprint(row: dict) -> bool:
    """An article cut from a page that held several (a digest reprint) is not the original publication."""
    return "#" in row["id"]


def choose_base(rows: list[dict], keys: list[str], opts: ReconcileOptions) -> tuple[int, dict, list[float]]:
    """Index of the base witness, why it won, and every witness's voting weight."""
    sets = [shingle_hashes(k) for k in keys]
    n = len(rows)
    sims = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            sims[i, j] = sims[j, i] = similarity(sets[i], sets[j]).jaccard
    med_len = median(len(k) for k in keys) if keys else 0
    scores, whys, weights = [], [], []
    for i, row in enumerate(rows):
        mean_sim = float((sims[i].sum() - 1) / (n - 1)) if n > 1 else 1.0
        q = _quality(row, len(keys[i]), med_len)
        penalty = sum(q.values())
        rank = _prefer_rank(row, opts.prefer)
        bonus = PREFER_BONUS * (len(opts.prefer) - rank) if rank is not None else 0.0
        reprint = is_reprint(row)
        score = mean_sim - PENALTY_WEIGHT * penalty - (REPRINT_PENALTY if reprint else 0.0) + bonus
        scores.append(score)
        whys.append({"medoid_similarity": round(mean_sim, 4), "quality_penalty": q, "reprint": reprint,
                     "preferred_rank": rank, "score": round(score, 4)})
        weights.append(max(0.2, 1.0 - 0.1 * min(penalty, 5)) * (REPRINT_VOICE if reprint else 1.0))
    base = min(range(n), key=lambda i: (-round(scores[i], 9), rows[i]["id"]))
    why = dict(whys[base])
    why["witness"] = rows[base]["id"]
    why["rivals"] = {rows[i]["id"]: whys[i]["score"] for i in range(n) if i != base}
    return base, why, weights


def _sites(base: Witness, others: list[tuple[int, list[Edit]]]) -> list[tuple[int, int]]:
    spans = sorted((e.s, e.e) for _, edits in others for e in edits)
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _reading(base: Witness, wit: Witness, edits: list[Edit], starts: list[int], pmap: PositionMap,
             s: int, e: int) -> tuple[str, int]:
    """The witness's reading of base range [s, e) and where it starts in the witness's own text."""
    lo = bisect_left(starts, s)
    inside = []
    for ed in edits[lo:]:
        if ed.s > e or (ed.s == e and ed.e > e):
            break
        if ed.e <= e:
            inside.append(ed)
    if not inside:
        return base.display[s:e], pmap(s)
    parts, pos = [], s
    for ed in inside:
        parts.append(base.display[pos : ed.s])
        parts.append(wit.display[ed.ws : ed.we])
        pos = ed.e
    parts.append(base.display[pos:e])
    return "".join(parts), inside[0].ws - (inside[0].s - s)


def _in_base_script(reading: str, base_simplified: bool) -> str:
    return to_simplified(reading) if base_simplified else reading


def _groups(readings: list[str], weights: list[float]) -> list[list[int]]:
    """Witnesses grouped by reading (up to width and script, never up to look-alikes), heaviest first."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(readings):
        groups.setdefault(to_simplified(unicodedata.normalize("NFKC", r)), []).append(i)
    return sorted(groups.values(), key=lambda g: (-round(sum(weights[i] for i in g), 9), g[0]))


def _choose(readings: list[str], base_i: int, weights: list[float], left: str, right: str,
            base_simplified: bool, voices: list[float] | None = None) -> tuple[str, str, list[int], str]:
    """(kind, chosen reading, witnesses read, reason) for one site; on punctuation ``voices``
    (one each) count instead of the quality weights, which measure misreads, not marks."""
    base_r = readings[base_i]
    n = len(readings)
    groups = _groups(readings, weights)
    others = [g for g in groups if base_i not in g]
    if others:
        principal = others[0]
    else:  # every reading equals the base up to width and script: classify against one that differs
        principal = [next((i for i, r in enumerate(readings) if r != base_r), base_i)]
    kind = classify(base_r, readings[principal[0]], left, right)
    if kind in TRIVIAL and not (kind == "punctuation" and n >= 3):
        return kind, base_r, [base_i], f"{kind} variant: base reading kept"
    if kind in EDITION:
        return kind, base_r, [base_i], f"{kind} variant: the base edition is kept whole"
    if n >= 3:
        if kind == "punctuation" and voices is not None:
            weights = voices
            groups = _groups(readings, weights)
        best = groups[0]
        total = sum(weights)
        tally = f"{len(best)} of {n} witnesses ({sum(weights[i] for i in best):.2f} of {total:.2f})"
        if base_i in best:
            return kind, base_r, best, f"weighted majority {tally} reads as the base"
        if sum(weights[i] for i in best) <= total / 2:
            base_group = next(g for g in groups if base_i in g)
            return kind, base_r, base_group, f"no weighted majority (largest reading {tally}): base kept"
        top = max(best, key=lambda i: (weights[i], -i))
        return kind, _in_base_script(readings[top], base_simplified), best, f"weighted majority {tally} against the base"
    other = principal[0]
    if kind in OCR:
        if cleaner(base_r, readings[other], left, right) > 0:
            return (kind, _in_base_script(readings[other], base_simplified), [other],
                    "two witnesses: the base reading is OCR-suspect, the other is clean")
        return kind, base_r, [base_i], "two witnesses: the base reading is the clean one"
    return kind, base_r, [base_i], "two witnesses: substitution, base reading kept"


def _merge_meta(rows: list[dict], base: int) -> dict:
    order = [base] + [i for i in range(len(rows)) if i != base]
    meta: dict = {}
    for i in order:
        for k, v in rows[i].get("meta", {}).items():
            if isinstance(v, list):
                meta[k] = list(dict.fromkeys(meta.get(k, []) + v))
            elif k not in meta:
                meta[k] = v
    dates = sorted(r["meta"]["date"] for r in rows if r.get("meta", {}).get("date"))
    if dates:
        meta["date"] = dates[0]
    sources = list(dict.fromkeys(rows[i]["meta"]["source"] for i in order if rows[i].get("meta", {}).get("source")))
    originals = [rows[i]["meta"]["source"] for i in order if rows[i].get("meta", {}).get("source") and not is_reprint(rows[i])]
    if sources:
        meta["source"] = originals[0] if originals else sources[0]
        meta["sources"] = sources
    return meta


EDGE_SLACK = 3  # characters from either end of the base text that still count as its head or tail
LACUNA_MIN = 20  # a witness lacking this many base characters in one stretch is truncated or excerpted there


def _split_lacunae(edits: list[Edit]) -> tuple[list[Edit], list[tuple[int, int]]]:
    """Long pure deletions are lacunae (the witness is silent there, it does not vote for deleting)."""
    regular, lacunae = [], []
    for ed in edits:
        if ed.ws == ed.we and ed.e - ed.s >= LACUNA_MIN:
            if lacunae and ed.s - lacunae[-1][1] < LACUNA_MIN:
                # a few characters matched by chance between two gaps do not end the gap
                lacunae[-1] = (lacunae[-1][0], ed.e)
            else:
                lacunae.append((ed.s, ed.e))
        else:
            regular.append(ed)
    return [ed for ed in regular if not _overlaps(lacunae, ed.s, ed.e)], lacunae


COVER_BLOCK = 10  # characters a witness must share with the base in one stretch to be there at all


def _cover(edits: list[Edit], length: int) -> tuple[int, int]:
    """The base span a witness covers: from its first to its last stretch of COVER_BLOCK characters
    equal to the base.  A witness cut short shares nothing past its cut but a few chance letters."""
    stretches, prev = [], 0
    for ed in edits:
        if ed.folded:  # equal on the key (a witness in the other script differs all along in display)
            continue
        if ed.s - prev >= COVER_BLOCK:
            stretches.append((prev, ed.s))
        prev = max(prev, ed.e)
    if length - prev >= COVER_BLOCK:
        stretches.append((prev, length))
    return (stretches[0][0], stretches[-1][1]) if stretches else (0, length)


def _cut_to_cover(regular: list[Edit], lacunae: list[tuple[int, int]], cover: tuple[int, int], length: int,
                  own: tuple[int, int] = (0, 0)) -> tuple[list[Edit], list[tuple[int, int]]]:
    """Outside its cover a witness is silent: the uncovered head or tail becomes a lacuna, unless
    the witness has text of its own there (``own``: characters before and after its cover), which
    is a different reading of that stretch, not a cut."""
    start, end = cover
    spans = sorted(lacunae + ([(0, start)] if start >= LACUNA_MIN and own[0] < LACUNA_MIN else [])
                   + ([(end, length)] if length - end >= LACUNA_MIN and own[1] < LACUNA_MIN else []))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return [ed for ed in regular if not _overlaps(merged, ed.s, ed.e)], merged


def _covered(spans: list[tuple[int, int]], s: int, e: int) -> int:
    """How many characters of [s, e) the spans cover (two witnesses' neighbouring lacunae touch
    at their ends without either lacking the other's passage)."""
    return sum(max(0, min(b, e) - max(a, s)) for a, b in spans)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b or (s == e and a <= s < b) for a, b in spans)


@dataclass
class _Collation:
    """Every witness aligned to one base: edits, lacunae, and the readings at each site."""

    base_i: int
    aligned: list[tuple[int, list[Edit]]]
    lacunae: dict[int, list[tuple[int, int]]]
    edit_starts: dict[int, list[int]]
    pmaps: dict[int, PositionMap]
    spans: list[tuple[int, int]]
    text: str  # the base's display text
    readings: list[list[tuple[str, int]]]
    present: list[list[bool]]

    @property
    def length(self) -> int:
        return len(self.text)


def _collate(wits: list[Witness], base_i: int) -> _Collation:
    base = wits[base_i]
    sample = base.display[:3000]
    convert = to_simplified if to_simplified(sample) == sample else None
    full = {i: align(base, w, convert) if i != base_i else [] for i, w in enumerate(wits)}
    pmaps = {i: PositionMap(edits) for i, edits in full.items()}
    n = len(base.display)
    split = {}
    for i, edits in full.items():
        if i == base_i:
            split[i] = ([], [])
            continue
        start, end = _cover(edits, n)
        own = (pmaps[i](start), len(wits[i].display) - pmaps[i](end))
        split[i] = _cut_to_cover(*_split_lacunae(edits), (start, end), n, own)
    aligned = [(i, split[i][0]) for i in range(len(wits))]
    lacunae = {i: split[i][1] for i in range(len(wits))}
    edit_starts = {i: [ed.s for ed in edits] for i, edits in aligned}
    col = _Collation(base_i, aligned, lacunae, edit_starts, pmaps, _sites(base, aligned), base.display, [], [])
    for s, e in col.spans:
        readings, present = [], []
        for i, edits in aligned:
            if _overlaps(lacunae[i], s, e):
                readings.append(("", pmaps[i](s)))
                present.append(False)
            else:
                readings.append(_reading(base, wits[i], edits, edit_starts[i], pmaps[i], s, e))
                present.append(True)
        col.readings.append(readings)
        col.present.append(present)
    return col


@lru_cache(maxsize=1 << 16)
def _norm(reading: str) -> str:
    return "".join(to_simplified(unicodedata.normalize("NFKC", reading)).split())


@lru_cache(maxsize=1 << 16)  # most witnesses share the reading at a site
def _vote_form(reading: str) -> str:
    """A reading as the matching key sees it: punctuation, width, script and look-alikes folded."""
    return reading.translate(key_table()).replace(" ", "") or reading


_SENTENCE_END = re.compile(r"[。！？!?]+")
_ENDS_SENTENCE = re.compile(r"(?:[。！？!?…][”’」』）)]*|[）)】])\s*$")  # a bracketed credit closes a text too
PASSAGE_MIN = 8  # characters a reading must outrun another by to count as a passage the other lacks
CARRY_MIN = 5  # key characters two witnesses' extra text must share to be one passage
SAME_PASSAGE = 0.7  # normalised similarity at which two witnesses' extra text is one passage
NEAR_SHARE = 0.1  # readings within this share of their length are the same reading for the plurality


def _plurality(norms: list[str], present: list[bool], weights: list[float], fuller: bool = False,
               carried: bool = False) -> str:
    """The reading with the most weight behind it, where near-identical long readings support each other
    (several witnesses carrying a passage with small variants of their own still outvote one that lacks it).

    ``carried`` (a passage some witnesses lack): the fullest reading that two or more witnesses carry
    wins over shorter ones, whatever their number.  Copies made independently drop the same sentence
    often enough (an article has a handful), but never add the same one."""
    votes: dict[str, float] = {}
    count: dict[str, int] = {}
    for i, r in enumerate(norms):
        if present[i]:
            votes[r] = votes.get(r, 0.0) + weights[i]
            count[r] = count.get(r, 0) + 1
    if len(votes) == 1:
        return next(iter(votes))
    support, carriers = {}, {}
    for r in votes:
        tol = int(NEAR_SHARE * len(r))
        near = [q for q in votes if q == r or (tol and abs(len(q) - len(r)) <= tol
                                               and Levenshtein.distance(q, r, score_cutoff=tol) <= tol)]
        support[r] = sum(votes[q] for q in near)
        carriers[r] = sum(count[q] for q in near)
    if carried:
        shared = [r for r in votes if carriers[r] >= 2 and len(r) >= PASSAGE_MIN]
        if shared:
            longest = max(map(len, shared))
            if longest - PASSAGE_MIN >= min(map(len, votes)):
                shared = [r for r in shared if len(r) > longest - PASSAGE_MIN]
                return max(shared, key=lambda r: (support[r], votes[r], r))
    best = max((support[r], votes[r]) for r in support)
    tied = sorted(r for r in support if (support[r], votes[r]) == best)
    if len(tied) == 1:
        return tied[0]
    # no reading has more behind it: the one closest to all the others (their medoid); then, with
    # ``fuller`` (inside the text), a passage over its absence: reprints abridge far more often
    # than they insert a sentence mid-text (an added line at the head or end is common)
    longest = max(map(len, tied))
    return min(tied, key=lambda r: (sum(w * Levenshtein.distance(r, q) for q, w in votes.items()),
                                    fuller and len(r) < longest - PASSAGE_MIN))


def _prefix_cut(reading: str, base_reading: str, base_form: str) -> tuple[int, int]:
    """Where ``reading`` stops following the base's reading, and the distance of what comes before.

    Most readings start with the base's reading and run on: the cut is the prefix closest to
    it (ties: nearest its length).  But a reading may hold a sentence inserted before the
    base's last words; then the cut is where those words land in their alignment, if that
    explains the reading better by half the base's reading (a reading of a character or two
    gives no such evidence).
    """
    n, slack = len(base_reading), max(3, len(base_reading) // 5)
    if len(reading) < n - slack:  # shorter than the base's reading: all of it is body
        return len(reading), Levenshtein.distance(_vote_form(reading), base_form)
    best = (0, 0, 0)
    for c in range(max(0, n - slack), min(len(reading), n + slack) + 1):
        cost = Levenshtein.distance(_vote_form(reading[:c]), base_form)
        if c == max(0, n - slack) or (cost, abs(c - n)) < best[:2]:
            best = (cost, abs(c - n), c)
    cut, cost = best[2], best[0]
    landed = next((op.dest_pos for op in Levenshtein.editops(base_reading, reading)
                   if op.tag == "insert" and op.src_pos == n), len(reading))
    if landed > cut:
        landed_cost = Levenshtein.distance(_vote_form(reading[:landed]), base_form)
        # both on the key form: the distance of the body plus the length of what runs on
        if landed_cost + len(_vote_form(reading[landed:])) + max(CARRY_MIN, n / 2) < cost + len(_vote_form(reading[cut:])):
            return landed, landed_cost
    return cut, cost


def _inserted_before(norms: list[str], base_i: int) -> bool:
    """Whether the text that outruns the base's last words stands before them, inside the text:
    every reading either ends with those words or is shorter than them (none runs on past them)."""
    base_form = _vote_form(norms[base_i])
    if len(base_form) < CARRY_MIN:
        return False
    tol = int(NEAR_SHARE * len(base_form))
    forms = [_vote_form(r) for r in norms]
    return all(len(f) < len(base_form)
               or Levenshtein.distance(f[-len(base_form):], base_form, score_cutoff=tol) <= tol for f in forms)


def _tail_deviation(norms: list[str], base_i: int) -> list[float]:
    """Deviation at a site where witnesses run on past the base's end (see ``_deviation``).

    Each reading splits into its body (aligned with the base's reading: what it changes or
    lacks there counts in full) and what it adds past the base's end.  The text that truly
    runs on is the passage the others' extra text supports most (a copy cut shorter agrees
    with all of it), so a sentence one reprint inserts cannot pose as text the others lost.
    What only that passage holds past the next witness's end is its own addition when that
    witness ends on a whole sentence (a cut stops mid-sentence) and it is one sentence at
    most.  When no second witness carries it and it is not several sentences long, each
    witness's extra text is its own addition.
    """
    base_reading = norms[base_i]
    base_form = _vote_form(base_reading)
    cuts = [_prefix_cut(r, base_reading, base_form) for r in norms]
    if len(base_form) >= CARRY_MIN and all(cost * 2 > len(base_form) for i, (_, cost) in enumerate(cuts)
                                           if i != base_i and norms[i]):
        # no one else starts with the base's reading: it runs on past the others' common end as well
        cuts = [(0, 0)] * len(norms)
    past, body_cost, sentences, whole = [], [], {}, set()
    for r, (cut, cost) in zip(norms, cuts):
        past.append(_vote_form(r[cut:]) if cut < len(r) else "")
        sentences[past[-1]] = len(_SENTENCE_END.findall(r[cut:]))
        if _ENDS_SENTENCE.search(r[cut:]):
            whole.add(past[-1])
        body_cost.append(float(cost))
    extra = sorted({p for p in past if p}, key=lambda p: (-len(p), p))
    if not extra:  # what looked like a run-on is text inserted before the base's last words
        return body_cost

    def agreement(p: str, q: str) -> int:  # characters two passages share from their start
        m = min(len(p), len(q))
        return m - Levenshtein.distance(p[:m], q[:m])

    # the passage most supported by the others (its own copy left out)
    anchor = max(extra, key=lambda p: sum(agreement(p, q) for q in past if q) - len(p))
    carriers = [p for p in past if p and min(len(p), len(anchor)) >= CARRY_MIN
                and agreement(p, anchor) >= SAME_PASSAGE * min(len(p), len(anchor))]
    others = sorted({p for p in carriers if len(p) < len(anchor)}, key=len, reverse=True)
    if len(carriers) >= 2 or sentences[anchor] >= 2:
        running_on = anchor
        # what only the anchor holds past the next carrier's end is its own addition when that
        # carrier ends on a whole sentence (a cut stops mid-sentence) and it is one sentence at most
        if others and others[0] in whole and sentences[anchor] - sentences[others[0]] < 2:
            running_on = anchor[: len(others[0])]
    else:
        running_on = ""
    return [b + Levenshtein.distance(p, running_on) for b, p in zip(body_cost, past)]


def _deviation(col: _Collation, weights: list[float], voices: list[float], passages_only: bool = False) -> list[float]:
    """Characters by which each witness departs from the plurality reading, site by site (a lacuna
    counts its whole length): the witness that departs least is the most likely unedited, complete edition.
    ``passages_only``: count only passages inside the text that one witness has and another lacks
    (two witnesses tie on every letter, and a cut and an added closing line look alike; but inside
    the text the fuller one wins: reprints abridge far more often than they insert a sentence)."""
    n = len(weights)
    dev = [0.0] * n
    end = col.length
    for (s, e), readings, present in zip(col.spans, col.readings, col.present):
        norms = [_norm(r) for r, _ in readings]
        inside = EDGE_SLACK < s and e < end - EDGE_SLACK
        if passages_only and not inside:
            continue
        if e >= end - EDGE_SLACK and max(len(r) for r in norms) - (e - s) >= LACUNA_MIN \
                and not _inserted_before(norms, col.base_i):
            # text after the base's end: the base (and whoever lacks it) is truncated when two witnesses
            # carry the same passage or it holds several sentences (a cut loses several); otherwise
            # each witness's extra text is its own addition (an editor's added line)
            dev_tail = _tail_deviation(norms, col.base_i)
            for i in range(n):
                dev[i] += dev_tail[i]
            continue
        # vote on the key form, so a reading with a misread or an ASCII mark still supports its
        # passage; a display-only difference (punctuation, look-alike) costs half a character
        forms = [_vote_form(r) for r in norms]
        lengths = [len(f) for f, p in zip(forms, present) if p]
        passage = max(lengths) - min(lengths) >= PASSAGE_MIN
        if passages_only and not passage:
            continue
        # whether a witness carries a passage: its misreads, ASCII marks or cut say nothing of that
        votes = voices if passage else weights
        top = _plurality(forms, present, votes, fuller=inside, carried=passage)
        shown = _plurality([r if forms[i] == top else "" for i, r in enumerate(norms)],
                           [p and forms[i] == top for i, p in enumerate(present)], weights)
        for i in range(n):
            if not present[i]:
                dev[i] += e - s
            elif forms[i] != top:
                dev[i] += max(1, Levenshtein.distance(forms[i], top))
            elif norms[i] != shown:
                dev[i] += 0.5
    # a passage some witnesses lack: if most lack it, it is the others' addition (the base's too);
    # a witness cut short before or after it (its lacuna runs to an edge) has no say on it
    def at_edge(sp: tuple[int, int]) -> bool:
        return sp[0] <= EDGE_SLACK or sp[1] >= end - EDGE_SLACK

    for a, b in sorted({sp for lac in col.lacunae.values() for sp in lac}):
        truncation = at_edge((a, b))  # missing head or tail: incompleteness
        if passages_only and truncation:
            continue
        if truncation and all(j == col.base_i or _covered(col.lacunae[j], a, b) * 2 > b - a
                              or _reads_otherwise(col, j, a, b) for j in range(n)) \
                and len(_SENTENCE_END.findall(col.text[a:b])) < 2:
            dev[col.base_i] += b - a  # one sentence only the base has at its head or end: its own addition
            continue
        silent = {j for j in range(n) if not truncation
                  and any(at_edge(sp) and sp[0] <= a and b <= sp[1] for sp in col.lacunae[j])}
        lacking = [j for j in range(n) if j not in silent and _covered(col.lacunae[j], a, b) * 2 > b - a]
        total = sum(voices[j] for j in range(n) if j not in silent)  # as for any passage
        carriers = n - len(silent) - len(lacking)
        if not truncation and carriers < 2 and sum(voices[j] for j in lacking) > total / 2:
            for j in range(n):
                if j not in lacking:
                    dev[j] += b - a
        else:
            for j in lacking:
                dev[j] += b - a
    return dev


def _reads_otherwise(col: _Collation, j: int, a: int, b: int) -> bool:
    """Whether witness ``j`` has another passage of its own in place of the base's [a, b) (a closing
    line of its own where the base has one too): it does not carry the base's passage either."""
    for (s, e), readings, present in zip(col.spans, col.readings, col.present):
        if s <= a and b <= e and present[j]:
            mine, base = _vote_form(_norm(readings[j][0])), _vote_form(_norm(readings[col.base_i][0]))
            return bool(base) and Levenshtein.normalized_similarity(mine, base) < SAME_PASSAGE
    return False


def reconcile(rows: list[dict], opts: ReconcileOptions | None = None) -> Reconciled:
    """Reconcile the article rows of one cluster (``id``, ``title``, ``text``, ``meta``).

    With three or more witnesses the base is settled by collation: after a first
    alignment to the provisional base (medoid weighted by quality and source), the
    witness that departs least from the plurality reading, site by site, becomes the
    base, since it is the most likely to be the unedited, complete edition.
    """
    opts = opts or ReconcileOptions()
    wits = [Witness.of(r["id"], r["text"]) for r in rows]
    base_i, why, weights = choose_base(rows, [w.key for w in wits], opts)
    voices = [REPRINT_VOICE if is_reprint(r) else 1.0 for r in rows]
    col = _collate(wits, base_i)
    if len(wits) >= 2:
        dev = _deviation(col, weights, voices, passages_only=len(wits) == 2)
        length = max(len(wits[base_i].display), 1)

        def score(i: int) -> float:
            rank = _prefer_rank(rows[i], opts.prefer)
            bonus = PREFER_BONUS * (len(opts.prefer) - rank) if rank is not None else 0.0
            return dev[i] / length + (REPRINT_PENALTY if is_reprint(rows[i]) else 0.0) - bonus

        best = min(range(len(wits)), key=lambda i: (round(score(i), 9), i != base_i, rows[i]["id"]))
        why["collation_deviation"] = {rows[i]["id"]: round(dev[i], 1) for i in range(len(wits))}
        if best != base_i:
            why["provisional_base"] = rows[base_i]["id"]
            why["witness"] = rows[best]["id"]
            base_i = best
            col = _collate(wits, base_i)
        why["rule"] = ("fewest departures from the plurality reading (collation), after medoid and quality"
                       if len(wits) >= 3 else "medoid, quality and source; then the fuller text inside (collation)")
    else:
        why["rule"] = "medoid on the matching key, weighted by quality and source priority"
    base = wits[base_i]
    sample = base.display[:3000]
    base_simplified = to_simplified(sample) == sample
    sites: list[Site] = []
    for (s, e), readings, present in zip(col.spans, col.readings, col.present):
        left, right = base.display[max(0, s - CONTEXT) : s], base.display[e : e + CONTEXT]
        voters = [i for i in range(len(wits)) if present[i]]
        texts = [readings[i][0] for i in voters]
        kind, chosen, chosen_from, reason = _choose(texts, voters.index(base_i), [weights[i] for i in voters],
                                                   left, right, base_simplified, [voices[i] for i in voters])
        sites.append(Site(s, e, readings, kind, chosen, [voters[k] for k in chosen_from], reason))
    parts, pos, shift = [], 0, 0
    shifts: list[tuple[int, int]] = []
    for site in sites:
        parts.append(base.display[pos : site.s])
        site.offset = site.s + shift
        parts.append(site.chosen)
        shift += len(site.chosen) - (site.e - site.s)
        shifts.append((site.e, shift))
        pos = site.e
    parts.append(base.display[pos:])
    sites += _lacuna_sites(base, wits, col.aligned, col.lacunae, col.edit_starts, col.pmaps, base_i, shifts)
    sites.sort(key=lambda st: (st.s, st.e))
    title = rows[base_i]["title"] or next((r["title"] for r in rows if r["title"]), "")
    return Reconciled(base_i, why, title, "".join(parts), _merge_meta(rows, base_i), sites)


def _lacuna_sites(base, wits, aligned, lacunae, edit_starts, pmaps, base_i, shifts) -> list[Site]:
    """One apparatus entry per passage some witness lacks; the base text stands there."""
    spans = sorted({sp for i in lacunae for sp in lacunae[i]})
    out = []
    for s, e in spans:
        readings = []
        lacking = []
        for i, edits in aligned:
            if (s, e) in lacunae[i] or _overlaps(lacunae[i], s, e):
                readings.append(("", pmaps[i](s)))
                lacking.append(wits[i].id)
            else:
                readings.append(_reading(base, wits[i], edits, edit_starts[i], pmaps[i], s, e))
        shift = 0
        for end, sh in shifts:
            if end <= s:
                shift = sh
        out.append(Site(s, e, readings, "deletion", base.display[s:e], [base_i],
                        f"lacuna: {', '.join(lacking)} lack this passage (truncated or excerpted); base text kept",
                        s + shift))
    return out
