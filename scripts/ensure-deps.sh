#!/usr/bin/env bash
# Installs what builds and tests need when it is missing. The .NET 10 SDK must be on the machine (fatal if absent).
# Node.js and npm build the dashboard's front-end (the Web project runs npm ci and esbuild): required.
# Chromium (Debian's package) runs the browser tests and prints reports to PDF. Missing Chromium is a failure when
# HSO_REQUIRE_BROWSER=1 or CI=true (the browser tests would fail), a warning elsewhere (they skip, visibly).
set -uo pipefail
if ! command -v dotnet >/dev/null; then echo "dotnet SDK not found on PATH; install the .NET 10 SDK" >&2; exit 1; fi
apt_install() {
  [ "$(id -u)" = 0 ] || return 1
  { apt-get -o DPkg::Lock::Timeout=600 update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null; }
}
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "== installing nodejs and npm (Debian packages)"
  apt_install nodejs npm || { echo "node/npm missing and could not be installed: the Web project's front-end cannot be built" >&2; exit 1; }
fi
require_browser=0
if [ "${HSO_REQUIRE_BROWSER:-0}" = "1" ] || [ "${CI:-}" = "true" ]; then require_browser=1; fi
if [ ! -x /usr/bin/chromium ] && [ "${HSO_SKIP_CHROMIUM:-0}" != "1" ]; then
  echo "== installing chromium (Debian package)"
  if ! apt_install chromium fonts-dejavu-core; then
    if [ $require_browser = 1 ]; then echo "chromium could not be installed and browser tests are required (CI / HSO_REQUIRE_BROWSER=1)" >&2; exit 1; fi
    echo "warning: chromium could not be installed; browser tests will skip and PDF reports will not work" >&2
  fi
fi
exit 0
