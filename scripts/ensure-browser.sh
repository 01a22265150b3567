#!/usr/bin/env bash
# Makes sure the e2e suite has a Chromium to drive. Playwright never downloads one here: it uses
# PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium (installed when we are root).
set -euo pipefail
exe="${PLAYWRIGHT_CHROMIUM_EXECUTABLE-/usr/bin/chromium}"
if [ -z "$exe" ] || [ -x "$exe" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the e2e tests..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "No Chromium at $exe. Install it (sudo apt-get install chromium), or set" >&2
echo "PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary, or to '' to use Playwright's own browser." >&2
exit 1
