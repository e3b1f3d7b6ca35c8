import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { candidates, findJava, parseJavaVersion } from '../../src/java';

test('reads the version of modern and legacy Java', () => {
  assert.deepEqual(parseJavaVersion('openjdk version "17.0.15" 2025-04-15'), { version: '17.0.15', major: 17 });
  assert.deepEqual(parseJavaVersion('java version "1.8.0_392"'), { version: '1.8.0_392', major: 8 });
  assert.deepEqual(parseJavaVersion('openjdk version "25" 2025-09-16'), { version: '25', major: 25 });
  assert.equal(parseJavaVersion('command not found'), undefined);
});

test('tries the setting, then JAVA_HOME, then PATH', () => {
  const found = candidates('/opt/jdk', { JAVA_HOME: '/usr/lib/jvm/x', PATH: '/a:/b' }).map(([, origin]) => origin);
  assert.deepEqual(found, ['distlint.java.home', 'JAVA_HOME', 'PATH', 'PATH']);
});

function fakeJava(version: string): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-jdk-'));
  fs.mkdirSync(path.join(home, 'bin'));
  const java = path.join(home, 'bin', 'java');
  fs.writeFileSync(java, `#!/bin/sh\necho 'openjdk version "${version}"' >&2\n`, { mode: 0o755 });
  return home;
}

test('skips a Java older than 17 and says why', async () => {
  const old = fakeJava('11.0.2');
  const recent = fakeJava('21.0.1');
  const search = await findJava(old, { JAVA_HOME: recent, PATH: '' });
  assert.equal(search.found?.origin, 'JAVA_HOME');
  assert.equal(search.found?.major, 21);
  assert.match(search.rejected.join('\n'), /distlint\.java\.home: .* is Java 11\.0\.2/);
});

test('finds nothing when no Java 17+ is around', async () => {
  const search = await findJava(fakeJava('1.8.0_392'), { PATH: '' });
  assert.equal(search.found, undefined);
  assert.ok(search.rejected.length >= 2, search.rejected.join('; '));
});
