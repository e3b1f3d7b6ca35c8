;;; distlint.el --- Lint clustered Elixir/BEAM configuration -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools, elixir, erlang, kubernetes

;; This file is not part of GNU Emacs.

;;; Commentary:

;; distlint checks how a multi-node Elixir/BEAM system is configured: Kubernetes and compose
;; YAML, config/*.exs, lib/**/application.ex, mix.exs, rel/vm.args(.eex), rel/env.sh(.eex) and
;; fly.toml.  This package connects its language server to Emacs:
;;
;; - it registers the server with eglot for the YAML, Elixir and TOML major modes and for the
;;   two modes it defines, `distlint-vmargs-mode' (vm.args files) and `distlint-envsh-mode'
;;   (rel/env.sh files, a `sh-mode' that eglot can tell apart from other shell scripts);
;; - it answers the server's request for the settings of the `distlint' customization group, as
;;   the workspace configuration section "distlint" (the server asks; it is not pushed);
;; - when lsp-mode is loaded, it registers the same server with lsp-mode too.
;;
;; Setup:
;;
;;   (require 'distlint)
;;   (add-hook 'yaml-mode-hook #'eglot-ensure)        ; and the other modes, or M-x eglot
;;
;; The server is started as `distlint lsp' when distlint is on `exec-path'; otherwise set
;; `distlint-jar' (Java 17 or newer is needed) or `distlint-server-command'.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'jsonrpc)
(require 'sh-script)

(defgroup distlint nil
  "Lint the configuration of clustered Elixir/BEAM systems."
  :group 'tools
  :prefix "distlint-")

(defcustom distlint-server-command nil
  "Program and arguments that start the distlint language server on stdio.
When nil, run \"distlint lsp\" if distlint is on `exec-path', else run
`distlint-jar' with the Java of `distlint-java-home'."
  :type '(choice (const :tag "Automatic" nil) (repeat :tag "Program and arguments" string)))

(defcustom distlint-jar nil
  "Path of distlint.jar.
Used when `distlint-server-command' is nil and distlint is not on
`exec-path'."
  :type '(choice (const :tag "None" nil) file))

(defcustom distlint-java-home nil
  "Home directory of a Java 17+ runtime for `distlint-jar'.
When nil, use $JAVA_HOME, then java on `exec-path'."
  :type '(choice (const :tag "Automatic" nil) directory))

(defcustom distlint-rules nil
  "Severity of rules by rule id, overriding their defaults.
Each entry is (RULE-ID . SEVERITY), for example
(\"k8s-readiness-probe-missing\" . \"off\")."
  :type '(alist :key-type (string :tag "Rule id")
                :value-type (choice (const "error") (const "warning") (const "info")
                                    (const "hint") (const "off"))))

(defcustom distlint-config-file nil
  "Configuration file for the server; nil means .distlint.yaml at the project root."
  :type '(choice (const :tag "Default" nil) file))

(defcustom distlint-trace-server "off"
  "How much of the protocol the server traces in its log."
  :type '(choice (const "off") (const "messages") (const "verbose")))

(defcustom distlint-major-modes
  '(yaml-mode yaml-ts-mode elixir-mode elixir-ts-mode toml-mode conf-toml-mode toml-ts-mode
    distlint-vmargs-mode distlint-envsh-mode)
  "Major modes whose buffers eglot connects to distlint.
Takes effect when distlint is loaded: remove a mode to keep another
server for it."
  :type '(repeat symbol))

;;;; The server command

(defun distlint--java ()
  "The java program for `distlint-jar', or nil."
  (let ((home (or distlint-java-home (getenv "JAVA_HOME"))))
    (or (and home (> (length home) 0)
             (let ((java (expand-file-name "bin/java" home)))
               (and (file-executable-p java) java)))
        (executable-find "java"))))

(defun distlint-server-command ()
  "The command that starts the distlint language server, as a list of strings."
  (cond
   (distlint-server-command distlint-server-command)
   ((executable-find "distlint") (list "distlint" "lsp"))
   (distlint-jar
    (let ((java (distlint--java)))
      (unless java
        (user-error "%s" (concat "distlint needs Java 17 or newer: install one (e.g. "
                                 "openjdk-17-jre-headless) or set `distlint-java-home'")))
      (list java "-jar" (expand-file-name distlint-jar) "lsp")))
   (t (user-error "No distlint on `exec-path': set `distlint-jar' or `distlint-server-command'"))))

;;;; Settings

(defun distlint--settings ()
  "The settings of the distlint section, as a plist ready for JSON."
  (let ((rules (make-hash-table :test #'equal)))
    (dolist (rule distlint-rules)
      (puthash (car rule) (cdr rule) rules))
    (append (list :rules rules)
            (and distlint-config-file (list :configFile (expand-file-name distlint-config-file)))
            (list :trace (list :server distlint-trace-server)))))

;;;; eglot

(defclass distlint-eglot-server (eglot-lsp-server) ()
  "A connection to the distlint language server.")

(defun distlint--eglot-contact (&optional _interactive _project)
  "The contact of the distlint server for `eglot-server-programs'."
  (cons 'distlint-eglot-server (distlint-server-command)))

(cl-defmethod eglot-handle-request ((_server distlint-eglot-server)
                                    (_method (eql workspace/configuration)) &key items)
  "Answer the server's question for the \"distlint\" section with our settings.
A section set in `eglot-workspace-configuration' takes precedence."
  (let ((answers (cl-call-next-method)))
    (apply #'vector
           (cl-mapcar (lambda (item answer)
                        (if (and (null answer) (equal (plist-get item :section) "distlint"))
                            (distlint--settings)
                          answer))
                      items (append answers nil)))))

(defun distlint-send-settings ()
  "Tell the running distlint servers that the settings changed.
They then ask for the settings again."
  (interactive)
  (dolist (server (distlint--servers))
    (jsonrpc-notify server :workspace/didChangeConfiguration
                    (list :settings (list :distlint (distlint--settings))))))

(defun distlint--servers ()
  "The running distlint servers."
  (let (servers)
    (maphash (lambda (_project list)
               (dolist (server list)
                 (when (cl-typep server 'distlint-eglot-server) (push server servers))))
             eglot--servers-by-project)
    servers))

(defun distlint--current-server ()
  "The distlint server of the current buffer's project, or an error."
  (let ((server (eglot-current-server)))
    (if (cl-typep server 'distlint-eglot-server)
        server
      (or (car (distlint--servers)) (user-error "No distlint server is running")))))

(defun distlint-restart ()
  "Restart the distlint language server."
  (interactive)
  (eglot-reconnect (distlint--current-server)))

(defun distlint-review ()
  "Show distlint's review of the workspace, a Markdown report."
  (interactive)
  (let* ((server (distlint--current-server))
         (report (jsonrpc-request server :workspace/executeCommand
                                  (list :command "distlint.review" :arguments [])))
         (text (if (stringp report) report (or (plist-get report :value) (format "%S" report)))))
    (with-current-buffer (get-buffer-create "*distlint review*")
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert text)
        (goto-char (point-min)))
      (if (fboundp 'markdown-view-mode) (funcall 'markdown-view-mode) (view-mode 1))
      (pop-to-buffer (current-buffer)))))

;;;; Major modes for release files

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

;;;; Registration

(defun distlint--register-eglot ()
  "Put distlint first in `eglot-server-programs' for `distlint-major-modes'."
  (setq eglot-server-programs
        (cons (cons distlint-major-modes #'distlint--eglot-contact)
              (cl-remove #'distlint--eglot-contact eglot-server-programs :key #'cdr))))

(distlint--register-eglot)

;;;; lsp-mode, when it is loaded

(defvar lsp-language-id-configuration)
(declare-function lsp-register-client "ext:lsp-mode" (client))
(declare-function lsp-register-custom-settings "ext:lsp-mode" (props))
(declare-function make-lsp-client "ext:lsp-mode" (&rest args))
(declare-function lsp-stdio-connection "ext:lsp-mode" (command &optional test-command))

(defun distlint--rules-object ()
  "The rule severities as a hash table, for lsp-mode."
  (plist-get (distlint--settings) :rules))

(defun distlint--register-lsp-mode ()
  "Register distlint with lsp-mode as an add-on server for `distlint-major-modes'."
  (dolist (mode '((distlint-vmargs-mode . "vmargs") (distlint-envsh-mode . "shellscript")))
    (add-to-list 'lsp-language-id-configuration mode))
  (lsp-register-custom-settings
   `(("distlint.rules" ,#'distlint--rules-object)
     ("distlint.configFile" distlint-config-file)
     ("distlint.trace.server" distlint-trace-server)))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection #'distlint-server-command)
    :major-modes distlint-major-modes
    :add-on? t
    :server-id 'distlint
    :initialization-options (lambda () (list :distlint (distlint--settings))))))

(with-eval-after-load 'lsp-mode
  (distlint--register-lsp-mode))

(provide 'distlint)
;;; distlint.el ends here
