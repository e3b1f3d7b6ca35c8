#!/usr/bin/env bash
# Captures the README's screens of the editors showing a distlint diagnostic and its hover:
#   clients/screenshots/neovim.txt and emacs.txt (tmux capture-pane of the real editors in a
#   terminal) and vscode.png (code-server in headless Chromium).
# Needs what run-all.sh needs (setup done, .vsix built, server built) and tmux.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../lib.sh"
SHOTS="$CLIENTS_DIR/screenshots"
OUT=$(e2e_outdir screens)
CODE=${DISTLINT_SCREEN_CODE:-dist-cookie-literal}
FILE=${DISTLINT_SCREEN_FILE:-examples/k8s/chat.yaml}
export DISTLINT_SCREEN_CODE="$CODE" DISTLINT_SERVER_CMD="$(e2e_server_cmd)" HOME="$OUT/home"
mkdir -p "$SHOTS" "$HOME"

# tmux_capture NAME MARKER COMMAND...: runs COMMAND in a 120x40 terminal until MARKER shows
tmux_capture() {
  local name=$1 marker=$2; shift 2
  local session="distlint-screen-$name-$$"
  (cd "$REPO_ROOT" && tmux -L "$session" new-session -d -s "$session" -x 120 -y 40 "$@")
  for _ in $(seq 1 100); do
    tmux -L "$session" capture-pane -p -t "$session" | grep -q "$marker" && break
    sleep 0.2
  done
  sleep 1
  tmux -L "$session" capture-pane -p -t "$session" | sed 's/[[:space:]]*$//' > "$SHOTS/$name.txt"
  tmux -L "$session" kill-server
  grep -q "$marker" "$SHOTS/$name.txt" || { echo "capture: $name shows no '$marker'"; return 1; }
  echo "capture: $SHOTS/$name.txt"
}

rc=0
tmux_capture neovim "What it checks" env DISTLINT_NVIM_PLUGIN="$CLIENTS_DIR/neovim" \
  nvim -n -i NONE -u "$HERE/nvim-init.lua" "$FILE" || rc=1
# Emacs takes the version-control root as the project: give it the example project as a
# repository of its own, as a user's project is
PROJECT="$OUT/chat"
cp -r "$REPO_ROOT/examples" "$PROJECT" && git -C "$PROJECT" init -q
tmux_capture emacs "$CODE" env DISTLINT_EL_DIR="$CLIENTS_DIR/emacs" TERM=xterm-256color \
  emacs -nw -q -l "$HERE/emacs-init.el" "$PROJECT/${FILE#examples/}" || rc=1
DISTLINT_VSCODE_SCREENSHOT="$SHOTS/vscode.png" "$CLIENTS_DIR/vscode/test/run.sh" > "$OUT/vscode.log" 2>&1
[ -s "$SHOTS/vscode.png" ] && echo "capture: $SHOTS/vscode.png" || { cat "$OUT/vscode.log"; rc=1; }
exit $rc
