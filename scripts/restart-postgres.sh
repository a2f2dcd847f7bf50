#!/usr/bin/env bash
# Restarts the throwaway PostgreSQL of scripts/start-postgres.sh on the same
# port (pg_ctl stop -m fast, then start), staying down PONTE_PG_DOWN_SECONDS
# in between, and prints its URL. For fault tests: never use it on real data.
set -euo pipefail
exec bash "$(dirname "$0")/start-postgres.sh" --restart
