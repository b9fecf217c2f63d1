"""Break repair on column-wrapped print text, simulated from real articles.

An OCR'd or PDF-extracted newspaper gives one line per printed line.  This takes zhnews
articles, sets each paragraph in a column of 16-24 CJK characters (by display width: a
Latin word or number is never broken, it moves whole to the next line), half of them with
indented paragraphs and half with a blank line under the headline, cleans the page and
compares the result with the article.

Prints: articles whose paragraphs come back exactly; titles right; paragraph breaks added
and lost; characters lost.  "Exactly" is strict: the cleaner also folds the articles' own
non-breaking spaces and widens their ASCII brackets, and takes the bylines they run onto
their text as metadata, which count as misses here.

Usage: python bench/bench_columns.py ZHNEWS_ARTICLES_JSONL [N] [SEED]
"""

import json
import random
import sys

from cleaners import clean_page
from cleaners.columns import wrap


def main(path: str, n: int = 300, seed: int = 1) -> None:
    rng = random.Random(seed)
    with open(path, encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    rng.shuffle(arts)
    s = dict(articles=0, exact=0, title_right=0, breaks_added=0, breaks_lost=0, chars=0, chars_lost=0)
    for a in arts[:n]:
        paras = [p.strip() for p in a["text"].split("\n") if p.strip()]
        chars = rng.choice([16, 18, 20, 22, 24])
        indent = "\u3000\u3000" if rng.random() < 0.5 else ""
        lines = [a["title"]] + ([""] if rng.random() < 0.5 else [])
        for p in paras:
            lines += wrap(indent + p, 2 * chars)
        res = clean_page("\n".join(lines))
        got = [p for art in res.articles for p in art.paragraphs]
        s["articles"] += 1
        s["exact"] += got == paras
        s["title_right"] += bool(res.articles) and res.articles[0].title == a["title"]
        s["breaks_added"] += max(0, len(got) - len(paras))
        s["breaks_lost"] += max(0, len(paras) - len(got))
        s["chars"] += sum(map(len, paras))
        s["chars_lost"] += max(0, sum(map(len, paras)) - sum(map(len, got)))
    print(json.dumps(s))


if __name__ == "__main__":
    main(sys.argv[1], *(int(x) for x in sys.argv[2:4]))
