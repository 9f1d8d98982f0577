#!/usr/bin/env bash
# Installs what builds and tests need when it is missing: the .NET 10 SDK is expected on the machine;
# Chromium (browser tests, screenshots) comes from Debian's packages.
set -euo pipefail
if ! command -v dotnet >/dev/null; then echo "dotnet SDK not found on PATH; install the .NET 10 SDK" >&2; exit 1; fi
if [ ! -x /usr/bin/chromium ] && [ "${HSO_SKIP_CHROMIUM:-0}" != "1" ]; then
  echo "== installing chromium (Debian package) for browser tests"
  if [ "$(id -u)" = 0 ]; then
    apt-get -o DPkg::Lock::Timeout=600 update -qq || true
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    echo "chromium missing and not root: browser tests will fail" >&2
  fi
fi
