#!/usr/bin/env bash
# Runs s3rver (an S3-compatible server) in the foreground on 127.0.0.1:$PORT with its objects in DATA_DIR, and the
# bucket the system uses. Installs the emulators' npm packages first when they are missing.
set -euo pipefail
data_dir=${1:?usage: run-s3rver.sh DATA_DIR}
: "${PORT:?PORT must be set}"
bucket=${BUCKET:-sky-high-booker-storage}
root=$(cd "$(dirname "$0")/.." && pwd)

bash "$root/scripts/install-emulators.sh"
mkdir -p "$data_dir"
# s3rver's continuation tokens (a listing of more than 1,000 keys, e.g. flights/route-maps/) are DES-encrypted, which
# Node's OpenSSL 3 keeps in its legacy provider: without it such a listing answers InternalError.
exec node --openssl-legacy-provider "$root/emulators/node_modules/s3rver/bin/s3rver.js" --directory "$data_dir" --address 127.0.0.1 --port "$PORT" \
  --configure-bucket "$bucket" "$root/emulators/s3-cors.xml" --silent
