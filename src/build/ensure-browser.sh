#!/usr/bin/env bash
# Makes sure Debian's chromium and chromium-driver are installed for the browser tests.
# Run by the build (webapp module, pre-integration-test) before the tests; it never downloads a browser build
# of its own. Installing needs root (as on CI and the project's machines); otherwise it says what to run.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi

echo "Browser tests need Debian's chromium and chromium-driver; installing them..."
if [ "$(id -u)" -ne 0 ]; then
  echo "Not root: please run 'sudo apt-get install -y chromium chromium-driver' once, then run the tests again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
chromium --version
