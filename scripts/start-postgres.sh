#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the server's tests and prints its URL:
#   export PONTE_TEST_DATABASE_URL=$(bash scripts/start-postgres.sh)
# Installs PostgreSQL from apt if it is missing; the cluster lives in
# $PONTE_PG_DIR (default /tmp/ponte-postgres), listens on 127.0.0.1 only, at a
# free port, and trusts local connections (never use it for real data).
# Idempotent: run it again and it prints the URL of the cluster already running.
# With --restart it stops and starts that cluster again first; --stop stops it.
set -euo pipefail

PG_DIR="${PONTE_PG_DIR:-/tmp/ponte-postgres}"
DATA="$PG_DIR/data"
DB_NAME=ponte_test
log() { echo "start-postgres: $*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else log "need root for: $*"; exit 1; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  log "installing postgresql from apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || { as_root apt-get update -q >&2; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
fi
BIN="$(pg_bin)"

# initdb and postgres refuse to run as root: run them as the postgres user then.
if [ "$(id -u)" = 0 ]; then
  RUN_AS=(runuser -u postgres --)
  OWNER=postgres
else
  RUN_AS=()
  OWNER="$(id -un)"
fi
run() { "${RUN_AS[@]}" "$@"; }

mkdir -p "$PG_DIR"
chown "$OWNER" "$PG_DIR" 2>/dev/null || true

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initialising a cluster in $DATA"
  run "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

# --stop: stop the cluster and exit (a test's own cluster, when it is done).
if [ "${1:-}" = "--stop" ]; then
  run "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
  exit 0
fi

# --restart: stop the running cluster (fast: sessions are cut, as in a real
# restart or failover), stay down PONTE_PG_DOWN_SECONDS (default 0), and start
# it again on the same port. The fault tests use it (scripts/restart-postgres.sh).
if [ "${1:-}" = "--restart" ] && [ -f "$PG_DIR/port" ]; then
  PORT="$(cat "$PG_DIR/port")"
  log "restarting on 127.0.0.1:$PORT"
  run "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
  sleep "${PONTE_PG_DOWN_SECONDS:-0}"
  run "$BIN/pg_ctl" -D "$DATA" -l "$PG_DIR/server.log" -w -o "-h 127.0.0.1 -p $PORT -k $PG_DIR" start >/dev/null
fi

if ! run "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  echo "$PORT" >"$PG_DIR/port"
  log "starting on 127.0.0.1:$PORT"
  run "$BIN/pg_ctl" -D "$DATA" -l "$PG_DIR/server.log" -w -o "-h 127.0.0.1 -p $PORT -k $PG_DIR" start >/dev/null
fi
PORT="$(cat "$PG_DIR/port")"

if ! psql -h 127.0.0.1 -p "$PORT" -U postgres -tAc "select 1 from pg_database where datname = '$DB_NAME'" | grep -q 1; then
  psql -h 127.0.0.1 -p "$PORT" -U postgres -q -c "create database $DB_NAME" >&2
fi
echo "postgres://postgres@127.0.0.1:$PORT/$DB_NAME"
