#!/usr/bin/env bash
# Installs Ponte's dependencies and starts it: as the desktop app where the
# Electron binary can be installed, else in the browser at http://127.0.0.1:4173.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! npm install --no-audit --no-fund; then
  echo "Installing with the Electron binary failed (no access to its download?); installing without it."
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install --no-audit --no-fund
fi
if [ "${PONTE_WEB:-}" != "1" ] && node -e "require('fs').accessSync(require('electron'))" 2>/dev/null; then
  npx electron-vite build
  exec npx electron .
fi
echo "Starting Ponte in the browser: open http://127.0.0.1:4173 in Chromium, Chrome, Edge or Firefox."
npx vite build --config vite.config.ts --logLevel warn
exec npx vite preview --config vite.config.ts --host 127.0.0.1 --port 4173 --strictPort
