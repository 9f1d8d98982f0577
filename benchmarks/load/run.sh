#!/usr/bin/env bash
# Load benchmark of the web server (issue 10 "Load", issue 13 "Benchmark"). Builds hso (Release), builds the demo store
# in a temporary directory (`hso demo --no-serve`), serves it with `hso serve` on a free loopback port, runs wrk against
# every read endpoint in turn, samples the server's resident memory once a second, and writes a markdown report with
# the machine, load average, versions and, per endpoint, requests/s, latency percentiles, errors and RSS.
#
# Usage: benchmarks/load/run.sh [--duration SECONDS (60)] [--warmup SECONDS (5)] [--connections N (32)] [--threads N (2)]
#                               [--out FILE (artifacts/benchmarks/load.md)] [--endpoint PATH]...
# Each endpoint gets an unmeasured warm-up run first (JIT, the first computation of a cached response, GC heap sizing);
# the RSS "before" is taken after it, "after" at the end of the measured run.
# --endpoint adds a path (e.g. an area-profile endpoint) to the built-in list; "RUN" in a path is replaced by the demo's
# index run id. Targets (issue 10): >= 2,000 requests/s on every read endpoint, p99 < 50 ms, 0 errors, RSS flat (+-10 %).
# wrk comes from Debian: installed with apt when missing (root only).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
duration=60 warmup=5 connections=32 threads=2 out="$root/artifacts/benchmarks/load.md"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --endpoint) extra+=("$2"); shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" != 0 ]; then echo "wrk is missing and this is not root: apt-get install wrk" >&2; exit 1; fi
  echo "== installing wrk (Debian package)"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null
fi

echo "== build (Release)"
dotnet build src/HumanSecurity.Cli -c Release -v quiet -nologo -clp:ErrorsOnly
hso=(dotnet "$root/artifacts/bin/HumanSecurity.Cli/release/hso.dll")

tmp=$(mktemp -d)
server=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "== demo store in $tmp"
"${hso[@]}" demo --no-serve --db "$tmp/demo.duckdb" --data "$tmp/data" > "$tmp/demo.log"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${hso[@]}" serve --db "$tmp/demo.duckdb" --port "$port" > "$tmp/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 120); do
  curl -sf "$base/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$tmp/serve.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$base/health" >/dev/null || { echo "the server did not answer /health" >&2; cat "$tmp/serve.log" >&2; exit 1; }

run=$(curl -sf "$base/api/runs?kind=index" | python3 -c 'import json, sys; print(json.load(sys.stdin)["runs"][-1]["id"])')
scores=$(curl -sf "$base/api/runs/$run?limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
endpoints=(
  "/" "/health" "/api/areas" "/api/areas?kind=admin2&format=csv" "/api/indicators" "/api/datasets" "/api/programmes" "/api/runs"
  "/api/runs/$run?limit=100" "/api/runs/$run?limit=100&offset=$((scores / 2))" "/api/runs/$run?node=HSI&level=admin2"
  "/api/observations" "/api/observations?indicator=POV_HC&limit=100" "/api/reference"
  "/api/map" "/api/geometry?level=admin2&simplify=0.01" "/api/areas/XA01/profile" "/areas/XA01" "/compare?areas=XA01,XB01"
)
for e in "${extra[@]}"; do endpoints+=("${e//RUN/$run}"); done

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server/status"; }
( while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(rss_kb)"; sleep 1; done ) > "$tmp/rss.log" &
sampler=$!

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows="$tmp/rows.tsv"
: > "$rows"
for path in "${endpoints[@]}"; do
  url="$base$path"
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  if [ "$status" != 200 ]; then echo "$path answers $status, not 200" >&2; exit 1; fi
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" > /dev/null 2>&1 || true
  before=$(rss_kb)
  echo "== wrk $path (${duration}s after ${warmup}s of warm-up, $connections connections)"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url" > "$tmp/wrk.txt" 2>&1 || true
  after=$(rss_kb)
  python3 - "$path" "$before" "$after" "$tmp/wrk.txt" >> "$rows" <<'PY'
import re, sys
path, before, after, report = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), open(sys.argv[4]).read()
def ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = re.search(r"Requests/sec:\s+([\d.]+)", report)
p50 = re.search(r"^\s+50%\s+(\S+)", report, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", report, re.M)
total = re.search(r"(\d+) requests in", report)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report)
if not (rps and p50 and p99 and total):
    sys.exit(f"cannot read wrk's report for {path}:\n{report}")
errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sockets.groups())) if sockets else 0)
print("\t".join([path, rps.group(1), f"{ms(p50.group(1)):.2f}", f"{ms(p99.group(1)):.2f}", total.group(1), str(errors), str(before), str(after)]))
PY
  tail -1 "$rows" | cut -f2-6 | tr '\t' ' ' | sed 's/^/   req\/s p50 p99 requests errors: /'
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
kill "$sampler" 2>/dev/null || true
sampler=""

