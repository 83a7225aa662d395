#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive: a Playwright-managed one, or the
# system Chromium. On Debian as root it installs chromium and CJK fonts when missing;
# elsewhere it prints the exact command to run.
set -euo pipefail

managed=$(node -e "try { const p = require('playwright-core').chromium.executablePath(); if (require('fs').existsSync(p)) process.stdout.write(p); } catch {}" 2>/dev/null || true)
system=""
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then system="$candidate"; break; fi
done

missing_fonts=0
if command -v fc-list >/dev/null 2>&1; then
  fc-list :lang=zh 2>/dev/null | grep -q . || missing_fonts=1
elif [ -f /etc/debian_version ]; then
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing_fonts=1
fi

packages=()
[ -z "$managed" ] && [ -z "$system" ] && packages+=(chromium)
[ "$missing_fonts" = 1 ] && packages+=(fonts-noto-cjk)

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${packages[*]} with apt-get…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${packages[@]}" >/dev/null
  elif [ -z "$managed" ] && [ -z "$system" ]; then
    echo "No browser for the end-to-end tests. Install one with:" >&2
    echo "  sudo apt-get install -y chromium fonts-noto-cjk" >&2
    echo "or point CHROMIUM_PATH at a Chromium binary." >&2
    exit 1
  else
    echo "Note: Chinese fonts look missing; screenshots may show boxes. Install with: sudo apt-get install -y fonts-noto-cjk" >&2
  fi
fi
