/** `ucwa diff A B`, run as a user would (src/cli/commands/diff.ts over src/check/diff.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, NOTE_JSON, NOTE_XML, removeFolder, tempFolder, ucwa } from './cli-support.js';

const APP = '/ucwa/oauth/v1/applications/311/communication/conversations/7f2';
const participant = (who: string, organizer: boolean) => ({
  rel: 'participant',
  name: who,
  uri: `sip:${who}@example.org`,
  organizer,
  _links: { self: { href: `${APP}/participants/${who}@example.org` } },
});
const participants = (list: object[], etag: string) => ({ rel: 'participants', etag, _links: { self: { href: `${APP}/participants` } }, _embedded: { participant: list } });

const OLD = participants([participant('ada', true), participant('alan', false), participant('edsger', false)], '11');
const NEW = participants([participant('alan', false), participant('ada', false), participant('grace', true)], '12');

const har = (entries: Array<{ url: string; request?: object; response: object }>) =>
  JSON.stringify({
    log: {
      entries: entries.map((e) => ({
        request: { method: e.request ? 'POST' : 'GET', url: `https://fe1.example.com${e.url}`, headers: [], ...(e.request && { postData: { mimeType: 'application/json', text: JSON.stringify(e.request) } }) },
        response: { status: 200, headers: [], content: { mimeType: 'application/json', text: JSON.stringify(e.response) } },
      })),
    },
  });

const NOTE = { rel: 'note', message: 'Back at two', type: 'Personal', _links: { self: { href: '/ucwa/v1/applications/7/me/note' } } };

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({
    'note.xml': NOTE_XML,
    'note.json': NOTE_JSON,
    'old.json': JSON.stringify(OLD, null, 2),
    'new.json': JSON.stringify(NEW, null, 2),
    'old.har': har([
      { url: `${APP}/participants`, response: OLD },
      { url: '/ucwa/v1/applications/7/me/note', request: { message: 'Back at two' }, response: NOTE },
    ]),
    'new.har': har([
      { url: `${APP}/participants`, response: NEW },
      { url: '/ucwa/v1/applications/7/me/note', request: { message: 'Back at three' }, response: { ...NOTE, message: 'Back at three' } },
    ]),
    'bad.xml': '<resource rel="note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="message">x</resource>',
  });
});
afterAll(() => removeFolder(dir));

describe('ucwa diff', () => {
  it('finds an XML payload and its JSON form equal (exit 0)', () => {
    expect(ucwa(['diff', 'note.xml', 'note.json'], { cwd: dir })).toEqual({ code: 0, stdout: 'no differences\n', stderr: '' });
  });

  it('names changed, added, removed and moved places by JSON pointer (exit 1)', () => {
    const run = ucwa(['diff', 'old.json', 'new.json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        '--- old.json',
        '+++ new.json',
        '> /_embedded/participant/0 -> /_embedded/participant/1 (moved)',
        '~ /_embedded/participant/1/organizer: true -> false',
        '- /_embedded/participant/2: {"rel":"participant","name":"edsger","uri":"sip:edsger@example.org","organizer":false,"_links":{"self":{"href":"/ucwa...',
        '+ /_embedded/participant/2: {"rel":"participant","name":"grace","uri":"sip:grace@example.org","organizer":true,"_links":{"self":{"href":"/ucwa/oa...',
        '~ /etag: "11" -> "12"',
        '5 differences: 2 changed, 1 added, 1 removed, 1 moved',
        '',
      ].join('\n'),
    );
  });

  it('leaves out places matching --ignore globs, and what is below them', () => {
    const run = ucwa(['diff', 'old.json', 'new.json', '--ignore', '**/etag', '--ignore', '/_embedded/participant/*/organizer', '--ignore', '/_embedded/participant/2'], { cwd: dir });
    expect(run.stdout).toBe('--- old.json\n+++ new.json\n> /_embedded/participant/0 -> /_embedded/participant/1 (moved)\n1 difference: 1 moved\n');
    // Hrefs ignored: items are paired in order, and what differs is what each index holds.
    const byIndex = ucwa(['diff', 'old.json', 'new.json', '--ignore', '**/etag', '--ignore', '**/href', '--format', 'json'], { cwd: dir });
    const changes = JSON.parse(byIndex.stdout).documents[0].changes;
    expect(changes.map((c: { path: string }) => c.path)).toEqual([
      '/_embedded/participant/0/name', '/_embedded/participant/0/organizer', '/_embedded/participant/0/uri',
      '/_embedded/participant/1/name', '/_embedded/participant/1/uri',
      '/_embedded/participant/2/name', '/_embedded/participant/2/organizer', '/_embedded/participant/2/uri',
    ]);
  });

  it('gives the changes as JSON with --format json', () => {
    const run = ucwa(['diff', 'old.json', 'new.json', '--format', 'json', '--ignore', '/_embedded'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      equal: false,
      documents: [{ left: 'old.json', right: 'new.json', equal: false, changes: [{ kind: 'changed', path: '/etag', left: '11', right: '12' }] }],
      summary: { documents: 1, different: 1, added: 0, removed: 0, changed: 1, moved: 0 },
    });
  });

  it('compares HAR entries named as validate numbers them, or all of them in order', () => {
    const one = ucwa(['diff', 'old.har#2', 'new.har#2', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(one.stdout).documents).toEqual([
      {
        left: 'old.har#entry 2 GET https://fe1.example.com/ucwa/v1/applications/7/me/note (response)'.replace('GET', 'POST'),
        right: 'new.har#entry 2 POST https://fe1.example.com/ucwa/v1/applications/7/me/note (response)',
        equal: false,
        changes: [{ kind: 'changed', path: '/message', left: 'Back at two', right: 'Back at three' }],
      },
    ]);
    const request = ucwa(['diff', 'old.har#2:request', 'note.json', '--format', 'json', '--ignore', '/_links', '--ignore', '/rel', '--ignore', '/type'], { cwd: dir });
    expect(JSON.parse(request.stdout).equal).toBe(true);
    expect(request.code).toBe(0);
    // A HAR entry against a bare file.
    expect(ucwa(['diff', 'old.har#1', 'old.json'], { cwd: dir }).code).toBe(0);
    const all = ucwa(['diff', 'old.har', 'new.har', '--ignore', '/_embedded'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(all.stdout.split('\n').filter((l) => /^[-+~>] \//.test(l))).toEqual(['~ /etag: "11" -> "12"', '~ /message: "Back at two" -> "Back at three"', '~ /message: "Back at two" -> "Back at three"']);
    expect(all.stdout).toMatch(/3 differences in 3 of 3 documents: 3 changed\n$/);
  });

  it('exits 2 on usage errors and on payloads it cannot read or decode', () => {
    expect(ucwa(['diff', 'note.xml'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('give two payloads') });
    expect(ucwa(['diff', 'old.har#9', 'new.har#1'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('old.har#9 names no document of old.har; it holds: entry 1 GET') });
    expect(ucwa(['diff', 'old.har#x', 'new.har#1'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('document number') });
    expect(ucwa(['diff', 'missing.json', 'note.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('cli.unreadable') });
    expect(ucwa(['diff', 'bad.xml', 'note.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^bad\.xml:1:\d+: error xml\.malformed/) });
    expect(ucwa(['diff', 'note.xml', 'note.json', '--format', 'yaml'], { cwd: dir }).code).toBe(2);
  });

  it('reads one side from standard input', () => {
    expect(ucwa(['diff', '-', 'note.xml'], { cwd: dir, input: NOTE_JSON })).toMatchObject({ code: 0, stdout: 'no differences\n' });
  });
});
