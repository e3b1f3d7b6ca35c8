// A Java 17+ runtime for the bundled server: the distlint.java.home setting, then JAVA_HOME,
// then java on PATH. No VS Code API here, so that it can be unit tested.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const MINIMUM_JAVA = 17;
export interface JavaRuntime { executable: string; origin: string; major: number; version: string }
/** The runtime found, and what was tried and why it was not used (for the message to the user). */
export interface JavaSearch { found?: JavaRuntime; rejected: string[] }

/** The version and major version in the output of `java -version` ("1.8.0_392" is 8). */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const version = /version "([^"]+)"/.exec(output)?.[1];
  const major = Number(/^(?:1\.)?(\d+)/.exec(version ?? '')?.[1]);
  return version && Number.isFinite(major) ? { version, major } : undefined;
}

/** The java executables to try, in order, with where each comes from. */
export function candidates(javaHome: string | undefined, env: NodeJS.ProcessEnv): [string, string][] {
  const java = (dir: string) => path.join(dir, process.platform === 'win32' ? 'java.exe' : 'java');
  return [
    ...(javaHome ? [[java(path.join(javaHome, 'bin')), 'distlint.java.home']] : []),
    ...(env.JAVA_HOME ? [[java(path.join(env.JAVA_HOME, 'bin')), 'JAVA_HOME']] : []),
    ...(env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => [java(dir), 'PATH']),
  ] as [string, string][];
}

const versionOf = (java: string) => new Promise<string>((resolve) =>
  execFile(java, ['-version'], { timeout: 10000 }, (_e, stdout, stderr) => resolve(`${stderr}\n${stdout}`)));

/** The first Java runtime of version 17 or newer. */
export async function findJava(javaHome: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<JavaSearch> {
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const [executable, origin] of candidates(javaHome, env)) {
    if (seen.has(executable) || !fs.statSync(executable, { throwIfNoEntry: false })?.isFile()) {
      if (origin !== 'PATH') rejected.push(`${origin}: no executable ${executable}`);
      continue;
    }
    seen.add(executable);
    const parsed = parseJavaVersion(await versionOf(executable));
    if (parsed && parsed.major >= MINIMUM_JAVA) return { found: { executable, origin, ...parsed }, rejected };
    rejected.push(`${origin}: ${executable} ${parsed ? `is Java ${parsed.version}` : 'did not tell its version'}`);
  }
  if (!rejected.some((r) => r.startsWith('PATH'))) rejected.push('PATH: no java');
  return { rejected };
}
