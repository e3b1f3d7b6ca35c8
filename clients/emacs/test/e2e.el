;;; e2e.el --- end-to-end test of distlint.el with eglot -*- lexical-binding: t; -*-

;; Run by run.sh: emacs --batch -l e2e.el
;; Loads distlint.el from this repository, opens every file of the plan (see
;; clients/test/e2e.py) the way a user does (find-file, then M-x eglot), waits for distlint's
;; diagnostics in flymake, asks for a hover through eldoc and for completions through eglot's
;; completion-at-point function, goes to a definition with xref, looks for the diagnostics of
;; a file it has not opened (where eglot keeps them) and writes what it saw as JSON.
;; Environment: DISTLINT_E2E_PLAN, DISTLINT_E2E_RESULT, DISTLINT_EL_DIR, DISTLINT_SERVER_CMD.

;;; Code:

;; batch Emacs exits when a prompt reads from a closed stdin: answer "no" to questions and
;; fail on any other prompt, noting them
(defvar e2e-prompts nil)
(dolist (fn '(y-or-n-p yes-or-no-p))
  (advice-add fn :override (lambda (prompt &rest _) (push prompt e2e-prompts) nil)))
(advice-add 'read-from-minibuffer :override
            (lambda (prompt &rest _) (push prompt e2e-prompts) (error "Unexpected prompt: %s" prompt)))

(require 'cl-lib)
(require 'json)
(require 'subr-x)
(add-to-list 'load-path (getenv "DISTLINT_EL_DIR"))
(require 'distlint)
(require 'flymake)
(require 'yaml-mode nil t)
(require 'xref)
;; Debian has no Elixir mode; a user has one (elixir-mode or elixir-ts-mode), so stand in for it
(unless (or (require 'elixir-mode nil t) (fboundp 'elixir-mode))
  (define-derived-mode elixir-mode prog-mode "Elixir")
  (add-to-list 'auto-mode-alist '("\\.exs?\\'" . elixir-mode)))
;; like most eglot users, with yasnippet: eglot then tells the server it can expand snippets
(when (require 'yasnippet nil t)
  (setq yas-snippet-dirs (list (make-temp-file "distlint-snippets" t)))
  (yas-global-mode 1))

(defvar e2e-plan (let ((json-object-type 'plist) (json-array-type 'list))
                   (json-read-file (getenv "DISTLINT_E2E_PLAN"))))
(defvar e2e-timeout (/ (plist-get e2e-plan :timeout_ms) 1000.0))
(defvar e2e-t0 (float-time))
(defvar e2e-cases nil)
(defvar e2e-timings nil)

(defun e2e-ms () (round (* 1000 (- (float-time) e2e-t0))))

(defun e2e-finish (error)
  "Write the result, stop the servers and exit; ERROR is nil when all ran."
  (push (cons "total" (e2e-ms)) e2e-timings)
  (with-temp-file (getenv "DISTLINT_E2E_RESULT")
    (insert (json-encode `((editor . "emacs") (emacs . ,emacs-version)
                           (cases . ,(vconcat (reverse e2e-cases)))
                           (timings_ms . ,e2e-timings)
                           ,@(and e2e-unopened `((unopened . ,e2e-unopened)))
                           (prompts . ,(vconcat e2e-prompts))
                           ,@(and error `((error . ,error)))))))
  (dolist (server (distlint--servers))
    (ignore-errors (let ((eglot-autoreconnect nil)) (eglot-shutdown server nil 3))))
  (kill-emacs (if error 1 0)))

(defun e2e-wait (predicate &optional tick)
  "Run the event loop until PREDICATE returns non-nil or the timeout; TICK runs each round."
  (let ((deadline (+ (float-time) e2e-timeout)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (when tick (funcall tick))
      (accept-process-output nil 0.05))
    value))

(defun e2e-goto (line column)
  (goto-char (point-min))
  (forward-line (1- line))
  (move-to-column column))

(defun e2e-diagnostics ()
  "The flymake diagnostics of the buffer, as alists."
  (mapcar (lambda (d)
            (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)))
                  (beg (flymake-diagnostic-beg d)))
              `((code . ,(let ((code (plist-get lsp :code))) (and code (format "%s" code))))
                (source . ,(plist-get lsp :source))
                (line . ,(line-number-at-pos beg))
                (character . ,(save-excursion (goto-char beg) (current-column)))
                (message . ,(flymake-diagnostic-text d)))))
          (flymake-diagnostics)))

(defun e2e-has-all (wanted)
  (let ((seen (mapcar (lambda (d) (cons (alist-get 'code d) (alist-get 'line d))) (e2e-diagnostics))))
    (or (null wanted)
        (cl-every (lambda (w) (member (cons (plist-get w :code) (plist-get w :line)) seen)) wanted))))

(defun e2e-hover ()
  "The hover at point as eldoc shows it, else as the server sent it."
  (let ((shown nil)
        (sent (jsonrpc-request (eglot-current-server) :textDocument/hover
                               (eglot--TextDocumentPositionParams) :timeout e2e-timeout)))
    (eglot-hover-eldoc-function (lambda (text &rest _) (setq shown (or text ""))))
    (e2e-wait (lambda () shown))
    (let ((contents (plist-get sent :contents)))
      (if (and shown (> (length shown) 0))
          (substring-no-properties shown)
        (or (and (stringp contents) contents) (plist-get contents :value) "")))))

(defun e2e-completion-labels ()
  "The labels of the completion items eglot's completion-at-point offers at point."
  (let* ((capf (eglot-completion-at-point))
         (candidates (and capf (all-completions
                                (buffer-substring-no-properties (nth 0 capf) (point))
                                (nth 2 capf)))))
    (mapcar (lambda (c)
              (let ((item (get-text-property 0 'eglot--lsp-item c)))
                (substring-no-properties (or (plist-get item :label) c))))
            candidates)))

(defun e2e-run-case (case)
  (let* ((file (plist-get case :file))
         (seen `((file . ,file))))
    (push seen e2e-cases)
    (find-file file)
    (setcdr (last seen) (list (cons 'language (symbol-name major-mode))))
    (unless (eglot-current-server)
      ;; what M-x eglot does, without its prompts; then wait for the connection here, as
      ;; eglot's own wait (sit-for) reads from stdin in batch mode
      (apply #'eglot (eglot--guess-contact))
      (e2e-wait #'eglot-current-server))
    (unless (cl-typep (eglot-current-server) 'distlint-eglot-server)
      (error "No distlint server for %s (%s)" file major-mode))
    ;; flymake starts its first check from post-command-hook, which batch mode never runs
    (let ((n 0))
      (e2e-wait (lambda () (e2e-has-all (plist-get case :diagnostics)))
                (lambda () (when (zerop (% (cl-incf n) 4)) (flymake-start)))))
    (push (cons (concat "diagnostics " (file-name-nondirectory file)) (e2e-ms)) e2e-timings)
    (let ((diagnostics (e2e-diagnostics)))
      (setcdr (last seen) (list (cons 'diagnostics (vconcat diagnostics))))
      (when-let* ((hover (plist-get case :hover))
                  (on (cl-find (plist-get hover :code) diagnostics
                               :key (lambda (d) (alist-get 'code d)) :test #'equal)))
        (e2e-goto (alist-get 'line on) (alist-get 'character on))
        (setcdr (last seen) (list (cons 'hover (e2e-hover))))))
    (when-let ((completion (plist-get case :completion)))
      (e2e-goto (plist-get completion :line) 0)
      (unless (bolp) (goto-char (point-max)) (unless (bolp) (insert "\n")))
      (insert "\n")
      (backward-char)
      (eglot--signal-textDocument/didChange)
      (setcdr (last seen) (list (cons 'completion_labels (vconcat (e2e-completion-labels)))))
      (delete-char 1)
      (set-buffer-modified-p nil))
    (when-let ((definition (plist-get case :definition)))
      (e2e-goto (plist-get definition :line) (plist-get definition :character))
      ;; M-x xref-find-definitions at point: one definition, so xref jumps to it
      (setcdr (last seen)
              (list (cons 'definition
                          (condition-case err
                              (save-current-buffer
                                (xref-find-definitions (xref-backend-identifier-at-point 'eglot))
                                `((file . ,(buffer-file-name)) (line . ,(line-number-at-pos))))
                            (error `((error . ,(error-message-string err)))))))))))

(defvar e2e-unopened nil)

(defun e2e-check-unopened (want)
  "Look for the diagnostics of the file of WANT, which no buffer visits.
eglot keeps them in `flymake-list-only-diagnostics' (Emacs 28's flymake has it,
and eglot 1.9 fills it), and `flymake-show-project-diagnostics' lists them."
  (let ((file (plist-get want :file)))
    (if (not (boundp 'flymake-list-only-diagnostics))
        (setq e2e-unopened
              '((unsupported . "this flymake keeps no diagnostics of unvisited files")))
      (cl-flet ((listed ()
                  (mapcar (lambda (d)
                            (let ((text (flymake-diagnostic-text d)))
                              ;; eglot writes "SOURCE [CODE]: MESSAGE"
                              `((code . ,(and (string-match "\\[\\([^]]+\\)\\]" text) (match-string 1 text)))
                                (line . ,(car (flymake-diagnostic-beg d))) (message . ,text))))
                          (cdr (assoc file (symbol-value 'flymake-list-only-diagnostics))))))
        (e2e-wait (lambda () (cl-find (plist-get want :line) (listed)
                                      :key (lambda (d) (and (alist-get 'code d) (alist-get 'line d))))))
        (setq e2e-unopened `((file . ,file) (opened . ,(if (find-buffer-visiting file) t :json-false))
                             (diagnostics . ,(vconcat (listed)))))))))


(setq eglot-sync-connect nil
      eglot-connect-timeout e2e-timeout
      eglot-autoreconnect nil
      flymake-no-changes-timeout 0.2
      distlint-server-command (let ((cmd (getenv "DISTLINT_SERVER_CMD")))
                                (and cmd (> (length cmd) 0) (split-string cmd))))

;; a watchdog, so that a hung server cannot hang the test
(run-at-time (* e2e-timeout (+ 2 (length (plist-get e2e-plan :cases)))) nil
             (lambda () (e2e-finish "watchdog: the test took too long")))
(condition-case err
    (progn (mapc #'e2e-run-case (plist-get e2e-plan :cases))
           (when (plist-get e2e-plan :unopened) (e2e-check-unopened (plist-get e2e-plan :unopened)))
           (e2e-finish nil))
  (error (e2e-finish (error-message-string err))))

;;; e2e.el ends here
