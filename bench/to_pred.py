"""Turn a run directory's articles.jsonl into the scorer's PRED.jsonl: one {"id","cluster"} per input document.

A document whose articles were clustered takes the cluster of its first clustered
article; otherwise it is its own singleton.  Usage: python bench/to_pred.py OUT PRED.jsonl
"""

import json
import sys


def main(out_dir: str, pred_path: str) -> None:
    pred: dict[str, str] = {}
    with open(f"{out_dir}/articles.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            doc = row["doc"]
            if row.get("cluster") and doc not in pred:
                pred[doc] = row["cluster"]
            pred.setdefault(doc, "")
    with open(pred_path, "w", encoding="utf-8") as f:
        for doc, cl in pred.items():
            f.write(json.dumps({"id": doc, "cluster": cl or f"single:{doc}"}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
