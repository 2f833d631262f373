/**
 * The CLI on captured exchanges (raw HTTP, batches, HAR): the checks of a
 * request and its response together; and the commands that show
 * operations and scopes (`ucwa resource`, `ucwa scopes`, `ucwa resources
 * --format json`). Every capture here is made up for these tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, removeFolder, tempFolder, ucwa } from './cli-support.js';

const BASE = 'https://lync.example.org/ucwa/oauth/v1/applications/512';
const PATH = '/ucwa/oauth/v1/applications/512';

/** A raw capture: four exchanges, one of each kind of finding (and one clean). */
const EXCHANGES = [
  `GET ${BASE}/me/location HTTP/1.1`, // 1
  'Accept: application/json',
  '',
  'HTTP/1.1 409 Conflict', // 4
  'Content-Type: application/json',
  '',
  '{"code": "Conflict", "subcode": "MakeMeAvailableRequired", "message": "invented"}', // 7: documented
  '',
  `GET ${BASE}/me/note HTTP/1.1`, // 9
  '',
  'HTTP/1.1 404 Not Found', // 11
  'Content-Type: application/json',
  '',
  '{', // 14
  '  "code": "Conflict",', // 15: status mismatch
  '  "subcode": "AlreadyExists"',
  '}',
  '',
  `DELETE ${BASE}/me/note HTTP/1.1`, // 19: undocumented method
  '',
  'HTTP/1.1 204 No Content', // 21
  '',
  `GET ${BASE}/me/presence HTTP/1.1`, // 23
  '',
  'HTTP/1.1 409 Conflict', // 25
  'Content-Type: application/json',
  '',
  '{"code": "Conflict", "subcode": "TooManyContacts"}', // 28: undocumented subcode
  '',
].join('\n');

const part = (lines: string[], boundary: string) =>
  [`--${boundary}`, `Content-Type: application/http; msgtype=${lines[0]!.startsWith('HTTP') ? 'response' : 'request'}`, '', ...lines].join('\n');

/** A batch request followed by its response, in one raw capture. */
const BATCH = [
  `POST ${BASE}/batch HTTP/1.1`,
  'Content-Type: multipart/batching; boundary=q1',
  '',
  part([`GET ${PATH}/me/note HTTP/1.1`, ''], 'q1'),
  part([`PUT ${PATH}/me/note HTTP/1.1`, ''], 'q1'),
  part([`GET ${PATH}/me/location HTTP/1.1`, ''], 'q1'),
  part([`GET ${PATH}/me/presence HTTP/1.1`, ''], 'q1'),
  '--q1--',
  'HTTP/1.1 200 OK',
  'Content-Type: multipart/batching; boundary=r1',
  '',
  part(['HTTP/1.1 409 Conflict', 'Content-Type: application/json', '', '{"code":"Conflict","subcode":"MakeMeAvailableRequired"}'], 'r1'),
  part(['HTTP/1.1 204 No Content', ''], 'r1'),
  part(['HTTP/1.1 410 Gone', 'Content-Type: application/json', '', '{"code":"NotFound"}'], 'r1'),
  part(['HTTP/1.1 409 Conflict', 'Content-Type: application/json', '', '{"code":"Conflict","subcode":"LimitExceeded"}'], 'r1'),
  '--r1--',
  '',
].join('\n');

function har(entries: Array<{ method: string; url: string; status: number; body?: string; headers?: Array<{ name: string; value: string }> }>): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'invented', version: '1' },
      entries: entries.map((e) => ({
        request: { method: e.method, url: e.url, headers: e.headers ?? [] },
        response: { status: e.status, headers: [], content: e.body ? { mimeType: 'application/vnd.microsoft.com.ucwa+json', text: e.body } : { mimeType: 'text/html', text: '' } },
      })),
    },
  });
}

const CAPTURE_HAR = har([
  { method: 'GET', url: `${BASE}/me`, status: 200, body: JSON.stringify({ rel: 'me', name: 'Ada', _links: { self: { href: `${PATH}/me` } } }) },
  { method: 'GET', url: `${BASE}/me/note`, status: 409, body: JSON.stringify({ code: 'Conflict', subcode: 'MakeMeAvailableRequired' }) },
  { method: 'GET', url: `${BASE}/me/location`, status: 500, body: JSON.stringify({ code: 'Conflict' }) },
  { method: 'PUT', url: `${BASE}/me/presence`, status: 405 },
  { method: 'OPTIONS', url: `${BASE}/me/presence`, status: 200, headers: [{ name: 'Access-Control-Request-Method', value: 'POST' }] },
  { method: 'POST', url: `${BASE}/communication/startMessaging`, status: 409, body: JSON.stringify({ code: 'Conflict', subcode: 'NoDelegatesConfigured' }) },
  { method: 'GET', url: 'https://cdn.example.org/app.js', status: 200 },
]);

let dir: string;
const run = (...args: string[]) => ucwa(args, { cwd: dir });
const lines = (stdout: string) => stdout.trimEnd().split('\n');

beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({ 'exchanges.http': EXCHANGES, 'batch-exchange.http': BATCH, 'capture.har': CAPTURE_HAR });
});

afterAll(() => removeFolder(dir));

