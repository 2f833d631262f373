/** Splitting captures into messages and pairing requests with responses (src/http/exchange.ts). */
import { describe, expect, it } from 'vitest';
import { splitBatch } from '../src/http/batch.js';
import { pairBatchParts, pairMessages, splitHttpMessages } from '../src/http/exchange.js';

const summary = (text: string) =>
  splitHttpMessages(text).map(({ message: m, line }) => [line, m.kind, m.method ?? m.status ?? null, m.bodyLine, m.body.trim()]);

describe('splitHttpMessages', () => {
  it('returns a single message whole, as parseHttpMessage reads it', () => {
    expect(summary('HTTP/1.1 200 OK\nContent-Type: application/json\n{"rel":"me"}\n')).toEqual([[1, 'response', 200, 3, '{"rel":"me"}']]);
    expect(summary('Content-Type: application/json\n\n{}')).toEqual([[1, 'unknown', null, 3, '{}']]);
  });

  it('splits a request followed by its response, with or without blank lines, CRLF or LF', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['Get https://lync.example.org/ucwa/v1/applications/3/me HTTP/1.1', 'Accept: application/json', 'HTTP/1.1 409 Conflict', 'Content-Type: application/json', '{"code":"Conflict"}', ''].join(eol);
      expect(summary(text)).toEqual([
        [1, 'request', 'GET', 3, ''],
        [3, 'response', 409, 5, '{"code":"Conflict"}'],
      ]);
    }
  });

  it('splits several exchanges in a row, lines counted from the top of the file', () => {
    const text = 'POST /ucwa/v1/applications/3/me/note HTTP/1.1\nContent-Type: application/json\n\n{"message":"x"}\n\nHTTP/1.1 204 No Content\n\nDELETE /ucwa/v1/applications/3/me/note HTTP/1.1\n\nHTTP/1.1 405 Method Not Allowed\n';
    expect(summary(text)).toEqual([
      [1, 'request', 'POST', 4, '{"message":"x"}'],
      [6, 'response', 204, 8, ''],
      [8, 'request', 'DELETE', 10, ''],
      [10, 'response', 405, 11, ''],
    ]);
  });

  it('keeps the messages of a batch inside it, up to the closing delimiter', () => {
    const text = [
      'POST /ucwa/v1/applications/3/batch HTTP/1.1',
      'Content-Type: multipart/batching; boundary=zz',
      '',
      '--zz',
      'Content-Type: application/http; msgtype=request',
      '',
      'GET /ucwa/v1/applications/3/me HTTP/1.1',
      '--zz--',
      'HTTP/1.1 200 OK',
      'Content-Type: multipart/batching',
      '',
      '--yy',
      'Content-Type: application/http; msgtype=response',
      '',
      'HTTP/1.1 200 OK',
      '--yy--',
    ].join('\n');
    const messages = splitHttpMessages(text);
    expect(messages.map((m) => [m.line, m.message.kind])).toEqual([
      [1, 'request'],
      [9, 'response'],
    ]);
    expect(splitBatch(messages[0]!.message.body, 'zz')).toHaveLength(1);
    expect(splitBatch(messages[1]!.message.body)).toHaveLength(1);
  });
});

describe('pairing', () => {
  const messages = (...kinds: Array<'request' | 'response'>) => kinds.map((kind, line) => ({ message: { kind, headers: [], body: '', bodyLine: 1 }, line }));

  it('pairs each request with the response right after it; others stand alone', () => {
    const pairs = pairMessages(messages('request', 'response', 'response', 'request', 'request', 'response'));
    expect(pairs.map((p) => [p.request?.line ?? null, p.response?.line ?? null])).toEqual([
      [0, 1],
      [null, 2],
      [3, null],
      [4, 5],
    ]);
  });

  it('pairs batch parts in order when the counts agree, and not otherwise', () => {
    const part = (n: number) => ({ headers: [], message: { kind: 'unknown' as const, headers: [], body: String(n), bodyLine: 1 }, bodyLine: n });
    expect(pairBatchParts([part(1), part(2)], [part(3), part(4)]).map((p) => [p.request?.bodyLine, p.response?.bodyLine])).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(pairBatchParts([part(1)], [part(3), part(4)])).toHaveLength(3);
  });
});
