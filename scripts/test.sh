#!/usr/bin/env bash
# Runs every test of Sky High Booker: frontend unit tests (Vitest) and the .NET tests (unit, functional over a real
# PostgreSQL, fault injection, end-to-end through the AppHost). Installs what a fresh machine lacks.
# Ends with the slowest tests, then one line of totals: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."
results=$(mktemp -d)
# This machine's environment turns the C# compiler server off (UseSharedCompilation=false), so every project's compile
# starts a compiler of its own and JIT-compiles it again: the solution built in 72 s that way, in 41 s with the server.
# Exported, so the builds the tests run themselves (the Lambda package's publish) use it too.
export UseSharedCompilation=true
trap 'rm -rf "$results"' EXIT

bash scripts/install-prerequisites.sh || exit 1

# The npm installs go side by side, before the build: the Web's build needs its packages (and would run the
# same `npm ci` under Vitest's feet if they were stale: same rule as SkyHighBooker.Web.csproj), the tests the
# emulators' and the policy check's (cfn-guard; its test installs it itself when run alone).
echo "== npm packages (web, emulators, policy check) at ${SECONDS} s"
npm_ci_if_stale() {
  (cd "$1" && if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.package-lock.json; fi)
}
web=SkyHighBooker.Web/ClientApp
npm_ci_if_stale "$web" &
web_packages=$!
bash scripts/install-emulators.sh &
emulator_packages=$!
npm_ci_if_stale SkyHighBooker.Infrastructure/policy &
policy_packages=$!
wait "$web_packages"
web_packages_status=$?
wait "$emulator_packages" "$policy_packages"  # should one have failed, its tests try again and say why

# Built as Visual Studio builds to run tests (IsImplicitlyTriggeredBuild): code analyzers and nullable analysis, which
# only warn, are left to the ordinary build; source generators still run. It took a third off a test project's compile.
echo "== .NET build at ${SECONDS} s"
dotnet build SkyHighBooker.sln -nologo -v q -clp:NoSummary -p:IsImplicitlyTriggeredBuild=true 2>&1 | grep -vE '^\s*$'
build_status=${PIPESTATUS[0]}

# Vitest needs one core for about 30 s on this 2-core machine (one jsdom per worker, vite.config.ts): it runs beside
# the .NET tests, which wait on processes, databases and browsers much of the time (beside the build, which keeps both
# cores busy, it only slowed both down). Its output is shown once the .NET tests are done.
echo "== frontend unit tests (Vitest), in the background, at ${SECONDS} s"
(cd "$web" && [ "$web_packages_status" -eq 0 ] \
  && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json") > "$results/vitest.log" 2>&1 &
vitest=$!

# Test projects run two at a time (one test host each), the longest first so that the short ones fill in at the
# end; one after another, as `dotnet test SkyHighBooker.sln` runs them, they took over 5 minutes.
# The tests start dozens of .NET processes and hosts (test hosts, Apis, Workers, the Stripe stand-in, smtp4dev) that
# spend much of their CPU compiling. Tiered compilation compiles each busy method twice (quickly, then optimised once it
# has run 30 times); compiled once, optimised, the Api tests took 152-164 core-seconds instead of 161-202 (alternated
# runs). Only for the tests: the system itself runs with the runtime's defaults.
export DOTNET_TieredCompilation=0
echo "== .NET tests at ${SECONDS} s"
dlls=()
for dir in tests/SkyHighBooker.{EndToEnd,Api,FaultInjection,Worker}.Tests tests/*; do
  name=$(basename "$dir")
  dll="$dir/bin/Debug/net10.0/$name.dll"
  grep -qs '<IsTestProject>true' "$dir/$name.csproj" && [[ ! " ${dlls[*]} " == *" $dll "* ]] && dlls+=("$dll")
done
dotnet_status=$build_status
if [ "$build_status" -eq 0 ]; then
  dotnet test "${dlls[@]}" --logger "trx" --results-directory "$results/trx" --logger "console;verbosity=normal" \
    -- RunConfiguration.MaxCpuCount=2 2>&1 | grep -vE '^\s*$'
  dotnet_status=${PIPESTATUS[0]}
fi

wait "$vitest"
vitest_status=$?
echo "== frontend unit tests (Vitest), done by ${SECONDS} s"
cat "$results/vitest.log"

# The slowest tests, then the names of failed tests, then the totals on the last line, where a CI log's tail shows them.
python3 - "$results" > "$results/totals.txt" <<'PY'
import json, glob, sys, re, os
from datetime import datetime
from xml.etree import ElementTree
root = sys.argv[1]
passed = failed = skipped = 0
names = []
durations = []
spans = {}
try:
    v = json.load(open(os.path.join(root, "vitest.json")))
    passed += v.get("numPassedTests", 0)
    failed += v.get("numFailedTests", 0)
    skipped += v.get("numPendingTests", 0) + v.get("numTodoTests", 0)
    for suite in v.get("testResults", []):
        suite_name = os.path.relpath(suite.get('name', ''))
        for t in suite.get("assertionResults", []):
            durations.append(((t.get("duration") or 0) / 1000, f"{suite_name} > {t.get('fullName', '')}"))
            if t.get("status") == "failed":
                names.append(f"{suite_name} > {t.get('fullName', '')}")
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
    run = ElementTree.fromstring(text)
    storage = {t.get("id"): os.path.basename(t.get("storage") or "") for t in run.iter() if t.tag.endswith("}UnitTest")}
    for result in run.iter():
        if not result.tag.endswith("UnitTestResult"):
            continue
        if result.get("startTime") and result.get("endTime"):
            span = spans.setdefault(storage.get(result.get("testId"), "?"), [result.get("startTime"), result.get("endTime")])
            span[0], span[1] = min(span[0], result.get("startTime")), max(span[1], result.get("endTime"))
        h, mi, s = (result.get("duration") or "0:0:0").split(":")
        durations.append((int(h) * 3600 + int(mi) * 60 + float(s), result.get("testName")))
        if result.get("outcome") == "Failed":
            message = next((m.text or "" for m in result.iter() if m.tag.endswith("Message")), "").strip()
            names.append(f"{result.get('testName')}: {message.splitlines()[0][:300] if message else ''}")
with open(os.path.join(root, "slowest.txt"), "w") as slowest:
    print(".NET test projects, from their first test's start to their last test's end (seconds after the first):", file=slowest)
    spans = {name: [datetime.fromisoformat(t) for t in span] for name, span in spans.items()}
    first = min((start for start, _ in spans.values()), default=None)
    for name, (start, end) in sorted(spans.items(), key=lambda p: p[1][0]):
        print(f"  {(start - first).total_seconds():5.0f} → {(end - first).total_seconds():5.0f} s  {name}", file=slowest)
    print("slowest 10 tests:", file=slowest)
    for seconds, name in sorted(durations, key=lambda d: -d[0])[:10]:
        print(f"  {seconds:6.1f} s  {name}", file=slowest)
with open(os.path.join(root, "failed.txt"), "w") as failures:
    for name in names:
        print("failed test:", name, file=failures)
print(passed, failed, skipped)
PY
read -r passed failed skipped < "$results/totals.txt"
echo "== done at ${SECONDS} s"
cat "$results/slowest.txt"
cat "$results/failed.txt" >&2

if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build or host crash counts as a failure
if [ "$vitest_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
