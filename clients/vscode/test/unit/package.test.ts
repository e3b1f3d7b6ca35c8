// The manifest promises what the extension does: every setting documented, the commands
// and languages declared; the document selector made of the server's file patterns.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileFilters } from '../../src/documents';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('every setting is under distlint.* and has a description', () => {
  const properties = manifest.contributes.configuration.properties;
  for (const key of ['distlint.rules', 'distlint.configFile', 'distlint.trace.server', 'distlint.java.home']) {
    assert.ok(properties[key], key);
  }
  for (const [key, value] of Object.entries<Record<string, string>>(properties)) {
    assert.match(key, /^distlint\./);
    assert.ok(value.description || value.markdownDescription, `${key} has no description`);
  }
});

test('declares the commands it registers', () => {
  const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual(commands.sort(), ['distlint.restartServer', 'distlint.showReview']);
});

test('vm.args files get the vmargs language and a grammar', () => {
  const vmargs = manifest.contributes.languages.find((l: { id: string }) => l.id === 'vmargs');
  assert.deepEqual(vmargs.filenames, ['vm.args', 'vm.args.eex']);
  const grammar = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'vmargs');
  assert.equal(grammar.scopeName, 'source.vmargs');
});

test('the files of the server become the document selector', () => {
  assert.deepEqual(fileFilters(['**/*.{yaml,yml}', '**/fly.toml']),
    [{ scheme: 'file', pattern: '**/*.{yaml,yml}' }, { scheme: 'file', pattern: '**/fly.toml' }]);
  // the languages distlint reads activate the extension (its own languages do by themselves)
  for (const event of ['onLanguage:yaml', 'onLanguage:dockercompose', 'onLanguage:elixir', 'onLanguage:toml']) {
    assert.ok(manifest.activationEvents.includes(event), event);
  }
});
