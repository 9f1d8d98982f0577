#!/usr/bin/env bash
# Runs every test of the Human Security Observatory and prints "N passed, N failed" as its last line.
# Installs what the tests need when it is missing (node/npm for the front-end, Chromium for the browser tests,
# ClickHouse for the ClickHouse store tests, whose two servers it starts once per run and stops at the end).
# Usage: ./test.sh [filter-words...]
# Long runs on demand: ./test.sh fuzz [mutations] (scripts/fuzz.sh), ./test.sh crash [kills] (scripts/crash.sh).
set -uo pipefail
cd "$(dirname "$0")"
case "${1:-}" in
  fuzz) shift; exec bash scripts/fuzz.sh "$@" ;;
  crash) shift; exec bash scripts/crash.sh "$@" ;;
esac
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash scripts/ensure-deps.sh || { echo "dependency installation failed"; echo "0 passed, 1 failed"; exit 1; }

config=Release
echo "== build ($config)"
if ! dotnet build HumanSecurity.slnx -c $config -v quiet -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# Two ClickHouse servers (two shards on loopback, own folders under a temporary folder, free ports) shared by every
# test of the run; stopped by PID when this script ends, whatever the outcome.
clickhouse_dir=$(mktemp -d "${TMPDIR:-/tmp}/hso-clickhouse-XXXXXX")
trap 'bash "$root/scripts/clickhouse.sh" stop "$clickhouse_dir"; rm -rf "$clickhouse_dir"' EXIT
if [ "${HSO_SKIP_CLICKHOUSE:-0}" = "1" ]; then
  export HSO_CLICKHOUSE_UNAVAILABLE="HSO_SKIP_CLICKHOUSE=1"
elif out=$(bash scripts/clickhouse.sh start "$clickhouse_dir" 2>&1); then
  set -a; . "$clickhouse_dir/env"; set +a
  echo "== clickhouse: shards at $HSO_CLICKHOUSE_NODES"
else
  export HSO_CLICKHOUSE_UNAVAILABLE="the servers did not start: $(echo "$out" | tail -3 | tr '\n' ' ')"
  echo "warning: ClickHouse $HSO_CLICKHOUSE_UNAVAILABLE"
fi

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0
for dll in artifacts/bin/HumanSecurity.*.Tests/${config,,}/HumanSecurity.*.Tests.dll; do
  name=$(basename "$dll" .dll)
  echo "== $name"
  dotnet "$dll" -noColor -noLogo -xml "$results/$name.xml" "$@" > "$results/$name.log" 2>&1
  rc=$?
  grep -E "^\s+\[(FAIL|SKIP)\]|Total:|Skipped .*:|^\s+(Assert|Expected|Actual|Reason)" "$results/$name.log" | head -200
  if [ $rc -ne 0 ]; then status=1; grep -B2 -A25 "\[FAIL\]" "$results/$name.log" | head -150; fi
  if [ ! -s "$results/$name.xml" ]; then echo "$name produced no results (exit $rc)"; tail -40 "$results/$name.log"; status=1; fi
done

python3 - "$results" "$status" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.xml"):
    try:
        for a in ET.parse(f).getroot().iter("assembly"):
            t = int(a.get("total", 0)); fl = int(a.get("failed", 0)) + int(a.get("errors", 0)); s = int(a.get("skipped", 0)) + int(a.get("not-run", 0) or 0)
            failed += fl; skipped += s; passed += t - int(a.get("failed", 0)) - s
    except Exception as e:
        print(f"unreadable result file {f}: {e}"); failed += 1
if sys.argv[2] != "0" and failed == 0:
    print("a test assembly exited non-zero without a recorded failure (crash or runner error): counted as 1 failure")
    failed = 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
exit $?
