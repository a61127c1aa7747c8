#!/usr/bin/env bash
# Installs Debian's poppler-utils (pdftotext, pdftoppm) for the report tests when missing (needs root, as in CI).
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "pdftotext is missing and this is not root: install it with 'sudo apt-get install poppler-utils'." >&2
  exit 1
fi
echo "Installing Debian's poppler-utils for the report tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq poppler-utils >/dev/null
pdftotext -v 2>&1 | head -1
