/**
 * Global setup of the e2e suites (vitest.e2e.config.ts), run once: packs
 * this work tree as `npm pack` does for a registry (the build is the one
 * `npm run test:e2e` just made), and releases a snapshot of it with the
 * documented release steps (a line under "Unreleased" in CHANGELOG.md, then
 * `npm version patch`: version bumped, CHANGELOG moved, commit, tag), whose
 * tag the git-URL and pre-commit recipes use.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { childEnv, git, must, root, snapshot, type E2eContext } from './e2e.js';

let workDir = '';

export function setup(project: TestProject): void {
  workDir = mkdtempSync(join(tmpdir(), 'ucwa-e2e-'));
  const home = join(workDir, 'home');
  const env = childEnv(home);

  const packed = JSON.parse(must('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], root, env)) as [
    { filename: string; size: number; unpackedSize: number; entryCount: number },
  ];
  const { filename, size, unpackedSize, entryCount } = packed[0];

  const releasedRepo = join(workDir, 'released-repo');
  snapshot(releasedRepo, env);
  // Release step 1: the change is listed under "Unreleased" (empty right after a real release).
  const changelog = join(releasedRepo, 'CHANGELOG.md');
  writeFileSync(changelog, readFileSync(changelog, 'utf8').replace('\n## Unreleased\n\n', '\n## Unreleased\n\n- Fix nothing: a release of a snapshot made by the e2e suites.\n'));
  git(['commit', '-q', '--no-verify', '-am', 'CHANGELOG: the snapshot release'], releasedRepo, env);
  must('npm', ['version', 'patch', '--no-audit', '--no-fund'], releasedRepo, env);
  const releaseVersion = (JSON.parse(readFileSync(join(releasedRepo, 'package.json'), 'utf8')) as { version: string }).version;
  const releaseTag = git(['describe', '--tags', '--exact-match', 'HEAD'], releasedRepo, env);

  const context: E2eContext = {
    tarball: join(workDir, filename),
    pack: { size, unpackedSize, entryCount },
    releasedRepo,
    releaseTag,
    releaseVersion,
    workDir,
    home,
  };
  project.provide('e2e', context);
}

export function teardown(): void {
  if (workDir && !process.env.UCWA_E2E_KEEP) rmSync(workDir, { recursive: true, force: true });
}
