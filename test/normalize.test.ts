import { describe, expect, it } from 'vitest';
import { UcwaError, type Diagnostic } from '../src/diagnostic.js';
import { normalize, type NormalizedBatch } from '../src/normalize.js';

const NOTE = { rel: 'note', message: 'Back at two', type: 'Personal', _links: { self: { href: '/ucwa/v1/applications/7/me/note' } } };
const NOTE_JSON = JSON.stringify(NOTE);
const NOTE_XML =
  '<resource rel="note" href="/ucwa/v1/applications/7/me/note" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">' +
  '<property name="message">Back at two</property><property name="type">Personal</property></resource>';
const utf8 = (text: string) => new TextEncoder().encode(text);

function failure(run: () => unknown): Diagnostic[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UcwaError);
    return [...(error as UcwaError).diagnostics];
  }
  throw new Error('expected a UcwaError');
}

describe('normalize', () => {
  it.each([
    'application/json',
    'application/hal+json',
    'application/vnd.microsoft.com.ucwa+json; charset=utf-8',
  ])('decodes JSON sent as %s', (type) => {
    expect(normalize(NOTE_JSON, type)).toEqual(NOTE);
  });

  it.each(['application/xml', 'application/hal+xml', 'application/vnd.microsoft.com.ucwa+xml'])(
    'decodes XML sent as %s to the same value',
    (type) => {
      expect(normalize(NOTE_XML, type)).toEqual(NOTE);
    },
  );

  it('decodes bytes as UTF-8 by default, dropping a byte order mark', () => {
    expect(normalize(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(NOTE_JSON)]), 'application/json')).toEqual(NOTE);
    expect(normalize(`\uFEFF${NOTE_XML}`, 'application/xml')).toEqual(NOTE);
  });

  it('decodes bytes with the declared charset', () => {
    const latin1 = new Uint8Array([...utf8('{"rel":"note","message":"caf'), 0xe9, ...utf8('"}')]);
    expect(normalize(latin1, 'application/json; charset=ISO-8859-1')).toEqual({ rel: 'note', message: 'café' });
  });

  it('reports invalid UTF-8 with the byte offset', () => {
    const bytes = new Uint8Array([...utf8('{"rel":"note","message":"'), 0xc3, 0x28, ...utf8('"}')]);
    const [d] = failure(() => normalize(bytes, 'application/vnd.microsoft.com.ucwa+json'));
    expect(d).toMatchObject({ code: 'input.encoding', line: 1, column: 26 });
    expect(d!.message).toContain('byte offset 25');
  });

  it('refuses bodies it cannot decode, saying which type it got', () => {
    const [sdp] = failure(() => normalize('v=0', 'application/sdp'));
    expect(sdp).toMatchObject({ code: 'http.content-type' });
    expect(sdp!.message).toContain('application/sdp');
    const [none] = failure(() => normalize(NOTE_JSON, ''));
    expect(none!.message).toContain('without a Content-Type');
  });

  it('passes decoder errors through', () => {
    expect(failure(() => normalize('{"rel":', 'application/json'))[0]!.code).toBe('json.syntax');
    expect(failure(() => normalize('<resource', 'application/xml'))[0]!.code).toBe('xml.malformed');
    expect(failure(() => normalize('', 'application/json'))[0]!.code).toBe('input.empty');
  });

  it('applies maxBytes to byte input before decoding', () => {
    expect(failure(() => normalize(utf8(NOTE_JSON), 'application/json', { maxBytes: 10 }))[0]!.code).toBe('input.too-large');
  });

  it('rejects a body that is neither a string nor bytes', () => {
    expect(failure(() => normalize(42 as unknown as string, 'application/json'))[0]!.code).toBe('input.argument');
  });
});

describe('normalize of multipart/batching', () => {
  const boundary = 'part-boundary-42';
  const batch = [
    `--${boundary}`,
    'Content-Type: application/http; msgtype=response',
    '',
    'HTTP/1.1 200 OK',
    'Content-Type: application/json; charset=utf-8',
    'ETag: "17"',
    '',
    NOTE_JSON,
    `--${boundary}`,
    'Content-Type: application/http; msgtype=response',
    '',
    'HTTP/1.1 200 OK',
    'Content-Type: application/vnd.microsoft.com.ucwa+xml',
    NOTE_XML,
    `--${boundary}`,
    'Content-Type: application/http; msgtype=response',
    '',
    'HTTP/1.1 204 No Content',
    '',
    `--${boundary}`,
    'Content-Type: application/http; msgtype=response',
    '',
    'HTTP/1.1 200 OK',
    'Content-Type: text/plain',
    '',
    'plain words',
    `--${boundary}--`,
  ].join('\r\n');

  it('gives one entry per part with status, headers, content type and decoded body', () => {
    const result = normalize(batch, `multipart/batching; boundary="${boundary}"`) as NormalizedBatch;
    expect(result.parts).toEqual([
      { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', etag: '"17"' }, contentType: 'application/json; charset=utf-8', body: NOTE },
      { status: 200, headers: { 'content-type': 'application/vnd.microsoft.com.ucwa+xml' }, contentType: 'application/vnd.microsoft.com.ucwa+xml', body: NOTE },
      { status: 204, headers: {}, contentType: '', body: null },
      { status: 200, headers: { 'content-type': 'text/plain' }, contentType: 'text/plain', body: 'plain words' },
    ]);
  });

  it('gives method and url for request parts', () => {
    const requests = `--${boundary}\nContent-Type: application/http; msgtype=request\n\nGet /ucwa/v1/applications/7/me/note HTTP/1.1\nAccept: application/json\n\n--${boundary}--\n`;
    expect(normalize(requests, `multipart/batching;boundary=${boundary}`)).toEqual({
      parts: [{ method: 'GET', url: '/ucwa/v1/applications/7/me/note', headers: { accept: 'application/json' }, contentType: '', body: null }],
    });
  });

  it('locates a part that fails to decode within the batch body', () => {
    const broken = batch.replace(NOTE_JSON, '{"rel": "note",\r\n "message": }');
    const diagnostics = failure(() => normalize(broken, `multipart/batching; boundary=${boundary}`));
    expect(diagnostics[0]).toMatchObject({ code: 'json.syntax', line: 9 });
    expect(diagnostics[0]!.path.startsWith('/parts/0/body')).toBe(true);
  });

  it('reads the boundary from the body when the Content-Type has none', () => {
    expect((normalize(batch, 'multipart/batching') as NormalizedBatch).parts).toHaveLength(4);
  });

  it('rejects a batch without any delimiter', () => {
    expect(failure(() => normalize('{"a":1}', 'multipart/batching'))[0]!.code).toBe('http.malformed');
  });
});
