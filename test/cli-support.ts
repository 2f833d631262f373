/**
 * Support for the CLI tests (test/cli-*.test.ts): build once, run the built
 * `ucwa` as a user would, in a temporary folder.
 *
 * `ucwa()` runs the built command's runCli in a worker thread of the test
 * process (test/support/cli-worker.mjs), synchronously: starting Node for
 * every call cost a third of a second each, most of `npm test`. What only a
 * real process shows (the entry point, exit status, signals, pipes, a
 * terminal) is tested with `{ spawn: true }`, and UCWA_CLI_SPAWN=1 spawns
 * every call, to check that both ways agree.
 *
 * Several test files may start at once, so the build is guarded by a lock
 * folder in the system temp folder, and skipped when dist/ was built after
 * the last change under src/.
 */
import { spawnSync } from 'node:child_process';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const mainJs = join(root, 'dist', 'cli', 'main.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensureBuilt(): Promise<void> {
  const lock = join(tmpdir(), `ucwa-cli-build-${createHash('sha1').update(root).digest('hex').slice(0, 12)}`);
  const stamp = `${lock}.stamp`;
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than five minutes is stale.
      if (waited > 300_000 || Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    const sources = newestMtime(join(root, 'src'));
    const built = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : 0;
    // Built by this function, or by `npm run build` (as `npm test` does first) after the last change.
    if (existsSync(mainJs) && Math.max(built, statSync(mainJs).mtimeMs) >= sources) return;
    const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
    // tsc still emits when another module has a type error; the CLI tests judge the CLI.
    if (!existsSync(mainJs)) throw new Error(`npm run build produced no dist/cli/main.js:\n${result.stdout}${result.stderr}`);
    writeFileSync(stamp, String(sources));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  /** Start `node dist/cli/main.js` instead of running the command in the worker thread. */
  spawn?: boolean;
}

const SPAWN_ALL = process.env.UCWA_CLI_SPAWN === '1';

/** Runs `ucwa ...args` (the built command) with colour variables cleared unless given. */
export function ucwa(args: string[], options: RunOptions = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'UCWA_DEBUG']) delete env[name];
  Object.assign(env, options.env);
  if (!options.spawn && !SPAWN_ALL) return inWorker(args, options.cwd ?? root, options.input ?? '', env);
  const result = spawnSync(process.execPath, [mainJs, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
    // `ucwa schema` prints the whole bundle (over 1 MiB, spawnSync's default).
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let worker: { port: MessagePort; flag: Int32Array } | undefined;

/** One call of runCli in the worker thread; the caller waits for the answer (at most a minute, as a spawned call). */
function inWorker(args: string[], cwd: string, input: string | Uint8Array, env: Record<string, string | undefined>): Run {
  if (!worker) {
    const { port1, port2 } = new MessageChannel();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const thread = new Worker(new URL('./support/cli-worker.mjs', import.meta.url), {
      workerData: { port: port2, shared: flag.buffer, dist: new URL('../dist/', import.meta.url).href },
      transferList: [port2],
    });
    thread.unref();
    worker = { port: port1, flag };
  }
  Atomics.store(worker.flag, 0, 0);
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  worker.port.postMessage({ args, cwd, input: bytes, env });
  if (Atomics.wait(worker.flag, 0, 0, 60_000) === 'timed-out') throw new Error(`ucwa ${args.join(' ')}: no answer in 60 s`);
  const answer = receiveMessageOnPort(worker.port);
  if (!answer) throw new Error(`ucwa ${args.join(' ')}: the worker answered nothing`);
  return answer.message as Run;
}

/** A fresh temporary folder with these files (text or bytes). */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

// Payloads written for these tests (not taken from the reference).
export const NOTE_JSON = JSON.stringify(
  { rel: 'note', message: 'Back at two', type: 'Personal', _links: { self: { href: '/ucwa/v1/applications/7/me/note' } } },
  null,
  2,
);
export const NOTE_XML = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<resource rel="note" href="/ucwa/v1/applications/7/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">',
  '  <property name="rel">note</property>',
  '  <property name="message">Back at two</property>',
  '  <property name="type">Personal</property>',
  '</resource>',
  '',
].join('\n');
/** `type` outside the NoteType enumeration, on line 4 of the pretty-printed text. */
export const BAD_NOTE_JSON = NOTE_JSON.replace('"Personal"', '"Sleeping"');
