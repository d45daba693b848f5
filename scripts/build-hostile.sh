#!/usr/bin/env bash
# Builds the site on the seed records (tests/fixtures/seed-data) plus the hostile records of tests/fixtures/hostile (markup, script
# and javascript: URLs in names, quotes and titles), into a temporary data folder, never into
# data/: the browser test checks that all of it renders as text and none of it runs.
# Usage: bash scripts/build-hostile.sh [out-dir]   (default build-hostile/)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build-hostile}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r tests/fixtures/seed-data "$work/data"
# the loader reads sources/, articles/ and places/ folders beside the list files
cp -r tests/fixtures/hostile/sources tests/fixtures/hostile/articles tests/fixtures/hostile/places "$work/data/"
cp tests/fixtures/hostile/attacks/2026/*.yaml "$work/data/attacks/2026/"
node scripts/check-data.ts "$work/data" >&2
SALVO_DATA="$work/data" SALVO_OUT="$out" npx vite build >&2
echo "$out"
