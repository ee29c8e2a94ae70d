#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on 127.0.0.1 for the tests and prints the
# connection string. Installs Debian's postgresql package when it is missing (needs root).
# Usage: export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=$(scripts/start-test-postgres.sh)
set -euo pipefail

PORT="${TEST_POSTGRES_PORT:-55432}"
DATA_DIR="${TEST_POSTGRES_DIR:-/tmp/incidents-test-postgres}"

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

if [ -z "$(pg_bin)" ]; then
  echo "Installing PostgreSQL from Debian's packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN="$(pg_bin)"

# initdb refuses to run as root; run the cluster as the postgres system user then.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

if ! as_owner "'$BIN/pg_isready' -h 127.0.0.1 -p $PORT -q"; then
  if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    mkdir -p "$DATA_DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DATA_DIR"
    as_owner "'$BIN/initdb' -D '$DATA_DIR' -A trust -U postgres >/dev/null"
  fi
  as_owner "'$BIN/pg_ctl' -D '$DATA_DIR' -l '$DATA_DIR/server.log' -w \
    -o \"-p $PORT -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -k /tmp\" start >/dev/null"
fi

echo "postgresql://postgres@127.0.0.1:$PORT"
