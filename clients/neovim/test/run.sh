#!/usr/bin/env bash
# End-to-end test of the Neovim client against the server: headless Neovim, the plugin from
# this repository, the files of clients/test/cases.json. Exit 0 when distlint's diagnostics,
# hover and completion all arrive. Also lints the Lua sources with luacheck when present.
# Environment: DISTLINT_SERVER_CMD (default: the built server), DISTLINT_E2E_TIMEOUT (s).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../../test/lib.sh"
OUT=$(e2e_outdir neovim)

if command -v luacheck >/dev/null; then
  (cd "$HERE/.." && luacheck -q --no-color . > "$OUT/luacheck.log" 2>&1) \
    || { cat "$OUT/luacheck.log"; echo "neovim: FAIL luacheck"; exit 1; }
fi
e2e_plan > "$OUT/plan.json" || exit 1
DISTLINT_E2E_PLAN="$OUT/plan.json" DISTLINT_E2E_RESULT="$OUT/result.json" \
DISTLINT_NVIM_PLUGIN="$(cd "$HERE/.." && pwd)" DISTLINT_SERVER_CMD="$(e2e_server_cmd)" \
  timeout 300 nvim --headless -n -i NONE -u "$HERE/e2e.lua" > "$OUT/nvim.log" 2>&1 < /dev/null
e2e_check "$OUT/plan.json" "$OUT/result.json" neovim
