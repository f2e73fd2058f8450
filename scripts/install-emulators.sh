#!/usr/bin/env bash
# Installs the emulators' npm packages (emulators/package-lock.json) when missing or stale. Safe to run at once
# from several processes: the install holds a lock.
set -euo pipefail
dir=$(cd "$(dirname "$0")/../emulators" && pwd)
stamp="$dir/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ]; then
  exec 9>"$dir/.install.lock"
  flock 9
  if [ ! -f "$stamp" ] || [ "$dir/package-lock.json" -nt "$stamp" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
fi