mkdir -p "$(dirname "$out")"
python3 - "$rows" "$tmp/rss.log" "$out" <<PY
import sys, platform, subprocess, datetime
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
rss = [int(l.split()[1]) for l in open(sys.argv[2]) if len(l.split()) == 2]
def run(*cmd):
    try: return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
    except OSError: return "?"
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
wrk = (run("wrk", "-v").splitlines() or ["wrk ?"])[0]
commit = run("git", "-C", "$root", "rev-parse", "--short", "HEAD") + (" (modified)" if run("git", "-C", "$root", "status", "--porcelain") else "")
first, last = int(rows[0][6]), int(rows[-1][7])
lo, hi = min(rss), max(rss)
lines = [
    "# Web server under load",
    "",
    f"Generated by \`benchmarks/load/run.sh --duration $duration --warmup $warmup --connections $connections --threads $threads\` on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC.",
    "",
    f"- Machine: {run('nproc')} cores ({cpu}), {int(mem) // 1024} MB RAM, {platform.platform()}; wrk and the server share the cores",
    f"- Load average before: $load_before; after: $load_after",
    f"- .NET SDK {run('dotnet', '--version')}; {wrk}; hso at {commit}",
    f"- Store: the demo store (\`hso demo --no-serve\`), served by \`hso serve\` on loopback; wrk -t$threads -c$connections -d${duration}s --latency, one endpoint after another, each after ${warmup}s of unmeasured warm-up (RSS before = after the warm-up); index run $run with $scores score rows",
    "- Targets (issue 10): >= 2,000 requests/s on every read endpoint, p99 < 50 ms, 0 errors, RSS flat (+-10 %)",
    "",
    "| endpoint | requests/s | p50 ms | p99 ms | requests | errors | RSS before -> after (MB) | RSS change | targets |",
    "|---|---|---|---|---|---|---|---|---|",
]
for path, rps, p50, p99, total, errors, before, after in rows:
    drift = (int(after) - int(before)) / int(before) * 100
    ok = float(rps) >= 2000 and float(p99) < 50 and int(errors) == 0 and abs(drift) <= 10
    lines.append(f"| \`{path}\` | {float(rps):,.0f} | {p50} | {p99} | {int(total):,} | {errors} | {int(before) / 1024:.0f} -> {int(after) / 1024:.0f} | {drift:+.1f} % | {'met' if ok else 'not met'} |")
change = (last - first) / first * 100
lines += ["", f"RSS over the whole run: {first / 1024:.0f} MB at the start of the first endpoint, {last / 1024:.0f} MB at the end of the last "
          f"({change:+.1f} %; target +-10 %: {'met' if abs(change) <= 10 else 'not met'}); sampled once a second: min {lo / 1024:.0f} MB, max {hi / 1024:.0f} MB."]
open(sys.argv[3], "w").write("\n".join(lines) + "\n")
PY
echo "== report: $out"
cat "$out"
