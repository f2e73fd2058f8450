#!/usr/bin/env bash
# Runs cognito-local (Amazon Cognito's JSON API, locally) in the foreground on localhost:$PORT, keeping its
# data in DATA_DIR/.cognito. Installs the emulators' npm packages first when they are missing.
# CODE, when set, fixes the verification and reset codes (deterministic tests).
set -euo pipefail
data_dir=${1:?usage: run-cognito-local.sh DATA_DIR}
: "${PORT:?PORT must be set}"
root=$(cd "$(dirname "$0")/.." && pwd)

bash "$root/scripts/install-emulators.sh"
mkdir -p "$data_dir"
cd "$data_dir"
export HOST=localhost
exec node "$root/emulators/node_modules/cognito-local/lib/bin/start.js"
