/**
 * A folder or file that cannot be read is an unreadable input (issue 13,
 * item 8): cli.unreadable, exit 2, never skipped in silence.
 *
 * Two ways in: an injected `readdir` that fails (runs everywhere), and real
 * permissions. Root reads everything, so as root the CLI runs as `nobody`
 * through setpriv (util-linux); as another user, chmod is enough.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverInputs } from '../src/cli/discover.js';
import { ensureBuilt, mainJs, NOTE_JSON, removeFolder, tempFolder } from './cli-support.js';

const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });

/** readdir, failing with EACCES for folders whose name is `locked`. */
const lockedReaddir = async (path: string): Promise<Dirent[]> => {
  if (path.endsWith('/locked')) throw denied(path);
  return readdir(path, { withFileTypes: true });
};

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({
    'fixtures/ok.json': NOTE_JSON,
    'fixtures/locked/x.json': NOTE_JSON,
    'fixtures/deeper/locked/y.json': NOTE_JSON,
    'fixtures/deeper/z.json': NOTE_JSON,
    'only/locked/w.json': NOTE_JSON,
  });
});

afterAll(() => removeFolder(dir));

describe('discovery reports folders it cannot read (injected failures)', () => {
  it('walking a folder: each locked folder is a cli.unreadable problem; the rest is still found', async () => {
    const found = await discoverInputs(['fixtures'], { cwd: dir, readdir: lockedReaddir });
    expect(found.files).toEqual(['fixtures/deeper/z.json', 'fixtures/ok.json']);
    expect(found.problems.map((p) => [p.path, p.diagnostic.code, p.diagnostic.message])).toEqual([
      ['fixtures/deeper/locked', 'cli.unreadable', 'Cannot read the folder fixtures/deeper/locked: permission denied.'],
      ['fixtures/locked', 'cli.unreadable', 'Cannot read the folder fixtures/locked: permission denied.'],
    ]);
  });

  it('expanding a glob: the same, and no extra "no match" when nothing else was found', async () => {
    const found = await discoverInputs(['fixtures/**/*.json', 'only/**/*.json'], { cwd: dir, readdir: lockedReaddir });
    expect(found.files).toEqual(['fixtures/deeper/z.json', 'fixtures/ok.json']);
    expect(found.problems.map((p) => [p.path, p.diagnostic.code])).toEqual([
      ['fixtures/deeper/locked', 'cli.unreadable'],
      ['fixtures/locked', 'cli.unreadable'],
      ['only/locked', 'cli.unreadable'],
    ]);
  });

  it('a locked folder named as an operand is unreadable, not "no match"', async () => {
    const found = await discoverInputs(['only/locked'], { cwd: dir, readdir: lockedReaddir });
    expect(found.problems.map((p) => p.diagnostic.code)).toEqual(['cli.unreadable']);
  });

  it('a missing glob base is still "no match"', async () => {
    const found = await discoverInputs(['absent/*.json'], { cwd: dir, readdir: lockedReaddir });
    expect(found.problems.map((p) => p.diagnostic.code)).toEqual(['cli.no-match']);
  });
});

/** How to run the CLI as a user that permissions apply to; undefined when there is no way. */
function unprivileged(): string[] | undefined {
  if (process.getuid?.() !== 0) return [];
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
  return setpriv ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'] : undefined;
}

const prefix = unprivileged();

describe.skipIf(prefix === undefined)('with real permissions (skipped as root without setpriv)', () => {
  let top: string;

  beforeAll(() => {
    top = tempFolder({
      'repo/.git/HEAD': '',
      'repo/fixtures/ok.json': NOTE_JSON,
      'repo/fixtures/locked/x.json': NOTE_JSON,
      'repo/fixtures/secret.json': NOTE_JSON,
      'settings/.git/HEAD': '',
      'settings/.ucwarc.json': '{"fixtures": ["."]}',
      'settings/a.json': NOTE_JSON,
    });
    // The unprivileged user must reach everything but what is locked.
    const open = (path: string) => {
      chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
      if (statSync(path).isDirectory()) for (const name of readdirSync(path)) open(join(path, name));
    };
    open(top);
    chmodSync(join(top, 'repo/fixtures/locked'), 0o000);
    chmodSync(join(top, 'repo/fixtures/secret.json'), 0o000);
    chmodSync(join(top, 'settings/.ucwarc.json'), 0o000);
  });

  afterAll(() => {
    chmodSync(join(top, 'repo/fixtures/locked'), 0o755);
    removeFolder(top);
  });

  const run = (cwd: string, ...args: string[]) => {
    const [command, ...rest] = [...prefix!, process.execPath, mainJs, ...args];
    const r = spawnSync(command!, rest, { cwd: join(top, cwd), encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('ucwa validate: a locked folder and a locked file are unreadable, exit 2; the rest is checked', () => {
    const r = run('repo', 'validate', 'fixtures');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('fixtures/locked: error cli.unreadable Cannot read the folder fixtures/locked: permission denied.');
    expect(r.stdout).toContain('fixtures/secret.json: error cli.unreadable Cannot read fixtures/secret.json: permission denied.');
    expect(r.stdout).toMatch(/3 files checked, 1 valid, 0 invalid, 2 unreadable/);
    expect(r.code).toBe(2);
  });

  it('a glob, and a path inside a locked folder, say the same', () => {
    const glob = run('repo', 'validate', 'fixtures/**/*.json');
    expect(glob.stdout).toContain('fixtures/locked: error cli.unreadable');
    expect(glob.code).toBe(2);
    const inside = run('repo', 'validate', 'fixtures/locked/x.json');
    expect(inside.stdout).toContain('fixtures/locked/x.json: error cli.unreadable Cannot read fixtures/locked/x.json: permission denied.');
    expect(inside.code).toBe(2);
  });

  it('ucwa check: the same through the settings, and settings that cannot be read are not skipped', () => {
    const check = run('repo', 'check', 'fixtures');
    expect(check.stdout).toContain('fixtures/locked: error cli.unreadable');
    expect(check.code).toBe(2);
    const settings = run('settings', 'check');
    expect(settings.stdout).toContain('.ucwarc.json: error cli.unreadable Cannot read the settings file: permission denied.');
    expect(settings.code).toBe(2);
  });
});
