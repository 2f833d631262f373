import { describe, expect, it } from 'vitest';
import { classifyContentType, parseContentType } from '../src/http/content-type.js';

describe('classifyContentType', () => {
  it.each([
    ['application/json', 'json', false],
    ['application/xml', 'xml', false],
    ['text/xml', 'xml', false],
    ['application/vnd.microsoft.com.ucwa+json', 'json', true],
    ['application/vnd.microsoft.com.ucwa+xml', 'xml', true],
    ['application/vnd.microsoft.com.ucwa.error+json', 'json', true],
    ['application/vnd.microsoft.com.ucwa.request+xml', 'xml', true],
    ['application/vnd.microsoft.com.ucwa.events+xml', 'xml', true],
    ['application/vnd.microsoft.com.ucwa.events+json', 'json', true],
    ['application/hal+json', 'json', true],
    ['application/hal+xml', 'xml', true],
    ['multipart/batching', 'batch', false],
    ['application/sdp', 'other', false],
    ['text/plain', 'other', false],
    ['multipart/related', 'other', false],
    ['', 'other', false],
  ])('%s -> %s', (header, form, ucwa) => {
    const info = classifyContentType(header);
    expect(info.form).toBe(form);
    expect(info.ucwa).toBe(ucwa);
  });

  it('ignores case and reads parameters', () => {
    const info = classifyContentType('Application/VND.Microsoft.com.UCWA+JSON; Charset=UTF-8; x="a;b"');
    expect(info).toMatchObject({ mediaType: 'application/vnd.microsoft.com.ucwa+json', form: 'json', charset: 'utf-8', ucwa: true });
    expect(info.params.x).toBe('a;b');
  });

  it('reads quoted and unquoted boundaries', () => {
    expect(parseContentType('multipart/batching;boundary=77f2569d-c005').params.boundary).toBe('77f2569d-c005');
    expect(parseContentType('multipart/batching; boundary="3968fb75-0b0e"').params.boundary).toBe('3968fb75-0b0e');
  });

  it('treats other structured-suffix types by their suffix', () => {
    expect(classifyContentType('application/problem+json').form).toBe('json');
    expect(classifyContentType('application/atom+xml').form).toBe('xml');
  });

  it('survives null, undefined and hostile parameter names', () => {
    expect(classifyContentType(undefined).form).toBe('other');
    expect(classifyContentType(null).mediaType).toBe('');
    const info = classifyContentType('application/json; __proto__=x; constructor=y');
    expect(info.params.__proto__).toBe('x');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
