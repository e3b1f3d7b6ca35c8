#!/usr/bin/env bash
# The editor end-to-end tests, from a fresh Debian 12 machine to a verdict:
#   1. installs the apt packages (clients/test/setup.sh apt; skipped when present), then node 24
#      and code-server from npm in the background (setup.sh npm);
#   2. checks that each client's own logic stays under 150 lines (logic-lines.sh), runs the
#      Neovim and Emacs tests against the built server, builds the VS Code extension (.vsix,
#      with the server jar inside), then runs the VS Code test;
#   3. checks that each test fails against a server that publishes nothing (negative.sh;
#      DISTLINT_E2E_NEGATIVE=0 skips that);
#   4. prints "clients: N passed, M failed" and exits non-zero on any failure.
# Run from anywhere after the server is built (mvn -B -q package -DskipTests).
set -uo pipefail
exec < /dev/null
CLIENTS="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(cd "$CLIENTS/.." && pwd)"
cd "$ROOT"
NEGATIVE=${DISTLINT_E2E_NEGATIVE:-1}
editors=(neovim emacs vscode)
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
start=$(now)
passed=0; failed=0

finish() {
  echo "clients: total $(since "$start")"
  echo "clients: $passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/distlint-run-all.XXXXXX")

t=$(now)
if ! "$CLIENTS/test/setup.sh" apt; then
  echo "clients: FAIL setup (apt)"; failed=${#editors[@]}; finish
fi
echo "clients: apt packages $(since "$t")"
if [ ! -f "$ROOT/server/target/distlint.jar" ] && [ -z "${DISTLINT_SERVER_CMD:-}" ]; then
  echo "clients: FAIL no server/target/distlint.jar (build it: mvn -B -q package -DskipTests)"
  failed=${#editors[@]}; finish
fi

# code-server (minutes: native modules) installs while the other tests run
npm_start=$(now)
( "$CLIENTS/test/setup.sh" npm > "$TMP/setup-npm.log" 2>&1; echo $? > "$TMP/setup-npm.rc"; since "$npm_start" > "$TMP/setup-npm.time" ) &
npm_pid=$!

run_editor() {
  local editor=$1 t ok=0
  t=$(now)
  # a thin client first: its own logic under 150 lines (logic-lines.sh)
  if "$CLIENTS/test/logic-lines.sh" "$editor" && "$CLIENTS/$editor/test/run.sh"; then
    ok=1
    if [ "$NEGATIVE" != 0 ]; then
      "$CLIENTS/test/negative.sh" "$editor" | grep -v '^negative:'
      [ "${PIPESTATUS[0]}" = 0 ] || ok=0
    fi
  fi
  echo "clients: $editor $( [ $ok = 1 ] && echo passed || echo FAILED ) in $(since "$t")"
  if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

run_editor neovim
run_editor emacs

t=$(now)
if "$CLIENTS/vscode/scripts/build-vsix.sh" > "$TMP/vsix.log" 2>&1; then
  echo "clients: .vsix built in $(since "$t")"
  wait "$npm_pid"
  echo "clients: node 24 and code-server installed in $(cat "$TMP/setup-npm.time") (in the background)"
  if [ "$(cat "$TMP/setup-npm.rc")" = 0 ]; then
    run_editor vscode
  else
    cat "$TMP/setup-npm.log"; echo "vscode: FAIL setup (npm)"; failed=$((failed + 1))
  fi
else
  cat "$TMP/vsix.log"; echo "vscode: FAIL building the .vsix"; failed=$((failed + 1))
  wait "$npm_pid"
fi
rm -rf "$TMP"
finish
