#!/usr/bin/env bash
# Installs Debian's redis-server for the rate-limit test when missing (needs root, as in CI). The
# test starts its own Redis on a free port and stops it; nothing runs as a service.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "redis-server is missing and this is not root: install it with 'sudo apt-get install redis-server'." >&2
  exit 1
fi
echo "Installing Debian's redis-server for the rate-limit test..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq redis-server >/dev/null
redis-server --version
