#!/usr/bin/env bash
# Long crash run (issue 10): HSO_CRASH_RUNS seeded SIGKILLs (default 200) of hso during import, index and poverty runs,
# each followed by a check that the store holds exactly the committed datasets and runs.
# Usage: scripts/crash.sh [kills-per-operation]   (also: ./test.sh crash [kills-per-operation])
set -euo pipefail
cd "$(dirname "$0")/.."
export HSO_CRASH_RUNS="${1:-200}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/HumanSecurity.Cli -c Release -v quiet -nologo -clp:ErrorsOnly
dotnet build tests/HumanSecurity.Cli.Tests -c Release -v quiet -nologo -clp:ErrorsOnly
echo "== crash: $HSO_CRASH_RUNS kills per operation"
dotnet artifacts/bin/HumanSecurity.Cli.Tests/release/HumanSecurity.Cli.Tests.dll -noColor -class HumanSecurity.Cli.Tests.CrashHarnessTests
