/**
 * Where `ucwa convert -o` writes (issue 13, item 1): regular files
 * atomically, keeping owner and mode; links followed (the link stays);
 * devices, pipes and standard output written directly, never renamed over.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, mainJs, NOTE_JSON, NOTE_XML, removeFolder, tempFolder, ucwa } from './cli-support.js';

const NOTE = JSON.parse(NOTE_JSON) as unknown;
const isRoot = process.getuid?.() === 0;
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({ 'note.xml': NOTE_XML, 'note.json': NOTE_JSON });
});

afterAll(() => removeFolder(dir));

const convert = (output: string) => ucwa(['convert', 'note.xml', '--to', 'json', '-o', output], { cwd: dir });
const json = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as unknown;
/** No temporary file is left beside the outputs. */
const noTemporaryFiles = () => expect(readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([]);

describe('standard output and error', () => {
  // [output, stream the JSON lands on]
  const rows: Array<[string, 'stdout' | 'stderr']> = [
    ['/dev/stdout', 'stdout'],
    ['/dev/fd/1', 'stdout'],
    ['/proc/self/fd/1', 'stdout'],
    ['/dev/stderr', 'stderr'],
    ['/dev/fd/2', 'stderr'],
  ];
  it.each(rows)('-o %s writes to %s and leaves the path as it was', (output, stream) => {
    const before = lstatSync(output);
    const r = convert(output);
    expect(r.code).toBe(0);
    expect(JSON.parse(r[stream])).toEqual(NOTE);
    expect(r[stream === 'stdout' ? 'stderr' : 'stdout']).toBe('');
    const after = lstatSync(output);
    expect([after.ino, after.mode, after.isSymbolicLink()]).toEqual([before.ino, before.mode, before.isSymbolicLink()]);
  });

  it('another descriptor (/dev/fd/3) is written directly, whatever it is open on', () => {
    const script = `"${process.execPath}" "${mainJs}" convert note.xml --to json -o /dev/fd/3 3> fd3.json`;
    const r = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(json('fd3.json')).toEqual(NOTE);
    noTemporaryFiles();
  });

  it('also through a link of ours that points there', () => {
    symlinkSync('/dev/stdout', join(dir, 'to-stdout'));
    const r = convert('to-stdout');
    expect(JSON.parse(r.stdout)).toEqual(NOTE);
    expect(lstatSync(join(dir, 'to-stdout')).isSymbolicLink()).toBe(true);
  });
});

describe('devices, named pipes and sockets are written directly', () => {
  it('a character device stays a device (the audit: -o /dev/null as root replaced the node)', () => {
    // A private copy of /dev/null where the system lets us make one (root), so a regression cannot break the machine.
    const device = join(dir, 'null');
    const made = spawnSync('mknod', [device, 'c', '1', '3']).status === 0;
    const output = made ? device : '/dev/null';
    const r = convert(output);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(statSync(output).isCharacterDevice()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    noTemporaryFiles();
  });

  it('a named pipe gets the text, and stays a pipe', () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const script = `cat "${fifo}" > "${join(dir, 'from-pipe.json')}" & "${process.execPath}" "${mainJs}" convert note.xml --to json -o pipe; code=$?; wait; exit $code`;
    const r = spawnSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(json('from-pipe.json')).toEqual(NOTE);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    noTemporaryFiles();
  });

  describe('a socket', () => {
    let server: Server;
    const socket = () => join(dir, 'sock');
    beforeAll(() => new Promise<void>((done) => (server = createServer().listen(socket(), done))));
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('cannot be opened: exit 2, cli.unwritable, and it stays a socket', () => {
      const r = convert(socket());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error cli\.unwritable Cannot write .*sock: cannot be opened for writing/);
      expect(lstatSync(socket()).isSocket()).toBe(true);
    });
  });
});

describe('symbolic links are followed; the link stays', () => {
  it.each([
    ['a link to a file', 'link.json', 'target.json', () => symlinkSync('target.json', join(dir, 'link.json'))],
    ['a chain of links', 'chain.json', 'target2.json', () => (symlinkSync('target2.json', join(dir, 'middle.json')), symlinkSync('middle.json', join(dir, 'chain.json')))],
    ['a relative link in another folder', 'sub/link.json', 'target3.json', () => (mkdirSync(join(dir, 'sub')), symlinkSync('../target3.json', join(dir, 'sub/link.json')))],
  ])('%s', (_name, link, target, make) => {
    writeFileSync(join(dir, target), 'old');
    make();
    expect(convert(link).code).toBe(0);
    expect(lstatSync(join(dir, link)).isSymbolicLink()).toBe(true);
    expect(json(target)).toEqual(NOTE);
    noTemporaryFiles();
  });

  it('a dangling link: its target is created', () => {
    symlinkSync('created.json', join(dir, 'dangling.json'));
    expect(convert('dangling.json').code).toBe(0);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(json('created.json')).toEqual(NOTE);
  });

  it('a link to the input is still refused', () => {
    symlinkSync('note.json', join(dir, 'to-input-1'));
    symlinkSync('to-input-1', join(dir, 'to-input-2'));
    const r = ucwa(['convert', 'note.json', '--to', 'json', '-o', 'to-input-2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write over the input/);
    expect(readFileSync(join(dir, 'note.json'), 'utf8')).toBe(NOTE_JSON);
  });
});

describe('regular files', () => {
  it('are replaced atomically, keeping their mode (and owner and group, as root)', () => {
    const path = join(dir, 'kept.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    if (isRoot) chownSync(path, 1234, 2345);
    const before = statSync(path);
    expect(convert('kept.json').code).toBe(0);
    const after = statSync(path);
    expect(after.ino).not.toBe(before.ino); // a new file, renamed into place
    expect([after.mode, after.uid, after.gid]).toEqual([before.mode, before.uid, before.gid]);
    expect(json('kept.json')).toEqual(NOTE);
    noTemporaryFiles();
  });

  it('a missing file is created; a folder or a missing folder is cli.unwritable, exit 2', () => {
    expect(convert('new.json').code).toBe(0);
    expect(json('new.json')).toEqual(NOTE);
    mkdirSync(join(dir, 'folder'));
    for (const [output, why] of [
      ['folder', 'is a folder'],
      ['absent/x.json', 'no such folder'],
    ]) {
      const r = convert(output!);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${output}: error cli.unwritable Cannot write ${output}: ${why}.\n`);
    }
    expect(existsSync(join(dir, 'absent'))).toBe(false);
    noTemporaryFiles();
  });

  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find(existsSync);
  it.skipIf(!isRoot || !setpriv)('owned by another user: rewritten in place so the owner stays (skipped unless root with setpriv)', () => {
    const shared = tempFolder({ 'note.xml': NOTE_XML, 'theirs.json': 'old' });
    try {
      chmodSync(shared, 0o777);
      chmodSync(join(shared, 'note.xml'), 0o644);
      chmodSync(join(shared, 'theirs.json'), 0o666);
      const before = statSync(join(shared, 'theirs.json'));
      const r = spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, mainJs, 'convert', 'note.xml', '--to', 'json', '-o', 'theirs.json'], { cwd: shared, encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const after = statSync(join(shared, 'theirs.json'));
      expect([after.ino, after.uid, after.gid, after.mode]).toEqual([before.ino, 0, 0, before.mode]);
      expect(JSON.parse(readFileSync(join(shared, 'theirs.json'), 'utf8'))).toEqual(NOTE);
      expect(readdirSync(shared).sort()).toEqual(['note.xml', 'theirs.json']);
    } finally {
      removeFolder(shared);
    }
  });
});
