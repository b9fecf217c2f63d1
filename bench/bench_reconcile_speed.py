"""Reconcile speed: one cluster of N witnesses of L characters (defaults 50 x 5,000), OCR-style noise.

Usage: python bench/bench_reconcile_speed.py [--witnesses 50] [--chars 5000] [--repeat 3]
Prints wall seconds per reconcile (best of --repeat) and the number of variant sites.
"""

import argparse
import json
import random
import time
from pathlib import Path

from dedup.reconcile import reconcile

ZHNEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "zhnews" / "articles.jsonl"
CONFUSABLE = {"一": "—", "己": "已", "已": "己", "未": "末", "日": "曰", "人": "入", "千": "干", "天": "夭"}


def base_text(chars: int) -> str:
    """Real article text (zhnews) when available, else synthetic, cut to ``chars``."""
    out = ""
    if ZHNEWS.exists():
        with open(ZHNEWS, encoding="utf-8") as f:
            for line in f:
                out += json.loads(line)["text"]
                if len(out) >= chars:
                    break
    rng = random.Random(0)
    while len(out) < chars:
        out += "".join(chr(rng.randint(0x4E00, 0x4E00 + 3000)) for _ in range(30)) + "。"
    return out[:chars]


def noisy(rng: random.Random, text: str, rate: float) -> str:
    chars = list(text)
    for _ in range(int(len(chars) * rate)):
        i = rng.randrange(len(chars))
        r = rng.random()
        if r < 0.5:
            chars[i] = CONFUSABLE.get(chars[i], chars[i])
        elif r < 0.75:
            chars.insert(i, chars[i])
        else:
            del chars[i]
    return "".join(chars)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--witnesses", type=int, default=50)
    ap.add_argument("--chars", type=int, default=5000)
    ap.add_argument("--rate", type=float, default=0.01)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    rng = random.Random(1)
    text = base_text(a.chars)
    rows = [{"id": f"w{i:02d}", "title": "t", "text": noisy(rng, text, a.rate), "meta": {}} for i in range(a.witnesses)]
    best, sites = float("inf"), 0
    for _ in range(a.repeat):
        t = time.perf_counter()
        rec = reconcile(rows)
        best = min(best, time.perf_counter() - t)
        sites = len(rec.sites)
    print(json.dumps({"witnesses": a.witnesses, "chars": a.chars, "noise_rate": a.rate, "best_s": round(best, 3),
                      "sites": sites, "canonical_equals_clean_text": rec.text == text}))


if __name__ == "__main__":
    main()
