/**
 * Global setup of the e2e suites (vitest.e2e.config.ts), run once: packs
 * this work tree as `npm pack` does for a registry (the build is the one
 * `npm run test:e2e` just made), and releases a snapshot of it with the
 * documented release steps (`npm version patch`: version bumped, CHANGELOG
 * moved, commit, tag), whose tag the git-URL and pre-commit recipes use.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
