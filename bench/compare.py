"""One table of the runs in RUNS_DIR for a corpus size: wall, CPU, peak RSS, docs/s, P/R/F1, and the
wall-time ratio to the bare hashing limit (phys2) measured in the same session.

Usage: python bench/compare.py RUNS_DIR SIZE
"""

import json
import os
import sys

NAMES = {"dedup": "dedup find (this project)", "ds": "datasketch MinHashLSH script", "dt_char": "datatrove, char tokens",
         "dt_jieba": "datatrove, jieba words", "td": "text-dedup", "dj_api": "data-juicer (API)", "phys2": "bare limit, 2 procs"}


def load(path):
    return json.load(open(path)) if os.path.exists(path) else None


def main(runs: str, size: str) -> None:
    docs = {"10k": 10000, "100k": 100000, "1m": 1000000}.get(size, 0)
    limit = load(f"{runs}/phys2_{size}.metrics.json")
    print("| tool | wall s | CPU s | peak RSS MB (largest / tree) | docs/s | x bare limit | P | R | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key, name in NAMES.items():
        m = load(f"{runs}/{key}_{size}.metrics.json")
        if not m:
            continue
        sc = load(f"{runs}/{key}_{size}.score.json") or {}
        ratio = f"{m['wall_s'] / limit['wall_s']:.1f}" if limit else "-"
        p, r, f = (f"{sc[k]:.4f}" if k in sc else "-" for k in ("precision", "recall", "f1"))
        print(f"| {name} | {m['wall_s']:.1f} | {m['cpu_s']:.1f} | {m.get('max_rss_mb_time', 0):.0f} / {m.get('peak_tree_rss_mb', 0):.0f} "
              f"| {docs / m['wall_s']:,.0f} | {ratio} | {p} | {r} | {f} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
