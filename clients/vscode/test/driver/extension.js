// Test-only extension, run inside the real extension host next to the distlint extension.
// Reads the plan of clients/test/e2e.py from $DISTLINT_E2E_PLAN, opens each file, waits for
// distlint's diagnostics, asks VS Code's own hover, completion and definition providers (which
// call the distlint extension's language client), looks for the diagnostics of a file it has
// not opened (the Problems panel lists them: the client pulls workspace diagnostics), and
// writes what it saw to $DISTLINT_E2E_RESULT.
const vscode = require('vscode');
const fs = require('fs');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(test, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await test();
    if (value || Date.now() > end) return value;
    await sleep(100);
  }
}

const text = (c) => (typeof c === 'string' ? c : c.value);
const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);
const codeOf = (d) => (d.code === undefined ? undefined : String(typeof d.code === 'object' ? d.code.value : d.code));

function observed(uri) {
  return vscode.languages.getDiagnostics(uri).map((d) => ({
    code: codeOf(d), source: d.source, line: d.range.start.line + 1,
    character: d.range.start.character, message: d.message,
  }));
}

async function runCase(plan, item, result) {
  const seen = { file: item.file };
  result.cases.push(seen);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(item.file));
  await vscode.window.showTextDocument(document);
  seen.language = document.languageId;
  const wanted = item.diagnostics.map((d) => `${d.code}@${d.line}`);
  await waitFor(() => {
    const have = new Set(observed(document.uri).map((d) => `${d.code}@${d.line}`));
    return wanted.every((w) => have.has(w));
  }, plan.timeout_ms);
  seen.diagnostics = observed(document.uri);
  result.timings_ms[`diagnostics ${item.file.split('/').pop()}`] = Date.now() - result.started;

  const hoverOn = item.hover && seen.diagnostics.find((d) => d.code === item.hover.code);
  if (hoverOn) {
    const at = new vscode.Position(hoverOn.line - 1, hoverOn.character);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, at);
    seen.hover = hovers.flatMap((h) => h.contents.map(text)).join('\n');
  }
  if (item.completion) {
    const at = new vscode.Position(item.completion.line - 1, 0);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, at, '\n');
    await vscode.workspace.applyEdit(edit);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, at);
    // without a provider VS Code still offers the words of the file (kind Text): leave them out
    seen.completion_labels = list.items
      .filter((i) => !(i.kind === vscode.CompletionItemKind.Text && /^\w+$/.test(labelOf(i))))
      .map(labelOf);
    const undo = new vscode.WorkspaceEdit();
    undo.delete(document.uri, new vscode.Range(at, at.translate(1, 0)));
    await vscode.workspace.applyEdit(undo);
    await vscode.commands.executeCommand('workbench.action.files.revert', document.uri);
  }
  if (item.definition) {
    const at = new vscode.Position(item.definition.line - 1, item.definition.character);
    const found = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, at);
    const first = (found || [])[0];
    if (first) {
      const uri = first.targetUri || first.uri;
      const range = first.targetSelectionRange || first.targetRange || first.range;
      seen.definition = { file: uri.fsPath, line: range.start.line + 1 };
    }
  }
}

// What the Problems panel lists for a file no editor has open.
async function checkUnopened(plan, result) {
  const want = plan.unopened;
  const uri = vscode.Uri.file(want.file);
  const listed = () => observed(uri);
  await waitFor(() => listed().some((d) => d.code === want.code && d.line === want.line), plan.timeout_ms);
  result.unopened = {
    file: want.file, diagnostics: listed(),
    opened: vscode.workspace.textDocuments.some((d) => d.uri.fsPath === want.file),
  };
  result.timings_ms[`unopened ${want.file.split('/').pop()}`] = Date.now() - result.started;
}

// For the README's screenshot: the first file with a hover check, the Problems panel open,
// the cursor on the diagnostic and its hover shown; then $DISTLINT_E2E_SCREEN_READY is written.
async function showForScreenshot(plan, readyFile) {
  const item = plan.cases.find((c) => c.hover);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(item.file));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const on = observed(document.uri).find((d) => d.code === item.hover.code);
  const at = new vscode.Position(on.line - 1, on.character + 1);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await sleep(500);
  await vscode.commands.executeCommand('editor.action.showHover');
  await sleep(1500);
  fs.writeFileSync(readyFile, 'ready');
}

async function activate() {
  const planFile = process.env.DISTLINT_E2E_PLAN;
  const resultFile = process.env.DISTLINT_E2E_RESULT;
  if (!planFile || !resultFile) return;
  const result = { editor: 'vscode', vscode: vscode.version, cases: [], timings_ms: {}, started: Date.now() };
  try {
    const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
    const distlint = vscode.extensions.getExtension('distlint.distlint');
    if (!distlint) throw new Error('the distlint extension is not installed');
    await distlint.activate();
    for (const item of plan.cases) await runCase(plan, item, result);
    if (plan.unopened) await checkUnopened(plan, result);
    const commands = await vscode.commands.getCommands(true);
    result.commands = commands.filter((c) => c.startsWith('distlint.'));
  } catch (error) {
    result.error = String((error && error.stack) || error);
  }
  result.timings_ms.total = Date.now() - result.started;
  fs.writeFileSync(resultFile, JSON.stringify(result));
  const readyFile = process.env.DISTLINT_E2E_SCREEN_READY;
  if (readyFile && !result.error) {
    await showForScreenshot(JSON.parse(fs.readFileSync(planFile, 'utf8')), readyFile)
      .catch((error) => fs.writeFileSync(readyFile, `error: ${error}`));
  }
}

module.exports = { activate, deactivate() {} };
