#!/usr/bin/env bash
# Builds the site on the frozen seed records (tests/fixtures/seed-data) for the desktop and
# phone browser tests, whose assertions are written against those five nights.
# Usage: bash scripts/build-seed.sh [out-dir]   (default build-seed/)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build-seed}"
SALVO_DATA=tests/fixtures/seed-data SALVO_OUT="$out" npx vite build >&2
echo "$out"
