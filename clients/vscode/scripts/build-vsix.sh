#!/usr/bin/env bash
# Builds the VS Code extension, offline once node_modules is installed:
#   type check (tsc, strict) -> unit tests -> esbuild bundle -> server jar, launcher and vm.args
#   grammar (grammars/) copied in -> vsce package (no dependencies: the bundle holds them).
# Needs the built server (mvn -B -q package -DskipTests at the repository root).
# Usage: clients/vscode/scripts/build-vsix.sh [OUTPUT.vsix]    (or: npm run package)
set -euo pipefail
EXT="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(cd "$EXT/../.." && pwd)"
JAR=${DISTLINT_JAR:-$ROOT/server/target/distlint.jar}
cd "$EXT"
VERSION=$(node -p "require('./package.json').version")
OUTPUT=${1:-$EXT/dist/distlint-$VERSION.vsix}

[ -f "$JAR" ] || { echo "build-vsix: no server jar at $JAR (build it: mvn -B -q package -DskipTests)" >&2; exit 1; }
if [ ! -x node_modules/.bin/vsce ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
mkdir -p dist
npx --no-install tsc -p . --noEmit
npm test --silent > dist/unit-tests.log 2>&1 || { cat dist/unit-tests.log; exit 1; }
npx --no-install esbuild src/extension.ts --bundle --platform=node --format=cjs --target=node18 \
  --external:vscode --outfile=dist/extension.js --log-level=warning

mkdir -p server
cp "$JAR" server/distlint.jar
# the launcher finds the JVM flags and start-up cache for the user's Java (run with bash)
cp "$ROOT/bin/distlint" server/distlint
# the vm.args grammar lives with the other dialect descriptions, in grammars/; the scope name
# is the one package.json declares
node -e '
  const fs = require("fs");
  const g = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  if (g.scopeName !== "source.vmargs") throw new Error("grammar scope " + g.scopeName + ", not source.vmargs");
  fs.copyFileSync(process.argv[1], "syntaxes/vmargs.tmLanguage.json");
' "$ROOT/grammars/vmargs.tmLanguage.json"

mkdir -p "$(dirname "$OUTPUT")"
npx --no-install vsce package --no-dependencies --skip-license --allow-missing-repository \
  --out "$OUTPUT" > /dev/null
echo "$OUTPUT"
