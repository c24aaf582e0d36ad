#!/usr/bin/env bash
# The same JSON export from SQLite and from PostgreSQL (ignoring the order of independent arrays) for the BBC
# collection and the two topics of ../shared/data/topics: each added by one `add` to a folder and to a server case.
source "$(dirname "$0")/common.sh"
for input in "$shared/data/news/bbc" "$shared/data/topics/airbus/reports.jsonl" "$shared/data/topics/stock/reports.jsonl"; do
  name="$(basename "$(dirname "$input")")-$(basename "$input" .jsonl)"
  server="$(new_case compare)"
  start=$(seconds); "$T" add "$input" --case "$work/$name" >/dev/null 2>&1; sqlite_add=$(echo "$(seconds) - $start" | bc)
  start=$(seconds); "$T" add "$input" --case "$server" >/dev/null 2>&1; server_add=$(echo "$(seconds) - $start" | bc)
  "$T" export --format json --case "$work/$name" -o "$work/$name.sqlite.json" >/dev/null 2>&1
  "$T" export --format json --case "$server" -o "$work/$name.postgres.json" >/dev/null 2>&1
  documents=$(jq '.documents | length' "$work/$name.sqlite.json")
  entities=$(jq '.entities | length' "$work/$name.sqlite.json")
  if cmp -s "$work/$name.sqlite.json" "$work/$name.postgres.json"; then verdict="byte-identical"
  elif same_export "$work/$name.sqlite.json" "$work/$name.postgres.json"; then verdict="equal ignoring array order"
  else verdict="DIFFERENT"; fi
  printf '%s: %s documents, %s entities; add %.1f s (SQLite) / %.1f s (PostgreSQL); export %s\n' \
    "$input" "$documents" "$entities" "$sqlite_add" "$server_add" "$verdict"
done
