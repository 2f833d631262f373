/**
 * End to end with the real pre-commit framework: the hooks of
 * .pre-commit-hooks.yaml, installed the way pre-commit installs them
 * (`language: node`: npm install, npm pack, npm install -g of the tarball,
 * from the npm registry), run against a throwaway git repository.
 *
 * The hook repository is a snapshot of this work tree (tracked and untracked,
 * not ignored files) committed to a temporary repository: try-repo's own
 * shadow commit of a dirty tree leaves out untracked files, and a snapshot
 * tests exactly what is on disk (in CI, a clean clone, the two are the same).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const MINUTES = 60_000;

function preCommitVersion(): string | undefined {
  const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const version = preCommitVersion();
const inCi = Boolean(process.env.CI);
if (!version) {
  const message = 'pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit): the pre-commit end-to-end test';
  console.warn(`${message} ${inCi ? 'FAILS because CI is set' : 'is skipped'}.`);
}

// Payloads written for this test.
const NOTE_JSON = `${JSON.stringify({ rel: 'note', message: 'Gone fishing', type: 'OutOfOffice', _links: { self: { href: '/ucwa/v1/applications/3/me/note' } } }, null, 2)}\n`;
const NOTE_XML = `<?xml version="1.0" encoding="utf-8"?>
<resource rel="note" href="/ucwa/v1/applications/3/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
  <property name="message">Gone fishing</property>
  <property name="type">OutOfOffice</property>
</resource>
`;
/** `message` must be a string (an error in every mode), on line 3. */
const BAD_JSON = NOTE_JSON.replace('"Gone fishing"', '42');
const CONFIG = (repo: string, rev: string) => `repos:
  - repo: ${repo}
    rev: ${rev}
    hooks:
      - id: ucwa-check
`;

/** Child environment: no npm script variables of the outer `npm test` (they would redirect npm), no git overrides. */
function childEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|NPM_|GIT_|INIT_CWD$|PRE_COMMIT)/.test(name)) continue;
    env[name] = value;
  }
  writeFileSync(join(home, 'gitconfig'), '[init]\n\tdefaultBranch = main\n');
  return { ...env, PRE_COMMIT_HOME: join(home, 'pre-commit-home'), GIT_CONFIG_GLOBAL: join(home, 'gitconfig'), GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
}

