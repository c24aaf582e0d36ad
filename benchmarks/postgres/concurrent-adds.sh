#!/usr/bin/env bash
# Two `add` processes at once on one case, with overlapping inputs: the BBC collection's files in path order, the
# first process adding the first two thirds, the second the last two thirds (the middle third by both). On a
# PostgreSQL case and on a folder (SQLite). Checks: both exit 0, every document once, none lost.
source "$(dirname "$0")/common.sh"
mapfile -t files < <(find "$shared/data/news/bbc" -name '*.txt' | sort)
third=$(( ${#files[@]} / 3 ))
first=("${files[@]:0:$((2 * third))}")
second=("${files[@]:$third}")
"$T" add "${files[@]}" --case "$work/all" >/dev/null 2>&1
expected=$("$T" status --case "$work/all" | awk '/^documents:/ {print $2}')
for store in postgres sqlite; do
  if [ "$store" = postgres ]; then target="$(new_case adds)"; else target="$work/concurrent"; fi
  start=$(seconds)
  "$T" add "${first[@]}" --case "$target" >"$work/first.log" 2>&1 & a=$!
  "$T" add "${second[@]}" --case "$target" >"$work/second.log" 2>&1 & b=$!
  wait "$a"; ra=$?; wait "$b"; rb=$?
  wall=$(echo "$(seconds) - $start" | bc)
  documents=$("$T" status --case "$target" | awk '/^documents:/ {print $2}')
  waited=$(grep -h -c "waiting for the case" "$work/first.log" "$work/second.log" | paste -sd+ | bc)
  if [ "$store" = postgres ]; then distinct=$(sql "$target" "SELECT count(DISTINCT id) FROM documents"); else distinct="$documents"; fi
  printf '%s: exit codes %s and %s in %.0f s; %s documents (%s distinct; one add of all gives %s); %s waited for the case\n' \
    "$store" "$ra" "$rb" "$wall" "$documents" "$distinct" "$expected" "$waited"
done
