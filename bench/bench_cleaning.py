"""Line-level cleaning quality on a zhdup corpus, labelled from the generator's own records.

For variant documents whose only perturbations are web chrome, paragraph splits,
ASCII punctuation and Traditional script (so every body line is still a piece of the
original), each input line is labelled by its matching key: title if it is the
original's title, body if it is a piece of the original's text, chrome otherwise.
A line is kept if its key is found in the cleaned output (title or text) and removed
if the audit lists it.  Prints chrome removed, body kept and title kept rates; body kept
also net of the bylines, sources and editors run onto a paragraph's end that the cleaner
took as metadata (the real articles carry them inside their text).

Usage: python bench/bench_cleaning.py DUPSET_DIR RUN_DIR   (RUN_DIR from dedup clean/find/run on DUPSET_DIR/docs.jsonl)
"""

import json
import sys
from collections import Counter, defaultdict

from dedup.key import matching_key

EASY_OPS = {"chrome", "split", "punct", "trad"}


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def main(dupset: str, run_dir: str) -> None:
    meta = {r["id"]: r for r in jsonl(f"{dupset}/meta.jsonl")}
    originals = {r["cluster"]: r for r in jsonl(f"{dupset}/originals.jsonl")}
    out = defaultdict(str)
    for a in jsonl(f"{run_dir}/articles.jsonl"):
        out[a["doc"]] += "\n" + matching_key(a["title"]) + "\n" + matching_key(a["text"])
    glued = defaultdict(list)  # (doc, line) -> texts the cleaner split off a line's end as metadata
    for r in jsonl(f"{run_dir}/cleaning.jsonl"):
        for rm in r.get("removed", []):
            glued[(r["doc"], rm["line"])].append(rm["text"])
    counts: Counter = Counter()
    missed: Counter = Counter()
    for d in jsonl(f"{dupset}/docs.jsonl"):
        m = meta[d["id"]]
        if m["kind"] != "variant" or "chrome" not in m["ops"] or not set(m["ops"]) <= EASY_OPS:
            continue
        orig = originals[m["cluster"]]
        okey, tkey = matching_key(orig["text"]), matching_key(orig["title"])
        got = out.get(d["id"], "")
        for no, line in enumerate(d["text"].split("\n"), 1):
            k = matching_key(line)
            if not k:
                continue
            label = "title" if k == tkey else "body" if k in okey else "chrome"
            kept = k in got
            counts[label] += 1
            counts[f"{label}_kept"] += kept
            if label == "body":  # the same, less a byline or label run onto the line's end and taken as metadata
                net = k
                for tail in reversed(glued.get((d["id"], no), [])):
                    tk = matching_key(tail)
                    if tk and len(tk) < len(net) and net.endswith(tk):
                        net = net[: -len(tk)]
                        counts["body_glued_split"] += 1
                counts["body_kept_net"] += kept or net in got
            if (label == "chrome") == kept:
                missed[(label, line[:60])] += 1
    res = {"documents_scored": sum(1 for _ in ()),
           "chrome_lines": counts["chrome"], "chrome_removed": round(1 - counts["chrome_kept"] / max(counts["chrome"], 1), 4),
           "body_lines": counts["body"], "body_kept": round(counts["body_kept"] / max(counts["body"], 1), 4),
           "body_kept_net_of_glued_metadata": round(counts["body_kept_net"] / max(counts["body"], 1), 4),
           "glued_metadata_split_off": counts["body_glued_split"],
           "title_lines": counts["title"], "title_kept": round(counts["title_kept"] / max(counts["title"], 1), 4),
           "chrome_kept_most_often": [t for (label, t), _ in missed.most_common() if label == "chrome"][:8],
           "body_or_title_removed_most_often": [t for (label, t), _ in missed.most_common() if label != "chrome"][:8]}
    del res["documents_scored"]
    print(json.dumps(res, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
