// distlint for VS Code: runs the bundled distlint language server (a Java 17+ program). The
// server decides the rest: it asks for the distlint settings, announces the files it reads and
// watches them, and VS Code pulls its diagnostics, those of unopened files too.
import { existsSync } from 'fs';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, ServerOptions } from 'vscode-languageclient/node';
import { fileFilters } from './documents';
import { findJava, MINIMUM_JAVA } from './java';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
const config = () => vscode.workspace.getConfiguration('distlint');

async function serverOptions(context: vscode.ExtensionContext): Promise<ServerOptions | undefined> {
  const command = config().get<string[]>('server.command', []);
  if (command.length > 0) {
    output.appendLine(`Server command (distlint.server.command): ${command.join(' ')}`);
    return { command: command[0], args: command.slice(1) };
  }
  const search = await findJava(config().get<string | null>('java.home', null) || undefined);
  search.rejected.forEach((why) => output.appendLine(`Java not used: ${why}`));
  if (!search.found) return void missingJava(search.rejected);
  const { executable, version, origin } = search.found;
  output.appendLine(`Java ${version} from ${origin}: ${executable}`);
  const jar = context.asAbsolutePath('server/distlint.jar'), jvmArgs = config().get<string[]>('server.jvmArgs', []);
  // the launcher beside the jar adds the flags and start-up cache that suit this Java (needs bash)
  const env = { ...process.env, DISTLINT_JAVA: executable, DISTLINT_JAR: jar, DISTLINT_JVM_OPTS: jvmArgs.join(' ') };
  const launcher = context.asAbsolutePath('server/distlint');
  if (process.platform !== 'win32' && existsSync('/bin/bash')) return { command: '/bin/bash', args: [launcher, 'lsp'], options: { env } };
  return { command: executable, args: [...jvmArgs, '-jar', jar, 'lsp'] };
}

async function missingJava(rejected: string[]): Promise<void> {
  const choice = await vscode.window.showErrorMessage(
    `distlint needs Java ${MINIMUM_JAVA} or newer to run its language server, and none was found ` +
      `(${rejected.join('; ')}). Install a Java ${MINIMUM_JAVA}+ runtime (for example Eclipse Temurin ` +
      `${MINIMUM_JAVA}, or "apt install openjdk-17-jre-headless" on Debian and Ubuntu), then set ` +
      `"distlint.java.home" or JAVA_HOME and run "distlint: Restart Server".`,
    'Download Java', 'Open Settings');
  if (choice === 'Download Java') await vscode.env.openExternal(vscode.Uri.parse('https://adoptium.net/temurin/releases/?version=17'));
  else if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'distlint.java.home');
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const server = await serverOptions(context);
  if (!server) return;
  const documentSelector: ReturnType<typeof fileFilters> = [];
  // a change of the settings is announced, so that the server asks for them again
  client = new LanguageClient('distlint', 'distlint', server,
    { documentSelector, outputChannel: output, synchronize: { configurationSection: 'distlint' } });
  // the files the server reads (experimental.filePatterns of its initialize result) become the
  // document selector before any feature reads it
  client.registerFeature({
    fillClientCapabilities() {}, initialize() {}, clear() {}, getState: () => ({ kind: 'static' }),
    preInitialize: (caps) => void documentSelector.splice(0, Infinity, ...fileFilters(caps.experimental?.filePatterns ?? [])),
  });
  await client.start().catch((error) => {
    output.appendLine(`The server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage('distlint: the language server did not start (see the distlint output).');
  });
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop().catch((error) => output.appendLine(`Stopping the server: ${String(error)}`));
}

async function showReview(): Promise<void> {
  const running = client;
  if (!running?.isRunning()) return void vscode.window.showWarningMessage('distlint: the language server is not running.');
  const report = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'distlint: reviewing the workspace' },
    () => running.sendRequest(ExecuteCommandRequest.type, { command: 'distlint.review', arguments: [] }));
  const content = typeof report === 'string' ? report
    : typeof report?.value === 'string' ? report.value : JSON.stringify(report, null, 2);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('markdown.showPreviewToSide');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('distlint');
  const restart = async () => { await stop(); await start(context); };
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('distlint.restartServer', restart),
    vscode.commands.registerCommand('distlint.showReview', showReview),
    vscode.workspace.onDidChangeConfiguration((event) =>
      ['java.home', 'server.command', 'server.jvmArgs'].some((k) => event.affectsConfiguration(`distlint.${k}`)) && void restart()),
  );
  await start(context);
}

export const deactivate = (): Promise<void> => stop();
