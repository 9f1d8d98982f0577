#!/usr/bin/env bash
# Installs what builds and tests need when it is missing. The .NET 10 SDK must be on the machine (fatal if absent).
# Chromium (Debian's package) is installed for looking at the served pages headless; no test needs it yet, so a
# failed install is a warning, not a failure. ClickHouse (Debian's 18.16 server and client) is installed for the
# ClickHouse store tests; when it cannot be, those tests skip with the reason, or fail under HSO_REQUIRE_CLICKHOUSE=1.
set -uo pipefail
if ! command -v dotnet >/dev/null; then echo "dotnet SDK not found on PATH; install the .NET 10 SDK" >&2; exit 1; fi
if [ ! -x /usr/bin/chromium ] && [ "${HSO_SKIP_CHROMIUM:-0}" != "1" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing chromium (Debian package)"
    { apt-get -o DPkg::Lock::Timeout=600 update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium fonts-dejavu-core >/dev/null; } \
      || echo "warning: chromium could not be installed; headless screenshots will not work" >&2
  else
    echo "warning: chromium missing and not root; headless screenshots will not work" >&2
  fi
fi
if [ "${HSO_SKIP_CLICKHOUSE:-0}" != "1" ]; then
  bash "$(dirname "$0")/clickhouse.sh" install || echo "warning: clickhouse-server could not be installed; the ClickHouse tests will skip (or fail under HSO_REQUIRE_CLICKHOUSE=1)" >&2
fi
exit 0
