import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_NOTE_JSON, ensureBuilt, NOTE_JSON, NOTE_XML, removeFolder, tempFolder, ucwa } from './cli-support.js';

const NOTE = JSON.parse(NOTE_JSON) as Record<string, unknown>;
/** `message` must be a string: an error in every mode, on line 3 of the pretty-printed text. */
const WRONG_TYPE_JSON = JSON.stringify({ ...NOTE, message: 5 }, null, 2);

const B = 'c0ffee00-aaaa-4bbb-8ccc-dddddddddddd';
const BATCH_BODY = [
  `--${B}`,
  'Content-Type: application/http; msgtype=response',
  '',
  'HTTP/1.1 200 OK',
  'Content-Type: application/json; charset=utf-8',
  '',
  NOTE_JSON,
  `--${B}`,
  'Content-Type: application/http; msgtype=response',
  '',
  'HTTP/1.1 200 OK',
  'Content-Type: application/json; charset=utf-8',
  '',
  WRONG_TYPE_JSON,
  `--${B}--`,
  '',
].join('\n');

function har(entries: Array<{ method: string; url: string; request?: { mimeType: string; text: string }; response?: { mimeType: string; text: string; encoding?: string } }>): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: entries.map((e) => ({
        request: { method: e.method, url: e.url, headers: [], ...(e.request ? { postData: e.request } : {}) },
        response: { status: 200, headers: [], content: e.response ?? { mimeType: 'text/html', text: '' } },
      })),
    },
  });
}

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempFolder({
    'note.json': NOTE_JSON,
    'note.xml': NOTE_XML,
    'wrong-type.json': WRONG_TYPE_JSON,
    'unknown-enum.json': BAD_NOTE_JSON,
    'response.http': `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n${WRONG_TYPE_JSON.replace(/\n/g, '\r\n')}`,
    'xml-response.http': `HTTP/1.1 200 OK\nContent-Type: application/vnd.microsoft.com.ucwa+xml\n${NOTE_XML}`,
    'no-status.http': `Content-Type: application/json\n\n${WRONG_TYPE_JSON}`,
    'get.http': 'Get https://host.example/ucwa/v1/applications/7/me/note HTTP/1.1\nAccept: application/json\n\n',
    'message.http': 'Post https://host.example/ucwa/v1/applications/7/communication/messaging/sendMessage HTTP/1.1\nContent-Type: text/plain\n\nhello',
    'batch.txt': BATCH_BODY,
    'batch.http': `HTTP/1.1 200 OK\nContent-Type: multipart/batching; boundary="${B}"\n\n${BATCH_BODY}`,
    'capture.har': har([
      { method: 'GET', url: 'https://host.example/ucwa/v1/applications/7/me/note', response: { mimeType: 'application/vnd.microsoft.com.ucwa+json', text: NOTE_JSON } },
      { method: 'GET', url: 'https://host.example/logo.png', response: { mimeType: 'image/png', text: 'iVBORw0KGgo=', encoding: 'base64' } },
      { method: 'GET', url: 'https://host.example/ucwa/v1/applications/7/me/note', response: { mimeType: 'application/json; charset=utf-8', text: WRONG_TYPE_JSON } },
      { method: 'GET', url: 'https://host.example/other/api', response: { mimeType: 'application/json', text: '{"not":"ucwa"' } },
      { method: 'GET', url: 'https://host.example/ucwa/v1/applications/7/me/note', response: { mimeType: 'application/xml', text: Buffer.from(NOTE_XML).toString('base64'), encoding: 'base64' } },
      { method: 'PUT', url: 'https://host.example/ucwa/v1/applications/7/me/note', request: { mimeType: 'application/vnd.microsoft.com.ucwa+json', text: '{"rel":"note",' } },
    ]),
    'empty-capture.har': har([{ method: 'GET', url: 'https://host.example/' }]),
    'tree/a.json': NOTE_JSON,
    'tree/sub/b.xml': NOTE_XML,
    'tree/sub/readme.md': '# not a payload',
    'tree/node_modules/dep/c.json': '{"broken"',
    'tree/.hidden/d.json': '{"broken"',
  });
});

afterAll(() => removeFolder(dir));

const run = (...args: string[]) => ucwa(['validate', ...args], { cwd: dir });
/** As a user runs it: a process of its own, with its exit status. */
const spawned = (...args: string[]) => ucwa(['validate', ...args], { cwd: dir, spawn: true });

