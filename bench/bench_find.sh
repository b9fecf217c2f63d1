#!/usr/bin/env bash
# Speed, memory and quality of `dedup find` on a generated zhdup corpus, with the bare
# hashing limit (physlimit.py --procs 2) run just before it in the same session.
#
#   WORK=/path/to/scratch bash bench/bench_find.sh 100k      (SIZE: 10k | 100k | 1m)
#
# Needs ../shared/benchmarks (zhdup, zhnews) beside the repository; corpora stay in $WORK.
set -euo pipefail
: "${WORK:?set WORK to a scratch directory outside the repository}"
S=$1
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=${BENCH:-$HERE/../../shared/benchmarks}
declare -A SIZES=([10k]=10000 [100k]=100000 [1m]=1000000)
D=$WORK/dupset_$S
[ -f "$D/docs.jsonl" ] || python3 "$BENCH/zhdup/make_dupset.py" --base "$BENCH/zhnews/articles.jsonl" \
  --size "${SIZES[$S]}" --seed 1 --out "$D"
echo "== bare limit (physlimit.py --procs 2)"
/usr/bin/time -f "wall %e s, peak RSS %M KB" python3 "$BENCH/zhdup/physlimit.py" "$D/docs.jsonl" --procs 2
echo "== dedup find"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" dedup find "$D/docs.jsonl" -o "$WORK/find_$S" -q -j 2
python3 "$HERE/to_pred.py" "$WORK/find_$S" "$WORK/find_$S.pred.jsonl"
python3 "$BENCH/zhdup/score_clusters.py" --gold "$D/gold.jsonl" --pred "$WORK/find_$S.pred.jsonl" \
  --meta "$D/meta.jsonl" --digests "$D/digests.jsonl" --json "$WORK/find_$S.score.json"
python3 -c "import json; r=json.load(open('$WORK/find_$S/run.json')); print('timings', r['timings_s'], 'counts', r['counts'])"
