# PostgreSQL for the store tests (issue 19), sourced by .ci/run (and usable by hand: `source .ci/postgres.sh`).
# Installs Debian's `postgresql` when no server binaries are found, then starts a throwaway cluster: initdb as an
# unprivileged user (`nobody` when run as root) in a fresh temporary folder, listening on a Unix socket in that folder
# only (no TCP port), trust authentication for the one local role. The connection string is exported as
# TRIANGULATE_TEST_POSTGRES; the cluster is stopped and its folder deleted when the calling shell exits.

triangulate_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

if ! triangulate_pg_bin >/dev/null && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

if pg_bin="$(triangulate_pg_bin)"; then
  pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/triangulate-pg.XXXXXX")"
  chmod 755 "$pg_dir"
  pg_as=()
  if [ "$(id -u)" = "0" ]; then
    # The server refuses to run as root: the cluster belongs to nobody, who owns nothing else.
    chown nobody "$pg_dir"
    pg_as=(runuser -u nobody --)
  fi

  "${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U triangulate --auth=trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1
  "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
    -o "-c listen_addresses='' -k $pg_dir -p 5432 -c fsync=off -c max_connections=60" >/dev/null

  triangulate_pg_stop() {
    "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  }
  trap triangulate_pg_stop EXIT

  export TRIANGULATE_TEST_POSTGRES="Host=$pg_dir;Port=5432;Username=triangulate;Database=postgres"
  echo "ci: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on the socket in $pg_dir"
else
  echo "ci: no PostgreSQL server binaries: the PostgreSQL store tests will fail in CI" >&2
fi