describe('ucwa validate: bare bodies', () => {
  it('accepts valid JSON and XML, exit 0 and a summary', () => {
    const r = spawned('note.json', 'note.xml');
    expect(r.stdout).toBe('2 files checked, 2 valid, 0 invalid\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('reports a problem as path:line:column: severity code message, exit 1', () => {
    const r = spawned('wrong-type.json');
    expect(r.code).toBe(1);
    const [line, summary] = r.stdout.trimEnd().split('\n');
    expect(line).toMatch(/^wrong-type\.json:3:\d+: error schema\.type .*message/);
    expect(summary).toBe('1 file checked, 0 valid, 1 invalid');
  });

  it('keeps an unknown enumeration value a warning, and an error with --strict', () => {
    const lax = run('unknown-enum.json');
    expect(lax.code).toBe(0);
    expect(lax.stdout).toMatch(/^unknown-enum\.json:4:\d+: warning schema\.enum /m);
    const strict = run('--strict', 'unknown-enum.json');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^unknown-enum\.json:4:\d+: error schema\.enum /m);
  });

  it('validates against the resource named by --resource (type, page or rel)', () => {
    const dirWithoutRel = tempFolder({ 'bare.json': JSON.stringify({ message: 7 }) });
    try {
      for (const name of ['Note', 'note']) {
        const r = ucwa(['validate', '--resource', name, 'bare.json'], { cwd: dirWithoutRel });
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(/^bare\.json:1:\d+: error schema\.type /m);
      }
    } finally {
      removeFolder(dirWithoutRel);
    }
  });

  it('treats an unknown --resource as a usage error', () => {
    const r = run('--resource', 'NoSuchThing', 'note.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/NoSuchThing/);
  });
});

describe('ucwa validate: raw HTTP messages', () => {
  it('places body problems on the line of the file, past the headers (no blank line, wrong Content-Length, CRLF)', () => {
    const r = run('response.http');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^response\.http:6:\d+: error schema\.type /m);
  });

  it('decodes an XML body chosen by its Content-Type', () => {
    expect(run('xml-response.http').code).toBe(0);
  });

  it('reads a message without a status line', () => {
    const r = run('no-status.http');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^no-status\.http:5:\d+: error schema\.type /m);
  });

  it('accepts a request without a body (method written Get)', () => {
    expect(run('get.http')).toMatchObject({ code: 0, stdout: '1 file checked, 1 valid, 0 invalid\n' });
  });

  it('does not check a body that is not UCWA JSON or XML, and says so', () => {
    const r = run('message.http');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^message\.http: warning cli\.not-checked .*text\/plain/m);
  });
});

describe('ucwa validate: batches and HAR captures', () => {
  it('checks every part of a batch body, naming the part and its line in the file', () => {
    const r = run('batch.txt');
    expect(r.code).toBe(1);
    const bodyLine = BATCH_BODY.split('\n').indexOf('  "message": 5,') + 1;
    expect(r.stdout).toContain(`batch.txt#part 2 200 OK:${bodyLine}:`);
    expect(r.stdout).toMatch(/1 file checked \(2 documents\), 1 valid, 1 invalid/);
  });

  it('checks the parts of a multipart/batching HTTP response', () => {
    const r = run('batch.http');
    expect(r.code).toBe(1);
    const bodyLine = BATCH_BODY.split('\n').indexOf('  "message": 5,') + 1 + 3;
    expect(r.stdout).toContain(`batch.http#part 2 200 OK:${bodyLine}:`);
  });

  it('checks the UCWA request and response bodies of every HAR entry, and nothing else', () => {
    const r = run('capture.har', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: Array<{ path: string; kind: string; status: string; diagnostics: Array<{ code: string; line?: number }> }> };
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['capture.har#entry 1 GET https://host.example/ucwa/v1/applications/7/me/note (response)', 'valid'],
      ['capture.har#entry 3 GET https://host.example/ucwa/v1/applications/7/me/note (response)', 'invalid'],
      ['capture.har#entry 5 GET https://host.example/ucwa/v1/applications/7/me/note (response)', 'valid'],
      ['capture.har#entry 6 PUT https://host.example/ucwa/v1/applications/7/me/note (request)', 'invalid'],
    ]);
    expect(report.files.every((f) => f.kind === 'har')).toBe(true);
    expect(report.files[1]!.diagnostics[0]).toMatchObject({ code: 'schema.type', line: 3 });
    expect(report.files[3]!.diagnostics[0]!.code).toBe('json.syntax');
  });

  it('warns about a capture without UCWA traffic', () => {
    const r = run('empty-capture.har');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning cli\.not-checked/);
  });

  it('says when a body marked base64 is not base64, instead of decoding noise', () => {
    const entry = (text: string) => ({ request: { method: 'GET', url: 'https://host.example/ucwa/v1/applications/7/me/note' }, response: { status: 200, content: { mimeType: 'application/json', text, encoding: 'base64' } } });
    const har = { log: { entries: [entry(NOTE_JSON), entry(Buffer.from(NOTE_JSON).toString('base64').replace(/=+$/, ''))] } };
    writeFileSync(join(dir, 'base64.har'), JSON.stringify(har));
    const r = run('base64.har');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/#entry 1 GET \S+ \(response\):1:1: error input\.encoding The capture marks this body as base64 \(encoding "base64"\), but its text is not base64\./);
    // Unpadded base64 is base64: the second entry is read, and valid.
    expect(r.stdout).toMatch(/1 file checked \(2 documents\), 1 valid, 1 invalid\n$/);
    expect(r.stdout).not.toMatch(/#entry 2/);
  });
});

