#!/usr/bin/env bash
# Builds the site on the Air Force reference table imported into a temporary data folder
# (never into data/), for the browser tests and benchmarks that need years of real nights.
# Usage: bash scripts/build-imported.sh [out-dir]   (default build-imported/)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build-imported}"
table="${SALVO_AF_TABLE:-../shared/data/ua-air-force/missile_attacks_daily.csv}"
models="${SALVO_AF_MODELS:-../shared/data/ua-air-force/missiles_and_uavs.csv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r data "$work/data"
node scripts/import.ts --format ua-air-force-daily "$table" --models "$models" --into "$work/data" >&2
SALVO_DATA="$work/data" SALVO_OUT="$out" npx vite build >&2
echo "$out"
