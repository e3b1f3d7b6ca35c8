#!/usr/bin/env bash
# The editor end-to-end tests, from a fresh Debian 12 machine to a verdict:
#   1. installs what they need (clients/test/setup.sh: apt and npm, skipped when present);
#   2. builds the VS Code extension (.vsix, with the server jar inside);
#   3. runs the Neovim, Emacs and VS Code tests against the built server, and checks that each
#      fails against a server that publishes nothing (negative.sh; DISTLINT_E2E_NEGATIVE=0
#      skips that);
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

t=$(now)
if ! "$CLIENTS/test/setup.sh"; then
  echo "clients: FAIL setup"; failed=${#editors[@]}; finish
fi
echo "clients: setup $(since "$t")"
if [ ! -f "$ROOT/server/target/distlint.jar" ] && [ -z "${DISTLINT_SERVER_CMD:-}" ]; then
  echo "clients: FAIL no server/target/distlint.jar (build it: mvn -B -q package -DskipTests)"
  failed=${#editors[@]}; finish
fi

t=$(now)
vsix_ok=1
if ! "$CLIENTS/vscode/scripts/build-vsix.sh" > "${TMPDIR:-/tmp}/distlint-vsix.log" 2>&1; then
  cat "${TMPDIR:-/tmp}/distlint-vsix.log"; echo "vscode: FAIL building the .vsix"; vsix_ok=0
fi
echo "clients: vsix $(since "$t")"

for editor in "${editors[@]}"; do
  t=$(now)
  ok=0
  if [ "$editor" = vscode ] && [ $vsix_ok = 0 ]; then
    :
  elif "$CLIENTS/$editor/test/run.sh"; then
    ok=1
    if [ "$NEGATIVE" != 0 ]; then
      "$CLIENTS/test/negative.sh" "$editor" | grep -v '^negative:' || ok=0
      [ "${PIPESTATUS[0]}" = 0 ] || ok=0
    fi
  fi
  echo "clients: $editor $( [ $ok = 1 ] && echo passed || echo FAILED ) in $(since "$t")"
  if [ $ok = 1 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
finish
