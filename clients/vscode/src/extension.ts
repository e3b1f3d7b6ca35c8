// distlint for VS Code: runs the bundled distlint language server (a Java 17+ program) for
// the configuration files of clustered Elixir/BEAM systems.
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { documentSelector } from './documents';
import { findJava, MINIMUM_JAVA } from './java';

const JAVA_DOWNLOAD = 'https://adoptium.net/temurin/releases/?version=17';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('distlint');
}

async function serverOptions(context: vscode.ExtensionContext): Promise<ServerOptions | undefined> {
  const command = config().get<string[]>('server.command', []);
  if (command.length > 0) {
    output.appendLine(`Server command (distlint.server.command): ${command.join(' ')}`);
    return { command: command[0], args: command.slice(1), transport: TransportKind.stdio };
  }
  const search = await findJava(config().get<string | null>('java.home', null) || undefined);
  search.rejected.forEach((why) => output.appendLine(`Java not used: ${why}`));
  if (!search.found) {
    void missingJava(search.rejected);
    return undefined;
  }
  const java = search.found;
  output.appendLine(`Java ${java.version} from ${java.origin}: ${java.executable}`);
  const jar = context.asAbsolutePath('server/distlint.jar');
  const args = [...config().get<string[]>('server.jvmArgs', []), '-jar', jar, 'lsp'];
  return { command: java.executable, args, transport: TransportKind.stdio };
}

async function missingJava(rejected: string[]): Promise<void> {
  const message =
    `distlint needs Java ${MINIMUM_JAVA} or newer to run its language server, and none was found ` +
    `(${rejected.join('; ')}). Install a Java ${MINIMUM_JAVA}+ runtime (for example Eclipse Temurin ` +
    `${MINIMUM_JAVA}, or "apt install openjdk-17-jre-headless" on Debian and Ubuntu), then set ` +
    `"distlint.java.home" or JAVA_HOME and run "distlint: Restart Server".`;
  const choice = await vscode.window.showErrorMessage(message, 'Download Java', 'Open Settings');
  if (choice === 'Download Java') {
    await vscode.env.openExternal(vscode.Uri.parse(JAVA_DOWNLOAD));
  } else if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'distlint.java.home');
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const server = await serverOptions(context);
  if (!server) {
    return;
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    // The server asks for the distlint section itself (workspace/configuration); a change is
    // announced so that it asks again.
    synchronize: { configurationSection: 'distlint' },
  };
  client = new LanguageClient('distlint', 'distlint', server, clientOptions);
  try {
    await client.start();
  } catch (error) {
    output.appendLine(`The server did not start: ${String(error)}`);
    void vscode.window.showErrorMessage(`distlint: the language server did not start (see the distlint output).`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (error) {
      output.appendLine(`Stopping the server: ${String(error)}`);
    }
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop();
  await start(context);
}

async function showReview(): Promise<void> {
  if (!client || !client.isRunning()) {
    void vscode.window.showWarningMessage('distlint: the language server is not running.');
    return;
  }
  const report: unknown = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'distlint: reviewing the workspace' },
    () => client!.sendRequest(ExecuteCommandRequest.type, { command: 'distlint.review', arguments: [] }),
  );
  const content =
    typeof report === 'string'
      ? report
      : typeof (report as { value?: unknown })?.value === 'string'
        ? (report as { value: string }).value
        : JSON.stringify(report, null, 2);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('markdown.showPreviewToSide');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('distlint');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('distlint.restartServer', () => restart(context)),
    vscode.commands.registerCommand('distlint.showReview', showReview),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (['distlint.java.home', 'distlint.server.command', 'distlint.server.jvmArgs'].some((k) => event.affectsConfiguration(k))) {
        void restart(context);
      }
    }),
  );
  await start(context);
}

export function deactivate(): Promise<void> {
  return stop();
}
