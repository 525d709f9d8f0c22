;;; eglot.el --- Emacs with eglot as a real language client of `lantern lsp'  -*- lexical-binding: t -*-
;; (Tests/LanternSystemTests/EditorTests.swift): with the README's configuration ($CONFIG), opens a
;; note in markdown-mode, lets the command loop start eglot (as `eglot-ensure' waits for it to),
;; waits for Lantern's diagnostics in Flymake, writes them to $OUT, then asks for the code actions
;; of the whole note as `eglot-code-actions' does, applies the one titled $FIX, and saves the note.

(require 'cl-lib)
(require 'markdown-mode)
(require 'eglot)

(let* ((root (getenv "NOTEBOOK"))
       (out (getenv "OUT"))
       (fix (getenv "FIX"))
       (lines '()))
  (cl-flet ((say (s) (push s lines))
            (wait (seconds done)
              (let ((deadline (+ (float-time) seconds)))
                (while (and (not (funcall done)) (< (float-time) deadline))
                  (accept-process-output nil 0.05)
                  ;; Flymake starts its backends from timers and the command loop.
                  (run-hooks 'post-command-hook))
                (funcall done))))
    (condition-case err
        (progn
          (load (getenv "CONFIG") nil t)
          (find-file (expand-file-name (getenv "NOTE") root))
          ;; `eglot-ensure' connects after the next command; in batch there is none.
          (run-hooks 'post-command-hook)
          (if (not (wait 30 (lambda () (and (eglot-current-server) (flymake-diagnostics)))))
              (say "no diagnostics")
            (dolist (d (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
              (let* ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))
                     (beg (flymake-diagnostic-beg d)))
                (say (format "diagnostic %d:%d %s %s" (line-number-at-pos beg)
                             (save-excursion (goto-char beg) (1+ (current-column)))
                             (plist-get lsp :code) (flymake-diagnostic-text d)))))
            (when fix
              (let ((applied nil))
                (dolist (action (eglot-code-actions (point-min) (point-max)))
                  (say (concat "action " (plist-get action :title)))
                  (when (and (not applied) (equal (plist-get action :title) fix))
                    (eglot--apply-workspace-edit (plist-get action :edit))
                    (setq applied t)))
                (when applied
                  (save-buffer)
                  (say (concat "applied " fix))))))
          (let ((server (eglot-current-server)))
            (when server
              (say (concat "client " (plist-get (eglot--server-info server) :name)))
              (eglot-shutdown server))))
      (error (say (format "error %S" err))))
    (with-temp-file out (insert (mapconcat #'identity (nreverse lines) "\n") "\n"))
    (kill-emacs 0)))
