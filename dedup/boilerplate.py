"""Corpus boilerplate: paragraphs at the edges of articles that many unrelated articles share.

A site's own furniture (a slogan, an unknown footer, an editor's standing note) escapes the
line rules when no rule knows its wording, but it repeats on every page of the site.  The
same paragraph also repeats in every copy of one report, so repetition is counted in
*unrelated* articles only: after detection, each cluster counts once.  A paragraph among the
first or last EDGE_PARAGRAPHS of articles from at least ``min_groups`` different clusters (or
singletons) is boilerplate, and is cut from the edges of every article that has it.
"""

from __future__ import annotations

import unicodedata
import zlib
from array import array
from collections.abc import Iterable

import numpy as np

EDGE_PARAGRAPHS = 5  # paragraphs looked at from each end of an article (a footer or a script's residue)
PARAGRAPH_MAX = 200  # a longer paragraph is prose, however often it repeats
MIN_GROUPS = 5  # unrelated articles (clusters) a paragraph must open or close to be boilerplate


def paragraph_hash(paragraph: str) -> int:
    """A 64-bit hash of a paragraph up to width and whitespace (the key of the count)."""
    norm = "".join(unicodedata.normalize("NFKC", paragraph).split())
    data = norm.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def edge_hashes(text: str) -> tuple[int, ...]:
    """Hashes of the short paragraphs at either end of an article (each paragraph once)."""
    paras = [p for p in text.split("\n") if p.strip()]
    edge = paras if len(paras) <= 2 * EDGE_PARAGRAPHS else paras[:EDGE_PARAGRAPHS] + paras[-EDGE_PARAGRAPHS:]
    return tuple(dict.fromkeys(paragraph_hash(p) for p in edge if len(p) <= PARAGRAPH_MAX))


class EdgeIndex:
    """(paragraph hash, article) pairs of a streaming corpus, in compact arrays."""

    def __init__(self) -> None:
        self.hashes = array("Q")
        self.articles = array("I")

    def add(self, article: int, hashes: Iterable[int]) -> None:
        for h in hashes:
            self.hashes.append(h)
            self.articles.append(article)

    def boilerplate(self, group_of: np.ndarray, min_groups: int = MIN_GROUPS) -> tuple[set[int], set[int]]:
        """(boilerplate paragraph hashes, articles holding one) given each article's group (cluster)."""
        if min_groups <= 0 or not self.hashes:
            return set(), set()
        h = np.frombuffer(self.hashes, dtype=np.uint64)
        a = np.frombuffer(self.articles, dtype=np.uint32)
        uh, counts = np.unique(h, return_counts=True)  # first the paragraphs seen often at all (few)
        seen = np.isin(h, uh[counts >= min_groups])
        if not seen.any():
            return set(), set()
        h, a = h[seen], a[seen]
        pairs = np.unique(np.stack([h, group_of[a].astype(np.uint64)], axis=1), axis=0)  # a group once per hash
        uh, counts = np.unique(pairs[:, 0], return_counts=True)
        common = uh[counts >= min_groups]
        if not len(common):
            return set(), set()
        holders = a[np.isin(h, common)]
        return {int(x) for x in common}, {int(x) for x in np.unique(holders)}


def strip_edges(paragraphs: list[str], boiler: set[int]) -> tuple[list[str], list[str]]:
    """Paragraphs without the boilerplate runs at their start and end (at most EDGE_PARAGRAPHS each,
    and never all of them), and the paragraphs removed."""
    def is_boiler(p: str) -> bool:
        return len(p) <= PARAGRAPH_MAX and paragraph_hash(p) in boiler

    start = 0
    while start < min(EDGE_PARAGRAPHS, len(paragraphs)) and is_boiler(paragraphs[start]):
        start += 1
    end = len(paragraphs)
    while end > max(start, len(paragraphs) - EDGE_PARAGRAPHS) and is_boiler(paragraphs[end - 1]):
        end -= 1
    if start >= end:  # nothing but boilerplate: the article is kept as it is, for a reviewer to judge
        return paragraphs, []
    return paragraphs[start:end], paragraphs[:start] + paragraphs[end:]
