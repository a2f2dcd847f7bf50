#!/usr/bin/env bash
# Installs everything the tests need (Debian packages and npm), then runs every
# suite: type check, import rules, unit, component, end-to-end. Ends with one
# line "N passed, N failed" summing the suites. Safe to run again.
set -uo pipefail
cd "$(dirname "$0")/.."
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 DEBIAN_FRONTEND=noninteractive

# --- system packages: Chromium for end-to-end, LibreOffice and poppler to render documents,
# PostgreSQL so the sync server's tests also run against the real thing (not only PGlite)
apt_packages=(chromium fonts-liberation libreoffice-writer-nogui poppler-utils postgresql)
missing=()
for pkg in "${apt_packages[@]}"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from apt"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
fi

# --- npm packages, exactly as locked (the Electron binary is not needed to test)
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
fi

# A throwaway PostgreSQL on 127.0.0.1 for the server's tests (they run on PGlite too).
if PONTE_TEST_DATABASE_URL="$(bash scripts/start-postgres.sh)"; then
  export PONTE_TEST_DATABASE_URL
  echo "server tests will also run on PostgreSQL at $PONTE_TEST_DATABASE_URL"
else
  echo "=== FAILED: could not start PostgreSQL for the server tests"
  status_pg=1
fi

mkdir -p test-results
rm -f test-results/*.json
status=${status_pg:-0}
step() { echo; echo "=== $1"; shift; "$@" || { echo "=== FAILED: $*"; status=1; }; }

step "type check" npx tsc --noEmit -p tsconfig.json
step "import rules (DESIGN.md)" npm run --silent check:imports
step "unit and component tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
step "build the renderer" npx vite build --config vite.config.ts --logLevel warn
step "build the desktop app (main, preload, renderer)" npx electron-vite build --logLevel warn
step "end-to-end tests (Chromium, LibreOffice)" npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json

echo
node scripts/test-summary.mjs test-results/unit.json test-results/e2e.json || status=1
exit $status
