#!/usr/bin/env bash
# Installs everything the tests need (pnpm, dependencies, Chromium, PostgreSQL), then runs lint,
# typecheck and every package's tests, and closes with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
set -e
ensure_pnpm
ensure_debian_packages /usr/bin/chromium:chromium pg_ctlcluster:postgresql
TEST_DATABASE_URL=$(postgres_url)
export TEST_DATABASE_URL
install_dependencies
set +e

export READOUTS_REPORT_DIR="$PWD/.reports"
rm -rf "$READOUTS_REPORT_DIR" && mkdir -p "$READOUTS_REPORT_DIR"

check() { # check NAME CMD...: runs a whole-repo check and records it as one test
  local name=$1; shift
  echo "==> $name"
  if "$@"; then node scripts/record-check.mjs "$name" passed; else node scripts/record-check.mjs "$name" failed; fi
}
check lint pnpm -s lint
check typecheck pnpm -s turbo run typecheck --continue --output-logs=errors-only
echo "==> tests"
pnpm -s turbo run test --concurrency=1 --continue
turbo_status=$?
node scripts/summarize-tests.mjs "$READOUTS_REPORT_DIR" || exit 1
exit $turbo_status
