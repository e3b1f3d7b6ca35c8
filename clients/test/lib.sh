# Shared by the editor end-to-end tests (sourced).
CLIENTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_ROOT="$(cd "$CLIENTS_DIR/.." && pwd)"
E2E_CASES=${DISTLINT_E2E_CASES:-$CLIENTS_DIR/test/cases.json}

# A fresh output directory; editors keep their state (logs, shada, caches) in it, not in $HOME.
e2e_outdir() {
  local dir="${DISTLINT_E2E_OUT:-${TMPDIR:-/tmp}/distlint-e2e}/$1"
  rm -rf "$dir"; mkdir -p "$dir"
  for d in CONFIG DATA CACHE STATE; do
    export "XDG_${d}_HOME=$dir/xdg/${d,,}"; mkdir -p "$dir/xdg/${d,,}"
  done
  echo "$dir"
}

# The server command: $DISTLINT_SERVER_CMD, else the launcher, else the built jar.
e2e_server_cmd() {
  if [ -n "${DISTLINT_SERVER_CMD:-}" ]; then echo "$DISTLINT_SERVER_CMD"
  elif [ -x "$REPO_ROOT/bin/distlint" ]; then echo "$REPO_ROOT/bin/distlint lsp"
  else echo "java -jar $REPO_ROOT/server/target/distlint.jar lsp"; fi
}

e2e_plan() { (cd "$REPO_ROOT" && python3 "$CLIENTS_DIR/test/e2e.py" plan "$E2E_CASES" "$REPO_ROOT"); }
e2e_check() { (cd "$REPO_ROOT" && python3 "$CLIENTS_DIR/test/e2e.py" check "$@"); }
