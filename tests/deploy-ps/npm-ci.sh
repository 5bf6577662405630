#!/usr/bin/env bash
# Installs the parse check's npm packages (tree-sitter + tree-sitter-powershell) from the
# committed package-lock.json with `npm ci`, into the build folder given as $1. Skips the
# install when that exact lock file was installed there before (tree-sitter compiles a native
# module, which takes a minute or two on two cores).
set -euo pipefail
dir=$1
stamp=$dir/node_modules/.adphoto-lock.sha256
want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d "$dir/node_modules/tree-sitter-powershell" ]; then
  echo "npm-ci: packages of this package-lock.json already installed in $dir"
  exit 0
fi
cd "$dir"
npm ci --no-audit --no-fund
node -e 'import("tree-sitter").then(() => import("tree-sitter-powershell/bindings/node/index.js"))'
echo "$want" > "$stamp"
echo "npm-ci: installed"
