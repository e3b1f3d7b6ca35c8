// The files distlint reads, as a document selector. Patterns cover the files whose language
// VS Code does not know without another extension (Elixir, TOML), so that they are checked
// as plain text too.
import type { TextDocumentFilter } from 'vscode-languageclient';

/** Elixir files distlint reads, whatever language VS Code gives them. */
export const ELIXIR_PATTERNS = ['**/config/*.exs', '**/mix.exs', '**/lib/**/application.ex'];

export const documentSelector: TextDocumentFilter[] = [
  // Kubernetes manifests and compose files
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', language: 'dockercompose' },
  // rel/vm.args(.eex) and rel/env.sh.eex: languages of this extension
  { scheme: 'file', language: 'vmargs' },
  { scheme: 'file', language: 'envsh' },
  { scheme: 'file', pattern: '**/rel/**/env.sh' },
  // config/*.exs, mix.exs, lib/**/application.ex
  ...ELIXIR_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
  { scheme: 'file', pattern: '**/fly.toml' },
];
