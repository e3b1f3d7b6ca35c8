#!/usr/bin/env bash
# Keeps the editor clients thin: each client's own logic (sources, without syntax files, major
# modes for release files and tests) must stay under 150 lines, counted with wc -l.
# Usage: clients/test/logic-lines.sh [neovim] [emacs] [vscode]      (default: all three)
set -uo pipefail
CLIENTS="$(cd "$(dirname "$0")/.." && pwd)"
LIMIT=150
editors=("$@"); [ ${#editors[@]} -gt 0 ] || editors=(neovim emacs vscode)
status=0
for editor in "${editors[@]}"; do
  case $editor in
    vscode) files=("$CLIENTS"/vscode/src/*.ts) ;;
    neovim) mapfile -t files < <(find "$CLIENTS/neovim/lua" "$CLIENTS/neovim/plugin" -name '*.lua' 2>/dev/null | sort) ;;
    emacs) mapfile -t files < <(find "$CLIENTS/emacs" -maxdepth 1 -name '*.el' ! -name 'distlint-modes.el' | sort) ;;
    *) echo "logic-lines: unknown editor $editor"; exit 2 ;;
  esac
  lines=$(cat "${files[@]}" | wc -l)
  if [ "$lines" -lt "$LIMIT" ]; then
    echo "$editor: client logic $lines lines (${#files[@]} files, under $LIMIT)"
  else
    echo "$editor: FAIL client logic $lines lines, not under $LIMIT: ${files[*]#"$CLIENTS/"}"; status=1
  fi
done
exit $status
