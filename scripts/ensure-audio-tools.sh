#!/usr/bin/env bash
# Installs Debian's espeak-ng and sox when missing (needs root, as in CI): the cry listener's
# training makes its extra negatives (speech, noise, tones) with them, and the listening e2e test
# makes its speech clip with espeak-ng.
set -euo pipefail
if command -v espeak-ng >/dev/null 2>&1 && command -v sox >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "espeak-ng or sox is missing and this is not root: install them with 'sudo apt-get install espeak-ng sox'." >&2
  exit 1
fi
echo "Installing Debian's espeak-ng and sox for the cry listener..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq espeak-ng sox >/dev/null
espeak-ng --version | head -1
sox --version