describe('ucwa validate: finding inputs', () => {
  it('walks folders recursively by extension, skipping node_modules and hidden folders', () => {
    const r = run('tree');
    expect(r.stdout).toBe('2 files checked, 2 valid, 0 invalid\n');
    expect(r.code).toBe(0);
  });

  it('expands globs itself, in a stable order', () => {
    const r = run('tree/**/*.{json,xml}', '--format', 'json');
    const paths = (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    expect(paths).toEqual(['tree/a.json', 'tree/sub/b.xml']);
    expect(run('tree/*.xml').code).toBe(2);
  });

  it('counts a file named twice once', () => {
    expect(run('note.json', './note.json', join(dir, 'note.json')).stdout).toBe('1 file checked, 1 valid, 0 invalid\n');
  });

  it('exits 2 for a missing file or a glob without a match, and still checks the rest', () => {
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
    const r = run('note.json', 'missing.json', 'dangling.json', 'nothing/*.xml');
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^missing\.json: error cli\.not-found /m);
    expect(r.stdout).toMatch(/^dangling\.json: error cli\.not-found /m);
    expect(r.stdout).toMatch(/^nothing\/\*\.xml: error cli\.no-match /m);
    expect(r.stdout).toMatch(/1 valid, 0 invalid, 3 unreadable/);
  });

  it('reads standard input for -, detecting the kind from the content', () => {
    expect(ucwa(['validate', '-'], { cwd: dir, input: NOTE_XML })).toMatchObject({ code: 0 });
    const r = ucwa(['validate', '-'], { cwd: dir, input: `HTTP/1.1 200 OK\nContent-Type: application/json\n${WRONG_TYPE_JSON}` });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^-:5:\d+: error schema\.type /m);
  });

  it('asks for an input when given none', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input/);
  });
});

