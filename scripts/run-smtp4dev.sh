#!/usr/bin/env bash
# Runs smtp4dev (an SMTP server that keeps what it receives, with a web inbox and a REST API) in the foreground:
# SMTP without TLS on 127.0.0.1:$SMTP_PORT, the inbox on http://127.0.0.1:$PORT, messages in memory, its settings in
# DATA_DIR. Restores the dotnet tools of the repository's manifest (dotnet-tools.json) first, which installs smtp4dev once.
set -euo pipefail
data_dir=${1:?usage: run-smtp4dev.sh DATA_DIR}
: "${PORT:?PORT must be set}"
: "${SMTP_PORT:?SMTP_PORT must be set}"
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

mkdir -p "$data_dir"
(flock 9; dotnet tool restore >/dev/null) 9>"$data_dir/.tool-restore.lock"
exec dotnet tool run smtp4dev -- --urls="http://127.0.0.1:$PORT" --smtpport="$SMTP_PORT" --bindaddress=127.0.0.1 --tlsmode=None \
  --db= --imapport= --pop3port= --nousersettings --baseappdatapath="$data_dir"
