#!/usr/bin/env bash
# kill -9 of a worker at a random moment during a BBC ingest by 2 workers, RUNS times (default 10). Each run: queue the
# collection into a new case, start 2 workers (--lease 10), kill one with SIGKILL after a random MIN_DELAY-MAX_DELAY s
# (default 3-25; on a loaded machine the workers take longer to start, so give a wider range), start a fresh
# worker, wait for all; then check 2,125 documents, none twice, every job done, and the JSON export equal to a clean
# one-process run's. Usage: kill-workers.sh [RUNS]
source "$(dirname "$0")/common.sh"
runs="${1:-10}"
bbc="$shared/data/news/bbc"
"$T" add "$bbc" --case "$work/clean" >/dev/null 2>&1
"$T" export --format json --case "$work/clean" -o "$work/clean.json" >/dev/null 2>&1
expected=$(jq '.documents | length' "$work/clean.json")
passed=0
for ((run = 1; run <= runs; run++)); do
  server="$(new_case kill$run)"
  "$T" queue "$bbc" --case "$server" >/dev/null 2>&1
  "$T" worker --threads 1 --lease 10 --case "$server" >"$work/a.log" 2>&1 & a=$!
  "$T" worker --threads 1 --lease 10 --case "$server" >"$work/b.log" 2>&1 & b=$!
  delay=$((${MIN_DELAY:-3} + RANDOM % (${MAX_DELAY:-25} - ${MIN_DELAY:-3} + 1)))
  sleep "$delay"
  stored_before=$(sql "$server" "SELECT count(*) FROM documents")
  kill -9 "$a" 2>/dev/null || true
  wait "$a" 2>/dev/null || true
  start=$(seconds)
  "$T" worker --threads 1 --lease 10 --case "$server" >"$work/c.log" 2>&1 & c=$!
  wait "$b" "$c" || true
  after=$(echo "$(seconds) - $start" | bc)
  "$T" export --format json --case "$server" -o "$work/kill$run.json" >/dev/null 2>&1
  documents=$(sql "$server" "SELECT count(*) FROM documents")
  distinct=$(sql "$server" "SELECT count(DISTINCT id) FROM documents")
  jobs=$(sql "$server" "SELECT string_agg(state || ' ' || n, ', ' ORDER BY state) FROM (SELECT state, count(*) n FROM jobs GROUP BY state) s")
  retaken=$(sql "$server" "SELECT count(*) FROM jobs WHERE attempts > 1")
  if cmp -s "$work/clean.json" "$work/kill$run.json"; then export="byte-identical"; elif same_export "$work/clean.json" "$work/kill$run.json"; then export="equal ignoring array order"; else export="DIFFERENT"; fi
  ok=no
  if [ "$documents" = "$expected" ] && [ "$distinct" = "$expected" ] && [ "$export" != "DIFFERENT" ]; then ok=yes; passed=$((passed + 1)); fi
  printf 'run %d: killed after %d s (%s stored); finished %.0f s later; %s documents (%s distinct); jobs: %s; %s jobs claimed again; export %s; ok %s\n' \
    "$run" "$delay" "$stored_before" "$after" "$documents" "$distinct" "$jobs" "$retaken" "$export" "$ok"
  psql -X -q "${TRIANGULATE_BENCH_POSTGRES}" -c "DROP SCHEMA IF EXISTS ${server##*schema=} CASCADE" >/dev/null 2>&1
done
echo "$passed of $runs runs: every document once and the export equal to a clean run's"
