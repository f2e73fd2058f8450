#!/usr/bin/env bash
# What the system and its tests need beyond the .NET SDK and Node.js: PostgreSQL 15 server binaries,
# poppler-utils + zbar-tools (the tests render PDFs to images and read their QR codes), and Debian's Chromium
# (the browser tests drive /usr/bin/chromium with Playwright; Playwright's own browser downloads do not work here).
# Idempotent; installs only what is missing (Debian packages, as root).
set -euo pipefail

missing=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
command -v setpriv >/dev/null || missing+=(util-linux)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing Debian packages: ${missing[*]} (run: sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  echo "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for tool in dotnet node npm python3; do
  command -v "$tool" >/dev/null || { echo "$tool is required but not installed" >&2; exit 1; }
done
