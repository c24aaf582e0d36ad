# Shared by the PostgreSQL measurement scripts. Needs TRIANGULATE_BENCH_POSTGRES, a postgres:// URL of a server and
# database (without ?schema: each run makes schemas of its own and drops them), and a published triangulate:
#   dotnet publish src/Triangulate.Cli -c Release -o /some/folder; export TRIANGULATE=/some/folder/triangulate
set -euo pipefail
: "${TRIANGULATE_BENCH_POSTGRES:?set TRIANGULATE_BENCH_POSTGRES to postgres://user@host/db (schemas bench_* are created and dropped)}"
T="${TRIANGULATE:-triangulate}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="$(cd "$here/../../.." && pwd)/shared"
work="$(mktemp -d "${TMPDIR:-/tmp}/triangulate-pgbench.XXXXXX")"

# A new case on the server: its URL. The schema is written down in a file (new_case runs in a subshell, $(...)) and
# dropped when the script exits.
new_case() {
  local schema="bench_$1_$RANDOM$RANDOM"
  echo "$schema" >>"$work/schemas"
  echo "${TRIANGULATE_BENCH_POSTGRES}?schema=$schema"
}

# Runs SQL in the schema of a case URL (psql reads the URL without its ?schema).
sql() {
  local url="$1" query="$2" schema="${1##*schema=}"
  psql -X -q -t -A "${url%%\?*}" -c "SET search_path = $schema; $query"
}

cleanup() {
  local schema
  for schema in $(cat "$work/schemas" 2>/dev/null); do
    psql -X -q "${TRIANGULATE_BENCH_POSTGRES}" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# Whether two JSON exports are the same, ignoring the order of arrays.
same_export() {
  cmp -s <(node "$here/canonical.js" "$1") <(node "$here/canonical.js" "$2")
}

seconds() { date +%s.%N; }
