#!/usr/bin/env bash
# Every test: unit tests (Vitest), then end-to-end tests (Playwright) against the built app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browser.sh
npx vitest run
npx playwright test
