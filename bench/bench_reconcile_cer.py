"""Character error rate of canonical texts against known originals (zhdup --hide-originals).

For every gold cluster whose original was left out and that has 3+ variants in the
corpus, compare against the original: the canonical text of the cluster holding the
cluster's first-seen member, the first-seen member itself (what other tools keep),
the best single member (an oracle) and the base witness.  ``canonical_main`` scores
the canonical text of the predicted cluster holding most of the gold cluster's
members instead (detection aside: a first-seen member that detection left out, such
as a copy cut down to its dateline, no longer stands for the cluster).  All member texts are the
cleaned articles, so the comparison isolates reconciliation.

CER = Levenshtein distance / length of the original, on text normalised for width
(NFKC), script (OpenCC t2s) and whitespace, so a Traditional-script witness is not
counted as wrong character by character; the raw CER (no normalisation) is printed too.
The ``*_vs_cleaned`` figures compare against the original as the cleaner renders it: the real
articles run their bylines, sources and editors onto the last paragraph (``……。（记者 张三）``),
which the cleaner moves to metadata in every witness alike.

Usage: python bench/bench_reconcile_cer.py DUPSET_DIR RUN_DIR   (RUN_DIR from `dedup run DUPSET_DIR/docs.jsonl`)
"""

import json
import statistics
import sys
import unicodedata
from collections import defaultdict

import opencc
from rapidfuzz.distance import Levenshtein

from cleaners import clean_page

T2S = opencc.OpenCC("t2s")


def norm(text: str) -> str:
    return "".join(T2S.convert(unicodedata.normalize("NFKC", text)).split())


def cer(text: str, original: str, normalise: bool = True) -> float:
    a, b = (norm(text), norm(original)) if normalise else (text, original)
    return Levenshtein.distance(a, b) / max(len(b), 1)


def cleaned(orig: dict) -> str:
    """The original as the cleaner renders it (title line and text, as the generator writes a page):
    bylines, sources and editors that the article runs onto its last paragraph go to metadata."""
    arts = clean_page(orig["title"] + "\n" + orig["text"]).articles
    return "\n".join(a.text for a in arts) if arts else orig["text"]


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def main(dupset: str, run_dir: str) -> None:
    order = [r["id"] for r in jsonl(f"{dupset}/docs.jsonl")]
    present = set(order)
    gold = {r["id"]: r["cluster"] for r in jsonl(f"{dupset}/gold.jsonl")}
    kind = {r["id"]: r["kind"] for r in jsonl(f"{dupset}/meta.jsonl")}
    originals = {r["cluster"]: r for r in jsonl(f"{dupset}/originals.jsonl")}
    article = {}
    for a in jsonl(f"{run_dir}/articles.jsonl"):
        article.setdefault(a["doc"], a)  # a variant document gives one article
    canonical_of = {}
    base_of = {}
    group_of = {}
    for c in jsonl(f"{run_dir}/canonical.jsonl"):
        for w in c["witnesses"]:
            canonical_of[w] = c["text"]
            base_of[w] = c.get("base", c["id"])
            group_of[w] = c["id"]
    text_of = {a["id"]: a["text"] for a in article.values()}
    members = defaultdict(list)
    for doc in order:
        if kind.get(doc) != "digest" and doc in article:
            members[gold[doc]].append(doc)
    rows = []
    for cl, docs in members.items():
        orig = originals.get(cl)
        if orig is None or orig["id"] in present or len(docs) < 3:
            continue
        first = article[docs[0]]["id"]
        clean_orig = cleaned(orig)
        witness_texts = [article[d]["text"] for d in docs]
        ids = [article[d]["id"] for d in docs]
        groups = [group_of.get(i, i) for i in ids]
        main_id = ids[max(range(len(ids)), key=lambda k: (groups.count(groups[k]), -k))]
        rows.append({
            "canonical": cer(canonical_of.get(first, article[docs[0]]["text"]), orig["text"]),
            "canonical_main": cer(canonical_of.get(main_id, text_of[main_id]), orig["text"]),
            "first_seen": cer(article[docs[0]]["text"], orig["text"]),
            "best_single": min(cer(t, orig["text"]) for t in witness_texts),
            "base": cer(text_of.get(base_of.get(first, first), article[docs[0]]["text"]), orig["text"]),
            "canonical_raw": cer(canonical_of.get(first, article[docs[0]]["text"]), orig["text"], False),
            "first_seen_raw": cer(article[docs[0]]["text"], orig["text"], False),
            "canonical_vs_cleaned": cer(canonical_of.get(first, article[docs[0]]["text"]), clean_orig),
            "best_single_vs_cleaned": min(cer(t, clean_orig) for t in witness_texts),
            "first_seen_vs_cleaned": cer(article[docs[0]]["text"], clean_orig),
        })
    out = {"clusters": len(rows)}
    for k in ("canonical", "canonical_main", "first_seen", "best_single", "base", "canonical_raw", "first_seen_raw",
              "canonical_vs_cleaned", "best_single_vs_cleaned", "first_seen_vs_cleaned"):
        out[f"mean_cer_{k}"] = round(statistics.mean(r[k] for r in rows), 5) if rows else None
    out["canonical_le_half_first_seen"] = out["mean_cer_canonical"] <= 0.5 * out["mean_cer_first_seen"] if rows else None
    out["canonical_le_best_single"] = out["mean_cer_canonical"] <= out["mean_cer_best_single"] if rows else None
    out["clusters_where_canonical_beats_or_ties_best_single"] = sum(r["canonical"] <= r["best_single"] + 1e-12 for r in rows)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
