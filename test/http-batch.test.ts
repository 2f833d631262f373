import { describe, expect, it } from 'vitest';
import { UcwaError } from '../src/diagnostic.js';
import { batchBoundary, splitBatch } from '../src/http/batch.js';
import { headerValue } from '../src/http/message.js';

const B = 'b7e0c1d2-1111-4222-8333-944455556666';

function batchResponse(eol: string): string {
  return [
    `--${B}`,
    'Content-Type: application/http; msgtype=response',
    '',
    'HTTP/1.1 200 OK',
    'Content-Type: application/json; charset=utf-8',
    '',
    '{"rel":"me","name":"Ada"}',
    `--${B}`,
    'Content-Type: application/http; msgtype=response',
    '',
    'HTTP/1.1 404 Not Found',
    'Content-Type: application/vnd.microsoft.com.ucwa.error+xml',
    '<?xml version="1.0"?>',
    '<reason xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"/>',
    `--${B}--`,
    'epilogue is ignored',
  ].join(eol);
}

describe('splitBatch', () => {
  it('reads the boundary from a Content-Type', () => {
    expect(batchBoundary(`multipart/batching; boundary="${B}"`)).toBe(B);
    expect(batchBoundary('multipart/batching')).toBeUndefined();
  });

  it.each([['\n'], ['\r\n']])('splits a response batch into embedded messages (eol %j)', (eol) => {
    const parts = splitBatch(batchResponse(eol), B);
    expect(parts).toHaveLength(2);
    expect(headerValue(parts[0]!.headers, 'content-type')).toBe('application/http; msgtype=response');
    expect(parts[0]!.message).toMatchObject({ kind: 'response', status: 200, body: '{"rel":"me","name":"Ada"}' });
    expect(parts[0]!.bodyLine).toBe(7);
    // The second part has no blank line before its body.
    expect(parts[1]!.message.status).toBe(404);
    expect(parts[1]!.message.body).toBe('<?xml version="1.0"?>' + eol + '<reason xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"/>');
    expect(parts[1]!.bodyLine).toBe(13);
  });

  it('finds the boundary in the body when none is given', () => {
    const parts = splitBatch(`\n${batchResponse('\n')}`);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.bodyLine).toBe(8);
  });

  it('splits a request batch whose parts have no body', () => {
    const text = [`preamble`, `--${B}`, 'Content-Type: application/http; msgtype=request', '', 'Get /ucwa/v1/applications/1/me HTTP/1.1', 'Accept: application/json', '', `--${B}`, 'Content-Type: application/http; msgtype=request', '', 'GET /ucwa/v1/applications/1/people/contacts HTTP/1.1', '', `--${B}--`, ''].join('\n');
    const parts = splitBatch(text, B);
    expect(parts.map((p) => [p.message.method, p.message.url, p.message.body])).toEqual([
      ['GET', '/ucwa/v1/applications/1/me', ''],
      ['GET', '/ucwa/v1/applications/1/people/contacts', ''],
    ]);
  });

  it('keeps the last part of a batch cut before its closing delimiter', () => {
    const parts = splitBatch(`--${B}\nContent-Type: application/http\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{"a":`, B);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.message.body).toBe('{"a":');
  });

  it('gives empty parts for consecutive delimiters', () => {
    expect(splitBatch(`--${B}\n--${B}\n--${B}--`, B).map((p) => p.message.body)).toEqual(['', '']);
  });

  it('keeps a part that is not application/http as a raw body', () => {
    const parts = splitBatch(`--${B}\nContent-Type: text/plain\n\nhello\n--${B}--`, B);
    expect(parts[0]!.message).toMatchObject({ kind: 'unknown', body: 'hello' });
    expect(parts[0]!.bodyLine).toBe(4);
  });

  it('rejects a body without a boundary, and one without any delimiter', () => {
    expect(() => splitBatch('{"not":"a batch"}')).toThrow(UcwaError);
    try {
      splitBatch('no delimiter here', 'zzz');
      expect.unreachable();
    } catch (error) {
      expect((error as UcwaError).diagnostics[0]!.code).toBe('http.malformed');
    }
  });
});

const reference = new URL('../../shared/ucwa-reference/', import.meta.url);
const { existsSync, readFileSync } = await import('node:fs');
const hasReference = existsSync(reference);

describe.skipIf(!hasReference)('the batch samples of the reference (BatchingRequests.md; skipped when ../shared/ucwa-reference is absent)', () => {
  const page = hasReference ? readFileSync(new URL('BatchingRequests.md', reference), 'utf8') : '';
  const blocks = [...page.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('splits the sample request and response into two messages each', async () => {
    const { parseHttpMessage } = await import('../src/http/message.js');
    const samples = blocks.filter((b) => /multipart\/batching/.test(b));
    expect(samples).toHaveLength(2);
    const [request, response] = samples.map((s) => parseHttpMessage(s));
    const requestParts = splitBatch(request!.body, batchBoundary(headerValue(request!.headers, 'content-type')!));
    expect(requestParts.map((p) => p.message.method)).toEqual(['GET', 'GET']);
    const responseParts = splitBatch(response!.body, batchBoundary(headerValue(response!.headers, 'content-type')!));
    expect(responseParts.map((p) => p.message.status)).toEqual([200, 200]);
    // The "?" line before each JSON body is dropped: bodies start with "{".
    expect(responseParts.every((p) => p.message.body.startsWith('{'))).toBe(true);
  });
});
