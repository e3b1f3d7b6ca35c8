;;; distlint-modes.el --- Major modes for Erlang release files -*- lexical-binding: t; -*-

;; This file is not part of GNU Emacs.

;;; Commentary:

;; Part of the distlint package: `distlint-vmargs-mode' for rel/vm.args(.eex) files and
;; `distlint-envsh-mode' for rel/env.sh(.eex), a `sh-mode' that eglot can tell apart from other
;; shell scripts.  Both are chosen by file name.

;;; Code:

(require 'sh-script)

(defvar distlint-vmargs-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)
    (modify-syntax-entry ?\" "\"" table)
    table)
  "Syntax table of `distlint-vmargs-mode'.")

(defvar distlint-vmargs-font-lock-keywords
  `(("^[ \t]*\\(\\+[A-Za-z]+\\)" 1 font-lock-builtin-face)
    ("^[ \t]*\\(-[A-Za-z_][A-Za-z0-9_]*\\)\\(?:[ \t]+\\([a-z_][A-Za-z0-9_]*\\)\\)?"
     (1 font-lock-keyword-face) (2 font-lock-variable-name-face nil t))
    ("\\${?[A-Z_][A-Z0-9_]*}?" . font-lock-preprocessor-face)
    ("<%=?.*?%>" 0 font-lock-preprocessor-face t))
  "Highlighting of `distlint-vmargs-mode'.
Emulator flags, flags, application parameters, environment variables
and EEx tags.")

;;;###autoload
(define-derived-mode distlint-vmargs-mode prog-mode "vm.args"
  "Major mode for Erlang VM argument files (rel/vm.args, rel/vm.args.eex)."
  :syntax-table distlint-vmargs-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local comment-end "")
  (setq-local font-lock-defaults '(distlint-vmargs-font-lock-keywords)))

;;;###autoload
(define-derived-mode distlint-envsh-mode sh-mode "env.sh"
  "Major mode for release environment scripts (rel/env.sh, rel/env.sh.eex)."
  (sh-set-shell "sh" t nil))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\(?:\\`\\|/\\|\\.\\)vm\\.args\\(?:\\.eex\\)?\\'" . distlint-vmargs-mode))
;;;###autoload
(defconst distlint--envsh-file-regexp "/rel/\\(?:[^/]+/\\)*env\\.sh\\(?:\\.eex\\)?\\'"
  "Release environment scripts: rel/env.sh and rel/env.sh.eex.")

;;;###autoload
(add-to-list 'auto-mode-alist (cons distlint--envsh-file-regexp 'distlint-envsh-mode))

;;;###autoload
(defun distlint--maybe-envsh-mode ()
  "Switch a release environment script from `sh-mode' to `distlint-envsh-mode'.
Its #! line makes Emacs choose `sh-mode' before it looks at `auto-mode-alist'."
  (when (and (eq major-mode 'sh-mode) buffer-file-name
             (string-match-p distlint--envsh-file-regexp buffer-file-name))
    (distlint-envsh-mode)))

;;;###autoload
(add-hook 'sh-mode-hook #'distlint--maybe-envsh-mode)

(put 'distlint-vmargs-mode 'eglot-language-id "vmargs")
(put 'distlint-envsh-mode 'eglot-language-id "shellscript")

(provide 'distlint-modes)
;;; distlint-modes.el ends here
