// The files distlint reads, as a document selector, from the glob patterns the server announces.
import type { TextDocumentFilter } from 'vscode-languageclient';

export const fileFilters = (patterns: string[]): TextDocumentFilter[] =>
  patterns.map((pattern) => ({ scheme: 'file', pattern }));
