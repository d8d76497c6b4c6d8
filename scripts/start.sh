#!/usr/bin/env bash
# Installs what the product needs (pnpm, dependencies) and runs it: for now, the extractor CLI on a
# sample MOFA page.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_pnpm
install_dependencies
echo "==> extracting examples/la_c-m_ca_c-mx-page4e_000895.html"
pnpm -s readouts extract examples/la_c-m_ca_c-mx-page4e_000895.html
