package dev.distlint.lint;

/**
 * A rule whose findings on a YAML file of several documents are exactly the union of its
 * findings on each document read alone, the rest of the workspace being the same: it reports
 * only inside the document it reads, and what it knows of the file's other documents it learns
 * through workspace facts. The language server then runs it one document at a time and keeps a
 * document's findings, moved with the document, while the document's text and every fact the run
 * read are unchanged, so an edit re-runs it on the edited document only.
 * DocumentScopeTest holds each such rule to this on every fixture.
 */
public interface DocumentScoped extends Rule {
}
