#!/usr/bin/env bash
# Runs the dashboard on the bundled records: Node 24 on PATH, dependencies installed once,
# then the dev server (pass `--build` for the prerendered site as a static host would serve it).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
if [ "${1:-}" = "--build" ]; then
	npm run build
	exec npx vite preview --host 127.0.0.1
fi
exec npm run dev -- --host 127.0.0.1
