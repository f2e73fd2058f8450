#!/usr/bin/env bash
# Runs a PostgreSQL 15 hot standby of a primary started by run-local-postgres.sh (the AppHost's read replica, and the
# tests'): on first run it copies the primary with pg_basebackup -R (which writes standby.signal and primary_conninfo),
# then the server on 127.0.0.1:$PGPORT, streaming the primary's WAL and answering read-only queries. The primary needs
# nothing extra: initdb's defaults already have wal_level=replica, max_wal_senders=10 and a pg_hba.conf line letting
# the postgres user replicate from 127.0.0.1 with its password.
set -euo pipefail

data_dir=${1:?usage: run-local-postgres-standby.sh DATA_DIR [postgres -c settings...]}
: "${PGPORT:?PGPORT must be set (the standby's port)}"
: "${PRIMARY_PORT:?PRIMARY_PORT must be set}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set (the primary's postgres password)}"
bin=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}

as_server_user=()
if [ "$(id -u)" = 0 ]; then
  as_server_user=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

mkdir -p "$data_dir"
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$data_dir"
  dir=$(dirname "$(readlink -f "$data_dir")")
  while [ "$dir" != / ]; do chmod o+x "$dir" 2>/dev/null || true; dir=$(dirname "$dir"); done
fi
chmod 700 "$data_dir"

if [ ! -s "$data_dir/PG_VERSION" ]; then
  until "$bin/pg_isready" -q -h 127.0.0.1 -p "$PRIMARY_PORT"; do sleep 0.5; done
  # --checkpoint=fast: otherwise the copy waits for the primary's next spread checkpoint (minutes).
  PGPASSWORD=$POSTGRES_PASSWORD "${as_server_user[@]}" "$bin/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres \
    -D "$data_dir" -R -X stream --checkpoint=fast
  echo "copied the primary on port $PRIMARY_PORT into $data_dir as a standby"
fi

# max_connections: a hot standby refuses to start with fewer than its primary has.
exec "${as_server_user[@]}" "$bin/postgres" -D "$data_dir" -p "$PGPORT" \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c hot_standby=on \
  -c max_connections="${POSTGRES_MAX_CONNECTIONS:-300}" -c shared_buffers=256MB \
  -c log_line_prefix='%m [%p] ' "${@:2}"
