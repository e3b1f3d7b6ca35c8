;;; distlint.el --- Lint clustered Elixir/BEAM configuration -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: languages, tools, elixir, erlang, kubernetes

;; This file is not part of GNU Emacs.

;;; Commentary:

;; Registers distlint's language server with eglot (and lsp-mode, once loaded) for the YAML,
;; Elixir and TOML modes and those of distlint-modes.el, and answers the server's request for
;; the settings of the `distlint' group (after a change: M-x eglot-signal-didChangeConfiguration).
;; The server decides the rest, and `flymake-show-project-diagnostics' lists the findings of
;; files no buffer visits.  Setup: (require 'distlint), then M-x eglot or `eglot-ensure'.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'distlint-modes)

(defgroup distlint nil "Lint the configuration of clustered Elixir/BEAM systems."
  :group 'tools :prefix "distlint-")

(defcustom distlint-server-command nil
  "Program and arguments that start the distlint language server on stdio.
nil: \"distlint lsp\" if on `exec-path', else `distlint-jar' with Java."
  :type '(choice (const :tag "Automatic" nil) (repeat :tag "Program and arguments" string)))

(defcustom distlint-jar nil
  "Path of distlint.jar, used when distlint is not on `exec-path'."
  :type '(choice (const :tag "None" nil) file))

(defcustom distlint-java-home nil
  "Home of a Java 17+ for `distlint-jar'; nil: $JAVA_HOME, then `exec-path'."
  :type '(choice (const :tag "Automatic" nil) directory))

(defcustom distlint-rules nil
  "Severity of rules by rule id, e.g. ((\"k8s-readiness-probe-missing\" . \"off\"))."
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
  "Major modes whose buffers eglot connects to distlint, when distlint is loaded."
  :type '(repeat symbol))

(defun distlint-server-command ()
  "The command that starts the distlint language server, as a list of strings."
  (let* ((home (or distlint-java-home (getenv "JAVA_HOME") ""))
         (java (or (and (> (length home) 0) (let ((java (expand-file-name "bin/java" home)))
                                              (and (file-executable-p java) java)))
                   (executable-find "java"))))
    (cond (distlint-server-command)
          ((executable-find "distlint") (list "distlint" "lsp"))
          ((not distlint-jar)
           (user-error "No distlint on `exec-path': set `distlint-jar' or `distlint-server-command'"))
          (java (list java "-jar" (expand-file-name distlint-jar) "lsp"))
          (t (user-error "Distlint needs Java 17 or newer: install one or set `distlint-java-home'")))))

(defun distlint--settings ()
  "The settings of the distlint section, as a plist ready for JSON."
  (let ((rules (make-hash-table :test #'equal)))
    (dolist (rule distlint-rules) (puthash (car rule) (cdr rule) rules))
    `(:rules ,rules ,@(and distlint-config-file `(:configFile ,(expand-file-name distlint-config-file)))
             :trace (:server ,distlint-trace-server))))

(defclass distlint-eglot-server (eglot-lsp-server) ()
  "A connection to the distlint language server.")

(cl-defmethod eglot-handle-request ((_server distlint-eglot-server)
                                    (_method (eql workspace/configuration)) &key items)
  "Answer the server's request for the \"distlint\" section (in ITEMS).
A section set in `eglot-workspace-configuration' takes precedence."
  (vconcat (cl-mapcar (lambda (item answer)
                        (if (and (null answer) (equal (plist-get item :section) "distlint"))
                            (distlint--settings)
                          answer))
                      items (cl-call-next-method))))

(defun distlint--servers ()
  "The running distlint servers."
  (cl-loop for servers being the hash-values of eglot--servers-by-project
           append (cl-remove-if-not (lambda (s) (cl-typep s 'distlint-eglot-server)) servers)))

(defun distlint--current-server ()
  "The distlint server of the current buffer's project, or another one."
  (let ((server (eglot-current-server)))
    (if (cl-typep server 'distlint-eglot-server) server
      (or (car (distlint--servers)) (user-error "No distlint server is running")))))

(defun distlint-restart ()
  "Restart the distlint language server."
  (interactive)
  (eglot-reconnect (distlint--current-server)))

(defun distlint-review ()
  "Show distlint's review of the workspace, a Markdown report."
  (interactive)
  (let ((report (jsonrpc-request (distlint--current-server) :workspace/executeCommand
                                 '(:command "distlint.review" :arguments []))))
    (with-current-buffer (get-buffer-create "*distlint review*")
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert (if (stringp report) report (or (plist-get report :value) (format "%S" report))))
        (goto-char (point-min)))
      (if (fboundp 'markdown-view-mode) (funcall 'markdown-view-mode) (view-mode 1))
      (pop-to-buffer (current-buffer)))))

(defun distlint--eglot-contact (&rest _)
  "The contact of the distlint server for `eglot-server-programs'."
  (cons 'distlint-eglot-server (distlint-server-command)))

;; distlint first in `eglot-server-programs' for `distlint-major-modes'
(setq eglot-server-programs (cons (cons distlint-major-modes #'distlint--eglot-contact)
                                  (cl-remove #'distlint--eglot-contact eglot-server-programs :key #'cdr)))

(defvar lsp-language-id-configuration)
(declare-function lsp-register-client "ext:lsp-mode" (client))
(declare-function lsp-register-custom-settings "ext:lsp-mode" (props))
(declare-function make-lsp-client "ext:lsp-mode" (&rest args))
(declare-function lsp-stdio-connection "ext:lsp-mode" (command &optional test-command))

(with-eval-after-load 'lsp-mode
  (dolist (mode '((distlint-vmargs-mode . "vmargs") (distlint-envsh-mode . "shellscript")))
    (add-to-list 'lsp-language-id-configuration mode))
  (lsp-register-custom-settings `(("distlint.rules" ,(lambda () (plist-get (distlint--settings) :rules)))
                                  ("distlint.configFile" distlint-config-file)
                                  ("distlint.trace.server" distlint-trace-server)))
  (lsp-register-client
   (make-lsp-client :new-connection (lsp-stdio-connection #'distlint-server-command)
                    :major-modes distlint-major-modes :add-on? t :server-id 'distlint
                    :initialization-options (lambda () (list :distlint (distlint--settings))))))

(provide 'distlint)
;;; distlint.el ends here
