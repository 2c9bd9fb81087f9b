#!/usr/bin/env bash
# `npm test`: the whole gate, the same locally and in CI — types, lint, Electron security scan,
# build, unit + integration tests (vitest) and browser e2e tests (Playwright + system Chromium).
# Everything runs inside a private D-Bus session with a fresh unlocked keyring, so the keychain
# tests are real and never touch your own keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${WORKLOG_DESK_IN_TEST_KEYRING:-}" != "1" ]; then exec bash scripts/with-keyring.sh bash "$0" "$@"; fi

mkdir -p reports
step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

step "typecheck"; npm run --silent typecheck
step "lint"; npm run --silent lint
step "electron security scan"; npm run --silent security
step "build"; npm run --silent build

status=0
step "unit + integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=$?
step "e2e tests (Playwright, Chromium)"
npx playwright test || status=$?

node scripts/test-summary.mjs reports/vitest.json reports/playwright.json || status=$?
exit $status
