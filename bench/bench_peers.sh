#!/usr/bin/env bash
# Peers and dedup side by side, in one session, on one generated corpus:
#   WORK=/scratch VENVS=/venvs bash bench/bench_peers.sh 100k [peers...]   (default peers: ds dt_char phys2)
# Runs ../shared/benchmarks/zhdup/run_peers.sh for the peers, then `dedup find` under the same
# timer (run_timed.py) and scorer, then prints one table (bench/compare.py).
set -euo pipefail
: "${WORK:?set WORK}" "${VENVS:?set VENVS}"
S=$1; shift
PEERS=${*:-ds dt_char phys2}
HERE=$(cd "$(dirname "$0")" && pwd)
BENCH=${BENCH:-$HERE/../../shared/benchmarks}
D=$WORK/dupset_$S
R=$WORK/runs
mkdir -p "$R"
bash "$BENCH/zhdup/run_peers.sh" "$S" $PEERS
N=dedup_$S
rm -rf "$WORK/$N"
python3 "$BENCH/zhdup/run_timed.py" "$R/$N.metrics.json" -- dedup find "$D/docs.jsonl" -o "$WORK/$N" -q -j 2 > "$R/$N.log" 2>&1
python3 "$HERE/to_pred.py" "$WORK/$N" "$R/$N.pred.jsonl"
python3 "$BENCH/zhdup/score_clusters.py" --gold "$D/gold.jsonl" --pred "$R/$N.pred.jsonl" --meta "$D/meta.jsonl" \
  --digests "$D/digests.jsonl" --label "$N" --json "$R/$N.score.json" > /dev/null
python3 "$HERE/compare.py" "$R" "$S"
