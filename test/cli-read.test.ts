/**
 * Inputs are read up to a ceiling and no further (issue 13, item 5): files,
 * devices that never end, pipes and standard input. Exit 2, input.too-large.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_FILE_BYTES, readCeiling } from '../src/cli/inputs.js';
import { readFileBounded, readStreamBounded } from '../src/cli/read.js';
import { ensureBuilt, mainJs, NOTE_JSON, removeFolder, tempFolder, ucwa } from './cli-support.js';

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({ 'note.json': NOTE_JSON });
  // 100 MB without writing them: a sparse file.
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 100 * 1024 * 1024);
});

afterAll(() => removeFolder(dir));

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the reading ceiling', () => {
  // [path, head, ceiling]
  const rows: Array<[string, Uint8Array, number]> = [
    ['a.json', bytes('{"rel":"me"}'), MAX_BODY_BYTES + 3],
    ['a.xml', bytes('<resource/>'), MAX_BODY_BYTES + 3],
    ['a.json', bytes('{"log": {"entries": []}}'), MAX_FILE_BYTES],
    ['a.har', bytes(''), MAX_FILE_BYTES],
    ['a.http', bytes('{}'), MAX_FILE_BYTES],
    ['a.txt', bytes('HTTP/1.1 200 OK\r\n'), MAX_FILE_BYTES],
    ['-', bytes('--batch_1\r\nContent-Type: application/http\r\n'), MAX_FILE_BYTES],
    ['-', bytes('  {"rel":"me"}'), MAX_BODY_BYTES + 3],
    ['-', new Uint8Array(100), MAX_BODY_BYTES + 3],
    ['a.json', new Uint8Array([0xff, 0xfe, 0x7b, 0]), 2 * MAX_BODY_BYTES + 2],
  ];
  it.each(rows)('%s starting %j reads up to %d bytes', (path, head, ceiling) => {
    expect(readCeiling(path)(head)).toBe(ceiling);
  });
});

describe('bounded reading (unit)', () => {
  it('stops one byte past the ceiling on a device that never ends', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      expect(readFileBounded(device, () => 100_000)).toMatchObject({ tooLarge: true, limit: 100_000 });
    }
  });

  it('reads a file under the ceiling whole, and does not read a regular file past it', () => {
    expect(new TextDecoder().decode(readFileBounded(join(dir, 'note.json'), () => 1000).bytes)).toBe(NOTE_JSON);
    expect(readFileBounded(join(dir, 'note.json'), () => NOTE_JSON.length)).toMatchObject({ tooLarge: false });
    expect(readFileBounded(join(dir, 'note.json'), () => NOTE_JSON.length - 1)).toMatchObject({ tooLarge: true });
    expect(readFileBounded(join(dir, 'huge.json'), () => 1000)).toMatchObject({ tooLarge: true, size: 100 * 1024 * 1024 });
  });

  it('stops pulling from an endless stream, and ends it', async () => {
    let pulled = 0;
    let ended = false;
    async function* endless() {
      try {
        for (;;) {
          pulled++;
          yield new Uint8Array(1000);
        }
      } finally {
        ended = true;
      }
    }
    const read = await readStreamBounded(endless(), () => 100_000);
    expect(read).toMatchObject({ tooLarge: true, limit: 100_000 });
    expect(pulled).toBe(101);
    expect(ended).toBe(true);
  });

  it('asks for the ceiling with the head of the input', async () => {
    const heads: number[] = [];
    await readStreamBounded([bytes('{"a":'), bytes('1}')], (head) => (heads.push(head.length), 100));
    expect(heads).toEqual([7]);
  });
});

/** Prints the child's peak resident memory (bytes) to standard error when it exits. */
const PEAK = "process.on('exit', () => process.stderr.write(`\\npeak ${process.resourceUsage().maxRSS * 1024}\\n`))";

function peakOf(stderr: string): number {
  return Number(/peak (\d+)/.exec(stderr)?.[1]);
}

describe('ucwa stops reading at the ceiling: exit 2, input.too-large', () => {
  it.each(['/dev/zero', '/dev/urandom'])('a device named as an input: %s', (device) => {
    const r = ucwa(['validate', device]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${device}: error input.too-large `);
    expect(r.stdout).toMatch(/holds more; ucwa reads a JSON or XML body \(the decoders' maxBytes\) up to 16777219 bytes/);
    expect(r.stdout).toMatch(/1 unreadable/);
  });

  it('standard input that is a device, or a pipe that never closes', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [mainJs, 'validate', '-'], { stdio: [zero, 'pipe', 'pipe'], encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stdout).toMatch(/^-: error input\.too-large Standard input holds more/);
    } finally {
      closeSync(zero);
    }
    const piped = spawnSync('sh', ['-c', `cat /dev/urandom | "${process.execPath}" "${mainJs}" convert - --to json`], { encoding: 'utf8', timeout: 60_000 });
    expect(piped.status).toBe(2);
    expect(piped.stderr).toMatch(/^-: error input\.too-large /);
  });

  it('a regular file past the ceiling is refused without being read', () => {
    const r = ucwa(['validate', 'huge.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`huge.json: error input.too-large The file is ${100 * 1024 * 1024} bytes; ucwa reads a JSON or XML body`);
    expect(ucwa(['convert', 'huge.json', '--to', 'xml'], { cwd: dir }).code).toBe(2);
  });

  it('keeps memory bounded by the ceiling, whatever the input', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['-e', `${PEAK}; import(${JSON.stringify(mainJs)})`, '--', mainJs, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const small = run(['validate', 'note.json']);
    const endless = run(['validate', '/dev/urandom']);
    expect(small.status).toBe(0);
    expect(endless.status).toBe(2);
    // Reading /dev/urandom costs the 16 MiB ceiling (and its copy), not more.
    expect(peakOf(endless.stderr) - peakOf(small.stderr)).toBeLessThan(4 * MAX_BODY_BYTES);
  });
});
