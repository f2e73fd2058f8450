#!/usr/bin/env bash
# Runs every test of Sky High Booker: frontend unit tests (Vitest), then the .NET tests (unit, functional
# over a real PostgreSQL, end-to-end through the AppHost). Installs what a fresh machine lacks.
# Ends with one line of totals: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

bash scripts/install-prerequisites.sh || exit 1

echo "== frontend unit tests (Vitest)"
(cd SkyHighBooker.Web/ClientApp && { [ -d node_modules ] || npm ci --no-audit --no-fund; } \
  && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json")
vitest_status=$?

echo "== .NET tests"
dotnet test SkyHighBooker.sln --logger "trx" --results-directory "$results/trx" --logger "console;verbosity=normal" 2>&1 \
  | grep -vE '^\s*$'
dotnet_status=${PIPESTATUS[0]}

# Totals on the last line; the names of failed tests just above it, where a CI log's tail still shows them.
python3 - "$results" > "$results/totals.txt" <<'PY'
import json, glob, sys, re, os
from xml.etree import ElementTree
root = sys.argv[1]
passed = failed = skipped = 0
names = []
try:
    v = json.load(open(os.path.join(root, "vitest.json")))
    passed += v.get("numPassedTests", 0)
    failed += v.get("numFailedTests", 0)
    skipped += v.get("numPendingTests", 0) + v.get("numTodoTests", 0)
    for suite in v.get("testResults", []):
        names += [f"{os.path.relpath(suite.get('name', ''))} > {t.get('fullName', '')}"
                  for t in suite.get("assertionResults", []) if t.get("status") == "failed"]
except FileNotFoundError:
    failed += 1  # the frontend tests did not run at all
    names.append("Vitest did not run")
for trx in glob.glob(os.path.join(root, "trx", "*.trx")):
    text = open(trx, encoding="utf-8").read()
    m = re.search(r"<Counters [^>]*>", text)
    if not m:
        continue
    c = dict(re.findall(r'(\w+)="(\d+)"', m.group(0)))
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
    for result in ElementTree.fromstring(text).iter():
        if result.tag.endswith("UnitTestResult") and result.get("outcome") == "Failed":
            message = next((m.text or "" for m in result.iter() if m.tag.endswith("Message")), "").strip()
            names.append(f"{result.get('testName')}: {message.splitlines()[0][:300] if message else ''}")
for name in names:
    print("failed test:", name, file=sys.stderr)
print(passed, failed, skipped)
PY
read -r passed failed skipped < "$results/totals.txt"

if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build or host crash counts as a failure
if [ "$vitest_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
