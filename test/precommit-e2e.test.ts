/**
 * End to end with the real pre-commit framework: the hooks of
 * .pre-commit-hooks.yaml, installed the way pre-commit installs them
 * (`language: node`: npm install, npm pack, npm install -g of the tarball,
 * from the npm registry), run against a throwaway git repository, with the
 * README's recipe: `rev:` the tag that the release steps (`npm version`)
 * created on a snapshot of this work tree (e2e-setup.ts).
 *
 * The hook repository is a snapshot of this work tree (tracked and untracked,
 * not ignored files) committed to a temporary repository: try-repo's own
 * shadow commit of a dirty tree leaves out untracked files, and a snapshot
 * tests exactly what is on disk (in CI, a clean clone, the two are the same).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BAD_JSON, childEnv, git, inCi, MINUTES, NOTE_JSON, NOTE_XML, run, write, type Ran } from './support/e2e.js';

function preCommitVersion(): string | undefined {
  const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

const version = preCommitVersion();
if (!version) {
  const message = 'pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit): the pre-commit end-to-end test';
  console.warn(`${message} ${inCi ? 'FAILS because CI is set' : 'is skipped'}.`);
}

/** The README's recipe, with `repo` the released snapshot and `rev` its release tag. */
const CONFIG = (repo: string, rev: string) => `repos:
  - repo: ${repo}
    rev: ${rev}
    hooks:
      - id: ucwa-check
`;

describe.skipIf(!version && !inCi)('ucwa-check under the real pre-commit framework', () => {
  const e2e = inject('e2e');
  let env: NodeJS.ProcessEnv = {};
  const hookRepo = e2e.releasedRepo;
  const rev = e2e.releaseTag;
  let project = '';

  beforeAll(() => {
    if (!version) return;
    env = childEnv(e2e.home);
    project = join(e2e.workDir, 'precommit-project');
    mkdirSync(project);
    git(['init', '-q'], project, env);
        write(project, {
      '.pre-commit-config.yaml': CONFIG(hookRepo, rev),
      '.ucwarc.json': `${JSON.stringify({ fixtures: ['fixtures'] }, null, 2)}\n`,
      'fixtures/note.json': NOTE_JSON,
      'fixtures/note.xml': NOTE_XML,
      // Not a fixture: outside "fixtures", so the hook skips it although pre-commit passes it.
      'package.json': '{ "name": "fixture-keeper", "private": true }\n',
    });
  }, 2 * MINUTES);

  it('has pre-commit installed, and a release tag to pin', () => {
    expect(version, 'pre-commit is not installed; CI must install it (see .ci/run)').toBeDefined();
    expect(rev).toMatch(/^v\d+\.\d+\.\d+$/);
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
