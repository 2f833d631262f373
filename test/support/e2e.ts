/**
 * What the end-to-end suites (`npm run test:e2e`, test/*-e2e.test.ts) share:
 * child processes with a clean environment, throwaway git repositories, a
 * snapshot of this work tree as a repository of its own, and the values the
 * global setup (e2e-setup.ts) provides: the packed tarball and a released
 * snapshot (tagged by the release steps).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const MINUTES = 60_000;
export const inCi = Boolean(process.env.CI);

/** What the global setup hands to every e2e file (vitest `inject`). */
export interface E2eContext {
  /** The `npm pack` tarball of this work tree, as users install it. */
  tarball: string;
  /** npm's figures for it. */
  pack: { size: number; unpackedSize: number; entryCount: number };
  /** A snapshot of this work tree, released with `npm version patch` (bumped, CHANGELOG moved, committed, tagged). */
  releasedRepo: string;
  /** The tag the release steps created (`v0.1.1`), and the version. */
  releaseTag: string;
  releaseVersion: string;
  /** A folder for the test files' own work (removed at the end). */
  workDir: string;
  /** HOME-like folder with the child environment's git config and npm cache. */
  home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eContext;
  }
}

/**
 * Child environment: no npm script variables of the outer `npm test` (they
 * would redirect npm), no git overrides, a git config of its own, the
 * repository's node_modules/.bin on PATH (tsx for the release script).
 */
export function childEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|NPM_|GIT_|INIT_CWD$|PRE_COMMIT)/.test(name)) continue;
    env[name] = value;
  }
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'gitconfig'), '[init]\n\tdefaultBranch = main\n[user]\n\tname = ucwa test\n\temail = test@example.invalid\n');
  return {
    ...env,
    PATH: [join(root, 'node_modules/.bin'), env.PATH ?? ''].join(delimiter),
    PRE_COMMIT_HOME: join(home, 'pre-commit-home'),
    GIT_CONFIG_GLOBAL: join(home, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

export interface Ran {
  code: number | null;
  output: string;
  stdout: string;
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, options: SpawnSyncOptions = {}): Ran {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 8 * MINUTES, maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  const stdout = String(result.stdout ?? '');
  return { code: result.status, output: `${stdout}${String(result.stderr ?? '')}`, stdout };
}

/** Runs a command that must succeed; returns its standard output, trimmed. */
export function must(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const ran = run(command, args, cwd, env);
  if (ran.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${ran.code}):\n${ran.output}`);
  return ran.stdout.trim();
}

export const git = (args: string[], cwd: string, env: NodeJS.ProcessEnv): string => must('git', args, cwd, env);

/** This work tree (tracked and untracked, not ignored files) as a fresh one-commit repository; returns its HEAD. */
export function snapshot(target: string, env: NodeJS.ProcessEnv): string {
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
  git(['commit', '-q', '--no-verify', '-m', 'snapshot'], target, env);
  return git(['rev-parse', 'HEAD'], target, env);
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** Bytes of a folder on disk (files only), for the sizes the README reports. */
export function folderBytes(dir: string): number {
  const out = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return Number(out.stdout.split(/\s/)[0] ?? 0);
}

// Payloads written for the hook tests.
export const NOTE_JSON = `${JSON.stringify({ rel: 'note', message: 'Gone fishing', type: 'OutOfOffice', _links: { self: { href: '/ucwa/v1/applications/3/me/note' } } }, null, 2)}\n`;
export const NOTE_XML = `<?xml version="1.0" encoding="utf-8"?>
<resource rel="note" href="/ucwa/v1/applications/3/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
  <property name="message">Gone fishing</property>
  <property name="type">OutOfOffice</property>
</resource>
`;
/** `message` must be a string (an error in every mode), on line 3. */
export const BAD_JSON = NOTE_JSON.replace('"Gone fishing"', '42');
