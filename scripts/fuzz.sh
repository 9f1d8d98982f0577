#!/usr/bin/env bash
# Long fuzz run (issue 10): every reader and side file gets HSO_FUZZ_MUTATIONS seeded mutants (default 10,000 each).
# Usage: scripts/fuzz.sh [mutations] [seed-offset]   (also: ./test.sh fuzz [mutations] [seed-offset])
set -euo pipefail
cd "$(dirname "$0")/.."
export HSO_FUZZ_MUTATIONS="${1:-10000}" HSO_FUZZ_SEED="${2:-0}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/HumanSecurity.Formats.Tests -c Release -v quiet -nologo -clp:ErrorsOnly
echo "== fuzz: $HSO_FUZZ_MUTATIONS mutants per target, seed offset $HSO_FUZZ_SEED"
dotnet artifacts/bin/HumanSecurity.Formats.Tests/release/HumanSecurity.Formats.Tests.dll -noColor -namespace HumanSecurity.Formats.Tests.Fuzz
