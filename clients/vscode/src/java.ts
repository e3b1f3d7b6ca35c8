// Finding a Java 17+ runtime for the bundled server: the distlint.java.home setting, then
// JAVA_HOME, then java on PATH. No VS Code API here, so that it can be unit tested.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const MINIMUM_JAVA = 17;

export interface JavaRuntime {
  /** The java executable. */
  executable: string;
  /** Where it was found: "distlint.java.home", "JAVA_HOME" or "PATH". */
  origin: string;
  /** Major version, e.g. 17; 8 for "1.8.0_392". */
  major: number;
  version: string;
}

export interface JavaSearch {
  found?: JavaRuntime;
  /** What was tried and why it was not used, for the message shown to the user. */
  rejected: string[];
}

/** The version string and major version in the output of `java -version`. */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match) {
    return undefined;
  }
  const version = match[1];
  const legacy = /^1\.(\d+)/.exec(version);
  const major = Number(legacy ? legacy[1] : /^(\d+)/.exec(version)?.[1]);
  return Number.isFinite(major) ? { version, major } : undefined;
}

const javaName = process.platform === 'win32' ? 'java.exe' : 'java';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The java executables to try, in order, with where each comes from. */
export function candidates(javaHome: string | undefined, env: NodeJS.ProcessEnv): [string, string][] {
  const found: [string, string][] = [];
  if (javaHome) {
    found.push([path.join(javaHome, 'bin', javaName), 'distlint.java.home']);
  }
  if (env.JAVA_HOME) {
    found.push([path.join(env.JAVA_HOME, 'bin', javaName), 'JAVA_HOME']);
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir) {
      found.push([path.join(dir, javaName), 'PATH']);
    }
  }
  return found;
}

function versionOf(executable: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(executable, ['-version'], { timeout: 10000 }, (_error, stdout, stderr) => {
      resolve(`${stderr}\n${stdout}`);
    });
  });
}

/** The first Java runtime of version 17 or newer. */
export async function findJava(javaHome: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<JavaSearch> {
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const [executable, origin] of candidates(javaHome, env)) {
    if (seen.has(executable) || !isExecutable(executable)) {
      if (origin !== 'PATH') {
        rejected.push(`${origin}: no executable ${executable}`);
      }
      continue;
    }
    seen.add(executable);
    const parsed = parseJavaVersion(await versionOf(executable));
    if (!parsed) {
      rejected.push(`${origin}: ${executable} did not tell its version`);
    } else if (parsed.major < MINIMUM_JAVA) {
      rejected.push(`${origin}: ${executable} is Java ${parsed.version}`);
    } else {
      return { found: { executable, origin, ...parsed }, rejected };
    }
  }
  if (!rejected.some((r) => r.startsWith('PATH'))) {
    rejected.push('PATH: no java');
  }
  return { rejected };
}
