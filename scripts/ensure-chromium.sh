#!/usr/bin/env bash
# The HTML report is tested in real headless Chromium: Debian's package, installed here if missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is needed for the HTML report tests: run 'sudo apt-get install -y chromium' once." >&2
  exit 1
fi
echo "== installing Debian's chromium for the HTML report tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium >/dev/null
