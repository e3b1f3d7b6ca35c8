#!/usr/bin/env bash
# Shows that the editor end-to-end tests test distlint: each must FAIL when the server
# publishes nothing (silent-server.py) and when there is no server at all.
# Usage: clients/test/negative.sh [neovim] [emacs] [vscode]      (default: all three)
# Prints one line per editor and "negative: N passed, M failed" (passed = failed as it must).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CLIENTS="$(cd "$HERE/.." && pwd)"
editors=("$@"); [ ${#editors[@]} -gt 0 ] || editors=(neovim emacs vscode)
export DISTLINT_E2E_TIMEOUT=${DISTLINT_NEGATIVE_TIMEOUT:-3}
export DISTLINT_E2E_OUT="${TMPDIR:-/tmp}/distlint-e2e-negative"
stubs=("python3 $HERE/silent-server.py" "/nonexistent/distlint lsp")
passed=0; failed=0
for editor in "${editors[@]}"; do
  ok=1
  for stub in "${stubs[@]}"; do
    # the VS Code run takes longer: the silent server alone shows the point there
    [ "$editor" = vscode ] && [ "$stub" != "${stubs[0]}" ] && continue
    if DISTLINT_SERVER_CMD="$stub" "$CLIENTS/$editor/test/run.sh" > "$DISTLINT_E2E_OUT.$editor.log" 2>&1; then
      echo "negative $editor: FAIL the test passed with the server '$stub'"; ok=0
    elif ! grep -q "$editor: FAIL" "$DISTLINT_E2E_OUT.$editor.log"; then
      echo "negative $editor: FAIL the test did not say what was missing with '$stub'"
      cat "$DISTLINT_E2E_OUT.$editor.log"; ok=0
    fi
  done
  if [ $ok = 1 ]; then
    echo "negative $editor: ok (fails without distlint)"; passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done
echo "negative: $passed passed, $failed failed"
[ $failed = 0 ]
