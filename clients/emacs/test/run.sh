#!/usr/bin/env bash
# End-to-end test of the Emacs client: byte-compiles its files (any warning fails), then
# runs batch Emacs with eglot against the server on the files of clients/test/cases.json.
# Environment: DISTLINT_SERVER_CMD (default: the built server), DISTLINT_E2E_TIMEOUT (s),
# EMACS (default emacs), EMACS_ARGS (e.g. "--no-site-file -L DIR" for an Emacs 29+ with its
# built-in eglot, keeping Debian's eglot 1.9 off the load path).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/../../test/lib.sh"
OUT=$(e2e_outdir emacs)
EMACS=${EMACS:-emacs}

cp "$HERE"/../*.el "$OUT/"
if ! "$EMACS" ${EMACS_ARGS:-} --batch -L "$OUT" --eval '(setq byte-compile-error-on-warn t)' \
     -f batch-byte-compile "$OUT"/distlint-modes.el "$OUT"/distlint.el > "$OUT/byte-compile.log" 2>&1; then
  cat "$OUT/byte-compile.log"; echo "emacs: FAIL byte-compile of distlint.el and distlint-modes.el"; exit 1
fi
e2e_plan > "$OUT/plan.json" || exit 1
# the compiled copies are what the test loads; SIGPIPE ignored, so that a server that dies at
# once is an error the test reports, not a signal that ends batch Emacs
trap '' PIPE
DISTLINT_E2E_PLAN="$OUT/plan.json" DISTLINT_E2E_RESULT="$OUT/result.json" DISTLINT_EL_DIR="$OUT" \
DISTLINT_SERVER_CMD="$(e2e_server_cmd)" HOME="$OUT/home" \
  timeout 300 "$EMACS" ${EMACS_ARGS:-} --batch -l "$HERE/e2e.el" > "$OUT/emacs.log" 2>&1 < /dev/null
e2e_check "$OUT/plan.json" "$OUT/result.json" emacs
