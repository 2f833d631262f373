/**
 * The README's lint-staged and lefthook recipes, run for real: a throwaway
 * repository installs the packed ucwa-codec with lint-staged and lefthook
 * from npm, configured exactly as the README says, and commits good and bad
 * fixtures. lefthook needs `glob_matcher: doublestar`: without it, its glob
 * `test/fixtures/**\/*.json` skips fixtures directly in test/fixtures (a
 * fact this test shows too, so the README's note stays true).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BAD_JSON, childEnv, git, must, NOTE_JSON, NOTE_XML, run, write } from './support/e2e.js';

const e2e = inject('e2e');
const env = childEnv(e2e.home);

/** Versions the recipes are run with (lint-staged 17 needs Node 22; lefthook 2.2.1 is the release whose platform builds npm serves here). */
const LINT_STAGED = 'lint-staged@16';
const LEFTHOOK = 'lefthook@2.2.1';

/** The README's lefthook.yml; `doublestar` false gives lefthook's default matcher. */
const LEFTHOOK_YML = (doublestar: boolean) => `${doublestar ? 'glob_matcher: doublestar\n' : ''}pre-commit:
  commands:
    ucwa-check:
      glob: "test/fixtures/**/*.{json,xml,http,har}"
      run: npx ucwa check {staged_files}
`;

describe('hook recipes: lint-staged and lefthook', () => {
  const project = join(e2e.workDir, 'hooks-project');

  beforeAll(() => {
    mkdirSync(project, { recursive: true });
    git(['init', '-q'], project, env);
    write(project, {
      'package.json': `${JSON.stringify({ name: 'fixture-keeper', private: true, 'lint-staged': { 'test/fixtures/**/*.{json,xml,http,har}': 'ucwa check' } }, null, 2)}\n`,
      '.gitignore': 'node_modules/\n',
      'test/fixtures/note.json': NOTE_JSON,
      'test/fixtures/note.xml': NOTE_XML,
    });
    must('npm', ['install', '--prefer-offline', '--save-dev', e2e.tarball, LINT_STAGED, LEFTHOOK], project, env);
    git(['add', '-A'], project, env);
    git(['commit', '-q', '--no-verify', '-m', 'fixtures'], project, env);
  });

  const reset = () => {
    run('git', ['reset', '-q', '--hard', 'HEAD'], project, env);
    run('git', ['clean', '-qfd', 'test'], project, env);
  };

  it('lint-staged: a bad staged fixture and a staged twin that disagrees with the one on disk fail; good ones pass', () => {
    write(project, { 'test/fixtures/bad.json': BAD_JSON });
    git(['add', 'test/fixtures/bad.json'], project, env);
    const bad = run('npx', ['--no-install', 'lint-staged'], project, env);
    expect(bad.code, bad.output).not.toBe(0);
    expect(bad.output).toMatch(/bad\.json:3:\d+: error schema\.type/);
    reset();

    writeFileSync(join(project, 'test/fixtures/note.json'), NOTE_JSON.replace('"OutOfOffice"', '"Personal"'));
    git(['add', 'test/fixtures/note.json'], project, env);
    const twins = run('npx', ['--no-install', 'lint-staged'], project, env);
    expect(twins.code).not.toBe(0);
    expect(twins.output).toMatch(/note\.json:4:3: error twin\.mismatch/);
    reset();

    write(project, { 'test/fixtures/good.json': NOTE_JSON.replace('Gone fishing', 'Back soon') });
    git(['add', 'test/fixtures/good.json'], project, env);
    const good = run('npx', ['--no-install', 'lint-staged'], project, env);
    expect(good.code, good.output).toBe(0);
    reset();
  });

  it('lefthook with glob_matcher: doublestar blocks a bad top-level fixture; its default matcher lets it through', () => {
    write(project, { 'lefthook.yml': LEFTHOOK_YML(true) });
    must('npx', ['--no-install', 'lefthook', 'install'], project, env);
    git(['add', 'lefthook.yml'], project, env);
    git(['commit', '-q', '--no-verify', '-m', 'lefthook'], project, env);
    const commits = git(['rev-list', '--count', 'HEAD'], project, env);

    write(project, { 'test/fixtures/bad.json': BAD_JSON });
    git(['add', 'test/fixtures/bad.json'], project, env);
    const blocked = run('git', ['commit', '-m', 'bad fixture'], project, env);
    expect(blocked.code, blocked.output).not.toBe(0);
    expect(blocked.output).toMatch(/bad\.json:3:\d+: error schema\.type/);
    expect(git(['rev-list', '--count', 'HEAD'], project, env)).toBe(commits);

    // A good one goes through.
    rmSync(join(project, 'test/fixtures/bad.json'));
    git(['rm', '-q', '--cached', 'test/fixtures/bad.json'], project, env);
    write(project, { 'test/fixtures/good.json': NOTE_JSON });
    git(['add', 'test/fixtures/good.json'], project, env);
    const good = run('git', ['commit', '-m', 'good fixture'], project, env);
    expect(good.code, good.output).toBe(0);
    expect(good.output).toMatch(/ucwa-check/);

    // Without the setting, `**/` needs a folder: test/fixtures/bad.json is not matched and the commit passes.
    write(project, { 'lefthook.yml': LEFTHOOK_YML(false), 'test/fixtures/bad.json': BAD_JSON });
    git(['add', 'lefthook.yml', 'test/fixtures/bad.json'], project, env);
    const skipped = run('git', ['commit', '-m', 'default matcher'], project, env);
    expect(skipped.code, skipped.output).toBe(0);
    expect(readFileSync(join(project, 'lefthook.yml'), 'utf8')).not.toContain('doublestar');
  });
});