describe('ucwa validate: exchanges in a raw HTTP capture', () => {
  it('accepts a documented error; reports a status mismatch, an undocumented method and an undocumented subcode where they are', () => {
    const r = run('validate', 'exchanges.http');
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'exchanges.http#message 4 404 Not Found:15:11: error http.status-mismatch The error code `Conflict` goes with status 409, but the status line says 404. (at /code)',
      `exchanges.http#message 5 DELETE ${BASE}/me/note:19:1: warning http.method DELETE is not an operation of the note resource: it documents GET and POST.`,
      expect.stringMatching(/^exchanges\.http#message 8 409 Conflict:28:33: warning http\.undocumented-error Conflict \(TooManyContacts\) is not an error that GET presence documents/),
      '1 file checked (4 documents), 3 valid, 1 invalid',
    ]);
  });

  it('makes the undocumented method and error errors with --strict; the mismatch is an error either way', () => {
    const r = run('validate', 'exchanges.http', '--strict', '--format', 'json');
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<{ severity: string; code: string }> }> };
    expect(report.files.flatMap((f) => f.diagnostics.map((d) => `${d.severity} ${d.code}`))).toEqual([
      'error http.status-mismatch',
      'error http.method',
      'error http.undocumented-error',
    ]);
  });
});

describe('ucwa validate: a batch request and its response', () => {
  it('checks the n-th request part with the n-th response part', () => {
    const r = run('validate', 'batch-exchange.http');
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((l) => l.replace(/ (?:is|goes|The) .*$/, ''))).toEqual([
      `batch-exchange.http#message 1 POST ${BASE}/batch#part 2 PUT ${PATH}/me/note: warning http.method PUT`,
      `batch-exchange.http#message 2 200 OK#part 3 410 Gone:${BATCH.split('\n').indexOf('{"code":"NotFound"}') + 1}:9: error http.status-mismatch`,
      `batch-exchange.http#message 2 200 OK#part 4 409 Conflict:${BATCH.split('\n').indexOf('{"code":"Conflict","subcode":"LimitExceeded"}') + 1}:30: warning http.undocumented-error Conflict (LimitExceeded)`,
      '1 file checked (4 documents), 3 valid, 1 invalid',
    ]);
  });
});

describe('ucwa validate: HAR entries as exchanges', () => {
  it('checks each UCWA entry with its status, method and URL; leaves preflights and other traffic alone', () => {
    const r = run('validate', 'capture.har', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; status: string; diagnostics: Array<{ code: string; severity: string; path: string }> }> };
    expect(report.files.map((f) => [f.path.replace(/ https:\/\/\S+/, ''), f.status, f.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)])).toEqual([
      ['capture.har#entry 1 GET (response)', 'valid', []],
      ['capture.har#entry 2 GET (response)', 'valid', []],
      ['capture.har#entry 3 GET (response)', 'invalid', ['error http.status-mismatch /code']],
      ['capture.har#entry 4 PUT', 'valid', ['warning http.method ']],
      ['capture.har#entry 6 POST (response)', 'valid', ['warning http.undocumented-error /subcode']],
    ]);
  });
});

describe('ucwa resource', () => {
  it('prints one resource: fields with types, links, operations with their errors, scopes', () => {
    const r = run('resource', 'note');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^note: page note, type Note, rel note\n/);
    expect(out).toMatch(/^ {2}type\s+NoteType \(OutOfOffice \| Personal\)/m);
    expect(out).toMatch(/^ {2}POST\s+request NotePostInput, response none$/m);
    expect(out).toMatch(/^ {10}409 Conflict \(MakeMeAvailableRequired\)$/m);
    expect(out).toMatch(/^ {2}User\.ReadWrite\s+Read\/write Skype user information$/m);
  });

  it('gives the same as JSON, finds aliases, and exits 2 for an unknown name', () => {
    const summary = JSON.parse(run('resource', 'organizer', '--format', 'json').stdout) as { aliasOf: string; operations: Array<{ method: string }>; scopes: Array<{ scope: string }> };
    expect(summary.aliasOf).toBe('Contact');
    expect(summary.operations.map((o) => o.method)).toEqual(['GET']);
    const bad = run('resource', 'nothing-like-it');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/schema\.unknown-resource/);
  });
});

describe('ucwa scopes', () => {
  it('prints the least scopes for the resources and operations named, and the alternatives', () => {
    const r = run('scopes', 'me', 'Note', 'POST', 'startMessaging', `${BASE}/people/contacts/ada@example.org`);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([
      'Contacts.ReadWrite      Read/write Skype user contacts and groups',
      'Conversations.Initiate  Initiate conversations and join meetings',
      'User.ReadWrite          Read/write Skype user information',
      '',
      'for 4 resources (any one scope of a row allows it):',
      '  me              User.ReadWrite',
      '  note            User.ReadWrite',
      '  startMessaging  Conversations.Initiate or Conversations.Receive',
      '  contact         Contacts.ReadWrite',
      'as well: Contacts.ReadWrite, Conversations.Receive, User.ReadWrite',
    ]);
  });

  it('takes the resources from a capture with --from, as JSON', () => {
    const r = run('scopes', '--from', 'capture.har', '--format', 'json');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { scopes: Array<{ scope: string }>; resources: Array<{ page: string }>; unknown: string[] };
    expect(plan.scopes.map((s) => s.scope)).toEqual(['Conversations.Initiate', 'User.ReadWrite']);
    expect(plan.resources.map((p) => p.page)).toEqual(['me', 'note', 'location', 'presence', 'startMessaging']);
  });

  it('exits 2 for an unknown resource or an operation the resource does not document', () => {
    expect(run('scopes', 'nothing-like-it').code).toBe(2);
    const r = run('scopes', 'DELETE', 'note');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DELETE is not an operation of note \(it documents GET, POST\)/);
    expect(run('scopes').code).toBe(2);
  });
});
