#!/usr/bin/env bash
# Runs PostgreSQL 15 in the foreground for the AppHost (and the tests): initdb on first run into the
# given data directory, then the server on 127.0.0.1:$PGPORT. PostgreSQL refuses to run as root,
# so as root the server runs as the 'postgres' system user.
set -euo pipefail

data_dir=${1:?usage: run-local-postgres.sh DATA_DIR}
: "${PGPORT:?PGPORT must be set}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

if [ ! -x "$bin/postgres" ]; then
  echo "PostgreSQL 15 is not installed at $bin (apt-get install postgresql-15)" >&2
  exit 1
fi

as_server_user=()
if [ "$(id -u)" = 0 ]; then
  as_server_user=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

mkdir -p "$data_dir"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$data_dir"
  # the server user must be able to reach its data directory through every parent
  dir=$(dirname "$(readlink -f "$data_dir")")
  while [ "$dir" != / ]; do chmod o+x "$dir" 2>/dev/null || true; dir=$(dirname "$dir"); done
fi
chmod 700 "$data_dir"

if [ ! -s "$data_dir/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  [ "$(id -u)" = 0 ] && chown postgres "$pwfile"
  "${as_server_user[@]}" "$bin/initdb" -D "$data_dir" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --pwfile="$pwfile" >/dev/null
  rm -f "$pwfile"
  echo "initialised a new PostgreSQL cluster in $data_dir"
fi

exec "${as_server_user[@]}" "$bin/postgres" -D "$data_dir" -p "$PGPORT" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories= \
  -c max_connections="${POSTGRES_MAX_CONNECTIONS:-300}" -c shared_buffers=256MB \
  -c log_line_prefix='%m [%p] ' "${@:2}"
