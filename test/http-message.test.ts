import { describe, expect, it } from 'vitest';
import { headersRecord, headerValue, parseHttpMessage } from '../src/http/message.js';

describe('parseHttpMessage', () => {
  it('reads a well-formed response with CRLF and a blank line', () => {
    const m = parseHttpMessage('HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nETag: "1"\r\n\r\n{"rel":"note"}');
    expect(m).toMatchObject({ kind: 'response', version: 'HTTP/1.1', status: 201, reason: 'Created', body: '{"rel":"note"}', bodyLine: 5 });
    expect(headerValue(m.headers, 'content-type')).toBe('application/json');
    expect(headerValue(m.headers, 'ETAG')).toBe('"1"');
  });

  it('takes the body from the first line that is not a header when there is no blank line', () => {
    const text = 'HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: 9999\n{\n  "rel" : "me"\n}\n';
    const m = parseHttpMessage(text);
    expect(m.headers.map((h) => h.name)).toEqual(['Content-Type', 'Content-Length']);
    expect(m.body).toBe('{\n  "rel" : "me"\n}\n');
    expect(m.bodyLine).toBe(4);
  });

  it('does the same for an XML body after the headers', () => {
    const m = parseHttpMessage('HTTP/1.1 200 OK\nContent-Type: application/xml\n<?xml version="1.0"?>\n<resource rel="me"/>');
    expect(m.body.startsWith('<?xml')).toBe(true);
    expect(m.bodyLine).toBe(3);
  });

  it('reads request lines with methods in any case', () => {
    const m = parseHttpMessage('Post https://host/ucwa/v1/applications HTTP/1.1\nAccept: application/json\n\n');
    expect(m).toMatchObject({ kind: 'request', method: 'POST', url: 'https://host/ucwa/v1/applications', version: 'HTTP/1.1', body: '' });
    expect(parseHttpMessage('delete /x\n').method).toBe('DELETE');
  });

  it('accepts a message without a start line', () => {
    const m = parseHttpMessage('Content-Type: application/json\n{"a":1}');
    expect(m.kind).toBe('unknown');
    expect(m.headers).toEqual([{ name: 'Content-Type', value: 'application/json' }]);
    expect(m.body).toBe('{"a":1}');
  });

  it('treats a bare body as a message with no headers', () => {
    const m = parseHttpMessage('\n\n  {"a":1}');
    expect(m).toMatchObject({ kind: 'unknown', headers: [], bodyLine: 3, body: '  {"a":1}' });
  });

  it('reports an absent body as empty, with bodyLine after the last line', () => {
    const m = parseHttpMessage('GET /x HTTP/1.1\r\nHost: h\r\n');
    expect(m.body).toBe('');
    expect(m.bodyLine).toBe(3);
  });

  it('handles lone CR line breaks and a byte order mark', () => {
    const m = parseHttpMessage('\uFEFFHTTP/1.1 200 OK\rContent-Type: text/plain\r\rhello');
    expect(m).toMatchObject({ kind: 'response', status: 200, body: 'hello', bodyLine: 4 });
  });

  it('drops a lone "?" line before a JSON body (a byte order mark lost to a code page)', () => {
    const m = parseHttpMessage('HTTP/1.1 200 OK\nContent-Type: application/json\n\n?\n{"rel":"me"}');
    expect(m.body).toBe('{"rel":"me"}');
    expect(m.bodyLine).toBe(5);
    // ...but keeps a "?" that is the body itself.
    expect(parseHttpMessage('HTTP/1.1 200 OK\nContent-Type: text/plain\n\n?').body).toBe('?');
  });

  it('does not mistake an ordinary text line for a request line', () => {
    const m = parseHttpMessage('hello world\nsecond line');
    expect(m.kind).toBe('unknown');
    expect(m.body).toBe('hello world\nsecond line');
  });

  it('joins repeated headers and lower-cases names in headersRecord', () => {
    const m = parseHttpMessage('HTTP/1.1 200 OK\nSet-Cookie: a=1\nset-cookie: b=2\nX-Empty:\n\n');
    expect(headersRecord(m.headers)).toEqual({ 'set-cookie': 'a=1, b=2', 'x-empty': '' });
  });

  it('parses a large body without splitting it into lines', () => {
    const body = `{"x":"${'a'.repeat(2_000_000)}"}`;
    const m = parseHttpMessage(`HTTP/1.1 200 OK\nContent-Type: application/json\n${body}`);
    expect(m.body.length).toBe(body.length);
  });
});

describe('parseHttpMessage with indented samples', () => {
  it('reads a start line and headers indented by a space', () => {
    const m = parseHttpMessage('\n HTTP/1.1 201 Created\n ETag: abc\n Content-Type: application/json\n {\n "rel" : "application"\n }');
    expect(m).toMatchObject({ kind: 'response', status: 201, bodyLine: 5 });
    expect(m.headers).toEqual([{ name: 'ETag', value: 'abc' }, { name: 'Content-Type', value: 'application/json' }]);
    expect(m.body).toBe(' {\n "rel" : "application"\n }');
  });
});
