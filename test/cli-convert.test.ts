import { existsSync, linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, NOTE_JSON, NOTE_XML, removeFolder, tempFolder, ucwa } from './cli-support.js';

const NOTE = JSON.parse(NOTE_JSON) as unknown;
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({
    'note.json': NOTE_JSON,
    'note.xml': NOTE_XML,
    'response.http': `HTTP/1.1 200 OK\nContent-Type: application/vnd.microsoft.com.ucwa+xml\nContent-Length: 1\n${NOTE_XML}`,
    'broken.xml': NOTE_XML.slice(0, 120),
    'batch.txt': `--b1\nContent-Type: application/http; msgtype=response\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n${NOTE_JSON}\n--b1\nContent-Type: application/http; msgtype=response\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n${NOTE_JSON}\n--b1--\n`,
    'get.http': 'GET /ucwa/v1/applications/7/me/note HTTP/1.1\nAccept: application/json\n\n',
  });
});

afterAll(() => removeFolder(dir));

const run = (...args: string[]) => ucwa(['convert', ...args], { cwd: dir });

describe('ucwa convert', () => {
  it('converts XML to JSON on standard output', () => {
    const r = run('note.xml', '--to', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(NOTE);
    expect(r.stdout.endsWith('\n')).toBe(true);
  });

  it('converts JSON to XML, and the XML converts back to the same value', () => {
    const xml = run('note.json', '--to', 'xml');
    expect(xml.code).toBe(0);
    expect(xml.stdout).toMatch(/^<\?xml[^>]*\?>\s*<resource rel="note"/);
    const back = ucwa(['convert', '-', '--to', 'json'], { cwd: dir, input: xml.stdout });
    expect(JSON.parse(back.stdout)).toEqual(NOTE);
  });

  it('converts the body of an HTTP message', () => {
    const r = run('response.http', '--to', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(NOTE);
  });

  it('writes -o only, leaving standard output empty', () => {
    const r = run('note.xml', '--to', 'json', '-o', 'out/../note-out.json');
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(dir, 'note-out.json'), 'utf8'))).toEqual(NOTE);
  });

  it('replaces an existing output file', () => {
    writeFileSync(join(dir, 'old.json'), 'previous content');
    expect(run('note.xml', '--to', 'json', '--output', 'old.json').code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8'))).toEqual(NOTE);
  });

  it('refuses to write over its input, however the path is spelled', () => {
    symlinkSync(join(dir, 'note.json'), join(dir, 'alias.json'));
    linkSync(join(dir, 'note.json'), join(dir, 'hard.json'));
    for (const output of ['note.json', './note.json', join(dir, 'note.json'), 'alias.json', 'hard.json']) {
      const r = run('note.json', '--to', 'json', '-o', output);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/refusing to write over the input/);
    }
    expect(readFileSync(join(dir, 'note.json'), 'utf8')).toBe(NOTE_JSON);
  });

  it('writes nothing when the conversion fails: the existing output is untouched, no temporary file is left', () => {
    writeFileSync(join(dir, 'keep.json'), 'keep me');
    const before = readdirSync(dir).sort();
    const r = run('broken.xml', '--to', 'json', '-o', 'keep.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.xml:\d+:\d+: error xml\.malformed /);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('keep me');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(run('broken.xml', '--to', 'json', '-o', 'never-created.json').code).toBe(1);
    expect(existsSync(join(dir, 'never-created.json'))).toBe(false);
  });

  it('places decoding errors of an HTTP body on the line of the file', () => {
    writeFileSync(join(dir, 'bad.http'), 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  "rel": "note",\n  "message": \n}');
    const r = run('bad.http', '--to', 'xml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.http:7:\d+: error json\.syntax /);
  });

  it('takes one document only: a batch is a usage error, a bodiless message is invalid', () => {
    const batch = run('batch.txt', '--to', 'xml');
    expect(batch.code).toBe(2);
    expect(batch.stderr).toMatch(/cli\.multiple-documents .*2 documents/);
    const get = run('get.http', '--to', 'xml');
    expect(get.code).toBe(1);
    expect(get.stderr).toMatch(/no UCWA JSON or XML body/);
  });

  it('needs --to with json or xml, and exactly one input', () => {
    expect(run('note.json').stderr).toMatch(/--to json\|xml is required/);
    expect(run('note.json', '--to', 'yaml').code).toBe(2);
    expect(run('note.json', 'note.xml', '--to', 'json').code).toBe(2);
    expect(run('--to', 'json').code).toBe(2);
  });

  it('exits 2 for an unreadable input, without a stack trace', () => {
    const r = run('missing.json', '--to', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^missing\.json: error cli\.unreadable .*no such file/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help', () => {
    expect(run('--help')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: ucwa convert/) });
  });
});
