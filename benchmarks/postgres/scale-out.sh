#!/usr/bin/env bash
# Scale-out ingest of the BBC collection: `queue` once, then 1 worker against 2 workers at once (each worker
# --threads 1 by default, so that two workers use what one worker with two threads would), wall time of the workers
# from the first one's start to the last one's exit (resolution included). ORDER="2 1" runs the two workers first
# (the machine's load drifts: run both orders). Both results are checked against one `add` of the same folder: same
# document count, same JSON export. Usage: scale-out.sh [THREADS_PER_WORKER]
source "$(dirname "$0")/common.sh"
threads="${1:-1}"
bbc="$shared/data/news/bbc"
"$T" add "$bbc" --case "$work/clean" >/dev/null 2>&1
"$T" export --format json --case "$work/clean" -o "$work/clean.json" >/dev/null 2>&1
for workers in ${ORDER:-1 2}; do
  server="$(new_case scale$workers)"
  start=$(seconds); "$T" queue "$bbc" --case "$server" >/dev/null 2>&1; queued=$(echo "$(seconds) - $start" | bc)
  start=$(seconds)
  pids=()
  for ((w = 1; w <= workers; w++)); do
    "$T" worker --threads "$threads" --case "$server" >"$work/worker-$workers-$w.log" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
  wall=$(echo "$(seconds) - $start" | bc)
  "$T" export --format json --case "$server" -o "$work/scale$workers.json" >/dev/null 2>&1
  same=$(cmp -s "$work/clean.json" "$work/scale$workers.json" && echo "byte-identical to one add" || (same_export "$work/clean.json" "$work/scale$workers.json" && echo "equal to one add ignoring array order" || echo "DIFFERENT from one add"))
  printf '%d worker(s) x %d thread(s): queue %.1f s, workers %.1f s wall; %s documents (%s distinct); export %s\n' \
    "$workers" "$threads" "$queued" "$wall" "$(sql "$server" 'SELECT count(*) FROM documents')" "$(sql "$server" 'SELECT count(DISTINCT id) FROM documents')" "$same"
  eval "wall_$workers=$wall"
done
printf 'ratio 2 workers / 1 worker: %.2f\n' "$(echo "$wall_2 / $wall_1" | bc -l)"