describe('ucwa validate: bad inputs never crash', () => {
  const cases: Array<[string, string | Uint8Array, string]> = [
    ['empty.json', '', 'input.empty'],
    ['blank.xml', '  \n\n', 'input.empty'],
    ['garbage.json', 'this is not json', 'json.syntax'],
    ['garbage.txt', 'just some words\nand more', 'cli.unknown-input'],
    ['truncated.json', NOTE_JSON.slice(0, 40), 'json.syntax'],
    ['truncated.xml', NOTE_XML.slice(0, 150), 'xml.malformed'],
    ['doctype.xml', `<?xml version="1.0"?>\n<!DOCTYPE resource [<!ENTITY e "x">]>\n${NOTE_XML.replace(/^<\?xml.*\n/, '')}`, 'xml.doctype'],
    ['deep.json', '['.repeat(50_000) + ']'.repeat(50_000), 'input.too-deep'],
    ['deep.xml', '<resource xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">' + '<resource rel="a">'.repeat(5000), 'input.too-deep'],
    ['latin1.json', new Uint8Array([...Buffer.from('{"rel":"note","message":"caf'), 0xe9, ...Buffer.from('"}')]), 'input.encoding'],
    ['namespace.xml', NOTE_XML.replace('http://schemas.microsoft.com/rtc/2012/03/ucwa', 'urn:somewhere-else'), 'xml.namespace'],
    ['not-har.har', '{"log": {"pages": []}}', 'cli.unknown-input'],
    ['broken.har', '{"log": {"entries": [', 'json.syntax'],
    ['nul.json', new Uint8Array([0, 0, 0, 0]), 'json.syntax'],
  ];
  const bad = tempFolder(Object.fromEntries(cases.map(([name, content]) => [name, content])));
  afterAll(() => removeFolder(bad));

  it.each(cases.map(([name, content, code]) => [name, code, content] as const))('%s -> %s, exit 1, no stack trace', (name, code) => {
    const r = ucwa(['validate', name], { cwd: bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error ${code} `);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('places a HAR syntax error where the JSON stops being valid', () => {
    expect(ucwa(['validate', 'broken.har'], { cwd: bad }).stdout).toMatch(/^broken\.har:1:22: error json\.syntax The HAR file is not valid JSON/m);
  });

  it('gives the byte offset of invalid UTF-8', () => {
    expect(ucwa(['validate', 'latin1.json'], { cwd: bad }).stdout).toMatch(/^latin1\.json:1:29: error input\.encoding .*byte offset 28/m);
  });
});

describe('ucwa validate: output', () => {
  it('writes one stable JSON document with --format json', () => {
    const r = run('--format', 'json', 'note.json', 'wrong-type.json', 'missing.json');
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['version', 'files', 'summary']);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 3, checked: 3, valid: 1, invalid: 1, errors: 1, errorCount: 2, warningCount: 0, inferred: 0 });
    const files = report.files as Array<Record<string, unknown>>;
    expect(files.map((f) => Object.keys(f))).toEqual(Array(3).fill(['path', 'file', 'kind', 'status', 'resource', 'inferred', 'diagnostics']));
    expect(files.map((f) => [f.path, f.kind, f.status, f.resource, f.inferred])).toEqual([
      ['missing.json', 'unknown', 'error', null, false],
      ['note.json', 'json', 'valid', 'Note', false],
      ['wrong-type.json', 'json', 'invalid', 'Note', false],
    ]);
    const [d] = files[2]!.diagnostics as Array<Record<string, unknown>>;
    expect(d).toMatchObject({ severity: 'error', code: 'schema.type', path: '/message', line: 3 });
    expect(run('--format', 'json', 'note.json', 'wrong-type.json', 'missing.json').stdout).toBe(r.stdout);
  });

  it('prints only errors with --quiet', () => {
    expect(run('--quiet', 'note.json', 'unknown-enum.json')).toMatchObject({ code: 0, stdout: '' });
    const r = run('-q', 'wrong-type.json');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('colours only when asked: --color always wins over NO_COLOR; auto and never stay plain', () => {
    const always = ucwa(['validate', '--color', 'always', 'wrong-type.json'], { cwd: dir, env: { NO_COLOR: '1' } });
    expect(always.stdout).toContain('\u001b[31merror\u001b[39m');
    expect(run('--color', 'never', 'wrong-type.json').stdout).not.toContain('\u001b[');
    expect(run('wrong-type.json').stdout).not.toContain('\u001b['); // auto, and not a terminal
    expect(ucwa(['validate', '--color', 'auto', 'wrong-type.json'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('rejects bad option values and unknown options with exit 2 and a hint', () => {
    for (const args of [['--format', 'yaml', 'note.json'], ['--color', 'sometimes', 'note.json'], ['--frobnicate', 'note.json']]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^ucwa: .+\nRun "ucwa validate --help" for usage\.\n$/);
      expect(r.stdout).toBe('');
    }
  });

  it('prints help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ucwa validate/);
    expect(r.stdout).toContain('--strict');
  });
});

describe('request bodies in captured requests', () => {
  const good = 'Post https://fe1.example.com/ucwa/oauth/v1/applications/7/me/note HTTP/1.1\nContent-Type: application/json\n{\n  "message" : "Out until 3"\n}\n';
  const dir = tempFolder({
    'good.http': good,
    'bad.http': good.replace('"Out until 3"', '7'),
    'inv.http': 'POST /ucwa/oauth/v1/applications/7/communication/messagingInvitations HTTP/1.1\nContent-Type: application/json\n{"to":"sip:a@example.com"}\n',
  });
  afterAll(() => removeFolder(dir));

  it('take their type from the method and the last segment of the URL', () => {
    expect(ucwa(['validate', join(dir, 'good.http')]).code).toBe(0);
    const r = ucwa(['validate', join(dir, 'bad.http')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.http:4:15: error schema.type property `message` of `NotePostInput` must be a string, got `7`');
  });

  it('are typed by their names when the URL does not name a page; --resource decides where the names fit several', () => {
    const r = ucwa(['validate', join(dir, 'inv.http')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error schema\.ambiguous-resource .*`AddParticipantPostInput`.*--resource/);
    expect(ucwa(['validate', '--resource', 'StartMessagingPostInput', join(dir, 'inv.http')]).code).toBe(0);
  });
});

describe('captures without a rel, and no --resource', () => {
  const wire = (name: string) => readFileSync(new URL(`./fixtures/wire/${name}`, import.meta.url), 'utf8');
  const A = 'https://pool7.example.net/ucwa/oauth/v1/applications';
  const dir = tempFolder({
    'root.http': `HTTP/1.1 200 OK\nContent-Type: application/json\n\n${wire('discovery-root.json')}`,
    'user.xml': wire('discovery-user.xml'),
    'redirect.json': wire('discovery-redirect.json'),
    'register.json': wire('applications-post.json'),
    'session.har': har([
      { method: 'GET', url: 'https://lyncdiscover.example.net/', response: { mimeType: 'application/json', text: wire('discovery-root.json') } },
      { method: 'GET', url: 'https://pool7.example.net/Autodiscover/AutodiscoverService.svc/root/oauth/user', response: { mimeType: 'application/json', text: wire('discovery-user.json') } },
      { method: 'POST', url: A, request: { mimeType: 'application/json', text: wire('applications-post-pascal.json') } },
      { method: 'POST', url: `${A}/4410/communication/messagingInvitations`, request: { mimeType: 'application/json', text: wire('start-messaging.json') } },
      { method: 'GET', url: `${A}/4410/events?ack=11`, response: { mimeType: 'application/json', text: wire('events-all-kinds.json') } },
    ]),
  });
  afterAll(() => removeFolder(dir));

  it('validates the discovery root, the user resource and a request body by default, naming the inferred type', () => {
    const r = ucwa(['validate', 'root.http', 'user.xml', 'register.json'], { cwd: dir });
    expect(r.stdout).toBe(
      'root.http: typed as Root by its names (it has no rel)\n' +
        'user.xml: typed as User by its names (it has no rel)\n' +
        'register.json: typed as ApplicationsPostInput by its names (it has no rel)\n' +
        '3 files checked, 3 valid, 0 invalid (3 typed by their names: ApplicationsPostInput, Root, User)\n',
    );
    expect(r.code).toBe(0);
  });

  it('names the inferred type in the JSON report', () => {
    const report = JSON.parse(ucwa(['validate', '--format', 'json', '--strict', 'root.http', 'user.xml'], { cwd: dir }).stdout) as {
      files: Array<{ path: string; status: string; resource: string | null; inferred: boolean }>;
      summary: { inferred: number };
    };
    expect(report.files.map((f) => [f.path, f.status, f.resource, f.inferred])).toEqual([
      ['root.http', 'valid', 'Root', true],
      ['user.xml', 'valid', 'User', true],
    ]);
    expect(report.summary.inferred).toBe(2);
  });

  it('names the candidates when the names fit several types, and --resource settles it', () => {
    const r = ucwa(['validate', 'redirect.json'], { cwd: dir });
    expect(r.code).toBe(0); // valid as each of them
    expect(r.stdout).toMatch(/^redirect\.json:1:1: warning schema\.ambiguous-resource .*`Root`, `User`; it is valid as each .*--resource/m);
    expect(ucwa(['validate', '--resource', 'user', 'redirect.json'], { cwd: dir }).stdout).toBe('1 file checked, 1 valid, 0 invalid\n');
  });

  it('types every body of a HAR capture (discovery included): the request line where it names the page, else the names', () => {
    const report = JSON.parse(ucwa(['validate', '--format', 'json', 'session.har'], { cwd: dir }).stdout) as {
      files: Array<{ path: string; resource: string | null; inferred: boolean; diagnostics: Array<{ code: string; severity: string }> }>;
    };
    expect(report.files.map((f) => [f.path.replace(/^session\.har#entry (\d+) (\w+) .*\((\w+)\)$/, '$1 $2 $3'), f.resource, f.inferred])).toEqual([
      ['1 GET response', 'Root', true],
      ['2 GET response', 'User', true],
      ['3 POST request', 'ApplicationsPostInput', false],
      ['4 POST request', null, false],
      ['5 GET response', 'Events', false],
    ]);
    expect(report.files[3]!.diagnostics).toMatchObject([{ code: 'schema.ambiguous-resource', severity: 'warning' }]);
  });
});