interface Ran {
  code: number | null;
  output: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Ran {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 8 * MINUTES, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const ran = run('git', args, cwd, env);
  if (ran.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${ran.output}`);
  return ran.output.trim();
}

/** This work tree as a fresh one-commit repository; returns its HEAD. */
function snapshot(target: string, env: NodeJS.ProcessEnv): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listed.status !== 0) throw new Error(`cannot list the files of ${root}: ${listed.stderr}`);
  mkdirSync(target, { recursive: true });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(root, file), join(target, file));
  }
  git(['init', '-q'], target, env);
  git(['add', '-A'], target, env);
  git(['-c', 'user.name=ucwa test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '--no-verify', '-m', 'snapshot'], target, env);
  return git(['rev-parse', 'HEAD'], target, env);
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

describe.skipIf(!version && !inCi)('ucwa-check under the real pre-commit framework', () => {
  let home = '';
  let env: NodeJS.ProcessEnv = {};
  let hookRepo = '';
  let rev = '';
  let project = '';

  beforeAll(() => {
    if (!version) return;
    home = mkdtempSync(join(tmpdir(), 'ucwa-precommit-'));
    env = childEnv(home);
    hookRepo = join(home, 'hook-repo');
    rev = snapshot(hookRepo, env);
    project = join(home, 'project');
    mkdirSync(project);
    git(['init', '-q'], project, env);
    git(['config', 'user.name', 'Fixture Keeper'], project, env);
    git(['config', 'user.email', 'keeper@example.invalid'], project, env);
    write(project, {
      '.pre-commit-config.yaml': CONFIG(hookRepo, rev),
      '.ucwarc.json': `${JSON.stringify({ fixtures: ['fixtures'] }, null, 2)}\n`,
      'fixtures/note.json': NOTE_JSON,
      'fixtures/note.xml': NOTE_XML,
      // Not a fixture: outside "fixtures", so the hook skips it although pre-commit passes it.
      'package.json': '{ "name": "fixture-keeper", "private": true }\n',
    });
  }, 2 * MINUTES);

  afterAll(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('has pre-commit installed', () => {
    expect(version, 'pre-commit is not installed; CI must install it (see .ci/run)').toBeDefined();
  });

  it(
    'try-repo: a fixture of the wrong type and disagreeing twins fail, with the diagnostics shown',
    () => {
      write(project, { 'fixtures/bad.json': BAD_JSON, 'fixtures/twin.json': NOTE_JSON.replace('Gone fishing', 'Gone sailing'), 'fixtures/twin.xml': NOTE_XML });
      git(['add', '-A'], project, env);
      let ran: Ran;
      try {
        ran = run('pre-commit', ['try-repo', hookRepo, 'ucwa-check', '--ref', rev, '--files', 'fixtures/bad.json', 'fixtures/twin.json', 'fixtures/note.json'], project, env);
      } finally {
        git(['rm', '-q', '--cached', 'fixtures/bad.json', 'fixtures/twin.json', 'fixtures/twin.xml'], project, env);
        for (const f of ['bad.json', 'twin.json', 'twin.xml']) rmSync(join(project, 'fixtures', f));
      }
      expect(ran.output).toMatch(/ucwa check.*Failed/);
      expect(ran.output).toMatch(/fixtures\/bad\.json:3:\d+: error schema\.type/);
      expect(ran.output).toMatch(/fixtures\/twin\.json:3:3: error twin\.mismatch twin\.xml and twin\.json disagree at \/message: twin\.xml has "Gone fishing", twin\.json has "Gone sailing"/);
      expect(ran.output).not.toMatch(/fixtures\/note\.json:\d+/);
      expect(ran.code).toBe(1);
    },
    8 * MINUTES,
  );

  it(
    'installed hook: a good commit passes; a bad fixture and a staged twin that disagrees with the one on disk are blocked',
    () => {
      expect(run('pre-commit', ['install'], project, env).code).toBe(0);

      git(['add', '-A'], project, env);
      const good = run('git', ['commit', '-m', 'good fixtures'], project, env);
      expect(good.output).toMatch(/ucwa check.*Passed/);
      expect(good.code, good.output).toBe(0);
      const commits = git(['rev-list', '--count', 'HEAD'], project, env);

      write(project, { 'fixtures/bad.json': BAD_JSON });
      git(['add', 'fixtures/bad.json'], project, env);
      const bad = run('git', ['commit', '-m', 'bad fixture'], project, env);
      expect(bad.code).not.toBe(0);
      expect(bad.output).toMatch(/fixtures\/bad\.json:3:\d+: error schema\.type/);
      git(['rm', '-q', '--cached', 'fixtures/bad.json'], project, env);
      rmSync(join(project, 'fixtures', 'bad.json'));

      // Only the JSON twin is staged; its XML twin, committed before, is read from disk.
      writeFileSync(join(project, 'fixtures', 'note.json'), NOTE_JSON.replace('"OutOfOffice"', '"Personal"'));
      git(['add', 'fixtures/note.json'], project, env);
      const twins = run('git', ['commit', '-m', 'change one twin'], project, env);
      expect(twins.code).not.toBe(0);
      expect(twins.output).toMatch(/fixtures\/note\.json:4:3: error twin\.mismatch note\.xml and note\.json disagree at \/type: note\.xml has "OutOfOffice", note\.json has "Personal"/);
      expect(git(['rev-list', '--count', 'HEAD'], project, env)).toBe(commits);

      // Both twins changed alike: the commit goes through.
      writeFileSync(join(project, 'fixtures', 'note.xml'), NOTE_XML.replace('OutOfOffice', 'Personal'));
      git(['add', 'fixtures/note.xml'], project, env);
      const fixed = run('git', ['commit', '-m', 'both twins'], project, env);
      expect(fixed.code, fixed.output).toBe(0);
      expect(readFileSync(join(project, 'fixtures', 'note.json'), 'utf8')).toContain('Personal');
    },
    8 * MINUTES,
  );
});
