/**
 * validateExchange: a request and its response checked together. Every
 * payload here is made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { validateExchange, type Exchange } from '../src/index.js';

const BASE = 'https://lync.example.org/ucwa/oauth/v1/applications/512';
const JSON_TYPE = { 'Content-Type': 'application/json' };
const XML_TYPE = { 'Content-Type': 'application/xml' };

const codes = (exchange: Exchange, strict = false) =>
  validateExchange(exchange, { strict }).diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`);

const errorBody = (code: string, subcode?: string) => JSON.stringify({ code, ...(subcode && { subcode }), message: 'invented' });

describe('validateExchange: error responses', () => {
  it('accepts an error documented for the operation, with its status', () => {
    const r = validateExchange({ method: 'GET', url: `${BASE}/me/note`, status: 409, responseHeaders: JSON_TYPE, responseBody: errorBody('Conflict', 'MakeMeAvailableRequired') });
    expect(r).toEqual({ valid: true, diagnostics: [] });
  });

  it('accepts a documented code without a subcode (the page writes None)', () => {
    expect(codes({ method: 'POST', url: `${BASE}/communication/startMessaging`, status: 403, responseHeaders: JSON_TYPE, responseBody: errorBody('Forbidden') })).toEqual([]);
  });

  it('accepts the generic errors on any operation, by code or by subcode', () => {
    const url = `${BASE}/people/contacts`;
    for (const [status, code, subcode] of [
      [400, 'BadRequest', undefined],
      [412, 'PreconditionFailed', undefined],
      [500, 'ServiceFailure', 'MigrationInProgress'],
      [404, 'NotFound', 'ApplicationNotFound'],
      [404, 'NotFound', undefined],
    ] as const) {
      expect(codes({ method: 'GET', url, status, responseHeaders: JSON_TYPE, responseBody: errorBody(code, subcode) }), code).toEqual([]);
    }
  });

  it('reports a code that goes with another status, in every mode, at the code', () => {
    const exchange: Exchange = { method: 'GET', url: `${BASE}/me/note`, status: 404, responseHeaders: JSON_TYPE, responseBody: '{\n  "code": "Conflict",\n  "subcode": "AlreadyExists"\n}' };
    const r = validateExchange(exchange);
    expect(r.valid).toBe(false);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'http.status-mismatch', path: '/responseBody/code', line: 2, column: 11, message: expect.stringContaining('409') }),
    ]);
    expect(codes(exchange, true)).toEqual(['error http.status-mismatch /responseBody/code']);
  });

  it('reports an error body that came with a success status', () => {
    expect(codes({ method: 'GET', url: `${BASE}/me`, status: 200, responseHeaders: JSON_TYPE, responseBody: errorBody('Gone', 'CannotRedirect') })).toEqual([
      'error http.status-mismatch /responseBody/code',
    ]);
  });

  it('warns about an undocumented subcode (an error with strict), at the subcode', () => {
    const exchange: Exchange = { method: 'GET', url: `${BASE}/me/location`, status: 409, responseHeaders: JSON_TYPE, responseBody: errorBody('Conflict', 'TooManyContacts') };
    expect(codes(exchange)).toEqual(['warning http.undocumented-error /responseBody/subcode']);
    expect(codes(exchange, true)).toEqual(['error http.undocumented-error /responseBody/subcode']);
    expect(validateExchange(exchange).diagnostics[0]!.message).toMatch(/Conflict \(TooManyContacts\).*GET location.*MakeMeAvailableRequired/);
  });

  it('warns about an undocumented code without a subcode, at the code', () => {
    expect(codes({ method: 'GET', url: `${BASE}/me/note`, status: 403, responseHeaders: JSON_TYPE, responseBody: errorBody('Forbidden') })).toEqual([
      'warning http.undocumented-error /responseBody/code',
    ]);
  });

  it('reads an XML error body (<reason>) and places the diagnostic on its element', () => {
    const body = '<?xml version="1.0" encoding="utf-8"?>\n<reason xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">\n  <code>Gone</code>\n  <subcode>CannotRedirect</subcode>\n</reason>';
    const r = validateExchange({ method: 'GET', url: `${BASE}/me`, status: 500, responseHeaders: XML_TYPE, responseBody: body });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'http.status-mismatch', path: '/responseBody/code', line: 3 })]);
  });

  it('checks the status even when the target cannot be told', () => {
    expect(codes({ method: 'GET', url: 'https://lync.example.org/somewhere/else/42', status: 500, responseHeaders: JSON_TYPE, responseBody: errorBody('Conflict') })).toEqual([
      'error http.status-mismatch /responseBody/code',
    ]);
    expect(codes({ status: 410, responseHeaders: JSON_TYPE, responseBody: errorBody('Gone') })).toEqual([]);
  });
});

describe('validateExchange: methods', () => {
  it('warns about a method the targeted resource does not document (an error with strict)', () => {
    const exchange: Exchange = { method: 'DELETE', url: `${BASE}/me/note`, status: 405 };
    expect(codes(exchange)).toEqual(['warning http.method /method']);
    expect(codes(exchange, true)).toEqual(['error http.method /method']);
    expect(validateExchange(exchange).diagnostics[0]!.message).toBe('DELETE is not an operation of the note resource: it documents GET and POST.');
  });

  it('accepts every documented method, in any case, and HEAD where GET is documented', () => {
    expect(codes({ method: 'post', url: `${BASE}/me/note`, status: 204 })).toEqual([]);
    expect(codes({ method: 'DELETE', url: `${BASE}/communication/conversations/7`, status: 204 })).toEqual([]);
    expect(codes({ method: 'HEAD', url: `${BASE}/me`, status: 200 })).toEqual([]);
  });

  it('tells the target from the response rel when the URL does not name a page', () => {
    const contact = JSON.stringify({ rel: 'contact', name: 'Ada', _links: { self: { href: '/x' } } });
    expect(codes({ method: 'GET', url: `${BASE}/people/ada@example.org`, status: 200, responseHeaders: JSON_TYPE, responseBody: contact })).toEqual([]);
    expect(codes({ method: 'PUT', url: `${BASE}/people/ada@example.org`, status: 200, responseHeaders: JSON_TYPE, responseBody: contact })).toEqual(['warning http.method /method']);
  });

  it('says nothing of a method when neither the URL nor the response tells the target', () => {
    expect(codes({ method: 'PATCH', url: `${BASE}/people/ada@example.org`, status: 204 })).toEqual([]);
  });

  it('leaves a browser CORS preflight alone', () => {
    expect(codes({ method: 'OPTIONS', url: `${BASE}/me/note`, status: 200, requestHeaders: [{ name: 'Access-Control-Request-Method', value: 'POST' }] })).toEqual([]);
    expect(codes({ method: 'OPTIONS', url: `${BASE}/me/note`, status: 200 })).toEqual(['warning http.method /method']);
  });
});

describe('validateExchange: bodies', () => {
  it('checks the request body as the request type of its operation', () => {
    const r = validateExchange({ method: 'POST', url: `${BASE}/me/note`, requestHeaders: JSON_TYPE, requestBody: '{"message": 7}', status: 204 });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'schema.type', path: '/requestBody/message', line: 1, column: 13 })]);
  });

  it('checks the response body by its rel, and accepts bytes', () => {
    const body = new TextEncoder().encode(JSON.stringify({ rel: 'note', message: 'hi', type: 'Personal' }));
    expect(validateExchange({ method: 'GET', url: `${BASE}/me/note`, status: 200, responseHeaders: JSON_TYPE, responseBody: body })).toEqual({ valid: true, diagnostics: [] });
    const bad = validateExchange({ method: 'GET', url: `${BASE}/me/note`, status: 200, responseHeaders: JSON_TYPE, responseBody: '{"rel":"note","message":1}' });
    expect(bad.diagnostics.map((d) => d.path)).toEqual(['/responseBody/message']);
  });

  it('reports broken bodies as diagnostics and never throws', () => {
    const r = validateExchange({ method: 'GET', url: `${BASE}/me/note`, status: 409, responseHeaders: JSON_TYPE, responseBody: '{"code": ' });
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['json.syntax']);
    expect(validateExchange({})).toEqual({ valid: true, diagnostics: [] });
    expect(validateExchange({ responseHeaders: { 'content-type': 'text/plain; charset=bogus' }, responseBody: new Uint8Array([0xff]) }).valid).toBe(false);
  });
});

describe('validateExchange: batches', () => {
  const part = (lines: string[]) => ['--b7', 'Content-Type: application/http; msgtype=' + (lines[0]!.startsWith('HTTP') ? 'response' : 'request'), '', ...lines].join('\r\n');
  const request = [
    part(['GET /ucwa/oauth/v1/applications/512/me/note HTTP/1.1', 'Accept: application/json', '']),
    part(['DELETE /ucwa/oauth/v1/applications/512/me/presence HTTP/1.1', '']),
    part(['GET /ucwa/oauth/v1/applications/512/me/location HTTP/1.1', '']),
    '--b7--',
  ].join('\r\n');
  const response = [
    part(['HTTP/1.1 200 OK', 'Content-Type: application/json', '', '{"rel":"note","message":3}']),
    part(['HTTP/1.1 204 No Content', '']),
    part(['HTTP/1.1 404 Not Found', 'Content-Type: application/json', '', errorBody('Conflict', 'MakeMeAvailableRequired')]),
    '--b7--',
  ].join('\r\n');
  const batch = { 'Content-Type': 'multipart/batching; boundary=b7' };

  it('checks the n-th request part with the n-th response part, at the paths normalize() gives', () => {
    const r = validateExchange({ method: 'POST', url: `${BASE}/batch`, status: 200, requestHeaders: batch, requestBody: request, responseHeaders: batch, responseBody: response });
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}`)).toEqual([
      'error schema.type /responseBody/parts/0/body/message',
      'warning http.method /requestBody/parts/1/method',
      'error http.status-mismatch /responseBody/parts/2/body/code',
    ]);
    // Lines count from the start of the whole batch body.
    const line = response.split('\r\n').findIndex((l) => l.includes('"message":3')) + 1;
    expect(r.diagnostics[0]!.line).toBe(line);
  });

  it('checks the parts alone when the counts differ', () => {
    const r = validateExchange({ method: 'POST', url: `${BASE}/batch`, status: 200, requestHeaders: batch, requestBody: request, responseHeaders: batch, responseBody: '--b7--' });
    expect(r.diagnostics.map((d) => `${d.code} ${d.path}`)).toEqual(['http.malformed /responseBody', 'http.method /requestBody/parts/1/method']);
  });
});
